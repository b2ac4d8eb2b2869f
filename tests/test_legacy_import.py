"""Importing legacy TABARI / PETRARCH dictionaries (coding/legacy.py).

Every snippet below was written for these tests in the legacy syntax; each test
checks the exact lines written and the exact report entries for what cannot be
converted, and that the result loads with our own codebook loader.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import importlib.util
import textwrap
from functools import partial
from pathlib import Path

import pytest

from coding import legacy
from coding.codebook import load_codebook
from coding.legacy import (
    ImportReport,
    ReportLine,
    import_dictionaries,
    natural_case,
    parse_event_code,
    parse_legacy_date,
    subtract_ranges,
)

from .helpers import ROOT, SHARED, coded

PEER_DICTIONARIES = SHARED / "peers" / "dictionaries"

# A small event table, so that these tests do not depend on the default codebook.
EVENTS_CSV = """\
code,name,description,goldstein,quad_class,plover_type
010,Make statement,,0.0,1,
020,Make an appeal,,3.0,1,
032,Visit,,1.9,1,
033,Host a visit,,2.8,1,
040,Consult,,1.0,1,
0874,Retreat militarily,,5.0,2,
112,Accuse,,-2.0,3,
120,Reject,,-4.0,3,
173,Arrest,,-5.0,4,
180,Use unconventional violence,,-9.0,4,
190,Use conventional military force,,-10.0,4,
193,Fight with small arms,,-10.0,4,
"""


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def run(tmp_path: Path, style: str, files: dict[str, str], **options) -> tuple[ImportReport, Path]:
    """Import the given legacy files; returns the report and the output codebook."""
    events = write(tmp_path, "events.csv", EVENTS_CSV)
    paths = [write(tmp_path / "legacy", name, text) for name, text in files.items()]
    out = tmp_path / "out"
    report = import_dictionaries(
        style, paths, out, events_csv=events, reference_dir=tmp_path / "no-reference", **options
    )
    load_codebook([out])  # the result must pass our own validation
    return report, out


def body(path: Path) -> list[str]:
    """The entry lines of an output file, without its header comment."""
    return [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]


def entries(report: ImportReport, kind: str = "unconverted") -> list[tuple[int, str, str]]:
    """(line, text, reason) of the report's unconverted (or changed) lines."""
    return [(e.line, e.text, e.reason) for e in getattr(report, kind)]


# ------------------------------------------------------------------- verbs


def test_petrarch1_verbs_synsets_blocks_and_patterns(tmp_path):
    report, out = run(
        tmp_path,
        "petrarch1",
        {
            "Test.verbs.txt": """
                &WEAPON_
                +MISSILE
                +ROCKET_LAUNCHER

                &ARMS
                +GUN
                +&WEAPON

                --- ATTACK [190] ---
                ATTACK
                STRIKE {STRIKES STRUCK STRIKING}  # irregular forms
                +OPEN_FIRE {+OPENS_FIRE +OPENED_FIRE +OPENING_FIRE}
                BLUDGEON [180]
                - * + WITH &ARMS [193]  # a comment
                - $_SAID * + [---]
                - WAS_* BY $ [190]
                - * +  WITH  &ARMS [190]
                - * BLOCKADE [120]--
                - * DOWN [080!]
                - * AT * [190]

                --- VISIT [032:033] ---
                VISIT
                ATTACK
                - * CAPITAL [032:033]
            """
        },
    )
    layer = out / "imported"
    assert body(layer / "synsets" / "test.txt") == [
        "&WEAPON = missile {} | rocket launcher {}",
        "&ARMS = gun | missile {} | rocket launcher {}",
    ]
    assert body(layer / "verbs" / "test.txt") == [
        "",
        "== 190 attack",
        "attack",
        "strike {strikes struck striking}",
        "open fire {}",
        "opens fire {}",
        "opened fire {}",
        "opening fire {}",
        "bludgeon => 180",
        "- * + with &ARMS => 193",
        "- $ said * + => ---",  # no tie to a slot in our format
        "- was_ * by $ => 190",  # a tie to the verb is kept
        "",
        "== 032:033 visit",
        "visit",
        "- * capital => 032:033",
    ]
    assert entries(report) == [
        (17, "- * +  WITH  &ARMS [190]", legacy.R_DUPLICATE_PATTERN),
        (18, "- * BLOCKADE [120]--", legacy.R_UNREADABLE),
        (19, "- * DOWN [080!]", legacy.R_INVALID_EVENT_CODE),
        (20, "- * AT * [190]", legacy.R_PATTERN_STAR),
        (24, "ATTACK", legacy.R_DUPLICATE_VERB),
    ]
    assert entries(report, "changed") == [(15, "- $_SAID * + [---]", legacy.C_LOOSENED)]
    assert report.counts["verb words"] == 8
    assert report.counts["patterns"] == 4
    assert report.counts["synsets"] == 2


