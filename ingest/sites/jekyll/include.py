"""Jekyll's includes, read as Jekyll renders them: the named file's text put in place of the
tag before the page's Liquid and Markdown are read (an ``.html`` include is raw HTML in the
Markdown, as kramdown reads it), read only from the input root on disk by the same rules as
AsciiDoc's includes (:mod:`...asciidoc.include`: the byte limit, a file including itself
read once, a depth).

- ``{% include catatan.html isi="…" %}`` reads the file from the site's includes folder
  (``_includes/``, or ``includes_dir`` of its ``_config.yml``: ``IncludeRoot.includes_folder``);
  so does ``{% include_cached %}`` (the jekyll-include-cache plugin's: the same file, cached
  by the build).
  A file not there (a theme gem's include, which an export does not hold; a site read
  from an archive) keeps its tag, shown as its parameters that are text and named in a
  problem (:func:`~..syntax.liquid_problems`); so does an include whose name is Liquid
  (``{% include {{ page.sisipan }} %}``).
- ``{% include_relative sisipan.md %}`` reads a path relative to the page, never above its
  folder (Jekyll refuses ``../``); a file that cannot be read is named in a problem, and
  its tag shows its parameters that are text (in an archive the tag is left, named by
  :func:`~..syntax.liquid_problems`).

In the included file, ``{{ include.x }}`` shows the value of the tag's parameter ``x``
(filters are not applied, but ``markdownify``, which renders its Markdown as HTML): a
quoted value as written, a variable (``x=page.judul``) as the page's Liquid shows it,
``include.y`` as the including file's ``y``; a parameter not given shows nothing, and a
tag without parameters leaves the including file's ones in place, as Jekyll's ``include``
variable. Its own includes are read in turn; a tag in a ``{% raw %}``
block is shown, not run.
"""

from __future__ import annotations

import os
import posixpath
import re

from ...asciidoc.include import Expansion, IncludeRoot, expanded, read_named, read_relative
from ...document import Problem
from ...markup.pairs import SetAside, replace_pairs
from ..syntax import LIQUID_RAW, include_parameters_shown
from .kramdown import markdownified

#: ``{% include name params %}``, ``{% include_cached name params %}`` and ``{%
#: include_relative path params %}``: the kind (``_relative``, ``_cached`` or none), the name
#: written out (not Liquid), the parameters.
_INCLUDE = re.compile(r"\{%-?\s*include(_relative|_cached)?\s+([^\s%{}]+)((?:[^%{}]|%(?!\}))*?)-?%\}")
#: A parameter as Jekyll reads it (``IncludeTag::VALID_SYNTAX``): its name, then a value
#: "double" or 'single' quoted (with escaped quotes), or a variable or literal.
_PARAMETER = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))""")
#: ``{{ include.x }}``, ``{{- include.x | markdownify -}}``: the parameter's name, its filters.
_INCLUDE_OUTPUT = re.compile(r"\{\{-?\s*include\.([\w-]+)\s*(\|[^{}]*?)?-?\}\}")
#: Jekyll's ``markdownify`` filter, as a filter of an output.
_MARKDOWNIFY = re.compile(r"\|\s*markdownify\b")
#: An unquoted value that is a literal, shown as written (not a variable).
_LITERAL = re.compile(r"-?\d+(?:\.\d+)?|true|false")
#: Unquoted values Liquid shows as nothing.
_NOTHING = frozenset(("nil", "null", "empty", "blank"))


def expand_jekyll_includes(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with the files its ``include`` and ``include_relative`` tags
    name put in place (see the module), the problems met, and whether a tag names a file
    inside the root (the page's text then depends on that file); ``used_bytes`` of the
    per-file limit are spent on the page itself."""
    if "include" not in body:
        return body, [], False
    return expanded(body, root, used_bytes, "{{% include {} %}}", _expand)


