"""Sphinx's ``:ref:`` and ``:doc:`` roles: what a cross-reference without a title shows.

``:ref:`Judul <label>``` shows its title. ``:ref:`label``` shows, in a built Sphinx site,
the title of the section the label stands before, and ``:doc:`panduan/unggah``` the title
of that page: the roles here leave a :class:`cross_reference` in the doctree, and once the
page is parsed :func:`resolve_references` replaces each with that title, found by
:class:`~..sites.sphinx.project.CrossReferences` (the page's own targets, then its project's).
A reference whose target is not found (not defined, in a page arsip does not read, a
label before a figure or table) shows its label with hyphens as spaces, or the ``:doc:``
path as written: a guess, which the page records as a problem.
This module imports docutils: it is imported only when a reST file is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from docutils import nodes, utils
from docutils.parsers.rst import roles

from .directives import EXPLICIT_TITLE, visible_text
from ..sites.sphinx.project import CrossReferences, Found

#: Guessed references quoted in a page's problem (the rest are counted).
_QUOTED = 3
_LABEL_SEPARATORS = re.compile(r"[-_]+")


class cross_reference(nodes.Inline, nodes.TextElement):
    """A ``:ref:`` or ``:doc:`` without a title, until :func:`resolve_references` knows what it shows."""


@dataclass
class Shown:
    """What the cross-references of a page show: (source, text) of each, and the guesses."""

    texts: list[tuple[str, str]] = field(default_factory=list)
    guesses: list[str] = field(default_factory=list)

    def problem(self) -> str | None:
        """The page's problem about its guessed references (None when there are none)."""
        if not self.guesses:
            return None
        quoted = "; ".join(self.guesses[:_QUOTED])
        more = f" (and {len(self.guesses) - _QUOTED} more)" if len(self.guesses) > _QUOTED else ""
        return f"{len(self.guesses)} cross-reference(s) shown without their target's title, the text guessed: {quoted}{more}"


def _reference_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``:ref:`` and ``:doc:``: the title when one is written, else a :class:`cross_reference`."""
    shown = visible_text(name, text)
    if EXPLICIT_TITLE.match(utils.unescape(text)):
        return [nodes.inline(rawtext, shown)], []
    node = cross_reference(rawtext, shown, role=name.lower(), target=shown)
    node.line = lineno
    return [node], []


for _name in ("ref", "doc"):
    roles.register_local_role(_name, _reference_role)


def resolve_references(document: nodes.document, references: CrossReferences | None, title_text: Callable[[str], str]) -> Shown:
    """Replace each :class:`cross_reference` of ``document`` with what it shows: its
    target's title (``title_text`` converts a title's source line), else a guess.
    ``references`` None: no target is known (a title being converted)."""
    shown = Shown()
    for node in list(document.findall(cross_reference)):
        role, target = node["role"], node["target"]
        if references is None:
            found = Found(None, "")
        else:
            found = references.label(target) if role == "ref" else references.document(target)
        text = title_text(found.title) if found.title else (_LABEL_SEPARATORS.sub(" ", target) if role == "ref" else target)
        node.replace_self(nodes.inline(node.rawsource, text))
        shown.texts.append((node.rawsource, text))
        if found.guess:
            shown.guesses.append(f"line {node.line}: {node.rawsource} → {text!r} ({found.guess})")
    return shown
