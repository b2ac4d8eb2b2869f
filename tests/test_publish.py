"""`eventcoder publish`: a validated, reproducible, citable release of coded events.

The helpers at the top (`code_corpus`, `publish_release`, `check_release`)
take any input path, so the same checks can run on another corpus (e.g. the
example corpus: `check_release(publish_release(code_corpus(path, out), rel))`).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from coding.cli import main
from coding.io import Fields
from coding.pipeline import Options, read_metadata, run_code
from coding.publish import (
    PublishError,
    ReleaseExists,
    check_with_frictionless,
    publish,
    verified_codebook,
    verify_release,
)
from schemas import DailySchema, EventSchema

from .helpers import MINI

#: A small corpus for the mini codebook: repeats within a document, across
#: documents and sources, across days and years, an undated document, and
#: hostile strings in ids and kept fields (they must never reach a file name).
DOCS = [
    {"id": "d1", "date": "2024-01-17", "source": "Reuters", "url": "https://example.org/1",
     "text": "Iran condemned Pakistan. Iran condemned Pakistan again on Tuesday. "
             "Officials said Iran condemned Pakistan."},
    {"id": "d2", "date": "2024-01-17", "source": "AP",
     "text": "Iran condemned Pakistan. Pakistan recalled its ambassador from Tehran."},
    {"id": "d3", "date": "2024-01-18", "source": "AP",
     "text": "Iran condemned Pakistan. Rebels in Syria attacked Israeli troops. "
             "The Pakistani police accused Iran of lying."},
    {"id": "d4", "date": "2023-05-02",
     "text": "Vladimir Putin visited Tehran. Israeli jets struck Damascus with missiles. "
             "The United States and Britain struck Iran."},
    {"id": "../../../escape\tid", "source": "../../evil/..", "url": "/etc/passwd",
     "text": "The Kremlin condemned Washington."},
]
N_EVENTS = 14

FILE_NAMES = re.compile(
    r"^(README\.md|CITATION\.cff|CHECKSUMS\.sha256|datapackage\.json|validation\.json"
    r"|data/daily\.parquet|data/events/_common_metadata"
    r"|data/events/year=(\d{4}|__HIVE_DEFAULT_PARTITION__)/part-\d+\.parquet"
    r"|codebook/(events|actors|agents|verbs|patterns|discards|synsets)\.csv"
    r"|codebook/codebook\.json|figures/(events_by_month|top_dyads)\.png)$")


# ---------------------------------------------------------------- helpers (any corpus)


def write_corpus(path: Path, docs: list[dict] = DOCS) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def code_corpus(inputs: Path | list[Path], out: Path, *, codebook=(str(MINI),),
                keep=("source", "url"), partition_by: str | None = None,
                with_text: bool = True) -> Path:
    """Code any input file(s) into an event file (or dataset) like `eventcoder code`."""
    paths = [inputs] if isinstance(inputs, Path) else list(inputs)
    options = Options(fields=Fields(keep=tuple(keep)), codebook=tuple(codebook),
                      with_text=with_text, partition_by=partition_by, reproducible=True)
    run_code(paths, out, options)
    return out


def publish_release(events: Path | list[Path], release: Path, **kw):
    kw = {"name": "test-events", "version": "1.0.0", "reproducible": True, **kw}
    paths = [events] if isinstance(events, Path) else list(events)
    return publish(paths, release, **kw)


def files_of(release: Path) -> dict[str, bytes]:
    return {p.relative_to(release).as_posix(): p.read_bytes()
            for p in sorted(release.rglob("*")) if p.is_file()}


def check_release(release: Path) -> dict:
    """Everything a release promises; returns datapackage.json."""
    # frictionless: the package, bytes and sha256 of every resource, CSV rows, Parquet rows
    assert check_with_frictionless(release) == []
    # Pandera on every partition, row counts, codebook hash, CHECKSUMS.sha256
    report = verify_release(release)
    assert report["valid"], report["problems"]
    # CHECKSUMS.sha256 lists every other file, in `sha256sum -c` format
    listed = {}
    for line in (release / "CHECKSUMS.sha256").read_text().splitlines():
        digest, rel = line.split("  ", 1)
        listed[rel] = digest
    files = files_of(release)
    assert set(listed) == set(files) - {"CHECKSUMS.sha256"}
    for rel, digest in listed.items():
        assert hashlib.sha256(files[rel]).hexdigest() == digest
    # only the file names the layout allows
    assert all(FILE_NAMES.match(rel) for rel in files), sorted(files)
    package = json.loads(files["datapackage.json"])
    for r in package["resources"]:
        assert {"name", "path", "format", "bytes", "hash", "schema"} <= set(r)
        assert r["hash"].startswith("sha256:") and r["bytes"] == len(files[r["path"]])
        assert all({"name", "type", "description"} <= set(f) for f in r["schema"]["fields"])
        assert r["schema"]["primaryKey"]
    validation = json.loads(files["validation.json"])
    assert validation["valid"] and validation["codebook"]["match"]
    for part in validation["partitions"]:
        EventSchema.validate(_events_of(release / part["path"]))
    DailySchema.validate(_events_of(release / "data/daily.parquet"))
    return package


def _events_of(path: Path) -> pd.DataFrame:
    from coding.pipeline import events_frame

    return events_frame(pq.read_table(path))


# ---------------------------------------------------------------- fixtures
# Session-scoped so that test_dedup and test_export (which import them) share them.


@pytest.fixture(scope="session", autouse=True)
def eventcoder_cache(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVENTCODER_CACHE", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def coded_corpus(tmp_path_factory, eventcoder_cache) -> Path:
    """DOCS coded with the mini codebook into one event file."""
    work = tmp_path_factory.mktemp("corpus")
    return code_corpus(write_corpus(work / "news.jsonl"), work / "events.parquet")


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("publish")


@pytest.fixture(scope="module")
def events(work) -> list[Path]:
    """DOCS coded in two runs: a file and a year-partitioned dataset."""
    a = code_corpus(write_corpus(work / "a.jsonl", DOCS[:2]), work / "a.parquet")
    b = code_corpus(write_corpus(work / "b.jsonl", DOCS[2:]), work / "b-dataset",
                    partition_by="year")
    return [a, b]


@pytest.fixture(scope="module")
def release(work, events) -> Path:
    publish_release(events, work / "release", authors=("Ada Lovelace",))
    return work / "release"


# ---------------------------------------------------------------- tests


def test_release_is_valid_and_complete(release):
    package = check_release(release)
    names = [r["name"] for r in package["resources"]]
    assert names[:4] == ["events-2023", "events-2024", "events-undated", "daily"]
    assert {"codebook-events", "codebook-actors", "codebook-agents", "codebook-verbs",
            "codebook-patterns"} <= set(names)
    assert package["name"] == "test-events" and package["version"] == "1.0.0"
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["created"] == "1970-01-01T00:00:00Z"
    assert sum(r["x-rows"] for r in package["resources"] if r["name"].startswith("events-")) \
        == N_EVENTS


def test_table_schema_comes_from_the_pandera_schema(release):
    package = json.loads((release / "datapackage.json").read_text())
    schema = package["resources"][0]["schema"]
    fields = {f["name"]: f for f in schema["fields"]}
    pandera = EventSchema.to_schema()
    for name, col in pandera.columns.items():
        if name in fields:
            assert fields[name]["description"] == col.description
    assert schema["primaryKey"] == ["event_id"]
    assert fields["event_id"]["constraints"] == {"required": True, "unique": True,
                                                 "pattern": "[0-9a-f]{20}"}
    assert fields["date"]["type"] == "date" and fields["sentence_id"]["type"] == "integer"
    assert fields["goldstein"]["constraints"] == {"minimum": -10, "maximum": 10}
    assert fields["quad_class"]["constraints"]["enum"] == [1, 2, 3, 4]
    assert {"111", "190", "0211"} <= set(fields["code"]["constraints"]["enum"])
    assert "19" in fields["root_code"]["constraints"]["enum"]
    assert fields["doc_source"]["description"].startswith("Input field 'source'")
    assert {c["name"] for c in schema["x-pandera-checks"]} >= {"code_in_code_table",
                                                               "has_an_actor"}
    daily = next(r for r in package["resources"] if r["name"] == "daily")["schema"]
    assert daily["primaryKey"] == ["date", "source", "target", "code"]
    assert [f["name"] for f in daily["fields"]][-5:] == [
        "num_mentions", "num_docs", "num_sources", "first_event_id", "last_event_id"]


def test_partitions_metadata_and_codebook_snapshot(release, events):
    meta = read_metadata(release / "data/events")
    coded = read_metadata(events[0])
    assert meta["codebook"] == coded["codebook"]
    assert meta["release"] == {"name": "test-events", "version": "1.0.0",
                               "license": "CC-BY-4.0", "publisher": meta["release"]["publisher"]}
    assert meta["counts"]["events_published"] == N_EVENTS
    assert meta["counts"]["documents_read"] == len(DOCS)
    assert [f["file"] for f in meta["event_files"]] == ["a.parquet", "b-dataset"]
    assert pq.read_schema(release / "data/events/_common_metadata").field("year").type == "int16"
    undated = pq.read_table(release / "data/events/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet")
    assert undated.column("date").null_count == undated.num_rows == 1
    import pyarrow.dataset as ds

    table = ds.dataset(release / "data/events", partitioning="hive").to_table()
    assert table.num_rows == N_EVENTS
    book = json.loads((release / "codebook/codebook.json").read_text())
    assert book["sha256"] == coded["codebook"]["sha256"] and book["name"] == "mini"
    actors = pd.read_csv(release / "codebook/actors.csv", dtype=str, keep_default_na=False)
    assert list(actors.columns) == ["name", "code", "from", "to", "rule_id"]
    khan = actors[actors["name"] == "Imran Khan"]
    assert khan[["code", "from", "to"]].values.tolist() == [
        ["PAKELI", "", ""], ["PAKGOV", "2018-08-18", "2022-04-10"], ["PAKOPP", "2022-04-11", ""]]


def test_dataset_card_citation_and_figures(release):
    card = (release / "README.md").read_text()
    for heading in ("## What the data is", "## How it was made", "## Coverage",
                    "## Known limitations", "## How to cite", "## Validation"):
        assert heading in card
    assert "**14 events** from **5 documents**" in card
    assert "figures/events_by_month.png" in card and "| IRN | PAK | 5 |" in card
    assert "mini 1" in card and "1 events have no date" in card
    cff = (release / "CITATION.cff").read_text()
    assert "cff-version: 1.2.0" in cff and 'version: "1.0.0"' in cff
    assert '  - name: "Ada Lovelace"' in cff and 'license: "CC-BY-4.0"' in cff
    for png in ("events_by_month", "top_dyads"):
        data = (release / "figures" / f"{png}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert b"Software" not in data and b"matplotlib" not in data


def test_republishing_is_byte_identical_and_writes_only_the_release(release, events, work):
    area = work / "area"
    area.mkdir()
    result = CliRunner().invoke(main, ["publish", *map(str, events), "-o", str(area / "again"),
                                       "--name", "test-events", "--version", "1.0.0",
                                       "--author", "Ada Lovelace", "--reproducible", "-q"])
    assert result.exit_code == 0, result.output
    assert files_of(area / "again") == files_of(release)
    assert [p.name for p in area.iterdir()] == ["again"]  # the temporary dir is gone


def test_codebook_tables_do_not_depend_on_the_hash_seed():
    """The codebook loader keeps names in sets (iteration order varies with the hash
    seed); the snapshot orders rows by the codebook's own file and line, then name."""
    from coding.codebook import load_codebook
    from coding.publish import _rule_key, codebook_tables

    tables = codebook_tables(load_codebook([MINI]))
    actors, agents = tables["actors"][1], tables["agents"][1]
    assert actors == sorted(actors, key=lambda r: (_rule_key(r[4]), r[0], r[1], r[2] or ""))
    assert agents == sorted(agents, key=lambda r: (_rule_key(r[3]), r[0]))
    assert _rule_key("mini/actors/actors.txt:10") > _rule_key("mini/actors/actors.txt:9")


