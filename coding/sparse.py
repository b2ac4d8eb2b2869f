"""TABARI's sparse-parse coding rule, for dictionaries written for it.

Codebooks imported from TABARI (``[engine] coding_rule = "sparse"``) were
written for a coder that parses nothing: it splits a sentence into clauses at
conjunctions only, codes the first verb of each clause that has a code, takes
the first actor of the clause before that verb as the source and the first
actor after it as the target, and lets the verb's patterns (``$``, ``+``,
``%``, ``^``) override those choices. Our default rule (``"modern"``, in
`coder.py`) reads subjects, objects, prepositions and subordinate clauses
instead; both share the phrase, pattern, passive and event machinery.

Background: ``shared/notes/peer-coders.md`` (TABARI) and codebooks/FORMAT.md.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from coding.actors import Phrase, word_kinds
from coding.compiled import NOUN, VERB, Compiled
from coding.verbs import Lookup, match_patterns, number_keys

if TYPE_CHECKING:
    from coding.coder import Coder, Event, Sentence

#: Words that start a new clause when a verb follows them.
CONJUNCTIONS = frozenset({"and", "but", "or"})
#: Conjunctions that join two actors next to them into a compound, never two clauses.
COMPOUND_JOINERS = frozenset({"and", "or"})
#: Tokens that always end a clause.
BREAKS = frozenset({";"})


def clauses(sent: Sentence, attribution: bool = False, verb_at: set[int] | None = None,
            adjectives: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Token ranges of the clauses: cut at `;` and at a conjunction that opens a clause.

    A conjunction opens a clause when a verb follows it directly ("alleged and
    acknowledged") or after one actor phrase ("... but Dagolath promised"); "and" or
    "or" between two actors joins a compound ("Gondor and Arnor"), verb or not after
    it, as TABARI finds compounds before clauses.
    With `attribution`, "..., the news agency said" is a clause of its own.
    """
    lower, labels = sent.lower, sent.labels
    n = len(lower)
    starts = {p.start: p for p in sent.phrases}
    ends = {p.end for p in sent.phrases}
    cuts = [0]
    for i, tok in enumerate(lower):
        if attribution and "reporting" in sent.grammar_at[i]:
            comma = next((c for c in range(i - 1, cuts[-1], -1) if lower[c] == ","), None)
            if comma is not None and any(comma < p.start and p.end <= i for p in sent.phrases):
                cuts.append(comma + 1)  # "..., the official news agency said"
        if tok in BREAKS:
            cuts.append(i + 1)
        elif tok in CONJUNCTIONS and i + 1 < n and i > cuts[-1]:
            if adjectives and listed(lower[i - 1], adjectives) and listed(lower[i + 1],
                                                                          adjectives):
                continue  # "awful and evil minister": one noun phrase
            nxt = i + 1
            if tok in COMPOUND_JOINERS and nxt in starts and i in ends:
                continue  # "Mordor with Fornost and Gondor welcomed": a compound
            if nxt in starts:
                nxt = starts[nxt].end
            if nxt < n and labels[nxt] is not None and labels[nxt][0] == VERB and (
                    verb_at is None or nxt in verb_at):
                cuts.append(i + 1)
    cuts.append(n)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


def listed(word: str, entries: tuple[str, ...]) -> bool:
    """Whether `word` is one of `entries` (a word, or a stem ending in `*`)."""
    return any(word == e or e.endswith("*") and word.startswith(e[:-1]) for e in entries)


