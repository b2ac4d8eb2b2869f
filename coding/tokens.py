"""Split text into word tokens with character offsets.

One compiled regular expression does all the work; tokens are returned as
parallel lists (text, start, end) rather than objects, because the coder
touches every token of every sentence and object creation would dominate.
Possessive `'s` and the negation `n't` become tokens of their own, dotted
abbreviations ("U.S.", "U.N.") and hyphenated words stay whole.
"""

from __future__ import annotations

import re

TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"            # U.S.  U.N.  a.m.
    r"|\d+(?:[.,:]\d+)*%?"           # 2,000  3.5  10:30  12%
    r"|\w+(?=n['’]t\b)"              # do|n't  ca|n't
    r"|n['’]t\b"
    r"|\w+(?:-\w+)*(?:['’](?!s\b)\w+)*"  # Iranian-backed  O'Brien
    r"|['’]s\b"                      # possessive
    r"|[^\w\s]"
)


def tokenize(text: str) -> tuple[list[str], list[int], list[int]]:
    """Tokens of `text` as (texts, start offsets, end offsets)."""
    texts, starts, ends = [], [], []
    for m in TOKEN_RE.finditer(text):
        texts.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return texts, starts, ends


def normalise(token: str) -> str:
    """The form used for dictionary look-up: lower case, straight apostrophes."""
    return token.lower().replace("’", "'")
