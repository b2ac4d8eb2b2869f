"""The `df.events` accessor: exact values on small constructed event tables.

`explain` codes with the small test codebook (tests/fixtures/mini), named in the
frame's attrs, so results do not depend on the bundled default codebook.
"""

from __future__ import annotations

import math
import subprocess
import sys

import pandas as pd
import pytest

import coding
import coding.accessor as accessor
from coding import code_documents
from coding.accessor import EventsAccessor, Explanation

from .helpers import MINI, ROOT

NAN = float("nan")


@pytest.fixture
def df() -> pd.DataFrame:
    """Seven events over three months (February has none)."""
    return pd.DataFrame({
        "date": pd.to_datetime(["2024-01-16", "2024-01-17", "2024-01-18", "2024-01-20",
                                "2024-03-02", "2024-03-05", None]),
        "source": ["IRNMIL", "PAK", "PAKMIL", "IGOUNO", "---GOV", "RUS", "PAKGOV"],
        "source_country": ["IRN", "PAK", "PAK", None, None, "RUS", "PAK"],
        "target": ["PAK", "IRN", "IRN", "PAK", "PAK", "UKRMIL", None],
        "target_country": ["PAK", "IRN", "IRN", "PAK", "PAK", "UKR", None],
        "code": ["190", "161", "1952", "020", "036", "190", "010"],
        "root_code": ["19", "16", "19", "02", "03", "19", "01"],
        "quad_class": pd.array([4, 4, 4, 1, 1, 4, 1], dtype="Int8"),
        "goldstein": [-10.0, -4.0, NAN, 3.0, 4.0, -10.0, 0.0],
        "plover_type": ["ASSAULT", "REDUCE", "ASSAULT", None, "AGREE", "ASSAULT", None],
    }, index=[10, 11, 12, 13, 14, 15, 16])


def test_registered_on_import_coding(df):
    assert isinstance(df.events, EventsAccessor)
    assert pd.DataFrame.events is EventsAccessor


# ------------------------------------------------------------ dyad


def test_dyad_undirected_matches_both_directions_by_prefix(df):
    out = df.events.dyad("PAK", "IRN")
    assert out.index.tolist() == [10, 11, 12]          # rows and index kept
    assert out["code"].tolist() == ["190", "161", "1952"]


def test_dyad_directed(df):
    assert df.events.dyad("PAK", "IRN", directed=True).index.tolist() == [11, 12]
    assert df.events.dyad("IRN", "PAK", directed=True).index.tolist() == [10]


def test_dyad_prefix_is_a_prefix_of_the_code(df):
    assert df.events.dyad("PAKMIL", "IRN").index.tolist() == [12]
    assert df.events.dyad("IGO", "PAK").index.tolist() == [13]
    assert df.events.dyad("---", "PAK").index.tolist() == [14]
    assert df.events.dyad("RUS", "UKR").index.tolist() == [15]
    assert df.events.dyad("RUS", "UKRGOV").empty


def test_dyad_accepts_lists_of_prefixes(df):
    assert df.events.dyad(["IRN", "IGO"], "PAK", directed=True).index.tolist() == [10, 13]


def test_dyad_null_actor_never_matches(df):
    assert 16 not in df.events.dyad("PAK", "PAK").index
    assert df.events.dyad("PAK", "PAK").empty


def test_dyad_rejects_empty_prefix(df):
    with pytest.raises(ValueError):
        df.events.dyad("", "IRN")


# ------------------------------------------------------------ counts


def test_counts_by_root_code_monthly(df):
    table = df.events.counts()
    assert isinstance(table.index, pd.PeriodIndex)
    assert table.index.name == "date" and table.columns.name == "root_code"
    assert [str(p) for p in table.index] == ["2024-01", "2024-02", "2024-03"]
    assert table.columns.tolist() == ["02", "03", "16", "19"]   # undated row (01) left out
    assert table.values.tolist() == [[1, 0, 1, 2], [0, 0, 0, 0], [0, 1, 0, 1]]


def test_counts_by_quad_class_has_all_four_classes(df):
    table = df.events.counts("quad_class")
    assert table.columns.tolist() == [1, 2, 3, 4]
    assert table.values.tolist() == [[1, 0, 0, 3], [0, 0, 0, 0], [1, 0, 0, 1]]


def test_counts_by_plover_type_skips_missing_types(df):
    table = df.events.counts("plover_type")
    assert table.columns.tolist() == ["AGREE", "ASSAULT", "REDUCE"]
    assert table.values.tolist() == [[0, 2, 1], [0, 0, 0], [1, 1, 0]]


