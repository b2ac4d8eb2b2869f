"""Validate event tables with the Pandera schema and explain failures row by row.

Used twice: on every batch before it is written (failing rows go to the
rejects file, never to the dataset) and by `eventcoder validate` on any file
or dataset a user hands in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.errors

from schemas.events import EventSchema


def _schema(code_table: dict | None):
    return EventSchema.for_codes(code_table) if code_table is not None else EventSchema


def validate_events(df: pd.DataFrame, code_table: dict | None = None
                    ) -> tuple[pd.DataFrame, list[tuple[object, dict, str]]]:
    """(valid rows, [(index, row, reasons)]) for an event table.

    Table-level failures (a missing column, a wrong dtype) mean the table was
    not made by this coder's rules; they raise, since no row can be trusted.
    """
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