def _expand(body: str, stack: tuple[str, ...], expansion: Expansion, values: dict[str, str] | None = None) -> str:
    """``body`` of the last file of ``stack`` with its includes read (outside raw blocks) and,
    in an included file, ``{{ include.x }}`` shown from ``values`` (the tag's parameters)."""
    aside = SetAside()

    def include(match: re.Match) -> str:
        kind, target = match.group(1), match.group(2)
        given = _values(match.group(3), values) if "=" in match.group(3) else values
        if kind == "_relative":
            return _relative(match, stack, expansion, given)
        expansion.written = "{{% include" + (kind or "") + " {} %}}"
        read = _from_includes_folder(target, stack, expansion)
        if read is None:
            return match.group(0)  # (named by liquid_problems, shown as its parameters that are text)
        found, text = read
        return include_parameters_shown(match.group(3)) if text is None else _expand(text, stack + (found,), expansion, given)

    if "raw" in body:
        body = replace_pairs(body, *LIQUID_RAW, lambda match, inner: aside.keep(match.group(0) + inner + "{% endraw %}"))
    if values is not None and "include." in body:
        body = _INCLUDE_OUTPUT.sub(lambda match: aside.keep(_shown(values.get(match.group(1), ""), match.group(2))), body)  # (a value's text is not read for tags)
    if "include" in body:
        body = _INCLUDE.sub(include, body)
    return aside.restore(body)


def _shown(value: str, filters: str | None) -> str:
    """What an output of a parameter's ``value`` with ``filters`` shows: the value, its
    Markdown rendered as HTML through ``markdownify`` (as the filter does), the other
    filters not applied."""
    if filters and _MARKDOWNIFY.search(filters) and value:
        return markdownified(value)
    return value


def _relative(match: re.Match, stack: tuple[str, ...], expansion: Expansion, values: dict[str, str] | None) -> str:
    """What ``{% include_relative %}`` (``match``) shows: the file it names, read; else
    its parameters that are text, with a problem."""
    target = match.group(2)
    expansion.written = "{{% include_relative {} %}}"
    if target.startswith("../"):
        expansion.problems.append(Problem("text", f"{expansion.written.format(target)} is not read: Jekyll includes no file above the page's folder"))
        return include_parameters_shown(match.group(3))
    read = read_relative(target, stack, expansion)
    if read is None:
        expansion.problems.append(Problem("text", f"{expansion.written.format(target)} is not read: not a file inside the input root on disk"))
        return include_parameters_shown(match.group(3))
    return _expand(read[1], stack + (read[0],), expansion, values)


def _from_includes_folder(target: str, stack: tuple[str, ...], expansion: Expansion) -> tuple[str, str | None] | None:
    """The id and text of the file ``target`` in the site's includes folder; None when there
    is no such file there (or no includes folder is known); a text of None when the file is
    there but cannot be read (a problem says why)."""
    folder = expansion.root.includes_folder
    if folder is None:
        return None
    found = posixpath.normpath(folder + target)
    if not found.startswith(folder):
        return None  # (Jekyll refuses a name climbing out of its includes folder)
    if not os.path.isfile(os.path.join(expansion.root.folder, found)):
        # Not a target: a site builds only when its theme has the file (a page naming a
        # theme's include is not read again on every index run for a file that never comes).
        return None
    return found, read_named(found, target, stack, expansion)


def _values(parameters: str, enclosing: dict[str, str] | None) -> dict[str, str]:
    """What ``{{ include.x }}`` shows of each parameter among ``parameters``: a quoted value
    as written (Liquid in it shown, not run), a literal as written, ``include.y`` as the
    including file's ``y`` (``enclosing``), any other variable as an output the page's
    Liquid renders (``{{ page.judul }}``)."""
    values = {}
    for name, double, single, bare in _PARAMETER.findall(parameters):
        if double or single or not bare:
            value = double.replace('\\"', '"') if double else single.replace("\\'", "'")
            values[name] = f"{{% raw %}}{value}{{% endraw %}}" if "{{" in value or "{%" in value else value
        elif bare.startswith("include."):
            values[name] = (enclosing or {}).get(bare[len("include."):], "")
        elif _LITERAL.fullmatch(bare) or bare in _NOTHING:
            values[name] = "" if bare in _NOTHING else bare
        else:
            values[name] = "{{ " + bare + " }}"
    return values
