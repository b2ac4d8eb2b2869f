"""The gold and held-out files pass their own checker (tests/gold/check_gold.py).

A malformed record (an unknown code, a self-dyad, a duplicate id, `no_event` that
contradicts `expected`) would silently change every accuracy figure, so the files are
checked like code. The checker reads the CAMEO tables in ../shared/reference.
"""

import subprocess
import sys

import pytest

from .helpers import ROOT, SHARED

CHECKER = ROOT / "tests" / "gold" / "check_gold.py"
FILES = sorted((ROOT / "tests" / "gold").glob("*.jsonl")) + sorted(
    (ROOT / "tests" / "heldout").glob("*.jsonl"))

pytestmark = pytest.mark.skipif(not (SHARED / "reference").is_dir(),
                                reason="../shared/reference (CAMEO tables) not present")


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_passes_the_checker(path):
    run = subprocess.run([sys.executable, str(CHECKER), str(path)], capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_checker_rejects_a_bad_record(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x1", "text": "Pakistan recalled its ambassador from Iran after '
                   'a row over border attacks.", "date": "2024-01-17", "category": "basic", '
                   '"expected": [{"source": "PAK", "target": "PAK", "code": "161"}], '
                   '"no_event": false, "note": "a self-dyad"}\n')
    run = subprocess.run([sys.executable, str(CHECKER), str(bad)], capture_output=True,
                         text=True)
    assert run.returncode == 1
    assert "ERROR bad.jsonl:1: self-dyad PAK->PAK 161" in run.stdout
