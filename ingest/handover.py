"""What a run that writes its documents encoded hands on for each document: the encoded
item, its copy key and rank, and its problems, made where the document was made.

``arsip ingest`` wants each document once, as a JSON line, less its copies (see
:mod:`.duplicates`). With worker processes, a worker that sent its :class:`~.document.Document`
objects to the parent made the parent unpickle them, encode them and compute their copy
keys: work the worker can do itself. So :func:`~.pipeline.read_files` is given a
:class:`Finish`, and a worker applies it to each file's result as soon as its documents
are final: what crosses the process boundary is then, per document, a :class:`Finished`
(the encoded item, its :class:`~.duplicates.Copy` and its problems for the summary),
not the document. A document is final unless its date waits for its site's day/month
order (:mod:`.collection_dates`); such a file's documents are finished in the parent once
their date is settled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from .document import Document, Problem
from .duplicates import Copy, copy_of

if TYPE_CHECKING:
    from .results import FileResult


class Finished(NamedTuple):
    """One document as the run hands it on: ``item`` (the document as the run's ``encode``
    gives it), its :class:`~.duplicates.Copy` (no key when the run keeps copies) and its
    problems (the summary names them)."""

    item: Any
    copy: Copy
    problems: list[Problem]


def itself(document: Document) -> Document:
    """The document itself: the encoding of a run that wants :class:`Document` objects."""
    return document


@dataclass(frozen=True)
class Finish:
    """Turns the documents of a file's result into :class:`Finished` ones (in
    ``result.finished``; ``result.documents`` is emptied): each encoded with ``encode`` (a
    module-level function: it may be pickled for a worker), with a copy key unless
    ``keep_duplicates``."""

    encode: Callable[[Document], Any] = itself
    keep_duplicates: bool = False

    def __call__(self, result: FileResult) -> FileResult:
        """``result`` with its documents finished (once: a finished result stays as it is)."""
        if result.finished is None:
            keyed = not self.keep_duplicates
            result.finished = [Finished(self.encode(document), copy_of(document, keyed=keyed), document.problems) for document in result.documents]
            result.documents = []
        return result

    def if_final(self, result: FileResult) -> FileResult:
        """``result`` finished when its documents are final (no date waits for its site's
        day/month order, no tag for its host folder's site keywords, no page for the other
        addresses of its site's routes), else as it is."""
        return result if result.dates_wait or result.keywords_wait or result.addresses_wait else self(result)
