"""The coder: one sentence (and its date) in, zero or more events out.

Data flows one way: tokens -> phrase matches -> actor phrases -> clauses ->
verbs and their patterns -> events. Every decision that drops or changes an
event is recorded in a trace when one is asked for (`explain`), so the
question "why this code?" always has an answer; without a trace the checks
cost one `if` each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from coding.actors import (
    AUXILIARIES,
    NON_COUNTRY,
    OWN_FORCES,
    PLACE_PREPOSITIONS,
    Phrase,
    agent_of,
    build_phrases,
    is_noun_use,
    is_outlet,
    mark_described_pronouns,
    modifiers_start,
    preposition_before,
    resolve_actor,
    resolve_pronouns,
    verb_follows,
    word_kinds,
)
from coding.compiled import ACTOR, AGENT, DISCARD, NOUN, VERB, Compiled, load_compiled
from coding.match import find_phrases, stem_keys
from coding.sparse import _note, sparse_events
from coding.tokens import normalise, offsets, tokenize_words
from coding.verbs import Lookup, PatternHit, match_passive, match_patterns, number_keys

#: Number words for "ten years ago" (the historical check).
NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                     "eighty": 80, "ninety": 90, "hundred": 100, "several": 3, "many": 3})
CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "—", "–"})
BOUNDARY_CLASSES = ("subordinator", "relative", "conditional")
#: Words that may cut a clause without a grammar class: `Coder._clauses` skips any other
#: token without one, so a new cut on a plain word must add the word here.
_CUT_WORDS = CLAUSE_BREAKS | {",", "that", "but", "and"}
#: Words that end a modifier dated by a past reference (`Coder._dated_end`).
_DATED_ENDS = _CUT_WORDS - {"that", "and", "but"}
_ASCII_DIGIT = re.compile("[0-9]")
#: Grammar classes of a word that is no noun: a participle after one is no reduced relative.
_NOT_NOUN = frozenset({"passive_aux", "future", "modal", "infinitive", "negation", "relative",
                       "preposition", "determiner", "article", "conjunction"})


@dataclass
class Event:
    """One coded event, with the spans and rule that produced it."""

    source: str | None
    target: str | None
    code: str
    rule_id: str
    verb_text: str
    verb_span: tuple[int, int]
    source_text: str | None = None
    source_span: tuple[int, int] | None = None
    target_text: str | None = None
    target_span: tuple[int, int] | None = None
    source_rules: tuple[str, ...] = ()
    target_rules: tuple[str, ...] = ()

    def key(self) -> tuple:
        return (self.source, self.target, self.code)


@dataclass
class Sentence:
    """The analysis of one sentence; kept small, built once per sentence."""

    text: str
    words: list[str]
    lower: list[str]
    labels: list
    grammar_at: list
    grammar_end: list  # end of the grammar phrase starting at each token
    inside: list  # whether a token lies inside an actor/agent/verb/noun/discard span
    spans: list
    phrases: list[Phrase] = field(default_factory=list)
    discard: tuple[str, str] | None = None  # (scope, rule id)
    stems: list[tuple[str, ...]] | None = None  # stem entries each token matches, if any
    look: Lookup | None = None  # pattern look-up tables, once actor phrases are known
    verbs: list[int] = field(default_factory=list)  # where verb and noun entries start
    context: list[Phrase] = field(default_factory=list)  # the previous sentence's actors
    story: list[Phrase] = field(default_factory=list)  # those of the sentences before it
    _offsets: tuple[list[int], list[int]] | None = None

    # Offsets are only needed for sentences that yield events (or are explained).
    @property
    def starts(self) -> list[int]:
        if self._offsets is None:
            self._offsets = offsets(self.text, self.words)
        return self._offsets[0]

    @property
    def ends(self) -> list[int]:
        if self._offsets is None:
            self._offsets = offsets(self.text, self.words)
        return self._offsets[1]


@dataclass
class Result:
    """The outcome for one sentence: events, plus why others were not coded."""

    events: list[Event]
    status: str = "coded"  # coded | no_event | discarded | complex | historical | error
    reason: str | None = None
    trace: list[dict] | None = None
    sentence: Sentence | None = None
    story_discard: bool = False


class Coder:
    """Codes sentences with a compiled codebook.

    >>> coder = Coder()
    >>> [(e.source, e.target, e.code) for e in coder.code(
    ...     "Pakistan recalled its ambassador from Iran.", date="2024-01-17")]
    [('PAK', 'IRN', '161')]
    """

    def __init__(self, codebook=None, *, compiled: Compiled | None = None,
                 use_cache: bool = True):
        self.book = compiled or load_compiled(codebook, use_cache=use_cache)
        eng = self.book.engine
        self.require_dyad = bool(eng.get("require_dyad", True))
        self.require_country = bool(eng.get("require_country", False))
        self.max_tokens = int(eng.get("max_tokens", 90))
        self.max_verbs = int(eng.get("max_verbs", 9))
        self.historical_years = int(eng.get("historical_years", 3))
        self.anaphora = bool(eng.get("definite_agent_anaphora", True))
        self.story_depth = int(eng.get("story_memory", 0))
        self.filter_modality = bool(eng.get("filter_modality", True))
        self.part_of_speech = bool(eng.get("part_of_speech", True))
        self.sparse = eng.get("coding_rule", "modern") == "sparse"
        self.min_words = int(eng.get("min_words", 0))
        self.over_actors = bool(eng.get("pattern_words_pass_actors", False))
        self.stems = frozenset(self.book.data.get("stems", ()))
        self.domestic = dict(eng.get("domestic_target", {}))
        self.role_detail = {code: dict(roles) for code, roles in
                            eng.get("role_detail", {}).items()}
        self.conditional_target_roots = frozenset(eng.get("conditional_target", ()))
        self.reaction_roots = frozenset(eng.get("reaction_target", ()))
        self.result_roots = frozenset(eng.get("result_roots", ()))
        self.third_country = dict(eng.get("third_country", {}))
        self.foreign_only = frozenset(eng.get("foreign_only", ()))
        self.unplaced = tuple(eng.get("unplaced", ()))
        self.mutual = tuple(eng.get("mutual_codes", ("",)))
        self.act_families = [frozenset(f) for f in eng.get("act_anaphora", ())]
        self.comment_roots = frozenset(eng.get("comment_roots", ()))
        self.pair_codes = tuple(eng.get("pair_codes", ()))
        self.victim_roots = frozenset(eng.get("victim_roots", ()))
        self.culpability_code = str(eng.get("culpability_code", ""))
        self.culpability_roots = frozenset(eng.get("culpability_roots", ()))
        self.culpability_denial = str(eng.get("culpability_denial", ""))
        self.claim_codes = tuple(eng.get("claim_target", ()))
        self.reporter_codes = tuple(eng.get("reporter_target", ()))
        self.mediator_code = str(eng.get("mediator_code", ""))
        self.mediated_roots = frozenset(eng.get("mediated_roots", ()))
        self.shared_object_roots = frozenset(eng.get("shared_object_roots", ()))
        self.topic_on_roots = frozenset(eng.get("topic_on_roots", ()))
        self.nested_roots = frozenset(eng.get("nested_roots", ()))
        self.purpose_detail = {k: tuple(v) for k, v in eng.get("purpose_detail", {}).items()}
        self.counterparts = frozenset(w.lower() for w in eng.get("counterpart_agents", ()))
        self.roles = frozenset(a[0] for a in self.book.agents)  # GOV, MIL, REB ...
        self.intent_threat_roots = frozenset(eng.get("intent_as_threat", ()))
        self.intent_act_roots = frozenset(eng.get("intent_as_act", ()))
        self.stated_roots = frozenset(eng.get("stated_content", ()))
        self.outlets = frozenset(eng.get("outlet_roles", ()))
        grammar = self.book.grammar
        self.ownership_suffixes = frozenset(grammar.get("flag_suffix", ())) | frozenset(
            grammar.get("owner_suffix", ()))
        self.backer_suffixes = frozenset(grammar.get("backer_suffix", ()))
        self.mediation_words = frozenset(grammar.get("mediation", ()))
        self._stem_cache: dict[str, tuple[str, ...]] = {}  # word -> its stem entries
        self.gaps = bool(self.book.data.get("gaps", False))
        # the keys of the families: roots ("02") and codes ("112") whose verbs govern acts
        self.family_keys = {r for table in self.book.families.values() for r in table}

    # ------------------------------------------------------------ public

    def code(self, text: str, date: str | date | None = None,
             context: list[Phrase] | None = None) -> list[Event]:
        """Events of one sentence (a convenience over `code_sentence`)."""
        return self.code_sentence(text, _day(date), context).events

    def code_sentence(self, text: str, day: int | None = None,
                      context: list[Phrase] | None = None, *, story: list[Phrase] | None = None,
                      explain: bool = False) -> Result:
        """Code one sentence; `day` is a date ordinal, `context` the previous sentence's
        actors and `story` those of the sentences before it (`coding.story.Story`)."""
        trace: list[dict] | None = [] if explain else None
        try:
            return self._code(text, day, context or [], story or [], trace)
        except Exception as exc:  # one bad sentence must never stop a run
            return Result([], "error", f"internal error: {type(exc).__name__}: {exc}", trace)

    # ------------------------------------------------------------ stages

    def _analyse(self, text: str) -> Sentence:
        book = self.book
        words = tokenize_words(text)
        if "-" in text:
            if self.backer_suffixes:
                words = _join_backer(words, self.backer_suffixes)
            if self.ownership_suffixes:
                words = _split_ownership(words, self.ownership_suffixes)
        lower = list(map(str.lower, words))  # map: the loop runs in C
        if "’" in text:
            lower = list(map(normalise, lower))
        stems = (stem_keys(self.stems, lower, self._stem_cache) if self.stems or self.gaps
                 else None)
        spans = find_phrases(book, words, lower, stems)
        n = len(words)
        labels: list = [None] * n
        grammar_at: list = [()] * n
        grammar_end: list = list(range(1, n + 1))
        inside: list = [False] * n
        verbs: list[int] = []
        discard = None
        # Most spans are one token: slices are assigned only for longer ones.
        for s, e, (label, ident, gram, discard_id, entries) in spans:
            if gram:
                grammar_end[s] = e
                if e - s == 1:
                    grammar_at[s] = gram
                else:
                    grammar_at[s:e] = [gram] * (e - s)
            if label is not None:
                labels[s] = (label, ident, e, entries)
                if e - s == 1:
                    inside[s] = True
                else:
                    inside[s:e] = [True] * (e - s)
                if label in (VERB, NOUN):
                    verbs.append(s)
            if discard_id >= 0 and discard is None:
                _phrase, scope, rule = book.discards[discard_id]
                discard = (scope, rule)
        sent = Sentence(text, words, lower, labels, grammar_at, grammar_end, inside, spans)
        mark_described_pronouns(book, sent)
        sent.discard = discard
        sent.stems = stems
        sent.verbs = verbs
        return sent

    def _code(self, text: str, day: int | None, context: list[Phrase], story: list[Phrase],
              trace: list | None) -> Result:
        if text.count(" ") > 4 * self.max_tokens:  # a run-on "sentence": no need to parse it
            return Result([], "complex", f"too complex to code reliably: about "
                          f"{text.count(' ') + 1} words (limit {self.max_tokens} tokens)", trace)
        if self.min_words and len(text.split()) < self.min_words:
            return Result([], "complex", f"shorter than {self.min_words} words (min_words)",
                          trace)
        sent = self._analyse(text)
        if trace is not None:
            trace.append({"step": "tokens", "tokens": sent.words})
            trace.extend(_span_trace(self.book, sent))
        if sent.discard is not None:
            scope, rule = sent.discard
            reason = f"discard phrase ({scope}) matched: {rule}"
            return Result([], "discarded", reason, trace, sent, story_discard=scope == "story")
        hist, past = self._historical(sent, day)
        sent.phrases = build_phrases(self.book, sent, day)
        sent.context, sent.story = context, story
        resolve_pronouns(sent.phrases, context, sent, self.anaphora, self.roles, self.outlets,
                         story)
        if hist:
            # Not coded, but its actors are the next sentence's context: "Penny Wong
            # arrived in Beijing for the first such visit since 2018. She urged ..."
            return Result([], "historical", hist, trace, sent)
        if trace is not None:
            trace.append({"step": "actors", "phrases": [_phrase_info(sent, p) for p in
                                                        sent.phrases]})
        verbs = sent.verbs
        if len(sent.words) > self.max_tokens or len(verbs) > self.max_verbs:
            reason = (f"too complex to code reliably: {len(sent.words)} tokens, "
                      f"{len(verbs)} verbs (limits {self.max_tokens}, {self.max_verbs})")
            return Result([], "complex", reason, trace, sent)
        events = (sparse_events(self, sent, verbs, trace) if self.sparse
                  else self._events(sent, verbs, trace))
        if self.mediator_code and not self.sparse:
            events = self._mediated(sent, events, day)
        if self.role_detail:
            events = [self._by_role(e) for e in events]
        if past:
            events = _present(sent, events, past)
        return Result(events, "coded" if events else "no_event", None, trace, sent)

    def _mediated(self, sent: Sentence, events: list[Event], day: int | None) -> list[Event]:
        """The events, with the mediator's of the agreements and talks it brokered or hosted.

        "Thailand and Cambodia agreed to a ceasefire after talks hosted by Malaysia's
        prime minister", "Israel and Hamas agreed to a truce mediated by Qatar", "signed
        a U.S.-brokered peace agreement": the mediator (`_mediator_at`) mediates ([engine]
        mediator_code, 045) between each party of the acts of `mediated_roots` coded
        before it. It is no party of those acts: one that took it as its target is the
        parties' own act instead (`_between_parties`).
        """
        if not any(e.code[:2] in self.mediated_roots for e in events):
            return events  # no act a mediator could have brokered: no token to look at
        for k in range(1, len(sent.lower) - 1):
            found = self._mediator_at(sent, k, day)
            if found is None:
                continue
            mediator, rule = found
            mediators = {m.code for m in _members(mediator)}
            at = sent.starts[k]
            acts = [e for e in events if e.code[:2] in self.mediated_roots and e.verb_span[0] < at]
            codes = {c for e in acts for c in (e.source, e.target)}
            events = _between_parties(events, [e for e in acts if e.target in mediators
                                               and e.target_span and e.target_span[0] > at])
            parties = {p.code: p for p in sent.phrases
                       if p.end <= k and p.code in codes and p.code not in mediators}
            for p in parties.values():
                party = Phrase(p.start, p.end, code=p.code, rules=list(p.rules))
                events = events + self._make(sent, mediator, party, self.mediator_code, rule,
                                             k, k + 1)
        return events

    def _mediator_at(self, sent: Sentence, k: int, day: int | None
                     ) -> tuple[Phrase, str] | None:
        """The mediator named at token `k`, with the rule id of its word of grammar.txt
        `mediation`: the actor after that word and "by" ("a truce mediated by Qatar"), or
        the one a hyphened modifier ending in that word names ("a U.S.-brokered deal", "a
        Russian-brokered ceasefire": the word stays one token, see `_join_backer`)."""
        lower, labels = sent.lower, sent.labels
        if "mediation" in sent.grammar_at[k]:
            if k + 2 >= len(lower) or lower[k + 1] != "by" or not labels[k]:
                return None
            mediator = next((p for p in sent.phrases if k + 2 <= p.start <= k + 3), None)
            verb_id, _noun = word_kinds(labels[k][3])
            if mediator is None or not mediator.code or verb_id is None:
                return None
            return mediator, self.book.words[verb_id][4]
        head, sep, tail = sent.words[k].rpartition("-")
        if not sep or tail.lower() not in self.mediation_words or labels[k] is not None:
            return None
        actor = self._whole_name(head, ACTOR)
        verb = self._whole_name(tail, VERB)
        if actor is None or verb is None:
            return None
        code = resolve_actor(self.book, actor, day)
        verb_id, _noun = word_kinds(verb)
        if not code or verb_id is None:
            return None
        return Phrase(k, k + 1, code=code, rules=[self.book.actors[actor][2]]), \
            self.book.words[verb_id][4]

    def _whole_name(self, text: str, label: str):
        """The entry of kind `label` (ACTOR: its id; VERB: the span's entries) that
        `text` is as a whole, or None ("U.S." is the United States, "brokered" a verb)."""
        words = tokenize_words(text)
        for s, e, (kind, ident, _gram, _discard, entries) in find_phrases(
                self.book, words, [w.lower() for w in words]):
            if kind == label and s == 0 and e == len(words):
                return ident if label == ACTOR else entries
        return None

    def _by_role(self, e: Event) -> Event:
        """The event with the sub-code its source's role gives an unspecified act.

        "Peruvian prosecutors opened an investigation into President Boluarte": what
        prosecutors and police investigate is a crime (090 -> 091), whatever the
        sentence names. [engine] role_detail maps codes to {role: code}.
        """
        new = self.role_detail.get(e.code, {}).get(e.source[3:6])
        return e if new is None else _recode(e, new, e.rule_id)

    def _historical(self, sent: Sentence, day: int | None) -> tuple[str | None, list[range]]:
        """A reference to the past: "in 1974", "on August 2, 1990", "ten years ago".

        A year counts when a historical preposition stands at most three tokens
        before it (a month and day may come between); "N years ago" counts when N
        reaches the codebook's `historical_years`. Returns the reason when a reference
        dates the sentence's act, else the token ranges of the modifiers that a
        reference dates (`_dated_modifier`): their acts are past, the main act is not.

        Most sentences have neither "ago" nor a digit: they are let through without
        a walk over their tokens (in ASCII text `[0-9]` are all the `isdigit` ones).
        """
        lower, grammar = sent.lower, sent.grammar_at
        past: list[range] = []
        if "ago" not in lower and (day is None or sent.text.isascii()
                                   and not _ASCII_DIGIT.search(sent.text)):
            return None, past
        for i, tok in enumerate(lower):
            at = None
            if tok == "ago" and i >= 2 and lower[i - 1] in ("years", "decades"):
                n = NUMBER_WORDS.get(lower[i - 2]) or (
                    int(lower[i - 2]) if lower[i - 2].isdigit() else 0)
                if lower[i - 1] == "decades":
                    n = max(n, 2) * 10
                if n >= self.historical_years:
                    at = i - 2
            elif (day is not None and len(tok) == 4 and tok.isdigit()
                  and int(tok) < date.fromordinal(day).year - self.historical_years):
                at = next((k for k in range(max(0, i - 4), i) if "historical" in grammar[k]),
                          None)
                if at is None and i and "article" in grammar[i - 1] and tok.isdigit():
                    # "a 2018 programme negotiated under Macri": the year dates a noun
                    past.append(range(i - 1, self._dated_end(sent, i)))
                    continue
            if at is None:
                continue
            opener = self._dated_modifier(sent, at)
            if opener is None:
                return f"historical reference '{' '.join(sent.words[at:i + 1])}'", past
            past.append(range(opener, self._dated_end(sent, i)))
        return None, past

    @staticmethod
    def _dated_end(sent: Sentence, i: int) -> int:
        """Where the modifier dated by the reference at `i` ends: the next break."""
        return next((k for k in range(i + 1, len(sent.lower))
                     if sent.lower[k] in _DATED_ENDS), len(sent.lower))

    def _dated_modifier(self, sent: Sentence, at: int) -> int | None:
        """Where the modifier of a noun that the past reference at `at` dates starts, or
        None when the reference dates a verb of the sentence's own act.

        "sought arrest warrants for two men wanted in the slaying ... three years ago",
        "asked forgiveness for crimes committed during the 1944 uprising", "former foes
        in a war that ended in 1975", "for the killings ... of the uprising of 1905",
        "Marking 30 years since the 1994 genocide, Kagame hosted ...": a relative
        clause, a participle after a noun (once the sentence has a verb of its own
        before it), a year after "of" behind the main verb or a fronted participle
        clause describes a past thing the act is about. "Iraq invaded Kuwait in 1990",
        "recalled that NATO had bombed Yugoslavia in 1999", "The tsunami of 2004 killed":
        the act is past.
        """
        lower, labels, grammar = sent.lower, sent.labels, sent.grammar_at

        def verb_at(k: int) -> bool:
            return (labels[k] is not None and labels[k][0] == VERB
                    and not is_noun_use(sent, k, loose=False))

        if lower[at] == "of" and any(verb_at(k) for k in range(at)):
            return at
        if lower[at] in ("since", "of") and _fronted_participle(sent) and at < lower.index(","):
            # "Marking 30 years since the 1994 genocide, Kagame hosted ...": the time
            # since, or of, a thing the fronted clause names ("Speaking in 1990, ..." dates)
            return 0
        for j in range(at - 1, -1, -1):
            tok = lower[j]
            if tok in ("which", "who", "whom", "whose"):
                return j
            if tok == "that" and j and not (verb_at(j - 1) or "reporting" in grammar[j - 1]
                                            or self._passive_form(lower[j - 1])):
                return j
            if tok.endswith("ing") or not (verb_at(j) or self._passive_form(tok)
                                           and sent.words[j].isalpha()
                                           and sent.words[j].islower()):
                continue  # "in the brutal slaying of ...": a noun
            if (j and self._passive_form(tok) and _after_plain_word(sent, j)
                    and any(verb_at(k) for k in range(j - 1)) and not _named_subject(
                        sent, j, verb_at)):
                return j
            if j and "relative" in grammar[j - 1]:
                return j - 1
            return None
        return None

    # ------------------------------------------------------------ clauses

    def _clauses(self, sent: Sentence) -> list[tuple[int, int, str | None]]:
        """(start, end, opener) token ranges; opener is the boundary word class."""
        lower, grammar, labels = sent.lower, sent.grammar_at, sent.labels
        n = len(lower)
        # A sentence opening with a participle ("Speaking after talks with Xi, Putin
        # praised ...") is a fronted clause, as "After ...," is.
        fronted: str | bool = n > 1 and _fronted_participle(sent)
        cuts: list[tuple[int, str | None]] = [(0, None)]
        # The class of a sentence-initial "After ...," or "Unless ...," clause we are in.
        resume = -1  # where the main clause goes on after a relative clause on its subject
        i = 0
        # Some branches move `i` back or leave it in place; a bug there must end as the
        # sentence's internal error (a reject with its reason), never as a run that hangs.
        budget = 4 * n + 16
        while i < n:
            if i == resume:
                cuts.append((i, None))
            g = grammar[i]
            tok = lower[i]
            if not g and tok not in _CUT_WORDS:  # most tokens: no grammar class, no cut
                i += 1
                continue
            budget -= 1
            if budget < 0:
                raise RuntimeError(f"clause splitter made no progress at token {i} ({tok!r})")
            if tok == "(" and (close := _bracketed_name(sent, i)):
                i = close  # "the Emirates News Agency (WAM) reported": no clause of its own
                continue
            if tok in CLAUSE_BREAKS:
                cuts.append((i + 1, None))
            elif tok == "," and fronted:
                # The main clause follows the fronted one; after "If/Unless ...," it
                # states a consequence of the condition.
                cuts.append((i + 1, "consequence" if fronted == "conditional" else None))
                fronted = False
            elif (tok == "and" and i and lower[i - 1] == "," and i + 1 < n
                  and self._has_verb(sent, cuts[-1][0], i - 1)):
                cuts.append((i, "and"))  # "X fired missiles at Y, and Z announced ..."
            elif tok == "and" and self._new_subject(sent, i, cuts[-1][0]):
                cuts.append((i, "and"))  # "X withdrew from Y and Z took control of ..."
            elif ("reporting" in g and not (labels[i] and labels[i][0] in (ACTOR, AGENT))
                  and not self._reporting_pattern(sent, i, cuts[-1][0])):
                comma = self._attribution_comma(sent, i, cuts[-1][0])
                if comma is not None:
                    cuts.append((comma, "attribution"))  # "..., the UN's envoy said."
                nxt = i + 1
                # "said that Ukraine attacked ...": "that" is a complementiser and the
                # clause after it the report. After a noun ("denied reports that",
                # "Russia's claim that") the clause is what is claimed, not a report.
                opener = "reporting"
                if nxt < n and lower[nxt] == "that":
                    nxt += 1
                    opener = "claim" if _reporting_noun(sent, i) else opener
                else:
                    nxt = _after_addressee(sent, nxt)
                fronted_speaker = next((p for p in sent.phrases if p.start == sent.grammar_end[i]
                                        and p.end < n and lower[p.end] == ","), None)
                if fronted_speaker is not None and (i == 0 or lower[i - 1] == ","):
                    # "According to Sudan's army, RSF drones struck ...": the speaker is no
                    # actor of the report, which starts after the comma.
                    cuts.append((i, "attribution"))
                    nxt = fronted_speaker.end + 1
                if fronted_speaker is not None or self._reports_clause(sent, nxt):
                    cuts.append((nxt, opener))
                    i = nxt - 1
                # else no clause is reported: "announced a package of aid for Ukraine" names
                # the speaker's own act, whose noun the reporting verb carries
            elif tok == "," and _gap_clause(sent, i):
                cuts.append((i + 1, "reaction"))  # "..., a move Beijing condemned"
            elif tok == "," and (main := self._subject_aside(sent, i, cuts[-1][0])) is not None:
                # "NATO ministers, meeting in Brussels, condemned Russia", "The council,
                # chaired by X, decided ...": the aside describes the subject, and the
                # main clause goes on at its verb with that subject
                cuts.append((i + 1, "participle"))
                resume = main
            elif (tok == "," and i + 1 < n and labels[i + 1] and labels[i + 1][0] == VERB
                  and lower[i + 1].endswith("ing")):
                cuts.append((i + 1, "participle"))  # "..., accusing it of genocide"
            elif tok == "," and self._series_verb(sent, i, cuts[-1][0]):
                cuts.append((i + 1, "and"))  # "met the families, apologised and promised"
            elif tok == "that" and i and ("reporting" in grammar[i - 1]
                                         or _ends_phrase(sent, i)):
                if self._complement_after_object(sent, i):
                    # "promised ECOWAS that it would ...": "that" may have been read as the
                    # determiner of the subject ("that it"), which the clause then holds
                    cuts.append((i, "complement"))
                else:
                    cuts.append((i + 1, "relative"))
                    resume = self._main_clause_after(sent, cuts[-2][0], i, resume)
            elif "by" in g and (reduced := self._reduced_relative(sent, cuts[-1][0], i,
                                                                    resume)) is not None:
                # "Troops supported by Russian mercenaries killed civilians": the
                # participle and its agent describe the subject; the main clause goes on
                cuts.append((reduced[0], "relative"))
                resume = reduced[1]
            elif tok != "that" and (cls := _boundary_class(g)) is not None:
                if cls == "subordinator" and self._pattern_across(sent, cuts[-1][0], i):
                    i = sent.grammar_end[i]
                    continue
                if cls in ("subordinator", "conditional") and not self._has_verb(sent, 0, i):
                    fronted = cls if "," in lower[i:] else False
                cuts.append((i, cls))
                if cls == "relative":
                    resume = self._main_clause_after(sent, cuts[-2][0], i, resume)
                i = sent.grammar_end[i] - 1  # "in spite of", "so that": one boundary
            elif "causative" in g and (made := self._made_to_act(sent, i, cuts[-1][0])) is not None:
                cuts.append((made, "causative"))  # "prompted Mexico to break off relations"
                i = made
                continue
            elif tok == "and" and self._next_participle(sent, cuts[-1], i):
                cuts.append((i + 1, "participle"))  # "..., killing three and arresting dozens"
            elif tok == "but" or (tok == "and" and i + 1 < n and labels[i + 1]
                                  and labels[i + 1][0] == VERB
                                  and not self._passive_pair(sent, i, cuts[-1][0])
                                  and not any(p.start < i < p.end for p in sent.phrases)):
                # ("Minister of Foreign Affairs and Trade Winston Peters": one title)
                cuts.append((i, "and"))
            i += 1
        speech = self._final_speech_verb(sent, cuts[-1][0])
        if speech is not None:
            cuts.append((speech, "attribution"))  # "..., Prime Minister X warned."
        cuts.append((n, None))
        out = []
        for (a, kind), (b, _k) in zip(cuts, cuts[1:], strict=False):
            if a < b:
                out.append((a, b, kind))
        return out

    def _made_to_act(self, sent: Sentence, i: int, lo: int) -> int | None:
        """Where the clause of the actor made to act by the causative verb at `i` starts:
        "prompted Mexico to break off relations", "forced the government to resign". An
        actor phrase right after the verb, then the infinitive marker and a verb of the
        dictionary: the actor is the subject of that act. A pattern of the verb that
        takes the words after it wins ("forced a Ryanair jet to land": coercion, 170)."""
        # The actor starts right after the verb; a phrase that holds the verb itself
        # ("sent forces to help": "forces" is the troops) is no actor made to act.
        p = next((p for p in sent.phrases if p.start == i + 1 and not p.possessive), None)
        if p is None:
            return None
        k = p.end
        if (k + 1 >= len(sent.lower) or "infinitive" not in sent.grammar_at[k]
                or not self._has_verb(sent, k + 1, k + 2)
                or self._reporting_pattern(sent, i, lo)):
            return None
        return p.start

    def _next_participle(self, sent: Sentence, cut: tuple[int, str | None], i: int) -> bool:
        """Whether "and" at `i` joins a second participle clause to the one opened at
        `cut`: "raided the camp, killing three militants and arresting dozens of
        Palestinians" reports both acts, the second as the first. Not after a gerund
        taken by a preposition ("accusing Ukraine of shelling Belgorod and killing
        civilians"): the -ing form after "and" continues that gerund, the content of the
        accusation."""
        lo, opener = cut
        lower, labels = sent.lower, sent.labels
        nxt = i + 1
        if (opener != "participle" or nxt >= len(lower) or not labels[nxt]
                or labels[nxt][0] != VERB or not lower[nxt].endswith("ing")):
            return False
        return not any("preposition" in sent.grammar_at[k] and lower[k + 1].endswith("ing")
                       for k in range(lo, i - 1))

    def _series_verb(self, sent: Sentence, i: int, lo: int) -> bool:
        """Whether the comma at `i` opens the next verb phrase of a series sharing the
        clause's subject: "met the families of the victims, apologised for the deaths
        and promised compensation". The clause has its verb; a finite verb (no
        participle in -ing, none with an agent after it: "the hostages, captured by
        Hamas") follows the comma, and the series ends with "and" and a verb before
        the next comma or break.
        """
        lower, labels = sent.lower, sent.labels
        k = i + 1
        lab = labels[k] if k < len(lower) else None
        if (lab is None or lab[0] != VERB or lower[k].endswith("ing")
                or not self._has_verb(sent, k, k + 1) or not self._has_verb(sent, lo, i)
                or lab[2] < len(lower) and "by" in sent.grammar_at[lab[2]]):
            return False
        for j in range(lab[2], len(lower) - 1):
            if lower[j] == "," or lower[j] in CLAUSE_BREAKS:
                return False
            if lower[j] == "and":
                return self._has_verb(sent, j + 1, j + 2)
        return False

    def _shares_object(self, sent: Sentence, clauses: list[tuple], ci: int, v_end: int) -> bool:
        """Whether the verb ending at `v_end` in clause `ci`, with no object actor of its
        own, acts on the target of the act before it.

        "Hezbollah blamed Israel and vowed retaliation", "met the families of the victims,
        apologised for the deaths and promised compensation": a verb phrase joined to
        the one before it, sharing its subject (the clause has none of its own), is
        addressed to the same actor. Not so a verb that governs a complement of its own
        ("vowed to press on", "vowed that those responsible would be punished"), whose
        act the complement names, nor one of a series of infinitives ("promised to
        improve relations with the West and ease the headscarf law") or of a relative
        clause ("Henry, who had promised to hold elections and hand over power").
        """
        lo, hi, opener = clauses[ci]
        if opener != "and" or not ci or clauses[ci - 1][2] not in (None, "and", "reporting"):
            return False
        if v_end < hi and ("infinitive" in sent.grammar_at[v_end] or sent.lower[v_end] == "that"):
            return False
        before = clauses[ci - 1]
        if any("infinitive" in sent.grammar_at[k] and self._has_verb(sent, k + 1, k + 2)
               for k in range(before[0], before[1] - 1)):
            return False
        return self._subject_of(sent, clauses[ci]) is None

    def _shares_subject(self, sent: Sentence, clauses: list[tuple], ci: int) -> bool:
        """Whether clause `ci` is a verb phrase joined by "and" to the clause before it,
        with no subject of its own ("called the raid a violation and broke off relations
        with Ecuador")."""
        return (clauses[ci][2] == "and" and ci > 0
                and clauses[ci - 1][2] in (None, "and", "reporting")
                and self._subject_of(sent, clauses[ci]) is None)

    def _complement_after_object(self, sent: Sentence, i: int) -> bool:
        """Whether "that" at `i`, after a verb's object, opens the verb's complement:
        "promised ECOWAS that it would hand over power", "warned Kyiv that Russia would
        respond" (an actor right after the verb, then "that", then a subject and its
        auxiliary or verb); not "the rebels that attacked ...", a relative clause."""
        obj = next((p for p in sent.phrases if p.end == i), None)
        subj = next((p for p in sent.phrases if p.start in (i, i + 1)), None)
        if obj is None or subj is None or obj.start < 1 or subj.end >= len(sent.lower):
            return False
        verb = sent.labels[obj.start - 1]
        if verb is None or verb[0] != VERB or is_noun_use(sent, obj.start - 1):
            return False
        nxt = subj.end
        return (any(c in sent.grammar_at[nxt] for c in ("future", "modal", "passive_aux"))
                or sent.lower[nxt] in AUXILIARIES or self._has_verb(sent, nxt, nxt + 1))

    def _main_clause_after(self, sent: Sentence, lo: int, i: int, resume: int) -> int:
        """Where the main clause goes on after a relative clause on its subject, or -1.

        "Militants who attacked a police post killed three officers", "The protesters
        that stormed the parliament were arrested": a relative pronoun at `i` before
        the verb of its clause (which starts at `lo`) describes the subject; after the
        relative clause's own verb, the next verb (with its auxiliaries) that follows
        no conjunction, infinitive marker or preposition is the main clause's.
        """
        if resume > i or self._has_verb(sent, lo, i):
            return resume
        lower, grammar = sent.lower, sent.grammar_at
        own = next((k for k in range(i + 1, len(lower)) if self._has_verb(sent, k, k + 1)), None)
        if own is None:
            return -1
        k = sent.labels[own][2]
        while k < len(lower) and lower[k] not in CLAUSE_BREAKS:
            if not self._has_verb(sent, k, k + 1) or lower[k].endswith("ing"):
                k += 1
                continue
            start = k
            while start - 1 > own and _auxiliary(sent, start - 1):
                start -= 1
            before = grammar[start - 1]
            if any(c in before for c in ("conjunction", "infinitive", "preposition",
                                         "relative", "determiner")):
                return -1  # "who attacked and killed", "who tried to flee": still its own
            return start
        return -1

    def _subject_aside(self, sent: Sentence, i: int, lo: int) -> int | None:
        """Where the main verb (with its auxiliaries) of the clause from `lo` starts, when
        the comma at `i` opens a participle phrase on the subject just before it and a
        comma closes it: "Leaders of ECOWAS, meeting in Abuja on Thursday, ordered ...",
        "The council, chaired by Armenia's prime minister, decided ...", "The African
        Union, headquartered in Addis Ababa, suspended Niger". The participle is a verb
        of the dictionaries ending in -ing, or a plain word ending in -ed (a passive
        participle of a verb with its agent describes the subject without being coded:
        `_reduced_relative`); the subject has no verb yet, and a finite verb follows the
        closing comma."""
        lower, labels = sent.lower, sent.labels
        n = len(lower)
        if (i + 2 >= n or self._has_verb(sent, lo, i)
                or not any(p.end == i and p.start >= lo for p in sent.phrases)):
            return None
        word, lab = lower[i + 1], labels[i + 1]
        if not (word.endswith("ing") and lab is not None and lab[0] == VERB
                or word.endswith("ed") and lab is None and sent.words[i + 1].islower()):
            return None  # a passive participle of a verb: `_reduced_relative`'s
        close = next((k for k in range(i + 2, min(n, i + 16))
                      if lower[k] == "," or lower[k] in CLAUSE_BREAKS), None)
        if close is None or lower[close] != ",":
            return None
        k = close + 1
        while k < n and _auxiliary(sent, k):
            k += 1
        if k >= n or lower[k].endswith("ing") or not self._has_verb(sent, k, k + 1):
            return None
        return close + 1

    def _reduced_relative(self, sent: Sentence, lo: int, by: int,
                          resume: int) -> tuple[int, int] | None:
        """(participle, main verb) of a reduced relative on the clause's subject, if "by"
        at `by` follows one: "Troops supported by Russian mercenaries killed civilians",
        "Houthi rebels, armed by Iran, fired missiles". The participle right after the
        subject (and its comma) with its agent describes the subject, as "who were
        supported by" would; the next verb is the main clause's (see
        `_main_clause_after`). A passive participle with an agent but no verb after it
        ("Rebels attacked by soldiers in Goma", a headline) is no such modifier.
        """
        k = by - 1
        lab = sent.labels[k] if k >= lo else None
        if lab is None and k - 1 >= lo:  # a participle of two words ("backed up by")
            k -= 1
            lab = sent.labels[k]
        if (resume >= k or lab is None or lab[0] != VERB or lab[2] != by
                or not _after_head(sent, lo, k) or is_noun_use(sent, k, loose=False)
                or not self._passive_form(sent.lower[k])):
            return None
        main = self._main_clause_after(sent, lo, k - 1, resume)
        return (k, main) if main > by else None

    def _reports_clause(self, sent: Sentence, k: int) -> bool:
        """Whether the words from `k` after a reporting verb are a clause: a subject
        ("said they were ready") or a verb of the dictionary before the next comma.
        "announced a package of aid for Ukraine", "declared martial law": an object."""
        if any(p.start == k and not p.possessive for p in sent.phrases):
            return True
        return self._has_verb(sent, k, _phrase_end(sent, k))

    def _passive_pair(self, sent: Sentence, i: int, lo: int) -> bool:
        """Whether "and" at `i` joins two participles of one passive: "was summoned and
        reprimanded by the foreign ministry" is one clause, whose by-phrase is the
        source of both."""
        k = i - 1
        return (k >= lo and sent.labels[k] is not None and self._passive(sent, k, lo)
                and self._passive_form(sent.lower[i + 1]))

    def _reporting_pattern(self, sent: Sentence, i: int, lo: int) -> bool:
        """Whether a pattern of the reporting verb at `i` takes the words after it.

        "Houthi rebels claimed responsibility for ...": the verb's own pattern (`* +
        responsibility`) wins over the reporting reading, so no clause is cut after it;
        "The US claimed that ISIL attacked ..." matches no pattern and stays a report.
        Only a pattern whose first word follows the verb at once, or after the actor
        right after it, counts: words further on belong to the reported clause.
        """
        lab = sent.labels[i]
        if not lab or lab[0] != VERB:
            return False
        hi = next((k for k in range(lab[2], len(sent.lower)) if sent.lower[k] in CLAUSE_BREAKS),
                  len(sent.lower))
        hit = self._verb_hit(sent, i, lo, hi)
        return _takes_next_words(hit, [p for p in sent.phrases if not p.possessive], lab[2],
                                 _after_determiners(sent, lab[2], hi), sent, hi)

    def _verb_hit(self, sent: Sentence, v: int, lo: int, hi: int) -> PatternHit | None:
        """The pattern of the verb at `v` that fits within [lo, hi), before clauses are cut."""
        verb_id, _noun_id = word_kinds(sent.labels[v][3])
        if verb_id is None:
            return None
        return match_patterns(self.book, self.book.words[verb_id][3], self._lookup(sent), v,
                              sent.labels[v][2], lo, hi, self.over_actors)

    def _lookup(self, sent: Sentence) -> Lookup:
        """The sentence's pattern look-up tables, built once: clause cutting asks for
        patterns before the events do, and the tables do not depend on the clauses."""
        if sent.look is None:
            sent.look = Lookup(sent.lower, [p for p in sent.phrases if not p.possessive],
                               sent.stems, number_keys(self.book, sent.lower))
        return sent.look

    def _complement_reach(self, sent: Sentence, clauses: list[tuple[int, int, str | None]],
                          ci: int) -> tuple[int, Lookup] | None:
        """The end of the complement clause right after clause `ci` ("promised ECOWAS | that
        it would hand over power"), with look-up tables that leave out its subject, or None.

        A pattern of the clause's verb then reads the complement as it reads one after
        the verb's object: "- * + hand_over_power" passes over the subject ("it") as it
        passes over none in "promised ECOWAS to hand over power".
        """
        if ci + 1 >= len(clauses) or clauses[ci + 1][2] != "complement" \
                or clauses[ci + 1][0] != clauses[ci][1]:
            return None
        start, end, _opener = clauses[ci + 1]
        subject = next((p for p in sent.phrases if p.start in (start, start + 1)), None)
        phrases = [p for p in sent.phrases if not p.possessive and p is not subject]
        # the sentence's number keys do not depend on the actors: those already worked out
        return end, Lookup(sent.lower, phrases, sent.stems, self._lookup(sent).numbers)

    def _pattern_across(self, sent: Sentence, lo: int, i: int) -> bool:
        """Whether the subordinator at `i` only introduces words of a pattern before it.

        "deployed a carrier to the Mediterranean as a warning to Iran", "attacked
        government positions despite the truce": a subordinator followed by a noun phrase,
        not a clause, is no clause boundary when a pattern of a verb of the clause takes
        words after it (a pattern match wins, as for reporting verbs). A verb already
        coded by a pattern within its clause keeps it ("agreed to a ceasefire after four
        days of strikes") unless the new pattern names the subordinator itself ("moved a
        carrier ... as a warning to").
        """
        lower, labels = sent.lower, sent.labels
        end = next((k for k in range(i + 1, len(lower))
                    if lower[k] in CLAUSE_BREAKS or lower[k] == ","
                    or any(c in sent.grammar_at[k] for c in ("reporting", *BOUNDARY_CLASSES))),
                   len(lower))
        if self._has_verb(sent, i + 1, end):
            return False
        for k in range(lo, i):
            lab = labels[k]
            # as the coding of verbs does: "had used" is a verb, "missile strikes" a noun
            if not lab or lab[0] != VERB or is_noun_use(
                    sent, k, loose=word_kinds(lab[3])[1] is not None):
                continue
            hit = self._verb_hit(sent, k, lo, end)
            if hit is None or all(b <= i for _a, b in hit.spans):
                continue
            if any(a <= i < b for a, b in hit.spans) or self._verb_hit(sent, k, lo, i) is None:
                return True
        return False

    def _new_subject(self, sent: Sentence, i: int, lo: int) -> bool:
        """Whether "and" at `i` starts a clause with a subject of its own.

        "Ethiopian troops withdrew from Mekelle and Tigrayan forces took control of the
        city": the clause before "and" already has its verb, and an actor phrase right
        after "and" is followed at once by a verb (auxiliaries aside). An object list
        ("met Iran and Pakistan in Doha") has no verb after its last member, and a
        compound subject ("Russia and Ukraine agreed", "demanded that Sudan's army and
        the RSF halt") no verb between its start and "and". A participle ("Sweden
        joining NATO") is no clause, and after a role with no country of its own an
        -s form is a noun compound ("rockets and artillery shells").
        """
        lower = sent.lower
        after = next((p for p in sent.phrases if p.start == i + 1), None)
        if after is None or after.pronoun or not self._has_verb(sent, lo, i):
            return False
        group = after.group or [after]
        if group[0] is not after:  # "A and B VERB": is the compound a subject?
            first = group[0].start
            prev = first - 1
            if first <= lo or prev < lo or "that" in (lower[prev], lower[first]) or any(
                    c in sent.grammar_at[prev] for c in ("reporting", *BOUNDARY_CLASSES)):
                return False
        k = after.end
        while k < len(lower) and (lower[k] in AUXILIARIES or any(
                c in sent.grammar_at[k] for c in ("passive_aux", "future", "negation"))):
            k += 1
        lab = sent.labels[k] if k < len(sent.labels) else None
        if lab is None or lab[0] not in (VERB, NOUN) or lower[k].endswith("ing") or (
                lower[k].endswith("s") and after.antecedent is not None):
            return False
        verb, noun = word_kinds(lab[3])
        return verb is not None and not is_noun_use(sent, k, loose=noun is not None)

    def _final_speech_verb(self, sent: Sentence, lo: int) -> int | None:
        """The comma before "SPEAKER VERB." closing a sentence, if one does.

        "Unless Hamas disarms, Israel will resume the war, Netanyahu warned": a verb
        that ends the sentence right after an actor names who said the rest, as a
        reporting verb does ("..., the UN said"); the speaker is no target.
        """
        lower = sent.lower
        k = len(lower) - 1
        while k > lo and not any(map(str.isalnum, lower[k])):  # no generator per token
            k -= 1
        if k <= lo:
            return None
        lab = sent.labels[k]
        if (lab is None or lab[0] != VERB or "reporting" in sent.grammar_at[k]
                or not any(p.end == k for p in sent.phrases)):
            return None
        return self._attribution_comma(sent, k, lo)

    def _attribution_comma(self, sent: Sentence, i: int, lo: int) -> int | None:
        """The comma that opens a trailing attribution ("..., a senior official said").

        Between the comma and the reporting verb at `i` lie at most twelve words, no
        verb and no other comma: the speaker, whatever words name it (state agencies
        write full names: "..., the Ministry of Foreign Affairs and East African
        Cooperation said").
        """
        for k in range(i - 1, max(lo, i - 13) - 1, -1):
            if sent.lower[k] == ",":  # and a report before it: not "Mali, Niger and ..."
                return k if k > lo and any(lab and lab[0] in (VERB, NOUN)
                                           for lab in sent.labels[:k]) else None
            if sent.labels[k] and sent.labels[k][0] == VERB and not is_noun_use(sent, k):
                return None
        return None

    def _condition_subject(self, sent: Sentence, clauses: list[tuple], ci: int,
                           source: Phrase | None) -> Phrase | None:
        """The subject of the conditional clause right after clause `ci`, or right
        before it when `ci` states its consequence, if any.

        "Russia warned it would take retaliatory steps if Finland joined NATO", "Unless
        Hamas disarms, Israel will resume the war in Gaza": a threat with no object (or
        only a place) is aimed at the actor whose act is its condition.
        """
        if clauses[ci][2] == "consequence" and ci and clauses[ci - 1][2] == "conditional":
            who = self._subject_of(sent, clauses[ci - 1])  # "Unless Hamas disarms, Israel"
        elif ci + 1 < len(clauses) and clauses[ci + 1][2] == "conditional":
            who = self._subject_of(sent, clauses[ci + 1])
        else:
            return None
        if who is None or who is source or source is not None and who.code == source.code:
            return None  # "If elected, Lee would ...", "If Trump wins, he will ...": his own
        return who

    def _defied(self, sent: Sentence, clauses: list[tuple], ci: int,
                source: Phrase | None) -> Phrase | None:
        """The subject of the main clause of concessive clause `ci`, the addressee of
        an act named there with no object: "Despite US warnings, Israel launched ...",
        "Israel launched ... despite Egypt's appeals for restraint" (warned, appealed to
        Israel). A fronted concessive clause comes before its main clause, another after."""
        main = ci + 1 if ci == 0 else ci - 1
        if source is None or main >= len(clauses):
            return None
        who = self._subject_of(sent, clauses[main])
        return None if who is source else who

    def _cause_subject(self, sent: Sentence, clauses: list[tuple], ci: int,
                       source: Phrase | None) -> Phrase | None:
        """The subject of the clause of cause next to clause `ci`, if any.

        "Pakistan placed its air force on high alert after Indian jets crossed into its
        airspace", "After Israel struck Tehran, Iran closed its airspace": an act of
        reaction with no object is aimed at the actor whose act caused it. A clause of
        cause opens with a word of the grammar class `cause` and follows the act's
        main clause, or comes before it at the start of the sentence; its subject is
        an actor of its own (no place, no previous subject). Another state's forces or
        officials stand for their state.
        """
        for k in (ci + 1, ci - 1):
            if not 0 <= k < len(clauses) or clauses[k][2] != "subordinator":
                continue
            lo = clauses[k][0]
            if "cause" not in sent.grammar_at[lo] or k < ci and lo != 0:
                continue
            who = self._subject_of(sent, clauses[k])
            if who is None or who.after_prep is not None or who is source or (
                    source is not None and who.code == source.code):
                continue  # not "after the clashes in the town of Zvecan": a place
            if (not who.person and not who.group and who.country and who.code[3:6] in OWN_FORCES
                    and (source is None or source.country != who.country)):
                # a state's forces or officials acting across a border: the reaction
                # aims at their state ("Indian jets crossed": India)
                return Phrase(who.start, who.end, code=who.country, rules=list(who.rules))
            return who
        return None

    def _purpose(self, sent: Sentence, look: Lookup, block: int, default: str, v: int,
                 v_end: int, lo: int, hi: int, acted: list[Event],
                 events: list[Event]) -> bool:
        """Give the clause's act the sub-code of its stated purpose; whether it did.

        "called a general strike to demand the government's resignation": a protest
        (143) whose purpose, an infinitive after it or a participle opening the clause
        after it ("rallied against Fico, demanding his resignation"), is a demand for a
        leadership change (1041) is a strike for it (1431). [engine] purpose_detail maps
        the roots of such acts to the code prefixes of purposes whose fourth digit they
        take.
        """
        code = acted[0].code
        prefixes = self.purpose_detail.get(code[:2])
        if not prefixes or len(code) != 3 or v < 1 or not (
                "infinitive" in sent.grammar_at[v - 1] or v == lo and sent.lower[v - 1] == ","
                and sent.lower[v].endswith("ing")):
            return False
        hit = match_patterns(self.book, block, look, v, v_end, lo, hi, self.over_actors)
        purpose = hit.code if hit else default
        new = code + purpose[3:]
        if len(purpose) != 4 or not purpose.startswith(tuple(prefixes)) or (
                new not in self.book.events):
            return False
        events[:] = [_recode(e, new, e.rule_id) if e in acted else e for e in events]
        return True

    def _speaker_of(self, sent: Sentence, clauses: list[tuple], ci: int,
                    subject: Phrase | None, source: Phrase) -> Phrase:
        """The speaker who states a country's intention, if one of its own speaks for it.

        "Mark Rutte announced that the Netherlands would deliver jets", "Saudi Arabia
        would respond ..., the foreign minister said": a stated intention or threat is
        a statement, made by the speaker (NLDGOV, SAUGOV) on the country's behalf.
        The speaker is the subject of the clause whose reporting verb opens this one,
        or of a trailing attribution ("..., X said").
        """
        speaker = self._reporter(sent, clauses, ci, subject)
        if (speaker is None or speaker is source or not speaker.code or speaker.group
                or source.country is None):
            return source
        if speaker.country == source.code:
            return speaker
        if speaker.antecedent is not None and not speaker.pronoun and not speaker.person:
            # "Saudi Arabia would respond ..., the foreign minister said": a role with
            # no country of its own borrowed the nearest actor's (Iran's, "any Iranian
            # attack"); one who states a country's intention speaks for that country.
            return Phrase(speaker.start, speaker.end, code=source.country + speaker.code[3:],
                          rules=list(speaker.rules))
        return source

    def _reporter(self, sent: Sentence, clauses: list[tuple], ci: int,
                  subject: Phrase | None) -> Phrase | None:
        """Who reports clause `ci`: the subject of the clause whose reporting verb opens
        it ("X said ..."), or of a trailing attribution ("..., X said"), if any."""
        if clauses[ci][2] == "reporting":
            return subject
        if ci + 1 < len(clauses) and clauses[ci + 1][2] == "attribution":
            return self._subject_of(sent, clauses[ci + 1])
        return None

    def _accusation(self, sent: Sentence, clauses: list[tuple], ci: int,
                    accused: Phrase | None, subject: Phrase | None,
                    trace: list | None) -> list[Event]:
        """The accusation a report of culpability makes, if clause `ci` is one.

        "Canada's prime minister said Indian government agents were potentially linked
        to the killing of a Sikh leader", "Russia was behind the attack, Ukraine said":
        the reporter accuses the clause's subject ([engine] culpability_code, 112) of
        an act named right after a word of grammar class `culpability` ("behind",
        "responsible for", "linked to"), which follows the subject and forms of "be".
        The act (a noun or verb of one of the roots culpability_roots) is alleged, not
        reported, and is not coded (tests/gold/README.md rule 5). Negated and said of
        the reporter itself ("Iran said it was not behind the attack on US troops"), it
        is a denial (culpability_denial, 016) aimed at the act's victim, the first actor
        after the act of another country than the reporter's.
        """
        hi = clauses[ci][1]
        if not self.culpability_code or accused is None or not accused.code:
            return []
        reporter = self._reporter(sent, clauses, ci, subject)
        if reporter is None or not reporter.code or reporter is accused:
            return []
        grammar, lower, words = sent.grammar_at, sent.lower, sent.words
        k = accused.end
        while k < min(hi, accused.end + 2) and _modifies_noun(sent, k):
            k += 1  # the head noun of a modifier: "Indian government agents were"
        be = k
        negated = False
        while k < hi and ("passive_aux" in grammar[k] or lower[k] in ("had", "have", "has")
                          or "negation" in grammar[k]
                          or lower[k].endswith("ly") and words[k].islower()):
            negated = negated or "negation" in grammar[k]
            k += 1  # "were potentially", "had been", "was not"
        if k == be or k >= hi or "culpability" not in grammar[k]:
            return []
        end = sent.grammar_end[k]
        act = next((i for i in range(end, min(hi, end + 4)) if sent.labels[i] and (
            sent.labels[i][0] in (VERB, NOUN))), None)
        if act is None:
            return []
        verb_id, noun_id = word_kinds(sent.labels[act][3])
        _lemma, _kind, default, _block, rule = self.book.words[
            noun_id if noun_id is not None else verb_id]
        if default[:2] not in self.culpability_roots:
            return []  # "responsible for the talks": no act held against anyone
        code, target, how = self.culpability_code, accused, "accused"
        if negated:
            if accused.code != reporter.code or not self.culpability_denial:
                return []  # one who clears another accuses no one
            code, how = self.culpability_denial, "denied"
            target = next((p for p in sent.phrases if p.start > act and p.end <= hi
                           and p.country and p.country != reporter.country), None)
        made = self._make(sent, reporter, target, code,
                          f"{rule} ({how}: '{' '.join(sent.words[k:end])}')", k, end)
        if made and not negated:
            _charge(reporter, target)
        if trace is not None:
            trace.append({"step": "verb", "word": " ".join(sent.words[k:end]),
                          "lemma": sent.words[act], "as": "culpability",
                          "default_code": default, "rule_id": rule, "pattern": None,
                          "code": code, "outcome": "coded", "source": reporter.code,
                          "target": target.code if target else None,
                          "events": [list(e.key()) for e in made]})
        return made

    def _claimed_party(self, sent: Sentence, clauses: list[tuple], ci: int,
                       source: Phrase) -> Phrase | None:
        """The other party of a claim that the act of clause `ci` answers.

        "Azerbaijan's president rejected claims that his troops had shelled Armenian
        villages": a denial ([engine] claim_target) with no object answers the country
        the claim is about (ARM), the first actor of the claim ("claims that ...") of
        another country than the source's; the claim itself is not coded.
        """
        if ci + 1 >= len(clauses) or clauses[ci + 1][2] != "claim":
            return None
        lo, hi, _opener = clauses[ci + 1]
        who = next((p for p in sent.phrases if p.start >= lo and p.end <= hi and p.country
                    and p.country != source.country), None)
        return None if who is None else Phrase(who.start, who.end, code=who.country,
                                               rules=list(who.rules))

    def _reporting_party(self, sent: Sentence, clauses: list[tuple], ci: int,
                         subject: Phrase | None, source: Phrase) -> Phrase | None:
        """The country that reports an act of another country done to no one named.

        "India said Pakistani troops had violated the ceasefire": a truce broken
        ([engine] reporter_target) is broken against the other party to it, and the
        party that reports the breach is that party (IND). A reporter of the source's
        own country, or of none (the UN, a monitor), names no such party.
        """
        reporter = self._reporter(sent, clauses, ci, subject)
        if (reporter is None or reporter.group or not reporter.country
                or not source.country or reporter.country == source.country):
            return None
        return Phrase(reporter.start, reporter.end, code=reporter.country,
                      rules=list(reporter.rules))

    def _domestic_target(self, source: Phrase, code: str) -> Phrase | None:
        """The source's own country or people for a domestic measure with no target.

        "Uganda's government shut down the internet" (1721) targets Ugandans: the
        codes and the role they take are listed in [engine] domestic_target.
        """
        if source.group or not source.country:
            return None
        role = next((self.domestic[k] for k in (code[:4], code[:3]) if k in self.domestic),
                    None)
        if role is None:
            return None
        return Phrase(source.start, source.end, code=source.country + role,
                      rules=list(source.rules))

    def _counterpart(self, sent: Sentence, target: Phrase, source: Phrase) -> Phrase:
        """A counterpart has the role of the actor it is the counterpart of.

        "Dutch military intelligence shared information with its American counterparts":
        the counterparts are American intelligence (USASPY), not the generic role of the
        agent word (GOV); the source's role goes to the target's country.
        """
        if (target.person or target.group or source.group or not target.country
                or not source.country or source.country == target.country
                or len(source.code) <= 3
                or not self.counterparts.intersection(sent.lower[target.start:target.end])):
            return target
        return Phrase(target.start, target.end, code=target.country + source.code[3:],
                      rules=list(target.rules), after_prep=target.after_prep)

    def _third_country(self, sent: Sentence, phrases: list[Phrase], made: list[Event],
                       code: str,
                       v_end: int, source: Phrase | None,
                       target: Phrase | None) -> list[Event]:
        """Events recoded for a place in a third country ("met Lavrov in Riyadh": 044).

        The place is the first country named after a locative preposition after the
        verb, not inside the verb's object ("discussed the war in Ukraine": a topic);
        the events are recoded when no participant (every member of a compound
        source or target) belongs to that country. The codes are listed in [engine]
        third_country.
        """
        place = next((p for p in phrases if p.start >= v_end and p.after_prep in LOCATIVE
                      and p.code and len(p.code) == 3 and p.country
                      and not _in_object(sent, v_end, p)), None)
        if place is None or any(m is not None and m.country == place.country
                                for m in _members(source) + _members(target)):
            return made
        new = self.third_country[code]
        return [_recode(e, new, e.rule_id) for e in made]

    def _result_of(self, code: str, events: list[Event]) -> bool:
        """Whether a violent act in a participle clause is the result of one coded before.

        "Israeli jets struck the consulate, killing several officers": one event.
        """
        roots = self.result_roots
        return code[:2] in roots and any(e.code[:2] in roots for e in events)

    def _means_of(self, sent: Sentence, v: int, lo: int) -> int | None:
        """The verb whose means the gerund at `v` names, if it follows "by" ("responded
        by banning imports": "responded"): the clause's last verb before "by", with no
        actor between them ("aiding Russia by supplying drones" names none) and not in
        the passive ("were greeted by cheering crowds": "by" brings the agent); adverbs
        may stand before the gerund ("by swiftly imposing").
        """
        if not sent.lower[v].endswith("ing"):
            return None
        by = _before_adverbs(sent, v, lo)
        if by <= lo or "by" not in sent.grammar_at[by]:
            return None
        for k in range(by - 1, lo - 1, -1):
            label = sent.labels[k]
            if label and label[0] in (ACTOR, AGENT):
                return None
            if label and label[0] == VERB:
                passive = k > lo and "passive_aux" in sent.grammar_at[
                    _before_adverbs(sent, k, lo)]  # "was warmly greeted by"
                return None if passive else k
        return None

    def _has_verb(self, sent: Sentence, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi) hold a word used as a verb (a clause of their own)."""
        for k in range(lo, hi):
            lab = sent.labels[k]
            if lab and lab[0] in (VERB, NOUN):
                verb, noun = word_kinds(lab[3])
                if verb is not None and not is_noun_use(sent, k, loose=noun is not None):
                    return True
        return False

    # ------------------------------------------------------------ events

    def _events(self, sent: Sentence, verbs: list[int], trace: list | None) -> list[Event]:
        """Events of every clause; reporting verbs count only when nothing else is coded."""
        book = self.book
        verbs = [v for v in verbs if not _opening_participle(sent, v)]
        events: list[Event] = []
        weak: list[Event] = []  # events of reporting verbs ("said" -> 010)
        described: list[Event] = []  # acts of relative clauses ("the crowds that gathered")
        denied = False  # an act of a main clause was negated or hypothetical
        carried: tuple[list[Event], str] | None = None  # the last clause's governor
        before: list[Event] = []  # the last clause's act ("rallied ..., demanding ...")
        last_target: Phrase | None = None  # the target of the last act coded ...
        last_source: Phrase | None = None  # ... and its source
        subject: Phrase | None = None
        waiting: tuple | None = None  # an act addressed to no one yet, and its clause
        reporter: Phrase | None = None  # the subject of the last reporting verb
        clauses = self._clauses(sent)
        look = self._lookup(sent)
        _split_groups(sent, clauses)
        for ci, (lo, hi, opener) in enumerate(clauses):
            phrases = [p for p in sent.phrases if p.start >= lo and p.end <= hi]
            # The content of a claim or report ("rejected claims that ...") is not coded.
            hypothetical = opener in ("conditional", "claim")
            if opener == "reporting":
                reporter = subject
            clause_subject = self._subject(sent, phrases, lo, hi, opener, (
                reporter if opener == "and" and ci and clauses[ci - 1][2] == "reporting"
                and _back_to_report(self.book, sent, clauses[ci - 1], lo, hi) else subject))
            if clause_subject is None and opener == "subordinator" and ci + 1 < len(clauses):
                # "After recalling its ambassador, Pakistan launched ...": the main
                # clause's subject does the act of a subject-less fronted clause.
                clause_subject = self._subject_of(sent, clauses[ci + 1])
            if opener in (None, "reporting") and (accusation := self._accusation(
                    sent, clauses, ci, clause_subject, subject, trace)):
                events.extend(accusation)  # the alleged act itself is not coded
                continue
            coded_verb_seen = False  # a noun after a coded verb is its object, not an event
            acted: list[Event] = []  # the clause's act, once coded: only nouns with agents
            purposed = False  # its purpose ("to demand ...") gave its sub-code
            # an appeal/intent/demand/... verb, whose complement may give the code; one of
            # the clause before governs a complement clause ("promised X that it would")
            governor: tuple[list[Event], str] | None = carried if opener == "complement" \
                else None
            light_verb_seen = False  # "launched air strikes": the noun carries the event
            light_passive = False  # "was placed under investigation": its subject undergoes it
            undone = False  # "thwarted a Hamas attack": no noun after it names an act done
            noun_agent: Phrase | None = None  # the author of the clause's last noun of an act
            stated: list[Event] = []  # a statement's 010 set aside for the act it states
            negated = False  # a verb of the clause was negated: its infinitives are not done
            supposed = False  # its subject is an act supposed: what would follow is no act
            left = 0  # the number of events once it was set aside
            # "despite" takes a noun phrase: "despite US sanctions" names no act of sanctioning
            concessive = opener == "subordinator" and "concessive" in sent.grammar_at[lo]
            # the clause's gerunds of means, each with the verb it names the means of
            # ("responded by banning"): asked of each verb up to three times below
            means = {g: head for g in verbs if lo <= g < hi
                     and (head := self._means_of(sent, g, lo)) is not None}
            for v in verbs:
                if not lo <= v < hi or opener == "reaction" and (
                        clause_subject is not None and v < clause_subject.end):
                    continue  # ", an accusation Paris rejected": the act before, no new one
                entries = sent.labels[v][3]
                v_end = sent.labels[v][2]
                verb_id, noun_id = word_kinds(entries)
                noun_use = concessive or self.part_of_speech and is_noun_use(
                    sent, v, loose=noun_id is not None)
                proper = self.part_of_speech and v > 0 and sent.words[v][:1].isupper() and (
                    sent.lower[v - 1] not in ('"', "“", ":", "'", "‘"))
                if proper or noun_id is None and noun_use and verb_id is not None:
                    if trace is not None:
                        trace.append({"step": "verb", "word": sent.words[v], "lemma": None,
                                      "as": "noun", "default_code": None, "rule_id": None,
                                      "outcome": "skipped", "pattern": None,
                                      "reason": "a capitalised name, not a verb" if proper
                                      else "a verb form used as a noun, with no noun entry"})
                    continue
                as_noun = noun_id is not None and (verb_id is None or noun_use)
                lemma, kind, default, block, rule = book.words[noun_id if as_noun else verb_id]
                info = {"step": "verb", "word": sent.words[v], "lemma": lemma, "as": kind,
                        "default_code": default, "rule_id": rule} if trace is not None else None
                if self.filter_modality and (
                        not as_noun and "negation" in sent.grammar_at[v]
                        or as_noun and _negated_noun(sent, v)):
                    # "The EU stopped short of imposing sanctions": the verb is part of a
                    # negator (grammar.txt), whose act after it is not done; nor is the
                    # noun of an act after one ("stopped short of air strikes", "the
                    # incident was not an armed attack")
                    _note(trace, info, "skipped", "part of a negation, or negated")
                    coded_verb_seen = True
                    denied = denied or opener != "relative"
                    continue
                if as_noun and coded_verb_seen and not (
                        not undone and not negated and default[:2] in self.nested_roots
                        and not _charges(acted, self.culpability_code)
                        and (agent := _named_agent(sent, phrases, v)) is not None
                        and "unrealised" not in sent.grammar_at[agent.start]):
                    # "condemned the attack on ...": the object of the verb; but "condemned
                    # Russia's invasion of Ukraine" names an act of force of its own, by its
                    # agent ([engine] nested_roots); "vowed to respond to any Israeli
                    # attack" names none yet (grammar.txt `unrealised`), "accused Rwanda
                    # of backing the M23 offensive" names the act charged, not coded, and
                    # "did not condemn Russia's invasion" reports no act at all.
                    _note(trace, info, "skipped", "noun is the object of a coded verb")
                    continue
                if (opener == "participle" and v == lo and before and not acted
                        and not as_noun and self._purpose(sent, look, block, default, v,
                                                          v_end, lo, hi, before, events)):
                    # "rallied against Fico, demanding his resignation": the protest's
                    # purpose (1411); what is demanded is no act of its own
                    _note(trace, info, "skipped", "the purpose of the act before it: "
                                                  "its sub-code")
                    break
                if (acted and not as_noun and not stated and sent.lower[v].endswith("ing")
                        and all(e.code[:2] in self.stated_roots for e in acted)
                        and _enacted(sent, v - 1, lo)):
                    # "issued a statement condemning the strike", "adopted a resolution
                    # demanding": the participle says what the text does (111), more than
                    # the act of issuing it (010), which comes back if it codes nothing
                    stated = acted
                    events[:] = [e for e in events if e not in acted]
                    acted = []
                    left = len(events)
                if acted and not as_noun:
                    if not purposed and self._purpose(sent, look, block, default, v, v_end,
                                                      lo, hi, acted, events):
                        purposed = True
                        _note(trace, info, "skipped", "the purpose of the clause's act: "
                                                      "its sub-code")
                        continue
                    _note(trace, info, "skipped", "a complement of the clause's act")
                    continue
                if negated and not as_noun and _infinitive(sent, v, lo):
                    # "would not give permission to Russia to help Israel": the act the
                    # negated verb would have allowed is not done either
                    _note(trace, info, "rejected", "an infinitive under a negated verb")
                    continue
                passive = not as_noun and self._passive(sent, v, lo)
                if (coded_verb_seen and not as_noun and not passive and v > lo
                        and self._passive_form(sent.lower[v]) and _after_plain_word(sent, v)
                        and (not sent.inside[v - 1] or sent.labels[v - 1] is not None
                             and sent.labels[v - 1][0] == NOUN)):
                    # "made his remarks at the start of a trip aimed at pushing for ...": a
                    # participle on a noun after the clause's verb describes that noun
                    _note(trace, info, "skipped", "a participle describing the noun before it")
                    continue
                agent = self._by_phrase(sent, phrases, v_end, hi) if passive else None
                hit = match_patterns(book, block, look, v, v_end, lo, hi, self.over_actors,
                                     None if agent is None else (
                                         modifiers_start(sent, agent.start) - 1, agent.end))
                if hit is None and not passive and (
                        reach := self._complement_reach(sent, clauses, ci)) is not None:
                    # "warned Kyiv that Russia would respond to any attack", "promised the
                    # IMF that it would raise taxes": a complement after the object says
                    # what the act is, as after no object
                    hit = match_patterns(book, block, reach[1], v, v_end, lo, reach[0],
                                         self.over_actors)
                if passive:
                    back = match_passive(book, block, look, lo, hi, lo, v)
                    if back is not None and (hit is None or back.rank < hit.rank):
                        hit = back
                code = hit.code if hit else default
                rule_id = hit.rule_id if hit else rule
                if info is not None:
                    info["pattern"] = ({"rule_id": hit.rule_id, "code": hit.code,
                                        "words": list(hit.words)} if hit else None)
                if code == "---":
                    # A verb with no event of its own ("launched air strikes") leaves the
                    # act to its noun; a pattern that rejects the reading of a verb with
                    # an event ("condemned the attack on": no author named) does not,
                    # nor does a verb whose pattern of the verb alone says that what it
                    # takes is not done ("postponed a trip": `- * => ---`).
                    undoes = hit is not None and _verb_alone(book, block, hit)
                    light = not as_noun and default == "---" and not undoes
                    light_verb_seen = light_verb_seen or light
                    light_passive = light_passive or light and self._passive(sent, v, lo)
                    undone = undone or undoes
                    coded_verb_seen = coded_verb_seen or not as_noun and not light
                    _note(trace, info, "no_event", f"code '---' from {rule_id}")
                    continue
                if not as_noun and code[:2] in self.stated_roots and v in means.values():
                    # "responded on Monday by attacking Iran": the gerund names the act,
                    # the statement (010) only how it came
                    _note(trace, info, "skipped", "done by the means named after it")
                    continue
                if (opener == "participle" or not as_noun and v in means) and self._result_of(
                        code, events):
                    # "..., killing five", "violated the truce by firing on ...": one act
                    _note(trace, info, "skipped", "result or means of the act before it")
                    continue
                blocked = self._blocked(sent, v, lo, clause_subject, hypothetical, as_noun,
                                        means, opener == "causative")
                if governor is not None and (
                        blocked is None and _mandative(sent, v, lo, lemma)
                        or blocked is not None and blocked[0] == "participle"
                        and _charged_act(sent, v, lo)):
                    # "demanded that Manila remove the warship" (what is demanded, as in
                    # "urged Manila to remove"); "accused Seoul of flying drones" (what
                    # one is accused of): the act the governing verb is about
                    blocked = ("infinitive", "the act a demand or a charge is about")
                governed = None
                complement = opener == "complement" and blocked is not None and (
                    blocked[0] == "intent")  # "promised X that it would ..."
                if governor is not None and not complement and (
                        blocked is None or blocked[0] != "infinitive"):
                    break  # after an appeal/intent/demand verb only its complement counts
                if blocked is not None:
                    kind_, reason = blocked
                    supposed = supposed or kind_ == "supposed"
                    if supposed and kind_ in ("intent", "hypothetical"):
                        kind_ = "supposed"  # "a Chinese invasion would disrupt supplies"
                    # "will release" -> intent to release (03x); "urged X to release" ->
                    # appeal for release (02x); "refused to release" -> 12x; "threatened to
                    # capture" -> 13x: the governing family's code for this act.
                    if complement and governor is not None:
                        governed = self._governed(governor[1], code)
                    elif kind_ == "intent":
                        governed = self._governed("03", code)
                        if governed is None and code[:2] in self.intent_threat_roots:
                            # "The Houthis said they would attack any ship": announced
                            # force against another is a threat (13x).
                            governed = self._governed("13", code)
                        elif governed is None and code[:2] in self.intent_act_roots:
                            # "Iran will demand compensation": an announced demand or
                            # criticism is made by announcing it.
                            governed = code
                    elif kind_ == "infinitive" and governor is not None:
                        governed = self._governed(governor[1], code)
                    if (governed is not None and governor is not None
                            and (_refines(governor[1], governed)
                                 or _kind_named(governor[1], governed,
                                                self._family(governor[1])))):
                        # "threatened to strike the bases with missiles": the governing
                        # verb's own pattern (1384) already says more than the act (138),
                        # or names the kind ("accused Israel of committing genocide": 1124,
                        # not the 1122 of the mass killing)
                        governed = governor[1]
                    if governed is None:
                        _note(trace, info, "rejected", reason)
                        negated = negated or kind_ == "negated" and not as_noun
                        denied = denied or (kind_ in ("negated", "hypothetical")
                                            and opener != "relative")
                        coded_verb_seen = coded_verb_seen or not as_noun
                        if kind_ == "infinitive" and events:
                            break
                        continue
                    code, rule_id = governed, f"{rule_id} (governed: {reason.split(':')[0]})"
                    if governor is not None and (kind_ == "infinitive" or complement):
                        # The specific code replaces the governing verb's general one,
                        # keeping its actors ("urged India and Pakistan to ...").
                        made = [_recode(e, code, e.rule_id) for e in governor[0]]
                        events[:] = [e for e in events if e not in governor[0]]
                        if made:
                            events.extend(made)
                            if info is not None:
                                info.update(code=code, outcome="coded",
                                            reason="replaces the governing verb's event",
                                            events=[list(e.key()) for e in made])
                                trace.append(info)
                            break
                        governor = None
                if opener == "consequence" and (
                        code[:2] not in self.conditional_target_roots
                        or self._condition_subject(sent, clauses, ci, clause_subject) is None):
                    # "If elected, Lee would seek talks": hypothetical; but "Unless Hamas
                    # disarms, Israel will resume the war" is a threat (13x), and "If the
                    # US lifts sanctions, Iran will resume talks" an offer (03x): a stated
                    # act aimed at another actor whose act is its condition.
                    _note(trace, info, "rejected", "consequence of a fronted condition")
                    continue
                # Reporting verbs ("said") count only when the sentence has nothing else.
                reports = (not as_noun and "reporting" in sent.grammar_at[v]
                           and not _takes_next_words(hit, phrases, v_end,
                                                     _after_determiners(sent, v_end, hi),
                                                     sent, hi))
                if reports:
                    light_verb_seen = True  # "announced sanctions on": the noun is the act
                elif not as_noun or default == "---":
                    # a noun coded by what it takes ("the lifting of sanctions on Syria",
                    # 085), as a light verb is: the noun it takes is its object, no act
                    coded_verb_seen = True
                source, target = self._roles(sent, phrases, v, v_end, hi, clause_subject,
                                             as_noun, hit, light_verb_seen,
                                             code[:2] in self.topic_on_roots)
                by = self._by_phrase(sent, phrases, v_end, hi) if light_passive else None
                if as_noun and light_passive and clause_subject is not None and (
                        source is clause_subject or source is by):
                    # "Sarkozy was placed under investigation (by French judges)": the
                    # subject of a passive light verb undergoes the act of the by-phrase
                    source, target = by, clause_subject
                if opener == "reaction" and last_source is not None and source is not None \
                        and not as_noun and last_source.code != source.code:
                    # ", a move Beijing condemned": its object is the act before, whose
                    # doer is the target, whatever else the clause names
                    target = last_source
                if (target is None and opener == "and" and not as_noun
                        and _quantity_object(sent, v_end, hi, self.book.numbers)):
                    # "fired tear gas at the protesters and arrested dozens": of them;
                    # but "raided Jenin and killed three" counts the raid's victims
                    if self._result_of(code, events):
                        _note(trace, info, "skipped", "result of the act before it")
                        continue
                    target = last_target
                if (target is None and not as_noun and not passive and last_target is not None
                        and code[:2] in self.shared_object_roots
                        and self._shares_object(sent, clauses, ci, v_end)):
                    # "met the families ..., apologised for the deaths and promised
                    # compensation", "blamed Israel and vowed retaliation": to them
                    target = last_target
                if (source is None and passive and opener == "reporting" and blocked
                        and blocked[0] == "intent"):
                    # "Sri Lanka's government said the curfew would be lifted": an
                    # announced measure with no agent is the speaker's own (and the
                    # speaker, borrowed as the clause's subject, is not its target).
                    source = subject
                    if target is subject:
                        target = None
                if blocked is not None and blocked[0] == "intent" and _bare_country(source):
                    source = self._speaker_of(sent, clauses, ci, subject, source)
                if (target is None and as_noun and source is not None
                        and source.after_prep == "from" and noun_agent is not source):
                    # "Russia's invasion of Ukraine drew sanctions from the EU": the
                    # reaction aims at the author of the act named before it
                    target = noun_agent
                if target is None and as_noun and concessive:
                    target = self._defied(sent, clauses, ci, source)
                if (code[:2] in self.conditional_target_roots and not as_noun
                        and _states_own_act(sent, source, target, v_end)):
                    # "warned that Moscow would use nuclear weapons if ...": the source's
                    # own country is the subject of what it threatens, not its target
                    target = _aim_after(phrases, target, source, hi) or self._condition_subject(
                        sent, clauses, ci, source)
                if code[:2] in self.conditional_target_roots and (
                        target is None or target.after_prep in LOCATIVE):
                    # a place ("resume the war in Gaza") is no object: the threat aims at
                    # the subject of its condition ("unless Hamas disarms"), if any
                    target = self._condition_subject(sent, clauses, ci, source) or target
                if (target is None and not as_noun and code[:2] in self.reaction_roots
                        and opener in (None, "and", "reporting")):
                    target = self._cause_subject(sent, clauses, ci, source)
                if (target is None and opener == "causative" and code[:2] in self.reaction_roots
                        and last_source is not None and last_source.code != (
                            source.code if source is not None else None)):
                    # "Ecuador's raid ... prompted Mexico to break off relations": with Ecuador
                    target = last_source
                if (target is None and opener == "and" and code[:2] in self.reaction_roots
                        and _answers(source, last_target, last_source)):
                    # "The US struck Houthi targets, and the Houthis vowed to retaliate"
                    target = last_source
                if (source is not None and not as_noun and code.startswith(self.claim_codes)
                        and (target is None or target.country == source.country)):
                    # "Vucic denied that Serbia was involved": not a denial to Serbia
                    target = _accuser(sent, source, target, v, v_end) or target
                if (target is None and source is not None and not as_noun
                        and code.startswith(self.claim_codes)):
                    target = self._claimed_party(sent, clauses, ci, source)
                if (target is None and source is not None and not as_noun
                        and code.startswith(self.reporter_codes)):
                    target = self._reporting_party(sent, clauses, ci, subject, source)
                if target is None and complement and governor is None:
                    target = _addressee(sent, lo, source)
                if target is None and source is not None and not as_noun and self.act_families:
                    target = self._doer_of_act(sent, v_end, hi, source)
                if (target is not None and source is not None and code[:2] in self.victim_roots
                        and _borrowed_from(target, source)):
                    target = (_reporters_victims(sent, target, source, self.outlets)
                              or _placed_victims(sent, target, source, hi) or target)
                if (target is not None and self.unplaced and code.startswith(self.unplaced)
                        and target.after_prep in LOCATIVE
                        and (hit is None or hit.target is not target)
                        and not (TOPIC_ON | {"over"}) & set(sent.lower[v_end:target.start])):
                    # "The UN chief made his remarks in Doha": a statement made in a place
                    # addresses no one there ("a statement on the situation in Ethiopia"
                    # is about it)
                    target = None
                if target is not None and source is not None and self.counterparts:
                    target = self._counterpart(sent, target, source)
                if (source is not None and self.domestic
                        and opener not in ("subordinator", "relative", "participle")
                        and (target is None or not target.code or _own_place(target, source))):
                    target = self._domestic_target(source, code) or target
                made = self._make(sent, source, target, code, rule_id, v, v_end)
                if code in self.third_country:
                    made = self._third_country(sent, phrases, made, code, v_end, source,
                                               target)
                # So do acts inside relative clauses ("the gunmen who killed ...").
                reporting = reports or opener == "relative"
                if (not made and target is None and source is not None and not as_noun
                        and not reporting and code[:2] in self.shared_object_roots):
                    waiting = (ci, source, code, rule_id, v, v_end)  # for the verb after it
                elif (made and waiting is not None and target is not None and not as_noun
                      and waiting[0] == ci - 1 and source is waiting[1]
                      and self._shares_subject(sent, clauses, ci)):
                    # "called the expulsions cruel and urged Islamabad to ...": the act
                    # with no object of its own is addressed to the next one's target
                    events.extend(self._make(sent, waiting[1], target, *waiting[2:]))
                    waiting = None
                if info is not None:
                    info["code"] = code
                    info["source"] = source.code if source else None
                    info["target"] = target.code if target else None
                    info["events"] = [list(e.key()) for e in made]
                    if not made:
                        info["outcome"] = "no_event"
                        info["reason"] = ("no source and target" if self.require_dyad
                                          else "no actor")
                    else:
                        info["outcome"] = "weak" if reporting else "coded"
                        if reporting:
                            info["reason"] = "reporting verb: kept only if nothing else is coded"
                    trace.append(info)
                (described if opener == "relative" else weak if reporting else events
                 ).extend(made)
                if made and not reporting:
                    last_target, last_source = target, source
                    if as_noun:
                        noun_agent = source
                    if self.culpability_code and code.startswith(self.culpability_code):
                        _charge(source, target)
                    for p in _members(source):
                        if p is not None:
                            p.acts += (code[:2],)
                            if target is not None and not target.group and code.startswith(
                                    self.pair_codes):
                                p.partner = target
                    if (governed is None and self._family(code) is not None
                            and not _names_verb(hit, verbs, v_end)):
                        governor = (made, code)  # a following infinitive may refine it
                        continue
                    again = self._second_complement(sent, block, v, v_end, hit, clauses, ci) \
                        if governed is None and self._family(code) is not None else None
                    if again is not None and _refines(again.code, code):
                        # "to hold elections and return the country to civilian rule":
                        # one appeal for reform, the second act says which (0244)
                        events[:] = [e for e in events if e not in made]
                        made = [_recode(e, again.code, again.rule_id) for e in made]
                        events.extend(made)
                    elif again is not None and not _refines(code, again.code):
                        events.extend(_recode(e, again.code, again.rule_id) for e in made)
                    acted = made  # one act per clause: later verbs are its complements
            if stated and len(events) == left:
                events.extend(stated)
                acted = stated
            carried = governor
            before = acted
            if clause_subject is not None and opener not in ("relative", "attribution"):
                subject = clause_subject
        # A relative clause describes a participant of the main act: when that act is
        # denied ("did not fire on the crowds that gathered"), nothing is reported.
        return _dedupe(events or weak + ([] if denied else described), states=True)

    def _second_complement(self, sent: Sentence, block: int, v: int, v_end: int,
                           hit: PatternHit, clauses: list[tuple], ci: int) -> PatternHit | None:
        """The pattern of a second act that an appeal, demand, promise or refusal names
        after "and": "urged RSF commanders to halt attacks on civilians and to allow aid
        agencies access" asks for two things (0256, 0255), as "demanded that the ELN free
        the hostages and abandon kidnapping" does (1053, 1042).

        The governing verb's pattern took the first act's words (`hit`). Its patterns
        are tried again with the first act's words hidden, on the words after a
        conjunction followed by a verb in its base form ("and abandon", "and to allow"),
        within the clause or the "and" clause after it. Only a different code from words
        after the conjunction is returned: the same code, or one from no word after it,
        adds nothing ("to exercise restraint and avoid escalation" is one appeal). The
        caller gives it the governing event's actors.
        """
        lo, hi, _opener = clauses[ci]
        if ci + 1 < len(clauses) and clauses[ci + 1][2] == "and" and clauses[ci + 1][0] == hi:
            hi = clauses[ci + 1][1]
        first_end = max(b for _a, b in hit.spans) if hit.spans else v_end
        if first_end <= v_end:
            return None
        verb = _bare_verb_after_conjunction(self.book, sent, first_end, hi)
        if verb is None:
            return None
        start = hit.target.end if hit.target is not None and hit.target.end > v_end else v_end
        hidden = _hidden(sent, [p for p in sent.phrases if not p.possessive], start, verb)
        again = match_patterns(self.book, block, hidden, v, v_end, lo, hi, self.over_actors)
        if (again is None or again.code == hit.code or not again.spans
                or min(a for a, _b in again.spans) < verb):
            return None
        return again

    def _subject_of(self, sent: Sentence, clause: tuple) -> Phrase | None:
        """The subject of clause `clause` (lo, hi, opener) on its own, with no earlier
        subject to fall back on: the actor of a condition, cause or report next to
        the clause being coded."""
        lo, hi, opener = clause
        return self._subject(sent, [p for p in sent.phrases if p.start >= lo and p.end <= hi],
                             lo, hi, opener, None)

    def _subject(self, sent: Sentence, phrases: list[Phrase], lo: int, hi: int,
                 opener: str | None, previous: Phrase | None) -> Phrase | None:
        """The clause's subject: its first actor phrase not inside a prepositional phrase."""
        # verb entries start only where `sent.verbs` says: no need to walk every token
        first_verb = next((i for i in sent.verbs if lo <= i < hi
                           and sent.labels[i][0] == VERB and not _opening_participle(sent, i)
                           and not (self.part_of_speech and is_noun_use(
                               sent, i, loose=word_kinds(sent.labels[i][3])[1] is not None))),
                          hi)
        fallback = None
        for p in phrases:
            if p.start >= first_verb:
                break
            if p.after_prep is None and p.code and not p.possessive:
                return p
            if p.after_prep == "of" and fallback is None and p.code:
                fallback = p  # "Much of Port-au-Prince has been taken over"
        if fallback is not None:
            return fallback
        if opener == "relative" and lo > 0:
            before = [p for p in sent.phrases if p.end <= lo and p.code]
            if before and before[-1].end >= lo - 2:
                return before[-1]
        if first_verb < hi and _noun_subject(sent, lo, first_verb):
            return None  # "An earthquake struck Turkey", "as floods displaced millions"
        return previous

    def _blocked(self, sent: Sentence, v: int, lo: int, subject: Phrase | None,
                 hypothetical: bool, as_noun: bool, means: dict[int, int],
                 caused: bool = False) -> tuple[str, str] | None:
        """Why this verb must not produce its plain event, as (kind, reason), if it must not.

        Kinds: "negated", "hypothetical" (conditional, modal, prediction), "intent"
        (will/would, plans: the act may be coded as an intention to act),
        "infinitive" (after another verb, whose event stands), "participle" and
        "supposed" (an indefinite act with a modal after it, `_supposed_act`). In a
        clause of an actor made to act (`caused`: "prompted Mexico to break off
        relations") the infinitive right after the subject is the act done, no plan.
        `means` maps the clause's gerunds of means to their verbs (`_means_of`).
        """
        if not self.filter_modality:
            return None  # legacy dictionaries judge modality with their own patterns
        if hypothetical:
            return "hypothetical", "conditional clause or content of a claim"
        if _supposed_act(sent, v):
            return "supposed", "an act supposed: 'a Chinese invasion would ...'"
        if as_noun:
            return None
        start = max(lo, subject.end if subject is not None and subject.end <= v else lo,
                    v - 5)
        grammar, lower = sent.grammar_at, sent.lower
        intent = None
        for i in range(start, v):
            g = grammar[i]
            if "negation" in g:
                return "negated", f"negated by '{sent.words[i]}'"
            if "modal" in g:
                return "hypothetical", f"modal '{sent.words[i]}'"
            if intent is None and ("future" in g or "planning" in g):
                intent = ("intent", f"stated intention: '{sent.words[i]}'")
        if intent is not None:
            return intent
        # past adverbs between subject and verb ("Germany formally to ...", "is still
        # pressing"); lo - 1 when the clause opens with them
        prev = _before_adverbs(sent, v, lo - 1)
        if not caused and _planned(sent, prev, subject):
            return "intent", "an infinitive right after its subject: a plan ('X to visit Y')"
        # after a verb of aspect the act is done: "began releasing", "continued to shell"
        if prev >= lo and "infinitive" in grammar[prev] and any(
                sent.labels[k] and sent.labels[k][0] == VERB
                for k in range(max(lo, prev - 3), prev)) and not (
                prev - 1 >= lo and "aspect" in grammar[prev - 1]):
            return "infinitive", "infinitive after a verb: the act is not reported as done"
        if (head := means.get(v)) is not None:
            # "China responded by banning imports", "retaliated by expelling two
            # diplomats": the gerund of means is how the act of the verb before it was
            # done, reported (or planned, negated) as that verb is
            return self._blocked(sent, head, lo, subject, hypothetical, as_noun, means,
                                 caused)
        if lower[v].endswith("ing") and v != lo and not (
                prev >= lo and any(c in grammar[prev] for c in (
                    "passive_aux", "subordinator", "aspect"))) and not _enacted(sent, prev, lo):
            return "participle", "participle: describes, does not report, an act"
        return None

    def _governed(self, governing: str, act: str) -> str | None:
        """The code of `act` within the family of the governing code (see codebook.toml)."""
        root = self._family(governing) or governing[:2]
        act = act.split(":")[0]  # "will visit" (042:043): the intent is the visitor's
        by_intent = self.book.families.get("from_intent", {}).get(root)
        intent = self.book.intent.get(act)
        if by_intent and intent and intent[:3] in by_intent:
            base = by_intent[intent[:3]]
            specific = base + intent[3:]
            return specific if specific in self.book.events else base
        by_act = self.book.families.get("from_act", {}).get(root)
        if by_act:
            # Longest prefix first, so a four-digit act keeps its CAMEO sub-code
            # ("threatened to reimpose a curfew": 1723 -> 1323, not 132).
            for k in (act[:4], act[:3], act[:2]):
                if k in by_act:
                    return by_act[k]
        return None

    def _family(self, code: str) -> str | None:
        """The family key of a governing code: the code's three digits when a family
        has them as a key ("112": accusations take their sub-code from the act one is
        accused of), else its root ("02", "10", ...), or None when it governs nothing."""
        return next((k for k in (code[:3], code[:2]) if k in self.family_keys), None)

    @staticmethod
    def _passive_form(word: str) -> bool:
        """Whether a word may be a past participle (by its ending)."""
        return word.endswith(("ed", "en", "wn", "ck", "ught", "eld", "ot", "ut", "id", "it", "et"))

    def _passive(self, sent: Sentence, v: int, lo: int) -> bool:
        """Whether the verb at `v` is a passive participle: after a form of "be"
        ("was captured by"), or right after an actor with its agent after it, a
        reduced relative ("protesters killed by police", "a bomb planted by the Taliban"),
        or joined by "and" to a passive participle before it ("was shot and seriously
        wounded by")."""
        word = sent.lower[v]
        if not self._passive_form(word):
            return False
        end = sent.labels[v][2]
        if end < len(sent.lower) and "by" in sent.grammar_at[end] and (
                _after_head(sent, lo, v) or _after_noun(sent, lo, v, end)):
            return True
        if _of_noun_head(sent, lo, v, end) or _existential(sent, lo, v):
            return True
        i = v - 1
        while i >= lo and (sent.lower[i].endswith("ly") or sent.lower[i] in (
                "also", "not", "n't", "reportedly", "then", "later")):
            i -= 1
        if i > lo and sent.lower[i] == "and":
            first = next((k for k in range(i - 1, max(lo, i - 3) - 1, -1)
                          if sent.labels[k] and sent.labels[k][0] == VERB
                          and sent.labels[k][2] == i), None)
            return first is not None and self._passive(sent, first, lo)
        return i >= lo and "passive_aux" in sent.grammar_at[i]

    def _roles(self, sent: Sentence, phrases: list[Phrase], v: int, v_end: int, hi: int,
               subject: Phrase | None, as_noun: bool, hit, light_verb: bool = False,
               topic_on: bool = False) -> tuple:
        """(source, target) of the verb or noun at `v`; with `topic_on`, an actor after "on"
        is a topic of the act ("agreed to share intelligence on al-Shabaab"), the target
        only when nothing else is (see `_object`)."""
        topics, directional = (TOPIC_ON, AIM_TOPIC_ON) if topic_on else (TOPIC, AIM_TOPIC)
        passive = False
        # Pattern words aimed "at"/"on" something ("fired rockets at Israel"): the
        # weapon, whose phrase is no target, and the aim, which is no mere place.
        tools: tuple[tuple[int, int], ...] = ()
        aim = -1
        if hit is not None and hit.spans:  # most verbs match no pattern words
            aims = [(s, _aim(sent, s[1], directional)) for s in hit.spans]
            tools = tuple(s for s, k in aims if k >= 0)
            aim = max(k for _s, k in aims)
        if as_noun:
            agent = _named_agent(sent, phrases, v)
            source = (_giver(sent, phrases, agent, v, v_end) or agent or next(
                (p for p in phrases if p.end <= v and p.end >= v - 3 and p.after_prep is None
                 and not _verb_between(sent, p.end, v)), None))
            by = self._by_phrase(sent, phrases, v_end, hi)
            source = by or source or (subject if light_verb else None)
            # "China's drills around Taiwan drew condemnation from Japan": the object of
            # a noun lies before the next noun of an act, which has actors of its own
            stop = _next_act_noun(sent, v_end, hi)
            target = _object([p for p in phrases if p.end <= stop], v_end, by, source, tools,
                             aim, sent, topics)
        else:
            passive = self._passive(sent, v, 0)
            by = self._by_phrase(sent, phrases, v_end, hi) if passive else None
            source = by if passive else subject
            # "bombs planted by X exploded outside the ministry": the passive subject is
            # the bomb, no actor; the target is sought after the verb, then is the
            # clause's subject ("soldiers were killed when a bomb planted by X exploded")
            on_noun = passive and _after_noun(sent, 0, v, v_end)
            target = subject if passive and not on_noun else None
            if target is None:
                target = _object(phrases, v_end, by, source, tools, aim, sent, topics)
            if target is None and on_noun:
                target = subject
        if hit is not None:
            if hit.compound is not None:
                source = target = hit.compound
            source = hit.source or source
            # In the passive the active pattern's object slot ("received +") is the
            # subject: the by-phrase it would bind is the source.
            # nor is a noun's agent after "by" ("the visit by Xi to Serbia": the visitor)
            if hit.target is not None and not ((passive or as_noun) and hit.target is by
                                               or _instrument(hit.target, tools)):
                target = hit.target
            elif (not passive and hit.source is not None and hit.source.start >= v_end
                  and subject is not None and subject is not hit.source):
                # "received weapons from the government": a source slot after the verb
                # is the giver, and the subject receives.
                target = subject
        if _among_members(source, target):
            target = None  # the members act on each other (see `_make`)
        return source, target

    def _by_phrase(self, sent: Sentence, phrases: list[Phrase], v_end: int,
                   hi: int) -> Phrase | None:
        return next((p for p in phrases if p.start >= v_end and p.end <= hi
                     and p.after_prep == "by"), None)

    def _doer_of_act(self, sent: Sentence, k: int, hi: int, source: Phrase) -> Phrase | None:
        """The target of "condemned the attack", "welcomed the decision": the source of
        that act, coded earlier in the sentence, in the previous one or in those before it
        that the story remembers (`coding.story.Story`).

        The object must be a definite noun of an act (grammar class `definite`, up to
        two plain words, then a noun entry), or a word of the grammar class
        `act_reference` ("the move", "the ruling"), which may refer to any act, as may a
        noun coded by what it takes ("the seizure", of a tanker or a town). The
        noun's root must share a family of the engine option `act_anaphora` with the
        act it refers to (an "attack" may refer to an air strike, 195, or a bombing,
        183). A word of the grammar class `deed_reference` ("the decision", "the move")
        names something done: it refers to an act of words alone (roots of the engine
        option `comment_roots`: criticism, rejection) only when no other act is
        remembered, for the reactions to a decision follow it ("Britain recognised a
        Palestinian state. Netanyahu rejected the move. Abbas welcomed the decision":
        Britain's), and with no act remembered is that of the previous sentence's
        subject. The phrase made spans the noun phrase and carries the doer's code. A
        possessive pronoun before the noun names the author itself ("rejecting her offer").
        """
        grammar, labels, lower = sent.grammar_at, sent.labels, sent.lower
        if k >= hi:
            return None
        if (author := _possessive_author(sent, k, hi, source)) is not None:
            return author
        if "act_reference" in grammar[k]:
            end, root = sent.grammar_end[k], None
        elif "definite" in grammar[k]:
            m = k + 1
            while m < min(hi, k + 3) and labels[m] is None and not grammar[m] and (
                    lower[m].isalpha()):
                m += 1  # "the deadly attack", "the latest strikes"
            lab = labels[m] if m < hi else None
            verb_id, noun_id = word_kinds(lab[3]) if lab is not None and lab[0] in (
                VERB, NOUN) else (None, None)
            if m < hi and "act_gap" in grammar[m]:
                # "the allegations", "the charges", "the claims": of any act, whatever
                # the noun's own code
                end, root = (lab[2] if noun_id is not None else m + 1), None
            elif noun_id is None and verb_id is not None:
                # "condemned the strikes": a verb's form as a noun names the verb's act,
                # if its verb has a code of its own
                default = self.book.words[verb_id][2]
                if not default or default == "---":
                    return None
                end, root = lab[2], default[:2]
            elif noun_id is None:
                return None
            else:
                default = self.book.words[noun_id][2]
                # a noun coded by what it takes ("the seizure": of a tanker 171, of a
                # town 192) names no family: like "the move", it may refer to any act
                end, root = lab[2], default[:2] if default and default != "---" else None
        else:
            return None
        if end < hi and "preposition" in grammar[end]:
            return None  # "the attack on a convoy": the act is named here, not earlier
        families = [f for f in self.act_families if root is None or root in f]
        if not families:
            return None
        earlier = [p for p in reversed(sent.phrases) if p.end <= k]
        # not the source's own act ("a week after announcing the move")
        doers = [p for p in (*earlier, *sent.context, *sent.story)
                 if p.acts and p.code and p.code != source.code and p not in (
                     source.group or ()) and any(a in f for a in p.acts for f in families)]
        if "deed_reference" in grammar[k]:
            doers = [p for p in doers if not self.comment_roots.issuperset(p.acts)] or doers
            if not doers:
                # "China's commerce ministry said it would lift the duties on Australian
                # barley. Albanese welcomed the decision": a decision no act coded for is
                # that of the previous sentence's subject
                doers = [p for p in sent.context[:1] if p.code and p.after_prep is None
                         and p.code != source.code and p not in (source.group or ())]
        return _doers_at(doers[0], k, end) if doers else None

    def _make(self, sent: Sentence, source: Phrase | None, target: Phrase | None, code: str,
              rule_id: str, v: int, v_end: int) -> list[Event]:
        sources = _members(source)
        targets = _members(target)
        if (source is not None and target is None and source.group and len(sources) > 1
                and (code.startswith(self.mutual) or _reciprocal(sent, v_end))):
            # "Russia and China held talks": the members act on each other; but "The US
            # and Britain condemned the attack" is no act of one against the other
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        else:
            pairs = [(a, b) for a in sources for b in targets]
        codes = code.split(":")
        verb_span = None  # worked out for the first event: offsets cost a walk of the text
        out = []
        for a, b in pairs:
            for n, c in enumerate(codes):
                src, tgt = (a, b) if n == 0 else (b, a)
                s_code = src.code if src is not None else None
                t_code = tgt.code if tgt is not None else None
                if s_code is not None and s_code == t_code:
                    continue
                if self.require_dyad and (not s_code or not t_code):
                    continue
                if not s_code and not t_code:
                    continue
                if c in self.foreign_only and _own_country(s_code, t_code):
                    # "Zelensky visited Kharkiv" (UKRGOV -> UKR): a trip at home is no visit
                    continue
                if self.require_country and not (_placed(s_code) or _placed(t_code)):
                    # "The government rejected the opposition's call": with no country
                    # on either side (---GOV -> ---OPP) the event is not codable.
                    continue
                if verb_span is None:
                    verb_span = (sent.starts[v], sent.ends[v_end - 1])
                    verb_text = sent.text[verb_span[0]:verb_span[1]]
                out.append(Event(
                    s_code, t_code, c, rule_id, verb_text, verb_span,
                    *_span(sent, src), *_span(sent, tgt),
                    tuple(src.rules) if src else (), tuple(tgt.rules) if tgt else ()))
        return out


# ---------------------------------------------------------------- helpers


def _day(value) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, date):
        return value.toordinal()
    return date.fromisoformat(str(value)[:10]).toordinal()


