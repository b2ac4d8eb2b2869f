"""Compile a validated codebook into flat lookup tables, and cache them.

The engine never touches codebook text at run time. Everything it needs is in
one `Compiled` object made of dicts, tuples and strings, which `marshal` writes
and reads in a few milliseconds (no pickle: marshal cannot build arbitrary
objects). The cache file is named after the codebook's content hash and carries
a SHA-256 of its payload, checked before use; a stale or tampered file is
rebuilt.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import codebooks
from coding import __version__
from coding.codebook import (
    NUMBER_TOKEN_RE,
    ROLE_SLOT_RE,
    SYNSET_NAME_RE,
    TOKEN_PART_RE,
    Codebook,
    load_codebook,
    number_words,
    resolve_codebook_paths,
)
from coding.inflect import STEM_MARK

#: A gap between two words of a name: up to `match.MAX_GAP` other words may stand there.
GAP = ".."

CACHE_FORMAT = 34
MAGIC = b"EVCB"

# Kinds of phrase-index entries.
ACTOR, AGENT, VERB, NOUN, DISCARD, GRAMMAR = "A", "G", "V", "N", "D", "R"

#: The grammar.txt class of words that, as one-word capitalised names, match only capitals.
CAPITALISED = "capitalised"
#: grammar.txt classes that describe words for the compiler (names that are common words,
#: values of number words) rather than classes of the text's words: not in the phrase index.
LEXICON_CLASSES = (CAPITALISED, "number")


def cache_dir() -> Path:
    """Where compiled codebooks live: $EVENTCODER_CACHE, else the user cache dir."""
    env = os.environ.get("EVENTCODER_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventcoder"


@dataclass
class Compiled:
    """Lookup tables of one codebook; plain data, cheap to ship to workers.

    Each table is an instance attribute (`book.blocks`), copied from `data` once: the
    coder reads them hundreds of thousands of times a run, and a plain attribute costs
    a fraction of a `__getattr__` call. Pickling ships `data` alone.
    """

    data: dict

    def __post_init__(self) -> None:
        self.__dict__.update(self.data)

    def __reduce__(self):
        return (Compiled, (self.data,))


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _tokens_orig(phrase))


def _with_stems(tokens: list[str]) -> list[str]:
    """Re-attach the stem mark the tokenizer split off: ``argentin *`` -> ``argentin*``."""
    out: list[str] = []
    for t in tokens:
        if t == STEM_MARK and out and out[-1] != STEM_MARK:
            out[-1] += STEM_MARK
        else:
            out.append(t)
    return out


def stems_of(phrases, synsets: dict, blocks: list) -> tuple[str, ...]:
    """Every stem (without its mark) used in the phrase index, synsets or patterns."""
    words = {t for toks in phrases for t in toks}
    words |= {t for members in synsets.values() for tuples in members.values()
              for toks in tuples for t in toks}
    words |= {w for _code, patterns, _by, _always in blocks for p in patterns
              for w in p[4]}
    return tuple(sorted(w[:-1] for w in words if len(w) > 1 and w.endswith(STEM_MARK)))


def compile_codebook(book: Codebook) -> Compiled:
    """Build the phrase index, actor/agent/word tables and pattern lists."""
    phrases: dict[tuple[str, ...], set] = {}
    case_sensitive: dict[tuple[str, ...], set] = {}
    capitalised = frozenset(_tokens(p) for p in book.grammar.get(CAPITALISED, ()))

    def add(phrase: str, entry: tuple) -> None:
        toks = _tokens(phrase)
        if not toks:
            return
        if toks in capitalised and phrase[:1].isupper() and entry[0] in (ACTOR, AGENT):
            # A name that is also a common word or phrase ("Chad", "the West", "US", "CAR",
            # "Foreign Office"): it matches only as written, so "west of the city", "a car"
            # and "the foreign office said" (any country's) name no such actor.
            case_sensitive.setdefault(tuple(_tokens_orig(phrase)), set()).add(entry)
        else:
            phrases.setdefault(toks, set()).add(entry)

    actors: list[tuple] = []
    actor_ids: dict[int, int] = {}
    for name, actor in book.actors.items():
        idx = actor_ids.get(id(actor))
        if idx is None:
            idx = actor_ids[id(actor)] = len(actors)
            dated = tuple((d.code, d.start.toordinal() if d.start else 0,
                           d.end.toordinal() if d.end else 10**7) for d in actor.dated)
            actors.append((actor.default, dated, actor.where.rule_id, actor.names[0]))
        original = next((n for n in actor.names if n.lower() == name), name)
        add(original, (ACTOR, idx))

    agents: list[tuple] = []
    agent_ids: dict[int, int] = {}
    for name, agent in book.agents.items():
        idx = agent_ids.get(id(agent))
        if idx is None:
            idx = agent_ids[id(agent)] = len(agents)
            agents.append((agent.code, agent.prefix, agent.where.rule_id, agent.names[0]))
        add(name, (AGENT, idx))

    words = []
    best: dict[tuple[str, str], tuple[tuple, int]] = {}  # (form, kind) -> (rank, word id)
    layer_pos = {name: n for n, name in enumerate(book.layers)}
    for i, w in enumerate(book.words):
        words.append((w.lemma, w.kind, w.code, w.block, w.where.rule_id))
        for n, form in enumerate(w.forms):
            # A later layer wins; within a layer, a form a word lists as its own lemma
            # beats the same form generated from another ("left" vs. "leave" -> "left").
            rank = (-layer_pos.get(w.where.layer, 0), 0 if n == 0 else 1)
            key = (form, w.kind)
            if key not in best or rank < best[key][0]:
                best[key] = (rank, i)
    for (form, kind), (_rank, i) in best.items():
        add(form, (VERB if kind == "verb" else NOUN, i))

    discards = []
    for i, d in enumerate(book.discards):
        discards.append((d.phrase, d.scope, d.where.rule_id))
        add(d.phrase, (DISCARD, i))

    for cls, entries in book.grammar.items():
        if cls in LEXICON_CLASSES:
            continue
        for phrase in entries:
            add(phrase, (GRAMMAR, cls))

    synsets: dict[str, dict[str, tuple]] = {}  # name -> first word -> member token tuples
    for name, forms in book.synsets.items():
        by_first: dict[str, set] = {}
        for f in forms:
            toks = _tokens(f)
            if toks:
                by_first.setdefault(toks[0], set()).add(toks)
        synsets[name] = {w: tuple(sorted(v)) for w, v in by_first.items()}
    frequent = frozenset(w for words in book.grammar.values() for w in words)
    blocks = [_compile_block(b.code, [_compile_pattern(p.tokens, p.code, p.where.rule_id)
                                      for p in b.patterns], synsets, frequent)
              for b in book.blocks]

    events = {c.code: (c.name, c.goldstein, c.quad_class, c.plover_type)
              for c in book.events.values()}
    return Compiled({
        "format": CACHE_FORMAT,
        "name": book.name,
        "version": book.version,
        "hash": book.content_hash,
        "paths": tuple(str(p) for p in book.paths),
        "trie": _trie(phrases),
        "stems": stems_of([*phrases, *case_sensitive], synsets, blocks),
        "gaps": any(GAP in toks for toks in [*phrases, *case_sensitive]),
        "trie_cs": _trie(case_sensitive),
        "actors": tuple(actors),
        "agents": tuple(agents),
        "words": tuple(words),
        "blocks": tuple(blocks),
        "synsets": synsets,
        "synset_firsts": synset_firsts(synsets),
        "numbers": number_words(book.grammar),
        "number_keys": number_keys_of(blocks),
        "discards": tuple(discards),
        "events": events,
        "intent": {c.code: c.intent_code for c in book.events.values() if c.intent_code},
        "families": book.families,
        "grammar": {k: tuple(v) for k, v in book.grammar.items()},
        "engine": dict(book.engine),
    })


def _tokens_orig(phrase: str) -> list[str]:
    from coding.tokens import tokenize

    if f" {GAP} " in phrase:  # "Prince .. Dol Amroth": the gap is a token of its own
        parts = [_tokens_orig(part) for part in phrase.split(f" {GAP} ")]
        return [t for k, part in enumerate(parts) for t in ([GAP] if k else []) + part]
    words = tokenize(phrase)[0]
    return _with_stems(words) if STEM_MARK in phrase else words


#: Which entry kind labels a phrase when it has several (an actor beats an agent, ...).
LABEL_ORDER = (ACTOR, AGENT, VERB, NOUN, DISCARD)


def digest(entries: tuple) -> tuple:
    """What the coder needs of a phrase, worked out once at compile time.

    (label kind or None, its entry id, grammar classes, discard id or -1, all entries)
    """
    kinds = {k: v for k, v in reversed(entries)}
    label = next((k for k in LABEL_ORDER if k in kinds), None)
    grammar = tuple(v for k, v in entries if k == GRAMMAR)
    return (label, kinds.get(label, -1) if label else -1, grammar,
            kinds.get(DISCARD, -1), entries)


def _trie(phrases: dict[tuple[str, ...], set]) -> dict:
    """Nested dicts `{token: (entries, children)}`; entries sorted for stable output."""
    root: dict = {}
    for toks, entries in phrases.items():
        level = root
        for k, tok in enumerate(toks):
            node = level.get(tok)
            if node is None:
                node = level[tok] = [(), {}]
            if k == len(toks) - 1:
                node[0] = digest(tuple(sorted(entries, key=str)))
            level = node[1]

    def freeze(level: dict) -> dict:
        return {tok: (entries, freeze(children)) for tok, (entries, children) in level.items()}

    return freeze(root)


def number_keys_of(blocks: list) -> tuple[tuple[str, float], ...]:
    """(token, least value) of every number token of the patterns (`@N>=100`, 100).

    A sentence's numbers are looked up under the tokens whose least value they reach
    (`verbs.number_keys`), so a number token is a pattern word like any other: it is
    found, and it keys the pattern index, as a literal word is.
    """
    tokens = {w for _code, patterns, _by, _always in blocks for p in patterns for w in p[4]
              if NUMBER_TOKEN_RE.match(w)}
    return tuple(sorted((t, float(NUMBER_TOKEN_RE.match(t).group(1) or 0)) for t in tokens))


def synset_firsts(synsets: dict[str, dict[str, tuple]]) -> dict[str, tuple[str, ...]]:
    """word -> names of the synsets with a member that starts with it.

    A clause can hold a member of a synset only if it holds the member's first
    word, so these names, looked up for the clause's words, tell which synsets a
    pattern may find there (see `verbs.Lookup.keys`).
    """
    out: dict[str, list[str]] = {}
    for name in sorted(synsets):
        for word in synsets[name]:
            out.setdefault(word, []).append(name)
    return {w: tuple(names) for w, names in out.items()}


def _compile_pattern(tokens: tuple[str, ...], code: str, rule_id: str) -> tuple:
    """A pattern as (upper elements reversed, lower elements, code, rule, required words,
    needed keys).

    Elements: ("w", words) literal words (adjacent when joined by `_`), ("a", words)
    the same tied by a `_` to the verb side (`in_ *`, `* _out`: nothing between),
    ("&", name) synset, or a slot "$", "+", "%", "^" (value None, or the one role it
    takes: "+GOV" is ("+", "GOV")). The needed keys are the required
    words and the names of the pattern's synsets: a clause that lacks one of them
    (see `verbs.Lookup.keys`) cannot match the pattern, which is then never tried.
    """
    star = tokens.index("*")

    def elems(part, upper: bool) -> tuple:
        out = []
        for t in part:
            if t in ("$", "+", "%", "^"):
                out.append((t, None))
            elif ROLE_SLOT_RE.match(t):
                out.append((t[0], t[1:]))
            elif SYNSET_NAME_RE.match(t):
                out.append(("&", t))
            elif "&" in t:  # "new_&TIETYPES_relations": words and synsets, adjacent
                out.append(("s", tuple(TOKEN_PART_RE.findall(t))))
            else:
                tied = t.endswith("_") if upper else t.startswith("_")
                out.append(("a" if tied else "w", tuple(w for w in t.split("_") if w)))
        return tuple(out)

    upper = elems(tokens[:star], True)[::-1]
    lower = elems(tokens[star + 1:], False)
    required = tuple(sorted({w for kind, v in upper + lower if kind in ("w", "a", "s")
                             for w in v if not w.startswith("&")}))
    names = {v for kind, v in upper + lower if kind == "&"} | {
        w for kind, v in upper + lower if kind == "s" for w in v if w.startswith("&")}
    return (upper, lower, code, rule_id, required, required + tuple(sorted(names)))


def _compile_block(code: str, patterns: list[tuple], synsets: dict,
                   frequent: frozenset[str] = frozenset()) -> tuple:
    """(code, patterns most specific first, key -> pattern numbers, always-tried numbers).

    Every literal word of a pattern, and a member of each of its synsets, must occur
    in the clause, so indexing each pattern under one of its needed keys is enough to
    find every candidate: a verb with hundreds of patterns tries only the few whose
    key is present. Only patterns of slots alone are always tried.

    `frequent` (the words of grammar.txt) are poor keys: they occur in most clauses.

    A pattern of synsets alone is keyed on a synset of the words after the verb, if
    it has one: `verbs.match_passive` looks for those words (and only for them) before
    a passive verb, so such a key is needed there too.
    """
    patterns = sorted(patterns, key=_specificity)
    by_key: dict[str, list[int]] = {}
    always: list[int] = []
    for n, (_u, lower, _c, _r, required, needs) in enumerate(patterns):
        if required:
            # Key on the word least likely to occur anywhere: a long content word.
            key = max(required, key=lambda w: (w not in frequent, len(w)))
        elif needs:  # synsets only: the one with the fewest first words
            after = [v for kind, v in lower if kind == "&"]
            key = min(after or needs, key=lambda name: (len(synsets.get(name, ())), name))
        else:
            always.append(n)
            continue
        by_key.setdefault(key, []).append(n)
    return (code, tuple(patterns), {w: tuple(v) for w, v in by_key.items()}, tuple(always))


def _specificity(pattern: tuple) -> tuple:
    """Most specific first: more literal words, synsets and role slots, then more
    elements. A slot of one role ("+GOV") says as much as a word does."""
    upper, lower, _code, rule_id, required, _needs = pattern
    literals = sum(1 for kind, v in upper + lower if kind in ("w", "a", "&", "s") or v)
    where, _, line = rule_id.rpartition(":")
    # ties: earlier lines first (as numbers: line 85 before line 210)
    return (-len(required) - literals, -len(upper) - len(lower), where, int(line))


def _cache_path(key: str) -> Path:
    return cache_dir() / f"codebook-{key[:32]}.bin"


def _cache_key(book_hash: str, paths: tuple[str, ...]) -> str:
    """The cache file of a codebook; its directories are part of the key because the
    tables record them (two checkouts of one codebook must not replace each other's)."""
    key = f"{book_hash}:{CACHE_FORMAT}:{__version__}:{chr(0).join(paths)}"
    return hashlib.sha256(key.encode()).hexdigest()


def _source_fingerprint(paths: list[Path]) -> str:
    """Fingerprint of the codebook's bytes, to find its cache without parsing anything.

    Hashing the files' content (a few MB, tens of milliseconds) rather than their
    sizes and times means a cache can never outlive an edit, even one that keeps
    the size and the modification time (restored backups, fixed-epoch builds).
    """
    h = hashlib.sha256(f"{CACHE_FORMAT}:{__version__}".encode())
    # The default events.csv and grammar.txt are inherited by codebooks without their own.
    files = [codebooks.DEFAULT / "events.csv", codebooks.DEFAULT / "grammar.txt"]
    for root in paths:
        files += sorted(p for p in root.rglob("*")
                        if p.suffix in (".txt", ".csv", ".toml") and p.is_file())
    for p in files:
        h.update(f"{p}\0".encode())
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(b"<unreadable>")
    return h.hexdigest()


def read_cache(path: Path, expect_format: int = CACHE_FORMAT) -> dict | None:
    """The cached tables, or None when missing, stale or tampered with."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if len(raw) < 36 or raw[:4] != MAGIC:
        return None
    digest, payload = raw[4:36], raw[36:]
    if hashlib.sha256(payload).digest() != digest:
        return None
    try:
        with gc_paused():
            data = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("format") != expect_format:
        return None
    return data


@contextmanager
def gc_paused(freeze: bool = True):
    """No garbage collection while building a large tree of long-lived objects.

    Unmarshalling a codebook creates a million tuples, dicts and strings, none of
    them garbage; without the pause the collector would run hundreds of times over
    the growing heap, which made loading about five times slower (compiling and
    building the gazetteer, two to three times). With `freeze` the objects are then
    moved out of the collector's generations, so that later collections do not scan
    them again; they are still freed by reference counting when they are dropped.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def write_cache(path: Path, data: dict) -> None:
    """Write atomically (temp file + rename) so a reader never sees half a file."""
    payload = marshal.dumps(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".bin")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_compiled(paths=None, *, use_cache: bool = True) -> Compiled:
    """The compiled codebook for `paths`, from the cache when it is valid.

    The cache is found through a fingerprint of file names, sizes and mtimes;
    its content is then verified against its own hash. Any change to the
    codebook files gives a new fingerprint, so a stale cache is never used.
    """
    dirs = resolve_codebook_paths(paths)
    pointer = None
    if use_cache:
        pointer = cache_dir() / f"index-{_source_fingerprint(dirs)[:32]}.txt"
        try:
            key = pointer.read_text().strip()
            data = read_cache(_cache_path(key))
            if data is not None and data.get("paths") == tuple(str(p) for p in dirs):
                return Compiled(data)
        except OSError:
            pass
    with gc_paused(freeze=False):  # parsing leaves garbage for the collector
        compiled = compile_codebook(load_codebook(dirs))
    if use_cache and pointer is not None:
        key = _cache_key(compiled.hash, compiled.paths)
        try:
            write_cache(_cache_path(key), compiled.data)
            pointer.write_text(key)
        except OSError:
            pass  # a read-only cache dir only costs start-up time
    return compiled