def test_petrarch1_verb_inflected_on_a_later_word(tmp_path):
    report, out = run(tmp_path, "petrarch1", {"V.verbs.txt": "--- RETAKE [190] ---\nRE_+TAKE\n"})
    lines = body(out / "imported" / "verbs" / "v.txt")
    assert lines[:3] == ["", "== 190 retake", "re take {}"]
    assert "re took {}" in lines and "re taking {}" in lines
    assert report.notes[legacy.N_GENERATED_FORMS] == 1


def test_petrarch2_groupings_are_flattened_and_transformations_reported(tmp_path):
    report, out = run(
        tmp_path,
        "petrarch2",
        {
            "CAMEO.2.0.txt": """
                ---  ASK   [---]  ---
                ASK
                REQUEST [020]
                - * (FOR {FINANCIAL AID})           [020]   # ASK
                - * (TO/FOR HELP)                   [020]
                - * {ARMS SHIPMENT}                 [020]
                - * (BEFORE COURT)                  [:173]
                - * (TO {TALKS)                     [040]

                ~ a (b . ATTACK) SAY = a b 112
            """
        },
    )
    assert [s.kind for s in report.sources] == ["verbs"]  # found from the content
    assert body(out / "imported" / "verbs" / "cameo_2_0.txt") == [
        "",
        "== --- ask",
        "ask",
        "request => 020",
        "- * for financial aid => 020",
        "- * to help => 020",
        "- * for help => 020",
        "- * arms shipment => 020",
    ]
    assert entries(report) == [
        (7, "- * (BEFORE COURT)                  [:173]", legacy.R_HALF_PAIR),
        (8, "- * (TO {TALKS)                     [040]", legacy.R_BRACES),
        (10, "~ a (b . ATTACK) SAY = a b 112", legacy.R_TRANSFORMATION),
    ]
    assert report.notes[legacy.N_FLATTENED] == 4
    assert report.notes[legacy.N_ALTERNATIVES] == 2


def test_tabari_verbs_sections_alternatives_forms_and_discards(tmp_path):
    report, out = run(
        tmp_path,
        "tabari",
        {
            "Test.verbs": """
                <SYNSETS>
                &CURRENCY
                +DOLLAR
                +EURO_
                </SYNSETS>
                <TIME>
                NEXT_WEEK [+7]
                </TIME>
                ABANDON  [---] ;pas 1 Jan 2001
                - * { PLAN | PROPOSAL_ }  [---]
                - * OUTPOST IN_ +  [0874] ;note
                BREAK_ [190]
                { BROKE_ BROKEN_ }
                - + * IN_ $  [190]
                FOOTBALL  [###]
                - * MATCH  [190]
                SAID  [023?]
            """
        },
    )
    layer = out / "imported"
    assert body(layer / "verbs" / "test.txt") == [
        "",
        "== --- abandon",
        "abandon*",
        "- * plan* => ---",
        "- * proposal => ---",
        "- * outpost* in + => 0874",
        "",
        "== 190 break",
        "break {broke broken}",
        "- + * in $ => 190",
        "",
        "== 023 said",  # TABARI's subordinate code 023? (reporting verbs are weak anyway)
        "said*",
    ]
    assert body(layer / "synsets" / "test.txt") == ["&CURRENCY = dollar* | euro {}"]
    assert body(layer / "discards" / "test.txt") == ["football* => sentence"]
    assert entries(report) == [
        (7, "NEXT_WEEK [+7]", legacy.R_TABARI_TIME),
        (16, "- * MATCH  [190]", legacy.R_PATTERN_OF_DISCARD),
    ]
    assert entries(report, "changed") == [(15, "FOOTBALL  [###]", legacy.C_TABARI_DISCARD)]
    # ABANDON, PLAN, OUTPOST, DOLLAR, FOOTBALL and SAID carry no trailing `_`: stems.
    assert report.notes[legacy.N_STEMS] == 6


# ------------------------------------------------------------------- actors


