"""Assemble event rows: one dict of column lists per batch of documents.

Columns are built as plain Python lists and turned into a DataFrame once per
batch; the code table gives each event its name, base and root codes,
QuadClass, Goldstein score and PLOVER type, so these always agree with `code`.
"""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache

import pandas as pd

from coding.coder import Coder, Event
from coding.fatalities import extract_fatalities
from coding.geo import locate
from coding.io import Document, Reject
from coding.segment import split_sentences
from schemas.events import split_actor

#: Output columns in order (the dataset contract), then optional extras.
COLUMNS = (
    "event_id", "doc_id", "sentence_id", "date", "source", "source_country", "source_agent",
    "source_text", "target", "target_country", "target_agent", "target_text", "code",
    "base_code", "root_code", "event_name", "quad_class", "goldstein", "plover_type",
    "verb_text", "rule_id", "sentence",
)
SPAN_COLUMNS = ("sentence_start", "sentence_end", "source_start", "source_end",
                "target_start", "target_end", "verb_start", "verb_end")
GEO_COLUMNS = ("fatalities", "fatalities_flag", "location", "location_country", "admin1",
               "latitude", "longitude", "geo_precision")
EXTRA_COLUMNS = ("source_rules", "target_rules", "story_mentions", "first_mention",
                 *SPAN_COLUMNS, *GEO_COLUMNS)


def event_id(doc_id: str, sentence_id: int, n: int, e: Event) -> str:
    """Stable id: the same document, sentence and event always hash the same."""
    key = f"{doc_id}\x1f{sentence_id}\x1f{n}\x1f{e.source}\x1f{e.target}\x1f{e.code}"
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


class Batch:
    """Collects the rows and rejects of a batch of documents."""

    def __init__(self, keep: tuple[str, ...] = (), with_text: bool = True):
        self.keep = keep
        self.with_text = with_text
        self.cols: dict[str, list] = {c: [] for c in (*COLUMNS, *EXTRA_COLUMNS, *keep)}
        if not with_text:
            del self.cols["sentence"]
        self.rejects: list[Reject] = []
        self.documents = 0
        self.sentences = 0
        self.discarded_docs = 0
        self.statuses: dict[str, int] = {}

    def add_document(self, coder: Coder, doc: Document) -> None:
        """Code every sentence of `doc` and append its events."""
        self.documents += 1
        text = doc.text
        day = doc.date.toordinal() if doc.date else None
        context: list = []
        doc_rows: list[tuple] = []
        for sid, (s, e) in enumerate(split_sentences(text), 1):
            self.sentences += 1
            sentence = text[s:e]
            result = coder.code_sentence(sentence, day, context)
            self.statuses[result.status] = self.statuses.get(result.status, 0) + 1
            if result.story_discard:
                self.discarded_docs += 1
                return
            if result.status == "error":
                self.rejects.append(Reject(doc.file, doc.line, "text", result.reason,
                                           sentence, doc_id=doc.id, sentence_id=sid))
                continue
            if result.sentence is not None and result.sentence.phrases:
                context = result.sentence.phrases
            for n, ev in enumerate(result.events):
                doc_rows.append((sid, n, s, e, sentence, ev))
        self._append(coder, doc, doc_rows)

    def _append(self, coder: Coder, doc: Document, rows: list[tuple]) -> None:
        events = coder.book.events
        cols = self.cols
        mentions: dict[tuple, int] = {}
        for *_x, ev in rows:
            mentions[ev.key()] = mentions.get(ev.key(), 0) + 1
        seen: set[tuple] = set()
        day = pd.Timestamp(doc.date) if isinstance(doc.date, date) else None
        dead: dict[int, tuple] = {}  # per sentence
        places: dict[tuple, dict | None] = {}  # per sentence and country hint
        for sid, n, s, e, sentence, ev in rows:
            name, gold, quad, plover = events[ev.code]
            sc, sa = split_actor(ev.source)
            tc, ta = split_actor(ev.target)
            key = ev.key()
            values = {
                "event_id": event_id(doc.id, sid, n, ev), "doc_id": doc.id, "sentence_id": sid,
                "date": day, "source": ev.source, "source_country": sc, "source_agent": sa,
                "source_text": ev.source_text, "target": ev.target, "target_country": tc,
                "target_agent": ta, "target_text": ev.target_text, "code": ev.code,
                "base_code": ev.code[:3], "root_code": ev.code[:2], "event_name": name,
                "quad_class": quad, "goldstein": gold, "plover_type": plover,
                "verb_text": ev.verb_text, "rule_id": ev.rule_id,
                "source_rules": ";".join(ev.source_rules) or None,
                "target_rules": ";".join(ev.target_rules) or None,
                "story_mentions": mentions[key], "first_mention": key not in seen,
                "sentence_start": s, "sentence_end": e,
                "source_start": ev.source_span[0] if ev.source_span else None,
                "source_end": ev.source_span[1] if ev.source_span else None,
                "target_start": ev.target_span[0] if ev.target_span else None,
                "target_end": ev.target_span[1] if ev.target_span else None,
                "verb_start": ev.verb_span[0], "verb_end": ev.verb_span[1],
            }
            if sid not in dead:
                dead[sid] = extract_fatalities(sentence)
            hint = tc or sc
            if (sid, hint) not in places:
                places[(sid, hint)] = _place(sentence, hint)
            place = places[(sid, hint)] or {}
            values.update({
                "fatalities": dead[sid][0], "fatalities_flag": dead[sid][1],
                "location": place.get("location"), "location_country": place.get("country"),
                "admin1": place.get("admin1"), "latitude": place.get("latitude"),
                "longitude": place.get("longitude"), "geo_precision": place.get("geo_precision"),
            })
            seen.add(key)
            if self.with_text:
                values["sentence"] = sentence
            for k in self.keep:
                values[k] = doc.extra.get(k)
            for k, v in values.items():
                cols[k].append(v)

    def frame(self) -> pd.DataFrame:
        """The batch as a DataFrame with the dataset's dtypes."""
        return to_frame(self.cols)


