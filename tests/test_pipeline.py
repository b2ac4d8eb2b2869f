"""The pipeline: Python API, sentences, atomic writes, metadata, partitioned datasets."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

import coding
import coding.pipeline as pipeline
from coding import Coder, code_documents
from coding.arrow import to_array
from coding.io import Fields
from coding.pipeline import Options, read_events, read_metadata, run_code
from coding.segment import split_sentences
from coding.validate import validate_events

from .conftest import (
    EVENTS,
    GOOD_EVENTS,
    IRN_PAK,
    MINI,
    PAK_IRN,
    RUS_GBR,
    RUS_USA,
    events_of,
    listing,
    make_corpus,
    read_rejects,
    write_jsonl,
)

CONTRACT = ["event_id", "doc_id", "sentence_id", "date", "source", "source_country",
            "source_agent", "source_text", "target", "target_country", "target_agent",
            "target_text", "code", "base_code", "root_code", "event_name", "quad_class",
            "goldstein", "plover_type", "verb_text", "rule_id", "sentence"]
EXTRAS = ["source_rules", "target_rules", "story_mentions", "first_mention", "sentence_start",
          "sentence_end", "source_start", "source_end", "target_start", "target_end",
          "verb_start", "verb_end", "fatalities", "fatalities_flag", "location",
          "location_country", "admin1", "latitude", "longitude", "geo_precision"]


# ------------------------------------------------------------ Python API


def test_code_documents_from_dicts(good_docs):
    df = code_documents(good_docs, codebook=[MINI])
    assert list(df.columns) == CONTRACT + EXTRAS
    assert list(df[["doc_id", "sentence_id", "source", "target", "code"]].itertuples(
        index=False, name=None)) == GOOD_EVENTS
    first = df.iloc[0]
    assert (first.date, first.source_country, first.source_text) == (
        pd.Timestamp("2024-01-17"), "PAK", "Pakistan")
    assert (first.target_country, first.target_text) == ("IRN", "Iran")
    assert pd.isna(first.source_agent) and pd.isna(first.target_agent)
    assert (first.base_code, first.root_code, first.verb_text, first.sentence) == (
        "161", "16", "recalled", PAK_IRN)
    assert first.rule_id.startswith("mini/verbs/verbs.txt:")
    second = df.iloc[1]
    assert (second.source, second.source_country, second.source_agent, second.source_text) == (
        "IRNMIL", "IRN", "MIL", "Iranian jets")
    assert df.attrs["rejects"] == []
    # the frame is valid as it is
    assert validate_events(df)[1] == []


def test_code_documents_dtypes(good_docs):
    df = code_documents(good_docs, codebook=[MINI])
    assert str(df["sentence_id"].dtype) == "int64"
    assert str(df["date"].dtype) == "datetime64[ns]"
    assert str(df["quad_class"].dtype) == "Int8"
    assert str(df["goldstein"].dtype) == "float64"
    assert str(df["sentence_start"].dtype) == "Int32"


@pytest.mark.parametrize("type_,values", [
    (pa.string(), ["a", None, "é", ""]), (pa.int8(), [1, None, 4]), (pa.int32(), [None, None]),
    (pa.int64(), [1, 2**40]), (pa.float64(), [1.5, None, -10.0]), (pa.bool_(), [True, None] * 5),
    (pa.date32(), [dt.date(2024, 1, 17), None, dt.date(1900, 3, 1)]), (pa.int32(), []),
])
def test_to_array_is_pa_array(type_, values):
    """The coder's columns (built without `pa.array`, which imports pandas) are the same."""
    got = to_array(values, type_)
    got.validate(full=True)
    assert got.equals(pa.array(values, type_))


