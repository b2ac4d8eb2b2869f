"""Measure the coder against gold records: `eventcoder evaluate GOLD.jsonl`.

Gold records follow the peers' JSONL format: `id`, `text`, `date`,
`expected: [{source, target, code}]`, `no_event`, optional `category`,
`context` (the previous sentence, for anaphora) and `doc`: consecutive records with
the same `doc` are sentences of one story, coded in order with its memory
(`coding.story.Story`, as the pipeline codes a document); a record without `doc` is
coded with its `context` only. Scores:

- exact: the coded event set equals the expected set (order and duplicates aside);
  for a TABARI record with `partial_check` (its `-{`), the expected events are coded;
- precision, recall, F1 over events at three levels: *root* (country part of
  each actor + two-digit root code), *base* (full actor codes + three-digit
  code) and *full* (full actor codes + whole code).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from coding.cli import InputPath, _one_line, codebook_option, fail
from coding.codebook import CodebookError
from coding.coder import Coder, Result, _day
from coding.story import Story

LEVELS = ("root", "base", "full")


@dataclass
class Score:
    """True and false positives and false negatives of one level; P, R and F1 from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: Counter, want: Counter) -> None:
        common = sum((got & want).values())
        self.tp += common
        self.fp += sum(got.values()) - common
        self.fn += sum(want.values()) - common

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Evaluation:
    """The scores of one gold file: exact matches, each level, each category, failures."""

    path: str
    records: int = 0
    exact: int = 0
    levels: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in LEVELS})
    categories: dict[str, list[int]] = field(default_factory=dict)  # name -> [exact, total]
    category_scores: dict[str, dict[str, Score]] = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)

    @property
    def exact_rate(self) -> float:
        return self.exact / self.records if self.records else 0.0

    def as_dict(self, failures: int | None = None) -> dict:
        """The scores as plain data, with the first `failures` failures (None: all; 0: no list).

        "failures_total" always says how many there were, so a shortened list is not
        mistaken for the whole."""
        out = {"path": self.path, "records": self.records, "exact": self.exact,
               "exact_rate": round(self.exact_rate, 4),
               "levels": {k: v.as_dict() for k, v in self.levels.items()},
               "categories": {k: {"exact": e, "records": n,
                                  "f1_root": round(self.category_scores[k]["root"].f1, 4),
                                  "f1_full": round(self.category_scores[k]["full"].f1, 4)}
                              for k, (e, n) in sorted(self.categories.items())}}
        out["failures_total"] = len(self.failures)
        if failures != 0:
            out["failures"] = self.failures[:failures]
        return out


def _norm(code) -> str | None:
    if code is None:
        return None
    code = str(code).strip()
    return None if code in ("", "---", "None") else code


def _level(ev: tuple, level: str) -> tuple:
    s, t, c = ev
    if level == "root":
        return (s[:3] if s else None, t[:3] if t else None, c[:2])
    if level == "base":
        return (s, t, c[:3])
    return ev


