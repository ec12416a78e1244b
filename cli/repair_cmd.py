"""``arsip repair``: fix encoding damage in the source files, safely."""

from __future__ import annotations

import json
import sys
from collections import Counter

import click

from arsip.repair.files import ARCHIVE_NOT_REWRITTEN, FileOutcome, WriteOptions, backup_dir_conflict, repair_paths

from .display import counted, safe
from .errors import OK, SOME_INPUTS_FAILED, USAGE, CliError
from .ingest_support import skipped_text
from .options import json_option, paths_argument


@click.command()
@paths_argument("nothing was changed")
@click.option("--check", "mode", flag_value="check", help="Report, and exit 1 when any file would change (for CI).")
@click.option("--diff", "mode", flag_value="diff", help="Print a unified diff of what --write would do.")
@click.option("--write", "mode", flag_value="write", help="Apply the repairs (atomically, keeping a backup).")
@click.option("--backup-dir", type=click.Path(file_okay=False), help="Keep originals here, at their paths relative to the input root (default: FILE.orig beside each file).")
@click.option("--no-backup", is_flag=True, help="With --write: keep no copy of the originals.")
@click.option("--break-links", is_flag=True, help="With --write: also repair files with several hard links (only the name given is repaired; the other names keep the damage).")
@click.option("--to-utf8", is_flag=True, help="Also convert files in a legacy code page (cp1252, latin-1) to UTF-8, and make a UTF-8 file that declares another encoding (<meta charset>, <?xml encoding>) declare UTF-8.")
@json_option("Write one JSON object per file, then a summary object.")
def repair(paths, mode, backup_dir, no_backup, break_links, to_utf8, as_json):
    """Find and fix encoding damage (mojibake) in the files themselves.

    Without a flag, only reports: each repair as FILE:LINE:COL with the damaged text,
    the repaired text and the steps that repair it, then a summary. Damage whose repair
    would lose text or still look damaged is reported as unrepairable and never written. Only damaged spans ever
    change; line endings, BOM, front-matter formatting, quoting and comments stay byte
    for byte. Files in a legacy code page, and UTF-8 files that declare another encoding,
    are reported, and converted (their declaration with them) only with --to-utf8.

    --write replaces each file atomically (temporary file, fsync, rename), keeping its
    mode, owner and group; the original bytes are kept first as FILE.orig (or under
    --backup-dir, which must lie outside every input). A file edited while repair runs
    is left as it was (run again); a hard-linked file is left alone unless --break-links
    (the report, --check and --diff name such files). Archive members are checked and
    reported (site.zip!/path), never rewritten: --write skips an archive, saying so.
    Running it twice changes nothing the second time.

    Exit codes: 0 done, 1 some file failed or changed during the run (or --check found
    damage), 2 usage error (a path given that does not exist: nothing is read).

    \b
    Examples:
      arsip repair site/                 # report
      arsip repair --check site/         # exit 1 if anything is damaged
      arsip repair --diff site/ > fix.patch
      arsip repair --write --backup-dir backups/ site/
      arsip repair --write --to-utf8 ekspor.xml   # also to UTF-8, declaration too
    """
    if no_backup and mode != "write":
        raise CliError("--no-backup only goes with --write", USAGE)
    if no_backup and backup_dir:
        raise CliError("--no-backup and --backup-dir exclude each other", USAGE)
    if break_links and mode != "write":
        raise CliError("--break-links only goes with --write", USAGE)
    if backup_dir and (root := backup_dir_conflict(list(paths), backup_dir)):
        raise CliError(f"--backup-dir {backup_dir} lies inside the input {root}: its backups would be read as inputs; choose a folder outside it", USAGE)
    options = WriteOptions(write=mode == "write", to_utf8=to_utf8, backup_dir=backup_dir, backup=not no_backup, break_links=break_links)
    counts, skipped = Counter(), Counter()
    for outcome in repair_paths(list(paths), options):
        _count(outcome, counts)
        if outcome.skipped:
            skipped[outcome.skipped] += 1
        if as_json:
            _print_json(outcome)
        elif mode == "diff":
            _print_diff(outcome)
        else:
            _print_report(outcome, mode, to_utf8)
    summary = {key: counts[key] for key in ("scanned", "damaged", "legacy", "misdeclared", "would_change", "repaired", "unrepairable", "hard_linked", "in_archive", "changed", "failed")}
    summary["skipped"] = dict(skipped)
    if as_json:
        click.echo(json.dumps({"summary": summary}))
    else:
        verb = "repaired" if mode == "write" else "would change"
        click.echo(
            f"{counted(summary['scanned'], 'file')} scanned, {summary['damaged']:,} damaged, {summary['legacy']:,} in a legacy encoding, "
            + (f"{summary['misdeclared']:,} UTF-8 declaring another encoding, " if summary["misdeclared"] else "")
            + f"{summary['would_change'] if mode != 'write' else summary['repaired']:,} {verb}, {_left_alone(summary, mode)}{summary['failed']:,} failed"
            + (f", {counted(summary['unrepairable'], 'damaged span')} unrepairable" if summary["unrepairable"] else "")
            + skipped_text(summary["skipped"]),
            err=True,
        )
    failed = counts["failed"] + counts["changed"] > 0
    sys.exit(SOME_INPUTS_FAILED if failed or (mode == "check" and counts["would_change"]) else OK)


