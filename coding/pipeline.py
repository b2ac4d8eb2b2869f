"""Code documents into a validated event table: the function behind `eventcoder code`.

read -> split into sentences -> code -> assemble rows -> validate -> write.
Documents stream through in bounded batches, so memory does not grow with the
corpus; with `jobs > 1` batches are coded by a process pool whose workers each
load the compiled codebook once, and results are written in input order.
"""

from __future__ import annotations

import gc
import json
import multiprocessing as mp
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from coding import __version__
from coding.coder import Coder
from coding.compiled import Compiled, load_compiled
from coding.events import Batch, arrow_schema, keep_column
from coding.io import (
    Document,
    Fields,
    InputError,
    Reject,
    RejectWriter,
    atomic_path,
    check_inputs,
    check_output,
    file_info,
    read_records,
    to_document,
)
from coding.validate import validate_table

if TYPE_CHECKING:
    import pandas as pd

BATCH_DOCS = 1000
BATCH_CHARS = 2_000_000
METADATA_KEY = b"eventcoder"
REPRODUCIBLE_TIME = "1970-01-01T00:00:00Z"

@dataclass
class Options:
    """Parameters of a coding run; recorded in the dataset's metadata."""

    fields: Fields = field(default_factory=Fields)
    codebook: tuple[str, ...] = ()
    with_text: bool = True
    jobs: int = 1
    partition_by: str | None = None
    reproducible: bool = False
    engine: str = "local"
    scheduler: str | None = None

    def as_dict(self) -> dict:
        """The options as recorded in the output's metadata (`parameters`)."""
        return {"id_field": self.fields.id, "text_field": self.fields.text,
                "date_field": self.fields.date, "default_date": self.fields.default_date,
                "keep": list(self.fields.keep), "codebook": list(self.codebook) or ["default"],
                "no_text": not self.with_text, "jobs": self.jobs,
                "partition_by": self.partition_by, "engine": self.engine}


@dataclass
class Summary:
    """What a run did: the counts the CLI prints and the metadata records.

    `documents` were read, `processed` went through the coder so far (the progress
    line), `coded` + `rejected` == `documents` at the end; `inputs_rejected` counts
    whole inputs rejected (empty, unreadable), which hold no document; `statuses` counts
    the coder's per-sentence outcomes (coded, discarded, no event ...).
    """

    documents: int = 0
    processed: int = 0
    coded: int = 0
    rejected: int = 0
    inputs_rejected: int = 0
    sentences: int = 0
    events: int = 0
    event_rejects: int = 0
    sentence_rejects: int = 0
    discarded_documents: int = 0
    statuses: dict = field(default_factory=dict)
    seconds: float = 0.0
    inputs: list = field(default_factory=list)
    keep_missing: list = field(default_factory=list)

    @property
    def reject_total(self) -> int:
        """Lines of the rejects file: whole records, single sentences and schema failures."""
        return (self.rejected + self.inputs_rejected + self.event_rejects
                + self.sentence_rejects)


# ---------------------------------------------------------------- workers

_WORKER: dict = {}


def _init_worker(compiled_data: dict | None, paths: tuple[str, ...]) -> None:
    """Give a pool worker its coder, built on the parent's compiled tables (shared by a
    fork, sent to a spawned process) rather than compiled again in every worker."""
    compiled = Compiled(compiled_data) if compiled_data else load_compiled(paths or None)
    _WORKER["coder"] = Coder(compiled=compiled)


#: Allocations of containers between two collections of the youngest generation while
#: documents are coded (Python's default is 700).
YOUNG_GC_THRESHOLD = 50_000


