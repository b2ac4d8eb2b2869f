"""Pandera schemas of the datasets eventcoder writes.

The names are loaded on first use (pandas and pandera take about a second to
import), so `schemas.codes` stays cheap for the coder.
"""

from __future__ import annotations

import importlib

_WHERE = {"EventSchema": "schemas.events", "DailySchema": "schemas.daily",
          "DAILY_KEY": "schemas.daily", "default_code_table": "schemas.codes",
          "split_actor": "schemas.codes"}

__all__ = ["EventSchema", "DailySchema", "DAILY_KEY", "default_code_table", "split_actor"]


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'schemas' has no attribute {name!r}")
