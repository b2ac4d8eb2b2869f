"""Pandera schemas of the datasets eventcoder writes."""

from schemas.events import EventSchema, default_code_table, split_actor

__all__ = ["EventSchema", "default_code_table", "split_actor"]
