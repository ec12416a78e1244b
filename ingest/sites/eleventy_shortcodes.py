"""The shortcodes an Eleventy site's configuration defines, and those of them that show no text.

Eleventy's configuration names a site's own template tags (``UserConfig.js``):
``addShortcode``, ``addAsyncShortcode``, ``addLiquidShortcode``, ``addNunjucksShortcode``,
``addNunjucksAsyncShortcode``, their paired forms (``addPairedShortcode``,
``addPairedAsyncShortcode``, ``addPairedLiquidShortcode``, ``addPairedNunjucksShortcode``,
``addPairedNunjucksAsyncShortcode``, whose function gets the tag's content first), and the
custom tags of ``addLiquidTag`` and ``addNunjucksTag``. A tag arsip does not render is
removed (a paired one keeps its content); what its function shows besides is the site's
code, read here, never run. A function that returns only markup shows no text: an arrow
function whose body is one string or template literal, or a function each of whose
returns gives one, whose text outside its tags (and ``<script>``/``<style>``
elements) is empty but for a paired shortcode's content put in it as it is, and which has no
``alt`` text (``(id) => `<iframe src="https://www.youtube.com/embed/${id}"></iframe>```);
a function given by name is read where the same file declares it (``function peta(id) {…}``,
``const peta = (id) => …``). Any other — a function imported from elsewhere, a string put
together with ``+``, a parameter shown as text — may show text.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Iterator

from .javascript.config import Spans

#: A configuration method defining a tag (see the module's list); whether it is paired.
_DEFINING = re.compile(r"add(Paired)?(?:Liquid|Nunjucks)?(?:Async)?(?:Shortcode|Tag)")
#: A module of the site a configuration loads: ``require("./x")``, ``import x from "./x.js"``,
#: ``import("./x.js")``; its path from the configuration's folder.
_IMPORT = re.compile(r"""\b(?:require\s*\(|import\s*\(|from)\s*["'`](\.{1,2}/[^"'`\s]+)["'`]""")
#: The most modules of a configuration read for the tags they define.
MAX_IMPORTS = 20
#: The extensions Node tries for a module named without one.
_MODULE_EXTENSIONS = (".js", ".cjs", ".mjs")
#: The tokens a string or template literal is.
_LITERALS = ("string", "template")
#: A template literal's substitution (``${id}``), without nested braces.
_SUBSTITUTION = re.compile(r"\$\{([^{}]*)\}")
#: Where a substitution shown as text was, in a literal read for its text.
_SHOWN = "\x00"
#: What of markup shows no text: its tags, comments, and scripts' and styles' contents.
_NOT_TEXT = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>", re.S | re.I)
#: An ``alt`` attribute with a value: an image's text, which arsip reads.
_ALT = re.compile(r"""\balt\s*=\s*(?:"[^"]+"|'[^']+'|[^\s"'>]+)""", re.I)


def configured_shortcodes(config: str) -> dict[str, bool]:
    """The tags an Eleventy configuration (its text) defines, each with whether it shows no
    text (see the module's rule)."""
    if "Shortcode" not in config and "Tag" not in config:  # (no defining method's name: no tag)
        return {}
    return merged_shortcodes(_definitions(Spans(config)))


def merged_shortcodes(definitions: Iterable[tuple[str, bool]]) -> dict[str, bool]:
    """Definitions of tags (name, whether it shows no text) by name: a tag defined more than
    once (in two files of a configuration) shows no text only when none of them does."""
    merged: dict[str, bool] = {}
    for name, silent in definitions:
        merged[name] = merged.get(name, True) and silent
    return merged


def local_imports(config: str) -> tuple[str, ...]:
    """The site's own modules a configuration (its text) loads, ``require("./_config/shortcodes")``
    or ``import filters from "./_config/filters.js"``, as paths from its folder (at most
    :data:`MAX_IMPORTS`; one outside the folder is left out)."""
    if "./" not in config:
        return ()
    paths = (posixpath.normpath(path) for path in _IMPORT.findall(config))
    return tuple(dict.fromkeys(path for path in paths if not path.startswith("../")))[:MAX_IMPORTS]


def imported_shortcodes(imports: tuple[str, ...], read: Callable[[str], str | None]) -> dict[str, bool]:
    """The tags the modules ``imports`` define (:func:`configured_shortcodes`), ``read(path)``
    giving the text of a file from the configuration's folder (None: there is none); a path
    without its extension is looked for as Node finds it (``x.js``, ``x/index.js``)."""
    found: list[tuple[str, bool]] = []
    for path in imports:
        text = next((text for text in map(read, _module_files(path)) if text is not None), None)
        found += configured_shortcodes(text).items() if text is not None else ()
    return merged_shortcodes(found)


def _module_files(path: str) -> tuple[str, ...]:
    """The files Node may load for the module ``path`` (as written, then with an extension,
    then its folder's ``index``)."""
    return (path, *(path + extension for extension in _MODULE_EXTENSIONS), *(path + "/index" + extension for extension in _MODULE_EXTENSIONS))


def _definitions(spans: Spans) -> Iterator[tuple[str, bool]]:
    """Each tag ``spans`` defines by a method of the configuration (``eleventyConfig.addShortcode("x", …)``)
    with a literal name, and whether its function shows no text."""
    tokens = spans.tokens
    for at in range(1, len(tokens) - 4):
        method = _DEFINING.fullmatch(tokens[at][1]) if tokens[at][0] == "name" else None
        if method is None or tokens[at - 1][1] != "." or tokens[at + 1][1] != "(" or tokens[at + 2][0] not in _LITERALS or tokens[at + 3][1] != ",":
            continue
        function = tokens[at + 4 : _closing(tokens, at + 1)]
        if len(function) == 1 and function[0][0] == "name":  # (a function named: its definition in the file, if any)
            function = _named_function(spans, function[0][1])
        yield tokens[at + 2][1][1:-1], _shows_no_text(function, paired=method.group(1) is not None)


def _named_function(spans: Spans, name: str) -> list[tuple[str, str, int, int]]:
    """The tokens of the function the file ``spans`` names ``name``: its declaration
    (``function name(…) {…}``, ``async`` too) or the value of a top-level ``const``, ``let``
    or ``var`` of that name; none when it defines none (it is imported)."""
    tokens = spans.tokens
    words = [token for _, token, _, _ in tokens]
    for at in range(len(words) - 1):
        if words[at] == "function" and words[at + 1] == name:
            start = at - 1 if at and words[at - 1] == "async" else at
            body = _index(words, "{", _closing(tokens, _index(words, "(", at)))
            return tokens[start : _closing(tokens, body) + 1]
    bound = spans.bindings().get(name)
    return [token for token in tokens if bound[0] <= token[2] and token[3] <= bound[1]] if bound else []


def _closing(tokens: list[tuple[str, str, int, int]], opening: int) -> int:
    """The index of the token closing the bracket at ``opening`` (the tokens' end when none does)."""
    depth = 0
    for at in range(opening, len(tokens)):
        depth += 1 if tokens[at][1] in ("(", "[", "{") else -1 if tokens[at][1] in (")", "]", "}") else 0
        if depth == 0:
            return at
    return len(tokens)


def _shows_no_text(function: list[tuple[str, str, int, int]], paired: bool) -> bool:
    """Whether the function whose tokens are ``function`` returns only markup without text
    (a paired shortcode's ``paired``: its first parameter, the content, may be shown)."""
    words = [token for _, token, _, _ in function]
    first = 1 if words[:1] == ["async"] else 0
    if words[first : first + 1] == ["function"]:
        opening = _index(words, "(", first)
        closing = _index(words, ")", opening)
        body = _index(words, "{", closing)
        return body < len(words) and _returns_markup(function, body, _content(words[opening + 1 : closing], paired))
    arrow = _index(words, "=>", first)
    if arrow == len(words):
        return False  # (a function named, not written here)
    content = _content([word for word in words[first:arrow] if word not in ("(", ")")], paired)
    if words[arrow + 1 : arrow + 2] == ["{"]:
        return _returns_markup(function, arrow + 1, content)
    value = function[arrow + 1 :]
    return len(value) == 1 and value[0][0] in _LITERALS and _markup_without_text(value[0][1], content)


def _index(words: list[str], word: str, start: int) -> int:
    """Where ``word`` is first in ``words`` from ``start`` on (their length when it is not)."""
    return words.index(word, start) if word in words[start:] else len(words)


def _content(parameters: list[str], paired: bool) -> str | None:
    """The parameter a paired shortcode's content is given as (its first), None for another tag."""
    names = [word for word in parameters if word != ","]
    return names[0] if paired and names else None


def _returns_markup(function: list[tuple[str, str, int, int]], body: int, content: str | None) -> bool:
    """Whether every ``return`` of the function body starting at the token ``body`` gives a
    literal of markup without text (or nothing)."""
    for at in range(body, len(function)):
        if function[at][1] != "return":
            continue
        value = function[at + 1 : at + 3]
        if value and value[0][1] in (";", "}"):
            continue  # (returns nothing: shows nothing)
        if len(value) < 2 or value[0][0] not in _LITERALS or value[1][1] not in (";", "}"):
            return False
        if not _markup_without_text(value[0][1], content):
            return False
    return True


def _markup_without_text(literal: str, content: str | None) -> bool:
    """Whether the string or template ``literal`` (its token) is markup without text: a
    substitution in its text (``${judul}``) shows text, but a paired shortcode's ``content``."""
    inner = literal[1:-1]
    if literal.startswith("`"):
        inner = _SUBSTITUTION.sub(lambda match: "" if content is not None and match.group(1).strip() == content else _SHOWN, inner)
        if "${" in inner:
            return False  # (a substitution with braces in it: not read)
    return _ALT.search(inner) is None and not _NOT_TEXT.sub("", inner).strip()  # (a shown substitution, _SHOWN, is not blank)
