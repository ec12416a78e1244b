"""``arsip ingest``: inputs to clean documents as JSON Lines."""

from __future__ import annotations

import io
import json
import os
import stat
import sys

import click

from arsip.ingest.pipeline import read_documents

from .errors import OK, SOME_INPUTS_FAILED, USAGE, CliError
from .ingest_support import make_options, make_report, problem_lines, summary_line
from .options import ingest_options, json_option, paths_argument, problems_option
from .progress import Progress


@click.command()
@paths_argument("nothing was read")
@click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the JSON Lines here (default: stdout).")
@json_option("Print the summary as one JSON object on stdout instead of a line on stderr (needs --out: without it stdout holds the documents).")
@ingest_options
@problems_option
def ingest(paths, out, as_json, aliases, max_size, workers, generator, include_drafts, include_all, keep_duplicates, list_problems):
    """Read site exports and write one clean JSON document per line.

    PATHS are files, directories (read recursively) and .zip / .tar.gz archives of
    Markdown with front matter, plain text, HTML, WordPress exports (WXR), Blogger
    backups and RSS/Atom feeds. Encoding damage is repaired and recorded; inputs are
    never modified.

    A document found in several files (a mirror's copies, a folder copied twice, a folder
    beside its zip) is written once; the copies are counted in the summary.

    Each failed file is named on stderr with the reason, and the run goes on. A summary
    follows on stderr. Exit code 0 when every input was read, 1 when some failed, 2 when
    a path given does not exist (nothing is read or written).

    \b
    Examples:
      arsip ingest samples/ > documents.jsonl
      arsip ingest export.zip --out documents.jsonl
      arsip ingest site/ --aliases aliases.toml | jq .title
      arsip ingest tldr-pages/ --generator markdown
      arsip ingest blog-03-10-2021.xml --include-drafts
      arsip ingest site/ --out documents.jsonl --problems
      arsip ingest site/ --out documents.jsonl --json | jq .failures
      arsip ingest mirror/ --keep-duplicates > every-copy.jsonl
    """
    if as_json and not out:
        raise CliError("--json needs --out FILE: without it stdout holds the documents", USAGE)
    folder = os.path.dirname(os.path.abspath(out)) if out else None
    if folder and not os.path.isdir(folder):
        raise CliError(f"--out {out}: the folder {folder} does not exist; nothing was read", USAGE)
    options = make_options(aliases, max_size, workers, generator, include_drafts, include_all, keep_duplicates)
    options.own_outputs = _own_outputs(out)
    if out and (given := _given_as_input(paths, options.own_outputs)):
        raise CliError(f"--out {out} is the input {given}: writing would replace it; nothing was read", USAGE)
    with Progress("ingest") as progress:
        report = make_report(progress)
        lines = read_documents(paths, options, report, _json_line)
        if out:
            _write_atomically(out, lines)
        else:
            _write_lines(sys.stdout, lines)
    if as_json:
        click.echo(json.dumps({"out": os.path.abspath(out), **report.summary()}, ensure_ascii=False))
    else:
        click.echo(summary_line(report), err=True)
    if list_problems:
        for line in problem_lines(report):
            click.echo(line, err=True)
    sys.exit(SOME_INPUTS_FAILED if report.failures else OK)


def _own_outputs(out: str | None) -> frozenset[tuple[int, int]]:
    """The device and inode of the file this run writes its documents to, when it exists
    already: ``--out`` (an earlier run's), or the file stdout is redirected to."""
    try:
        found = [os.stat(out)] if out else [os.fstat(sys.stdout.fileno())]
    except (OSError, ValueError, AttributeError):  # no such file yet; a stdout with no descriptor
        return frozenset()
    return frozenset((info.st_dev, info.st_ino) for info in found if stat.S_ISREG(info.st_mode))


def _given_as_input(paths, own_outputs: frozenset[tuple[int, int]]) -> str | None:
    """The path among ``paths`` that is the output file itself, if any."""
    if not own_outputs:  # no output file yet: no input can be it
        return None
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in own_outputs:
            return path
    return None


#: Bytes of JSON Lines written to ``--out`` at a time.
WRITE_BUFFER = 1024 * 1024


def _json_line(document) -> str:
    return json.dumps(document.to_record(), ensure_ascii=False) + "\n"


def _write_lines(stream, lines) -> None:
    for line in lines:
        stream.write(line)


def _write_atomically(path: str, lines) -> None:
    """Write the lines to ``path`` atomically (a regular file is replaced only when complete)."""
    from arsip.ingest.atomic_write import atomic_output
    from arsip.ingest.errors import describe_os_error

    try:
        with atomic_output(path) as raw:
            # a large buffer: the lines go to the file in a few large writes, not one per 8 KB
            buffered = io.BufferedWriter(raw, WRITE_BUFFER)
            text = io.TextIOWrapper(buffered, encoding="utf-8")
            _write_lines(text, lines)
            text.flush()
            text.detach()
            buffered.detach()
    except OSError as error:
        raise CliError(f"cannot write {path}: {describe_os_error(error)}") from None
