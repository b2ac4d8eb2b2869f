"""The Pandera event schema: every check fails on a deliberately broken row."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from coding import code_documents
from coding.pipeline import arrow_schema
from coding.validate import (
    ARROW_COLUMNS,
    ARROW_TABLE_CHECKS,
    REQUIRED,
    arrow_failures,
    validate_events,
    validate_path,
    validate_table,
)
from schemas.events import EventSchema, default_code_table, split_actor

from .conftest import IRN_PAK, MINI, PAK_IRN, RUS_GBR, RUS_USA

ACTOR_RE = "str_matches('^(?:[A-Z0-9]{3}|---)(?:[A-Z0-9]{3}){0,4}$')"


def _to_arrow(df: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    """The event columns of a DataFrame as an Arrow table of the pipeline's schema."""
    return pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    """Four valid rows: PAK>IRN 161, IRNMIL>PAK 190, RUS>GBR 111, RUSGOV>USA 112."""
    df = code_documents([
        {"id": "d1", "date": "2024-01-17", "text": f"{PAK_IRN} {IRN_PAK}"},
        {"id": "d2", "date": "2024-01-18", "text": f"{RUS_GBR} {RUS_USA}"},
    ], codebook=[MINI])
    assert list(df["code"]) == ["161", "190", "111", "112"]
    return df


def broken(df: pd.DataFrame, row: int, **values) -> pd.DataFrame:
    out = df.copy()
    for k, v in values.items():
        out.loc[row, k] = v
    return out


def reasons(df: pd.DataFrame) -> dict[int, str]:
    good, bad = validate_events(df)
    assert len(good) == len(df) - len(bad)
    # The coder's Arrow checks find a failure exactly when Pandera does, and its path
    # (Arrow checks, then Pandera for a failing batch) rejects the same rows.
    table, schema = _to_arrow(df, arrow_schema()), arrow_schema()
    assert bool(arrow_failures(table, schema, default_code_table())) == bool(bad)
    good_t, bad_t = validate_table(table, default_code_table(), schema)
    assert [(i, why) for i, _r, why in bad_t] == [(i, why) for i, _r, why in bad]
    assert good_t.num_rows == len(good)
    return {int(i): why for i, _row, why in bad}


def test_valid_rows_pass(events):
    assert EventSchema.validate(events) is not None
    good, bad = validate_events(events)
    assert bad == [] and len(good) == 4


def test_arrow_checks_mirror_the_schema():
    """`coding.validate`'s Arrow checks cover every field and check of EventSchema."""
    schema = EventSchema.to_schema()
    stats = {"str_matches": ("regex", "pattern"), "isin": ("isin", "allowed_values"),
             "greater_than_or_equal_to": ("ge", "min_value"),
             "less_than_or_equal_to": ("le", "max_value")}
    assert set(ARROW_COLUMNS) == set(schema.columns)
    for name, col in schema.columns.items():
        spec = ARROW_COLUMNS[name]
        assert bool(spec.get("nullable")) == col.nullable, name
        assert bool(spec.get("unique")) == col.unique, name
        assert (name in REQUIRED) == col.required, name
        want = {stats[c.name][0]: c.statistics[stats[c.name][1]] for c in col.checks}
        assert {k: v for k, v in spec.items() if k not in ("nullable", "unique")} == want, name
    assert tuple(c.name for c in schema.checks) == ARROW_TABLE_CHECKS


def test_arrow_checks_pass_only_the_coders_own_table_shape(events):
    table, schema = _to_arrow(events, arrow_schema()), arrow_schema()
    assert arrow_failures(table, schema, default_code_table()) == 0
    assert arrow_failures(table.drop_columns(["sentence"]), schema, default_code_table()) > 0
    assert arrow_failures(table.slice(0, 0), schema, default_code_table()) == 0


def test_check_names():
    names = [c.name for c in EventSchema.to_schema().checks]
    assert names == ["code_in_code_table", "base_and_root_agree_with_code",
                     "quad_class_goldstein_name_agree_with_code", "actor_parts_agree_with_code",
                     "has_an_actor"]
    # a schema for another code table keeps the names
    assert [c.name for c in EventSchema.for_codes({}).to_schema().checks] == names


def test_unknown_code(events):
    row = broken(events, 2, code="999", base_code="999", root_code="99")
    assert reasons(row) == {2: "code_in_code_table; quad_class_goldstein_name_agree_with_code"}


@pytest.mark.parametrize("column,value", [("base_code", "112"), ("root_code", "12"),
                                          ("base_code", "11"), ("root_code", "111")])