def test_counts_other_frequencies(df):
    q = df.events.counts("quad_class", freq="Q")
    assert [str(p) for p in q.index] == ["2024Q1"] and q.values.tolist() == [[2, 0, 0, 4]]
    assert df.events.counts(freq="ME").equals(df.events.counts(freq="M"))  # resample alias
    d = df.events.counts(freq="D")
    assert len(d) == 50 and int(d.to_numpy().sum()) == 6


def test_counts_of_an_empty_table(df):
    table = df.iloc[:0].events.counts("quad_class")
    assert table.empty and table.columns.tolist() == [1, 2, 3, 4]


def test_counts_needs_event_columns():
    with pytest.raises(KeyError, match="root_code"):
        pd.DataFrame({"date": pd.to_datetime(["2024-01-01"])}).events.counts()


# ------------------------------------------------------------ goldstein


def test_goldstein_sum_and_mean_per_month(df):
    g = df.events.goldstein()
    assert g.columns.tolist() == ["events", "sum", "mean"]
    assert [str(p) for p in g.index] == ["2024-01", "2024-02", "2024-03"]
    assert g["events"].tolist() == [4, 0, 2]
    assert g["sum"].tolist() == [-11.0, 0.0, -6.0]        # the row without a score is skipped
    assert g["mean"].iloc[0] == pytest.approx(-11 / 3)
    assert math.isnan(g["mean"].iloc[1])
    assert g["mean"].iloc[2] == -3.0


def test_goldstein_yearly(df):
    g = df.events.goldstein(freq="Y")
    assert g.to_dict("list") == {"events": [6], "sum": [-17.0], "mean": [-17.0 / 5]}


# ------------------------------------------------------------ network and top dyads


def test_network_directed_by_country(df):
    net = df.events.network()
    assert net.columns.tolist() == ["source", "target", "count", "mean_goldstein"]
    rows = net.to_dict("records")
    assert [(r["source"], r["target"], r["count"]) for r in rows] == [
        ("PAK", "IRN", 2), ("IGOUNO", "PAK", 1), ("IRN", "PAK", 1), ("RUS", "UKR", 1)]
    assert rows[0]["mean_goldstein"] == -4.0             # (-4 and no score) -> -4
    assert rows[1]["mean_goldstein"] == 3.0
    # ---GOV (unknown country) and the row without a target are not edges
    assert int(net["count"].sum()) == 5


def test_network_by_actor(df):
    net = df.events.network(level="actor")
    assert set(zip(net["source"], net["target"], net["count"], strict=True)) == {
        ("IRNMIL", "PAK", 1), ("PAK", "IRN", 1), ("PAKMIL", "IRN", 1), ("IGOUNO", "PAK", 1),
        ("RUS", "UKRMIL", 1), ("---GOV", "PAK", 1)}
    with pytest.raises(ValueError):
        df.events.network(level="region")


def test_network_without_country_columns_uses_the_code(df):
    net = df.drop(columns=["source_country", "target_country"]).events.network()
    assert net.equals(df.events.network())


def test_network_undirected_merges_directions(df):
    net = df.events.network(directed=False)
    first = net.iloc[0]
    assert (first["source"], first["target"], first["count"]) == ("IRN", "PAK", 3)
    assert first["mean_goldstein"] == -7.0               # (-10, -4, no score)


def test_top_dyads(df):
    top = df.events.top_dyads(2)
    assert top.index.tolist() == [0, 1]
    assert top[["source", "target", "count"]].values.tolist() == [
        ["IRN", "PAK", 3], ["IGOUNO", "PAK", 1]]
    assert df.events.top_dyads(1, directed=True)[["source", "target"]].values.tolist() == [
        ["PAK", "IRN"]]


# ------------------------------------------------------------ explain

DOCS = [
    {"id": "d1", "date": "2024-01-17",
     "text": "Pakistan recalled its ambassador from Iran. Iranian jets struck Pakistan."},
    {"id": "d2", "date": "2024-02-01",
     "text": "Iran denied the report. It condemned Pakistan."},
]


@pytest.fixture(scope="module")
def coded() -> pd.DataFrame:
    df = code_documents(DOCS, codebook=[MINI])
    df.attrs["codebook"] = str(MINI)
    return df


