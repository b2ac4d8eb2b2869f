"""Large regular expressions compiled once per machine, not once per process.

Python compiles a pattern by parsing it and generating the program its regular
expression engine runs, all in Python: for the fatality patterns (60,000
characters) about 0.2 s, a quarter of the start-up of `eventcoder code` and paid
again by every spawned worker. The program is plain data (a list of integers
and the group names), so it is kept in the cache directory, like the compiled
codebook, and the engine is handed it directly (`_sre.compile`, what `re.compile`
itself ends with). The cache is keyed by the exact Python build and the
engine's version as well as the patterns, and verified by its hash when read; a
missing, stale or unusable entry, or a Python without this internal function,
only means compiling as `re.compile` does. The result is the same pattern:
`cached == re.compile(source, flags)`.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sys

FORMAT = 1


def compile_all(specs: tuple[tuple[str, int], ...]) -> tuple[re.Pattern, ...]:
    """`tuple(re.compile(source, flags) for source, flags in specs)`, from the cache when
    it holds them."""
    from coding.compiled import cache_dir, read_cache, write_cache

    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:  # pragma: no cover - another Python implementation
        return tuple(re.compile(s, f) for s, f in specs)
    specs = tuple((source, int(flags)) for source, flags in specs)
    key = hashlib.sha256(repr((sys.version, _sre.MAGIC, _sre.CODESIZE, specs)).encode())
    path = cache_dir() / f"regex-{key.hexdigest()[:24]}.bin"
    data = read_cache(path, expect_format=FORMAT)
    if data is not None:
        with contextlib.suppress(Exception):  # a program the engine refuses: compile
            return _patterns(_sre, specs, data["programs"])
    try:
        programs = [_program(_parser, _compiler, s, f) for s, f in specs]
        patterns = _patterns(_sre, specs, programs)
    except Exception:  # pragma: no cover - internals of another Python version
        return tuple(re.compile(s, f) for s, f in specs)
    with contextlib.suppress(OSError, ValueError):  # no cache: compiled next time too
        write_cache(path, {"format": FORMAT, "programs": programs})
    return patterns


def _patterns(sre, specs: tuple[tuple[str, int], ...], programs: list) -> tuple[re.Pattern, ...]:
    return tuple(sre.compile(source, *program)
                 for (source, _flags), program in zip(specs, programs, strict=True))


def _program(parser, compiler, source: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands `_sre.compile` after the pattern itself."""
    parsed = parser.parse(source, flags)
    code = [int(c) for c in compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))
