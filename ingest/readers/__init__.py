"""One reader per input format behind one interface.

A reader takes the decoded, repaired text of one file and yields :class:`RawDocument`
objects: what the source says, before dates, terms and fields are normalized.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ..document import Problem


@dataclass
class SourceFile:
    """What a reader may know about the file it reads."""

    id: str
    path: str
    name: str


@dataclass
class RawDocument:
    """A document as its source has it. ``None`` means "not given; look in fields"."""

    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    item_id: str | None = None
    title: str | None = None
    date: Any = None
    categories: Any = None
    tags: Any = None
    author: Any = None
    problems: list[Problem] = field(default_factory=list)
    #: Which field of the document each line of the source belongs to (for repair records).
    field_of_line: Callable[[int], str] = lambda line: "text"


Reader = Callable[[str, SourceFile], Iterator[RawDocument]]


def reader_for(format_name: str) -> Reader:
    """The reader of ``format_name`` ("markdown", "text", "html", "wxr")."""
    from . import html, markdown, text, wxr

    return {"markdown": markdown.read, "text": text.read, "html": html.read, "wxr": wxr.read}[format_name]
