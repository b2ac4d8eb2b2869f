"""Legacy TABARI / PETRARCH-1 semantics that the importer turns into engine options.

Each test imports a small dictionary written for it in the legacy syntax and codes
sentences of its own (codebooks/FORMAT.md, [engine]; coding/sparse.py).
"""

from __future__ import annotations

from pathlib import Path

from coding import legacy
from coding.actors import Phrase
from coding.coder import Coder
from coding.evaluate import evaluate_records
from tests.test_legacy_import import _codes, _tabari_coder, entries, run

VERBS = """
RESTOR  [064]
ASK_  [090]
{ ASKED_ }
PROMIS  [050]
BARGAIN  [031]
- * FOR_ASYLUM  [174K]
"""
ACTORS = "ARNOR_  [ARN]\nGONDOR_  [GON]\nROHAN_  [ROH]\n"
AGENTS = "SECURITY_FORCES_  [~MIL]\nPRESIDENT_  [~GOVPRS]\n"


def _petrarch1_coder(tmp_path: Path, files: dict[str, str]) -> Coder:
    """A coder of the PETRARCH-1 dictionary `files` (name -> text), imported into `tmp_path`."""
    _report, out = run(tmp_path, "petrarch1", files)
    return Coder([out], use_cache=False)


def _coder(tmp_path: Path) -> Coder:
    _report, out = run(tmp_path, "tabari", {"Test.verbs": VERBS, "Test.actors": ACTORS,
                                            "Test.agents": AGENTS})
    return Coder([out], use_cache=False)


def test_letter_codes_are_imported_and_coded(tmp_path):
    coder = _coder(tmp_path)
    assert _codes(coder, "Arnor will bargain for asylum in Gondor, the agency reported.") == [
        ("ARN", "GON", "174K")]
    assert "174K,imported code 174K" in (tmp_path / "out" / "events.csv").read_text()


def test_convert_agent_writes_an_agent_without_actor_with_a_tilde(tmp_path):
    coder = _coder(tmp_path)
    text = "Security forces are about to restore full diplomatic ties with Gondor."
    assert _codes(coder, text) == [("---MIL", "GON", "064")]
    options = legacy.tabari_options(["SET: CONVERT AGENT = TRUE"])
    assert options == {"convert_agent": True}
    records = [
        {"id": "o", "record_type": "option", "option_commands": ["SET: CONVERT AGENT = TRUE"]},
        {"id": "a", "text": text, "expected": [{"source": "~MIL", "target": "GON",
                                                "code": "064"}]},
        {"id": "o2", "record_type": "option",
         "option_commands": ["SET: CONVERT AGENT = FALSE"]},
        {"id": "b", "text": text, "expected": [{"source": "---MIL", "target": "GON",
                                                "code": "064"}]},
    ]
    ev = evaluate_records(records, coder)
    assert (ev.records, ev.exact) == (2, 2), ev.failures


def test_forward_option_and_story_of_a_record():
    assert legacy.tabari_options(["FORWARD: ^^*****NNN*SSS"]) == {"forward_id_chars": 3}
    assert legacy.tabari_options(["FORWARD: ^^*****NNN*SSS OFF"]) == {"forward_id_chars": 0}
    assert legacy.story_of("STORY-001-002", 3) == "STORY-001-"
    assert legacy.story_of("STORY-001-002", 0) is None
    named = Phrase(5, 7, code="ARNGOVPRS")
    pronoun = Phrase(0, 1, code="GON", pronoun=True)
    # The first actor named in the sentence, without its agents; never a pronoun's.
    assert [p.code for p in legacy.forwarded_actors([pronoun, named])] == ["ARN"]
    assert legacy.forwarded_actors([pronoun]) == []


def test_forward_gives_a_pronoun_the_first_actor_of_the_story_sentence_before(tmp_path):
    coder = _coder(tmp_path)

    def rec(rid: str, text: str, *events: tuple[str, str, str]) -> dict:
        return {"id": rid, "text": text, "expected": [
            {"source": s, "target": t, "code": c} for s, t, c in events]}

    story = [
        rec("S-001-001", "Arnor President Telemar restored full diplomatic ties with Rohan.",
            ("ARNGOVPRS", "ROH", "064")),
        rec("S-001-002", "He has also asked Gondor to provide help in the conflict.",
            ("ARN", "GON", "090")),
        # The first actor S-001-002 names (GON), not its pronoun's forwarded ARN.
        rec("S-001-003", "Later it promised additional aid to Rohan in the conflict.",
            ("GON", "ROH", "050")),
        # Another story: nothing is forwarded.
        rec("S-002-001", "It has also asked Gondor to provide help in the conflict."),
    ]
    on = {"id": "o", "record_type": "option", "option_commands": ["FORWARD: ^^*****NNN*SSS"]}
    ev = evaluate_records([on, *story], coder)
    assert (ev.records, ev.exact) == (4, 4), ev.failures
    # Without FORWARD the pronoun has no antecedent.
    ev = evaluate_records(story[:2], coder)
    assert ev.exact == 1


