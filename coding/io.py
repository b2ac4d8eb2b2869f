"""Read input documents and write outputs safely.

Readers yield, for every input record, either a `Document` or a `Reject`
naming the file, line, field and reason: nothing is dropped silently. Writers
are atomic: data goes to a hidden temporary file next to the target and is
renamed into place only when complete, so a killed run never leaves a partial
file at the output path.
"""

from __future__ import annotations

import csv
import glob
import gzip
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

#: A CSV field can hold a whole article.
csv.field_size_limit(sys.maxsize)

MAX_REJECT_RAW = 2000  # characters of a rejected record kept in the rejects file
#: Longest text coded as one document (about 1,000 times a long news article). A
#: document is coded as a whole (story-wide discards and mentions), so its events are
#: held in memory together: longer texts are rejected to keep memory bounded.
MAX_TEXT_CHARS = 5_000_000


class InputError(Exception):
    """An input that cannot be read at all (fatal for the run)."""


@dataclass
class Fields:
    """Which input fields hold the id, text and date, and which others to keep."""

    id: str = "id"
    text: str = "text"
    date: str = "date"
    keep: tuple[str, ...] = ()
    default_date: str | None = None


@dataclass
class Document:
    """One input record that passed the checks; `file` and `line` say where it came from."""

    id: str
    text: str
    date: date | None
    extra: dict = field(default_factory=dict)
    file: str = ""
    line: int = 0


@dataclass
class Reject:
    """One line of the rejects file: where (file, line, field), why, and the raw record."""

    file: str
    line: int | None
    field: str | None
    reason: str
    raw: object = None
    doc_id: str | None = None
    sentence_id: int | None = None

    @property
    def whole_input(self) -> bool:
        """A reject of a whole input (empty, unreadable, corrupt before its first record)
        rather than of one record or one `.txt` document of a directory: it is counted
        as a rejected input, not as a document."""
        return self.line is None and self.field is None and self.doc_id is None

    def as_json(self) -> dict:
        """The JSON object written: long or unprintable raw values clipped and escaped, so
        that a hostile record cannot make the rejects file huge or unreadable."""
        raw = self.raw
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8", "backslashreplace")
        if isinstance(raw, str):
            raw = _clip(raw)
        if isinstance(raw, dict):
            raw = {_clip(str(k)): _clip(v) for k, v in raw.items()}
        if isinstance(raw, list | tuple):  # a CSV row
            raw = [_clip(v) for v in raw]
        return {"file": self.file, "line": self.line, "field": self.field,
                "reason": self.reason, "doc_id": _clip(self.doc_id),
                "sentence_id": self.sentence_id, "raw": _jsonable(raw)}


def _clip(v):
    if isinstance(v, str):
        v = _printable(v)
        if len(v) > MAX_REJECT_RAW:
            return v[:MAX_REJECT_RAW] + f"... [{len(v)} characters]"
    return v


def _printable(s: str) -> str:
    """Undecodable bytes (lone surrogates) as backslash escapes, so JSON can be written."""
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        pass
    try:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate from a JSON \ud800 escape
        return s.encode("utf-8", "backslashreplace").decode("utf-8")


def _jsonable(v):
    try:
        json.dumps(v)
        return v
    except (TypeError, ValueError):
        return repr(v)


# ---------------------------------------------------------------- inputs


def input_kind(path: Path) -> str:
    """jsonl | csv | parquet | txt | dir, from the path (fatal if unknown)."""
    if path.is_dir():
        return "dir"
    name = path.name.lower()
    for suffix, kind in ((".jsonl.gz", "jsonl"), (".ndjson.gz", "jsonl"), (".jsonl", "jsonl"),
                         (".ndjson", "jsonl"), (".json", "jsonl"), (".csv.gz", "csv"),
                         (".csv", "csv"), (".parquet", "parquet"), (".pq", "parquet"),
                         (".txt", "txt")):
        if name.endswith(suffix):
            return kind
    raise InputError(f"{path}: unknown input type (use .jsonl, .jsonl.gz, .csv, .parquet, "
                     ".txt or a directory of .txt files)")


