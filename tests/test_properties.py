"""Properties that hold for every input (hypothesis).

1. For any Unicode text and date, the coder never raises, never hits an internal
   error, and every row `code_documents` builds from its events passes the event
   schema, with offsets that slice the text.
2. For any sequence of input records, well-formed or not, every record is
   accounted for: coded + rejected = read, as the run's summary, the rejects file
   and the Parquet metadata all say, with the outcome of each record predicted.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import coding.pipeline as pipeline
from coding import Coder, code_documents
from coding.io import MAX_DATE, MIN_DATE
from coding.pipeline import Options, events_frame, read_metadata, run_code
from coding.validate import validate_events
from schemas.events import ACTOR_CODE, EventSchema

from .helpers import MINI, ROOT, write_corpus_file


def read_rejects(path: Path) -> list[dict]:
    """JSON lines split at "\\n" only: a rejected record's raw text may hold U+0085 or
    U+2028, which str.splitlines (and so conftest.read_rejects) also splits at."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


# ---------------------------------------------------------------- strategies

ACTORS = ["Pakistan", "Iran", "Iranian jets", "Russia", "Britain", "The Kremlin", "Washington",
          "Imran Khan", "the police", "Pakistani police", "Syrian rebels", "The Pentagon",
          "Putin", "The U.N.", "US officials", "the Taliban", "Israeli troops", "He", "They",
          "Iran's foreign ministry", "protesters"]
VERBS = ["condemned", "struck", "recalled its ambassador from", "accused", "met", "visited",
         "threatened", "attacked", "criticized", "withdrew its envoy from", "did not condemn",
         "will visit", "bombed", "said it would strike"]
NOISE = ["", "on Monday", "in 1990", "in 2019", ",", "—", "(", ")", ";", "and", "who", "not",
         "the world cup", "scored", "said", "with a missile", "of lying", "on Iran", "\n\n",
         "U.S.", "’s", "'s", "\u200b", "\t", "Mr.", "J."]

#: Any code point, lone surrogates included (a str can hold them; readers reject them).
any_text = st.text(st.characters(codec=None), max_size=40)
noise = st.one_of(st.sampled_from(NOISE), st.sampled_from(NOISE), st.sampled_from(NOISE),
                  any_text)
sentence = st.tuples(noise, st.sampled_from(ACTORS), noise, st.sampled_from(VERBS), noise,
                     st.sampled_from(ACTORS), noise, st.sampled_from([".", "!", "?", "", "..."])
                     ).map(lambda t: " ".join(t[:-1]) + t[-1])
texts = st.one_of(any_text, st.lists(st.one_of(sentence, sentence, any_text), min_size=1,
                                      max_size=4).map(" ".join))
dates = st.one_of(st.none(), st.dates(), st.dates(MIN_DATE, MAX_DATE))

_ACTOR = re.compile(ACTOR_CODE)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder([MINI])


# ---------------------------------------------------------------- 1. the coder


def test_coder_never_raises_and_its_rows_pass_the_schema(coder, monkeypatch):
    """Rows are built by `code_documents`; instead of the check of each batch, every
    batch is checked at the end by Pandera itself, in one call."""
    frames: list[pd.DataFrame] = []
    inputs: dict[str, tuple] = {}
    ids = itertools.count()
    table = coder.book.events

    def collect(table, code_table, expected):
        frames.append(events_frame(table))
        return table, []

    monkeypatch.setattr(pipeline, "validate_table", collect)

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(text=texts, day=dates)
    def check(text, day):
        # Coder.code: never raises, no internal error, well-formed events.
        events = coder.code(text, date=day)
        result = coder.code_sentence(text, day.toordinal() if day else None)
        assert result.status != "error", result.reason
        for e in events:
            assert e.code in table
            assert e.source is not None or e.target is not None
            for actor in (e.source, e.target):
                assert actor is None or _ACTOR.match(actor), actor
            assert text[e.verb_span[0]:e.verb_span[1]] == e.verb_text
        # code_documents: coded, or rejected with a reason
        doc_id = f"p{next(ids)}"
        inputs[doc_id] = (text, day)
        df = code_documents([{"id": doc_id, "text": text,
                              "date": day.isoformat() if day else None}], coder=coder)
        rejects = df.attrs["rejects"]
        assert all(r["reason"] and r["field"] in ("id", "text", "date") for r in rejects)
        assert not rejects or df.empty
        in_range = day is None or MIN_DATE <= day <= MAX_DATE
        if text.strip() and "\x00" not in text and in_range and not any(
                "\ud800" <= c <= "\udfff" for c in text):
            assert not rejects, rejects
        for row in df.itertuples():
            assert text[row.sentence_start:row.sentence_end] == row.sentence
            assert row.sentence[row.verb_start:row.verb_end] == row.verb_text
            for side in ("source", "target"):
                start, end = getattr(row, f"{side}_start"), getattr(row, f"{side}_end")
                if not pd.isna(start):
                    assert row.sentence[start:end] == getattr(row, f"{side}_text")

    check()
    monkeypatch.undo()
    coded = [f for f in frames if len(f)]
    assert coded, "no example gave an event: the strategy has gone stale"
    df = pd.concat(coded, ignore_index=True)
    good, bad = validate_events(df, table)
    assert not bad, [(inputs[row["doc_id"]], reason) for _i, row, reason in bad[:5]]
    EventSchema.validate(df, lazy=True)