def test_creation_time_force_and_part_files(release, events, work, monkeypatch):
    """Without --reproducible the creation time is now; --force replaces a release;
    a year with more rows than MAX_ROWS_PER_FILE is split into part files."""
    monkeypatch.setattr("coding.publish.MAX_ROWS_PER_FILE", 4)
    rel = work / "replaced"
    shutil.copytree(release, rel)
    publish_release(events, rel, reproducible=False, force=True)
    package = json.loads((rel / "datapackage.json").read_text())
    assert package["created"] != "1970-01-01T00:00:00Z"
    assert read_metadata(rel / "data/events")["created_utc"] == package["created"]
    names = [r["name"] for r in package["resources"] if r["name"].startswith("events-")]
    assert names == ["events-2023", "events-2023-1", "events-2024", "events-2024-1",
                     "events-undated"]
    assert (rel / "data/events/year=2024/part-1.parquet").is_file()
    assert verify_release(rel)["valid"]
    assert not list(work.glob(".eventcoder-*"))  # neither the new temp dir nor the old one


def test_tampering_is_detected(release, work):
    copy = work / "tampered"
    shutil.copytree(release, copy)
    part = copy / "data/events/year=2024/part-0.parquet"
    table = pq.read_table(part)
    goldstein = table.column("goldstein").to_pylist()
    goldstein[0] = 7.0
    pq.write_table(table.set_column(table.schema.get_field_index("goldstein"), "goldstein",
                                    pa.array(goldstein)), part)
    report = verify_release(copy)
    assert not report["valid"]
    assert "data/events/year=2024/part-0.parquet" in report["checksums"]["files_mismatched"]
    assert any("quad_class_goldstein_name_agree_with_code" in p for p in report["problems"])
    assert any("hash" in e for e in check_with_frictionless(copy))