def _auxiliary(sent: Sentence, k: int) -> bool:
    """Whether the word at `k` may stand between a subject and its verb: an auxiliary
    ("had", "will", "could", "was"), a negation or an adverb in -ly."""
    return sent.lower[k] in AUXILIARIES or sent.lower[k].endswith("ly") or any(
        c in sent.grammar_at[k] for c in ("passive_aux", "future", "negation", "modal"))


def _bare_verb_after_conjunction(book: Compiled, sent: Sentence, k: int, hi: int
                                 ) -> int | None:
    """Where the verb of a second complement starts: the first conjunction in [k, hi)
    outside any actor phrase, then (after an infinitive marker) a verb in its base form
    ("and abandon kidnapping", "and to allow access"); None if there is none."""
    grammar, labels = sent.grammar_at, sent.labels
    held = {t for p in sent.phrases for t in range(p.start, p.end)}
    for c in range(k, hi - 1):
        if "conjunction" not in grammar[c] or c in held:
            continue
        w = c + 1 + ("infinitive" in grammar[c + 1])
        if w >= hi or labels[w] is None or labels[w][0] != VERB:
            return None
        if _lemma(book, sent, w) != sent.lower[w]:
            return None
        return w
    return None


def _lemma(book: Compiled, sent: Sentence, k: int) -> str | None:
    """The base form (the entry's first word) of the verb labelled at `k`, or None when
    the label holds no verb entry: a word in its base form equals it ("abandon")."""
    verb_id, _noun = word_kinds(sent.labels[k][3])
    return None if verb_id is None else book.words[verb_id][0].split()[0]


