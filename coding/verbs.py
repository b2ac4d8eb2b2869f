"""Match a verb's patterns against the words around it.

A pattern is data compiled in `compiled.py`: the elements before the verb
(reversed, matched leftwards) and after it (matched rightwards). Literal words
and synsets may be separated from the previous element by other words, but
never by an actor phrase: an actor has to be taken by a slot (`$` source,
`+` target, `%` both, `^` skip), which is what keeps "called on China to
release Canadians" from reading as "appeal to Canadians". The first pattern
that matches, most specific first, gives the code and the slots' actors.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

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
    rank: int = 0  # position in the block's patterns, most specific first
    #: Token ranges of the pattern's words ("fired rockets at": the weapon's words).
    spans: tuple[tuple[int, int], ...] = ()


class Lookup:
    """Per-sentence tables for pattern matching, built once per sentence.

    The tables of positions (`where`, `covered`, `head`, `tail`) are built by `ready`
    when a pattern is first tried: in about two news sentences of five the pattern
    index leaves no candidate at all, and then they are never needed.
    """

    __slots__ = ("lower", "stems", "numbers", "where", "covered", "phrases", "head", "tail",
                 "_memo", "_synsets", "_keys", "_candidates")

    def __init__(self, lower: list[str], phrases: list[Phrase],
                 stems: list[tuple[str, ...]] | None = None,
                 numbers: list[tuple[str, ...]] | None = None):
        self.lower = lower
        self.stems = stems
        self.numbers = numbers  # the pattern number tokens of each token (`number_keys`)
        self.phrases = phrases
        self.where: dict[str, list[int]] | None = None
        # A verb tries many patterns, which ask the same questions: answers are kept.
        self._memo: dict[tuple, Phrase | None] = {}
        self._synsets: dict[str, list[tuple[str, ...]]] = {}
        self._keys: dict[tuple[int, int], set[str]] = {}
        self._candidates: dict[int, list[int]] = {}

    def ready(self) -> None:
        """Build the tables of positions, if not yet built."""
        if self.where is not None:
            return
        lower, stems = self.lower, self.stems
        where: dict[str, list[int]] = {}
        get = where.get
        for i, w in enumerate(lower):
            spots = get(w)
            if spots is None:  # no setdefault: it would build a list for every token
                where[w] = [i]
            else:
                spots.append(i)
        if stems:  # a stem key ends in "*", which no token's word does
            for i, keys in enumerate(stems):
                for key in keys:
                    where.setdefault(key, []).append(i)  # "restor*" is found at "restored"
        if self.numbers:
            for i, keys in enumerate(self.numbers):
                for key in keys:
                    where.setdefault(key, []).append(i)  # "@N>=100" is found at "137"
        self.where = where
        # covered[i] = number of tokens before i that belong to an actor phrase
        inside = [0] * (len(lower) + 1)
        head = list(range(len(lower)))  # start of the phrase holding each token
        tail = list(range(1, len(lower) + 1))  # end of the phrase holding each token
        for p in self.phrases:
            a, b = p.start, p.end
            if p.pronoun and b - a == 1 or _scene(p):
                continue  # a bare pronoun does not stop a pattern: "said it would *"
            inside[a + 1:b + 1] = [1] * (b - a)
            head[a:b] = [a] * (b - a)
            tail[a:b] = [b] * (b - a)
        self.head, self.tail = head, tail
        self.covered = list(accumulate(inside))  # running sums, summed in C

    def keys(self, lo: int, hi: int, firsts: dict[str, tuple[str, ...]]) -> set[str]:
        """What tokens [lo, hi) can give a pattern: their words, their stem entries and
        the names of the synsets (`firsts`, compiled) with a member starting there.

        A pattern whose needed keys are not all here cannot match in [lo, hi): the
        words and synset members it finds all lie within the range, and each member
        is found through its first word.
        """
        found = self._keys.get((lo, hi))
        if found is None:
            found = set(self.lower[lo:hi])
            if self.stems:
                found.update(k for keys in self.stems[lo:hi] for k in keys)
            if self.numbers:
                found.update(k for keys in self.numbers[lo:hi] for k in keys)
            for w in firsts.keys() & found:  # the few words that begin a synset member
                found.update(firsts[w])
            self._keys[(lo, hi)] = found
        return found

    def candidates(self, book: Compiled, block: int) -> list[int]:
        """The patterns of `block` whose needed keys the sentence holds, in order.

        Worked out once per sentence and block (the sentence's keys hold every
        clause's, so no pattern that can match in a clause is left out): clause
        cutting and event coding ask for the same verbs.
        """
        found = self._candidates.get(block)
        if found is None:
            found = self._candidates[block] = _candidates(
                book, block, self.keys(0, len(self.lower), book.synset_firsts))
        return found

    def slot(self, pos: int, lo: int, hi: int, forward: bool) -> Phrase | None:
        """The actor phrase a slot takes: the first after `pos` (within `hi`) going
        forward, the last before `pos` (from `lo`) going backward."""
        key = (forward, pos, hi if forward else lo)
        memo = self._memo
        if key in memo:
            return memo[key]
        if forward:
            cand = next((p for p in self.phrases if p.start >= pos and p.end <= hi), None)
        else:
            cand = next((p for p in reversed(self.phrases) if p.end <= pos and p.start >= lo),
                        None)
        memo[key] = cand
        return cand

    def holding(self, token: int) -> Phrase | None:
        """The actor phrase that holds a token, if any."""
        return next((p for p in self.phrases if p.start <= token < p.end), None)

    def synset_options(self, synsets: dict, name: str) -> list[tuple[str, ...]]:
        """Members of a synset whose first word occurs in the sentence.

        The smaller of the two tables (the synset's first words, the sentence's words)
        is walked and looked up in the other, with no set built: a synset can have
        hundreds of first words and a sentence a score. Callers take the nearest, then
        longest, member, so the order of the options does not matter.
        """
        options = self._synsets.get(name)
        if options is None:
            firsts = synsets.get(name, {})
            where = self.where
            if len(firsts) < len(where):
                options = [m for w, members in firsts.items() if w in where for m in members]
            else:
                options = [m for w in where if w in firsts for m in firsts[w]]
            self._synsets[name] = options
        return options

    def free(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) hold no actor phrase."""
        return a >= b or self.covered[b] == self.covered[a]

    def find(self, words: tuple[str, ...], lo: int, hi: int, forward: bool) -> int:
        """Start of `words` within [lo, hi), nearest to the verb; -1 if absent."""
        spots = self.where.get(words[0])
        if not spots:
            return -1
        k = len(words)
        lower = self.lower
        if forward:
            i = bisect_left(spots, lo)
            while i < len(spots) and spots[i] + k <= hi:
                at = spots[i]
                if k == 1 or _same(lower[at:at + k], words):
                    return at
                i += 1
        else:
            i = bisect_right(spots, hi - k) - 1
            while i >= 0 and spots[i] >= lo:
                at = spots[i]
                if k == 1 or _same(lower[at:at + k], words):
                    return at
                i -= 1
        return -1


#: Digits as news writes numbers ("137", "1,200", "1.5"); a year ("2024") is no count.
DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
_DIGIT = re.compile(r"\d")


def number_keys(book: Compiled, lower: list[str]) -> list[tuple[str, ...]] | None:
    """For each token, the pattern number tokens it matches (`@N`, `@N>=100`), or None
    when the codebook's patterns have none or the sentence holds no number.

    A number is digits or a number word of grammar.txt; adjacent ones multiply ("two
    hundred", "1.5 million", "three dozen"), and each token of the run has its value.
    A number joined by a hyphen to the next word modifies it ("a 25-year-old woman",
    "a 30-km convoy"): it counts nothing.
    """
    keys, words = book.number_keys, book.numbers
    if not keys or words.keys().isdisjoint(lower) and not _DIGIT.search(" ".join(lower)):
        return None  # most sentences: two scans in C, no values worked out
    n = len(lower)
    values: dict[int, float] = {}
    for k, t in enumerate(lower):
        if (t in words or t[:1].isdigit()) and not (k + 1 < n and lower[k + 1] == "-"):
            value = words.get(t) if t in words else _digits_value(t)
            if value is not None:
                values[k] = value
    if not values:
        return None
    out: list[tuple[str, ...]] = [()] * n
    for i in sorted(values):
        if i - 1 in values:
            continue  # inside a run already valued
        j, total = i, 1.0
        while j in values:
            total *= values[j]
            j += 1
        found = tuple(token for token, least in keys if total >= least)
        out[i:j] = [found] * (j - i)
    return out


def _digits_value(token: str) -> float | None:
    """The value of digits ("137", "1,200"), None for a year, a time or a percentage."""
    if not DIGITS_RE.fullmatch(token) or YEAR_RE.fullmatch(token):
        return None
    return float(token.replace(",", ""))


#: Prepositions of the place where an act happens ("rallied in Belgrade against ...").
SCENE_PREPS = frozenset({"in", "across", "throughout"})


def _scene(p: Phrase) -> bool:
    """Whether `p` is the bare place of the act ("rallied in Belgrade against the plan",
    "staged a strike across France over pensions"): the scene names no participant and,
    like a pronoun, does not stop a pattern's words after it. A slot still takes it."""
    return (p.after_prep in SCENE_PREPS and p.group is None and not p.person
            and p.code is not None and len(p.code) == 3)


def _same(tokens: list[str], words: tuple[str, ...]) -> bool:
    """Whether tokens spell `words`, a word ending in `*` being a stem."""
    return tuple(tokens) == words or all(
        t == w or (w.endswith("*") and t.startswith(w[:-1])) for t, w in zip(tokens, words,
                                                                             strict=True))


def _sequences(parts: tuple[str, ...], synsets) -> list[tuple[str, ...]]:
    """Word sequences of an adjacent run of words and synsets (`new_&TIETYPES_relations`)."""
    seqs: list[tuple[str, ...]] = [()]
    for part in parts:
        if part.startswith("&"):
            members = [m for tuples in synsets.get(part, {}).values() for m in tuples]
        else:
            members = [(part,)]
        seqs = [s + m for s in seqs for m in members]
    return seqs


def _match_side(elems, look: Lookup, synsets, lo: int, hi: int, forward: bool,
                binds: dict, over_actors: bool = False) -> bool:
    """Match elements going away from the verb; `lo`/`hi` bound the clause.

    `over_actors` (engine `pattern_words_pass_actors`, legacy codebooks) lets a
    pattern's words lie beyond an actor, as TABARI and PETRARCH-1 matched them.
    """
    pos = lo if forward else hi
    rest = pos  # past the actor phrase that holds the last words matched, if any
    for kind, value in elems:
        if kind in ("w", "a", "&", "s"):
            if kind == "s":  # "new_&TIETYPES_relations": words and synsets, adjacent
                options = _sequences(value, synsets)
            else:
                options = (value,) if kind in ("w", "a") else look.synset_options(synsets,
                                                                                  value)
            best = -1
            best_len = 0
            for words in options:
                at = look.find(words, pos, hi, True) if forward else look.find(words, lo, pos,
                                                                                False)
                # nearest to the verb; at the same place the longest member, so the
                # result never depends on the order of a synset's members
                if at >= 0 and (best < 0 or (at < best if forward else at > best)
                                or at == best and len(words) > best_len):
                    best, best_len = at, len(words)
            if best < 0 or kind == "a" and (best != pos if forward else best + best_len != pos):
                return False  # `in_ *`: the words must touch the verb (or what they tie to)
            # Words may lie inside an actor phrase ("its ambassador"), but no whole
            # actor may lie between two elements: only a slot passes over an actor.
            # The rest of the phrase that holds the words before goes with them ("handed
            # over a suspected arms smuggler to": "to" may follow "suspected").
            if forward:
                gap = rest if best >= rest else pos
                if not over_actors and not look.free(gap, look.head[best]):
                    return False
                pos = best + best_len
                rest = look.tail[pos - 1]
            else:
                gap = rest if best + best_len <= rest else pos
                if not over_actors and not look.free(look.tail[best + best_len - 1], gap):
                    return False
                pos = best
                rest = look.head[best]
            binds.setdefault("spans", []).append((best, best + best_len))
        else:
            # A slot right after words inside an actor phrase that goes on past them
            # takes that phrase ("received tanks from the United States": $ is "tanks
            # from the United States")
            cand = (look.holding(rest - 1 if forward else rest) if rest != pos
                    else look.slot(pos, lo, hi, forward))
            if cand is None:
                return False
            # A compound ("Osgiliath and Eriador") fills one slot as a whole. The compound
            # slot takes only parties of two codes: "- % * fire" leaves "Israel exchanged
            # fire with Hezbollah" to the patterns after it, and "- % * &EXERCISE_V" (a
            # joint exercise) leaves "Chinese warplanes and warships held drills" (one
            # party) to "- * &EXERCISE_V" (a show of force).
            if kind == "%" and len({m.code for m in cand.group or ()}) < 2:
                return False
            group = cand.group or (cand,)
            if value is not None and not _has_role(group[0], value):
                return False  # "+GOV": the slot takes an actor of that role only
            if kind != "^":
                binds[kind] = group[0]
            pos = rest = group[-1].end if forward else group[0].start
    return True


def _has_role(phrase: Phrase, role: str) -> bool:
    """Whether the actor's code has `role` as its second group ("PAKGOV" for "GOV"), or
    as its first when that names a kind of actor ("IGOWAS" for "IGO": "quit ECOWAS" is
    leaving a bloc); `---` is a code of one group, a country or place as a whole, named
    as the object itself ("seized Damascus", SYR: a place taken, where "seized the
    businessman" is not, nor "a loan for Pakistan": a place after a preposition)."""
    code = phrase.code
    if not code:
        return False
    if role == "---":
        return len(code) == 3 and phrase.after_prep is None
    return code[3:6] == role or code[:3] == role


def _candidates(book: Compiled, block: int, keys: set[str], complete: bool = True) -> list[int]:
    """Numbers of the block's patterns, in order, whose index key is in `keys`; with
    `complete`, only those whose needed keys are all there.

    The answer depends only on the keys the block's patterns use (`_scope`), and
    sentences repeat the same few of them: it is kept per block and such keys
    (bounded, like the other caches). Callers never change the list they get.
    """
    _code, patterns, by_key, always = book.blocks[block]
    if not by_key:
        return list(always)
    scopes, memo = _candidate_tables(book)
    scope = scopes.get((block, complete))
    if scope is None:
        scope = scopes[(block, complete)] = _scope(patterns, by_key, complete)
    key = (block, complete, scope & keys)  # a frozenset, built once (not set then copy)
    found = memo.get(key)
    if found is None:
        if len(memo) >= CANDIDATE_CACHE_SIZE:
            memo.clear()
        found = memo[key] = _find_candidates(patterns, by_key, always, keys, complete)
    return found


#: Most (block, keys) answers of `_candidates` kept; then the cache starts over.
CANDIDATE_CACHE_SIZE = 100_000


def _candidate_tables(book: Compiled) -> tuple[dict, dict]:
    """The codebook's per-block key scopes and `_candidates` answers, kept on the
    codebook object (not in its `data`, which is what pickling ships)."""
    tables = book.__dict__.get("_candidate_tables")
    if tables is None:
        tables = book.__dict__["_candidate_tables"] = ({}, {})
    return tables


def _scope(patterns: tuple, by_key: dict, complete: bool) -> frozenset[str]:
    """Every key `_find_candidates` looks at for a block: its index keys and, with
    `complete`, the needed keys of its patterns."""
    scope = set(by_key)
    if complete:
        for p in patterns:
            scope.update(p[5])
    return frozenset(scope)


def _find_candidates(patterns: tuple, by_key: dict, always: tuple, keys: set[str],
                     complete: bool) -> list[int]:
    # the smaller of the two is walked, in C
    numbers = [n for k in by_key.keys() & keys for n in by_key[k]]
    numbers.extend(always)
    numbers.sort()
    if not complete:
        return numbers
    return [n for n in numbers if len(patterns[n][5]) < 2 or keys.issuperset(patterns[n][5])]


def match_patterns(book: Compiled, block: int, look: Lookup, verb_start: int, verb_end: int,
                   lo: int, hi: int, over_actors: bool = False,
                   agent: tuple[int, int] | None = None) -> PatternHit | None:
    """The first pattern of `block` that fits this verb occurrence within [lo, hi), or None.

    `over_actors` is the engine's `pattern_words_pass_actors` (see `_match_side`).
    `agent` is the span of a passive verb's by-phrase, "by" first: a pattern whose
    words lie in it does not fit unless "by" is one of them. The words after an active
    verb name what it acts on ("captured fighters", `* &TROOPS`: 173); after a passive
    one they name the doer ("Kabul was captured by Taliban fighters"), whom only a
    pattern written for the agent describes (`* by &AIRCRAFT`: "struck by bombers").
    """
    synsets = book.synsets
    patterns = book.blocks[block][1]
    numbers = look.candidates(book, block)
    if numbers:
        look.ready()
    for n in numbers:
        upper, lower_elems, code, rule_id, required, _needs = patterns[n]
        binds: dict = {}
        if lower_elems and not _match_side(lower_elems, look, synsets, verb_end, hi, True,
                                           binds, over_actors):
            continue
        if upper and not _match_side(upper, look, synsets, lo, verb_start, False, binds,
                                     over_actors):
            continue
        spans = tuple(binds.get("spans", ()))
        if agent is not None and _in_agent(spans, agent):
            continue
        return PatternHit(code, rule_id, binds.get("$"), binds.get("+"), binds.get("%"),
                          required, n, spans)
    return None


def _in_agent(spans: tuple[tuple[int, int], ...], agent: tuple[int, int]) -> bool:
    """Whether pattern words lie in a passive's by-phrase `agent` ("by" and the phrase)
    without the pattern naming its "by"."""
    by, end = agent
    return (any(a < end and by < b for a, b in spans)
            and not any(a <= by < b for a, b in spans))


def match_passive(book: Compiled, block: int, look: Lookup, lo: int, hi: int, obj_lo: int,
                  obj_hi: int) -> PatternHit | None:
    """The first object pattern of `block` whose words stand before a passive verb.

    "Two tankers were seized by the Guards": in the active "seized two tankers" the
    pattern `- * &VESSEL` finds its words after the verb; in the passive they are in
    the subject, [obj_lo, obj_hi). Only patterns with nothing before the verb and no
    source slot apply; their target slot is the passive subject, so no slot is bound
    (a slot of one role, `- * +GOV`, needs the subject to have it: "Fico was shot").
    Candidates are those whose index key the clause [lo, hi) holds (not all their
    keys: words before the verb or tied to it are not looked for here).
    """
    synsets = book.synsets
    patterns = book.blocks[block][1]
    numbers = _candidates(book, block, look.keys(lo, hi, book.synset_firsts), complete=False)
    if numbers:
        look.ready()
    for n in numbers:
        upper, lower_elems, code, rule_id, required, _needs = patterns[n]
        if upper or any(kind in ("$", "%") for kind, _v in lower_elems):
            continue
        words = [(kind, v) for kind, v in lower_elems if kind in ("w", "&")]
        roles = [v for kind, v in lower_elems if kind == "+" and v]
        if roles:  # "- * +GOV": the passive subject has the role ("X was shot")
            subject = look.slot(obj_hi, obj_lo, obj_hi, False)
            if subject is None or not _has_role(subject, roles[0]):
                continue
        elif not words:
            continue
        pos = obj_lo
        for kind, value in words:
            options = [value] if kind == "w" else look.synset_options(synsets, value)
            hits = [(at, len(o)) for o in options
                    if (at := look.find(o, pos, obj_hi, True)) >= 0]
            if not hits:
                break
            at, k = min(hits)
            pos = at + k
        else:
            return PatternHit(code, rule_id, None, None, None, required, n)
    return None
