"""Eleventy (11ty) sites: what the configuration says, where Eleventy publishes each page,
and the data its templates see.

Eleventy is configured in JavaScript (``.eleventy.js``, ``eleventy.config.js``/``.mjs``/
``.cjs``/``.ts``), read for its literal values only, never run (:mod:`.javascript.config`); a site
may have none, and say so only by depending on ``@11ty/eleventy`` in ``package.json``. Its
templates are the files below ``dir.input`` (the site's root by default) but for its
includes, layouts and data folders. As Eleventy's own code does it
(``TemplatePermalink.js``, ``Template.js``): a page is published at its folders and its
file name (``blog/judul.md`` at ``/blog/judul/``, an ``index.md`` at its folder, a
``blog/judul/judul.md`` at ``/blog/judul/``); ``permalink`` in its front matter replaces that
when it is a literal path, and ``permalink: false`` is not written at all. Its date, when its
front matter has none, is the first ``YYYY-MM-DD`` in its path. A full URL needs the site's
address, which Eleventy has no setting for: it is read from a global data file
(``_data/site.json`` or ``_data/metadata.json``, or the literal object a ``.js`` one exports,
its ``url``) when one gives it.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Mapping

from .eleventy_ignores import configured_ignores, ignore_patterns, is_ignored
from .eleventy_shortcodes import Shows, configured_shortcodes, imported_shortcodes, local_imports, merged_shortcodes
from .javascript.config import OPEN, Computed, Spans, lookup, read_js_config

#: Eleventy's configuration files, in the order Eleventy looks for them.
ELEVENTY_CONFIGS = (
    ".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", "eleventy.config.ts", "eleventy.config.mts",
    "eleventy.config.cts",
)
#: A site without a configuration file is Eleventy's when its ``package.json`` depends on it.
PACKAGE_FILE = "package.json"
#: The global data whose ``url`` is the site's address (``_data/site.json``,
#: ``_data/metadata.js`` …: the names Eleventy's starter projects and most themes use).
SITE_DATA = ("site", "metadata")
#: The name of Eleventy's data folder (``dir.data``) by default.
DATA_FOLDER = "_data"
#: The kinds of global data file arsip reads: JSON, and JavaScript for its literal values.
_GLOBAL_DATA = (".json", ".js", ".cjs", ".mjs")
#: The template languages Eleventy renders Markdown with (``markdownTemplateEngine``).
ENGINES = ("liquid", "njk")
#: Eleventy's templates of HTML, each rendered by the template language of its extension
#: without Markdown (``.njk``: Nunjucks; ``.liquid``: Liquid, liquidjs in Eleventy), with or
#: without front matter.
TEMPLATE_ENGINES = {".njk": "njk", ".liquid": "liquid"}
#: The template formats Eleventy renders when its configuration does not set
#: ``templateFormats`` (``defaultConfig.js``; the last five need a plugin from Eleventy 3 on,
#: and arsip reads none of them).
DEFAULT_TEMPLATE_FORMATS = ("liquid", "md", "njk", "html", "11ty.js", "ejs", "hbs", "mustache", "haml", "pug")
#: The template formats of Eleventy arsip reads (a ``.md``, ``.html``, ``.njk`` or ``.liquid`` file).
TEMPLATE_LANGUAGES = ("md", "html", "njk", "liquid")
#: Why a file of an Eleventy site in a template language its template formats leave out is not read.
NOT_A_TEMPLATE_FORMAT = "not one of the Eleventy site's template formats (templateFormats): not a page of the site"
#: Why a page with ``permalink: false`` is left out.
NOT_WRITTEN = "not published: permalink: false (Eleventy writes no page for it)"

_DATE_IN_PATH = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATED_SLUG = re.compile(r"^\d{4}-\d{2}-\d{2}-")
_TEMPLATE = re.compile(r"\{\{|\{%")
#: A Liquid or Nunjucks tag that loops over a collection or sets a value from one.
_COLLECTION_LIST = re.compile(r"\{%-?\s*(?:for\s+\w+(?:\s*,\s*\w+)?\s+in|set\s+\w+\s*=|assign\s+\w+\s*=)\s*\(?\s*collections\b")
#: Template syntax in a page: an output, a tag, a Nunjucks comment.
_TEMPLATE_SYNTAX = re.compile(r"\{\{|\{%|\{#")
#: Eleventy 3's configuration object beside its exported function (``export const config = {…}``).
_EXPORTED_CONFIG = re.compile(r"\bexport\s+const\s+config\s*=")
_MAX_DATA_BYTES = 1_000_000
#: The keys of the object Eleventy's configuration returns, where a scan finds them.
_DIR = re.compile(r"\bdir\s*:")
_ENGINE = re.compile(r"\bmarkdownTemplateEngine\s*:")
_HTML_ENGINE = re.compile(r"\bhtmlTemplateEngine\s*:")
_FORMATS = re.compile(r"\btemplateFormats\s*:")
#: ``setTemplateFormats(…)`` (replaces the formats the configuration returns) and
#: ``addTemplateFormats(…)`` (adds to them), with a literal list or comma-separated text.
_FORMATS_CALL = re.compile(r"""\.(set|add)TemplateFormats\s*\(\s*(\[[^\]]*\]|["'`][^"'`]*["'`])\s*\)""")
#: A configuration giving Eleventy its own Markdown library, and the rule it turns off or on.
#: The configuration's method copying files to the built site as they are: a path (or glob)
#: from the site's root, or an object of such paths each to its place in the output.
_PASSTHROUGH = "addPassthroughCopy"
#: A glob's end that takes a folder's files (``public/*``, ``static/**``, ``static/**/*``).
_FOLDER_GLOB = re.compile(r"/\*\*?(?:/\*)?$")
_OWN_LIBRARY = re.compile(r"""\bsetLibrary\s*\(\s*["'`]md["'`]""")
_CODE_RULE = re.compile(r"""\.(disable|enable)\s*\(\s*\[?[^()]*?["'`]code["'`]""")
#: The major version a ``package.json`` asks for (``^1.0.2``, ``~0.12.1``, ``3.0.0-alpha.5``).
_MAJOR = re.compile(r"^\s*(?:[~^=v]|>=?)*\s*(\d+)")
#: What :func:`_permalink_in` gives for a data file that sets no permalink.
_NONE = object()


@dataclass(frozen=True)
class EleventySite:
    """An Eleventy site's settings: its input folder below the site's root (``""``: the
    root; None: set by code arsip does not run, ``input_code`` names it), its includes,
    layouts and data folders below that, the template language of its Markdown (None:
    ``markdownTemplateEngine: false``), and its global data as JSON text."""

    input: str | None = ""
    input_code: str | None = None
    includes: str = "_includes"
    layouts: str | None = None
    data: str = DATA_FOLDER
    engine: str | None = "liquid"
    #: The template language of its ``.html`` templates (``htmlTemplateEngine``; None: ``false``, plain HTML).
    html_engine: str | None = "liquid"
    #: Whether its Markdown has indented code blocks: Eleventy 2.0 and later turn them off;
    #: a site on Eleventy 0.x or 1.x (its ``package.json``), or one that gives Eleventy its
    #: own markdown-it (``setLibrary("md", …)``, which has them unless it disables
    #: ``"code"``), has them. None: its configuration does not say (Eleventy's default, off,
    #: unless its ``package.json`` names an older Eleventy: :func:`with_package`).
    indented_code: bool | None = None
    global_data: str = "{}"
    #: The extensions Eleventy renders as templates (``templateFormats``, ``setTemplateFormats``,
    #: ``addTemplateFormats``; ``*``: every one), lower case.
    template_formats: tuple[str, ...] = DEFAULT_TEMPLATE_FORMATS
    #: What Eleventy ignores (:mod:`.eleventy_ignores`): the paths its configuration adds
    #: (``ignores.add``), then, once its root folder is read (:func:`with_ignore_files`), the
    #: patterns of those and of its ignore files; and whether it reads ``.gitignore``.
    ignores: tuple[str, ...] = ()
    git_ignore: bool = True
    #: The data files below the input folder that set a permalink, as (the template stem or
    #: folder they apply to, the file, its permalink as JSON text, or None when it is
    #: JavaScript arsip does not run), the deepest first.
    data_permalinks: tuple[tuple[str, str, str | None], ...] = ()
    #: The tags its configuration defines (:mod:`.eleventy_shortcodes`), each with what it
    #: shows, by name: those of the configuration file, then, once the site's own modules it
    #: loads (``imports``) are read (:func:`with_imported_shortcodes`), theirs too.
    shortcodes: tuple[tuple[str, Shows], ...] = ()
    imports: tuple[str, ...] = ()
    #: What its configuration copies to the built site as it is (``addPassthroughCopy``):
    #: (the path from the site's root, where it goes below the output folder, ``""`` its root).
    passthrough: tuple[tuple[str, str], ...] = ()

    def copied_as(self, name: str) -> tuple[str, ...]:
        """The files below the site's root that Eleventy copies as ``name`` to the root of its
        output (:attr:`passthrough`): one copied there under that name (``"CNAME"``,
        ``"src/CNAME"`` of the input folder ``src``, ``{"domain/CNAME": "CNAME"}``), or
        ``name`` in a folder copied to the output's root (``{"./public/": "/"}``, ``"src/*"``)."""
        return tuple(
            source if output == name or posixpath.basename(source) == name else posixpath.join(source, name)
            for source, output in self.passthrough
            if output in (name, "")
        )

    def cascade(self, path: str, fields: Mapping[str, Any]) -> Mapping[str, Any]:
        """The front matter of the page at ``path`` in the site with the ``permalink`` its
        data files give when it sets none (Eleventy's data cascade: a template's data file,
        then its folders' nearest first); a JavaScript data file's is :class:`Unread`."""
        if "permalink" in fields or not self.data_permalinks:
            return fields
        stem = os.path.splitext(self.page(path) or path)[0]
        for scope, file, value in self.data_permalinks:
            if stem == scope or stem.startswith(scope + "/") or not scope:
                return {**fields, "permalink": Unread(file) if value is None else json.loads(value)}
        return fields

    def page(self, path: str) -> str | None:
        """The path below the input folder of the file at ``path`` in the site, None when
        it is not a template of the site (outside the input folder, or in its includes,
        layouts or data folder)."""
        if self.input is None:
            return path
        prefix = self.input + "/" if self.input else ""
        if not path.startswith(prefix):
            return None
        inner = path[len(prefix) :]
        folders = [folder for folder in (self.includes, self.layouts, self.data) if folder]
        return None if any(inner.startswith(folder.strip("/") + "/") for folder in folders) else inner

    def template_engine(self, name: str, text: str) -> str | None:
        """The template language Eleventy renders the file ``name`` holding ``text`` with, as
        a page of HTML without Markdown: Nunjucks for ``.njk``, Liquid for ``.liquid``, the
        site's ``htmlTemplateEngine`` for an ``.html`` file holding template syntax; None
        for any other file (an ``.html`` page without any is read as an HTML page)."""
        kind = os.path.splitext(name.lower())[1]
        if kind == ".html":
            return self.html_engine if self.html_engine and _TEMPLATE_SYNTAX.search(text) else None
        return TEMPLATE_ENGINES.get(kind)

    def renders(self, path: str) -> bool:
        """False for a file at ``path`` in a template language of Eleventy's that the site's
        template formats leave out (a ``.md`` page of a site whose ``templateFormats`` are
        ``["njk"]``); other files are not its templates, and are read as any file."""
        kind = os.path.splitext(path.lower())[1][1:]
        return kind not in TEMPLATE_LANGUAGES or kind in self.template_formats or "*" in self.template_formats

    def ignored(self, path: str) -> bool:
        """True when Eleventy ignores the file at ``path`` in the site (:mod:`.eleventy_ignores`)."""
        return is_ignored(path, self.ignores)

    def variables(self, path: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """What a page's Liquid or Nunjucks sees: the global data, its front matter, and
        Eleventy's ``page`` (``url``, ``fileSlug``, ``filePathStem``, ``inputPath``)."""
        data = json.loads(self.global_data)
        inner = self.page(path) or path
        stem = os.path.splitext(inner)[0]
        folder, _, name = stem.rpartition("/")
        slug = folder.rpartition("/")[2] if name == "index" else _DATED_SLUG.sub("", name)
        href = page_href(inner, fields)
        page = {"fileSlug": slug, "filePathStem": "/" + stem, "inputPath": "./" + path, "outputFileExtension": "html"}
        if isinstance(href, str):
            page["url"] = href
        return {**data, **fields, "page": page}


@dataclass(frozen=True)
class Unread:
    """A permalink a JavaScript data file may set (``blog/blog.11tydata.js``): not known."""

    file: str


def data_permalinks(root: str, site: EleventySite) -> tuple[tuple[str, str, str | None], ...]:
    """The data files below the input folder of ``site`` (at ``root``) that set a permalink:
    ``FOLDER/FOLDER.json`` and ``FOLDER/FOLDER.11tydata.json`` for a folder, ``NAME.json``
    and ``NAME.11tydata.json`` beside ``NAME.md`` for one template; a ``.11tydata.js``
    (``.cjs``, ``.mjs``) one is read for its literal object. Deepest first (see
    :meth:`EleventySite.cascade`)."""
    base = os.path.join(root, site.input or "")
    found = []
    for directory, dirnames, filenames in os.walk(base):
        inner = os.path.relpath(directory, base).replace(os.sep, "/")
        inner = "" if inner == "." else inner
        dirnames[:] = [name for name in dirnames if not name.startswith((".", "_")) and name != "node_modules"]
        folder = inner.rpartition("/")[2]
        templates = {os.path.splitext(name)[0] for name in filenames if name.endswith((".md", ".html", ".njk", ".liquid"))}
        for name in filenames:
            stem, kind = _data_file(name)
            if stem is None or (stem != folder and stem not in templates):
                continue
            scope = inner if stem == folder else "/".join(part for part in (inner, stem) if part)
            value = _permalink_in(os.path.join(directory, name), kind)
            if value is not _NONE:
                found.append((scope, "/".join(part for part in (site.input, inner, name) if part), value))
    return tuple(sorted(found, key=lambda item: -item[0].count("/") - (len(item[0]) > 0)))



def _data_file(name: str) -> tuple[str | None, str]:
    """The stem a data file named ``name`` belongs to and its kind (``json`` or ``js``)."""
    for suffix, kind in ((".11tydata.json", "json"), (".11tydata.js", "js"), (".11tydata.cjs", "js"), (".11tydata.mjs", "js"), (".json", "json")):
        if name.endswith(suffix):
            return name[: -len(suffix)], kind
    return None, ""


def _permalink_in(path: str, kind: str) -> Any:
    """The permalink a data file sets, as JSON text; None when code arsip does not run
    computes it (``eleventyComputed``, a function); :data:`_NONE` when it sets none (or
    cannot be read: Eleventy would stop on it)."""
    try:
        if not os.path.isfile(path) or os.path.getsize(path) > _MAX_DATA_BYTES:
            return _NONE
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        return _NONE
    try:
        data = json.loads(text) if kind == "json" else read_js_config(text)
    except ValueError:
        return _NONE
    if data is None:
        return None if kind == "js" and "permalink" in text else _NONE
    computed = data.get("eleventyComputed") if isinstance(data, dict) else None
    if isinstance(computed, Computed) or (isinstance(computed, dict) and "permalink" in computed):
        return None
    if not isinstance(data, dict) or "permalink" not in data:
        return _NONE
    value = data["permalink"]
    return None if isinstance(value, Computed) else json.dumps(value)


def eleventy_settings(name: str, text: str) -> EleventySite | None:
    """The :class:`EleventySite` of the configuration file ``name`` holding ``text`` (its
    literal ``dir`` and ``markdownTemplateEngine``, and whether it gives Eleventy its own
    markdown-it); of ``package.json``, the defaults (indented code blocks on for an Eleventy
    older than 2.0) when it depends on ``@11ty/eleventy``, else None (not an Eleventy site)."""
    if name == PACKAGE_FILE:
        version = _eleventy_version(text)
        return EleventySite(indented_code=True if _older_than_two(version) else None) if version is not None else None
    exported = _EXPORTED_CONFIG.search(text)  # Eleventy 3: the settings object is exported by name
    config = read_js_config("export default " + _object_text(text, exported.end()) if exported else text) or {}
    if "dir" not in config:  # returned by an arrow function (``(c) => ({ dir: {…} })``): its literals
        scanned = (("dir", _DIR), ("markdownTemplateEngine", _ENGINE), ("htmlTemplateEngine", _HTML_ENGINE), ("templateFormats", _FORMATS))
        config = {key: _literal_after(pattern, text) for key, pattern in scanned}
    values = {key: lookup(config, "dir", key) for key in ("input", "includes", "layouts", "data")}
    engine, html_engine = lookup(config, "markdownTemplateEngine"), lookup(config, "htmlTemplateEngine")
    site = EleventySite(
        includes=_folder(values["includes"], "_includes"), layouts=_folder(values["layouts"], None), data=_folder(values["data"], DATA_FOLDER),
        engine=_engine(engine), html_engine=_engine(html_engine), indented_code=_own_library_code(text),
        template_formats=_template_formats(lookup(config, "templateFormats"), text),
        shortcodes=tuple(sorted(configured_shortcodes(text).items())), imports=local_imports(text),
    )
    site = replace(site, **dict(zip(("ignores", "git_ignore"), configured_ignores(text))))
    if isinstance(values["input"], Computed):
        return replace(site, input=None, input_code=values["input"].source, passthrough=_passthrough(text, None))
    input_folder = _folder(values["input"], "")
    return replace(site, input=input_folder, passthrough=_passthrough(text, input_folder))


def _passthrough(config: str, input_folder: str | None) -> tuple[tuple[str, str], ...]:
    """What the ``addPassthroughCopy`` calls of a configuration (its text) copy, as
    (path from the site's root, place below the output folder): a path given alone goes
    where it is, less the input folder ``input_folder`` it is in (None: not known), as
    Eleventy strips it; an object's paths go where it says. A path that is no literal is left out."""
    if _PASSTHROUGH not in config:
        return ()
    copies: list[tuple[str, str]] = []
    for start, end in Spans(config).calls(_PASSTHROUGH):
        arguments = lookup(read_js_config("export default { value: [" + config[start + len(_PASSTHROUGH) + 1 : end - 1] + "] }"), "value")
        copied = arguments[0] if isinstance(arguments, list) and arguments else None
        if isinstance(copied, str):
            source = _copied_path(copied)
            inside = input_folder is not None and (source == input_folder or source.startswith(input_folder + "/"))
            copies.append((source, source[len(input_folder) :].lstrip("/") if inside and input_folder else source))
        elif isinstance(copied, dict):
            copies += [(_copied_path(source), _copied_path(output)) for source, output in copied.items() if source != OPEN and isinstance(output, str)]
    return tuple(copies)


def _copied_path(path: str) -> str:
    """A path of ``addPassthroughCopy`` without ``./`` or slashes at its ends, a folder's glob
    (``public/*``) as the folder (``""``: the root)."""
    return _folder(_FOLDER_GLOB.sub("", path.strip()), "") or ""


def with_ignore_files(settings: EleventySite, read: Callable[[str], str | None]) -> EleventySite:
    """``settings`` with the patterns of what the site ignores (its ignore files, ``read(path)``
    giving the text of one from the site's root, and its configuration's ignores, see
    :mod:`.eleventy_ignores`)."""
    return replace(settings, ignores=ignore_patterns(read, settings.input or "", settings.ignores, settings.git_ignore))


def with_imported_shortcodes(settings: EleventySite, read: Callable[[str], str | None]) -> EleventySite:
    """``settings`` with the tags the site's own modules its configuration loads define too
    (see :func:`~.eleventy_shortcodes.imported_shortcodes`; ``read(path)`` gives a file's text
    from the site's root, None: there is none), a module's replacing the configuration's of
    its name, as a plugin's runs after the configuration (:func:`~.eleventy_shortcodes.merged_shortcodes`)."""
    if not settings.imports:
        return settings
    imported = imported_shortcodes(settings.imports, read)
    return replace(settings, shortcodes=tuple(sorted(merged_shortcodes((*settings.shortcodes, *imported.items())).items())))


def with_package(settings: EleventySite, package: str | None) -> EleventySite:
    """``settings`` read from a configuration file, with what the site's ``package.json``
    (its text; None: none) says of its Markdown: indented code blocks on an Eleventy older
    than 2.0, when the configuration does not say."""
    version = _eleventy_version(package) if package and settings.indented_code is None else None
    return replace(settings, indented_code=True) if version is not None and _older_than_two(version) else settings


def _eleventy_version(package: str) -> str | None:
    """The version of ``@11ty/eleventy`` a ``package.json`` (its text) depends on, None when
    it does not (or is not JSON)."""
    try:
        data = json.loads(package)
    except ValueError:
        return None
    needs = {**(data.get("dependencies") or {}), **(data.get("devDependencies") or {})} if isinstance(data, dict) else {}
    version = needs.get("@11ty/eleventy")
    return str(version) if version is not None else None


def _older_than_two(version: str) -> bool:
    """True when ``version`` (a range as npm writes it) asks for Eleventy 0.x or 1.x."""
    major = _MAJOR.match(version)
    return major is not None and int(major.group(1)) < 2


def _engine(setting: Any) -> str | None:
    """The template language a ``markdownTemplateEngine`` or ``htmlTemplateEngine`` setting
    names: None for ``false`` (none), Liquid, Eleventy's default, when it names neither
    Liquid nor Nunjucks (or is not a literal)."""
    return None if setting is False else setting if setting in ENGINES else "liquid"


def _template_formats(returned: Any, config: str) -> tuple[str, ...]:
    """The template formats of a configuration (its text) whose returned object's
    ``templateFormats`` is ``returned``: ``setTemplateFormats(…)`` in its place, then what
    ``addTemplateFormats(…)`` adds, as Eleventy merges them (``TemplateConfig.js``); the
    defaults when none is a literal list or text."""
    formats = _format_list(returned)
    for call, value in _FORMATS_CALL.findall(config):
        listed = _format_list(lookup(read_js_config("export default { value: " + value + " }"), "value"))
        if call == "set" and listed is not None:
            formats = listed
        elif listed is not None:
            formats = (*(formats if formats is not None else DEFAULT_TEMPLATE_FORMATS), *listed)
    return formats if formats is not None else DEFAULT_TEMPLATE_FORMATS


def _format_list(value: Any) -> tuple[str, ...] | None:
    """Template formats given as a list or as comma-separated text, lower case; None for
    anything else (not given, or computed)."""
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return None
    return tuple(item.strip().lower() for item in value if item.strip())


def _own_library_code(config: str) -> bool | None:
    """Whether the configuration's own markdown-it has indented code blocks (``setLibrary("md",
    …)``: on, unless it disables ``"code"``); ``amendLibrary`` turning ``"code"`` on or off
    says so too; None: the configuration does not say."""
    rule = _CODE_RULE.search(config)
    if rule is not None:
        return rule.group(1) == "enable"
    return True if _OWN_LIBRARY.search(config) else None


def _literal_after(pattern: re.Pattern, text: str) -> Any:
    """The literal value after the first match of ``pattern`` (``dir:``) in ``text``: an
    object, a list of strings, a string or a boolean; None when there is none."""
    found = pattern.search(text)
    if found is None:
        return None
    value = text[found.end() :].lstrip()
    literal = re.match(r"""(?:"[^"\n]*"|'[^'\n]*'|\w+|\[[^\[\]{}()]*\])""", value)
    if not value.startswith("{") and literal is None:
        return None
    value = _object_text(value, 0) if value.startswith("{") else literal.group(0)
    return lookup(read_js_config("export default { value: " + value + " }"), "value")


def _object_text(text: str, start: int) -> str:
    """The object literal that starts after ``start`` in ``text`` (up to its closing brace,
    strings and comments skipped), or the rest of the text when it does not close."""
    depth, at, quote = 0, start, None
    while at < len(text):
        char = text[at]
        if quote:
            at += 2 if char == "\\" else 1
            quote = None if char == quote else quote
            continue
        if char in "\"'`":
            quote = char
        elif text.startswith("//", at) or text.startswith("/*", at):
            end = text.find("\n" if text[at + 1] == "/" else "*/", at + 2)
            at = len(text) if end < 0 else end
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[start : at + 1]
        at += 1
    return text[start:]


def _folder(value: Any, default: str | None) -> str | None:
    """A folder setting as a path without ``./`` or slashes at its ends."""
    if not isinstance(value, str) or value.strip() in ("", ".", "./"):
        return default
    return re.sub(r"^(?:\./)+", "", value.strip()).strip("/")


def data_folder(site: EleventySite) -> str:
    """The data folder of ``site``, below its root (``_data``; ``src/_data`` with the input
    ``src``, ``_data`` with the input ``content`` and the data folder ``../_data``)."""
    return posixpath.normpath("/".join(part for part in (site.input, site.data) if part))


def read_global_data(folder: str) -> tuple[str, dict[str, str]]:
    """The global data of an Eleventy site whose data folder is ``folder`` on disk (see
    :func:`global_data`)."""
    files: dict[str, str] = {}
    try:
        names = os.listdir(folder)
    except OSError:
        names = []
    for name in names:
        path = os.path.join(folder, name)
        if is_data_file(name) and os.path.isfile(path) and os.path.getsize(path) <= _MAX_DATA_BYTES:
            try:
                with open(path, encoding="utf-8") as handle:
                    files[name] = handle.read()
            except (OSError, ValueError):
                continue
    return global_data(files)


def is_data_file(name: str) -> bool:
    """True for a file of a data folder that :func:`global_data` reads (JSON, JavaScript)."""
    return os.path.splitext(name)[1] in _GLOBAL_DATA


def global_data(files: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """The global data of an Eleventy site whose data folder holds ``files`` (name → text):
    each ``NAME.json`` as the value ``NAME``, and each ``NAME.js`` (``.cjs``, ``.mjs``) as the
    literal values of the object it exports or its exported function returns (read, never
    run: a value code computes is left out; a ``.json`` file of the same name comes first),
    as JSON text, and the file each value is read from (a file that cannot be read is left
    out: Eleventy would stop on it)."""
    data: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for name in sorted(files, key=lambda name: (not name.endswith(".json"), name)):
        stem, ext = os.path.splitext(name)
        if ext not in _GLOBAL_DATA or stem in data:
            continue
        try:
            value = json.loads(files[name]) if ext == ".json" else _literal_values(read_js_config(files[name]))
        except ValueError:
            continue
        if value is not None:
            data[stem], sources[stem] = value, name
    return json.dumps(data, ensure_ascii=False, sort_keys=True), sources


def _literal_values(value: Any) -> Any:
    """``value`` as read from a JavaScript data file without what code computes in it (its
    :class:`Computed` values and what a spread ``...name`` may add)."""
    if isinstance(value, dict):
        return {key: _literal_values(item) for key, item in value.items() if key != OPEN and not isinstance(item, Computed)}
    if isinstance(value, list):
        return [_literal_values(item) for item in value if not isinstance(item, Computed)]
    return None if isinstance(value, Computed) else value


def site_address(data: str, sources: Mapping[str, str]) -> tuple[str, str] | None:
    """The file of the global data ``data`` (JSON text; ``sources``: the file of each value)
    that gives the site's address (``site.url``, ``metadata.url``) and the address, None when
    none does."""
    values = json.loads(data)
    for name in SITE_DATA:
        value = values.get(name)
        url = value.get("url") if isinstance(value, dict) else None
        if isinstance(url, str) and url.startswith("http"):
            return sources[name], url
    return None


def page_href(page: str, fields: Mapping[str, Any]) -> str | bool | None:
    """Where Eleventy publishes the page at ``page`` (its path below the input folder), as
    ``page.url``: its ``permalink`` when that is a literal path, else its default output
    path; False for ``permalink: false`` (not written); None when the permalink is a
    template (rendered by Eleventy with data arsip does not evaluate), set by
    ``eleventyComputed`` or by a JavaScript data file (:class:`Unread`)."""
    permalink = fields.get("permalink")
    computed = fields.get("eleventyComputed")
    if isinstance(permalink, Unread) or (isinstance(computed, dict) and "permalink" in computed):
        return None
    if isinstance(permalink, dict):
        permalink = permalink.get("build", False)
    if permalink is False or permalink == "":
        return False
    if isinstance(permalink, str):
        if _TEMPLATE.search(permalink):
            return None
        link = permalink.strip()
        link += "index.html" if link.endswith("/") else ""
        return _url_of_output(link if link.startswith("/") else "/" + link)
    stem = os.path.splitext(page)[0]
    folder, _, name = stem.rpartition("/")
    duplicate = folder.rpartition("/")[2] == name
    output = (folder + "/" if folder else "") + (name + "/" if name != "index" and not duplicate else "") + "index.html"
    return _url_of_output("/" + output)


def generated_list(fields: Mapping[str, Any]) -> bool:
    """True for a template Eleventy makes lists of other pages from, not a page of its own:
    one that paginates data (``pagination``: a page per tag, per chunk of a collection),
    or one written as a feed, sitemap or data file (a literal ``permalink`` to a ``.xml``,
    ``.json``, ``.txt`` … file: ``/feed/feed.xml``, ``/sitemap.xml``)."""
    if fields.get("pagination"):
        return True
    href = page_href("", fields)
    return isinstance(href, str) and os.path.splitext(href.rstrip("/"))[1].lower() not in ("", ".html", ".htm")


def lists_collection(body: str) -> bool:
    """True for a template whose body lists the pages of an Eleventy collection: it loops over
    one or sets a value from one (``{% for tag in collections | getKeys %}``, ``{% set postslist
    = collections.posts %}``, as eleventy-base-blog's home, archive and tags pages do)."""
    return "collections" in body and _COLLECTION_LIST.search(body) is not None  # (most pages name none)


def written(fields: Mapping[str, Any]) -> bool:
    """False for a page Eleventy writes no file for (``permalink: false``)."""
    return page_href("", fields) is not False


def _url_of_output(path: str) -> str:
    """Eleventy's ``normalizePathToUrl``: an ``index.html`` (or ``index``) at its folder."""
    for needle in ("/index.html", "/index/", "/index"):
        if path.endswith(needle):
            return path[: -len(needle)] + "/"
    return path


def published_path(path: str, fields: Mapping[str, Any], site: EleventySite) -> str | None:
    """Where Eleventy publishes the page at ``path`` in the site (below the site's address):
    :func:`page_href` of its place below the input folder and the permalink its front
    matter or data files give; None when that is not known or it is not written."""
    page = site.page(path) if site.input is not None else None
    href = page_href(page, site.cascade(path, fields)) if page is not None else None
    return href if isinstance(href, str) else None


def unplaced_reason(path: str, fields: Mapping[str, Any], site: EleventySite) -> str | None:
    """Why the Eleventy page at ``path`` has no URL although its site has an address: its
    input folder, or its permalink (front matter, ``eleventyComputed`` or a data file), is computed."""
    if site.input is None:
        return f"the Eleventy input folder is set by code ({site.input_code}): where each page is published is not known"
    fields = site.cascade(path, fields)
    permalink = fields.get("permalink")
    if isinstance(permalink, Unread):
        return f"its permalink may be set by {permalink.file}, JavaScript arsip does not run: no URL is guessed"
    if isinstance(fields.get("eleventyComputed"), dict) and "permalink" in fields["eleventyComputed"]:
        return "its permalink is computed (eleventyComputed), rendered by Eleventy from data: no URL is guessed"
    if page_href("", fields) is None:
        return f"its permalink is a template ({str(fields.get('permalink')).strip()[:60]!r}), rendered by Eleventy from data: no URL is guessed"
    return None


def file_date(path: str) -> str | None:
    """The date Eleventy gives a page whose front matter has none: the first ``YYYY-MM-DD`` in its path."""
    match = _DATE_IN_PATH.search(path)
    return match.group(0) if match else None
