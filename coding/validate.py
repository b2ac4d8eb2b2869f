"""Validate event tables against the event schema and explain failures row by row.

Used twice: on every batch before it is written (failing rows go to the
rejects file, never to the dataset) and by `eventcoder validate` on any file
or dataset a user hands in.

The Pandera `EventSchema` is the contract. Building and running it costs about
a second per process plus milliseconds per batch, so the coder's own Arrow
tables are first checked by `arrow_failures`: the same column and table checks
written with Arrow compute functions (`ARROW_COLUMNS` mirrors the schema's
fields; a test keeps the two in step). Only a batch in which that finds a
failing row goes through Pandera, whose findings decide which rows are
rejected and why. The Arrow checks are never looser than the schema (a regex
`$` in RE2 matches only at the very end, for instance), so a batch they pass
is one the schema passes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

try:  # the kernels themselves: importing pyarrow.compute first generates a Python
    # wrapper for every kernel, 50-75 ms of a one-line run
    from pyarrow._compute import (
        CountOptions,
        MatchSubstringOptions,
        SetLookupOptions,
        SliceOptions,
        call_function,
    )
except ImportError:  # pragma: no cover - a pyarrow that moved its private module
    from pyarrow.compute import (
        CountOptions,
        MatchSubstringOptions,
        SetLookupOptions,
        SliceOptions,
        call_function,
    )

from coding.arrow import to_array
from schemas.codes import ACTOR_CODE, COUNTRY_CODE, EVENT_ID

if TYPE_CHECKING:
    import pandas as pd

#: Column -> checks of `schemas.events.EventSchema`, for `arrow_failures`: nullable,
#: unique, regular expression, lower and upper bound, allowed values.
ARROW_COLUMNS: dict[str, dict] = {
    "event_id": {"unique": True, "regex": EVENT_ID},
    "doc_id": {},
    "sentence_id": {"ge": 1},
    "date": {"nullable": True},
    "source": {"nullable": True, "regex": ACTOR_CODE},
    "source_country": {"nullable": True, "regex": COUNTRY_CODE},
    "source_agent": {"nullable": True, "regex": COUNTRY_CODE},
    "source_text": {"nullable": True},
    "target": {"nullable": True, "regex": ACTOR_CODE},
    "target_country": {"nullable": True, "regex": COUNTRY_CODE},
    "target_agent": {"nullable": True, "regex": COUNTRY_CODE},
    "target_text": {"nullable": True},
    "code": {},
    "base_code": {},
    "root_code": {},
    "event_name": {},
    "quad_class": {"nullable": True, "isin": [1, 2, 3, 4]},
    "goldstein": {"nullable": True, "ge": -10, "le": 10},
    "plover_type": {"nullable": True},
    "verb_text": {},
    "rule_id": {},
    "sentence": {"nullable": True},
    "fatalities": {"nullable": True, "ge": 0},
    "fatalities_flag": {"nullable": True, "isin": ["vague"]},
    "location": {"nullable": True},
    "location_country": {"nullable": True, "regex": COUNTRY_CODE},
    "admin1": {"nullable": True},
    "latitude": {"nullable": True, "ge": -90, "le": 90},
    "longitude": {"nullable": True, "ge": -180, "le": 180},
    "geo_precision": {"nullable": True, "isin": [1, 2, 3]},
    "story_mentions": {"nullable": True, "ge": 1},
    "first_mention": {"nullable": True},
}
#: The schema's table-wide checks, each done by `_table_checks`.
ARROW_TABLE_CHECKS = ("code_in_code_table", "base_and_root_agree_with_code",
                      "quad_class_goldstein_name_agree_with_code",
                      "actor_parts_agree_with_code", "has_an_actor")
#: Columns the schema requires (the others are optional).
REQUIRED = ("event_id", "doc_id", "sentence_id", "date", "source", "source_country",
            "source_agent", "source_text", "target", "target_country", "target_agent",
            "target_text", "code", "base_code", "root_code", "event_name", "quad_class",
            "goldstein", "plover_type", "verb_text", "rule_id")


def _schema(code_table: dict | None):
    from schemas.events import EventSchema

    return EventSchema.for_codes(code_table) if code_table is not None else EventSchema


def arrow_failures(table: pa.Table, expected: pa.Schema, code_table: dict) -> int:
    """How many rows of `table` fail a check of the event schema (0: every row passes).

    `expected` is the Arrow schema the coder writes; a table of any other shape
    counts as failing as a whole, so that Pandera looks at it.
    """
    if table.schema.remove_metadata() != expected.remove_metadata() or any(
            c not in table.column_names for c in REQUIRED):
        return max(table.num_rows, 1)
    if table.num_rows == 0:
        return 0
    checks = _table_checks(table, code_table)
    for name in table.column_names:
        spec = ARROW_COLUMNS.get(name)
        if spec is None:
            continue
        col = table.column(name)
        if not spec.get("nullable") and col.null_count:
            return col.null_count
        distinct = spec.get("unique") and _k("count_distinct", col, options=CountOptions())
        if distinct and distinct.as_py() != len(col):
            return 1
        if col.null_count:  # a null passes the value checks of a nullable column
            isnull = _k("is_null", col)
            checks.extend(_k("or", isnull, _false_if_null(c))
                          for c in _column_checks(col, spec))
        else:
            checks.extend(_column_checks(col, spec))
    ok = reduce(lambda a, b: _k("and", a, b), checks)
    return table.num_rows - (_k("sum", ok).as_py() or 0)


def _column_checks(col, spec: dict) -> list:
    """Boolean arrays for one column's checks (their value for a null is not used)."""
    out = []
    if "regex" in spec:
        out.append(_k("match_substring_regex", col, options=MatchSubstringOptions(spec["regex"])))
    if "ge" in spec:
        out.append(_k("greater_equal", col, to_array([spec["ge"]], col.type)[0]))
    if "le" in spec:
        out.append(_k("less_equal", col, to_array([spec["le"]], col.type)[0]))
    if "isin" in spec:
        out.append(_k("is_in", col, options=SetLookupOptions(to_array(spec["isin"], col.type))))
    return out


