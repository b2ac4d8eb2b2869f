"""Read and validate codebook directories (see ``codebooks/FORMAT.md``).

This module turns text files into plain entry records and checks every one of
them. It knows nothing about matching: `compiled.py` turns a validated
`Codebook` into the lookup tables the engine uses. Keeping the two apart means
`eventcoder codebook lint` and the coder share one definition of a valid entry.
"""

from __future__ import annotations

import csv
import hashlib
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import codebooks

ACTOR_CODE_RE = re.compile(r"^(?:[A-Z0-9]{3}){1,5}$")
#: Actor codes of legacy dictionaries (engine `legacy_actor_codes`): any 2 to 15
#: capitals or digits (`ITHTV`), or several such codes joined by `/` (`FRO/BIL/SAM`:
#: one name that stands for every one of these actors).
#: PETRARCH-1 also keeps `###` as a literal code (it has no discard code in actor
#: lists); it is written `\#\#\#` because `#` starts a comment.
LEGACY_ACTOR_CODE_RE = re.compile(r"^(?:###|[A-Z0-9]{2,15}(?:/[A-Z0-9]{2,15})*)$")
AGENT_CODE_RE = re.compile(r"^(?:~(?:[A-Z0-9]{3}){1,3}|(?:[A-Z0-9]{3}){1,3}~)$")
EVENT_CODE_RE = re.compile(r"^[0-9A-Za-z]{2,5}$")
DATE_RANGE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$")
#: Parts of a pattern token: synset names (`&MILAID_V`) and the words `_` joins to them.
TOKEN_PART_RE = re.compile(r"&[A-Z0-9_]*[A-Z0-9]|[^_&]+")
SYNSET_NAME_RE = re.compile(r"^&[A-Z0-9_]+$")
#: A number in a pattern: `@N` any number, `@N>=100` one of at least 100 (digits, or the
#: number words of grammar.txt's `number` class).
NUMBER_TOKEN_RE = re.compile(r"^@N(?:>=(\d+))?$")
#: A slot that takes only an actor of one role: "+GOV", "$OPP" (codes' second group).
ROLE_SLOT_RE = re.compile(r"^[$+%](?:[A-Z0-9]{3}|---)$")
#: A number word of grammar.txt and its value: `dozens 24`.
NUMBER_WORD_RE = re.compile(r"^([a-z][a-z-]*) (\d+(?:\.\d+)?)$")
PLURAL_RE = re.compile(r"^(?P<name>[^{}]+?)\s*(?:\{(?P<forms>[^{}]*)\})?$")
NULL_CODE = "---"
#: The code of an actor, agent or discard line that switches off the same names of an
#: earlier layer ("tanker => none").
SWITCH_OFF = "none"

#: Names of the closed word classes the engine uses (grammar.txt).
GRAMMAR_CLASSES = (
    "negation", "modal", "future", "planning", "conditional", "passive_aux", "reporting",
    "subordinator", "relative", "conjunction", "determiner", "preposition", "by",
    "infinitive", "pronoun", "masculine_pronoun", "feminine_pronoun", "neuter_pronoun",
    "plural_pronoun", "dual", "object_pronoun", "place_pronoun", "flag_suffix", "owner_suffix",
    "backer_suffix", "compass", "concessive", "title_noun", "phrase_final", "speaks_for",
    "historical", "first_person", "article", "capitalised", "number", "affiliation", "reciprocal",
    "definite", "act_reference", "cause", "aspect", "body_pronoun", "culpability",
    "approximator", "causative", "enactment", "enacting", "armament", "launched",
    "group_pronoun", "mediation", "unrealised", "act_gap", "honorific", "deed_reference",
    "head_of_state", "head_of_government", "adverb",
)