def test_pattern_words_lie_beyond_an_actor_and_tilde_marks_a_tied_stem(tmp_path):
    coder = _tabari_coder(tmp_path, """
        ALLOW  [060]
        - * REAL~_PLEASANT  [024]
        - * THE_NEAT~_PLACE  [027]
        """, ACTORS)
    # The words stand after the target "Gondor", as TABARI matched them.
    assert _codes(coder, "Arnor allowed that Gondor is a really pleasant place to visit.") == [
        ("ARN", "GON", "024")]
    assert _codes(coder, "Arnor allowed that Gondor is a real pleasant place to visit.") == [
        ("ARN", "GON", "024")]
    assert _codes(coder, "Arnor allowed that Gondor is the neatest place to visit.") == [
        ("ARN", "GON", "027")]
    # `_` still ties the stem to the next word.
    assert _codes(coder, "Arnor allowed that Gondor is a real and pleasant place to go.") == [
        ("ARN", "GON", "060")]
    text = (tmp_path / "out" / "imported" / "verbs" / "test.txt").read_text()
    assert "- * real*_pleasant* => 024" in text


def test_petrarch1_stacks_an_agent_named_inside_a_longer_one(tmp_path):
    coder = _petrarch1_coder(tmp_path, {
        "Test.verbs": "--- RESTORE [064] ---\nRESTORE\n",
        "Test.actors": "ARNOR [ARN]\nGONDOR [GON]\n",
        "Test.agents": "MAIN_OPPOSITION_GROUP [~MOP]\nOPPOSITION_GROUP [~OPP]\n"
                       "FOREIGN_MINISTER [~GOVFRM]\nMINISTER [~GOV]\n",
    })
    assert _codes(coder, "Arnor will restore full diplomatic ties with the Gondor main "
                  "opposition group.") == [("ARN", "GONMOPOPP", "064")]
    # A nested agent whose code the longer one holds adds nothing.
    assert _codes(coder, "The Arnor foreign minister will restore full ties with Gondor.") \
        == [("ARNGOVFRM", "GON", "064")]
    # TABARI takes the longest agent only.
    _report, out = run(tmp_path / "t", "tabari", {
        "Test.verbs": "RESTOR  [064]\n", "Test.actors": ACTORS,
        "Test.agents": "MAIN_OPPOSITION_GROUP_  [~MOP]\nOPPOSITION_GROUP_  [~OPP]\n"})
    coder = Coder([out], use_cache=False)
    assert _codes(coder, "Arnor will restore full diplomatic ties with the Gondor main "
                  "opposition group.") == [("ARN", "GONMOP", "064")]


def test_a_deleted_comma_aside_gives_a_pattern_slot_nothing(tmp_path):
    coder = _tabari_coder(tmp_path, "CALLED_ON_  [094]\n- $ *  [095]\n",
                          ACTORS + "RADAGAST_  [RAD]\n")
    assert _codes(coder, "Arnor, in a row with Radagast the wizard, called on Gondor late on "
                  "Sunday to let it leave the land of the elves.") == [("ARN", "GON", "095")]


def test_tabari_pronoun_of_a_later_clause_is_the_first_actor(tmp_path):
    coder = _tabari_coder(tmp_path, "URGE  [102]\nASK_  [090]\n{ ASKED_ }\nASSIST  [092]\n",
                          ACTORS + "BREE_  [BRE]\n")
    # "him" is Arnor, neither the nearer Bree nor the clause's own Gondor.
    assert _codes(coder, "Arnor urged Bree to calm down and Gondor asked him to help.") == [
        ("ARN", "BRE", "102"), ("GON", "ARN", "090")]
    # In the first actor's own clause the pronoun keeps the nearer actor.
    with_all = Coder(compiled=coder.book.__class__(
        {**coder.book.data, "engine": {**coder.book.engine, "code_by": "all"}}))
    assert _codes(with_all, "Arnor urged Bree on Monday to assist it in the talks.") == [
        ("ARN", "BRE", "092"), ("ARN", "BRE", "102")]


