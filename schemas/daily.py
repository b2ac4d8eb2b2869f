"""The daily ("one-a-day") aggregate schema: one row per (date, source, target, code).

Written by `eventcoder dedup` and by `eventcoder publish` (data/daily.parquet);
the column descriptions here are also the ones published in `datapackage.json`.
See `coding.dedup.daily` for how each column is computed.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.codes import ACTOR_CODE, COUNTRY_CODE, EVENT_ID
from schemas.events import parents_agree

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
    source_country: Series[str] = pa.Field(nullable=True, str_matches=COUNTRY_CODE,
                                           description="Country part of the source code.")
    target: Series[str] = pa.Field(nullable=True, str_matches=ACTOR_CODE, description=(
        "CAMEO actor code of the target; null groups events without a target."))
    target_country: Series[str] = pa.Field(nullable=True, str_matches=COUNTRY_CODE,
                                           description="Country part of the target code.")
    code: Series[str] = pa.Field(description="Event code (CAMEO, leading zeros kept).")
    base_code: Series[str] = pa.Field(description="Three-digit parent of the code.")
    root_code: Series[str] = pa.Field(description="Two-digit root of the code.")
    event_name: Series[str] = pa.Field(description="Name of the event code.")
    quad_class: Series[pd.Int8Dtype] = pa.Field(nullable=True, isin=[1, 2, 3, 4], description=(
        "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."))
    goldstein: Series[float] = pa.Field(nullable=True, ge=-10, le=10, description=(
        "Goldstein conflict-cooperation score of the code (GDELT values)."))
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
        return df["source"].notna() | df["target"].notna()
