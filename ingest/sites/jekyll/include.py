"""Jekyll's ``{% include_relative sisipan.md %}``: the named file's text put in place of the
tag before the page's Liquid and Markdown are read, as Jekyll renders it (a path relative to
the page, never above its folder: Jekyll refuses ``../``), read only from the input root on
disk by the same rules as AsciiDoc's includes (:mod:`...asciidoc.include`). An included
file's own ``include_relative`` tags are read in turn; a tag in a ``{% raw %}`` block is
shown, not run. A file that cannot be read here (missing, above the page, a file read from
an archive) is named in a problem; its tag shows nothing.
"""

from __future__ import annotations

import re

from ...asciidoc.include import Expansion, IncludeRoot, expanded, read_relative
from ...document import Problem
from ...markup.pairs import SetAside, replace_pairs
from ..syntax import LIQUID_RAW

#: ``{% include_relative path param="…" %}``: the path (parameters are read as an include's).
_INCLUDE_RELATIVE = re.compile(r"\{%-?\s*include_relative\s+([^\s%{}]+)(?:[^%{}]|%(?!\}))*?-?%\}")


def expand_relative_includes(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with the files its ``include_relative`` tags name put in place,
    the problems met, and whether a tag names a file inside the root (the page's text then
    depends on that file); ``used_bytes`` of the per-file limit are spent on the page itself."""
    if "include_relative" not in body:
        return body, [], False
    return expanded(body, root, used_bytes, "{{% include_relative {} %}}", _expand)


def _expand(body: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """``body`` of the last file of ``stack`` with its ``include_relative`` tags read (outside raw blocks)."""
    aside = SetAside()

    def include(match: re.Match) -> str:
        target = match.group(1)
        if target.startswith("../"):
            expansion.problems.append(Problem("text", f"{expansion.written.format(target)} is not read: Jekyll includes no file above the page's folder"))
            return match.group(0)
        read = read_relative(target, stack, expansion)
        if read is None:
            expansion.problems.append(Problem("text", f"{expansion.written.format(target)} is not read: not a file inside the input root on disk"))
            return match.group(0)
        return _expand(read[1], stack + (read[0],), expansion)

    if "raw" in body:
        body = replace_pairs(body, *LIQUID_RAW, lambda match, inner: aside.keep(match.group(0) + inner + "{% endraw %}"))
    return aside.restore(_INCLUDE_RELATIVE.sub(include, body))
