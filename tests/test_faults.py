"""Faults: runs killed at random points, outputs that cannot be written, a full disk,
and codebooks or compiled caches that are broken, tampered with or stale.

The kill loops fork the test process (everything already imported) and SIGKILL
the child at random moments of a run, so eight kills cost seconds, not minutes;
`benchmarks/reliability.py` does the same with real `eventcoder` processes.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import marshal
import multiprocessing as mp
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import coding.compiled as compiled_mod
import coding.pipeline as pipeline
from coding import Coder
from coding.codebook import CodebookError, load_codebook
from coding.compiled import MAGIC, load_compiled, read_cache
from coding.io import InputError
from coding.pipeline import Options, read_metadata, run_code

from .conftest import PAK_IRN, RUS_GBR, listing, make_corpus, write_jsonl
from .helpers import MINI, ROOT, hang_guard, unwritable_dir

FORK = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
KILLS = int(os.environ.get("EVENTCODER_TEST_KILLS", "8"))  # per output kind


# ---------------------------------------------------------------- kill loops


def snapshot(path: Path) -> dict[str, bytes] | bytes | None:
    """The bytes of a file, or of every file of a dataset directory."""
    if path.is_file():
        return path.read_bytes()
    if path.is_dir():
        return {n: (path / n).read_bytes() for n in listing(path) if (path / n).is_file()}
    return None


_BATCHES = pipeline.batches


def _killable_run(inputs: list[Path], out: Path, partition: str | None, patch) -> None:
    # Many small batches: many moments at which the output is half written.
    patch(pipeline, "batches", functools.partial(_BATCHES, max_docs=12))
    run_code(inputs, out, Options(codebook=(str(MINI),), partition_by=partition,
                                  reproducible=True))


def _child_run(inputs: list[Path], out: Path, partition: str | None) -> None:
    _killable_run(inputs, out, partition, setattr)


def run_child(inputs, out, partition) -> mp.Process:
    proc = FORK.Process(target=_child_run, args=(inputs, out, partition), daemon=True)
    proc.start()
    return proc


def hidden_ok(name: str, out: Path, rejects: Path) -> bool:
    """What a killed run may leave behind: hidden temporary names beside the output."""
    return name.startswith((f".{out.name}.tmp-", f".{rejects.name}.tmp-", f".{out.name}.old-",
                            f".{out.name}.probe-"))


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory) -> Path:
    """200 documents (about 600 events, 17 batches) and two bad records, so that a rejects
    file is written too."""
    load_compiled([MINI])  # compiled once here, not in every child
    work = tmp_path_factory.mktemp("kill")
    src = make_corpus(work / "corpus.jsonl", 200, seed=7)
    with src.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "bad", "date": "2024-02-30", "text": "Russia condemned Britain."}\n'
                 "not json\n")
    return src


@pytest.mark.skipif(FORK is None, reason="needs fork")
@pytest.mark.parametrize("partition", [None, "year"])
def test_sigkill_at_random_points_never_leaves_a_partial_output(tmp_path, kill_corpus,
                                                                 partition, monkeypatch):
    """Kill runs at random moments: the output path holds nothing or a complete copy, also
    when a previous complete output was there; a rerun is byte-identical."""
    name = "events" if partition else "events.parquet"
    ref_dir = tmp_path / "ref"
    ref_dir.mkdir()
    ref = ref_dir / name
    # The reference run is made in this process: whatever the pipeline imports lazily is
    # then imported once, and every forked run uses the same code.
    _killable_run([kill_corpus], ref, partition, monkeypatch.setattr)
    monkeypatch.undo()
    want = snapshot(ref)
    want_rejects = (ref_dir / "events.rejects.jsonl").read_bytes()
    assert read_metadata(ref)["counts"]["documents_read"] == 202
    # A forked run, timed: kills land at random moments of its length. Its output is the
    # same, byte for byte.
    again = tmp_path / "again"
    again.mkdir()
    started = time.monotonic()
    proc = run_child([kill_corpus], again / name, partition)
    proc.join(120)
    duration = time.monotonic() - started
    assert proc.exitcode == 0
    assert snapshot(again / name) == want

    work = tmp_path / "work"
    work.mkdir()
    out, rejects = work / name, work / "events.rejects.jsonl"
    rng = random.Random(f"kill-{partition}")
    outcomes = {"mid-write": 0, "before-write": 0, "finished": 0}
    for n in range(KILLS):
        existing = n >= KILLS // 2
        if existing and not out.exists():  # second half: kill runs that replace an output
            shutil.copytree(ref, out) if partition else shutil.copy(ref, out)
        if existing:
            assert snapshot(out) == want
        before = set(os.listdir(work))
        proc = run_child([kill_corpus], out, partition)
        time.sleep(rng.uniform(0.0, 0.9) * duration)
        writing = any(n.startswith(f".{out.name}.tmp-") for n in set(os.listdir(work)) - before)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(30)
        if proc.exitcode == 0:
            outcomes["finished"] += 1
        else:
            assert proc.exitcode == -signal.SIGKILL
            outcomes["mid-write" if writing else "before-write"] += 1
        names = os.listdir(work)
        assert {n for n in names if not n.startswith(".")} <= {out.name, rejects.name}
        assert all(hidden_ok(n, out, rejects) for n in names if n.startswith(".")), names
        got = snapshot(out)
        if got is None and existing and partition:
            # the one moment a directory cannot be swapped atomically: the old dataset
            # sits complete under a hidden name
            olds = [work / n for n in names if n.startswith(f".{out.name}.old-")]
            assert any(snapshot(o) == want for o in olds)
        else:
            assert got == want if existing else got in (None, want)
        if rejects.exists():
            assert rejects.read_bytes() == want_rejects
    assert outcomes["mid-write"] >= 1, outcomes
    # leftovers of killed runs are hidden temporary files; a rerun gives the same bytes
    for n in os.listdir(work):
        if n.startswith("."):
            p = work / n
            shutil.rmtree(p) if p.is_dir() and not p.is_symlink() else p.unlink()
    proc = run_child([kill_corpus], out, partition)
    proc.join(120)
    assert proc.exitcode == 0
    assert snapshot(out) == want
    assert rejects.read_bytes() == want_rejects
    assert sorted(os.listdir(work)) == sorted([out.name, rejects.name])


# ---------------------------------------------------------------- outputs that cannot be written


@pytest.fixture(scope="module")
def big_input(tmp_path_factory) -> Path:
    """About 60 MB of JSON lines: failing on the output must not read any of it."""
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    line = ('{"id": "%d", "date": "2024-01-17", "text": "' + PAK_IRN + " " * 400 + '"}\n')
    with path.open("w") as fh:
        for block in range(130):
            fh.write("".join(line % (block * 1000 + i) for i in range(1000)))
    return path


def test_missing_output_directory_fails_before_any_work(tmp_path, big_input, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("EVENTCODER_CACHE", str(cache))
    out = tmp_path / "missing" / "out.parquet"
    started = time.perf_counter()
    with pytest.raises(InputError, match="does not exist"):
        run_code([big_input], out, Options(codebook=(str(MINI),)))
    assert time.perf_counter() - started < 2.0
    assert not cache.exists()  # not even the codebook was compiled
    assert listing(tmp_path) == []


@pytest.mark.skipif(unwritable_dir() is None, reason="no read-only directory here")
def test_read_only_output_directory_fails_before_any_work(tmp_path, big_input, monkeypatch):
    """os.access says yes to root on a read-only mount: the output is tried for real."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("EVENTCODER_CACHE", str(cache))
    ro = unwritable_dir()
    for out, rejects in [(ro / "out.parquet", None), (tmp_path / "out.parquet",
                                                      ro / "rejects.jsonl")]:
        started = time.perf_counter()
        with pytest.raises(InputError, match=f"output directory {ro} is not writable"):
            run_code([big_input], out, Options(codebook=(str(MINI),)), rejects_path=rejects)
        assert time.perf_counter() - started < 2.0
    assert not cache.exists()
    assert listing(tmp_path) == []


