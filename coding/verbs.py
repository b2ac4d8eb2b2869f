"""Match a verb's patterns against the words around it.

A pattern is data compiled in `compiled.py`: the elements before the verb
(reversed, matched leftwards) and after it (matched rightwards). Literal words
and synsets may be separated by other tokens of the clause; slots bind the next
actor phrase. The first pattern that matches, most specific first, gives the
code and may bind the source (`$`), target (`+`) or both (`%`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from coding.actors import Phrase
from coding.compiled import Compiled


@dataclass
class PatternHit:
    code: str
    rule_id: str
    source: Phrase | None
    target: Phrase | None
    compound: Phrase | None
    words: tuple[str, ...]


def _find_words(lower: list[str], where: dict[str, list[int]], words: tuple[str, ...],
                lo: int, hi: int, forward: bool) -> int:
    """Start of `words` within [lo, hi), nearest to the verb; -1 if absent.

    `where` maps each word of the sentence to its sorted positions, so a look-up
    is a bisection rather than a scan of the clause.
    """
    spots = where.get(words[0])
    if not spots:
        return -1
    k = len(words)
    if forward:
        i = bisect_left(spots, lo)
        while i < len(spots) and spots[i] + k <= hi:
            at = spots[i]
            if k == 1 or tuple(lower[at:at + k]) == words:
                return at
            i += 1
    else:
        i = bisect_right(spots, hi - k) - 1
        while i >= 0 and spots[i] >= lo:
            at = spots[i]
            if k == 1 or tuple(lower[at:at + k]) == words:
                return at
            i -= 1
    return -1


def _match_side(elems, lower, where, phrases, synsets, lo: int, hi: int, forward: bool,
                binds: dict) -> bool:
    """Match elements going away from the verb; `lo`/`hi` bound the clause."""
    pos = lo if forward else hi
    for kind, value in elems:
        if kind == "w" or kind == "&":
            if kind == "w":
                options = (value,)
            else:
                firsts = synsets.get(value, {})
                options = [m for w in firsts.keys() & where.keys() for m in firsts[w]]
            best = -1
            best_len = 0
            for words in options:
                at = (_find_words(lower, where, words, pos, hi, True) if forward
                      else _find_words(lower, where, words, lo, pos, False))
                if at >= 0 and (best < 0 or (at < best if forward else at > best)):
                    best, best_len = at, len(words)
            if best < 0:
                return False
            pos = best + best_len if forward else best
        else:
            if forward:
                cand = next((p for p in phrases if p.start >= pos and p.end <= hi), None)
            else:
                cand = next((p for p in reversed(phrases) if p.end <= pos and p.start >= lo),
                            None)
            if cand is None:
                return False
            if kind != "^":
                binds[kind] = cand
            pos = cand.end if forward else cand.start
    return True


def word_positions(lower: list[str]) -> dict[str, list[int]]:
    """Each word of a sentence with its positions, for pattern look-ups."""
    where: dict[str, list[int]] = {}
    for i, w in enumerate(lower):
        where.setdefault(w, []).append(i)
    return where


def match_patterns(book: Compiled, block: int, lower: list[str], where: dict[str, list[int]],
                   clause_words: set[str], phrases: list[Phrase], verb_start: int,
                   verb_end: int, lo: int, hi: int) -> PatternHit | None:
    """The first pattern of `block` that fits this verb occurrence, or None."""
    synsets = book.synsets
    _code, patterns, by_word, always = book.blocks[block]
    if by_word:
        numbers = [n for w in clause_words.intersection(by_word) for n in by_word[w]]
        numbers.extend(always)
        numbers.sort()
    else:
        numbers = always
    for n in numbers:
        upper, lower_elems, code, rule_id, required = patterns[n]
        if len(required) > 1 and not clause_words.issuperset(required):
            continue
        binds: dict = {}
        if lower_elems and not _match_side(lower_elems, lower, where, phrases, synsets, verb_end,
                                           hi, True, binds):
            continue
        if upper and not _match_side(upper, lower, where, phrases, synsets, lo, verb_start,
                                     False, binds):
            continue
        return PatternHit(code, rule_id, binds.get("$"), binds.get("+"), binds.get("%"),
                          required)
    return None