# ---------------------------------------------------------------- 2. accounting

VALID_IDS = ["a", "b", "c", " a ", 1, "1", "é", "../x"]
_batches = pipeline.batches


@st.composite
def records(draw):
    """(JSONL line as bytes, id it claims if valid, expected outcome or None if the
    outcome depends on whether the id was seen before)."""
    kind = draw(st.sampled_from(["valid"] * 6 + ["no_id", "no_text", "empty_text",
                                 "bad_date", "far_date", "not_object", "garbage", "malformed",
                                 "nested", "nul_text", "surrogate", "blank"]))
    doc_id = draw(st.sampled_from(VALID_IDS))
    text = draw(st.one_of(sentence.filter(is_clean), sentence.filter(is_clean),
                          clean_text.filter(str.strip)))
    day = draw(st.one_of(st.none(), st.dates(MIN_DATE, MAX_DATE)).map(
        lambda d: d.isoformat() if d else None))
    rec = {"id": doc_id, "text": text, "date": day}
    if kind == "valid":
        extra = draw(st.dictionaries(st.sampled_from(["url", "source", "x"]),
                                     st.one_of(st.none(), st.integers(), clean_text), max_size=2))
        raw = draw(st.booleans())  # non-ASCII as raw UTF-8, or as JSON escapes
        return _line({**extra, **rec}, ascii=not raw), str(doc_id).strip(), None
    if kind == "no_id":
        return _line({"text": text}), None, "rejected"
    if kind == "no_text":
        return _line({"id": doc_id, "date": day}), None, "rejected"
    if kind == "empty_text":
        return _line({**rec, "text": draw(st.sampled_from(["", " ", "\n\t"]))}), None, "rejected"
    if kind == "bad_date":
        bad = draw(st.sampled_from(["2024-02-30", "0000-00-00", "yesterday", "2024-13-01", 5,
                                    [2024], "1600-01-01"]))
        return _line({**rec, "date": bad}), None, "rejected"
    if kind == "far_date":
        far = draw(st.one_of(st.dates(max_value=dt.date(1677, 9, 21)),
                             st.dates(min_value=dt.date(2262, 4, 12))))
        return _line({**rec, "date": far.isoformat()}), None, "rejected"
    if kind == "not_object":
        return draw(st.sampled_from([b"[1, 2]", b'"text"', b"42", b"null", b"true"])), None, \
            "rejected"
    if kind == "garbage":
        junk = draw(st.binary(min_size=1, max_size=30).map(
            lambda b: b.replace(b"\n", b"").replace(b"\r", b"")))
        return b"\xff" + junk, None, "rejected"
    if kind == "malformed":
        return _line(rec)[:-1] + draw(st.sampled_from([b",", b"", b"x"])), None, "rejected"
    if kind == "nested":
        return b"[" * 50_000 + b"]" * 50_000, None, "rejected"
    if kind == "nul_text":
        return _line({**rec, "text": text + "\x00"}), None, "rejected"
    if kind == "surrogate":
        return _line({**rec, "text": text + "\ud800"}), None, "rejected"
    return b"   ", None, "blank"


def _line(record: dict, ascii: bool = True) -> bytes:
    """A JSON line; a lone surrogate stays a JSON escape ("\\ud800"), as raw it is no UTF-8."""
    return json.dumps(record, ensure_ascii=ascii).encode("utf-8")