def _table_checks(table: pa.Table, code_table: dict) -> list:
    """The schema's table-wide checks as boolean arrays (False: the row fails)."""
    code = table.column("code")
    codes = list(code_table)
    pos = _k("index_in", code, options=SetLookupOptions(to_array(codes, pa.string())))
    known = _k("is_valid", pos)
    rows = [code_table[c] for c in codes]
    checks = [known]
    for column, k in (("event_name", 0), ("goldstein", 1), ("quad_class", 2)):
        have = table.column(column)
        want = _k("take", to_array([r[k] for r in rows], have.type), pos)
        same = _k("equal", have, want)
        both_null = _k("and", _k("is_null", have), _k("is_null", want))
        checks.append(_k("or", _false_if_null(same), both_null))
    for column, width in (("base_code", 3), ("root_code", 2)):
        prefix = _k("utf8_slice_codeunits", code, options=SliceOptions(0, width))
        checks.append(_false_if_null(_k("equal", table.column(column), prefix)))
    for side in ("source", "target"):
        actor, country = table.column(side), table.column(f"{side}_country")
        agree = _false_if_null(_k("equal", _k("utf8_slice_codeunits", actor,
                                               options=SliceOptions(0, 3)), country))
        checks.append(_k("or", _k("is_null", country), agree))
    checks.append(_k("or", _k("is_valid", table.column("source")),
                     _k("is_valid", table.column("target"))))
    return checks


def _false_if_null(check):
    """A check's result with null as False (`fill_null` with a Python value would
    import pandas)."""
    return _k("and_kleene", check, _k("is_valid", check))


def _k(name: str, *args, options=None):
    """Run one Arrow compute kernel by name."""
    return call_function(name, list(args), options)


