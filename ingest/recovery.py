"""Recovery of front matter that does not parse.

YAML keeps its structure (:func:`recover_yaml`): the front matter is cut into top-level key blocks (a key at the start of a line and every
indented or ``- `` line after it) and each block is parsed on its own by the same guarded
loader as whole front matter (nesting, alias and size limits), so one broken line costs
at most its own block. A block that fails is repaired and parsed again: tabs in its
indentation become spaces, and the value on the line the parser complains about is quoted
(``title: Rapat: hasil akhir``, ``- Catatan: "penting``, ``judul: [Draft] Rencana``; an
unclosed opening quote is dropped). Only a block that still fails is kept as plain text
(its lines joined, as :func:`recover_lines` reads them; TOML and JSON that do not parse
are read that way as a whole). Block lists, nested mappings and
block scalars (``|``, ``>``) of every other block come out as written.

The parsing work is bounded: repairs may parse at most twice the front matter's size
again, and the loader's size limits are shared by all blocks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable

import yaml

#: A line that opens a top-level block: a key at column 0 followed by ``:``. A key that is
#: not quoted runs to the first ``:`` (its spaces before the colon are part of it, not
#: tried apart at each of its characters: that costs the square of a long line).
_TOP_KEY = re.compile(r"""^(?:(?:"[^"]*"|'[^']*')\s*|[^\s#\-?:'"][^:]*):(?:\s|$)""")
#: A key line indented by tabs alone (a stray tab, common in hand-edited front matter).
_TAB_KEY = re.compile(r"^\t+(?=[^\s#\-])(?:[^:]*?):(?:\s|$)")
#: ``key: value`` (possibly as a list item), to quote the value: the value runs to its last
#: character that is not a space (one space when it is only spaces), found from the line's
#: end once rather than tried at each character of the line.
_KEY_VALUE = re.compile(r"""^(\s*(?:-\s+)?(?:(?:"[^"]*"|'[^']*')\s*|[^\s#'"][^:]*):\s+)(.*\S|\s)\s*$""")
#: ``- value``, to quote the item.
_ITEM = re.compile(r"^(\s*-\s+)(.*\S|\s)\s*$")
#: Values that open a block of their own: they are never quoted.
_BLOCK_OPENERS = re.compile(r"^[|>][-+0-9]*$")
_LENIENT_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*))?$")
#: Repair attempts per block.
_MAX_ATTEMPTS = 8


@dataclass
class Recovered:
    """What recovery gave: the data, and which keys needed repair or stayed plain text."""

    data: dict[str, Any] = field(default_factory=dict)
    #: Keys whose block parsed only after a repair (quoting a value, tabs to spaces).
    repaired: list[str] = field(default_factory=list)
    #: Keys whose block could not be parsed and were kept as plain text.
    as_text: list[str] = field(default_factory=list)
    #: Duplicate-key messages of the loader, and keys given by two blocks.
    duplicates: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """``recovered 7 key(s) block by block (repaired: title; kept as plain text: x)``."""
        parts = []
        if self.repaired:
            parts.append("repaired: " + ", ".join(self.repaired))
        if self.as_text:
            parts.append("kept as plain text: " + ", ".join(self.as_text))
        return f"recovered {len(self.data)} key(s) block by block" + (f" ({'; '.join(parts)})" if parts else "")


#: Parses one YAML text with the guarded loader: returns (data, duplicate-key messages);
#: raises :class:`yaml.YAMLError` when it is not YAML, :class:`ValueError` when over a limit.
Loader = Callable[[str], "tuple[Any, list[str]]"]


def recover_yaml(raw: str, load: Loader) -> Recovered:
    """Parse broken YAML front matter block by block with ``load`` (see the module docstring)."""
    result = Recovered()
    work = 2 * len(raw) + 65_536  # characters that repairs may parse again
    for block in _blocks(raw):
        text = "\n".join(block)
        parsed, error = _parse(text, load)
        repaired, attempt = False, 0
        while isinstance(error, yaml.YAMLError) and attempt < _MAX_ATTEMPTS and work >= len(text):
            fixed = _repair(text, _error_lines(error))
            if fixed is None:
                break
            text, attempt, work = fixed, attempt + 1, work - len(fixed)
            (parsed, error), repaired = _parse(text, load), True
        if error is None:
            value, duplicates = parsed
            if isinstance(value, dict):
                _merge(result, value, duplicates, repaired)
                continue
            if value is None:
                continue  # comments and blank lines only
        _keep_as_text(result, block)
    return result


def _parse(text: str, load: Loader) -> tuple[Any, Exception | None]:
    """``load(text)`` and no error, or None and the error (not YAML, or over a limit)."""
    try:
        return load(text), None
    except (yaml.YAMLError, ValueError) as error:
        return None, error


def _merge(result: Recovered, value: dict, duplicates: list[str], repaired: bool) -> None:
    result.duplicates.extend(duplicates)
    for key, item in value.items():
        key = str(key)
        if key in result.data:
            result.duplicates.append(f"duplicate key {key!r}; the last value is kept")
        result.data[key] = item
        if repaired:
            result.repaired.append(key)


def _keep_as_text(result: Recovered, block: list[str]) -> None:
    for key, value in recover_lines("\n".join(block)).items():
        result.data[key] = value
        result.as_text.append(key)


def _blocks(raw: str) -> list[list[str]]:
    """The top-level key blocks of ``raw`` (comment and blank lines stay with their block)."""
    blocks: list[list[str]] = [[]]
    for line in raw.split("\n"):
        if _TOP_KEY.match(line) and blocks[-1]:
            blocks.append([line])
        elif _TAB_KEY.match(line) and _has_inline_value(blocks[-1]):
            blocks.append([line.lstrip("\t")])  # a stray tab before a key after a one-line value
        else:
            blocks[-1].append(line)
    return [block for block in blocks if any(line.strip() for line in block)]


def _has_inline_value(block: list[str]) -> bool:
    """True when ``block`` is one ``key: value`` line whose value is complete on that line."""
    lines = [line for line in block if line.strip() and not line.lstrip().startswith("#")]
    if len(lines) != 1:
        return False
    value = lines[0].split(":", 1)[1].strip() if ":" in lines[0] else ""
    return bool(value) and not _BLOCK_OPENERS.match(value)


def _error_lines(error: yaml.YAMLError) -> list[int]:
    """The lines (0-based) the parser names for ``error``: the problem, then the context."""
    if not isinstance(error, yaml.MarkedYAMLError):
        return []
    marks = (error.problem_mark, error.context_mark)
    return list(dict.fromkeys(mark.line for mark in marks if mark is not None))


def _repair(text: str, error_lines: list[int]) -> str | None:
    """``text`` with one repair made, or None when nothing is left to repair: tabs in the
    indentation become two spaces each; else the value of the first named line is quoted."""
    lines = text.split("\n")
    if any("\t" in line[: len(line) - len(line.lstrip())] for line in lines):
        return "\n".join(_untab(line) for line in lines)
    for number in error_lines:
        if number < len(lines):
            fixed = _quote_value(lines[number])
            if fixed is not None:
                lines[number] = fixed
                return "\n".join(lines)
    return None


def _untab(line: str) -> str:
    indent = line[: len(line) - len(line.lstrip())]
    return indent.replace("\t", "  ") + line[len(indent) :]


def _quote_value(line: str) -> str | None:
    """The line with its value (of a key or a list item) as a double-quoted YAML string, or
    None when it has no value to quote or is already quoted that way."""
    match = _KEY_VALUE.match(line) or _ITEM.match(line)
    if not match:
        return None
    prefix, value = match.groups()
    if _BLOCK_OPENERS.match(value):
        return None
    if value[0] in "'\"" and not (len(value) > 1 and value[-1] == value[0]):
        value = value[1:].strip()  # an opening quote never closed
    elif len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]  # quoted, with the same quote inside (Jum'at)
    quoted = json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    fixed = prefix + quoted
    return fixed if fixed != line else None


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
