"""Shared fixtures of the tests.

The pipeline tests code with the small codebook in tests/fixtures/mini, so their
results do not depend on the bundled default codebook. The `coder` fixture is the
default codebook's coder, loaded once for the session, for the tests that pin what
the bundled dictionaries code; a test file that codes with another codebook
defines its own `coder`. Compiled codebooks are cached in a temporary directory
(EVENTCODER_CACHE), never in the user's cache.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from coding import Coder

from .helpers import EVENTS, IRN_PAK, MINI, PAK_IRN, ROOT, RUS_GBR, RUS_USA, write_jsonl

__all__ = ["EVENTS", "IRN_PAK", "MINI", "PAK_IRN", "ROOT", "RUS_GBR", "RUS_USA", "write_jsonl"]


@pytest.fixture(scope="session", autouse=True)
def eventcoder_cache(tmp_path_factory):
    """A session-wide compiled-codebook cache in a temporary directory."""
    cache = tmp_path_factory.mktemp("eventcoder-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVENTCODER_CACHE", str(cache))
        yield cache


@pytest.fixture(scope="session")
def default_coder(eventcoder_cache) -> Coder:
    """The default codebook's coder (compiled into the session's cache), by this name
    also in test files whose `coder` codes with another codebook."""
    return Coder()


@pytest.fixture(scope="session")
def coder(default_coder) -> Coder:
    return default_coder


@pytest.fixture
def run_cli():
    """Run `eventcoder ARGS...` in process; returns click's Result (exit_code, stdout, stderr)."""
    from coding.cli import main

    def run(*args, **kwargs):
        runner = CliRunner()
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=kwargs.pop(
            "catch_exceptions", True), **kwargs)

    return run


@pytest.fixture
def code_cli(run_cli):
    """Run `eventcoder code INPUT... -o OUTPUT --codebook MINI -q EXTRA...`."""

    def run(inputs, output, *extra):
        inputs = inputs if isinstance(inputs, list | tuple) else [inputs]
        return run_cli("code", *inputs, "-o", output, "--codebook", MINI, "-q", *extra)

    return run


# ---------------------------------------------------------------- corpora


def write_jsonl_gz(path: Path, records) -> Path:
    with gzip.open(path, "wb") as fh:
        for r in records:
            fh.write(json.dumps(r).encode() + b"\n")
    return path


def make_corpus(path: Path, n: int, seed: int = 1) -> Path:
    """n documents of three sentences built from the mini codebook's vocabulary."""
    rng = random.Random(seed)
    actors = ["Pakistan", "Iran", "Israel", "Syria", "Russia", "Britain", "The Kremlin",
              "The Pentagon", "Iranian jets", "Syrian rebels"]
    targets = ["Pakistan", "Iran", "Israel", "Syria", "Russia", "Britain"]
    verbs = ["condemned", "accused", "struck", "visited", "met", "threatened", "criticized"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(f"{rng.choice(actors)} {rng.choice(verbs)} {rng.choice(targets)}."
                            for _ in range(3))
            day = f"{2020 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            fh.write(json.dumps({"id": f"n{i}", "date": day, "text": text}) + "\n")
    return path


def read_rejects(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def events_of(path: Path) -> list[tuple]:
    """(doc_id, sentence_id, source, target, code) of every row of an event file."""
    t = pq.read_table(path, columns=["doc_id", "sentence_id", "source", "target", "code"])
    return list(zip(*(t.column(c).to_pylist() for c in t.column_names), strict=True))


def listing(directory: Path) -> list[str]:
    """All names under a directory (hidden ones too), relative and sorted."""
    return sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*"))


@pytest.fixture
def good_docs():
    """Four documents with known events."""
    return [
        {"id": "d1", "date": "2024-01-17", "text": f"{PAK_IRN} {IRN_PAK}"},
        {"id": "d2", "date": "2024-01-18", "text": RUS_GBR},
        {"id": "d3", "date": "2023-05-01", "text": RUS_USA},
        {"id": "d4", "date": "2024-02-29", "text": "Nothing happened today."},
    ]


#: The events of `good_docs`, as `events_of` lists them.
GOOD_EVENTS = [
    ("d1", 1, *EVENTS[PAK_IRN]),
    ("d1", 2, *EVENTS[IRN_PAK]),
    ("d2", 1, *EVENTS[RUS_GBR]),
    ("d3", 1, *EVENTS[RUS_USA]),
]


@pytest.fixture
def good_jsonl(tmp_path, good_docs):
    return write_jsonl(tmp_path / "good.jsonl", good_docs)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
