#!/usr/bin/env python3
"""Validate the gold JSON Lines files and print their statistics.

Usage:
    python tests/gold/check_gold.py [--codes PATH/TO/cameo_event_codes.csv]
                                    [--countries PATH/TO/cameo_countries.csv]
                                    [--stats] [--markdown] [FILE ...]

Checks, for every line of every event-gold file tests/gold/*.jsonl (files whose first
record has no `expected` field, such as other kinds of gold, are skipped):
  * the line parses as one JSON object with the required fields and types;
  * ids are unique across all files; the date is YYYY-MM-DD between 2015-01-01 and 2026-12-31;
  * `no_event` is true exactly when `expected` is empty; `category` is a known category;
  * every event code exists in the CAMEO 1.1b3 table (two-digit root codes are refused:
    gold events always carry a three- or four-digit code);
  * every actor code is 3-15 capital letters/digits in groups of three, and its first
    group is a known CAMEO country/region code or an international prefix (IGO, NGO, ...);
  * no event is a self-dyad (source == target);
  * no event is listed twice in one record (the engine merges duplicates).
Exit status 1 if any check fails.
"""
import argparse
import collections
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REF = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "reference"))
CATEGORIES = {
    "basic", "passive", "negation", "modal_conditional", "compound", "reported_speech", "pronoun",
    "dated_actor", "metonymy", "agent_composition", "multi_event", "nominal", "discard",
    "historical", "no_event",
}
INTERNATIONAL = {"IGO", "NGO", "IMG", "INT", "MNC", "NGM", "UIS"}
ACTOR_RE = re.compile(r"^(?:[A-Z0-9]{3}){1,5}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_codes(path):
    with open(path, encoding="utf-8") as fh:
        return {row["code"]: row for row in csv.DictReader(fh)}


def load_countries(path):
    with open(path, encoding="utf-8") as fh:
        return {row["cameo_code"] for row in csv.DictReader(fh)}


def is_event_gold(path):
    """True if the file's first record has the event-gold shape (an 'expected' list).

    Other gold files may share this directory (e.g. fatality/location gold); they are skipped."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    return "expected" in json.loads(line)
                except json.JSONDecodeError:
                    return True  # report the parse error
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--codes", default=os.environ.get(
        "CAMEO_CODES", os.path.join(DEFAULT_REF, "cameo_event_codes.csv")))
    ap.add_argument("--countries", default=os.path.join(DEFAULT_REF, "cameo_countries.csv"))
    ap.add_argument("--stats", action="store_true", help="print statistics")
    ap.add_argument("--markdown", action="store_true", help="print statistics as Markdown tables")
    ap.add_argument("files", nargs="*", help="gold files to check (default: *.jsonl here)")
    args = ap.parse_args()

    codes = load_codes(args.codes)
    countries = load_countries(args.countries)
    errors, records = [], []
    seen_ids = set()
    skipped = []
    for path in args.files or sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        fname = os.path.basename(path)
        if not is_event_gold(path):
            skipped.append(fname)
            continue
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                where = f"{fname}:{ln}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: not JSON ({e})")
                    continue
                for key, typ in (("id", str), ("text", str), ("date", str), ("expected", list),
                                 ("no_event", bool), ("category", str), ("note", str)):
                    if not isinstance(rec.get(key), typ):
                        errors.append(f"{where}: field {key!r} missing or not {typ.__name__}")
                if "context" in rec and not isinstance(rec["context"], str):
                    errors.append(f"{where}: context must be a string")
                rid = rec.get("id")
                if rid in seen_ids:
                    errors.append(f"{where}: duplicate id {rid}")
                seen_ids.add(rid)
                d = rec.get("date", "")
                if not DATE_RE.match(d) or not ("2015-01-01" <= d <= "2026-12-31"):
                    errors.append(f"{where}: bad date {d!r}")
                if rec.get("category") not in CATEGORIES:
                    errors.append(f"{where}: unknown category {rec.get('category')!r}")
                exp = rec.get("expected", [])
                if rec.get("no_event") != (len(exp) == 0):
                    errors.append(f"{where}: no_event inconsistent with expected")
                n_words = len(rec.get("text", "").split())
                if not 8 <= n_words <= 45:
                    errors.append(f"{where}: text has {n_words} words (8..45 expected)")
                seen_ev = set()
                for ev in exp:
                    s, t, c = ev.get("source"), ev.get("target"), ev.get("code")
                    if set(ev) != {"source", "target", "code"}:
                        errors.append(f"{where}: event keys {sorted(ev)}")
                    if c not in codes:
                        errors.append(f"{where}: unknown CAMEO code {c!r}")
                    elif len(c) < 3:
                        errors.append(f"{where}: root-only code {c!r}")
                    for a in (s, t):
                        if not isinstance(a, str) or not ACTOR_RE.match(a):
                            errors.append(f"{where}: bad actor code {a!r}")
                        elif a[:3] not in countries and a[:3] not in INTERNATIONAL:
                            errors.append(
                                f"{where}: actor {a!r} starts with unknown code {a[:3]!r}")
                    if s == t:
                        errors.append(f"{where}: self-dyad {s}->{t} {c}")
                    key = (s, t, c)
                    if key in seen_ev:
                        errors.append(f"{where}: duplicate event {key}")
                    seen_ev.add(key)
                rec["_file"] = fname
                records.append(rec)

    for e in errors:
        print("ERROR", e)
    for f in skipped:
        print(f"skipped {f}: not an event-gold file (its first record has no 'expected' field)",
              file=sys.stderr)
    print(f"{len(records)} records checked, {len(errors)} errors", file=sys.stderr)
    if args.stats or args.markdown:
        print_stats(records, codes, countries, args.markdown)
    return 1 if errors else 0


def print_stats(records, codes, countries, md):
    events = [ev for r in records for ev in r["expected"]]
    by_cat = collections.Counter(r["category"] for r in records)
    ev_by_cat = collections.Counter()
    for r in records:
        ev_by_cat[r["category"]] += len(r["expected"])
    by_file = collections.Counter(r["_file"] for r in records)
    root_sent, root_ev = collections.Counter(), collections.Counter()
    root_base = collections.defaultdict(set)
    for r in records:
        roots = set()
        for ev in r["expected"]:
            root = ev["code"][:2]
            roots.add(root)
            root_ev[root] += 1
            root_base[root].add(ev["code"][:3])
        for root in roots:
            root_sent[root] += 1
    base_codes = {ev["code"][:3] for ev in events}
    full_codes = {ev["code"] for ev in events}
    four = {c for c in full_codes if len(c) == 4}
    level2 = {c for c, row in codes.items() if row["level"] == "2"}
    ctry = collections.Counter()
    for ev in events:
        for a in (ev["source"], ev["target"]):
            if a[:3] in countries and a[:3] not in INTERNATIONAL:
                ctry[a[:3]] += 1
    all_actors = {a for ev in events for a in (ev["source"], ev["target"])}
    n_no = sum(1 for r in records if r["no_event"])
    n_ctx = sum(1 for r in records if "context" in r)

    def table(title, header, rows):
        if md:
            print(f"\n**{title}**\n")
            print("| " + " | ".join(header) + " |")
            print("|" + "---|" * len(header))
            for row in rows:
                print("| " + " | ".join(str(x) for x in row) + " |")
        else:
            print(f"\n{title}")
            for row in rows:
                print("  " + "\t".join(str(x) for x in row))

    print(f"\nrecords: {len(records)}  (with events: {len(records) - n_no}, "
          f"no_event: {n_no}, with context: {n_ctx})")
    print(f"events: {len(events)}")
    print(f"distinct three-digit codes: {len(base_codes)} of {len(level2)}; "
          f"distinct full codes: {len(full_codes)} (four-digit: {len(four)})")
    print(f"countries (first actor group, excluding IGO/NGO/...): {len(ctry)}; "
          f"distinct actor codes: {len(all_actors)}")
    table("Per category", ["category", "records", "events"],
          [(c, by_cat[c], ev_by_cat[c]) for c in sorted(by_cat)])
    table("Per file", ["file", "records"], [(f, by_file[f]) for f in sorted(by_file)])
    names = {c: codes[c]["name"] for c in codes if len(c) == 2}
    table("Per root", ["root", "name", "sentences", "events", "distinct 3-digit codes"],
          [(r, names[r], root_sent[r], root_ev[r], len(root_base[r])) for r in sorted(names)])
    missing = sorted(level2 - base_codes)
    print(f"\nthree-digit codes not covered ({len(missing)}): {' '.join(missing)}")


if __name__ == "__main__":
    sys.exit(main())