def _hidden(sent: Sentence, phrases: list[Phrase], a: int, b: int) -> Lookup:
    """Pattern look-up tables of the sentence with tokens [a, b) and the actors in them
    hidden: what a pattern may match once the words of a first complement are set aside."""
    lower = [("" if a <= i < b else w) for i, w in enumerate(sent.lower)]
    stems = sent.stems and [(() if a <= i < b else s) for i, s in enumerate(sent.stems)]
    numbers = sent.look.numbers if sent.look is not None else None
    if numbers:
        numbers = [(() if a <= i < b else n) for i, n in enumerate(numbers)]
    return Lookup(lower, [p for p in phrases if not (a <= p.start and p.end <= b)],
                  stems or None, numbers)


def _possessive_author(sent: Sentence, k: int, hi: int, source: Phrase) -> Phrase | None:
    """The author of the act named by a possessive and its noun as the object: "rejecting
    her offer of talks", "welcomed his decision" aim at the one she or he refers to,
    unless that is the source itself ("defended its strikes")."""
    own = next((p for p in sent.phrases if p.start == k and p.possessive), None)
    if (own is None or own.end >= hi or not own.code or own.code == source.code
            or sent.labels[own.end] is None or sent.labels[own.end][0] not in (VERB, NOUN)
            or _refers_to(own, source)):
        return None
    return own