class CodebookError(Exception):
    """A codebook failed to load; `errors` holds every `file:line: message`."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        shown = "\n".join(errors[:20])
        more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"codebook has {len(errors)} error(s):\n{shown}{more}")


@dataclass(frozen=True)
class Where:
    """Where an entry came from: its rule id is `layer/file:line`."""

    layer: str
    file: str
    line: int

    @property
    def rule_id(self) -> str:
        return f"{self.layer}/{self.file}:{self.line}"


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: date | None = None
    end: date | None = None

    def applies(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass
class Actor:
    names: list[str]
    default: str | None
    dated: list[DatedCode]
    where: Where
    off: bool = False  # "=> none": removes these names of an earlier layer

    def code_on(self, day: date | None) -> str | None:
        """The code on `day`: a matching dated code, else the default."""
        if day is not None:
            for d in self.dated:
                if d.applies(day):
                    return d.code
        elif not self.default and self.dated:
            # No date known: the most recent range is the best guess.
            return self.dated[-1].code
        return self.default


@dataclass
class Agent:
    names: list[str]  # every surface form, plurals included
    code: str  # "COP"
    prefix: bool  # NGO~ (prefix) or ~COP (suffix)
    where: Where
    off: bool = False  # "=> none": removes these names of an earlier layer


@dataclass
class Pattern:
    tokens: tuple[str, ...]  # e.g. ("*", "on", "+")
    code: str  # "190", "032:033" or "---"
    where: Where


@dataclass
class Word:
    """A verb or noun of a verb block, with all its surface forms."""

    lemma: str
    forms: list[str]
    kind: str  # "verb" or "noun"
    code: str  # default code (may be "---")
    block: int  # index of its block in Codebook.blocks
    where: Where


@dataclass
class Block:
    code: str
    label: str
    patterns: list[Pattern]
    where: Where


@dataclass
class Discard:
    phrase: str
    scope: str  # "sentence" or "story"
    where: Where


@dataclass
class EventCode:
    code: str
    name: str
    description: str
    goldstein: float | None
    quad_class: int | None
    plover_type: str | None
    intent_code: str | None = None  # the "express intent to ..." code of this act (03x)

    @property
    def root_code(self) -> str:
        return self.code[:2]

    @property
    def base_code(self) -> str:
        return self.code[:3]


@dataclass
class Codebook:
    """A validated codebook: the union of its layers, later layers winning."""

    name: str
    version: str
    paths: list[Path]
    content_hash: str
    events: dict[str, EventCode]
    grammar: dict[str, list[str]]
    engine: dict[str, object]
    families: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    layers: list[str] = field(default_factory=list)  # layer names, lowest first
    actors: dict[str, Actor] = field(default_factory=dict)  # lower-case name -> entry
    agents: dict[str, Agent] = field(default_factory=dict)
    synsets: dict[str, list[str]] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    discards: list[Discard] = field(default_factory=list)
    overridden: int = 0  # entries replaced by a later layer


DEFAULT_ENGINE: dict[str, object] = {
    "require_dyad": True,
    "require_country": False,  # an event needs an actor whose code names a country/IGO
    "max_tokens": 90,
    "max_verbs": 9,
    "historical_years": 3,
    "definite_agent_anaphora": True,
    "story_memory": 0,  # earlier sentences of a document whose actors are remembered
    "intent_as_threat": [],  # roots whose stated intentions are threats (13x)
    "stated_content": [],  # roots of issuing a text that a participle after it replaces
    "intent_as_act": [],  # roots whose stated intentions are the act itself ("will oppose")
    "conditional_target": [],  # roots whose act with no object targets an if-clause's subject
    "reaction_target": [],  # roots whose act with no object targets its cause clause's subject
    "domestic_target": {},  # code -> role of the source's own country as implicit target
    "result_roots": [],  # roots whose acts in a participle clause after one are results
    "third_country": {},  # code -> code when the act takes place in a third country
    "foreign_only": [],  # codes of acts abroad: none with the actor's own country as place
    "unplaced": [],  # code prefixes of acts whose place ("said in Doha") is never the target
    "mutual_codes": [""],  # code prefixes of acts a compound subject does to each other
    "nested_roots": [],  # roots of nouns of acts with a named agent coded inside an object
    "purpose_detail": {},  # root -> code prefixes of purposes ("to demand") giving a sub-code
    "counterpart_agents": [],  # agent words with the role of the actor they answer to
    "outlet_roles": [],  # roles of named news outlets, which lend no country to a role
    "owner_role": "",  # role of a country's property named by an owner suffix ("-owned")
    "counted_people_role": "",  # role of a counted people ("thousands of Slovaks")
    "role_detail": {},  # code -> {source role: code}: "prosecutors investigated" 091
    "act_anaphora": [],  # families of roots: "condemned the attack" targets its doer
    "comment_roots": [],  # roots of acts of words, no "decision" while a deed is remembered
    "pair_codes": [],  # code prefixes of joint acts: "X met Y. They ..." is both
    "victim_roots": [],  # roots of violence whose victims take the reporter's country
    "culpability_code": "",  # "said X was behind the attack": the reporter accuses X
    "culpability_roots": [],  # roots of the acts one is held culpable for
    "culpability_denial": "",  # "said it was not behind the attack": a denial (016)
    "claim_target": [],  # code prefixes of answers to a claim: its other party is the target
    "reporter_target": [],  # code prefixes of acts with no object that aim at the reporter
    "mediator_code": "",  # the code of a mediator named by "brokered by X" ("": off)
    "mediated_roots": [],  # roots of the acts whose parties such a mediator mediates
    "shared_object_roots": [],  # roots of joined verbs with no object aimed at the last target
    "topic_on_roots": [],  # roots of acts whose actor after "on" is a topic, not the target
    # Legacy semantics (set by `eventcoder codebook import`, see FORMAT.md "[engine]").
    "filter_modality": True,
    "part_of_speech": True,
    "coding_rule": "modern",
    "min_words": 0,
    # Only read by the sparse rule (coding/sparse.py).
    "code_by": "clause",
    "default_source": "",
    "default_source_prior": True,
    "default_target": "",
    "default_target_after": True,
    "attribution_clause": False,
    "comma_min": 0,
    "comma_max": 0,
    "comma_bmin": 0,
    "comma_bmax": 0,
    "comma_emin": 0,
    "comma_emax": 0,
    "convert_agent": False,
    "modal_verbs": True,
    "nouns": [],
    "dominant_verbs": [],
    "adjectives": [],
    "article_noun": False,
    "compound_slot_by_side": False,
    "legacy_actor_codes": False,
    "pronoun_first_actor": False,
    "pattern_words_pass_actors": False,
    "forward_id_chars": 0,
    "stack_agents": False,
    "agent_gap": 2,
    "nested_agents": False,
    "joined_modifiers": False,
    "closed_lists": False,
}


# ---------------------------------------------------------------- lines


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line number, content) with comments and blank lines removed.

    `\\#` is a literal `#` (PETRARCH-1's actor code `###`), not a comment.

    Continuation lines (starting with whitespace then `|`) are joined to the
    entry above, keeping the first line's number.
    """
    pending: tuple[int, str] | None = None
    with path.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh, 1):
            text = raw.replace("\\#", "\0").split("#", 1)[0].replace("\0", "#").rstrip()
            if not text.strip():
                continue
            if raw[:1].isspace() and text.strip().startswith("|") and pending:
                # More names for the entry above: they belong before its '=>'.
                left, sep, right = pending[1].partition("=>")
                joined = f"{left.rstrip()} {text.strip()} {sep} {right.strip()}" if sep \
                    else f"{pending[1]} {text.strip()}"
                pending = (pending[0], joined)
                continue
            if pending:
                yield pending
            pending = (number, text.strip())
    if pending:
        yield pending


