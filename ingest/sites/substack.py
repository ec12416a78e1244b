"""Substack exports: ``posts.csv`` beside ``posts/<post_id>.html`` (the archive Substack
sends from Settings → Exports).

Each post's HTML file is its body alone, without a title: ``posts.csv`` says the rest,
one row a post, joined to the file by its ``post_id`` (``123456.judul-tulisan``, the file
``posts/123456.judul-tulisan.html``), as the Blogger settings of a Takeout export are read
beside its feed. The publication's address is not in the export: posts have no url.
A post is read by :mod:`..readers.substack`.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field


#: Substack's export of a publication's posts, beside its ``posts/`` folder.
POSTS_CSV = "posts.csv"
#: Set in the row of a post whose line of ``posts.csv`` lacks columns (cut off).
INCOMPLETE = "_incomplete"
#: The columns by which a ``posts.csv`` is Substack's.
_COLUMNS = frozenset(("post_id", "post_date", "is_published", "title"))


@dataclass(frozen=True)
class SubstackPosts:
    """What a Substack export's ``posts.csv`` says of each post: its row, by ``post_id``."""

    rows: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    _by_id: dict[str, tuple[tuple[str, str], ...]] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", dict(self.rows))

    def row_of(self, path: str) -> dict[str, str] | None:
        """The row of the post file at ``path`` in the export (``posts/<post_id>.html``): empty
        when ``posts.csv`` has none for it (a damaged or older ``posts.csv``); None for a file
        that is not a post's."""
        folder, _, name = path.rpartition("/")
        if folder.rsplit("/", 1)[-1] != "posts" or not name.lower().endswith(".html"):
            return None
        row = self._by_id.get(name[: -len(".html")])
        return dict(row) if row is not None else {}

    def fingerprint(self) -> str:
        """A digest of every row: an index reads the export's posts again when it changes."""
        return hashlib.sha256(repr(self.rows).encode("utf-8", "surrogatepass")).hexdigest()


def substack_posts(text: str) -> SubstackPosts:
    """The rows of a Substack ``posts.csv``; ValueError for another CSV (no such columns). A
    row that lacks columns (the file was cut off in it) says so: its :data:`INCOMPLETE` is set."""
    reader = csv.DictReader(io.StringIO(text))
    if not _COLUMNS <= set(reader.fieldnames or ()):
        raise ValueError("not a Substack posts.csv")
    rows = []
    for row in reader:
        values = {key: value.strip() for key, value in row.items() if isinstance(key, str) and isinstance(value, str)}
        if values.get("post_id"):
            cut = len(values) < len(reader.fieldnames or ())
            rows.append((values["post_id"], tuple(values.items()) + (((INCOMPLETE, "true"),) if cut else ())))
    return SubstackPosts(tuple(rows))
