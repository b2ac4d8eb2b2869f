"""Find codebook phrases in a token sequence: the coder's hot path.

Every multi-word entry of the codebook (actors, agents, verb forms, nouns,
discards, grammar words) sits in one index keyed by its first token; a
left-to-right walk takes the longest entry starting at each position. The
result is a list of spans `(start, end, entries)` where `entries` is a tuple of
`(kind, id)` pairs: one phrase can be, say, both a verb and a noun.
"""

from __future__ import annotations

from coding.compiled import Compiled


def find_phrases(book: Compiled, words: list[str], lower: list[str]) -> list[tuple]:
    """Longest-match spans over `lower` (case-sensitive entries over `words`)."""
    index, index_cs = book.index, book.index_cs
    n = len(lower)
    spans = []
    i = 0
    while i < n:
        best_len, best = 0, None
        for table, toks in ((index_cs, words), (index, lower)):
            cands = table.get(toks[i])
            if not cands:
                continue
            for rest, entries in cands:
                k = len(rest)
                if k + 1 < best_len or i + 1 + k > n:
                    continue
                if k and tuple(toks[i + 1:i + 1 + k]) != rest:
                    continue
                if k + 1 > best_len:
                    best_len, best = k + 1, entries
                elif k + 1 == best_len:
                    best = tuple(dict.fromkeys(best + entries))
                break
        if best is None:
            i += 1
            continue
        spans.append((i, i + best_len, best))
        i += best_len
    return spans