def test_code_run_imports_neither_pandas_nor_pandera(tmp_path):
    """`eventcoder code` writes Arrow tables: a small run loads no DataFrame library."""
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "date": "2024-01-17",
                                               "text": PAK_IRN}])
    script = ("import sys\nfrom coding.cli import main\n"
              "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
              "print(sorted(m for m in ('pandas', 'pandera') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script, "code", str(src), "-o",
                          str(tmp_path / "out.parquet"), "--codebook", str(MINI), "--quiet"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert len(read_events(tmp_path / "out.parquet")) == 1


def test_import_coding_registers_the_accessor_when_pandas_is_imported():
    script = ("import sys, coding\nassert 'pandas' not in sys.modules\n"
              "import pandas as pd\nprint(pd.DataFrame.events.__name__)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "EventsAccessor"


def test_code_documents_from_dataframe_with_field_mapping_keep_and_no_text():
    frame = pd.DataFrame({"key": ["a", "b"], "body": [RUS_GBR, PAK_IRN],
                          "day": ["2024-05-05", None], "url": ["u1", "u2"]})
    df = code_documents(frame, codebook=[MINI], id_field="key", text_field="body",
                        date_field="day", date="2020-01-01", keep=["url"], text=False)
    assert list(df.columns) == [c for c in CONTRACT if c != "sentence"] + EXTRAS + ["doc_url"]
    assert df[["doc_id", "date", "code", "doc_url"]].values.tolist() == [
        ["a", pd.Timestamp("2024-05-05"), "111", "u1"],
        ["b", pd.Timestamp("2020-01-01"), "161", "u2"]]


def test_code_documents_with_nothing_to_code():
    df = code_documents([{"id": "x", "text": "Nothing happened."}, {"id": "y"}],
                        codebook=[MINI])
    assert list(df.columns) == CONTRACT + EXTRAS
    assert len(df) == 0
    assert [r["doc_id"] for r in df.attrs["rejects"]] == ["y"]


def test_code_documents_reuses_a_coder(good_docs):
    coder = Coder(MINI)
    df = code_documents(good_docs, coder=coder)
    assert len(df) == 4


def test_coding_a_batch_collects_garbage_less_often_and_restores_the_threshold(
        good_docs, monkeypatch):
    """`code_batch` raises the collector's young-generation threshold while it codes
    (fewer collections, the same events) and gives the caller's back afterwards."""
    import gc

    seen = []
    add = pipeline.Batch.add_document

    def spy(self, coder, doc):
        seen.append(gc.get_threshold()[0])
        return add(self, coder, doc)

    monkeypatch.setattr(pipeline.Batch, "add_document", spy)
    before = gc.get_threshold()
    df = code_documents(good_docs, coder=Coder(MINI))
    assert len(df) == 4
    assert seen and min(seen) >= pipeline.YOUNG_GC_THRESHOLD
    assert gc.get_threshold() == before


def test_coder_code_one_text():
    coder = Coder(codebook=MINI)
    got = [(e.source, e.target, e.code, e.verb_text) for e in coder.code(
        PAK_IRN, date="2024-01-17")]
    assert got == [("PAK", "IRN", "161", "recalled")]
    assert coder.code("Nothing happened.", date="2024-01-17") == []


def test_coder_dated_actor():
    coder = Coder(codebook=MINI)
    text = "Imran Khan condemned Russia."
    assert [e.source for e in coder.code(text, date="2020-01-01")] == ["PAKGOV"]
    assert [e.source for e in coder.code(text, date="2023-01-01")] == ["PAKOPP"]


def test_event_id_is_stable(good_docs):
    a = code_documents(good_docs, codebook=[MINI])
    b = code_documents(list(reversed(good_docs)), codebook=[MINI])
    assert dict(zip(a["event_id"], a["code"], strict=True)) == dict(
        zip(b["event_id"], b["code"], strict=True))
    # pinned: the id is a hash of doc id, sentence, position, actors and code only
    assert a.loc[0, "event_id"] == "7602ff178628976a7d96"
    other_text = code_documents([{"id": "d1", "date": "1999-01-01",
                                  "text": PAK_IRN + " Extra words here."}], codebook=[MINI])
    assert other_text.loc[0, "event_id"] == "7602ff178628976a7d96"
    assert a["event_id"].is_unique


def test_event_id_depends_on_doc_and_sentence():
    df = code_documents([{"id": "a", "text": f"{RUS_GBR} {RUS_GBR}"},
                         {"id": "b", "text": RUS_GBR}], codebook=[MINI])
    assert len(set(df["event_id"])) == 3
    assert list(df["story_mentions"]) == [2, 2, 1]
    assert list(df["first_mention"]) == [True, False, True]


def test_package_exports():
    assert coding.code_documents is code_documents
    with pytest.raises(AttributeError):
        coding.no_such_name  # noqa: B018


# ------------------------------------------------------------ sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("The U.S. Army said on Jan. 5 that Gen. Smith met Dr. Jones. Talks ended.",
     ["The U.S. Army said on Jan. 5 that Gen. Smith met Dr. Jones.", "Talks ended."]),
    ("J. R. Smith left. He returned.", ["J. R. Smith left.", "He returned."]),
    ("The U.N. envoy met Mr. Khan at 5 p.m. Monday. Both spoke.",
     ["The U.N. envoy met Mr. Khan at 5 p.m. Monday.", "Both spoke."]),
    ('He said "We will fight." Then Iran struck.', ['He said "We will fight."',
                                                   "Then Iran struck."]),
    ("'Enough!' she said. “Go,” he replied. Fine.",
     ["'Enough!' she said.", "“Go,” he replied.", "Fine."]),
    ("Talks ended. 42 people died! Why? (Reuters) said no.",
     ["Talks ended.", "42 people died!", "Why?", "(Reuters) said no."]),
    ("Pakistan recalled its envoy\n\nIran struck Pakistan",
     ["Pakistan recalled its envoy", "Iran struck Pakistan"]),
    ("A headline\n  \n\tBody text. More text.", ["A headline", "Body text.", "More text."]),
    ("It cost $5.5 million. e.g. this stays. ok", ["It cost $5.5 million. e.g. this stays. ok"]),
    ("  padded.   Second.  ", ["padded.", "Second."]),
    ("Really?! Yes... Fine.\n \nend\n\n\nLast", ["Really?!", "Yes...", "Fine.", "end", "Last"]),
    ("", []),
    ("   \n\n  ", []),
])
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_sentence_ids_and_offsets_slice_the_document():
    text = ("Gen. Smith said the U.S. would act.\n\n"
            f"{PAK_IRN}  \"{IRN_PAK}\" {RUS_GBR}\n\nDr. Jones met Jan. officials. {RUS_USA}")
    df = code_documents([{"id": "doc", "date": "2024-01-17", "text": text}], codebook=[MINI])
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans][1:4] == [PAK_IRN, f'"{IRN_PAK}"', RUS_GBR]
    assert list(df["sentence_id"]) == [2, 3, 4, 6]
    assert list(df["code"]) == ["161", "190", "111", "112"]
    for row in df.itertuples():
        assert text[row.sentence_start:row.sentence_end] == row.sentence
        assert (row.sentence_start, row.sentence_end) == spans[row.sentence_id - 1]
        sentence = row.sentence
        assert sentence[row.verb_start:row.verb_end] == row.verb_text
        if row.source_text is not None and not pd.isna(row.source_start):
            assert sentence[row.source_start:row.source_end] == row.source_text


