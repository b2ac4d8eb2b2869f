"""The phrase walk: the written-out walk of the default codebook agrees with the general one."""

from __future__ import annotations

import pytest

from coding.compiled import GAP, load_compiled
from coding.match import find_phrases
from coding.tokens import tokenize_words

SENTENCES = [
    "Pakistan recalled its ambassador from Iran on Tuesday.",
    "The United Nations Security Council condemned the attack on the capital.",
    "Russian forces fired missiles at Kyiv, and Ukraine said it shot down most of them.",
    "The Group of 77 called on the United States to lift sanctions.",
    "Amnesty accused the government of killing protesters in the north of the country",
    "the the said said",
    "Iran",
]


@pytest.fixture(scope="module")
def book():
    return load_compiled()


@pytest.mark.parametrize("text", SENTENCES)
def test_plain_walk_matches_the_stem_walk(book, text):
    """`_find_plain` settles one-word entries without a call: its spans must be those of
    the general walk (`_walk_stems` with no stems), which knows nothing of that shortcut."""
    assert GAP not in book.trie  # the general walk would try gaps the plain one skips
    words = tokenize_words(text)
    lower = [w.lower() for w in words]
    assert find_phrases(book, words, lower) == find_phrases(book, words, lower,
                                                            [()] * len(words))