def _names(text: str) -> list[str]:
    return [" ".join(n.split()) for n in text.split("|") if n.strip()]


def _without_article(name: str) -> str:
    """"The European Union" is stored as "European Union": the engine reads articles
    itself, and one spelling per name lets a later layer override an earlier one."""
    return name[4:] if name[:4].lower() == "the " and len(name) > 4 else name


def _parse_date(text: str) -> date:
    return date.fromisoformat(text)


def parse_actor_codes(spec: str, legacy: bool = False) -> tuple[str | None, list[DatedCode]]:
    """Parse `PAKELI; PAKGOV 2018-08-18..2022-04-10` into (default, dated).

    `legacy` accepts the codes of `LEGACY_ACTOR_CODE_RE`. Raises ValueError with a
    message fit for `file:line: message`.
    """
    default: str | None = None
    dated: list[DatedCode] = []
    for part in (p.strip() for p in spec.split(";")):
        if not part:
            continue
        bits = part.split()
        code = bits[0]
        if not (LEGACY_ACTOR_CODE_RE if legacy else ACTOR_CODE_RE).match(code):
            raise ValueError(f"malformed actor code {code!r}")
        if len(bits) == 1:
            if default is not None:
                raise ValueError(f"two default codes ({default}, {code})")
            default = code
            continue
        if len(bits) != 2 or not (m := DATE_RANGE_RE.match(bits[1])):
            raise ValueError(f"malformed date range {' '.join(bits[1:])!r} (want FROM..TO)")
        try:
            start = _parse_date(m.group(1)) if m.group(1) else None
            end = _parse_date(m.group(2)) if m.group(2) else None
        except ValueError as exc:
            raise ValueError(f"invalid date in {bits[1]!r}: {exc}") from None
        if start and end and start > end:
            raise ValueError(f"date range {bits[1]} ends before it starts")
        dated.append(DatedCode(code, start, end))
    dated.sort(key=lambda d: d.start or date.min)
    for a, b in zip(dated, dated[1:], strict=False):
        if a.end is None or b.start is None or b.start <= a.end:
            raise ValueError(f"overlapping date ranges for {a.code} and {b.code}")
    if default is None and not dated:
        raise ValueError("no code after '=>'")
    return default, dated