# ------------------------------------------------------------ run_code: atomic writes


def options(**kw) -> Options:
    return Options(codebook=(str(MINI),), **kw)


_BATCHES = pipeline.batches


def small_batches(monkeypatch, size=2):
    monkeypatch.setattr(pipeline, "batches", functools.partial(_BATCHES, max_docs=size))


def fail_after_first_batch(monkeypatch, exc: BaseException | None = None):
    exc = exc or RuntimeError("boom")
    real = pipeline.code_batch
    calls = []

    def code_batch(*args, **kwargs):
        calls.append(1)
        if len(calls) > 1:
            raise exc
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "code_batch", code_batch)
    return calls


@pytest.fixture
def corpus(tmp_path):
    docs = [{"id": f"c{i}", "date": "2024-01-17", "text": RUS_GBR} for i in range(10)]
    docs.insert(3, {"id": "bad", "date": "nope", "text": RUS_GBR})
    return write_jsonl(tmp_path / "corpus.jsonl", docs)


def test_run_code_writes_file_and_summary(tmp_path, corpus, monkeypatch):
    small_batches(monkeypatch)
    out = tmp_path / "out.parquet"
    summary = run_code([corpus], out, options())
    assert (summary.documents, summary.coded, summary.rejected, summary.processed) == (
        11, 10, 1, 10)
    assert (summary.sentences, summary.events, summary.reject_total) == (10, 10, 1)
    assert summary.statuses == {"coded": 10}
    assert len(events_of(out)) == 10
    assert listing(tmp_path) == ["corpus.jsonl", "out.parquet", "out.rejects.jsonl"]