def _cli(*args, env=None, timeout=120) -> tuple[subprocess.CompletedProcess, float]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", "from coding.cli import main; main()", *args],
                            capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)
    return result, time.perf_counter() - started


def test_cli_fails_at_once_on_unwritable_output_with_a_large_input(tmp_path, big_input):
    """Exit 1, one line, nothing written, and no slower than failing on a missing input
    (the earliest check there is): the 60 MB input is never read."""
    env = {**os.environ, "EVENTCODER_CACHE": str(tmp_path / "cache")}
    missing_in, base = _cli("code", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "x.parquet"),
                            "--codebook", str(MINI), env=env)
    assert missing_in.returncode == 1
    targets = [tmp_path / "nowhere" / "out.parquet"]
    ro = unwritable_dir()
    if ro is not None:
        targets.append(ro / "out.parquet")
    for out in targets:
        result, took = _cli("code", str(big_input), "-o", str(out), "--codebook", str(MINI),
                            env=env)
        assert result.returncode == 1
        assert result.stderr.startswith(f"eventcoder: error: {out}: output directory ")
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
        assert took < base + 2.0, (took, base)
    assert listing(tmp_path) == []


def test_disk_full_while_writing_is_one_line_and_leaves_nothing(tmp_path, code_cli, monkeypatch):
    src = make_corpus(tmp_path / "in.jsonl", 50)

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full)
    result = code_cli(src, tmp_path / "out.parquet")
    assert result.exit_code == 1
    assert result.stderr == (f"eventcoder: error: [Errno {errno.ENOSPC}] No space left on "
                             "device; nothing was written\n")
    assert listing(tmp_path) == ["in.jsonl"]