def test_legacy_actor_codes_of_any_length_and_one_name_for_several_actors(tmp_path):
    coder = _tabari_coder(tmp_path, "RESTOR  [064]\n", ACTORS + "ITHILEN_TELEVISION_  [ITHTV]\n"
                          "THE_SHIRE_  [FRO/BIL]\nLORIEN_  [ELR/GAL]\n")
    assert _codes(coder, "Arnor will restore full diplomatic ties with Ithilen Television.") \
        == [("ARN", "ITHTV", "064")]
    assert _codes(coder, "The Shire will restore full diplomatic ties with Lorien soon.") == [
        ("BIL", "ELR", "064"), ("BIL", "GAL", "064"), ("FRO", "ELR", "064"),
        ("FRO", "GAL", "064")]
    # In a compound the name's actors take its place.
    assert _codes(coder, "Arnor and the Shire will restore full diplomatic ties with Gondor.") \
        == [("ARN", "GON", "064"), ("BIL", "GON", "064"), ("FRO", "GON", "064")]


def test_tabari_regular_verb_endings_and_a_hyphened_prefix(tmp_path):
    assert legacy.tabari_verb_forms("DEPLORE") == [
        "DEPLORED", "DEPLOREN", "DEPLORES", "DEPLORING"]
    coder = _tabari_coder(tmp_path, "DEPART_  [032]\nPARADE  [017]\n- ANTI- + *  [111]\n",
                          ACTORS)
    for verb in ("departs", "departed", "departes", "departen", "departing"):
        assert _codes(coder, f"Arnor {verb} from Gondor five years after the crowds left.") \
            == [("ARN", "GON", "032")], verb
    assert _codes(coder, "Arnor departx from Gondor five years after the crowds left.") == []
    assert _codes(coder, "Arnor marched in an anti- Gondor parade on Saturday night.") == [
        ("ARN", "GON", "111")]


def test_petrarch1_compound_slot_takes_the_role_of_its_side(tmp_path):
    coder = _petrarch1_coder(tmp_path, {
        "Test.verbs": "--- POSTPONE [191] ---\nPOSTPONE\n- % HAVE * [191]\n"
                      "--- AGREE [031] ---\nAGREE\n- * WITH % [031]\n",
        "Test.actors": "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nBREE [BRE]\n",
    })
    assert _codes(coder, "Arnor and Gondor have postponed their meeting with Rohan.") == [
        ("ARN", "ROH", "191"), ("GON", "ROH", "191")]
    assert _codes(coder, "Arnor agrees with Rohan and Bree that the talks should go on.") == [
        ("ARN", "BRE", "031"), ("ARN", "ROH", "031")]


def test_tabari_agent_composes_only_with_an_actor_right_before_it(tmp_path):
    _report, out = run(tmp_path, "tabari", {
        "Test.verbs": "LEFT_  [032]\n", "Test.actors": ACTORS + "TELEMAR_  [ARN]\n",
        "Test.agents": "PRIME_MINISTER_  [~GOV]\n"})
    coder = Coder([out], use_cache=False)
    assert _codes(coder, "Arnor's first Deputy Prime Minister Telemar left for Gondor today.") \
        == [("ARN", "GON", "032")]
    assert _codes(coder, "Arnor's Prime Minister Telemar left for Gondor on Wednesday.") == [
        ("ARNGOV", "GON", "032")]


def test_a_partial_check_record_checks_only_the_events_it_lists(tmp_path):
    coder = _coder(tmp_path)
    text = "Arnor will restore full diplomatic ties with Gondor and Rohan soon."
    records = [
        {"id": "a", "text": text, "partial_check": True,
         "expected": [{"source": "ARN", "target": "GON", "code": "064"}]},
        {"id": "b", "text": text, "partial_check": True, "expected": []},
        {"id": "c", "text": text, "partial_check": True,
         "expected": [{"source": "ARN", "target": "GON", "code": "010"}]},
        {"id": "d", "text": text,
         "expected": [{"source": "ARN", "target": "GON", "code": "064"}]},
    ]
    ev = evaluate_records(records, coder)
    assert [f["id"] for f in ev.failures] == ["c", "d"]


def test_default_without_prior_takes_source_and_target_from_a_compound(tmp_path):
    coder = _coder(tmp_path)
    options = legacy.tabari_options(["DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR] AFTER"])
    with_default = Coder(compiled=coder.book.__class__(
        {**coder.book.data, "engine": {**coder.book.engine, **options}}))
    assert _codes(with_default, "Nobody is about to restore full diplomatic ties with Gondor "
                  "and Rohan today.") == [("GON", "ROH", "064")]