def load_gold(path: str | Path, *, standard_only: bool = True) -> list[dict]:
    """Gold records of a JSONL file, without option and non-standard records."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: malformed JSON: {exc.msg}") from None
            if not isinstance(rec, dict):
                raise ValueError(f"{path}:{n}: a gold record is a JSON object, not "
                                 f"{type(rec).__name__}")
            if standard_only and (rec.get("in_standard_run") is False
                                  or rec.get("record_type") == "end"):
                continue
            if rec.get("record_type") not in ("option", "end"):
                _check_gold_record(rec, f"{path}:{n}", first=not records)
            if rec.get("id") == "FINAL-01":
                break
            records.append(rec)
    return records


class NotGoldFile(ValueError):
    """The first record of a file is no event-gold record: the file is another kind of
    data (news, or other gold such as tests/gold/fatalities_locations.jsonl)."""


def _check_gold_record(rec: dict, where: str, first: bool = False) -> None:
    """Refuse a record that cannot be scored, rather than score it as expecting nothing
    (a plain news file given by mistake would otherwise get a meaningless score)."""
    if not isinstance(rec.get("text"), str):
        raise ValueError(f"{where}: no 'text' string in the record")
    if "expected" not in rec and "no_event" not in rec:
        error = NotGoldFile if first else ValueError
        raise error(f"{where}: neither 'expected' nor 'no_event': not a gold record "
                         "(want {\"id\", \"text\", \"expected\": [{\"source\", \"target\", "
                         "\"code\"}]}, or \"no_event\": true)")


def evaluate_records(records: list[dict], coder: Coder, path: str = "") -> Evaluation:
    """Score the coder on gold records.

    Option records (TABARI's ``{ OPTION: ... }``) change the engine options for
    the records after them, and a PETRARCH record's ``config`` for itself only,
    as in the suites' own harnesses (see `coding.legacy.record_options`); they
    are not scored. Under TABARI's FORWARD option, a record of the same story as
    the one before it gets that record's first actor as its pronouns' antecedent.
    """
    from coding.legacy import forwarded_actors, record_options, story_of

    ev = Evaluation(path)
    state: dict = {}
    current = coder
    story: str | None = None  # TABARI's FORWARD: the story of the previous record ...
    forwarded: list = []  # ... and the actors it carries forward
    document: _Document | None = None  # the story of records sharing a `doc`
    for rec in records:
        if rec.get("record_type") == "option":
            state.update(record_options(rec))
            current = _with_engine(coder, state)
            continue
        run = _with_engine(coder, {**state, **record_options(rec)}) if rec.get("config") \
            else current
        day = _safe_day(rec.get("date"))
        if rec.get("doc") is not None:
            if document is None or document.doc != rec["doc"]:
                document = _Document(rec["doc"], Story(run))
            _score(ev, rec, document.code(rec, day))
            continue
        document = None
        context = []
        if rec.get("context"):
            ctx = run.code_sentence(rec["context"], day)
            context = ctx.sentence.phrases if ctx.sentence is not None else []
        this_story = story_of(rec.get("id"), int(run.book.engine.get("forward_id_chars", 0)))
        if this_story is not None and this_story == story and not context:
            context = forwarded
        result = run.code_sentence(rec["text"], day, context)
        story = this_story
        forwarded = forwarded_actors(result.sentence.phrases) if result.sentence else []
        _score(ev, rec, result)
    return ev


@dataclass
class _Document:
    """Consecutive gold records with the same `doc` value: one story, coded in order."""

    doc: str
    story: Story
    last: str | None = None  # the text of the story's last record

    def code(self, rec: dict, day: int | None) -> Result:
        """Code a record of the story; its `context`, when it is not the record before
        (a sentence of the story between two records), is coded first."""
        if rec.get("context") and rec["context"] != self.last:
            self.story.code(rec["context"], day)
        self.last = rec["text"]
        return self.story.code(rec["text"], day)


def _score(ev: Evaluation, rec: dict, result: Result) -> None:
    """Add one record's coded events to the scores (and to the failures if not exact)."""
    got = Counter((_norm(e.source), _norm(e.target), e.code) for e in result.events)
    want = Counter() if rec.get("no_event") else Counter(
        (_norm(x.get("source")), _norm(x.get("target")), str(x.get("code")))
        for x in rec.get("expected") or [] if _norm(x.get("code")))
    # A TABARI record marked `-{` (partial_check) checks the events it lists and
    # leaves the rest unchecked: TABARI's own harness passes it if those are coded.
    exact = set(want) <= set(got) if rec.get("partial_check") else set(got) == set(want)
    ev.records += 1
    ev.exact += exact
    cat = rec.get("category")
    if cat:
        slot = ev.categories.setdefault(cat, [0, 0])
        slot[0] += exact
        slot[1] += 1
        cscores = ev.category_scores.setdefault(cat, {k: Score() for k in LEVELS})
    for level in LEVELS:
        g = Counter(_level(x, level) for x in set(got))
        w = Counter(_level(x, level) for x in set(want))
        ev.levels[level].add(g, w)
        if cat:
            cscores[level].add(g, w)
    if not exact:
        ev.failures.append({
            "id": rec.get("id"), "text": rec["text"], "category": cat,
            "expected": sorted(map(list, want), key=str), "coded": sorted(map(list, got),
                                                                         key=str),
            "status": result.status, "reason": result.reason,
            "rules": sorted({e.rule_id for e in result.events})})


def _with_engine(coder: Coder, options: dict) -> Coder:
    """The coder with some engine options changed (same compiled codebook)."""
    if not options:
        return coder
    from coding.compiled import Compiled

    data = {**coder.book.data, "engine": {**coder.book.engine, **options}}
    return Coder(compiled=Compiled(data))


def _safe_day(value) -> int | None:
    try:
        return _day(value)
    except ValueError:
        return None


def evaluate(path: str | Path, codebook=None, *, coder: Coder | None = None,
             standard_only: bool = True) -> Evaluation:
    """Evaluate the coder (default codebook unless given) on a gold JSONL file."""
    coder = coder or Coder(codebook)
    return evaluate_records(load_gold(path, standard_only=standard_only), coder, str(path))


def report_text(ev: Evaluation, max_failures: int = 20) -> str:
    """What `eventcoder evaluate` prints for one file: scores, then the first failures."""
    lines = [f"{ev.path}: {ev.records} records",
             f"exact event-set match: {ev.exact}/{ev.records} = {ev.exact_rate:.1%}", "",
             "level   precision  recall     F1      tp    fp    fn"]
    for k, s in ev.levels.items():
        lines.append(f"{k:<7} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} "
                     f"{s.tp:>7} {s.fp:>5} {s.fn:>5}")
    if ev.categories:
        lines += ["", "category                exact        F1 root  F1 full"]
        for k, (e, n) in sorted(ev.categories.items()):
            cs = ev.category_scores[k]
            lines.append(f"{k:<22} {e:>4}/{n:<4} {e / n:>6.0%}  {cs['root'].f1:>6.3f}  "
                         f"{cs['full'].f1:>6.3f}")
    if ev.failures and max_failures:
        lines += ["", f"failures (first {min(max_failures, len(ev.failures))} of "
                  f"{len(ev.failures)}):"]
        for f in ev.failures[:max_failures]:
            lines.append(f"- {f['id']}: {f['text']}")
            lines.append(f"    expected {f['expected']}")
            why = f" ({f['status']}: {f['reason']})" if f["reason"] else f" ({f['status']})"
            lines.append(f"    coded    {f['coded']}{why} {' '.join(f['rules'])}")
    return "\n".join(lines)


@click.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=InputPath())
@codebook_option
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@click.option("--failures", type=click.IntRange(min=0), default=None,
              help="How many failures to list (default: 20 in the text report, all with --json).")
