"""The shortcodes an Eleventy site's configuration defines, and what of them shows as text.

Eleventy's configuration names a site's own template tags (``UserConfig.js``):
``addShortcode``, ``addAsyncShortcode``, ``addLiquidShortcode``, ``addNunjucksShortcode``,
``addNunjucksAsyncShortcode``, their paired forms (``addPairedShortcode``,
``addPairedAsyncShortcode``, ``addPairedLiquidShortcode``, ``addPairedNunjucksShortcode``,
``addPairedNunjucksAsyncShortcode``, whose function gets the tag's content first), and the
custom tags of ``addLiquidTag`` and ``addNunjucksTag``. A tag arsip does not render is
removed (a paired one keeps its content); what its function shows besides is the site's
code, read here, never run. A function that returns only markup shows no text: an arrow
function whose value, or a function each of whose returns gives, markup — a string or
template literal, or literals joined with ``+`` — whose text outside its tags (and
``<script>``/``<style>`` elements) is empty but for a paired shortcode's content put in it
as it is (or trimmed, ``content.trim()``), or rendered by a Markdown library
(``md.render(content)``, ``marked.parse(content.trim())``, ``inline ? md.renderInline(content)
: md.render(content)``: a conditional value gives either of its values, each read so;
the common ``{% markdown %}`` shortcode, its content then read as Markdown in a page of
HTML too; its content is shown there; put in a tag's attribute, a ``<style>`` or a
``<script>``, or left out, it is not), and which has no ``alt`` text (``(id) => `<iframe src="https://www.youtube.com/embed/${id}"></iframe>```,
``'<iframe src="' + id + '"></iframe>'``). A function building an image shows its alt text,
the tag's argument given as its ``alt``: markup as above whose one ``alt`` attribute is a
parameter (``(src, alt) => `<img src="${src}" alt="${alt}">```), or eleventy-img's markup
(``Image.generateHTML(metadata, { alt, sizes })``, ``Image(src, { returnType: "html", … })``)
given a parameter as ``alt`` (or a key of a destructured one, ``({ src, alt }) => …``, which
Nunjucks' keyword arguments give: :attr:`Shows.keyword`; an empty ``alt: ""`` shows nothing).
A function given by name is read where the same file
declares it (``function peta(id) {…}``, ``const peta = (id) => …``). Any other — a
function imported from elsewhere, a parameter or another value shown as text — may show text.
A bundle the configuration adds (``addBundle("svg")``, Eleventy 3's bundle plugin) makes a
paired shortcode of its name (or of its ``shortcodeName`` option) that shows nothing of its
content at its place, and so does each bundle of the bundle plugin a configuration adds
(``addPlugin(pluginBundle)``: ``css``, ``js``, ``html``); the site's own shortcode of that
name replaces it. What the function
given to ``namespace("desa_", () => {…})`` defines is named with that prefix (``desa_peta``).
A name defined again replaces what it was, in the order Eleventy runs the definitions: the
configuration's function, then the plugins it adds (``addPlugin``), in their order.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .javascript.config import Spans

#: A token of JavaScript (:class:`~.javascript.config.Spans`): kind, text, start, end.
Token = tuple[str, str, int, int]
#: Where code of a configuration stands in the order Eleventy runs it (:func:`_order`):
#: (0, its token, 0) in the configuration's own function, (1, the token of the ``addPlugin``
#: call, its token) in a plugin's.
Order = tuple[int, int, int]


@dataclass(frozen=True)
class Shows:
    """What a tag of an Eleventy site shows where it stands, as arsip reads its code."""

    #: False: its code may show text arsip cannot know.
    known: bool = True
    #: The place (from 0, after a paired tag's content) of its argument it shows as an
    #: image's alt text, as eleventy-img's ``{% image "foto.jpg", "Alt text" %}`` (1); None: none.
    alt: int | None = None
    #: The keyword argument it shows as an image's alt text (Nunjucks' ``{% foto src="a.jpg",
    #: alt="Alt text" %}``, which Eleventy gives its function as an object after its other
    #: arguments: eleventy#1263), read by a parameter destructuring it (``({ src, alt }) => …``); None: none.
    keyword: str | None = None
    #: Whether a paired tag's content shows at its place (a bundle's goes into its bundle,
    #: which the layout outputs elsewhere: ``getBundle``; a function may put it in a
    #: ``<style>``, an attribute, or nowhere).
    content: bool = True
    #: Whether a paired tag's content is Markdown its function renders (``md.render(content)``):
    #: read as Markdown in a page of HTML too (a ``.njk`` template).
    markdown: bool = False


#: A tag whose code may show text arsip cannot know.
UNKNOWN = Shows(known=False)
#: A tag that shows no text of its own (a paired one's content is shown).
NO_TEXT = Shows()
#: A bundle's paired shortcode (Eleventy's bundle plugin: ``{% css %}…{% endcss %}``), or
#: another whose function shows nothing of its content: nothing of it shows at its place.
BUNDLE = Shows(content=False)
#: A tag's definition: where it stands in the order Eleventy runs it (:data:`Order`), its
#: name, the template languages it is defined for (:data:`_ENGINES`), and what it shows.
Definition = tuple[Order, str, tuple[str, ...], Shows]

#: A configuration method defining a tag (see the module's list); whether it is paired, and
#: the template language it defines it for (none: both).
_DEFINING = re.compile(r"add(Paired)?(Liquid|Nunjucks)?(?:Async)?(?:Shortcode|Tag)")
#: The template languages a method defines a tag for, by the one its name says (None: both,
#: ``addShortcode`` adds a Liquid and a Nunjucks shortcode); each has a tag of a name once.
_ENGINES = {None: ("Liquid", "Nunjucks"), "Liquid": ("Liquid",), "Nunjucks": ("Nunjucks",)}
#: The configuration method adding a plugin, whose function Eleventy runs after the
#: configuration's own (``UserConfig.addPlugin``), unless given ``{ immediate: true }``.
_ADD_PLUGIN = "addPlugin"
#: The configuration method adding a bundle (Eleventy 3's bundle plugin), and a paired
#: shortcode of its name (or of its option ``shortcodeName``; none when that is ``false``).
_ADD_BUNDLE = "addBundle"
#: The package of Eleventy's bundle plugin (eleventy-plugin-bundle). A configuration adding it
#: (``addPlugin(pluginBundle)``) adds the bundles :data:`PLUGIN_BUNDLES` and those its option
#: ``bundles`` lists (none with ``bundles: false``: its ``normalizeOptions``); Eleventy 3 adds
#: it itself with no bundle, ``bundles: false`` (``getExtendedDefaultConfig.js``), and Eleventy
#: before 3 not at all (11ty/eleventy#3268): a site has the bundles its configuration adds only.
_BUNDLE_PLUGIN = "@11ty/eleventy-plugin-bundle"
#: The bundles the bundle plugin adds when a configuration adds it: ``css``, ``js`` and ``html``.
PLUGIN_BUNDLES = ("css", "html", "js")
#: The configuration method running a function whose tags get a prefix (``UserConfig.namespace``).
_NAMESPACE = "namespace"
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
#: Where a value shown as text was, in markup read for its text.
_SHOWN = "\x00"
#: Where the tag's argument at a place was, in markup read for its text (``_ARGUMENT.format(1)``).
_ARGUMENT_MARK = "\x01"
_ARGUMENT = _ARGUMENT_MARK + "{}" + _ARGUMENT_MARK
_ARGUMENT_PLACE = re.compile(_ARGUMENT.format(r"\d+"))
#: Where a keyword argument was (a destructured parameter's key), in markup read for its
#: text (``_KEYWORD.format("alt")``).
_KEYWORD_MARK = "\x04"
_KEYWORD = _KEYWORD_MARK + "{}" + _KEYWORD_MARK
_KEYWORD_PLACE = re.compile(_KEYWORD.format(r"[\w$]+"))
#: An ``alt`` given as an empty string (``{ alt: "" }``): an image without alt text.
_EMPTY_ALT = '""'
#: Where a paired shortcode's content was, in markup read for its text.
_CONTENT = "\x02"
#: Where a paired shortcode's content rendered as Markdown was (:func:`_renders`).
_RENDERED = "\x03"
#: A value rendering one name (group 1; ``|| ""`` after it) with a Markdown library, its
#: object named or made by calls: markdown-it's ``render``/``renderInline`` (the method the
#: library given to ``setLibrary`` has), marked's ``marked(…)``, ``marked.parse(…)``.
_RENDER = re.compile(
    r"""(?:[\w$.\s]+|\([^()]*\))*?(?:\.render(?:Inline)?|\bmarked(?:\.parse(?:Inline)?)?)"""
    r"""\(\s*([\w$]+)(?:\s*\.\s*trim(?:Start|End)?\s*\(\s*\))?(?:\s*\|\|\s*(?:""|''|``))?\s*\)"""
)
#: A value's end trimming its whitespace (``content.trim()``), which changes none of its text.
_TRIMMED = re.compile(r"\s*\.\s*trim(?:Start|End)?\s*\(\s*\)\s*$")
#: What of markup shows no text: its tags, comments, and scripts' and styles' contents.
_NOT_TEXT = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>", re.S | re.I)
#: An ``alt`` attribute with a value (group 1): an image's text, which arsip reads.
_ALT = re.compile(r"""\balt\s*=\s*["']?((?<=")[^"]+|(?<=')[^']+|(?<=[=\s])[^\s"'>]+)""", re.I)


def configured_shortcodes(config: str) -> dict[str, Shows]:
    """The tags an Eleventy configuration (its text) defines, each with what it shows (see
    the module's rule), and the paired shortcodes of the bundles it adds (:data:`BUNDLE`)."""
    if "Shortcode" not in config and "Tag" not in config and _ADD_BUNDLE not in config and _BUNDLE_PLUGIN not in config:  # (no defining method's name: no tag)
        return {}
    spans = Spans(config)
    namespaces = _namespaces(spans) if _NAMESPACE in config else []
    order = _order(spans)
    plugins = _plugin_bundles(spans, namespaces, order) if _BUNDLE_PLUGIN in config else ()
    found = sorted((*_definitions(spans, namespaces, order), *_bundles(spans, namespaces, order), *plugins), key=lambda definition: definition[0])
    return _merged((name, engines, shows) for _, name, engines, shows in found)


def merged_shortcodes(definitions: Iterable[tuple[str, Shows]]) -> dict[str, Shows]:
    """Definitions of tags (name, what it shows, for Liquid and Nunjucks alike) in the order
    Eleventy runs them, by name: the last of a name replaces those before it (:func:`_merged`)."""
    return _merged((name, _ENGINES[None], shows) for name, shows in definitions)


def _merged(definitions: Iterable[tuple[str, tuple[str, ...], Shows]]) -> dict[str, Shows]:
    """Definitions of tags (name, the template languages it is defined for, what it shows) in
    the order Eleventy runs them, by name: in each template language the last of a name
    replaces those before it, as Eleventy's configuration keeps one function a name
    (``UserConfig.addLiquidShortcode``: ``this.liquidShortcodes[name] = …``; ``addBundle``
    adds its shortcode so too); a tag whose languages' last definitions differ (``addLiquidShortcode``
    and ``addNunjucksShortcode`` of one name) shows text arsip cannot know."""
    languages: dict[str, dict[str, Shows]] = {}
    for name, engines, shows in definitions:
        languages.setdefault(name, {}).update(dict.fromkeys(engines, shows))
    return {name: shows.pop() if len(shows := set(last.values())) == 1 else UNKNOWN for name, last in languages.items()}


def local_imports(config: str) -> tuple[str, ...]:
    """The site's own modules a configuration (its text) loads, ``require("./_config/shortcodes")``
    or ``import filters from "./_config/filters.js"``, as paths from its folder (at most
    :data:`MAX_IMPORTS`; one outside the folder is left out)."""
    if "./" not in config:
        return ()
    paths = (posixpath.normpath(path) for path in _IMPORT.findall(config))
    return tuple(dict.fromkeys(path for path in paths if not path.startswith("../")))[:MAX_IMPORTS]


def imported_shortcodes(imports: tuple[str, ...], read: Callable[[str], str | None]) -> dict[str, Shows]:
    """The tags the modules ``imports`` define (:func:`configured_shortcodes`), ``read(path)``
    giving the text of a file from the configuration's folder (None: there is none); a path
    without its extension is looked for as Node finds it (``x.js``, ``x/index.js``). A later
    module's tag replaces an earlier one's of its name, as the plugins they are run in order."""
    found: list[tuple[str, Shows]] = []
    for path in imports:
        text = next((text for text in map(read, _module_files(path)) if text is not None), None)
        found += configured_shortcodes(text).items() if text is not None else ()
    return merged_shortcodes(found)


def _module_files(path: str) -> tuple[str, ...]:
    """The files Node may load for the module ``path`` (as written, then with an extension,
    then its folder's ``index``)."""
    return (path, *(path + extension for extension in _MODULE_EXTENSIONS), *(path + "/index" + extension for extension in _MODULE_EXTENSIONS))


def _namespaces(spans: Spans) -> list[tuple[int, int, str]]:
    """Each call of ``namespace("desa_", () => {…})`` in ``spans``: where its tokens start and
    end, and the prefix of the names of the tags defined in it."""
    tokens = spans.tokens
    return [
        (at, _closing(tokens, at + 1), tokens[at + 2][1][1:-1])
        for at in range(1, len(tokens) - 2)
        if tokens[at][1] == _NAMESPACE and tokens[at - 1][1] == "." and tokens[at + 1][1] == "(" and tokens[at + 2][0] in _LITERALS
    ]


def _prefixed(name: str, at: int, namespaces: list[tuple[int, int, str]]) -> str:
    """The name a tag defined at the token ``at`` has: ``name`` after the prefix of the
    innermost ``namespace`` call around it (:func:`_namespaces`), if any."""
    return next((prefix for start, end, prefix in reversed(namespaces) if start < at < end), "") + name


def _order(spans: Spans) -> Callable[[int], Order]:
    """The order in which Eleventy runs the code of the token ``at`` of the configuration
    ``spans`` (:data:`Order`): the functions it adds as plugins (``addPlugin(function (c) {…})``,
    or the name of one the file declares) after the configuration's own function, in the
    order it adds them (Eleventy's docs, "Plugins execute in a second stage of configuration"),
    but one added with ``{ immediate: true }`` (Eleventy 3) where it is added."""
    tokens = spans.tokens
    words = [token for _, token, _, _ in tokens]
    deferred: list[tuple[int, int, int]] = []
    for at in range(1, len(words) - 2):
        if words[at] != _ADD_PLUGIN or words[at - 1] != "." or words[at + 1] != "(":
            continue
        closing = _closing(tokens, at + 1)
        argument = next((end for end in range(at + 2, closing) if words[end] == "," and _depth(words[at + 2 : end]) == 0), closing)
        if _immediate(words[argument:closing]):
            continue
        function = _named_function(spans, words[at + 2]) if argument == at + 3 and tokens[at + 2][0] == "name" else tokens[at + 2 : argument]
        if function:
            deferred.append((function[0][2], function[-1][3], at))

    def order(at: int) -> Order:
        plugin = next((call for start, end, call in reversed(deferred) if start <= tokens[at][2] < end), None)
        return (0, at, 0) if plugin is None else (1, plugin, at)

    return order


def _depth(words: list[str]) -> int:
    """How deep in brackets the end of ``words`` is (0: as deep as their start)."""
    return sum(map(_depth_change, words))


def _immediate(options: list[str]) -> bool:
    """Whether the options given to ``addPlugin`` (their tokens) say ``immediate: true``."""
    at = _index(options, "immediate", 0)
    return options[at + 1 : at + 3] == [":", "true"]


def _definitions(spans: Spans, namespaces: list[tuple[int, int, str]], order: Callable[[int], Order]) -> Iterator[Definition]:
    """Each tag ``spans`` defines by a method of the configuration (``eleventyConfig.addShortcode("x", …)``)
    with a literal name (after the prefix of a ``namespace`` around it, :func:`_prefixed`),
    in the order Eleventy runs it (:func:`_order`), with the template languages it is defined
    for and what its function shows."""
    tokens = spans.tokens
    for at in range(1, len(tokens) - 4):
        method = _DEFINING.fullmatch(tokens[at][1]) if tokens[at][0] == "name" else None
        if method is None or tokens[at - 1][1] != "." or tokens[at + 1][1] != "(" or tokens[at + 2][0] not in _LITERALS or tokens[at + 3][1] != ",":
            continue
        function = tokens[at + 4 : _closing(tokens, at + 1)]
        if len(function) == 1 and function[0][0] == "name":  # (a function named: its definition in the file, if any)
            function = _named_function(spans, function[0][1])
        shows = _function_shows(function, paired=method.group(1) is not None)
        yield order(at), _prefixed(tokens[at + 2][1][1:-1], at, namespaces), _ENGINES[method.group(2)], shows


def _bundles(spans: Spans, namespaces: list[tuple[int, int, str]], order: Callable[[int], Order]) -> Iterator[Definition]:
    """The paired shortcode of each bundle ``spans`` adds (``eleventyConfig.addBundle("svg")``,
    ``addBundle("css", { shortcodeName: "gaya" })``; none with ``shortcodeName: false``), its
    name after the prefix of a ``namespace`` around it (:func:`_prefixed`), in the order
    Eleventy runs it (:func:`_order`)."""
    tokens = spans.tokens
    for at in range(1, len(tokens) - 2):
        if tokens[at][1] != _ADD_BUNDLE or tokens[at - 1][1] != "." or tokens[at + 1][1] != "(" or tokens[at + 2][0] != "string":
            continue
        options = [token for _, token, _, _ in tokens[at + 3 : _closing(tokens, at + 1)]]
        named = _index(options, "shortcodeName", 0)
        name = options[named + 2] if options[named + 1 : named + 2] == [":"] and named + 2 < len(options) else tokens[at + 2][1]
        if name[:1] in ("'", '"', "`"):
            yield order(at), _prefixed(name[1:-1], at, namespaces), _ENGINES[None], BUNDLE


def _plugin_bundles(spans: Spans, namespaces: list[tuple[int, int, str]], order: Callable[[int], Order]) -> Iterator[Definition]:
    """The paired shortcode of each bundle the bundle plugin adds where ``spans`` adds it
    (``addPlugin(pluginBundle)``, ``pluginBundle`` imported or required from its package, or
    ``addPlugin(require("@11ty/eleventy-plugin-bundle"))``): :data:`PLUGIN_BUNDLES` and those
    its option ``bundles`` lists (``{ bundles: ["svg"] }``), none with ``bundles: false``;
    as a plugin, after the configuration's own function (:func:`_order`)."""
    tokens = spans.tokens
    words = [token for _, token, _, _ in tokens]
    package = {f"{quote}{_BUNDLE_PLUGIN}{quote}" for quote in ("'", '"', "`")}
    imported = {words[at + 1] for at in range(len(words) - 3) if words[at] == "import" and words[at + 2] == "from" and words[at + 3] in package}
    required = {words[at - 2] for at in range(2, len(words) - 2) if words[at - 1 : at + 2] == ["=", "require", "("] and words[at + 2] in package}
    plugins = imported | required
    for at in range(1, len(words) - 2):
        if words[at] != _ADD_PLUGIN or words[at - 1] != "." or words[at + 1] != "(":
            continue
        arguments = words[at + 2 : _closing(tokens, at + 1)]
        if arguments[:1] and arguments[0] in plugins:
            options = arguments[1:]
        elif arguments[:2] == ["require", "("] and arguments[2:3] and arguments[2] in package:
            options = arguments[4:]
        else:
            continue
        named = _index(options, "bundles", 0)
        listed = options[named + 2 :] if options[named + 1 : named + 2] == [":"] else []
        if listed[:1] == ["false"]:
            continue
        extra = listed[1 : _index(listed, "]", 0)] if listed[:1] == ["["] else []
        ran = order(at)
        ran = ran if ran[0] or _immediate(options) else (1, at, 0)  # (a plugin: after the configuration, unless immediate)
        for name in (*PLUGIN_BUNDLES, *(word[1:-1] for word in extra if word[:1] in ("'", '"', "`"))):
            yield ran, _prefixed(name, at, namespaces), _ENGINES[None], BUNDLE


def _named_function(spans: Spans, name: str) -> list[Token]:
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


def _closing(tokens: list[Token], opening: int) -> int:
    """The index of the token closing the bracket at ``opening`` (the tokens' end when none does)."""
    depth = 0
    for at in range(opening, len(tokens)):
        depth += _depth_change(tokens[at][1])
        if depth == 0:
            return at
    return len(tokens)


def _depth_change(token: str) -> int:
    """How the token changes the depth of brackets: 1 opening one, -1 closing one, else 0."""
    return 1 if token in ("(", "[", "{") else -1 if token in (")", "]", "}") else 0


def _function_shows(function: list[Token], paired: bool) -> Shows:
    """What the function whose tokens are ``function`` shows (see the module's rule; a
    paired shortcode's ``paired``: its first parameter is the content)."""
    words = [token for _, token, _, _ in function]
    first = 1 if words[:1] == ["async"] else 0
    if words[first : first + 1] == ["function"]:
        opening = _index(words, "(", first)
        closing = _closing(function, opening)
        if words[closing + 1 : closing + 2] != ["{"]:
            return UNKNOWN
        parameters, values = _parameters(function[opening + 1 : closing]), _returned(function, closing + 1)
    else:
        arrow = _index(words, "=>", first)
        if arrow == len(words):
            return UNKNOWN  # (a function named, not written here)
        head = function[first:arrow]
        parameters = _parameters(head[1:-1] if words[first : first + 1] == ["("] else head)
        values = _returned(function, arrow + 1) if words[arrow + 1 : arrow + 2] == ["{"] else [function[arrow + 1 :]]
    values = [branch for value in values for branch in _branches(value)]
    content = (parameters[0] if parameters and isinstance(parameters[0], str) else "") if paired else None
    arguments = _places(parameters[1:] if paired else parameters)
    nothing = Shows(content=not paired)
    shown = {_value_shows(value, function, arguments, content) for value in values} - {nothing}
    return shown.pop() if len(shown) == 1 else UNKNOWN if shown else nothing


def _index(words: list[str], word: str, start: int) -> int:
    """Where ``word`` is first in ``words`` from ``start`` on (their length when it is not)."""
    return words.index(word, start) if word in words[start:] else len(words)


def _parameters(tokens: list[Token]) -> list[str | dict[str, str]]:
    """The names of a function's parameters, from the tokens between its parentheses (a
    default value after its name): a destructured object's as the names it binds, each with
    the key it takes (``{ src, alt: teks = "" }``: ``{"src": "src", "teks": "alt"}``); another
    destructured one is named ``""``."""
    parameters: list[str | dict[str, str]] = []
    for parameter in _split(tokens):
        kind, word = parameter[0][:2] if parameter else ("", "")
        parameters.append(word if kind == "name" else _destructured(parameter[1:-1]) if word == "{" else "")
    return parameters


def _split(tokens: list[Token]) -> list[list[Token]]:
    """``tokens`` split at their commas outside brackets."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for token in tokens:
        if depth == 0 and token[1] == ",":
            parts.append([])
        else:
            parts[-1].append(token)
        depth += _depth_change(token[1])
    return parts


def _destructured(tokens: list[Token]) -> dict[str, str]:
    """The names an object pattern's ``tokens`` (inside its braces) bind, each with its key
    (``alt``, ``alt: teks``, ``alt = ""``; a nested pattern or ``...rest`` binds none read)."""
    bound = {}
    for entry in _split(tokens):
        words = [token for _, token, _, _ in entry]
        if entry and entry[0][0] == "name":
            local = words[2] if words[1:2] == [":"] and len(entry) > 2 and entry[2][0] == "name" else words[0] if words[1:2] in ([], ["="]) else None
            if local is not None:
                bound[local] = words[0]
    return bound


def _places(parameters: list[str | dict[str, str]]) -> dict[str, str]:
    """Where the value of each name a tag's function binds (its ``parameters``, those after a
    paired one's content) comes from, as a mark in markup read for its text: its argument's
    place (:data:`_ARGUMENT`), or a keyword argument for a destructured object's key (:data:`_KEYWORD`)."""
    places: dict[str, str] = {}
    for at, parameter in enumerate(parameters):
        if isinstance(parameter, dict):
            places.update((local, _KEYWORD.format(key)) for local, key in parameter.items())
        elif parameter:
            places[parameter] = _ARGUMENT.format(at)
    return places


def _returned(function: list[Token], body: int) -> list[list[Token]]:
    """The values the ``return`` statements of the function body starting at the token
    ``body`` give, as their tokens (none for a bare ``return``: it shows nothing)."""
    values = []
    for at in range(body, len(function)):
        if function[at][1] == "return":
            end, depth = at + 1, 0
            while end < len(function) and not (depth == 0 and function[end][1] == ";") and depth + _depth_change(function[end][1]) >= 0:
                depth += _depth_change(function[end][1])
                end += 1
            values.append(function[at + 1 : end])
    return values


def _value_shows(value: list[Token], function: list[Token], arguments: dict[str, str], content: str | None) -> Shows:
    """What a value the function returns shows: eleventy-img's markup (:func:`_image_shows`),
    or the markup it joins of literals and parameters (:func:`_markup_shows`). ``content``:
    a paired shortcode's parameter its content is given as (``""``: none), None for another tag."""
    while value and value[-1][1] == ";":
        value = value[:-1]
    if value[:1] and value[0][1] == "await":
        value = value[1:]
    if not value:
        return Shows(content=content is None)
    if _is_image_call(value):
        return _image_shows(function, arguments, paired=content is not None)
    return _markup_shows("".join(_operand_markup(operand, arguments, content) for operand in _operands(value)), paired=content is not None)


def _branches(value: list[Token]) -> list[list[Token]]:
    """The values a conditional value gives, each read so in turn (``inline ?
    md.renderInline(content) : md.render(content)``: both, its condition showing nothing);
    ``[value]`` when it is no conditional (``?.`` and ``??`` are none)."""
    depth, question, nested = 0, None, 0
    for at, (_, word, _, _) in enumerate(value):
        if depth == 0 and word == "?" and value[at + 1 : at + 2] and value[at + 1][1] not in (".", "?") and value[at - 1][1] != "?":
            question, nested = (at, nested) if question is None else (question, nested + 1)
        elif depth == 0 and word == ":" and question is not None:
            if not nested:
                return _branches(value[question + 1 : at]) + _branches(value[at + 1 :])
            nested -= 1
        depth += _depth_change(word)
    return [value]


def _operands(value: list[Token]) -> list[list[Token]]:
    """The operands a value joins with ``+`` (one when it joins none)."""
    operands: list[list[Token]] = [[]]
    depth = 0
    for token in value:
        if depth == 0 and token[1] == "+":
            operands.append([])
        else:
            operands[-1].append(token)
        depth += _depth_change(token[1])
    return operands


def _operand_markup(operand: list[Token], arguments: dict[str, str], content: str | None) -> str:
    """The markup an operand of a returned value adds: a literal's (its substitutions read
    as operands), the content's place (:data:`_CONTENT`) for a paired shortcode's ``content``,
    a parameter's place (:data:`_ARGUMENT`, :data:`_KEYWORD`) for one of the tag's ``arguments`` (:func:`_places`),
    :data:`_SHOWN` for any other."""
    if len(operand) == 1 and operand[0][0] in _LITERALS:
        literal = operand[0][1]
        if not literal.startswith("`"):
            return literal[1:-1]
        inner = _SUBSTITUTION.sub(lambda match: _name_markup(match.group(1).strip(), arguments, content), literal[1:-1])
        return _SHOWN if "${" in inner else inner  # (a substitution with braces in it: not read)
    return _name_markup("".join(token for _, token, _, _ in operand), arguments, content)


def _renders(expression: str, content: str) -> bool:
    """Whether ``expression`` (a value's source) renders a paired shortcode's ``content`` with
    a Markdown library (``md.render(content)``, ``require("markdown-it")().renderInline(content)``,
    ``marked.parse(content)``): its text is the content's own."""
    match = _RENDER.fullmatch(expression) if "render" in expression or "marked" in expression else None
    return match is not None and match.group(1) == content


def _name_markup(name: str, arguments: dict[str, str], content: str | None) -> str:
    """The markup a value ``name`` (its source) adds (see :func:`_operand_markup`; with its
    whitespace trimmed, ``content.trim()``, as without)."""
    name = _TRIMMED.sub("", name)
    if content and name == content:
        return _CONTENT
    if content and _renders(name, content):
        return _RENDERED
    return arguments.get(name, _SHOWN)


def _markup_shows(markup: str, paired: bool) -> Shows:
    """What ``markup`` a function returns shows: nothing when it is tags without text (scripts'
    and styles' contents are none) and without ``alt`` text, or an image's alt text that is
    one parameter's place (``alt="${alt}"``); text arsip cannot know otherwise. A ``paired``
    shortcode's content shows only where the markup puts it in its text (not in a tag's
    attribute, a ``<style>`` or a ``<script>``), as Markdown where it puts it only rendered."""
    places = {match.group(1) for match in _ALT.finditer(markup)}
    text = _NOT_TEXT.sub("", markup)
    if text.replace(_CONTENT, "").replace(_RENDERED, "").strip() or len(places) > 1:
        return UNKNOWN
    content = _CONTENT in text or _RENDERED in text or not paired
    markdown = _RENDERED in text and _CONTENT not in text
    if not places:
        return Shows(content=content, markdown=markdown)
    return _alt_shows(places.pop(), content, markdown)


def _alt_shows(place: str, content: bool, markdown: bool = False) -> Shows:
    """What a tag showing the argument at ``place`` (a mark of :func:`_places`) as an image's
    alt text shows; text arsip cannot know for another value."""
    if _ARGUMENT_PLACE.fullmatch(place):
        return Shows(alt=int(place.strip(_ARGUMENT_MARK)), content=content, markdown=markdown)
    return Shows(keyword=place.strip(_KEYWORD_MARK), content=content, markdown=markdown) if _KEYWORD_PLACE.fullmatch(place) else UNKNOWN


def _is_image_call(value: list[Token]) -> bool:
    """Whether ``value`` is a call of eleventy-img making an image's markup: ``Image.generateHTML(…)``,
    or ``Image(src, { returnType: "html", … })`` (eleventy-img 6)."""
    words = [token for _, token, _, _ in value]
    callee = _index(words, "(", 0)
    if callee == 0 or _closing(value, callee) != len(value) - 1 or any(kind != "name" and word != "." for kind, word, _, _ in value[:callee]):
        return False
    return words[callee - 1] == "generateHTML" or any(
        words[at : at + 2] == ["returnType", ":"] and value[at + 2][0] == "string" and value[at + 2][1][1:-1] == "html" for at in range(callee, len(words) - 2)
    )


def _image_shows(function: list[Token], arguments: dict[str, str], paired: bool) -> Shows:
    """What an image eleventy-img makes in ``function`` shows: the text of the tag's argument
    its ``alt`` attribute is given (``{ alt, sizes }``, ``{ alt: teks }``, a parameter
    among ``arguments`` or a key of one destructured, :func:`_places`), nothing of a ``paired``
    shortcode's content; nothing either with an empty ``alt`` (``{ alt: "" }``, a decorative
    image); text arsip cannot know when it is given another value."""
    names = set()
    for at in range(1, len(function) - 1):
        if function[at][1] != "alt" or function[at - 1][1] not in ("{", ","):
            continue
        if function[at + 1][1] in (",", "}"):  # (``{ alt }``)
            names.add("alt")
        elif function[at + 1][1] == ":":  # (``{ alt: teks }``, ``{ alt: "" }``; any other value is not a parameter)
            value = function[at + 2] if at + 3 < len(function) and function[at + 3][1] in (",", "}", "=") else ("", "", 0, 0)  # (``=``: a parameter's default)
            names.add(value[1] if value[0] == "name" else _EMPTY_ALT if value[0] in _LITERALS and len(value[1]) == 2 else "")
    name = names.pop() if len(names) == 1 else ""
    if name == _EMPTY_ALT:
        return Shows(content=not paired)
    return _alt_shows(arguments[name], content=not paired) if name in arguments else UNKNOWN
