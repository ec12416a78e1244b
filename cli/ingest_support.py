"""Reading inputs for the commands that ingest: options to library objects, failures to stderr."""

from __future__ import annotations

import click

from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.terms import AliasError, load_aliases

from .display import safe
from .errors import USAGE, CliError


def make_options(aliases: str | None, max_size: int, workers: int | None, generator: str | None = None) -> IngestOptions:
    """Build :class:`IngestOptions` from the shared command-line options."""
    try:
        alias_map = load_aliases(aliases) if aliases else None
    except AliasError as error:
        raise CliError(f"aliases: {error}", USAGE) from None
    return IngestOptions(aliases=alias_map, max_bytes=max_size, workers=workers, generator=generator)


def make_report(progress=None) -> IngestReport:
    """An :class:`IngestReport` that prints each failed file on stderr as it happens."""
    report = IngestReport()
    report.on_failure = lambda failure: click.echo(safe(f"arsip: {failure.path}: {failure.reason}"), err=True)
    if progress is not None:
        report.on_file = lambda path: progress.advance()
    return report


def summary_line(report: IngestReport) -> str:
    """One line that sums up an ingest run."""
    summary = report.summary()
    skipped = ", ".join(f"{count} {reason}" for reason, count in summary["skipped"].items())
    return (
        f"{summary['files_seen']:,} files, {summary['documents']:,} documents, {summary['repaired']:,} repaired, "
        f"{summary['with_problems']:,} with problems, {summary['failed']:,} failed"
        + (f"; skipped: {skipped}" if skipped else "")
    )
