"""Paths and small helpers shared by the tests and benchmarks/reliability.py.

Nothing here imports pytest, so the reliability report can use it without the test
extras' fixtures.
"""

import json
import os
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
MINI = TESTS / "fixtures" / "mini"
SHARED = ROOT.parent / "shared"

#: Sentences the mini codebook codes, with the events they give.
PAK_IRN = "Pakistan recalled its ambassador from Iran."
IRN_PAK = "Iranian jets struck Pakistan."
RUS_GBR = "Russia condemned Britain."
RUS_USA = "The Kremlin accused Washington of lying."
EVENTS = {
    PAK_IRN: ("PAK", "IRN", "161"),
    IRN_PAK: ("IRNMIL", "PAK", "190"),
    RUS_GBR: ("RUS", "GBR", "111"),
    RUS_USA: ("RUSGOV", "USA", "112"),
}


def write_jsonl(path: Path, lines) -> Path:
    """Write JSON lines: dicts are serialised, str and bytes written as they are."""
    with path.open("wb") as fh:
        for line in lines:
            if isinstance(line, dict):
                line = json.dumps(line)
            if isinstance(line, str):
                line = line.encode("utf-8")
            fh.write(line.rstrip(b"\n") + b"\n")
    return path


def unwritable_dir() -> Path | None:
    """A directory nobody can create files in (a read-only mount), if there is one."""
    for d in (Path("/sys"), Path("/proc")):
        try:
            with open(d / f"eventcoder-probe-{os.getpid()}", "x"):
                pass
        except OSError:
            if d.is_dir():
                return d
        else:  # pragma: no cover - a writable /sys
            (d / f"eventcoder-probe-{os.getpid()}").unlink()
    return None