def test_petrarch1_never_reads_a_modal_as_a_verb(tmp_path):
    coder = _petrarch1_coder(tmp_path, {
        "Test.verbs": "--- SHOULD [101] ---\nSHOULD\n--- ACT [100] ---\nACT\n"
                      "- INDICATED SHOULD * [1011]\n",
        "Test.actors": "ARNOR [ARN]\nGONDOR [GON]\n",
    })
    assert _codes(coder, "Arnor indicated it should have acted against Gondor last year.") \
        == [("ARN", "GON", "1011")]


def test_tabari_a_verb_word_after_an_article_is_a_noun(tmp_path):
    coder = _tabari_coder(tmp_path, "ACCORD  [075]\nPARADE  [017]\n- ANTI- + *  [111]\n",
                          ACTORS)
    assert _codes(coder, "Arnor was in an accord with an anti- Gondor parade on Saturday.") \
        == [("ARN", "GON", "111")]
    assert _codes(coder, "Arnor will accord with an anti- Gondor parade on Saturday.") == [
        ("ARN", "GON", "075")]


def test_petrarch1_block_of_a_listed_verb_gives_it_its_patterns(tmp_path):
    report, out = run(tmp_path, "petrarch1", {
        "Test.verbs": "--- SHOT [---] ---\nSHOT\n- * AND_WOUNDED [223]\n\n"
                      "--- SHOT [223] ---\nSHOT\n- + WAS * DEAD IN $ [224]\n",
        "Test.actors": "ARNOR [ARN]\nGONDOR [GON]\nARNORIAN [ARN]\n",
    })
    assert [(line, reason) for line, _t, reason in entries(report)] == [
        (6, legacy.R_DUPLICATE_VERB)]
    assert (7, legacy.C_PATTERN_MOVED) in [(line, reason)
                                           for line, _t, reason in entries(report, "changed")]
    coder = Coder([out], use_cache=False)
    assert _codes(coder, "An Arnorian was shot dead in Gondor late on Monday night.") == [
        ("GON", "ARN", "224")]


def test_an_end_aside_stays_when_nothing_else_could_be_coded(tmp_path):
    coder = _tabari_coder(tmp_path, "URGE  [102]\n", ACTORS)
    # The part after the last comma is short enough to be an end aside, but
    # deleting it (with the inner aside) would leave no verb.
    assert _codes(coder, "Arnor's envoy, in remarks published on Monday, urged Gondor to "
                  "respond soon.") == [("ARN", "GON", "102")]
    # A real end aside still goes: "urged" stays the verb, not "said".
    assert _codes(coder, "Arnor urged Gondor on Monday to respond to the latest proposals on "
                  "the border, the news agency Rohan said.") == [("ARN", "GON", "102")]


def test_a_word_tied_to_the_verb_marker_must_touch_the_verb(tmp_path):
    coder = _tabari_coder(tmp_path, "ACCORD  [---]\n- IN_*  [075]\n- IN *  [072]\n"
                          "ALLOW  [060]\n- RECENT~_*  [025]\n", ACTORS)
    text = (tmp_path / "out" / "imported" / "verbs" / "test.txt").read_text()
    assert "- in_ * => 075" in text and "- recent*_ * => 025" in text
    assert _codes(coder, "Arnor was in accord with Gondor on the new border rules.") == [
        ("ARN", "GON", "075")]
    assert _codes(coder, "Arnor was in full accord with Gondor on the new border rules.") == [
        ("ARN", "GON", "072")]
    assert _codes(coder, "Arnor recently allowed that Gondor is a pleasant place to visit.") \
        == [("ARN", "GON", "025")]
    assert _codes(coder, "Arnor recently did allow that Gondor is a pleasant place to go.") \
        == [("ARN", "GON", "060")]


def test_tabari_noun_and_adjective_lists(tmp_path):
    coder = _tabari_coder(tmp_path, "MEET  [031]\nLEAD  [---]\nVISIT  [032]\nWARN  [160]\n",
                          "<NOUN>\nLEADER\nFORCES_\n</NOUN>\n<ADJECTIVE>\nAWFUL\nEVIL\n"
                          "</ADJECTIVE>\n" + ACTORS + "ROHAN_MINISTER_  [ROHGOV]\n")
    toml = (tmp_path / "out" / "codebook.toml").read_text()
    assert 'nouns = ["leader*", "forces"]' in toml and 'adjectives = ["awful*", "evil*"]' in toml
    # "leaders" is no verb, so "and Rohan leaders" opens no clause of its own.
    assert _codes(coder, "Arnor will meet Gondor and Rohan leaders during a visit to Gondor.") \
        == [("ARN", "GON", "031"), ("ARN", "ROH", "031")]
    # "awful and evil" joins two listed adjectives: no clause starts at "and".
    assert _codes(coder, "Arnor's awful and evil Rohan minister warned of Gondor today.") == [
        ("ARN", "GON", "160")]


