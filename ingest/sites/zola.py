"""Zola sites: what ``zola.toml``/``config.toml`` says, where Zola publishes each page, the
date and slug a file name gives, the page's taxonomies, and its shortcodes.

As Zola's own code does it (``components/content/src/page.rs``, ``file_info.rs``,
``utils/src/slugs.rs``): a page under ``content/`` is published at its folders below
``content/`` and its slug (``slug`` in its front matter, else its file name, or its folder's
name for a bundle's ``index.md``), made a slug by ``[slugify] paths`` (``on``: the ``slug``
crate's rules, the default; ``safe``: only characters a file name cannot hold removed;
``off``: as written); ``path`` in its front matter replaces all of that. A file name
starting with a date (``2023-01-02-judul.md``, ``2023-01-02_judul.md``) gives the page its
date unless its front matter has one, and the rest of the name is its slug. A page in a
language other than ``default_language`` (``judul.en.md``, with ``[languages.en]`` in the
configuration) is published under ``/en/``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Mapping

from ..markup.pairs import SetAside, code_kept
from ..markup.seams import APART, REMOVED, closed_seams
from .parameters import parameter_text

#: Keys only Zola's configuration has (Hugo's are ``baseURL``, ``[params]``, ``[markup]``).
_ZOLA_KEYS = ("base_url", "compile_sass", "build_search_index", "generate_feeds", "generate_feed", "default_language", "minify_html")
#: Zola's date at the start of a file name (its ``RFC3339_DATE``), then ``_`` or ``-`` and the slug.
_DATED_NAME = re.compile(
    r"^(?P<date>\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"(?:T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?)"
    r"(?:\s?[_-](?P<slug>.+)$)?"
)
#: Characters ``slugify.paths = "safe"`` removes (those NTFS forbids).
_UNSAFE = re.compile(r'[<>:"/\\|?*]')
#: A Zola shortcode call in text: ``{{ name(args) }}``, ``{% name(args) %}``, ``{% end %}``,
#: or one escaped to be shown as written (``{{/* name(args) */}}``).
_SHORTCODE = re.compile(
    r"\{([{%])(/\*)?\s*(?:(\w+)\s*\(((?:\"[^\"]*\"|'[^']*'|`[^`]*`|[^\"'`(){}])*)\)|(end))\s*(\*/)?([}%])\}"
)
#: Zola's built-in shortcodes that embed media from elsewhere: nothing of them is text.
_EMBEDS = frozenset(("youtube", "vimeo", "streamable", "gist"))


@dataclass(frozen=True)
class ZolaPaths:
    """How a Zola site publishes its pages: its default language and the others its
    configuration names, and its ``[slugify]`` settings."""

    default_language: str = "en"
    languages: tuple[str, ...] = ()
    slugify: str = "on"
    keep_dates: bool = False


def is_zola_config(data: Mapping[str, Any]) -> bool:
    """True when the TOML configuration ``data`` is Zola's, not Hugo's: it has a key only
    Zola reads (``base_url``, ``compile_sass``, ``default_language`` …), a ``[markdown]``
    table, or taxonomies as a list of tables; and no Hugo ``baseURL`` (Hugo's keys ignore case)."""
    if any(str(key).lower() == "baseurl" for key in data):
        return False
    return any(key in data for key in _ZOLA_KEYS) or isinstance(data.get("markdown"), dict) or isinstance(data.get("taxonomies"), list)


def zola_paths(data: Mapping[str, Any]) -> ZolaPaths:
    """The :class:`ZolaPaths` of Zola's configuration ``data``: ``[languages.xx]`` tables
    (or, before Zola 0.15, ``languages = [{code = "xx"}]``) name the other languages."""
    default = str(data.get("default_language") or "en")
    table = data.get("languages")
    if isinstance(table, dict):
        codes = [str(code) for code in table]
    elif isinstance(table, list):
        codes = [str(item["code"]) for item in table if isinstance(item, dict) and item.get("code")]
    else:
        codes = []
    settings = data.get("slugify") if isinstance(data.get("slugify"), dict) else {}
    mode = str(settings.get("paths", "on")).lower()
    return ZolaPaths(default, tuple(code for code in codes if code != default), mode if mode in ("on", "safe", "off") else "on", settings.get("paths_keep_dates") is True)


def file_date(path: str) -> str | None:
    """The date Zola reads from the name of the page at ``path`` (a bundle's folder name
    for its ``index.md``), None when the name starts with none."""
    match = _DATED_NAME.match(_slug_source(path))
    return match.group("date") if match else None


def zola_path(path: str, fields: Mapping[str, Any], zola: ZolaPaths) -> str | None:
    """Where Zola publishes the page at ``path`` (in its site) below ``base_url``, as its
    ``page.rs`` computes it; None for a file outside ``content/``, a name in a language
    the site does not have (Zola stops with an error), or a slug arsip cannot make as the
    ``slug`` crate does (a script it would transliterate, see :func:`slug_of`)."""
    if not path.startswith("content/") or not path.lower().endswith(".md"):
        return None
    folders = path[len("content/") :].split("/")
    name = os.path.splitext(folders.pop())[0]
    language = zola.default_language
    if zola.languages and "." in name:
        stem, code = name.split(".", 1)
        if code not in (zola.default_language, *zola.languages):
            return None
        if code != zola.default_language:
            name, language = stem, code
    bundle = bool(folders) and name.split(".")[0] == "index"
    if bundle:
        folders.pop()
    prefix = [language] if language != zola.default_language else []
    if name == "_index":
        return "/".join(prefix + folders) + "/" if prefix or folders else "/"
    own = fields.get("path")
    if isinstance(own, str) and own.strip():
        return own.strip().strip("/") + "/" if own.strip() != "/" else "/"
    slug = _page_slug(_slug_source(path) if name == "index" else name, fields, zola)
    if slug is None:
        return None
    if not folders and name == "index" and not bundle:
        return "/".join(prefix) + "/" if prefix else "/"
    return "/".join(prefix + folders + [slug]) + "/"


def unplaced_reason(path: str, fields: Mapping[str, Any], zola: ZolaPaths) -> str | None:
    """Why the Zola page at ``path`` under ``content/`` has no URL, None when it has one."""
    if not path.startswith("content/") or not path.lower().endswith(".md") or zola_path(path, fields, zola) is not None:
        return None
    name = os.path.splitext(path.rsplit("/", 1)[-1])[0]
    code = name.split(".", 1)[1] if "." in name and zola.languages else None
    if code is not None and code not in (zola.default_language, *zola.languages):
        return f"the file name names the language {code!r}, which the site's configuration does not have: Zola does not build it"
    return "its slug has characters Zola transliterates to ASCII (slugify.paths = \"on\") that arsip cannot: no URL is guessed"


def _page_slug(source: str, fields: Mapping[str, Any], zola: ZolaPaths) -> str | None:
    """The page's slug: its front matter's ``slug``, else the rest of a dated name, else its
    name ``source`` (a bundle's folder name), as ``slugify.paths`` makes a slug of it."""
    own = fields.get("slug")
    if isinstance(own, str) and own:
        return slug_of(own, zola.slugify)
    dated = _DATED_NAME.match(source)
    if dated and dated.group("slug") and not zola.keep_dates:
        source = dated.group("slug")
    return slug_of(source, zola.slugify)


def _slug_source(path: str) -> str:
    """The name Zola makes a page's slug of: the file's name without ``.md``, or for an
    ``index.md`` its folder's name."""
    folder, _, file_name = path.rpartition("/")
    name = os.path.splitext(file_name)[0]
    return folder.rpartition("/")[2] if name.split(".")[0] == "index" and folder else name


def slug_of(text: str, mode: str = "on") -> str | None:
    """``text`` as Zola's ``slugify_paths`` makes it: ``on``, the ``slug`` crate (letters
    transliterated to ASCII, in lower case, every other run of characters one ``-``, none
    at either end); ``safe``, without trailing spaces and dots and the characters a file
    name cannot hold; ``off``, as it is. None when ``on`` meets a letter with no ASCII
    spelling in Unicode's decompositions (the crate transliterates ``日本`` to ``ri-ben``
    from a table arsip does not have)."""
    if mode == "off":
        return text
    if mode == "safe":
        return _UNSAFE.sub("", text.rstrip(" ."))
    ascii_text = []
    for char in text:
        if char.isascii():
            ascii_text.append(char)
            continue
        spelled = "".join(part for part in unicodedata.normalize("NFKD", char) if part.isascii())
        if not spelled and char.isalnum():
            return None
        ascii_text.append(spelled or "-")
    return re.sub(r"[^a-z0-9]+", "-", "".join(ascii_text).lower()).strip("-")


def taxonomy(fields: Mapping[str, Any], name: str) -> Any:
    """The terms of the taxonomy ``name`` in a Zola page's ``[taxonomies]`` table, None when it has none."""
    table = fields.get("taxonomies")
    return table.get(name) if isinstance(table, Mapping) else None


def zola_markdown(body: str, page: Mapping[str, Any] | None = None) -> str:
    """A Zola page's Markdown as Zola renders its shortcodes, before the Markdown itself
    (so a shortcode's text may hold Markdown: ``text="Lihat [peta](/peta/)"`` shows a link):
    an embed (``youtube``, ``vimeo``, ``streamable``, ``gist``) goes, another call keeps its
    arguments that are text (its ``caption``, ``alt``, ``title``, ``text`` …, by Hugo
    shortcodes' rule, see :mod:`.parameters`), a body shortcode's ``{% end %}`` goes (its
    body stays), and an escaped call (``{{/* name() */}}``, ``{%/* end */%}``) is shown as
    ``{{ name() }}``, in code too. A call in a fenced code block is rendered as well: Zola
    puts its output into the block, shown as code (``markdown.rs``; its test
    ``can_render_shortcode_in_codeblock``), so the block holds the text the call shows;
    in inline code it stays as written."""
    if "{{" not in body and "{%" not in body:
        return body
    aside = SetAside()
    body = code_kept(body, lambda code: aside.keep(_SHORTCODE.sub(_code_text if _fenced(code) else _escape_shown, code)))
    return aside.restore(closed_seams(_SHORTCODE.sub(_shortcode_text, body)))


def _fenced(code: str) -> bool:
    """True for a fenced code block (from its opening line, as
    :func:`~..markup.pairs.code_kept` gives it), False for inline code."""
    return "\n" in code and code.lstrip().startswith(("```", "~~~"))


def _escape_shown(match: re.Match) -> str:
    """An escaped call as Zola shows it (``{{/* x() */}}`` → ``{{ x() }}``); any other as written."""
    call = match.group(0)
    return call[:2] + call[4:-4] + call[-2:] if match.group(2) and match.group(6) else call


def _shortcode_text(match: re.Match) -> str:
    """What a call shows in the text, set apart from the words around it (an escaped one
    shown in its place, see :func:`_escape_shown`)."""
    shown = _code_text(match)
    if match.group(2) and match.group(6):
        return shown
    return APART + shown + APART if shown else REMOVED


def _code_text(match: re.Match) -> str:
    """What a call shows where Zola renders it: its arguments that are text; nothing for an
    embed or a body's ``{% end %}``; an escaped call as Zola shows it."""
    opening, escaped, name, arguments, end, escape_end, closing = match.groups()
    if escaped and escape_end:
        return _escape_shown(match)
    if end or name in _EMBEDS:
        return ""
    return " ".join(parameter_text(arguments, shortcode=name))