def test_tabari_actors_dates_synonyms_and_overlaps(tmp_path):
    report, out = run(
        tmp_path,
        "tabari",
        {
            "Test.actors": """
                <NOUN>
                FORCES_
                </NOUN>
                ARNOR  [ARN]
                AL_GORE_  [USAELI 991201-010114] [USAGOV <011214] ;overlap
                GOLLUM  ; pas 27 Apr 03
                +SMEAGOL
                \t[HOB < 950601]
                \t[HOBGOV 950601 - 990815]
                \t[HOBREB > 990816]
                BOROMIR  [---]
                NASGUL  [###]
                ITHILEN TELEVISION  [ITHTV]
                THE_SHIRE  [FRO/BIL/SAM]
                BAD_CODE_  [BAD-CODE]
                OLD_CITY [OLD 450101-460101]
                UN_ [IGOUNO]
            """
        },
    )
    layer = out / "imported"
    assert body(layer / "actors" / "test.txt") == [
        "Arnor* => ARN",
        "Al Gore | Al Gores => USAGOV ..1999-11-30; USAELI 1999-12-01..2001-01-14; "
        "USAGOV 2001-01-15..2001-12-14",
        "Gollum* | Smeagol* => HOB ..1995-06-01; HOBGOV 1995-06-02..1999-08-15; "
        "HOBREB 1999-08-16..",
        "Ithilen .. Television* => ITHTV",  # legacy codes need not be groups of three
        "Shire* => FRO/BIL/SAM",  # one name, several actors
        "Old City* => OLD 1945-01-01..1946-01-01",
        "UN | UNs => IGOUNO",  # TABARI's noun ending S on an exact name
    ]
    assert body(layer / "discards" / "test.txt") == ["nasgul* => sentence"]
    assert entries(report) == [  # FORCES_ (<NOUN>) is an engine option: nouns = ["forces"]
        (11, "BOROMIR  [---]", legacy.R_NULL_ACTOR_CODE),
        (15, "BAD_CODE_  [BAD-CODE]", legacy.R_ACTOR_CODE),
    ]
    assert entries(report, "changed") == [
        (5, "AL_GORE_  [USAELI 991201-010114] [USAGOV <011214] ;overlap", legacy.C_DATE_CLIPPED),
        (9, "\t[HOBGOV 950601 - 990815]", legacy.C_DATE_SHARED_DAY),
        (12, "NASGUL  [###]", legacy.C_TABARI_DISCARD),
    ]
    assert report.counts["actor entries with date ranges"] == 3
    assert report.counts["actor date ranges"] == 7


def test_petrarch_actors_groups_duplicates_and_natural_case(tmp_path):
    report, out = run(
        tmp_path,
        "petrarch1",
        {
            "Test.actors.txt": """
                AFGHANISTAN_  [AFG]
                +AFGHAN_
                +KABUL
                IVO_JOSIPOVIC_
                PRESIDENT_JOSIPOVIC_
                \t[HRVGOV >20120219]
                \t[HRVGOVLEG 20031222-20100218]
                BARACK_OBAMA  # a comment
                +PRESIDENT_OBAMA_
                \t[USAELI 780101-000101]
                \t[USAGOV >090120]
                \t[USAGOV >100101]
                NATO_ [IGOWSTNAT]
                KABUL_ [AFGGOV]
                PKK [IMGTURKRD]
                SEAN_O'NEILL_ [IRL]
                ISLAMIC_REPUBLIC_OF_IRAN [IRN]
                BAD_DATE [XXX 990231-000101]
                NO_CODE_AT_ALL
            """
        },
    )
    assert body(out / "imported" / "actors" / "test.txt") == [
        "Afghanistan | Afghan | Kabul => AFG",
        "Ivo Josipovic | President Josipovic => "
        "HRVGOVLEG 2003-12-22..2010-02-18; HRVGOV 2012-02-19..",
        "Barack Obama | President Obama => USAELI 1978-01-01..2000-01-01; USAGOV 2009-01-20..",
        "NATO => IGOWSTNAT",
        "PKK => IMGTURKRD",
        "Sean O'Neill => IRL",
        "Islamic Republic of Iran => IRN",
    ]
    assert entries(report) == [
        (12, "\t[USAGOV >100101]", legacy.R_DATE_COVERED),
        (14, "KABUL_ [AFGGOV]", legacy.R_DUPLICATE_ACTOR_NAME),
        (18, "BAD_DATE [XXX 990231-000101]", legacy.R_DATE),
        (19, "NO_CODE_AT_ALL", legacy.R_ACTOR_WITHOUT_CODE),
    ]
    assert entries(report, "changed") == [(5, "PRESIDENT_JOSIPOVIC_", legacy.C_MERGED_ACTOR)]
    assert report.counts["actor entries"] == 7
    assert report.counts["actor names"] == 11


# ------------------------------------------------------------------- agents, discards


def test_agents_suffix_prefix_plurals_and_substitutions(tmp_path):
    report, out = run(
        tmp_path,
        "petrarch2",
        {
            "Test.agents.txt": """
                <!-- a PETRARCH agents file
                     with a comment over two lines -->
                !PERSON! = MAN, MEN, WOMAN
                POLICE {} [~COP]
                POLICEMAN {POLICEMEN} [~COP]
                CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
                HUMAN_RIGHTS_GROUP [NGO~]
                FISHER!PERSON! [~AGR]
                AD!PERSON!ISTRATOR [~GOV]
                SPY_CHIEF [~SPYXXXYYYZZZ]
                ISLAMIC_EXTREMIST
                POLICEMEN [ ~COP]
                MARINE [~MIL]
                MARINES_CORPS {} [~MIL]
            """
        },
    )
    assert body(out / "imported" / "agents" / "test.txt") == [
        "police {} => ~COP",
        "policeman {policemen} => ~COP",
        "chamber of commerce {} | chambers of commerce {} => ~BUS",
        "human rights group => NGO~",
        "fisherman {} | fishermen {} | fisherwoman {} => ~AGR",
        "marine => ~MIL",
        "marines corps {} => ~MIL",
    ]
    assert entries(report) == [
        (9, "AD!PERSON!ISTRATOR [~GOV]", legacy.R_AGENT_SUBSTITUTION),
        (10, "SPY_CHIEF [~SPYXXXYYYZZZ]", legacy.R_AGENT_CODE),
        (11, "ISLAMIC_EXTREMIST", legacy.R_AGENT_NO_CODE),
        (12, "POLICEMEN [ ~COP]", legacy.R_DUPLICATE_AGENT),
    ]
    assert report.notes[legacy.N_SUBSTITUTIONS] == 3


