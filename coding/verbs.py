"""Match a verb's patterns against the words around it.

A pattern is data compiled in `compiled.py`: the elements before the verb
(reversed, matched leftwards) and after it (matched rightwards). Literal words
and synsets may be separated by other tokens of the clause; slots bind the next
actor phrase. The first pattern that matches, most specific first, gives the
code and may bind the source (`$`), target (`+`) or both (`%`).
"""

from __future__ import annotations

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


def _find_words(lower: list[str], words: tuple[str, ...], lo: int, hi: int,
                forward: bool) -> int:
    """Start index of `words` within [lo, hi), searching from the verb outwards."""
    k = len(words)
    rng = range(lo, hi - k + 1) if forward else range(hi - k, lo - 1, -1)
    for i in rng:
        if lower[i] == words[0] and (k == 1 or tuple(lower[i:i + k]) == words):
            return i
    return -1


def _match_side(elems, lower, phrases, synsets, lo: int, hi: int, forward: bool,
                binds: dict) -> bool:
    """Match elements going away from the verb; `lo`/`hi` bound the clause."""
    pos = lo if forward else hi
    for kind, value in elems:
        if kind == "w" or kind == "&":
            options = (value,) if kind == "w" else synsets.get(value, ())
            best = -1
            best_len = 0
            for words in options:
                at = (_find_words(lower, words, pos, hi, True) if forward
                      else _find_words(lower, words, lo, pos, False))
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


def match_patterns(book: Compiled, block: int, lower: list[str], clause_words: set[str],
                   phrases: list[Phrase], verb_start: int, verb_end: int,
                   lo: int, hi: int) -> PatternHit | None:
    """The first pattern of `block` that fits this verb occurrence, or None."""
    synsets = book.synsets
    for upper, lower_elems, code, rule_id, required in book.blocks[block][1]:
        if required and not clause_words.issuperset(required):
            continue
        binds: dict = {}
        if lower_elems and not _match_side(lower_elems, lower, phrases, synsets, verb_end, hi,
                                           True, binds):
            continue
        if upper and not _match_side(upper, lower, phrases, synsets, lo, verb_start, False,
                                     binds):
            continue
        return PatternHit(code, rule_id, binds.get("$"), binds.get("+"), binds.get("%"),
                          required)
    return None
