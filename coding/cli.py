"""The `eventcoder` command line: thin wrappers over the documented Python functions.

Exit codes: 0 success; 1 fatal error (unreadable input, unwritable output,
invalid data); 2 usage error; 3 finished, but some records were rejected.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from coding import __version__
from coding.codebook import CodebookError

EXIT_OK, EXIT_FATAL, EXIT_USAGE, EXIT_REJECTS = 0, 1, 2, 3

codebook_option = click.option(
    "--codebook", "codebook", multiple=True, metavar="DIR",
    help="Codebook directory (default: the bundled one); repeat to layer, later over "
         "earlier: --codebook default --codebook my_additions/.")


def fail(message: str) -> None:
    """Print a one-line error and exit 1: no traceback for expected failures."""
    click.echo(f"eventcoder: error: {message}", err=True)
    sys.exit(EXIT_FATAL)


class InputPath(click.Path):
    """A file or directory the command reads. A missing one is a fatal error (exit 1,
    `eventcoder: error: PATH: no such file or directory`), the same in every command
    as for `eventcoder code`, rather than click's usage error."""

    def __init__(self, **kwargs) -> None:
        super().__init__(exists=False, path_type=Path, **kwargs)

    def convert(self, value, param, ctx) -> Path:
        path = super().convert(value, param, ctx)
        if not os.path.lexists(path):
            fail(f"{value}: no such file or directory")
        return path


def _one_line(exc: Exception) -> str:
    """The message of an expected failure; a codebook's single error on its own line."""
    if isinstance(exc, CodebookError) and len(exc.errors) == 1:
        return f"codebook: {exc.errors[0]}"
    return str(exc) if isinstance(exc, CodebookError) else str(exc).splitlines()[0]


