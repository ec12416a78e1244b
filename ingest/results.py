"""What an ingest run is asked to do and what it gives back: :class:`IngestOptions`,
one :class:`FileResult` per file, and the run's :class:`IngestReport`.

Kept apart from the pipeline, which loads BeautifulSoup, ftfy and charset-normalizer, so
that the command line and the index can name these without loading it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from .document import Document, FileFailure
from .duplicates import DUPLICATE
from .limits import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from .date_sources import NumericValue
    from .duplicates import Copy
    from .handover import Finished
    from .sites.site import SiteInfo

#: Failures an :class:`IngestReport` keeps (each one is passed to its ``on_failure`` and
#: counted in ``failed``): a million empty archive members must not mean a million kept.
KEPT_FAILURES = 1000


@dataclass
class IngestOptions:
    """How to ingest: synonym aliases, size limit, worker processes (None: all cores), the
    sha256 already known for source ids (files whose bytes match are not processed), the
    site generator of every root (None: detected per root), and whether drafts
    (``include_drafts``) and list pages and non-documents (``include_all``) are kept."""

    aliases: dict[str, str] | None = None
    #: Pairs of words that mean the same (the alias file's ``[synonyms]`` table), for search.
    synonyms: list[tuple[str, str]] = field(default_factory=list)
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int | None = None
    known_sha256: dict[str, str] | None = None
    generator: str | None = None
    #: Input path (or archive, or site folder inside an input) → the generator it is read
    #: as (filled as roots are detected).
    detected: dict[str, str] = field(default_factory=dict)
    #: Archive or site folder found inside an input → what its site configuration says
    #: (filled with ``detected``).
    site_configs: dict[str, SiteInfo] = field(default_factory=dict)
    #: Archive → its built-site folders with their sources beside them, as its look found
    #: them (None: the look did not see all of its members; filled with ``detected``).
    archive_built: dict[str, frozenset[str] | None] = field(default_factory=dict)
    #: Ids of the site folders inside the input root being read that an index recorded
    #: (None: no index knows the root): the files of a site folder found now that is not
    #: among them were indexed as part of another site, so they are read again.
    recorded_sites: frozenset[str] | None = None
    include_drafts: bool = False
    include_all: bool = False
    #: The run's moment: a page its generator publishes later, or no more, is left out
    #: (see :mod:`.sites.publishing`).
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    #: Keep every copy of a document read from several files (see :mod:`.duplicates`).
    keep_duplicates: bool = False
    #: The device and inode of each file the run writes its documents to: passed over
    #: when found among the inputs (see :func:`.sources.discover`).
    own_outputs: frozenset[tuple[int, int]] = frozenset()

    def reading(self) -> dict:
        """The options that change what a file's documents are, besides the generator (kept
        per root): the alias map (by its sha256), ``include_drafts``, ``include_all`` and
        ``keep_duplicates``.
        An index records them, so a run with others reads its roots again."""
        aliases = json.dumps(self.aliases, sort_keys=True, ensure_ascii=False).encode("utf-8") if self.aliases else None
        return {
            "aliases": hashlib.sha256(aliases).hexdigest() if aliases else None,
            "include_drafts": self.include_drafts,
            "include_all": self.include_all,
            "keep_duplicates": self.keep_duplicates,
        }


#: The command-line option of each :meth:`IngestOptions.reading` entry, to name a change.
READING_OPTIONS = {"aliases": "--aliases", "include_drafts": "--include-drafts", "include_all": "--include-all", "keep_duplicates": "--keep-duplicates"}


@dataclass
class FileResult:
    """What one input file gave: documents, or the reason it gave none."""

    path: str
    source_id: str | None = None
    documents: list[Document] = field(default_factory=list)
    failure: FileFailure | None = None
    skipped: str | None = None
    #: The file's sha256 matched ``IngestOptions.known_sha256``: it was not processed.
    unchanged: bool = False
    #: Documents of the file left out (drafts, list pages, non-documents, copies), by reason. A plain
    #: dict, not a Counter: the parent unpickles every result a worker sends, and a Counter
    #: is rebuilt by Python code, a third of that time.
    left_out: dict[str, int] = field(default_factory=dict)
    #: Parts of the file that could not be read while the rest was (items of a damaged
    #: export): each is reported and counted like a failed file.
    unread: list[FileFailure] = field(default_factory=list)
    #: When the first of its documents expires (Hugo's ``expiryDate``), in UTC (ISO 8601):
    #: an index reads the file again then, to remove it. None: none expires.
    expires: str | None = None
    #: A document's text holds other files of the input (see ``RawDocument.reads_other_files``).
    reads_other_files: bool = False
    #: Documents dated from a numeric front-matter value: (index in ``documents``, value).
    numeric_dates: list[tuple[int, NumericValue]] = field(default_factory=list)
    #: The documents as the run hands them on, once finished (see :mod:`.handover`; then
    #: ``documents`` is empty); None: not finished.
    finished: list[Finished] | None = None

    @property
    def dates_wait(self) -> bool:
        """True when a document's date waits for its site's day/month order (see :mod:`.collection_dates`)."""
        return any(use.undecided for _, use in self.numeric_dates)

    @property
    def keywords_wait(self) -> bool:
        """True when its pages' tags wait for their host folder's site keywords (see :mod:`.site_keywords`)."""
        if not any(document.fields.get("keywords") for document in self.documents):  # (most files: no need to look further)
            return False
        from .site_keywords import named_keywords  # (the host folder's rules load only for a page naming keywords)

        return named_keywords(self) is not None

    @property
    def addresses_wait(self) -> bool:
        """True when a page waits for the other addresses of its site's routes (see :mod:`.shared_addresses`)."""
        from .shared_addresses import routed_address

        return any(routed_address(document) for document in self.documents)

    def expire_at(self, moment: dt.datetime) -> None:
        """Note that one of the file's documents expires at ``moment`` (aware)."""
        moment_text = moment.astimezone(dt.timezone.utc).isoformat()
        self.expires = min(self.expires, moment_text) if self.expires else moment_text

    def leave_out(self, reason: str, count: int = 1) -> None:
        """Count ``count`` documents of the file left out for ``reason``."""
        self.left_out[reason] = self.left_out.get(reason, 0) + count