def is_clean(t: str) -> bool:
    """Text a reader accepts: no NUL, no lone surrogate."""
    return "\x00" not in t and not any("\ud800" <= c <= "\udfff" for c in t)


clean_text = any_text.filter(is_clean)


corpora = st.tuples(
    st.integers(0, 30).flatmap(lambda n: st.lists(records(), min_size=n, max_size=n)),
    st.lists(st.sampled_from(["jsonl", "gz"]), min_size=1, max_size=3))


def test_every_record_is_accounted_for(monkeypatch):
    """Lines are spread over one to three files (JSONL or gzipped JSONL); duplicates
    are judged across all of them, in order."""
    monkeypatch.setattr(pipeline, "batches",
                        lambda docs, max_docs=7, max_chars=10**9: _batches(docs, max_docs,
                                                                            max_chars))

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(corpus=corpora)
    def check(corpus):
        recs, kinds = corpus
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            files: list[Path] = []
            expected: dict[tuple[str, int], str] = {}
            chunks = [recs[i::len(kinds)] for i in range(len(kinds))]
            seen: set[str] = set()
            for n, (kind, chunk) in enumerate(zip(kinds, chunks, strict=True)):
                path = tmp / (f"in{n}.jsonl.gz" if kind == "gz" else f"in{n}.jsonl")
                write_corpus_file(path, chunk, seen, expected)
                files.append(path)
            out = tmp / "out.parquet"
            summary = run_code(files, out, Options(codebook=(str(MINI),)))
            meta = read_metadata(out)
            counts = meta["counts"]
            n_inputs_rejected = sum(1 for o in expected.values() if o == "input rejected")
            n_read = len(expected) - n_inputs_rejected
            n_rejected = sum(1 for o in expected.values() if o == "rejected")
            assert (summary.documents, summary.rejected, summary.coded) == (
                n_read, n_rejected, n_read - n_rejected)
            assert summary.coded + summary.rejected == summary.documents
            assert (counts["documents_read"], counts["documents_rejected"],
                    counts["documents_coded"]) == (n_read, n_rejected, n_read - n_rejected)
            assert counts["inputs_rejected"] == summary.inputs_rejected == n_inputs_rejected
            assert counts["events"] == summary.events == len(pd.read_parquet(out))
            per_file = {i["path"]: i for i in meta["inputs"]}
            for f in files:
                mine = [o for (p, _l), o in expected.items() if p == str(f)]
                info = per_file[str(f)]
                assert info["input_rejected"] == ("input rejected" in mine)
                mine = [o for o in mine if o != "input rejected"]
                assert info["documents_read"] == len(mine)
                assert info["documents_rejected"] == mine.count("rejected")
                assert info["documents_coded"] == mine.count("coded")
            rejects_path = tmp / "out.rejects.jsonl"
            rejects = read_rejects(rejects_path) if rejects_path.exists() else []
            doc_rejects = [r for r in rejects if r["sentence_id"] is None
                           and r["field"] != "event"]
            assert sorted(((r["file"], r["line"]) for r in doc_rejects), key=str) == sorted(
                (k for k, o in expected.items() if o != "coded"), key=str)
            assert all(r["reason"] for r in rejects)
            assert not [r for r in rejects if r["field"] == "event"]  # no bad rows made
            assert rejects_path.exists() == bool(rejects)
            coded_ids = set(pd.read_parquet(out, columns=["doc_id"])["doc_id"])
            assert coded_ids <= {str(i).strip() for i in VALID_IDS}

    check()



_CODE_GOLD = """
import glob, json, sys
from coding import Coder
coder = Coder()
out = []
for path in sorted(glob.glob(sys.argv[1] + '/*.jsonl')):
    for line in open(path, encoding='utf-8'):
        r = json.loads(line)
        if 'expected' in r:
            out.append([r['id'], [[e.source, e.target, e.code, e.rule_id]
                                  for e in coder.code(r['text'], date=r['date'])]])
print(json.dumps(out))
"""


def test_events_do_not_depend_on_the_hash_seed(tmp_path):
    """Same text and codebook, same events: no set or dict order may leak into coding."""
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _CODE_GOLD, str(ROOT / "tests" / "gold")],
                              env=env, capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout))
    assert len(runs[0]) > 600
    assert runs[0] == runs[1]