def _bracketed_name(sent: Sentence, i: int) -> int | None:
    """The token after the ")" closing the bracket opened at `i`, when the bracket holds
    only a short name (at most three tokens, no verb): the acronym or short name news
    writes after a full one ("the Saudi Press Agency (SPA)", "the General Confederation
    of Labour (CGT)") belongs to its noun phrase and opens no clause."""
    lower, labels = sent.lower, sent.labels
    for k in range(i + 1, min(len(lower), i + 5)):
        if lower[k] == ")":
            return k + 1 if k > i + 1 else None
        if lower[k] in CLAUSE_BREAKS or labels[k] is not None and labels[k][0] == VERB:
            return None
    return None


def _back_to_report(book: Compiled, sent: Sentence, reported: tuple, lo: int, hi: int
                    ) -> bool:
    """Whether the "and" clause at `lo` goes on with the reporting verb's subject, not the
    reported clause's: "Washington said Serbia was deploying troops and urged Belgrade to
    pull them back", "Moscow said the sanctions were illegal and vowed to respond". The
    verb after "and" cannot share the report's auxiliary: a past or present form after a
    future or modal ("must agree ... and urged"), a form not in -ing after a progressive
    or after a copula with no verb. After a comma ("had acted lawfully, and blamed
    Manila") it goes back to the reporter whatever the forms. Otherwise ("said Russia had
    violated the treaty and summoned ...", "had tortured and executed") the report goes on.
    """
    k = lo + 1
    if k >= hi or sent.labels[k] is None or sent.labels[k][0] != VERB or (
            sent.lower[k].endswith("ing")):
        return False
    if sent.lower[lo - 1] == ",":
        return True
    first = next((j for j in range(reported[0], reported[1])
                  if sent.labels[j] is not None and sent.labels[j][0] == VERB), reported[1])
    auxiliaries = {c for j in range(reported[0], first) for c in sent.grammar_at[j]}
    if auxiliaries & {"future", "modal"}:
        lemma = _lemma(book, sent, k)
        return lemma is not None and lemma != sent.lower[k]
    return "passive_aux" in auxiliaries and (
        first == reported[1] or sent.lower[first].endswith("ing"))


