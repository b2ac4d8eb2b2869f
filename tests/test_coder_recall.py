"""Events the default codebook once missed: phrasing families of news copy, pinned.

Each case is a family of wordings (a light verb with its noun, an object complement, a
threat of retaliation), written for these tests; the no-event cases next to them keep
the neighbouring readings that are no such act.
"""

from __future__ import annotations

from functools import partial

import pytest

from .helpers import coded_set, expected

coded = partial(coded_set, date="2024-06-01")


@pytest.mark.parametrize("text, event", [
    # an order with the act it orders done to its object: the orderer's act
    ("A Turkish court ordered the mayor of Istanbul jailed pending trial.",
     ("TURJUD", "TURGOV", "173")),
    ("A Russian court ordered the American journalist detained for two months.",
     ("RUSJUD", "USAMED", "173")),
    ("The Taliban ordered the Afghan army disbanded.", ("AFGTAL", "AFGMIL", "172")),
    # "strikes" after a quantity is the noun of an attack on a target
    ("Israeli jets carried out dozens of strikes on Syrian army bases.",
     ("ISRMIL", "SYRMIL", "195")),
    ("Russia launched a wave of strikes on Ukrainian energy infrastructure.",
     ("RUS", "UKR", "190")),
    # ... but strikes named by their weapon keep its code over words before them
    ("Israel launched large-scale air strikes on Iran early on Friday.", ("ISR", "IRN", "195")),
    ("Russia launched massive drone strikes on Kyiv overnight.", ("RUS", "UKR", "1952")),
    ("Russia carried out fresh missile strikes on Kharkiv.", ("RUS", "UKR", "195")),
    # retaliation promised or warned of is a threat of force
    ("Iran warned of a severe response if Israel retaliated.", ("IRN", "ISR", "138")),
    ("Iran warned that the Israeli strike would not go unpunished.", ("IRN", "ISR", "138")),
    ("The Houthis vowed that the American attacks would not go unanswered.",
     ("YEMREB", "USA", "138")),
    # an adverb between "is" and the verb: a progressive, the act reported
    ("Australia is still pressing China to lift its wine tariffs.", ("AUS", "CHN", "0254")),
    # economic cooperation left is refused
    ("Panama pulled out of China's Belt and Road Initiative.", ("PAN", "CHN", "1211")),
    ("Italy withdrew from China's Belt and Road Initiative.", ("ITA", "CHN", "1211")),
    # the act demanded or appealed for named by its noun; the actor between is asked
    ("Iran called for the lifting of US sanctions.", ("IRN", "USA", "0254")),
    ("Lawmakers in Seoul demanded the lifting of martial law by President Yoon.",
     ("KORLEG", "KORGOV", "1051")),
    # ... and with no actor named, a demand to lift a curfew is made of one's government
    ("Sri Lankan protesters called for the lifting of the curfew.",
     ("LKACVL", "LKAGOV", "0251")),
    # state-agency and South Asian copy
    ("The Chinese ambassador paid a courtesy call on the Zambian president.",
     (("CHNGOV", "ZMBGOV", "042"), ("ZMBGOV", "CHNGOV", "043"))),
    ("Police lathi-charged protesting students in Lahore.", ("PAKCOP", "PAKOPPEDU", "175")),
    ("Indian police booked the opposition leader for sedition.", ("INDCOP", "INDOPP", "173")),
    ("The UAE reaffirmed its solidarity with Egypt.", ("ARE", "EGY", "051")),
    # a strike against a reform bill is a strike, not a reform
    ("Argentina's labour federation staged a 12-hour general strike against the "
     "government's reform bill.", ("ARGLAB", "ARGGOV", "1432")),
    # a demand for reform with no one named is made of one's government
    ("Thousands of Serbians demanded electoral reforms.", ("SRBCVL", "SRBGOV", "104")),
    # the visit named by its noun: its agent after "by" is the visitor, not the host
    ("The visit by Chinese President Xi Jinping to Serbia drew criticism.",
     (("CHNGOV", "SRB", "042"), ("SRB", "CHNGOV", "043"))),
    # an order as the means of a response
    ("Washington responded by ordering tariffs on Colombian goods.", ("USA", "COL", "163")),
    # relations raised to a partnership
    ("Vietnam upgraded its relations with Japan to a comprehensive strategic partnership.",
     ("VNM", "JPN", "050")),
])
def test_family_coded(coder, text, event):
    assert coded(coder, text) == expected(event)


@pytest.mark.parametrize("text, event", [
    # a danger warned of that the speaker does not bring stays pessimism
    ("The UN warned of famine in Gaza.", ("IGOUNO", "PSE", "012")),
    # a bloc left is a reduction of relations, not economic cooperation refused
    ("Niger quit ECOWAS.", ("NER", "IGOWAS", "160")),
    # a labour strike on a day is no attack
    ("Dockworkers staged strikes on Monday at ports across Belgium.",
     ("BELLAB", "BELGOV", "143")),
])
def test_neighbouring_reading_kept(coder, text, event):
    assert coded(coder, text) == expected(event)


@pytest.mark.parametrize("text, event", [
    # a noun coded by what it takes: the noun it takes is no act of its own
    ("The United States announced the lifting of sanctions on Syria.", ("USA", "SYR", "085")),
    ("Peru announced the easing of the curfew in Lima.", ("PER", "PERCVL", "0813")),
])
def test_light_noun_takes_its_object(coder, text, event):
    assert coded(coder, text) == expected(event)


@pytest.mark.parametrize("text", [
    "The Indian delegation booked rooms for the summit.",
    "Poland upgraded its air defences along the border with Belarus.",
    "Moody's upgraded Greece's credit rating.",
])
def test_neighbouring_no_event(coder, text):
    assert coded(coder, text) == set()


@pytest.mark.parametrize("text, events", [
    # a word that opens the sentence is a noun when it can be: no finite verb opens one
    ("Talks between Serbia and Kosovo ended without agreement.",
     {("SRB", "KSV", "046"), ("KSV", "SRB", "046")}),
    # ... but a gerund may open a fronted clause
    ("Speaking in Ankara, Erdogan criticised Israel.", {("TURGOV", "ISR", "111")}),
])
def test_sentence_opening_word(coder, text, events):
    assert coded(coder, text) == events


def test_poll_finding_is_no_event(coder):
    """What a poll finds people think is no act of theirs."""
    assert coded(coder, "Many Ukrainians still oppose ceding territory to Russia, "
                        "a new poll showed.") == set()
