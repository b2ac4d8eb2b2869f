"""Pandera schemas of the datasets eventcoder writes."""

from schemas.daily import DAILY_KEY, DailySchema
from schemas.events import EventSchema, default_code_table, split_actor

__all__ = ["EventSchema", "DailySchema", "DAILY_KEY", "default_code_table", "split_actor"]
