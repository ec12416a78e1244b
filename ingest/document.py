"""The clean document record that ingest produces, and its parts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Version of the JSON record written by ``arsip ingest`` (see README, "Output record").
RECORD_VERSION = 2


@dataclass
class Repair:
    """One encoding repair: where it happened, what it replaced, and the plan that did it.

    ``steps`` is the plan as data: ftfy's steps (``["encode", "sloppy-windows-1252"]``,
    ``["decode", "utf-8"]``) and arsip's own (``["arsip", "restore_lost_nbsp"]``);
    ``arsip.ingest.mojibake.replay(before, steps)`` gives ``after``.
    """

    field: str
    before: str
    after: str
    steps: list[list[str]]
    line: int = 1
    column: int = 1

    @property
    def explanation(self) -> str:
        """The steps as a person reads them (rendered only for printing)."""
        return describe_steps(self.steps)


def describe_steps(steps: list[list[str]]) -> str:
    """A repair plan as a person reads it: ``encode sloppy-windows-1252, decode utf-8``."""
    return ", ".join(f"{operation} {argument}" for operation, argument in steps)


@dataclass
class Unrepairable:
    """Encoding damage left as it was, because its repair would lose text or leave damage."""

    field: str
    before: str
    attempt: str
    reason: str
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
    #: The site generator whose syntax was read: quarto, rmarkdown, jekyll, hugo, zola, eleventy, mdx, wordpress, blogger, pelican, nikola, docs, html, markdown
    #: (and rst for a reST file outside a Pelican, Nikola or Sphinx root).
    generator: str = "markdown"
    title: str = ""
    date: str | None = None
    date_end: str | None = None
    date_raw: str | None = None
    date_source: str | None = None
    categories: list[Term] = field(default_factory=list)
    tags: list[Term] = field(default_factory=list)
    author: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    draft: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    encoding: str = "utf-8"
    repairs: list[Repair] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        """The JSON-ready record, with ``record_version`` first: what
        :func:`dataclasses.asdict` gives, but its ``fields`` is this document's own dict,
        not a copy, and nothing is deep-copied (both are slow on every record)."""
        record: dict[str, Any] = {"record_version": RECORD_VERSION}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            record[name] = value if type(value) in _IMMUTABLE or name == "fields" else _plain(value)
        return record


#: The types of most of a record's values: immutable, they need no copy (what :func:`_plain`
#: gives for them is the value itself).
_IMMUTABLE = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """``value`` with its dataclasses as dicts and its lists rebuilt (strings and numbers
    are immutable, so they need no copy)."""
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(field) if type(field := getattr(value, name)) not in _IMMUTABLE else field for name in value.__dataclass_fields__}
    return value


@dataclass
class FileFailure:
    """An input that produced no document at all, with the reason.

    ``id`` is the id of the file, folder or archive that failed, when it has one: the
    documents indexed from it earlier are kept.
    """

    path: str
    reason: str
    id: str | None = None
