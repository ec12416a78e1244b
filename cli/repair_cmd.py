"""``arsip repair``: fix encoding damage in the source files, safely."""

from __future__ import annotations

import json
import sys
from collections import Counter

import click

from arsip.ingest.file_repair import FileOutcome, repair_paths

from .errors import OK, SOME_INPUTS_FAILED, USAGE, CliError
from .options import json_option, paths_argument


@click.command()
@paths_argument
@click.option("--check", "mode", flag_value="check", help="Report, and exit 1 when any file would change (for CI).")
@click.option("--diff", "mode", flag_value="diff", help="Print a unified diff of what --write would do.")
@click.option("--write", "mode", flag_value="write", help="Apply the repairs (atomically, keeping a backup).")
@click.option("--backup-dir", type=click.Path(file_okay=False), help="Keep originals here, at their paths relative to the input root (default: FILE.orig beside each file).")
@click.option("--no-backup", is_flag=True, help="With --write: keep no copy of the originals.")
@click.option("--to-utf8", is_flag=True, help="Also convert files in a legacy code page (cp1252, latin-1) to UTF-8.")
@json_option("Write one JSON object per file, then a summary object.")
def repair(paths, mode, backup_dir, no_backup, to_utf8, as_json):
    """Find and fix encoding damage (mojibake) in the files themselves.

    Without a flag, only reports: each repair as FILE:LINE:COL with the damaged text,
    the repaired text and ftfy's explanation, then a summary. Only damaged spans ever
    change; line endings, BOM, front-matter formatting, quoting and comments stay byte
    for byte. Files in a legacy code page are reported and converted only with --to-utf8.

    --write replaces each file atomically (temporary file, fsync, rename); the original
    bytes are kept first as FILE.orig (or under --backup-dir). Running it twice changes
    nothing the second time.

    \b
    Examples:
      arsip repair site/                 # report
      arsip repair --check site/         # exit 1 if anything is damaged
      arsip repair --diff site/ > fix.patch
      arsip repair --write --backup-dir backups/ site/
    """
    if no_backup and mode != "write":
        raise CliError("--no-backup only goes with --write", USAGE)
    if no_backup and backup_dir:
        raise CliError("--no-backup and --backup-dir exclude each other", USAGE)
    counts = Counter()
    for outcome in repair_paths(list(paths), write=mode == "write", to_utf8=to_utf8, backup_dir=backup_dir, backup=not no_backup):
        _count(outcome, counts)
        if as_json:
            _print_json(outcome)
        elif mode == "diff":
            _print_diff(outcome)
        else:
            _print_report(outcome, mode)
    summary = {key: counts[key] for key in ("scanned", "damaged", "legacy", "repaired", "failed")}
    if as_json:
        click.echo(json.dumps({"summary": summary}))
    else:
        verb = "repaired" if mode == "write" else "would change"
        click.echo(
            f"{summary['scanned']:,} files scanned, {summary['damaged']:,} damaged, {summary['legacy']:,} in a legacy encoding, "
            f"{counts['would_change'] if mode != 'write' else summary['repaired']:,} {verb}, {summary['failed']:,} failed",
            err=True,
        )
    failed = counts["failed"] > 0
    sys.exit(SOME_INPUTS_FAILED if failed or (mode == "check" and counts["would_change"]) else OK)


def _count(outcome: FileOutcome, counts: Counter) -> None:
    if outcome.error:
        counts["failed"] += 1
        click.echo(f"arsip: {outcome.path}: {outcome.error}", err=True)
    plan = outcome.plan
    if plan is None:
        return
    counts["scanned"] += 1
    counts["damaged"] += bool(plan.repairs)
    counts["legacy"] += plan.legacy
    counts["would_change"] += plan.changes
    counts["repaired"] += outcome.written


def _print_report(outcome: FileOutcome, mode: str | None) -> None:
    plan = outcome.plan
    if plan is None:
        return
    for repair in plan.repairs:
        click.echo(f"{plan.path}:{repair.line}:{repair.column}: {repair.before!r} → {repair.after!r} ({repair.explanation})")
    if plan.legacy:
        action = "converted to UTF-8" if outcome.written else ("would be converted to UTF-8" if plan.changes else "left alone; convert with --to-utf8")
        click.echo(f"{plan.path}: legacy encoding {plan.encoding}: {action}")
    if outcome.written:
        click.echo(f"{plan.path}: repaired")


def _print_diff(outcome: FileOutcome) -> None:
    from arsip.ingest.file_repair import unified_diff

    if outcome.plan is not None:
        click.echo(unified_diff(outcome.plan), nl=False)


def _print_json(outcome: FileOutcome) -> None:
    plan = outcome.plan
    if plan is None and not outcome.error:
        return
    record = {"path": outcome.path, "error": outcome.error}
    if plan is not None:
        record.update(
            encoding=plan.encoding,
            legacy=plan.legacy,
            would_change=plan.changes,
            written=outcome.written,
            repairs=[{"line": r.line, "column": r.column, "before": r.before, "after": r.after, "explanation": r.explanation} for r in plan.repairs],
        )
    click.echo(json.dumps(record, ensure_ascii=False))
