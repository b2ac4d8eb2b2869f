#!/usr/bin/env python3
"""Rebuild the default codebook's ``phoenix`` layer from the Phoenix/PETRARCH dictionaries.

Usage::

    python codebooks/tools/build_phoenix_layer.py [DICTIONARY_DIR]

``DICTIONARY_DIR`` defaults to ``../shared/peers/dictionaries/petrarch2`` relative to
the repository.  Only the MIT-licensed production files named in ``SOURCES`` are
read; the script refuses to write anything if one of them does not state an MIT
licence, so the GPL-3.0 TABARI dictionaries can never reach the default codebook.

The layer is written to ``codebooks/default/phoenix/`` (actors/, agents/, discards/
and IMPORT_REPORT.md), replacing what was there.

The Phoenix verb patterns (CAMEO.verbpatterns.150430.txt) are deliberately not part of
the default codebook.  Behind the curated ``core`` verbs they only ever fired where core
had no pattern, and there they were mostly wrong: on the project's gold set, PETRARCH-2's
gold and a held-out set written blind, 34 of the 42 events they produced were wrong at
root level ("led by" -> 060, "citing" -> 010, "defeated" in a football score -> 1711).
``eventcoder codebook import --from petrarch2`` still converts the file for anyone who
wants it as a layer of their own.  Only CAMEO
1.1b3 event codes are kept; every line left out is listed in IMPORT_REPORT.md.
The output is deterministic: running the script twice gives identical files.

One code change is made on the way: an agent all of whose names are ministries,
ministers, secretaries or departments ("minister for agriculture", "labor department")
and whose code is ``~GOV`` plus a second role (``~GOVAGR``, ``~GOVLAB``) becomes ``~GOV``.
The project codes every ministry GOV, as ``core/agents/roles.txt`` does for its own
ministries; the stacked portfolio role made "Kenya's minister of health" KENGOVHLH
where "Kenya's health minister" is KENGOV.

The same goes for named people and bodies in the actor files: a code of a country's
government plus a portfolio role (``TUVGOVBUS`` for a minister of commerce,
``AFGGOVMIL`` for a defence minister, ``USAGOVHLH`` for the health department) becomes
the government's code (``TUVGOV``). tests/gold/README.md codes every minister and
ministry GOV, and so does ``core/actors/leaders.txt``; the stacked code matched no
event of a minister ("Tuvalu's Prime Minister Kausea Natano": TUVGOVBUS). ``GOVLEG``
(legislators), ``GOVPTY`` and ``GOVMUS`` name no portfolio and keep their codes, and so
do known groups (``PSEGOVFTA``).

The Phoenix dictionaries end in about 2014, and a government office they give with an
open end ("ECUGOV 2010-05-01..") is a term that has long ended by the news of the
2020s: Ecuador's vice president of 2013 was, arrested in 2024, a former official.
Such a term is closed at the dictionaries' end (``KNOWN_UNTIL``), and a person with no
default code gets the country's ELI (tests/gold/README.md: former officials without
another role). The current office holders are dated by ``core/actors/leaders.txt``,
which overrides these entries by name.

Likewise a company coded MNC plus its home country (``MNCIRL``, ``MNCUSAHLH``) becomes
the country plus BUS (``IRLBUS``, ``USABUS``), or plus MED for a media company
(``MNCUSAMED`` -> ``USAMED``): the project codes companies as their country's
businesses (tests/gold/README.md), as ``core/actors/organisations.txt`` does, and the
MNC prefix, being no country, lent none to the roles and pronouns around the name.
A company with no country (``MNC``) keeps its code.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from coding.legacy import LAYER_DIRS, ImportReport, import_dictionaries  # noqa: E402

SOURCES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.agents.txt",
    "Phoenix.discards.txt",
)
LAYER = "phoenix"
# The Phoenix actor, agent and discard files read the same way under both PETRARCH styles.
STYLE = "petrarch1"
DEFAULT_DICTIONARIES = REPO.parent / "shared" / "peers" / "dictionaries" / "petrarch2"
DEFAULT_TARGET = REPO / "codebooks" / "default" / LAYER
#: A name of a ministry or of its head.
MINISTRY_WORD = re.compile(r"\b(minist\w*|secretary|secretaries|departments?|dept)\b")
#: The code of an agent that is the government plus a portfolio role: "=> ~GOVAGR".
PORTFOLIO_CODE = re.compile(r"=>\s*~GOV[A-Z]{3}\s*$")
#: A government code plus a portfolio role, in an actor's codes: "AFGGOVMIL", "TUVGOVBUS".
PORTFOLIO_ACTOR = re.compile(
    r"\b([A-Z]{3})GOV(?:AGR|BUS|COP|DEV|EDU|ENV|HLH|HRI|JUD|LAB|MED|MIL|REF|REL|SPY)\b")
#: The last day the Phoenix dictionaries know who holds an office.
KNOWN_UNTIL = "2014-12-31"
#: A government code dated with an open end: "ECUGOV 2010-05-01..".
OPEN_TERM = re.compile(r"^([A-Z]{3})GOV (\d{4}-\d{2}-\d{2})\.\.$")
#: A company code: MNC, a country (or other group) and maybe a role: "MNCUSAMED".
COMPANY_CODE = re.compile(r"\bMNC((?:[A-Z]{3})+)\b")
COUNTRY_LIST = REPO / "codebooks" / "default" / "core" / "actors" / "countries.txt"


def build(dictionary_dir: Path, target: Path = DEFAULT_TARGET) -> ImportReport:
    """Convert the Phoenix files and replace the layer at ``target`` with the result."""
    paths = [dictionary_dir / name for name in SOURCES]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        raise SystemExit(f"missing dictionaries: {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        report = import_dictionaries(STYLE, paths, Path(tmp), name=LAYER, cameo_only=True)
        not_mit = [source.file for source in report.sources if not source.licence.startswith("MIT")]
        if not_mit:
            raise SystemExit(f"refusing sources without an MIT licence: {', '.join(not_mit)}")
        built = Path(tmp) / LAYER
        target.mkdir(parents=True, exist_ok=True)
        for sub in LAYER_DIRS:
            shutil.rmtree(target / sub, ignore_errors=True)
            if any((built / sub).iterdir()):
                shutil.copytree(built / sub, target / sub)
        for path in sorted((target / "agents").glob("*.txt")):
            path.write_text(ministries_govern(path.read_text(encoding="utf-8")),
                            encoding="utf-8")
        countries = country_codes(COUNTRY_LIST)
        for path in sorted((target / "actors").glob("*.txt")):
            text = companies_by_country(path.read_text(encoding="utf-8"), countries)
            text = recode_actors(text, ministers_govern)
            path.write_text(recode_actors(text, close_open_terms), encoding="utf-8")
        shutil.copyfile(Path(tmp) / "IMPORT_REPORT.md", target / "IMPORT_REPORT.md")
    return report


def ministries_govern(text: str) -> str:
    """An agents file with every ministry coded ~GOV (see the module docstring)."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if PORTFOLIO_CODE.search(line):
            names = line.split("=>")[0].split("|")
            if all(MINISTRY_WORD.search(name) for name in names):
                lines[n] = PORTFOLIO_CODE.sub("=> ~GOV", line)
    return "\n".join(lines)


