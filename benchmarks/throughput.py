"""End-to-end speed and memory of `eventcoder code`, as a user runs it.

    python benchmarks/throughput.py [--sentences 100000] [--scale 10]

For a corpus of N sentences and one of N x scale, runs the CLI as a
subprocess with --jobs 1 and --jobs 2 and prints sentences/s, documents/s,
events/s and peak RSS (the largest single process, from getrusage of the
children) and the CPU seconds of all its processes, which on a shared machine
tell what wall time hides; then a coding-only figure measured inside Python
(sentences already split, no I/O). Also times start-up on a one-line input, with a warm
and a cold codebook cache. Figures go to benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import documents, write_corpus  # noqa: E402

from coding.pipeline import read_metadata  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

_MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:]).returncode
wall = time.perf_counter() - t
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, use.ru_maxrss, rc, use.ru_utime + use.ru_stime)
"""


def user_env(**extra: str) -> dict[str, str]:
    """The environment of the runs: this one, with Python's bytecode cache allowed.

    `pip install` writes the .pyc files of an installed package; a development shell
    with PYTHONDONTWRITEBYTECODE=1 would make every run recompile every module (about
    0.2 s), which no user pays.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | extra


def measure(cmd: list[str], env: dict | None = None) -> tuple[float, float, int, float]:
    """(wall seconds, peak RSS in MB of the largest process, exit code, CPU seconds of
    all its processes)."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True,
                         text=True, env=env or user_env(), check=False)
    wall, rss_kb, rc, cpu = out.stdout.split()
    return float(wall), int(rss_kb) / 1024, int(rc), float(cpu)


def eventcoder() -> list[str]:
    return [sys.executable, "-m", "coding.cli"]


def run_cli(corpus: Path, out: Path, jobs: int) -> dict:
    wall, rss, rc, cpu = measure([*eventcoder(), "code", str(corpus), "-o", str(out),
                                  "--quiet", "--jobs", str(jobs)])
    if rc not in (0, 3):
        raise SystemExit(f"eventcoder failed with exit code {rc}")
    meta = read_metadata(out)
    c = meta["counts"]
    return {"jobs": jobs, "seconds": round(wall, 3), "documents": c["documents_read"],
            "sentences": c["sentences"], "events": c["events"],
            "sentences_per_s": round(c["sentences"] / wall),
            "documents_per_s": round(c["documents_read"] / wall),
            "events_per_s": round(c["events"] / wall), "peak_rss_mb": round(rss, 1),
            # On a shared machine wall time includes waiting for a core; CPU time does not.
            "cpu_seconds": round(cpu, 3), "sentences_per_cpu_s": round(c["sentences"] / cpu)}


def coding_only(n: int) -> dict:
    from coding import Coder
    from coding.segment import split_sentences

    coder = Coder()
    sents = []
    for doc in documents(n, seed=7):
        day = time.strptime(doc["date"], "%Y-%m-%d")
        ordinal = __import__("datetime").date(day.tm_year, day.tm_mon, day.tm_mday).toordinal()
        sents += [(doc["text"][s:e], ordinal) for s, e in split_sentences(doc["text"])]
    t, cpu = time.perf_counter(), time.process_time()
    events = sum(len(coder.code_sentence(s, d).events) for s, d in sents)
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    return {"sentences": len(sents), "seconds": round(secs, 3),
            "sentences_per_s": round(len(sents) / secs), "events": events,
            "sentences_per_cpu_s": round(len(sents) / cpu)}


def startup(tmp: Path) -> dict:
    one = tmp / "one.jsonl"
    one.write_text(json.dumps({"id": "1", "date": "2024-01-17",
                               "text": "Pakistan recalled its ambassador from Iran."}) + "\n")
    env = user_env(EVENTCODER_CACHE=str(tmp / "cache"))
    cold, _rss, _rc, _cpu = measure([*eventcoder(), "code", str(one), "-o",
                                     str(tmp / "1.parquet"), "--quiet"], env)
    warm = min(measure([*eventcoder(), "code", str(one), "-o", str(tmp / "1.parquet"),
                        "--quiet"], env)[0] for _ in range(3))
    return {"cold_cache_s": round(cold, 3), "warm_cache_s": round(warm, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=100_000)
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results.json")
    args = ap.parse_args()
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform()}, "runs": []}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        # Warm the codebook cache once so every run below measures a warm start.
        subprocess.run([*eventcoder(), "explain", "Iran."], capture_output=True, check=True,
                       env=user_env())
        for size in (args.sentences, args.sentences * args.scale):
            corpus = tmp / f"corpus-{size}.jsonl"
            docs, _ = write_corpus(corpus, size)
            mb = corpus.stat().st_size / 1e6
            print(f"corpus: {size:,} sentences, {docs:,} documents, {mb:.1f} MB", flush=True)
            for jobs in (1, 2):
                r = run_cli(corpus, tmp / f"out-{size}-{jobs}.parquet", jobs)
                r["corpus_sentences"] = size
                results["runs"].append(r)
                print(f"  --jobs {jobs}: {r['sentences_per_s']:>8,} sentences/s "
                      f"{r['documents_per_s']:>7,} docs/s {r['events_per_s']:>7,} events/s  "
                      f"peak RSS {r['peak_rss_mb']:.0f} MB  ({r['seconds']} s, "
                      f"{r['sentences_per_cpu_s']:,} sentences per CPU second)", flush=True)
            a, b = (pq.read_table(tmp / f"out-{size}-{j}.parquet",
                                  columns=["event_id", "source", "target", "code"])
                    for j in (1, 2))
            same = sorted(a.to_pylist(), key=lambda r: r["event_id"]) == sorted(
                b.to_pylist(), key=lambda r: r["event_id"])
            print(f"  --jobs 1 and --jobs 2 give the same events: {same}")
            results.setdefault("same_events_jobs_1_2", {})[str(size)] = same
        results["coding_only"] = coding_only(min(args.sentences, 50_000))
        print(f"coding only (in Python, no I/O): {results['coding_only']['sentences_per_s']:,} "
              "sentences/s")
        results["startup"] = startup(tmp)
        print(f"start-up on a one-line input: cold cache {results['startup']['cold_cache_s']} s,"
              f" warm cache {results['startup']['warm_cache_s']} s")
    runs = results["runs"]
    small = [r for r in runs if r["corpus_sentences"] == args.sentences]
    big = [r for r in runs if r["corpus_sentences"] != args.sentences]
    results["speedup_jobs2"] = round(small[1]["sentences_per_s"] / small[0]["sentences_per_s"], 2)
    results["rss_growth_10x"] = round(big[0]["peak_rss_mb"] / small[0]["peak_rss_mb"] - 1, 3)
    print(f"speed-up with --jobs 2: {results['speedup_jobs2']}x; peak RSS growth for a "
          f"{args.scale}x corpus: {results['rss_growth_10x']:+.1%}")
    args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
