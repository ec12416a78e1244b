"""Limits shared by ingest and the command line (kept free of heavy imports).

Each limit bounds the time or memory one hostile file can cost; docs/reliability.md
lists them with what happens when a file goes past one.
"""

#: Files larger than this are refused unless the limit is raised (``--max-size``).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

#: Front matter larger than this is not parsed (it is kept as text and reported).
MAX_FRONT_MATTER_CHARS = 2_000_000
#: Front matter nested deeper than this (lists and mappings in YAML, TOML or JSON, or
#: dotted TOML key parts) is not parsed: libyaml's C parser crashes the process on very deep
#: nesting and Python's parsers and tree walks run out of stack.
MAX_NESTING = 100
#: Parsed front matter with more values than this is refused (YAML alias bombs).
MAX_NODES = 200_000
#: Parsed front matter whose strings add up to more characters than this is refused: a
#: YAML alias repeats its anchor's value, so a small file can expand to gigabytes of text.
MAX_EXPANDED_CHARS = 8_000_000

#: How far into a tar archive's decompressed stream generator detection reads member names
#: (a tar lists its members only along its stream, so a marker such as ``_config.yml`` may
#: come last): past it detection stops, and the archive's documents say so. Reading up to
#: it costs about one more decompression of the stream (ingest reads it once anyway).
TAR_LOOK_BYTES = 1024 * 1024 * 1024

#: Files sent to a worker process as one task weigh at most this much together (a larger
#: file goes alone), so that windows of files stay small when ``--max-size`` is large.
TASK_BYTES = 8 * 1024 * 1024


def task_bytes(max_bytes: int) -> int:
    """The most bytes of files in one worker task when no file is larger than ``max_bytes``."""
    return min(max_bytes, TASK_BYTES)


def in_flight_bytes(workers: int, max_bytes: int) -> int:
    """The most bytes of input files in flight at once in a parallel run (read ahead, queued
    for a worker, or ingested and not yet passed on): two windows of files, each at most
    ``(workers + 1)`` tasks of :data:`TASK_BYTES` or one file, and one file read ahead."""
    task = task_bytes(max_bytes)
    return 2 * max((workers + 1) * task, max_bytes) + max_bytes
