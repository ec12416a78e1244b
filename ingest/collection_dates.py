"""Day/month order of numeric dates, decided per collection instead of per value.

A collection is one front-matter date key within one site: an input root, a site folder
inside it (:class:`~.sites.generators.NestedSites`) or an archive (each a site of its own, so an
Indonesian site beside an American export in one folder keeps its own order). If any of its values has a
first part over 12 it is day-first; if any has a second part over 12 it is month-first; a
folder or file-name date that agrees with one order of a value counts the same way. With
evidence one way, every ambiguous value (``05/07/2021``) is read that way; with evidence
both ways, or none, the site's language default is used and each ambiguous value gets a
``date`` problem saying so. Files with ambiguous values are held back until their root
has been read, then released with their dates settled.

The evidence is kept per file (date key → ``day-first``, ``month-first`` or ``ambiguous``),
so an index can record it with the site folders it was grouped by (:class:`RootDates`): an
incremental run starts from the recorded evidence, replaces that of the files it reads and
drops that of files gone, and when the verdict that applied to an unchanged file's ambiguous
value changes (its site's evidence changed, or the file now belongs to another site), the
file is read again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .date_sources import NumericValue
from .dates import DAY_FIRST, MONTH_FIRST
from .document import Document, Problem
from .sources import lies_within

AMBIGUOUS = "ambiguous"
#: What one file's numeric dates show: date key → ``day-first``, ``month-first`` or ``ambiguous``.
FileEvidence = dict[str, str]
#: Date key → ``day-first``, ``month-first``, ``both`` (evidence both ways) or ``none``.
Verdicts = dict[str, str]


@dataclass
class RootDates:
    """What an index records of one input root's numeric dates: each file's evidence (file
    id → :data:`FileEvidence`), and the ids of the site folders inside the root that had
    verdicts of their own (archives always do). ``sites`` None: the whole root had one
    verdict (an index written before sites had their own)."""

    files: dict[str, FileEvidence] = field(default_factory=dict)
    sites: list[str] | None = field(default_factory=list)


def site_of(file_id: str, sites: frozenset[str] | None) -> str:
    """The site whose verdict applies to the file ``file_id``: the archive it is a member of,
    else the nearest of the site folders ``sites`` above it, else ``""`` (the input root's
    own files); always ``""`` when ``sites`` is None (one verdict for the whole root)."""
    if sites is None:
        return ""
    archive = file_id.find("!/")
    if archive >= 0:
        return file_id[:archive]
    folder = file_id
    while (cut := folder.rfind("/")) > 0:
        folder = folder[:cut]
        if folder in sites:
            return folder
    return ""


@dataclass
class CollectionDates:
    """The evidence of one root's files, and the results waiting for their site's verdict.

    ``recorded`` is what an index recorded of the root (:class:`RootDates`)."""

    recorded: RootDates = field(default_factory=RootDates)
    held: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.files = {file_id: dict(evidence) for file_id, evidence in self.recorded.files.items()}
        #: The recorded grouping and verdicts (site → date key → verdict), and the grouping
        #: of this run (known once the root is walked, see :meth:`finish`).
        self.sites_before = None if self.recorded.sites is None else frozenset(self.recorded.sites)
        self.verdicts_before = _verdicts(self.files, self.sites_before)
        self.sites: frozenset[str] | None = frozenset()
        #: Recorded files not seen in this run yet, and the ids of the files that failed
        #: while there were such files (a failed folder or archive keeps its files'
        #: evidence). A file read in this run needs neither, so a run over a million new
        #: files keeps no id of them.
        self.unseen: set[str] = set(self.files)
        self.failed: list[str] = []
        #: Held unchanged files: id → place in ``held``.
        self.waiting: dict[str, int] = {}

    def add(self, result) -> bool:
        """Count ``result``'s numeric dates as evidence; True when it must wait for the
        verdict (an unchanged file waits when its recorded value is ambiguous). A file read
        again (see :meth:`finish`) takes the place of its unchanged result, even when it
        cannot be read now."""
        file_id = result.source_id
        self.unseen.discard(file_id)
        if result.failure:
            if self.unseen:
                self.failed.append(file_id or "")
            wait = False
        elif result.unchanged:
            wait = AMBIGUOUS in self.files.get(file_id, {}).values()
        else:
            wait = self._count(file_id, result.numeric_dates)
        replaced = None if result.unchanged else self.waiting.pop(file_id, None)
        if replaced is not None:
            self.held[replaced] = result
            return True
        if wait:
            if result.unchanged:
                self.waiting[file_id] = len(self.held)
            self.held.append(result)
        return wait

    def _count(self, file_id: str | None, numeric_dates: list[tuple[int, NumericValue]]) -> bool:
        evidence: FileEvidence = {}
        for _, use in numeric_dates:
            proof = use.parts.evidence() or use.agrees_with or (AMBIGUOUS if use.parts.ambiguous else None)
            if proof and evidence.get(use.key, AMBIGUOUS) == AMBIGUOUS:  # 05/05/2021 reads the same both ways
                evidence[use.key] = proof
        if file_id is not None:
            self.files.pop(file_id, None)
            if evidence:
                self.files[file_id] = evidence
        return any(use.undecided for _, use in numeric_dates)

    def finish(self, walked: bool, sites: Iterable[str] | None) -> tuple[set[str], dict[str, Verdicts]]:
        """Close the root's evidence, grouped by the site folders ``sites`` (ids) found in
        it (None: as recorded, for a run that did not walk the root's folders): when the
        whole root was ``walked``, the evidence of files no longer there is dropped (a failed
        file or folder keeps its own). Returns the unchanged files to read
        again (the verdict for their ambiguous value is not the one they were read with) and,
        for each site, the new verdict of each key whose verdict changed for files recorded
        before (their site's evidence changed, or they belong to another site now)."""
        if walked:
            for file_id in self.unseen:
                if not any(lies_within(file_id, failed) for failed in self.failed):
                    del self.files[file_id]
        self.sites = self.sites_before if sites is None else frozenset(sites)
        verdicts = _verdicts(self.files, self.sites)
        changed: dict[str, Verdicts] = {}
        for file_id, recorded in self.recorded.files.items():
            site = site_of(file_id, self.sites)
            now, before = verdicts.get(site, {}), self.verdicts_before.get(site_of(file_id, self.sites_before), {})
            for key in self.files.get(file_id, {}):
                if key in recorded and now.get(key) != before.get(key):
                    changed.setdefault(site, {})[key] = now[key]
        stale = {held.source_id for held in self.held if held.unchanged and self._read_differently(held.source_id, verdicts)}
        return stale, {site: dict(sorted(keys.items())) for site, keys in sorted(changed.items())}

    def _read_differently(self, file_id: str, verdicts: dict[str, Verdicts]) -> bool:
        """True when a recorded ambiguous value of the file ``file_id`` has another verdict now."""
        now = verdicts.get(site_of(file_id, self.sites), {})
        before = self.verdicts_before.get(site_of(file_id, self.sites_before), {})
        return any(proof == AMBIGUOUS and now.get(key) != before.get(key) for key, proof in self.files.get(file_id, {}).items())

    def release(self) -> list:
        """The held results, their ambiguous dates read in their site's order."""
        verdicts = _verdicts(self.files, self.sites)
        for result in self.held:
            site = verdicts.get(site_of(result.source_id, self.sites), {})
            for index, use in result.numeric_dates:
                if use.undecided:
                    _settle(result.documents[index], use, site.get(use.key, _NONE))
        released, self.held, self.waiting = self.held, [], {}
        return released

    def record(self) -> RootDates:
        """What an index records of the root now (after :meth:`finish`)."""
        return RootDates(self.files, None if self.sites is None else sorted(self.sites))


_NONE, _BOTH = "none", "both"


def _verdicts(files: dict[str, FileEvidence], sites: frozenset[str] | None) -> dict[str, Verdicts]:
    """Site (see :func:`site_of`) → date key → ``day-first``, ``month-first``, ``both``
    (evidence both ways) or ``none`` (every value ambiguous), over the evidence of ``files``."""
    proofs: dict[str, dict[str, set[str]]] = {}
    for file_id, evidence in files.items():
        site = proofs.setdefault(site_of(file_id, sites), {})
        for key, proof in evidence.items():
            found = site.setdefault(key, set())
            if proof != AMBIGUOUS:
                found.add(proof)
    return {
        site: {key: next(iter(found)) if len(found) == 1 else _BOTH if found else _NONE for key, found in keys.items()}
        for site, keys in proofs.items()
    }


def _settle(document: Document, use: NumericValue, verdict: str) -> None:
    order = verdict if verdict in (DAY_FIRST, MONTH_FIRST) else None
    if order is None:
        order = use.order
        why = "evidence both ways" if verdict == _BOTH else "no value of it shows the order"
        document.problems.append(
            Problem("date", f"front matter {use.key} {document.date_raw!r} is ambiguous ({why}); read {order} (the site's default)")
        )
    parts = use.parts
    day, month = (parts.first, parts.second) if order == DAY_FIRST else (parts.second, parts.first)
    document.date = f"{parts.year:04d}-{month:02d}-{day:02d}"
