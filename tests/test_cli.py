"""The command line: exit codes, one-line fatal errors, usage errors, stats and explain."""

from __future__ import annotations

import contextlib
import json
import os

import pandas as pd
import pytest

import coding.io
from coding.pipeline import read_metadata

from .conftest import (
    GOOD_EVENTS,
    MINI,
    RUS_GBR,
    events_of,
    is_root,
    listing,
    write_jsonl,
)


def assert_fatal(result, message: str):
    """Exit 1 with exactly one line on stderr, no traceback."""
    assert result.exit_code == 1, result.output
    assert result.stderr == f"eventcoder: error: {message}\n"
    assert "Traceback" not in result.output
    assert result.stdout == ""


# ------------------------------------------------------------ exit codes


def test_exit_0_when_all_coded(tmp_path, run_cli, good_jsonl):
    out = tmp_path / "out.parquet"
    result = run_cli("code", good_jsonl, "-o", out, "--codebook", MINI)
    assert result.exit_code == 0
    assert events_of(out) == GOOD_EVENTS
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("4 documents (4 coded, 0 rejected), 5 sentences, 4 events in ")
    assert lines[0].endswith(f" -> {out}")


def test_exit_3_when_finished_with_rejects(tmp_path, run_cli, good_docs):
    src = write_jsonl(tmp_path / "in.jsonl", [*good_docs, "oops", {"id": "x"}])
    out = tmp_path / "out.parquet"
    result = run_cli("code", src, "-o", out, "--codebook", MINI)
    assert result.exit_code == 3
    assert events_of(out) == GOOD_EVENTS
    lines = result.stderr.splitlines()
    assert lines[0].startswith("6 documents (4 coded, 2 rejected), 5 sentences, 4 events in ")
    assert lines[1] == f"2 rejects written to {tmp_path / 'out.rejects.jsonl'}"


def test_an_empty_input_is_a_rejected_input_not_a_document(tmp_path, run_cli, good_docs):
    src = write_jsonl(tmp_path / "in.jsonl", good_docs)
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    out = tmp_path / "out.parquet"
    result = run_cli("code", src, empty, "-o", out, "--codebook", MINI)
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert lines[0].startswith("4 documents (4 coded, 0 rejected), 1 input rejected (empty or "
                               "unreadable), 5 sentences, 4 events in ")
    assert lines[1] == f"1 reject written to {tmp_path / 'out.rejects.jsonl'}"
    counts = read_metadata(out)["counts"]
    assert (counts["documents_read"], counts["inputs_rejected"]) == (4, 1)


def test_summary_counts_one_of_each_in_the_singular(tmp_path, run_cli, good_docs):
    src = write_jsonl(tmp_path / "one.jsonl", [good_docs[1]])
    result = run_cli("code", src, "-o", tmp_path / "out.parquet", "--codebook", MINI)
    assert result.exit_code == 0
    assert result.stderr.startswith("1 document (1 coded, 0 rejected), 1 sentence, 1 event in ")


def test_keep_field_no_document_has_is_a_warning(tmp_path, run_cli, good_docs):
    docs = [{**d, "url": f"https://example.org/{d['id']}"} for d in good_docs]
    src = write_jsonl(tmp_path / "in.jsonl", docs)
    out = tmp_path / "out.parquet"
    result = run_cli("code", src, "-o", out, "--codebook", MINI, "--keep", "url",
                     "--keep", "URL")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0] == ("warning: --keep URL: no document has this field, so the column "
                        "doc_URL is empty (field names are case-sensitive)")
    assert len(lines) == 2  # no warning for 'url', which documents have
    assert set(pd.read_parquet(out)["doc_url"]) == {f"https://example.org/{d}"
                                                    for d in ("d1", "d2", "d3")}


def test_quiet_prints_nothing(tmp_path, code_cli, good_jsonl):
    result = code_cli(good_jsonl, tmp_path / "out.parquet")
    assert result.exit_code == 0
    assert result.output == ""


