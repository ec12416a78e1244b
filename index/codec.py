"""The Whoosh codec arsip writes with: Whoosh's own, with the field lengths read once and
a term's postings written a block at a time.

When a writer turns its sorted postings into a segment, Whoosh looks up the length of the
posting's field in its document for every posting: a read of the segment's length column
(and, for a field without lengths, such as an id, a check that its file exists) per
posting, about a tenth of a build's writing time. :class:`WritingCodec` reads each
field's lengths once instead. Its field writer also takes all the postings of a term at
once (:meth:`TermFieldWriter.add_term`, used by :class:`~.term_writer.TermWriter`) and
fills each block of 128 postings in one step rather than posting by posting. The
postings written are the same, byte for byte, and the segments name Whoosh's own codec,
so readers never see this one.
"""

from __future__ import annotations

from array import array

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3FieldWriter, W3PerDocReader, W3PostingsWriter, W3Segment, _lenfield
from whoosh.util.numeric import byte_to_length


class _LoadedLengths(W3PerDocReader):
    """A per-document reader whose field lengths come from columns read in whole."""

    def __init__(self, storage, segment):
        super().__init__(storage, segment)
        self._loaded: dict[str, list[int] | None] = {}

    def field_lengths(self, fieldname: str) -> list[int] | None:
        """The length of ``fieldname`` in each document, by document number (None: the
        field records no lengths)."""
        try:
            return self._loaded[fieldname]
        except KeyError:
            reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            lengths = self._loaded[fieldname] = None if reader is None else [byte_to_length(byte) for byte in reader]
            return lengths

    def doc_field_length(self, docnum, fieldname, default=0):
        lengths = self.field_lengths(fieldname)
        return default if lengths is None else lengths[docnum]


class _BlockPostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer that can also take a term's postings a block at a time."""

    def add_block_postings(self, postings: list[tuple], lengths: list[int]) -> None:
        """Add ``postings`` (``(document number, weight, value bytes)``, in document order)
        whose documents have the field lengths ``lengths``: the blocks and statistics
        ``add_posting`` for each would give."""
        limit = self._blocklimit
        for start in range(0, len(postings), limit):
            if self._ids:  # the previous block is full: written before the next posting, as add_posting does
                self._write_block()
            ids, weights, values = zip(*postings[start : start + limit])
            self._ids = array("I", ids)
            self._weights = array("f", weights)
            self._values = [value for value in values if value]
            highest = max(weights)
            self._maxweight = highest if highest > 0 else 0
            present = [length for length in lengths[start : start + limit] if length]
            self._minlength = min(present) if present else None
            self._maxlength = max(present) if present else 0


class TermFieldWriter(W3FieldWriter):
    """Whoosh's field writer that can also take all the postings of a term at once."""

    def add_term(self, tbytes: bytes, postings: list[tuple], lengths: list[int] | None) -> None:
        """Write the term ``tbytes`` of the current field with its ``postings``
        (``(document number, weight, value bytes)``, in document order); ``lengths``: the
        field's length in each document by number (None: no lengths)."""
        self.start_term(tbytes)
        self._postwriter.add_block_postings(postings, [lengths[docnum] for docnum, _, _ in postings] if lengths else [0] * len(postings))
        self.finish_term()


class WritingCodec(W3Codec):
    """Whoosh's codec for writers (pass it as ``codec=``): segments it writes are plain
    Whoosh segments; only the writing is faster."""

    def per_document_reader(self, storage, segment):
        return _LoadedLengths(storage, segment)

    def field_writer(self, storage, segment):
        return TermFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return _BlockPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids, compression=self._compression, inlinelimit=self._inlinelimit)

    def new_segment(self, storage, indexname):
        return W3Segment(W3Codec(self._blocklimit, self._compression, self._inlinelimit), indexname)