# ---------------------------------------------------------------- compiled codebook cache


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def fresh():
    return load_compiled([MINI], use_cache=False)


def blob(cache: Path) -> Path:
    (path,) = cache.glob("codebook-*.bin")
    return path


def codes_with(compiled) -> list[tuple]:
    return [(e.source, e.target, e.code) for e in Coder(compiled=compiled).code(PAK_IRN)]


def with_digest(payload: bytes) -> bytes:
    return MAGIC + hashlib.sha256(payload).digest() + payload


@pytest.mark.parametrize("damage", [
    "truncated", "empty", "garbage_with_magic", "only_magic", "valid_digest_not_marshal",
    "valid_digest_not_a_dict", "valid_digest_old_format", "directory",
])
def test_broken_cache_file_is_rebuilt(cache, damage):
    first = load_compiled([MINI])
    path = blob(cache)
    raw = path.read_bytes()
    data = marshal.loads(raw[36:])
    if damage == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "garbage_with_magic":
        path.write_bytes(MAGIC + os.urandom(len(raw) - 4))
    elif damage == "only_magic":
        path.write_bytes(MAGIC)
    elif damage == "valid_digest_not_marshal":
        path.write_bytes(with_digest(b"\xff" * 100))
    elif damage == "valid_digest_not_a_dict":
        path.write_bytes(with_digest(marshal.dumps(["not", "a", "dict"])))
    elif damage == "valid_digest_old_format":
        path.write_bytes(with_digest(marshal.dumps({**data, "format": data["format"] - 1})))
    elif damage == "directory":
        path.unlink()
        path.mkdir()
    assert read_cache(path) is None
    again = load_compiled([MINI])
    assert again.data == first.data == fresh().data
    assert codes_with(again) == [("PAK", "IRN", "161")]


@pytest.mark.parametrize("content", ["", "garbage\n", "0" * 64, "../../etc/passwd"])
def test_broken_cache_pointer_is_rebuilt(cache, content):
    load_compiled([MINI])
    (pointer,) = cache.glob("index-*.txt")
    pointer.write_text(content)
    assert load_compiled([MINI]).data == fresh().data