def comma_deletions(sent: Sentence, engine: dict) -> list[bool]:
    """Tokens inside comma-delimited asides that TABARI's COMMA option deletes.

    A segment between two commas is deleted when its length in words lies within
    `comma_min`..`comma_max`; the segment before the first comma within
    `comma_bmin`..`comma_bmax`, and the one after the last comma within
    `comma_emin`..`comma_emax` ("..., the state's fiercest foe.", up to a final
    full stop), unless that would leave no verb to code. A range whose maximum is 0
    deletes nothing.
    """
    lower = sent.lower
    n = len(lower)
    deleted = [False] * n
    commas = [i for i, tok in enumerate(lower) if tok == ","]
    if not commas:
        return deleted
    end_aside: tuple[int, int] | None = None
    segments = [(0, commas[0], "comma_b")]
    if lower[-1] in (".", "!", "?"):  # the end aside runs to the final full stop
        segments.append((commas[-1] + 1, n - 1, "comma_e"))
    segments += [(a + 1, b, "comma_") for a, b in zip(commas, commas[1:], strict=False)]
    for a, b, kind in segments:
        words = sum(1 for tok in lower[a:b] if tok[:1].isalnum())
        low, high = int(engine.get(f"{kind}min", 0)), int(engine.get(f"{kind}max", 0))
        if high and low <= words <= high:
            lo, hi = (a, b + 1) if kind == "comma_b" else (a - 1, b)
            for t in range(max(lo, 0), min(hi, n)):
                deleted[t] = True
            if kind == "comma_e":
                end_aside = (max(lo, 0), min(hi, n))
    if end_aside is not None and not any(
            lab is not None and lab[0] in (VERB, NOUN) and not deleted[t]
            for t, lab in enumerate(sent.labels)):
        # "X's minister, in remarks published on Monday, urged Y ...": the end
        # "aside" is the main clause when nothing else would be left to code.
        for t in range(*end_aside):
            deleted[t] = False
    return deleted


def sparse_events(coder: Coder, sent: Sentence, verbs: list[int],
                  trace: list | None) -> list[Event]:
    """Events by TABARI's rule: the first coded verb of each clause, first actors around it."""
    from coding.coder import _dedupe

    book = coder.book
    deleted = comma_deletions(sent, book.engine)
    look = _visible_lookup(book, sent, deleted)
    events: list[Event] = []
    weak: list[Event] = []  # reporting verbs ("said") count only when nothing else does
    dominant_verbs = frozenset(book.engine.get("dominant_verbs", ()))
    dominant: list[Event] = []  # TABARI's `[031!]`: these events alone, if any
    source_before: Phrase | None = None
    code_by = book.engine.get("code_by", "clause")
    attribution = bool(book.engine.get("attribution_clause", False))
    nouns = tuple(book.engine.get("nouns", ()))
    if nouns:
        verbs = [v for v in verbs if not listed(sent.lower[v], nouns)]
    if not book.engine.get("modal_verbs", True):
        verbs = [v for v in verbs if not _modal(sent, v)]
    if book.engine.get("article_noun", False):
        # TABARI: a verb word right after an article is a noun ("in an accord").
        verbs = [v for v in verbs if not (v > 0 and sent.lower[v - 1] in ARTICLES)]
    spans = clauses(sent, attribution, set(verbs), tuple(book.engine.get("adjectives", ())))
    _expand_several_actors(sent.phrases)
    _link_neither_nor(sent)
    if book.engine.get("pronoun_first_actor", False):
        _pronouns_to_first_actor(sent.phrases, spans)
    for lo, hi in spans:
        if events and code_by == "sentence":
            break
        phrases = [p for p in sent.phrases if p.start >= lo and p.end <= hi
                   and not deleted[p.start]]
        clause_verbs = [v for v in verbs if lo <= v < hi and not deleted[v]]
        for v in clause_verbs:
            v_end = sent.labels[v][2]
            verb_id, noun_id = word_kinds(sent.labels[v][3])
            lemma, kind, default, block, rule = book.words[verb_id if verb_id is not None
                                                           else noun_id]
            hit = match_patterns(book, block, look, v, v_end, lo, hi, coder.over_actors)
            code = hit.code if hit else default
            rule_id = hit.rule_id if hit else rule
            info = {"step": "verb", "word": sent.words[v], "lemma": lemma, "as": kind,
                    "default_code": default, "rule_id": rule, "pattern": (
                        {"rule_id": hit.rule_id, "code": hit.code, "words": list(hit.words)}
                        if hit else None)} if trace is not None else None
            if code == "---":
                _note(trace, info, "no_event", f"code '---' from {rule_id}")
                continue
            source, target = _roles(coder, sent, phrases, v, v_end, hi, source_before, hit)
            made = coder._make(sent, source, target, code, rule_id, v, v_end)
            reporting = not attribution and "reporting" in sent.grammar_at[v]
            if info is not None:
                info.update(code=code, source=source.code if source else None,
                            target=target.code if target else None,
                            events=[list(e.key()) for e in made])
            if not made:
                _note(trace, info, "no_event", "no source and target")
                continue
            _note(trace, info, "weak" if reporting else "coded",
                  "reporting verb: kept only if nothing else is coded" if reporting else "")
            (weak if reporting else events).extend(made)
            if lemma in dominant_verbs:
                dominant.extend(made)
            if not reporting and code_by != "all":
                break  # one event per clause (TABARI's CODE BY CLAUSE) or per sentence
        lead = next((p for p in phrases if p.code and clause_verbs
                     and p.end <= clause_verbs[0]), None)
        source_before = lead or source_before
    out = _dedupe(dominant or events or weak)
    if book.engine.get("convert_agent", False):
        out = [_convert_agent(e) for e in out]
    return out


