"""The daily ("one-a-day") aggregate schema: one row per (date, source, target, code).

Written by `eventcoder dedup` and by `eventcoder publish` (data/daily.parquet);
the column descriptions here are also the ones published in `datapackage.json`.
See `coding.dedup.daily` for how each column is computed.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.codes import ACTOR_CODE, EVENT_ID
from schemas.events import code_field, country_field, has_an_actor, parents_agree

#: The grouping key: one row per distinct value (nulls are values too).
DAILY_KEY = ("date", "source", "target", "code")


class DailySchema(pa.DataFrameModel):
    """One row per (date, source, target, code): the events of one day with the same
    source, target and event code, over every document and sentence that reported them."""

    date: Series[pd.Timestamp] = pa.Field(nullable=True, description=(
        "Day of the documents that reported the event (the event table's date); "
        "null groups the events whose documents had no date."))
    source: Series[str] = pa.Field(nullable=True, str_matches=ACTOR_CODE, description=(
        "CAMEO actor code of the source; null groups events without a source."))
    source_country: Series[str] = country_field("source")
    target: Series[str] = pa.Field(nullable=True, str_matches=ACTOR_CODE, description=(
        "CAMEO actor code of the target; null groups events without a target."))
    target_country: Series[str] = country_field("target")
    code: Series[str] = code_field("code")
    base_code: Series[str] = code_field("base_code")
    root_code: Series[str] = code_field("root_code")
    event_name: Series[str] = code_field("event_name")
    quad_class: Series[pd.Int8Dtype] = code_field("quad_class")
    goldstein: Series[float] = code_field("goldstein")
    num_mentions: Series[int] = pa.Field(ge=1, description=(
        "Event rows (sentence-level mentions) in the group: every sentence of every "
        "document that was coded with this source, target and code on this day."))
    num_docs: Series[int] = pa.Field(ge=1, description=(
        "Distinct documents (doc_id) among the mentions; equals the number of "
        "one-a-story events (first_mention rows) in the group."))
    num_sources: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description=(
        "Distinct non-null values of the documents' source field (column doc_source, "
        "present when coded with `--keep source`); null when that column is absent or "
        "no document of the group has a source."))
    first_event_id: Series[str] = pa.Field(str_matches=EVENT_ID, description=(
        "event_id of the group's first mention in event order (the order of the event "
        "table: documents in input order, then sentence_id, then position in the sentence)."))
    last_event_id: Series[str] = pa.Field(str_matches=EVENT_ID, description=(
        "event_id of the group's last mention in event order."))

    class Config:
        strict = False
        coerce = False
        name = "DailySchema"
        unique = list(DAILY_KEY)

    @pa.dataframe_check(name="base_and_root_agree_with_code")
    @classmethod
    def _parents(cls, df: pd.DataFrame) -> Series[bool]:
        return parents_agree(df)

    @pa.dataframe_check(name="docs_at_most_mentions")
    @classmethod
    def _docs(cls, df: pd.DataFrame) -> Series[bool]:
        return df["num_docs"] <= df["num_mentions"]

    @pa.dataframe_check(name="sources_at_most_docs")
    @classmethod
    def _sources(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["num_sources"].isna() | (df["num_sources"] <= df["num_docs"])).astype(bool)

    @pa.dataframe_check(name="has_an_actor")
    @classmethod
    def _has_actor(cls, df: pd.DataFrame) -> Series[bool]:
        return has_an_actor(df)
