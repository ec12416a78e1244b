"""The clean document record that ingest produces, and its parts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

#: Version of the JSON record written by ``arsip ingest`` (see README, "Output record").
RECORD_VERSION = 1


@dataclass
class Repair:
    """One encoding repair: where it happened, what it replaced, and why."""

    field: str
    before: str
    after: str
    explanation: str
    line: int = 1
    column: int = 1


@dataclass
class Problem:
    """Something wrong with an input that did not stop it from being read."""

    field: str
    reason: str


@dataclass
class Term:
    """A category or tag: the cleaned spelling and the key used to filter and group."""

    label: str
    key: str


@dataclass
class Document:
    """One clean, normalized document."""

    id: str
    source: str
    format: str
    sha256: str
    #: The site generator whose syntax was read: jekyll, hugo, mdx, wordpress, pelican, docs, html, markdown.
    generator: str = "markdown"
    title: str = ""
    date: str | None = None
    date_end: str | None = None
    date_raw: str | None = None
    categories: list[Term] = field(default_factory=list)
    tags: list[Term] = field(default_factory=list)
    author: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    encoding: str = "utf-8"
    repairs: list[Repair] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        """The JSON-ready record, with ``record_version`` first. Its ``fields`` is this
        document's own dict, not a copy (copying large front matter is slow)."""
        return {"record_version": RECORD_VERSION, **asdict(replace(self, fields={})), "fields": self.fields}


@dataclass
class FileFailure:
    """An input that produced no document at all, with the reason."""

    path: str
    reason: str