#: The code our composition gives an agent found with no actor ("---MIL").
NO_ACTOR = "---"


def _convert_agent(event: Event) -> Event:
    """TABARI's CONVERT AGENT: an agent with no actor is written `~MIL`, not `---MIL`.

    The `~` tells a user of the data that the agent's actor is unknown and is to be
    filled in from context, where `---` reads as "no actor".
    """
    source, target = event.source, event.target
    if source and source.startswith(NO_ACTOR):
        source = "~" + source[len(NO_ACTOR):]
    if target and target.startswith(NO_ACTOR):
        target = "~" + target[len(NO_ACTOR):]
    return replace(event, source=source, target=target)


#: The words whose noun after them TABARI never reads as a verb.
ARTICLES = frozenset({"a", "an", "the"})
#: Grammar classes of the auxiliaries a parser tags MD ("should", "would").
MODAL_CLASSES = ("modal", "future")


def _modal(sent: Sentence, v: int) -> bool:
    """Whether the verb word at `v` is a one-word modal, which PETRARCH-1's parse
    (MD, not VB) never gave it as a verb: "indicated it should have acted"."""
    return sent.grammar_end[v] == v + 1 and any(c in sent.grammar_at[v] for c in MODAL_CLASSES)


def _alone(p: Phrase) -> Phrase:
    """A compound member as an actor by itself (its `group` would bring the others)."""
    return Phrase(p.start, p.end, code=p.code, rules=p.rules)


def _visible_lookup(book: Compiled, sent: Sentence, deleted: list[bool]) -> Lookup:
    """Pattern look-up over the sentence less its deleted comma asides.

    TABARI removes an aside before coding, so neither a pattern's words nor its
    slots (`- $ * ...`) may find anything inside one.
    """
    if not any(deleted):
        return Lookup(sent.lower, sent.phrases, sent.stems, number_keys(book, sent.lower))
    lower = ["" if d else w for w, d in zip(sent.lower, deleted, strict=True)]
    stems = ([() if d else keys for keys, d in zip(sent.stems, deleted, strict=True)]
             if sent.stems else None)
    return Lookup(lower, [p for p in sent.phrases if not deleted[p.start]], stems,
                  number_keys(book, lower))


def _link_neither_nor(sent: Sentence) -> None:
    """"Neither Galadriel nor Gollum participated": TABARI codes both as a compound."""
    phrases = sent.phrases
    for a, b in zip(phrases, phrases[1:], strict=False):
        if (sent.lower[a.end:b.start] == ["nor"] and a.group is None and b.group is None
                and a.code and b.code):
            a.group = b.group = [a, b]


def _expand_several_actors(phrases: list[Phrase]) -> None:
    """A name that stands for several actors (`FRO/BIL/SAM`) is a compound of them.

    Its members take its place in the compound it belongs to, if any, so "The Shire
    and Bree" is four actors.
    """
    for p in phrases:
        if not p.code or "/" not in p.code:
            continue
        members = [Phrase(p.start, p.end, code=c, rules=list(p.rules), after_prep=p.after_prep)
                   for c in p.code.split("/")]
        group = p.group
        if group is not None and p in group:
            at = group.index(p)
            group[at:at + 1] = members  # the list its other members share
        else:
            group = members
        for m in members:
            m.group = group
        p.group, p.code = group, members[0].code