def test_exit_0_with_no_events_at_all(tmp_path, code_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "q", "text": "Nothing happened."}])
    out = tmp_path / "out.parquet"
    assert code_cli(src, out, "--date", "2024-01-01").exit_code == 0
    assert events_of(out) == []


# ------------------------------------------------------------ fatal errors: exit 1


def test_missing_input_file(tmp_path, code_cli, good_jsonl):
    missing = tmp_path / "missing.jsonl"
    result = code_cli([good_jsonl, missing], tmp_path / "out.parquet")
    assert_fatal(result, f"{missing}: no such file or directory")
    assert listing(tmp_path) == ["good.jsonl"]


@pytest.mark.parametrize("name", ["notes.xml", "data.json.bz2", "README"])
def test_unknown_input_extension(tmp_path, code_cli, good_jsonl, name):
    odd = tmp_path / name
    odd.write_text("x")
    result = code_cli([good_jsonl, odd], tmp_path / "out.parquet")
    assert_fatal(result, f"{odd}: unknown input type (use .jsonl, .jsonl.gz, .csv, .parquet, "
                         ".txt or a directory of .txt files)")
    assert listing(tmp_path) == sorted(["good.jsonl", name])


def test_output_directory_missing(tmp_path, code_cli, good_jsonl):
    out = tmp_path / "nowhere" / "out.parquet"
    result = code_cli(good_jsonl, out)
    assert_fatal(result, f"{out}: output directory {tmp_path / 'nowhere'} does not exist")
    assert listing(tmp_path) == ["good.jsonl"]


def test_output_parent_is_a_file(tmp_path, code_cli, good_jsonl):
    out = good_jsonl / "out.parquet"
    result = code_cli(good_jsonl, out)
    assert_fatal(result, f"{out}: output directory {good_jsonl} does not exist")
    assert listing(tmp_path) == ["good.jsonl"]


def test_output_directory_not_writable(tmp_path, code_cli, good_jsonl, monkeypatch):
    # root may write anywhere, so the permission check is simulated for this directory
    locked = tmp_path / "locked"
    locked.mkdir()
    real = os.access

    def access(path, mode, *args, **kwargs):
        if os.fspath(path) == os.fspath(locked) and mode & os.W_OK:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(coding.io.os, "access", access)
    out = locked / "out.parquet"
    result = code_cli(good_jsonl, out)
    assert_fatal(result, f"{out}: output directory {locked} is not writable")
    assert listing(tmp_path) == ["good.jsonl", "locked"]


@pytest.mark.skipif(is_root(), reason="root can write to read-only directories")
def test_output_directory_not_writable_chmod(tmp_path, code_cli, good_jsonl):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        out = locked / "out.parquet"
        assert_fatal(code_cli(good_jsonl, out),
                     f"{out}: output directory {locked} is not writable")
        assert listing(locked) == []
    finally:
        locked.chmod(0o755)


def test_rejects_directory_missing(tmp_path, code_cli, good_jsonl):
    rejects = tmp_path / "nope" / "r.jsonl"
    result = code_cli(good_jsonl, tmp_path / "out.parquet", "--rejects", rejects)
    assert_fatal(result, f"{rejects}: output directory {tmp_path / 'nope'} does not exist")
    assert listing(tmp_path) == ["good.jsonl"]


def test_codebook_directory_missing(tmp_path, run_cli, good_jsonl):
    book = tmp_path / "no-book"
    result = run_cli("code", good_jsonl, "-o", tmp_path / "out.parquet", "--codebook", book)
    assert_fatal(result, f"codebook: {book}: codebook directory not found")
    assert listing(tmp_path) == ["good.jsonl"]


def test_codebook_missing_in_validate_and_explain(tmp_path, run_cli, good_jsonl, code_cli):
    out = tmp_path / "out.parquet"
    assert code_cli(good_jsonl, out).exit_code == 0
    book = tmp_path / "no-book"
    assert_fatal(run_cli("validate", out, "--codebook", book),
                 f"codebook: {book}: codebook directory not found")
    assert_fatal(run_cli("explain", RUS_GBR, "--codebook", book),
                 f"codebook: {book}: codebook directory not found")