def test_events_failing_the_schema_are_not_published(events, work):
    bad = work / "bad.parquet"
    table = pq.read_table(events[0])
    codes = table.column("code").to_pylist()
    codes[0] = "999"
    file_meta = {k: v for k, v in pq.read_metadata(events[0]).metadata.items()
                 if k != b"ARROW:schema"}  # the eventcoder key is file metadata
    pq.write_table(table.set_column(table.schema.get_field_index("code"), "code",
                                    pa.array(codes)).replace_schema_metadata(file_meta), bad)
    with pytest.raises(PublishError, match="code_in_code_table"):
        publish_release(bad, work / "bad-release")
    assert not (work / "bad-release").exists() and not list(work.glob(".eventcoder-*"))


def test_existing_release_is_never_overwritten_without_force(release, events):
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in release.rglob("*")
              if p.is_file()}
    result = CliRunner().invoke(main, ["publish", *map(str, events), "-o", str(release), "--name",
                                       "test-events", "--version", "2.0.0", "--reproducible"])
    assert result.exit_code == 1
    assert "exists; use --force" in result.output
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in release.rglob("*")
             if p.is_file()}
    assert after == before
    with pytest.raises(ReleaseExists):
        publish_release(events, release)


def test_force_refuses_a_directory_that_is_not_a_release(events, work):
    other = work / "precious"
    other.mkdir()
    (other / "thesis.tex").write_text("do not delete")
    with pytest.raises(PublishError, match="not a release"):
        publish_release(events, other, force=True)
    assert (other / "thesis.tex").read_text() == "do not delete"