def _pronouns_to_first_actor(phrases: list[Phrase], spans: list[tuple[int, int]]) -> None:
    """TABARI's coreference: a pronoun of a later clause stands for the sentence's
    first actor.

    "Elrond urged Bree ... and Gondor asked him": "him" is Elrond, not the nearer
    Bree or Gondor; a compound first actor ("Elrond and Gondor ... they") stays a
    compound. Within the first actor's own clause ("Arnor urged Bree to assist it")
    the pronoun keeps the nearer actor: an actor does not act on itself. TABARI
    knows no gender: "he" may be a country. A pronoun with nothing before it keeps
    what it has (a forwarded actor).
    """
    first = next((p for p in phrases if p.code and not p.pronoun), None)
    if first is None:
        return
    own = next(((lo, hi) for lo, hi in spans if lo <= first.start < hi), (0, 0))
    for p in phrases:
        if p.pronoun and p.start >= own[1]:
            p.code, p.rules, p.antecedent = first.code, list(first.rules), first
            p.group = first.group


def _roles(coder: Coder, sent: Sentence, phrases: list[Phrase], v: int, v_end: int, hi: int,
           previous: Phrase | None, hit) -> tuple[Phrase | None, Phrase | None]:
    """First actor before the verb (else the previous clause's) and first actor after it.

    A passive verb with a "by" actor swaps them; a pattern's slots override both.
    """
    before = next((p for p in phrases if p.end <= v and p.code), None) or previous
    after = next((p for p in phrases if p.start >= v_end and p.code), None)
    source, target = _defaults(coder.book.engine, phrases, before, after, v, v_end)
    if coder._passive(sent, v, 0):
        by = coder._by_phrase(sent, phrases, v_end, hi)
        if by is not None:
            source, target = by, before
    if hit is not None:
        if hit.compound is not None and coder.book.engine.get("compound_slot_by_side", False):
            # PETRARCH-1: a compound before the verb is the source, one after it the
            # target; the other role keeps its default actor.
            if hit.compound.start < v:
                source = hit.compound
            else:
                target = hit.compound
        elif hit.compound is not None:
            source = target = hit.compound
        # A slot that takes the other role's actor leaves it the next one: in
        # "- + was * dead" the actor before the verb is the target, so the source
        # is the first actor after it.
        if hit.target is not None and hit.source is None and source is hit.target:
            source = after if after is not hit.target else None
        if hit.source is not None and hit.target is None and target is hit.source:
            target = before if before is not hit.source else None
        source = hit.source or source
        target = hit.target or target
    return source, target


def _defaults(engine: dict, phrases: list[Phrase], before: Phrase | None,
              after: Phrase | None, v: int, v_end: int) -> tuple[Phrase | None, Phrase | None]:
    """TABARI's DEFAULT option: codes for a missing source or target.

    With `default_source_prior` the default source stands in when no actor precedes
    the verb; without it the first actor after the verb becomes the source and the
    next one (the second member of a compound) the target. With
    `default_target_after` the default target stands in when no actor follows;
    without it a compound source ("Bree and Arnor") gives its second member as the
    target first.
    """
    src_code, tgt_code = engine.get("default_source", ""), engine.get("default_target", "")
    source, target = before, after
    if source is None and src_code:
        if engine.get("default_source_prior", True):
            source = Phrase(v, v_end, code=src_code, rules=["engine.default_source"])
        elif after is not None:
            members = after.group or [after]
            source = _alone(members[0])
            target = _alone(members[1]) if len(members) > 1 else next(
                (p for p in phrases if p.start >= members[-1].end and p.code), None)
    if target is None and tgt_code:
        group = source.group if source is not None else None
        if group and not engine.get("default_target_after", True):
            source, target = group[0], group[1]
            source = _alone(source)
        else:
            target = Phrase(v, v_end, code=tgt_code, rules=["engine.default_target"])
    return source, target


def _note(trace: list | None, info: dict | None, outcome: str, reason: str) -> None:
    """Record a verb's outcome and its reason in the `explain` trace, if one is kept
    (shared by both coding rules: coder.py imports it)."""
    if trace is not None and info is not None:
        info["outcome"] = outcome
        info["reason"] = reason
        trace.append(info)