@contextmanager
def fewer_collections():
    """Collect the youngest generation less often while coding.

    Coding a sentence allocates many short-lived objects, nearly all freed by
    reference counting before any collection sees them; what survives (a story's
    memory, a batch's rows) is scanned again by the older generations' collections,
    which the young ones set off. At the default threshold the collector ran about
    280 times over a 20,000-sentence run, about 2% of its CPU time; at this one a few
    times. `run_code` holds it over the whole run: reading the input and building,
    validating and writing the tables set off about 110 of those collections.
    Reference cycles (a compound phrase's members) are still collected, only later:
    peak memory did not change measurably.
    """
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], YOUNG_GC_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def code_batch(coder: Coder, docs: list[Document], keep: tuple[str, ...], with_text: bool,
               code_table: dict) -> tuple[pa.Table, list[Reject], dict]:
    """Code, assemble and validate one batch of documents into an Arrow table."""
    batch = Batch(tuple(keep_column(k) for k in keep), with_text)
    with fewer_collections():
        for doc in docs:
            if keep:
                doc.extra = {keep_column(k): _as_str(v) for k, v in doc.extra.items()}
            batch.add_document(coder, doc)
    good, bad = validate_table(batch.table(code_table), code_table,
                               arrow_schema(with_text, keep))
    rejects = batch.rejects
    for _idx, row, reason in bad:
        rejects.append(Reject(row.get("_file", ""), None, "event", f"schema: {reason}",
                              {k: _json_value(v) for k, v in row.items()},
                              doc_id=row.get("doc_id"), sentence_id=row.get("sentence_id")))
    counts = {"sentences": batch.sentences, "statuses": batch.statuses,
              "discarded_documents": batch.discarded_docs, "event_rejects": len(bad)}
    return good, rejects, counts


def _worker_batch(args) -> tuple:
    """Code a batch in a worker; the rows travel back as an Arrow table, which pickles
    as raw buffers, so the parent only writes."""
    docs, keep, with_text = args
    coder: Coder = _WORKER["coder"]
    return code_batch(coder, docs, keep, with_text, coder.book.events)


def _as_str(v) -> str | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    return v if isinstance(v, str) else json.dumps(v, default=str)


def _json_value(v):
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, datetime):  # a pandas Timestamp (rows of a rejected batch)
        return v.date().isoformat()
    return v if isinstance(v, str | int | float | bool) else str(v)


# ---------------------------------------------------------------- reading


class DocumentStream:
    """Documents of all inputs in order, with rejects and per-input counts."""

    def __init__(self, paths: list[Path], fields: Fields, on_reject):
        self.paths = paths
        self.fields = fields
        self.on_reject = on_reject
        self.seen: set[str] = set()
        self.per_input: dict[str, dict] = {}
        self.kept_present: set[str] = set()

    @property
    def keep_missing(self) -> list[str]:
        """--keep fields no document had a value for: most likely a misspelt field name,
        which would otherwise give an empty column without a word."""
        return [k for k in self.fields.keep if k not in self.kept_present]

    def __iter__(self) -> Iterator[Document]:
        for path in self.paths:
            counts = self.per_input.setdefault(str(path), _no_documents())
            for item in read_records(path, self.fields):
                if isinstance(item, Reject) and item.whole_input:
                    counts["input_rejected"] = True
                    self.on_reject(item)
                    continue
                counts["documents_read"] += 1
                if isinstance(item, Document):
                    if item.id in self.seen:
                        item = Reject(item.file, item.line, self.fields.id,
                                      f"duplicate id {item.id!r}", _raw(item, self.fields),
                                      doc_id=item.id)
                    else:
                        self.seen.add(item.id)
                        self._note_kept(item)
                        yield item
                        continue
                counts["documents_rejected"] += 1
                self.on_reject(item)


    def _note_kept(self, doc: Document) -> None:
        if len(self.kept_present) < len(self.fields.keep):
            self.kept_present.update(k for k, v in doc.extra.items() if v is not None)


def _raw(doc: Document, fields: Fields) -> dict:
    """A document's record as read (for the rejects file)."""
    return {fields.id: doc.id, fields.text: doc.text,
            fields.date: doc.date.isoformat() if doc.date else None, **doc.extra}


