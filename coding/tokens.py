"""Split text into word tokens, with character offsets computed on demand.

One compiled regular expression finds the tokens; possessive `'s` and the
negation `n't` are split off afterwards (only tokens holding an apostrophe are
looked at). Offsets are needed only for sentences that yield events, so they
are computed lazily by `offsets`. Dotted abbreviations ("U.S.", "U.N.") and
hyphenated words stay whole.
"""

from __future__ import annotations

import re

TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"                  # U.S.  U.N.  a.m.
    r"|\d+(?:[.,:]\d+)*%?"                 # 2,000  3.5  10:30  12%
    r"|\w+(?:-\w+)*(?:['’]\w+)*"           # Iranian-backed  O'Brien  Iran's  didn't
    r"|[^\w\s]"
)
_APOSTROPHES = ("'", "’")


def tokenize_words(text: str) -> list[str]:
    """The tokens of `text`, without offsets."""
    if "_" in text:
        text = text.replace("_", " ")  # "Dol_Amroth", as legacy test texts write names
    words = _find_tokens(text)
    if "'" not in text and "’" not in text:
        return words
    out: list[str] = []
    for w in words:
        if ("'" in w or "’" in w) and len(w) > 3:  # a bare "n't" stays whole
            low = w.lower()
            if low.endswith(("'s", "’s")):
                out += [w[:-2], w[-2:]]
                continue
            if low.endswith(("n't", "n’t")):
                out += [w[:-3], w[-3:]]
                continue
        out.append(w)
    return out


def _find_tokens(text: str) -> list[str]:
    r"""`TOKEN_RE.findall(text)`, about twice as fast.

    No token spans whitespace (the same characters for `str.split` and `\s`), so the
    text's tokens are those of its whitespace-separated chunks; a chunk of letters
    only, most of them, is one token, and only the others go through the expression,
    once per distinct chunk: "said.", "Iran's", "2024," come back sentence after
    sentence, and a dict look-up costs a fraction of a `findall`.
    """
    out: list[str] = []
    append, chunks = out.append, _CHUNK_TOKENS
    for chunk in text.split():
        if chunk.isalpha():
            append(chunk)
            continue
        toks = chunks.get(chunk)
        if toks is None:
            if len(chunks) >= CHUNK_CACHE_SIZE:
                chunks.clear()  # bounded memory on an endless stream of numbers and names
            toks = chunks[chunk] = tuple(TOKEN_RE.findall(chunk))
        out += toks
    return out


#: The tokens of chunks that are not all letters (`_find_tokens`), at most this many.
CHUNK_CACHE_SIZE = 50_000
_CHUNK_TOKENS: dict[str, tuple[str, ...]] = {}


def offsets(text: str, words: list[str]) -> tuple[list[int], list[int]]:
    """Start and end offsets of `words` (as returned by `tokenize_words`) in `text`."""
    starts, ends = [], []
    pos = 0
    find = text.find
    for w in words:
        pos = find(w, pos)
        starts.append(pos)
        pos += len(w)
        ends.append(pos)
    return starts, ends


def tokenize(text: str) -> tuple[list[str], list[int], list[int]]:
    """Tokens of `text` as (texts, start offsets, end offsets)."""
    words = tokenize_words(text)
    starts, ends = offsets(text, words)
    return words, starts, ends


def normalise(token: str) -> str:
    """The form used for dictionary look-up: lower case, straight apostrophes."""
    return token.lower().replace("’", "'")
