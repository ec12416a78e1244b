"""Day/month order of numeric dates, decided per collection instead of per value.

A collection is one front-matter date key within one input root. If any of its values has a
first part over 12 it is day-first; if any has a second part over 12 it is month-first; a
folder or file-name date that agrees with one order of a value counts the same way. With
evidence one way, every ambiguous value (``05/07/2021``) is read that way; with evidence
both ways, or none, the site's language default is used and each ambiguous value gets a
``date`` problem saying so. Files with ambiguous values are held back until their root
has been read, then released with their dates settled.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .date_sources import NumericValue
from .dates import DAY_FIRST
from .document import Document, Problem


@dataclass
class CollectionDates:
    """Evidence gathered over one root, and the results waiting for the verdict."""

    evidence: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    held: list = field(default_factory=list)

    def add(self, result) -> bool:
        """Count ``result``'s numeric dates as evidence; True when it must wait for the verdict."""
        wait = False
        for _, use in result.numeric_dates:
            proof = use.parts.evidence() or use.agrees_with
            if proof:
                self.evidence[use.key].add(proof)
            wait = wait or use.undecided
        if wait:
            self.held.append(result)
        return wait

    def verdict(self, key: str) -> str | None:
        """``day-first`` or ``month-first`` when the evidence for ``key`` is one way, else None."""
        proofs = self.evidence.get(key, set())
        return next(iter(proofs)) if len(proofs) == 1 else None

    def release(self) -> list:
        """The held results, their ambiguous dates read in the collection's order."""
        for result in self.held:
            for index, use in result.numeric_dates:
                if use.undecided:
                    _settle(result.documents[index], use, self)
        released, self.held = self.held, []
        return released


def _settle(document: Document, use: NumericValue, collection: CollectionDates) -> None:
    order = collection.verdict(use.key)
    if order is None:
        order = use.order
        proofs = collection.evidence.get(use.key, set())
        why = "evidence both ways" if proofs else "no value of it shows the order"
        document.problems.append(
            Problem("date", f"front matter {use.key} {document.date_raw!r} is ambiguous ({why}); read {order} (the site's default)")
        )
    parts = use.parts
    day, month = (parts.first, parts.second) if order == DAY_FIRST else (parts.second, parts.first)
    document.date = f"{parts.year:04d}-{month:02d}-{day:02d}"

