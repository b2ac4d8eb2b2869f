"""The engine's behaviour on each phenomenon, pinned with the small test codebook."""

from __future__ import annotations

import pytest

from coding import Coder
from coding.explain import explain

from .helpers import MINI, coded, in_order


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(MINI, use_cache=False)


def test_default_rule_first_actor_before_and_after_the_verb(coder):
    assert in_order(coder, "Iran condemned Pakistan.") == [("IRN", "PAK", "111")]


def test_pattern_sets_code_and_target(coder):
    assert in_order(coder, "Pakistan recalled its ambassador from Tehran.") == [
        ("PAK", "IRN", "161")]


def test_agent_composition(coder):
    assert in_order(coder, "Iran's foreign minister condemned the Pakistani police.") == [
        ("IRNGOV", "PAKCOP", "111")]
    assert in_order(coder, "Rebels in Syria attacked Israeli troops.") == [
        ("SYRREB", "ISRMIL", "190")]


def test_metonymy_capital_and_institution(coder):
    assert in_order(coder, "The Kremlin condemned Washington.") == [("RUSGOV", "USA", "111")]


def test_passive_voice_swaps_source_and_target(coder):
    assert in_order(coder, "Damascus was attacked by Israeli jets.") == [("ISRMIL", "SYR", "190")]


def test_compound_source_gives_one_event_per_member(coder):
    assert in_order(coder, "The United States and Britain struck Iran.") == [
        ("USA", "IRN", "190"), ("GBR", "IRN", "190")]


def test_compound_without_target_codes_both_directions(coder):
    assert coded(coder, "Iran and Pakistan met.") == [
        ("IRN", "PAK", "040"), ("PAK", "IRN", "040")]


def test_paired_code_visit_and_receive_visit(coder):
    assert in_order(coder, "Vladimir Putin visited Tehran.") == [
        ("RUSGOV", "IRN", "042"), ("IRN", "RUSGOV", "043")]


@pytest.mark.parametrize("text", [
    "Pakistan did not attack Iran.",
    "Pakistan never attacked Iran.",
    "Iran could attack Pakistan.",
    "Iran will not attack Pakistan.",
    "If Iran attacks Pakistan, the army will respond.",
])
def test_negated_and_hypothetical_acts_are_not_coded(coder, text):
    assert in_order(coder, text) == []


def test_threats_are_coded_but_not_the_threatened_act(coder):
    assert in_order(coder, "Iran threatened to strike Israel.") == [("IRN", "ISR", "138")]


def test_reported_speech_codes_the_reported_act(coder):
    assert in_order(coder, "Syrian media said Israeli jets struck Damascus.") == [
        ("ISRMIL", "SYR", "190")]


def test_accusation(coder):
    assert in_order(coder, "Iran accused Israel of war crimes.") == [("IRN", "ISR", "112")]


def test_several_events_in_one_sentence(coder):
    assert in_order(coder, "Pakistan recalled its ambassador from Tehran after Iranian jets "
                        "attacked Pakistani police.") == [
        ("PAK", "IRN", "161"), ("IRNMIL", "PAKCOP", "190")]


def test_nominal_event_with_adjective_source(coder):
    assert in_order(coder, "Pakistan condemned Iran after an Iranian missile attack on "
                        "Pakistani police.") == [("PAK", "IRN", "111"), ("IRN", "PAKCOP", "190")]


def test_pronoun_refers_to_previous_sentence(coder):
    first = coder.code_sentence("Iran denied the report.", 739000)
    events = in_order(coder, "It condemned Pakistan.", context=first.sentence.phrases)
    assert events == [("IRN", "PAK", "111")]


@pytest.mark.parametrize(("date", "code"), [
    ("2018-08-17", "PAKELI"), ("2018-08-18", "PAKGOV"), ("2022-04-10", "PAKGOV"),
    ("2022-04-11", "PAKOPP"), ("2025-06-01", "PAKOPP"),
])
def test_dated_actor_codes_at_their_boundaries(coder, date, code):
    assert in_order(coder, "Imran Khan condemned Iran.", date=date) == [(code, "IRN", "111")]


def test_sentence_discard_and_historical_reference(coder):
    assert coder.code_sentence("Pakistan scored two goals against Iran.").status == "discarded"
    res = coder.code_sentence("Pakistan attacked Iran in 1965.", 739000)
    assert (res.status, res.events) == ("historical", [])


def test_story_discard_flag(coder):
    assert coder.code_sentence("Iran beat Pakistan at the World Cup.").story_discard


def test_events_carry_spans_and_rule_ids(coder):
    text = "Iran condemned Pakistan."
    (e,) = coder.code(text)
    assert (e.source_text, e.target_text, e.verb_text) == ("Iran", "Pakistan", "condemned")
    assert text[e.verb_span[0]:e.verb_span[1]] == "condemned"
    assert e.rule_id.startswith("mini/verbs/verbs.txt:")


def test_internal_error_is_reported_not_raised(coder, monkeypatch):
    monkeypatch.setattr(coder, "_analyse", lambda text: 1 / 0)
    res = coder.code_sentence("Iran condemned Pakistan.")
    assert res.status == "error" and "ZeroDivisionError" in res.reason


def test_explain_reports_actors_patterns_and_rejections(coder):
    info = explain("Pakistan did not attack Iran.", "2024-01-17", coder=coder)
    assert [a["code"] for a in info["actors"]] == ["PAK", "IRN"]
    (verb,) = info["verbs"]
    assert verb["outcome"] == "rejected" and "negated" in verb["reason"]
    info = explain("Pakistan recalled its ambassador from Tehran.", coder=coder)
    assert info["verbs"][0]["pattern"]["code"] == "161"
    assert info["events"][0]["rule_id"] == info["verbs"][0]["pattern"]["rule_id"]


def test_name_inside_a_grammar_phrase_wins(coder):
    # "the group" is a pronoun phrase, but "Group of Seven" starts inside it and
    # reaches further: the name is the actor.
    assert in_order(coder, "Iran condemned the Group of Seven.") == [("IRN", "IGOGSV", "111")]


def test_adjectives_inside_a_list_keep_it_together(coder):
    assert coded(coder, "Iran and the embattled Syria condemned Pakistan.") == [
        ("IRN", "PAK", "111"), ("SYR", "PAK", "111")]


def test_underscores_and_bare_negation_tokens():
    from coding.tokens import tokenize_words

    assert tokenize_words("Dol_Amroth did n't go") == ["Dol", "Amroth", "did", "n't", "go"]


def test_a_prefix_agent_is_not_repeated():
    from coding.actors import compose

    assert compose("NGM", ("NGM", True)) == "NGM"  # activists (NGM~) of Amnesty (NGM)
    assert compose("PAK", ("NGO", True)) == "NGOPAK"


@pytest.mark.parametrize("text", [
    "U.S. and U.N. envoys met on 10:30, 12% of 2,000.5 troops left.",
    "Iran's O'Brien didn't go\u00a0to Kyiv\u2009—\tIranian-backed (Houthi) rebels",
    "İstanbul’s ﬁrst 3.5 km; \x1cx\x85y ½ Ⅻ ٣ a.m.",
])
def test_token_chunks_give_the_expression_tokens(text):
    """`_find_tokens` splits at whitespace first and passes only chunks that are not all
    letters to the expression: the tokens are those of `TOKEN_RE.findall`."""
    from coding.tokens import TOKEN_RE, _find_tokens

    assert _find_tokens(text) == TOKEN_RE.findall(text)
