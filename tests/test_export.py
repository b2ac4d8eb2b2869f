"""`eventcoder export`: ACLED, GDELT 1.0 and PLOVER layouts, each against its column contract."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import codebooks
import coding.export
from coding.cli import main
from coding.export import (
    ACLED_COLUMNS,
    ACLED_CROSSWALK,
    GDELT_COLUMNS,
    PLOVER_ENTITY,
    PLOVER_FIELDS,
    interaction,
    load_acled_crosswalk,
    to_acled,
    to_gdelt,
    to_plover,
)
from coding.pipeline import read_events

from .helpers import SHARED
from .test_publish import (  # noqa: F401 (coded_corpus, eventcoder_cache: fixtures)
    coded_corpus,
    eventcoder_cache,
)

#: The column contracts, spelled out (a change here is a change for users' scripts).
ACLED_CONTRACT = [
    "event_date", "disorder_type", "event_type", "sub_event_type", "actor1", "actor2",
    "inter1", "inter2", "interaction", "country", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "notes", "source"]
GDELT_1_CONTRACT = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"]
PLOVER_CONTRACT = ["id", "date", "actor", "recipient", "event", "mode", "context", "quad_code",
                   "event_text", "text", "text_info", "cite_info", "coder", "comment"]


@pytest.fixture
def coded(coded_corpus):  # noqa: F811 (the imported fixture)
    return coded_corpus


def run(*args) -> object:
    return CliRunner().invoke(main, ["export", *map(str, args)])


def test_contracts_are_the_published_constants():
    assert list(ACLED_COLUMNS) == ACLED_CONTRACT
    assert list(GDELT_COLUMNS) == GDELT_1_CONTRACT and len(GDELT_COLUMNS) == 58
    assert list(PLOVER_FIELDS) == PLOVER_CONTRACT


def test_acled_crosswalk_covers_cameo_with_valid_acled_labels():
    with ACLED_CROSSWALK.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with (codebooks.DEFAULT / "events.csv").open(encoding="utf-8", newline="") as fh:
        cameo = [r["code"] for r in csv.DictReader(fh)]
    assert [r["cameo_code"] for r in rows] == cameo
    reference = SHARED / "reference" / "acled_event_types.csv"
    if not reference.exists():
        pytest.skip("shared/reference (ACLED taxonomy) not present")
    with reference.open(encoding="utf-8") as fh:
        acled = {(r["disorder_type"], r["event_type"], r["sub_event_type"])
                 for r in csv.DictReader(fh)}
    for r in rows:
        assert r["match"] in ("exact", "approximate", "none"), r
        if r["match"] == "none":
            assert not (r["event_type"] or r["sub_event_type"] or r["disorder_type"]), r
        else:
            assert (r["disorder_type"], r["event_type"], r["sub_event_type"]) in acled, r
        assert r["notes"], r
    table = load_acled_crosswalk()
    assert table["195"] == ("Political violence", "Explosions/Remote violence",
                            "Air/drone strike")
    assert table["111"] is None


def test_acled_csv_and_parquet(coded, tmp_path):
    result = run(coded, "--style", "acled", "-o", tmp_path / "acled.csv")
    assert result.exit_code == 0, result.output
    assert "10 events left out" in result.output
    assert "no ACLED equivalent: 10 (111 x6, 042 x1, 043 x1, 112 x1, 161 x1)" in result.output
    df = pd.read_csv(tmp_path / "acled.csv", dtype=str, keep_default_na=False)
    assert list(df.columns) == ACLED_CONTRACT
    assert df[["event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2",
               "interaction"]].values.tolist() == [
        ["Battles", "Armed clash", "SYRREB", "ISRMIL", "2", "1", "12"],
        ["Explosions/Remote violence", "Air/drone strike", "ISRMIL", "SYR", "1", "1", "11"],
        ["Battles", "Armed clash", "USA", "IRN", "1", "1", "11"],
        ["Battles", "Armed clash", "GBR", "IRN", "1", "1", "11"]]
    assert df["event_date"].tolist() == ["2024-01-18", "2023-05-02", "2023-05-02",
                                         "2023-05-02"]
    assert df["notes"].iloc[0] == "Rebels in Syria attacked Israeli troops."
    assert df["source"].tolist() == ["AP", "", "", ""]
    # Location comes from the coder's gazetteer: a named place, else the target's country.
    assert df["location"].tolist() == ["", "Damascus", "", ""]
    assert df["country"].tolist() == ["ISR", "SYR", "IRN", "IRN"]
    assert (df["fatalities"] == "").all()
    run(coded, "--style", "acled", "-o", tmp_path / "acled.parquet")
    table = pq.read_table(tmp_path / "acled.parquet")
    assert table.schema.names == ACLED_CONTRACT and table.num_rows == 4
    assert str(table.schema.field("event_date").type) == "date32[day]"


def test_acled_uses_geography_and_fatalities_when_the_table_has_them(coded):
    df = read_events(coded)
    df["fatalities"] = pd.array([3] * len(df), dtype="Int32")
    df["location"], df["latitude"], df["longitude"] = "Idlib", 35.93, 36.63
    df["geo_precision"] = 1
    df["location_country"] = "SYR"
    df = df[df["code"] == "190"].head(1)
    out = to_acled(df).data
    assert out[["country", "location", "latitude", "longitude", "geo_precision",
                "fatalities"]].values.tolist() == [["SYR", "Idlib", 35.93, 36.63, 1, 3]]
    gdelt = to_gdelt(df).data
    assert gdelt[["ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                  "ActionGeo_Lat", "ActionGeo_Long"]].values.tolist() == [
        [4, "Idlib", "SY", 35.93, 36.63]]


def test_acled_inter_codes():
    assert interaction(1, 2) == interaction(2, 1) == 12
    assert interaction(7, 8) == 78 and interaction(1, None) == 10 and interaction(None, 7) == 70
    assert interaction(None, None) is None
    events = pd.DataFrame({
        "date": pd.to_datetime(["2024-01-01"] * 4), "code": ["1411", "145", "175", "186"],
        "source": ["PAKCVL", "PAKCVL", "PAKCOP", "AFGTAL"],
        "source_agent": ["CVL", "CVL", "COP", "TAL"],
        "target": ["PAKGOV", None, "PAKCVL", "PAKGOV"],
        "target_agent": ["GOV", None, "CVL", "GOV"]})
    out = to_acled(events).data
    assert out[["inter1", "inter2", "interaction"]].astype(object).where(
        out[["inter1", "inter2", "interaction"]].notna(), None).values.tolist() == [
        [6, 1, 16],      # protesters (by event type) vs the government
        [5, None, 50],   # rioters alone
        [1, 6, 16],      # police repressing protesters
        [None, 7, 70]]   # unknown group (AFGTAL) killing an official: civilians


def test_gdelt_tab_separated_with_gdelt_columns(coded, tmp_path):
    out = tmp_path / "events.gdelt.csv"
    result = run(coded, "--style", "gdelt", "-o", out)
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == GDELT_1_CONTRACT
    assert all(len(line.split("\t")) == 58 for line in lines)
    df = pd.read_csv(out, sep="\t", dtype=str, keep_default_na=False)
    events = read_events(coded)
    assert len(df) == 11  # one row per (date, source, target, code), like GDELT's daily files
    row = df[(df["SQLDATE"] == "20240117") & (df["EventCode"] == "111")].iloc[0]
    first = events[(events["doc_id"] == "d1") & (events["sentence_id"] == 1)].iloc[0]
    assert row["GLOBALEVENTID"] == str(int(first["event_id"][:15], 16))
    assert (row["MonthYear"], row["Year"], row["FractionDate"]) == ("202401", "2024",
                                                                   "2024.1288")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor2Code"]) == (
        "IRN", "IRN", "PAK")
    assert (row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("4", "2", "2")
    assert (row["QuadClass"], row["GoldsteinScale"], row["IsRootEvent"]) == ("3", "-2.0", "1")
    assert (row["EventBaseCode"], row["EventRootCode"]) == ("111", "11")
    assert row["SOURCEURL"] == "https://example.org/1" and row["DATEADDED"] == "19700101"
    assert row["AvgTone"] == "" and row["ActionGeo_CountryCode"] == "PK"  # target country
    police = df[df["Actor1Code"] == "PAKCOP"].iloc[0]
    assert police["Actor1Type1Code"] == "COP" and police["Actor1Name"] == "The Pakistani police"
    hostile = df[(df["Actor1Code"] == "RUSGOV") & (df["Actor2Code"] == "USA")].iloc[0]
    assert hostile["SQLDATE"] == "" and hostile["SOURCEURL"] == "/etc/passwd"
    assert df["GLOBALEVENTID"].is_unique


def test_gdelt_without_header_and_as_parquet(coded, tmp_path):
    run(coded, "--style", "gdelt", "-o", tmp_path / "g.tsv", "--no-header")
    lines = (tmp_path / "g.tsv").read_text().splitlines()
    assert len(lines) == 11 and lines[0].split("\t")[0].isdigit()
    df = pd.read_csv(tmp_path / "g.tsv", sep="\t", header=None, names=GDELT_1_CONTRACT,
                     dtype={"EventCode": str})
    assert df["GLOBALEVENTID"].dtype == "int64" and "195" in df["EventCode"].tolist()
    run(coded, "--style", "gdelt", "-o", tmp_path / "g.parquet")
    table = pq.read_table(tmp_path / "g.parquet")
    assert table.schema.names == GDELT_1_CONTRACT
    assert str(table.schema.field("GLOBALEVENTID").type) == "int64"


def test_plover_records(coded, tmp_path):
    out = tmp_path / "events.plover.jsonl"
    result = run(coded, "--style", "plover", "-o", out)
    assert result.exit_code == 0, result.output
    assert "CC BY-SA 4.0" in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(list(r) == PLOVER_CONTRACT for r in records)
    assert all(list(a) == list(PLOVER_ENTITY) for r in records for a in r["actor"])
    assert len(records) == 13 and "no date (PLOVER requires a date): 1" in result.output
    first = records[0]
    assert (first["event"], first["mode"], first["quad_code"]) == (["ACCUSE"], ["disapprove"], 3)
    assert first["actor"] == [{"code": "IRN", "sector": None, "entity_text": "Iran",
                               "cameo_code": "IRN"}]
    assert first["text_info"] == {"doc_id": "d1", "sequence": 1, "start": 0, "end": 24}
    assert first["cite_info"]["publication"] == "Reuters"
    police = next(r for r in records if r["actor"][0]["cameo_code"] == "PAKCOP")
    assert police["actor"][0]["sector"] == "COP"
    strike = next(r for r in records if r["comment"].startswith("CAMEO 195"))
    assert strike["event"] == ["ASSAULT"] and strike["context"] == ["military"]


def test_plover_leaves_out_codes_it_drops(coded):
    events = read_events(coded).head(3).copy()
    events.loc[0, ["code", "event_name"]] = ["010", "Make statement, not specified below"]
    events.loc[1, ["code", "event_name"]] = ["0211", "Appeal for economic cooperation"]
    result = to_plover(events)
    assert len(result.data) == 1
    assert dict(result.left_out["dropped by PLOVER (CAMEO 01/02)"]) == {"010": 1, "0211": 1}
    assert "CC BY-SA 4.0" in coding.export.__doc__
    readme = (ACLED_CROSSWALK.parent / "README.md").read_text()
    assert "CC BY-SA 4.0" in readme and "Open Event Data Alliance" in readme


def test_one_a_story_keeps_first_mentions(coded, tmp_path):
    run(coded, "--style", "plover", "-o", tmp_path / "all.jsonl")
    run(coded, "--style", "plover", "-o", tmp_path / "story.jsonl", "--one-a-story")
    assert len((tmp_path / "all.jsonl").read_text().splitlines()) == 13
    assert len((tmp_path / "story.jsonl").read_text().splitlines()) == 11


def test_export_errors_and_writes_only_its_file(coded, tmp_path):
    result = run(coded, "--style", "plover", "-o", tmp_path / "x.csv")
    assert result.exit_code == 2 and ".jsonl" in result.output  # a bad -o: usage error
    result = run(coded, "--style", "gdelt", "--one-a-story", "-o", tmp_path / "x.csv")
    assert result.exit_code == 2
    result = run(tmp_path / "missing.parquet", "--style", "acled", "-o", tmp_path / "x.csv")
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []
    before = coded.read_bytes()
    result = run(coded, "--style", "acled", "-o", coded)
    assert result.exit_code == 1 and "would overwrite the input" in result.output
    assert coded.read_bytes() == before
    assert run(coded, "--style", "acled", "-o", tmp_path / "x.csv", "-q").exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]
