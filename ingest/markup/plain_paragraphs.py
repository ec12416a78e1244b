"""Plain text built paragraph by paragraph, for the line-by-line converters of
lightweight markup (AsciiDoc, Org): paragraphs apart by a blank line, a list item (or
table row) on the line after the one before it; and placeholders that keep a verbatim
part of a paragraph out of the inline substitutions run after it was taken out."""

from __future__ import annotations

import re
from typing import Callable

_PLACEHOLDER = "\x00{}\x00"
_PLACEHOLDERS = re.compile(r"\x00(\d+)\x00")


class Paragraphs:
    """The text being written: the paragraph being read (its raw lines), and what came before."""

    def __init__(self, inline: Callable[[str], str]) -> None:
        #: Turns a paragraph's raw lines (joined) into its text.
        self.inline = inline
        self.parts: list[str] = []
        self.paragraph: list[str] = []
        self.item = False  # the paragraph being read is a list item or a table row
        self.after_item = False  # the last text added was one

    def text(self) -> str:
        """Everything written, the paragraph being read included."""
        self.flush()
        return "".join(self.parts)

    def flush(self) -> None:
        """End the paragraph being read."""
        if self.paragraph:
            separator = "\n" if self.item and self.after_item else "\n\n"
            self.parts += [separator, self.inline("\n".join(self.paragraph))]
            self.paragraph, self.after_item = [], self.item
        self.item = False

    def start(self, text: str, item: bool = False) -> None:
        """Start a paragraph (or list item) with the raw line ``text``."""
        self.flush()
        self.paragraph, self.item = [text], item

    def emit(self, text: str) -> None:
        """Add ``text``, already converted, as a paragraph of its own."""
        self.flush()
        self.parts += ["\n\n", text]
        self.after_item = False


def keep(kept: list[str], text: str) -> str:
    """A placeholder for ``text`` (restored by :func:`restore`), which no substitution changes."""
    kept.append(text)
    return _PLACEHOLDER.format(len(kept) - 1)


def restore(text: str, kept: list[str]) -> str:
    """``text`` with the parts :func:`keep` took out put back."""
    return _PLACEHOLDERS.sub(lambda match: kept[int(match.group(1))], text) if kept else text
