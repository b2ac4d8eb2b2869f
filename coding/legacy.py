"""Import legacy TABARI and PETRARCH dictionaries into an eventcoder codebook.

The KEDS/TABARI/PETRARCH coders kept their knowledge in line-based dictionary
files (background: ``shared/notes/peer-coders.md``).  Much of that knowledge,
above all the MIT-licensed Phoenix actor lists and the PETRARCH verb patterns,
is worth reusing, so this module reads those files and writes the same entries
in our codebook format (``codebooks/FORMAT.md``).

The conversion is deliberately conservative, because a codebook is only useful
if people can trust what it says:

* Every legacy line that cannot be expressed in our format is listed in the
  :class:`ImportReport` as (file, line number, text, reason).  Nothing is
  dropped silently.
* Lines that are converted with a loss of precision (for example a pattern
  whose ``_`` tied a word to the verb marker) are listed separately.
* The output always satisfies the rules our loader enforces: no duplicate names
  or patterns within the layer (the first wins, the rest are reported), no
  overlapping date ranges within an actor, only valid codes.

Public entry point: :func:`import_dictionaries`.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TypeVar

from coding.actors import Phrase
from coding.codebook import ACTOR_CODE_RE, AGENT_CODE_RE, LEGACY_ACTOR_CODE_RE
from coding.compiled import GAP as GAP_MARK
from coding.inflect import plural_forms

STYLES = ("tabari", "petrarch1", "petrarch2")
DEFAULT_LAYER = "imported"

# Two-digit years: YY >= YEAR_PIVOT is 19YY, otherwise 20YY.  The Phoenix actor
# lists (last updated 2014/15) write 1931-1999 and 2000-2014 with six digits, so a
# pivot at 50 would turn about 800 of their date ranges around (e.g. a politician
# active 470101-790327).  30 keeps every range of every peer dictionary in order.
YEAR_PIVOT = 30

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_REFERENCE = REPO_ROOT.parent / "shared" / "reference"
DEFAULT_EVENTS_CSV = REPO_ROOT / "codebooks" / "default" / "events.csv"
EVENTS_COLUMNS = ("code", "name", "description", "goldstein", "quad_class", "plover_type")

NULL_CODE = "---"
#: TABARI's discard `###` and complex `+++`: either way the sentence is not coded.
NOT_CODED = ("###", "+++")
LAYER_DIRS = ("actors", "agents", "verbs", "synsets", "discards")
_Entry = TypeVar("_Entry")
MAX_ALTERNATIVES = 64

# --- reasons written to the report (kept as constants so tests can name them) ---

R_INVALID_EVENT_CODE = "invalid event code"
R_HALF_PAIR = "paired code with an empty or `---` half (`[:173]`): our pairs need two events"
R_NOT_CAMEO = "event code not in CAMEO 1.1b3"
R_COMPLEX_CODE = "TABARI complex-sentence code `+++` has no equivalent"
R_DISCARD_IN_PATTERN = "discard code `###` in a pattern has no equivalent"
R_PATTERN_NO_CODE = "pattern has no [code]"
R_PATTERN_STAR = "pattern must contain the verb marker `*` exactly once"
R_PATTERN_WORD = "unreadable pattern word"
R_BRACES = "unbalanced or unexpected braces"
R_PARENTHESES = "unbalanced or unexpected parentheses"
R_TOO_MANY_ALTERNATIVES = f"more than {MAX_ALTERNATIVES} alternative patterns"
R_UNKNOWN_SYNSET = "pattern uses an undefined synset"
R_DUPLICATE_PATTERN = "duplicate pattern in its block (first kept)"
R_PATTERN_OUTSIDE_BLOCK = "pattern outside a verb block"
R_PATTERN_OF_LOST_VERB = "pattern of a verb line that was not converted"
R_PATTERN_OF_DISCARD = "pattern of a TABARI discard verb (`###`) has no equivalent"
R_TRANSFORMATION = "PETR-2 transformation (`~ ...`) has no equivalent"
R_TABARI_TIME = "TABARI <TIME> entry has no equivalent"
R_TABARI_SECTION = "TABARI <NOUN>/<ADJECTIVE> entry has no equivalent"
R_VERB = "unreadable verb"
R_VERB_OUTSIDE_BLOCK = "verb outside a `--- NAME [code] ---` block"
R_VERB_NO_CODE = "TABARI verb line without a [code]"
R_DUPLICATE_VERB = "verb already defined in this layer (first kept)"
R_BLOCK_WITHOUT_VERBS = "verb block has no verbs left"
R_UNREADABLE = "unreadable line"
R_LITERAL_STAR = "`*` inside a word (`E*Trade`) would be a stem mark in our format"
R_SYNSET_NAME = "unreadable synset name"
R_SYNSET_MEMBER = "unreadable synset member"
R_DUPLICATE_SYNSET = "synset already defined in this layer (first kept)"
R_DUPLICATE_MEMBER = "duplicate synset member (first kept)"
R_EMPTY_SYNSET = "synset has no members"
R_ACTOR_CODE = "invalid actor code"
R_NULL_ACTOR_CODE = "null actor code `---` has no equivalent"
R_ACTOR_DISCARD = "discard code `###` with dates or beside actor codes has no equivalent"
R_DATE = "invalid date"
R_DATE_ORDER = "date range ends before it starts"
R_DATE_SYNTAX = "unreadable date restriction"
R_DATE_COVERED = "date range lies inside earlier ranges of the actor (first kept)"
R_SECOND_DEFAULT = "second code without dates (first kept)"
R_ACTOR_WITHOUT_CODE = "actor has no valid code"
R_DUPLICATE_ACTOR_NAME = "actor name already used in this layer (first kept)"
R_CODES_OF_DUPLICATE = "codes of an actor whose names are all duplicates"
R_CODES_WITHOUT_NAME = "codes of an actor whose name could not be read"
R_NAME = "unreadable name"
R_ORPHAN_LINE = "synonym or code line without an actor"
R_AGENT_CODE = "invalid agent code"
R_AGENT_NO_CODE = "agent without a [code]"
R_AGENT_SUBSTITUTION = "unknown or misplaced substitution marker `!NAME!`"
R_DUPLICATE_AGENT = "agent name already used in this layer (first kept)"
R_DUPLICATE_DISCARD = "discard phrase already listed (first kept)"
R_OPTION = "option setting: our codebook format has no options file"
R_PROJECT = "project file entry: a codebook is a directory and has no project file"
R_ONTOLOGY = "PICO ontology line: our format has no internal coding ontology"
R_ISSUES = "issue coding line: issues are not part of our codebook format"
R_PREPOSITIONS = "preposition list line: no equivalent (closed-class words live in grammar.txt)"
R_UNKNOWN_KIND = "file kind not recognised"

C_LOOSENED = (
    "`_` tied a word to `*`, `$`, `+`, `%` or `^`: written as separate tokens "
    "(the words need no longer be adjacent)"
)
C_HEADER_WITHOUT_CODE = "block header without a code: written with no default event (`---`)"
C_HEADER_CODE = "block default code not convertible, written as `---`"
C_VERB_CODE = "verb's own code not convertible, the verb uses its block's default"
C_TRAILING_TEXT = "text after the codes ignored"
C_PATTERN_MOVED = (
    "pattern of a block whose verbs were listed before: written in the first block of its verb"
)
C_MERGED_ACTOR = "actor line without a code: shares the codes of the names that follow"
C_DATE_CLIPPED = "date range clipped to the days not covered by earlier ranges of the actor"
C_DATE_SHARED_DAY = (
    "date range shares its first or last day with an earlier range of the actor: "
    "that day stays with the earlier range"
)
C_AGENT_PLURAL = "a plural of the agent names another agent: its other plurals are listed"
C_TABARI_DISCARD = "TABARI discard code `###`: written as a sentence discard"
C_MAC_ROMAN = "line is not UTF-8: decoded as Mac Roman"

# Too many and too mechanical to list line by line in IMPORT_REPORT.md (they are
# counted there, and every one is in ImportReport.changed).
UNLISTED_CHANGES = (C_DATE_SHARED_DAY,)

N_STEMS = "TABARI stems written as stems (`word*`)"
N_ALTERNATIVES = "patterns written for `{ a | b }` or `a/b` alternatives"
N_FLATTENED = "PETR-2 patterns whose `{}`/`()` groupings were flattened"
N_SUBSTITUTIONS = "agent names expanded from `!NAME!` substitution sets"
N_GENERATED_FORMS = "multi-word verbs inflected on a later word (forms generated)"
N_NESTED_SYNSETS = "synset members expanded from nested synsets"
N_MERGED_ACTORS = "actor lines without a code merged with the next entry"
N_OPTIONS = "TABARI option commands written as engine options in codebook.toml"

COUNT_ORDER = (
    "actor entries",
    "actor names",
    "actor entries with date ranges",
    "actor date ranges",
    "agent entries",
    "agent names",
    "verb blocks",
    "verb words",
    "patterns",
    "synsets",
    "synset members",
    "sentence discards",
    "story discards",
)


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


class ReportLine(NamedTuple):
    """A legacy line that was not converted, or was converted with a change."""

    file: str
    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class SourceInfo:
    """What the importer found out about one input file."""

    file: str
    kind: str
    licence: str


@dataclass
class ImportReport:
    """Everything an import did: counts per kind, notes and every unconverted line.

    ``unconverted`` lists each legacy line that left nothing (or not everything)
    in the output; ``changed`` lists lines that were written with a loss of
    precision.  Both are kept in input order.
    """

    style: str
    layer: str
    sources: list[SourceInfo] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)
    changed: list[ReportLine] = field(default_factory=list)
    unconverted: list[ReportLine] = field(default_factory=list)
    added_codes: list[str] = field(default_factory=list)

    def reasons(self) -> Counter[str]:
        """Count unconverted lines per reason."""
        return Counter(entry.reason for entry in self.unconverted)

    def change_reasons(self) -> Counter[str]:
        """Count changed lines per reason."""
        return Counter(entry.reason for entry in self.changed)

    def to_markdown(self) -> str:
        """Render the report as the ``IMPORT_REPORT.md`` a maintainer reads."""
        return "\n".join(_markdown_lines(self)) + "\n"

    def summary(self) -> str:
        """A few lines for the terminal: what was converted and why lines were not.

        The full account, line by line, is ``IMPORT_REPORT.md``; this says whether
        it is worth opening (and names files whose kind was not recognised, the
        usual mistake: a file given under a name the importer cannot place).
        """
        made = ", ".join(f"{self.counts[k]:,} {k}" for k in COUNT_ORDER if self.counts.get(k))
        lines = [f"{self.style}: {len(self.sources)} file(s) -> layer {self.layer}: "
                 f"{made or 'nothing converted'}"]
        unknown = [s.file for s in self.sources if s.kind == "unknown"]
        if unknown:
            lines.append(f"file kind not recognised (nothing read): {', '.join(unknown)}")
        for title, reasons in (("not converted", self.reasons()),
                               ("converted with a change", self.change_reasons())):
            if reasons:
                top = ", ".join(f"{n:,} {r}" for r, n in reasons.most_common(3))
                more = f", ... ({len(reasons) - 3} more reasons)" if len(reasons) > 3 else ""
                lines.append(f"{sum(reasons.values()):,} line(s) {title}: {top}{more}")
        return "\n".join(lines)


def _markdown_lines(report: ImportReport) -> Iterable[str]:
    yield "# Import report"
    yield ""
    yield (
        f"Legacy style `{report.style}`, written as layer `{report.layer}` by "
        "`coding/legacy.py`. Regenerate rather than edit by hand."
    )
    yield ""
    yield "## Sources"
    yield ""
    yield "| file | kind | licence |"
    yield "|---|---|---|"
    for source in report.sources:
        yield f"| {_cell(source.file)} | {source.kind} | {_cell(source.licence)} |"
    yield ""
    yield "## Converted entries"
    yield ""
    yield "| kind | count |"
    yield "|---|---:|"
    for key in COUNT_ORDER:
        yield f"| {key} | {report.counts.get(key, 0)} |"
    if report.notes:
        yield ""
        yield "## Notes"
        yield ""
        for key, value in sorted(report.notes.items()):
            yield f"- {key}: {value}"
    if report.added_codes:
        yield ""
        yield "## Event codes added to events.csv"
        yield ""
        yield ", ".join(report.added_codes)
    yield from _reason_table("Not converted", report.reasons())
    yield from _reason_table("Converted with a change", report.change_reasons())
    yield from _line_table("Every line not converted", report.unconverted)
    listed = [entry for entry in report.changed if entry.reason not in UNLISTED_CHANGES]
    yield from _line_table("Every line converted with a change", listed)
    if len(listed) < len(report.changed):
        yield ""
        yield (
            f"Not listed line by line: the {len(report.changed) - len(listed)} date ranges "
            "that only gave up a day they shared with an earlier range of the same actor."
        )


def _reason_table(title: str, reasons: Counter[str]) -> Iterable[str]:
    yield ""
    yield f"## {title}: {sum(reasons.values())} lines"
    yield ""
    if not reasons:
        yield "None."
        return
    yield "| reason | lines |"
    yield "|---|---:|"
    for reason, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
        yield f"| {_cell(reason)} | {count} |"


def _line_table(title: str, lines: Sequence[ReportLine]) -> Iterable[str]:
    if not lines:
        return
    yield ""
    yield f"## {title}"
    yield ""
    yield "| file | line | text | reason |"
    yield "|---|---:|---|---|"
    for entry in lines:
        yield (
            f"| {_cell(entry.file)} | {entry.line} | {_code_span(entry.text)} "
            f"| {_cell(entry.reason)} |"
        )


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _code_span(text: str) -> str:
    """Quote legacy text so Markdown neither formats `*` nor breaks the table on `|`."""
    body = text.strip().replace("|", "\\|")
    if not body:
        return ""
    fence = "``" if "`" in body else "`"
    return f"{fence} {body} {fence}" if fence == "``" else f"`{body}`"


# ---------------------------------------------------------------------------
# Reading legacy files
# ---------------------------------------------------------------------------


class ConversionError(Exception):
    """A legacy line, or part of it, that cannot be expressed.  The message is the reason."""


@dataclass(frozen=True)
class Line:
    """One physical line of a legacy file; ``text`` has its comments removed."""

    file: str
    number: int
    raw: str
    text: str


@dataclass(eq=False)
class Source:
    """A legacy file ready to convert (hashable by identity: it keys the output files)."""

    path: Path
    kind: str
    licence: str
    lines: list[Line]


def read_lines(path: Path) -> tuple[list[Line], list[int]]:
    """Read a legacy file, removing comments.

    Returns the lines and the numbers of lines that were not UTF-8: TABARI files
    were written on Macs, so such lines are decoded as Mac Roman rather than
    rejected.
    """
    lines: list[Line] = []
    not_utf8: list[int] = []
    in_xml_comment = False
    for number, chunk in enumerate(path.read_bytes().splitlines(), start=1):
        try:
            raw = chunk.decode("utf-8")
        except UnicodeDecodeError:
            raw = chunk.decode("mac_roman")
            not_utf8.append(number)
        raw = raw.lstrip("\ufeff").rstrip()
        text, in_xml_comment = strip_comments(raw, in_xml_comment)
        lines.append(Line(path.name, number, raw, text))
    return lines, not_utf8


def strip_comments(raw: str, in_xml_comment: bool = False) -> tuple[str, bool]:
    """Remove `<!-- -->`, `#` and `;` comments and TABARI `~~` save stamps.

    `#` inside brackets is kept because TABARI writes its discard code as `[###]`.
    Returns the remaining text and whether an XML comment is still open at the end.
    """
    kept: list[str] = []
    depth = 0
    i = 0
    if raw.startswith("~~"):
        return "", in_xml_comment
    while i < len(raw):
        if in_xml_comment:
            end = raw.find("-->", i)
            if end < 0:
                return "".join(kept).rstrip(), True
            i, in_xml_comment = end + 3, False
            continue
        char = raw[i]
        if raw.startswith("<!", i):
            in_xml_comment = True
            i += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char in "#;" and depth == 0:
            break
        kept.append(char)
        i += 1
    return "".join(kept).rstrip(), in_xml_comment


_NAME_KINDS = (
    ("ontology", "ontology"),
    ("issue", "issues"),
    ("preposition", "prepositions"),
    ("verb", "verbs"),
    ("actor", "actors"),
    ("agent", "agents"),
    ("discard", "discards"),
)


def detect_kind(path: Path, lines: Sequence[Line]) -> str:
    """Tell what a legacy file holds, from its name first and its content otherwise.

    Names are reliable in all peer distributions (``Phoenix.agents.txt``,
    ``TABARI.Demo.verbs``); only files such as ``CAMEO.2.0.txt`` need the content.
    """
    name = path.name.lower()
    if name.startswith(("license", "licence", "copying")):
        return "licence"
    if name.endswith(".options") or "options" in name:
        return "options"
    if name.endswith(".project"):
        return "project"
    for word, kind in _NAME_KINDS:
        if word in name:
            return kind
    return _kind_from_content([line.text.strip() for line in lines if line.text.strip()])


def _kind_from_content(texts: Sequence[str]) -> str:
    checks: tuple[tuple[str, Callable[[str], bool]], ...] = (
        ("verbs", lambda t: t.startswith("---") or bool(re.match(r"-\s.*\*", t))),
        ("agents", lambda t: bool(re.match(r"!\w+!\s*=", t) or re.search(r"\[\s*~|~\s*\]", t))),
        ("project", lambda t: bool(re.match(r"<\w+file>", t))),
        ("options", lambda t: bool(re.match(r"(COMPLEX|SET|LABEL|OUTPUT|FORWARD|DEFAULT):", t))),
        ("actors", lambda t: bool(re.search(r"\[[A-Z0-9]{3,}[^\]]*\]", t))),
    )
    for kind, matches in checks:
        if any(matches(text) for text in texts):
            return kind
    return "unknown"


def detect_licence(path: Path, raw_text: str) -> str:
    """Name the licence of a legacy file: its own header first, then a LICENSE beside it."""
    statement = _licence_statement(raw_text)
    if statement:
        return f"{statement} (stated in the file)"
    for candidate in sorted(path.parent.glob("LICEN[CS]E*")):
        statement = _licence_statement(candidate.read_text(encoding="utf-8", errors="replace"))
        if statement:
            return f"{statement} (from {candidate.name} beside it)"
    return "not stated"


def _licence_statement(text: str) -> str | None:
    lower = text.lower()
    if "gnu general public license" in lower:
        return "GPL-3.0" if "version 3" in lower else "GPL"
    if "mit license" not in lower:
        return None
    holder = re.search(r"copyright\s*\(c\)\s*([^\n]*)", text, re.IGNORECASE)
    return f"MIT, Copyright (c) {holder.group(1).strip()}" if holder else "MIT"


def output_stem(path: Path, *, keep_kind: bool = False) -> str:
    """Name an output file after its source: ``Phoenix.Countries.actors.txt`` gives
    ``phoenix_countries``; ``keep_kind`` keeps the kind word to resolve a clash."""
    dropped = {"txt"} if keep_kind else {"txt", "actors", "agents", "verbs", "discards"}
    words = re.split(r"[^0-9a-z]+", path.name.lower())
    return "_".join(word for word in words if word and word not in dropped) or "dictionary"


# ---------------------------------------------------------------------------
# Codes, dates and names
# ---------------------------------------------------------------------------

# A CAMEO code, or one with a capital letter suffix, which TABARI and PETRARCH-1 read
# as a code like any other (`075A`, `174K`: sub-codes a project adds to CAMEO).
_EVENT_CODE = re.compile(r"\d{2,4}[A-Z]?")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_BRACE = re.compile(r"\{([^{}]*)\}")
_LITERAL = re.compile(r"(?:[^\W_][\w'.\-]*|'\w[\w'.\-]*)\*?")
# Characters that would break our line format or are legacy operators inside a name.
_BAD_NAME_CHARS = frozenset("|{}[]#=~")
# A synset member such as F/A-18 or MI-24VM/HIND keeps its slash.
_MEMBER_WORD = re.compile(r"(?:[^\W_][\w'./\-]*|'\w[\w'.\-]*)\*?")
# Country and region names of at most four letters (shared/reference/cameo_countries.csv):
# one-word names, yet not acronyms.
_SHORT_PLACE_NAMES = frozenset(
    {
        "asia",
        "chad",
        "cuba",
        "fiji",
        "gaza",
        "guam",
        "iran",
        "iraq",
        "laos",
        "mali",
        "niue",
        "oman",
        "peru",
        "togo",
    }
)
# Short function words stay lower case inside a name: "Islamic Republic of Afghanistan".
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by"})
_SPECIAL_TOKENS = frozenset("*$+%^")
_VOWELS = frozenset("aeiouy")
_TITLE_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "lt", "sgt", "cpl", "pvt", "cdr", "mt", "ft"}
)


def parse_event_code(raw: str) -> str:
    """Read a legacy event code: ``010``, ``---`` or a pair such as ``032:033``.

    Raises :class:`ConversionError` for anything our ``events.csv`` codes cannot be
    (typos such as ``120]--`` or ``080!``, TABARI's ``+++``, lower-case test codes
    such as ``sdf`` ...) and
    for PETR-2's half pairs (``[:173]``): our loader needs an event on both sides.
    """
    text = raw.strip()
    if text == "+++":
        raise ConversionError(R_COMPLEX_CODE)
    if re.fullmatch(r"\d{2,4}\?", text):
        # TABARI's subordinate code ("SAID [023?]": only when nothing else is coded);
        # our engine treats reporting verbs (grammar.txt) that way.
        text = text[:-1]
    if text == NULL_CODE:
        return NULL_CODE
    parts = [part.strip() for part in text.split(":")]
    if len(parts) == 2 and any(part in ("", NULL_CODE) for part in parts):
        raise ConversionError(R_HALF_PAIR)
    if len(parts) > 2 or not all(_EVENT_CODE.fullmatch(part) for part in parts):
        raise ConversionError(R_INVALID_EVENT_CODE)
    return ":".join(parts)


def parse_legacy_date(raw: str, year_pivot: int = YEAR_PIVOT) -> dt.date:
    """Read ``YYMMDD`` (pivoted at ``year_pivot``) or ``YYYYMMDD``."""
    if len(raw) == 6 and raw.isdigit():
        two_digits = int(raw[:2])
        year = (1900 if two_digits >= year_pivot else 2000) + two_digits
    elif len(raw) == 8 and raw.isdigit():
        year = int(raw[:4])
    else:
        raise ConversionError(R_DATE)
    try:
        return dt.date(year, int(raw[-4:-2]), int(raw[-2:]))
    except ValueError as error:
        raise ConversionError(R_DATE) from error


class ActorCode(NamedTuple):
    """One ``[CODE dates]`` block of an actor; ``dated`` is False for a default code."""

    code: str
    start: dt.date | None
    end: dt.date | None
    dated: bool


def parse_actor_code(content: str, year_pivot: int = YEAR_PIVOT,
                     legacy_codes: bool = False) -> ActorCode:
    """Read the inside of ``[CODE]``, ``[CODE >d]``, ``[CODE <d]`` or ``[CODE d1-d2]``.

    With `legacy_codes` (TABARI and PETRARCH-1, whose codebooks set the engine's
    ``legacy_actor_codes``) a code may be `ITHTV` or `FRO/BIL/SAM`; codes for a
    layer of the default codebook (``cameo_only``, PETRARCH-2) must be groups of three.
    """
    match = re.fullmatch(r"\s*([^\s<>]+)\s*(.*?)\s*", content)
    if not match:
        raise ConversionError(R_ACTOR_CODE)
    code, rest = match.groups()
    if code in NOT_CODED:
        code = "###"  # TABARI's complex code `+++` also means: do not code the sentence
    pattern = LEGACY_ACTOR_CODE_RE if legacy_codes else ACTOR_CODE_RE
    if code not in ("###", NULL_CODE) and not pattern.fullmatch(code):
        raise ConversionError(R_ACTOR_CODE)
    if not rest:
        return ActorCode(code, None, None, dated=False)
    if until := re.fullmatch(r"<\s*(\d+)", rest):
        return ActorCode(code, None, parse_legacy_date(until.group(1), year_pivot), dated=True)
    if since := re.fullmatch(r">\s*(\d+)", rest):
        return ActorCode(code, parse_legacy_date(since.group(1), year_pivot), None, dated=True)
    if span := re.fullmatch(r"(\d+)\s*-\s*(\d+)", rest):
        start = parse_legacy_date(span.group(1), year_pivot)
        end = parse_legacy_date(span.group(2), year_pivot)
        if start > end:
            raise ConversionError(R_DATE_ORDER)
        return ActorCode(code, start, end, dated=True)
    raise ConversionError(R_DATE_SYNTAX)


def format_date_range(start: dt.date | None, end: dt.date | None) -> str:
    """Our ``FROM..TO`` notation; an open side stays empty."""
    return f"{start.isoformat() if start else ''}..{end.isoformat() if end else ''}"


DateRange = tuple[dt.date | None, dt.date | None]


def subtract_ranges(
    start: dt.date | None, end: dt.date | None, taken: Iterable[DateRange]
) -> list[DateRange]:
    """The parts of the inclusive range start..end not covered by ``taken``.

    Used to resolve overlapping legacy date restrictions: the earlier line keeps
    its days (PETRARCH used the first match), the later one keeps what is left.
    """
    pieces = [(start or dt.date.min, end or dt.date.max)]
    for taken_start, taken_end in taken:
        low, high = taken_start or dt.date.min, taken_end or dt.date.max
        remaining = []
        for piece_start, piece_end in pieces:
            if piece_end < low or piece_start > high:
                remaining.append((piece_start, piece_end))
                continue
            if piece_start < low:
                remaining.append((piece_start, low - dt.timedelta(days=1)))
            if piece_end > high:
                remaining.append((high + dt.timedelta(days=1), piece_end))
        pieces = remaining
    return [(None if s == dt.date.min else s, None if e == dt.date.max else e) for s, e in pieces]


def phrase_words(raw: str) -> list[str]:
    """Split a legacy phrase into words: `_` and spaces separate words, a trailing `_` vanishes."""
    return [word for word in re.split(r"[_\s]+", raw.strip()) if word]


def without_article(words: Sequence[str]) -> list[str]:
    """Names lose a leading "THE": our engine reads articles itself, and the loader
    stores "The United Nations" as "United Nations" (one spelling per name)."""
    words = list(words)
    return words[1:] if len(words) > 1 and words[0].lower() == "the" else words


def check_name_words(words: Sequence[str]) -> None:
    """Reject names that would break our line format or carry legacy operators."""
    if not words or any(char in _BAD_NAME_CHARS for word in words for char in word):
        raise ConversionError(R_NAME)


def natural_case(words: Sequence[str]) -> str:
    """Write an upper-case legacy name in natural case: ``BARACK OBAMA`` -> ``Barack Obama``.

    Acronyms keep their capitals, because our matcher treats a capitalised name
    that is also a common word (``US``, ``IS``, ``WHO``: grammar.txt's ``capitalised``)
    as case-sensitive:
    dotted words (``U.S.``), words with digits (``G77``), all-consonant words
    (``PKK``) and one-word names of at most four letters (``UN``, ``NATO``).
    Short country names (``Iran``, ``Cuba``) are exempt from the last rule,
    English function words after the first word are written in lower case
    (``Islamic Republic of Afghanistan``), and words that already contain
    lower-case letters are kept as written.
    """
    single = len(words) == 1
    return " ".join(
        word.lower()
        if index and word.isupper() and word.lower() in _FUNCTION_WORDS
        else _case_word(word, single)
        for index, word in enumerate(words)
    )


def _case_word(word: str, single: bool) -> str:
    if any(char.islower() for char in word):
        return word
    letters = "".join(char for char in word if char.isalpha())
    if not letters or _is_acronym(word, letters.lower(), single):
        return word
    return "-".join(_capitalise(part) for part in word.split("-"))


def _is_acronym(word: str, letters: str, single: bool) -> bool:
    if re.search(r"\w\.\w", word) or re.fullmatch(r"\w\.", word):
        return True
    if any(char.isdigit() for char in word):
        return True
    if word.startswith("(") and word.endswith(")"):
        return len(letters) <= 5
    if letters in _TITLE_ABBREVIATIONS:
        return False
    if len(letters) >= 2 and not set(letters) & _VOWELS:
        return True
    return single and len(letters) <= 4 and letters not in _SHORT_PLACE_NAMES


def _capitalise(part: str) -> str:
    """``O'NEILL`` -> ``O'Neill``, ``(FORMER)`` -> ``(Former)``, ``DATO'`` -> ``Dato'``."""
    lower = part.lower()
    match = re.match(r"(\W*)(\w)(.*)", lower)
    if not match:
        return lower
    prefix, first, rest = match.groups()
    if re.match(r"'\w\w", rest):
        rest = "'" + rest[1].upper() + rest[2:]
    return prefix + first.upper() + rest


# ---------------------------------------------------------------------------
# Event table
# ---------------------------------------------------------------------------


@dataclass
class EventTable:
    """The events.csv rows the import starts from, plus the CAMEO 1.1b3 code list."""

    rows: list[dict[str, str]]
    cameo_codes: frozenset[str]

    @property
    def codes(self) -> set[str]:
        return {row["code"] for row in self.rows}


def load_event_table(
    events_csv: Path = DEFAULT_EVENTS_CSV, reference_dir: Path = SHARED_REFERENCE
) -> EventTable:
    """Start from the default codebook's events.csv, or build it from the CAMEO reference."""
    cameo_path = reference_dir / "cameo_event_codes.csv"
    cameo_rows = _read_csv(cameo_path) if cameo_path.exists() else []
    cameo_codes = frozenset(row["code"] for row in cameo_rows)
    if events_csv.exists():
        rows = [
            {key: row.get(key) or "" for key in EVENTS_COLUMNS} for row in _read_csv(events_csv)
        ]
        return EventTable(rows, cameo_codes or frozenset(row["code"] for row in rows))
    if not cameo_rows:
        raise FileNotFoundError(f"neither {events_csv} nor {cameo_path} exists")
    plover_path = reference_dir / "cameo_to_plover.csv"
    plover = {
        row["cameo_code"]: row["plover_event_type"].replace("dropped", "")
        for row in (_read_csv(plover_path) if plover_path.exists() else [])
    }
    rows = [
        {
            "code": row["code"],
            "name": row["name"],
            "description": row["description"],
            "goldstein": row["goldstein"],
            "quad_class": row["quad_class"],
            "plover_type": plover.get(row["code"], ""),
        }
        for row in cameo_rows
    ]
    return EventTable(rows, cameo_codes)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def quad_class_of(code: str) -> str:
    """GDELT quad class of a root: 01-05 / 06-09 cooperation, 10-14 / 15-20 conflict."""
    root = int(code[:2])
    if not 1 <= root <= 20:
        return ""
    return "1" if root <= 5 else "2" if root <= 9 else "3" if root <= 14 else "4"


# ---------------------------------------------------------------------------
# Converted entries (the in-memory form between parsing and writing)
# ---------------------------------------------------------------------------


@dataclass
class DatedCode:
    code: str
    start: dt.date | None
    end: dt.date | None
    line: Line


@dataclass
class ActorEntry:
    """One actor: names in source order, default codes and date-restricted codes."""

    origin: Line
    names: list[tuple[str, Line]] = field(default_factory=list)
    defaults: list[tuple[str, Line]] = field(default_factory=list)
    dated: list[DatedCode] = field(default_factory=list)
    discard_lines: list[Line] = field(default_factory=list)
    nulls: list[DatedCode] = field(default_factory=list)  # `[---]`: not an actor then
    saw_codes: bool = False  # a code was written, even one that could not be read


@dataclass
class NameForms:
    """A name and its explicit forms: ``None`` lets the coder generate them, ``()`` means none."""

    text: str
    forms: tuple[str, ...] | None = None

    def render(self) -> str:
        if self.forms is None:
            return self.text
        return f"{self.text} {{{' '.join(self.forms)}}}"


@dataclass
class AgentEntry:
    names: list[NameForms]
    code: str
    line: Line


@dataclass
class VerbWord:
    word: NameForms
    code: str | None
    line: Line

    def render(self) -> str:
        return self.word.render() + (f" => {self.code}" if self.code else "")


@dataclass
class Pattern:
    """A converted pattern; ``loosened`` is reported once the pattern is known to be kept."""

    tokens: tuple[str, ...]
    code: str
    line: Line
    loosened: bool = False

    def render(self) -> str:
        return f"- {' '.join(self.tokens)} => {self.code}"


@dataclass
class VerbBlock:
    """A block of verbs sharing patterns.

    ``lost_code`` says why a TABARI verb's own code could not be kept: such a
    verb is only worth writing if some of its patterns survive.
    """

    code: str
    title: str
    line: Line
    verbs: list[VerbWord] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    lost_code: str | None = None


@dataclass
class SynsetDef:
    """A synset as read: members keep their legacy units until nested sets are known."""

    key: str
    no_plural: bool
    line: Line
    members: list[tuple[list[str], bool, Line]] = field(default_factory=list)


@dataclass
class Synset:
    key: str
    members: list[NameForms]
    line: Line


@dataclass
class Discard:
    phrase: str
    scope: str
    line: Line


@dataclass
class Collected:
    """Entries of every kind, grouped by the source file they came from, in input order."""

    actors: dict[Source, list[ActorEntry]] = field(default_factory=dict)
    agents: dict[Source, list[AgentEntry]] = field(default_factory=dict)
    blocks: dict[Source, list[VerbBlock]] = field(default_factory=dict)
    synsets: dict[Source, list[SynsetDef]] = field(default_factory=dict)
    discards: dict[Source, list[Discard]] = field(default_factory=dict)


# ---------------------------------------------------------------------------
# Conversion context
# ---------------------------------------------------------------------------


class SynsetIndex:
    """Names of all synsets defined in the imported verb files.

    Needed before patterns are read: ``&FIGHT_OF_WORDS`` is one synset, while in
    ``NEW_&TIETYPES_RELATIONS`` the `_` after the name is a word joint.
    """

    def __init__(self, raw_names: Iterable[str]) -> None:
        self.names = {self.strip(name) for name in raw_names}

    @staticmethod
    def strip(raw: str) -> str:
        """The legacy name without `&` and the no-plural mark: ``&MILITARY_`` -> ``MILITARY``."""
        return raw.lstrip("&").strip().rstrip("_").upper()

    @staticmethod
    def key(raw: str) -> str:
        """Our synset name: capitals and digits only, so `_` never reads as a word joint."""
        return re.sub(r"[^A-Z0-9]", "", raw.upper())

    def longest(self, parts: Sequence[str], start: int) -> int:
        """End of the longest defined name starting at ``parts[start]`` (at least one part)."""
        for end in range(len(parts), start, -1):
            if self.strip("_".join(parts[start:end])) in self.names:
                return end
        return start + 1


@dataclass
class Context:
    """Settings and the report shared by all conversion steps of one import."""

    style: str
    report: ImportReport
    table: EventTable
    cameo_only: bool
    year_pivot: int
    synsets: SynsetIndex = field(default_factory=lambda: SynsetIndex(()))
    engine: dict[str, object] = field(default_factory=dict)  # from an options file
    reported: set[tuple[str, int]] = field(default_factory=set)

    def unconverted(self, line: Line, reason: str) -> None:
        """List a line as not converted; a line is listed once, with its first reason."""
        if (line.file, line.number) in self.reported:
            return
        self.reported.add((line.file, line.number))
        self.report.unconverted.append(ReportLine(line.file, line.number, line.raw, reason))

    def changed(self, line: Line, reason: str) -> None:
        self.report.changed.append(ReportLine(line.file, line.number, line.raw, reason))

    def note(self, key: str, count: int = 1) -> None:
        if count:
            self.report.notes[key] += count

    def event_code(self, raw: str) -> str:
        """Parse an event code and check it is allowed in this import."""
        code = parse_event_code(raw)
        if self.cameo_only and any(
            part != NULL_CODE and part not in self.table.cameo_codes for part in code.split(":")
        ):
            raise ConversionError(R_NOT_CAMEO)
        return code

    def mark_stems(self, raw: str) -> str:
        """TABARI text with its stems marked as ours (``RESTOR`` -> ``RESTOR*``).

        TABARI matches a word that is not followed by `_` as a stem, i.e. the
        start of any word; `=` after a word (``BAN=``) asks for the exact word.
        Other styles match words exactly and are returned unchanged, except that
        a literal `*` there (``E*TRADE``) is refused: in our format it would make
        the word a stem. Every kind of entry goes through here, so each reports
        it (ConversionError, listed with its ``file:line`` by the caller).
        """
        if self.style != "tabari":
            if "*" in raw:
                raise ConversionError(R_LITERAL_STAR)
            return raw
        marked = mark_stems(raw)
        self.note(N_STEMS, marked.count("*") - raw.count("*"))
        return marked


def with_gaps(name: str, raw: str) -> str:
    """Put our gap mark `..` where a TABARI name has a blank between words.

    TABARI joins words that must be adjacent with `_`; a blank lets other words
    stand between them ("AL GORE" matches Al "The Weasel" Gore).
    """
    chunks = [len(phrase_words(chunk)) for chunk in raw.split()]
    words = name.split()
    if len(chunks) < 2 or sum(chunks) != len(words):
        return name
    out, at = [], 0
    for size in chunks:
        out.append(" ".join(words[at:at + size]))
        at += size
    return f" {GAP_MARK} ".join(out)


def mark_stems(raw: str) -> str:
    """Mark a TABARI stem with `*`: the last word of a phrase unless `_` or `=` ends it.

    ``AUSTRIAN FLORIN`` -> ``AUSTRIAN FLORIN*``; ``DOL_AMROTH_`` and ``BAN=`` are
    exact words; synset references (``&TIETYPES``) are never stems.
    """
    chunks = [chunk.rstrip("=") for chunk in raw.split()]
    last = raw.split()[-1] if raw.split() else ""
    if chunks and not last.endswith(("_", "=")) and _LITERAL.fullmatch(last.rsplit("_", 1)[-1]):
        chunks[-1] += "*"
    return " ".join(chunks)


# ---------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------


def parse_actors(source: Source, ctx: Context) -> list[ActorEntry]:
    """Read TABARI ``.actors`` or PETRARCH actor files into entries.

    An entry is a name line, its ``+synonym`` lines and its (indented) code lines.
    Consecutive name lines without codes share the codes that follow them, as in
    the Phoenix lists (``IVO_JOSIPOVIC_`` / ``PRESIDENT_JOSIPOVIC_`` / ``[HRVGOV ...]``).
    """
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    section: str | None = None
    for line in source.lines:
        text = line.text.strip()
        if not text:
            continue
        tag = re.fullmatch(r"<(/?)([A-Z]+)>", text)
        if tag:
            section = None if tag.group(1) else tag.group(2)
            continue
        if section in ("NOUN", "ADJECTIVE") and ctx.style == "tabari":
            # Words TABARI never reads as verbs (nouns) or that a conjunction joins
            # within a noun phrase (adjectives): engine options of the sparse rule.
            word = ctx.mark_stems(text.split(";")[0].strip()).rstrip("_")
            if re.fullmatch(r"[A-Za-z'-]+\*?", word):
                key = "nouns" if section == "NOUN" else "adjectives"
                ctx.engine.setdefault(key, []).append(word.lower())
                ctx.note(N_OPTIONS)
            else:
                ctx.unconverted(line, R_TABARI_SECTION)
        elif section:
            ctx.unconverted(line, R_TABARI_SECTION)
        elif text.startswith(("[", "+")):
            if current is None:
                ctx.unconverted(line, R_ORPHAN_LINE)
            else:
                _read_actor_line(current, line, text.lstrip("+"), ctx)
        else:
            if current is not None and (current.saw_codes or "[" in text or not current.names):
                entries.append(current)
                current = None
            if current is None:
                current = ActorEntry(origin=line)
            else:
                ctx.changed(line, C_MERGED_ACTOR)
                ctx.note(N_MERGED_ACTORS)
            _read_actor_line(current, line, text, ctx)
    if current is not None:
        entries.append(current)
    return entries


def split_codes(text: str) -> tuple[str, list[str], str]:
    """Split ``NAME [c1] [c2] junk`` into the name, the bracket contents and any junk."""
    first = text.find("[")
    if first < 0:
        return text, [], ""
    contents = _BRACKET.findall(text[first:])
    leftover = _BRACKET.sub(" ", text[first:]).strip()
    return text[:first], contents, leftover


def _read_actor_line(entry: ActorEntry, line: Line, text: str, ctx: Context) -> None:
    name_part, codes, leftover = split_codes(text)
    if "[" in leftover or "]" in leftover:
        ctx.unconverted(line, R_UNREADABLE)
        return
    if leftover:
        ctx.changed(line, C_TRAILING_TEXT)
    if name_part.strip():
        try:
            words = without_article(phrase_words(ctx.mark_stems(name_part)))
            check_name_words(words)
        except ConversionError as error:
            ctx.unconverted(line, str(error))
            return
        name = natural_case(words)
        if ctx.style == "tabari" or ctx.style == "petrarch1" and not ctx.cameo_only:
            # PETRARCH-1 kept TABARI's blank: "ITHILEN TELEVISION" matches "Ithilen
            # state-run television" (not in a layer for the default codebook).
            name = with_gaps(name, name_part)
        entry.names.append((name, line))
        if ctx.style == "tabari" and name_part.split()[-1].endswith("_") \
                and name[-1:].isalpha() and not name.lower().endswith("s"):
            entry.names.append((name + "s", line))  # TABARI's noun ending S: "Libyas"
    for content in codes:
        _read_actor_code(entry, line, content, ctx)


def _read_actor_code(entry: ActorEntry, line: Line, content: str, ctx: Context) -> None:
    entry.saw_codes = True
    try:
        code = parse_actor_code(content, ctx.year_pivot,
                                ctx.style != "petrarch2" and not ctx.cameo_only)
    except ConversionError as error:
        ctx.unconverted(line, str(error))
        return
    if code.code == NULL_CODE:
        entry.nulls.append(DatedCode(NULL_CODE, code.start, code.end, line))
    elif code.code == "###" and not (ctx.style == "petrarch1" and not ctx.cameo_only
                                     and content.strip().startswith("###")):
        # PETRARCH-1 reads `###` in an actor list as a plain code ("NASGUL [###]" codes
        # the Nasgul as ###); TABARI reads it as a discard.
        if ctx.style == "tabari" and not code.dated:
            entry.discard_lines.append(line)
        else:
            ctx.unconverted(line, R_ACTOR_CODE if ctx.style != "tabari" else R_ACTOR_DISCARD)
    elif code.dated:
        entry.dated.append(DatedCode(code.code, code.start, code.end, line))
    else:
        entry.defaults.append((code.code, line))


@dataclass
class ActorOut:
    names: list[str]
    codes: list[str]
    dated_ranges: int


def resolve_actor(entry: ActorEntry, seen: set[str], ctx: Context) -> ActorOut | None:
    """Drop duplicate names and conflicting codes of one entry, reporting each."""
    if not (entry.defaults or entry.dated):
        for item in entry.nulls:
            ctx.unconverted(item.line, R_NULL_ACTOR_CODE)
        for line in _unique_lines([line for _, line in entry.names]):
            ctx.unconverted(line, R_ACTOR_WITHOUT_CODE)
        return None
    _apply_nulls(entry)
    for line in entry.discard_lines:
        ctx.unconverted(line, R_ACTOR_DISCARD)
    names = _unique_names(entry.names, seen, R_DUPLICATE_ACTOR_NAME, ctx)
    if not names:
        reason = R_CODES_OF_DUPLICATE if entry.names else R_CODES_WITHOUT_NAME
        code_lines = [line for _, line in entry.defaults] + [code.line for code in entry.dated]
        for line in _unique_lines(code_lines):
            ctx.unconverted(line, reason)
        return None
    codes = _resolve_defaults(entry.defaults, ctx)
    ranges = _resolve_ranges(entry.dated, ctx)
    codes += [f"{code} {format_date_range(start, end)}" for code, start, end in ranges]
    return ActorOut(names, codes, len(ranges))


def _apply_nulls(entry: ActorEntry) -> None:
    """Turn `[---]` codes into days without a code.

    A dated null (``[--- <950630] [DOL]``) takes its days from the default, which
    becomes the dated codes of the remaining days; an undated null next to dated
    codes (``[USAGOV 991201-010114] [---]``) says there is no default.
    """
    dated_nulls = [item for item in entry.nulls if item.start or item.end]
    if not dated_nulls or not entry.defaults:
        return
    code, line = entry.defaults[0]
    taken = [(item.start, item.end) for item in [*dated_nulls, *entry.dated]]
    entry.dated += [DatedCode(code, start, end, line)
                    for start, end in subtract_ranges(None, None, taken)]
    entry.defaults = entry.defaults[1:]


def actor_discards(entry: ActorEntry, ctx: Context) -> list[Discard]:
    """TABARI codes a phrase ``[###]`` to discard the sentence: keep that as a discard."""
    if not entry.discard_lines or entry.defaults or entry.dated:
        return []
    for line in entry.discard_lines:
        ctx.changed(line, C_TABARI_DISCARD)
    return [Discard(name.lower(), "sentence", line) for name, line in entry.names]


def _unique_lines(lines: Iterable[Line]) -> list[Line]:
    unique: dict[tuple[str, int], Line] = {}
    for line in lines:
        unique.setdefault((line.file, line.number), line)
    return list(unique.values())


def _unique_names(
    names: Iterable[tuple[str, Line]], seen: set[str], reason: str, ctx: Context
) -> list[str]:
    kept = []
    for name, line in names:
        key = name.lower()
        if key in seen:
            ctx.unconverted(line, reason)
            continue
        seen.add(key)
        kept.append(name)
    return kept


def _resolve_defaults(defaults: Sequence[tuple[str, Line]], ctx: Context) -> list[str]:
    for _, line in defaults[1:]:
        ctx.unconverted(line, R_SECOND_DEFAULT)
    return [defaults[0][0]] if defaults else []


def _resolve_ranges(
    dated: Sequence[DatedCode], ctx: Context
) -> list[tuple[str, dt.date | None, dt.date | None]]:
    taken: list[tuple[dt.date | None, dt.date | None]] = []
    kept: list[tuple[str, dt.date | None, dt.date | None]] = []
    for item in dated:
        pieces = subtract_ranges(item.start, item.end, taken)
        if not pieces:
            ctx.unconverted(item.line, R_DATE_COVERED)
            continue
        lost = _days(item.start, item.end) - sum(_days(start, end) for start, end in pieces)
        if lost == 1:
            ctx.changed(item.line, C_DATE_SHARED_DAY)
        elif lost:
            ctx.changed(item.line, C_DATE_CLIPPED)
        taken.append((item.start, item.end))
        kept += [(item.code, start, end) for start, end in pieces]
    return _merge_adjacent(sorted(kept, key=lambda item: (item[1] or dt.date.min, item[0])))


def _days(start: dt.date | None, end: dt.date | None) -> int:
    return (end or dt.date.max).toordinal() - (start or dt.date.min).toordinal() + 1


def _merge_adjacent(
    ranges: Sequence[tuple[str, dt.date | None, dt.date | None]],
) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """Join consecutive ranges of one code (``X 1979-03-28..1979-09-15; X 1979-09-16..``)."""
    merged: list[tuple[str, dt.date | None, dt.date | None]] = []
    for code, start, end in ranges:
        if merged:
            last_code, last_start, last_end = merged[-1]
            if (
                last_code == code
                and last_end is not None
                and start is not None
                and last_end + dt.timedelta(days=1) == start
            ):
                merged[-1] = (code, last_start, end)
                continue
        merged.append((code, start, end))
    return merged


# ---------------------------------------------------------------------------
# Agents
# ---------------------------------------------------------------------------


def parse_agents(source: Source, ctx: Context) -> list[AgentEntry]:
    """Read agent files: ``NAME {plural} [~COP]``, ``[NGO~]`` and ``!SET! = A, B`` lines."""
    substitutions: dict[str, list[str]] = {}
    entries = []
    for line in source.lines:
        text = line.text.strip()
        if not text:
            continue
        definition = re.fullmatch(r"!(\w+)!\s*=\s*(.*)", text)
        if definition:
            substitutions[definition.group(1)] = [
                value.strip() for value in definition.group(2).split(",") if value.strip()
            ]
            continue
        try:
            entries.append(_read_agent(line, text, substitutions, ctx))
        except ConversionError as error:
            ctx.unconverted(line, str(error))
    return entries


def _read_agent(
    line: Line, text: str, substitutions: dict[str, list[str]], ctx: Context
) -> AgentEntry:
    name_part, codes, leftover = split_codes(text)
    if not codes and "[" not in text and "]" not in text:
        raise ConversionError(R_AGENT_NO_CODE)
    if len(codes) != 1 or "[" in leftover or "]" in leftover:
        raise ConversionError(R_UNREADABLE)
    if leftover:
        ctx.changed(line, C_TRAILING_TEXT)
    code = re.sub(r"\s+", "", codes[0])
    if not AGENT_CODE_RE.fullmatch(code):
        raise ConversionError(R_AGENT_CODE)
    forms_match = _BRACE.search(name_part)
    forms = forms_match.group(1).split() if forms_match else None
    name_text = _BRACE.sub(" ", name_part)
    if "{" in name_text or "}" in name_text:
        raise ConversionError(R_UNREADABLE)
    name_text = ctx.mark_stems(name_text)
    variants = expand_substitutions(name_text, substitutions)
    if len(variants) > 1 or variants[0] != name_text:
        # The sets list singular and plural words (MAN, MEN): generate nothing more.
        ctx.note(N_SUBSTITUTIONS, len(variants))
        forms = [] if forms is None else forms
    return AgentEntry(_agent_names(variants, forms), code, line)


def expand_substitutions(name: str, substitutions: dict[str, list[str]]) -> list[str]:
    """Expand ``!PERSON!`` markers into every listed word (``CATTLE!PERSON!`` -> ``CATTLEMAN`` ...).

    A marker with letters on both sides (``AD!MINIST!RATIVE``) is an editing
    accident in the Phoenix file, not a substitution, so it is rejected.
    """
    pieces = re.split(r"!(\w*)!", name)
    choices: list[list[str]] = []
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            choices.append([piece])
            continue
        before, after = pieces[index - 1], pieces[index + 1]
        inside_word = before[-1:].isalpha() and after[:1].isalpha()
        if piece not in substitutions or inside_word:
            raise ConversionError(R_AGENT_SUBSTITUTION)
        choices.append(substitutions[piece])
    if "!" in "".join(pieces[::2]):
        raise ConversionError(R_AGENT_SUBSTITUTION)
    return ["".join(parts) for parts in itertools.product(*choices)]


def _agent_names(variants: Sequence[str], forms: list[str] | None) -> list[NameForms]:
    """Names of one agent line.

    A multi-word explicit plural (``CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE}``)
    cannot be written as ``{forms}``, so it becomes a name of its own; both
    then carry ``{}`` so that no wrong plural is generated.
    """
    names: list[NameForms] = []
    for variant in variants:
        words = without_article(phrase_words(variant))
        check_name_words(words)
        text = " ".join(word.lower() for word in words)
        form_words = [phrase_words(form) for form in forms or []]
        if forms is None:
            names.append(NameForms(text))
        elif len(words) == 1 and all(len(form) == 1 for form in form_words):
            names.append(NameForms(text, tuple(form[0].lower() for form in form_words)))
        else:
            names.append(NameForms(text, ()))
            names += [NameForms(" ".join(w.lower() for w in form), ()) for form in form_words]
    return names


def resolve_agent(entry: AgentEntry, seen: set[str], ctx: Context) -> AgentEntry | None:
    """Drop names already used; keep generated plurals from repeating another agent.

    The loader counts every surface form of an agent, generated plurals
    included, so ``policeman`` (plural ``policemen``) clashes with an earlier
    ``policemen``: the later name then lists its remaining plurals explicitly.
    """
    kept = []
    for name in entry.names:
        if name.text.lower() in seen:
            ctx.unconverted(entry.line, R_DUPLICATE_AGENT)
            continue
        forms = plural_forms(name.text) if name.forms is None else list(name.forms)
        free = [form for form in forms if form.lower() not in seen]
        if len(free) < len(forms):
            ctx.changed(entry.line, C_AGENT_PLURAL)
            name = NameForms(name.text, tuple(free))
        seen.update(form.lower() for form in [name.text, *free])
        kept.append(name)
    return AgentEntry(kept, entry.code, entry.line) if kept else None


# ---------------------------------------------------------------------------
# Discards
# ---------------------------------------------------------------------------


def parse_discards(source: Source, ctx: Context) -> list[Discard]:
    """``+PHRASE`` discards a whole story, any other phrase the sentence it is in."""
    discards = []
    for line in source.lines:
        text = line.text.strip()
        if not text:
            continue
        scope = "story" if text.startswith("+") else "sentence"
        try:
            words = phrase_words(ctx.mark_stems(text.lstrip("+")))
            check_name_words(words)
        except ConversionError as error:
            ctx.unconverted(line, str(error))
            continue
        discards.append(Discard(" ".join(word.lower() for word in words), scope, line))
    return discards


# ---------------------------------------------------------------------------
# Verbs, patterns and synsets
# ---------------------------------------------------------------------------


@dataclass
class VerbFileState:
    """Where the verb-file reader is: in a synset, a block, or a TABARI section."""

    blocks: list[VerbBlock] = field(default_factory=list)
    synsets: list[SynsetDef] = field(default_factory=list)
    discards: list[Discard] = field(default_factory=list)
    block: VerbBlock | None = None
    synset: SynsetDef | None = None
    lost_block_reason: str | None = None
    tabari_spec: tuple[str, Line] | None = None
    section: str | None = None


def collect_synset_names(sources: Iterable[Source]) -> SynsetIndex:
    names = [
        line.text.strip()
        for source in sources
        for line in source.lines
        if line.text.strip().startswith("&")
    ]
    return SynsetIndex(name.split()[0] for name in names)


def parse_verbs(source: Source, ctx: Context) -> VerbFileState:
    """Read a TABARI ``.verbs`` file or a PETRARCH-1/-2 verb dictionary."""
    state = VerbFileState()
    for line in source.lines:
        text = line.text.strip()
        if not text:
            continue
        try:
            _read_verb_line(state, line, text, ctx)
        except ConversionError as error:
            ctx.unconverted(line, str(error))
    return state


def _read_verb_line(state: VerbFileState, line: Line, text: str, ctx: Context) -> None:
    tag = re.fullmatch(r"<(/?)([A-Z]+)>", text)
    if tag:
        state.section = None if tag.group(1) else tag.group(2)
        state.synset = None
        return
    if state.section == "TIME":
        _tabari_time_entry(state, line, text, ctx)
        return
    if text.startswith("+") and state.synset is not None:
        _read_synset_member(state.synset, line, text[1:], ctx)
        return
    state.synset = None
    if text.startswith("&"):
        try:
            state.synset = _start_synset(line, text)
        except ConversionError:
            state.synset = SynsetDef("", False, line)  # its members are reported, not read as verbs
            raise
        state.synsets.append(state.synset)
    elif text.startswith("~"):
        raise ConversionError(R_TRANSFORMATION)
    elif text.startswith("---"):
        _start_block(state, line, text, ctx)
    elif text.startswith("-"):
        _read_pattern_line(state, line, text, ctx)
    elif text.startswith("{") and ctx.style == "tabari":
        _read_tabari_forms(state, line, text, ctx)
    elif ctx.style == "tabari":
        _start_tabari_block(state, line, text, ctx)
    else:
        _read_petrarch_verb(state, line, text, ctx)


def _start_synset(line: Line, text: str) -> SynsetDef:
    raw = text.split()[0]
    key = SynsetIndex.key(SynsetIndex.strip(raw))
    if not key or len(text.split()) > 1:
        raise ConversionError(R_SYNSET_NAME)
    return SynsetDef(key, raw.endswith("_"), line)


def _read_synset_member(synset: SynsetDef, line: Line, raw: str, ctx: Context) -> None:
    """Keep a member's units; nested ``&SET`` references are expanded once all sets are read."""
    if not synset.key:
        ctx.unconverted(line, R_SYNSET_MEMBER)
        return
    if ctx.style == "petrarch2" and _balanced(raw) and "{" not in raw and "}" not in raw:
        raw = raw.replace("(", " ").replace(")", " ")  # PETR-2 members may be phrases: (TO THE END)
    units: list[str] = []
    for part in ctx.mark_stems(raw).split():
        units += _split_units(part, ctx.synsets)[0]
    if not units or any(
        not (unit.startswith("&") or _MEMBER_WORD.fullmatch(unit)) for unit in units
    ):
        ctx.unconverted(line, R_SYNSET_MEMBER)
        return
    synset.members.append((units, raw.rstrip().endswith("_"), line))


def _start_block(state: VerbFileState, line: Line, text: str, ctx: Context) -> None:
    """``--- EXPLAIN_VERBAL [010] ---`` starts a PETRARCH block with its default code."""
    body = re.sub(r"-+\s*$", "", text[3:])
    title_part, codes, _ = split_codes(body)
    title = " ".join(word.lower() for word in phrase_words(title_part)) or "unnamed"
    state.lost_block_reason = None
    if not codes:
        ctx.changed(line, C_HEADER_WITHOUT_CODE)
        code = NULL_CODE
    else:
        try:
            code = ctx.event_code(codes[0])
        except ConversionError as error:
            ctx.changed(line, f"{C_HEADER_CODE} ({error})")
            code = NULL_CODE
    state.block = VerbBlock(code, title, line)
    state.blocks.append(state.block)


def _read_petrarch_verb(state: VerbFileState, line: Line, text: str, ctx: Context) -> None:
    if state.block is None:
        raise ConversionError(R_VERB_OUTSIDE_BLOCK)
    spec, forms, codes = _split_verb_line(text)
    own_code = None
    if codes:
        try:
            own_code = ctx.event_code(codes[0])
        except ConversionError as error:
            ctx.changed(line, f"{C_VERB_CODE} ({error})")
    state.block.verbs += verb_words(spec, forms, own_code, line, ctx)


def _split_verb_line(text: str) -> tuple[str, str | None, list[str]]:
    """``SAY {SAYS SAID} [010]`` -> (``SAY``, ``SAYS SAID``, [``010``])."""
    codes = _BRACKET.findall(text)
    rest = _BRACKET.sub(" ", text)
    forms_match = _BRACE.search(rest)
    forms = forms_match.group(1) if forms_match else None
    spec = _BRACE.sub(" ", rest)
    if any(char in spec for char in "[]{}") or len(codes) > 1:
        raise ConversionError(R_VERB)
    return spec, forms, codes


def verb_words(
    spec: str, forms_raw: str | None, code: str | None, line: Line, ctx: Context
) -> list[VerbWord]:
    """Turn a legacy verb (``SAY``, ``+ASK_FOR {...}``, ``RE_+ADMIT``) into our verb words.

    Our format inflects the first word of a verb or takes ``{forms}`` of a
    one-word verb.  Anything else (a multi-word explicit form, or a verb whose
    inflected word is not the first) is written as one verb word per form, each
    with ``{}`` so that no form is generated twice or wrongly.
    """
    words = phrase_words(spec)
    marked = [index for index, word in enumerate(words) if word.startswith("+")]
    words = [word.lstrip("+") for word in words]
    if not words or len(marked) > 1 or not all(_LITERAL.fullmatch(word) for word in words):
        raise ConversionError(R_VERB)
    head = marked[0] if marked else 0
    base = " ".join(word.lower() for word in words)
    if forms_raw is None and head == 0:
        return [VerbWord(NameForms(base), code, line)]
    if forms_raw is None:
        ctx.note(N_GENERATED_FORMS)
        phrases = _inflect_inner(words, head)
    else:
        phrases = [
            " ".join(word.strip("+").lower() for word in phrase_words(form))
            for form in forms_raw.split()
        ]
        if any(not _LITERAL.fullmatch(w) for phrase in phrases for w in phrase.split()):
            raise ConversionError(R_VERB)
        if len(words) == 1 and all(" " not in phrase for phrase in phrases):
            return [VerbWord(NameForms(base, tuple(phrases)), code, line)]
    unique = list(dict.fromkeys([base, *phrases]))
    return [VerbWord(NameForms(phrase, ()), code, line) for phrase in unique]


def _inflect_inner(words: Sequence[str], head: int) -> list[str]:
    """Forms of a multi-word verb whose inflected word is not the first (``RE_+ADMIT``)."""
    from lemminflect import getAllInflections  # only needed for this rare case

    lemma = words[head].lower()
    inflections = getAllInflections(lemma, upos="VERB")
    forms = sorted({form for values in inflections.values() for form in values})
    lower = [word.lower() for word in words]
    return [" ".join([*lower[:head], form, *lower[head + 1 :]]) for form in forms if form != lemma]


def tabari_verb_forms(root: str) -> list[str]:
    """The forms TABARI gives an exact one-word verb (``DEPART_``).

    Its regular endings are S, ED, ES, EN and ING, a final E dropping before all
    but S (``DEPLORE_``: deplores, deplored, deploring); "departx" is no form. The
    irregular forms our inflector knows are kept as well, as the import always did.
    """
    from coding.inflect import verb_forms

    stem = root[:-1] if root.upper().endswith("E") else root
    forms = {root + "S", *(stem + ending for ending in ("ED", "ES", "EN", "ING"))}
    forms.update(form.upper() for form in verb_forms(root.lower())[1:])
    return sorted(forms)


def _start_tabari_block(state: VerbFileState, line: Line, text: str, ctx: Context) -> None:
    """In TABARI every verb line is a block of its own: its code is the block default."""
    state.block = None
    state.tabari_spec = None
    state.lost_block_reason = R_PATTERN_OF_LOST_VERB
    spec, forms, codes = _split_verb_line(text)
    if not codes:
        raise ConversionError(R_VERB_NO_CODE)
    if codes[0].strip() in NOT_CODED:
        _tabari_verb_discard(state, line, spec, ctx)
        return
    dominant = codes[0].strip().endswith("!")
    if dominant:  # `ATTEND [031!]`: its event, when coded, is the sentence's only one
        codes[0] = codes[0].strip()[:-1]
    if forms is None and re.fullmatch(r"[A-Za-z]+_", spec.strip()):
        forms = " ".join(tabari_verb_forms(spec.strip()[:-1]))
    spec = ctx.mark_stems(spec)
    words = verb_words(spec, forms, None, line, ctx)
    code, lost_code = NULL_CODE, None
    try:
        code = ctx.event_code(codes[0])
    except ConversionError as error:
        lost_code = str(error)
    title = " ".join(word.lower() for word in phrase_words(re.sub(r"[+*]", "", spec)))
    state.block = VerbBlock(code, title, line, verbs=words, lost_code=lost_code)
    state.blocks.append(state.block)
    if dominant:
        ctx.engine.setdefault("dominant_verbs", []).extend(w.word.text for w in words)
        ctx.note(N_OPTIONS)
    state.tabari_spec = (spec, line)
    state.lost_block_reason = None


def _tabari_time_entry(state: VerbFileState, line: Line, text: str, ctx: Context) -> None:
    """A TABARI <TIME> phrase coded `[###]` or `[+++]` ("ONCE_UPON_A_TIME") keeps its
    sentence from being coded: a discard. Time shifts (`[-7]`) have no equivalent."""
    spec, codes, _ = split_codes(text)
    if text.startswith("-") or len(codes) != 1 or codes[0].strip() not in NOT_CODED:
        raise ConversionError(R_TABARI_TIME)
    _tabari_verb_discard(state, line, spec, ctx)


def _tabari_verb_discard(state: VerbFileState, line: Line, spec: str, ctx: Context) -> None:
    words = phrase_words(ctx.mark_stems(spec))
    check_name_words(words)
    ctx.changed(line, C_TABARI_DISCARD)
    state.discards.append(Discard(" ".join(word.lower() for word in words), "sentence", line))
    state.lost_block_reason = R_PATTERN_OF_DISCARD


def _read_tabari_forms(state: VerbFileState, line: Line, text: str, ctx: Context) -> None:
    """TABARI lists irregular forms on the line after the verb: ``{ BROKE_ BROKEN_ }``."""
    match = _BRACE.fullmatch(text)
    if state.block is None or state.tabari_spec is None or not match:
        raise ConversionError(R_VERB)
    spec, verb_line = state.tabari_spec
    forms = " ".join(ctx.mark_stems(form) for form in match.group(1).split())
    state.block.verbs = verb_words(spec, forms, None, verb_line, ctx)


def _read_pattern_line(state: VerbFileState, line: Line, text: str, ctx: Context) -> None:
    if state.block is None:
        raise ConversionError(state.lost_block_reason or R_PATTERN_OUTSIDE_BLOCK)
    if not re.match(r"-\s", text):
        raise ConversionError(R_UNREADABLE)
    match = re.fullmatch(r"-\s*(.*?)\s*\[([^\[\]]*)\]\s*", text)
    if not match:
        raise ConversionError(R_PATTERN_NO_CODE if "[" not in text else R_UNREADABLE)
    body, raw_code = match.groups()
    if raw_code.strip() == "###":
        raise ConversionError(R_DISCARD_IN_PATTERN)
    code = ctx.event_code(raw_code)
    token_lists, loosened = convert_pattern(body, ctx)
    state.block.patterns += [Pattern(tokens, code, line, loosened) for tokens in token_lists]


def convert_pattern(body: str, ctx: Context) -> tuple[list[tuple[str, ...]], bool]:
    """Convert the part of a pattern line before its code into our token lists.

    Alternatives (``{ A | B }``, PETR-2 ``A/B``) become one pattern each; PETR-2
    noun-phrase braces and prepositional-phrase parentheses are flattened into
    plain word sequences.  Returns the token lists and whether some adjacency
    had to be given up (see :data:`C_LOOSENED`).
    """
    if ctx.style == "petrarch2" and any(char in body for char in "{}()"):
        ctx.note(N_FLATTENED)
    variants = _expand_braces(body, ctx)
    variants = [flat for variant in variants for flat in _flatten_groups(variant, ctx)]
    results = []
    loosened = False
    for number, variant in enumerate(variants):
        tokens: list[str] = []
        for raw in variant.split():
            converted, split = _convert_token(raw, ctx, count_stems=number == 0)
            tokens += converted
            loosened |= split
        if tokens.count("*") != 1:
            raise ConversionError(R_PATTERN_STAR)
        results.append(tuple(tokens))
    if len(results) > 1:
        ctx.note(N_ALTERNATIVES, len(results))
    return list(dict.fromkeys(results)), loosened


def _expand_braces(body: str, ctx: Context) -> list[str]:
    pieces = _BRACE.split(body)
    choices: list[list[str]] = []
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            choices.append([piece])
        elif "|" in piece:
            choices.append([alternative.strip() for alternative in piece.split("|")])
        elif ctx.style == "petrarch2":
            choices.append([f" {piece} "])
        else:
            raise ConversionError(R_BRACES)
    if any(char in "{}" for piece in pieces[::2] for char in piece):
        raise ConversionError(R_BRACES)
    return _bounded_product(choices)


def _flatten_groups(body: str, ctx: Context) -> list[str]:
    """Remove PETR-2 ``(prep phrase)`` marks and expand ``TO/FOR`` alternatives."""
    if "(" in body or ")" in body:
        if ctx.style != "petrarch2" or not _balanced(body):
            raise ConversionError(R_PARENTHESES)
        body = body.replace("(", " ").replace(")", " ")
    choices = []
    for token in body.split():
        if "/" in token:
            alternatives = token.split("/")
            if not all(alternatives):
                raise ConversionError(R_PATTERN_WORD)
            choices.append(alternatives)
        else:
            choices.append([token])
    return _bounded_product(choices, separator=" ")


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _bounded_product(choices: Sequence[Sequence[str]], separator: str = "") -> list[str]:
    total = 1
    for options in choices:
        total *= len(options)
    if total > MAX_ALTERNATIVES:
        raise ConversionError(R_TOO_MANY_ALTERNATIVES)
    return [separator.join(parts) for parts in itertools.product(*choices)]


def _split_units(token: str, synsets: SynsetIndex) -> tuple[list[str], bool]:
    """Split a legacy token at `_` joints into units (words, markers, ``&SYNSET`` keys)."""
    parts = token.split("_")
    units: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        if not part:
            index += 1
        elif part.startswith("&"):
            end = synsets.longest(parts, index)
            units.append("&" + SynsetIndex.key(SynsetIndex.strip("_".join(parts[index:end]))))
            index = end
        else:
            units.append(part)
            index += 1
    return units, token.endswith("_")


def _convert_token(raw: str, ctx: Context, *, count_stems: bool) -> tuple[list[str], bool]:
    """One whitespace-separated legacy token -> our tokens, and whether a `_` tie was lost.

    A tie to the verb marker is kept (`IN_*` -> `in_ *`); one to a slot (`SUGGESTED_+`)
    has no equivalent: the words and the slot become separate tokens.
    """
    units, exact = _split_units(raw.rstrip("="), ctx.synsets)
    exact = exact or raw.endswith("=")
    if units and len(units[-1]) > 1 and units[-1].endswith("-"):
        # A prefix written with its hyphen (`ANTI- + *`): our tokens split the hyphen
        # off ("anti- Gondor" is anti, -, Gondor), so the word itself is exact.
        units[-1] = units[-1][:-1]
        exact = True
    tokens: list[str] = []
    run: list[str] = []
    tied_to_verb = False  # the last token was `*` and `_` ties the next words to it
    lost = False
    for unit in units:
        if unit in _SPECIAL_TOKENS:
            if run:
                # `IN_*`: words tied to the verb marker keep the tie (`in_ *`)
                tokens.append(("_" if tied_to_verb else "") + "_".join(run)
                              + ("_" if unit == "*" else ""))
                lost |= unit != "*" or bool(tokens[:-1]) and not tied_to_verb
                run = []
            else:
                lost |= bool(tokens)  # `*_$`: two markers tied
            tokens.append(unit)
            tied_to_verb = unit == "*"
        elif unit.startswith("&") and len(unit) > 1:
            run.append(unit)  # a synset stays adjacent to the words `_` ties it to
        elif _LITERAL.fullmatch(unit):
            run.append(unit.lower())
        elif ctx.style == "tabari" and unit.endswith("~") and _LITERAL.fullmatch(unit[:-1]):
            # TABARI's `~_` connector: a stem that `_` still ties to the next word
            # (`REAL~_PLEASANT` matches "really pleasant" and "real pleasant").
            run.append(unit[:-1].lower().rstrip("*") + "*")
            if count_stems:
                ctx.note(N_STEMS)
        else:
            raise ConversionError(R_PATTERN_WORD)
    if run:
        stem = ctx.style == "tabari" and not exact and not run[-1].startswith("&")
        tokens.append(("_" if tied_to_verb else "") + "_".join(run) + ("*" if stem else ""))
        lost |= bool(tokens[:-1]) and not tied_to_verb
        if count_stems and stem:
            ctx.note(N_STEMS)
    return tokens, lost


# ---------------------------------------------------------------------------
# Files without an equivalent
# ---------------------------------------------------------------------------

_UNMAPPED_REASONS = {
    "options": R_OPTION,
    "project": R_PROJECT,
    "ontology": R_ONTOLOGY,
    "issues": R_ISSUES,
    "prepositions": R_PREPOSITIONS,
    "unknown": R_UNKNOWN_KIND,
}


def report_unmapped(source: Source, ctx: Context) -> dict[str, str]:
    """List every setting of an options/project (or other unmapped) file in the report.

    Returns the ``LABEL: 010=YIELD`` labels of an options file: they describe
    the codes a TABARI dictionary used and are kept for codes added to events.csv.
    """
    labels: dict[str, str] = {}
    for line in source.lines:
        text = line.text.strip()
        if not text or text.startswith("//"):
            continue
        label = re.fullmatch(r"LABEL:\s*(\d{2,4})\s*=\s*(.*)", text)
        if label:
            labels[label.group(1)] = label.group(2).strip()
        setting = tabari_options([text]) if source.kind == "options" else {}
        if setting:
            ctx.engine.update(setting)
            ctx.note(N_OPTIONS)
        else:
            ctx.unconverted(line, _UNMAPPED_REASONS[source.kind])
    return labels


def tabari_options(commands: Iterable[str]) -> dict[str, object]:
    """Engine options (codebooks/FORMAT.md) for the TABARI option commands we honour.

    ``SET: CODE BY CLAUSE|SENTENCE`` / ``SET: CODE ALL``, ``SET: MINIMUM WORDS = n``,
    ``COMPLEX: VERBS[n] ...``, ``DEFAULT: SOURCE [X] [PRIOR] TARGET [Y] [AFTER]`` /
    ``DEFAULT: OFF``, ``SET: CONVERT AGENT = TRUE|FALSE`` and ``FORWARD: MASK [OFF]``;
    other commands give nothing.
    """
    out: dict[str, object] = {}
    for raw in commands:
        text = " ".join(raw.upper().split())
        if m := re.fullmatch(r"SET: CODE (?:BY )?(CLAUSE|SENTENCE|ALL)", text):
            out["code_by"] = m.group(1).lower()
        elif m := re.fullmatch(r"SET: MINIMUM WORDS ?= ?(\d+)", text):
            out["min_words"] = int(m.group(1))
        elif m := re.match(r"COMPLEX: VERBS ?\[(\d+)\]", text):
            out["max_verbs"] = int(m.group(1))
        elif text == "COMMA: OFF":
            out.update({f"comma_{k}": 0 for k in COMMA_KEYS})
        elif text.startswith("COMMA:"):
            out.update({f"comma_{k.lower()}": int(v)
                        for k, v in re.findall(r"\b([BE]?(?:MIN|MAX)) ?= ?(\d+)", text)})
        elif m := re.fullmatch(r"SET: CONVERT AGENT ?= ?(TRUE|FALSE)", text):
            out["convert_agent"] = m.group(1) == "TRUE"
        elif m := re.fullmatch(r"FORWARD: (\S+)((?: \w+)*)", text):
            # The mask's S characters are the sentence number at the end of a record
            # id; the rest of the id names the story.
            off = "OFF" in m.group(2).split()
            out["forward_id_chars"] = 0 if off else max(m.group(1).count("S"), 1)
        elif text == "DEFAULT: OFF":
            out.update(default_source="", default_target="", default_source_prior=True,
                       default_target_after=True)
        elif m := re.fullmatch(
                r"DEFAULT: SOURCE \[(\w+)\]( PRIOR)? TARGET \[(\w+)\]( AFTER)?", text):
            out.update(default_source=m.group(1), default_source_prior=bool(m.group(2)),
                       default_target=m.group(3), default_target_after=bool(m.group(4)))
    return out


COMMA_KEYS = ("min", "max", "bmin", "bmax", "emin", "emax")


def story_of(record_id: str | None, id_chars: int) -> str | None:
    """The story of a record under TABARI's FORWARD: its id less the sentence number.

    `id_chars` is the engine's ``forward_id_chars`` (0: no forwarding, no story).
    """
    if not record_id or id_chars <= 0 or len(record_id) <= id_chars:
        return None
    return record_id[:-id_chars]


def forwarded_actors(phrases: Sequence[Phrase]) -> list[Phrase]:
    """What TABARI's FORWARD carries into the next sentence of a story.

    It is the first actor the sentence names itself, not a pronoun, nor an actor
    forwarded into it (so "it" two sentences on goes back to the last named one),
    and only the actor, without its agents ("Fornost President ..." forwards FOR):
    the country part of the phrase's code. These become the pronoun antecedents
    (the `context`) of the next sentence.
    """
    first = next((p for p in phrases if p.code and not p.pronoun
                  and not p.code.startswith("---")), None)
    if first is None:
        return []
    return [Phrase(first.start, first.end, code=first.code[:3], rules=list(first.rules))]


def record_options(record: dict) -> dict[str, object]:
    """Engine options a legacy validation record sets: TABARI OPTION commands or a
    PETRARCH ``<Config>`` (only ``require_dyad`` has an equivalent)."""
    out = tabari_options(record.get("option_commands") or [])
    config = record.get("config") or {}
    if "require_dyad" in config:
        out["require_dyad"] = str(config["require_dyad"]).strip().lower() == "true"
    for key in COMMA_KEYS:
        if f"comma_{key}" in config:
            out[f"comma_{key}"] = int(config[f"comma_{key}"])
    return out


# ---------------------------------------------------------------------------
# Resolution across the whole layer
# ---------------------------------------------------------------------------


@dataclass
class LayerOut:
    """Final entries per source file, ready to be written."""

    actors: dict[Source, list[ActorOut]] = field(default_factory=dict)
    agents: dict[Source, list[AgentEntry]] = field(default_factory=dict)
    blocks: dict[Source, list[VerbBlock]] = field(default_factory=dict)
    synsets: dict[Source, list[Synset]] = field(default_factory=dict)
    discards: dict[Source, list[Discard]] = field(default_factory=dict)


def resolve_layer(collected: Collected, ctx: Context) -> LayerOut:
    """Apply the layer-wide rules (first entry wins) and count what is written."""
    out = LayerOut()
    counts = ctx.report.counts
    seen_actors: set[str] = set()
    for source, entries in collected.actors.items():
        discards = [d for entry in entries for d in actor_discards(entry, ctx)]
        if discards:
            collected.discards.setdefault(source, []).extend(discards)
            entries = [e for e in entries if e.defaults or e.dated or not e.discard_lines]
        resolved = [resolve_actor(entry, seen_actors, ctx) for entry in entries]
        out.actors[source] = [actor for actor in resolved if actor]
        for actor in out.actors[source]:
            counts["actor entries"] += 1
            counts["actor names"] += len(actor.names)
            counts["actor entries with date ranges"] += bool(actor.dated_ranges)
            counts["actor date ranges"] += actor.dated_ranges
    seen_agents: set[str] = set()
    for source, agents in collected.agents.items():
        out.agents[source] = [a for a in (resolve_agent(e, seen_agents, ctx) for e in agents) if a]
        counts["agent entries"] += len(out.agents[source])
        counts["agent names"] += sum(len(agent.names) for agent in out.agents[source])
    synsets = resolve_synsets(collected.synsets, ctx)
    out.synsets = synsets
    known = {synset.key for group in synsets.values() for synset in group}
    counts["synsets"] += len(known)
    counts["synset members"] += sum(len(s.members) for group in synsets.values() for s in group)
    seen_verbs: dict[str, VerbBlock] = {}
    for source, blocks in collected.blocks.items():
        out.blocks[source] = [
            block for block in (resolve_block(b, seen_verbs, known, ctx) for b in blocks) if block
        ]
    for source in collected.blocks:
        for block in out.blocks[source]:
            counts["verb blocks"] += 1
            counts["verb words"] += len(block.verbs)
            counts["patterns"] += len(block.patterns)
    seen_discards: set[str] = set()
    for source, discards in collected.discards.items():
        out.discards[source] = []
        for discard in discards:
            if discard.phrase in seen_discards:
                ctx.unconverted(discard.line, R_DUPLICATE_DISCARD)
                continue
            seen_discards.add(discard.phrase)
            out.discards[source].append(discard)
            counts[f"{discard.scope} discards"] += 1
    return out


def resolve_synsets(
    groups: dict[Source, list[SynsetDef]], ctx: Context
) -> dict[Source, list[Synset]]:
    """Expand nested references, drop duplicate members and duplicate synset names."""
    definitions: dict[str, SynsetDef] = {}
    for group in groups.values():
        for synset in group:
            if synset.key in definitions:
                ctx.unconverted(synset.line, R_DUPLICATE_SYNSET)
            else:
                definitions[synset.key] = synset
    resolved: dict[Source, list[Synset]] = {}
    for source, group in groups.items():
        resolved[source] = []
        for synset in group:
            if definitions.get(synset.key) is not synset:
                continue
            members = _synset_members(synset, definitions, ctx, frozenset({synset.key}))
            if members:
                resolved[source].append(Synset(synset.key, members, synset.line))
            else:
                ctx.unconverted(synset.line, R_EMPTY_SYNSET)
    return resolved


def _synset_members(
    synset: SynsetDef, definitions: dict[str, SynsetDef], ctx: Context, active: frozenset[str]
) -> list[NameForms]:
    members: dict[str, NameForms] = {}
    for units, no_plural, line in synset.members:
        try:
            fixed = no_plural or synset.no_plural
            expanded = _expand_member(units, fixed, definitions, ctx, active)
        except ConversionError as error:
            ctx.unconverted(line, str(error))
            continue
        for member in expanded:
            if member.text in members:
                ctx.unconverted(line, R_DUPLICATE_MEMBER)
            else:
                members[member.text] = member
    return list(members.values())


def _expand_member(
    units: Sequence[str],
    no_plural: bool,
    definitions: dict[str, SynsetDef],
    ctx: Context,
    active: frozenset[str],
) -> list[NameForms]:
    choices: list[list[NameForms]] = []
    for unit in units:
        if not unit.startswith("&"):
            choices.append([NameForms(unit.lower())])
            continue
        key = unit[1:]
        if key not in definitions or key in active:
            raise ConversionError(R_SYNSET_MEMBER)
        nested = definitions[key]
        choices.append(_synset_members(nested, definitions, ctx, active | {key}))
        ctx.note(N_NESTED_SYNSETS)
    members = []
    for parts in itertools.product(*choices):
        text = " ".join(part.text for part in parts)
        last_fixed = parts[-1].forms == () if units[-1].startswith("&") else False
        members.append(NameForms(text, () if no_plural or last_fixed else None))
    return members


def resolve_block(
    block: VerbBlock, seen_verbs: dict[str, VerbBlock], synsets: set[str], ctx: Context
) -> VerbBlock | None:
    """Drop duplicate verbs, patterns with undefined synsets and duplicate patterns.

    `seen_verbs` maps each verb written so far to its block. A PETRARCH-1 block
    whose verbs were all listed before gives its patterns to the block of its first
    verb: PETRARCH-1 matched a verb against the patterns of every block listing it.
    """
    verbs = []
    here: set[str] = set()
    owners: list[VerbBlock] = []
    for verb in block.verbs:
        key = verb.word.text.lower()
        if key in seen_verbs or key in here:
            ctx.unconverted(verb.line, R_DUPLICATE_VERB)
            owners.extend([seen_verbs[key]] if key in seen_verbs else [])
            continue
        here.add(key)
        verbs.append(verb)
    patterns: dict[tuple[str, ...], Pattern] = {}
    for pattern in block.patterns:
        if any(part.startswith("&") and part[1:] not in synsets
               for t in pattern.tokens for part in t.split("_")):
            ctx.unconverted(pattern.line, R_UNKNOWN_SYNSET)
        elif pattern.tokens in patterns:
            ctx.unconverted(pattern.line, R_DUPLICATE_PATTERN)
        else:
            patterns[pattern.tokens] = pattern
    if not verbs and owners and patterns and ctx.style == "petrarch1":
        owner = owners[0]
        written = {pattern.tokens for pattern in owner.patterns}
        for pattern in patterns.values():
            if pattern.tokens in written:
                ctx.unconverted(pattern.line, R_DUPLICATE_PATTERN)
                continue
            owner.patterns.append(pattern)
            ctx.changed(pattern.line, C_PATTERN_MOVED)
            if pattern.loosened:
                ctx.changed(pattern.line, C_LOOSENED)
        return None
    if not verbs:
        lines = [block.line] + [pattern.line for pattern in patterns.values()]
        for line in _unique_lines(lines):
            ctx.unconverted(line, R_BLOCK_WITHOUT_VERBS)
        return None
    if block.lost_code and not patterns:
        ctx.unconverted(block.line, block.lost_code)
        return None
    if block.lost_code:
        ctx.changed(block.line, f"{C_HEADER_CODE} ({block.lost_code})")
    for line in _unique_lines(p.line for p in patterns.values() if p.loosened):
        ctx.changed(line, C_LOOSENED)
    resolved = VerbBlock(block.code, block.title, block.line, verbs, list(patterns.values()))
    for verb in verbs:
        seen_verbs[verb.word.text.lower()] = resolved
    return resolved


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def render_actor(actor: ActorOut) -> list[str]:
    """One line per actor: ``Name | Synonym => CODE; CODE FROM..TO``.

    Continuation lines are avoided on purpose: the loader joins them to the
    ``=>`` line, where further names would be read as codes.
    """
    codes = "; ".join(actor.codes).replace("#", "\\#")  # a literal `###`, not a comment
    return [f"{' | '.join(actor.names)} => {codes}"]


def render_agent(agent: AgentEntry) -> str:
    return f"{' | '.join(name.render() for name in agent.names)} => {agent.code}"


def render_block(block: VerbBlock) -> list[str]:
    lines = [f"== {block.code} {block.title}"]
    lines += [verb.render() for verb in block.verbs]
    lines += [pattern.render() for pattern in block.patterns]
    return lines


def render_synset(synset: Synset) -> str:
    return f"&{synset.key} = {' | '.join(member.render() for member in synset.members)}"


def render_discard(discard: Discard) -> str:
    return f"{discard.phrase} => {discard.scope}"


def file_header(source: Source, style: str) -> list[str]:
    return [
        f"# Converted from {source.path.name} ({style} format) by coding/legacy.py.",
        f"# Licence of the source: {source.licence}.",
        "# Lines that could not be converted are listed in IMPORT_REPORT.md.",
    ]


def _write_text(path: Path, lines: Sequence[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_layer(layer_dir: Path, out: LayerOut, style: str) -> None:
    """Write one file per source and kind; old ``*.txt`` files of the layer are removed first."""
    for sub in LAYER_DIRS:
        (layer_dir / sub).mkdir(parents=True, exist_ok=True)
        for old in (layer_dir / sub).glob("*.txt"):
            old.unlink()
    _write_group(layer_dir / "actors", out.actors, render_actor, style)
    _write_group(layer_dir / "agents", out.agents, lambda agent: [render_agent(agent)], style)
    _write_group(layer_dir / "verbs", out.blocks, lambda block: ["", *render_block(block)], style)
    _write_group(layer_dir / "synsets", out.synsets, lambda synset: [render_synset(synset)], style)
    _write_group(
        layer_dir / "discards", out.discards, lambda discard: [render_discard(discard)], style
    )


def _write_group(
    directory: Path,
    groups: dict[Source, list[_Entry]],
    render: Callable[[_Entry], list[str]],
    style: str,
) -> None:
    """Write the entries of each source to its own file in ``directory``."""
    filled = {source: entries for source, entries in groups.items() if entries}
    names = file_names(filled)
    for source, entries in filled.items():
        lines = file_header(source, style)
        for entry in entries:
            lines += render(entry)
        _write_text(directory / f"{names[source]}.txt", lines)


def used_event_codes(out: LayerOut) -> set[str]:
    codes = set()
    for blocks in out.blocks.values():
        for block in blocks:
            items = [block.code, *(v.code for v in block.verbs if v.code)]
            items += [pattern.code for pattern in block.patterns]
            codes |= {part for item in items for part in item.split(":")}
    codes.discard(NULL_CODE)
    return codes


def write_events(
    path: Path, table: EventTable, added: Sequence[str], labels: dict[str, str]
) -> None:
    """Copy the event table and append imported codes that it lacks."""
    rows = list(table.rows)
    for code in added:
        label = labels.get(code)
        rows.append(
            {
                "code": code,
                "name": f"imported code {code}",
                "description": f"legacy label: {label}" if label else "",
                "goldstein": "",
                "quad_class": quad_class_of(code),
                "plover_type": "",
            }
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=EVENTS_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_codebook_toml(
    path: Path, layer: str, style: str, sources: Sequence[Source], engine: dict[str, object]
) -> None:
    names = ", ".join(source.path.name for source in sources)
    description = f"Imported from {style} dictionaries: {names}".replace('"', "'")
    path.write_text(
        "[codebook]\n"
        f'name = "{path.parent.name}"\n'
        'version = "1"\n'
        f'description = "{description}"\n'
        f'layers = ["{layer}"]\n'
        "\n"
        "# The legacy coders' semantics, which their dictionaries were written for\n"
        "# (codebooks/FORMAT.md, [engine]).\n"
        "[engine]\n" + "".join(f"{key} = {_toml_value(value)}\n"
                               for key, value in engine.items()),
        encoding="utf-8",
    )


def legacy_engine(style: str) -> dict[str, object]:
    """Engine options that give an imported dictionary the semantics it was written for.

    TABARI and PETRARCH-1 filter nothing for negation, modals or conditionals:
    their patterns (``- NOT *``, ``- WILL *``) code those readings themselves.
    TABARI has no part-of-speech tagging: a word of its verb dictionary is a verb
    wherever it stands, and nouns such as "meeting" are listed as verb forms.
    Both code by TABARI's sparse rule (`coding/sparse.py`); PETRARCH-2 reads a
    full parse tree, which our modern rule approximates better.
    """
    engine: dict[str, object] = {
        "filter_modality": style == "petrarch2",
        "part_of_speech": style != "tabari",
        "coding_rule": "modern" if style == "petrarch2" else "sparse",
    }
    if style == "petrarch2":
        return engine
    # Neither gives a bare role ("the official") the country the sentence is about,
    # and both compose every agent of a phrase ("MSF Arnor diplomat": NGOARNGOV).
    engine["definite_agent_anaphora"] = False
    engine["stack_agents"] = True
    # Their actor codes need not come in groups of three (`ITHTV`), and one name may
    # stand for several actors (`THE_SHIRE [FRO/BIL/SAM]`).
    engine["legacy_actor_codes"] = True
    # Their pattern words match wherever they stand in the clause, beyond actors too
    # ("allowed that Mordor isn't a really pleasant place": `- * REALLY_PLEASANT`).
    engine["pattern_words_pass_actors"] = True
    # Asides of 2 to 10 words between two commas are deleted before coding
    # (TABARI's default COMMA setting, which PETRARCH-1 took over for inner asides).
    engine.update(comma_min=2, comma_max=10)
    # A verb word right after a/an/the is a noun ("in an accord"): TABARI's rule, and
    # what PETRARCH-1's parse tags it (NN), so neither codes it as a verb.
    engine["article_noun"] = True
    if style == "tabari":
        engine.update(comma_emin=2, comma_emax=10)  # and after the last comma
        engine["min_words"] = 8  # TABARI's default MINIMUM WORDS
        engine["pronoun_first_actor"] = True  # its pronouns refer to the first actor
        # and an agent composes only with an actor right before it: "Dagolath's first
        # Deputy Prime Minister" is DAG, where PETRARCH-1's noun phrase gives DAGGOV.
        engine["agent_gap"] = 0
    else:
        engine["attribution_clause"] = True  # PETRARCH-1 codes "..., X said" as well
        # and stacks an agent named inside a longer one ("main opposition group":
        # MOP, then OPP), where TABARI takes the longest agent only.
        engine["nested_agents"] = True
        # Its parse keeps "awful and evil" (JJ CC JJ) inside one noun phrase, so the
        # words an agent may stand apart from its actor can be joined by and/or.
        engine["joined_modifiers"] = True
        # and ends a list at ", and" once a conjunction has joined it: "between A and
        # B, and C and D" is two compounds (TABARI reads one list of four).
        engine["closed_lists"] = True
        # Its `%` is a compound source before the verb and a compound target after
        # it, where TABARI makes every member both ("% HAVE POSTPONED *").
        engine["compound_slot_by_side"] = True
        # Its parse tags a modal MD, never a verb, even one its dictionary lists.
        engine["modal_verbs"] = False
    return engine


def _toml_value(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------

_PARSED_KINDS = ("actors", "agents", "verbs", "discards")


def load_source(path: Path, report: ImportReport) -> Source:
    """Read one legacy file and find its kind and licence."""
    lines, not_utf8 = read_lines(path)
    kind = detect_kind(path, lines)
    licence = detect_licence(path, "\n".join(line.raw for line in lines))
    for number in not_utf8:
        line = lines[number - 1]
        report.changed.append(ReportLine(line.file, number, line.raw, C_MAC_ROMAN))
    report.sources.append(SourceInfo(path.name, kind, licence))
    return Source(path, kind, licence, lines)


def file_names(sources: Iterable[Source]) -> dict[Source, str]:
    """Unique file names within one output directory; the kind word returns on a clash."""
    names: dict[Source, str] = {}
    for source in sources:
        stem = output_stem(source.path)
        if stem in names.values():
            stem = base = output_stem(source.path, keep_kind=True)
            counter = 2
            while stem in names.values():
                stem, counter = f"{base}_{counter}", counter + 1
        names[source] = stem
    return names


def _collect(sources: Sequence[Source], ctx: Context) -> tuple[Collected, dict[str, str]]:
    collected = Collected()
    labels: dict[str, str] = {}
    for source in sources:
        if source.kind == "actors":
            collected.actors[source] = parse_actors(source, ctx)
        elif source.kind == "agents":
            collected.agents[source] = parse_agents(source, ctx)
        elif source.kind == "discards":
            collected.discards[source] = parse_discards(source, ctx)
        elif source.kind == "verbs":
            state = parse_verbs(source, ctx)
            collected.blocks[source] = state.blocks
            collected.synsets[source] = state.synsets
            collected.discards.setdefault(source, []).extend(state.discards)
        elif source.kind != "licence":
            labels.update(report_unmapped(source, ctx))
    return collected, labels


def _sort_report(report: ImportReport) -> None:
    """List report lines in file order, then line order, as a maintainer reads them."""
    order = {source.file: index for index, source in enumerate(report.sources)}
    for lines in (report.unconverted, report.changed):
        lines.sort(key=lambda entry: (order.get(entry.file, len(order)), entry.line))


def import_dictionaries(
    style: str,
    paths: list[Path],
    out_dir: Path,
    *,
    name: str | None = None,
    cameo_only: bool = False,
    year_pivot: int = YEAR_PIVOT,
    events_csv: Path = DEFAULT_EVENTS_CSV,
    reference_dir: Path = SHARED_REFERENCE,
) -> ImportReport:
    """Convert legacy dictionaries into a complete codebook directory at ``out_dir``.

    ``style`` is ``"tabari"``, ``"petrarch1"`` or ``"petrarch2"`` (it decides how
    pattern syntax such as ``{...}`` and stems are read); each file's kind is
    detected from its name and content.  ``name`` is the layer (sub-directory)
    name, ``imported`` by default.  With ``cameo_only`` every event code must be
    a CAMEO 1.1b3 code; otherwise unknown numeric codes are added to events.csv.
    ``year_pivot`` reads six-digit dates (see :data:`YEAR_PIVOT`).  The event
    table starts from ``events_csv`` (the default codebook's), or is built from
    ``reference_dir`` (``shared/reference``) when that file does not exist.

    Writes ``codebook.toml``, ``events.csv``, the layer files and
    ``IMPORT_REPORT.md``; files of an earlier import into the same layer are
    replaced.  Returns the report.
    """
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    layer = name or DEFAULT_LAYER
    if not re.fullmatch(r"[A-Za-z0-9][\w.-]*", layer):
        raise ValueError(f"layer name {layer!r} is not a plain directory name")
    report = ImportReport(style=style, layer=layer)
    table = load_event_table(events_csv, reference_dir)
    ctx = Context(style, report, table, cameo_only, year_pivot)
    sources = [load_source(Path(path), report) for path in paths]
    ctx.synsets = collect_synset_names(s for s in sources if s.kind == "verbs")
    collected, labels = _collect(sources, ctx)
    out = resolve_layer(collected, ctx)
    out_dir = Path(out_dir)
    write_layer(out_dir / layer, out, style)
    report.added_codes = sorted(used_event_codes(out) - table.codes)
    _sort_report(report)
    write_events(out_dir / "events.csv", table, report.added_codes, labels)
    engine = {**legacy_engine(style), **ctx.engine}
    write_codebook_toml(out_dir / "codebook.toml", layer, style, sources, engine)
    (out_dir / "IMPORT_REPORT.md").write_text(report.to_markdown(), encoding="utf-8")
    return report