def batches(docs: Iterable[Document], max_docs: int = BATCH_DOCS,
            max_chars: int = BATCH_CHARS) -> Iterator[list[Document]]:
    """Group documents into batches bounded by count and text size."""
    batch: list[Document] = []
    size = 0
    for d in docs:
        batch.append(d)
        size += len(d.text)
        if len(batch) >= max_docs or size >= max_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# ---------------------------------------------------------------- API


def code_documents(data, codebook=None, *, id_field: str = "id", text_field: str = "text",
                   date_field: str = "date", date: str | None = None,
                   keep: Iterable[str] = (), text: bool = True,
                   coder: Coder | None = None) -> pd.DataFrame:
    """Code documents (a DataFrame or an iterable of dicts) into a validated event table.

    Records that cannot be coded (missing id or text, bad date, duplicate id)
    and event rows that fail the schema are listed in `df.attrs["rejects"]`.

    >>> df = code_documents([{"id": "d1", "date": "2024-01-17",
    ...                       "text": "Pakistan recalled its ambassador from Iran."}])
    >>> df[["source", "target", "code"]].values.tolist()
    [['PAK', 'IRN', '161']]
    """
    import pandas as pd

    fields = Fields(id_field, text_field, date_field, tuple(keep), date)
    records = data.to_dict("records") if isinstance(data, pd.DataFrame) else data
    coder = coder or Coder(codebook)
    rejects: list[Reject] = []
    docs: list[Document] = []
    seen: set[str] = set()
    for n, rec in enumerate(records, 1):
        item = to_document(dict(rec), fields, "<records>", n)
        if isinstance(item, Document) and item.id in seen:
            item = Reject("<records>", n, id_field, f"duplicate id {item.id!r}", rec,
                          doc_id=item.id)
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        seen.add(item.id)
        docs.append(item)
    schema = arrow_schema(text, fields.keep)
    tables = [schema.empty_table()]
    for batch in batches(docs):
        good, bad, _counts = code_batch(coder, batch, fields.keep, text, coder.book.events)
        tables.append(good)
        rejects.extend(bad)
    df = events_frame(pa.concat_tables(tables))
    df.attrs["rejects"] = [r.as_json() for r in rejects]
    return df


def run_code(inputs: list[Path], output: Path, options: Options, *,
             rejects_path: Path | None = None, progress=None) -> Summary:
    """Code input files into a Parquet file (or partitioned dataset) at `output`.

    Raises `InputError` before any work when an input cannot be read or the
    output cannot be written. Rejected records go to `rejects_path`.
    """
    check_inputs(inputs)
    check_output(output)
    rejects_path = rejects_path or default_rejects_path(output)
    check_output(rejects_path)
    compiled = load_compiled(options.codebook or None)
    summary = Summary()
    started = time.perf_counter()
    rejects = RejectWriter(rejects_path)
    stream = DocumentStream(inputs, options.fields, rejects.write)
    schema = arrow_schema(options.with_text, options.fields.keep)
    try:
        with atomic_path(output, directory=bool(options.partition_by)) as tmp:
            target = tmp / "part-0.parquet" if options.partition_by else tmp
            writer = pq.ParquetWriter(target, schema, compression="zstd")
            try:
                with fewer_collections():  # reading and writing too, not only coding
                    for df, batch_rejects, counts, n_docs in _coded_batches(
                            stream, options, compiled):
                        for r in batch_rejects:
                            rejects.write(r)
                        _count(summary, counts, batch_rejects, len(df), n_docs)
                        if len(df):
                            writer.write_table(df, row_group_size=1 << 17)
                        if progress is not None:
                            progress.update(summary)
                summary.seconds = time.perf_counter() - started
                summary.inputs = _input_meta(inputs, stream)
                summary.documents = sum(i["documents_read"] for i in summary.inputs)
                summary.rejected = sum(i["documents_rejected"] for i in summary.inputs)
                summary.coded = summary.documents - summary.rejected
                summary.inputs_rejected = sum(i["input_rejected"] for i in summary.inputs)
                summary.keep_missing = stream.keep_missing
                writer.add_key_value_metadata({METADATA_KEY: json.dumps(
                    run_metadata(compiled, options, summary))})
            finally:
                writer.close()
            if options.partition_by:
                _partition(target, tmp, options.partition_by)
    except BaseException:
        rejects.close(keep=False)
        raise
    rejects.close()
    return summary


