"""Number of people killed, as stated in one news sentence.

    >>> extract_fatalities("A car bomb killed at least 17 people in Mogadishu.")
    (17, None)
    >>> extract_fatalities("Dozens of people were killed when militants attacked the town.")
    (None, 'vague')
    >>> extract_fatalities("A rocket hit an empty school; there were no casualties.")
    (0, None)

The extractor is a handful of regular expressions (the two large ones compiled on
first use, not at import, and kept compiled in the cache directory); a sentence is
scanned by one ``finditer`` (after a cheap keyword test that rejects the
sentences that say nothing about deaths), so it costs a few microseconds per
sentence and no per-token Python loop runs over the text.

What counts
-----------
A number counts only when the sentence ties it to a death word, in one of
these constructions (case is ignored; "Q" is a quantity, see below):

* object of a killing verb: ``killed|killing|kills|kill|slew|massacred|executed|
  murdered|assassinated|shot dead|gunned down|claimed the lives of ... Q``
  ("killing at least 20 people", "shot dead a judge and two bodyguards",
  headline "Gunmen kill 26"); the bare "kill" not after "to", a modal or a
  negation ("threatened to kill twenty", "could kill thousands" give nothing);
  "killed <a named person> and six other people" -> 7;
* subject of a death predicate: ``Q [noun phrase] [were|are said to have
  been|...] killed|dead|died|perished|slain|lost their lives|found dead|
  feared dead|among the dead ...`` ("two children are said to have been
  killed", "9 soldiers dead").  A bare "killed" is read as a passive only
  when no object follows it ("3 killed in blast", but not "a drone strike
  killed senior commander X"); "killed or injured" is not a death count, nor
  is "14 of the dead were soldiers" (a part of a total given elsewhere);
* a death toll: ``death toll|toll|number of dead ... rose to|reached|stood at|
  of Q`` ("the death toll rose to 45");
* ``Q bodies|corpses|deaths|fatalities``, ``the bodies of Q``, ``claimed Q
  lives``;
* zero: ``no one|nobody|none ... killed|died|hurt``, ``no casualties|deaths|
  fatalities``, ``without casualties``, ``no loss of life``.

Quantities are digits (``1,200``, ``3 thousand``), number words (``one`` ..
``ninety-nine``, ``a hundred``, ``two hundred and fifty``, ``a thousand``),
``a dozen`` = 12, ``two dozen`` = 24, and the singular article in ``killed a
police officer`` = 1.  Leading qualifiers (``at least``, ``more than``,
``nearly``, ``some`` ...) are dropped: the stated number is returned.
Coordinated quantities are added up ("killed 3 soldiers and 4 civilians" ->
7; "a Thai civilian and two soldiers were killed" -> 3), but a conjunct that
is wounded, not killed, is not ("killing 3 and wounding 12" -> 3); a
parenthetical "including 12 children" is part of the total, never added.

Vague quantities (``dozens``, ``scores``, ``hundreds``, ``thousands``, ``tens
of thousands``, ``several``, ``many``, ``numerous``, ``a number of``, ``an
unknown number of``, ``a few`` ...) tied to a death word give ``(None,
"vague")``.

Combining several mentions in one sentence: a death toll wins (the largest
one); otherwise any vague mention makes the result vague; otherwise the
separate counts are added ("Two soldiers were killed and three civilians
died" -> 5).  A statement of zero is used only when no death is counted.

Never guessed: injured, wounded or "casualties" with a number are not deaths;
a hypothetical ("threatened to kill twenty", "could kill thousands") has no
killing verb that counts; ages, years and dates ("a 20-year-old man", "in
2015", "the Oct. 7 attack") are not counts.  A named person killed
("Navalny died") has no quantity and gives nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

__all__ = ["extract_fatalities"]

# --------------------------------------------------------------------------- numbers

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SMALL = {**_UNITS, **_TEENS, **_TENS}

_U = "|".join(_UNITS)
_W99 = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{_U}))?|{'|'.join(_TEENS)}|{_U})"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?![\d-])|\d+(?![\w-]|[.,]\d)"
_NUM = (
    rf"(?:(?:{_DIGITS})(?:\s+(?:thousand|million)\b)?"
    rf"|(?:a|one|{_W99})\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_W99})?\b"
    rf"|(?:half\s+a|a|one|two|three|four|five|six)\s+dozen\b"
    rf"|hundred\b"
    rf"|{_W99}\b)"
)
_VAGUE = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands"
    r"|several|many|numerous|countless|multiple|a\s+few|a\s+handful"
    r"|an?\s+(?:unknown|undisclosed|unspecified|large|small|growing|significant)\s+number"
    r"|a\s+number)\b"
)
_ONE = r"(?:an?|one)\b"
_QUAL = (
    r"(?:(?:at\s+least|at\s+most|more\s+than|over|nearly|almost|about|around|some|up\s+to"
    r"|as\s+many\s+as|an\s+estimated|roughly|approximately|a\s+total\s+of|another"
    r"|a\s+further|an\s+additional|fewer\s+than|less\s+than|no\s+fewer\s+than|no\s+less\s+than"
    r"|close\s+to|just\s+over|just\s+under|well\s+over|upwards\s+of|all|the|its|their)\s+)"
)
_QTY = rf"(?:{_QUAL}{{0,2}}(?:{_NUM}|{_VAGUE}|{_ONE}))"
_QTY_HEAD = rf"(?:{_QUAL}|{_NUM}|{_VAGUE}|{_ONE})"

# Words that end the noun phrase after a quantity ("31 people overnight, including").
_STOP = (
    r"(?:and|or|but|nor|plus|were|was|are|is|have|has|had|been|be|being|who|whom|whose|which|that"
    r"|after|before|when|while|as|in|on|at|by|with|into|during|since|to|than|near"
    r"|including|among|across|amid|inside|outside|over|under|between|because|if|then|so"
    r"|killed|killing|dead|died|die|dying|slain|perished|massacred|executed|murdered"
    r"|wounded|wounding|injured|injuring|hurt|lost|also|reportedly|said|found|feared"
    r"|shot|shoots|shooting|stabbed|beaten|burned|burnt|hacked|gunned|crushed|left|leaving"
    r"|a|an|one|dozens|scores|hundreds|thousands|several|many|bodies|lives|deaths"
    r"|would|could|will|may|might|can|should|must|shall|did|does|do|not|never"
    r"|{_w})\b".replace("{_w}", _W99)
)
_WORD = rf"(?!{_STOP})[^\W\d_][\w'\u2019-]*|\d+-[\w-]+"
_NP = rf"(?:\s+(?:{_WORD})|\s+and\s+(?!{_QTY_HEAD})(?:{_WORD})){{0,6}}"
_ITEM = rf"{_QTY}{_NP}"
# A conjunct after a bare comma must be a number ("killed 16 people, a U.N. official said").
_ITEM_N = rf"{_QUAL}{{0,2}}{_NUM}{_NP}"
_LIST = rf"{_ITEM}(?:\s*,\s*{_ITEM_N}|\s*,?\s+(?:and|plus)\s+{_ITEM})*"

# Predicates of the dead.
_INTRANS = (
    r"(?:(?<!\bof\sthe\s)dead|died|die|perished|drowned|lost\s+(?:their|his|her)\s+li(?:ves|fe)"
    r"|(?:(?:were|was)\s+)?among\s+(?:the\s+dead|those\s+killed|the\s+people\s+killed"
    r"|the\s+victims))\b"
)
_TRANS = (
    r"(?:killed|slain|massacred|executed|murdered|assassinated|beheaded|lynched"
    r"|shot\s+dead|shot\s+and\s+killed|gunned\s+down"
    r"|(?:stabbed|beaten|burned|burnt|hacked|crushed|tortured)\s+to\s+death)\b"
)
_AUX = (
    r"(?:who|were|was|are|is|have|has|had|been|being|be|reportedly|reported|said|confirmed"
    r"|believed|feared|thought|known|presumed|to|also|all|later|subsequently|allegedly|both"
    r"|found|left|now|each|since)"
)
# A bare "killed" after its subject is a reduced passive ("3 killed in blast") only when no
# object follows ("a drone strike killed senior commander X" is active).
_BARE_END = (
    r"(?=\s*(?:[.,;:!?)\"'\u201d\u2019\u2014\u2013-]|$)|\s+(?:in|at(?!\s+(?:least|most)\b)|on|by"
    r"|as|when|while|after|before|during|near|and|or|but|overnight|yesterday|today|since"
    r"|outside|inside|across|following|amid|including|with|from|for|last|this|into|because"
    r"|were|was|so|there|here|earlier|later)\b)"
)
_TRIG = (
    r"(?:killing|killed|kills"
    # the bare form only where it is not an infinitive, a modal or a negation
    r"|(?<!\bto\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bcan\s)(?<!\bnot\s)(?<!n't\s)(?<!\bshall\s)(?<!\bshould\s)(?<!\bmust\s)"
    r"(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!\bnever\s)kill"
    r"|slaying|slew|slays|massacring|massacred|massacres|executing"
    r"|executed|executes|murdering|murdered|murders|assassinating|assassinated"
    r"|(?:shot|shooting|shoots)\s+dead|shot\s+and\s+killed|(?:gunned|gunning|guns)\s+down"
    r"|(?:claimed|claiming|claims|took|taking|takes|cost|costing|costs)\s+the\s+lives\s+of)"
)
_PAREN = (r"(?:\s*,\s*(?:including|among|most|mostly|mainly|many|all|both|some|half|several"
          r"|nearly|almost|about|majority|the\s+majority)\b[^,;]{1,60},)")
_NOT_ONLY_DEAD = r"(?!\s+or\s+(?:seriously\s+|badly\s+)?(?:injured|wounded|hurt|maimed|missing))"
_INJURY = re.compile(
    r"\s*(?:others?\s+)?"
    r"(?:(?:were|was|are|have\s+been|had\s+been|been|reportedly|also|more)\s+){0,2}"
    r"(?:wounded|injured|hurt|maimed)\b", re.I)

_FATAL_SOURCE = (
    rf"""
    (?=\b\w)   # every construction starts a word: fail fast elsewhere
    (?:
    (?P<zero>
        \b(?:no\s+one|no-one|nobody|none(?:\s+of\s+(?:them|those\s+on\s+board|the\s+\w+))?)
            (?:\s+(?:was|were|has|have|had|been|being|is|are|reported|reportedly|immediately
                |seriously|believed|thought|known|to|be|else|other|apparently|appeared|appears))*\s+
            (?:killed|dead|died|hurt|injured|harmed|perished)\b
      | \bno\s+(?:(?:immediate|reported|other|further|civilian|human|known)\s+)?
            (?:casualties|deaths|fatalities|injuries|loss\s+of\s+(?:human\s+)?life
              |lives\s+were\s+lost)\b
      | \bwithout\s+(?:any\s+)?(?:casualties|deaths|fatalities|loss\s+of\s+(?:human\s+)?life)\b
    )
  | (?P<toll>
        \b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?dead|number\s+of\s+deaths)\b
        [^.;:!?\d]{{0,80}}?
        \b(?:to|at|of|reached|hit|passed|topped|exceeded|surpassed|is|was|stands\s+at|stood\s+at)\s+
        (?P<tollq>{_QUAL}{{0,2}}(?:{_NUM}|{_VAGUE}))
    )
  | (?P<active>
        \b{_TRIG}\s+(?P<self>(?:himself|herself)\s+and\s+)?(?P<alist>{_LIST})
    )
  | (?P<other>
        \b{_TRIG}\s+(?!{_QTY_HEAD})[^,.;:]{{1,80}}?\s+and\s+(?P<olist>{_QTY})\s+others?\b
    )
  | (?P<bodies>
        \b(?:bodies|corpses|remains)\s+of\s+(?P<blist>{_LIST})
    )
  | (?P<lives>
        \b(?:claim\w*|cost\w*|took|taken|taking|takes|lost|losing)\s+(?P<llist>{_QTY})
        (?:\s+(?:{_WORD}))?\s+lives\b
    )
  | (?P<passive>
        (?<![\w-])(?P<plist>{_LIST}){_PAREN}?
        (?:
            (?:\s*,)?(?:\s+{_AUX}){{1,6}}\s+(?:{_INTRANS}|{_TRANS}){_NOT_ONLY_DEAD}
          | \s+(?:{_INTRANS}|{_TRANS}{_BARE_END}){_NOT_ONLY_DEAD}
        )
    )
  | (?P<nouns>
        (?<![\w-])(?P<nlist>{_QTY})(?:\s+(?:{_WORD})){{0,2}}?
        \s+(?:bodies|corpses|deaths|fatalities)\b
    )
    )
    """
)

# Quick rejection: a sentence without any of these cannot state a death.
_KEYWORD_SOURCE = (
    r"kill|dead|die|death|toll|lives|bodies|corpse|remains|fatalit|slain|slew|massacr|execut|"
    r"murder|assassin|behead|lynch|perish|drown|gunned|gunning|guns\s+down|no\s+one|no-one|"
    r"nobody|none|casualt|loss\s+of"
)
_KEYWORDS = re.compile(_KEYWORD_SOURCE, re.I)
# The same test on the lower-cased sentence, case-sensitive: Python's re skips to the
# possible first letters of an alternation only when case matters, which makes this
# six times faster than `_KEYWORDS` (about 5 against 30 microseconds a sentence).
_KEYWORDS_LOWER = re.compile(_KEYWORD_SOURCE)
# The only characters that match an ASCII letter under re.I but do not lower-case to
# it (dotted and dotless i, long s, Kelvin sign): with one of them, `_KEYWORDS` decides.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _may_state_deaths(sentence: str) -> bool:
    """Whether `sentence` has a death keyword: `_KEYWORDS.search`, answered faster."""
    if sentence.isascii() or not _FOLDS_TO_ASCII.search(sentence):
        return _KEYWORDS_LOWER.search(sentence.lower()) is not None
    return _KEYWORDS.search(sentence) is not None

_ITEM_SOURCE = rf"(?P<q>{_QTY})(?P<np>{_NP})"

#: First words of the alternatives of `_FATAL_SOURCE` that do not begin with a quantity:
#: a zero statement, a toll, a killing verb (`_TRIG`), "bodies of", "claimed ... lives".
#: Only the letters up to the first non-word character count ("no-one": "no"), and a
#: word counts when it begins with one of them ("kill" for killed, killing ...).
_LEADS = tuple("""
    no without death toll number kill sla slew massacr execut murder assassinat sho gun
    claim took tak cost bodies corpses remains lost losing""".split())
#: First words of a quantity (`_QUAL`, `_NUM`, `_VAGUE`, `_ONE`; digits are no letters, see
#: `_fatal_matches`): "a" stands for every qualifier beginning with it.
_QUANTITY_LEADS = tuple("""
    a more over nearly some up fewer less close just well upwards the its their no
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty
    seventy eighty ninety half hundred tens hundreds dozens scores thousands several many
    numerous countless multiple roughly""".split())
#: What the alternatives that begin with a quantity need after it: a predicate of the
#: dead (`_INTRANS`, `_TRANS`) or a noun of deaths ("bodies", "fatalities").
_AFTER_QUANTITY = tuple("""
    dead die perished drowned lost among killed slain massacred executed murdered
    assassinated beheaded lynched shot gunned death bodies corpses fatalities""".split())
_WORD_RUN = re.compile(r"\w+")


@functools.cache
def _patterns() -> tuple[re.Pattern, ...]:
    """The two large patterns, compiled on first use rather than at import, so that
    importing the coder stays fast; compiling them takes a fifth of a second, so the
    compiled programs are kept in the cache directory (`regex_cache`)."""
    from coding.regex_cache import compile_all

    return compile_all(((_FATAL_SOURCE, re.I | re.X), (_ITEM_SOURCE, re.I)))


def warm_up() -> None:
    """Compile the patterns now (before forking workers that will all need them)."""
    _patterns()


_NUM_RE = re.compile(rf"{_NUM}", re.I)
_VAGUE_RE = re.compile(rf"{_VAGUE}", re.I)
_QUAL_RE = re.compile(rf"^{_QUAL}*", re.I)
_YEARISH = re.compile(r"^(?:1[89]|20)\d\d$")
_TIME_NOUN = re.compile(
    r"^\s+(?:days?|weeks?|months?|years?|hours?|minutes?|times?|percent|per\s*cent|km|miles?)\b",
    re.I)
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$|\b(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\s*$", re.I)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|during|from|before|after|early|late|mid|spring|summer|"
    r"autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s*)$", re.I)
_WORD_SPLIT = re.compile(r"[\s-]+")


def _number(text: str) -> int | None:
    """Value of a quantity without its qualifiers; None when it is vague."""
    t = _QUAL_RE.sub("", text.strip()).lower()
    if _VAGUE_RE.fullmatch(t):
        return None
    if t in ("a", "an"):
        return 1
    t = re.sub(r"\s+", " ", t)
    m = re.fullmatch(r"([\d,]+)(?: (thousand|million))?", t)
    if m:
        n = int(m.group(1).replace(",", ""))
        return n * {"thousand": 1000, "million": 1_000_000}.get(m.group(2) or "", 1)
    m = re.fullmatch(r"(half a|a|one|two|three|four|five|six) dozen", t)
    if m:
        return {"half a": 6, "a": 12, "one": 12}.get(m.group(1)) or _SMALL[m.group(1)] * 12
    total = 0
    current = 0
    for w in _WORD_SPLIT.split(t):
        if w in _SMALL:
            current += _SMALL[w]
        elif w in ("a", "one") and current == 0:
            current = 1
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million"):
            total += (current or 1) * (1000 if w == "thousand" else 1_000_000)
            current = 0
        elif w == "and":
            continue
        else:
            return None
    return total + current


def _items(sentence: str, start: int, end: int) -> list[int | None]:
    """Quantities of a coordinated list, skipping conjuncts that are wounded, ages or years."""
    out: list[int | None] = []
    for k, m in enumerate(_patterns()[1].finditer(sentence, start, end)):
        q = m.group("q")
        core = _QUAL_RE.sub("", q).strip()
        if k > 0 and _INJURY.match(sentence, m.end()):
            continue
        if _TIME_NOUN.match(m.group("np")):
            continue
        if core[:1].isdigit() and _MONTH_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        if _YEARISH.match(core) and (not m.group("np").strip()
                                     or _YEAR_BEFORE.search(sentence, 0, m.start())):
            continue
        out.append(_number(q))
    return out


def _fatal_matches(sentence: str) -> Iterator[re.Match]:
    r"""`_patterns()[0].finditer(sentence)`, tried only where a match can start.

    The expression tries each of its alternatives at every word start (`(?=\b\w)`),
    about 200-300 microseconds for a sentence with a death word. A match starts a
    word that begins with one of `_LEADS`, or with a quantity (`_QUANTITY_LEADS`, a
    digit) followed somewhere by one of `_AFTER_QUANTITY`; whatever the case, so a
    word of ASCII letters or digits is tested here, in a sentence of ASCII for the
    words after it (lower-casing other text may move offsets), and every other word
    is left to the expression, as are all the words the test lets through.
    """
    fatal = _patterns()[0]
    ascii_text = sentence.isascii()
    if ascii_text:
        low = sentence.lower()
        last = max(low.rfind(w) for w in _AFTER_QUANTITY)  # where the last one starts
    end = 0
    for run in _WORD_RUN.finditer(sentence):
        start = run.start()
        if start < end:
            continue  # inside the last match: finditer goes on from its end
        word = run.group()
        if word.isascii() and (word.isalpha() or word[0].isdigit()):
            word = word.lower()
            if not word.startswith(_LEADS) and (
                    not (word[0].isdigit() or word.startswith(_QUANTITY_LEADS))
                    or ascii_text and last <= start):
                continue
        m = fatal.match(sentence, start)
        if m is not None:
            end = m.end()
            yield m


def extract_fatalities(sentence: str) -> tuple[int | None, str | None]:
    """Return ``(number of dead, flag)`` stated in `sentence`.

    * ``(n, None)``: the sentence states that n people were killed (``n`` >= 1),
      or ``(0, None)`` when it states that nobody was killed ("no casualties").
    * ``(None, "vague")``: deaths are stated with a vague quantity ("dozens killed").
    * ``(None, None)``: nothing about deaths, or a number that cannot be tied to a
      death word (injured, arrested, hypothetical killings ...).

    Pure function; see the module docstring for the constructions recognised.
    """
    if not sentence or not _may_state_deaths(sentence):
        return None, None
    counts: list[int] = []
    tolls: list[int] = []
    vague = False
    zero = False
    for m in _fatal_matches(sentence):
        if m.group("zero") is not None:
            zero = True
            continue
        if m.group("toll") is not None:
            n = _number(m.group("tollq"))
            if n is None:
                vague = True
            else:
                tolls.append(n)
            continue
        for name in ("alist", "olist", "blist", "llist", "plist", "nlist"):
            if m.group(name) is not None:
                values = _items(sentence, m.start(name), m.end(name))
                break
        else:  # pragma: no cover - every alternative has a list group
            continue
        if not values:
            continue
        if m.group("self") or m.group("olist") is not None:
            values.append(1)
        if any(v is None for v in values):
            vague = True
        else:
            counts.append(sum(values))  # type: ignore[arg-type]
    if tolls:
        return max(tolls), None
    if vague:
        return None, "vague"
    if counts:
        return sum(counts), None
    if zero:
        return 0, None
    return None, None
