"""Actors of the default codebook: office holders of small states by date, regional
bodies, and how titles and role words compose with the names they stand by.

Coded with the bundled default codebook (as test_coder_vocabulary.py), so that a
dictionary edit or an engine change that loses one of these readings fails with a
readable sentence.
"""

from __future__ import annotations

from functools import partial

import pytest

from coding import Coder
from coding.coder import _day

from .helpers import coded_set

DATE = "2024-06-01"
coded = partial(coded_set, date=DATE)


def actors(coder: Coder, text: str, date: str = DATE) -> list[tuple[str, str | None]]:
    """(words, code) of each actor phrase of `text`, left to right."""
    sent = coder.code_sentence(text, _day(date)).sentence
    return [(" ".join(sent.words[p.start:p.end]), p.code) for p in sent.phrases]


@pytest.mark.parametrize("text, date, event", [
    # heads of government of small states, by date (an older dictionary knew some of
    # them only from an earlier office, as former officials)
    ("Mia Mottley criticised Venezuela.", "2023-03-01", ("BRBGOV", "VEN", "111")),
    ("Roosevelt Skerrit criticised Venezuela.", "2023-03-01", ("DMAGOV", "VEN", "111")),
    ("Irfaan Ali criticised Venezuela.", "2023-12-01", ("GUYGOV", "VEN", "111")),
    ("Irfaan Ali criticised Venezuela.", "2019-12-01", ("GUYELI", "VEN", "111")),
    ("Charlot Salwai criticised France.", "2024-05-20", ("VUTGOV", "FRA", "111")),
    ("Charlot Salwai criticised France.", "2022-05-20", ("VUTOPP", "FRA", "111")),
    ("Sitiveni Rabuka criticised China.", "2023-06-01", ("FJIGOV", "CHN", "111")),
    ("Mohamed Muizzu criticised India.", "2024-01-10", ("MDVGOV", "IND", "111")),
    ("Joseph Boakai criticised Guinea.", "2024-06-01", ("LBRGOV", "GIN", "111")),
    ("Navin Ramgoolam criticised Britain.", "2025-01-10", ("MUSGOV", "GBR", "111")),
    ("Laurentino Cortizo criticised Colombia.", "2022-01-10", ("PANGOV", "COL", "111")),
])
def test_small_state_leaders_by_date(coder, text, date, event):
    assert coded(coder, text, date=date) == {event}


@pytest.mark.parametrize("name, code", [
    ("the Organisation of Eastern Caribbean States", "IGOCRB"),
    ("OECS", "IGOCRB"),
    ("the Pacific Islands Forum", "IGO"),
    ("the Melanesian Spearhead Group", "IGO"),
    ("COMESA", "IGOAFR"),
    ("the Commonwealth", "IGOCWN"),
    ("the Caribbean Development Bank", "IGODEV"),
    ("the Independent Investigative Mechanism for Myanmar", "IGOUNO"),
    ("the CSTO Collective Security Council", "IGO"),
])
def test_regional_bodies(coder, name, code):
    text = name[0].upper() + name[1:]
    assert actors(coder, f"{text} condemned the coup.") == [(text, code)]


def test_lower_case_commonwealth_and_quad_name_no_body(coder):
    # "a US commonwealth", "a quad bike": the common words, not the bodies
    assert [c for _w, c in actors(coder, "Puerto Rico, a US commonwealth, is an island.")] == [
        "PRI", "USA"]
    assert actors(coder, "A quad bike overturned.") == []


def test_title_before_former_official_names_the_office(tmp_path):
    # a person the dictionary knows only as a former official (ELI), titled with an
    # office and no country: the office in the person's own country; "former" keeps ELI
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "people.txt").write_text("Ana Quispe Rojas => PERELI\n",
                                                    encoding="utf-8")
    layered = Coder(["default", tmp_path], use_cache=False)
    assert actors(layered, "President Ana Quispe Rojas criticised Chile.") == [
        ("President Ana Quispe Rojas", "PERGOV"), ("Chile", "CHL")]
    assert actors(layered, "Former President Ana Quispe Rojas criticised Chile.") == [
        ("Former President Ana Quispe Rojas", "PERELI"), ("Chile", "CHL")]
    assert actors(layered, "Ana Quispe Rojas criticised Chile.") == [
        ("Ana Quispe Rojas", "PERELI"), ("Chile", "CHL")]
    assert actors(layered, "The ousted President Ana Quispe Rojas criticised Chile.")[0] == (
        "The ousted President Ana Quispe Rojas", "PERELI")


@pytest.mark.parametrize("text, code", [
    # a leadership or party word after a group's or the opposition's role is theirs
    ("The separatist leadership rejected the offer.", "---SEP"),
    ("The main opposition Democratic Party rejected the offer.", "---OPP"),
    # after a state's role, or alone, it keeps its own role
    ("The military leadership rejected the offer.", "---MIL"),
    ("The leadership rejected the offer.", "---GOV"),
])
def test_leadership_of_outside_bodies(coder, text, code):
    assert actors(coder, text)[0][1] == code


@pytest.mark.parametrize("text, code", [
    ("The government of Captain Ibrahim Traore expelled the envoy.", "BFAGOV"),
    ("The administration of President Joe Biden expelled the envoy.", "USAGOV"),
])
def test_role_of_a_titled_person(coder, text, code):
    # "the government of" a title and a name is the named holder's, as without a title
    assert actors(coder, text)[0] == (text.split(" expelled")[0], code)


@pytest.mark.parametrize("text, code", [
    # phoenix's two-role agents, one role each (tests/gold/README.md)
    ("Pakistan's national security chief criticised India.", "PAKGOV"),
    ("Nigeria's chief of defence staff criticised Niger.", "NGAMIL"),
    ("Kenya's official news agency criticised Uganda.", "KENMED"),
    ("Ghana's advocate general criticised Togo.", "GHAJUD"),
])
def test_one_role_for_phoenix_two_role_agents(coder, text, code):
    assert actors(coder, text)[0][1] == code


@pytest.mark.parametrize("text, date, code", [
    ("Djibouti's President Ismail Omar Guelleh met the envoy.", "2024-06-01", "DJIGOV"),
    ("Jafar Hassan met the envoy.", "2025-01-10", "JORGOV"),
    ("Aziz Akhannouch met the envoy.", "2024-06-01", "MARGOV"),
    ("Edgar Lungu met the envoy.", "2023-01-10", "ZMBOPP"),
    # state-agency titles: one phrase, one role
    ("Nigeria's Inspector General of Police met the envoy.", DATE, "NGACOP"),
    ("Uganda's Chief of Defence Forces met the envoy.", DATE, "UGAMIL"),
    ("Kenya's State House met the envoy.", DATE, "KENGOV"),
])
def test_further_office_holders_and_titles(coder, text, date, code):
    assert actors(coder, text, date)[0][1] == code
