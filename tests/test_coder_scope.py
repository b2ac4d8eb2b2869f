"""The scope of what dates, negates or places an act: past references in modifiers,
infinitives under a negated verb, the speaker's own side in a threat, passive light
verbs, existential passives and statements made in a place.

Pinned with the small test codebook (tests/fixtures/mini), plus a few entries and
engine options written here; the sentences are the project's own examples.
"""

from __future__ import annotations

import pytest

from coding import Coder

from .helpers import coded, mini_with

EXTRA_VERBS = """\
== 020 appeal
ask {asks asked asking asked}

== 070 provide aid
help {helps helped helping helped}

== --- give: coded by what is given
give {gives gave giving given}
- * permission => 070

== --- place: coded by what something is placed under
place {places placed placing placed}

== 090 investigate
noun: investigation

== 180 use unconventional violence
kill {kills killed killing killed}

== 010 make statement
speak {speaks spoke speaking spoken}

== --- mark: an occasion marked is no event
mark {marks marked marking marked}
"""

ENGINE = """\
[engine]
conditional_target = ["13"]
nested_roots = ["19"]
unplaced = ["010"]
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory) -> Coder:
    return mini_with(tmp_path_factory.mktemp("scope"), ENGINE, verbs=EXTRA_VERBS)


DAY = "2024-06-01"


@pytest.mark.parametrize(("text", "events"), [
    # a participle on a noun, a relative clause, a year after "of": the modifier is past
    ("Iran condemned Pakistan over crimes committed in 1971.", [("IRN", "PAK", "111")]),
    ("Iran, which attacked Pakistan in 1965, condemned Israel.", [("IRN", "ISR", "111")]),
    ("Iran condemned Pakistan over the war of 1965.", [("IRN", "PAK", "111")]),
    # the act itself is dated: nothing is coded
    ("Iran condemned Pakistan in 1965.", []),
    ("Iran said that Pakistan had attacked Israel in 1965.", []),
    # a name after a verb is the subject of its own past verb, no noun it modifies
    ("Iran accused Pakistan of saying Russia attacked Syria in 1999.", []),
])
def test_a_past_reference_in_a_modifier_leaves_the_main_act(coder, text, events):
    assert coded(coder, text, date=DAY) == events


def test_an_act_inside_a_dated_modifier_is_not_coded(coder):
    assert coded(coder, "Iran condemned Israel over Syrians killed by Pakistan in 1999.",
                 date=DAY) == [("IRN", "ISR", "111")]


def test_an_infinitive_under_a_negated_verb_is_not_coded(coder):
    assert coded(coder, "Russia would not give permission to Iran to help Syria.") == []
    assert coded(coder, "Russia gave permission to Iran to help Syria.") == [
        ("RUS", "IRN", "070")]


def test_an_act_named_under_a_negated_verb_is_not_coded(coder):
    assert coded(coder, "Iran did not condemn Russia's attack on Syria.") == []
    assert coded(coder, "Iran condemned Russia's attack on Syria.") == [
        ("IRN", "RUS", "111"), ("RUS", "SYR", "190")]


@pytest.mark.parametrize(("text", "events"), [
    ("Iran threatened that Tehran would strike Israel.", [("IRN", "ISR", "138")]),
    ("Putin threatened that Moscow would act if Britain attacked.", [
        ("RUSGOV", "GBR", "138")]),
    # the threatened country itself after "that" stays the target
    ("Iran threatened that Israel would pay.", [("IRN", "ISR", "138")]),
])
def test_the_speakers_own_country_announcing_an_act_is_no_target(coder, text, events):
    assert coded(coder, text) == events


def test_the_subject_of_a_passive_light_verb_undergoes_the_act(coder):
    assert coded(coder, "Imran Khan was placed under investigation by Iranian police.",
                 date=DAY) == [("IRNCOP", "PAKOPP", "090")]
    # with no doer named there is no event, and the subject is not its source
    assert coded(coder, "Imran Khan was placed under investigation over Iranian funding.",
                 date=DAY) == []


def test_an_existential_passive_has_no_subject_acting(coder):
    assert coded(coder, "There were ten Russian soldiers killed in Syria.") == []


def test_a_statement_made_in_a_place_addresses_no_one_there(coder):
    assert coded(coder, "Putin spoke in Damascus.") == []
    assert coded(coder, "Putin spoke on the situation in Syria.") == [("RUSGOV", "SYR", "010")]


def test_a_noun_of_an_act_after_a_negator_is_not_coded(coder):
    assert coded(coder, "Iran said the blast was not an Israeli attack on Syria.") == []
    assert coded(coder, "Iran said the blast was an Israeli attack on Syria.") == [
        ("ISR", "SYR", "190")]


@pytest.mark.parametrize(("text", "events"), [
    # an indefinite act with a modal after it is supposed, and so is what would follow
    ("A Russian attack on Syria would trigger a war, Britain warned.", []),
    ("A Russian attack on Syria killed five people.", [("RUS", "SYR", "190")]),
])
def test_an_act_supposed_is_not_coded(coder, text, events):
    assert coded(coder, text) == events


def test_a_year_before_a_noun_dates_that_noun_only(coder):
    assert coded(coder, "Iran condemned the 1999 attack on Syria.", date=DAY) == [
        ("IRN", "SYR", "111")]
    assert coded(coder, "The 1999 attack on Syria killed five people.", date=DAY) == []


def test_a_past_reference_in_a_fronted_participle_clause_leaves_the_main_act(coder):
    assert coded(coder, "Marking 30 years since the 1994 war, Putin condemned Britain.",
                 date=DAY) == [("RUSGOV", "GBR", "111")]
    assert coded(coder, "Speaking in 1994, Putin condemned Britain.", date=DAY) == []


@pytest.mark.parametrize(("text", "events"), [
    # whatever is fired at an actor is force; questions fired are not
    ("The United States fired anti-aircraft batteries at Russia.", [("USA", "RUS", "190")]),
    ("Iran fired waves of ballistic missiles at Israel.", [("IRN", "ISR", "195")]),
    ("Reporters fired questions at Putin.", []),
    # a campaign rally is no demonstration
    ("Ecuadorian opposition supporters attended a campaign rally in Quito.", []),
])
def test_default_vocabulary_of_force_and_rallies(default_coder, text, events):
    assert coded(default_coder, text, date=DAY) == events
