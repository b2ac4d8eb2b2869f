"""Regional-paper and state-agency style: honorifics, full titles, appositions and
places written out as towns of a country, coded with the default codebook.

These papers write "His Excellency President ...", "Prime Minister Hon. ...", "X,
President of the Republic of Y," and "met in TOWN, COUNTRY": the names and titles must
still make one actor, and a place one place.
"""

from __future__ import annotations

from functools import partial

import pytest

from coding.segment import split_sentences

from .helpers import coded_set

coded = partial(coded_set, date="2024-06-01")


@pytest.mark.parametrize("text, event", [
    # honorifics before a title or a name belong to the name's phrase
    ("His Excellency President Irfaan Ali criticised Venezuela.", ("GUYGOV", "VEN", "111")),
    ("Prime Minister Hon. Andrew Holness thanked Canada.", ("JAMGOV", "CAN", "051")),
    ("Prime Minister the Most Honourable Andrew Holness thanked Canada.",
     ("JAMGOV", "CAN", "051")),
    # a title with no country is an office of the holder's own country, over a
    # dictionary that knows the holder only as a former official
    ("Prime Minister Ralph Gonsalves criticised Venezuela.", ("VCTGOV", "VEN", "111")),
    ("President Dr Mohamed Irfaan Ali criticised Venezuela.", ("GUYGOV", "VEN", "111")),
    # ... but not a title the holder is said to have lost, nor a former one
    ("Niger's junta refused to free deposed President Mohamed Bazoum.",
     ("NERGOV", "NERELI", "1243")),
    ("Former Prime Minister Baldwin Spencer criticised Venezuela.", ("ATGELI", "VEN", "111")),
])
def test_honorifics_and_titles_make_one_holder(coder, text, event):
    assert coded(coder, text) == {event}


@pytest.mark.parametrize("text, events", [
    # the title set off by commas is the named person's, not a member of the list
    ("Andrew Holness, the Prime Minister of Jamaica, and Venezuelan President Nicolas "
     "Maduro held talks on Monday.",
     {("JAMGOV", "VENGOV", "040"), ("VENGOV", "JAMGOV", "040")}),
    ("Irfaan Ali, President of Guyana, criticised Venezuela.", {("GUYGOV", "VEN", "111")}),
    # the gerund after "after" shares the clause's subject: "him" is the one praised
    ("Modi praised Kenya's president, William Ruto, after hosting him in New Delhi.",
     {("INDGOV", "KENGOV", "051"), ("INDGOV", "KENGOV", "043"),
      ("KENGOV", "INDGOV", "042")}),
])
def test_a_title_in_apposition_is_the_named_persons(coder, text, events):
    assert coded(coder, text) == events


@pytest.mark.parametrize("text, events", [
    # the country after "in TOWN," is where the town lies, not a party to the meeting
    ("Putin and Erdogan met in Sochi, Russia, on Friday.",
     {("RUSGOV", "TURGOV", "040"), ("TURGOV", "RUSGOV", "040")}),
    ("Irfaan Ali and Nicolas Maduro met in Argyle, Saint Vincent, on Thursday.",
     {("GUYGOV", "VENGOV", "044"), ("VENGOV", "GUYGOV", "044")}),
])
def test_a_country_after_a_town_is_a_place(coder, text, events):
    assert coded(coder, text) == events


def test_an_honorific_with_a_period_ends_no_sentence():
    text = "Prime Minister Hon. Andrew Holness met H.E. Dr. Irfaan Ali. They spoke."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Prime Minister Hon. Andrew Holness met H.E. Dr. Irfaan Ali.", "They spoke."]


@pytest.mark.parametrize("text, events", [
    # an acronym in brackets after a name opens no clause: the agency is no target
    ("The UAE has strongly condemned Israel's strike on Rafah, the Emirates News Agency "
     "(WAM) reported.", {("ARE", "ISR", "111")}),
    # a full official title goes on past its listed words ("and International
    # Cooperation", "and Trade"), and "and" inside it cuts no clause
    ("The Minister of Foreign Affairs and International Cooperation of Rwanda criticised "
     "Uganda.", {("RWAGOV", "UGA", "111")}),
    ("Minister of Foreign Affairs and Trade Winston Peters met Chinese Foreign Minister "
     "Wang Yi in Beijing.", {("NZLGOV", "CHNGOV", "040")}),
    # "the Kingdom's condemnation" is the Kingdom's own act, as "its condemnation" is
    ("The Saudi foreign ministry expressed the Kingdom's strong condemnation of the "
     "Israeli raid on Jenin.", {("SAUGOV", "ISR", "111"), ("ISR", "PSE", "190")}),
    # roles before a role linked to a country share it
    ("Saudi Arabia expressed its condolences to the government and people of Pakistan.",
     {("SAU", "PAKGOV", "018"), ("SAU", "PAKCVL", "018")}),
    ("Saudi Arabia affirmed its solidarity with Pakistan.", {("SAU", "PAK", "051")}),
])
def test_state_agency_phrasings(coder, text, events):
    assert coded(coder, text) == events


@pytest.mark.parametrize("text, events", [
    # a participle aside on the subject: the main clause goes on after it, and a
    # meeting in a place meets no one there
    ("NATO foreign ministers, meeting in Brussels, condemned Russia.",
     {("IGONAT", "RUS", "111")}),
    ("Putin, speaking in Beijing, warned the United States.", {("RUSGOV", "USA", "130")}),
    ("ECOWAS leaders met in Abuja on Thursday.", set()),
    ("Putin met Xi in Beijing.", {("RUSGOV", "CHNGOV", "040")}),
])
def test_an_aside_on_the_subject_and_a_meeting_place(coder, text, events):
    assert coded(coder, text) == events


@pytest.mark.parametrize("text, event", [
    # twenty or more civilians killed by an actor: farmers, a people's members
    ("Gunmen killed 30 farmers in Benue state.", ("NGAUAF", "NGAAGR", "202")),
    ("RSF fighters killed more than 1,000 members of the Masalit community in Ardamata.",
     ("SDNREB", "SDNCVL", "202")),
])
def test_a_mass_killing_of_civilians(coder, text, event):
    assert coded(coder, text) == {event}


@pytest.mark.parametrize("text, events", [
    # a headline-like lead: two countries parted by a comma are the compound subject
    ("Pakistan, China vow to deepen strategic cooperation.",
     {("PAK", "CHN", "031"), ("CHN", "PAK", "031")}),
    ("Nigeria, Niger sign pact on border security.",
     {("NGA", "NER", "057"), ("NER", "NGA", "057")}),
    ("Kabul, Afghanistan saw heavy fighting.", set()),
    # a long ministry name in the attribution tail is the speaker, not a target; a name
    # inside a title ("East African Cooperation") does not end it
    ("Uganda has condemned Rwanda, the Ministry of Foreign Affairs and International "
     "Cooperation of the Republic of Uganda said.", {("UGA", "RWA", "111")}),
    ("The Foreign Minister and Iran condemned Israel.",
     {("---GOV", "ISR", "111"), ("IRN", "ISR", "111")}),
])
def test_headline_leads_and_long_names(coder, text, events):
    assert coded(coder, text) == events
