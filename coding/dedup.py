"""Deduplication: one-a-story flags and the one-a-day aggregate (`eventcoder dedup`).

Machine-coded news reports the same happening many times: several sentences of
one story, and many stories on the same day. eventcoder never deletes those
repeats from the event table; it flags and counts them at two levels.

One-a-story (in the event table itself). Within one document, every row with
the same (source, target, code) is a mention of one story-level event.
`story_mentions` is the number of such rows in the document and
`first_mention` is true on the first of them (lowest sentence_id, then position
in the sentence). Keeping only `first_mention` rows gives one row per
(document, source, target, code): see `one_a_story`.

One-a-day (`daily`, written by `eventcoder dedup` and in every release). One
row per (date, source, target, code), nulls being values of their own, with:

- `num_mentions`: event rows in the group (every sentence of every document);
- `num_docs`: distinct `doc_id`s (= the group's one-a-story events);
- `num_sources`: distinct non-null values of the documents' source field, the
  column `doc_source` written by `code --keep source` (another column with
  `source_column=`); null when the column is absent or empty for the group;
- `first_event_id` / `last_event_id`: the group's first and last rows in
  *event order*, which is the row order of the event table: documents in the
  order they were read (inputs in the order given, records in file order),
  then `sentence_id`, then position within the sentence. Several event files
  are taken in the order given. (A release sorts its events by date, keeping
  this order within a day, so the ids are the same.)
- `source_country`, `target_country`, `base_code`, `root_code`, `event_name`,
  `quad_class`, `goldstein`: functions of the key, copied from the group.

Rows are sorted by date, source, target and code (nulls last).
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import click
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from coding.pipeline import events_frame
from schemas.daily import DAILY_KEY, DailySchema

#: Columns `daily` needs in the event table.
REQUIRED = ("event_id", "doc_id", "date", "source", "source_country", "target",
            "target_country", "code", "base_code", "root_code", "event_name", "quad_class",
            "goldstein")
#: Columns of the daily aggregate, in order.
DAILY_COLUMNS = ("date", "source", "source_country", "target", "target_country", "code",
                 "base_code", "root_code", "event_name", "quad_class", "goldstein",
                 "num_mentions", "num_docs", "num_sources", "first_event_id", "last_event_id")
DAILY_ARROW_SCHEMA = pa.schema(
    [pa.field("date", pa.date32())]
    + [pa.field(c, pa.string()) for c in DAILY_COLUMNS[1:9]]
    + [pa.field("quad_class", pa.int8()), pa.field("goldstein", pa.float64()),
       pa.field("num_mentions", pa.int64()), pa.field("num_docs", pa.int64()),
       pa.field("num_sources", pa.int64()), pa.field("first_event_id", pa.string()),
       pa.field("last_event_id", pa.string())])
DEFAULT_SOURCE_COLUMN = "doc_source"
PARTITION_COLUMNS = ("year", "month")
EVENT_ORDER = ("row order of the event table: documents in input order, then sentence_id, "
               "then position in the sentence; several event files in the order given")


class EventFileError(Exception):
    """An event file or dataset that cannot be read or combined (fatal)."""


# ---------------------------------------------------------------- reading


@dataclass
class EventFiles:
    """Event tables read from one or more files or datasets, in the order given."""

    frame: pd.DataFrame
    schema: pa.Schema  # Arrow schema of the columns (no partition columns, no metadata)
    metadata: list[dict | None] = field(default_factory=list)  # `eventcoder` key per input
    inputs: list[dict] = field(default_factory=list)  # file name, bytes, sha256, rows
    input_index: pd.Series | None = None  # which input each row came from


def read_event_files(paths: list[Path] | list[str]) -> EventFiles:
    """Read event files (Parquet files or hive-partitioned dataset directories).

    Rows keep the order of the inputs; partition columns (year, month) are
    dropped since they are derived from `date`. Raises `EventFileError`.
    """
    from coding.pipeline import read_metadata

    if not paths:
        raise EventFileError("no event files given")
    tables, metas, infos, sizes = [], [], [], []
    for p in map(Path, paths):
        if not p.exists():
            raise EventFileError(f"{p}: no such file or directory")
        try:
            table = _read_table(p)
            meta = read_metadata(p) if (p.is_file() or (p / "_common_metadata").exists()) \
                else None
        except (OSError, pa.ArrowException, ValueError) as exc:
            raise EventFileError(f"{p}: cannot read as Parquet: {exc}") from None
        missing = [c for c in ("event_id", "doc_id", "code") if c not in table.column_names]
        if missing:
            raise EventFileError(f"{p}: not an event table (no column {', '.join(missing)})")
        tables.append(table)
        metas.append(meta)
        infos.append({**_content_info(p), "rows": table.num_rows})
        sizes.append(table.num_rows)
    try:
        schema = pa.unify_schemas([t.schema.remove_metadata() for t in tables])
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise EventFileError(f"event files have incompatible columns: {exc}") from None
    pandas_meta = tables[0].schema.metadata or {}
    combined = pa.concat_tables([t.cast(_subschema(schema, t)) for t in tables],
                                promote_options="default")
    combined = combined.select(schema.names).replace_schema_metadata(
        {k: v for k, v in pandas_meta.items() if k == b"pandas"})
    df = events_frame(combined)
    index = pd.Series([i for i, n in enumerate(sizes) for _ in range(n)], dtype="int64")
    return EventFiles(df, schema, metas, infos, index)


def _read_table(path: Path) -> pa.Table:
    if path.is_dir():
        import pyarrow.dataset as ds

        dataset = ds.dataset(path, format="parquet", partitioning="hive")
        names = [n for n in dataset.schema.names if n not in PARTITION_COLUMNS]
        return dataset.to_table(columns=names)
    return pq.read_table(path)


def _subschema(schema: pa.Schema, table: pa.Table) -> pa.Schema:
    return pa.schema([schema.field(n) for n in table.column_names])


def _content_info(path: Path) -> dict:
    """Name, size and sha256 of an event file; for a dataset directory, of all its
    files (relative path, NUL, content, in path order)."""
    h = hashlib.sha256()
    size = 0
    files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
    for f in files:
        if path.is_dir():
            h.update(f.relative_to(path).as_posix().encode() + b"\0")
        with f.open("rb") as fh:
            for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):
                h.update(chunk)
                size += len(chunk)
    return {"file": path.name, "bytes": size, "sha256": h.hexdigest()}


# ---------------------------------------------------------------- one-a-story


def story_flags(events: pd.DataFrame) -> pd.DataFrame:
    """`story_mentions` and `first_mention` of each row, computed from the table.

    The same definition `eventcoder code` applies: rows of one document with the
    same (source, target, code) are mentions of one event; the first row in
    event order is its first mention. Useful on tables from other tools.
    """
    key = ["doc_id", "source", "target", "code"]
    df = events.reset_index(drop=True)
    mentions = df.groupby(key, dropna=False, sort=False)["event_id"].transform("size")
    return pd.DataFrame({"story_mentions": mentions.astype("int32"),
                         "first_mention": ~df.duplicated(subset=key, keep="first")})


def one_a_story(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (document, source, target, code): the first mention of each."""
    first = (events["first_mention"] if "first_mention" in events
             else story_flags(events)["first_mention"].set_axis(events.index))
    return events[first.astype(bool)]


