"""Exact duplicates: one document read from several files, and the copy that is kept.

A site export often holds the same page more than once: a crawler's mirror saves
``index.htm`` beside ``index.html``, ``halaman.html`` beside ``halaman/index.html``, a
``?p=123`` copy beside the pretty address; a whole mirror is copied twice into the input
(``situs/`` and ``situs (1)/``); a folder lies beside a zip of it. Two documents are
copies when their :func:`copy_key` is the same: the same title and text (whitespace
runs count as one space), the same date, the same URL (a mirror's copies carry the
page's canonical URL; a generator's pages are published at addresses of their own), and
the same ``fields`` (the front matter or meta tags they were read from). Nothing fuzzy: a document whose text differs in one
word is another document. A document without text is never a copy: nothing but its
metadata tells such records apart, and it is rarely all in ``fields``.

The copy kept is the first by :func:`copy_rank`: the one whose path is the address its
canonical URL names (the file a crawler saves for that URL first, then another name of
that page), then the shortest path, then the first path in sorted order. It
depends on the documents only, never on the order in which files are listed or workers
finish. :func:`without_copies` applies it to a stream of results: it must see every
document before it knows which copy to keep, so it holds the documents, encoded as they
will be written, in a spool (in memory up to :data:`SPOOL_MEMORY` bytes, then in a
temporary file) and keeps of each document only its key and rank in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import posixpath
import tempfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, NamedTuple
from urllib.parse import unquote, urlsplit

from .document import Document
from .feed_copies import FEED_ITEM, FOLDER_PAGES, PAGE, PLACE, Addresses, address_of, claim_kind, place_address
from .readers.mirror_address import named_url

if TYPE_CHECKING:
    from .results import FileResult, IngestReport

#: Why a copy is left out (its count in the summary; the report's ``duplicates`` names each one).
DUPLICATE = "duplicate of another document"
#: Bytes of encoded documents held in memory while a run's copies are sorted out; the rest waits on disk.
SPOOL_MEMORY = 8 * 1024 * 1024
#: Items of known size a :class:`Spool` pickles together, at most this many and this many bytes: a
#: pickle costs about as much for one small item as for dozens of them.
SPOOL_BATCH_ITEMS = 64
SPOOL_BATCH_BYTES = 1024 * 1024
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".php", ".md", ".markdown", ".mdx")

#: How a copy is ranked, lower kept: (how well it is at its canonical address, length of its place, place).
Rank = tuple[int, int, str]


def copy_key(document: Document) -> str | None:
    """What a copy of ``document`` has in common with it, as a digest (None for a document
    without text, which is never treated as a copy)."""
    text = " ".join(document.text.split())
    if not text:
        return None
    digest = hashlib.blake2b(digest_size=16)
    fields = json.dumps(document.fields, sort_keys=True, default=str)  # canonical: key order and escapes fixed
    for part in (" ".join(document.title.split()), text, document.date or "", document.date_end or "", named_url(document) or "", fields):
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)
    return digest.hexdigest()


def place_of(document: Document, source: str | None = None) -> str:
    """Where ``document`` was read: its source path (``source`` when given, for instance
    made absolute), with the item of a file of several documents (``export.xml#123``)."""
    item = document.id[len(document.id.split("#")[0]) :]
    return (source if source is not None else document.source) + item


def copy_rank(place: str, url: str | None) -> Rank:
    """How a document read at ``place``, with the canonical URL ``url``, ranks among its
    copies (lower is kept): by how well ``place`` is the address ``url`` names (see
    :func:`address_match`), then by the length of ``place``, then ``place`` itself."""
    return (address_match(place, url), len(place), place)


def address_match(place: str, url: str | None) -> int:
    """0 when the file at ``place`` is the one a web server (and a crawler saving its pages)
    gives for ``url``: ``halaman/index.html`` for ``https://situs.id/halaman/``,
    ``halaman.html`` for ``/halaman`` or ``/halaman.html``; 1 when it is another name for
    that page (``halaman.html`` or ``halaman/index.htm`` for ``/halaman/``); 2 when it is
    not at that address (``index.html?p=12.html``) or there is no URL, and for a file of
    several documents (``export.xml#12``)."""
    if not url or "#" in place:
        return 2
    try:
        address = unquote(urlsplit(url).path).lstrip("/")
    except ValueError:
        return 2
    path = place.replace("\\", "/")
    if not address or address.endswith("/"):
        served = address + "index.html"
    elif "." in posixpath.basename(address):
        served = address
    else:
        served = address + ".html"
    if path == served or path.endswith("/" + served):
        return 0
    return 1 if _same_page(path, address.strip("/")) else 2


def _same_page(path: str, address: str) -> bool:
    """True when ``path`` less ``index.html`` (a folder's page) or ``.html`` is the end of
    the URL path ``address`` (also less ``index.html`` or ``.html``)."""
    folder_page = posixpath.basename(path).lower() in FOLDER_PAGES
    path = posixpath.dirname(path) if folder_page else _without_suffix(path)
    if posixpath.basename(address).lower() in FOLDER_PAGES:
        address = posixpath.dirname(address)
    if not address:
        return folder_page
    address = _without_suffix(address)
    return path == address or path.endswith("/" + address)


def _without_suffix(path: str) -> str:
    for suffix in _PAGE_SUFFIXES:
        if path.lower().endswith(suffix):
            return path[: -len(suffix)]
    return path


@dataclass
class Copies:
    """The best copy of each key seen so far: its rank, and who holds it (None for a
    document of this run, else the indexed document's uid). Of equal ranks, the first
    offered stays best. The pages and feed items at each address are weighed in
    ``addresses`` (see :mod:`.feed_copies`)."""

    best: dict[str, tuple[Rank, str | None]] = field(default_factory=dict)
    addresses: Addresses = field(default_factory=Addresses)

    def offer(self, key: str | None, rank: Rank, holder: str | None = None) -> None:
        """Count a copy of ``key`` ranked ``rank``, held by ``holder``."""
        if key is not None and (key not in self.best or rank < self.best[key][0]):
            self.best[key] = (rank, holder)

    def offer_copy(self, copy: Copy) -> None:
        """Count ``copy``, a document of this run, under its key and its address (a page
        with an address of its own also under its file's place: see :attr:`Addresses.files`)."""
        self.offer(copy.key, copy.rank)
        self.addresses.offer(copy.address, copy.kind, copy.size, copy.rank)
        if copy.kind == PAGE and copy.address is not None and not copy.address.startswith(PLACE):
            self.addresses.offer_file(place_address(os.path.abspath(copy.source)), copy.rank)

    def kept_place(self, key: str) -> str:
        """Where the kept copy of ``key`` was read."""
        return self.best[key][0][2]


class Spool:
    """Results with what goes with them, held in order until all are seen: in memory up to
    :data:`SPOOL_MEMORY` bytes, then in a temporary file (removed when closed). Items are
    pickled as they come, but those of known size a batch at a time (see
    :data:`SPOOL_BATCH_ITEMS`)."""

    def __init__(self) -> None:
        self.file = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)
        self.batches = 0
        self.batch: list[Any] = []
        self.batch_bytes = 0

    def add(self, item: Any, size: int | None = None) -> None:
        """Hold ``item``, ``size`` bytes in memory (None: unknown, and pickled at once)."""
        self.batch.append(item)
        self.batch_bytes += SPOOL_BATCH_BYTES if size is None else size
        if len(self.batch) >= SPOOL_BATCH_ITEMS or self.batch_bytes >= SPOOL_BATCH_BYTES:
            self._write_batch()

    def _write_batch(self) -> None:
        if self.batch:
            pickle.dump(self.batch, self.file, protocol=pickle.HIGHEST_PROTOCOL)
            self.batches += 1
            self.batch, self.batch_bytes = [], 0

    def __iter__(self) -> Iterator[Any]:
        self._write_batch()
        self.file.seek(0)
        for _ in range(self.batches):
            yield from pickle.load(self.file)

    def close(self) -> None:
        self.file.close()


