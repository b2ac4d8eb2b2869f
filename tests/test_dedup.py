"""Deduplication: one-a-story flags in the event table and the one-a-day aggregate."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from coding.cli import main
from coding.dedup import DAILY_COLUMNS, daily, one_a_story, read_event_files, story_flags
from coding.pipeline import read_events, read_metadata
from schemas import DailySchema

from .test_publish import (  # noqa: F401 (coded_corpus, eventcoder_cache: fixtures)
    DOCS,
    code_corpus,
    coded_corpus,
    eventcoder_cache,
    write_corpus,
)

IRN_PAK = ("IRN", "PAK", "111")


def event(eid: int, doc: str, sid: int, date: str | None, src="IRN", tgt="PAK", code="111",
          **extra) -> dict:
    names = {"111": ("Criticize or denounce", -2.0, 3), "190": ("Use conventional military "
                                                                "force", -10.0, 4)}
    name, gold, quad = names[code]
    return {"event_id": f"{eid:020x}", "doc_id": doc, "sentence_id": sid, "date": date,
            "source": src, "source_country": src[:3] if src else None, "target": tgt,
            "target_country": tgt[:3] if tgt else None, "code": code, "base_code": code[:3],
            "root_code": code[:2], "event_name": name, "quad_class": quad, "goldstein": gold,
            **extra}


def frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    df["quad_class"] = df["quad_class"].astype("Int8")
    return df


@pytest.fixture
def duplicates() -> pd.DataFrame:
    """The same triple in 3 sentences of one document, in 2 documents with different
    sources, in a document without a source, and on another day. Row order is event
    order; doc ids are deliberately not in that order."""
    return frame([
        event(1, "z-reuters", 1, "2024-01-17", doc_source="Reuters"),
        event(2, "z-reuters", 2, "2024-01-17", doc_source="Reuters"),
        event(3, "z-reuters", 4, "2024-01-17", doc_source="Reuters"),
        event(4, "a-ap", 1, "2024-01-17", doc_source="AP"),
        event(5, "a-ap", 2, "2024-01-17", src="SYRREB", tgt="ISRMIL", code="190",
              doc_source="AP"),
        event(6, "m-nosource", 3, "2024-01-17", doc_source=None),
        event(7, "b-ap", 1, "2024-01-18", doc_source="AP"),
        event(8, "c-undated", 1, None, doc_source="AP"),
        event(9, "c-undated", 2, None, tgt=None, doc_source="AP"),
    ])


def test_one_a_day_counts(duplicates):
    d = daily(duplicates)
    assert list(d.columns) == list(DAILY_COLUMNS)
    DailySchema.validate(d)
    key = d.set_index(["date", "source", "target", "code"])
    day1 = key.loc[(pd.Timestamp("2024-01-17"), *IRN_PAK)]
    assert (day1["num_mentions"], day1["num_docs"], day1["num_sources"]) == (5, 3, 2)
    assert day1["first_event_id"] == f"{1:020x}"  # event order, not doc_id order
    assert day1["last_event_id"] == f"{6:020x}"
    assert (day1["root_code"], day1["quad_class"], day1["goldstein"]) == ("11", 3, -2.0)
    day2 = key.loc[(pd.Timestamp("2024-01-18"), *IRN_PAK)]
    assert (day2["num_mentions"], day2["num_docs"], day2["num_sources"]) == (1, 1, 1)
    # sorted by date, source, target, code; nulls (no date, no target) are groups of their own
    assert d["date"].isna().tolist() == [False, False, False, True, True]
    assert d["source"].tolist() == ["IRN", "SYRREB", "IRN", "IRN", "IRN"]
    assert d["target"].isna().tolist() == [False, False, False, False, True]
    assert d["num_mentions"].sum() == len(duplicates)


def test_num_sources_is_null_without_a_source_column(duplicates):
    d = daily(duplicates.drop(columns="doc_source"))
    assert d["num_sources"].isna().all()
    only_null = daily(duplicates[duplicates["doc_id"] == "m-nosource"])
    assert only_null["num_sources"].isna().all()
    other = daily(duplicates.rename(columns={"doc_source": "doc_publisher"}),
                  source_column="doc_publisher")
    assert other["num_sources"].max() == 2


def test_one_a_story_flags(duplicates):
    flags = story_flags(duplicates)
    assert flags["story_mentions"].tolist() == [3, 3, 3, 1, 1, 1, 1, 1, 1]
    assert flags["first_mention"].tolist() == [True, False, False, True, True, True, True,
                                               True, True]
    stories = one_a_story(duplicates)
    assert stories["event_id"].tolist() == [f"{i:020x}" for i in (1, 4, 5, 6, 7, 8, 9)]
    # num_docs counts exactly the one-a-story events of the group
    assert daily(duplicates)["num_docs"].sum() == len(stories)


def test_missing_columns_are_an_error(duplicates):
    with pytest.raises(ValueError, match="goldstein"):
        daily(duplicates.drop(columns="goldstein"))
    assert daily(duplicates.iloc[0:0]).columns.tolist() == list(DAILY_COLUMNS)


# ---------------------------------------------------------------- coded corpus, CLI


@pytest.fixture
def coded(coded_corpus):  # noqa: F811 (the imported fixture)
    return coded_corpus


def test_coder_flags_repeats_within_a_document(coded):
    df = read_events(coded)
    d1 = df[df["doc_id"] == "d1"]
    assert d1[["source", "target", "code"]].drop_duplicates().values.tolist() == [
        list(IRN_PAK)]
    assert d1["sentence_id"].tolist() == [1, 2, 3]
    assert d1["story_mentions"].tolist() == [3, 3, 3]
    assert d1["first_mention"].tolist() == [True, False, False]
    flags = story_flags(df)
    assert flags["story_mentions"].tolist() == df["story_mentions"].tolist()
    assert flags["first_mention"].tolist() == df["first_mention"].tolist()


def test_dedup_command(coded, tmp_path):
    out = tmp_path / "daily.parquet"
    result = CliRunner().invoke(main, ["dedup", str(coded), "-o", str(out), "--reproducible"])
    assert result.exit_code == 0, result.output
    assert "14 events (12 one-a-story) -> 11 daily rows" in result.output
    d = read_events(out)
    DailySchema.validate(d)
    row = d[(d["date"] == "2024-01-17") & (d["source"] == "IRN") & (d["code"] == "111")]
    assert row[["num_mentions", "num_docs", "num_sources"]].values.tolist() == [[4, 2, 2]]
    events = read_events(coded)
    first = events[(events["doc_id"] == "d1") & (events["sentence_id"] == 1)]["event_id"]
    last = events[(events["doc_id"] == "d2") & (events["code"] == "111")]["event_id"]
    assert row["first_event_id"].tolist() == first.tolist()
    assert row["last_event_id"].tolist() == last.tolist()
    undated = d[d["date"].isna()]
    assert undated[["source", "target", "num_sources"]].values.tolist() == [["RUSGOV", "USA", 1]]
    d4 = d[d["date"] == "2023-05-02"]
    assert d4["num_sources"].isna().all()  # that document has no source field
    meta = read_metadata(out)
    assert meta["daily"]["key"] == ["date", "source", "target", "code"]
    assert meta["created_utc"] == "1970-01-01T00:00:00Z"
    again = tmp_path / "again.parquet"
    CliRunner().invoke(main, ["dedup", str(coded), "-o", str(again), "--reproducible"])
    assert again.read_bytes() == out.read_bytes()
    as_csv = tmp_path / "daily.csv"
    assert CliRunner().invoke(main, ["dedup", str(coded), "-o", str(as_csv)]).exit_code == 0
    assert as_csv.read_text().splitlines()[0] == ",".join(DAILY_COLUMNS)


def test_dedup_command_errors(coded, tmp_path):
    result = CliRunner().invoke(main, ["dedup", str(tmp_path / "missing.parquet"), "-o",
                                       str(tmp_path / "d.parquet")])
    assert result.exit_code == 1 and "no such file" in result.output
    result = CliRunner().invoke(main, ["dedup", str(coded), "-o", str(tmp_path / "d.xlsx")])
    assert result.exit_code == 2 and ".parquet" in result.output  # a bad -o: usage error
    assert not list(tmp_path.iterdir())


def test_reading_several_event_files_keeps_their_order(coded, tmp_path):
    later = code_corpus(write_corpus(tmp_path / "later.jsonl",
                                     [{**DOCS[0], "id": "d9", "source": "AFP"}]),
                        tmp_path / "later.parquet")
    files = read_event_files([later, coded])
    assert files.frame["doc_id"].iloc[0] == "d9"
    assert [i["file"] for i in files.inputs] == ["later.parquet", "events.parquet"]
    assert files.input_index.tolist()[:4] == [0, 0, 0, 1]
    d = daily(files.frame)
    row = d[(d["date"] == "2024-01-17") & (d["source"] == "IRN") & (d["code"] == "111")]
    assert row[["num_mentions", "num_docs", "num_sources"]].values.tolist() == [[7, 3, 3]]
    assert row["first_event_id"].iloc[0] == files.frame["event_id"].iloc[0]
    assert json.loads(pq.read_metadata(later).metadata[b"eventcoder"])["codebook"]