def _left_alone(summary: dict, mode: str | None) -> str:
    """The summary's clause for files left alone on purpose, or that --write would leave
    alone (empty when there are none)."""
    parts = [f"{summary['hard_linked']:,} hard-linked"] if summary["hard_linked"] else []
    parts += [f"{summary['in_archive']:,} in an archive"] if summary["in_archive"] else []
    parts += [f"{summary['changed']:,} changed during the run"] if summary["changed"] else []
    verb = "left alone" if mode == "write" else "--write would leave alone"
    return f"{verb}: {', '.join(parts)}, " if parts else ""


def _count(outcome: FileOutcome, counts: Counter) -> None:
    if outcome.error:
        counts["failed"] += 1
        click.echo(safe(f"arsip: {outcome.path}: {outcome.error}"), err=True)
    if outcome.left_alone:
        counts[outcome.left_alone.key] += 1
        click.echo(safe(f"arsip: {outcome.path}: {outcome.left_alone}"), err=True)
    if outcome.skipped == ARCHIVE_NOT_REWRITTEN:  # one line per archive: its members were not checked
        click.echo(safe(f"arsip: {outcome.path}: {outcome.skipped}"), err=True)
    plan = outcome.plan
    if plan is None:
        return
    counts["scanned"] += 1
    counts["damaged"] += bool(plan.repairs or plan.unrepairable)
    counts["unrepairable"] += len(plan.unrepairable)
    counts["legacy"] += plan.legacy
    counts["misdeclared"] += plan.misdeclared is not None
    counts["would_change"] += plan.changes
    counts["repaired"] += outcome.written


def _print_report(outcome: FileOutcome, mode: str | None, to_utf8: bool) -> None:
    plan = outcome.plan
    if plan is None:
        return
    for repair in plan.repairs:
        click.echo(safe(f"{plan.path}:{repair.line}:{repair.column}: {repair.before!r} → {repair.after!r} ({repair.explanation})"))
    for damage in plan.unrepairable:
        click.echo(safe(f"{plan.path}:{damage.line}:{damage.column}: {damage.before!r} unrepairable, left as it was ({damage.reason})"))
    if plan.legacy:
        action = "converted to UTF-8" if outcome.written else ("would be converted to UTF-8" if plan.changes else "left alone; convert with --to-utf8")
        click.echo(safe(f"{plan.path}: legacy encoding {plan.encoding}: {action}"))
    if plan.undefined:
        click.echo(safe(f"{plan.path}: {plan.undefined}"))
    if plan.misdeclared:
        action = "left alone; make it say utf-8 with --to-utf8" if not to_utf8 else "changed to utf-8" if outcome.written else "would be changed to utf-8"
        click.echo(safe(f"{plan.path}: UTF-8, but declares {plan.misdeclared}: declaration {action}"))
    if outcome.written:
        click.echo(safe(f"{plan.path}: repaired"))


def _print_diff(outcome: FileOutcome) -> None:
    from arsip.repair.files import unified_diff

    if outcome.plan is not None and not outcome.in_archive:  # patch could not apply it to an archive
        click.echo(unified_diff(outcome.plan), nl=False)


def _print_json(outcome: FileOutcome) -> None:
    plan = outcome.plan
    record = {"path": outcome.path, "error": outcome.error, "left_alone": str(outcome.left_alone) if outcome.left_alone else None}
    if outcome.skipped:
        record["skipped"] = outcome.skipped
    if plan is not None:
        record.update(
            encoding=plan.encoding,
            legacy=plan.legacy,
            misdeclared=plan.misdeclared,
            undefined=plan.undefined,
            would_change=plan.changes,
            written=outcome.written,
            repairs=[{"line": r.line, "column": r.column, "before": r.before, "after": r.after, "steps": r.steps} for r in plan.repairs],
            unrepairable=[{"line": u.line, "column": u.column, "before": u.before, "attempt": u.attempt, "reason": u.reason} for u in plan.unrepairable],
        )
    click.echo(json.dumps(record, ensure_ascii=False))
