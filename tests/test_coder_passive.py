"""Passive participles: their agents, coordinated participles and reduced relatives.

Pinned with the small test codebook, plus a layer of a few entries written here.
"""

from __future__ import annotations

import pytest

from coding import Coder

from .helpers import coded, mini_layered

EXTRA_VERBS = """\
== 192 capture: a place taken is occupied; people taken are held
capture
- * &TROOPS => 173
- * + &TROOPS => 173
- * by &AIRCRAFT => 195

== 180 use unconventional violence
shoot {shoots shot shooting shot} | wound | kill

== --- stop: coded by what is stopped
stop {stops stopped stopping stopped}
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory) -> Coder:
    return mini_layered(tmp_path_factory.mktemp("extra"), verbs=EXTRA_VERBS,
                        synsets="&TROOPS = soldiers | fighters\n&AIRCRAFT = bomber\n",
                        agents="man {men} => ~CVL\nbomber => ~MIL\n")


def test_object_words_in_the_passive_agent_give_no_pattern(coder):
    # In the active "captured Iranian fighters" the fighters are held (173); in the
    # passive they are the captors, and the place taken is occupied (192).
    assert coded(coder, "Iranian fighters captured Syrian soldiers.") == [
        ("IRNREB", "SYRMIL", "173")]
    assert coded(coder, "Damascus was captured by Iranian fighters.") == [
        ("IRNREB", "SYR", "192")]


def test_a_pattern_written_for_the_agent_still_fits(coder):
    assert coded(coder, "Damascus was captured by Russian bombers.") == [
        ("RUSMIL", "SYR", "195")]


def test_coordinated_participles_share_the_agent_over_an_adverb(coder):
    assert coded(coder, "The Syrian president was shot and seriously wounded by "
                        "Iranian rebels.") == [("IRNREB", "SYRGOV", "180")]


def test_second_participle_is_passive_when_the_first_codes_nothing(coder):
    # "stopped" gives no event; "attacked" is still passive, its agent the source
    assert coded(coder, "A Syrian convoy was stopped and later attacked by Iranian "
                        "rebels.") == [("IRNREB", "SYR", "190")]


def test_agent_after_a_number_joined_to_a_word(coder):
    # "a 71-year-old man": tokens "71", "-", "year-old"; "by" still governs the phrase
    assert coded(coder, "The Syrian president was wounded by a 71-year-old Syrian man.") == [
        ("SYRCVL", "SYRGOV", "180")]


def test_participle_after_the_complement_of_a_noun_is_passive(coder):
    # "the funerals of Syrians killed in ...": the Syrians were killed, by no one named
    assert coded(coder, "Iranian protesters attended the funerals of Syrians killed "
                        "in Damascus.") == []
    assert coded(coder, "Hundreds of Iranian soldiers killed in Damascus.") != []