def test_run_code_collects_garbage_less_often_while_reading_and_writing(tmp_path, corpus,
                                                                       monkeypatch):
    """The raised threshold holds between batches too (input read, table written)."""
    import gc

    seen = []
    count = pipeline._count
    monkeypatch.setattr(pipeline, "_count",
                        lambda *a: (seen.append(gc.get_threshold()[0]), count(*a))[1])
    before = gc.get_threshold()
    run_code([corpus], tmp_path / "out.parquet", options())
    assert seen and min(seen) >= pipeline.YOUNG_GC_THRESHOLD
    assert gc.get_threshold() == before


@pytest.mark.parametrize("partition", [None, "year"])
def test_failure_mid_run_leaves_nothing(tmp_path, corpus, monkeypatch, partition):
    small_batches(monkeypatch)
    calls = fail_after_first_batch(monkeypatch)
    out = tmp_path / ("out" if partition else "out.parquet")
    with pytest.raises(RuntimeError, match="boom"):
        run_code([corpus], out, options(partition_by=partition))
    assert len(calls) == 2  # it did fail after writing the first batch
    assert listing(tmp_path) == ["corpus.jsonl"]  # no output, no rejects, no temp files


def test_failure_leaves_existing_output_and_rejects_untouched(tmp_path, corpus, monkeypatch):
    out = tmp_path / "out.parquet"
    run_code([corpus], out, options())
    before = out.read_bytes()
    rejects_before = (tmp_path / "out.rejects.jsonl").read_bytes()
    small_batches(monkeypatch)
    fail_after_first_batch(monkeypatch)
    with pytest.raises(RuntimeError):
        run_code([corpus], out, options())
    assert out.read_bytes() == before
    assert (tmp_path / "out.rejects.jsonl").read_bytes() == rejects_before
    assert listing(tmp_path) == ["corpus.jsonl", "out.parquet", "out.rejects.jsonl"]


def test_temp_file_is_hidden_next_to_output_while_running(tmp_path, corpus, monkeypatch):
    small_batches(monkeypatch)
    seen = []
    real = pipeline.code_batch

    def spy(*args, **kwargs):
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "code_batch", spy)
    out = tmp_path / "out.parquet"
    run_code([corpus], out, options())
    names = seen[1]
    assert "out.parquet" not in names
    temps = [n for n in names if n != "corpus.jsonl"]
    assert len(temps) == 2
    assert any(n.startswith(".out.parquet.tmp-") for n in temps)
    assert any(n.startswith(".out.rejects.jsonl.tmp-") for n in temps)
    assert listing(tmp_path) == ["corpus.jsonl", "out.parquet", "out.rejects.jsonl"]


def test_interrupted_cli_run_writes_nothing(tmp_path, corpus, monkeypatch, code_cli):
    small_batches(monkeypatch)
    fail_after_first_batch(monkeypatch, KeyboardInterrupt())
    result = code_cli(corpus, tmp_path / "out.parquet")
    assert result.exit_code == 1
    assert result.stderr == "eventcoder: error: interrupted; nothing was written\n"
    assert listing(tmp_path) == ["corpus.jsonl"]


