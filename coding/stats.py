"""Summaries of an event table: counts by root code, QuadClass, year, top dyads."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def summarise(df: pd.DataFrame, top: int = 10) -> dict[str, pd.Series]:
    """The tables `eventcoder stats` prints, as pandas Series."""
    dyads = (df.dropna(subset=["source", "target"])
             .groupby(["source", "target"]).size().sort_values(ascending=False).head(top))
    years = df["date"].dt.year.value_counts().sort_index() if len(df) else pd.Series(dtype=int)
    return {
        "root_code": df.groupby(["root_code", "event_name_root"]).size()
        if "event_name_root" in df else df["root_code"].value_counts().sort_index(),
        "quad_class": df["quad_class"].value_counts().sort_index(),
        "year": years,
        "dyads": dyads,
    }


def stats_text(path: str | Path, top: int = 10) -> str:
    """What `eventcoder stats` prints for an event file or dataset directory."""
    from coding.pipeline import read_events

    df = read_events(path)
    s = summarise(df, top)
    lines = [f"{path}: {len(df):,} events, {df['doc_id'].nunique():,} documents"]
    if not len(df):  # empty tables would say nothing more
        return lines[0]
    lines.append(f"dates: {df['date'].min():%Y-%m-%d} .. {df['date'].max():%Y-%m-%d}")
    lines.append("\nby root code:")
    lines += [f"  {k}  {v:>8,}" for k, v in s["root_code"].items()]
    lines.append("\nby QuadClass:")
    lines += [f"  {int(k)} {QUAD_NAMES.get(int(k), ''):<22} {v:>8,}"
              for k, v in s["quad_class"].items()]
    lines.append("\nby year:")
    lines += [f"  {int(k)}  {v:>8,}" for k, v in s["year"].items()]
    lines.append(f"\ntop {top} dyads (source -> target):")
    lines += [f"  {a:<12} -> {b:<12} {v:>8,}" for (a, b), v in s["dyads"].items()]
    return "\n".join(lines)
