"""MDX partials: a page that imports a Markdown or MDX file (``import Prasyarat from
'./_prasyarat.mdx';``) and shows it as a component (``<Prasyarat />``) shows that file's
content there, as MDX compiles it (Docusaurus' "partials", Astro's and Next.js' MDX too).

The file is read from the input root on disk by the same rules as AsciiDoc's includes
(:mod:`..asciidoc.include`): a path relative to the importing file, its own partials read
in turn up to the same depth, a component in code shown, not run. A partial that cannot be
read here (an alias such as ``@site/…``, a path out of the root, a missing file, a file
read from an archive) leaves its component, which shows nothing, and a problem names it.
The partial is also a document of its own (Docusaurus publishes no page of a file whose
name or folder starts with ``_``: it has no url).
"""

from __future__ import annotations

import re

from ..asciidoc.include import Expansion, IncludeRoot, expanded, read_relative
from ..document import Problem
from ..front_matter import split
from ..markup.pairs import SetAside, code_kept

#: ``import Name from './file.mdx';`` on a line of its own: the component and the file.
_IMPORT = re.compile(r"""^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"\n]+\.mdx?)\2;?[ \t]*$""", re.M)


def expand_partials(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with each imported partial's content in place of its component,
    the problems met, and whether a partial names a file inside the root (the page's text
    then depends on that file); ``used_bytes`` of the per-file limit are spent on the page."""
    if "import" not in body or not _IMPORT.search(body):
        return body, [], False
    return expanded(body, root, used_bytes, "import of {}", _expand)


def _expand(body: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """``body`` of the last file of ``stack`` with its partials' components replaced (outside code)."""
    imports = {name: target for name, _, target in _IMPORT.findall(body)}
    if not imports:
        return body
    component = re.compile(r"<(%s)\s*/>" % "|".join(map(re.escape, imports)))
    aside = SetAside()

    def partial(match: re.Match) -> str:
        target = imports[match.group(1)]
        read = read_relative(target, stack, expansion)
        if read is None:
            expansion.problems.append(Problem("text", f"the partial <{match.group(1)} /> ({target}) is not read: not a file inside the input root on disk"))
            return match.group(0)
        return "\n\n" + _expand(split(read[1]).body, stack + (read[0],), expansion) + "\n\n"

    return aside.restore(component.sub(partial, code_kept(body, aside.keep)))