def test_sigkill_leaves_no_partial_output(tmp_path):
    src = make_corpus(tmp_path / "big.jsonl", 20_000)
    out = tmp_path / "out.parquet"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from coding.cli import main; main()", "code", str(src),
         "-o", str(out), "--codebook", str(MINI), "-q"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        # wait until it is writing (the hidden temp file exists), then kill it mid-run
        while not any(p.name.startswith(".out.parquet.tmp-") for p in tmp_path.iterdir()):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(0.5)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    if out.exists():  # it may have finished just before the kill: then it is complete
        assert pq.read_table(out).num_rows > 0
        assert read_metadata(out)["counts"]["documents_read"] == 20_000
    visible = [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")]
    assert sorted(visible) in (["big.jsonl"], ["big.jsonl", "out.parquet"])
    # whatever a kill leaves behind is hidden and named after the output
    hidden = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert all(n.startswith((".out.parquet.tmp-", ".out.rejects.jsonl.tmp-")) for n in hidden)
    # the next run to the same output clears what the killed one left behind
    small = make_corpus(tmp_path / "small.jsonl", 10)
    run_code([small], out, options())
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.parquet.tmp-")]


# ------------------------------------------------------------ metadata


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_metadata(tmp_path, code_cli):
    a = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "a1", "date": "2024-01-17", "text": f"{PAK_IRN} {IRN_PAK}"},
        {"id": "a2", "date": "nope", "text": RUS_GBR},
        "garbage",
    ])
    b = tmp_path / "b.csv"
    b.write_text(f"id,date,text\nb1,2023-02-02,{RUS_USA}\na1,2023-02-02,{RUS_GBR}\n",
                 encoding="utf-8")
    d = tmp_path / "txt"
    d.mkdir()
    (d / "t1.txt").write_text("Nothing to code here.", encoding="utf-8")
    out = tmp_path / "out.parquet"
    result = code_cli([a, b, d], out, "--date", "2022-12-31", "--keep", "url", "--no-text")
    assert result.exit_code == 3
    meta = read_metadata(out)
    raw = pq.read_metadata(out).metadata[b"eventcoder"]
    assert json.loads(raw) == meta
    assert set(meta) == {"coder_version", "codebook", "event_codes", "cameo_version",
                         "created_utc", "parameters", "inputs", "counts"}
    assert meta["coder_version"] == coding.__version__
    from coding.compiled import load_compiled

    book = load_compiled([str(MINI)])
    assert meta["codebook"] == {"name": "mini", "version": "1", "sha256": book.hash}
    assert len(meta["codebook"]["sha256"]) == 64
    assert meta["cameo_version"] == "1.1b3"
    created = dt.datetime.strptime(meta["created_utc"], "%Y-%m-%dT%H:%M:%SZ")
    assert abs(dt.datetime.now(dt.UTC).replace(tzinfo=None) - created) < dt.timedelta(minutes=5)
    assert meta["parameters"] == {
        "id_field": "id", "text_field": "text", "date_field": "date",
        "default_date": "2022-12-31", "keep": ["url"], "codebook": [str(MINI)],
        "no_text": True, "jobs": 1, "partition_by": None, "engine": "local"}
    dir_bytes = len("Nothing to code here.")
    assert meta["inputs"] == [
        {"path": str(a), "bytes": a.stat().st_size, "sha256": sha256(a),
         "documents_read": 3, "documents_rejected": 2, "documents_coded": 1,
         "input_rejected": False},
        {"path": str(b), "bytes": b.stat().st_size, "sha256": sha256(b),
         "documents_read": 2, "documents_rejected": 1, "documents_coded": 1,
         "input_rejected": False},
        {"path": str(d), "bytes": dir_bytes,
         "sha256": hashlib.sha256(b"t1.txt\0Nothing to code here.").hexdigest(),
         "documents_read": 1, "documents_rejected": 0, "documents_coded": 1,
         "input_rejected": False},
    ]
    assert meta["counts"] == {
        "documents_read": 6, "documents_coded": 3, "documents_rejected": 3,
        "inputs_rejected": 0, "sentences": 4,
        "events": 3, "event_rows_rejected": 0, "sentences_rejected": 0,
        "documents_discarded": 0, "sentence_outcomes": {"coded": 3, "no_event": 1}}


def test_metadata_counts_discarded_stories(tmp_path, code_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "s1", "text": f"{RUS_GBR} The world cup starts.", "date": "2024-01-01"},
        {"id": "s2", "text": PAK_IRN, "date": "2024-01-01"}])
    out = tmp_path / "out.parquet"
    assert code_cli(src, out).exit_code == 0
    assert events_of(out) == [("s2", 1, *EVENTS[PAK_IRN])]
    counts = read_metadata(out)["counts"]
    assert counts["documents_discarded"] == 1
    assert counts["documents_coded"] == 2