def _place(sentence: str, hint: str | None) -> dict | None:
    """Where the act happened: a place named in the sentence, else the target's country.

    A country named in the sentence is often an actor ("The United States struck
    Iran"), so at country precision the event's own country (target, else source)
    is preferred to the first country the sentence mentions.
    """
    place = _locate_sentence(sentence)
    if place is not None and place.get("geo_precision") in (1, 2) and place.get("country"):
        return place
    if hint and (place is None or place.get("geo_precision") in (3, None)):
        fallback = _country_place(hint)
        if fallback is not None:
            if place is not None and place.get("location") and place.get("country") is None:
                return {**fallback, "location": place["location"]}  # unknown place, hinted
            return fallback
    return place


@lru_cache(maxsize=1024)
def _country_place(country: str) -> dict | None:
    return locate("", country)


@lru_cache(maxsize=4096)
def _locate_sentence(sentence: str) -> dict | None:
    """Gazetteer look-up of one sentence (cached: every event of a sentence asks)."""
    return locate(sentence)


def to_frame(cols: dict[str, list]) -> pd.DataFrame:
    df = pd.DataFrame(cols)
    for c in ("event_id", "doc_id", "source", "source_country", "source_agent", "source_text",
              "target", "target_country", "target_agent", "target_text", "code", "base_code",
              "root_code", "event_name", "plover_type", "verb_text", "rule_id", "sentence",
              "source_rules", "target_rules"):
        if c in df:
            df[c] = df[c].astype("str") if c in ("event_id", "doc_id", "code", "base_code",
                                                 "root_code", "event_name", "verb_text",
                                                 "rule_id") else df[c].astype("object").where(
                df[c].notna(), None).astype("str")
    df["sentence_id"] = df["sentence_id"].astype("int64")
    df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    df["quad_class"] = df["quad_class"].astype("Int8")
    df["goldstein"] = pd.to_numeric(df["goldstein"]).astype("float64")
    df["story_mentions"] = df["story_mentions"].astype("int32")
    df["first_mention"] = df["first_mention"].astype("bool")
    for c in SPAN_COLUMNS:
        df[c] = df[c].astype("Int32")
    df["fatalities"] = df["fatalities"].astype("Int32")
    df["geo_precision"] = df["geo_precision"].astype("Int8")
    for c in ("latitude", "longitude"):
        df[c] = pd.to_numeric(df[c]).astype("float64")
    for c in ("fatalities_flag", "location", "location_country", "admin1"):
        df[c] = df[c].astype("object").where(df[c].notna(), None).astype("str")
    return df