def _existential(sent: Sentence, lo: int, v: int) -> bool:
    """Whether the clause before `v` opens with "there" and a form of "be": "There were
    ten soldiers killed in ...", whose participle is passive (no one is said to kill)."""
    k = next((k for k in range(lo, v - 1) if sent.lower[k] == "there"), None)
    return k is not None and "passive_aux" in sent.grammar_at[k + 1] and not any(
        sent.labels[i] and sent.labels[i][0] == VERB for i in range(k + 2, v))


def _named_subject(sent: Sentence, j: int, verb_at) -> bool:
    """Whether the capitalised name before `j` follows a verb or "that", so that the
    past form at `j` is its clause's verb ("alleging Paris played a role in the 1994
    genocide"), not a participle on a noun ("two Brazilian men sought in ...")."""
    k = j - 1
    while k > 0 and sent.words[k][:1].isupper():
        k -= 1
    return k < j - 1 and (sent.lower[k] == "that" or verb_at(k) or sent.lower[k].endswith(
        "ing") or "reporting" in sent.grammar_at[k])


def _after_plain_word(sent: Sentence, j: int) -> bool:
    """Whether the word before `j` may be a noun: no auxiliary, preposition, modal or
    other closed-class word, so a participle at `j` may modify it ("crimes committed
    during", "a trip aimed at", "two men sought in")."""
    prev = sent.lower[j - 1]
    return prev.isalpha() and prev not in AUXILIARIES and not _NOT_NOUN & set(
        sent.grammar_at[j - 1])