# ---------------------------------------------------------------- one-a-day


def daily(events: pd.DataFrame, *, source_column: str = DEFAULT_SOURCE_COLUMN) -> pd.DataFrame:
    """The one-a-day aggregate of an event table: one row per (date, source, target, code).

    See the module docstring (and `schemas.daily.DailySchema`) for what each
    column means. `source_column` names the column with the document's source
    (publisher); `num_sources` is null when the table has no such column.

    >>> from coding.pipeline import code_documents
    >>> events = code_documents([{"id": doc, "date": "2024-01-17", "text": text} for doc, text in [
    ...     ("a", "Pakistan recalled its ambassador from Iran."),
    ...     ("b", "Pakistan withdrew its envoy from Iran.")]])
    >>> d = daily(events)
    >>> d[["source", "target", "code", "num_mentions", "num_docs"]].values.tolist()
    [['PAK', 'IRN', '161', 2, 2]]
    """
    missing = [c for c in REQUIRED if c not in events]
    if missing:
        raise ValueError(f"event table has no column {', '.join(missing)}")
    df = events.reset_index(drop=True)
    if len(df) == 0:
        return _typed(pd.DataFrame({c: [] for c in DAILY_COLUMNS}))
    keys = list(DAILY_KEY)
    grouped = df.groupby(keys, dropna=False, sort=False)
    out = grouped.agg(
        source_country=("source_country", "first"), target_country=("target_country", "first"),
        base_code=("base_code", "first"), root_code=("root_code", "first"),
        event_name=("event_name", "first"), quad_class=("quad_class", "first"),
        goldstein=("goldstein", "first"), num_mentions=("event_id", "size"),
        num_docs=("doc_id", "nunique"), first_event_id=("event_id", "first"),
        last_event_id=("event_id", "last"))
    if source_column in df:
        sources = grouped[source_column].nunique(dropna=True)
        out["num_sources"] = sources.astype("Int64").where(sources > 0, pd.NA)
    else:
        out["num_sources"] = pd.array([pd.NA] * len(out), dtype="Int64")
    out = out.reset_index()
    out = out.sort_values(keys, na_position="last", kind="stable").reset_index(drop=True)
    return _typed(out[list(DAILY_COLUMNS)])


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    for c in DAILY_COLUMNS[1:9] + ("first_event_id", "last_event_id"):
        df[c] = df[c].astype("object").where(df[c].notna(), None).astype("str")
    df["quad_class"] = df["quad_class"].astype("Int8")
    df["goldstein"] = pd.to_numeric(df["goldstein"]).astype("float64")
    df["num_mentions"] = df["num_mentions"].astype("int64")
    df["num_docs"] = df["num_docs"].astype("int64")
    df["num_sources"] = df["num_sources"].astype("Int64")
    return df