def check_inputs(paths: list[Path]) -> None:
    """Fail fast, before any work, on inputs that do not exist or cannot be read."""
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file or directory")
        input_kind(p)
        if p.is_file() and not os.access(p, os.R_OK):
            raise InputError(f"{p}: permission denied")


def read_records(path: Path, fields: Fields) -> Iterator[Document | Reject]:
    """Every record of one input as a Document or a Reject, in input order."""
    kind = input_kind(path)
    raw_iter = {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet, "txt": _txt,
                "dir": _dir}[kind](path, fields)
    empty = True
    for item in raw_iter:
        empty = False
        if isinstance(item, Reject):
            yield item
        else:
            line, record, fname = item
            yield to_document(record, fields, fname, line)
    if empty:  # an empty or header-only file: say so rather than code nothing silently
        yield Reject(str(path), None, None, "file holds no records", None)


def to_document(record: dict, fields: Fields, file: str, line: int) -> Document | Reject:
    """Check one raw record's id, text and date."""
    def reject(field_name: str, reason: str) -> Reject:
        return Reject(file, line, field_name, reason, record,
                      doc_id=_as_text(record.get(fields.id)))

    doc_id = _as_text(record.get(fields.id))
    if not doc_id:
        return reject(fields.id, f"missing or empty '{fields.id}'")
    text = record.get(fields.text)
    if not isinstance(text, str):
        return reject(fields.text, f"missing '{fields.text}'" if text is None
                      else f"'{fields.text}' is not text")
    if len(text) > MAX_TEXT_CHARS:
        return reject(fields.text, f"text too long: {len(text):,} characters "
                      f"(limit {MAX_TEXT_CHARS:,})")
    if _has_undecodable(doc_id):
        return reject(fields.id, "undecodable bytes (not valid UTF-8)")
    if _has_undecodable(text):
        return reject(fields.text, "undecodable bytes (not valid UTF-8)")
    if "\x00" in text:
        return reject(fields.text, "NUL byte in text")
    if not text.strip():
        return reject(fields.text, f"empty '{fields.text}'")
    raw_date = record.get(fields.date)
    if raw_date in (None, "") or (isinstance(raw_date, float) and raw_date != raw_date):
        raw_date = fields.default_date
    day = None
    if raw_date not in (None, ""):
        try:
            day = parse_date(raw_date)
        except ValueError as exc:
            return reject(fields.date, f"invalid date {raw_date!r}: {exc}")
    extra = {k: record.get(k) for k in fields.keep}
    for k, v in extra.items():
        if isinstance(v, str) and _has_undecodable(v):
            return reject(k, "undecodable bytes (not valid UTF-8)")
    return Document(doc_id, text, day, extra, file, line)


#: Dates the event table can hold: its `date` column is datetime64[ns].
MIN_DATE, MAX_DATE = date(1677, 9, 22), date(2262, 4, 11)


def parse_date(value) -> date:
    """An ISO date (YYYY-MM-DD, or a timestamp starting with one), within MIN_DATE..MAX_DATE."""
    if isinstance(value, date):
        day = value if type(value) is date else value.date()  # datetime -> date
    else:
        text = str(value).strip()
        if len(text) < 10 or text[4] != "-" or text[7] != "-":
            raise ValueError("expected YYYY-MM-DD")
        day = date.fromisoformat(text[:10])
    if not MIN_DATE <= day <= MAX_DATE:
        raise ValueError(f"outside the supported range {MIN_DATE}..{MAX_DATE}")
    return day


def _as_text(v) -> str | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, bool) or not isinstance(v, str | int | float):
        return None
    s = str(v).strip()
    return s or None


# \udc80-\udcff: bytes that were not UTF-8; any other lone surrogate (a JSON
# "\ud800" escape) cannot be written as UTF-8 either.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_undecodable(s: str) -> bool:
    """Whether `s` holds a lone surrogate; an ASCII string cannot (`isascii` reads a
    flag the string keeps, where the search walks every character)."""
    return not s.isascii() and _SURROGATE.search(s) is not None


