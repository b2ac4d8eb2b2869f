"""References across a story with the default codebook: what "the decision", "the
president" or "the army" of a later sentence refers to.

Each case codes a short story of its own wording in order, as the pipeline codes a
document (`coding.story.Story`), and checks the events of its last sentence.
"""

from __future__ import annotations

import pytest

from coding import Coder
from coding.coder import _day
from coding.story import Story

DATE = "2024-06-01"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def last_events(coder: Coder, *sentences: str) -> set[tuple[str, str, str]]:
    """The events of the last of `sentences`, coded in order as one story."""
    story = Story(coder)
    for text in sentences[:-1]:
        story.code(text, _day(DATE))
    return {(e.source, e.target, e.code) for e in story.code(sentences[-1], _day(DATE)).events}


@pytest.mark.parametrize("story, events", [
    # the decision is the recognition, not the rejection said of it since
    (("Norway recognised a Palestinian state on Tuesday.",
      "Israeli Prime Minister Benjamin Netanyahu rejected the move.",
      "The Arab League welcomed the decision."),
     {("IGOARL", "NOR", "051")}),
    (("The European Union imposed new sanctions on Russia.",
      "Hungary criticised the sanctions.",
      "Ukraine's foreign minister welcomed the move."),
     {("UKRGOV", "IGOEEC", "051")}),
    # with no deed remembered, a rejection may be the decision welcomed
    (("Slovakia rejected a German proposal on migration.",
      "Russia welcomed the decision."),
     {("RUS", "SVK", "051")}),
])
def test_a_decision_is_something_done_not_what_was_said_of_it(coder, story, events):
    assert last_events(coder, *story) == events
