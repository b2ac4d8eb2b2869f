"""`eventcoder codebook ...`: look into, check and import codebooks.

Each command is a thin layer over a function of this module that returns
plain data, so the same answers are available from Python.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

import click

from coding.cli import InputPath, _one_line, codebook_option, fail
from coding.codebook import Codebook, CodebookError, load_codebook


def _load(codebook: tuple[str, ...]) -> Codebook:
    """The codebook of the --codebook options, or a one-line error and exit 1."""
    try:
        return load_codebook(codebook or None)
    except CodebookError as exc:
        fail(_one_line(exc))


def codebook_stats(book: Codebook) -> dict:
    """Counts per table, per root code, patterns per code, coverage and newest dates."""
    actors = {id(a): a for a in book.actors.values()}.values()
    patterns = [(p, b) for b in book.blocks for p in b.patterns]
    codes_used = Counter(p.code.split(":")[0] for p, _b in patterns if p.code != "---")
    codes_used.update(w.code.split(":")[0] for w in book.words if w.code != "---")
    three = {c for c in book.events if len(c) == 3}
    covered3 = {c[:3] for c in codes_used if c[:3] in three}
    roots = {c for c in book.events if len(c) == 2}
    per_root = Counter(c[:2] for c in codes_used.elements())
    newest = sorted((d.start for a in actors for d in a.dated if d.start), reverse=True)[:1]
    return {
        "name": book.name, "version": book.version, "sha256": book.content_hash,
        "event_codes": len(book.events),
        "actor_entries": len(actors),
        "actor_names": len(book.actors),
        "actors_with_dates": sum(1 for a in actors if a.dated),
        "agent_entries": len({id(a) for a in book.agents.values()}),
        "agent_names": len(book.agents),
        "verbs": sum(1 for w in book.words if w.kind == "verb"),
        "nouns": sum(1 for w in book.words if w.kind == "noun"),
        "verb_forms": sum(len(w.forms) for w in book.words),
        "patterns": len(patterns),
        "synsets": len(book.synsets),
        "discards": len(book.discards),
        "roots_covered": f"{len({c[:2] for c in codes_used} & roots)}/{len(roots)}",
        "three_digit_covered": f"{len(covered3)}/{len(three)}",
        "three_digit_coverage": round(len(covered3) / len(three), 4) if three else 0.0,
        "per_root": dict(sorted(per_root.items())),
        "newest_dated_entry": newest[0].isoformat() if newest else None,
        "overridden_by_later_layers": book.overridden,
    }


def find_actor(book: Codebook, name: str, day: date | None) -> dict | None:
    """Which entry and code a name gets on a day."""
    actor = book.actors.get(" ".join(name.lower().split()))
    if actor is None:
        return None
    return {"name": name, "code": actor.code_on(day), "rule_id": actor.where.rule_id,
            "default": actor.default,
            "dated": [{"code": d.code, "from": d.start.isoformat() if d.start else None,
                       "to": d.end.isoformat() if d.end else None} for d in actor.dated],
            "names": actor.names}


def search(book: Codebook, text: str, limit: int = 50) -> list[str]:
    """Codes, actors, agents, words and patterns whose text contains `text`."""
    q = text.lower()
    out = []
    for c in book.events.values():
        if q in c.code or q in c.name.lower():
            out.append(f"code    {c.code:<6} {c.name}")
    seen = set()
    for n, a in book.actors.items():
        if q in n and id(a) not in seen:
            seen.add(id(a))
            out.append(f"actor   {' | '.join(a.names[:4])} => {a.code_on(None)}  "
                       f"[{a.where.rule_id}]")
    for n, a in book.agents.items():
        if q in n:
            out.append(f"agent   {n} => {'~' + a.code if not a.prefix else a.code + '~'}  "
                       f"[{a.where.rule_id}]")
    for w in book.words:
        if q in w.lemma:
            out.append(f"{w.kind:<7} {w.lemma} => {w.code}  [{w.where.rule_id}]")
    for b in book.blocks:
        for p in b.patterns:
            if q in " ".join(p.tokens) or q == p.code:
                out.append(f"pattern - {' '.join(p.tokens)} => {p.code}  [{p.where.rule_id}]")
    return out[:limit]


@click.group("codebook")
def codebook_group() -> None:
    """Inspect, check and import codebooks.

    \b
    Examples:
      eventcoder codebook stats
      eventcoder codebook show 161
      eventcoder codebook actor "Imran Khan" --date 2023-01-01
      eventcoder codebook search ambassador
      eventcoder codebook lint my_codebook/
      eventcoder codebook import --from petrarch2 verbs.txt actors.txt -o imported/
    """


@codebook_group.command("show")
@click.argument("code")
@codebook_option
def show(code: str, codebook: tuple[str, ...]) -> None:
    """Show an event code: name, description, Goldstein, QuadClass, PLOVER, patterns.

    \b
    Example:
      eventcoder codebook show 161
    """
    book = _load(codebook)
    c = book.events.get(code)
    if c is None:
        fail(f"no event code {code!r} in codebook {book.name} "
             "(`eventcoder codebook search TEXT` finds codes by name)")
    click.echo(f"{c.code}  {c.name}")
    if c.description:
        click.echo(f"  {c.description}")
    click.echo(f"  root {c.root_code}, base {c.base_code}, QuadClass {c.quad_class}, "
               f"Goldstein {c.goldstein}, PLOVER {c.plover_type or '-'}")
    words = [w.lemma for w in book.words if w.code == code]
    pats = [p for b in book.blocks for p in b.patterns if p.code.split(":")[0] == code]
    click.echo(f"  {len(words)} words, {len(pats)} patterns")
    for w in words[:20]:
        click.echo(f"    word    {w}")
    for p in pats[:20]:
        click.echo(f"    pattern - {' '.join(p.tokens)}  [{p.where.rule_id}]")


@codebook_group.command("search")
@click.argument("text")
@click.option("--limit", default=50, show_default=True, help="How many lines to print at most.")
@codebook_option
def search_command(text: str, limit: int, codebook: tuple[str, ...]) -> None:
    """Find codes, actors, agents, verbs and patterns containing TEXT.

    \b
    Example:
      eventcoder codebook search ambassador
    """
    for line in search(_load(codebook), text, limit):
        click.echo(line)


@codebook_group.command("actor")
@click.argument("name")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Date to resolve the code on.")
@codebook_option
def actor(name: str, day: str | None, codebook: tuple[str, ...]) -> None:
    """Which code NAME gets (on --date): the entry, its dated codes and rule id.

    \b
    Example:
      eventcoder codebook actor "Imran Khan" --date 2023-01-01
    """
    try:
        when = date.fromisoformat(day) if day else None
    except ValueError as exc:
        raise click.BadParameter(f"{day!r}: {exc} (want YYYY-MM-DD)", param_hint="--date") from None
    book = _load(codebook)
    info = find_actor(book, name, when)
    if info is None:
        fail(f"{name!r} is not in codebook {book.name} "
             "(`eventcoder codebook search TEXT` finds names that contain TEXT)")
    click.echo(f"{name} -> {info['code']} on {day or '(no date)'}  [{info['rule_id']}]")
    for d in info["dated"]:
        click.echo(f"  {d['code']:<12} {d['from'] or '...'} .. {d['to'] or '...'}")
    if info["default"]:
        click.echo(f"  {info['default']:<12} otherwise")


@codebook_group.command("lint")
@click.argument("dirs", nargs=-1, type=click.Path(exists=True, file_okay=False))
def lint(dirs: tuple[str, ...]) -> None:
    """Check a codebook: every entry, with file:line for each problem. Exit 1 on errors.

    With no DIRS, the bundled codebook; several DIRS are layered, later over earlier.

    \b
    Examples:
      eventcoder codebook lint
      eventcoder codebook lint my_codebook/
    """
    try:
        book = load_codebook(list(dirs) or None)
    except CodebookError as exc:
        for e in exc.errors:
            click.echo(e)
        click.echo(f"{len(exc.errors)} error(s)", err=True)
        sys.exit(1)
    s = codebook_stats(book)
    click.echo(f"ok: {book.name} {book.version}: {s['actor_names']:,} actor names, "
               f"{s['agent_names']:,} agent names, {s['patterns']:,} patterns, no errors")


@codebook_group.command("stats")
@codebook_option
def stats(codebook: tuple[str, ...]) -> None:
    """Counts per table, per root code, coverage of three-digit codes, newest entries.

    \b
    Example:
      eventcoder codebook stats
    """
    s = codebook_stats(_load(codebook))
    for k, v in s.items():
        if k == "per_root":
            click.echo("words+patterns per root: " + ", ".join(f"{r}:{n}" for r, n in v.items()))
        else:
            click.echo(f"{k:<28} {v:,}" if isinstance(v, int) else f"{k:<28} {v}")


@codebook_group.command("import")
@click.option("--from", "style", required=True,
              type=click.Choice(["tabari", "petrarch1", "petrarch2"]),
              help="Format of the legacy files.")
@click.argument("files", nargs=-1, required=True, type=InputPath())
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Directory to write the converted codebook to.")
@click.option("--name", help="Name of the imported codebook.")
def import_command(style: str, files: tuple[Path, ...], output: Path, name: str | None) -> None:
    """Convert TABARI / PETRARCH dictionaries (verbs, actors, agents, discards) to our format.

    Everything that could not be converted is listed in OUTPUT/IMPORT_REPORT.md.

    \b
    Example:
      eventcoder codebook import --from tabari TABARI.Demo.actors TABARI.Demo.verbs -o imported/
      eventcoder evaluate validation.jsonl --codebook imported/
    """
    from coding.legacy import import_dictionaries

    try:
        report = import_dictionaries(style, list(files), output, name=name)
    except OSError as exc:
        fail(f"{exc.filename or output}: {exc.strerror or exc}")
    click.echo(report.summary())
    click.echo(f"every line not converted, with its reason: {output / 'IMPORT_REPORT.md'}")
    try:
        load_codebook([output])
    except CodebookError as exc:
        click.echo(f"eventcoder: error: the converted codebook does not load:\n{exc}", err=True)
        sys.exit(1)


COMMANDS = [codebook_group]