def test_explain_returns_the_event_of_the_row(coded):
    assert coded[["doc_id", "source", "target", "code"]].values.tolist() == [
        ["d1", "PAK", "IRN", "161"], ["d1", "IRNMIL", "PAK", "190"],
        ["d2", "IRN", "PAK", "111"]]
    for i in (0, 1):
        ex = coded.events.explain(i)
        assert isinstance(ex, Explanation)
        assert ex["codebook"]["name"] == "mini"
        assert ex["text"] == coded["sentence"].iloc[i]
        assert ex["date"] == "2024-01-17"
        assert ex["row"] == i and ex["note"] is None
        row = coded.iloc[i]
        assert (ex["event"]["source"], ex["event"]["target"], ex["event"]["code"],
                ex["event"]["rule_id"]) == (row["source"], row["target"], row["code"],
                                            row["rule_id"])
        assert ex["events"][ex["event_index"]] == ex["event"]


def test_explain_prints_as_text(coded):
    text = str(coded.events.explain(0))
    assert text.startswith("sentence: Pakistan recalled its ambassador from Iran.")
    assert "EVENT PAK -> IRN  161" in text
    assert "row 0 is event 1 of 1: PAK -> IRN  161" in text


def test_explain_position_is_positional_and_survives_filtering(coded):
    subset = coded[coded["code"] == "190"]
    assert subset.attrs["codebook"] == str(MINI)
    ex = subset.events.explain(0)
    assert ex["event"]["code"] == "190" and ex["row"] == 0
    assert coded.events.explain(-2)["event"]["code"] == "190"


def test_explain_uses_the_documents_for_context(coded):
    """The pipeline coded "It" with the previous sentence's actors: alone, the sentence
    does not give the event; with the documents it does."""
    alone = coded.events.explain(2)
    assert alone["event"] is None and alone["events"] == []
    assert "documents=" in alone["note"]
    docs = pd.DataFrame(DOCS)
    for documents in (docs, dict(zip(docs["id"], docs["text"], strict=True))):
        ex = coded.events.explain(2, documents=documents)
        assert ex["context"] == "Iran denied the report."
        assert (ex["event"]["source"], ex["event"]["target"], ex["event"]["code"]) == (
            "IRN", "PAK", "111")
        assert ex["note"] is None
        assert str(ex).startswith("context:  Iran denied the report.")


def test_explain_without_sentence_text_needs_documents(coded):
    no_text = coded.drop(columns=["sentence"])
    with pytest.raises(ValueError, match="documents="):
        no_text.events.explain(0)
    ex = no_text.events.explain(1, documents=pd.DataFrame(DOCS))
    assert ex["text"] == "Iranian jets struck Pakistan." and ex["event"]["code"] == "190"


def test_explain_codebook_argument_overrides_attrs(coded):
    ex = coded.drop(columns=[]).events.explain(0, codebook=[MINI])
    assert ex["codebook"]["name"] == "mini"
    ex = coded.events.explain(0, coder=coding.Coder(MINI))
    assert ex["event"]["code"] == "161"


def test_codebook_of_a_frame_is_the_default_unless_attrs_say_otherwise():
    frame = accessor._frame_codebook
    assert frame({}) is None                                   # the default codebook
    assert frame({"codebook": None}) is None
    assert frame({"codebook": "default"}) is None
    assert frame({"codebook": MINI}) == (str(MINI),)
    assert frame({"codebook": [MINI, "extra"]}) == (str(MINI), "extra")
    meta = {"parameters": {"codebook": ["default"]}, "codebook": {"sha256": "x"}}
    assert frame({"eventcoder": meta}) is None
    meta = {"parameters": {"codebook": [str(MINI)]}}
    assert frame({"eventcoder": meta}) == (str(MINI),)
    assert frame({"codebook": "a", "eventcoder": meta}) == ("a",)   # explicit attrs win


def test_explain_warns_when_the_data_names_another_codebook(coded):
    other = coded.copy()
    other.attrs["eventcoder"] = {"codebook": {"name": "mini", "version": "0",
                                              "sha256": "0" * 64}}
    with pytest.warns(UserWarning, match="coded with codebook mini 0"):
        other.events.explain(0)


# ------------------------------------------------------------ registration


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    return out.stdout.strip()


def test_import_coding_registers_the_accessor():
    assert _run(
        "import coding\n"
        "import pandas as pd\n"
        "from coding.accessor import EventsAccessor\n"
        "print(pd.DataFrame.events is EventsAccessor)\n"
        "print(pd.DataFrame({'source': ['PAKGOV'], 'target': ['IRN']})"
        ".events.dyad('PAK', 'IRN').shape[0])"
    ).splitlines() == ["True", "1"]


def test_registered_when_pandas_comes_first():
    assert _run("import pandas as pd, coding\n"
                "print(pd.DataFrame.events.__name__)") == "EventsAccessor"