def test_cache_of_another_codebook_is_not_used(cache, tmp_path):
    """A valid cache file swapped in from another codebook is refused (its paths differ)."""
    other = tmp_path / "other"
    shutil.copytree(MINI, other)
    with (other / "actors" / "actors.txt").open("a") as fh:
        fh.write("Atlantis => ATL\n")
    load_compiled([other])
    load_compiled([MINI])
    mine = next(p for p in cache.glob("codebook-*.bin") if read_cache(p)["paths"] == (str(MINI),))
    theirs = next(p for p in cache.glob("codebook-*.bin") if p != mine)
    shutil.copy(theirs, mine)
    assert load_compiled([MINI]).data == fresh().data


@pytest.mark.parametrize("kind", ["a file", "read-only mount"])
def test_cache_dir_not_writable_still_codes(tmp_path, monkeypatch, kind):
    if kind == "a file":
        where = tmp_path / "cache"
        where.write_text("not a directory")
    else:
        ro = unwritable_dir()
        if ro is None:
            pytest.skip("no read-only directory here")
        where = ro / "eventcoder-cache"
    monkeypatch.setenv("EVENTCODER_CACHE", str(where))
    compiled = load_compiled([MINI])
    assert compiled.data == fresh().data
    assert codes_with(compiled) == [("PAK", "IRN", "161")]
    if kind == "a file":
        assert where.read_text() == "not a directory"


