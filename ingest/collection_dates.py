"""Day/month order of numeric dates, decided per collection instead of per value.

A collection is one front-matter date key within one input root. If any of its values has a
first part over 12 it is day-first; if any has a second part over 12 it is month-first; a
folder or file-name date that agrees with one order of a value counts the same way. With
evidence one way, every ambiguous value (``05/07/2021``) is read that way; with evidence
both ways, or none, the site's language default is used and each ambiguous value gets a
``date`` problem saying so. Files with ambiguous values are held back until their root
has been read, then released with their dates settled.

The evidence is kept per file (date key → ``day-first``, ``month-first`` or ``ambiguous``),
so an index can record it: an incremental run starts from the recorded evidence, replaces
that of the files it reads and drops that of files gone, and when the verdict of a key
changes, the unchanged files whose value of that key is ambiguous are read again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .date_sources import NumericValue
from .dates import DAY_FIRST, MONTH_FIRST
from .document import Document, Problem
from .sources import lies_within

AMBIGUOUS = "ambiguous"
#: What one file's numeric dates show: date key → ``day-first``, ``month-first`` or ``ambiguous``.
FileEvidence = dict[str, str]


@dataclass
class CollectionDates:
    """The evidence of one root's files, and the results waiting for the verdict.

    ``files`` starts as the evidence an index recorded (file id → :data:`FileEvidence`)."""

    files: dict[str, FileEvidence] = field(default_factory=dict)
    held: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.files = {file_id: dict(evidence) for file_id, evidence in self.files.items()}
        self.recorded = _verdicts(self.files)
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

    def finish(self, walked: bool) -> tuple[set[str], dict[str, str]]:
        """Close the root's evidence: when the whole root was ``walked``, the evidence of
        files no longer there is dropped (a failed file or folder keeps its own). Returns
        the unchanged files to read again (their ambiguous value's key has a new verdict)
        and the new verdict of each recorded key that changed."""
        if walked:
            for file_id in self.unseen:
                if not any(lies_within(file_id, failed) for failed in self.failed):
                    del self.files[file_id]
        verdicts = _verdicts(self.files)
        changed = {key: verdict for key, verdict in verdicts.items() if self.recorded.get(key, verdict) != verdict}
        stale = {
            held.source_id
            for held in self.held
            if held.unchanged and any(self.files.get(held.source_id, {}).get(key) == AMBIGUOUS for key in changed)
        }
        return stale, changed

    def release(self) -> list:
        """The held results, their ambiguous dates read in the collection's order."""
        verdicts = _verdicts(self.files)
        for result in self.held:
            for index, use in result.numeric_dates:
                if use.undecided:
                    _settle(result.documents[index], use, verdicts.get(use.key, _NONE))
        released, self.held, self.waiting = self.held, [], {}
        return released


_NONE, _BOTH = "none", "both"


def _verdicts(files: dict[str, FileEvidence]) -> dict[str, str]:
    """Date key → ``day-first``, ``month-first``, ``both`` (evidence both ways) or ``none``
    (every value ambiguous), over the evidence of ``files``."""
    proofs: dict[str, set[str]] = {}
    for evidence in files.values():
        for key, proof in evidence.items():
            found = proofs.setdefault(key, set())
            if proof != AMBIGUOUS:
                found.add(proof)
    return {key: next(iter(found)) if len(found) == 1 else _BOTH if found else _NONE for key, found in proofs.items()}


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
