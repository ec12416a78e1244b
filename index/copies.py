"""One copy of each document in an index: the copies a run reads, and those indexed before.

A run that leaves duplicates out (see :mod:`arsip.ingest.duplicates`) holds the documents
it read until every file was read and the files gone were found. Then, for each copy key,
the best copy among the run's documents and the documents still indexed (those not in a
file the run replaces or removes) is kept: a copy of the run that is not the best is left
out, and an indexed document that a better copy now beats is removed from the index.

A left-out copy must come back when the copy kept goes (deleted, or changed so that it is
no longer a copy). A file whose every document is left out is not indexed, so every run
reads it again, as it does a draft. A file that keeps some documents indexed while one of
its documents is left out (an export or feed of several items) is recorded in its root's
``copies`` (see :func:`copy_holders`), and every run reads it again too.

A feed item, AMP copy or print copy whose page is read is left out the same way (see
:mod:`arsip.ingest.feed_copies`), whether the page is read in this run or indexed before:
each indexed page, AMP or print copy and feed item has its ``address`` field, and an indexed copy
whose page a run reads now is removed. An indexed HTML page without a URL of its own is found at the
places where this run's feed items would have their pages (its ``address`` is its place);
an indexed item is found by its URL only, so such a page read now removes an indexed item
only when the item's feed is read again too.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Iterator

from arsip.ingest.duplicates import Copies, Rank, Spool, copies_of, copy_rank, kept_copies
from arsip.ingest.feed_copies import FEED_ITEM, FOLDER_PAGES, PAGE, PLACE, article_files, claim_kind, page_places, place_address
from arsip.ingest.results import FileResult

from .schema import UNIT_SEPARATOR


@dataclass
class Target:
    """Where the documents of one file go: its root, file key and the root's collection prefix."""

    root: str
    file_key: str
    collections: str | None
    #: The file was indexed before this run (its documents are updated, not added).
    known: bool
    #: The file was indexed with these very bytes, and is read again only because a document
    #: of it was left out as a copy: only the documents now kept or left out besides count.
    same: bool = False