class Copy(NamedTuple):
    """What is kept in memory of a document while its copies are sorted out."""

    key: str | None
    rank: Rank
    id: str
    source: str
    repaired: bool
    has_problems: bool
    #: The page address of a page or of a copy of one (see :mod:`.feed_copies`), when keyed.
    address: str | None = None
    #: What it is at that address: a page, an AMP or print copy or a feed item (see :func:`~.feed_copies.claim_kind`).
    kind: int = PAGE
    #: The length of a copy's text (of the copies at one address, the longest is kept).
    size: int = 0


def copies_of(result: FileResult, source: str | None = None) -> list[Copy]:
    """A :class:`Copy` of each document of ``result`` (ranked by where it was read:
    ``source``, when given, instead of the documents' own)."""
    return [copy_of(document, source) for document in result.documents]


def copy_of(document: Document, source: str | None = None, keyed: bool = True) -> Copy:
    """The :class:`Copy` of ``document`` (ranked by where it was read: ``source``, when
    given, instead of its own); without a key unless ``keyed`` (a run that keeps copies)."""
    key, address = (copy_key(document), address_of(document)) if keyed else (None, None)
    rank = copy_rank(place_of(document, source), named_url(document))
    kind = claim_kind(document.format, (problem.reason for problem in document.problems))
    return Copy(
        key, rank, document.id, document.source, bool(document.repairs), bool(document.problems), address, kind, len(document.text) if kind != PAGE else 0
    )