def _plural(n: int, noun: str) -> str:
    """'1 document', '2,000 documents': the run summary is read by people."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _inputs_rejected(n: int) -> str:
    """'1 input rejected (empty or unreadable), ' in the summary, or nothing: such an
    input holds no document, so it is not among the documents counted."""
    return f"{_plural(n, 'input')} rejected (empty or unreadable), " if n else ""


#: Commands that live in their own modules (each a thin layer too), imported only when
#: used: some need pandas and pandera, which `eventcoder code` does not.
LAZY_COMMANDS = {"evaluate": "coding.evaluate", "codebook": "coding.codebook_cli",
                 "publish": "coding.publish", "export": "coding.export", "dedup": "coding.dedup"}


class _LazyGroup(click.Group):
    """A group that imports a command's module when the command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command for --help, without importing the lazy ones' modules."""
        from importlib.util import find_spec

        present = {n for n, m in LAZY_COMMANDS.items() if find_spec(m) is not None}
        return sorted({*super().list_commands(ctx), *present})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        """The command `name`, importing its module first when it is a lazy one."""
        if name not in self.commands and name in LAZY_COMMANDS:
            import importlib

            try:
                module = importlib.import_module(LAZY_COMMANDS[name])
            except ModuleNotFoundError as exc:
                if exc.name != LAZY_COMMANDS[name]:
                    raise
                return None  # a module left out of this install
            for cmd in module.COMMANDS:
                self.add_command(cmd)
        return super().get_command(ctx, name)


@click.group(cls=_LazyGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="eventcoder")
def main() -> None:
    """Code news text into CAMEO political events and publish them as Parquet.

    \b
    Quick start:
      eventcoder code examples/news.jsonl -o events.parquet
      eventcoder stats events.parquet
      eventcoder explain "Pakistan recalled its ambassador from Iran." --date 2024-01-17
    """


def _jobs(value: str) -> int:
    """The --jobs value as a worker count: a number of at least 1, or 'auto' for the CPUs."""
    if value == "auto":
        return os.cpu_count() or 1
    try:
        n = int(value)
    except ValueError:
        raise click.BadParameter("must be a number or 'auto'", param_hint="--jobs") from None
    if n < 1:
        raise click.BadParameter("must be at least 1", param_hint="--jobs")
    return n


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Output Parquet file (or dataset directory with --partition-by).")
@click.option("--id-field", default="id", show_default=True, help="Field holding the document id.")
@click.option("--text-field", default="text", show_default=True, help="Field holding the text.")
@click.option("--date-field", default="date", show_default=True,
              help="Field holding the ISO date (YYYY-MM-DD).")
@click.option("--date", "default_date", metavar="YYYY-MM-DD",
              help="Date for documents that have none.")
@click.option("--keep", multiple=True, metavar="FIELD",
              help="Carry an input field into the output as doc_FIELD (repeatable).")
@click.option("--no-text", is_flag=True, help="Leave the sentence text out of the output.")
@click.option("--partition-by", type=click.Choice(["year", "month"]),
              help="Write a hive-partitioned dataset directory instead of one file.")
@click.option("--rejects", "rejects_path", type=click.Path(path_type=Path),
              help="Where rejected records go (default: beside OUTPUT, events.rejects.jsonl "
                   "for events.parquet).")
@click.option("--jobs", default="1", show_default=True, metavar="N|auto",
              help="Worker processes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Run locally or on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (default: start a local cluster).")
@click.option("--reproducible", is_flag=True,
              help="Fix the creation time in the metadata so reruns are byte-identical.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line and no summary.")
@codebook_option
def code(inputs: tuple[Path, ...], output: Path, id_field: str, text_field: str, date_field: str,
         default_date: str | None, keep: tuple[str, ...], no_text: bool, partition_by: str | None,
         rejects_path: Path | None, jobs: str, engine: str, scheduler: str | None,
         reproducible: bool, quiet: bool, codebook: tuple[str, ...]) -> None:
    """Code documents into events: INPUT... are .jsonl(.gz), .csv, .parquet, .txt or directories.

    \b
    Examples:
      eventcoder code examples/news.jsonl -o events.parquet
      eventcoder code articles/ --date 2024-01-17 -o events.parquet
      eventcoder code news.csv --text-field body --keep url -o events.parquet
      eventcoder code big.jsonl.gz --jobs auto --partition-by year -o events/
    """
    from coding.events import keep_column
    from coding.io import Fields, InputError, parse_date
    from coding.pipeline import Options, run_code
    from coding.progress import Progress

    if default_date:
        try:
            parse_date(default_date)
        except ValueError as exc:
            raise click.BadParameter(f"{default_date!r}: {exc}", param_hint="--date") from None
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    options = Options(
        fields=Fields(id_field, text_field, date_field, tuple(keep), default_date),
        codebook=tuple(codebook), with_text=not no_text, jobs=_jobs(jobs),
        partition_by=partition_by or ("year" if engine == "dask" else None),
        reproducible=reproducible, engine=engine, scheduler=scheduler)
    progress = Progress(enabled=False if quiet else None)
    try:
        summary = run_code(list(inputs), output, options, rejects_path=rejects_path,
                           progress=progress)
    except (InputError, CodebookError) as exc:
        progress.close()
        fail(_one_line(exc))
    except KeyboardInterrupt:
        progress.close()
        fail("interrupted; nothing was written")
    except OSError as exc:  # e.g. the disk filled up while writing: the output is untouched
        progress.close()
        fail(f"{exc}; nothing was written")
    progress.close()
    if not quiet:
        rate = summary.sentences / summary.seconds if summary.seconds else 0
        for name in summary.keep_missing:
            click.echo(f"warning: --keep {name}: no document has this field, so the column "
                       f"{keep_column(name)} is empty (field names are case-sensitive)",
                       err=True)
        click.echo(
            f"{_plural(summary.documents, 'document')} ({summary.coded:,} coded, "
            f"{summary.rejected:,} rejected), {_inputs_rejected(summary.inputs_rejected)}"
            f"{_plural(summary.sentences, 'sentence')}, "
            f"{_plural(summary.events, 'event')} in {summary.seconds:.2f} s "
            f"({rate:,.0f} sentences/s) -> {output}", err=True)
        if summary.reject_total:
            from coding.pipeline import default_rejects_path

            where = rejects_path or default_rejects_path(output)
            click.echo(f"{_plural(summary.reject_total, 'reject')} written to {where}", err=True)
    sys.exit(EXIT_REJECTS if summary.reject_total else EXIT_OK)


@main.command()
@click.argument("path", type=InputPath())
@codebook_option
def validate(path: Path, codebook: tuple[str, ...]) -> None:
    """Check a Parquet file or dataset against the event schema.

    Exit 0 when valid, 1 when not.

    \b
    Example:
      eventcoder validate events.parquet
    """
    from coding.validate import validate_path

    table = None
    if codebook:
        from coding.compiled import load_compiled

        try:
            table = load_compiled(codebook).events
        except CodebookError as exc:
            fail(_one_line(exc))
    report = validate_path(path, table)
    click.echo(report.text())
    sys.exit(EXIT_OK if report.valid else EXIT_FATAL)


@main.command()
@click.argument("path", type=InputPath())
@click.option("--top", default=10, show_default=True, help="How many dyads to list.")
def stats(path: Path, top: int) -> None:
    """Counts by root code, QuadClass, year and the top dyads of an event file.

    \b
    Example:
      eventcoder stats events.parquet
    """
    from coding.stats import stats_text

    try:
        click.echo(stats_text(path, top=top))
    except (OSError, ValueError) as exc:
        fail(f"{path}: {exc}")


@main.command()
@click.argument("text")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Date of the sentence.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
@click.option("--context", multiple=True, metavar="SENTENCE",
              help="A sentence of the story before TEXT (repeat, in order): its actors are "
                   "what pronouns and definite roles of TEXT refer to.")
@codebook_option
def explain(text: str, day: str | None, as_json: bool, context: tuple[str, ...],
            codebook: tuple[str, ...]) -> None:
    """Show how the coder reads TEXT: tokens, actors, verbs, patterns, events and rejections.

    \b
    Example:
      eventcoder explain "Iranian jets struck Pakistan." --date 2024-01-16
      eventcoder explain "He condemned the attack." --context "Putin met Erdogan."
    """
    from coding.explain import explain as run_explain
    from coding.explain import render

    if not text.strip():
        raise click.BadParameter("empty: give the sentence to explain, in quotes",
                                 param_hint="TEXT")
    try:
        result = run_explain(text, day, codebook or None, context=context)
    except CodebookError as exc:
        fail(_one_line(exc))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--date") from None
    click.echo(json.dumps(result, indent=2, ensure_ascii=False) if as_json else render(result))


if __name__ == "__main__":
    main()
