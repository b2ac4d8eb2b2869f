"""Try eventcoder on hostile inputs, faults and attacks; write docs/RELIABILITY.md.

    python benchmarks/reliability.py [--kills 10] [--corpora 60] [--texts 3000]
                                     [--output docs/RELIABILITY.md]

Everything is run here, nothing is copied from the test suite's results: hostile
input files (through the `eventcoder code` command), random corpora of good and
bad records, random texts through the coder, real `eventcoder` processes killed
with SIGKILL at random moments, outputs that cannot be written, broken codebooks
and caches, and the security checks. Each case is checked against the same
contract: coded or rejected with a reason, every record accounted for, outputs
complete or absent, nothing written outside the target. The table of cases and
outcomes, with the measured numbers (peak memory, times), goes to
docs/RELIABILITY.md. Takes about two to three minutes on two cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import marshal
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from tests.helpers import (  # noqa: E402
    IRN_PAK,
    MINI,
    PAK_IRN,
    RUS_GBR,
    source_without_strings,
    unwritable_dir,
    write_corpus_file,
)
from tests.helpers import write_jsonl as jsonl  # noqa: E402

GOOD = {"id": "good", "date": "2024-01-17", "text": PAK_IRN}

ROWS: list[tuple[str, str, int, str]] = []  # (area, what was tried, cases, result)
NUMBERS: list[tuple[str, str]] = []  # (measure, value)
PROBLEMS: list[str] = []  # cases that broke the contract


def row(area: str, what: str, cases: int, failures: list[str], ok: str) -> None:
    result = ok if not failures else f"**{len(failures)} of {cases} failed**: " + "; ".join(
        failures[:3])
    ROWS.append((area, what, cases, result))
    PROBLEMS.extend(f"{area}: {f}" for f in failures)
    print(f"{area:<22} {cases:>5}  {'ok' if not failures else 'FAILED'}  {what}", flush=True)


def cli(*args) -> tuple[int, str, BaseException | None]:
    from coding.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args])
    exc = result.exception if not isinstance(result.exception, SystemExit) else None
    return result.exit_code, result.output, exc


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x]


def corpus(path: Path, n: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    actors = ["Pakistan", "Iran", "Israel", "Syria", "Russia", "Britain", "The Kremlin",
              "The Pentagon", "Iranian jets", "Syrian rebels"]
    verbs = ["condemned", "accused", "struck", "visited", "met", "threatened", "criticized"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(f"{rng.choice(actors)} {rng.choice(verbs)} {rng.choice(actors)}."
                            for _ in range(3))
            fh.write(json.dumps({"id": f"n{i}", "date": f"{2020 + i % 5}-{1 + i % 12:02d}-"
                                 f"{1 + i % 28:02d}", "text": text}) + "\n")
    return path


# ---------------------------------------------------------------- the contract of a run


def check_run(work: Path, inputs: list[Path], *extra, expect_read: int | None = None,
              reasons: tuple[str, ...] = ()) -> tuple[str | None, Counter]:
    """Run `eventcoder code`; None if the contract held (else what broke), and reasons."""
    from coding.pipeline import read_metadata
    from coding.validate import validate_path

    out = work / "out.parquet"
    for p in (out, work / "out.rejects.jsonl"):
        p.unlink(missing_ok=True)
    code, output, exc = cli("code", *inputs, "-o", out, "--codebook", MINI, "-q", *extra)
    if exc is not None or "Traceback" in output:
        return f"crashed: {type(exc).__name__}: {exc}", Counter()
    if code not in (0, 3):
        return f"exit {code}: {output.strip()[:100]}", Counter()
    rejects = read_jsonl(work / "out.rejects.jsonl")
    why = Counter(re.sub(r"'.*?'|\d[\d,]*", "_", r["reason"])[:60] for r in rejects)
    counts = read_metadata(out)["counts"]
    if counts["documents_coded"] + counts["documents_rejected"] != counts["documents_read"]:
        return f"coded + rejected != read: {counts}", why
    doc_rejects = [r for r in rejects if r["sentence_id"] is None and r["field"] != "event"]
    if len(doc_rejects) != counts["documents_rejected"] + counts["inputs_rejected"]:
        return "rejects file and metadata disagree", why
    if any(not r["reason"] for r in rejects):
        return "a reject without a reason", why
    if expect_read is not None and counts["documents_read"] != expect_read:
        return f"read {counts['documents_read']} records, expected {expect_read}", why
    if (code == 3) != bool(rejects):
        return f"exit {code} with {len(rejects)} rejects", why
    for r in reasons:
        if not any(r in x["reason"] for x in rejects):
            return f"no reject saying {r!r}", why
    if not validate_path(out).valid:
        return "output fails the schema", why
    return None, why


# ---------------------------------------------------------------- hostile inputs


def hostile_cases(d: Path) -> dict[str, list]:
    """area -> [(name, inputs, extra args, expected records read, reasons)]."""
    def line(i, text, enc="utf-8"):
        return json.dumps({"id": f"e{i}", "date": "2024-01-17", "text": text},
                          ensure_ascii=False).encode(enc)

    def f(name: str, data: bytes) -> Path:
        p = d / name
        p.write_bytes(data)
        return p

    cases: dict[str, list] = {}
    cases["Encodings"] = [
        ("latin-1, cp1252, overlong, CESU-8 lines among UTF-8", [f("mixed.jsonl", b"\n".join([
            line(1, "Café " + RUS_GBR), line(2, "Café " + RUS_GBR, "latin-1"),
            line(3, "“Q” " + RUS_GBR, "cp1252"), b'{"id": "e5", "text": "\xc0\xaf"}',
            b'{"id": "e6", "text": "\xed\xa0\x80"}', line(7, "🙂 " + IRN_PAK)]) + b"\n")],
         [], 6, ("undecodable bytes",)),
        ("a UTF-16 file", [f("utf16.jsonl", (json.dumps(GOOD) + "\n").encode("utf-16"))], [],
         None, ("undecodable bytes",)),
        ("lone surrogate escape", [f("sur.jsonl", b'{"id": "s", "text": "a \\ud800 b"}\n')], [],
         1, ("undecodable",)),
        ("invalid UTF-8 in CSV and .txt", [f("bad.csv", b"id,text\nc1,Russia \xff\n"),
                                          f("bad.txt", b"Russia \xfe condemned Britain.")],
         [], 2, ("undecodable",)),
    ]
    cases["Byte order marks"] = [
        ("UTF-8 BOM in CSV", [f("bom.csv", b'\xef\xbb\xbf"id","text"\nc1,' + RUS_GBR.encode()
                                + b"\n")], ["--date", "2024-01-17"], 1, ()),
        ("UTF-8 BOM in .txt", [f("bom.txt", b"\xef\xbb\xbf" + PAK_IRN.encode())], [], 1, ()),
        ("UTF-8 BOM in JSONL and .jsonl.gz", [
            f("bom.jsonl", b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n"),
            f("bom.jsonl.gz", gzip.compress(b"\xef\xbb\xbf" + json.dumps(
                {"id": "g", "text": RUS_GBR}).encode() + b"\n"))], [], 2, ()),
        ("BOM in the middle of a JSONL file", [f("bom2.jsonl", json.dumps(GOOD).encode()
                                                 + b"\n\xef\xbb\xbf{}\n")], [], 2, ("BOM",)),
    ]
    cases["NUL bytes"] = [
        ("NUL in JSON text, CSV field, .txt, outside a JSON string", [
            f("nul.jsonl", b'{"id": "n", "text": "a\\u0000b"}\n{"id": "r", "text": "a"}\x00\n'),
            f("nul.csv", b"id,text\nc,Russia\x00 condemned Britain.\n"),
            f("nul.txt", b"Russia\x00 condemned Britain.")], [], 4, ("NUL byte",)),
    ]
    big = "x" * (10 * 2**20)
    cases["Size"] = [
        ("10 MB line: bulk in a side field (coded)", [jsonl(d / "bulk.jsonl", [
            {"id": "b", "date": "2024-01-17", "text": RUS_GBR, "html": big}])], [], 1, ()),
        ("10 MB line: 10 MB text", [jsonl(d / "long.jsonl", [{"id": "l", "text": big}])], [], 1,
         ("text too long",)),
        ("10 MB line: broken JSON", [jsonl(d / "cut.jsonl", ['{"id": "c", "text": "' + big])],
         [], 1, ("malformed JSON",)),
        ("one sentence of 100,000 words", [jsonl(d / "runon.jsonl", [
            {"id": "r", "date": "2024-01-17", "text": "Russia condemned Britain and " * 25000}])],
         [], 1, ()),
    ]
    cases["JSON structure"] = [
        ("100,000 nested arrays", [jsonl(d / "deep.jsonl", ["[" * 100_000 + "]" * 100_000])],
         [], 1, ("nested too deeply",)),
        ("deep nesting inside a record", [jsonl(d / "deep2.jsonl", [
            '{"id": "d", "text": "x", "e": ' + "[" * 100_000 + "]" * 100_000 + "}"])], [], 1,
         ("nested too deeply",)),
        ("a 5,000-digit number", [jsonl(d / "num.jsonl", ['{"id": ' + "9" * 5000 + "}"])],
         [], 1, ("4300 digits",)),
        ("non-objects, malformed lines, garbage bytes", [jsonl(d / "junk.jsonl", [
            "[1, 2]", "42", "null", '"s"', "{not json", b"\xff\xfe\x00garbage", GOOD])], [], 7,
         ("not an object", "malformed JSON", "undecodable")),
        ("ids that are numbers, padded, booleans, objects, NaN", [jsonl(d / "ids.jsonl", [
            {"id": 1, "text": RUS_GBR}, {"id": " 1 ", "text": RUS_GBR},
            {"id": True, "text": RUS_GBR}, {"id": {"a": 1}, "text": RUS_GBR},
            '{"id": NaN, "text": "x"}'])], [], 5, ("duplicate id", "missing or empty")),
        ("CR and CRLF line ends", [f("cr.jsonl", b'{"id": "a", "text": "x"}\r{"id": "b", '
                                                 b'"text": "y"}\r\n')], [], 2, ()),
    ]
    cases["CSV"] = [
        ("quoted newlines, doubled quotes, commas", [f("q.csv", (
            'id,text\nq1,"' + PAK_IRN + '\n' + IRN_PAK + '"\nq2,"He said ""no"", then ' + RUS_GBR
            + '"\n').encode())], ["--date", "2024-01-17"], 2, ()),
        ("text after a closing quote", [f("q2.csv", b'id,text\nq,"a"b\nr,ok\n')], [], 2,
         ("malformed CSV",)),
        ("a quote never closed", [f("q3.csv", b'id,text\nq,"never closed\nr,ok\n')], [], 1,
         ("unexpected end of data",)),
        ("rows with too many or too few fields", [f("w.csv", b"id,text\na,b,c\nd\n")], [], 2,
         ("fields, header has",)),
    ]
    cases["Empty and broken files"] = [
        ("empty .jsonl, .csv, .jsonl.gz, header-only CSV, blank lines",
         [f("e1.jsonl", b""), f("e2.csv", b""), f("e3.jsonl.gz", b""),
          f("e4.csv", b"id,text\n"), f("e5.jsonl", b"\n \n")], [], 5, ("no records",)),
        ("empty Parquet and empty .txt", [d / "e.parquet", f("e.txt", b"")], [], 2,
         ("no records", "empty")),
        ("gzip cut in half", [f("cut.jsonl.gz", _halved(gzip.compress(b"".join(
            json.dumps({"id": f"g{i}", "text": RUS_GBR}).encode() + b"\n"
            for i in range(300)))))], [], None, ("ends early or is corrupt",)),
        ("not gzip, trailing garbage, a flipped byte", [
            f("plain.jsonl.gz", json.dumps(GOOD).encode() + b"\n"),
            f("trail.jsonl.gz", gzip.compress(json.dumps({"id": "t", "text": RUS_GBR}).encode()
                                              + b"\n") + b"junk"),
            f("flip.jsonl.gz", _flipped(gzip.compress(b"".join(json.dumps(
                {"id": f"f{i}", "text": RUS_GBR}).encode() + b"\n" for i in range(200)))))],
         [], None, ("ends early or is corrupt",)),
    ]
    pq.write_table(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}),
                   d / "e.parquet")
    tdir = d / "docs"
    tdir.mkdir()
    (tdir / "a.txt").write_text(PAK_IRN)
    (tdir / "dangling.txt").symlink_to(d / "gone.txt")
    (tdir / "loop.txt").symlink_to(tdir / "loop.txt")
    (tdir / "sub.txt").mkdir()
    (tdir / "sub.txt" / "inner.txt").write_text(RUS_GBR)
    (d / "nothing").mkdir()
    cases["Directories"] = [
        ("dangling symlink, symlink loop, a directory named x.txt", [tdir],
         ["--date", "2024-01-17"], 4, ("unreadable file",)),
        ("a directory without .txt files", [d / "nothing"], [], 1, ("no .txt files",)),
    ]
    cases["Dates"] = [
        (f"date {day!r}", [jsonl(d / f"date{i}.jsonl", [{"id": "x", "date": day,
                                                         "text": RUS_GBR}])], [], 1,
         ("invalid date",))
        for i, day in enumerate(["0000-00-00", "2024-02-30", "2024-13-01", "1600-01-01",
                                 "9999-12-31", "yesterday", 20240117, "２０２４-01-01"])
    ] + [("dates at the limits 1677-09-22, 2262-04-11", [jsonl(d / "limits.jsonl", [
        {"id": "a", "date": "1677-09-22", "text": RUS_GBR},
        {"id": "b", "date": "2262-04-11", "text": RUS_GBR}])], [], 2, ())]
    pq.write_table(pa.table({"id": ["7", "p"], "text": [PAK_IRN, PAK_IRN]}), d / "ids.parquet")
    idir = d / "iddir"
    idir.mkdir()
    (idir / "p.txt").write_text(RUS_GBR)
    cases["Ids across files"] = [
        ("one id in JSONL, CSV, gzip, Parquet and a .txt name", [
            jsonl(d / "i1.jsonl", [{"id": 7, "text": RUS_GBR}, GOOD]),
            f("i2.csv", f"id,text\n7,{IRN_PAK}\n good ,{IRN_PAK}\n".encode()),
            f("i3.jsonl.gz", gzip.compress(b'{"id": "good", "text": "x"}\n')),
            d / "ids.parquet", idir], ["--date", "2024-01-17"], 8, ("duplicate id",)),
    ]
    return cases


def _halved(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _flipped(data: bytes) -> bytes:
    b = bytearray(data)
    b[len(b) // 2] ^= 0xFF
    return bytes(b)


def run_hostile(tmp: Path) -> None:
    d = tmp / "hostile"
    d.mkdir()
    for area, cases in hostile_cases(d).items():
        failures = []
        for name, inputs, extra, expect, reasons in cases:
            broke, _why = check_run(d, inputs, *extra, expect_read=expect, reasons=reasons)
            if broke:
                failures.append(f"{name}: {broke}")
        row("Hostile input", f"{area}: " + "; ".join(c[0] for c in cases), len(cases), failures,
            "all coded or rejected with a reason; counts add up; output valid")


_RSS = ("import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "rc = subprocess.run(sys.argv[1:]).returncode\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
        " rc)\n")


def measured(args: list, env: dict) -> tuple[float, float, int, str]:
    """(seconds, peak RSS in MiB, exit code, stderr) of `eventcoder ARGS` in its own process
    (a small wrapper runs it, so RUSAGE_CHILDREN holds that one process)."""
    out = subprocess.run([sys.executable, "-c", _RSS, sys.executable, "-m", "coding.cli",
                          *map(str, args)], capture_output=True, text=True, env=env, cwd=ROOT)
    wall, rss, rc = out.stdout.split()
    return float(wall), int(rss) / 1024, int(rc), out.stderr


def run_big(tmp: Path, env: dict) -> None:
    from coding.io import MAX_TEXT_CHARS

    d = tmp / "big"
    d.mkdir()
    failures = []
    sentence = "Pakistan recalled its ambassador from Iran after talks in the capital. "
    text = sentence * (50 * 2**20 // len(sentence))
    jsonl(d / "big.jsonl", [GOOD, {"id": "huge", "date": "2024-01-17", "text": text}])
    (d / "huge.txt").write_text(text)
    del text
    secs, rss, rc, _err = measured(["code", d / "big.jsonl", d / "huge.txt", "-o", d / "o.parquet",
                              "--codebook", MINI, "-q", "--date", "2024-01-17"], env)
    rejects = read_jsonl(d / "o.rejects.jsonl")
    if rc != 3 or [r["reason"].split(":")[0] for r in rejects] != ["text too long"] * 2:
        failures.append(f"50 MB document: exit {rc}, {[r['reason'] for r in rejects]}")
    if rss > 1536:
        failures.append(f"50 MB document: peak RSS {rss:.0f} MiB")
    NUMBERS.append(("Peak RSS, one 50 MB document as a JSON line and as a .txt file "
                    "(both rejected as too long)", f"{rss:.0f} MiB ({secs:.1f} s)"))
    # the longest document that is coded: just under the limit, an event every 40 sentences
    filler = "Nothing much happened in the capital today. " * 39 + RUS_GBR + " "
    n = MAX_TEXT_CHARS // len(filler)
    jsonl(d / "limit.jsonl", [{"id": "limit", "date": "2024-01-17", "text": filler * n}])
    secs2, rss2, rc2, _err = measured(["code", d / "limit.jsonl", "-o", d / "l.parquet",
                                       "--codebook", MINI, "-q"], env)
    rows = pq.read_metadata(d / "l.parquet").num_rows if rc2 == 0 else 0
    if rc2 != 0 or rows != n:
        failures.append(f"{len(filler) * n:,}-character document: exit {rc2}, {rows} events")
    if rss2 > 1536:
        failures.append(f"document at the limit: peak RSS {rss2:.0f} MiB")
    NUMBERS.append((f"Peak RSS and time, one {len(filler) * n / 1e6:.1f} M-character document "
                    f"({40 * n:,} sentences, {n:,} events; coded)",
                    f"{rss2:.0f} MiB, {secs2:.1f} s"))
    row("Hostile input", "Size: one 50 MB document (JSON line and .txt); the longest document "
        f"that is coded ({MAX_TEXT_CHARS:,} characters)", 2, failures,
        "50 MB rejected with a reason, the longest coded; memory well under 1.5 GB")


# ---------------------------------------------------------------- random corpora and texts


def random_record(rng: random.Random, ids: list) -> tuple[bytes, str | None, str | None]:
    """(line, claimed id when valid, outcome or None when it depends on duplicates)."""
    text = rng.choice([f"{rng.choice(['Pakistan', 'Iran', 'Russia'])} condemned Britain.",
                       "Nothing happened.", "Ελλάδα 🙂 \u2028 x", PAK_IRN + " " + IRN_PAK])
    doc_id = rng.choice(ids)
    day = rng.choice([None, "2024-01-17", "1999-12-31"])
    kind = rng.choice(["valid"] * 6 + ["no_id", "no_text", "empty", "bad_date", "far_date",
                                       "array", "garbage", "malformed", "nested", "nul", "blank"])
    rec = {"id": doc_id, "text": text, "date": day}
    dump = json.dumps(rec, ensure_ascii=rng.random() < 0.5).encode()
    if kind == "valid":
        return dump, str(doc_id).strip(), None
    bad = {"no_id": json.dumps({"text": text}).encode(),
           "no_text": json.dumps({"id": doc_id}).encode(),
           "empty": json.dumps({**rec, "text": " \t"}).encode(),
           "bad_date": json.dumps({**rec, "date": rng.choice(["2024-02-30", "0000-00-00",
                                                              "soon", 5])}).encode(),
           "far_date": json.dumps({**rec, "date": rng.choice(["0001-01-01", "3000-01-01"])
                                   }).encode(),
           "array": b"[1, 2, 3]", "garbage": b"\xff" + bytes(rng.randrange(1, 256)
                                                          for _ in range(12)).replace(
               b"\n", b"").replace(b"\r", b""),
           "malformed": dump[:-1], "nested": b"[" * 20000 + b"]" * 20000,
           "nul": json.dumps({**rec, "text": text + "\x00"}).encode(), "blank": b"  "}
    return bad[kind], None, "blank" if kind == "blank" else "rejected"


def run_corpora(tmp: Path, n: int) -> None:
    from coding.pipeline import Options, read_metadata, run_code

    rng = random.Random(2024)
    failures = []
    lines_total = 0
    for k in range(n):
        d = tmp / f"corpus{k}"
        d.mkdir()
        n_files = rng.randint(1, 3)
        recs = [random_record(rng, ["a", "b", " a ", 1, "1", "../x", "é"])
                for _ in range(rng.randint(0, 40))]
        expected, seen, files = {}, set(), []
        for i in range(n_files):
            chunk = recs[i::n_files]
            path = d / (f"in{i}.jsonl.gz" if rng.random() < 0.3 else f"in{i}.jsonl")
            write_corpus_file(path, chunk, seen, expected)
            files.append(path)
        lines_total += len(recs)
        try:
            summary = run_code(files, d / "out.parquet", Options(codebook=(str(MINI),)))
        except Exception as exc:  # noqa: BLE001 - a crash is what we count
            failures.append(f"corpus {k}: {type(exc).__name__}: {exc}")
            continue
        counts = read_metadata(d / "out.parquet")["counts"]
        rejected = sorted(((r["file"], r["line"]) for r in read_jsonl(d / "out.rejects.jsonl")
                           if r["sentence_id"] is None and r["field"] != "event"), key=str)
        want = sorted((key for key, o in expected.items() if o == "rejected"), key=str)
        if (summary.documents, counts["documents_read"]) != (len(expected),) * 2 or \
                summary.coded + summary.rejected != summary.documents or rejected != want:
            failures.append(f"corpus {k}: read {summary.documents}/{len(expected)}, rejected "
                            f"{len(rejected)}/{len(want)}")
        shutil.rmtree(d)
    row("Random corpora", f"JSON lines and gzip files of valid records, missing fields, bad and "
        f"out-of-range dates, non-objects, garbage bytes, truncated and nested JSON, NUL, blank "
        f"lines and duplicate ids across files ({lines_total:,} lines)", n, failures,
        "every record accounted for: coded + rejected = read, per file and in the metadata; "
        "each rejected line predicted")


def run_texts(n: int) -> None:
    import pandas as pd

    import coding.pipeline as pipeline
    from coding import Coder, code_documents
    from coding.validate import validate_events

    rng = random.Random(7)
    coder = Coder([MINI])
    actors = ["Pakistan", "Iranian jets", "The Kremlin", "Imran Khan", "the police", "He",
              "Syrian rebels", "The U.N.", "Washington", "Iran's foreign ministry"]
    verbs = ["condemned", "struck", "recalled its ambassador from", "accused", "met",
             "threatened", "did not condemn", "will visit", "said it would strike"]
    noise = ["", ",", "—", "(", ")", ";", "in 1990", "\n\n", "’s", "the world cup", "U.S.",
             "\u200b", "\ud800", "\x00", "🙂", "مرحبا", "Mr."]

    def chars(k):
        return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x3000),
                                       rng.randrange(0x10000, 0x10FFFF)])) for _ in range(k))

    def some(options):
        return rng.choice(options) if rng.random() < 0.4 else ""

    def text():
        parts = []
        for _ in range(rng.randint(1, 4)):
            parts += [some(noise), rng.choice(actors), some(noise + [chars(3)]),
                      rng.choice(verbs), some(noise), rng.choice(actors), "."]
        return " ".join(parts) if rng.random() < 0.8 else chars(rng.randint(0, 60))

    failures = []
    frames = []
    real = pipeline.validate_table
    pipeline.validate_table = lambda table, codes, schema: (
        frames.append(pipeline.events_frame(table)) or table, [])
    try:
        for i in range(n):
            t = text()
            day = rng.choice([None, dt.date(2024, 1, 17), dt.date(1900, 1, 1)])
            try:
                r = coder.code_sentence(t, day.toordinal() if day else None)
                if r.status == "error":
                    failures.append(f"{t[:40]!r}: {r.reason}")
                if i % 5 == 0:  # rows through code_documents for one text in five
                    code_documents([{"id": f"t{i}", "text": t,
                                     "date": day.isoformat() if day else None}], coder=coder)
            except Exception as exc:  # noqa: BLE001
                failures.append(f"{t[:40]!r}: {type(exc).__name__}: {exc}")
    finally:
        pipeline.validate_table = real
    coded = [f for f in frames if len(f)]
    if coded:  # a small --texts may give no event at all
        _good, bad = validate_events(pd.concat(coded, ignore_index=True), coder.book.events)
        failures += [f"schema: {reason}" for _i, _row, reason in bad]
    row("Random texts", "Unicode text with actors, verbs, punctuation, NUL, lone surrogates, "
        f"emoji, RTL script; dates or none ({sum(map(len, coded))} event rows from {n // 5} "
        "documents checked against the schema)", n, failures,
        "never raised, no internal error, every row passes the event schema")


# ---------------------------------------------------------------- kills


def snapshot(path: Path):
    if path.is_file():
        return path.read_bytes()
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes()
                for p in sorted(path.rglob("*")) if p.is_file()}
    return None


def run_kills(tmp: Path, kills: int, env: dict) -> None:
    d = tmp / "kill"
    d.mkdir()
    src = corpus(d / "corpus.jsonl", 2000, seed=3)
    with src.open("a") as fh:
        fh.write('{"id": "bad", "date": "2024-02-30", "text": "x"}\nnot json\n')
    for partition in (None, "year"):
        name = "events" if partition else "events.parquet"
        args = ["--codebook", MINI, "-q", "--reproducible"] + (
            ["--partition-by", partition] if partition else [])
        ref = d / "ref"
        shutil.rmtree(ref, ignore_errors=True)
        ref.mkdir()
        started = time.monotonic()
        rc = subprocess.run([sys.executable, "-m", "coding.cli", "code", src, "-o", ref / name,
                             *args], env=env, cwd=ROOT).returncode
        assert rc == 3, rc  # two bad records: a rejects file is written too
        duration = time.monotonic() - started
        want, want_rejects = snapshot(ref / name), (ref / "events.rejects.jsonl").read_bytes()
        work = d / "work"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        out, rejects = work / name, work / "events.rejects.jsonl"
        rng = random.Random(f"reliability-{partition}")
        moments, failures, leftovers = Counter(), [], 0
        for n in range(kills):
            existing = n >= kills // 2
            if existing and not out.exists():
                shutil.copytree(ref / name, out) if partition else shutil.copy(ref / name, out)
            before = set(os.listdir(work))
            proc = subprocess.Popen([sys.executable, "-m", "coding.cli", "code", src, "-o",
                                     out, *args], env=env, cwd=ROOT)
            time.sleep(rng.uniform(0, 1.0) * duration)
            new = set(os.listdir(work)) - before
            proc.send_signal(signal.SIGKILL)
            rc = proc.wait()
            moment = ("finished" if rc == 3 else "writing" if any(
                x.startswith(f".{name}.tmp-") for x in new) else "starting up")
            moments[moment] += 1
            names = os.listdir(work)
            visible = {x for x in names if not x.startswith(".")}
            got = snapshot(out)
            ok_hidden = all(x.startswith((f".{name}.tmp-", ".events.rejects.jsonl.tmp-",
                                          f".{name}.old-")) for x in names if x.startswith("."))
            olds = [work / x for x in names if x.startswith(f".{name}.old-")]
            ok_out = (got == want) if existing else got in (None, want)
            if got is None and existing and partition:
                ok_out = any(snapshot(o) == want for o in olds)
            if not (visible <= {name, "events.rejects.jsonl"} and ok_hidden and ok_out and (
                    not rejects.exists() or rejects.read_bytes() == want_rejects)):
                failures.append(f"kill {n} ({moment}): {sorted(names)}")
        for x in os.listdir(work):
            if x.startswith("."):
                leftovers += 1
                p = work / x
                shutil.rmtree(p) if p.is_dir() else p.unlink()
        subprocess.run([sys.executable, "-m", "coding.cli", "code", src, "-o", out, *args],
                       env=env, cwd=ROOT)
        if snapshot(out) != want or rejects.read_bytes() != want_rejects:
            failures.append("the rerun after the kills is not byte-identical")
        kind = "partitioned dataset (--partition-by year)" if partition else "single file"
        row("SIGKILL", f"`eventcoder code` processes killed at random moments of a "
            f"{duration:.1f} s run, {kind}: {dict(moments)}; half of them over an existing "
            "output", kills, failures,
            "output path always absent or complete (byte-identical to an uninterrupted run); "
            "the old output intact; rerun byte-identical")
        NUMBERS.append((f"Hidden temporary files left by {kills} killed runs ({kind})",
                        f"{leftovers} (.{name}.tmp-* and .events.rejects.jsonl.tmp-*; a "
                        "rerun does not remove them)"))


# ---------------------------------------------------------------- outputs that fail


def run_outputs(tmp: Path, env: dict) -> None:
    d = tmp / "outputs"
    d.mkdir()
    big = d / "big.jsonl"
    line = '{"id": "%d", "date": "2024-01-17", "text": "' + PAK_IRN + " " * 400 + '"}\n'
    with big.open("w") as fh:
        for block in range(130):
            fh.write("".join(line % (block * 1000 + i) for i in range(1000)))
    size = big.stat().st_size
    base, _rss, _rc, _err = measured(["code", d / "none.jsonl", "-o", d / "x.parquet", "--codebook",
                                MINI], env)
    targets = [("a missing directory", d / "nowhere" / "out.parquet", [])]
    ro = unwritable_dir()
    if ro:
        targets += [(f"a read-only mount ({ro})", ro / "out.parquet", []),
                    ("a rejects file on a read-only mount", d / "out.parquet",
                     ["--rejects", ro / "r.jsonl"])]
    failures = []
    for what, out, extra in targets:
        secs, _rss, rc, msg = measured(["code", big, "-o", out, "--codebook", MINI, *extra],
                                       env)
        msg = msg.strip()
        if rc != 1 or len(msg.splitlines()) != 1 or "output directory" not in msg:
            failures.append(f"{what}: exit {rc}: {msg[:80]}")
        if secs > base + 2:
            failures.append(f"{what}: {secs:.1f} s")
        if sorted(os.listdir(d)) != ["big.jsonl"]:
            failures.append(f"{what}: wrote {sorted(os.listdir(d))}")
        NUMBERS.append((f"Time to fail on {what} with a {size / 2**20:.0f} MB input "
                        "(start-up included)", f"{secs:.2f} s (failing on a missing input: "
                        f"{base:.2f} s)"))
    row("Unwritable output", "output or rejects file in " + ", ".join(t[0] for t in targets)
        + f", with a {size / 2**20:.0f} MB input", len(targets), failures,
        "exit 1 with one line naming the directory, before any work; nothing written")


# ---------------------------------------------------------------- codebooks and caches


BAD_ENTRIES = [
    ("actors/actors.txt", "X => pak\n"), ("actors/actors.txt", "X PAK\n"),
    ("actors/actors.txt", "X => PAKGOV 2020-01-01..2021-01-01; PAKOPP 2020-06-01..\n"),
    ("actors/actors.txt", "X => PAKGOV ..2020-01-01; PAKOPP ..2021-01-01\n"),
    ("actors/actors.txt", "X => PAKGOV 2019-01-01..2020-01-01; PAKOPP 2020-01-01..\n"),
    ("actors/actors.txt", "X => PAKGOV 2021-01-01..2020-01-01\n"),
    ("actors/actors.txt", "X => PAKGOV 2021-02-30..\n"), ("actors/actors.txt", "X => A; B\n"),
    ("actors/actors.txt", "Pakistan => IRN\n"), ("actors/actors.txt", "| => ZED\n"),
    ("agents/agents.txt", "x => COP\n"), ("agents/agents.txt", "guard {guards => ~MIL\n"),
    ("agents/agents.txt", "police => ~GOV\n"),
    ("verbs/verbs.txt", "== 999 x\nzap\n"), ("verbs/verbs.txt", "== 190 x\nzap => 1999\n"),
    ("verbs/verbs.txt", "== 190 x\nnoun: zap => 9999\n"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * on + => 1999\n"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * on + => 190:999\n"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- on + => 190\n"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * on + => 190\n- * ON + => 195\n"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * &NOPE => 190\n"),
    ("verbs/verbs.txt", "== 190 x\ncondemn\n"), ("verbs/verbs.txt", "==\nzap\n"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * on $$ + => 190\n"),
    ("synsets/synsets.txt", "&WEAPON = gun\n"), ("synsets/synsets.txt", "WEAPON = gun\n"),
    ("discards/discards.txt", "rugby => match\n"),
    ("events.csv", "190,again,,1,4,\n"), ("events.csv", "999,x,,11,4,\n"),
    ("events.csv", "999,x,,1,5,\n"), ("events.csv", "9x9!,x,,1,1,\n"),
    ("grammar.txt", "nonsense = a | b\n"), ("codebook.toml", "[[[\n"),
]
#: Found by this script and reported (the codebook modules belong to others).
KNOWN = [
    ("actors/actors.txt", b"Caf\xe9 => FRA\n", "invalid UTF-8 in an entry file"),
    ("events.csv", b"999,\xff,,1,1,\n", "invalid UTF-8 in events.csv"),
    ("actors/x.txt/", b"", "a directory named x.txt among the entry files"),
    ("codebook.toml", b'[engine]\nmax_tokens = "lots"\n', "an engine setting of the wrong type"),
]


def run_codebooks(tmp: Path) -> None:
    from coding import Coder
    from coding.codebook import CodebookError, load_codebook
    from coding.compiled import MAGIC, load_compiled

    events_csv = (ROOT / "codebooks" / "default" / "events.csv").read_text(encoding="utf-8")
    failures = []
    for n, (rel, text) in enumerate(BAD_ENTRIES):
        root = tmp / f"cb{n}"
        shutil.copytree(MINI, root)
        path = root / rel
        if rel == "events.csv":
            path.write_text(events_csv)
        with path.open("a") as fh:
            fh.write(text)
        lines = len(path.read_text(encoding="utf-8").splitlines())
        try:
            load_codebook([root])
            failures.append(f"{rel}: {text.strip()!r} loaded")
        except CodebookError as exc:
            located = [e for e in exc.errors if re.search(r"(\.txt|\.csv|\.toml)(:\d+)?: ", e)]
            near = [e for e in located if re.search(rf":({lines}|{lines - 1}|{lines - 2}): ", e)
                    or rel.endswith(".toml")]
            if not near:
                failures.append(f"{rel}: {text.strip()!r}: {exc.errors[:1]}")
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{rel}: {text.strip()!r}: {type(exc).__name__}")
    row("Codebook entries", "malformed actor/agent/verb/pattern/synset/discard entries, unknown "
        "codes (word, noun, pattern, pair), overlapping, touching and reversed date ranges, "
        "duplicate names/verbs/patterns/synsets, bad events.csv rows, unknown grammar class, "
        "broken codebook.toml", len(BAD_ENTRIES), failures,
        "each refused with `file:line: message` (codebook.toml: file), nothing coded")
    known_open = []
    for n, (rel, data, what) in enumerate(KNOWN):
        root = tmp / f"known{n}"
        shutil.copytree(MINI, root)
        if rel.endswith("/"):
            (root / rel).mkdir()
        else:
            with (root / rel).open("ab" if rel != "events.csv" else "wb") as fh:
                fh.write((b"code,name,goldstein,quad_class,description,plover_type\n"
                          if rel == "events.csv" else b"") + data)
        try:
            Coder([root], use_cache=False)
            known_open.append(f"{what}: loaded without an error")
        except CodebookError:
            pass
        except Exception as exc:  # noqa: BLE001
            known_open.append(f"{what}: {type(exc).__name__} instead of a codebook error")
    ROWS.append(("Codebook files", "; ".join(k[2] for k in KNOWN), len(KNOWN),
                 "all refused with a codebook error" if not known_open else
                 f"**{len(known_open)} of {len(KNOWN)} open (reported)**: " + "; ".join(
                     known_open)))
    print(f"{'Codebook files':<22} {len(KNOWN):>5}  {len(known_open)} open", flush=True)

    # compiled caches
    cache = Path(os.environ["EVENTCODER_CACHE"])
    reference = load_compiled([MINI], use_cache=False).data
    damages = {
        "truncated": lambda raw: raw[: len(raw) // 2], "empty": lambda raw: b"",
        "garbage with the magic": lambda raw: MAGIC + os.urandom(len(raw) - 4),
        "one bit flipped": lambda raw: raw[:-5] + bytes([raw[-5] ^ 1]) + raw[-4:],
        "valid digest, not marshal": lambda raw: _digest(b"\xff" * 64),
        "valid digest, not a dict": lambda raw: _digest(marshal.dumps([1, 2])),
        "valid digest, older format": lambda raw: _digest(marshal.dumps(
            {**marshal.loads(raw[36:]), "format": 0})),
        "another codebook's cache": None, "a directory": None, "pointer garbage": None,
        "cache dir is a file": None,
    }
    failures = []
    for name, damage in damages.items():
        shutil.rmtree(cache, ignore_errors=True)
        if name == "cache dir is a file":
            cache.write_text("x")
        else:
            load_compiled([MINI])
            (blob,) = cache.glob("codebook-*.bin")
            if damage:
                blob.write_bytes(damage(blob.read_bytes()))
            elif name == "a directory":
                blob.unlink()
                blob.mkdir()
            elif name == "pointer garbage":
                next(cache.glob("index-*.txt")).write_text("../../etc/passwd")
            else:
                other = tmp / "other-cb"
                shutil.copytree(MINI, other)
                (other / "actors" / "actors.txt").open("a").write("Atlantis => ATL\n")
                load_compiled([other])
                theirs = next(p for p in cache.glob("codebook-*.bin") if p != blob)
                shutil.copy(theirs, blob)
        try:
            if load_compiled([MINI]).data != reference:
                failures.append(f"{name}: used")
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{name}: {type(exc).__name__}")
        if cache.is_file():
            cache.unlink()
    # stale: an edit that keeps size and mtime
    shutil.rmtree(cache, ignore_errors=True)
    root = tmp / "stale-cb"
    shutil.copytree(MINI, root)
    before = [e.code for e in Coder([root]).code("Iran condemned Pakistan.")]
    verbs = root / "verbs" / "verbs.txt"
    st = verbs.stat()
    verbs.write_text(verbs.read_text().replace("== 111 criticize", "== 112 criticize"))
    os.utime(verbs, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = [e.code for e in Coder([root]).code("Iran condemned Pakistan.")]
    stale = before == after == ["111"]
    row("Compiled cache", ", ".join(damages), len(damages), failures,
        "each detected (SHA-256, format, paths) and rebuilt; an unwritable cache only costs "
        "start-up time")
    ROWS.append(("Compiled cache", "an edit that keeps file size and mtime (tar, rsync -t, "
                 "cp -p, fixed-epoch builds)", 1,
                 "**open (reported)**: the stale cache is used, the old code comes out"
                 if stale else "rebuilt"))


def _digest(payload: bytes) -> bytes:
    from coding.compiled import MAGIC

    return MAGIC + hashlib.sha256(payload).digest() + payload


# ---------------------------------------------------------------- security


FORBIDDEN = {
    "eval(": r"(?<![\w.])eval\(", "exec(": r"(?<![\w.])exec\(",
    "compile(": r"(?<![\w.])compile\(", "__import__": r"__import__\(",
    "pickle and friends": r"\b(c?pickle|dill|cloudpickle|shelve|joblib)\b",
    "yaml.load without SafeLoader": r"yaml\.(unsafe_)?load\((?![^)]*SafeLoader)",
    "shell=True": r"shell\s*=\s*True", "os.system/popen/exec/spawn":
        r"\bos\.(system|popen|exec\w*|spawn\w*)\(", "subprocess": r"\bsubprocess\b",
    "extractall": r"\.extractall\(",
}
HOSTILE = ["../../etc/passwd", "/etc/passwd", "..", ".", "a/../../b", "..\\..\\win.ini",
           "~/.bashrc", "$(touch pwned)", "`touch pwned`", "x; rm -rf ~"]


def run_security(tmp: Path) -> None:
    sources = sorted(p for d in ("coding", "schemas") for p in (ROOT / d).rglob("*.py"))
    code = {p: source_without_strings(p) for p in sources}
    failures = [f"{what} in {p.relative_to(ROOT)}" for what, rx in FORBIDDEN.items()
                for p, text in code.items() if re.search(rx, text)]
    row("Security: source", f"{len(sources)} modules of coding/ and schemas/ searched for "
        + ", ".join(FORBIDDEN), len(FORBIDDEN), failures,
        "none found; marshal.loads only after the SHA-256 check")

    def tree(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*")}

    d = tmp / "security"
    (d / "in").mkdir(parents=True)
    src = jsonl(d / "in" / "hostile.jsonl", [{"id": h, "date": "2024-01-17", "text": RUS_GBR,
                                              "source": h} for h in HOSTILE])
    failures, cases = [], 0
    for partition in (None, "year"):
        cases += 1
        out_dir = d / f"out-{partition}"
        out_dir.mkdir()
        before = tree(d)
        out = out_dir / ("events" if partition else "events.parquet")
        code_, output, exc = cli("code", src, "-o", out, "--codebook", MINI, "-q", "--keep",
                                 "source", "--reproducible",
                                 *(["--partition-by", partition] if partition else []))
        added = tree(d) - before
        if code_ != 0 or exc or not all(a.startswith(out_dir.name + "/") for a in added):
            failures.append(f"code ({partition}): exit {code_}, wrote {sorted(added)}")
    events = d / "out-None" / "events.parquet"
    bad_names = ["../evil", "..", "a/b", "/tmp/evil", "evil/../../x", "", "~", "-rf"]
    for name in bad_names:
        cases += 1
        before = tree(d)
        code_, output, exc = cli("publish", events, "-o", d / "rel", "--name", name,
                                 "--version", "1.0.0", "-q", "--codebook", MINI)
        if code_ == 0 or exc or tree(d) != before:
            failures.append(f"publish --name {name!r}: exit {code_}")
    cases += 1
    before = tree(d)
    code_, output, exc = cli("publish", events, "-o", d / "rel", "--name", "hostile",
                             "--version", "1.0.0", "-q", "--codebook", MINI, "--reproducible")
    added = tree(d) - before
    if code_ != 0 or not all(a == "rel" or a.startswith("rel/") for a in added):
        failures.append(f"publish: exit {code_}: {output[:80]}")
    for style, name in (("plover", "x.jsonl"), ("acled", "x.csv"), ("gdelt", "x.tsv")):
        cases += 1
        before = tree(d)
        code_, output, exc = cli("export", events, "--style", style, "-o", d / name, "-q")
        if code_ not in (0, 3) or exc or tree(d) - before != {name}:
            failures.append(f"export {style}: exit {code_}, wrote {sorted(tree(d) - before)}")
    cases += 1
    victim = d / "victim.txt"
    victim.write_text("precious")
    (d / "link.parquet").symlink_to(victim)
    code_, _o, _e = cli("code", src, "-o", d / "link.parquet", "--codebook", MINI, "-q")
    if victim.read_text() != "precious" or (d / "link.parquet").is_symlink():
        failures.append("an output symlink was written through")
    if (d / "pwned").exists() or (ROOT / "pwned").exists():
        failures.append("a shell ran")
    row("Security: writes", f"document ids and kept fields such as {', '.join(HOSTILE[:4])} "
        f"(file and dataset); `publish --name` {', '.join(repr(n) for n in bad_names)}; a "
        "release and three exports of those events; an output path that is a symlink", cases,
        failures, "no input value became a path; refused names wrote nothing; only the target "
        "was written; the symlink was replaced, its target untouched")


# ---------------------------------------------------------------- report


def write_report(path: Path, seconds: float, args) -> None:
    lines = [
        "# Reliability",
        "",
        "What eventcoder was put through, how many cases, and what happened. Regenerate with "
        "`python benchmarks/reliability.py` (about two to three minutes on two cores); the "
        "same inputs and faults are tests in `tests/test_hostile.py`, `tests/test_faults.py`, "
        "`tests/test_properties.py` and `tests/test_security.py`.",
        "",
        "The contract checked for every input: the run finishes (exit 0, or 3 with rejects; "
        "never a traceback); every record is coded or written to the rejects file with file, "
        "line, field and reason; coded + rejected = read, per input and in the Parquet "
        "metadata; the output passes the event schema; and the output path holds a complete "
        "file or nothing.",
        "",
        "| Area | What was tried | Cases | Result |",
        "|---|---|---:|---|",
    ]
    for area, what, cases, result in ROWS:
        lines.append(f"| {area} | {what.replace('|', '/')} | {cases:,} | "
                     f"{result.replace('|', '/')} |")
    lines += ["", "## Measured", "", "| Measure | Value |", "|---|---|"]
    lines += [f"| {m} | {v} |" for m, v in NUMBERS]
    lines += [
        "",
        "## Limits and known gaps",
        "",
        "- A document longer than 5,000,000 characters is rejected (`text too long`): a "
        "document is coded as a whole (story-wide discards, mentions), so its size bounds "
        "memory. A single input line is still read whole before this check.",
        "- `--partition-by`: a directory cannot be swapped atomically. Between two renames "
        "the previous dataset sits complete under `.NAME.old-PID`; a kill at that instant "
        "leaves no dataset at the path (never a partial one).",
        "- Killed runs leave hidden `.NAME.tmp-*` files beside the output; a later run does "
        "not remove them (it cannot tell them from a concurrent run's).",
        "- The output file and the rejects file are renamed one after the other: a kill "
        "between the two leaves the new output with the previous run's rejects file.",
        "- Writes are not fsynced: the guarantees hold for killed processes, not for power "
        "loss.",
        "",
        f"_Generated in {seconds:.0f} s on {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()}; options: --kills {args.kills} "
        f"--corpora {args.corpora} --texts {args.texts}._",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=10, help="SIGKILLs per output kind")
    ap.add_argument("--corpora", type=int, default=60, help="random corpora")
    ap.add_argument("--texts", type=int, default=3000, help="random texts")
    ap.add_argument("--output", type=Path, default=ROOT / "docs" / "RELIABILITY.md")
    args = ap.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="eventcoder-reliability-") as tmp:
        tmp = Path(tmp)
        os.environ["EVENTCODER_CACHE"] = str(tmp / "cache")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        from coding.compiled import load_compiled

        load_compiled([MINI])
        run_hostile(tmp)
        run_big(tmp, env)
        run_corpora(tmp, args.corpora)
        run_texts(args.texts)
        run_kills(tmp, args.kills, env)
        run_outputs(tmp, env)
        run_codebooks(tmp)
        os.environ["EVENTCODER_CACHE"] = str(tmp / "cache2")
        run_security(tmp)
    seconds = time.monotonic() - started
    args.output.parent.mkdir(parents=True, exist_ok=True)
    write_report(args.output, seconds, args)
    print(f"\n{len(ROWS)} rows, {len(PROBLEMS)} problems, {seconds:.0f} s -> {args.output}")
    for p in PROBLEMS:
        print("  PROBLEM", p)
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