def daily_table(df: pd.DataFrame, metadata: dict | None = None) -> pa.Table:
    """The daily aggregate as an Arrow table, with `eventcoder` metadata if given."""
    table = pa.Table.from_pandas(df[list(DAILY_COLUMNS)], schema=DAILY_ARROW_SCHEMA,
                                 preserve_index=False)
    if metadata is not None:
        meta = dict(table.schema.metadata or {})
        meta[b"eventcoder"] = json.dumps(metadata, ensure_ascii=False).encode()
        table = table.replace_schema_metadata(meta)
    return table


def daily_definition(source_column: str, present: bool) -> dict:
    """What a row of the daily aggregate means, recorded in its metadata."""
    return {"key": list(DAILY_KEY), "nulls_in_key": "a null is a value of its own",
            "num_mentions": "event rows in the group",
            "num_docs": "distinct doc_id in the group",
            "num_sources": f"distinct non-null {source_column}" if present
            else f"null: the event table has no {source_column} column",
            "event_order": EVENT_ORDER, "sort": "date, source, target, code; nulls last"}


def validate_daily(df: pd.DataFrame) -> list[str]:
    """Problems found by `DailySchema` (empty when valid)."""
    import pandera.errors

    try:
        DailySchema.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as err:
        return sorted({f"{r.column}: {r.check}" for r in err.failure_cases.itertuples()})
    return []


def utc_now(reproducible: bool) -> str:
    from coding.pipeline import REPRODUCIBLE_TIME

    return REPRODUCIBLE_TIME if reproducible else datetime.now(UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ")


@dataclass
class DedupSummary:
    """What `eventcoder dedup` prints: event rows read, one-a-story events, daily rows."""

    events: int
    stories: int
    rows: int


def run_dedup(inputs: list[Path], output: Path, *, source_column: str = DEFAULT_SOURCE_COLUMN,
              reproducible: bool = False) -> DedupSummary:
    """Read event files, write their daily aggregate to `output` (.parquet or .csv)."""
    from coding.io import atomic_path, check_output

    kind = output_kind(output, OUTPUT_KINDS)
    check_output(output)
    check_not_input(output, inputs)
    events = read_event_files(inputs)
    df = daily(events.frame, source_column=source_column)
    problems = validate_daily(df)
    if problems:  # pragma: no cover - a bug, not a user error
        raise ValueError("daily aggregate fails its schema: " + "; ".join(problems))
    meta = {"daily": daily_definition(source_column, source_column in events.frame),
            "created_utc": utc_now(reproducible), "inputs": events.inputs,
            "events_metadata": events.metadata}
    with atomic_path(output) as tmp:
        if kind == "parquet":
            pq.write_table(daily_table(df, meta), tmp, compression="zstd")
        else:
            write_csv(df, tmp)
    stories = int(one_a_story(events.frame).shape[0]) if len(events.frame) else 0
    return DedupSummary(len(events.frame), stories, len(df))


#: What `eventcoder dedup -o` can write, by file extension.
OUTPUT_KINDS = ("parquet", "csv")


def usage_output_kind(path: Path, allowed: tuple[str, ...]) -> str:
    """`output_kind` for a command line: an extension not allowed is a usage error (exit 2)."""
    try:
        return output_kind(path, allowed)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="-o/--output") from None