def ministers_govern(codes: str) -> str:
    """The codes part of an actor line with every minister and ministry coded as the
    government (see the module docstring)."""
    return PORTFOLIO_ACTOR.sub(r"\1GOV", codes)


def close_open_terms(codes: str) -> str:
    """The codes part of an actor line with its open government terms closed at
    KNOWN_UNTIL and, if it had no default, the country's ELI as one (see the module
    docstring)."""
    parts = [part.strip() for part in codes.split(";")]
    closed = None
    for n, part in enumerate(parts):
        term = OPEN_TERM.match(part)
        if term and term.group(2) <= KNOWN_UNTIL:
            parts[n] = f"{part}{KNOWN_UNTIL}"
            closed = term.group(1)
    if closed is None:
        return codes
    if all(" " in part for part in parts):
        parts.insert(0, closed + "ELI")
    return " " + "; ".join(parts)


def recode_actors(text: str, recode) -> str:
    """An actors file with `recode` applied to the codes (after `=>`) of every line."""
    out = []
    for line in text.split("\n"):
        if "=>" in line:
            names, codes = line.split("=>", 1)
            line = names + "=>" + recode(codes)
        out.append(line)
    return "\n".join(out)


def country_codes(path: Path) -> frozenset[str]:
    """The three-letter codes of the countries and regions of `path` (countries.txt)."""
    codes = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=>" in line:
            codes.update(re.findall(r"\b[A-Z]{3}\b", line.split("#")[0].split("=>")[1]))
    return frozenset(codes)


def companies_by_country(text: str, countries: frozenset[str]) -> str:
    """An actors file with every company of a known country coded as the country's
    business (see the module docstring)."""

    def recode(match: re.Match) -> str:
        groups = [match.group(1)[i:i + 3] for i in range(0, len(match.group(1)), 3)]
        places = [g for g in groups if g in countries]
        if not places or groups[0] not in countries:
            return match.group(0)  # MNC alone, or MNC + a role only (MNCHLH)
        role = "MED" if "MED" in groups else "BUS"
        return places[-1] + role  # MNCCHNHKG: a Hong Kong company, HKGBUS

    return recode_actors(text, lambda codes: COMPANY_CODE.sub(recode, codes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "dictionaries",
        nargs="?",
        type=Path,
        default=DEFAULT_DICTIONARIES,
        help="directory holding the Phoenix/PETRARCH dictionaries",
    )
    parser.add_argument("--target", type=Path, default=DEFAULT_TARGET, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    report = build(args.dictionaries, args.target)
    print(f"wrote {args.target}")
    for kind, count in sorted(report.counts.items()):
        print(f"  {kind}: {count}")
    print(f"  lines not converted: {len(report.unconverted)} (see IMPORT_REPORT.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
