"""coding.fatalities: the number of dead stated in a sentence.

Every record of tests/gold/fatalities_locations.jsonl, then edge cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coding.fatalities import _KEYWORDS, _may_state_deaths, extract_fatalities

GOLD = Path(__file__).resolve().parent / "gold" / "fatalities_locations.jsonl"
RECORDS = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
           if line.strip()]


def test_gold_file_is_there():
    assert len(RECORDS) >= 100


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_gold(rec):
    expected = (rec["fatalities"], rec["fatalities_flag"])
    assert extract_fatalities(rec["text"]) == expected, rec["text"]


CASES = [
    # the brief's rules
    ("The blast ripped through a market, killing at least 20 people.", 20, None),
    ("Two children are said to have been killed in the shelling.", 2, None),
    ("Gunmen killed 3 soldiers and 4 civilians.", 7, None),
    ("The death toll rose to 45.", 45, None),
    ("Dozens killed in blast.", None, "vague"),
    ("Hundreds dead after floods.", None, "vague"),
    ("Scores of people were killed.", None, "vague"),
    ("The attack killed 3 and wounded 12.", 3, None),
    ("The bombers struck at dawn, killing 3 and wounding 12.", 3, None),
    ("No one was killed in the attack.", 0, None),
    ("There were no casualties.", 0, None),
    ("The convoy passed through the area without casualties.", 0, None),
    ("The president met his counterpart in Paris.", None, None),
    # number words and digits
    ("Militants killed twenty-five villagers.", 25, None),
    ("The quake killed 1,200 people.", 1200, None),
    ("The blast killed a hundred people.", 100, None),
    ("Gunmen killed a dozen people.", 12, None),
    ("Gunmen killed two dozen people.", 24, None),
    ("Half a dozen people were killed.", 6, None),
    ("The bombing killed two hundred and fifty people.", 250, None),
    ("More than 3 thousand people died.", 3000, None),
    ("Fighting has killed 2 million people since 1998.", 2_000_000, None),
    ("A man was killed.", 1, None),
    # ages, years, dates and times are not counts
    ("A 25-year-old man was shot dead by police.", 1, None),
    ("In 2015 militants killed 30 people in the town.", 30, None),
    ("In 1994, 800,000 people were killed in Rwanda.", 800_000, None),
    ("The architect of the Oct. 7 attack had been killed, the army said.", None, None),
    ("The storm killed 9 people over 3 days.", 9, None),
    ("Three days after the attack killed 40 people, protests began.", 40, None),
    # active vs passive, coordination, parentheticals
    ("Three gunmen killed five people at a bar.", 5, None),
    ("Five people, including two children, were killed.", 5, None),
    ("Eight people, all women and children, were killed in the strikes.", 8, None),
    ("Two soldiers were killed and three civilians died.", 5, None),
    ("Fighting killed 3 soldiers, 2 police officers and 5 civilians.", 10, None),
    ("The strike killed 16 people, a U.N. spokesman said.", 16, None),
    ("The strike killed at least 45 people, many of them children, officials said.", 45, None),
    ("A drone strike killed senior commander Saleh al-Arouri and six other people.", 7, None),
    ("A suicide bomber blew himself up, killing himself and 12 others.", 13, None),
    ("The army said more than 200 fighters and allied militants were killed.", 200, None),
    ("Police shot and killed two suspects.", 2, None),
    ("Gunmen kill 5 in Kabul", 5, None),
    ("Bomb kills 3 soldiers", 3, None),
    # other death words
    ("The fighting claimed 200 lives.", 200, None),
    ("Twelve bodies were recovered from the river.", 12, None),
    ("The bodies of 31 migrants were found in the desert.", 31, None),
    ("Three people drowned when the boat capsized.", 3, None),
    ("Four men were stabbed to death.", 4, None),
    ("Two policemen were among the dead.", 2, None),
    ("Nine aid workers were among those killed.", 9, None),
    ("The army executed 4 prisoners.", 4, None),
    ("Israel said 3 of its soldiers died.", 3, None),
    ("The attack killed 5 people, bringing the death toll to 45.", 45, None),
    ("The death toll from the earthquake climbed to more than 2,000.", 2000, None),
    # injured, hypothetical, other numbers: never guessed
    ("Seven people were injured in the blast.", None, None),
    ("The blast left 40 people wounded.", None, None),
    ("There were 10 casualties.", None, None),
    ("More than 2,500 people were killed or injured in gang violence.", None, None),
    ("The rebels threatened to kill 20 hostages.", None, None),
    ("The famine could kill thousands.", None, None),
    ("He said he would never kill 3 people.", None, None),
    ("Police arrested 15 protesters.", None, None),
    ("The plan was killed by the Senate.", None, None),
    ("Troops killed 3 soldiers and 12 were wounded.", 3, None),
    ("At least 12 people were killed and dozens more were wounded.", 12, None),
    ("About 14 of the dead were soldiers.", None, None),
    ("An aircraft would fly the dead and injured home.", None, None),
    # vague, zero
    ("Dozens of soldiers and 3 civilians were killed.", None, "vague"),
    ("An unknown number of villagers were killed.", None, "vague"),
    ("Several nuclear scientists were also killed.", None, "vague"),
    ("Nobody was hurt in the explosion.", 0, None),
    ("No one died and 4 people were hurt.", 0, None),
    ("None of those killed were Iranian citizens, officials said.", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(("text", "number", "flag"), CASES, ids=[c[0][:50] for c in CASES])
def test_cases(text, number, flag):
    assert extract_fatalities(text) == (number, flag)


def test_returns_python_ints():
    n, flag = extract_fatalities("The quake killed 1,200 people.")
    assert type(n) is int and flag is None


KEYWORD_CASES = ["Three KILLED", "no\u00a0one was hurt", "GUNS\tDOWN", "ſlain", "kİll",
                 "kılled", "\u212aill", "Dıe", "the Loss  Of", "nothing here", "",
                 "‘Dead’ wrong", "DEATH", "Ünrest"]


@pytest.mark.parametrize("text", KEYWORD_CASES)
def test_keyword_test_is_the_regex(text):
    assert _may_state_deaths(text) == bool(_KEYWORDS.search(text))


@given(st.text(alphabet=st.sampled_from("kilKILdeDEathsSo n-\t\u00a0ſıİ\u212aüÜ’")))
def test_keyword_test_is_the_regex_for_any_text(text):
    assert _may_state_deaths(text) == bool(_KEYWORDS.search(text))


def test_patterns_from_the_cache_are_the_compiled_patterns(tmp_path, monkeypatch):
    """The fatality patterns are kept compiled in the cache directory: what is read back
    is the pattern `re.compile` gives, and a damaged cache file is compiled anew."""
    import re

    from coding.regex_cache import compile_all

    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path))
    specs = ((r"(?P<n>\d+)\s+(?:killed|dead)\b", re.I), (r"no\s+one\s+died", 0))
    expected = tuple(re.compile(s, f) for s, f in specs)
    assert compile_all(specs) == expected  # compiled, then written
    (cached,) = tmp_path.glob("regex-*.bin")
    again = compile_all(specs)
    assert again == expected and again[0].groupindex == {"n": 1}
    assert again[0].search("Officials said 12 killed").group("n") == "12"
    cached.write_bytes(cached.read_bytes()[:-10] + b"0123456789")
    assert compile_all(specs) == expected


_SCAN_WORDS = ["killed", "Killed", "KILLED", "kill", "to", "were", "was", "dead", "died", "the",
               "a", "an", "A", "at", "least", "12", "1,200", "3", "twenty-one", "two", "dozen",
               "dozens", "of", "people", "soldiers", "and", "no", "one", "No", "nobody",
               "toll", "death", "rose", "bodies", "lives", "claimed", "others", "wounded",
               "shot", "gunned", "down", "among", "the", "victims", "Israeli", "raid", ",",
               ".", "-", "kİlled", "\u212aILLED", "ſlain", "Ünrest", "fatalities", "in",
               "say", "hundred", "some", "its", "lost", "their", "lives", "executed"]


@given(st.lists(st.sampled_from(_SCAN_WORDS), max_size=14),
       st.sampled_from([" ", "  ", " \u00a0"]))
def test_fatal_scan_is_finditer(words, space):
    """The scan that skips words where no construction can start finds what `finditer`
    finds, with the same groups."""
    from coding.fatalities import _fatal_matches, _patterns

    text = space.join(words)
    expected = [(m.span(), m.groupdict()) for m in _patterns()[0].finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _fatal_matches(text)] == expected
