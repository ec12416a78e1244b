"""The Whoosh schema of an arsip index, and its version."""

from __future__ import annotations

from whoosh.analysis import RegexTokenizer
from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint

from .analysis import IndonesianAnalyzer, TermKeyTokenizer, exact_analyzer, indonesian_analyzer, inflected_analyzer, unstemmed_analyzer

#: Bumped whenever the schema or the analysis changes incompatibly.
SCHEMA_VERSION = 5
DEFAULT_STEMMER = "snowball"
#: Separators in bookkeeping terms: between the parts of one, and between several.
UNIT_SEPARATOR, RECORD_SEPARATOR = "\x1f", "\x1e"

#: Query-language names for fields (``category:laporan``, ``tag:buruh``).
FIELD_ALIASES = {"categories": ["category", "kategori"], "tags": ["tag", "label"], "author": ["penulis"], "year": ["tahun"]}


class IndonesianText(TEXT):
    """A ``TEXT`` field that writes a value's postings straight from
    :meth:`~.analysis.IndonesianAnalyzer.positions` (or, for a field without phrases,
    :meth:`~.analysis.IndonesianAnalyzer.frequencies`), without a token per word; the
    postings are the ones Whoosh's own ``TEXT`` field writes."""

    def index(self, value, **kwargs):
        if kwargs or not isinstance(value, str) or not isinstance(self.analyzer, IndonesianAnalyzer) or type(self.format) not in (Positions, Frequency):
            return super().index(value, **kwargs)
        boost = self.format.field_boost
        if type(self.format) is Positions:
            encode = self.format.encode
            return [(word.encode("utf-8"), len(positions), len(positions) * boost, encode(positions)) for word, positions in self.analyzer.positions(value).items()]
        return [(word.encode("utf-8"), count, count * boost, pack_uint(count)) for word, count in self.analyzer.frequencies(value).items()]


def copy_key_field() -> ID:
    """The field of a document's copy key (:func:`arsip.ingest.duplicates.copy_key`): its
    copies in other files have the same. Added to an index written before it existed."""
    return ID()


def address_field() -> ID:
    """The field of a page's or feed item's address (:func:`arsip.ingest.feed_copies.page_address`):
    a feed item at the address of a page is the page's copy. Added to an index written before it existed."""
    return ID()


def make_schema(stemmer: str = DEFAULT_STEMMER) -> Schema:
    """The schema: searchable text, filter and facet keys, and the stored record."""
    analyzer = indonesian_analyzer(stemmer)
    return Schema(
        uid=ID(unique=True, stored=True),  # input root + id: unique across roots
        id=ID(stored=True),
        root=ID(stored=True),
        file_key=ID(stored=True),  # input root + source file id: one file, one or more documents
        file_state=ID(),  # file_key + sha256: what is indexed, read from the terms alone
        copy_key=copy_key_field(),
        address=address_field(),
        title=IndonesianText(analyzer=analyzer, phrase=True),
        title_exact=IndonesianText(analyzer=unstemmed_analyzer(), phrase=True),
        text=IndonesianText(analyzer=analyzer, phrase=True),
        text_exact=IndonesianText(analyzer=inflected_analyzer(stemmer), phrase=False),  # derived words as written: a bonus for exact matches
        author=IndonesianText(analyzer=exact_analyzer(), phrase=True),
        categories=TEXT(analyzer=TermKeyTokenizer(), phrase=False),
        tags=TEXT(analyzer=TermKeyTokenizer(), phrase=False),
        date=DATETIME(sortable=True),
        year=ID(sortable=True),
        date_source=ID(),  # front_matter:KEY, file_name, path, feed, html_meta, text, or none
        format=ID(),
        repaired=BOOLEAN(),
        label_pairs=KEYWORD(analyzer=RegexTokenizer(f"[^{RECORD_SEPARATOR}]+")),  # key + label of each category and tag
        abbreviations=KEYWORD(analyzer=RegexTokenizer(f"[^{RECORD_SEPARATOR}]+")),  # acronym + full name of each pair stated
        record=STORED(),  # the whole ingest record, as JSON
    )