def test_agent_whose_generated_plural_names_another_agent(tmp_path):
    report, out = run(
        tmp_path,
        "petrarch1",
        {"A.agents.txt": "SOLDIERS [~MIL]\nSOLDIER [~MIL]\n"},
    )
    assert body(out / "imported" / "agents" / "a.txt") == [
        "soldiers => ~MIL",
        "soldier {} => ~MIL",
    ]
    assert entries(report, "changed") == [(2, "SOLDIER [~MIL]", legacy.C_AGENT_PLURAL)]


def test_discards_story_and_sentence(tmp_path):
    report, out = run(
        tmp_path,
        "petrarch1",
        {
            "Test.discards.txt": """
                # Story-level discards start with '+'.
                +WORLD_CUP   # sports
                BASEBALL
                1914
                BASEBALL_
            """
        },
    )
    assert body(out / "imported" / "discards" / "test.txt") == [
        "world cup => story",
        "baseball => sentence",
        "1914 => sentence",
    ]
    assert entries(report) == [(5, "BASEBALL_", legacy.R_DUPLICATE_DISCARD)]
    assert report.counts["story discards"] == 1
    assert report.counts["sentence discards"] == 2


# ------------------------------------------------------------------- codes, options, files


def test_options_and_project_are_reported_and_new_codes_added(tmp_path):
    report, out = run(
        tmp_path,
        "tabari",
        {
            "Test.verbs": """
                RECONCILE  [903]
                - * WITH +  [1717]
            """,
            "Test.options": """
                // OPTIONS FILE
                COMPLEX: VERBS[5] CONJ[4]
                LABEL: 903=NEW TIES
            """,
            "Test.project": "<actorsfile> Test.actors\n",
        },
    )
    assert [(s.file, s.kind) for s in report.sources] == [
        ("Test.verbs", "verbs"),
        ("Test.options", "options"),
        ("Test.project", "project"),
    ]
    # COMPLEX becomes an engine option; the label only describes a code.
    assert report.unconverted == [
        ReportLine("Test.options", 3, "LABEL: 903=NEW TIES", legacy.R_OPTION),
        ReportLine("Test.project", 1, "<actorsfile> Test.actors", legacy.R_PROJECT),
    ]
    assert report.added_codes == ["1717", "903"]
    events = (out / "events.csv").read_text(encoding="utf-8").splitlines()
    assert events[-2:] == [
        "1717,imported code 1717,,,4,",
        "903,imported code 903,legacy label: NEW TIES,,,",
    ]
    toml = (out / "codebook.toml").read_text(encoding="utf-8")
    assert 'layers = ["imported"]' in toml
    assert "max_verbs = 5" in toml and 'coding_rule = "sparse"' in toml
    markdown = (out / "IMPORT_REPORT.md").read_text(encoding="utf-8")
    assert "| Test.options | 3 | `LABEL: 903=NEW TIES` |" in markdown


def test_cameo_only_leaves_out_other_codes(tmp_path):
    verbs = """
        --- EXPLAIN [010] ---
        EXPRESS [0110]
        SAY
        - * REFUSAL [1213]
        - * + [112]
    """
    report, out = run(tmp_path, "petrarch1", {"X.verbs.txt": verbs}, cameo_only=True)
    assert body(out / "imported" / "verbs" / "x.txt") == [
        "",
        "== 010 explain",
        "express",
        "say",
        "- * + => 112",
    ]
    assert entries(report) == [(4, "- * REFUSAL [1213]", legacy.R_NOT_CAMEO)]
    assert entries(report, "changed") == [
        (2, "EXPRESS [0110]", f"{legacy.C_VERB_CODE} ({legacy.R_NOT_CAMEO})")
    ]
    assert report.added_codes == []


def test_layer_name_and_licence_header(tmp_path):
    write(tmp_path / "legacy", "LICENSE", "The MIT License (MIT)\n\nCopyright (c) 2014 Someone\n")
    report, out = run(
        tmp_path, "petrarch1", {"Mini.actors.txt": "PAKISTAN [PAK]\n"}, name="phoenix"
    )
    text = (out / "phoenix" / "actors" / "mini.txt").read_text(encoding="utf-8").splitlines()
    assert text == [
        "# Converted from Mini.actors.txt (petrarch1 format) by coding/legacy.py.",
        "# Licence of the source: MIT, Copyright (c) 2014 Someone (from LICENSE beside it).",
        "# Lines that could not be converted are listed in IMPORT_REPORT.md.",
        "Pakistan => PAK",
    ]
    assert report.layer == "phoenix"


