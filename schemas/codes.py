"""Code formats and the default code table, without pandas or pandera.

The Pandera schemas (`schemas.events`, `schemas.daily`) and the coder's fast
Arrow checks (`coding.validate`) share these definitions; importing this module
costs nothing, so the coder can use it on every run.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

ACTOR_CODE = r"^(?:[A-Z0-9]{3}|---)(?:[A-Z0-9]{3}){0,4}$"
COUNTRY_CODE = r"^[A-Z0-9]{3}$"
EVENT_ID = r"^[0-9a-f]{20}$"
DEFAULT_EVENTS = Path(__file__).resolve().parents[1] / "codebooks" / "default" / "events.csv"


@cache
def default_code_table() -> dict[str, tuple]:
    """code -> (name, goldstein, quad_class, plover_type) of CAMEO 1.1b3."""
    try:
        import codebooks

        path = codebooks.DEFAULT / "events.csv"
    except ImportError:  # pragma: no cover - schemas used without the package
        path = DEFAULT_EVENTS
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["code"]: (r["name"], float(r["goldstein"]) if r["goldstein"] else None,
                            int(r["quad_class"]) if r["quad_class"] else None,
                            r.get("plover_type") or None)
                for r in csv.DictReader(fh)}


def split_actor(code: str | None) -> tuple[str | None, str | None]:
    """(country, primary agent) of an actor code: PAKGOV -> (PAK, GOV)."""
    if not code:
        return None, None
    head = code[:3]
    country = None if head in _NON_COUNTRY else head
    agent = code[3:6] or None
    if head in _NON_COUNTRY and head != "---":
        agent = head
    return country, agent


_NON_COUNTRY = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS", "---"})