@dataclass
class IndexCopies:
    """The documents of one run, held until it is known which copies are kept."""

    #: A searcher of the index as it was before the run (None for a new index).
    searcher: object | None
    copies: Copies = field(default_factory=Copies)
    spool: Spool = field(default_factory=Spool)
    #: Root → ids of the files that keep indexed documents while a document of theirs is left out.
    holders: dict[str, set[str]] = field(default_factory=dict)
    #: Where the pages of this run's feed items without a URL of their own would lie (see
    #: :func:`~arsip.ingest.feed_copies.page_places`): indexed pages there are their rivals.
    places: set[str] = field(default_factory=set)
    #: The file keys where the page an AMP or print copy of this run names by its file may be
    #: indexed (its place with each name a page there may have: ``x.html``, ``x/index.html``),
    #: and that place.
    page_files: dict[str, str] = field(default_factory=dict)
    #: The places of the pages that AMP or print copies of this run name by a Joomla article's
    #: id (see :func:`~arsip.ingest.feed_copies.article_files`), by the start of the file keys
    #: that may hold them: which of those files is indexed is looked up in the index's terms.
    article_places: dict[str, set[str]] = field(default_factory=dict)

    def hold(self, result: FileResult, target: Target) -> None:
        """Keep ``result`` (a file's documents) until :meth:`settle`."""
        held = copies_of(result, os.path.abspath(result.documents[0].source))
        for copy in held:
            self.copies.offer_copy(copy)
            if copy.kind != PAGE and copy.address is not None:
                self.places.update(page_places(copy.address, copy.source))
            if copy.kind not in (PAGE, FEED_ITEM) and copy.address is not None and copy.address.startswith(PLACE):
                self.page_files.update(dict.fromkeys(_file_keys(copy.address[len(PLACE) :], target.root), copy.address))
                start = _file_key_start(article_files(copy.address), target.root)
                if start is not None:
                    self.article_places.setdefault(start, set()).add(copy.address)
        self.spool.add((result, held, target))

    def settle(self, removed: set[str], removed_uids: set[str], writer, report) -> Iterator[tuple[FileResult, list[str | None], Target]]:
        """Each held result with only the copies kept, its documents' keys and where they go;
        the indexed documents beaten by a copy of this run are deleted with ``writer`` and
        counted in ``report`` (an :class:`~.build.IndexReport`). ``removed``: the file keys
        whose indexed documents this run deletes, ``removed_uids`` other documents it deletes
        (they are no rivals)."""
        try:
            for uid, (file_key, place, kept_place) in self._beaten(removed, removed_uids).items():
                writer.delete_by_term("uid", uid)
                report.removed += 1
                report.ingest.duplicates.append({"source": place, "id": uid.split(UNIT_SEPARATOR, 1)[1], "duplicate_of": kept_place})
                self._note(file_key)
            kept: set[str] = set()
            for result, held, target in self.spool:
                keep = kept_copies(held, self.copies, kept, report.ingest)
                result.documents = [document for document, wanted in zip(result.documents, keep) if wanted]
                if result.documents and not all(keep):
                    self._note(target.file_key)
                yield result, [copy.key for copy, wanted in zip(held, keep) if wanted], target
            report.ingest.forget_copies()
        finally:
            self.spool.close()

    def _beaten(self, removed: set[str], removed_uids: set[str]) -> dict[str, tuple[str, str, str]]:
        """Offer each indexed document that has the key or the address of a document of this
        run and is not in a file of ``removed`` nor in ``removed_uids``; those that are not
        the best copy of their key, and the feed items that are not kept at their address:
        uid → (file key, place, place of the copy kept)."""
        if self.searcher is None:
            return {}
        addresses = self.copies.addresses
        by_key = list(self._indexed("copy_key", self.copies.best, removed, removed_uids))
        looked_up = sorted((self.places | addresses.files.keys()) - addresses.best.keys())
        by_address = list(self._indexed("address", [*addresses.best, *looked_up], removed, removed_uids))
        self.page_files.update(self._indexed_articles())
        for file_key, (uid, _, rank, kind, _) in self._indexed("file_key", self.page_files, removed, removed_uids):
            if kind == PAGE:
                addresses.offer_file(self.page_files[file_key], rank, uid)
        for key, (uid, _, rank, _, _) in by_key:
            self.copies.offer(key, rank, uid)
        for address, (uid, _, rank, kind, size) in by_address:
            addresses.offer(address, kind, size, rank, uid)
        beaten = {uid: (file_key, rank[2], self.copies.kept_place(key)) for key, (uid, file_key, rank, _, _) in by_key if self.copies.best[key][1] != uid}
        for address, (uid, file_key, rank, kind, _) in by_address:
            if kind != PAGE and address in addresses.files and addresses.files[address][1] != uid:  # its page read now, by its file
                beaten.setdefault(uid, (file_key, rank[2], addresses.files[address][0][2]))
            elif kind != PAGE and addresses.best[address][1] != uid:
                beaten.setdefault(uid, (file_key, rank[2], addresses.kept_place(address)))
        return beaten

    def _indexed(self, field_name: str, values, removed: set[str], removed_uids: set[str]) -> Iterator[tuple[str, tuple[str, str, Rank, int, int]]]:
        """Each indexed document whose ``field_name`` is one of ``values`` and that is not in
        a file of ``removed`` nor in ``removed_uids``: (value, (uid, file key, rank, what it
        is at its address — see :func:`~arsip.ingest.feed_copies.claim_kind` —, the length of its text))."""
        reader = self.searcher.reader()
        for value in list(values):
            if (field_name, value) not in reader:
                continue
            for docnum in reader.postings(field_name, value).all_ids():
                stored = reader.stored_fields(docnum)
                if stored["file_key"] in removed or stored["uid"] in removed_uids:
                    continue
                record = json.loads(stored["record"])
                kind = claim_kind(record.get("format"), (problem["reason"] for problem in record.get("problems") or ()))
                yield value, (stored["uid"], stored["file_key"], indexed_rank(record), kind, len(record.get("text") or ""))

    def _indexed_articles(self) -> dict[str, str]:
        """The indexed files that hold the pages of :attr:`article_places` (a Joomla article
        saved under a query, whatever its parameters): file key → place. One pass over the
        index's file keys in each folder that holds such a page, not one per copy."""
        found: dict[str, str] = {}
        reader = self.searcher.reader()
        for start, places in self.article_places.items():
            for term in reader.expand_prefix("file_key", start):
                file_key = term.decode("utf-8") if isinstance(term, bytes) else term
                root, _, file_id = file_key.partition(UNIT_SEPARATOR)
                place = place_address(os.path.join(root, file_id))
                if place in places:
                    found[file_key] = place
        return found

    def _note(self, file_key: str) -> None:
        root, _, file_id = file_key.partition(UNIT_SEPARATOR)
        self.holders.setdefault(root, set()).add(file_id)


def _file_keys(place: str, root: str) -> list[str]:
    """The file keys (see :class:`Target`) of the files below ``root`` whose place (see
    :func:`~arsip.ingest.feed_copies.place_address`) is the path ``place``: ``x``, ``x.html``,
    ``x/index.html`` and the like."""
    inside = os.path.join(root, "")
    if not place.startswith(inside):
        return []
    file_id = place[len(inside) :].replace(os.sep, "/")
    names = [file_id, *(file_id + suffix for suffix in (".html", ".htm", ".xhtml")), *(f"{file_id}/{name}" for name in sorted(FOLDER_PAGES))]
    return [root + UNIT_SEPARATOR + name for name in names]


def _file_key_start(path: str | None, root: str) -> str | None:
    """What the file keys (see :class:`Target`) of the files below ``root`` whose paths start
    with ``path`` start with; None for no ``path``, or one outside ``root``."""
    inside = os.path.join(root, "")
    if path is None or not path.startswith(inside):
        return None
    return root + UNIT_SEPARATOR + path[len(inside) :].replace(os.sep, "/")


def indexed_rank(record: dict) -> Rank:
    """The copy rank of an indexed document, from its stored record (its source is absolute)."""
    item = record["id"][len(record["id"].split("#")[0]) :]
    return copy_rank(record["source"] + item, record.get("url"))


def copy_holders(recorded: list[str], read: set[str], holders: set[str]) -> list[str]:
    """A root's ``copies`` after a run: those recorded before that this run did not read,
    and those it found (``holders``), sorted."""
    return sorted({file_id for file_id in recorded if file_id not in read} | holders)