def _with_plurals(spec: str, plural) -> list[str]:
    """Expand `name {forms}` into the name plus its plural forms."""
    m = PLURAL_RE.match(spec.strip())
    if not m:
        raise ValueError(f"malformed name {spec!r}")
    name = " ".join(m.group("name").split())
    if m.group("forms") is not None:
        return [name, *split_forms(m.group("forms"))]
    return [name, *plural(name)]


def split_forms(given: str) -> list[str]:
    """`{a b c}` lists one-word forms; `{a b, c d}` uses commas for multi-word ones."""
    parts = given.split(",") if "," in given else given.split()
    return [" ".join(p.lower().split()) for p in parts if p.strip()]


# ---------------------------------------------------------------- layer


class _Reader:
    """Collects entries and errors while reading one codebook."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.hash = hashlib.sha256()

    def error(self, where: Where | Path, message: str) -> None:
        loc = f"{where.layer}/{where.file}:{where.line}" if isinstance(where, Where) else str(where)
        self.errors.append(f"{loc}: {message}")

    def files(self, layer_dir: Path, sub: str) -> list[Path]:
        """The readable UTF-8 `*.txt` files of `sub`; the others are reported as errors."""
        found = sorted((layer_dir / sub).glob("*.txt")) if (layer_dir / sub).is_dir() else []
        files = []
        for f in found:
            where = f"{layer_dir.name}/{sub}/{f.name}"
            try:
                data = f.read_bytes()
                data.decode("utf-8")
            except IsADirectoryError:
                self.errors.append(f"{where}: is a directory, not an entry file")
                continue
            except OSError as exc:
                self.errors.append(f"{where}: cannot be read ({exc.strerror or exc})")
                continue
            except UnicodeDecodeError as exc:
                self.errors.append(f"{where}: not valid UTF-8 (byte {exc.start})")
                continue
            self.hash.update(f"{sub}/{f.name}\0".encode())
            self.hash.update(data)
            files.append(f)
        return files


def _read_events(path: Path, reader: _Reader) -> dict[str, EventCode]:
    events: dict[str, EventCode] = {}
    raw = path.read_bytes()
    reader.hash.update(raw)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        reader.error(path, f"not valid UTF-8 (byte {exc.start})")
        return events
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh)
        missing = {"code", "name", "goldstein", "quad_class"} - set(rows.fieldnames or [])
        if missing:
            reader.error(path, f"missing columns {sorted(missing)}")
            return events
        for line, row in enumerate(rows, 2):
            where = f"{path.name}:{line}"
            code = (row["code"] or "").strip()
            if not EVENT_CODE_RE.match(code):
                reader.errors.append(f"{where}: malformed event code {code!r}")
                continue
            if code in events:
                reader.errors.append(f"{where}: duplicate event code {code}")
                continue
            try:
                gold = float(row["goldstein"]) if (row["goldstein"] or "").strip() else None
                if gold is not None and not -10.0 <= gold <= 10.0:
                    raise ValueError(f"goldstein {gold} outside -10..10")
                quad = int(row["quad_class"]) if (row["quad_class"] or "").strip() else None
                if quad is not None and quad not in (1, 2, 3, 4):
                    raise ValueError(f"quad_class {quad} not in 1..4")
            except ValueError as exc:
                reader.errors.append(f"{where}: {exc}")
                continue
            events[code] = EventCode(
                code=code,
                name=(row["name"] or "").strip(),
                description=(row.get("description") or "").strip(),
                goldstein=gold,
                quad_class=quad,
                plover_type=(row.get("plover_type") or "").strip() or None,
                intent_code=(row.get("intent_code") or "").strip() or None,
            )
    for c in events.values():
        if c.intent_code and c.intent_code not in events:
            reader.errors.append(f"{path.name}: intent_code {c.intent_code!r} of {c.code} "
                                 "is not a code of the table")
    return events


def _read_grammar(path: Path, reader: _Reader) -> dict[str, list[str]]:
    grammar: dict[str, list[str]] = {}
    reader.hash.update(path.read_bytes())
    for line, text in _lines(path):
        name, sep, words = text.partition("=")
        name = name.strip()
        if not sep or name not in GRAMMAR_CLASSES:
            reader.errors.append(f"{path.name}:{line}: unknown grammar class {name!r}")
            continue
        grammar[name] = [w.lower() for w in _names(words)]
        if name == "number":
            for entry in grammar[name]:
                if not NUMBER_WORD_RE.match(entry):
                    reader.errors.append(f"{path.name}:{line}: number word {entry!r} is "
                                         "not 'word value'")
    for name in GRAMMAR_CLASSES:
        grammar.setdefault(name, [])
    return grammar


class _Layer:
    """Reads the entry files of one layer directory."""

    def __init__(self, name: str, path: Path, reader: _Reader, events: set[str], plural,
                 legacy_codes: bool = False):
        self.name, self.path, self.reader = name, path, reader
        self.events = events
        self.plural = plural
        self.legacy_codes = legacy_codes

    def where(self, f: Path, line: int) -> Where:
        return Where(self.name, f"{f.parent.name}/{f.name}", line)

    def entries(self, sub: str) -> Iterator[tuple[Where, str, str]]:
        """(where, left, right) for every `left => right` line of `sub`/*.txt."""
        for f in self.reader.files(self.path, sub):
            for line, text in _lines(f):
                left, sep, right = text.partition("=>")
                w = self.where(f, line)
                if not sep:
                    self.reader.error(w, "expected 'NAMES => CODE'")
                    continue
                yield w, left.strip(), right.strip()

    def actors(self) -> list[Actor]:
        out = []
        for w, left, right in self.entries("actors"):
            try:
                # `---`: a name that is no actor, and hides the names inside it
                default, dated = (None, []) if right in (SWITCH_OFF, NULL_CODE) else (
                    parse_actor_codes(right, self.legacy_codes))
            except ValueError as exc:
                self.reader.error(w, str(exc))
                continue
            names = list(dict.fromkeys(_without_article(n) for n in _names(left)))
            if not names:
                self.reader.error(w, "no name before '=>'")
                continue
            out.append(Actor(names, default, dated, w, off=right == SWITCH_OFF))
        return out

    def agents(self) -> list[Agent]:
        out = []
        for w, left, right in self.entries("agents"):
            if not (AGENT_CODE_RE.match(right) or right == SWITCH_OFF):
                self.reader.error(w, f"malformed agent code {right!r} (want ~XXX, XXX~ "
                                  "or none)")
                continue
            try:
                names = list(dict.fromkeys(_without_article(n) for spec in left.split("|")
                                           if spec.strip()
                                           for n in _with_plurals(spec, self.plural)))
            except ValueError as exc:
                self.reader.error(w, str(exc))
                continue
            out.append(Agent(names, right.strip("~"), right.endswith("~"), w,
                             off=right == SWITCH_OFF))
        return out

    def discards(self) -> list[Discard]:
        out = []
        for w, left, right in self.entries("discards"):
            if right not in ("sentence", "story", SWITCH_OFF):
                self.reader.error(w, "discard scope must be 'sentence', 'story' or 'none', "
                                  f"not {right!r}")
                continue
            out.extend(Discard(n.lower(), right, w) for n in _names(left))
        return out

    def synsets(self) -> dict[str, tuple[Where, list[str]]]:
        out: dict[str, tuple[Where, list[str]]] = {}
        for f in self.reader.files(self.path, "synsets"):
            for line, text in _lines(f):
                w = self.where(f, line)
                name, sep, words = text.partition("=")
                name = name.strip()
                if not sep or not re.match(r"^&[A-Z0-9_]+$", name):
                    self.reader.error(w, f"expected '&NAME = word | word', got {text!r}")
                    continue
                if name in out:
                    self.reader.error(w, f"duplicate synset {name}")
                    continue
                forms = [f.lower() for spec in words.split("|") if spec.strip()
                         for f in _with_plurals(spec, self.plural)]
                out[name] = (w, forms)
        return out

    def check_code(self, w: Where, code: str) -> bool:
        parts = code.split(":")
        if code == NULL_CODE or (len(parts) <= 2 and all(p in self.events for p in parts)):
            return True
        self.reader.error(w, f"unknown event code {code!r}")
        return False

    def verbs(self, inflect) -> tuple[list[Block], list[tuple[Word, list[str]]]]:
        blocks: list[Block] = []
        words: list[tuple[Word, list[str]]] = []
        for f in self.reader.files(self.path, "verbs"):
            block: Block | None = None
            seen: set[tuple[str, ...]] = set()
            for line, text in _lines(f):
                w = self.where(f, line)
                if text.startswith("=="):
                    bits = text[2:].split(None, 1)
                    if not bits or not self.check_code(w, bits[0]):
                        if not bits:
                            self.reader.error(w, "block header needs a code: '== 190 label'")
                        block = None
                        continue
                    block = Block(bits[0], bits[1] if len(bits) > 1 else "", [], w)
                    blocks.append(block)
                    seen = set()
                    continue
                if block is None:
                    self.reader.error(w, "entry outside a '== CODE' block")
                    continue
                if text.startswith("- "):
                    self._pattern(w, text[2:], block, seen)
                else:
                    words.extend(self._words(w, text, block, len(blocks) - 1, inflect))
        return blocks, words

    def _pattern(self, w: Where, text: str, block: Block, seen: set) -> None:
        body, sep, code = text.rpartition("=>")
        if not sep:
            self.reader.error(w, "pattern needs '=> CODE'")
            return
        code = code.strip()
        tokens = tuple(_pattern_token(t) for t in body.split())
        if tokens.count("*") != 1:
            self.reader.error(w, f"pattern must contain exactly one '*': {body.strip()!r}")
            return
        for t in tokens:
            if not (t in ("*", "$", "+", "%", "^") or SYNSET_NAME_RE.match(t)
                    or NUMBER_TOKEN_RE.match(t) or ROLE_SLOT_RE.match(t)
                    or all(p.startswith("&") or re.match(r"^[\w'.-]+\*?$", p)
                           for p in TOKEN_PART_RE.findall(t))):
                self.reader.error(w, f"bad pattern token {t!r}")
                return
        if not self.check_code(w, code):
            return
        if tokens in seen:
            self.reader.error(w, f"duplicate pattern {' '.join(tokens)!r} in this block")
            return
        seen.add(tokens)
        block.patterns.append(Pattern(tokens, code, w))

    def _words(self, w: Where, text: str, block: Block, index: int, inflect):
        kind = "verb"
        if text.startswith("noun:"):
            kind, text = "noun", text[5:]
        left, sep, code = text.partition("=>")
        code = code.strip() if sep else block.code
        if sep and not self.check_code(w, code):
            return
        for spec in left.split("|"):
            if not spec.strip():
                continue
            m = PLURAL_RE.match(spec.strip())
            if not m:
                self.reader.error(w, f"malformed word {spec.strip()!r}")
                continue
            lemma = " ".join(m.group("name").lower().split())
            given = m.group("forms")
            forms = [lemma, *split_forms(given)] if given is not None else inflect(lemma, kind)
            yield Word(lemma, forms, kind, code, index, w), forms


def _pattern_token(token: str) -> str:
    """Lower-case a pattern token's words, keeping its synset names as written."""
    if any(r.match(token) for r in (SYNSET_NAME_RE, NUMBER_TOKEN_RE, ROLE_SLOT_RE)):
        return token
    if "&" not in token:
        return token.lower()
    return "_".join(p if p.startswith("&") else p.lower() for p in TOKEN_PART_RE.findall(token))


def number_words(grammar: dict[str, list[str]]) -> dict[str, float]:
    """grammar.txt's number words and their values (`dozens 24` -> {"dozens": 24.0})."""
    return {m.group(1): float(m.group(2)) for entry in grammar.get("number", ())
            if (m := NUMBER_WORD_RE.match(entry))}


def synset_refs(token: str) -> list[str]:
    """The synsets a pattern token names: itself, or those `_` joins to words."""
    if SYNSET_NAME_RE.match(token):
        return [token]
    return [p for p in TOKEN_PART_RE.findall(token) if p.startswith("&")] if "&" in token else []


def _layer_dirs(path: Path, reader: _Reader) -> tuple[dict, list[tuple[str, Path]]]:
    """The [codebook] table and the ordered layer directories of `path`."""
    toml_path = path / "codebook.toml"
    if not toml_path.exists():
        return {}, [(path.name, path)]
    raw = toml_path.read_bytes()
    reader.hash.update(raw)
    try:
        meta = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        reader.error(toml_path, f"invalid TOML: {exc}")
        return {}, []
    layers = meta.get("codebook", {}).get("layers") or ["."]
    dirs = []
    for name in layers:
        d = (path / name).resolve()
        if not d.is_dir():
            reader.error(toml_path, f"layer directory {name!r} does not exist")
            continue
        dirs.append((name if name != "." else path.name, d))
    return meta, dirs


#: What makes a directory a codebook: its codebook.toml, or the entries of a plain layer.
CODEBOOK_CONTENTS = ("codebook.toml", "actors", "agents", "verbs", "synsets", "discards",
                     "events.csv", "grammar.txt")


def resolve_codebook_paths(specs: Iterable[str | Path] | None) -> list[Path]:
    """Turn `--codebook` values into directories; 'default' names the bundled one.

    A directory with none of CODEBOOK_CONTENTS is refused: coding with it would
    silently give no events (a mistyped path, or a data directory given by mistake).
    """
    if isinstance(specs, str | Path):
        specs = [specs]
    out = []
    for spec in specs or ["default"]:
        p = codebooks.DEFAULT if str(spec) == "default" else Path(spec)
        if not p.is_dir():
            raise CodebookError([f"{spec}: codebook directory not found"])
        if not any((p / name).exists() for name in CODEBOOK_CONTENTS):
            raise CodebookError([f"{spec}: not a codebook: no codebook.toml and none of actors/ "
                                 "agents/ verbs/ synsets/ discards/ (see codebooks/FORMAT.md)"])
        out.append(p.resolve())
    return out


def load_codebook(paths: Iterable[str | Path] | None = None) -> Codebook:
    """Read and validate a codebook made of one or more directories.

    The first directory must provide `events.csv` and `grammar.txt` (or the
    default codebook's are used); each further directory is layered on top.
    Raises `CodebookError` listing every problem as `file:line: message`.
    """
    from coding.inflect import inflect_word, plural_forms

    dirs = resolve_codebook_paths(paths)
    reader = _Reader()
    metas, layers = [], []
    for d in dirs:
        meta, ls = _layer_dirs(d, reader)
        metas.append((d, meta))
        layers.extend(ls)
    events_path = next((d / "events.csv" for d in reversed(dirs) if (d / "events.csv").exists()),
                       codebooks.DEFAULT / "events.csv")
    grammar_path = next((d / "grammar.txt" for d in reversed(dirs) if (d / "grammar.txt").exists()),
                        codebooks.DEFAULT / "grammar.txt")
    events = _read_events(events_path, reader)
    grammar = _read_grammar(grammar_path, reader)
    engine = dict(DEFAULT_ENGINE)
    name, version = "custom", "0"
    book_families: dict = {}
    if not any((d / "codebook.toml").exists() for d in dirs):
        # A plain layer directory borrows the default codebook's families.
        default_meta = tomllib.loads((codebooks.DEFAULT / "codebook.toml").read_text())
        book_families = default_meta.get("families", {})
    for _d, meta in metas:
        info = meta.get("codebook", {})
        name, version = info.get("name", name), str(info.get("version", version))
        engine.update(meta.get("engine", {}))
        for kind, table in meta.get("families", {}).items():
            book_families.setdefault(kind, {}).update(table)

    for key, default in DEFAULT_ENGINE.items():
        if type(engine[key]) is not type(default):
            reader.errors.append(f"codebook.toml: engine.{key} must be "
                                 f"{type(default).__name__}, not {engine[key]!r}")
            engine[key] = default
    book = Codebook(name=name, version=version, paths=dirs, content_hash="", events=events,
                    grammar=grammar, engine=engine, families=book_families,
                    layers=[name for name, _d in layers])
    for kind, table in book_families.items():
        for root, mapping in table.items():
            for key, code in mapping.items():
                if code not in events:
                    reader.errors.append(f"codebook.toml: families.{kind}.{root}: {key} -> "
                                         f"unknown event code {code!r}")
    codes = set(events)
    actor_by_name: dict[str, Actor] = {}
    agent_by_name: dict[str, Agent] = {}
    synsets: dict[str, list[str]] = {}
    words: dict[tuple[str, str], Word] = {}
    discards: dict[str, Discard] = {}
    for layer_name, layer_dir in layers:
        layer = _Layer(layer_name, layer_dir, reader, codes, plural_forms,
                       bool(engine["legacy_actor_codes"]))
        book.overridden += _merge_named(layer.actors(), actor_by_name, reader)
        book.overridden += _merge_named(layer.agents(), agent_by_name, reader)
        for sname, (_w, forms) in layer.synsets().items():
            book.overridden += sname in synsets
            synsets[sname] = forms
        for d in layer.discards():
            book.overridden += d.phrase in discards
            discards[d.phrase] = d
        offset = len(book.blocks)
        blocks, layer_words = layer.verbs(inflect_word)
        book.blocks.extend(blocks)
        seen_here: dict[tuple[str, str], Where] = {}
        for word, _forms in layer_words:
            key = (word.lemma, word.kind)
            if key in seen_here:
                reader.error(word.where, f"duplicate {word.kind} {word.lemma!r} "
                             f"(also at line {seen_here[key].line} of {seen_here[key].file})")
                continue
            seen_here[key] = word.where
            word.block += offset
            book.overridden += key in words
            words[key] = word
    # A name defined by a later layer shadows the same name in the other table of an
    # earlier layer: a curated agent "senate" replaces an imported actor "Senate".
    rank = {name: n for n, (name, _d) in enumerate(layers)}
    for name in set(actor_by_name) & set(agent_by_name):
        if rank[agent_by_name[name].where.layer] > rank[actor_by_name[name].where.layer]:
            del actor_by_name[name]
        elif rank[actor_by_name[name].where.layer] > rank[agent_by_name[name].where.layer]:
            del agent_by_name[name]
        book.overridden += 1
    # A later layer can switch names off with '=> none' (in either table).
    book.actors = {n: a for n, a in actor_by_name.items() if not a.off}
    book.agents = {n: a for n, a in agent_by_name.items() if not a.off}
    book.synsets = synsets
    # A later layer can switch a discard phrase off with scope 'none'.
    book.discards = [d for d in discards.values() if d.scope != SWITCH_OFF]
    book.words = list(words.values())
    for block in book.blocks:
        for p in block.patterns:
            for t in p.tokens:
                for part in synset_refs(t):
                    if part not in synsets:
                        reader.error(p.where, f"unknown synset {part}")
    if reader.errors:
        raise CodebookError(reader.errors)
    book.content_hash = reader.hash.hexdigest()
    return book


def _merge_named(entries, by_name: dict, reader: _Reader) -> int:
    """Index entries by lower-case name; within a layer a repeat is an error."""
    replaced = 0
    layer_seen: dict[str, Where] = {}
    for entry in entries:
        for n in {n.lower() for n in entry.names}:
            if n in layer_seen:
                reader.error(entry.where, f"duplicate name {n!r} (also at "
                             f"{layer_seen[n].file}:{layer_seen[n].line})")
                continue
            layer_seen[n] = entry.where
            replaced += n in by_name
            by_name[n] = entry
    return replaced