def test_tabari_dominant_code_neither_nor_and_compounds_before_clauses(tmp_path):
    coder = _tabari_coder(tmp_path, "LEFT_  [032]\nATTEND  [031!]\nWELCOM  [041]\n"
                          "PARTICIPAT  [111]\n", ACTORS + "BREE_  [BRE]\n")
    assert "dominant_verbs = [\"attend*\"]" in (tmp_path / "out" / "codebook.toml").read_text()
    with_all = Coder(compiled=coder.book.__class__(
        {**coder.book.data, "engine": {**coder.book.engine, "code_by": "all"}}))
    # With every verb coded, the dominant ATTEND's event is the only one.
    assert _codes(with_all, "Arnor left for Gondor on Wednesday to attend talks with Rohan.") \
        == [("ARN", "ROH", "031")]
    assert _codes(coder, "Neither Arnor nor Bree participated in the parade in Gondor.") == [
        ("ARN", "GON", "111"), ("BRE", "GON", "111")]
    # "Fornost and Gondor" is a compound: no clause starts at its "and".
    assert _codes(coder, "Bree with Arnor and Gondor welcomed the new ties with Rohan.") == [
        ("BRE", "ROH", "041")]


def test_petrarch1_blank_in_an_actor_name_lets_words_stand_between(tmp_path):
    coder = _petrarch1_coder(tmp_path, {
        "Test.verbs": "--- APPEAL [095] ---\nAPPEAL\n",
        "Test.actors": "ARNOR [ARN]\nITHILEN TELEVISION [ITHTV]\nITHILEN [ITH]\n",
    })
    assert _codes(coder, "Arnor appealed for peace on Ithilen state-run television today.") \
        == [("ARN", "ITHTV", "095")]


def test_literal_star_in_a_petrarch_agent_or_discard_is_reported_with_its_line(tmp_path):
    report, out = run(tmp_path, "petrarch1", {
        "Test.agents.txt": "DIPLOMAT [~GOV]\nE*TRADER [~BUS]\n",
        "Test.discards.txt": "BASEBALL\nE*TRADE_\n",
    })
    starred = [(line, reason) for line, _text, reason in entries(report)]
    assert starred == [(2, legacy.R_LITERAL_STAR), (2, legacy.R_LITERAL_STAR)]
    assert [e.file.rsplit("/", 1)[-1] for e in report.unconverted] == [
        "Test.agents.txt", "Test.discards.txt"]
    written = "".join(p.read_text() for p in out.rglob("*.txt")).lower()
    assert "diplomat" in written and "baseball" in written and "trade" not in written


def test_petrarch1_hash_code_is_a_plain_actor_code(tmp_path):
    report, out = run(tmp_path, "petrarch1", {
        "Test.verbs": "--- WARN [160] ---\nWARN\n",
        "Test.actors": "ARNOR [ARN]\nNASGUL [###]\n",
    })
    assert entries(report) == []
    coder = Coder([out], use_cache=False)
    assert _codes(coder, "The Nasgul warned Arnor today.") == [("###", "ARN", "160")]


def test_petrarch1_noun_phrases_join_modifiers_close_lists_and_follow_articles(tmp_path):
    _report, out = run(tmp_path, "petrarch1", {
        "Test.verbs": "--- WARN [160] ---\nWARN\n--- SPUR [081] ---\nSPUR\n"
                      "--- ACCORD [---] ---\nACCORD\n- IN * [075]\n",
        "Test.actors": "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nBREE [BRE]\n"
                       "CALIMEHTAR [CAL]\n",
        "Test.agents": "MINISTER [~GOV]\n",
    })
    toml = (out / "codebook.toml").read_text()
    assert "joined_modifiers = true" in toml and "closed_lists = true" in toml
    coder = Coder([out], use_cache=False)
    # "awful and evil" stays inside the noun phrase that Arnor's agent ends.
    assert _codes(coder, "Arnor's awful and evil minister Calimehtar warned Gondor.") == [
        ("ARNGOV", "GON", "160")]
    # ", and" after "Gondor and Rohan" opens a second list, not a third member.
    assert _codes(coder, "Arnor may spur talks with Gondor and Rohan, and Bree and Arnor "
                         "said so.") == [("ARN", "GON", "081"), ("ARN", "ROH", "081")]
    # A verb word right after an article is a noun, as PETRARCH-1's parse tags it.
    assert _codes(coder, "Arnor was in an accord with Gondor on Saturday.") == []
