"""`df.events`: a pandas accessor for event tables (the output of `eventcoder code`).

Any DataFrame with the event table's columns (see `schemas/events.py`) gets it,
whether it came from `coding.code_documents`, `coding.pipeline.read_events` or a
plain `pd.read_parquet`:

>>> import pandas as pd
>>> df = pd.DataFrame({"date": pd.to_datetime(["2024-01-16", "2024-01-17", "2024-03-02"]),
...                    "source": ["IRNMIL", "PAK", "RUS"], "target": ["PAK", "IRN", "UKR"],
...                    "code": ["190", "161", "190"], "goldstein": [-10.0, -4.0, -10.0]})
>>> df.events.dyad("PAK", "IRN")[["source", "target", "code"]].values.tolist()
[['IRNMIL', 'PAK', '190'], ['PAK', 'IRN', '161']]
>>> df.events.goldstein(freq="Q")
        events   sum  mean
date
2024Q1       3 -24.0  -8.0

Methods: `dyad`, `counts`, `goldstein`, `network`, `top_dyads` and `explain`.

Registration
------------
`import coding` imports this module, which registers the accessor with pandas.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from coding.coder import Coder

ACCESSOR_NAME = "events"

#: Offset aliases pandas accepts for resampling but not for periods.
_PERIOD_ALIASES = {"ME": "M", "MS": "M", "QE": "Q", "QS": "Q", "YE": "Y", "YS": "Y",
                   "A": "Y", "AS": "Y"}


class EventsAccessor:
    """Analysis helpers for one event table: ``df.events.<method>``."""

    def __init__(self, df: pd.DataFrame):
        self._df = df

    # ------------------------------------------------------------ selections

    def dyad(self, a: str | Iterable[str], b: str | Iterable[str], directed: bool = False
             ) -> pd.DataFrame:
        """Rows whose source matches `a` and target matches `b` (either way unless `directed`).

        An actor matches by prefix of its code: ``"PAK"`` matches PAK, PAKGOV and
        PAKMIL; ``"PAKMIL"`` only the military. `a` and `b` may also be lists of
        prefixes (any of them matches). Rows keep their order and index.

        >>> df = example_events()
        >>> df.events.dyad("PAK", "IRN")["code"].tolist()
        ['190', '161', '190']
        >>> df.events.dyad("PAK", "IRN", directed=True)["code"].tolist()
        ['161', '190']
        """
        df = self._df
        _require(df, "source", "target")
        sa, sb = _matches(df["source"], a), _matches(df["source"], b)
        ta, tb = _matches(df["target"], a), _matches(df["target"], b)
        mask = (sa & tb) if directed else (sa & tb) | (sb & ta)
        return df[mask]

    # ------------------------------------------------------------ time series

    def counts(self, by: str = "root_code", freq: str = "M") -> pd.DataFrame:
        """Events per period and category: a date x category table of counts.

        `by` is a column, usually ``"root_code"``, ``"quad_class"`` or
        ``"plover_type"``; `freq` a pandas period alias (``"D"``, ``"W"``, ``"M"``,
        ``"Q"``, ``"Y"``). The index is a PeriodIndex named ``date`` covering every
        period from the first event to the last (periods without events are rows of
        zeros); the columns are the categories, sorted (QuadClass always 1-4).
        Rows without a date or a category are not counted.

        >>> example_events().events.counts("quad_class")
        quad_class  1  2  3  4
        date
        2024-01     1  0  0  3
        2024-02     0  0  0  0
        2024-03     0  0  0  1
        """
        import pandas as pd

        df = self._df
        _require(df, "date", by)
        keep = df["date"].notna() & df[by].notna()
        period = _periods(df.loc[keep, "date"], freq)
        values = df.loc[keep, by]
        if by == "quad_class":
            values = values.astype("int64")
        table = pd.crosstab(period.to_numpy(), values.to_numpy())
        columns = [1, 2, 3, 4] if by == "quad_class" else sorted(table.columns)
        table = table.reindex(index=_period_range(period, freq), columns=columns, fill_value=0)
        table.index.name, table.columns.name = "date", by
        return table.astype("int64")

    def goldstein(self, freq: str = "M") -> pd.DataFrame:
        """Goldstein scores per period: columns ``events``, ``sum`` and ``mean``.

        ``events`` counts the rows of the period; ``sum`` and ``mean`` are over the
        rows that have a score (a few codes have none). Every period from the first
        event to the last is a row; an empty one has 0 events, sum 0 and mean NaN.

        >>> example_events().events.goldstein()
                 events   sum  mean
        date
        2024-01       4 -20.0  -5.0
        2024-02       0   0.0   NaN
        2024-03       1 -10.0 -10.0
        """
        import pandas as pd

        df = self._df
        _require(df, "date", "goldstein")
        dated = df[df["date"].notna()]
        period = _periods(dated["date"], freq)
        score = dated["goldstein"].astype("float64")
        grouped = score.groupby(period.to_numpy())
        out = pd.DataFrame({"events": grouped.size(), "sum": grouped.sum(),
                            "mean": grouped.mean()})
        out = out.reindex(_period_range(period, freq))
        out["events"] = out["events"].fillna(0).astype("int64")
        out["sum"] = out["sum"].fillna(0.0)
        out.index.name = "date"
        return out

    # ------------------------------------------------------------ dyads and networks

    def network(self, level: str = "country", directed: bool = True) -> pd.DataFrame:
        """The edge list of who acted on whom: ``source, target, count, mean_goldstein``.

        `level` ``"country"`` (default) joins the actors of a country: an edge links
        ``source_country`` to ``target_country``; an actor without a country
        (IGOUNO, NGO ...) keeps its full code, and one with an unknown country
        (``---GOV``) is left out. `level` ``"actor"`` uses the full codes, ``---GOV``
        included.
        Undirected (``directed=False``), both directions are one edge whose ends are
        in alphabetical order. Rows without a source or target are left out;
        domestic events are self-loops (``SDN -> SDN``). Sorted by count, largest
        first; ``mean_goldstein`` is over the events that have a score.

        >>> example_events().events.network()
          source target  count  mean_goldstein
        0    PAK    IRN      2            -7.0
        1    IRN    PAK      1           -10.0
        2    RUS    UKR      1           -10.0
        3    USA    RUS      1             4.0
        """
        import pandas as pd

        df = self._df
        if level not in ("country", "actor"):
            raise ValueError(f"level must be 'country' or 'actor', not {level!r}")
        src, tgt = _ends(df, "source", level), _ends(df, "target", level)
        keep = src.notna() & tgt.notna()
        src, tgt = src[keep].astype(str), tgt[keep].astype(str)
        if not directed:
            swap = src > tgt
            src, tgt = src.where(~swap, tgt), tgt.where(~swap, src)
        score = (df.loc[keep, "goldstein"].astype("float64") if "goldstein" in df
                 else pd.Series(float("nan"), index=src.index))
        edges = (pd.DataFrame({"source": src.to_numpy(), "target": tgt.to_numpy(),
                               "goldstein": score.to_numpy()})
                 .groupby(["source", "target"], sort=False)["goldstein"]
                 .agg(count="size", mean_goldstein="mean")
                 .reset_index())
        edges["count"] = edges["count"].astype("int64")
        return (edges.sort_values(["count", "source", "target"],
                                  ascending=[False, True, True], kind="stable")
                .reset_index(drop=True))

    def top_dyads(self, n: int = 10, level: str = "country", directed: bool = False
                  ) -> pd.DataFrame:
        """The `n` dyads with the most events: the first rows of `network`.

        Undirected by default (Pakistan -> Iran and Iran -> Pakistan are one dyad,
        its ends in alphabetical order); see `network` for `level`.

        >>> example_events().events.top_dyads(2)
          source target  count  mean_goldstein
        0    IRN    PAK      3            -8.0
        1    RUS    UKR      1           -10.0
        """
        return self.network(level=level, directed=directed).head(n).reset_index(drop=True)

    # ------------------------------------------------------------ explanations

    def explain(self, i: int, *, documents=None, codebook=None, coder: Coder | None = None
                ) -> Explanation:
        """Re-code the sentence of row `i` (by position) and explain it.

        The sentence is coded on the row's date with the codebook of the frame:
        ``df.attrs["codebook"]`` if set (a directory or a list of them, as for
        ``Coder``), else the codebook named in ``df.attrs["eventcoder"]`` (the
        dataset metadata of `coding.pipeline.read_metadata`), else the default one;
        `codebook` or `coder` override it. The result is the dict of
        `coding.explain.explain` plus ``row`` (`i`), ``event_index`` and ``event``
        (the explained event that is row `i`'s, or None) and ``note``; it prints
        (and displays in Jupyter) as the text of ``eventcoder explain``.

        The pipeline codes a sentence with the actors of the previous sentences of
        its document as context (for "it", "the ministry" ...). Pass `documents`
        (a DataFrame with ``id`` and ``text`` columns, or a mapping id -> text) to
        code the row's document up to the sentence first, so that such events are
        reproduced too; without it, ``note`` says when the event needs context.

        >>> docs = [{"id": "d1", "date": "2024-01-17",
        ...          "text": "Pakistan recalled its ambassador from Iran."}]
        >>> df = coding.code_documents(docs)          # doctest: +SKIP
        >>> ex = df.events.explain(0, documents={"d1": docs[0]["text"]})  # doctest: +SKIP
        >>> ex["event"]["source"], ex["event"]["target"]                  # doctest: +SKIP
        ('PAK', 'IRN')
        >>> print(ex)  # the trace of `eventcoder explain`, then the row's event  # doctest: +SKIP
        """
        from coding.coder import _day
        from coding.explain import explain
        from coding.segment import split_sentences
        from coding.story import Story

        df = self._df
        row = df.iloc[i]
        position = i if i >= 0 else len(df) + i
        if coder is None:
            coder = _coder(_codebook_spec(codebook) if codebook is not None
                           else _frame_codebook(df.attrs))
        _check_codebook(df.attrs, coder)
        day = None if _missing(row.get("date")) else str(row["date"])[:10]
        sentence = None if _missing(row.get("sentence")) else row["sentence"]
        story, context_text, note = Story(coder), None, None
        if documents is not None:
            text = _document_text(documents, row["doc_id"])
            spans = split_sentences(text)
            sid = int(row["sentence_id"])
            if not 1 <= sid <= len(spans):
                raise ValueError(f"document {row['doc_id']!r} has no sentence {sid}")
            s, e = spans[sid - 1]
            if sentence is not None and text[s:e] != sentence:
                note = (f"sentence {sid} of document {row['doc_id']!r} differs from the "
                        f"row's sentence; explaining the document's")
            sentence = text[s:e]
            ordinal = _day(day)
            for s0, e0 in spans[:sid - 1]:  # the story the pipeline had (events.Batch)
                earlier = story.code(text[s0:e0], ordinal)
                if earlier.sentence is not None and earlier.sentence.phrases:
                    context_text = text[s0:e0]
        if sentence is None:
            raise ValueError("the row has no sentence text (coded with --no-text): "
                             "pass documents= to take it from the document")
        info = explain(sentence, day, story=story)
        index = _find_event(info["events"], row)
        if index is None and note is None:
            note = ("the row's event was not reproduced: "
                    + ("it was coded with the actors of earlier sentences of its document "
                       "as context; pass documents= to use them" if documents is None else
                       "the codebook or the document differs from the one it was coded with"))
        return Explanation(info, row=position, event_index=index,
                           event=None if index is None else info["events"][index],
                           context=context_text, note=note)


class Explanation(dict):
    """The explanation of one event row: a plain dict that prints as readable text."""

    def __init__(self, info: dict, **extra: Any):
        super().__init__(info)
        self.update(extra)

    def __str__(self) -> str:
        from coding.explain import render

        lines = [render(self)]
        if self.get("context"):
            lines.insert(0, f"context:  {self['context']}")
        if self.get("event") is not None:
            e = self["event"]
            lines.append(f"row {self['row']} is event {self['event_index'] + 1} of "
                         f"{len(self['events'])}: {e['source']} -> {e['target']}  "
                         f"{e['code']} [{e['rule_id']}]")
        if self.get("note"):
            lines.append(f"note: {self['note']}")
        return "\n".join(lines)

    def _repr_pretty_(self, printer, cycle) -> None:  # IPython / Jupyter display
        printer.text(str(self) if not cycle else "Explanation(...)")


# ---------------------------------------------------------------- helpers


def _require(df: pd.DataFrame, *columns: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise KeyError(f"not an event table: column(s) {', '.join(missing)} missing")


def _matches(codes: pd.Series, prefixes: str | Iterable[str]) -> pd.Series:
    """Whether each actor code starts with one of `prefixes` (null never matches)."""
    prefixes = (prefixes,) if isinstance(prefixes, str) else tuple(prefixes)
    if not prefixes or not all(isinstance(p, str) and p for p in prefixes):
        raise ValueError("actor prefixes must be non-empty strings")
    return codes.astype("string").str.startswith(prefixes).fillna(False).astype(bool)


def _periods(dates: pd.Series, freq: str) -> pd.Series:
    import pandas as pd

    return pd.to_datetime(dates).dt.to_period(_PERIOD_ALIASES.get(freq, freq))


def _period_range(periods: pd.Series, freq: str):
    import pandas as pd

    alias = _PERIOD_ALIASES.get(freq, freq)
    if periods.empty:
        return pd.PeriodIndex([], freq=alias, name="date")
    return pd.period_range(periods.min(), periods.max(), freq=alias, name="date")


def _ends(df: pd.DataFrame, side: str, level: str) -> pd.Series:
    """The network node of each row's source or target at `level`."""
    _require(df, side)
    codes = df[side].astype("string")
    if level == "actor":
        return codes
    country = (df[f"{side}_country"].astype("string") if f"{side}_country" in df
               else codes.str[:3].where(~codes.str[:3].isin(_NON_COUNTRY)))
    # No country: an organisation (IGOUNO, NGO ...) keeps its code; "---GOV" is unknown.
    return country.fillna(codes.where(~codes.str.startswith("---").fillna(True)))


_NON_COUNTRY = ("IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS", "---")


def _missing(value) -> bool:
    import pandas as pd

    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _codebook_spec(value) -> tuple[str, ...] | None:
    """A codebook given as None, 'default', a directory or a list of them -> cache key."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) or hasattr(value, "__fspath__") else list(value)
    items = [str(v) for v in items]
    return None if not items or items == ["default"] else tuple(items)


def _frame_codebook(attrs: Mapping) -> tuple[str, ...] | None:
    if attrs.get("codebook") is not None:
        return _codebook_spec(attrs["codebook"])
    meta = attrs.get("eventcoder")
    if isinstance(meta, Mapping):
        return _codebook_spec((meta.get("parameters") or {}).get("codebook"))
    return None


def _check_codebook(attrs: Mapping, coder: Coder) -> None:
    meta = attrs.get("eventcoder")
    want = ((meta.get("codebook") or {}).get("sha256") if isinstance(meta, Mapping) else None)
    if want and want != coder.book.hash:
        warnings.warn(f"the events were coded with codebook {meta['codebook'].get('name')} "
                      f"{meta['codebook'].get('version')} (sha256 {want[:12]}...), the "
                      f"explanation uses {coder.book.name} {coder.book.version} "
                      f"(sha256 {coder.book.hash[:12]}...)", stacklevel=3)


_CODERS: dict = {}


def _coder(spec: tuple[str, ...] | None) -> Coder:
    """One Coder per codebook and process (loading one takes a second or two)."""
    from coding.coder import Coder

    if spec not in _CODERS:
        _CODERS[spec] = Coder(list(spec) if spec else None)
    return _CODERS[spec]


def _document_text(documents, doc_id: str) -> str:
    import pandas as pd

    if isinstance(documents, pd.DataFrame):
        _require(documents, "id", "text")
        found = documents.loc[documents["id"].astype(str) == str(doc_id), "text"]
        if found.empty:
            raise KeyError(f"document {doc_id!r} not in documents")
        return str(found.iloc[0])
    if isinstance(documents, Mapping):
        return str(documents[doc_id])
    raise TypeError("documents must be a DataFrame with id and text columns, or a mapping")


def _find_event(events: list[dict], row) -> int | None:
    """Index of row's event among the explained events: by event_id, else by dyad and code."""
    from coding.events import event_id

    key = tuple(None if _missing(row.get(c)) else row[c] for c in ("source", "target", "code"))
    same = [n for n, e in enumerate(events) if (e["source"], e["target"], e["code"]) == key]
    if not _missing(row.get("event_id")) and not _missing(row.get("doc_id")):
        for n in same:
            ev = SimpleNamespace(source=key[0], target=key[1], code=key[2])
            if event_id(row["doc_id"], int(row["sentence_id"]), n, ev) == row["event_id"]:
                return n
    by_rule = [n for n in same if events[n]["rule_id"] == row.get("rule_id")]
    return (by_rule or same or [None])[0]


def example_events() -> pd.DataFrame:
    """Five events, for trying out the accessor (the table of the docstring examples).

    >>> example_events()[["date", "source", "target", "code", "goldstein"]]
            date  source target code  goldstein
    0 2024-01-16  IRNMIL    PAK  190      -10.0
    1 2024-01-17     PAK    IRN  161       -4.0
    2 2024-01-18  PAKMIL    IRN  190      -10.0
    3 2024-01-20  USAGOV    RUS  036        4.0
    4 2024-03-02     RUS    UKR  190      -10.0
    """
    import pandas as pd

    return pd.DataFrame({
        "date": pd.to_datetime(["2024-01-16", "2024-01-17", "2024-01-18", "2024-01-20",
                                "2024-03-02"]),
        "source": ["IRNMIL", "PAK", "PAKMIL", "USAGOV", "RUS"],
        "source_country": ["IRN", "PAK", "PAK", "USA", "RUS"],
        "target": ["PAK", "IRN", "IRN", "RUS", "UKR"],
        "target_country": ["PAK", "IRN", "IRN", "RUS", "UKR"],
        "code": ["190", "161", "190", "036", "190"],
        "root_code": ["19", "16", "19", "03", "19"],
        "quad_class": pd.array([4, 4, 4, 1, 4], dtype="Int8"),
        "goldstein": [-10.0, -4.0, -10.0, 4.0, -10.0],
    })


# ---------------------------------------------------------------- registration


def register() -> None:
    """Register ``df.events`` with pandas (idempotent)."""
    import pandas as pd

    if getattr(pd.DataFrame, ACCESSOR_NAME, None) is not EventsAccessor:
        pd.api.extensions.register_dataframe_accessor(ACCESSOR_NAME)(EventsAccessor)


register()

if __name__ == "__main__":  # pragma: no cover
    import doctest

    import coding

    doctest.testmod(extraglobs={"coding": coding})