def test_unknown_style_is_refused(tmp_path):
    with pytest.raises(ValueError, match="style must be one of"):
        import_dictionaries("keds", [], tmp_path)


# ------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("legacy_name", "expected"),
    [
        ("BARACK_OBAMA", "Barack Obama"),
        ("UN", "UN"),
        ("NATO_", "NATO"),
        ("PKK", "PKK"),
        ("U.S.", "U.S."),
        ("GEORGE_W._BUSH", "George W. Bush"),
        ("AL-QAEDA_IN_IRAQ", "Al-Qaeda in Iraq"),
        ("DATO'_SERI_MAHATHIR", "Dato' Seri Mahathir"),
        ("IRAN", "Iran"),
        ("MR_SMITH", "Mr Smith"),
        ("G77", "G77"),
        ("IRISH_REPUBLICAN_ARMY_(IRA)", "Irish Republican Army (IRA)"),
        ("UN_Secy_Gen", "Un Secy Gen"),
    ],
)
def test_natural_case(legacy_name, expected):
    assert natural_case(legacy.phrase_words(legacy_name)) == expected


def test_two_digit_years_and_event_codes():
    assert parse_legacy_date("470101") == dt.date(1947, 1, 1)
    assert parse_legacy_date("140131") == dt.date(2014, 1, 31)
    assert parse_legacy_date("19270101") == dt.date(1927, 1, 1)
    assert parse_legacy_date("470101", year_pivot=50) == dt.date(2047, 1, 1)
    assert parse_event_code(" 032:033 ") == "032:033"
    assert parse_event_code("---") == "---"
    assert parse_event_code("023?") == "023"  # TABARI's subordinate code
    assert parse_event_code("075A") == "075A"  # a project's letter sub-code
    assert parse_event_code("174K:174L") == "174K:174L"
    for bad in ("120]--", "080!", "075a", "102b", "sdf", ":173", "+++"):
        with pytest.raises(legacy.ConversionError):
            parse_event_code(bad)


def test_subtract_ranges():
    day = dt.date
    taken = [(day(2000, 1, 1), day(2000, 12, 31))]
    assert subtract_ranges(day(2000, 12, 31), day(2001, 6, 30), taken) == [
        (day(2001, 1, 1), day(2001, 6, 30))
    ]
    assert subtract_ranges(None, None, taken) == [
        (None, day(1999, 12, 31)),
        (day(2001, 1, 1), None),
    ]
    assert subtract_ranges(day(2000, 2, 1), day(2000, 3, 1), taken) == []


# ------------------------------------------------------------------- peer dictionaries


def _shared_or_skip() -> Path:
    if not PEER_DICTIONARIES.is_dir():
        pytest.skip(f"peer dictionaries not available at {PEER_DICTIONARIES}")
    return PEER_DICTIONARIES


@pytest.mark.parametrize(
    ("directory", "style"),
    [
        ("tabari", "tabari"),
        ("petrarch1_classic", "petrarch1"),
        ("petrarch2", "petrarch2"),
        ("universalpetrarch", "petrarch2"),
    ],
)
def test_every_peer_dictionary_converts_and_loads(tmp_path, directory, style):
    source = _shared_or_skip() / directory
    files = sorted(path for path in source.iterdir() if path.is_file())
    report = import_dictionaries(style, files, tmp_path / directory)
    book = load_codebook([tmp_path / directory])
    assert book.actors and book.words and book.blocks
    assert report.counts["patterns"] > 0
    assert all(entry.reason for entry in report.unconverted)