def test_existing_directory_that_is_not_a_dataset(tmp_path, code_cli, good_jsonl):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    result = code_cli(good_jsonl, out, "--partition-by", "year")
    assert_fatal(result, f"{out}: is a directory that is not an eventcoder dataset")
    assert listing(out) == ["precious.txt"]


def test_unreadable_parquet_input(tmp_path, code_cli, good_jsonl):
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 but not really")
    out = tmp_path / "out.parquet"
    result = code_cli([good_jsonl, bad], out)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"eventcoder: error: {bad}: not a readable Parquet file (")
    assert len(result.stderr.splitlines()) == 1
    assert listing(tmp_path) == ["bad.parquet", "good.jsonl"]  # not even the good input's


def test_fatal_error_keeps_existing_output(tmp_path, code_cli, good_jsonl):
    out = tmp_path / "out.parquet"
    assert code_cli(good_jsonl, out).exit_code == 0
    before = out.read_bytes()
    assert code_cli([good_jsonl, tmp_path / "missing.jsonl"], out).exit_code == 1
    assert out.read_bytes() == before


# ------------------------------------------------------------ usage errors: exit 2


def test_no_output_option(tmp_path, run_cli, good_jsonl):
    result = run_cli("code", good_jsonl, "--codebook", MINI)
    assert result.exit_code == 2
    assert "Missing option '-o' / '--output'" in result.stderr
    assert listing(tmp_path) == ["good.jsonl"]


def test_no_inputs(tmp_path, run_cli):
    result = run_cli("code", "-o", tmp_path / "out.parquet")
    assert result.exit_code == 2
    assert "Missing argument 'INPUTS...'" in result.stderr


@pytest.mark.parametrize("jobs,message", [("0", "must be at least 1"), ("-2", "must be at least 1"),
                                          ("many", "must be a number or 'auto'"),
                                          ("1.5", "must be a number or 'auto'")])
def test_bad_jobs(tmp_path, code_cli, good_jsonl, jobs, message):
    result = code_cli(good_jsonl, tmp_path / "out.parquet", "--jobs", jobs)
    assert result.exit_code == 2
    assert f"Invalid value for --jobs: {message}" in result.stderr
    assert listing(tmp_path) == ["good.jsonl"]


@pytest.mark.parametrize("day", ["2024-02-30", "yesterday", "0000-00-00", "17.01.2024"])
def test_bad_date(tmp_path, code_cli, good_jsonl, day):
    result = code_cli(good_jsonl, tmp_path / "out.parquet", "--date", day)
    assert result.exit_code == 2
    assert f"Invalid value for --date: '{day}'" in result.stderr
    assert listing(tmp_path) == ["good.jsonl"]


@pytest.mark.parametrize("args", [["--partition-by", "day"], ["--engine", "spark"],
                                  ["--scheduler", "tcp://x:1"], ["--no-such-option"]])
def test_other_usage_errors(tmp_path, code_cli, good_jsonl, args):
    result = code_cli(good_jsonl, tmp_path / "out.parquet", *args)
    assert result.exit_code == 2
    assert listing(tmp_path) == ["good.jsonl"]


def test_jobs_auto(tmp_path, code_cli, good_jsonl):
    from coding.pipeline import read_metadata

    out = tmp_path / "out.parquet"
    assert code_cli(good_jsonl, out, "--jobs", "auto").exit_code == 0
    assert read_metadata(out)["parameters"]["jobs"] == (os.cpu_count() or 1)
    assert events_of(out) == GOOD_EVENTS


def test_help_and_version(run_cli):
    result = run_cli("--help")
    assert result.exit_code == 0
    for command in ("code", "validate", "stats", "explain"):
        assert f"  {command} " in result.stdout
    result = run_cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == "eventcoder, version 0.1.0"