def output_kind(path: Path, allowed: tuple[str, ...]) -> str:
    """The output format from the file extension; ValueError when not allowed."""
    name = path.name.lower()
    for kind, suffixes in (("parquet", (".parquet",)), ("csv", (".csv",)),
                           ("tsv", (".tsv", ".txt")), ("jsonl", (".jsonl",))):
        if name.endswith(suffixes):
            if kind in allowed:
                return kind
            break
    wanted = ", ".join(f".{a}" for a in allowed)
    raise ValueError(f"{path}: output must end in {wanted}")


def check_not_input(output: Path, inputs) -> None:
    """Refuse an output that is one of the inputs or inside an input dataset."""
    out = Path(output).resolve()
    for p in map(Path, inputs):
        src = p.resolve()
        if out == src or (p.is_dir() and out.is_relative_to(src)):
            raise ValueError(f"{output}: would overwrite the input {p}")


def write_csv(df: pd.DataFrame, path: Path, *, sep: str = ",", header: bool = True) -> None:
    """Deterministic CSV: UTF-8, \\n line ends, empty cells for nulls, ISO dates."""
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[c]):
            out[c] = out[c].dt.strftime("%Y-%m-%d")
    out.to_csv(path, sep=sep, index=False, header=header, na_rep="", lineterminator="\n",
               encoding="utf-8")


# ---------------------------------------------------------------- CLI


@click.command("dedup")
@click.argument("events", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Daily aggregate to write: .parquet (with metadata) or .csv.")
@click.option("--source-column", default=DEFAULT_SOURCE_COLUMN, show_default=True,
              metavar="COLUMN", help="Column with the document's source, for num_sources.")
@click.option("--reproducible", is_flag=True,
              help="Fix the creation time in the metadata so reruns are byte-identical.")
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
def dedup_command(events: tuple[Path, ...], output: Path, source_column: str, reproducible: bool,
                  quiet: bool) -> None:
    """Write the one-a-day aggregate of EVENTS: one row per (date, source, target, code).

    \b
    Each row counts num_mentions (event rows), num_docs (documents) and
    num_sources (distinct doc_source values; null without `code --keep source`),
    and names the first and last event_id in event order (input order, then
    sentence, then position). The event table itself is never changed: it
    flags repeats within a document with story_mentions / first_mention.

    \b
    Example:
      eventcoder code news.jsonl --keep source -o events.parquet
      eventcoder dedup events.parquet -o daily.parquet
    """
    from coding.cli import fail
    from coding.io import InputError

    usage_output_kind(output, OUTPUT_KINDS)
    try:
        summary = run_dedup(list(events), output, source_column=source_column,
                            reproducible=reproducible)
    except (EventFileError, InputError, ValueError, OSError) as exc:
        fail(str(exc).splitlines()[0])
    if not quiet:
        click.echo(f"{summary.events:,} events ({summary.stories:,} one-a-story) -> "
                   f"{summary.rows:,} daily rows -> {output}", err=True)
    sys.exit(0)


COMMANDS = [dedup_command]

__all__ = ["daily", "one_a_story", "story_flags", "read_event_files", "run_dedup", "daily_table",
           "DAILY_COLUMNS", "EventFiles", "EventFileError"]
