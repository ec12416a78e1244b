"""Front matter: find it (python-frontmatter's handlers), parse it safely, recover when broken."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

import yaml
from frontmatter import default_handlers

from .document import Problem

#: Front matter larger than this is not parsed (it is kept as text and reported).
MAX_FRONT_MATTER_CHARS = 2_000_000
#: Parsed values with more nodes than this are refused (YAML alias bombs).
MAX_NODES = 200_000

_HANDLERS = {
    "yaml": default_handlers.YAMLHandler(),
    # python-frontmatter's TOMLHandler needs the third-party ``toml`` package; splitting on
    # ``+++`` needs only the boundary, and parsing uses the standard library's tomllib.
    "toml": default_handlers.BaseHandler(fm_boundary=re.compile(r"^\+{3,}\s*$", re.MULTILINE)),
    "json": default_handlers.JSONHandler(),
}
_OPENERS = {"---": "yaml", "+++": "toml"}
_LENIENT_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*))?$")


@dataclass
class FrontMatter:
    """The result of splitting a text into front matter and body."""

    kind: str | None  # "yaml", "toml", "json", or None when there is none
    data: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    #: Number of lines before the body starts (to map body lines back to the file).
    body_line: int = 0
    problems: list[Problem] = field(default_factory=list)


def starts_with_front_matter(text: str) -> bool:
    """True when ``text`` opens with a front-matter delimiter."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip()
    return first in _OPENERS or first == "{"


def split(text: str) -> FrontMatter:
    """Split ``text`` into parsed front matter and body; never raises, never loses the body."""
    first_line = text.split("\n", 1)[0].rstrip()
    kind = _OPENERS.get(first_line) or ("json" if first_line == "{" else None)
    if kind is None:
        return FrontMatter(None, body=text)
    try:
        raw, body = _HANDLERS[kind].split(text)
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
        result.data = recover_lines(raw)
        result.problems.append(
            Problem("front_matter", f"invalid {kind.upper()} ({_first_line(error)}); recovered {len(result.data)} key(s) line by line")
        )
        return result
    if isinstance(data, dict):
        result.data = {str(key): value for key, value in data.items()}
    elif data is not None:
        result.problems.append(Problem("front_matter", f"front matter is a {type(data).__name__}, not a mapping; ignored"))
    result.problems.extend(Problem("front_matter", message) for message in duplicates)
    return result


def _first_line(error: Exception) -> str:
    return " ".join(str(error).split())[:200]


class _TooLarge(ValueError):
    pass


class _SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (C-accelerated when available) that reports duplicate keys."""

    def __init__(self, stream):
        super().__init__(stream)
        self.duplicates: list[str] = []

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    self.duplicates.append(
                        f"duplicate key {key_node.value!r} at line {key_node.start_mark.line + 1}; the last value is kept"
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


    def construct_yaml_timestamp(self, node):
        """A timestamp that is not a real date (``0000-00-00``) stays text, for the date
        normalizer to report, instead of failing the whole front matter."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_SafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _SafeLoader.construct_mapping)
_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _SafeLoader.construct_yaml_timestamp)


def _load(kind: str, raw: str) -> tuple[Any, list[str]]:
    """Parse front matter of ``kind``; returns the data and duplicate-key messages."""
    duplicates: list[str] = []
    if kind == "yaml":
        loader = _SafeLoader(raw)
        try:
            data = loader.get_single_data()
            duplicates = loader.duplicates
        finally:
            loader.dispose()
    elif kind == "toml":
        data = tomllib.loads(raw)
    else:
        data = json.loads(raw)
    _count_nodes(data)
    return data, duplicates


def _count_nodes(data: Any) -> None:
    """Refuse values that expand to too many nodes (YAML aliases can nest exponentially)."""
    budget = MAX_NODES
    stack = [data]
    while stack:
        value = stack.pop()
        budget -= 1
        if budget < 0:
            raise _TooLarge(f"more than {MAX_NODES:,} values (alias expansion?)")
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def recover_lines(raw: str) -> dict[str, str]:
    """Lenient recovery of top-level ``key: value`` lines from broken front matter.

    Tab-indented keys count as top-level (tabs are a common cause of the breakage);
    space-indented lines continue the previous value; quotes around a value are removed.
    """
    data: dict[str, str] = {}
    key = None
    for line in raw.split("\n"):
        line = line.lstrip("\t")
        match = _LENIENT_KEY.match(line)
        if match:
            key = match.group(1)
            data[key] = (match.group(2) or "").strip()
        elif key and line.startswith((" ", "-")) and line.strip():
            data[key] = f"{data[key]} {line.strip()}".strip()
    return {key: _unquote(value) for key, value in data.items()}


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