def test_reproducible_runs_are_byte_identical(tmp_path, code_cli, good_jsonl):
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    assert code_cli(good_jsonl, one, "--reproducible").exit_code == 0
    time.sleep(1.1)  # a new second: only --reproducible keeps created_utc the same
    assert code_cli(good_jsonl, two, "--reproducible").exit_code == 0
    assert one.read_bytes() == two.read_bytes()
    assert read_metadata(one)["created_utc"] == "1970-01-01T00:00:00Z"
    three = tmp_path / "three.parquet"
    assert code_cli(good_jsonl, three).exit_code == 0
    assert read_metadata(three)["created_utc"] != "1970-01-01T00:00:00Z"


def test_output_types(tmp_path, code_cli, good_jsonl):
    out = tmp_path / "out.parquet"
    assert code_cli(good_jsonl, out).exit_code == 0
    schema = pq.read_schema(out)
    assert schema.names == CONTRACT + EXTRAS
    types = {f.name: str(f.type) for f in schema}
    assert (types["sentence_id"], types["date"], types["quad_class"], types["goldstein"],
            types["code"], types["first_mention"]) == (
        "int64", "date32[day]", "int8", "double", "string", "bool")
    df = read_events(out)
    assert validate_events(df)[1] == []


def test_jobs_gives_the_same_file(tmp_path, code_cli):
    src = make_corpus(tmp_path / "c.jsonl", 1200)
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    assert code_cli(src, one, "--reproducible").exit_code == 0
    assert code_cli(src, two, "--reproducible", "--jobs", "2").exit_code == 0
    assert pq.read_table(one).equals(pq.read_table(two))
    assert read_metadata(two)["parameters"]["jobs"] == 2
    assert read_metadata(two)["counts"] == read_metadata(one)["counts"]


# ------------------------------------------------------------ partitioned datasets


@pytest.fixture
def dated(tmp_path):
    return write_jsonl(tmp_path / "dated.jsonl", [
        {"id": "a", "date": "2023-05-01", "text": RUS_GBR},
        {"id": "b", "date": "2024-01-17", "text": f"{PAK_IRN} {IRN_PAK}"},
        {"id": "c", "date": "2024-03-02", "text": RUS_USA},
        {"id": "bad", "date": "2024-13-01", "text": RUS_USA},
    ])


@pytest.mark.parametrize("by,dirs", [
    ("year", ["year=2023", "year=2024"]),
    ("month", ["year=2023/month=5", "year=2024/month=1", "year=2024/month=3"]),
])
def test_partition_by(tmp_path, dated, code_cli, run_cli, by, dirs):
    out = tmp_path / "events"
    result = code_cli(dated, out, "--partition-by", by)
    assert result.exit_code == 3
    files = [n for n in listing(out) if n.endswith(".parquet")]
    assert files == [f"{d}/part-0.parquet" for d in dirs]
    assert "_common_metadata" in listing(out)
    assert not [n for n in listing(tmp_path) if n.startswith(".")]
    # the dataset carries the same metadata as a single file would
    meta = read_metadata(out)
    assert meta["parameters"]["partition_by"] == by
    assert meta["counts"]["events"] == 4
    assert meta["counts"]["documents_rejected"] == 1
    single = tmp_path / "single.parquet"
    assert code_cli(dated, single).exit_code == 3
    other = read_metadata(single)
    for key in ("coder_version", "codebook", "cameo_version", "inputs", "counts"):
        assert meta[key] == other[key]
    # readable by pyarrow.dataset with hive partitioning
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 4
    assert sorted(table.column("doc_id").to_pylist()) == ["a", "b", "b", "c"]
    rows = table.select(["doc_id", "year"]).to_pylist()
    assert {(r["doc_id"], r["year"]) for r in rows} == {("a", 2023), ("b", 2024), ("c", 2024)}
    df = read_events(out).sort_values(["date", "sentence_id"])
    assert list(df["code"]) == ["111", "161", "190", "112"]
    # and by eventcoder validate / stats
    result = run_cli("validate", out)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"{out}: 4 rows"
    assert run_cli("stats", out).exit_code == 0