def kept_copies(held: list[Copy], copies: Copies, kept: set[str], report: IngestReport) -> list[bool]:
    """Whether each document of one file is kept: not a copy, or the best of its key (of
    equal ranks the first, whose key goes into ``kept``), and, for a feed item, the one
    kept at its address, and for an AMP or print copy, the one kept in its page's place (see
    :mod:`.feed_copies`). Each copy left out is counted in ``report``
    (:meth:`~.results.IngestReport.leave_out_copy`): a feed item once per address."""
    decisions = []
    addresses = copies.addresses
    for copy in held:
        verdict = addresses.left_out(copy.address, copy.kind, copy.rank, copy.source) if copy.kind != PAGE and copy.address is not None else None
        if verdict is not None:
            reason, kept_place = verdict
            report.leave_out_copy(copy, kept_place, reason, copy.kind != FEED_ITEM or addresses.first(reason, copy.address))
            decisions.append(False)
            continue
        keep = copy.key is None or (copies.best[copy.key] == (copy.rank, None) and copy.key not in kept)
        if keep and copy.key is not None:
            kept.add(copy.key)
        elif not keep:
            report.leave_out_copy(copy, copies.kept_place(copy.key))
        decisions.append(keep)
    return decisions


def without_copies(results: Iterator[FileResult], report: IngestReport) -> Iterator[list[Any]]:
    """For each result of a run (counted in ``report``), in the same order, its finished
    documents' items (see :mod:`.handover`), less the copies (see the module's docstring),
    which are counted in ``report`` instead. Only the items (a JSON line costs less to hold
    than a document) and their copies' keys and ranks are held, and nothing comes out before
    the last result went in."""
    copies, spool = Copies(), Spool()
    try:
        for result in results:
            held = [finished.copy for finished in result.finished]
            for copy in held:
                copies.offer_copy(copy)
            items = [finished.item for finished in result.finished]
            spool.add((items, held), _size(items))
        kept: set[str] = set()
        for items, held in spool:
            yield [item for item, keep in zip(items, kept_copies(held, copies, kept, report)) if keep]
        report.forget_copies()
    finally:
        spool.close()


def _size(items: list[Any]) -> int | None:
    """About the bytes ``items`` hold when they are encoded (texts or bytes: their length), else None."""
    if all(isinstance(item, (str, bytes)) for item in items):
        return sum(map(len, items))
    return None