def _build_script():
    path = ROOT / "codebooks" / "tools" / "build_phoenix_layer.py"
    spec = importlib.util.spec_from_file_location("build_phoenix_layer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_phoenix_layer_is_reproducible(tmp_path):
    source = _shared_or_skip() / "petrarch2"
    build = _build_script()
    report = build.build(source, tmp_path / "phoenix")
    committed = ROOT / "codebooks" / "default" / "phoenix"
    built_files = sorted(
        p.relative_to(tmp_path / "phoenix") for p in (tmp_path / "phoenix").rglob("*.*")
    )
    committed_files = sorted(p.relative_to(committed) for p in committed.rglob("*.*"))
    rebuild = "codebooks/default/phoenix is stale: run codebooks/tools/build_phoenix_layer.py"
    assert built_files == committed_files, rebuild
    _, mismatch, errors = filecmp.cmpfiles(
        committed, tmp_path / "phoenix", built_files, shallow=False
    )
    assert mismatch == errors == [], rebuild
    assert {source.licence.split(",")[0] for source in report.sources} == {"MIT"}
    # Only CAMEO 1.1b3 codes: the layer loads on top of the default event table.
    (tmp_path / "codebook.toml").write_text('[codebook]\nlayers = ["phoenix"]\n', encoding="utf-8")
    book = load_codebook([tmp_path])
    assert len(book.actors) == report.counts["actor names"]
    assert len(book.words) == report.counts["verb words"]


def test_phoenix_build_codes_ministers_as_the_government_and_closes_old_terms():
    build = _build_script()
    # a portfolio role stacked on the government is the government; a legislator is not
    assert build.ministers_govern(" AFGGOVMIL 2005-01-01..") == " AFGGOV 2005-01-01.."
    assert build.ministers_govern(" DEUGOVLEG") == " DEUGOVLEG"
    assert build.ministers_govern(" PSEGOVFTA") == " PSEGOVFTA"
    # an open government term ends with the dictionaries; the person is then ELI
    assert build.close_open_terms(" ECUGOV 2010-05-01..") == (
        " ECUELI; ECUGOV 2010-05-01..2014-12-31")
    assert build.close_open_terms(" AFGELI; AFGGOV 2001-12-22..") == (
        " AFGELI; AFGGOV 2001-12-22..2014-12-31")
    assert build.close_open_terms(" AFGREB 2010-05-01..") == " AFGREB 2010-05-01.."


def test_phoenix_build_refuses_sources_that_are_not_mit(tmp_path):
    build = _build_script()
    for name in build.SOURCES:
        write(tmp_path / "gpl", name, "# GNU GENERAL PUBLIC LICENSE Version 3\nPAKISTAN [PAK]\n")
    with pytest.raises(SystemExit, match="refusing sources without an MIT licence"):
        build.build(tmp_path / "gpl", tmp_path / "target")
    assert not (tmp_path / "target").exists()


# ------------------------------------------------------------------- coding with the semantics


def _tabari_coder(tmp_path: Path, verbs: str, actors: str):
    from coding.coder import Coder

    _report, out = run(tmp_path, "tabari", {"Test.verbs": verbs, "Test.actors": actors})
    return Coder([out], use_cache=False)


#: The sorted (source, target, code) of the events of a sentence, coded at a date of
#: these tests' dictionaries; TABARI codes no sentence of fewer than eight words.
_codes = partial(coded, date="2001-01-01")


def test_tabari_stems_match_every_ending(tmp_path):
    coder = _tabari_coder(
        tmp_path,
        """
        RESTOR  [040]
        - * DIPLOMAT  [032]
        ACCUSE_  [112]
        """,
        """
        ARGENTIN  [ARG]
        CHILE_  [CHL]
        """,
    )
    assert _codes(coder, "Argentina restored full diplomatic ties with Chile on Monday.") == [
        ("ARG", "CHL", "032")
    ]
    assert _codes(coder, "The Argentines accused Chile of bad faith on Monday.") == [
        ("ARG", "CHL", "112")]
    # A word followed by `_` is exact: "Chilean" is not CHILE_.
    assert _codes(coder, "Argentina accused Chilean officials of bad faith on Monday.") == []


def test_legacy_codebooks_leave_modality_to_their_patterns(tmp_path):
    coder = _tabari_coder(
        tmp_path,
        """
        ACCUSE_  [112]
        - NOT *  [120]
        """,
        "ARNOR_  [ARN]\nGONDOR_  [GON]\n",
    )
    assert _codes(coder, "Arnor will accuse Gondor of bad faith on Monday.") == [
        ("ARN", "GON", "112")]
    assert _codes(coder, "Arnor did not accuse Gondor of bad faith on Monday.") == [
        ("ARN", "GON", "120")]
    assert "filter_modality = false" in (tmp_path / "out" / "codebook.toml").read_text()


def test_tabari_sparse_rule_first_coded_verb_of_each_clause(tmp_path):
    coder = _tabari_coder(
        tmp_path,
        """
        RESTOR  [064]
        BURN_  [222]
        { BURNED_ }
        PROMIS  [050]
        MEET  [031]
        - % HAVE POSTPONED *  [191]
        """,
        "ARNOR_  [ARN]\nGONDOR_  [GON]\nBREE_  [BRE]\nROHAN_  [ROH]\n",
    )
    # One event per clause: the later "burned" is not coded; the target is the first
    # actor after the verb even across "after"; "but" opens a clause of its own.
    assert _codes(
        coder, "Arnor is about to restore ties with Gondor after crowds burned its embassy "
        "but Bree promised help to Rohan."
    ) == [("ARN", "GON", "064"), ("BRE", "ROH", "050")]
    # No part-of-speech guessing: "meeting" is a form of MEET, and `%` takes the compound.
    assert _codes(coder, "Gondor and Rohan have postponed their meeting until next week.") == [
        ("GON", "ROH", "191"), ("ROH", "GON", "191")]


def test_tabari_null_codes_and_skipped_compounds(tmp_path):
    coder = _tabari_coder(
        tmp_path,
        """
        WARN  [160]
        - * AT ^ +  [162]
        """,
        """
        ITHILEN_  [ITH]
        PRINCE_DOL_  [--- <950630] [DOL]
        BOROMIR_  [---]
        OSGILIATH_  [OSG]
        ERIADOR_  [ERI]
        """,
    )
    # `^` skips a whole compound; "Prince Dol" has no code before mid-1995.
    assert sorted(e.key() for e in coder.code(
        "Ithilen warned at Osgiliath and Eriador of Prince Dol.", date="1996-01-01")) == [
        ("ITH", "DOL", "162")]
    assert sorted(e.key() for e in coder.code(
        "Ithilen warned Boromir and Prince Dol of Osgiliath.", date="1994-01-01")) == [
        ("ITH", "OSG", "160")]


def test_tabari_option_commands_become_engine_options():
    assert legacy.tabari_options([
        "SET: CODE BY SENTENCE", "SET: MINIMUM WORDS = 4", "COMPLEX: VERBS[5] CONJ[4] EXPLAIN",
        "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR]", "OUTPUT: ID STORY SENT",
    ]) == {"code_by": "sentence", "min_words": 4, "max_verbs": 5, "default_source": "DEFSRC",
           "default_source_prior": True, "default_target": "DEFTAR",
           "default_target_after": False}
    assert legacy.record_options({"config": {"require_dyad": "FALSE"}}) == {
        "require_dyad": False}


def test_option_records_steer_the_records_after_them(tmp_path):
    from coding.evaluate import evaluate_records

    coder = _tabari_coder(tmp_path, "RESTOR  [064]\nBURN_  [222]\n{ BURNED_ }\n",
                          "ARNOR_  [ARN]\nGONDOR_  [GON]\n")
    text = "Arnor will restore ties with Gondor after Arnor burned the Gondor flags."
    both = [{"source": "ARN", "target": "GON", "code": "064"},
            {"source": "ARN", "target": "GON", "code": "222"}]
    records = [
        {"id": "a", "text": text, "expected": both[:1]},
        {"id": "o", "record_type": "option", "option_commands": ["SET: CODE ALL"]},
        {"id": "b", "text": text, "expected": both},
        {"id": "o2", "record_type": "option", "option_commands": ["SET: MINIMUM WORDS = 20"]},
        {"id": "c", "text": text, "expected": []},
        {"id": "o3", "record_type": "option",
         "option_commands": ["DEFAULT: SOURCE [DEF] PRIOR TARGET [TAR] AFTER",
                             "SET: MINIMUM WORDS = 4"]},
        {"id": "d", "text": "Then Arnor restored the ties.", "expected": [
            {"source": "ARN", "target": "TAR", "code": "064"}]},
    ]
    ev = evaluate_records(records, coder)
    assert (ev.records, ev.exact) == (4, 4), ev.failures


def test_a_stem_verb_and_a_grammar_word_share_a_token(tmp_path):
    # "should" is a modal of grammar.txt and TABARI's verb SHOULD: both entries stand.
    coder = _tabari_coder(tmp_path, "SHOULD  [101]\n- SUGGESTED + * APPLY  [151]\n",
                          "ARNOR_  [ARN]\nROHAN_  [ROH]\n")
    assert _codes(coder, "Arnor suggested Rohan should apply the new rules.") == [
        ("ARN", "ROH", "151")]


def test_tabari_blank_in_a_name_lets_words_stand_between(tmp_path):
    coder = _tabari_coder(
        tmp_path,
        "WARN_  [160]\n",
        "ITHILEN_  [ITH]\nPRINCE DOL_AMROTH_  [DOL]\nAL_GORE_  [AGR]\nAL GORE_  [TEN]\n",
    )
    assert (tmp_path / "out" / "imported" / "actors" / "test.txt").read_text().count(" .. ") == 4
    assert _codes(coder, "Ithilen warned the Prince of Dol_Amroth on Monday night.") == [
        ("ITH", "DOL", "160")]
    assert _codes(coder, "Ithilen warned Al Gore to stay out of Gondor.") == [
        ("ITH", "AGR", "160")]
    assert _codes(coder, 'Ithilen warned Al "The Weasel" Gore to stay out of Gondor.') == [
        ("ITH", "TEN", "160")]


def test_comma_asides_are_deleted_and_options_parsed(tmp_path):
    coder = _tabari_coder(tmp_path, "RESTOR  [064]\n",
                          "ARNOR_  [ARN]\nGONDOR_  [GON]\nROHAN_  [ROH]\n")
    # ", a close friend of Rohan," is an aside of five words: deleted, Gondor is the
    # target; what follows the last comma is too long (TABARI: 2-10 words) to go.
    text = ("Arnor, a close friend of Rohan, restored full diplomatic ties with Gondor "
            "after a long and bitter dispute over the border.")
    assert _codes(coder, text) == [("ARN", "GON", "064")]
    assert legacy.tabari_options(["COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8"]) \
        == {"comma_min": 4, "comma_max": 6, "comma_emin": 3, "comma_emax": 6, "comma_bmin": 3,
            "comma_bmax": 8}


def test_petrarch1_codes_an_attribution_clause_too(tmp_path):
    from coding.coder import Coder

    _report, out = run(tmp_path, "petrarch1", {
        "Test.verbs": "--- WELCOME [041] ---\nWELCOME\n--- SAY [023] ---\nSAID\n",
        "Test.actors": "FORNOST [FOR]\nOSGILIATH [OSG]\n",
        "Test.agents": "OFFICIAL [~GOV]\n",
    })
    coder = Coder([out], use_cache=False)
    # (An attribution of up to ten words after the last comma would be deleted.)
    text = ("Fornost welcomed new ties with Osgiliath after a long rift, "
            "the chief official of the big national news agency said late on Thursday.")
    assert _codes(coder, text) == [("FOR", "OSG", "041")]
    relaxed = Coder([out], use_cache=False)
    relaxed.require_dyad = False
    assert _codes(relaxed, text) == [("---GOV", None, "023"), ("FOR", "OSG", "041")]


def test_a_bare_pronoun_does_not_stop_a_pattern(tmp_path):
    coder = _tabari_coder(tmp_path, "ACT_  [100]\n- SAID WOULD * NOW  [101]\n",
                          "ESTONIA_  [EST]\nLIBYA_  [LBY]\n")
    assert _codes(coder, "Estonia said it would act now with Libya on the border.") == [
        ("EST", "LBY", "101")]


def test_tabari_discard_and_complex_codes_keep_a_sentence_uncoded(tmp_path):
    report, out = run(tmp_path, "tabari", {
        "Test.verbs": "<TIME>\nONCE_UPON_A_TIME [###]\nWHEN_PEACE_COMES [+++]\n"
                      "TOMORROW [+1]\n</TIME>\nBLAST  [+++]\n",
        "Test.actors": "VOLLEYBALL  [+++]\n",
    })
    discards = [line for f in sorted((out / "imported" / "discards").glob("*.txt"))
                for line in body(f)]
    assert sorted(discards) == ["blast* => sentence", "once upon a time* => sentence",
                                "volleyball* => sentence", "when peace comes* => sentence"]
    assert [e[1] for e in entries(report)] == ["TOMORROW [+1]"]


def test_a_synset_joined_to_words_must_stand_next_to_them(tmp_path):
    coder = _tabari_coder(
        tmp_path,
        "<SYNSETS>\n&TIETYPES\n+ECONOMIC\n+MILITARY\n</SYNSETS>\n"
        "ABANDON  [345]\n- * NEW_&TIETYPES_RELATIONS  [903]\n",
        "ARNOR_  [ARN]\nGONDOR_  [GON]\n",
    )
    assert "new_&TIETYPES_relations*" in (
        tmp_path / "out" / "imported" / "verbs" / "test.txt").read_text()
    assert _codes(coder, "Arnor will abandon new economic relations with Gondor today.") == [
        ("ARN", "GON", "903")]
    assert _codes(coder, "Arnor will abandon new global economic relations with Gondor.") == [
        ("ARN", "GON", "345")]


def test_tabari_exact_actor_names_take_a_plural_s(tmp_path):
    coder = _tabari_coder(tmp_path, "RESTOR  [064]\n", "ESTONIA_  [EST]\nLIBYA_  [LBY]\n")
    assert _codes(coder, "Estonias restored full diplomatic ties with Libyas on Monday.") == [
        ("EST", "LBY", "064")]


def test_petrarch1_agents_of_one_phrase_stack(tmp_path):
    from coding.coder import Coder

    _report, out = run(tmp_path, "petrarch1", {
        "Test.verbs": "--- RESTORE [064] ---\nRESTORE\n",
        "Test.actors": "ARNOR [ARN]\nGONDOR [GON]\n",
        "Test.agents": "MSF {} [NGO~]\nDIPLOMAT [~GOV]\n",
    })
    coder = Coder([out], use_cache=False)
    assert _codes(coder, "An MSF Arnor diplomat will restore full diplomatic ties with Gondor.") \
        == [("NGOARNGOV", "GON", "064")]


def test_a_slot_that_takes_the_first_actor_leaves_the_other_role_the_next(tmp_path):
    coder = _tabari_coder(tmp_path, "SHOT_  [223]\n- + WAS * DEAD  [224]\n",
                          "ERIADORIAN_  [ERI]\nOSGILIATH_  [OSG]\n")
    assert _codes(coder, "An Eriadorian was shot dead in Osgiliath late on Monday.") == [
        ("OSG", "ERI", "224")]


def test_literal_star_in_a_petrarch_name_is_reported_not_made_a_stem(tmp_path):
    report, out = run(tmp_path, "petrarch1", {"Test.actors.txt": """
        E*TRADE_FINANCIAL_CORP_  [MNCUSA]
        NATO_ [IGOWSTNAT]
        """})
    [(line, _text, reason)] = entries(report)
    assert line == 1 and reason == legacy.R_LITERAL_STAR
    from coding.compiled import compile_codebook

    assert compile_codebook(load_codebook([out])).data["stems"] == ()
