"""Every rejection reason lands in the rejects file, and the run goes on with good records."""

from __future__ import annotations

import gzip
import json

import pyarrow.parquet as pq
import pytest

from coding.pipeline import read_metadata

from .conftest import events_of, read_rejects
from .helpers import EVENTS, GOOD, GOOD_EVENT, IRN_PAK, PAK_IRN, RUS_GBR, write_jsonl


def run_with_bad(tmp_path, code_cli, lines, name="in.jsonl"):
    """Code a good record followed by bad lines; return (result, rejects, events)."""
    src = write_jsonl(tmp_path / name, [GOOD, *lines])
    out = tmp_path / "out.parquet"
    result = code_cli(src, out)
    rejects_path = tmp_path / "out.rejects.jsonl"
    rejects = read_rejects(rejects_path) if rejects_path.exists() else []
    return result, src, rejects, events_of(out)


def only(rejects: list[dict]) -> dict:
    assert len(rejects) == 1, rejects
    return rejects[0]


def test_malformed_json_line(tmp_path, code_cli):
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, ['{"id": "x", "text": '])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]
    r = only(rejects)
    assert (r["file"], r["line"], r["field"]) == (str(src), 2, None)
    assert r["reason"].startswith("malformed JSON: Expecting value at column")
    assert r["raw"] == '{"id": "x", "text": '


@pytest.mark.parametrize("line", ["[1, 2]", '"a string"', "42", "null"])
def test_json_line_not_an_object(tmp_path, code_cli, line):
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, [line])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]
    assert only(rejects) == {"file": str(src), "line": 2, "field": None,
                             "reason": "JSON line is not an object", "doc_id": None,
                             "sentence_id": None, "raw": line}


@pytest.mark.parametrize("record", [{"text": RUS_GBR}, {"id": "", "text": RUS_GBR},
                                    {"id": "   ", "text": RUS_GBR},
                                    {"id": None, "text": RUS_GBR},
                                    {"id": ["a"], "text": RUS_GBR}])
def test_missing_id(tmp_path, code_cli, record):
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, [record])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]
    r = only(rejects)
    assert (r["file"], r["line"], r["field"], r["reason"]) == (
        str(src), 2, "id", "missing or empty 'id'")
    assert r["raw"] == record


def test_missing_id_names_the_mapped_field(tmp_path, code_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [{"uid": "u1", "text": RUS_GBR},
                                              {"id": "u2", "text": RUS_GBR}])
    out = tmp_path / "out.parquet"
    assert code_cli(src, out, "--id-field", "uid").exit_code == 3
    r = only(read_rejects(tmp_path / "out.rejects.jsonl"))
    assert (r["line"], r["field"], r["reason"]) == (2, "uid", "missing or empty 'uid'")


def test_missing_text(tmp_path, code_cli):
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, [{"id": "t1"}])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]
    assert only(rejects) == {"file": str(src), "line": 2, "field": "text",
                             "reason": "missing 'text'", "doc_id": "t1", "sentence_id": None,
                             "raw": {"id": "t1"}}


def test_text_not_a_string(tmp_path, code_cli):
    result, _src, rejects, events = run_with_bad(tmp_path, code_cli, [{"id": "t1", "text": 5}])
    assert events == [GOOD_EVENT]
    assert only(rejects)["reason"] == "'text' is not text"


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_empty_text(tmp_path, code_cli, text):
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, [{"id": "e1", "text": text}])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]
    r = only(rejects)
    assert (r["line"], r["field"], r["reason"], r["doc_id"]) == (2, "text", "empty 'text'", "e1")
    assert r["raw"] == {"id": "e1", "text": text}


def test_duplicate_id_in_one_file(tmp_path, code_cli):
    dup = {"id": "good", "date": "2024-01-18", "text": RUS_GBR}
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, [dup])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]  # the first record with the id wins
    r = only(rejects)
    assert (r["file"], r["line"], r["field"], r["reason"], r["doc_id"]) == (
        str(src), 2, "id", "duplicate id 'good'", "good")
    assert r["raw"] == {"id": "good", "text": RUS_GBR, "date": "2024-01-18"}