def validate_table(table: pa.Table, code_table: dict, expected: pa.Schema
                   ) -> tuple[pa.Table, list[tuple[object, dict, str]]]:
    """(valid rows, [(index, row, reasons)]) for an event table the coder built.

    `expected` is the Arrow schema the coder writes. The Arrow checks pass almost
    every batch; a batch with a failing row is validated by Pandera
    (`validate_events`), which names the rows and the reasons.
    """
    if not arrow_failures(table, expected, code_table):
        return table, []
    from coding.pipeline import events_frame

    good, bad = validate_events(events_frame(table), code_table)
    return pa.Table.from_pandas(good[table.column_names], schema=table.schema,
                                preserve_index=False), bad


def validate_events(df: pd.DataFrame, code_table: dict | None = None
                    ) -> tuple[pd.DataFrame, list[tuple[object, dict, str]]]:
    """(valid rows, [(index, row, reasons)]) for an event table, with Pandera.

    Table-level failures (a missing column, a wrong dtype) mean the table was
    not made by this coder's rules; they raise, since no row can be trusted.
    """
    import pandera.errors

    if df.empty:
        return df, []
    try:
        _schema(code_table).validate(df, lazy=True)
        return df, []
    except pandera.errors.SchemaErrors as err:
        failures = err.failure_cases
    row_level = failures[failures["index"].notna()]
    table_level = failures[failures["index"].isna()]
    if len(table_level):
        raise ValueError("event table does not match the schema: " + "; ".join(
            f"{r.column}: {r.check}" for r in table_level.itertuples()))
    reasons: dict[object, list[str]] = {}
    for r in row_level.itertuples():
        what = f"{r.column}: {r.check}" if _column_check(r) else str(r.check)
        reasons.setdefault(r.index, [])
        if what not in reasons[r.index]:
            reasons[r.index].append(what)
    bad_index = [i for i in df.index if i in reasons]  # in row order
    bad = [(i, df.loc[i].to_dict(), "; ".join(reasons[i])) for i in bad_index]
    return df.drop(index=bad_index).reset_index(drop=True), bad


def _column_check(r) -> bool:
    """A failure of one column's check (a dataframe-wide check lists every column)."""
    return r.schema_context == "Column" and isinstance(r.column, str)


@dataclass
class Report:
    """The outcome of validating a file or dataset."""

    path: str
    rows: int = 0
    problems: list[str] = field(default_factory=list)
    failing_rows: dict[str, list] = field(default_factory=dict)  # check -> row numbers

    @property
    def valid(self) -> bool:
        return not self.problems and not self.failing_rows

    def text(self, limit: int = 10) -> str:
        lines = [f"{self.path}: {self.rows} rows"]
        if self.valid:
            lines.append("valid: every row passes every check of the event schema")
            return "\n".join(lines)
        lines.extend(f"  table: {p}" for p in self.problems)
        for check, rows in sorted(self.failing_rows.items()):
            shown = ", ".join(str(r) for r in rows[:limit])
            more = f" ... (+{len(rows) - limit})" if len(rows) > limit else ""
            lines.append(f"  {check}: {len(rows)} row(s): {shown}{more}")
        lines.append("INVALID")
        return "\n".join(lines)


def validate_path(path: str | Path, code_table: dict | None = None) -> Report:
    """Check a Parquet file or dataset against the event schema."""
    from coding.pipeline import read_events

    report = Report(str(path))
    try:
        df = read_events(path)
    except Exception as exc:  # any unreadable file is a validation failure
        report.problems.append(f"cannot read as Parquet: {exc}")
        return report
    report.rows = len(df)
    import pandas as pd
    import pandera.errors

    try:
        _schema(code_table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as err:
        for r in err.failure_cases.itertuples():
            label = f"{r.column}: {r.check}" if _column_check(r) else str(r.check)
            if pd.isna(r.index):
                report.problems.append(f"{label} (failure case {r.failure_case!r})")
            else:
                rows = report.failing_rows.setdefault(label, [])
                if r.index not in rows:
                    rows.append(int(r.index))
    for rows in report.failing_rows.values():
        rows.sort()
    return report