def default_rejects_path(output: Path) -> Path:
    """Where rejects go without --rejects: beside the output, events.parquet ->
    events.rejects.jsonl (a dataset directory `events/` -> events.rejects.jsonl)."""
    name = output.name.removesuffix(".parquet")
    return output.with_name(f"{name}.rejects.jsonl")


def _coded_batches(stream: DocumentStream, options: Options, compiled: Compiled):
    """(table, rejects, counts, documents) per batch, in input order, from one process,
    a process pool or a Dask cluster: the writer downstream is the same for all three."""
    keep, text = options.fields.keep, options.with_text
    if options.engine == "dask":
        from coding.distributed import dask_batches

        yield from dask_batches(stream, options, compiled)
        return
    if options.jobs <= 1:
        coder = Coder(compiled=compiled)
        for docs in batches(stream):
            yield (*code_batch(coder, docs, keep, text, compiled.events), len(docs))
        return
    fork = "fork" in mp.get_all_start_methods()
    if fork:
        _load_tables()  # once, before forking: the workers share them
    ctx = mp.get_context("fork" if fork else "spawn")
    with ctx.Pool(options.jobs, initializer=_init_worker,
                  initargs=(compiled.data, tuple(options.codebook))) as pool:
        sizes: list[int] = []

        def tasks():
            for docs in batches(stream, max_docs=BATCH_DOCS // 2):
                sizes.append(len(docs))
                yield docs, keep, text

        for n, result in enumerate(pool.imap(_worker_batch, tasks())):
            yield (*result, sizes[n])


def _load_tables() -> None:
    """Load the gazetteer and compile the fatality patterns (about a second together),
    which every worker would otherwise do for itself."""
    from coding import fatalities, geo

    geo.warm_up()
    fatalities.warm_up()


def _count(summary: Summary, counts: dict, batch_rejects: list, n_events: int,
           n_docs: int) -> None:
    summary.sentences += counts["sentences"]
    summary.events += n_events
    summary.event_rejects += counts["event_rejects"]
    summary.sentence_rejects += sum(1 for r in batch_rejects if r.field == "text")
    summary.discarded_documents += counts["discarded_documents"]
    summary.processed += n_docs
    for k, v in counts["statuses"].items():
        summary.statuses[k] = summary.statuses.get(k, 0) + v


def _no_documents() -> dict:
    """The per-input counts before any record is read."""
    return {"documents_read": 0, "documents_rejected": 0, "input_rejected": False}


def _input_meta(inputs: list[Path], stream: DocumentStream) -> list[dict]:
    out = []
    for p in inputs:
        counts = stream.per_input.get(str(p), _no_documents())
        out.append({**file_info(p), "documents_read": counts["documents_read"],
                    "documents_rejected": counts["documents_rejected"],
                    "documents_coded": counts["documents_read"] - counts["documents_rejected"],
                    "input_rejected": counts["input_rejected"]})
    return out


def run_metadata(compiled: Compiled, options: Options, summary: Summary) -> dict:
    """The `eventcoder` key-value metadata of a dataset."""
    created = (REPRODUCIBLE_TIME if options.reproducible
               else datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    return {
        "coder_version": __version__,
        "codebook": {"name": compiled.name, "version": compiled.version,
                     "sha256": compiled.hash},
        "event_codes": "CAMEO 1.1b3" if compiled.name == "default" else "codebook-defined",
        "cameo_version": "1.1b3",
        "created_utc": created,
        "parameters": options.as_dict(),
        "inputs": summary.inputs,
        "counts": {"documents_read": summary.documents, "documents_coded": summary.coded,
                   "documents_rejected": summary.rejected,
                   "inputs_rejected": summary.inputs_rejected, "sentences": summary.sentences,
                   "events": summary.events, "event_rows_rejected": summary.event_rejects,
                   "sentences_rejected": summary.sentence_rejects,
                   "documents_discarded": summary.discarded_documents,
                   "sentence_outcomes": dict(sorted(summary.statuses.items()))},
    }


def _partition(part: Path, out_dir: Path, by: str) -> None:
    """Rewrite one Parquet file as a hive-partitioned dataset by year or month."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    table_meta = _key_value_metadata(part)
    dataset = ds.dataset(part)
    scanner = dataset.scanner()
    base = dataset.schema
    fields = [pa.field("year", pa.int16())] + ([pa.field("month", pa.int8())] if by == "month"
                                               else [])
    schema = base.append(fields[0]) if by == "year" else base.append(fields[0]).append(fields[1])
    schema = schema.with_metadata(table_meta)

    def batches_with_parts():
        for b in scanner.to_batches():
            d = b.column("date")
            arrays = [*b.columns, pc.cast(pc.year(d), pa.int16())]
            if by == "month":
                arrays.append(pc.cast(pc.month(d), pa.int8()))
            yield pa.RecordBatch.from_arrays(arrays, schema=schema)

    ds.write_dataset(batches_with_parts(), out_dir, schema=schema, format="parquet",
                     partitioning=ds.partitioning(pa.schema(fields), flavor="hive"),
                     basename_template="part-{i}.parquet",
                     existing_data_behavior="overwrite_or_ignore",
                     preserve_order=True)  # else threads reorder rows: --reproducible
    os.unlink(part)
    pq.write_metadata(schema, out_dir / "_common_metadata")


def events_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow event table as the DataFrame the schema expects.

    Small integer columns may hold nulls: they stay integers (Int8/Int32), not
    floats; dates become timestamps.
    """
    import pandas as pd

    df = table.to_pandas(types_mapper={pa.int8(): pd.Int8Dtype(),
                                       pa.int32(): pd.Int32Dtype()}.get)
    if "date" in df:
        df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    return df


def read_events(path: str | Path) -> pd.DataFrame:
    """Read an event file or partitioned dataset back into a DataFrame."""
    import pandas as pd

    common = Path(path) / "_common_metadata"
    if common.is_file():
        # Partition columns typed from the dataset's own schema: inferring them fails
        # when every value is null (no dates: year=__HIVE_DEFAULT_PARTITION__).
        import pyarrow.dataset as ds

        schema = pq.read_schema(common)
        parts = pa.schema([f for f in schema if f.name in ("year", "month")])
        table = pq.read_table(path, schema=schema,
                              partitioning=ds.partitioning(parts, flavor="hive"))
    else:
        table = pq.read_table(path)
    df = events_frame(table)
    for c in ("year", "month"):
        if c in df and isinstance(df[c].dtype, pd.CategoricalDtype):
            df[c] = df[c].astype("int64")
    return df


def read_metadata(path: str | Path) -> dict | None:
    """The `eventcoder` metadata of a file or dataset, if any."""
    p = Path(path)
    target = p / "_common_metadata" if p.is_dir() else p
    raw = _key_value_metadata(target).get(METADATA_KEY)
    return json.loads(raw) if raw else None


def _key_value_metadata(path: Path) -> dict[bytes, bytes]:
    """The file's key-value metadata (where `ParquetWriter.add_key_value_metadata` puts it;
    `pq.read_schema` does not show it), without Arrow's own schema entry."""
    meta = pq.read_metadata(path).metadata or {}
    return {k: v for k, v in meta.items() if k != b"ARROW:schema"}


__all__ = ["code_documents", "run_code", "Options", "Summary", "read_events", "read_metadata",
           "InputError", "arrow_schema"]
