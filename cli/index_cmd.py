"""``arsip index``: ingest and index in one step, incrementally."""

from __future__ import annotations

import json
import sys

import click

from arsip.index.build import IndexReport, index_paths
from arsip.index.stemming import STEMMERS
from arsip.index.store import resolve

from .display import counted, safe
from .errors import OK, SOME_INPUTS_FAILED, index_errors
from .ingest_support import generators_text, make_options, make_report, problem_hint, problem_lines, skipped_text
from .options import index_option, ingest_options, json_option, paths_argument, problems_option
from .progress import Progress


@click.command()
@paths_argument("nothing was changed")
@index_option
@click.option("--rebuild", is_flag=True, help="Start a fresh index instead of updating.")
@click.option("--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDS", help="Wait this long for another indexing run to finish.")
@click.option("--stemmer", type=click.Choice(sorted(STEMMERS)), default="snowball", show_default=True, help="Indonesian stemmer (sastrawi needs the optional extra; takes effect with --rebuild).")
@json_option("Print the summary as JSON.")
@ingest_options
@problems_option
def index(paths, index_dir, rebuild, wait, stemmer, as_json, aliases, max_size, workers, generator, include_drafts, include_all, keep_duplicates, list_problems):
    """Build or update the search index of PATHS.

    Incremental by default: unchanged files (same sha256) are skipped, changed files
    updated, files gone from an indexed root removed. The update is one commit: if it
    is interrupted, the previous index stays as it was, and searches keep working while
    it runs. Files that cannot be read are named on stderr and keep their indexed version.
    One copy of a document found in several files is indexed (see docs/reading.md, Duplicates). A
    root indexed before with other --aliases (file content), --include-drafts,
    --include-all, --keep-duplicates or --generator is read again in full, and the summary
    says so.

    \b
    Examples:
      arsip index site-export/
      arsip index --index ~/arsip-cms site-export/ export.zip
      arsip index --rebuild site-export/
      arsip index hugo-site/ --generator hugo
      arsip index site-export/ --problems
      arsip index mirror/ --keep-duplicates
    """
    directory = resolve(index_dir)
    options = make_options(aliases, max_size, workers, generator, include_drafts, include_all, keep_duplicates)
    with Progress("index") as progress, index_errors():
        report = IndexReport(ingest=make_report(progress))
        index_paths(directory, list(paths), options, rebuild=rebuild, stemmer=stemmer, wait=wait, report=report)
    summary = report.summary()
    if as_json:
        click.echo(json.dumps({"index": str(directory), **summary}, ensure_ascii=False))
    else:
        click.echo(
            f"{safe(directory)}: {summary['added']:,} added, {summary['updated']:,} updated, {summary['removed']:,} removed, "
            f"{counted(summary['unchanged_files'], 'file')} unchanged, {summary['with_problems']:,} with problems{problem_hint(report.ingest)}, {summary['failed']:,} failed"
            + skipped_text(summary["skipped"])
            + generators_text(summary["generators"])
            + "".join(f"; every file of {safe(root)} read again ({why})" for root, why in summary["reread"].items())
            + "".join(_order_text(root, change) for root, change in summary["date_orders"].items()),
            err=True,
        )
    if list_problems:
        for line in problem_lines(report.ingest):
            click.echo(line, err=True)
    sys.exit(SOME_INPUTS_FAILED if report.failures else OK)


def _order_text(root: str, change: dict) -> str:
    """``; day/month order in ROOT now month-first for date (2 files read again)``."""
    orders = ", ".join(f"{_ORDER_WORDS.get(order, order)} for {key}" for key, order in change["orders"].items())
    return safe(f"; day/month order in {root} now {orders} ({counted(change['files_read_again'], 'file')} read again)")


_ORDER_WORDS = {"both": "the site's default (evidence both ways)", "none": "the site's default (no value shows it)"}
