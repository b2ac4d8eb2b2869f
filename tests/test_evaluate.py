"""`eventcoder evaluate`: the scores a user reads off a gold file, and its errors."""

from __future__ import annotations

import json

from .conftest import IRN_PAK, PAK_IRN, RUS_GBR, RUS_USA
from .helpers import MINI


def gold(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def ev(source, target, code):
    return {"source": source, "target": target, "code": code}


RECORDS = [
    # exact
    {"id": "a", "text": PAK_IRN, "date": "2024-01-17", "expected": [ev("PAK", "IRN", "161")],
     "category": "nominal"},
    # right country and root, wrong agent and code: counts at root level only
    {"id": "b", "text": IRN_PAK, "date": "2024-01-16", "expected": [ev("IRN", "PAK", "195")],
     "category": "basic"},
    # missed: nothing expected is coded, and one event is extra
    {"id": "c", "text": RUS_GBR, "date": "2024-01-01", "expected": [ev("GBR", "RUS", "111")],
     "category": "basic"},
    # a no-event record the coder leaves alone: exact
    {"id": "d", "text": "The weather was fine.", "date": "2024-01-01", "expected": [],
     "no_event": True, "category": "basic"},
]


def test_scores_at_three_levels(tmp_path, run_cli):
    path = gold(tmp_path / "g.jsonl", RECORDS)
    result = run_cli("evaluate", path, "--codebook", MINI, "--json")
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    assert (report["records"], report["exact"]) == (4, 2)
    levels = {k: (v["tp"], v["fp"], v["fn"]) for k, v in report["levels"].items()}
    # root: PAK-IRN-16 and IRN-PAK-19 match; RUS-GBR-11 is extra, GBR-RUS-11 missed
    assert levels == {"root": (2, 1, 1), "base": (1, 2, 2), "full": (1, 2, 2)}
    assert report["categories"]["basic"]["exact"] == 1
    assert report["categories"]["nominal"]["exact"] == 1
    assert sorted(f["id"] for f in report["failures"]) == ["b", "c"]
    assert report["failures_total"] == 2


def test_json_failures_option_limits_the_list(tmp_path, run_cli):
    """`--failures N` limits the JSON list as it limits the text report; 0 gives scores only."""
    path = gold(tmp_path / "g.jsonl", RECORDS)
    one = json.loads(run_cli("evaluate", path, "--codebook", MINI, "--json",
                             "--failures", "1").stdout)[0]
    assert (len(one["failures"]), one["failures_total"]) == (1, 2)
    none = json.loads(run_cli("evaluate", path, "--codebook", MINI, "--json",
                              "--failures", "0").stdout)[0]
    assert "failures" not in none and none["failures_total"] == 2
    assert none["levels"] == one["levels"]


def test_text_report_lists_failures_with_rules(tmp_path, run_cli):
    path = gold(tmp_path / "g.jsonl", RECORDS)
    result = run_cli("evaluate", path, "--codebook", MINI)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "exact event-set match: 2/4 = 50.0%" in out
    assert "- c: Russia condemned Britain." in out
    assert "expected [['GBR', 'RUS', '111']]" in out
    assert "coded    [['RUS', 'GBR', '111']]" in out


def test_several_files_are_scored_separately(tmp_path, run_cli):
    one = gold(tmp_path / "one.jsonl", RECORDS[:1])
    two = gold(tmp_path / "two.jsonl", [{"id": "e", "text": RUS_USA, "date": "2024-01-01",
                                        "expected": [ev("RUSGOV", "USA", "112")]}])
    result = run_cli("evaluate", one, two, "--codebook", MINI, "--json")
    assert [(r["records"], r["exact"]) for r in json.loads(result.stdout)] == [(1, 1), (1, 1)]


def test_broken_codebook_is_a_one_line_error(tmp_path, run_cli):
    path = gold(tmp_path / "g.jsonl", RECORDS)
    bad = tmp_path / "bad"
    (bad / "verbs").mkdir(parents=True)
    (bad / "verbs" / "v.txt").write_text("== 999 no such code\nfrobnicate\n", encoding="utf-8")
    result = run_cli("evaluate", path, "--codebook", MINI, "--codebook", bad)
    assert result.exit_code == 1
    assert result.stderr.startswith("eventcoder: error: ")
    assert "v.txt:1" in result.stderr
    assert "Traceback" not in result.output


def test_malformed_gold_line_names_the_file_and_line(tmp_path, run_cli):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + "\n{not json\n", encoding="utf-8")
    result = run_cli("evaluate", path, "--codebook", MINI)
    assert result.exit_code == 1
    assert f"{path}:2" in result.stderr


def test_records_of_one_doc_are_coded_as_one_story():
    # "Police" takes Pakistan from two records back; without `doc`, only its context
    from coding import Coder
    from coding.evaluate import _with_engine, evaluate_records

    first, between = PAK_IRN, "The United Nations met on Monday."
    records = [
        {"id": "1", "doc": "d", "text": first, "expected": [ev("PAK", "IRN", "161")]},
        {"id": "2", "doc": "d", "text": between, "context": first, "no_event": True},
        {"id": "3", "doc": "d", "text": "Police attacked the protesters.", "context": between,
         "expected": [ev("PAKCOP", "PAKCVL", "190")]},
        {"id": "4", "text": "Police attacked the protesters.", "context": between,
         "expected": [ev("---COP", "---CVL", "190")]},
        # a context that is not the record before is a sentence of the story between
        {"id": "5", "doc": "e", "text": "He condemned Britain.",
         "context": "Vladimir Putin met Imran Khan.", "expected": [ev("RUSGOV", "GBR", "111")]},
    ]
    coder = _with_engine(Coder(MINI, use_cache=False), {"story_memory": 2})
    result = evaluate_records(records, coder)
    assert result.failures == [] and result.exact == 5
