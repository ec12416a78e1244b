"""A Whoosh segment writer that gathers each term's postings as documents are added.

Whoosh 2.7.4's ``SegmentWriter`` puts every posting in a pool as a tuple (field, term,
document, weight, value), sorts all of them when the segment is written, and hands them
one at a time to the postings writer, which looks up the document's field length for
each: close to a million tuples sorted and passed along one by one for a corpus of
5,000 documents, about half of the writing time. :class:`TermWriter` keeps each term's
postings together instead (documents come in order, so they are already sorted), sorts
only the terms, and writes each term's postings a block at a time (see
:class:`~.codec.WritingCodec`). The segment files are byte for byte the ones Whoosh
writes.

Memory stays bounded as in Whoosh: past ``limitmb`` the postings gathered so far go to a
temporary run on disk, sorted by term, and the runs are merged term by term at the end.
"""

from __future__ import annotations

import heapq
import pickle
from itertools import groupby
from operator import itemgetter
from typing import Iterable, Iterator

from whoosh.util import random_name
from whoosh.writing import SegmentWriter

from .codec import WritingCodec

#: Approximate bytes one posting and one new term take in memory, for the pool's limit.
POSTING_BYTES = 160
TERM_BYTES = 200

#: One term's postings: ``(document number, weight, value bytes)`` in document order.
Postings = list[tuple[int, float, bytes | None]]


class TermPool:
    """Postings gathered by field and term, spilled to sorted runs past ``limitmb``."""

    def __init__(self, tempstore, limitmb: float) -> None:
        self.tempstore = tempstore
        self.limit = limitmb * 1024 * 1024
        self.size = 0
        self.fields: dict[str, dict[bytes, Postings]] = {}
        self.runs: list[str] = []

    def add_postings(self, fieldname: str, docnum: int, items: Iterable[tuple], boost: float) -> int:
        """Add one document's postings of one field (``(term bytes, frequency, weight,
        value bytes)``, as ``field.index`` gives them); the field's length in the document."""
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        length = size = 0
        for tbytes, freq, weight, vbytes in items:
            posting = (docnum, weight * boost, vbytes)
            postings = terms.get(tbytes)
            if postings is None:
                terms[tbytes] = [posting]
                size += TERM_BYTES + len(tbytes)
            else:
                postings.append(posting)
            length += freq
            size += POSTING_BYTES + (len(vbytes) if vbytes else 0)
        self._grew(size)
        return length

    def add(self, item: tuple) -> None:
        """Add one posting ``(fieldname, term bytes, document number, weight, value
        bytes)``: how Whoosh adds the postings of segments it merges into this one."""
        fieldname, tbytes, docnum, weight, vbytes = item
        self.fields.setdefault(fieldname, {}).setdefault(tbytes, []).append((docnum, weight, vbytes))
        self._grew(POSTING_BYTES + len(tbytes) + (len(vbytes) if vbytes else 0))

    def _grew(self, size: int) -> None:
        self.size += size
        if self.size > self.limit:
            self.save()

    def _in_order(self) -> Iterator[tuple[str, bytes, Postings]]:
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for tbytes in sorted(terms):
                yield fieldname, tbytes, terms[tbytes]

    def save(self) -> None:
        """Write the postings gathered so far to a run on disk, in term order."""
        if not self.fields:
            return
        path = f"{random_name()}.run"
        with self.tempstore.create_file(path).raw_file() as run:
            for entry in self._in_order():
                pickle.dump(entry, run, pickle.HIGHEST_PROTOCOL)
        self.runs.append(path)
        self.fields, self.size = {}, 0

    def terms(self) -> Iterator[tuple[str, bytes, Postings]]:
        """Every ``(fieldname, term bytes, postings)`` in field and term order."""
        if not self.runs:
            yield from self._in_order()
            return
        self.save()
        merged = heapq.merge(*map(self._read_run, self.runs), key=itemgetter(0, 1))  # stable: earlier runs first
        for (fieldname, tbytes), parts in groupby(merged, key=itemgetter(0, 1)):
            yield fieldname, tbytes, [posting for _, _, postings in parts for posting in postings]

    def _read_run(self, path: str) -> Iterator[tuple[str, bytes, Postings]]:
        with self.tempstore.open_file(path).raw_file() as run:
            while True:
                try:
                    yield pickle.load(run)
                except EOFError:
                    return

    def cleanup(self) -> None:
        """Remove the runs on disk."""
        for path in self.runs:
            self.tempstore.delete_file(path)
        self.runs = []


class TermWriter(SegmentWriter):
    """Whoosh's ``SegmentWriter`` with postings gathered by term, written with
    :class:`~.codec.WritingCodec` (its field writer takes a term's postings at once).
    Term vectors and separate spelling fields, which arsip's schema has none of, are refused."""

    def __init__(self, ix, limitmb: float = 128, codec=None, **kwargs) -> None:
        super().__init__(ix, limitmb=limitmb, codec=codec or WritingCodec(), **kwargs)
        unsupported = [name for name, field in self.schema.items() if field.vector or field.separate_spelling()]
        if unsupported or not hasattr(self.fieldwriter, "add_term"):
            self.cancel()
            raise ValueError(f"TermWriter needs the writing codec and fields without vectors or spelling (not {unsupported})")
        self.pool = TermPool(self._tempstorage, limitmb)

    def add_document(self, **fields) -> None:
        """What ``SegmentWriter.add_document`` does, each field's postings added to the pool at once."""
        self._check_state()
        schema, perdocwriter, docnum = self.schema, self.perdocwriter, self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        for fieldname in fieldnames:
            value = fields[fieldname]
            if value is None:
                continue
            field = schema[fieldname]
            length = 0
            if field.indexed:
                length = self.pool.add_postings(fieldname, docnum, field.index(value), self._field_boost(fields, fieldname, docboost))
                if not field.scorable:
                    length = 0
            stored = fields.get(f"_stored_{fieldname}", value)
            perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
            if field.column_type and stored is not None:
                perdocwriter.add_column_value(fieldname, field.column_type, field.to_column_value(stored))
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        fieldwriter, schema = self.fieldwriter, self.schema
        current = None
        for fieldname, tbytes, postings in self.pool.terms():
            if fieldname != current:
                if current is not None:
                    fieldwriter.finish_field()
                fieldwriter.start_field(fieldname, schema[fieldname])
                current = fieldname
                field_lengths = lengths.field_lengths(fieldname) if lengths else None
            fieldwriter.add_term(tbytes, postings, field_lengths)
        if current is not None:
            fieldwriter.finish_field()
        fieldwriter.close()
        if lengths:
            lengths.close()
