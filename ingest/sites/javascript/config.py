"""The literal values of a JavaScript or TypeScript configuration file, read without running it.

Docusaurus (``docusaurus.config.ts``), Astro (``astro.config.mjs``) and VitePress
(``.vitepress/config.ts``) configure a site in code. The few settings that say where pages
are published are almost always literals (``baseUrl: '/panduan/'``), so the file is
tokenized and its exported object read as data: objects, arrays, strings, booleans,
numbers, ``const`` names bound to such values, and calls such as ``defineConfig({...})``.
Anything else — ``process.env.URL``, ``'a' + b``, a template with ``${…}``, a function
call's result — is a :class:`Computed` value that names its source text, so a caller can say
why it cannot tell. Nothing is ever run; the scan is linear in the file's size and bounded
in depth and tokens, so a hostile file costs little and gives :data:`None`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: Files with more tokens, or values nested deeper, are not read (a real configuration has a
#: few thousand tokens and a depth under 20).
MAX_TOKENS = 200_000
MAX_DEPTH = 64
#: Most values the exported object is built of, names followed (a name used several times
#: in a name used several times … must not cost more).
MAX_VALUES = 20_000
#: Longest source text a :class:`Computed` keeps to name itself.
_SHOWN_CHARS = 60

_TOKEN = re.compile(
    r"""(?P<space>\s+|//[^\n]*|/\*.*?(?:\*/|\Z))
    |(?P<string>'(?:[^'\\\n]|\\.)*'?|"(?:[^"\\\n]|\\.)*"?)
    |(?P<template>`(?:[^`\\]|\\.)*`?)
    |(?P<number>(?:0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?|\.\d+)n?)
    |(?P<name>[A-Za-z_$][\w$]*)
    |(?P<punct>\.\.\.|=>|[{}\[\](),:;=.?!+\-*%<>&|~^@#/\\])
    |(?P<other>.)""",
    re.S | re.X,
)
#: After these tokens a ``/`` starts a regular expression, not a division.
_BEFORE_REGEX = frozenset("( , = : [ ! & | ? { } ; return".split())
_REGEX = re.compile(r"/(?:[^/\\\n\[]|\\.|\[(?:[^\]\\\n]|\\.)*\]?)*/?[a-z]*", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_CLOSERS = frozenset(",)]};")
#: The key of an object holding a spread of unknown keys (``{...options, url: "…"}``): a
#: key the object does not list may come from the spread, so its value is computed.
OPEN = "..."
#: What starts a statement of a module's top level (in a file without semicolons, a line
#: opening with one of them ends the value before it).
_STATEMENTS = frozenset(("module", "export", "import", "const", "let", "var"))
#: Type-only suffixes of TypeScript that leave a value as it is.
_TYPE_SUFFIXES = frozenset(("as", "satisfies"))


@dataclass(frozen=True)
class Computed:
    """A value the file computes (``process.env.SITE_URL``): its source text, shortened."""

    source: str


@dataclass(frozen=True)
class _Ref:
    name: str


@dataclass(frozen=True)
class _Call:
    name: str
    args: tuple


def read_js_config(text: str, assigned: tuple[str, ...] = ()) -> dict | None:
    """The object a configuration file exports (``export default``, ``module.exports =``),
    or that a script assigns to the name ``assigned`` (``("window", "$docsify")``), as a
    dict of literal values, :class:`Computed` for the others; None when no such object can
    be found (or the file is over the bounds)."""
    tokens = _tokenize(text)
    if tokens is None:
        return None
    parser = _Parser(tokens, text)
    exported = parser.module(assigned)
    return _as_object(exported, parser.bindings, parser.returns)


class Spans:
    """Where a module's calls and top-level bindings are in its ``text``, found by its
    tokens (so a bracket in a string, a comment or a regular expression is none): the
    places of code a caller reads with its own patterns (an Astro content configuration's
    ``defineCollection({...})`` calls and the schema constants they name)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text) or []  # (over the bounds: no spans)

    def calls(self, name: str) -> list[tuple[int, int]]:
        """Each call of the function ``name`` (``defineCollection({...})``), as the start of
        its name and the end of its closing parenthesis (the file's end when it has none)."""
        return [
            (start, self._closing(at + 1))
            for at, (kind, token, start, _) in enumerate(self.tokens[:-1])
            if kind == "name" and token == name and self.tokens[at + 1][1] == "("
        ]

    def bindings(self) -> dict[str, tuple[int, int]]:
        """The value of each ``const``, ``let`` or ``var`` name of the module's top level, as
        where it starts and ends: at a ``,`` or ``;``, a closing bracket, the file's end, or
        a statement on a line of its own (a file without semicolons). A destructuring
        binding (``const { a } = …``) names none."""
        spans: dict[str, tuple[int, int]] = {}
        depth = 0
        for at, (kind, token, _, _) in enumerate(self.tokens):
            depth += _depth_change(token)
            if depth == 0 and token in ("const", "let", "var") and at + 1 < len(self.tokens) and self.tokens[at + 1][0] == "name":
                sign = next((after for after in range(at + 2, len(self.tokens)) if self.tokens[after][1] in ("=", ";")), None)
                if sign is not None and self.tokens[sign][1] == "=" and sign + 1 < len(self.tokens):
                    spans[self.tokens[at + 1][1]] = (self.tokens[sign + 1][2], self._value_end(sign + 1))
        return spans

    def _closing(self, opening: int) -> int:
        """Where the bracket of the token ``opening`` closes (its end)."""
        depth = 0
        for _, token, _, end in self.tokens[opening:]:
            depth += _depth_change(token)
            if depth == 0:
                return end
        return len(self.text)

    def _value_end(self, first: int) -> int:
        """Where the value whose first token is ``first`` ends (see :meth:`bindings`)."""
        depth = 0
        for at in range(first, len(self.tokens)):
            _, token, start, _ = self.tokens[at]
            if depth == 0 and at > first and (token in _CLOSERS or (token in _STATEMENTS and "\n" in self.text[self.tokens[at - 1][3] : start])):
                return start
            depth += _depth_change(token)
            if depth < 0:
                return start
        return len(self.text)


def _depth_change(token: str) -> int:
    """How the token changes the depth of brackets: 1 opening one, -1 closing one, else 0."""
    return 1 if token in ("(", "[", "{") else -1 if token in (")", "]", "}") else 0


def lookup(value: Any, *keys: str) -> Any:
    """The value at ``keys`` in nested objects; None when a key is absent; a
    :class:`Computed` when something on the way is computed."""
    for key in keys:
        if isinstance(value, Computed):
            return value
        if not isinstance(value, dict):
            return None
        value = value.get(key, value.get(OPEN))
    return value


def _tokenize(text: str) -> list[tuple[str, str, int, int]] | None:
    """The tokens of ``text``: kind, text, where it starts and ends."""
    tokens: list[tuple[str, str, int, int]] = []
    position, end = 0, len(text)
    while position < end:
        last = tokens[-1][1] if tokens else ";"
        if text[position] == "/" and last in _BEFORE_REGEX and not text.startswith(("//", "/*"), position):
            match = _REGEX.match(text, position)
            if match:
                tokens.append(("regex", match.group(), position, match.end()))
                position = match.end()
                continue
        match = _TOKEN.match(text, position)
        assert match is not None  # ``other`` matches any character
        position = match.end()
        if match.lastgroup != "space":
            kind, token = match.lastgroup or "other", match.group()
            if kind in ("string", "template") and not _closed(token):
                kind = "other"  # not closed: it is read to its line's (a template's: the file's) end, once
            tokens.append((kind, token, match.start(), match.end()))
            if len(tokens) > MAX_TOKENS:
                return None
    return tokens


def _closed(token: str) -> bool:
    """True when the string or template ``token`` ends with its closing quote (not an escaped one)."""
    body = token[1:]
    return body.endswith(token[0]) and (len(body) - 1 - len(body[:-1].rstrip("\\"))) % 2 == 0


def _string(token: str) -> str:
    """The text of a string literal token (its quotes and escapes read)."""
    return re.sub(r"\\(.)", lambda match: _ESCAPES.get(match.group(1), match.group(1)), token[1:-1], flags=re.S)


class _Parser:
    """A tolerant reader of the value expressions of a module's top level; what it cannot
    read becomes :class:`Computed`."""

    def __init__(self, tokens: list[tuple[str, str, int, int]], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self.at = 0
        self.bindings: dict[str, Any] = {}
        self.returns: list[Any] = []

    def peek(self, ahead: int = 0) -> tuple[str, str]:
        index = self.at + ahead
        return self.tokens[index][:2] if index < len(self.tokens) else ("end", "")

    def module(self, assigned: tuple[str, ...] = ()) -> Any:
        """Walk every token; read declarations, ``return`` values and the export (or the
        value assigned to the dotted name ``assigned``)."""
        exported = None
        while self.at < len(self.tokens):
            kind, text = self.peek()
            if assigned and text == assigned[0] and self._assigns(assigned):
                self.at += 2 * len(assigned)  # the names, the dots between them, ``=``
                exported = self.value(0)
                continue
            if kind == "name" and text in ("const", "let", "var") and self.peek(1)[0] == "name":
                name = self.peek(1)[1]
                self.at += 2
                self._skip_type_annotation()
                if self.peek()[1] == "=":
                    self.at += 1
                    self.bindings[name] = self.value(0)
                continue
            if kind == "name" and text == "return":
                self.at += 1
                if self.peek()[1] not in _CLOSERS:
                    self.returns.append(self.value(0))
                continue
            if kind == "name" and text == "export" and self.peek(1)[1] == "default":
                self.at += 2
                exported = self._function_or_value()
                continue
            if kind == "name" and text == "module" and self.peek(1)[1] == "." and self.peek(2)[1] == "exports" and self.peek(3)[1] == "=":
                self.at += 4
                exported = self._function_or_value()
                continue
            self.at += 1
        return exported

    def _assigns(self, names: tuple[str, ...]) -> bool:
        """True when the tokens from here are ``names`` joined by dots, then ``=``."""
        dotted = [token for name in names for token in (name, ".")][:-1] + ["="]
        return all(self.peek(ahead)[1] == token for ahead, token in enumerate(dotted))

    def _function_or_value(self) -> Any:
        if self.peek()[1] in ("async", "function"):
            return _Call("function", ())  # its object is what it returns
        if self.peek()[0] == "name" and [self.peek(ahead)[1] for ahead in (1, 2, 3)] == ["=>", "(", "{"]:
            self.at += 2  # ``ctx => ({…})`` (VuePress 1's form): the object it returns, read from its ``(``
        return self.value(0)

    def _skip_type_annotation(self) -> None:
        """Skip ``: Type`` after a declared name (TypeScript)."""
        if self.peek()[1] != ":":
            return
        depth = 0
        while self.at < len(self.tokens):
            text = self.peek()[1]
            if depth == 0 and text in ("=", ";"):
                return
            depth += text in "([{<" and len(text) == 1
            depth -= text in ")]}>" and len(text) == 1
            self.at += 1

    def value(self, depth: int) -> Any:
        """One value expression, up to the ``,`` or closing bracket after it."""
        start = self.at
        result = self._primary(depth)
        if self.peek()[1] in _TYPE_SUFFIXES:  # ``{...} satisfies Config``
            self._skip_to_end()
            return result
        if not self._at_end():
            self._skip_to_end()
            return Computed(self._source(start))
        return result

    def _primary(self, depth: int) -> Any:
        kind, text = self.peek()
        if depth > MAX_DEPTH:
            self._skip_to_end()
            return Computed("…")
        if kind == "string":
            self.at += 1
            return _string(text)
        if kind == "template":
            self.at += 1
            return Computed(text[:_SHOWN_CHARS]) if "${" in text else _string(text)
        if kind == "number":
            self.at += 1
            return text
        if text == "{":
            return self._object(depth)
        if text == "[":
            return self._array(depth)
        if text == "(":
            self.at += 1
            inner = self.value(depth + 1)
            if self.peek()[1] == ")":
                self.at += 1
                if self.peek()[1] == "=>":  # ``(x) => …``: a function
                    self._skip_to_end()
                    return Computed("(…) => …")
            return inner
        if kind == "name":
            return self._name(depth)
        start = self.at
        self._skip_to_end()
        return Computed(self._source(start))

    def _name(self, depth: int) -> Any:
        start = self.at
        text = self.peek()[1]
        if text in ("true", "false"):
            self.at += 1
            return text == "true"
        if text in ("null", "undefined"):
            self.at += 1
            return None
        name = [text]
        self.at += 1
        while self.peek()[1] == "." and self.peek(1)[0] == "name":
            name.append(self.peek(1)[1])
            self.at += 2
        if self.peek()[1] == "(":
            self.at += 1
            args = self._items(")", depth)
            if not self._at_end():
                self._skip_to_end()
                return Computed(self._source(start))
            return _Call(".".join(name), tuple(args))
        if len(name) == 1 and self.peek()[1] != "=>":
            return _Ref(name[0])
        self._skip_to_end()
        return Computed(self._source(start))

    def _object(self, depth: int) -> dict:
        self.at += 1  # {
        result: dict[str, Any] = {}
        while self.peek()[0] != "end":
            kind, text = self.peek()
            if text == "}":
                self.at += 1
                break
            if text == ",":
                self.at += 1
                continue
            if text == "...":  # a spread: its keys are known when it is a name bound to an object
                self.at += 1
                start = self.at
                spread = self.value(depth + 1)
                spread = self.bindings.get(spread.name) if isinstance(spread, _Ref) else spread
                if isinstance(spread, dict):
                    result.update(spread)
                else:
                    result = {OPEN: Computed("..." + self._source(start))}  # any key may come from it
                continue
            key = _string(text) if kind == "string" else text if kind in ("name", "number") else None
            self.at += 1
            if key is None:  # ``[computed]: value``
                self._skip_to_end()
                continue
            if self.peek()[1] == ":":
                self.at += 1
                result[key] = self.value(depth + 1)
            elif self.peek()[1] in (",", "}"):
                result[key] = _Ref(key)  # shorthand ``{ url }``
            else:  # a method, ``get x() {…}``, ``async x() {…}``
                self._skip_to_end()
                result[key] = Computed(key + "()")
        return result

    def _array(self, depth: int) -> list:
        self.at += 1  # [
        return self._items("]", depth)

    def _items(self, closer: str, depth: int) -> list:
        items: list[Any] = []
        while self.peek()[0] != "end":
            text = self.peek()[1]
            if text == closer:
                self.at += 1
                break
            if text == ",":
                self.at += 1
                continue
            if text in _CLOSERS:  # a closer that is not ours: the source is broken
                self.at += 1
                break
            items.append(self.value(depth + 1))
        return items

    def _skip_to_end(self) -> None:
        """Skip to the ``,``, ``;`` or closing bracket that ends the current value, or to a
        statement on a line of its own after it (a file without semicolons:
        ``const path = require('path')`` over ``module.exports = …``)."""
        depth = 0
        while self.at < len(self.tokens):
            text = self.peek()[1]
            if depth == 0 and self._at_end():
                return
            if text in ("(", "[", "{"):
                depth += 1
            elif text in (")", "]", "}"):
                depth -= 1
            self.at += 1

    def _at_end(self) -> bool:
        """True at the end of the current value: a ``,``, ``;`` or closing bracket, the end of
        the file, or a statement on a line of its own (a file without semicolons)."""
        kind, text = self.peek()
        if kind == "end" or text in _CLOSERS:
            return True
        return text in _STATEMENTS and "\n" in self.text[self.tokens[self.at - 1][3] : self.tokens[self.at][2]]

    def _source(self, start: int) -> str:
        if start >= self.at:
            return ""
        text = " ".join(self.text[self.tokens[start][2] : self.tokens[self.at - 1][3]].split())
        return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _as_object(value: Any, bindings: dict[str, Any], returns: list[Any]) -> dict | None:
    """The configuration object ``value`` stands for: a name bound to it, the single object
    passed to a wrapper (``defineConfig({...})``, ``withMermaid(defineConfig({...}))``),
    or what an exported function returns (its last ``return`` of an object)."""
    for _ in range(16):  # names and wrappers, each followed a bounded number of times
        if isinstance(value, _Ref):
            value = bindings.get(value.name)
        elif isinstance(value, _Call) and value.name == "function":
            value = next((item for item in reversed(returns) if isinstance(item, dict) or isinstance(bindings.get(getattr(item, "name", "")), dict)), None)
        elif isinstance(value, _Call) and len(value.args) == 1:
            value = value.args[0]
        else:
            break
    resolved = _Resolver(bindings).resolve(value, frozenset(), 0)
    return resolved if isinstance(resolved, dict) else None


class _Resolver:
    """Replaces the names bound in the file by their values (a name the file does not bind
    is computed: an import, a parameter; so is a name used inside its own value) and makes
    calls computed, visiting at most :data:`MAX_VALUES` values (names used many times in
    names used many times must not blow up)."""

    def __init__(self, bindings: dict[str, Any]) -> None:
        self.bindings = bindings
        self.budget = MAX_VALUES

    def resolve(self, value: Any, seen: frozenset, depth: int) -> Any:
        self.budget -= 1
        if depth > MAX_DEPTH or self.budget < 0:
            return Computed("…")
        if isinstance(value, _Ref):
            if value.name not in self.bindings or value.name in seen:
                return Computed(value.name)
            return self.resolve(self.bindings[value.name], seen | {value.name}, depth + 1)
        if isinstance(value, _Call):
            return Computed(value.name + "(…)")
        if isinstance(value, dict):
            return {key: self.resolve(item, seen, depth + 1) for key, item in value.items()}
        if isinstance(value, list):
            return [self.resolve(item, seen, depth + 1) for item in value]
        return value