def _supposed_act(sent: Sentence, v: int) -> bool:
    """Whether the noun of an act at `v` opens an indefinite noun phrase (an article that
    is not definite, actors and plain words between) whose clause goes on with a modal
    or future before its verb: "A Chinese invasion of Taiwan would disrupt supplies"
    names what would follow from an act supposed, not an act done."""
    k = _before_modifiers(sent, v, 4, determiners=False)
    g = sent.grammar_at[k] if k >= 0 else ()
    if "article" not in g or "definite" in g:
        return False
    for j in range(sent.labels[v][2], min(len(sent.lower), v + 10)):
        if {"modal", "future"} & set(sent.grammar_at[j]):
            return True
        if sent.lower[j] in _CUT_WORDS or _boundary_class(sent.grammar_at[j]) or (
                sent.labels[j] is not None and sent.labels[j][0] == VERB):
            return False  # "said in an address that a government would be formed"
    return False


def _negated_noun(sent: Sentence, v: int) -> bool:
    """Whether a negator stands before the noun at `v`, with at most three determiners,
    plain words (adjectives) or actors between: "stopped short of air strikes", "was not
    an armed attack", "was not an Israeli attack"."""
    k = _before_modifiers(sent, v, 3, determiners=True)
    return k >= 0 and "negation" in sent.grammar_at[k]


def _before_modifiers(sent: Sentence, v: int, most: int, *, determiners: bool) -> int:
    """The token before the noun at `v` past at most `most` words that modify it: plain
    words (adjectives) or words of actor phrases, and determiners if `determiners`."""
    k = v - 1
    while k >= max(0, v - most) and sent.lower[k].isalpha() and (
            not sent.inside[k] or any(p.start <= k < p.end for p in sent.phrases)) and (
            not sent.grammar_at[k] or determiners and "determiner" in sent.grammar_at[k]):
        k -= 1
    return k


def _before_adverbs(sent: Sentence, v: int, lo: int) -> int:
    """The token before `v` past any lowercase adverbs in -ly (a name such as Italy is
    written with a capital) and words of grammar.txt's `adverb` class, but not past `lo`:
    where the word that marks the verb at `v` stands ("to swiftly send", "for summarily
    executing", "is still pressing": a progressive, no participle describing a noun)."""
    k = v - 1
    while k > lo and (sent.lower[k].endswith("ly") and sent.words[k].islower()
                      or "adverb" in sent.grammar_at[k]):
        k -= 1
    return k


def _infinitive(sent: Sentence, v: int, lo: int) -> bool:
    """Whether the verb at `v` is an infinitive: "to" before it, adverbs aside."""
    k = _before_adverbs(sent, v, lo)
    return k >= lo and "infinitive" in sent.grammar_at[k]


def _present(sent: Sentence, events: list[Event], past: list[range]) -> list[Event]:
    """The events whose verb lies in no modifier a past reference dates."""
    spans = [(sent.starts[r.start], sent.ends[r.stop - 1]) for r in past]
    return [e for e in events if not any(a <= e.verb_span[0] < b for a, b in spans)]


def _boundary_class(grammar: tuple[str, ...]) -> str | None:
    """The first of `BOUNDARY_CLASSES` among a token's grammar classes, if any."""
    for c in BOUNDARY_CLASSES:
        if c in grammar:
            return c
    return None