def test_cache_write_failure_midway_leaves_no_file(cache, monkeypatch):
    """The cache is written to a temporary file and renamed: a failure leaves nothing."""
    real = os.replace

    def broken(src, dst, *args, **kwargs):
        if str(dst).endswith(".bin"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(compiled_mod.os, "replace", broken)
    assert load_compiled([MINI]).data == fresh().data
    assert list(cache.glob("*.bin")) == [] and list(cache.glob(".tmp-*")) == []


def test_stale_cache_after_an_edit_that_keeps_size_and_mtime(cache, tmp_path):
    """Files restored with their old mtime (tar, rsync -t, cp -p, fixed-epoch builds) and an
    edit of the same size: the cheap fingerprint (names, sizes, mtimes) cannot see it."""
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    assert [e.code for e in Coder([root]).code("Iran condemned Pakistan.")] == ["111"]
    verbs = root / "verbs" / "verbs.txt"
    st = verbs.stat()
    verbs.write_text(verbs.read_text().replace("== 111 criticize", "== 112 criticize"))
    os.utime(verbs, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert verbs.stat().st_size == st.st_size
    if [e.code for e in Coder([root]).code("Iran condemned Pakistan.")] != ["112"]:
        pytest.xfail("reported: compiled.py trusts a size+mtime fingerprint, so a stale "
                     "cache gives the old code 111")


# ---------------------------------------------------------------- codebook entries


def layer(tmp_path: Path, **files: str | bytes) -> Path:
    """A copy of the mini codebook with text appended to some of its files
    (`verbs__verbs.txt` is verbs/verbs.txt; a missing file is created)."""
    root = tmp_path / "cb"
    if not root.exists():
        shutil.copytree(MINI, root)
    for rel, text in files.items():
        path = root / rel.replace("__", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.read_bytes()[-1:] not in (b"", b"\n"):
            path.open("a").write("\n")
        with path.open("ab" if isinstance(text, bytes) else "a") as fh:
            fh.write(text)
    return root


def errors_of(root: Path) -> list[str]:
    with pytest.raises(CodebookError) as exc:
        load_codebook([root])
    return exc.value.errors


EVENTS_CSV = (ROOT / "codebooks" / "default" / "events.csv").read_text(encoding="utf-8")

# Cases test_codebook.py does not cover. Each must name the file and line: {n} is the
# line number of the n-th appended line.
BAD_ENTRIES = [
    ("verbs/verbs.txt", "== 190 x\nzap => 1999\n", "{2}: unknown event code '1999'"),
    ("verbs/verbs.txt", "== 190 x\nnoun: zap => 9999\n", "{2}: unknown event code '9999'"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * on + => 1999\n", "{3}: unknown event code '1999'"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * on + => 190:999\n",
     "{3}: unknown event code '190:999'"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * on + => 190:195:111\n",
     "{3}: unknown event code '190:195:111'"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * ON + => 190\n- * on + => 195\n",
     "{4}: duplicate pattern '* on +' in this block"),
    ("verbs/verbs.txt", "== 190 x\ncondemn\n", "{2}: duplicate verb 'condemn'"),
    ("verbs/verbs.txt", "== 190 x\nzap\n- * on $$ + => 190\n", "{3}: bad pattern token '$$'"),
    ("verbs/verbs.txt", "==\nzap\n", "{1}: block header needs a code"),
    ("actors/actors.txt", "Zed => ZEDGOV ..2020-01-01; ZEDOPP ..2021-01-01\n",
     "{1}: overlapping date ranges for ZEDGOV and ZEDOPP"),
    ("actors/actors.txt", "Zed => ZEDGOV 2019-01-01..2020-01-01; ZEDOPP 2020-01-01..\n",
     "{1}: overlapping date ranges"),
    ("actors/actors.txt", "Zed => ZEDGOV 2019-01-01..; ZEDOPP 2020-01-01..\n",
     "{1}: overlapping date ranges"),
    ("actors/actors.txt", "Zed => ZED; ZEDGOV\n", "{1}: two default codes"),
    ("actors/actors.txt", "Zed =>\n", "{1}: no code after '=>'"),
    ("actors/actors.txt", "| => ZED\n", "{1}: no name before '=>'"),
    ("actors/actors.txt", "Zed => ZED 2020..2021\n", "{1}: malformed date range"),
    ("agents/agents.txt", "cops => ~COP\npolice => ~COP\n", "{2}: duplicate name 'police'"),
    ("agents/agents.txt", "guard {guards => ~MIL\n", "{1}: malformed name"),
    ("synsets/synsets.txt", "&WEAPON = gun\n", "{1}: duplicate synset &WEAPON"),
    ("synsets/synsets.txt", "WEAPON = gun\n", "{1}: expected '&NAME"),
    ("discards/discards.txt", "rugby =>\n", "{1}: discard scope must be"),
    ("events.csv", "190,again,,1,4,\n", "{1}: duplicate event code 190"),
    ("events.csv", "999,x,,11,4,\n", "{1}: goldstein 11.0 outside -10..10"),
    ("events.csv", "999,x,,1,5,\n", "{1}: quad_class 5 not in 1..4"),
    ("events.csv", "9x9!,x,,1,1,\n", "{1}: malformed event code"),
    ("events.csv", "999,x,,lots,1,\n", "{1}: could not convert"),
    ("grammar.txt", "nonsense = a | b\n", "{1}: unknown grammar class 'nonsense'"),
]


@pytest.mark.parametrize(("rel", "text", "message"), BAD_ENTRIES,
                         ids=[f"{r}:{m.split(': ', 1)[1][:30]}" for r, _t, m in BAD_ENTRIES])
def test_bad_entries_are_reported_with_file_and_line(tmp_path, rel, text, message):
    root = layer(tmp_path)
    if rel == "events.csv":
        (root / rel).write_text(EVENTS_CSV, encoding="utf-8")
    elif rel == "grammar.txt":
        (root / rel).write_text("")
    before = len((root / rel).read_text(encoding="utf-8").splitlines())
    layer(tmp_path, **{rel.replace("/", "__"): text})
    want = rel + ":" + message.format(*(before + i for i in range(6)))
    errors = errors_of(root)
    assert any(want in e for e in errors), (want, errors)


def test_events_csv_without_needed_columns(tmp_path):
    root = layer(tmp_path)
    (root / "events.csv").write_text("code,name\n190,x\n")
    errors = errors_of(root)
    assert f"{root / 'events.csv'}: missing columns ['goldstein', 'quad_class']" in errors


@pytest.mark.parametrize("toml", ["[[[", '[codebook]\nlayers = ["nope"]\n'])
def test_broken_codebook_toml_is_reported(tmp_path, toml):
    root = layer(tmp_path)
    (root / "codebook.toml").write_text(toml)
    errors = errors_of(root)
    assert len(errors) == 1 and "codebook.toml: " in errors[0]


def test_a_broken_codebook_never_codes_and_writes_nothing(tmp_path, code_cli, run_cli):
    root = layer(tmp_path, **{"verbs__verbs.txt": "== 190 x\nzap => 1999\n"})
    n = len((root / "verbs" / "verbs.txt").read_text().splitlines())
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": RUS_GBR}])
    out = tmp_path / "out.parquet"
    result = run_cli("code", src, "-o", out, "--codebook", root, "-q")
    assert result.exit_code == 1
    assert result.stderr == (f"eventcoder: error: codebook: cb/verbs/verbs.txt:{n}: unknown "
                             "event code '1999'\n")
    assert not out.exists() and not (tmp_path / "out.rejects.jsonl").exists()


# Reported, not fixed here (coding/codebook.py belongs to others): each should be a
# CodebookError naming the file, not a traceback.
@pytest.mark.parametrize("case", ["invalid UTF-8 in an entry file", "invalid UTF-8 in events.csv",
                                  "a directory named x.txt", "engine setting of the wrong type"])
def test_unreadable_codebook_files_are_codebook_errors(tmp_path, case):
    root = layer(tmp_path)
    if case == "invalid UTF-8 in an entry file":
        layer(tmp_path, **{"actors__actors.txt": b"Caf\xe9 => FRA\n"})
    elif case == "invalid UTF-8 in events.csv":
        (root / "events.csv").write_bytes(b"code,name,goldstein,quad_class\n190,\xff,1,4\n")
    elif case == "a directory named x.txt":
        (root / "actors" / "x.txt").mkdir()
    else:
        (root / "codebook.toml").write_text('[codebook]\nname = "m"\n[engine]\n'
                                            'max_tokens = "lots"\n')
    try:
        Coder([root], use_cache=False)
    except CodebookError as exc:
        assert exc.errors and all(":" in e for e in exc.errors)
    except Exception as exc:  # noqa: BLE001 - what the report is about
        pytest.xfail(f"reported: {case} raises {type(exc).__name__}, not CodebookError")
    else:
        if case != "engine setting of the wrong type":
            pytest.fail(f"{case}: loaded without an error")


def test_leftovers_of_dead_writers_are_removed_and_live_ones_kept(tmp_path):
    from coding.io import atomic_path

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale_file = tmp_path / f".out.parquet.tmp-{dead}-abc"
    stale_dir = tmp_path / f".out.parquet.tmp-{dead}-def"
    live = tmp_path / f".out.parquet.tmp-{os.getpid()}-ghi"   # a writer still running
    other = tmp_path / f".other.parquet.tmp-{dead}-jkl"       # another output's temp
    stale_file.write_bytes(b"PAR1 half")
    stale_dir.mkdir()
    (stale_dir / "part-0.parquet").write_bytes(b"PAR1")
    live.write_bytes(b"x")
    other.write_bytes(b"x")
    with atomic_path(tmp_path / "out.parquet") as tmp:
        tmp.write_bytes(b"complete")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [live.name, other.name, "out.parquet"])
    assert (tmp_path / "out.parquet").read_bytes() == b"complete"


def test_a_clause_splitter_that_stops_moving_rejects_the_sentence(monkeypatch):
    """A bug that leaves the clause splitter on one word (as a causative verb form that
    named troops once did) ends as that sentence's internal error, which the pipeline
    writes to the rejects file, and coding goes on; it must never hang the run. The
    alarm only keeps this test from hanging if that guard is ever lost."""
    coder = Coder()
    monkeypatch.setattr(Coder, "_made_to_act", lambda self, sent, i, lo: i)

    with hang_guard():
        stuck = coder.code_sentence("The attack forced Niger to close its border.")
        fine = coder.code_sentence("Pakistan condemned Iran.")
    assert stuck.status == "error"
    assert stuck.reason == ("internal error: RuntimeError: clause splitter made no "
                            "progress at token 2 ('forced')")
    assert [(e.source, e.target, e.code) for e in fine.events] == [("PAK", "IRN", "111")]
