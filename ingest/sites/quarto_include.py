"""Quarto's ``{{< include _bagian.qmd >}}``: the named file's Markdown put in place of the
shortcode before the page is read, as Quarto includes it before rendering, read only from
the input root on disk (by the same rules as AsciiDoc's includes, :mod:`..asciidoc.include`).

A target is a path relative to the including file (quoted or not); an included file's own
includes are read in turn, up to the same depth; a shortcode in code is shown, not run. A
target that cannot be read here (outside the root, missing, a path from the project's root
``/…``, a file read from an archive) keeps its shortcode, which
:func:`~.quarto.quarto_problems` names in a problem.
"""

from __future__ import annotations

import re

from ..asciidoc.include import Expansion, IncludeRoot, expanded, read_relative
from ..document import Problem
from ..markup.pairs import SetAside, code_kept

_INCLUDE = re.compile(r"\{\{<\s*include\s+(\"[^\"\n]+\"|'[^'\n]+'|[^\s\"'<>{}]+)\s*>\}\}")


def expand_includes(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with the files its include shortcodes name put in place, the
    problems met, and whether an include names a file inside the root (the page's text then
    depends on that file); ``used_bytes`` of the per-file limit are spent on the page itself."""
    if "{{<" not in body or not _INCLUDE.search(body):
        return body, [], False
    return expanded(body, root, used_bytes, "{{{{< include {} >}}}}", _expand)


def _expand(body: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """``body`` of the last file of ``stack`` with its includes read (outside its code)."""
    aside = SetAside()

    def include(match: re.Match) -> str:
        read = read_relative(match.group(1).strip("\"'"), stack, expansion)
        return match.group(0) if read is None else _expand(read[1], stack + (read[0],), expansion)

    return aside.restore(_INCLUDE.sub(include, code_kept(body, aside.keep)))
