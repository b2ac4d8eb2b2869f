"""Hostile and odd inputs: each is coded, or rejected with a reason, and the run goes on.

Covered elsewhere and not repeated here (tests/test_rejects.py, test_readers.py):
invalid UTF-8 in one JSONL/CSV/txt record, a lone surrogate escape, a NUL in a JSON
text, a gzip cut in half, 2024-02-30 / 0000-00-00, a BOM at the start of a JSONL file,
quoted CSV fields with newlines, a directory without .txt files, one id in two files.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from coding.io import MAX_TEXT_CHARS
from coding.pipeline import read_metadata

from .conftest import events_of, read_rejects
from .helpers import EVENTS, GOOD, GOOD_EVENT, IRN_PAK, MINI, PAK_IRN, ROOT, RUS_GBR, write_jsonl


def code(code_cli, tmp_path, inputs, *extra):
    """Run `eventcoder code`; (exit code, events, rejects, metadata counts)."""
    out = tmp_path / "out.parquet"
    result = code_cli(inputs, out, *extra)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    rejects_path = tmp_path / "out.rejects.jsonl"
    rejects = read_rejects(rejects_path) if rejects_path.exists() else []
    counts = read_metadata(out)["counts"] if out.exists() else None
    if counts:  # every record is accounted for
        assert counts["documents_coded"] + counts["documents_rejected"] == counts[
            "documents_read"]
        record_rejects = [r for r in rejects if r["field"] != "event" and r["sentence_id"] is None]
        whole = [r for r in record_rejects if r["line"] is None and r["doc_id"] is None]
        assert counts["inputs_rejected"] == len(whole)
        assert counts["documents_rejected"] == len(record_rejects) - len(whole)
    assert all(r["reason"] for r in rejects)
    return result.exit_code, events_of(out) if out.exists() else None, rejects, counts


def reasons(rejects) -> list[tuple]:
    return [(r["line"], r["field"], r["reason"]) for r in rejects]


# ---------------------------------------------------------------- encodings


def test_mixed_encodings_in_one_file(tmp_path, code_cli):
    """Only the lines that are not UTF-8 are rejected; the others are coded."""
    def line(i, text):
        return json.dumps({"id": f"e{i}", "date": "2024-01-17", "text": text},
                          ensure_ascii=False)
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(b"\n".join([
        line(1, f"Café talks. {RUS_GBR}").encode("utf-8"),
        line(2, f"Café talks. {RUS_GBR}").encode("latin-1"),           # é as one byte
        line(3, f"“Quoted” {RUS_GBR}").encode("cp1252"),                 # Windows quotes
        line(4, f"🙂 {IRN_PAK}").encode("utf-8"),                         # outside the BMP
        b'{"id": "e5", "text": "\xc0\xaf overlong"}',                     # overlong form
        b'{"id": "e6", "text": "\xed\xa0\x80 surrogate in UTF-8"}',       # CESU-8 style
        line(7, "Ελλάδα και Россия: " + RUS_GBR).encode("utf-8"),
    ]) + b"\n")
    exit_code, events, rejects, counts = code(code_cli, tmp_path, src)
    assert exit_code == 3
    assert [e[0] for e in events] == ["e1", "e4", "e7"]
    assert reasons(rejects) == [(n, None, "undecodable bytes (not valid UTF-8)")
                                for n in (2, 3, 5, 6)]
    assert counts["documents_read"] == 7 and counts["documents_coded"] == 3


def test_utf16_file_is_rejected_line_by_line(tmp_path, code_cli):
    src = tmp_path / "utf16.jsonl"
    src.write_bytes("".join(json.dumps(d) + "\n" for d in [GOOD, GOOD]).encode("utf-16"))
    exit_code, events, rejects, counts = code(code_cli, tmp_path, src)
    assert exit_code == 3 and events == []
    assert rejects and counts["documents_coded"] == 0
    assert rejects[0]["reason"] == "undecodable bytes (not valid UTF-8)"


# ---------------------------------------------------------------- byte order marks


def test_bom_in_csv_txt_and_gzip(tmp_path, code_cli):
    csv_path = tmp_path / "bom.csv"
    csv_path.write_bytes(b'\xef\xbb\xbf"id","date","text"\nc1,2024-01-17,' + RUS_GBR.encode()
                         + b"\n")
    txt_dir = tmp_path / "docs"
    txt_dir.mkdir()
    (txt_dir / "t1.txt").write_bytes(b"\xef\xbb\xbf" + PAK_IRN.encode())
    gz = tmp_path / "bom.jsonl.gz"
    gz.write_bytes(gzip.compress(b"\xef\xbb\xbf" + json.dumps(
        {"id": "g1", "date": "2024-01-17", "text": IRN_PAK}).encode() + b"\n"))
    exit_code, events, rejects, _counts = code(code_cli, tmp_path, [csv_path, txt_dir, gz],
                                               "--date", "2024-01-17")
    assert exit_code == 0, rejects
    assert events == [("c1", 1, *EVENTS[RUS_GBR]), ("t1", 1, *EVENTS[PAK_IRN]),
                      ("g1", 1, *EVENTS[IRN_PAK])]
    row = pq.read_table(tmp_path / "out.parquet").to_pylist()[1]
    assert (row["sentence"], row["sentence_start"]) == (PAK_IRN, 0)  # no BOM in the text


def test_bom_in_the_middle_of_a_jsonl_file(tmp_path, code_cli):
    src = tmp_path / "in.jsonl"
    src.write_bytes(json.dumps(GOOD).encode() + b"\n\xef\xbb\xbf"
                    + json.dumps({"id": "b", "text": RUS_GBR}).encode() + b"\n")
    exit_code, events, rejects, _counts = code(code_cli, tmp_path, src)
    assert exit_code == 3 and events == [GOOD_EVENT]
    assert reasons(rejects) == [(2, None, "malformed JSON: Unexpected UTF-8 BOM (decode using "
                                          "utf-8-sig) at column 1")]


# ---------------------------------------------------------------- NUL bytes


def test_nul_bytes(tmp_path, code_cli):
    jsonl = tmp_path / "nul.jsonl"
    jsonl.write_bytes(json.dumps(GOOD).encode() + b"\n"
                      + b'{"id": "raw", "text": "a"}\x00\n'                   # outside a string
                      + b'{"id": "in\\u0000id", "date": "2024-01-17", "text": "'
                      + RUS_GBR.encode() + b'"}\n')
    csv_path = tmp_path / "nul.csv"
    csv_path.write_bytes(b"id,text\nc1,Russia\x00 condemned Britain.\n")
    txt = tmp_path / "nul.txt"
    txt.write_bytes(b"Russia condemned\x00 Britain.")
    exit_code, events, rejects, _counts = code(code_cli, tmp_path, [jsonl, csv_path, txt])
    assert exit_code == 3
    assert events == [GOOD_EVENT, ("in\x00id", 1, *EVENTS[RUS_GBR])]  # an id may hold one
    assert [(r["file"], r["line"], r["field"], r["reason"]) for r in rejects] == [
        (str(jsonl), 2, None, "malformed JSON: Extra data at column 27"),
        (str(csv_path), 2, "text", "NUL byte in text"),
        (str(txt), 1, "text", "NUL byte in text"),
    ]


# ---------------------------------------------------------------- size


RSS_WRAPPER = ("import resource, subprocess, sys\n"
               "r = subprocess.run(sys.argv[1:])\n"
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)\n"
               "sys.exit(r.returncode)\n")


def run_measured(args: list[str], env: dict) -> tuple[int, int]:
    """Run `eventcoder ARGS` in a fresh process; (exit code, its peak RSS in bytes).
    A small wrapper process runs it, so RUSAGE_CHILDREN holds this one child only."""
    cmd = [sys.executable, "-c", RSS_WRAPPER, sys.executable, "-c",
           "from coding.cli import main; main()", *args]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, int(result.stdout.split()[-1])


def test_a_50_mb_document_is_rejected_with_bounded_memory(tmp_path):
    """One 50 MB document, as a JSON line and as a .txt file: each is rejected as too
    long (a document is coded as a whole, so its size bounds memory), the good record
    is coded, and the process stays well under 1.5 GB."""
    sentence = "Pakistan recalled its ambassador from Iran after talks in the capital. "
    text = sentence * (50 * 2**20 // len(sentence))
    big = tmp_path / "big.jsonl"
    with big.open("w") as fh:
        fh.write(json.dumps(GOOD) + "\n")
        fh.write(json.dumps({"id": "huge", "date": "2024-01-17", "text": text}) + "\n")
    (tmp_path / "huge.txt").write_text(text)
    del text
    out = tmp_path / "out.parquet"
    env = dict(os.environ)  # the session's EVENTCODER_CACHE
    exit_code, rss = run_measured(["code", str(big), str(tmp_path / "huge.txt"), "-o", str(out),
                                   "--codebook", str(MINI), "-q", "--date", "2024-01-17"], env)
    print(f"\npeak RSS coding a 50 MB document: {rss / 2**20:.0f} MiB")
    assert exit_code == 3
    assert events_of(out) == [GOOD_EVENT]
    rejects = read_rejects(tmp_path / "out.rejects.jsonl")
    n = len(sentence) * (50 * 2**20 // len(sentence))
    assert [(r["doc_id"], r["field"], r["reason"]) for r in rejects] == [
        (doc, "text", f"text too long: {n:,} characters (limit {MAX_TEXT_CHARS:,})")
        for doc in ("huge", "huge")]
    assert all(len(json.dumps(r)) < 5000 for r in rejects)  # the raw record is clipped
    assert rss < 1.5 * 2**30


def test_largest_document_that_is_coded(tmp_path, code_cli):
    """A long document below the limit is coded in full: 400 KB, 8,000 sentences."""
    filler = "Nothing much happened in the capital today. " * 99 + RUS_GBR + " "
    src = write_jsonl(tmp_path / "long.jsonl", [{"id": "long", "date": "2024-01-17",
                                                 "text": filler * 80}])
    exit_code, events, rejects, counts = code(code_cli, tmp_path, src)
    assert exit_code == 0 and not rejects
    assert len(events) == 80 and counts["sentences"] == 8000


def test_10_mb_lines(tmp_path, code_cli):
    """A 10 MB line is coded when its text is ordinary (the bulk in another field), and
    rejected with a reason when its text is too long or its JSON is broken."""
    blob = "x" * (10 * 2**20)
    src = write_jsonl(tmp_path / "lines.jsonl", [
        {"id": "bulky", "date": "2024-01-17", "text": RUS_GBR, "html": blob},
        {"id": "long", "date": "2024-01-17", "text": blob},
        '{"id": "cut", "text": "' + blob,
        GOOD,
    ])
    exit_code, events, rejects, _counts = code(code_cli, tmp_path, src)
    assert exit_code == 3
    assert events == [("bulky", 1, *EVENTS[RUS_GBR]), GOOD_EVENT]
    assert reasons(rejects)[0] == (
        2, "text", f"text too long: {len(blob):,} characters (limit {MAX_TEXT_CHARS:,})")
    assert (rejects[1]["line"], rejects[1]["field"]) == (3, None)
    assert rejects[1]["reason"].startswith("malformed JSON: ")
    assert rejects[1]["raw"].endswith(f"... [{len(blob) + 23} characters]")


def test_one_long_sentence_is_coded_without_events(tmp_path, code_cli):
    """100,000 words without a full stop: one sentence, no events, no crash."""
    src = write_jsonl(tmp_path / "run-on.jsonl", [
        {"id": "run-on", "date": "2024-01-17", "text": "Russia condemned Britain and " * 25000},
        GOOD])
    exit_code, events, rejects, counts = code(code_cli, tmp_path, src)
    assert exit_code == 0 and events == [GOOD_EVENT]
    assert counts["sentences"] == 2 and "error" not in counts["sentence_outcomes"]


# ---------------------------------------------------------------- JSON structure


def test_deeply_nested_and_huge_json_values(tmp_path, code_cli):
    src = write_jsonl(tmp_path / "deep.jsonl", [
        "[" * 100_000 + "]" * 100_000,
        '{"id": "d2", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": "d3", "text": "' + RUS_GBR + '", "extra": ' + "[" * 500 + "]" * 500 + "}",
        '{"id": ' + "9" * 5000 + ', "text": "x"}',
        '{"id": "d5", "date": "2024-01-17", "id": "d5b", "text": "' + RUS_GBR + '"}',
        GOOD,
    ])
    exit_code, events, rejects, _counts = code(code_cli, tmp_path, src, "--date", "2024-01-01")
    assert exit_code == 3
    assert events == [("d3", 1, *EVENTS[RUS_GBR]), ("d5b", 1, *EVENTS[RUS_GBR]), GOOD_EVENT]
    assert reasons(rejects) == [
        (1, None, "malformed JSON: nested too deeply"),
        (2, None, "malformed JSON: nested too deeply"),
        (4, None, "malformed JSON: Exceeds the limit (4300 digits) for integer string "
                  "conversion: value has 5000 digits"),
    ]


def test_odd_json_ids_and_line_endings(tmp_path, code_cli):
    """CR and CRLF line ends; ids that are numbers, padded or not scalars."""
    src = tmp_path / "ids.jsonl"
    src.write_bytes(b'{"id": 1, "text": "Russia condemned Britain."}\r\n'
                    b'{"id": " 1 ", "text": "Russia condemned Britain."}\r'
                    b'{"id": 1.5, "text": "Russia condemned Britain."}\r'
                    b'{"id": true, "text": "Russia condemned Britain."}\n'
                    b'{"id": {"a": 1}, "text": "Russia condemned Britain."}\n'
                    b'{"id": NaN, "text": "Russia condemned Britain."}\n')
    exit_code, events, rejects, counts = code(code_cli, tmp_path, src, "--date", "2024-01-01")
    assert exit_code == 3
    assert [e[0] for e in events] == ["1", "1.5"]
    assert reasons(rejects) == [(2, "id", "duplicate id '1'")] + [
        (n, "id", "missing or empty 'id'") for n in (4, 5, 6)]
    assert counts["documents_read"] == 6


# ---------------------------------------------------------------- CSV


def test_malformed_csv_quotes(tmp_path, code_cli):
    src = tmp_path / "quotes.csv"
    src.write_bytes(b'id,date,text\r\n'
                    b'q1,2024-01-17,"' + PAK_IRN.encode() + b'\r\n' + IRN_PAK.encode() + b'"\r\n'
                    b'q2,2024-01-17,"He said ""no"" twice." ' + RUS_GBR.encode() + b'\r\n'
                    b'q3,2024-01-17,Russia "quoted" Britain\r\n'
                    b'q4,2024-01-17,"' + RUS_GBR.encode() + b'\r\n'
                    b'q5,2024-01-17,never seen as a record\r\n')
    exit_code, events, rejects, counts = code(code_cli, tmp_path, src)
    assert exit_code == 3
    assert events == [("q1", 1, *EVENTS[PAK_IRN]), ("q1", 2, *EVENTS[IRN_PAK])]
    assert reasons(rejects) == [
        (4, None, "malformed CSV: ',' expected after '\"'"),   # q2: text after a quote
        (6, None, "malformed CSV: unexpected end of data"),  # q4: a quote never closed
    ]
    assert counts["documents_read"] == 4  # q4 and what follows are one (broken) record
    rows = pq.read_table(tmp_path / "out.parquet", columns=["sentence"]).to_pylist()
    assert rows[1]["sentence"] == IRN_PAK


# ---------------------------------------------------------------- empty and broken files


def test_empty_files_are_reported(tmp_path, code_cli):
    files = {"empty.jsonl": b"", "blank.jsonl": b"\n  \n\t\n", "empty.csv": b"",
             "header.csv": b"id,text\n", "empty.jsonl.gz": b"", "zero.jsonl.gz": gzip.compress(b"")}
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    pq.write_table(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}),
                   tmp_path / "empty.parquet")
    (tmp_path / "empty.txt").write_bytes(b"")
    paths += [tmp_path / "empty.parquet", tmp_path / "empty.txt",
              write_jsonl(tmp_path / "good.jsonl", [GOOD])]
    exit_code, events, rejects, counts = code(code_cli, tmp_path, paths)
    assert exit_code == 3 and events == [GOOD_EVENT]
    assert [(Path(r["file"]).name, r["reason"]) for r in rejects] == [
        (name, "file holds no records") for name in [*files, "empty.parquet"]] + [
        ("empty.txt", "empty 'text'")]
    # an empty file holds no document: it is a rejected input, not a rejected document
    assert counts["inputs_rejected"] == len(files) + 1
    assert counts["documents_read"] == 2 and counts["documents_coded"] == 1


def test_broken_gzip_files(tmp_path, code_cli):
    lines = b"".join(json.dumps({"id": f"g{i}", "date": "2024-01-17", "text": RUS_GBR}).encode()
                     + b"\n" for i in range(3))
    not_gzip = tmp_path / "plain.jsonl.gz"
    not_gzip.write_bytes(lines)
    trailing = tmp_path / "trailing.jsonl.gz"
    trailing.write_bytes(gzip.compress(lines) + b"garbage after the end")
    flipped = tmp_path / "flipped.jsonl.gz"
    data = bytearray(gzip.compress(lines * 50))
    data[len(data) // 2] ^= 0xFF
    flipped.write_bytes(bytes(data))
    exit_code, events, rejects, counts = code(code_cli, tmp_path, [not_gzip, trailing, flipped])
    assert exit_code == 3
    assert [e[0] for e in events if e[0].startswith("g")][:3] == ["g0", "g1", "g2"]
    assert [Path(r["file"]).name for r in rejects if r["reason"].startswith(
        "file ends early or is corrupt: ")] == ["plain.jsonl.gz", "trailing.jsonl.gz",
                                                "flipped.jsonl.gz"]
    assert {r["file"] for r in rejects if r["field"] == "id"} <= {str(flipped)}  # duplicates


# ---------------------------------------------------------------- directories


def test_directory_with_unreadable_entries(tmp_path, code_cli, monkeypatch):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(PAK_IRN)
    (d / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (d / "loop.txt").symlink_to(d / "loop.txt")
    (d / "sub.txt").mkdir()  # a directory named like a file: its own files are read
    (d / "sub.txt" / "inner.txt").write_text(RUS_GBR)
    (d / "locked.txt").write_text(IRN_PAK)
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":  # root can read anything: simulate a 0o000 file
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    exit_code, events, rejects, counts = code(code_cli, tmp_path, d, "--date", "2024-01-17")
    assert exit_code == 3
    assert events == [("a", 1, *EVENTS[PAK_IRN]), ("sub.txt/inner", 1, *EVENTS[RUS_GBR])]
    assert [(Path(r["file"]).name, r["doc_id"], r["reason"]) for r in rejects] == [
        ("dangling.txt", "dangling", "unreadable file: No such file or directory"),
        ("locked.txt", "locked", "unreadable file: Permission denied"),
        ("loop.txt", "loop", "unreadable file: Too many levels of symbolic links"),
    ]
    assert counts["documents_read"] == 5


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("day", "why"), [
    ("1600-01-01", "outside the supported range 1677-09-22..2262-04-11"),
    ("9999-12-31", "outside the supported range 1677-09-22..2262-04-11"),
    ("2262-04-12", "outside the supported range 1677-09-22..2262-04-11"),
    ("2024-13-01", "month must be in 1..12"),
    ("2024-00-10", "month must be in 1..12"),
    ("２０２４-01-01", "Invalid isoformat string: '２０２４-01-01'"),
    (20240117, "expected YYYY-MM-DD"),
    (True, "expected YYYY-MM-DD"),
])
def test_impossible_dates_are_rejected(tmp_path, code_cli, day, why):
    src = write_jsonl(tmp_path / "d.jsonl", [GOOD, {"id": "x", "date": day, "text": RUS_GBR}])
    exit_code, events, rejects, _counts = code(code_cli, tmp_path, src)
    assert exit_code == 3 and events == [GOOD_EVENT]
    assert reasons(rejects) == [(2, "date", f"invalid date {day!r}: {why}")]


def test_dates_at_the_limits_are_coded(tmp_path, code_cli, run_cli):
    src = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "first", "date": "1677-09-22", "text": RUS_GBR},
        {"id": "last", "date": "2262-04-11T23:59:59Z", "text": RUS_GBR}])
    exit_code, events, rejects, _counts = code(code_cli, tmp_path, src)
    assert exit_code == 0 and [e[0] for e in events] == ["first", "last"]
    assert run_cli("validate", tmp_path / "out.parquet").exit_code == 0
    result = code_cli(src, tmp_path / "x.parquet", "--date", "1600-01-01")
    assert result.exit_code == 2 and "outside the supported range" in result.output


def test_parquet_input_with_odd_types(tmp_path, code_cli):
    import datetime as dt

    table = pa.table({
        "id": ["p1", "p2", "p3", "p4"],
        "text": [RUS_GBR, RUS_GBR, RUS_GBR, RUS_GBR],
        "date": pa.array([dt.date(2024, 1, 17), dt.date(1, 1, 1), None, dt.date(9999, 1, 1)],
                         pa.date32()),
    })
    pq.write_table(table, tmp_path / "odd.parquet")
    pq.write_table(pa.table({"id": ["b1"], "text": pa.array([b"bytes"], pa.binary())}),
                   tmp_path / "binary.parquet")
    exit_code, events, rejects, _counts = code(code_cli, tmp_path, [tmp_path / "odd.parquet",
                                                                    tmp_path / "binary.parquet"])
    assert exit_code == 3
    assert [e[0] for e in events] == ["p1", "p3"]
    assert [(r["doc_id"], r["field"], r["reason"].split(":")[0]) for r in rejects] == [
        ("p2", "date", "invalid date datetime.date(1, 1, 1)"),
        ("p4", "date", "invalid date datetime.date(9999, 1, 1)"),
        ("b1", "text", "'text' is not text"),
    ]


# ---------------------------------------------------------------- ids across files


def test_ids_repeated_across_files_of_every_kind(tmp_path, code_cli):
    a = write_jsonl(tmp_path / "a.jsonl", [{"id": 7, "text": RUS_GBR}, GOOD])
    b = tmp_path / "b.csv"
    b.write_text(f"id,text\n7,{IRN_PAK}\n good ,{IRN_PAK}\nb1,{IRN_PAK}\n")
    c = tmp_path / "c.jsonl.gz"
    c.write_bytes(gzip.compress(json.dumps({"id": "b1", "text": PAK_IRN}).encode() + b"\n"))
    pq.write_table(pa.table({"id": ["7", "p1"], "text": [PAK_IRN, PAK_IRN]}),
                   tmp_path / "d.parquet")
    e = tmp_path / "e"
    e.mkdir()
    (e / "p1.txt").write_text(RUS_GBR)
    (e / "e1.txt").write_text(RUS_GBR)
    inputs = [a, b, c, tmp_path / "d.parquet", e]
    exit_code, events, rejects, counts = code(code_cli, tmp_path, inputs, "--date", "2024-01-17")
    assert exit_code == 3
    assert [ev[0] for ev in events] == ["7", "good", "b1", "p1", "e1"]
    assert [(Path(r["file"]).name, r["doc_id"], r["reason"]) for r in rejects] == [
        ("b.csv", "7", "duplicate id '7'"), ("b.csv", "good", "duplicate id 'good'"),
        ("c.jsonl.gz", "b1", "duplicate id 'b1'"), ("d.parquet", "7", "duplicate id '7'"),
        ("p1.txt", "p1", "duplicate id 'p1'"),
    ]
    per_input = [(i["documents_read"], i["documents_rejected"])
                 for i in read_metadata(tmp_path / "out.parquet")["inputs"]]
    assert per_input == [(2, 0), (3, 2), (1, 1), (2, 1), (2, 1)]
    assert counts["documents_read"] == 10