def test_duplicate_id_across_two_input_files(tmp_path, code_cli):
    a = write_jsonl(tmp_path / "a.jsonl", [GOOD, {"id": "a2", "text": RUS_GBR}])
    b = tmp_path / "b.csv"
    b.write_text(f"id,text\nb1,{IRN_PAK}\ngood,{RUS_GBR}\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    result = code_cli([a, b], out, "--date", "2024-01-01")
    assert result.exit_code == 3
    assert events_of(out) == [GOOD_EVENT, ("a2", 1, *EVENTS[RUS_GBR]),
                              ("b1", 1, *EVENTS[IRN_PAK])]
    r = only(read_rejects(tmp_path / "out.rejects.jsonl"))
    assert (r["file"], r["line"], r["field"], r["reason"]) == (
        str(b), 3, "id", "duplicate id 'good'")
    inputs = read_metadata(out)["inputs"]
    assert [(i["documents_read"], i["documents_coded"], i["documents_rejected"])
            for i in inputs] == [(2, 2, 0), (2, 1, 1)]


@pytest.mark.parametrize("day,why", [
    ("2024-02-30", "day is out of range for month"),
    ("0000-00-00", "year 0 is out of range"),
    ("yesterday", "expected YYYY-MM-DD"),
])
def test_invalid_date(tmp_path, code_cli, day, why):
    record = {"id": "bad-date", "date": day, "text": RUS_GBR}
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, [record])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]
    assert only(rejects) == {"file": str(src), "line": 2, "field": "date",
                             "reason": f"invalid date {day!r}: {why}", "doc_id": "bad-date",
                             "sentence_id": None, "raw": record}


def test_invalid_date_is_not_replaced_by_default_date(tmp_path, code_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "date": "yesterday", "text": RUS_GBR}])
    out = tmp_path / "out.parquet"
    assert code_cli(src, out, "--date", "2024-01-01").exit_code == 3
    assert events_of(out) == []
    assert only(read_rejects(tmp_path / "out.rejects.jsonl"))["field"] == "date"


def test_undecodable_bytes_in_jsonl_line(tmp_path, code_cli):
    bad = b'{"id": "u1", "text": "Russia condemned \xff\xfe Britain."}'
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, [bad])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]
    r = only(rejects)
    assert (r["file"], r["line"], r["field"], r["reason"]) == (
        str(src), 2, None, "undecodable bytes (not valid UTF-8)")
    assert r["raw"] == '{"id": "u1", "text": "Russia condemned \\xff\\xfe Britain."}\n'


def test_lone_surrogate_escape_in_jsonl_text(tmp_path, code_cli):
    # Valid JSON, but "\ud800" is no character: it cannot be written as UTF-8.
    bad = '{"id": "s1", "text": "Russia condemned \\ud800 Britain."}'
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, [bad])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]
    r = only(rejects)
    assert (r["line"], r["field"], r["reason"], r["doc_id"]) == (
        2, "text", "undecodable bytes (not valid UTF-8)", "s1")
    assert r["raw"] == {"id": "s1", "text": "Russia condemned \\ud800 Britain."}


def test_undecodable_bytes_in_csv_row(tmp_path, code_cli):
    src = tmp_path / "in.csv"
    src.write_bytes(b"id,date,text\n"
                    b"good,2024-01-17,\"" + PAK_IRN.encode() + b"\"\n"
                    b"u1,2024-01-17,Russia condemned \xff Britain.\n"
                    b"\xfe\xff,2024-01-17,Russia condemned Britain.\n")
    out = tmp_path / "out.parquet"
    result = code_cli(src, out)
    assert result.exit_code == 3
    assert events_of(out) == [GOOD_EVENT]
    rejects = read_rejects(tmp_path / "out.rejects.jsonl")
    assert [(r["file"], r["line"], r["field"], r["reason"]) for r in rejects] == [
        (str(src), 3, "text", "undecodable bytes (not valid UTF-8)"),
        (str(src), 4, "id", "undecodable bytes (not valid UTF-8)"),
    ]
    assert rejects[0]["raw"] == {"id": "u1", "date": "2024-01-17",
                                 "text": "Russia condemned \\xff Britain."}
    assert rejects[1]["raw"]["id"] == "\\xfe\\xff"


