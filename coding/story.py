"""Document memory: what a story has established, carried from sentence to sentence.

News is written in stories. The first sentence names the actors ("Niger's coup
leaders", "President Mohamed Bazoum"); the later ones refer to them ("the junta",
"he", "the two sides"). The coder resolves such references within the sentence, then
from the previous sentence with actors (its `context`); a `Story` also remembers the
actors of the `story_memory` sentences before that (engine option), most recent
first, so that a reference whose antecedent lies further back is still resolved as a
reader would. The memory is bounded (a few sentences) and deterministic: the same
document always codes the same. A sentence with no actors leaves it unchanged.
"""

from __future__ import annotations

from coding.actors import Phrase
from coding.coder import Coder, Result


class Story:
    """The actors a document has named so far, for coding its next sentence.

    `code` codes one sentence with that memory and adds the sentence's actors to it;
    the pipeline (`coding.events.Batch`), `evaluate` (records sharing a `doc`) and
    `df.events.explain` code a document's sentences in order through one `Story`.
    """

    __slots__ = ("coder", "depth", "_recent")

    def __init__(self, coder: Coder):
        self.coder = coder
        self.depth = coder.story_depth
        self._recent: list[list[Phrase]] = []  # actors of recent sentences, newest first

    @property
    def context(self) -> list[Phrase]:
        """The actors of the previous sentence that named any."""
        return self._recent[0] if self._recent else []

    def earlier(self) -> list[Phrase]:
        """The actors of the remembered sentences before the previous one, newest first."""
        return [q for phrases in self._recent[1:] for q in phrases]

    def code(self, text: str, day: int | None, *, explain: bool = False) -> Result:
        """Code `text` with what the story has established, then remember its actors."""
        result = self.coder.code_sentence(text, day, self.context, story=self.earlier(),
                                          explain=explain)
        self.remember(result)
        return result

    def remember(self, result: Result) -> None:
        """Add the actors of a coded sentence (none: the memory stays as it was)."""
        if result.sentence is not None and result.sentence.phrases:
            self._recent.insert(0, result.sentence.phrases)
            del self._recent[self.depth + 1:]