def _open_text(path: Path):
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="surrogateescape", newline="")
    return path.open(encoding="utf-8", errors="surrogateescape", newline="")


def _jsonl(path: Path, fields: Fields):
    name = str(path)
    line = 0
    try:
        with _open_text(path) as fh:
            for line, raw in enumerate(fh, 1):
                if line == 1 and raw.startswith("\ufeff"):
                    raw = raw[1:]
                if not raw.strip():
                    continue
                if _has_undecodable(raw):
                    yield Reject(name, line, None, "undecodable bytes (not valid UTF-8)",
                                 raw.encode("utf-8", "surrogateescape"))
                    continue
                try:
                    record = json.loads(raw)
                except (ValueError, RecursionError) as exc:
                    # ValueError besides JSONDecodeError: an integer of over 4300 digits
                    reason = (f"malformed JSON: {exc.msg} at column {exc.colno}"
                              if isinstance(exc, json.JSONDecodeError)
                              else "malformed JSON: nested too deeply"
                              if isinstance(exc, RecursionError)
                              else f"malformed JSON: {str(exc).split(';')[0]}")
                    yield Reject(name, line, None, reason, raw.rstrip("\n"))
                    continue
                if not isinstance(record, dict):
                    yield Reject(name, line, None, "JSON line is not an object", raw.rstrip("\n"))
                    continue
                yield line, record, name
    except (EOFError, OSError, zlib.error) as exc:
        yield Reject(name, line + 1, None, f"file ends early or is corrupt: {exc}", None)


def _csv(path: Path, fields: Fields):
    name = str(path)
    try:
        with _open_text(path) as fh:
            yield from _csv_rows(_without_bom(fh), name)
    except (EOFError, OSError, zlib.error) as exc:
        yield Reject(name, None, None, f"file ends early or is corrupt: {exc}", None)


def _without_bom(lines):
    for n, line in enumerate(lines):
        yield line.lstrip("\ufeff") if n == 0 else line


def _csv_rows(lines, name: str):
    # strict: an unclosed quote is an error, not the rest of the file swallowed into one field
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield Reject(name, 1, None, f"malformed CSV header: {exc}", None)
        return
    width = len(header)
    while True:
        line = reader.line_num + 1  # where the record starts (a quoted field can span lines)
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Reject(name, line, None, f"malformed CSV: {exc}", None)
            continue
        if not row:
            continue
        if len(row) != width:
            yield Reject(name, line, None, f"CSV row has {len(row)} fields, header has {width}",
                         row)
            continue
        yield line, dict(zip(header, row, strict=True)), name


def _parquet(path: Path, fields: Fields):
    import pyarrow.parquet as pq

    name = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for corrupt files
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
    line = 0
    for batch in pf.iter_batches(batch_size=2048):
        for record in batch.to_pylist():
            line += 1
            yield line, record, name


def _txt(path: Path, fields: Fields):
    yield from _one_text_file(path, fields, path.stem)


def _one_text_file(path: Path, fields: Fields, doc_id: str):
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Reject(name, None, None, f"unreadable file: {exc.strerror or exc}", None,
                     doc_id=doc_id)
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8", "surrogateescape")
    yield 1, {fields.id: doc_id, fields.text: text}, name


def _dir(path: Path, fields: Fields):
    """Every .txt file below `path`, one document each.

    The id is the file's stem, prefixed with its sub-directory when it has one
    ("2024/jan/report"), so equal file names in different folders stay distinct.
    """
    files = sorted(p for p in path.rglob("*.txt") if p.is_file() or p.is_symlink())
    if not files:
        yield Reject(str(path), None, None, "directory holds no .txt files", None)
    for f in files:
        yield from _one_text_file(f, fields, f.relative_to(path).with_suffix("").as_posix())


