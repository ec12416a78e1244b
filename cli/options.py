"""Options shared by several commands."""

from __future__ import annotations

import os
from pathlib import Path

import click

from arsip.ingest.limits import DEFAULT_MAX_BYTES
from arsip.ingest.paths import path_text

from .errors import USAGE, CliError


def _megabytes(ctx, param, value: float | None) -> int:
    return int(value * 1024 * 1024) if value else DEFAULT_MAX_BYTES


def ingest_options(command):
    """``--aliases``, ``--max-size``, ``--workers``, ``--generator``, ``--include-drafts``,
    ``--include-all`` and ``--keep-duplicates``: how inputs are read."""
    from arsip.ingest.sites.generators import GENERATORS  # its detection patterns: not for commands that only search

    command = click.option(
        "--keep-duplicates",
        is_flag=True,
        help="Keep every copy of a document found in several files (a mirror's index.htm beside index.html, "
        "a folder copied twice, a folder beside its zip); by default one copy is kept (see docs/reading.md, Duplicates).",
    )(command)
    command = click.option(
        "--include-all",
        is_flag=True,
        help="Also keep generated list pages and files that are not documents (file lists, placeholder titles).",
    )(command)
    command = click.option(
        "--include-drafts",
        is_flag=True,
        help="Also keep drafts (draft: true, published: false, unpublished WordPress items, Blogger drafts), marked draft: true.",
    )(command)
    command = click.option(
        "--generator",
        type=click.Choice(GENERATORS),
        default=None,
        help="Read every root as made by this site generator instead of detecting it "
        "(e.g. --generator markdown keeps {{ ... }} as text; see docs/reading.md, Site generators).",
    )(command)
    command = click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes for large inputs (default: one per core).",
    )(command)
    command = click.option(
        "--max-size",
        type=click.FloatRange(min=0.001),
        default=None,
        callback=_megabytes,
        metavar="MB",
        help=f"Refuse input files larger than this (default {DEFAULT_MAX_BYTES // 2**20} MB).",
    )(command)
    command = click.option(
        "--aliases",
        type=click.Path(exists=True, dir_okay=False),
        help="TOML file of category/tag synonyms to merge, and a [synonyms] table of search synonyms for index (see docs/reading.md, Categories and tags).",
    )(command)
    return command


def paths_argument(refused: str):
    """One or more input paths: files, directories, .zip or .tar.gz archives. A path that
    does not exist (a typo) is a usage error before anything is read or written, even
    beside paths that do; ``refused`` ends its message (``nothing was read``)."""

    def existing(ctx, param, paths: tuple[str, ...]) -> tuple[str, ...]:
        missing = next((path for path in paths if not os.path.lexists(path)), None)
        if missing is not None:  # a broken symbolic link exists: it is named as a failed input
            raise CliError(f"{path_text(missing)}: no such file or directory; {refused}", USAGE)
        return paths

    return click.argument("paths", nargs=-1, required=True, type=click.Path(), callback=existing)


def json_option(help_text: str = "Write JSON Lines instead of text."):
    """``--json`` for scripting."""
    return click.option("--json", "as_json", is_flag=True, help=help_text)


def index_option(command):
    """``--index DIR``: where the index lives (else $ARSIP_INDEX, else the per-user default)."""
    return click.option(
        "--index",
        "index_dir",
        type=click.Path(file_okay=False),
        help="Index directory (default: $ARSIP_INDEX, else the per-user data directory).",
    )(command)


def indexes_option(command):
    """``--index DIR``, repeatable: the indexes to search together (else one, as :func:`index_option`)."""
    return click.option(
        "--index",
        "index_dirs",
        multiple=True,
        type=click.Path(file_okay=False),
        help="Index directory (default: $ARSIP_INDEX, else the per-user data directory); "
        "repeat it to search several indexes at once, e.g. --index arsip-a --index arsip-b.",
    )(command)


def resolve_indexes(index_dirs: tuple[str, ...]) -> list[Path]:
    """The directories of :func:`indexes_option`: the one given ($ARSIP_INDEX or the default
    when none is), or all of them; an index named twice (under any spelling) is a usage error."""
    from arsip.index.store import resolve  # here: the commands without an index do not load Whoosh

    directories = [resolve(name) for name in index_dirs] or [resolve(None)]
    places = [directory.resolve() for directory in directories]
    twice = next((name for number, name in enumerate(index_dirs) if places[number] in places[:number]), None)
    if twice is not None:
        raise click.UsageError(f"--index {twice} names an index given before")
    return directories


def problems_option(command):
    """``--problems``: list the documents with problems, and the copies left out, one per line, after the summary."""
    return click.option(
        "--problems",
        "list_problems",
        is_flag=True,
        help="After the summary, list every document with problems on stderr, one per line: SOURCE: field: reason; "
        "then every copy left out as a duplicate: SOURCE: duplicate of KEPT.",
    )(command)
