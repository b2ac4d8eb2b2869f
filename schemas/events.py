"""The event table schema: one Pandera model that validates and documents the data.

Use it on data of your own:

>>> from coding import Coder
>>> from coding.pipeline import code_documents
>>> from schemas import EventSchema
>>> df = code_documents([{"id": "d1", "date": "2024-01-17",
...                       "text": "Pakistan recalled its ambassador from Iran."}])
>>> len(EventSchema.validate(df))                             # default CAMEO codes
1
>>> codes = Coder().book.events                               # a codebook's code table
>>> len(EventSchema.for_codes(codes).validate(df))            # codes of a custom codebook
1

Column descriptions here are also the ones published in `datapackage.json`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.codes import (  # noqa: F401  re-exported
    ACTOR_CODE,
    COUNTRY_CODE,
    EVENT_ID,
    default_code_table,
    split_actor,
)

#: The columns the event code fixes, as pandera Field arguments. The event table and
#: the daily aggregate both carry them: defining them once keeps their checks, and the
#: descriptions published in datapackage.json, the same in both.
_CODE_COLUMNS: dict[str, dict[str, Any]] = {
    "code": {"description": "Event code (CAMEO, leading zeros kept)."},
    "base_code": {"description": "Three-digit parent of the code."},
    "root_code": {"description": "Two-digit root of the code."},
    "event_name": {"description": "Name of the event code."},
    "quad_class": {"nullable": True, "isin": [1, 2, 3, 4], "description": (
        "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
        "4 material conflict.")},
    "goldstein": {"nullable": True, "ge": -10, "le": 10, "description": (
        "Goldstein conflict-cooperation score of the code (GDELT values).")},
}


def code_field(column: str) -> Any:
    """A new Field for one of the columns of _CODE_COLUMNS (a Field serves one model)."""
    return pa.Field(**_CODE_COLUMNS[column])


def country_field(side: str) -> Any:
    """A new Field for the country part of the `side` ("source" or "target") actor code."""
    return pa.Field(nullable=True, str_matches=COUNTRY_CODE,
                    description=f"Country part of the {side} code.")


def has_an_actor(df: pd.DataFrame) -> pd.Series:
    """Whether a row has a source or a target: an event with neither says nothing."""
    return df["source"].notna() | df["target"].notna()


def parents_agree(df: pd.DataFrame) -> pd.Series:
    """Whether `base_code` and `root_code` are the first three and two digits of `code`."""
    code = df["code"].astype("string")
    return (df["base_code"] == code.str[:3]) & (df["root_code"] == code.str[:2])


class EventSchema(pa.DataFrameModel):
    """One row per coded event (actor-action-target) from one sentence of a document."""

    event_id: Series[str] = pa.Field(unique=True, str_matches=EVENT_ID, description=(
        "Stable id: a hash of document id, sentence, event position, actors and code."))
    doc_id: Series[str] = pa.Field(description="Id of the input document.")
    sentence_id: Series[int] = pa.Field(ge=1, description="1-based index of the sentence.")
    date: Series[pd.Timestamp] = pa.Field(nullable=True, description=(
        "Date of the document (ISO), from the input or --date."))
    source: Series[str] = pa.Field(nullable=True, str_matches=ACTOR_CODE, description=(
        "CAMEO actor code of the source (who acted), e.g. PAKGOV."))
    source_country: Series[str] = country_field("source")
    source_agent: Series[str] = pa.Field(nullable=True, str_matches=COUNTRY_CODE,
                                         description="Primary agent (role) of the source.")
    source_text: Series[str] = pa.Field(nullable=True, description="Source as written.")
    target: Series[str] = pa.Field(nullable=True, str_matches=ACTOR_CODE, description=(
        "CAMEO actor code of the target (who was acted upon)."))
    target_country: Series[str] = country_field("target")
    target_agent: Series[str] = pa.Field(nullable=True, str_matches=COUNTRY_CODE,
                                         description="Primary agent (role) of the target.")
    target_text: Series[str] = pa.Field(nullable=True, description="Target as written.")
    code: Series[str] = code_field("code")
    base_code: Series[str] = code_field("base_code")
    root_code: Series[str] = code_field("root_code")
    event_name: Series[str] = code_field("event_name")
    quad_class: Series[pd.Int8Dtype] = code_field("quad_class")
    goldstein: Series[float] = code_field("goldstein")
    plover_type: Series[str] = pa.Field(nullable=True, description="PLOVER event type.")
    verb_text: Series[str] = pa.Field(description="The verb or noun that carried the event.")
    rule_id: Series[str] = pa.Field(description="Codebook entry that produced the event.")
    sentence: Series[str] | None = pa.Field(nullable=True, description="Sentence text.")
    fatalities: Series[pd.Int32Dtype] | None = pa.Field(nullable=True, ge=0, description=(
        "Number of dead stated in the sentence; null when none is stated or it is vague."))
    fatalities_flag: Series[str] | None = pa.Field(nullable=True, isin=["vague"], description=(
        "'vague' when deaths are reported without a number ('dozens killed')."))
    location: Series[str] | None = pa.Field(nullable=True, description=(
        "Place named in the sentence where the act happened, as written."))
    location_country: Series[str] | None = pa.Field(nullable=True, str_matches=COUNTRY_CODE,
                                                    description="ISO 3166 alpha-3 of the place.")
    admin1: Series[str] | None = pa.Field(nullable=True, description="First-level region.")
    latitude: Series[float] | None = pa.Field(nullable=True, ge=-90, le=90, description=(
        "Latitude of the place (offline GeoNames gazetteer)."))
    longitude: Series[float] | None = pa.Field(nullable=True, ge=-180, le=180, description=(
        "Longitude of the place."))
    geo_precision: Series[pd.Int8Dtype] | None = pa.Field(nullable=True, isin=[1, 2, 3],
                                                          description=(
        "1 place (city), 2 region, 3 country (the country the text implies)."))
    story_mentions: Series[pd.Int32Dtype] | None = pa.Field(nullable=True, ge=1, description=(
        "How many sentences of the document code the same (source, target, code)."))
    first_mention: Series[bool] | None = pa.Field(nullable=True, description=(
        "True for the first of those mentions (one-a-story: keep these rows)."))

    class Config:
        strict = False
        coerce = False
        name = "EventSchema"

    _code_table: dict | None = None

    @classmethod
    def code_table(cls) -> dict[str, tuple]:
        return cls._code_table if cls._code_table is not None else default_code_table()

    @classmethod
    def for_codes(cls, table: dict[str, tuple]) -> type[EventSchema]:
        """A copy of the schema that checks codes against another code table.

        Copies are kept per table: building a pandera schema costs about a second,
        and the coder validates every batch against the same table.
        """
        key = (cls, id(table))
        hit = _FOR_CODES.get(key)
        if hit is None or hit[0] is not table:
            hit = _FOR_CODES[key] = (table, type("EventSchema", (cls,), {"_code_table": table}))
        return hit[1]

    # Each check method is named after its check: pandera uses `name=` only for the
    # first schema it builds, and the method's name for later ones (e.g. `for_codes`).
    @pa.dataframe_check(name="code_in_code_table", element_wise=False)
    @classmethod
    def code_in_code_table(cls, df: pd.DataFrame) -> Series[bool]:
        return df["code"].isin(list(cls.code_table()))

    @pa.dataframe_check(name="base_and_root_agree_with_code")
    @classmethod
    def base_and_root_agree_with_code(cls, df: pd.DataFrame) -> Series[bool]:
        return parents_agree(df)

    @pa.dataframe_check(name="quad_class_goldstein_name_agree_with_code")
    @classmethod
    def quad_class_goldstein_name_agree_with_code(cls, df: pd.DataFrame) -> Series[bool]:
        table = cls.code_table()
        rows = df["code"].map(lambda c: table.get(c, (None, None, None, None)))
        quad = rows.map(lambda r: r[2])
        gold = rows.map(lambda r: r[1])
        name = rows.map(lambda r: r[0])
        q_ok = (df["quad_class"].astype("Float64").fillna(-1)
                == pd.to_numeric(quad, errors="coerce").astype("Float64").fillna(-1))
        g_ok = (df["goldstein"].astype("Float64").fillna(99)
                == pd.to_numeric(gold, errors="coerce").astype("Float64").fillna(99))
        return q_ok & g_ok & (df["event_name"] == name)

    @pa.dataframe_check(name="actor_parts_agree_with_code")
    @classmethod
    def actor_parts_agree_with_code(cls, df: pd.DataFrame) -> Series[bool]:
        ok = pd.Series(True, index=df.index)
        for side in ("source", "target"):
            code = df[side].astype("string")
            country = df[f"{side}_country"].astype("string")
            has = country.notna()
            ok &= ~has | (code.str[:3] == country).fillna(False)
        return ok

    @pa.dataframe_check(name="has_an_actor")
    @classmethod
    def has_an_actor(cls, df: pd.DataFrame) -> Series[bool]:
        return has_an_actor(df)


_FOR_CODES: dict[tuple, tuple] = {}  # (schema class, id(table)) -> (table, schema copy)