def test_undecodable_bytes_in_txt_file(tmp_path, code_cli):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(PAK_IRN, encoding="utf-8")
    (d / "b.txt").write_bytes(b"Russia \xff condemned Britain.")
    out = tmp_path / "out.parquet"
    assert code_cli(d, out, "--date", "2024-01-17").exit_code == 3
    assert events_of(out) == [("a", 1, *EVENTS[PAK_IRN])]
    r = only(read_rejects(tmp_path / "out.rejects.jsonl"))
    assert (r["file"], r["line"], r["field"], r["doc_id"]) == (str(d / "b.txt"), 1, "text", "b")


def test_nul_byte_in_text(tmp_path, code_cli):
    record = {"id": "n1", "text": "Russia\u0000 condemned Britain."}
    result, src, rejects, events = run_with_bad(tmp_path, code_cli, [record])
    assert result.exit_code == 3
    assert events == [GOOD_EVENT]
    assert only(rejects) == {"file": str(src), "line": 2, "field": "text",
                             "reason": "NUL byte in text", "doc_id": "n1", "sentence_id": None,
                             "raw": record}


def test_csv_row_with_wrong_number_of_fields(tmp_path, code_cli):
    src = tmp_path / "in.csv"
    src.write_text(
        "id,date,text\n"
        f'good,2024-01-17,"{PAK_IRN}"\n'
        "w1,2024-01-17,Russia condemned Britain,and more\n"
        "w2,2024-01-17\n"
        f'w3,2024-01-17,"{RUS_GBR}\nsecond line",extra\n'
        f"ok,2024-01-18,{RUS_GBR}\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    result = code_cli(src, out)
    assert result.exit_code == 3
    assert events_of(out) == [GOOD_EVENT, ("ok", 1, *EVENTS[RUS_GBR])]
    rejects = read_rejects(tmp_path / "out.rejects.jsonl")
    assert [(r["file"], r["line"], r["field"], r["reason"], r["raw"]) for r in rejects] == [
        (str(src), 3, None, "CSV row has 4 fields, header has 3",
         ["w1", "2024-01-17", "Russia condemned Britain", "and more"]),
        (str(src), 4, None, "CSV row has 2 fields, header has 3", ["w2", "2024-01-17"]),
        (str(src), 5, None, "CSV row has 4 fields, header has 3",
         ["w3", "2024-01-17", f"{RUS_GBR}\nsecond line", "extra"]),
    ]


def test_gzip_file_that_ends_early(tmp_path, code_cli):
    lines = b"".join(json.dumps({"id": f"g{i}", "date": "2024-01-17", "text": RUS_GBR}).encode()
                     + b"\n" for i in range(300))
    data = gzip.compress(lines)
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(data[: len(data) // 2])
    out = tmp_path / "out.parquet"
    result = code_cli(src, out)
    assert result.exit_code == 3
    events = events_of(out)
    assert 0 < len(events) < 300
    assert events == [(f"g{i}", 1, *EVENTS[RUS_GBR]) for i in range(len(events))]
    r = only(read_rejects(tmp_path / "out.rejects.jsonl"))
    assert (r["file"], r["line"], r["field"]) == (str(src), len(events) + 1, None)
    assert r["reason"].startswith("file ends early or is corrupt: ")


def test_csv_gzip_that_ends_early(tmp_path, code_cli):
    rows = "".join(f"c{i},2024-01-17,{RUS_GBR}\n" for i in range(300))
    data = gzip.compress(("id,date,text\n" + rows).encode())
    src = tmp_path / "cut.csv.gz"
    src.write_bytes(data[: len(data) // 2])
    out = tmp_path / "out.parquet"
    assert code_cli(src, out).exit_code == 3
    assert 0 < len(events_of(out)) < 300
    r = only(read_rejects(tmp_path / "out.rejects.jsonl"))
    assert r["reason"].startswith("file ends early or is corrupt: ")


def test_directory_without_txt_files(tmp_path, code_cli):
    d = tmp_path / "empty"
    d.mkdir()
    good = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    out = tmp_path / "out.parquet"
    assert code_cli([good, d], out).exit_code == 3
    assert events_of(out) == [GOOD_EVENT]
    assert only(read_rejects(tmp_path / "out.rejects.jsonl"))["reason"] == (
        "directory holds no .txt files")


def test_all_reasons_in_one_run_and_rejects_option(tmp_path, code_cli):
    """One input holding every kind of bad line: each gets its own reject, in input order."""
    src = write_jsonl(tmp_path / "in.jsonl", [
        GOOD,                                                     # 1
        "{not json",                                              # 2
        "[]",                                                     # 3
        {"text": RUS_GBR},                                        # 4
        {"id": "t"},                                              # 5
        {"id": "e", "text": " "},                                 # 6
        {"id": "good", "text": RUS_GBR},                          # 7
        {"id": "d", "date": "2024-02-30", "text": RUS_GBR},       # 8
        b'{"id": "u", "text": "\xc3\x28"}',                       # 9
        {"id": "n", "text": "a\u0000b"},                          # 10
        {"id": "ok", "date": "2024-01-18", "text": IRN_PAK},      # 11
    ])
    out = tmp_path / "out.parquet"
    rejects_path = tmp_path / "elsewhere" / "bad.jsonl"
    rejects_path.parent.mkdir()
    result = code_cli(src, out, "--rejects", rejects_path)
    assert result.exit_code == 3
    assert events_of(out) == [GOOD_EVENT, ("ok", 1, *EVENTS[IRN_PAK])]
    assert not (tmp_path / "out.rejects.jsonl").exists()
    rejects = read_rejects(rejects_path)
    assert [(r["line"], r["field"]) for r in rejects] == [
        (2, None), (3, None), (4, "id"), (5, "text"), (6, "text"), (7, "id"), (8, "date"),
        (9, None), (10, "text")]
    assert all(set(r) == {"file", "line", "field", "reason", "doc_id", "sentence_id", "raw"}
               for r in rejects)
    assert {r["file"] for r in rejects} == {str(src)}
    meta = read_metadata(out)
    assert meta["counts"]["documents_read"] == 11
    assert meta["counts"]["documents_rejected"] == 9
    assert meta["counts"]["documents_coded"] == 2


def test_long_raw_records_are_clipped(tmp_path, code_cli):
    record = {"id": "long", "date": "nope", "text": "x" * 5000}
    _result, _src, rejects, _events = run_with_bad(tmp_path, code_cli, [record])
    raw_text = only(rejects)["raw"]["text"]
    assert raw_text == "x" * 2000 + "... [5000 characters]"


def test_no_rejects_file_when_nothing_is_rejected_and_stale_one_removed(tmp_path, code_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    out = tmp_path / "out.parquet"
    stale = tmp_path / "out.rejects.jsonl"
    stale.write_text('{"old": true}\n')
    assert code_cli(src, out).exit_code == 0
    assert not stale.exists()
    assert pq.read_table(out).num_rows == 1


def test_rejects_in_python_api(tmp_path):
    from coding import code_documents

    from .conftest import MINI

    df = code_documents([GOOD, {"id": "x"}, {"id": "good", "text": RUS_GBR},
                         {"id": "y", "date": "yesterday", "text": RUS_GBR}], codebook=[MINI])
    assert list(zip(df["doc_id"], df["code"], strict=True)) == [("good", "161")]
    assert [(r["file"], r["line"], r["field"], r["reason"]) for r in df.attrs["rejects"]] == [
        ("<records>", 2, "text", "missing 'text'"),
        ("<records>", 3, "id", "duplicate id 'good'"),
        ("<records>", 4, "date", "invalid date 'yesterday': expected YYYY-MM-DD"),
    ]
