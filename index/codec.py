"""The Whoosh codec arsip writes with: Whoosh's own, with the field lengths read once.

When a writer turns its sorted postings into a segment, Whoosh looks up the length of the
posting's field in its document for every posting: a read of the segment's length column
(and, for a field without lengths, such as an id, a check that its file exists) per
posting, about a tenth of a build's writing time. :class:`WritingCodec` reads each
field's lengths once instead. The postings written are the same, and the segments name
Whoosh's own codec, so readers never see this one.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3PerDocReader, W3Segment, _lenfield
from whoosh.util.numeric import byte_to_length


class _LoadedLengths(W3PerDocReader):
    """A per-document reader whose field lengths come from columns read in whole."""

    def __init__(self, storage, segment):
        super().__init__(storage, segment)
        self._loaded: dict[str, list[int] | None] = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        try:
            lengths = self._loaded[fieldname]
        except KeyError:
            reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            lengths = self._loaded[fieldname] = None if reader is None else [byte_to_length(byte) for byte in reader]
        return default if lengths is None else lengths[docnum]


class WritingCodec(W3Codec):
    """Whoosh's codec for writers (pass it as ``codec=``): segments it writes are plain
    Whoosh segments; only the length look-ups of writing are faster."""

    def per_document_reader(self, storage, segment):
        return _LoadedLengths(storage, segment)

    def new_segment(self, storage, indexname):
        return W3Segment(W3Codec(self._blocklimit, self._compression, self._inlinelimit), indexname)