# ------------------------------------------------------------ stats and explain


def test_stats(tmp_path, code_cli, run_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "date": "2023-05-01", "text": "Russia condemned Britain. Russia condemned "
                                                  "Britain. Iran struck Israel."},
        {"id": "b", "date": "2024-01-17", "text": "Pakistan recalled its ambassador from Iran."},
        {"id": "c", "date": "2024-02-01", "text": "Russia condemned Britain. Putin met Syria. "
                                                  "Iran struck Israel."},
    ])
    out = tmp_path / "out.parquet"
    assert code_cli(src, out).exit_code == 0
    result = run_cli("stats", out, "--top", "2")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{out}: 7 events, 3 documents",
        "dates: 2023-05-01 .. 2024-02-01",
        "",
        "by root code:",
        "  04         1",
        "  11         3",
        "  16         1",
        "  19         2",
        "",
        "by QuadClass:",
        "  1 verbal cooperation            1",
        "  3 verbal conflict               3",
        "  4 material conflict             3",
        "",
        "by year:",
        "  2023         3",
        "  2024         4",
        "",
        "top 2 dyads (source -> target):",
        "  RUS          -> GBR                 3",
        "  IRN          -> ISR                 2",
    ]


def test_stats_unreadable_file(tmp_path, run_cli):
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"nope")
    result = run_cli("stats", bad)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"eventcoder: error: {bad}: ")
    assert len(result.stderr.splitlines()) == 1


def test_explain(run_cli):
    result = run_cli("explain", RUS_GBR, "--date", "2024-01-17", "--codebook", MINI)
    assert result.exit_code == 0
    assert "  EVENT RUS -> GBR  111 " in result.stdout
    result = run_cli("explain", RUS_GBR, "--codebook", MINI, "--json")
    import json

    info = json.loads(result.stdout)
    assert [(e["source"], e["target"], e["code"]) for e in info["events"]] == [
        ("RUS", "GBR", "111")]
    assert info["codebook"]["name"] == "mini"


def test_explain_bad_date(run_cli):
    result = run_cli("explain", RUS_GBR, "--date", "soon", "--codebook", MINI)
    assert result.exit_code == 2
    assert "Invalid value for --date" in result.stderr


# ------------------------------------------------------------ codebook commands


def test_codebook_actor(run_cli):
    result = run_cli("codebook", "actor", "Imran Khan", "--date", "2023-01-01", "--codebook", MINI)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("Imran Khan -> PAKOPP on 2023-01-01  [")


@pytest.mark.parametrize("day", ["2023-13-01", "soon"])
def test_codebook_actor_bad_date_is_a_usage_error(run_cli, day):
    result = run_cli("codebook", "actor", "Imran Khan", "--date", day, "--codebook", MINI)
    assert result.exit_code == 2
    assert f"Invalid value for --date: '{day}'" in result.stderr
    assert "(want YYYY-MM-DD)" in result.stderr
    assert "Traceback" not in result.output


def test_codebook_unknown_actor_and_code(run_cli):
    assert_fatal(run_cli("codebook", "actor", "Nobody", "--codebook", MINI),
                 "'Nobody' is not in codebook mini "
                 "(`eventcoder codebook search TEXT` finds names that contain TEXT)")
    assert_fatal(run_cli("codebook", "show", "999", "--codebook", MINI),
                 "no event code '999' in codebook mini "
                 "(`eventcoder codebook search TEXT` finds codes by name)")


def test_codebook_show_leaves_out_an_empty_description(run_cli):
    result = run_cli("codebook", "show", "161", "--codebook", MINI)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "161  Reduce or break diplomatic relations"
    assert lines[1].startswith("  root 16, base 161, QuadClass 4, Goldstein -4.0")


@pytest.mark.parametrize("args", [["show", "161"], ["search", "iran"], ["stats"],
                                  ["actor", "Iran"]])
