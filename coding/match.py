"""Find codebook phrases in a token sequence: the coder's hot path.

Every multi-word entry of the codebook (actors, agents, verb forms, nouns,
discards, grammar words) sits in one token trie, compiled once as nested
dicts: `{token: (entries, children)}`. A left-to-right walk takes the longest
entry starting at each position, so the cost is one dict look-up per token
plus one per extra word of a match. The result is a list of spans
`(start, end, entries)` where `entries` is a tuple of `(kind, id)` pairs: one
phrase can be, say, both a verb and a noun.
"""

from __future__ import annotations

from coding.compiled import GAP, Compiled, digest

#: Most words a gap in a name (`..`) may stand for.
MAX_GAP = 4


def stem_keys(stems: frozenset[str], lower: list[str],
              cache: dict[str, tuple[str, ...]] | None = None) -> list[tuple[str, ...]]:
    """For each token, the stem entries (``restor*``) it matches, longest first.

    Only codebooks with stems (imported TABARI dictionaries) pay for this; with a
    `cache` (a coder's, per codebook) each distinct word is looked up once.
    """
    if cache is None:
        return [_stem_keys(stems, t) for t in lower]
    out = []
    for t in lower:
        keys = cache.get(t)
        if keys is None:
            if len(cache) >= STEM_CACHE_SIZE:
                cache.clear()  # bounded memory on an endless vocabulary
            keys = cache[t] = _stem_keys(stems, t)
        out.append(keys)
    return out


STEM_CACHE_SIZE = 100_000


def _stem_keys(stems: frozenset[str], t: str) -> tuple[str, ...]:
    return tuple(f"{t[:k]}*" for k in range(len(t), 0, -1) if t[:k] in stems)


def find_phrases(book: Compiled, words: list[str], lower: list[str],
                 stems: list[tuple[str, ...]] | None = None) -> list[tuple]:
    """Longest-match spans over `lower` (capitals-only entries over `words`).

    `stems` (from `stem_keys`) lets a token that has no entry of its own
    continue through a stem entry that it begins with. Without stems (the default
    codebook) `_find_plain` does the walk.
    """
    trie, trie_cs = book.trie, book.trie_cs
    n = len(lower)
    if stems is None:
        return _find_plain(trie, trie_cs, words, lower, n)

    def longest(i: int) -> tuple[int, tuple]:
        end, found = _walk_stems(trie, lower, stems, i, n)
        if words[i] in trie_cs and words[i][:1].isupper():  # the look-up first: cheaper
            end_cs, entries_cs = _walk(trie_cs, words, i, n)
            if end_cs and end_cs >= end:  # capitals-only entries win ties
                end, found = end_cs, entries_cs
        return end, found

    spans = []
    i = 0
    while i < n:
        best_end, best = longest(i)
        if best_end > i + 1 and best[0] is None and best[3] < 0 and i + 1 < n:
            # A grammar phrase ("the group") gives way to a name that starts inside
            # it and reaches further ("the Group of 77").
            later_end, later = longest(i + 1)
            if later_end > best_end and later[0] is not None:
                first = trie.get(lower[i])
                if first is not None and first[0]:
                    spans.append((i, i + 1, first[0]))
                i += 1
                continue
        if best_end:
            spans.append((i, best_end, best))
            i = best_end
        else:
            i += 1
    return spans


def _find_plain(trie: dict, trie_cs: dict, words: list[str], lower: list[str],
                n: int) -> list[tuple]:
    """`find_phrases` without stems (the default codebook), the walk written out.

    Most tokens start no entry at all: one dict look-up in the trie (all made at once,
    by `map` in C) and one in the capitals-only trie settle them before any call is
    made. Most of the others start a one-word entry only (grammar words:
    "the", "said"): the next word is not among their node's children, so they are
    settled here too. `_longest_plain` is called only where a longer entry may start.
    """
    spans = []
    append = spans.append
    get_cs = trie_cs.get
    nodes = list(map(trie.get, lower))  # every token's node, looked up in C
    last = n - 1
    i = 0
    while i < n:
        node = nodes[i]
        if node is None:
            if get_cs(words[i]) is None:
                i += 1
                continue
        elif (i == last or lower[i + 1] not in node[1]) and words[i] not in trie_cs:
            if node[0]:  # a one-word entry: what `_longest_plain` would find
                append((i, i + 1, node[0]))
            i += 1
            continue
        best_end, best = _longest_plain(node, trie_cs, words, lower, i, n)
        if best_end > i + 1 and best[0] is None and best[3] < 0 and i + 1 < n:
            # A grammar phrase ("the group") gives way to a name that starts inside
            # it and reaches further ("the Group of 77").
            later_end, later = _longest_plain(nodes[i + 1], trie_cs, words, lower, i + 1, n)
            if later_end > best_end and later[0] is not None:
                if node is not None and node[0]:
                    append((i, i + 1, node[0]))
                i += 1
                continue
        if best_end:
            append((i, best_end, best))
            i = best_end
        else:
            i += 1
    return spans


def _longest_plain(node: tuple | None, trie_cs: dict, words: list[str], lower: list[str],
                   i: int, n: int) -> tuple[int, tuple]:
    """The longest entry starting at `i` (`node`: the trie's node of its word, if any);
    a capitals-only entry wins a tie."""
    end, found = _walk_from(node, lower, i, n)
    if words[i] in trie_cs and words[i][:1].isupper():
        end_cs, entries_cs = _walk(trie_cs, words, i, n)
        if end_cs and end_cs >= end:  # capitals-only entries win ties
            end, found = end_cs, entries_cs
    return end, found


def _walk_stems(trie: dict, toks: list[str], stems: list[tuple[str, ...]], i: int,
                n: int) -> tuple[int, tuple]:
    """`_walk` where a token may also match through one of its stem entries.

    The exact word is tried first, then its stems, longest first, then a gap
    (`..`) of a name; the longest entry over all these paths wins ("called for"
    finds `call*` when the exact "called" only leads to "called on").
    """
    best_end, best = 0, ()
    if i >= n:
        return best_end, best
    keys = (toks[i], *stems[i])
    for key in keys:
        node = trie.get(key)
        if node is None:
            continue
        entries, children = node
        end, found = _walk_stems(children, toks, stems, i + 1, n) if children else (0, ())
        if not end and entries:
            end, found = i + 1, entries
        if end > best_end:
            best_end, best = end, found
        elif end and end == best_end and found is not best and None in (best[0], found[0]):
            # "should" is a grammar word and the stem `should*` a verb: keep both.
            best = digest(tuple(sorted(set(best[4]) | set(found[4]), key=str)))
    gap = trie.get(GAP)  # adjacent words first: they win ties
    if gap is not None:  # "Prince .. Dol Amroth": up to MAX_GAP words may stand here
        for k in range(i, min(n, i + MAX_GAP + 1)):
            end, found = _walk_stems(gap[1], toks, stems, k, n)
            if end > best_end:
                best_end, best = end, found
    return best_end, best


def _walk(trie: dict, toks: list[str], i: int, n: int) -> tuple[int, tuple]:
    return _walk_from(trie.get(toks[i]), toks, i, n)


def _walk_from(node: tuple | None, toks: list[str], i: int, n: int) -> tuple[int, tuple]:
    """The longest entry from `node`, the trie node of `toks[i]` (None: no entry)."""
    best_end, best = 0, ()
    j = i
    while node is not None:
        entries, children = node
        j += 1
        if entries:
            best_end, best = j, entries
        if j >= n or not children:
            break
        node = children.get(toks[j])
    return best_end, best