@pytest.mark.parametrize(("option", "value", "message"), [
    ("name", "../escape", "--name"), ("name", "Upper", "--name"), ("name", "a/b", "--name"),
    ("version", "1.0", "--version"), ("version", "v1.0.0", "--version"),
    ("license", "GPL-3.0", "--license"),
])
def test_bad_name_version_or_license_is_refused(events, work, option, value, message):
    with pytest.raises(PublishError, match=message):
        publish_release(events, work / "never", **{option: value})
    assert not (work / "never").exists()


def test_codebook_hash_must_match(work):
    """A codebook that changed since coding is refused, unless --codebook gives the original."""
    edited = work / "cb-edited"
    shutil.copytree(MINI, edited)
    events = code_corpus(write_corpus(work / "cb.jsonl", DOCS[:1]), work / "cb.parquet",
                         codebook=(str(edited),))
    with (edited / "actors" / "actors.txt").open("a") as fh:
        fh.write("Atlantis => ATL\n")
    result = CliRunner().invoke(main, ["publish", str(events), "-o", str(work / "cb-rel"),
                                       "--name", "cb", "--version", "1.0.0"])
    assert result.exit_code == 1 and "sha256" in result.output
    assert not (work / "cb-rel").exists()
    assert "--codebook DIR" in result.output
    for other, why in ((edited, "not the codebook the events were coded with"),
                       (MINI / "actors", "not a codebook")):
        result = CliRunner().invoke(main, ["publish", str(events), "-o", str(work / "cb-rel"),
                                           "--name", "cb", "--version", "1.0.0", "--codebook",
                                           str(other), "-q"])
        assert result.exit_code == 1 and why in result.output
        assert not (work / "cb-rel").exists()
    # the hash is of the content: any copy of the original codebook will do
    recorded = read_metadata(events)
    book = verified_codebook(recorded["codebook"], recorded["parameters"]["codebook"],
                             (str(MINI),))
    assert book.content_hash == recorded["codebook"]["sha256"]


def test_events_without_metadata_are_refused(events, work):
    bare = work / "bare.parquet"
    pq.write_table(pq.read_table(events[0]).replace_schema_metadata(None), bare)
    with pytest.raises(PublishError, match="no eventcoder metadata"):
        publish_release(bare, work / "bare-rel")


def test_release_of_the_bundled_example_corpus(tmp_path):
    """The example corpus, default codebook: a valid release, published twice identically."""
    corpus = Path(__file__).resolve().parents[1] / "examples" / "news.jsonl"
    events = code_corpus(corpus, tmp_path / "events.parquet", codebook=())
    assert not (tmp_path / "events.rejects.jsonl").exists()  # zero rejects
    first, second = tmp_path / "r1", tmp_path / "r2"
    publish_release(events, first, name="eventcoder-examples")
    publish_release(events, second, name="eventcoder-examples")
    package = check_release(first)
    assert files_of(first) == files_of(second)
    names = {r["name"] for r in package["resources"]}
    assert "daily" in names and any(n.startswith("events") for n in names), names
