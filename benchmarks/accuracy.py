"""Accuracy of the coder on every gold suite, as one table.

    python benchmarks/accuracy.py [--shared ../shared] [--json benchmarks/accuracy.json]

Suites:
- the project's own gold set, tests/gold/*.jsonl, with the default codebook;
- the held-out sets, tests/heldout/heldout.jsonl and heldout2.jsonl to heldout9.jsonl,
  written blind (see tests/heldout/README.md: sets 1-4 have been development data since
  the seventh round, sets 5 and 6 since the eighth, set 7 since the ninth, set 8 since
  the tenth; set 9 was never tuned on), with the default codebook;
- the peers' suites in shared/peers/, each with its own test dictionaries
  imported on the fly into a temporary directory (nothing derived from them is
  kept in the project), and PETRARCH-2's gold set with the default codebook.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from coding.coder import Coder
from coding.evaluate import Evaluation, evaluate_records, load_gold

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
#: (label, file) of the blind sets, in the order they were written.
HELDOUT_SETS = [("held-out (written blind)", HELDOUT / "heldout.jsonl"),
                ("held-out 2 (written blind)", HELDOUT / "heldout2.jsonl"),
                ("held-out 3 (written blind)", HELDOUT / "heldout3.jsonl"),
                ("held-out 4 (written blind)", HELDOUT / "heldout4.jsonl"),
                ("held-out 5 (written blind)", HELDOUT / "heldout5.jsonl"),
                ("held-out 6 (written blind)", HELDOUT / "heldout6.jsonl"),
                ("held-out 7 (written blind)", HELDOUT / "heldout7.jsonl"),
                ("held-out 8 (written blind)", HELDOUT / "heldout8.jsonl"),
                ("held-out 9 (written blind)", HELDOUT / "heldout9.jsonl")]


def own_gold_files() -> list[Path]:
    return sorted(p for p in (ROOT / "tests" / "gold").glob("*.jsonl")
                  if not p.name.startswith("fatalities"))


def peer_suites(shared: Path) -> list[tuple[str, Path, str | None, list[Path]]]:
    """(label, records file, import style or None for the default codebook, dictionaries)."""
    peers = shared / "peers"
    d = peers / "dictionaries"
    return [
        ("TABARI validation", peers / "tabari_validation.jsonl", "tabari",
         [d / "tabari" / n for n in ("TABARI.Demo.actors", "TABARI.Demo.verbs",
                                     "Validate.agents", "Validate.options")]),
        ("PETRARCH-1 classic unit tests", peers / "petrarch1_classic_unittest_records.jsonl",
         "petrarch1", sorted((d / "petrarch1_classic").glob("PETR.Validate.*"))),
        ("PETRARCH-2 gold (GSR)", peers / "petrarch2_gsr_validation.jsonl", None, []),
    ]


def run(shared: Path | None) -> list[tuple[str, Evaluation, float]]:
    rows = []
    default = Coder()
    records = [r for p in own_gold_files() for r in load_gold(p)]
    t = time.perf_counter()
    rows.append(("eventcoder gold (tests/gold)", evaluate_records(records, default, "tests/gold"),
                 time.perf_counter() - t))
    for label, path in HELDOUT_SETS:
        t = time.perf_counter()
        ev = evaluate_records(load_gold(path), default, f"tests/heldout/{path.name}")
        rows.append((label, ev, time.perf_counter() - t))
    if shared is None or not (shared / "peers").is_dir():
        print(f"(peer suites skipped: {shared}/peers not found)", file=sys.stderr)
        return rows
    from coding.legacy import import_dictionaries

    with tempfile.TemporaryDirectory() as tmp:
        for label, path, style, dicts in peer_suites(shared):
            coder = default
            if style:
                out = Path(tmp) / style
                import_dictionaries(style, dicts, out)
                coder = Coder([out], use_cache=False)
            t = time.perf_counter()
            ev = evaluate_records(load_gold(path), coder, str(path.name))
            rows.append((label, ev, time.perf_counter() - t))
    return rows


def table(rows) -> str:
    head = (f"{'suite':<32} {'records':>7} {'exact':>7} {'exact%':>7} {'F1 root':>8} "
            f"{'F1 base':>8} {'F1 full':>8} {'P full':>7} {'R full':>7}")
    lines = [head, "-" * len(head)]
    for label, ev, _secs in rows:
        lv = ev.levels
        lines.append(f"{label:<32} {ev.records:>7} {ev.exact:>7} {ev.exact_rate:>7.1%} "
                     f"{lv['root'].f1:>8.3f} {lv['base'].f1:>8.3f} {lv['full'].f1:>8.3f} "
                     f"{lv['full'].precision:>7.3f} {lv['full'].recall:>7.3f}")
    return "\n".join(lines)


def regressions(rows, baseline: dict) -> list[str]:
    """Every figure that fell below the baseline: the gate for dictionary and engine changes."""
    drops = []
    for label, ev, _s in rows:
        old = baseline.get(label)
        if old is None:
            continue
        new = ev.as_dict(failures=0)
        if new["exact"] < old["exact"]:
            drops.append(f"{label}: exact {old['exact']} -> {new['exact']}")
        for level in ("root", "base", "full"):
            a, b = old["levels"][level]["f1"], new["levels"][level]["f1"]
            if b < a - 1e-9:
                drops.append(f"{label}: F1 {level} {a:.4f} -> {b:.4f}")
    return drops


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "accuracy.json")
    ap.add_argument("--failures", type=int, default=0, help="print N failures per suite")
    ap.add_argument("--baseline", type=Path,
                    help="earlier --json output; exit 1 if any suite's exact count or F1 drops")
    args = ap.parse_args()
    rows = run(args.shared)
    print(table(rows))
    drops = regressions(rows, json.loads(args.baseline.read_text())) if args.baseline else []
    if args.failures:
        from coding.evaluate import report_text

        for label, ev, _s in rows:
            print(f"\n== {label}\n" + report_text(ev, args.failures))
    args.json.write_text(json.dumps({label: ev.as_dict(failures=0) for label, ev, _s in rows},
                                    indent=2) + "\n")
    if drops:
        print("\nlower than the baseline:\n  " + "\n  ".join(drops), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
