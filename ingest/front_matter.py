"""Front matter: find it (python-frontmatter's boundaries), parse it safely, recover when broken."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

import yaml
from frontmatter import default_handlers

from .document import Problem
from .limits import MAX_EXPANDED_CHARS, MAX_FRONT_MATTER_CHARS, MAX_NESTING, MAX_NODES
from .recovery import recover_lines, recover_yaml
from .yaml_loader import FrontMatterLoader

#: python-frontmatter's boundary line of YAML and TOML front matter, and the characters
#: every such line starts with.
_BOUNDARIES = {
    "yaml": (default_handlers.YAMLHandler.FM_BOUNDARY, "---"),
    # python-frontmatter's TOMLHandler needs the third-party ``toml`` package; splitting on
    # ``+++`` needs only the boundary, and parsing uses the standard library's tomllib.
    "toml": (re.compile(r"^\+{3,}\s*$", re.MULTILINE), "+++"),
}
_JSON_HANDLER = default_handlers.JSONHandler()
_OPENERS = {"---": "yaml", "+++": "toml"}
_HEADER_KEY = re.compile(r"^([A-Za-z][\w -]{0,30}):[ \t]*(.*)$")
#: Blank lines at the start of a text.
_BLANK_LINES = re.compile(r"(?:[ \t\r]*\n)+")
#: A key of MkDocs' meta lines (any key, no spaces in it).
_MKDOCS_KEY = re.compile(r"^ {0,3}([A-Za-z0-9_-]+):[ \t]*(.*)$")
#: A metadata header longer than this many lines is not one.
MAX_HEADER_LINES = 40
#: Every YAML list or mapping starts with one of these characters (brackets, block
#: indicators), so their count bounds how deeply a YAML text can nest.
_YAML_NESTING_MARKS = "[{-?:"
#: YAML text this short, with nothing repeated in it, is within :data:`MAX_NODES` and
#: :data:`MAX_EXPANDED_CHARS` by its size alone (a quarter: a margin on the densest form).
_UNREPEATED_YAML_CHARS = MAX_NODES // 4


@dataclass
class FrontMatter:
    """The result of splitting a text into front matter and body."""

    kind: str | None  # "yaml", "toml", "json", "header" (Pelican/MultiMarkdown), or None
    data: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    #: Number of lines before the body starts (to map body lines back to the file).
    body_line: int = 0
    problems: list[Problem] = field(default_factory=list)


def starts_with_front_matter(text: str) -> bool:
    """True when ``text`` opens with a front-matter delimiter."""
    first = _opening_line(text.lstrip("\ufeff"))
    return first in _OPENERS or first == "{"


def split(text: str, mkdocs: bool = False, hexo: bool = False) -> FrontMatter:
    """Split ``text`` into parsed front matter and body; never raises, never loses the body.
    ``mkdocs``: a page of a MkDocs or Pelican site, whose meta lines may be any keys (see
    :func:`metadata_header`); ``hexo``: a file of a Hexo site, whose front matter may leave
    out its opening ``---`` (see :func:`unopened_front_matter`)."""
    first_line = _opening_line(text)
    kind = _OPENERS.get(first_line) or ("json" if first_line == "{" else None)
    if kind is None:
        return metadata_header(text, mkdocs) or unopened_front_matter(text, hexo) or FrontMatter(None, body=text)
    try:
        raw, body = _JSON_HANDLER.split(text) if kind == "json" else split_at_boundaries(text, *_BOUNDARIES[kind])
    except ValueError:
        return FrontMatter(
            None,
            body=text,
            problems=[Problem("front_matter", f"front matter opened with {first_line!r} is never closed")],
        )
    body = body.lstrip("\n")  # the handler's body is always a suffix of text
    result = FrontMatter(kind, body=body, body_line=text.count("\n", 0, len(text) - len(body)))
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        result.problems.append(
            Problem("front_matter", f"front matter of {len(raw):,} characters is over the limit; not parsed")
        )
        return result
    try:
        data, duplicates = _load(kind, raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, json.JSONDecodeError, _TooLarge) as error:
        what = f"{kind.upper()} over a limit" if isinstance(error, _TooLarge) else f"invalid {kind.upper()}"
        if kind == "yaml":
            budget = _Budget()
            recovered = recover_yaml(raw, lambda block: _load("yaml", block, budget))
            result.data, how = recovered.data, recovered.summary()
            result.problems.extend(Problem("front_matter", message) for message in recovered.duplicates)
        else:
            result.data = recover_lines(raw)
            how = f"recovered {len(result.data)} key(s) line by line"
        result.problems.insert(0, Problem("front_matter", f"{what} ({_first_line(error)}); {how}"))
        return result
    if isinstance(data, dict):
        result.data = {str(key): value for key, value in data.items()}
    elif data is not None:
        result.problems.append(Problem("front_matter", f"front matter is a {type(data).__name__}, not a mapping; ignored"))
    result.problems.extend(Problem("front_matter", message) for message in duplicates)
    return result


def _opening_line(text: str) -> str:
    """The first line of ``text`` without trailing whitespace (the rest is not copied)."""
    end = text.find("\n")
    return (text if end < 0 else text[:end]).rstrip()


def split_at_boundaries(text: str, boundary: re.Pattern, mark: str) -> tuple[str, str]:
    """The text between the first two lines that ``boundary`` matches, and the text after
    them, as python-frontmatter's ``boundary.split(text, 2)`` gives them; ValueError when
    there are not two. ``boundary`` is tried only at the lines that start with ``mark``
    (every boundary line does), not at every character of the text."""
    matches: list[re.Match] = []
    position = 0
    while len(matches) < 2:
        start = _line_starting_with(text, mark, position)
        if start < 0:
            raise ValueError(f"fewer than two {mark} lines")
        match = boundary.match(text, start)
        if match:
            matches.append(match)
        position = match.end() if match else start + 1
    first, second = matches
    return text[first.end() : second.start()], text[second.end() :]


def _line_starting_with(text: str, mark: str, position: int) -> int:
    """Where the first line of ``text`` that starts at or after ``position`` with ``mark``
    starts, or -1."""
    if position == 0 and text.startswith(mark):
        return 0
    found = text.find("\n" + mark, max(position - 1, 0))
    return found + 1 if found >= 0 else -1


def metadata_header(text: str, mkdocs: bool = False) -> FrontMatter | None:
    """Pelican/MultiMarkdown metadata: ``Key: value`` lines at the very top, ended by a blank
    line, with a ``Title`` or ``Date`` among at least two keys. Keys are lower-cased (they are
    case-insensitive there); values stay text. None when the text does not start with one.
    ``mkdocs``: MkDocs (and Pelican, with Python-Markdown's ``meta``) reads such lines at the
    top of every page, one key is enough and any key counts (a word without spaces: ``Title: Panduan``, ``description: ...``)."""
    data: dict[str, str] = {}
    key = None
    header_key = _MKDOCS_KEY if mkdocs else _HEADER_KEY
    lines = text.split("\n", MAX_HEADER_LINES + 1)
    for number, line in enumerate(lines[:MAX_HEADER_LINES]):
        if not line.strip():
            if data and (mkdocs or (len(data) >= 2 and ("title" in data or "date" in data))):
                return _with_body(FrontMatter("header", data), text, "\n".join(lines[number + 1 :]))
            return None
        match = header_key.match(line)
        if match and not line.startswith("//", match.end(1) + 1):  # (``https://…``: an address, not ``Key: //host/…``)
            key = match.group(1).strip().lower()
            data[key] = match.group(2).strip()
        elif key and line[:1] in (" ", "\t"):
            data[key] = f"{data[key]} {line.strip()}".strip()
        else:
            return None
    return None


def unopened_front_matter(text: str, hexo: bool = False) -> FrontMatter | None:
    """YAML front matter that lost its opening ``---`` on the way: ``key: value`` lines from
    the first line that is not blank, with no blank line among them, up to a ``---`` line
    within :data:`MAX_HEADER_LINES`, that parse as a mapping of at least two keys including
    ``title`` or ``date``. The rest is the body, and a problem says what was assumed — but in
    a Hexo site (``hexo``), whose front matter may be written so (hexo-front-matter:
    "prefixing separators are optional"). None when the text does not start so."""
    blank = _BLANK_LINES.match(text)
    start = blank.end() if blank else 0
    opening = text.count("\n", 0, start)  # the line where the keys start, from 0
    lines = text[start:].split("\n", MAX_HEADER_LINES + 1)
    if not _HEADER_KEY.match(lines[0]):
        return None
    for closing, line in enumerate(lines[1:MAX_HEADER_LINES], start=1):
        if line.rstrip() == "---":
            break
        if not line.strip():
            return None
    else:
        return None
    try:
        data, duplicates = _load("yaml", "\n".join(lines[:closing]))
    except (yaml.YAMLError, _TooLarge):
        return None
    if not isinstance(data, dict) or len(data) < 2 or not {"title", "date"} & set(map(str, data)):
        return None
    problems = [
        *([] if hexo else [Problem("front_matter", f"front matter has no opening '---'; the {len(data)} keys above the '---' on line {opening + closing + 1} were read as front matter")]),
        *(Problem("front_matter", message) for message in duplicates),
    ]
    fields = {str(key): value for key, value in data.items()}
    return _with_body(FrontMatter("yaml", fields, problems=problems), text, "\n".join(lines[closing + 1 :]))


def _with_body(result: FrontMatter, text: str, rest: str) -> FrontMatter:
    """``result`` with ``rest`` (the text after the front matter) as its body and the number
    of lines before the body."""
    result.body = rest.lstrip("\n")
    result.body_line = text.count("\n", 0, len(text) - len(result.body))
    return result


def _first_line(error: Exception) -> str:
    return " ".join(str(error).split())[:200]


class _TooLarge(ValueError):
    """Front matter past one of the limits in :mod:`.limits`."""


@dataclass
class _Budget:
    """Values and characters of text that parsed front matter may still hold (shared by the
    blocks of a recovery, so many small blocks cannot add up past the limits)."""

    nodes: int = MAX_NODES
    chars: int = MAX_EXPANDED_CHARS


def _load(kind: str, raw: str, budget: _Budget | None = None) -> tuple[Any, list[str]]:
    """Parse front matter of ``kind``; returns the data and duplicate-key messages.

    Raises :class:`_TooLarge` for front matter past the nesting or expansion limits
    (counted against ``budget``, a fresh one by default).
    """
    duplicates: list[str] = []
    try:
        if kind == "yaml":
            _check_yaml_nesting(raw)  # libyaml's C composer crashes the process on deep nesting
            loader = FrontMatterLoader(raw)
            try:
                data = loader.get_single_data()
                duplicates = loader.duplicates
            finally:
                loader.dispose()
        elif kind == "toml":
            _check_toml_keys(raw)
            data = tomllib.loads(raw)
        else:
            data = json.loads(raw)
    except RecursionError:
        raise _TooLarge(f"nested deeper than {MAX_NESTING} levels") from None
    if budget is not None or not (kind == "yaml" and _within_limits_by_size(raw)):
        _check_size(data, budget or _Budget(), aliased=kind == "yaml" and "&" in raw and "*" in raw)
    return data, duplicates


def _within_limits_by_size(raw: str) -> bool:
    """True when the YAML text ``raw`` cannot parse into more than the limits allow, so that
    :func:`_check_size` need not walk what it parses into: without an anchor (``&``) or
    without an alias (``*``) nothing in it is repeated, so every value comes from its own
    part of the text, at most about one value per character (``[?:, ?:]``, the densest form,
    is three values in three characters) and never more characters than the text holds; its
    nesting was checked before it was parsed (:func:`_check_yaml_nesting`)."""
    return len(raw) <= _UNREPEATED_YAML_CHARS and ("&" not in raw or "*" not in raw)


def _check_yaml_nesting(raw: str) -> None:
    """Refuse YAML nested deeper than :data:`MAX_NESTING`, reading only libyaml's event
    stream (flat, so safe at any depth) and stopping as soon as the limit is passed."""
    if sum(raw.count(mark) for mark in _YAML_NESTING_MARKS) <= MAX_NESTING:
        return  # too few collection marks to nest that deep: skip the scan
    scanner = FrontMatterLoader(raw)
    depth = 0
    try:
        while (event := scanner.get_event()) is not None:
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    raise _TooLarge(f"nested deeper than {MAX_NESTING} levels")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        scanner.dispose()


def _check_toml_keys(raw: str) -> None:
    """Refuse TOML with a dotted key of more than :data:`MAX_NESTING` parts (tomllib's time
    grows with the square of their number). Counts every dot of a table header, and every
    dot before a line's last ``=``: an overestimate, never an underestimate."""
    for line in raw.split("\n"):
        dots = line.count(".") if line.lstrip().startswith("[") else line.rpartition("=")[0].count(".")
        if dots >= MAX_NESTING:
            raise _TooLarge(f"a dotted key of more than {MAX_NESTING} parts")


def _check_size(data: Any, budget: _Budget, aliased: bool = False) -> None:
    """Refuse parsed front matter too large to keep: more than :data:`MAX_NODES` values,
    strings adding up to more than :data:`MAX_EXPANDED_CHARS` characters, or nesting deeper
    than :data:`MAX_NESTING` (YAML aliases repeat and nest their anchors' values, so a small
    text can expand without bound, even into a value that contains itself). What ``data``
    holds is taken from ``budget``. ``aliased``: the text has anchors and aliases, which
    the reason then names as the likely cause."""
    cause = " (alias expansion?)" if aliased else ""
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        budget.nodes -= 1
        if budget.nodes < 0:
            raise _TooLarge(f"more than {MAX_NODES:,} values{cause}")
        if depth > MAX_NESTING:
            raise _TooLarge(f"nested deeper than {MAX_NESTING} levels")
        if isinstance(value, str):
            budget.chars -= len(value)
            if budget.chars < 0:
                raise _TooLarge(f"more than {MAX_EXPANDED_CHARS:,} characters of text{cause}")
        elif isinstance(value, dict):
            stack.extend((item, depth + 1) for item in (*value.keys(), *value.values()))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