def test_codebook_commands_missing_codebook(tmp_path, run_cli, args):
    book = tmp_path / "no-book"
    assert_fatal(run_cli("codebook", *args, "--codebook", book),
                 f"codebook: {book}: codebook directory not found")


def test_directory_that_is_not_a_codebook(tmp_path, run_cli, good_jsonl):
    """A mistyped --codebook that names some other directory is an error, not 0 events."""
    out = tmp_path / "out.parquet"
    result = run_cli("code", good_jsonl, "-o", out, "--codebook", tmp_path)
    assert_fatal(result, f"codebook: {tmp_path}: not a codebook: no codebook.toml and none of "
                         "actors/ agents/ verbs/ synsets/ discards/ (see codebooks/FORMAT.md)")
    assert listing(tmp_path) == ["good.jsonl"]


def test_codebook_import_prints_a_summary(tmp_path, run_cli):
    odd = tmp_path / "notes.txt"
    odd.write_text("hello\n")
    out = tmp_path / "imported"
    result = run_cli("codebook", "import", "--from", "tabari", odd, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "tabari: 1 file(s) -> layer imported: nothing converted",
        "file kind not recognised (nothing read): notes.txt",
        "1 line(s) not converted: 1 file kind not recognised",
        f"every line not converted, with its reason: {out / 'IMPORT_REPORT.md'}",
    ]


def test_codebook_import_unwritable_output(tmp_path, run_cli):
    odd = tmp_path / "notes.txt"
    odd.write_text("hello\n")
    out = odd / "imported"  # below a file
    result = run_cli("codebook", "import", "--from", "tabari", odd, "-o", out)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"eventcoder: error: {out}")
    assert len(result.stderr.splitlines()) == 1


def _commands(group, path=()):
    """(name path, command) for every command below `group`, lazy ones included."""
    import click

    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*path, name))
        else:
            yield (*path, name), cmd


def test_every_command_help_shows_an_example(run_cli):
    from coding.cli import main

    commands = dict(_commands(main))
    assert ("codebook", "import") in commands and ("publish",) in commands
    for path in commands:
        result = run_cli(*path, "--help")
        assert result.exit_code == 0, path
        example = f"eventcoder {' '.join(path)}"
        lines = result.stdout.splitlines()
        at = next(i for i, line in enumerate(lines) if line.strip().startswith("Example"))
        assert any(line.strip().split(" -")[0].startswith(example) for line in lines[at:]), path


def test_readme_python_example_runs():
    """The README's Python block runs as shown and its Coder example gives the event it shows."""
    import re

    from .helpers import ROOT

    block = re.search(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S).group(1)
    scope: dict = {}
    exec(compile(block, "README.md", "exec"), scope)
    assert len(scope["df"]) >= 1
    assert [(e.source, e.target, e.code) for e in scope["events"]] == [("IRNGOV", "ISR", "111")]


# ------------------------------------------------------------ bad option values: exit 2


@pytest.mark.parametrize("args,message", [
    (["publish", "e.parquet", "-o", "rel", "--name", "Bad Name", "--version", "1.0.0"],
     "Invalid value for '--name': 'Bad Name': use 1-64 lower-case letters"),
    (["publish", "e.parquet", "-o", "rel", "--name", "ok", "--version", "1.0"],
     "Invalid value for '--version': '1.0': want X.Y.Z (semantic versioning)"),
    (["dedup", "e.parquet", "-o", "daily.xlsx"],
     "Invalid value for -o/--output: daily.xlsx: output must end in .parquet, .csv"),
    (["export", "e.parquet", "--style", "plover", "-o", "e.csv"],
     "Invalid value for -o/--output: e.csv: output must end in .jsonl"),
])
def test_bad_option_values_are_usage_errors(tmp_path, run_cli, args, message):
    """Checked before anything is read or written: exit 2 with the option named."""
    with contextlib.chdir(tmp_path):
        result = run_cli(*args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert listing(tmp_path) == []


# ------------------------------------------------------------ evaluate: what a gold file is


@pytest.mark.parametrize("line,message", [
    ('{"id": "n1", "text": "Russia condemned Britain.", "date": "2024-01-02"}',
     "neither 'expected' nor 'no_event': not a gold record"),
    ('{"id": "n1", "expected": []}', "no 'text' string in the record"),
    ("[1, 2]", "a gold record is a JSON object, not list"),
])
def test_evaluate_refuses_what_is_not_a_gold_record(tmp_path, run_cli, line, message):
    """A news file given by mistake is an error, not a score of records expecting nothing."""
    gold = tmp_path / "news.jsonl"
    gold.write_text(line + "\n")
    result = run_cli("evaluate", gold, "--codebook", MINI)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"eventcoder: error: {gold}:1: {message}")
    assert len(result.stderr.splitlines()) == 1

