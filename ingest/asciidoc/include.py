"""AsciiDoc ``include::`` directives resolved as Asciidoctor's preprocessor (and Antora)
resolves them, but only to files inside the input root on disk.

A target is a path relative to the including file, or in an Antora component a resource
ID (``partial$x.adoc``, ``example$y.py``, ``modul:partial$x.adoc``, ``komponen:modul:…``
of the page's own component). Its bytes are decoded and repaired like any input and its
lines put in place of the directive, narrowed by ``lines=`` or ``tag=``/``tags=`` (the
lines between ``tag::name[]`` and ``end::name[]``, the tag lines themselves left out).
Includes nest up to Asciidoctor's ``max-include-depth`` (64); a cycle stops sooner.
A target outside the root (absolute, ``..`` climbing out, a symbolic link out, a URL), a
missing one, one inside an archive or past the byte limit keeps its directive line, which
the body reader names in a problem; what else goes wrong is a problem here.
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..decode import NotText, decode_bytes
from ..document import Problem
from ..mojibake import repair_text

#: Asciidoctor's default ``max-include-depth``.
MAX_INCLUDE_DEPTH = 64
_INCLUDE = re.compile(r"^include::([^\[\s][^\[]*)\[(.*)\][ \t]*$")
_ATTRIBUTE = re.compile(r"\{([\w][\w-]*)\}")
_TAG_LINE = re.compile(r"\b(?:tag|(e)nd)::(\S+?)\[\](?=$|[ \r])")
_RESOURCE = re.compile(r"^(?:(?:[^@:$]+@)?([^@:$]+):)?(?:([^@:$]+):)?(partial|example|page|attachment|image)\$(.+)$")
_FAMILY_FOLDERS = {"partial": "partials", "example": "examples", "page": "pages", "attachment": "attachments", "image": "images"}


@dataclass
class IncludeRoot:
    """Where a page's includes may be read from: the input root on disk and the page's id
    below it; in an Antora component, its folder (id prefix) and name; in a Hugo, MkDocs
    or Jekyll site, the folders and files its includes are looked for in."""

    folder: str
    page_id: str
    max_bytes: int
    component_folder: str | None = None
    component_name: str | None = None
    #: A page of a site whose includes are read from the site's folders (Hugo's): the id
    #: prefix of the site's root and of the content folder holding the page.
    site_folder: str = ""
    content_folder: str = ""
    #: Hugo: the site's theme folders below ``site_folder``, in the order Hugo looks a
    #: shortcode's template up in them.
    themes: tuple[str, ...] = ()
    #: MkDocs: ``pymdownx.snippets`` as the site configures it (a
    #: :class:`~..sites.mkdocs.config.Snippets`; its paths are below ``site_folder``).
    snippets: Any = None
    #: Jekyll: the id prefix of the site's includes folder (``_includes/``, or its
    #: ``includes_dir``), where ``{% include %}`` reads; None outside a Jekyll site.
    includes_folder: str | None = None


@dataclass
class Expansion:
    """One page's includes as they are read: where from, the attributes its targets may
    name, the bytes left of the per-file limit, the problems met and the files named."""

    root: IncludeRoot
    attributes: dict[str, str]
    budget: int
    problems: list[Problem] = field(default_factory=list)
    #: The files inside the root the page's includes name, read or not (missing, too large).
    targets: set[str] = field(default_factory=set)
    #: How a problem names an include of ``target`` (Quarto's: ``{{< include target >}}``).
    written: str = "include::{}"


def expand_includes(lines: list[str], root: IncludeRoot, attributes: dict[str, str], used_bytes: int) -> tuple[list[str], list[Problem], bool]:
    """``lines`` of the page with the includes that can be read put in place (see the module
    docstring), the problems, and whether an include names a file inside the root (the
    page's text then depends on that file); ``used_bytes`` of the per-file limit are spent
    on the page itself."""
    if not any(line.startswith("include::") for line in lines):
        return lines, [], False
    expansion = Expansion(root, attributes, root.max_bytes - used_bytes)
    return _expand(lines, root.page_id, (root.page_id,), expansion), expansion.problems, bool(expansion.targets)


def _expand(lines: list[str], file_id: str, stack: tuple[str, ...], expansion: Expansion) -> list[str]:
    out: list[str] = []
    for line in lines:
        directive = _INCLUDE.match(line) if line.startswith("include::") else None
        if directive is None:
            out.append(line)
            continue
        target = _ATTRIBUTE.sub(lambda m: expansion.attributes.get(m.group(1).lower(), m.group(0)), directive.group(1).strip())
        found = target_id(target, file_id, expansion.root)
        if found is None:
            out.append(line)  # not readable here: the body reader names it
            continue
        text = read_target(found, target, stack, expansion)
        if text is None:
            out.append(line)
            continue
        included = _selected(text.split("\n"), _attribute_list(directive.group(2)), target, expansion.problems)
        out.extend(_expand(included, found, stack + (found,), expansion))
    return out


def target_id(target: str, file_id: str, root: IncludeRoot) -> str | None:
    """The id below the input root of the file ``target`` names from the file ``file_id``;
    None for a URL, an absolute path, a path out of the root or another component."""
    if "://" in target or target.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", target):
        return None
    resource = _RESOURCE.match(target) if root.component_folder is not None and "$" in target else None
    if resource:
        component, module, family, relative = resource.groups()
        if component and not module:
            component, module = None, component
        if component and component != root.component_name:
            return None
        if not module:
            inside = file_id[len(root.component_folder):].split("/")
            module = inside[1] if len(inside) > 2 and inside[0] == "modules" else "ROOT"
        path = posixpath.normpath(f"{root.component_folder}modules/{module}/{_FAMILY_FOLDERS[family]}/{relative}")
    else:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(file_id), target))
    return None if path == ".." or path.startswith("../") else path


def expanded(body: str, root: IncludeRoot, used_bytes: int, written: str, expand: Callable[[str, tuple[str, ...], Expansion], str]) -> tuple[str, list[Problem], bool]:
    """``body`` of the page ``root.page_id`` as ``expand(body, stack, expansion)`` puts the
    files it names in place (another markup's includes: Quarto's, MDX's partials, Jekyll's
    ``include_relative``), the problems met (an include named as ``written`` formats its
    target), and whether an include names a file inside the root (the page's text then
    depends on that file); ``used_bytes`` of the per-file limit are spent on the page itself."""
    expansion = Expansion(root, {}, root.max_bytes - used_bytes, written=written)
    return expand(body, (root.page_id,), expansion), expansion.problems, bool(expansion.targets)


def read_relative(target: str, stack: tuple[str, ...], expansion: Expansion) -> tuple[str, str] | None:
    """The id and text of the file ``target`` names from the last file of ``stack`` (see
    :func:`target_id` and :func:`read_target`); None when it cannot be read here."""
    found = target_id(target, stack[-1], expansion.root)
    text = read_target(found, target, stack, expansion) if found is not None else None
    return None if text is None else (found, text)


def read_target(file_id: str, target: str, stack: tuple[str, ...], expansion: Expansion) -> str | None:
    """The decoded, repaired text of the file ``file_id`` that ``target`` names from the
    last file of ``stack`` (the files being included, the page first); None when it is not
    a regular file inside the root, and "" (with a problem saying why) when it is in
    ``stack`` already (a file including itself), deeper than :data:`MAX_INCLUDE_DEPTH` or
    past the byte budget."""
    expansion.targets.add(file_id)
    if file_id in stack:
        expansion.problems.append(Problem("text", f"{expansion.written.format(target)} includes itself (through {' → '.join(stack)}): not read again"))
        return ""
    if len(stack) > MAX_INCLUDE_DEPTH:
        expansion.problems.append(Problem("text", f"{expansion.written.format(target)} lies deeper than the maximum include depth of {MAX_INCLUDE_DEPTH}: not read"))
        return ""
    folder = os.path.realpath(expansion.root.folder)
    path = os.path.realpath(os.path.join(folder, file_id))
    if os.path.commonpath([path, folder]) != folder or not os.path.isfile(path):
        return None
    try:
        with open(path, "rb") as handle:
            data = handle.read(max(expansion.budget, 0) + 1)
    except OSError:
        return None
    if len(data) > expansion.budget:
        expansion.problems.append(Problem("text", f"{expansion.written.format(target)} would take the page with its includes over the {expansion.root.max_bytes:,}-byte limit: not read"))
        expansion.budget = 0
        return None
    expansion.budget -= len(data)
    try:
        decoded = decode_bytes(data)
    except NotText as error:
        expansion.problems.append(Problem("text", f"{expansion.written.format(target)} is not text ({error}): not read"))
        return ""
    if decoded.problem:
        expansion.problems.append(Problem("encoding", f"{expansion.written.format(target)}: {decoded.problem}"))
    return repair_text(decoded.text.lstrip("\ufeff")).text


def read_named(file_id: str, target: str, stack: tuple[str, ...], expansion: Expansion) -> str | None:
    """:func:`read_target` for a file found on disk: None, with a problem naming ``target``,
    when it cannot be read here (a symbolic link out of the root; past the byte budget,
    which :func:`read_target` names)."""
    problems = len(expansion.problems)
    text = read_target(file_id, target, stack, expansion)
    if text is None and len(expansion.problems) == problems:
        expansion.problems.append(Problem("text", f"{expansion.written.format(target)} is not read: not a file inside the input root on disk"))
    return text


def _attribute_list(text: str) -> dict[str, str]:
    """The named attributes of an include directive (``lines=1..3``, ``tags="a;b"``)."""
    found = {}
    for name, quoted, plain in re.findall(r'(\w[\w-]*)\s*=\s*(?:"([^"]*)"|([^,]*))', text):
        found[name.lower()] = (quoted or plain).strip()
    return found


def _selected(lines: list[str], attributes: dict[str, str], target: str, problems: list[Problem]) -> list[str]:
    """The lines of an included file that ``lines=`` or else ``tag=``/``tags=`` select (all without either)."""
    if lines and lines[-1] == "":
        lines = lines[:-1]  # the file's last newline ends its last line
    if attributes.get("lines"):
        return _by_lines(lines, attributes["lines"])
    tags = attributes.get("tags") or attributes.get("tag")
    return _by_tags(lines, tags, target, problems) if tags else lines


def _by_lines(lines: list[str], ranges: str) -> list[str]:
    """Asciidoctor's ``lines=1..3;7;10..-1`` (``;`` or ``,`` apart; ``-1`` or nothing: the end)."""
    wanted: list[tuple[int, float]] = []
    for part in re.split(r"[;,]", ranges):
        first, dots, last = part.strip().partition("..")
        if not first.strip().isdigit():
            continue
        start = int(first)
        end = float("inf") if dots and last.strip() in ("", "-1") else int(last) if dots and last.strip().isdigit() else start
        wanted.append((start, end))
    return [line for number, line in enumerate(lines, 1) if any(start <= number <= end for start, end in wanted)]


def _by_tags(lines: list[str], spec: str, target: str, problems: list[Problem]) -> list[str]:
    """The lines that ``spec`` selects (``a;b``; ``!c`` left out; ``*`` any tagged region;
    ``**`` every line), the tag lines left out, as Asciidoctor selects them: a region a
    name does not select takes the ``*`` choice, else its enclosing region's."""
    tags: dict[str, bool] = {}
    for name in (name.strip() for name in spec.split(";")):
        if name:
            tags[name.lstrip("!")] = not name.startswith("!")
    wildcard_first = next(iter(tags), None) == "*"
    wildcard = tags.pop("*", None)
    if "**" in tags:
        base = tags.pop("**")
    elif wildcard_first:  # ``*`` (or ``!*``) first: the lines outside every region go the other way
        base = not wildcard
    else:
        base = True not in tags.values()
    wanted = {name for name, chosen in tags.items() if chosen}
    regions: list[tuple[str, bool]] = []  # open tagged regions: name, selected
    seen: set[str] = set()
    selected = []
    for line in lines:
        marker = _TAG_LINE.search(line) if "::" in line else None
        if marker is None:
            if (regions[-1][1] if regions else base):
                selected.append(line)
            continue
        name = marker.group(2)
        if marker.group(1):  # end::name[]
            if regions and regions[-1][0] == name:
                regions.pop()
        else:
            seen.add(name)
            inherited = wildcard if wildcard is not None else (regions[-1][1] if regions else base)
            regions.append((name, tags.get(name, inherited)))
    missing = sorted(wanted - seen)
    if missing:
        problems.append(Problem("text", f"include::{target}: tag(s) not found in the included file: {', '.join(missing)}"))
    return selected