@click.option("--all-records", is_flag=True,
              help="Also score records the suite marks as outside its standard run.")
def evaluate_command(gold: tuple[Path, ...], codebook: tuple[str, ...], as_json: bool,
                     failures: int | None, all_records: bool) -> None:
    """Score the coder against gold records (peers' JSONL format).

    A gold record is a JSON line {"id", "text", "date", "expected": [{"source",
    "target", "code"}]}, or "no_event": true for a sentence with no event.

    \b
    Examples:
      eventcoder evaluate tests/gold/*.jsonl
      eventcoder evaluate suite.jsonl --codebook imported/ --json
      eventcoder evaluate suite.jsonl --json --failures 0    # scores only
    """
    try:
        coder = Coder(codebook or None)
    except CodebookError as exc:
        fail(_one_line(exc))
    results = []
    for path in gold:
        try:
            results.append(evaluate(path, coder=coder, standard_only=not all_records))
        except NotGoldFile as exc:
            if len(gold) == 1:
                fail(str(exc))
            # "evaluate tests/gold/*.jsonl" takes in other kinds of gold: skip, and say so
            click.echo(f"eventcoder: skipped {path}: its first record is not a gold record",
                       err=True)
        except ValueError as exc:
            fail(str(exc))
    if not results:
        fail("none of the files holds gold records")
    if as_json:
        click.echo(json.dumps([r.as_dict(failures) for r in results], indent=2))
    else:
        click.echo("\n\n".join(report_text(r, 20 if failures is None else failures)
                               for r in results))


COMMANDS = [evaluate_command]