def _charges(acts: list[Event], accusation: str) -> bool:
    """Whether the clause's act is an accusation ([engine] culpability_code, 112): what it
    charges is the alleged act, which is never coded, even when a noun names its agent
    ("accused Rwanda of deploying troops to back the M23 offensive on Goma")."""
    return bool(accusation) and any(e.code.startswith(accusation) for e in acts)


def _refines(specific: str, general: str) -> bool:
    """Whether `specific` is a sub-code of `general` ("1384" of "138", "1311" of "131"),
    so that keeping it loses nothing the governed act says."""
    return len(specific) > len(general) and specific.startswith(general)


def _kind_named(governing: str, governed: str, family: str | None) -> bool:
    """Whether a governing code of a family keyed by a code ("112") names its kind
    itself ("1124" from "accused Israel of committing genocide"): the act it governs
    ("committing", 1122) then says no more about it."""
    return (family is not None and len(family) == 3 and len(governing) > 3
            and governed.startswith(family))


def _recode(e: Event, code: str, rule_id: str) -> Event:
    return Event(e.source, e.target, code, rule_id, e.verb_text, e.verb_span, e.source_text,
                 e.source_span, e.target_text, e.target_span, e.source_rules, e.target_rules)


def _split_ownership(words: list[str], suffixes: frozenset[str]) -> list[str]:
    """"Greek-flagged" -> "Greek", "flagged": the country of a ship or company is an actor."""
    out: list[str] = []
    for w in words:
        head, dash, tail = w.rpartition("-")
        if dash and head and tail.lower() in suffixes:
            out += [head, tail]
        else:
            out.append(w)
    return out


def _join_backer(words: list[str], suffixes: frozenset[str]) -> list[str]:
    """"U.S.", "-", "backed" -> "U.S.-backed": the tokeniser splits a hyphen after a
    final full stop, and the backer would then be read as the actor ("Iran-backed" is
    one token already)."""
    if "-" not in words:
        return words
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        if (words[i] == "-" and out and i + 1 < n and words[i + 1].lower() in suffixes):
            out[-1] = f"{out[-1]}-{words[i + 1]}"
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def _reciprocal(sent: Sentence, v_end: int) -> bool:
    """"accused each other (of ...)": a reciprocal word close after the verb."""
    grammar = sent.grammar_at
    return any("reciprocal" in grammar[i] for i in range(v_end, min(v_end + 4, len(grammar))))


def _among_members(source: Phrase | None, target: Phrase | None) -> bool:
    """A compound source whose "target" is one of its own members, or their own land.

    "Indian and Chinese troops clashed ... that left 20 Indian soldiers dead", "Sudan's
    army and the RSF fought for control of Khartoum's airport": the act is between the
    members, not against the target.
    """
    if source is None or target is None or not target.code or not source.group:
        return False
    members = [m for m in source.group if m.code]
    if len(members) < 2 or target in members:
        return False
    if any(m.code == target.code for m in members):
        return True
    return (len(target.code) == 3 and target.after_prep in LAND_PREPOSITIONS
            and any(m.country == target.code for m in members))


#: Prepositions of the place fought over ("for control of Khartoum", "in Gaza"), not of
#: a people driven out of it ("expelled Tigrayans from Western Tigray").
LAND_PREPOSITIONS = frozenset({"of", "in", "at", "near", "around", "over", "for", "across"})


def _split_groups(sent: Sentence, clauses: list[tuple]) -> None:
    """A compound never spans two clauses ("... Pakistani police, and Pakistan recalled").

    A member cut off from the compound's first member loses the preposition it
    borrowed ("withdrew from Mekelle and Tigrayan forces took ...": a subject).
    """
    for p in sent.phrases:
        if p.group is None or p not in p.group:  # a pronoun's borrowed group stays whole
            continue
        clause = next((c for c in clauses if c[0] <= p.start < c[1]), None)
        if clause is None:
            continue
        kept = [m for m in p.group if clause[0] <= m.start < clause[1]]
        if len(kept) < len(p.group):
            first = p.group[0]
            p.group = kept if len(kept) > 1 else None
            if first not in kept:
                p.after_prep = preposition_before(sent, kept[0].start)
            if p.shared_from is not None and p.shared_from not in kept:
                # "attacked Pakistan and Syrian jets struck": no role to share across
                p.code, p.shared_from = p.code[:3], None


def _borrowed_from(target: Phrase, source: Phrase) -> bool:
    """Whether a role with no country of its own took the country of the one who acts on
    it ("Israeli jets killed five civilians": ISRCVL from the jets)."""
    return (not target.pronoun and not target.group and target.antecedent is not None
            and target.country is not None and target.country == source.country)


def _reporters_victims(sent: Sentence, target: Phrase, source: Phrase,
                       outlets: frozenset[str]) -> Phrase | None:
    """The victims of violence, placed in the country of the one who reports it.

    "Lebanon's health ministry said an Israeli strike killed five people": the people
    are Lebanon's, not Israel's; so in "Russian missiles killed 12 civilians, Ukrainian
    officials said". The reporter is an actor of another country next to a reporting
    word (grammar class `reporting`: "said", "according to"). With none, the role keeps
    the country it took. A named news outlet or its correspondent ("an AFP correspondent
    said") reports on any country, and its own is not the victims'.
    """
    grammar = sent.grammar_at
    for p in sent.phrases:
        if (p.pronoun or p.country is None or p.country == source.country or p is target
                or is_outlet(p, outlets)):
            continue
        before = p.start > 0 and "reporting" in grammar[p.start - 1]
        after = p.end < len(grammar) and "reporting" in grammar[p.end]
        if before or after:
            return _victims_of(target, p)
    return None


def _placed_victims(sent: Sentence, target: Phrase, source: Phrase, hi: int) -> Phrase | None:
    """The victims of violence, placed in the country of a place named after them in
    the clause (before `hi`): "an Israeli strike on a school sheltering displaced
    families in Gaza City" hit Gaza's school, not Israel's. A place is a role linked to
    a country ("families in Gaza City") or a country or city after a place preposition;
    one of the attacker's own country tells nothing ("Sudanese jets bombed a market in
    Darfur": the market stays Sudan's), nor does a country's adjective before a noun
    ("killed five militants near the Afghan border": either side of it)."""
    for p in sent.phrases:
        if p.start < target.end or p.start >= hi:
            continue
        if (p.pronoun or p.person or p.country is None or p.country == source.country
                or not (p.linked or len(p.code) == 3 and p.after_prep in PLACE_PREPOSITIONS
                        and not _modifies_noun(sent, p.end))):
            continue
        return _victims_of(target, p)
    return None


def _victims_of(target: Phrase, p: Phrase) -> Phrase:
    """The role of `target` placed in the country of `p`, which tells it."""
    return Phrase(target.start, target.end, code=p.country + target.code[3:],
                  rules=[*p.rules, *target.rules], antecedent=p, after_prep=target.after_prep)


def _enacted(sent: Sentence, k: int, lo: int) -> bool:
    """Whether the noun at `k`, right before a participle, names a text enacted in the
    clause (grammar.txt `enactment` after an `enacting` verb): "signed an executive order
    lifting sanctions" reports the signer's act, where "a bill banning" alone describes."""
    grammar = sent.grammar_at
    return k >= lo and "enactment" in grammar[k] and any(
        "enacting" in grammar[j] for j in range(max(lo, k - 4), k))


def _gap_clause(sent: Sentence, comma: int) -> bool:
    """Whether the comma at `comma` opens a clause whose object is the act before it: an
    article, a noun of grammar class `act_gap` (one plain word may precede it), then an
    actor phrase and a verb (", a move Beijing condemned", ", an accusation Paris
    rejected", ", a claim Kyiv denied")."""
    lower, grammar, n = sent.lower, sent.grammar_at, len(sent.lower)
    j = comma + 1
    if j < n and "article" in grammar[j]:
        j += 1
    if j + 1 < n and "act_gap" not in grammar[j] and "act_gap" in grammar[j + 1] and (
            lower[j].isalpha() and not sent.labels[j]):
        j += 1  # "a rare move", "an unprecedented step"
    if j >= n or "act_gap" not in grammar[j]:
        return False
    k = sent.grammar_end[j]
    actor = next((p for p in sent.phrases if p.start <= k < p.end), None)
    return actor is not None and actor.start > comma and bool(actor.code) and verb_follows(
        sent, actor.end)


def _between_parties(events: list[Event], wrong: list[Event]) -> list[Event]:
    """The events with those in `wrong` (aimed at a mediator) aimed at each other's
    sources instead: "Israel and Hamas agreed to a truce mediated by Qatar" is ISR <->
    PSEHMS; an act of one source alone has no other party and goes."""
    if not wrong:
        return events
    out = [e for e in events if e not in wrong]
    for e in wrong:
        others = {o.source: o for o in wrong if o.verb_span == e.verb_span
                  and o.code == e.code and o.source != e.source}
        out.extend(replace(e, target=o.source, target_text=o.source_text,
                           target_span=o.source_span, target_rules=o.source_rules)
                   for o in others.values())
    return _dedupe(out)


def _modifies_noun(sent: Sentence, k: int) -> bool:
    """Whether the word at `k`, after an actor, is a plain lower-case word that the actor
    modifies ("the Afghan border", "Lebanese waters"), not a grammar word or punctuation."""
    return (k < len(sent.lower) and sent.labels[k] is None and not sent.grammar_at[k]
            and sent.words[k].isalpha() and sent.words[k].islower())


def _charge(source: Phrase | None, target: Phrase | None) -> None:
    """Remember on the accuser `source` (each member) the countries it accused
    (`Phrase.charged`): a later denial by one of them answers it (`_accuser`)."""
    countries = tuple(m.country for m in _members(target) if m is not None and m.country)
    for p in _members(source):
        if p is not None:
            p.charged += countries


def _accuser(sent: Sentence, source: Phrase, target: Phrase | None, v: int, v_end: int
             ) -> Phrase | None:
    """The actor that accused the source's country before, whom a denial answers.

    "Kurti accused Belgrade of sponsoring the attack. Vucic denied that Serbia was
    involved": the denial (engine option claim_target) names only the denier's own
    country, and answers the accusation (KSVGOV), the last one made against that
    country in the sentence before the verb, the previous sentence or those the story
    remembers. The phrase made stands where the denied party (or else the verb) is.
    """
    country = source.country
    if not country:
        return None
    earlier = [p for p in reversed(sent.phrases) if p.end <= v]
    accuser = next((p for p in (*earlier, *sent.context, *sent.story)
                    if country in p.charged and p.code and p.country != country), None)
    if accuser is None:
        return None
    start, end = (target.start, target.end) if target is not None else (v, v_end)
    return Phrase(start, end, code=accuser.code, rules=list(accuser.rules), antecedent=accuser)


def _members(p: Phrase | None) -> list:
    if p is None:
        return [None]
    return [m for m in (p.group or [p]) if m.code] or [None]


#: Prepositions that make an actor phrase a place ("met in Riyadh"), not a target.
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "throughout", "across"})
#: Prepositions of the aim of a weapon ("fired rockets at Israeli positions").
DIRECTIONAL = frozenset({"at", "on", "against", "toward", "towards", "into"})


#: Prepositions of the topic of an act ("information about X"): a target only when nothing
#: else is; for acts of cooperation ([engine] topic_on_roots) "on" too ("talks on Iran").
TOPIC = frozenset({"about"})
TOPIC_ON = TOPIC | {"on"}
#: The aiming prepositions (see `_aim`) that are no topic, for each set of topics above.
AIM_TOPIC = DIRECTIONAL - TOPIC
AIM_TOPIC_ON = DIRECTIONAL - TOPIC_ON


def _object(phrases: list[Phrase], v_end: int, by: Phrase | None,
            source: Phrase | None, tools: tuple[tuple[int, int], ...] = (),
            aim: int = -1, sent: Sentence | None = None,
            topics: frozenset[str] = TOPIC) -> Phrase | None:
    """The default target: the first actor after the verb that is not a mere place.

    Skipped: the source and its members (a noun's author may follow it: "condemnation
    from Russia and China"), the source's own pronoun ("its ambassador") or own forces
    with a borrowed country ("Poland sent soldiers"), and a role with a borrowed country
    that holds words of the matched pattern aimed at something (`tools`): in "militias
    launched a drone at a US base" (`* &DRONE`) the drone is the weapon, and the phrase
    after the aiming preposition `aim` is the target, not a place. A place ("in Riyadh",
    `_in_place` in `sent`: "near the border with Niger") or topic (`topics`: "about
    X"; for acts of cooperation "on X" too) is the target only when nothing else is and
    the source is not a list of actors acting together ("A and B met in C"; a list of
    one actor's forces is no such list). The place test runs only on the phrases after
    the verb that reach it, not on every phrase of the clause for every verb. The agent
    of a participle on the object ("a ceasefire brokered by Qatar", "crimes committed
    by Russian forces") comes before a place, on the same terms.
    """
    place = None
    agent = None
    members = _members(source)
    for p in phrases:
        if (p.start < v_end or p is by or p in members or p.possessive
                or _refers_to(p, source)
                or _instrument(p, tools)):
            continue
        if p.after_prep == "by" and sent is not None and _participle_agent(sent, p):
            agent = agent or p
            continue
        if ((p.after_prep in LOCATIVE or p.after_prep in topics)  # a topic, as a place,
                and not aim < p.start <= aim + 3  # is the target only if nothing else is
                or sent is not None and _in_place(sent, p)):
            place = place or p
            continue
        return p
    if not (source is not None and source.group and len(
            {m.code for m in source.group}) > 1):  # one actor's list: "warplanes and warships"
        return agent or place
    return None


def _participle_agent(sent: Sentence, p: Phrase) -> bool:
    """Whether `p` is the agent of a participle modifying a noun: "agreed to a ceasefire
    brokered by Qatar", "investigated crimes committed by Russian forces". The agent
    acts on that noun; it is no direct object of the clause's verb."""
    k = modifiers_start(sent, p.start) - 2  # the word before "by"
    while k > 0 and sent.labels[k] is None and sent.inside[k]:
        k -= 1  # back to the start of a verb of two words ("carried out")
    return k > 0 and Coder._passive_form(sent.lower[k]) and not any(
        "passive_aux" in sent.grammar_at[j] for j in range(max(0, k - 2), k))


def _in_place(sent: Sentence, p: Phrase) -> bool:
    """Whether `p` ends a place phrase: "near the border with Niger", "in the town of
    Moura" (a locative preposition, plain words, then "of" or "with" and the actor)."""
    k = p.start - 1
    if k < 1 or sent.lower[k] not in ("of", "with"):
        return False
    for j in range(k - 1, max(-1, k - 5), -1):
        if sent.lower[j] in LOCATIVE:
            return j < k - 1
        if sent.inside[j] or not sent.lower[j].isalpha():
            return False
    return False


def _aim(sent: Sentence, k: int, directional: frozenset[str]) -> int:
    """The preposition (one of `directional`) that aims pattern words ending at `k` at
    something, or -1: "fired rockets at", "launched a drone at", "fired artillery shells
    at" (a noun or two may follow the words)."""
    lower, n = sent.lower, len(sent.lower)
    end = min(n, k + 2)
    while k < end and lower[k].isalpha() and not sent.grammar_at[k]:
        k += 1
    return k if k < n and lower[k] in directional else -1


def _instrument(p: Phrase, tools: tuple[tuple[int, int], ...]) -> bool:
    """A role without a country of its own in or right before aimed pattern words:
    "a drone" (`&DRONE`), "artillery" in "artillery shells" (`&ROCKET`)."""
    return (not p.pronoun and p.antecedent is not None
            and any(a <= p.end and p.start < b for a, b in tools))


def _doers_at(p: Phrase, k: int, end: int) -> Phrase:
    """The doer `p` of an act referred to at tokens `k`..`end` ("rejected the move"), with
    the other members of its compound that did the act with it: "Britain, Canada and
    Australia recognised a Palestinian state. Netanyahu rejected the move" rejects the
    three."""
    doers = [m for m in p.group or () if m.acts == p.acts and m.code]
    here = Phrase(k, end, code=p.code, rules=list(p.rules), antecedent=p)
    if len(doers) > 1:
        here.group = [Phrase(k, end, code=m.code, rules=list(m.rules), antecedent=m)
                      for m in doers]
        for m in here.group:
            m.group = here.group
        here.code = here.group[0].code
    return here


def _refers_to(p: Phrase, source: Phrase | None) -> bool:
    """A phrase that points back at the source ("its ambassador") is not a target.

    With a compound source every member counts ("Moscow and Washington agreed to
    restore the staffing of their embassies").
    """
    if source is None or p.antecedent is None:
        return False
    return any(_refers_to_one(p, m) for m in (source.group or [source]))


def _refers_to_one(p: Phrase, source: Phrase) -> bool:
    ante = p.antecedent
    same = ante is source or ante.country == source.country
    if p.pronoun and agent_of(p) is None:
        # "Police fired tear gas at them": another actor of the same country.
        return ante is source or ante.code == source.code
    if p.pronoun:
        return same
    state_source = bool(source.code) and (len(source.code) == 3 or source.code[3:6] in OWN_FORCES)
    if p.place:  # "Putin addressed the nation"; but "RSF drones struck ... the country"
        return same and state_source
    return (same and state_source and bool(p.code) and p.code[3:6] in OWN_FORCES
            and p.after_prep != "against")


def _phrase_end(sent: Sentence, k: int) -> int:
    """The next comma or clause break at or after token `k` (or the sentence end)."""
    lower = sent.lower
    return next((j for j in range(k, len(lower)) if lower[j] == "," or lower[j] in
                 CLAUSE_BREAKS), len(lower))


def _after_addressee(sent: Sentence, k: int) -> int:
    """Where a report starts after the one told, at `k` right after a reporting verb.

    "Blinken told reporters he would travel to Israel", "Iran told the IAEA it would
    allow inspectors": an actor phrase followed at once by another, the report's
    subject, is the addressee, not the subject of the report.
    """
    told = next((p for p in sent.phrases if p.start == k and not p.possessive), None)
    if told is not None and any(q.start == told.end and not q.possessive
                                for q in sent.phrases):
        return told.end
    return k


def _reporting_noun(sent: Sentence, i: int) -> bool:
    """Whether the reporting word at `i` is a noun: after a determiner or possessive
    ("the claim", "Russia's claims") or as the object of a verb ("denied reports")."""
    prev = i - 1
    if prev < 0:
        return False
    lab = sent.labels[prev]
    return is_noun_use(sent, i, loose=False) or (
        lab is not None and lab[0] == VERB and "reporting" not in sent.grammar_at[prev])