def test_base_and_root_code_disagree_with_code(events, column, value):
    assert reasons(broken(events, 2, **{column: value})) == {2: "base_and_root_agree_with_code"}


@pytest.mark.parametrize("column,value", [("quad_class", 1), ("quad_class", None),
                                          ("goldstein", -2.0), ("goldstein", None),
                                          ("event_name", "Accuse")])
def test_quad_class_goldstein_name_disagree_with_code(events, column, value):
    df = broken(events, 1, **{column: value})
    assert reasons(df) == {1: "quad_class_goldstein_name_agree_with_code"}


def test_lookup_values_are_the_code_tables(events):
    table = default_code_table()
    for row in events.itertuples():
        name, gold, quad, plover = table[row.code]
        assert (row.event_name, row.goldstein, row.quad_class) == (name, gold, quad)


@pytest.mark.parametrize("bad", ["pak", "PAKG", "120]--", "PAKGOVX", "", "PAK GOV",
                                 "PAKGOVMILREBCOPMED"])
def test_malformed_source_actor_code(events, bad):
    # the country column still says PAK, so only the pattern check fails for these
    df = broken(events, 0, source=bad)
    why = reasons(df)[0]
    assert f"source: {ACTOR_RE}" in why.split("; ")


@pytest.mark.parametrize("bad", ["irn", "IR", "IRN-", "120]--"])
def test_malformed_target_actor_code(events, bad):
    df = broken(events, 0, target=bad, target_country=None, target_agent=None)
    assert reasons(df) == {0: f"target: {ACTOR_RE}"}


@pytest.mark.parametrize("column,bad", [("source_country", "pa"), ("source_agent", "gov"),
                                        ("target_country", "IRNGOV")])
def test_malformed_country_or_agent(events, column, bad):
    why = reasons(broken(events, 3, **{column: bad}))[3]
    assert f"{column}: str_matches('^[A-Z0-9]{{3}}$')" in why.split("; ")


def test_valid_actor_codes_pass(events):
    df = broken(events, 0, source="---GOV", source_country=None, source_agent="GOV",
                target="IGOUNOWHO", target_country="IGO", target_agent="UNO")
    assert reasons(df) == {}


@pytest.mark.parametrize("side,country", [("source", "IRN"), ("target", "PAK")])
def test_country_not_first_three_letters_of_actor(events, side, country):
    df = broken(events, 0, **{f"{side}_country": country})  # row 0 is PAK -> IRN
    assert reasons(df) == {0: "actor_parts_agree_with_code"}


def test_duplicate_event_id(events):
    df = broken(events, 3, event_id=events.loc[1, "event_id"])
    assert reasons(df) == {1: "event_id: field_uniqueness", 3: "event_id: field_uniqueness"}


@pytest.mark.parametrize("bad", ["XYZ", "7602FF178628976A7D96", "7602ff178628976a7d9",
                                 "7602ff178628976a7d96a", "7602ff17-8628976a7d9"])
def test_malformed_event_id(events, bad):
    assert reasons(broken(events, 0, event_id=bad)) == {
        0: "event_id: str_matches('^[0-9a-f]{20}$')"}


def test_sentence_id_zero(events):
    assert reasons(broken(events, 2, sentence_id=0)) == {
        2: "sentence_id: greater_than_or_equal_to(1)"}


def test_row_with_neither_source_nor_target(events):
    df = broken(events, 1, source=None, source_country=None, source_agent=None, target=None,
                target_country=None, target_agent=None)
    assert reasons(df) == {1: "has_an_actor"}
    # one side is enough
    assert reasons(broken(events, 1, target=None, target_country=None, target_agent=None)) == {}


def test_validate_events_returns_good_rows_and_bad_row_content(events):
    df = broken(events, 1, sentence_id=0)
    df = broken(df, 3, code="999")
    good, bad = validate_events(df)
    assert list(good["code"]) == ["161", "111"]
    assert list(good.index) == [0, 1]
    assert [(i, row["doc_id"], row["code"]) for i, row, _why in bad] == [
        (1, "d1", "190"), (3, "d2", "999")]


def test_table_level_failure_raises(events):
    with pytest.raises(ValueError, match="does not match the schema"):
        validate_events(events.drop(columns=["code"]))


def test_empty_table_is_valid(events):
    good, bad = validate_events(events.iloc[0:0])
    assert len(good) == 0 and bad == []