@dataclass
class IngestReport:
    """Counts for the end-of-run summary, and every file that failed."""

    files_seen: int = 0
    unchanged: int = 0
    documents: int = 0
    repaired: int = 0
    with_problems: int = 0
    #: Each document with problems: its source path and id, and the problems' fields and reasons.
    problem_documents: list[dict] = field(default_factory=list)
    #: Files that failed, and parts of files that could not be read (items of a damaged
    #: export); ``failures`` keeps the first :data:`KEPT_FAILURES` of them.
    failed: int = 0
    failures: list[FileFailure] = field(default_factory=list)
    #: Each document left out as a copy of another: its ``source`` (with the item of a file of
    #: several documents), ``id``, and where the kept copy was read (``duplicate_of``).
    duplicates: list[dict] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    #: Roots whose day/month order of a date key changed from what an index recorded: root →
    #: ``{"orders": {key: day-first, month-first, both or none}, "files_read_again": n}``.
    date_orders: dict[str, dict] = field(default_factory=dict)
    #: Each root read (input, archive, site folder inside an input) → its generator.
    generators: dict[str, str] = field(default_factory=dict)
    on_failure: Callable[[FileFailure], None] | None = None
    on_file: Callable[[str], None] | None = None
    _copies_with_problems: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def add(self, result: FileResult) -> None:
        """Count one file's result."""
        self.files_seen += 1
        self.unchanged += result.unchanged
        for failure in ([result.failure] if result.failure else []) + result.unread:
            self.failed += 1
            if len(self.failures) < KEPT_FAILURES:
                self.failures.append(failure)
            if self.on_failure:
                self.on_failure(failure)
        if result.skipped:
            self.skipped[result.skipped] += 1
        self.skipped.update(result.left_out)
        if result.finished is None:
            made = [(document.source, document.id, bool(document.repairs), document.problems) for document in result.documents]
        else:
            made = [(finished.copy.source, finished.copy.id, finished.copy.repaired, finished.problems) for finished in result.finished]
        for source, document_id, repaired, problems in made:
            self.documents += 1
            self.repaired += repaired
            self.with_problems += bool(problems)
            if problems:
                self.problem_documents.append({"source": source, "id": document_id, "problems": [[problem.field, problem.reason] for problem in problems]})
        if self.on_file:
            self.on_file(result.path)

    def leave_out_copy(self, copy: Copy, kept: str, reason: str = DUPLICATE, counted: bool = True) -> None:
        """Count a document counted with its file as left out after all: a copy of the one
        read at ``kept`` (see :mod:`.duplicates`), under ``reason`` unless it was
        ``counted`` there already (a feed item of a page, see :mod:`.feed_copies`). Call
        :meth:`forget_copies` once done."""
        self.documents -= 1
        self.repaired -= copy.repaired
        self.with_problems -= copy.has_problems
        if counted:
            self.skipped[reason] += 1
        self.duplicates.append({"source": copy.rank[2], "id": copy.id, "duplicate_of": kept})
        if copy.has_problems:
            self._copies_with_problems.add((copy.source, copy.id))

    def forget_copies(self) -> None:
        """Take the copies left out off ``problem_documents``."""
        if self._copies_with_problems:
            self.problem_documents = [entry for entry in self.problem_documents if (entry["source"], entry["id"]) not in self._copies_with_problems]
            self._copies_with_problems.clear()

    def summary(self) -> dict:
        """The summary as data (for ``--json`` and the stderr line)."""
        return {
            "files_seen": self.files_seen,
            "documents": self.documents,
            "repaired": self.repaired,
            "with_problems": self.with_problems,
            "problem_documents": self.problem_documents,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "failures": self.failure_records(),
            "skipped": dict(sorted(self.skipped.items())),
            "generators": self.generators,
        }

    def failure_records(self) -> list[dict]:
        """The failures kept (see :data:`KEPT_FAILURES`) as data: ``path`` and ``reason``."""
        return [{"path": failure.path, "reason": failure.reason} for failure in self.failures]