def _ends_phrase(sent: Sentence, i: int) -> bool:
    return any(p.end == i for p in sent.phrases)


def _span(sent: Sentence, p: Phrase | None) -> tuple:
    if p is None:
        return (None, None)
    s, e = sent.starts[p.start], sent.ends[p.end - 1]
    return (sent.text[s:e], (s, e))


def _dedupe(events: list[Event], states: bool = False) -> list[Event]:
    """The events once each; with `states`, a state and its government are one party to
    one act ("severed relations with Belgium and gave Belgian diplomats 48 hours to leave":
    one 161 to BEL, the first named). The sparse rule (TABARI's) keeps both."""
    seen = set()
    out = []
    for e in events:
        key = (e.source, _state(e.target) if states else e.target, e.code)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _state(code: str | None) -> str | None:
    """A country's government as the country ("BELGOV" -> "BEL"); other codes as they are."""
    return code[:3] if code is not None and len(code) == 6 and code[3:] == "GOV" else code


#: Prepositions of where an act happens or goes ("marched toward Delhi"): the locative
#: ones and those of a direction.
WHERE = LOCATIVE | {"to", "toward", "towards", "into", "through", "along"}


def _own_place(target: Phrase, source: Phrase) -> bool:
    """A bare place of the source's own country reached by a location or motion
    preposition ("Indian farmers marched toward Delhi", "blocked highways across
    Peru"): where a domestic measure or protest happens, not whom it aims at."""
    return (target.code is not None and len(target.code) == 3 and not target.person
            and not target.group and target.after_prep in WHERE
            and target.code == source.country)


def _named_agent(sent: Sentence, phrases: list[Phrase], v: int) -> Phrase | None:
    """The named actor right before the noun of an act, its agent: "Russia's invasion",
    "the Israeli air strike", "China's live-fire drills" (at most two plain words
    between). A pronoun ("its offensive") is left to the verb the noun depends on."""
    for p in reversed(phrases):
        if p.end > v:
            continue
        if (p.pronoun or not p.code or v - p.end > 2 or p.antecedent is not None
                or p.after_prep == "by"):
            return None  # a borrowed country ("drone incursions"), a passive's agent
        between = range(p.end, v)
        if all(sent.lower[k].isalpha() and not sent.grammar_at[k] and sent.labels[k] is None
               for k in between) or sent.lower[p.end:v] == ["'s"]:
            return p
        return None
    return None


def _giver(sent: Sentence, phrases: list[Phrase], agent: Phrase | None, v: int,
           v_end: int) -> Phrase | None:
    """The author of a noun's act named by "from" right after it ("sanctions from the
    EU", "condemnation from Japan"), unless an agent is attached to the noun before it
    ("the US withdrawal from Afghanistan": the US withdrew), or a possessive pronoun
    ("completed their withdrawal from Kherson": they withdrew). An actor after a
    preposition with words before the noun ("the invasion of Ukraine drew sanctions") is
    no such agent."""
    if agent is not None and (agent.after_prep is None or agent.end == v):
        return None
    if any(p.pronoun and p.end == v for p in phrases):
        return None
    return next((p for p in phrases if p.start >= v_end and p.after_prep == "from"
                 and modifiers_start(sent, p.start) - 1 == v_end), None)


def _next_act_noun(sent: Sentence, v_end: int, hi: int) -> int:
    """Where the next noun of an act after `v_end` starts, or `hi`."""
    for k in sent.verbs:
        if v_end <= k < hi:
            verb, noun = word_kinds(sent.labels[k][3])
            if noun is not None and (verb is None or is_noun_use(sent, k)):
                return k
    return hi


def _verb_between(sent: Sentence, a: int, b: int) -> bool:
    """Whether a word of tokens [a, b) is a verb form ("The EU condemned the attack")."""
    return any(sent.labels[k] is not None and sent.labels[k][0] == VERB
               and not is_noun_use(sent, k, loose=False) for k in range(a, b))


def _own_country(a: str | None, b: str | None) -> bool:
    """Whether one of two actor codes is a bare country (a place) and the other an
    actor of that country."""
    if not a or not b or a[:3] != b[:3] or a[:3] in NON_COUNTRY:
        return False
    return len(a) == 3 or len(b) == 3


def _in_object(sent: Sentence, v_end: int, p: Phrase) -> bool:
    """Whether place `p` modifies the plain noun the verb ending at `v_end` takes as its
    object: "discussed the war in Ukraine", "the situation in Gaza" (the verb, then only
    determiners and plain words up to the preposition). "met Lavrov in Riyadh", "held
    talks in Doha" (a noun of the act) and "met on Sunday in Doha" name a place."""
    prep = modifiers_start(sent, p.start) - 1
    plain = False
    for k in range(v_end, prep):
        g = sent.grammar_at[k]
        if sent.inside[k] or not sent.lower[k].isalpha() or g and "determiner" not in g:
            return False
        plain = plain or not g
    return plain


def _opening_participle(sent: Sentence, v: int) -> bool:
    """Whether the verb at `v` is a past participle opening the sentence right before an
    actor phrase, with a verb after it: "Jailed Georgian journalist Mzia Amaglobeli went
    on hunger strike". It describes the actor, who is the subject of the verb after."""
    return (v == 0 and sent.lower[0].endswith("ed") and sent.words[0][:1].isupper()
            and any(p.start == 1 and p.code for p in sent.phrases)
            and any(k > 1 and sent.labels[k][0] == VERB for k in sent.verbs))


def _noun_subject(sent: Sentence, lo: int, verb: int) -> bool:
    """Whether the words before the clause's verb at `verb` are a subject that names no
    actor: a determiner or plain words ("An earthquake struck", "as floods displaced",
    "The storm hit"), after the clause's opening words. The clause then has a subject
    of its own and does not borrow the previous clause's; an adverbial ("and on Monday
    killed") or nothing ("and killed") leaves it to borrow."""
    grammar, lower = sent.grammar_at, sent.lower
    k = lo
    while k < verb and (lower[k] == "," or any(
            c in grammar[k] for c in ("conjunction", "reporting", *BOUNDARY_CLASSES))):
        k += 1
    plain = False
    for j in range(k, verb):
        if sent.inside[j] or lower[j] in AUXILIARIES or lower[j].endswith("ly"):
            return False
        g = grammar[j]
        if any(c in g for c in ("passive_aux", "future", "negation", "modal", "planning")):
            break  # "floods have displaced", "the storm could hit"
        if g and "determiner" not in g or not lower[j].isalpha():
            return False
        plain = plain or not g
    return plain


def _fronted_participle(sent: Sentence) -> bool:
    """Whether the sentence opens with a participle clause ended by a comma: "Speaking
    after talks with Xi, Putin praised ...", "Meeting Macron in Paris, Scholz said"."""
    lab = sent.labels[0]
    return (lab is not None and lab[0] == VERB and sent.lower[0].endswith("ing")
            and "," in sent.lower)


def _answers(source: Phrase | None, last_target: Phrase | None,
             last_source: Phrase | None) -> bool:
    """Whether `source`, the subject of a clause of its own after "and", was the target of
    the act before (its source another actor): "The US and Britain struck Houthi targets,
    and the Houthis vowed to retaliate" (YEMREB answers the strike). A country stands
    for its own roles ("Israel struck Iranian air defences, and Iran vowed ...")."""
    if source is None or last_target is None or last_source is None or not source.code:
        return False
    targets = [m for m in _members(last_target) if m is not None]
    sources = [m for m in _members(last_source) if m is not None]
    if any(m.code == source.code or m.country == source.code for m in sources):
        return False
    return any(m.code == source.code or len(source.code) == 3 and m.country == source.code
               for m in targets)


def _quantity_object(sent: Sentence, k: int, hi: int, numbers: dict) -> bool:
    """Whether the verb's object from `k` is a bare number ("arrested dozens", "killed
    three"): a number word or figure that ends its phrase (the clause, a comma or a
    preposition follows), so it counts members of an actor named before."""
    if k >= hi or not (sent.lower[k] in numbers or sent.lower[k][:1].isdigit()):
        return False
    nxt = k + 1
    return nxt >= hi or not sent.lower[nxt].isalpha() or "preposition" in sent.grammar_at[nxt]


def _addressee(sent: Sentence, lo: int, source: Phrase | None) -> Phrase | None:
    """Whom the teller's own stated intention is told to: the object of the verb
    before the complement clause at `lo` ("Iran told the IAEA that it would allow
    inspectors back": IAEA). Another actor's intention ("told the IAEA that Israel
    would ...") is only reported."""
    obj = next((p for p in sent.phrases if p.end == lo and p.code and not p.possessive), None)
    if obj is None or source is None or not source.country or obj.code == source.code:
        return None
    verb = next((s for s in range(max(0, obj.start - 3), obj.start) if sent.labels[s]
                 and sent.labels[s][0] == VERB and sent.labels[s][2] == obj.start), None)
    teller = None if verb is None else next(
        (p for p in reversed(sent.phrases) if p.end <= verb and p.after_prep is None), None)
    return obj if teller is not None and teller.country == source.country else None


def _after_head(sent: Sentence, lo: int, k: int) -> bool:
    """Whether token `k` follows an actor phrase that starts at or after `lo`, maybe
    with a comma between ("Houthi rebels, armed by Iran")."""
    head = k - 1 if k - 1 > lo and sent.lower[k - 1] == "," else k
    return any(p.end == head and p.start >= lo and not p.possessive for p in sent.phrases)


def _after_noun(sent: Sentence, lo: int, v: int, by: int) -> bool:
    """Whether the participle at `v`, with "by" at `by` after it, follows a plain noun
    and the by-phrase names an actor: "a bomb planted by the Taliban" is the Taliban's
    bomb, though "bomb" names no actor; a closed-class word before it ("has planted")
    or no actor after "by" ("advanced by land") leaves the verb active, and a word
    after a form of "be" is an adverb of a full passive ("was warmly welcomed by")."""
    k = v - 1
    if k < lo or not sent.words[k].isalpha() or not (k == 0 or sent.words[k].islower()) or (
            sent.grammar_at[k]) or (k > lo and "passive_aux" in sent.grammar_at[k - 1]):
        return False
    return any(p.after_prep == "by" and by < p.start <= by + 3 for p in sent.phrases)


def _of_noun_head(sent: Sentence, lo: int, v: int, end: int) -> bool:
    """Whether the participle at `v` (ending at `end`) describes an actor that
    complements a noun: "attended the funerals of Palestinians killed in an air
    strike", "the bodies of soldiers killed in a Russian attack". The actor after "of"
    and a plain noun with its determiner is no subject ("hundreds of protesters
    marched" has no determiner before its number); a preposition after the
    participle, not an object, shows it is passive."""
    if end >= len(sent.lower) or "preposition" not in sent.grammar_at[end]:
        return False  # tested first: cheaper than finding the phrase
    p = next((q for q in sent.phrases if q.end == v and q.start >= lo and not q.possessive),
             None)
    if p is None or p.after_prep != "of":
        return False
    noun = modifiers_start(sent, p.start) - 2
    if noun < 1 or not sent.lower[noun].isalpha() or not sent.words[noun].islower():
        return False
    lab = sent.labels[noun]
    if lab is not None and lab[0] not in (VERB, NOUN) or sent.grammar_at[noun]:
        return False  # "the head of the rebels", "most of the rebels"
    return "determiner" in sent.grammar_at[noun - 1] or sent.lower[noun - 1] == "'s"


def _mandative(sent: Sentence, v: int, lo: int, lemma: str) -> bool:
    """Whether the verb at `v` is the bare (subjunctive) verb of a "that" clause, as
    after a verb of demand or appeal: "demanded that NATO members raise their spending",
    "urged that Israel withdraw". Such a clause names what is asked for, as an
    infinitive does ("urged Israel to withdraw"); a finite verb ("said that Israel
    withdrew") reports an act instead, and a verb between "that" and `v` heads a clause
    of its own."""
    if sent.lower[v] != lemma.split()[0]:
        return False
    for k in range(v - 1, max(lo, v - 8) - 1, -1):
        if sent.lower[k] == "that":
            return k > lo
        if sent.labels[k] and sent.labels[k][0] == VERB:
            return False
    return False


def _charged_act(sent: Sentence, v: int, lo: int) -> bool:
    """Whether the gerund at `v` follows "of" or "for" (adverbs aside), as the act of a
    charge does: "accused South Korea of flying drones", "blamed the army for summarily
    executing civilians"."""
    k = _before_adverbs(sent, v, lo)
    return k > lo and sent.lower[k] in ("of", "for") and sent.lower[v].endswith("ing")


def _planned(sent: Sentence, prev: int, subject: Phrase | None) -> bool:
    """Whether the verb after `prev` is a headline's or wire's plan: "Germany to send
    tanks to Ukraine", "The EU is to impose sanctions" (the infinitive marker right
    after the subject, or after a form of "be" right after it). The act is announced,
    not done: it is coded as an intention, as "will send" is."""
    if subject is None or prev < 1 or "infinitive" not in sent.grammar_at[prev]:
        return False
    k = prev - 1
    if k > subject.end - 1 and "passive_aux" in sent.grammar_at[k]:
        k -= 1  # "is to", "are to"
    return k == subject.end - 1


def _states_own_act(sent: Sentence, source: Phrase | None, target: Phrase | None,
                    v_end: int) -> bool:
    """Whether `target`, right after the verb (and "that"), is the source's own country
    as the subject of an act it announces: "Medvedev warned that Moscow would use
    nuclear weapons", "Israel could send Lebanon back": the speaker's side, no target."""
    if source is None or not _bare_country(target) or target.country != source.country:
        return False
    k = v_end + (v_end < len(sent.lower) and sent.lower[v_end] == "that")
    return (target.start == k and target.end < len(sent.lower)
            and bool({"future", "modal"} & set(sent.grammar_at[target.end])))


def _aim_after(phrases: list[Phrase], own: Phrase, source: Phrase, hi: int) -> Phrase | None:
    """The first actor of another country after the source's own `own` in the clause,
    but no place: what the act it announces aims at ("... would send Lebanon back")."""
    return next((p for p in phrases if p.start >= own.end and p.end <= hi and p.code
                 and p.country != source.country and not p.possessive
                 and p.after_prep not in LOCATIVE), None)


def _bare_country(p: Phrase | None) -> bool:
    """Whether `p` names a country alone ("the Netherlands"), not a role or person."""
    return (p is not None and not p.group and not p.person and p.code is not None
            and len(p.code) == 3 and p.country is not None)


def _placed(code: str | None) -> bool:
    """Whether an actor code starts with a country, region or IGO (not `---`)."""
    return bool(code) and not code.startswith("---")


def _after_determiners(sent: Sentence, i: int, hi: int) -> int:
    """The first position from `i` that is no determiner ("announced a new aid package":
    the words before "aid" belong to the object, so its pattern still follows the verb)."""
    while i < hi and "determiner" in sent.grammar_at[i]:
        i += 1
    return i


def _after_apposition(sent: Sentence, k: int, hi: int) -> int | None:
    """Where the words after a name set off by commas start ("Mexico's ambassador, Pablo
    Monroy, persona non grata": at "persona"), the name being capitalised words only;
    None if no such name stands at `k`."""
    if k >= hi or sent.lower[k] != ",":
        return None
    end = next((j for j in range(k + 1, min(hi, k + 7)) if sent.lower[j] == ","), None)
    if end is None or end == k + 1 or not all(w[:1].isupper() for w in sent.words[k + 1:end]):
        return None
    return end + 1


def _takes_next_words(hit: PatternHit | None, phrases: list[Phrase], v_end: int,
                      lead: int, sent: Sentence, hi: int) -> bool:
    """Whether a pattern's first word follows the verb at once, after determiners only
    (`lead`: "announced a new aid package"), or after the actor right after it ("claimed
    responsibility", "told Iran to"), with the name set off by commas that may follow
    that actor before the clause's end `hi` ("declared Mexico's ambassador, Pablo Monroy,
    persona non grata"): the verb is then coded by its pattern, not read as a reporting
    verb."""
    if hit is None or not hit.spans:
        return False
    first = min(a for a, _b in hit.spans)
    after = next((p for p in phrases if p.start == v_end), None)
    return first in (v_end, lead) or after is not None and (
        first == after.end or first == _after_apposition(sent, after.end, hi))


def _verb_alone(book: Compiled, block: int, hit: PatternHit) -> bool:
    """Whether the pattern that matched is the verb alone (`- * => ---`), with no word
    or slot: in a block of verbs coded by what they take, it marks verbs that undo
    what they take ("postponed a trip", "halted its offensive"), whose object names
    no act done, unlike a light verb's ("launched air strikes")."""
    upper, lower = book.blocks[block][1][hit.rank][:2]
    return not upper and not lower


def _names_verb(hit: PatternHit | None, verbs: list[int], v_end: int) -> bool:
    """Whether the pattern's words after the verb hold another verb of the sentence:
    "pledged to withdraw its troops" (`* withdraw &TROOPS_V => 0356`). The pattern
    names the complement's act and codes it in the governing family already, so the
    complement's own code (withdraw: 166 -> "threaten" 136) does not replace it."""
    if hit is None or not hit.spans:
        return False
    return any(a <= k < b for a, b in hit.spans if b > v_end for k in verbs if k >= v_end)


def _phrase_info(sent: Sentence, p: Phrase) -> dict:
    return {"text": sent.text[sent.starts[p.start]:sent.ends[p.end - 1]], "code": p.code,
            "rules": list(p.rules), "pronoun": p.pronoun,
            "antecedent": p.antecedent.code if p.antecedent else None,
            "compound": len(p.group) if p.group else 1}


def _span_trace(book: Compiled, sent: Sentence) -> list[dict]:
    out = []
    for s, e, (_label, _id, _gram, _discard, entries) in sent.spans:
        text = sent.text[sent.starts[s]:sent.ends[e - 1]]
        for kind, ident in entries:
            if kind == ACTOR:
                what = {"kind": "actor", "entry": book.actors[ident][3], "rule_id":
                        book.actors[ident][2]}
            elif kind == AGENT:
                what = {"kind": "agent", "code": book.agents[ident][0], "rule_id":
                        book.agents[ident][2]}
            elif kind in (VERB, NOUN):
                w = book.words[ident]
                what = {"kind": w[1], "lemma": w[0], "code": w[2], "rule_id": w[4]}
            elif kind == DISCARD:
                what = {"kind": "discard", "rule_id": book.discards[ident][2]}
            else:
                what = {"kind": "grammar", "class": ident}
            out.append({"step": "match", "text": text, **what})
    return out
