"""Paths and small helpers shared by the tests and benchmarks/reliability.py, and the
helpers the engine tests code sentences and build small codebooks with.

Nothing here imports pytest, so the reliability report can use it without the test
extras' fixtures.
"""

import ast
import gzip
import json
import os
import signal
from contextlib import contextmanager
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

#: A record the mini codebook codes (PAK_IRN), put before bad lines: the run must go past them.
GOOD = {"id": "good", "date": "2024-01-17", "text": PAK_IRN}
#: The event of GOOD, as conftest.events_of lists it.
GOOD_EVENT = ("good", 1, *EVENTS[PAK_IRN])


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


def write_corpus_file(path: Path, chunk, seen: set, expected: dict) -> None:
    """Write the lines of `chunk` to `path` (gzipped for .gz) and note what must become of each.

    `chunk` holds (line, claimed id, outcome): outcome "blank" is no record at all, None a
    good record, coded unless an earlier line of the run claimed its id (then rejected
    as a duplicate); any other outcome stands as given. `expected` maps (path, line) to
    "coded" or "rejected", and (path, None) to "input rejected" for a file with no record
    (a rejected input, which holds no document).
    `seen` carries the claimed ids from one file of a run to the next.
    """
    data = b"".join(line + b"\n" for line, _id, _outcome in chunk)
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    for no, (_line, claimed, outcome) in enumerate(chunk, 1):
        if outcome == "blank":
            continue
        if outcome is None:
            outcome = "rejected" if claimed in seen else "coded"
            seen.add(claimed)
        expected[(str(path), no)] = outcome
    if not any(outcome != "blank" for _l, _i, outcome in chunk):
        expected[(str(path), None)] = "input rejected"


def source_without_strings(path: Path) -> str:
    """Python source without comments and string literals (docstrings may name 'pickle')."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = ""
    return ast.unparse(tree)


# ---------------------------------------------------------------- coding with the mini codebook

#: The date the engine tests code their sentences at, unless a test needs another.
DATE = "2024-01-17"
#: The fields of an event the engine tests compare.
TRIPLE = ("source", "target", "code")


def in_order(coder, text: str, *, date: str = DATE, context=None,
             fields: tuple[str, ...] = TRIPLE) -> list[tuple]:
    """The `fields` of each event of `text`, in the order the engine gives them.

    `context` is the sentence before in the same document: its text (coded first, so
    pronouns and definite nouns of `text` can refer to its actors) or its phrases.
    """
    if isinstance(context, str):
        context = coder.code_sentence(context, 739000).sentence.phrases
    return [tuple(getattr(e, f) for f in fields)
            for e in coder.code(text, date=date, context=context)]


def coded(coder, text: str, *, date: str = DATE, context=None) -> list[tuple]:
    """(source, target, code) of each event of `text`, sorted: for tests of what is
    coded when the engine's order does not matter (see `in_order` for `context`)."""
    return sorted(in_order(coder, text, date=date, context=context))


def expected(events: tuple) -> set[tuple[str, str, str]]:
    """The whole event set a case expects: one (source, target, code) triple, or a tuple
    of them where the sentence codes both directions or several events."""
    return {events} if isinstance(events[0], str) else set(events)


def story_events(coder, *sentences: str, date: str = DATE) -> list[tuple]:
    """(source, target, code) of the events of the last of `sentences`, sorted, when all
    are coded in order as one document (`coding.story.Story`, as the pipeline codes one)."""
    from coding.coder import _day
    from coding.story import Story

    story = Story(coder)
    for text in sentences[:-1]:
        story.code(text, _day(date))
    return sorted((e.source, e.target, e.code) for e in story.code(sentences[-1], _day(date))
                  .events)


def coded_set(coder, text: str, *, date: str = DATE, context=None,
              fields: tuple[str, ...] = TRIPLE) -> set[tuple]:
    """The `fields` of the events of `text` as a set, for membership tests."""
    return set(in_order(coder, text, date=date, context=context, fields=fields))


@contextmanager
def hang_guard(seconds: float = 20):
    """Raise TimeoutError in the block after `seconds`, so that a coder that loops ends
    (as the sentence's internal error, which the caller can see) instead of hanging the
    test run. Unix only, main thread only, as pytest runs tests."""
    def interrupt(*_):
        raise TimeoutError(f"still coding after {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _write_extra(directory: Path, sub: str, text: str) -> None:
    (directory / sub).mkdir(exist_ok=True)
    (directory / sub / "extra.txt").write_text(text, encoding="utf-8")


def mini_layered(directory: Path, *, verbs: str = "", synsets: str = "", agents: str = ""):
    """A coder of MINI with a second layer in `directory` holding the given entries
    (written from strings): tests that need a few entries the mini codebook lacks."""
    from coding import Coder

    for sub, text in (("verbs", verbs), ("synsets", synsets), ("agents", agents)):
        if text:
            _write_extra(directory, sub, text)
    return Coder([MINI, directory], use_cache=False)


def mini_with(directory: Path, toml: str = "", *, verbs: str = "", agents: str = ""):
    """A coder of MINI rebuilt in `directory` with `toml` appended to its codebook.toml
    (engine options and families are read from one codebook's toml) and the given
    verbs and agents beside its own; the other files are links to MINI's."""
    from coding import Coder

    (directory / "codebook.toml").write_text(
        (MINI / "codebook.toml").read_text(encoding="utf-8") + "\n" + toml, encoding="utf-8")
    extras = {"verbs": verbs, "agents": agents}
    for sub in ("actors", "agents", "verbs", "synsets", "discards"):
        if not extras.get(sub):
            (directory / sub).symlink_to(MINI / sub)
            continue
        _write_extra(directory, sub, extras[sub])
        (directory / sub / f"{sub}.txt").symlink_to(MINI / sub / f"{sub}.txt")
    return Coder(directory, use_cache=False)
