"""Security: no code execution from data, verified caches, no writes outside the target.

- The package never evaluates text, unpickles, or runs a shell (checked on its source).
- Compiled codebooks are read with marshal (plain data only) and only after their
  SHA-256 matches; they live in a directory the user controls.
- Input data (document ids, kept fields) never becomes a file name; outputs replace a
  symlink rather than write through it; `publish` and `export` write only inside
  their target.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import marshal
import re
from pathlib import Path

import pytest

import coding.compiled as compiled_mod
from coding.compiled import MAGIC, cache_dir, load_compiled, read_cache

from .conftest import RUS_GBR, events_of, write_jsonl
from .helpers import MINI, ROOT, source_without_strings

PACKAGE_DIRS = [ROOT / "coding", ROOT / "schemas"]
SOURCES = sorted(p for d in PACKAGE_DIRS for p in d.rglob("*.py"))

#: Document ids and field values that would escape a directory if used as paths.
HOSTILE = ["../../etc/passwd", "/etc/passwd", "..", ".", "a/../../b", "..\\..\\win.ini",
           "~/.bashrc", "$(touch pwned)", "`touch pwned`", "x; rm -rf ~", "|cat", "\\\\host\\share"]


# ---------------------------------------------------------------- the package's source


_code = functools.cache(source_without_strings)


FORBIDDEN = {
    "eval(": re.compile(r"(?<![\w.])eval\("),
    "exec(": re.compile(r"(?<![\w.])exec\("),
    "compile(": re.compile(r"(?<![\w.])compile\("),
    "__import__(": re.compile(r"__import__\("),
    "pickle": re.compile(r"\b(c?pickle|dill|cloudpickle|shelve|joblib)\b"),
    "yaml.load(": re.compile(r"yaml\.(unsafe_)?load\((?![^)]*SafeLoader)"),
    "shell=True": re.compile(r"shell\s*=\s*True"),
    "os.system": re.compile(r"\bos\.(system|popen|exec\w*|spawn\w*)\("),
    "subprocess": re.compile(r"\bsubprocess\b"),
    "extractall": re.compile(r"\.extractall\("),
    "marshal.load(": re.compile(r"\bmarshal\.load\("),
}


def test_sources_are_found():
    assert len(SOURCES) > 15 and ROOT / "coding" / "compiled.py" in SOURCES


@pytest.mark.parametrize("what", sorted(FORBIDDEN))
def test_no_code_execution_from_data(what):
    hits = [f"{p.relative_to(ROOT)}" for p in SOURCES if FORBIDDEN[what].search(_code(p))]
    assert hits == [], f"{what} in {hits}"


def test_marshal_loads_only_in_read_cache_after_the_digest():
    """marshal.loads appears once: in read_cache, after the SHA-256 comparison."""
    calls = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            for node in ast.walk(fn):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in ("loads", "load")
                        and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "marshal"):
                    calls.append((path.name, fn.name, node.lineno, fn))
    assert [(f, n) for f, n, _l, _fn in calls] == [("compiled.py", "read_cache")]
    _f, _n, line, fn = calls[0]
    digest_checks = [n.lineno for n in ast.walk(fn) if isinstance(n, ast.Compare)
                     and "sha256" in ast.unparse(n)]
    assert digest_checks and min(digest_checks) < line


def test_optional_commands_are_imported_from_a_fixed_list():
    """The CLI imports its optional command modules by name, from a literal table."""
    tree = ast.parse((ROOT / "coding" / "cli.py").read_text(encoding="utf-8"))
    table = [n.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
             and [ast.unparse(t) for t in n.targets] == ["LAZY_COMMANDS"]]
    assert len(table) == 1 and isinstance(table[0], ast.Dict)
    assert all(isinstance(e, ast.Constant) and isinstance(e.value, str)
               for e in (*table[0].keys, *table[0].values))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
             and ast.unparse(n.func).endswith("import_module")]
    assert calls and all(ast.unparse(c.args[0]) == "LAZY_COMMANDS[name]" for c in calls)


# ---------------------------------------------------------------- compiled cache


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _plain(value) -> bool:
    """Only data marshal can hold without code: no code objects."""
    if isinstance(value, dict):
        return all(_plain(k) and _plain(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, str | bytes | int | float | bool)


def test_cache_file_carries_a_sha256_of_its_content(cache):
    compiled = load_compiled([MINI])
    (blob,) = cache.glob("codebook-*.bin")
    raw = blob.read_bytes()
    assert raw[:4] == MAGIC
    assert raw[4:36] == hashlib.sha256(raw[36:]).digest()
    assert marshal.loads(raw[36:]) == compiled.data
    assert _plain(compiled.data)


def test_tampered_cache_is_never_deserialised(cache, monkeypatch):
    load_compiled([MINI])
    (blob,) = cache.glob("codebook-*.bin")
    raw = bytearray(blob.read_bytes())
    raw[-1] ^= 0x01
    blob.write_bytes(bytes(raw))
    opened = []
    real = marshal.loads
    monkeypatch.setattr(compiled_mod.marshal, "loads",
                        lambda data: opened.append(1) or real(data))
    assert read_cache(blob) is None
    assert opened == []
    assert load_compiled([MINI]).data == load_compiled([MINI], use_cache=False).data


def test_default_cache_location_is_the_users_own(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTCODER_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_dir() == tmp_path / ".cache" / "eventcoder"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "eventcoder"


# ---------------------------------------------------------------- inputs never become paths


def tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


@pytest.fixture
def hostile_jsonl(tmp_path) -> Path:
    docs = [{"id": h, "date": "2024-01-17", "text": RUS_GBR, "source": h, "url": h}
            for h in HOSTILE]
    (tmp_path / "in").mkdir()
    return write_jsonl(tmp_path / "in" / "hostile.jsonl", docs)


@pytest.mark.parametrize("partition", [None, "year"])
def test_hostile_document_ids_never_become_file_names(tmp_path, hostile_jsonl, code_cli,
                                                      partition):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / ("events" if partition else "events.parquet")
    extra = ["--keep", "source", "--keep", "url"] + (["--partition-by", partition]
                                                     if partition else [])
    before = tree(tmp_path)
    result = code_cli(hostile_jsonl, out, *extra)
    assert result.exit_code == 0, result.output
    assert sorted(e[0] for e in events_of(out)) == sorted(HOSTILE)
    added = tree(tmp_path) - before
    names = {"events.parquet"} if not partition else {
        "events", "events/_common_metadata", "events/year=2024",
        "events/year=2024/part-0.parquet"}
    assert added == {f"out/{n}" for n in names}
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_output_symlink_is_replaced_not_written_through(tmp_path, code_cli):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": RUS_GBR},
                                              {"id": "a", "text": RUS_GBR}])
    out = tmp_path / "out.parquet"
    out.symlink_to(victim)
    rejects = tmp_path / "out.rejects.jsonl"
    rejects.symlink_to(victim)
    assert code_cli(src, out, "--date", "2024-01-01").exit_code == 3
    assert victim.read_text() == "precious"
    assert not out.is_symlink() and events_of(out)
    assert not rejects.is_symlink() and "duplicate id" in rejects.read_text()


def test_dataset_symlink_to_a_directory_leaves_that_directory_alone(tmp_path, code_cli):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "thesis.tex").write_text("precious")
    out = tmp_path / "events"
    out.symlink_to(victim, target_is_directory=True)
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "date": "2024-01-17", "text": RUS_GBR}])
    assert code_cli(src, out, "--partition-by", "year").exit_code == 0
    assert tree(victim) == {"thesis.tex"} and (victim / "thesis.tex").read_text() == "precious"
    assert out.is_dir() and not out.is_symlink()


def test_text_is_never_run_by_a_shell(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for text in ("$(touch pwned) condemned Britain.", "`touch pwned`; Russia condemned Britain.",
                 "Russia condemned Britain. | touch pwned"):
        assert run_cli("explain", text, "--codebook", MINI).exit_code == 0
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- publish and export


@pytest.fixture
def hostile_events(tmp_path, hostile_jsonl, code_cli) -> Path:
    out = tmp_path / "coded" / "events.parquet"
    out.parent.mkdir()
    assert code_cli(hostile_jsonl, out, "--keep", "source", "--keep", "url",
                    "--reproducible").exit_code == 0
    return out


@pytest.mark.parametrize("name", ["../evil", "..", ".", "a/b", "/tmp/evil", "evil/../../x",
                                  "..evil", "evil..", "a\x00b", "-rf", "", "~"])
def test_publish_refuses_names_that_are_paths(tmp_path, run_cli, name):
    """Refused before the events are even read."""
    pytest.importorskip("coding.publish")
    work = tmp_path / "work"
    work.mkdir()
    events = tmp_path / "events.parquet"
    events.write_bytes(b"PAR1 not read")
    before = tree(tmp_path)
    result = run_cli("publish", events, "-o", work / "release", "--name", name,
                     "--version", "1.0.0", "-q", "--codebook", MINI)
    assert result.exit_code != 0
    assert "--name" in result.output
    assert tree(tmp_path) == before


def test_publish_writes_only_inside_the_release(tmp_path, hostile_events, run_cli):
    pytest.importorskip("coding.publish")
    work = tmp_path / "work"
    work.mkdir()
    before = tree(tmp_path)
    release = work / "release"
    result = run_cli("publish", hostile_events, "-o", release, "--name", "hostile-ids",
                     "--version", "1.0.0", "-q", "--reproducible", "--codebook", MINI)
    assert result.exit_code == 0, result.output
    added = tree(tmp_path) - before
    assert added and all(a == "work/release" or a.startswith("work/release/") for a in added)
    for p in release.rglob("*"):
        assert p.resolve().is_relative_to(release.resolve())
        assert not any(h in p.name for h in ("passwd", "win.ini", "bashrc", "pwned", "share"))


@pytest.mark.parametrize(("style", "name"), [("plover", "out.jsonl"), ("acled", "out.csv"),
                                             ("gdelt", "out.tsv")])
def test_export_writes_only_its_output_file(tmp_path, hostile_events, run_cli, style, name):
    pytest.importorskip("coding.export")
    work = tmp_path / "work"
    work.mkdir()
    before = tree(tmp_path)
    result = run_cli("export", hostile_events, "--style", style, "-o", work / name, "-q")
    assert result.exit_code in (0, 3), result.output
    assert tree(tmp_path) - before == {f"work/{name}"}
    assert before <= tree(tmp_path)