def test_partition_replaces_an_earlier_dataset(tmp_path, dated, code_cli):
    out = tmp_path / "events"
    assert code_cli(dated, out, "--partition-by", "year").exit_code == 3
    only_2023 = write_jsonl(tmp_path / "y.jsonl", [{"id": "z", "date": "2023-01-01",
                                                    "text": RUS_GBR}])
    assert code_cli(only_2023, out, "--partition-by", "year").exit_code == 0
    assert [n for n in listing(out) if n.endswith(".parquet")] == ["year=2023/part-0.parquet"]
    assert read_events(out)["doc_id"].tolist() == ["z"]
    assert not [n for n in listing(tmp_path) if n.startswith(".")]


def test_partition_without_dates_goes_to_null_partition(tmp_path, code_cli, run_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "n", "text": RUS_GBR}])
    out = tmp_path / "events"
    assert code_cli(src, out, "--partition-by", "year").exit_code == 0
    assert listing(out) == ["_common_metadata", "year=__HIVE_DEFAULT_PARTITION__",
                            "year=__HIVE_DEFAULT_PARTITION__/part-0.parquet"]
    df = read_events(out)
    assert df["doc_id"].tolist() == ["n"]
    assert df["year"].isna().all() and df["date"].isna().all()
    result = run_cli("validate", out)
    assert result.exit_code == 0, result.output


def test_partition_failure_leaves_existing_dataset(tmp_path, dated, code_cli, monkeypatch):
    out = tmp_path / "events"
    assert code_cli(dated, out, "--partition-by", "year").exit_code == 3
    before = {n: (out / n).read_bytes() for n in listing(out) if (out / n).is_file()}
    fail_after_first_batch(monkeypatch)
    small_batches(monkeypatch, 1)
    with pytest.raises(RuntimeError):
        run_code([dated], out, options(partition_by="year"))
    assert {n: (out / n).read_bytes() for n in listing(out) if (out / n).is_file()} == before
    assert not [n for n in listing(tmp_path) if n.startswith(".")]


def test_rejected_event_rows_go_to_rejects(tmp_path, corpus, monkeypatch):
    """A row failing the schema is never written: it becomes a reject."""
    real = pipeline.validate_table

    def validate(table, code_table, expected):
        if len(table):
            ids = table.column("sentence_id").to_pylist()
            ids[0] = 0
            table = table.set_column(table.schema.get_field_index("sentence_id"),
                                     "sentence_id", pa.array(ids, pa.int64()))
        return real(table, code_table, expected)

    monkeypatch.setattr(pipeline, "validate_table", validate)
    out = tmp_path / "out.parquet"
    summary = run_code([corpus], out, options())
    assert summary.event_rejects == 1
    assert len(events_of(out)) == 9
    rejects = read_rejects(tmp_path / "out.rejects.jsonl")
    assert [(r["field"], r["reason"], r["doc_id"], r["sentence_id"]) for r in rejects] == [
        ("date", "invalid date 'nope': expected YYYY-MM-DD", "bad", None),
        ("event", "schema: sentence_id: greater_than_or_equal_to(1)", "c0", 0)]
    assert read_metadata(out)["counts"]["event_rows_rejected"] == 1


def test_run_code_fields_option(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"k": "1", "b": RUS_GBR}])
    out = tmp_path / "out.parquet"
    run_code([src], out, Options(fields=Fields(id="k", text="b", default_date="2024-01-01"),
                                 codebook=(str(MINI),)))
    assert pq.read_table(out, columns=["doc_id", "date"]).to_pylist() == [
        {"doc_id": "1", "date": dt.date(2024, 1, 1)}]


def test_a_document_remembers_the_actors_of_its_earlier_sentences(tmp_path):
    # "Police" in the third sentence: the second names no country, the first does
    from .helpers import mini_with

    text = ("Pakistan recalled its ambassador from Iran. The United Nations met on Monday. "
            "Police attacked the protesters.")
    docs = [{"id": "d1", "date": "2024-01-17", "text": text}]
    remembering = mini_with(tmp_path, "[engine]\nstory_memory = 2\n")
    df = code_documents(docs, coder=remembering)
    assert df[["sentence_id", "source", "target"]].values.tolist() == [
        [1, "PAK", "IRN"], [3, "PAKCOP", "PAKCVL"]]
