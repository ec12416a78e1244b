"""MkDocs' ``pymdownx.snippets`` ``auto_append``: the snippets it appends to every page
(``includes/singkatan.md``, abbreviations most often), read at the end of the page's
Markdown before it is read, as the extension appends them.

Each is looked for where the extension looks for it (``base_path``, see
:func:`~.config._appended`) and read from the input root on disk by the rules of AsciiDoc's
includes (:mod:`...asciidoc.include`). Its abbreviation definitions are definitions, not
text, as in a page; a ``--8<--`` line in it is named as in a page (:func:`~.syntax.snippet_problems`).
A snippet found nowhere is named in a problem: the extension leaves it out without a word,
but a site whose file is missing from its export may show text arsip does not have.
"""

from __future__ import annotations

import os

from ...asciidoc.include import Expansion, IncludeRoot, expanded, read_named
from ...document import Problem

#: How a problem names an appended snippet.
WRITTEN = "the snippet {} (pymdownx.snippets' auto_append)"


def append_snippets(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with the snippets its site appends to every page after it, the
    problems met, and whether a snippet is looked for in the root (the page's text then
    depends on that file); ``used_bytes`` of the per-file limit are spent on the page itself."""
    if not root.appended:
        return body, [], False
    return expanded(body, root, used_bytes, WRITTEN, _append)


def _append(body: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """``body`` with the text of each appended snippet that can be read after it."""
    parts = [body]
    for name, places in expansion.root.appended:
        found = next((place for place in places if os.path.isfile(os.path.join(expansion.root.folder, place))), None)
        if found is None:
            expansion.targets.update(places)  # (the page's text changes when one of them appears)
            looked = f"no such file ({', '.join(places)})" if places else "its paths are outside the site's root"
            expansion.problems.append(Problem("text", f"{WRITTEN.format(name)} is not read: {looked}"))
            continue
        text = read_named(found, name, stack, expansion)
        if text:
            parts.append(text)
    return "\n\n".join(parts)