def test_evaluate_skips_a_file_of_another_kind_among_gold_files(tmp_path, run_cli):
    """`evaluate tests/gold/*.jsonl` meets tests/gold/fatalities_locations.jsonl."""
    news = tmp_path / "a_news.jsonl"
    news.write_text('{"id": "n1", "text": "Russia condemned Britain."}\n')
    gold = tmp_path / "b_gold.jsonl"
    gold.write_text('{"id": "g1", "text": "Russia condemned Britain.", "date": "2024-01-02", '
                    '"expected": [{"source": "RUS", "target": "GBR", "code": "111"}]}\n')
    result = run_cli("evaluate", news, gold, "--codebook", MINI, "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"eventcoder: skipped {news}: its first record is not a gold record\n"
    assert [(r["path"], r["exact"]) for r in json.loads(result.stdout)] == [(str(gold), 1)]
    result = run_cli("evaluate", news, news, "--codebook", MINI)
    assert result.exit_code == 1
    assert result.stderr.endswith("eventcoder: error: none of the files holds gold records\n")


def test_evaluate_missing_codebook_is_one_line(tmp_path, run_cli):
    gold = write_jsonl(tmp_path / "g.jsonl", [{"id": "g", "text": RUS_GBR, "expected": []}])
    book = tmp_path / "no-book"
    assert_fatal(run_cli("evaluate", gold, "--codebook", book),
                 f"codebook: {book}: codebook directory not found")


@pytest.mark.parametrize("args", [["validate"], ["stats"], ["evaluate"],
                                  ["codebook", "import", "--from", "tabari", "-o", "out"]])
def test_a_missing_input_is_fatal_in_every_command(tmp_path, run_cli, args):
    """Exit 1 with one line naming the file, as `eventcoder code` does (README: exit codes)."""
    missing = tmp_path / "missing.jsonl"
    assert_fatal(run_cli(*args, missing), f"{missing}: no such file or directory")


def test_stats_of_a_file_without_events_is_one_line(tmp_path, code_cli, run_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "q", "text": "Nothing happened."}])
    out = tmp_path / "out.parquet"
    assert code_cli(src, out).exit_code == 0
    result = run_cli("stats", out)
    assert result.exit_code == 0
    assert result.stdout == f"{out}: 0 events, 0 documents\n"


@pytest.mark.parametrize("text", ["", "   "])
def test_explain_empty_text_is_a_usage_error(run_cli, text):
    result = run_cli("explain", text, "--codebook", MINI)
    assert result.exit_code == 2
    assert "Invalid value for TEXT: empty: give the sentence to explain" in result.stderr


def test_explain_with_the_sentences_of_the_story_before(run_cli):
    # "He" is Putin, named in the --context sentence
    book = str(MINI)
    result = run_cli("explain", "He condemned Britain.", "--context",
                     "Vladimir Putin met Imran Khan.", "--codebook", book, "--json")
    assert result.exit_code == 0
    events = json.loads(result.stdout)["events"]
    assert [(e["source"], e["target"], e["code"]) for e in events] == [("RUSGOV", "GBR", "111")]
    alone = json.loads(run_cli("explain", "He condemned Britain.", "--codebook", book,
                               "--json").stdout)
    assert alone["events"] == []