def file_info(path: Path) -> dict:
    """Path, size and sha256 of an input, for the dataset's provenance metadata."""
    if path.is_dir():
        h = hashlib.sha256()
        size = 0
        for f in sorted(path.rglob("*.txt")):
            try:
                data = f.read_bytes()
            except OSError:
                continue
            h.update(f.relative_to(path).as_posix().encode() + b"\0" + data)
            size += len(data)
        return {"path": str(path), "bytes": size, "sha256": h.hexdigest()}
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return {"path": str(path), "bytes": path.stat().st_size, "sha256": h.hexdigest()}


# ---------------------------------------------------------------- outputs


def check_output(path: Path) -> None:
    """Fail before any work when the output's directory is missing or not writable."""
    parent = path.resolve().parent
    if not parent.is_dir():
        raise InputError(f"{path}: output directory {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise InputError(f"{path}: output directory {parent} is not writable")
    try:  # os.access can say yes on a read-only file system (or for root): try it
        with tempfile.TemporaryFile(dir=parent, prefix=f".{path.name}.probe-"):
            pass
    except OSError as exc:
        raise InputError(f"{path}: output directory {parent} is not writable "
                         f"({exc.strerror or exc})") from None
    if path.is_dir() and not path.is_symlink() and any(path.iterdir()) and not (
            path / "_common_metadata").exists() and not (path / "_eventcoder").exists():
        raise InputError(f"{path}: is a directory that is not an eventcoder dataset")


@contextmanager
def atomic_path(path: Path, *, directory: bool = False):
    """Yield a temporary path next to `path`; move it into place on success only.

    The temporary name carries the writer's pid (`.NAME.tmp-PID-xxxx`) so that
    leftovers of a killed run can be recognised and removed by the next run. The
    data is fsynced before the rename and the directory after it, so a power cut
    leaves either the old file or the complete new one.
    """
    parent = path.resolve().parent
    _remove_stale_temporaries(parent, path.name)
    prefix = f".{path.name}.tmp-{os.getpid()}-"
    if directory:
        tmp = Path(tempfile.mkdtemp(dir=parent, prefix=prefix))
    else:
        fd, name = tempfile.mkstemp(dir=parent, prefix=prefix)
        os.close(fd)
        tmp = Path(name)
    try:
        yield tmp
        _fsync_tree(tmp)
        if directory:
            _replace_dir(tmp, path)
        else:
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        _fsync(parent)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True) if tmp.is_dir() else tmp.unlink()


def _remove_stale_temporaries(parent: Path, name: str) -> None:
    """Delete `.NAME.tmp-PID-*` left behind by writers that no longer run."""
    for leftover in parent.glob(f".{glob.escape(name)}.tmp-*-*"):
        pid = leftover.name[len(name) + 6:].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() \
                else leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def _fsync(path: Path) -> None:
    """Flush a file or a directory entry table to disk (best effort where unsupported)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_tree(path: Path) -> None:
    if path.is_dir():
        for f in path.rglob("*"):
            _fsync(f)
    _fsync(path)


def _replace_dir(tmp: Path, path: Path) -> None:
    os.chmod(tmp, 0o755)
    if not path.exists():
        os.replace(tmp, path)
        return
    old = path.with_name(f".{path.name}.old-{os.getpid()}")
    os.replace(path, old)
    os.replace(tmp, path)
    shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)


class RejectWriter:
    """Appends rejects as JSON lines to a temporary file, moved into place at the end."""

    def __init__(self, path: Path):
        self.path = path
        self.count = 0
        self._ctx = atomic_path(path)
        self._tmp = self._ctx.__enter__()
        self._fh = self._tmp.open("w", encoding="utf-8")

    def write(self, reject: Reject) -> None:
        self._fh.write(json.dumps(reject.as_json(), ensure_ascii=False) + "\n")
        self.count += 1

    def close(self, *, keep: bool = True) -> None:
        self._fh.close()
        if keep and self.count:
            self._ctx.__exit__(None, None, None)
        else:
            self._ctx.__exit__(RuntimeError, RuntimeError("discard"), None)
            if keep:  # no rejects: leave no stale rejects file from an earlier run
                self.path.unlink(missing_ok=True)
