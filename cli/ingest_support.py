"""Reading inputs for the commands that ingest: options to library objects, failures to stderr."""

from __future__ import annotations

import click

from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.terms import AliasError, load_aliases, load_synonyms

from .display import counted, safe
from .errors import USAGE, CliError


def make_options(
    aliases: str | None,
    max_size: int,
    workers: int | None,
    generator: str | None = None,
    include_drafts: bool = False,
    include_all: bool = False,
    keep_duplicates: bool = False,
) -> IngestOptions:
    """Build :class:`IngestOptions` from the shared command-line options."""
    try:
        alias_map = load_aliases(aliases) if aliases else None
        synonyms = load_synonyms(aliases) if aliases else []
    except AliasError as error:
        raise CliError(f"aliases: {error}", USAGE) from None
    return IngestOptions(
        aliases=alias_map,
        synonyms=synonyms,
        max_bytes=max_size,
        workers=workers,
        generator=generator,
        include_drafts=include_drafts,
        include_all=include_all,
        keep_duplicates=keep_duplicates,
    )


def make_report(progress=None) -> IngestReport:
    """An :class:`IngestReport` that prints each failed file on stderr as it happens."""
    report = IngestReport()
    report.on_failure = lambda failure: click.echo(safe(f"arsip: {failure.path}: {failure.reason}"), err=True)
    if progress is not None:
        report.on_file = lambda path: progress.advance()
    return report


def problem_lines(report: IngestReport) -> list[str]:
    """One line per document with problems, ``SOURCE: field: reason; field: reason``; then
    one per copy left out as a duplicate, ``SOURCE: duplicate of KEPT``."""
    return [
        safe(f"{entry['source']}{entry['id'][len(entry['id'].split('#')[0]):]}: " + "; ".join(f"{name}: {reason}" for name, reason in entry["problems"]))
        for entry in report.problem_documents
    ] + [safe(f"{entry['source']}: duplicate of {entry['duplicate_of']}") for entry in report.duplicates]


def summary_line(report: IngestReport) -> str:
    """One line that sums up an ingest run."""
    summary = report.summary()
    return (
        f"{counted(summary['files_seen'], 'file')}, {counted(summary['documents'], 'document')}, {summary['repaired']:,} repaired, "
        f"{summary['with_problems']:,} with problems{problem_hint(report)}, {summary['failed']:,} failed"
        + skipped_text(summary["skipped"])
        + generators_text(report.generators)
    )


def skipped_text(skipped: dict[str, int]) -> str:
    """``; skipped: 3 draft, 1 binary`` for a summary line (empty when nothing was skipped)."""
    return "; skipped: " + ", ".join(f"{count} {reason}" for reason, count in skipped.items()) if skipped else ""


#: Roots named with their generator in a summary line; more are counted.
NAMED_ROOTS = 5


def generators_text(generators: dict[str, str]) -> str:
    """``; generators: hugo (ekspor/situs), jekyll (ekspor/blog)`` for a summary line, when
    more than one root was read (archives and site folders inside a folder are roots)."""
    if len(generators) < 2:
        return ""
    named = [f"{generator} ({safe(root)})" for root, generator in list(generators.items())[:NAMED_ROOTS]]
    more = f" and {counted(len(generators) - NAMED_ROOTS, 'more root')}" if len(generators) > NAMED_ROOTS else ""
    return "; generators: " + ", ".join(named) + more


def problem_hint(report: IngestReport) -> str:
    """The files with problems, named in the summary: all of a few, else where to see them."""
    sources = list(dict.fromkeys(entry["source"] for entry in report.problem_documents))
    if not sources:
        return ""
    if len(sources) <= 3:
        return " (" + ", ".join(safe(source) for source in sources) + ")"
    return f" ({safe(sources[0])}, ... {len(sources) - 1:,} more: --problems lists them)"