def test_for_codes_accepts_a_custom_code(events):
    table = {"903": ("Hold custom ceremony", 1.5, 1, None)}
    df = broken(events.iloc[[0]].copy(), 0, code="903", base_code="903", root_code="90",
                event_name="Hold custom ceremony", goldstein=1.5, quad_class=1)
    custom = EventSchema.for_codes(table)
    assert custom.validate(df) is not None
    good, bad = validate_events(df, table)
    assert bad == [] and list(good["code"]) == ["903"]
    with pytest.raises(pandera.errors.SchemaErrors, match="code_in_code_table"):
        EventSchema.validate(df, lazy=True)
    # and the custom table does not know CAMEO codes
    assert reasons_for(events, table)[0].startswith("code_in_code_table")
    # the default schema is unchanged by for_codes
    assert EventSchema.code_table() is default_code_table()


def reasons_for(df, table):
    _good, bad = validate_events(df, table)
    return {int(i): why for i, _row, why in bad}


@pytest.mark.parametrize("code,expected", [
    ("PAKGOV", ("PAK", "GOV")), ("PAK", ("PAK", None)), ("---GOV", (None, "GOV")),
    ("IGOUNO", (None, "IGO")), ("USAMILREB", ("USA", "MIL")), (None, (None, None)),
])
def test_split_actor(code, expected):
    assert split_actor(code) == expected


# ------------------------------------------------------------ eventcoder validate


def write_events(df: pd.DataFrame, path) -> None:
    pq.write_table(_to_arrow(df, arrow_schema()), path)


def test_validate_command_good_file(tmp_path, events, run_cli):
    path = tmp_path / "good.parquet"
    write_events(events, path)
    result = run_cli("validate", path)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{path}: 4 rows", "valid: every row passes every check of the event schema"]
    report = validate_path(path)
    assert report.valid and report.rows == 4


def test_validate_command_bad_file_names_checks_and_rows(tmp_path, events, run_cli):
    df = broken(events, 1, sentence_id=0)
    df = broken(df, 2, base_code="112")
    df = broken(df, 3, base_code="110", source_country="IRN")
    df = broken(df, 0, event_id="nothex")
    path = tmp_path / "bad.parquet"
    write_events(df, path)
    result = run_cli("validate", path)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}: 4 rows",
        "  actor_parts_agree_with_code: 1 row(s): 3",
        "  base_and_root_agree_with_code: 2 row(s): 2, 3",
        "  event_id: str_matches('^[0-9a-f]{20}$'): 1 row(s): 0",
        "  sentence_id: greater_than_or_equal_to(1): 1 row(s): 1",
        "INVALID",
    ]


def test_validate_command_with_codebook(tmp_path, events, run_cli):
    path = tmp_path / "good.parquet"
    write_events(events, path)
    result = run_cli("validate", path, "--codebook", MINI)
    assert result.exit_code == 0, result.output


def test_validate_command_missing_column(tmp_path, events, run_cli):
    path = tmp_path / "nocode.parquet"
    pq.write_table(_to_arrow(events, arrow_schema()).drop_columns(["code"]), path)
    result = run_cli("validate", path)
    assert result.exit_code == 1
    assert "  table: column_in_dataframe" in result.stdout
    assert result.stdout.splitlines()[-1] == "INVALID"


def test_validate_command_not_parquet(tmp_path, run_cli):
    path = tmp_path / "junk.parquet"
    path.write_bytes(b"not parquet at all")
    result = run_cli("validate", path)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[1].startswith("  table: cannot read as Parquet: ")
    assert lines[-1] == "INVALID"


def test_validate_command_missing_file(tmp_path, run_cli):
    """A missing input is a fatal error (exit 1), as for every command."""
    result = run_cli("validate", tmp_path / "nope.parquet")
    assert result.exit_code == 1
    missing = tmp_path / "nope.parquet"
    assert result.stderr == f"eventcoder: error: {missing}: no such file or directory\n"


def test_validate_command_lists_at_most_ten_rows(tmp_path, events, run_cli):
    df = pd.concat([events] * 4, ignore_index=True)
    df["event_id"] = [f"{i:020x}" for i in range(len(df))]
    df["sentence_id"] = 0
    path = tmp_path / "many.parquet"
    write_events(df, path)
    result = run_cli("validate", path)
    assert result.exit_code == 1
    assert ("  sentence_id: greater_than_or_equal_to(1): 16 row(s): "
            "0, 1, 2, 3, 4, 5, 6, 7, 8, 9 ... (+6)") in result.stdout.splitlines()
