"""Every input format and field mapping of `eventcoder code`."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from coding.io import Document, Fields, Reject, read_records

from .conftest import (
    EVENTS,
    GOOD_EVENTS,
    IRN_PAK,
    PAK_IRN,
    RUS_GBR,
    RUS_USA,
    events_of,
    write_jsonl,
    write_jsonl_gz,
)


def test_jsonl(tmp_path, code_cli, good_jsonl):
    out = tmp_path / "out.parquet"
    result = code_cli(good_jsonl, out)
    assert result.exit_code == 0, result.output
    assert events_of(out) == GOOD_EVENTS
    dates = pq.read_table(out, columns=["doc_id", "date"]).to_pylist()
    assert dates[0] == {"doc_id": "d1", "date": dt.date(2024, 1, 17)}
    assert dates[-1] == {"doc_id": "d3", "date": dt.date(2023, 5, 1)}
    assert not (tmp_path / "out.rejects.jsonl").exists()


def test_jsonl_gz(tmp_path, code_cli, good_docs):
    src = write_jsonl_gz(tmp_path / "good.jsonl.gz", good_docs)
    out = tmp_path / "out.parquet"
    result = code_cli(src, out)
    assert result.exit_code == 0, result.output
    assert events_of(out) == GOOD_EVENTS


def test_jsonl_with_bom_and_blank_lines(tmp_path, code_cli):
    src = tmp_path / "bom.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "b1", "text": RUS_GBR}).encode()
                    + b"\n\n   \n" + json.dumps({"id": "b2", "text": PAK_IRN}).encode() + b"\n")
    out = tmp_path / "out.parquet"
    assert code_cli(src, out, "--date", "2024-01-01").exit_code == 0
    assert events_of(out) == [("b1", 1, *EVENTS[RUS_GBR]), ("b2", 1, *EVENTS[PAK_IRN])]


def test_csv_with_quoted_newlines_and_commas(tmp_path, code_cli):
    src = tmp_path / "news.csv"
    src.write_text(
        'id,date,text,url\n'
        f'c1,2024-01-17,"{PAK_IRN}\n{IRN_PAK}","http://x/a,b"\n'
        f'c2,2024-01-18,"On Monday, in a statement, {RUS_GBR}",http://x/c\n'
        f'c3,2024-01-19,"He said ""no"". {RUS_USA}",http://x/d\n',
        encoding="utf-8")
    out = tmp_path / "out.parquet"
    result = code_cli(src, out, "--keep", "url")
    assert result.exit_code == 0, result.output
    assert events_of(out) == [("c1", 1, *EVENTS[PAK_IRN]), ("c1", 2, *EVENTS[IRN_PAK]),
                              ("c2", 1, "RUS", "GBR", "111"), ("c3", 2, *EVENTS[RUS_USA])]
    rows = pq.read_table(out, columns=["doc_id", "sentence", "doc_url"]).to_pylist()
    assert rows[0] == {"doc_id": "c1", "sentence": PAK_IRN, "doc_url": "http://x/a,b"}
    assert rows[2]["sentence"] == f"On Monday, in a statement, {RUS_GBR}"
    assert rows[3]["sentence"] == RUS_USA


def test_csv_gz(tmp_path, code_cli):
    import gzip

    src = tmp_path / "news.csv.gz"
    src.write_bytes(gzip.compress(f"id,text\ng1,{RUS_GBR}\n".encode()))
    out = tmp_path / "out.parquet"
    assert code_cli(src, out, "--date", "2024-01-01").exit_code == 0
    assert events_of(out) == [("g1", 1, *EVENTS[RUS_GBR])]


def test_parquet_input_with_date_and_timestamp_columns(tmp_path, code_cli):
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({
        "id": ["p1", "p2"],
        "text": [PAK_IRN, RUS_GBR],
        "date": pa.array([dt.date(2024, 1, 17), None], pa.date32()),
        "published": pa.array([dt.datetime(2021, 3, 4, 15, 0), dt.datetime(2022, 5, 6)],
                              pa.timestamp("us")),
    }), src)
    out = tmp_path / "out.parquet"
    assert code_cli(src, out, "--date", "2020-02-02").exit_code == 0
    rows = pq.read_table(out, columns=["doc_id", "date", "code"]).to_pylist()
    assert rows == [{"doc_id": "p1", "date": dt.date(2024, 1, 17), "code": "161"},
                    {"doc_id": "p2", "date": dt.date(2020, 2, 2), "code": "111"}]
    out2 = tmp_path / "out2.parquet"
    assert code_cli(src, out2, "--date-field", "published").exit_code == 0
    assert pq.read_table(out2, columns=["date"]).column("date").to_pylist() == [
        dt.date(2021, 3, 4), dt.date(2022, 5, 6)]


def test_single_txt_file_id_is_stem_and_date_from_option(tmp_path, code_cli):
    src = tmp_path / "story-17.txt"
    src.write_text(f"{PAK_IRN}\n\n{IRN_PAK}\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert code_cli(src, out, "--date", "2024-01-17").exit_code == 0
    rows = pq.read_table(out, columns=["doc_id", "sentence_id", "date", "code"]).to_pylist()
    assert rows == [
        {"doc_id": "story-17", "sentence_id": 1, "date": dt.date(2024, 1, 17), "code": "161"},
        {"doc_id": "story-17", "sentence_id": 2, "date": dt.date(2024, 1, 17), "code": "190"},
    ]


def test_txt_without_date_has_null_date(tmp_path, code_cli):
    src = tmp_path / "a.txt"
    src.write_text(RUS_GBR, encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert code_cli(src, out).exit_code == 0
    assert pq.read_table(out).column("date").to_pylist() == [None]


def test_directory_of_txt_files(tmp_path, code_cli):
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    (d / "b.txt").write_text(RUS_GBR, encoding="utf-8")
    (d / "a.txt").write_text(PAK_IRN, encoding="utf-8")
    (d / "sub" / "c.txt").write_text(RUS_USA, encoding="utf-8")
    (d / "notes.md").write_text("Russia condemned Iran.", encoding="utf-8")  # not a .txt
    out = tmp_path / "out.parquet"
    result = code_cli(d, out, "--date", "2024-03-01")
    assert result.exit_code == 0, result.output
    assert events_of(out) == [("a", 1, *EVENTS[PAK_IRN]), ("b", 1, *EVENTS[RUS_GBR]),
                              ("sub/c", 1, *EVENTS[RUS_USA])]
    assert set(pq.read_table(out).column("date").to_pylist()) == {dt.date(2024, 3, 1)}


def test_same_file_name_in_two_folders_gives_two_documents(tmp_path, code_cli):
    d = tmp_path / "articles"
    for folder, text in (("jan", RUS_GBR), ("feb", PAK_IRN)):
        (d / folder).mkdir(parents=True)
        (d / folder / "report.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert code_cli(d, out).exit_code == 0
    assert events_of(out) == [("feb/report", 1, *EVENTS[PAK_IRN]),
                              ("jan/report", 1, *EVENTS[RUS_GBR])]


def test_field_mapping(tmp_path, code_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"uid": "m1", "body": RUS_GBR, "published": "2022-07-01T10:00:00Z", "text": "ignored",
         "id": "ignored"},
        {"uid": "m2", "body": PAK_IRN},
    ])
    out = tmp_path / "out.parquet"
    result = code_cli(src, out, "--id-field", "uid", "--text-field", "body",
                      "--date-field", "published", "--date", "2021-01-01")
    assert result.exit_code == 0, result.output
    rows = pq.read_table(out, columns=["doc_id", "date", "code"]).to_pylist()
    assert rows == [{"doc_id": "m1", "date": dt.date(2022, 7, 1), "code": "111"},
                    {"doc_id": "m2", "date": dt.date(2021, 1, 1), "code": "161"}]


def test_csv_field_mapping(tmp_path, code_cli):
    src = tmp_path / "in.csv"
    src.write_text(f"key,day,body\nk1,2024-06-30,{RUS_GBR}\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert code_cli(src, out, "--id-field", "key", "--text-field", "body",
                    "--date-field", "day").exit_code == 0
    assert pq.read_table(out, columns=["doc_id", "date"]).to_pylist() == [
        {"doc_id": "k1", "date": dt.date(2024, 6, 30)}]


def test_keep_fields_become_doc_columns(tmp_path, code_cli):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "k1", "date": "2024-01-01", "text": RUS_GBR, "url": "http://a", "n": 7,
         "meta": {"lang": "en"}},
        {"id": "k2", "date": "2024-01-01", "text": PAK_IRN},
    ])
    out = tmp_path / "out.parquet"
    assert code_cli(src, out, "--keep", "url", "--keep", "n", "--keep", "meta").exit_code == 0
    t = pq.read_table(out)
    assert t.column_names[-3:] == ["doc_url", "doc_n", "doc_meta"]
    assert t.schema.field("doc_n").type == pa.string()
    assert t.select(["doc_url", "doc_n", "doc_meta"]).to_pylist() == [
        {"doc_url": "http://a", "doc_n": "7", "doc_meta": '{"lang": "en"}'},
        {"doc_url": None, "doc_n": None, "doc_meta": None},
    ]


def test_no_text_drops_sentence_column(tmp_path, code_cli, good_jsonl):
    out = tmp_path / "out.parquet"
    assert code_cli(good_jsonl, out, "--no-text").exit_code == 0
    names = pq.read_schema(out).names
    assert "sentence" not in names
    assert names[:21] == ["event_id", "doc_id", "sentence_id", "date", "source",
                          "source_country", "source_agent", "source_text", "target",
                          "target_country", "target_agent", "target_text", "code", "base_code",
                          "root_code", "event_name", "quad_class", "goldstein", "plover_type",
                          "verb_text", "rule_id"]
    assert events_of(out) == GOOD_EVENTS
    with_text = tmp_path / "with.parquet"
    assert code_cli(good_jsonl, with_text).exit_code == 0
    assert pq.read_table(with_text).column("sentence").to_pylist()[:2] == [PAK_IRN, IRN_PAK]


def test_several_inputs_of_different_kinds_in_order(tmp_path, code_cli):
    a = write_jsonl(tmp_path / "a.jsonl", [{"id": "j1", "text": RUS_GBR}])
    b = tmp_path / "b.csv"
    b.write_text(f"id,text\nc1,{PAK_IRN}\n", encoding="utf-8")
    c = tmp_path / "t1.txt"
    c.write_text(RUS_USA, encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert code_cli([a, b, c], out, "--date", "2024-01-01").exit_code == 0
    assert [e[0] for e in events_of(out)] == ["j1", "c1", "t1"]


# ------------------------------------------------------------ read_records directly


def test_read_records_yields_documents_with_positions(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": "Hello.", "date": "2024-01-02",
                                               "src": "wire"}, "nope"])
    items = list(read_records(src, Fields(keep=("src",))))
    assert items[0] == Document("x", "Hello.", dt.date(2024, 1, 2), {"src": "wire"}, str(src), 1)
    assert isinstance(items[1], Reject) and items[1].line == 2


@pytest.mark.parametrize("value,expected", [
    ("2024-01-17", dt.date(2024, 1, 17)),
    ("2024-01-17T23:59:59+05:00", dt.date(2024, 1, 17)),
    ("2024-01-17 08:00", dt.date(2024, 1, 17)),
    (dt.datetime(2024, 1, 17, 8), dt.date(2024, 1, 17)),
])
def test_parse_date_accepts_iso_dates_and_timestamps(value, expected):
    from coding.io import parse_date

    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2024-02-30", "0000-00-00", "yesterday", "17/01/2024",
                                   "2024-1-7", "20240117"])
def test_parse_date_rejects(value):
    from coding.io import parse_date

    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(("text", "undecodable"), [
    ("plain ASCII text", False), ("Gaza — Khan Younis, İstanbul", False),
    ("bytes \udcff that were not UTF-8", True), ("a lone \ud800 escape", True)])
def test_undecodable_text_is_found_past_the_ascii_shortcut(text, undecodable):
    """ASCII text is let through without a search; any other text is searched."""
    from coding.io import _has_undecodable

    assert _has_undecodable(text) is undecodable
