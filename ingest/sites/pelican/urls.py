"""Where Pelican publishes an article or a page of its site, as Pelican 4 builds it
(``pelican/contents.py``, ``readers.py``, ``generators.py``, ``utils.slugify``).

- Its content folder is ``PATH`` (``content/``); a Markdown (``.md .markdown .mkd .mdown``),
  reST or HTML file there is a page below one of ``PAGE_PATHS`` (``pages/``), else an
  article below ``ARTICLE_PATHS``, less ``*_EXCLUDES`` and ``IGNORE_FILES``.
- Its metadata is ``DEFAULT_METADATA`` (and ``DEFAULT_CATEGORY``, ``DEFAULT_DATE``), then
  ``EXTRA_PATH_METADATA``, then what ``FILENAME_METADATA`` and ``PATH_METADATA`` match in
  its path and its folder as category (``USE_FOLDER_AS_CATEGORY``), then its own (the
  first of these that gives a key keeps it, the file's own wins over all).
- Its URL is its ``url`` metadata, else the pattern of its kind and status
  (``ARTICLE_URL``, ``DRAFT_URL``, ``PAGE_URL``, ``DRAFT_PAGE_URL``; their ``*_LANG_URL``
  when its ``lang`` is not ``DEFAULT_LANG``) filled with ``{slug}`` (its own, else its
  title, or file name with ``SLUGIFY_SOURCE = "basename"``, made a slug as
  :func:`slugify`), ``{lang}``, ``{category}`` and ``{author}`` (as slugs; ``AUTHOR`` when
  it names none), ``{date:%Y}`` (its date as ``dateutil`` reads it, in ``TIMEZONE``),
  ``{path}`` and any other key of its metadata.

None where Pelican publishes nothing (not a page or article file; no title; an article
without a date; status ``skip``); :class:`Unplaceable` (with the reason) where arsip cannot
know the place: a setting the configuration computes, a date Pelican cannot read or
completes from the day of the build, a placeholder the page does not give (Pelican's build
fails there), a month or day name (the build machine's locale), a title character whose
ASCII spelling (Pelican's Unidecode) arsip does not know.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import posixpath
import re
import string
import unicodedata
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .config import DEFAULTS, PelicanSettings, UnknownSetting

#: The files Pelican's readers read, by extension.
CONTENT_EXTENSIONS = frozenset(("md", "markdown", "mkd", "mdown", "rst", "html", "htm"))
#: The statuses Pelican publishes (``allowed_statuses``, less ``skip``).
_STATUSES = ("published", "hidden", "draft")
#: strftime directives whose text depends on the locale of the machine that built the site.
_LOCALE_DIRECTIVES = re.compile(r"%-?[aAbBcxXph]")
#: Unidecode's ASCII for letters without a decomposition, and punctuation (checked against
#: Unidecode 1.4.0, which Pelican uses); letters with accents lose them (NFKD).
_ASCII = {
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "œ": "oe", "Œ": "OE",
    "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "“": '"', "”": '"', "„": ",,", "‘": "'", "’": "'", "‚": ",",
    "–": "-", "—": "--", "‐": "-", "‑": "-", "‒": "-", "―": "--", "•": "*", "«": "<<", "»": ">>", "·": "*", "×": "x",
    "°": "deg", "©": "(c)", "®": "(r)", "€": "EUR", "\u200b": " ", "\u200d": "", "\ufe0f": "",
}
#: Emoji, which Unidecode drops.
_EMOJI = ((0x1F300, 0x1F66F), (0x1F680, 0x1FAFF))
#: URL characters kept as they are (the rest is percent-encoded, as a browser sends it).
_URL_SAFE = "-._~!$&'()*+,;=:@/"
_FORMATTER = string.Formatter()


#: Why a file Pelican reads is left out: Pelican skips it ("could not find information about …").
SKIPPED_UNTITLED = "not published: Pelican skips a file without a title"
SKIPPED_UNDATED = "not published: Pelican skips an article without a date"


class Unplaceable(Exception):
    """Pelican publishes the file, but where cannot be known here: the reason."""


def pelican_path(path: str, fields: dict[str, Any], title: Any, settings: PelicanSettings) -> str | None:
    """Where Pelican publishes the file at ``path`` (below the site's root) with metadata
    ``fields`` (keys lower-cased, values as the file gives them) and ``title`` (its
    metadata's, or a reST document's title), below ``SITEURL``; None where it publishes
    none. :class:`Unplaceable` when that cannot be known (see the module's docstring)."""
    try:
        return _place(path, fields, title, settings)
    except UnknownSetting as unknown:
        raise Unplaceable(str(unknown)) from None
    except (TypeError, ValueError, AttributeError) as error:  # a setting of a type Pelican does not take
        raise Unplaceable(f"a setting of the Pelican configuration has a value Pelican cannot use ({error})") from None


def _place(path: str, fields: dict[str, Any], title: Any, settings: PelicanSettings) -> str | None:
    relative = _in_content(path, settings)
    if relative is None:
        return None
    kind = _kind(relative, settings)
    if kind is None:
        return None
    metadata = _metadata(relative, fields, settings)
    if isinstance(title, str) and title.strip():
        metadata.setdefault("title", title)
    if _missing(kind, metadata, settings):
        return None  # Pelican skips it: "could not find information about 'title'" (or 'date')
    status = _status(kind, metadata, settings)
    if status not in _STATUSES:
        return None
    lang = metadata.get("lang") if isinstance(metadata.get("lang"), str) else str(settings["DEFAULT_LANG"]).lower()
    subsite = _subsite(lang, settings) if lang != str(settings["DEFAULT_LANG"]).lower() else None
    if subsite is not None:  # i18n_subsites: the file is its language's subsite's, at SITEURL/lang/
        placed = _place(path, fields, title, subsite)
        return f"{quote(lang, safe='')}/{placed}" if placed is not None else None
    date = metadata.get("date")
    if isinstance(metadata.get("url"), str):
        return metadata["url"]
    if kind == "article" and date is None:
        date = dt.datetime.max  # a draft's place without a date (Article.__init__)
    prefix = {("article", False): "ARTICLE", ("article", True): "DRAFT", ("page", False): "PAGE", ("page", True): "DRAFT_PAGE"}
    name = prefix[kind, status == "draft"] + ("_URL" if lang == str(settings["DEFAULT_LANG"]).lower() else "_LANG_URL")
    pattern = settings[name]
    if not isinstance(pattern, str):
        raise Unplaceable(f"{name} is not text")
    values = {key: value for key, value in metadata.items() if isinstance(value, str)} | {
        "slug": _slug(metadata, relative, settings),
        "lang": lang,
        "author": _author(metadata, settings),
        "category": _wrapper_slug(metadata.get("category"), "CATEGORY", settings),
        "path": relative,
    }
    placed = {_fill(name, pattern, values, date, settings, day) for day in (dt.datetime(2001, 2, 3, 4, 5, 6), dt.datetime(2002, 3, 4, 5, 6, 7))}
    if len(placed) > 1:
        raise Unplaceable(f"{name} = {pattern!r} needs a date, and the article's ({date}) leaves Pelican to take part of it from the day of the build")
    return quote(placed.pop(), safe=_URL_SAFE)


def path_category(path: str, fields: dict[str, Any], settings: PelicanSettings) -> str | None:
    """The category Pelican gives the article at ``path`` whose own metadata names none, from
    where it lies: its folder (``USE_FOLDER_AS_CATEGORY``), ``PATH_METADATA``,
    ``EXTRA_PATH_METADATA``, ``DEFAULT_CATEGORY`` when the site sets one (Pelican's own
    ``misc`` is no category of the author's); None for a page, a file Pelican does not read or
    a setting arsip cannot know."""
    if fields.get("category") not in (None, ""):
        return None
    try:
        relative = _in_content(path, settings)
        if relative is None or _kind(relative, settings) != "article":
            return None
        category = _metadata(relative, fields, settings).get("category")
    except (Unplaceable, UnknownSetting, TypeError, ValueError, AttributeError):
        return None
    if not isinstance(category, str) or not category.strip() or (category == DEFAULTS["DEFAULT_CATEGORY"] and "DEFAULT_CATEGORY" not in settings.values):
        return None
    return category.strip()


def site_author(path: str, fields: dict[str, Any], settings: PelicanSettings) -> str | None:
    """The author Pelican gives the file at ``path`` whose own metadata ``fields`` name none:
    the site's ``AUTHOR`` (``Content.__init__``); None for a file Pelican does not read, a
    setting arsip cannot know, or a site without one."""
    if any(fields.get(key) not in (None, "", []) for key in ("author", "authors")):
        return None
    try:
        relative = _in_content(path, settings)
        author = settings["AUTHOR"] if relative is not None and _kind(relative, settings) is not None else None
    except (Unplaceable, UnknownSetting, TypeError, ValueError, AttributeError):
        return None
    return author.strip() if isinstance(author, str) and author.strip() else None


def _subsite(lang: str, settings: PelicanSettings) -> PelicanSettings | None:
    """The settings of the subsite the i18n_subsites plugin builds for ``lang`` (its
    ``I18N_SUBSITES`` entry over the site's, ``lang`` the default language there, so a file
    in it takes ``ARTICLE_URL``, not ``ARTICLE_LANG_URL``); None without the plugin (in
    ``PLUGINS``) or such an entry."""
    subsites = settings["I18N_SUBSITES"]
    if not (isinstance(subsites, dict) and lang in subsites):
        return None
    plugins = settings["PLUGINS"]
    if not any(isinstance(plugin, str) and plugin.rsplit(".", 1)[-1] == "i18n_subsites" for plugin in (plugins if isinstance(plugins, (list, tuple)) else ())):
        return None
    overrides = subsites[lang] if isinstance(subsites[lang], dict) else {}
    return settings.overridden_by(PelicanSettings({**overrides, "DEFAULT_LANG": lang}))


def skipped_reason(path: str, fields: dict[str, Any], title: Any, settings: PelicanSettings) -> str | None:
    """Why Pelican skips the file at ``path`` that it reads as content, or None: it has no
    title — an included fragment (``.. include:: bagian.rst``) is read as a file of its own
    when it lies in a content folder — or it is an article without a date, not a draft."""
    try:
        relative = _in_content(path, settings)
        kind = _kind(relative, settings) if relative is not None else None
        if kind is None:
            return None
        metadata = _metadata(relative, fields, settings)
        if isinstance(title, str) and title.strip():
            metadata.setdefault("title", title)
        missing = _missing(kind, metadata, settings)
    except (Unplaceable, UnknownSetting, TypeError, ValueError, AttributeError):
        return None
    return {"title": SKIPPED_UNTITLED, "date": SKIPPED_UNDATED}.get(missing) if missing else None


def _missing(kind: str, metadata: dict[str, Any], settings: PelicanSettings) -> str | None:
    """The property Pelican finds missing and skips the file for (``is_valid_content``:
    "could not find information about 'title'"): ``title``; an article's ``date`` (a draft
    without one gets one, ``Article.__init__``); None when none is."""
    if not (isinstance(metadata.get("title"), str) and metadata["title"].strip()):
        return "title"
    if kind == "article" and metadata.get("date") is None and _status(kind, metadata, settings) != "draft":
        return "date"
    return None


def is_pelican_draft(path: str, fields: dict[str, Any], settings: PelicanSettings) -> bool:
    """True when Pelican builds the file at ``path`` (with metadata ``fields``) as a draft:
    its own ``status: draft``, or one its settings give (``DEFAULT_METADATA``,
    ``EXTRA_PATH_METADATA``, an article dated ahead with ``WITH_FUTURE_DATES = False``)."""
    try:
        relative = _in_content(path, settings)
        kind = _kind(relative, settings) if relative is not None else None
        return kind is not None and _status(kind, _metadata(relative, fields, settings), settings) == "draft"
    except (Unplaceable, UnknownSetting, TypeError, ValueError, AttributeError):
        return False


def _status(kind: str, metadata: dict[str, Any], settings: PelicanSettings) -> str:
    """The file's status, lower-cased: ``published`` unless its metadata says otherwise; an
    article dated after now is a draft with ``WITH_FUTURE_DATES = False`` (every build of the
    site so far made it one). :class:`Unplaceable` for a date Pelican cannot read."""
    status = str(metadata.get("status") or "published").strip().lower()
    date = metadata.get("date")
    if date is not None and _date(date, settings, dt.datetime.now()).replace(tzinfo=None) > dt.datetime.now():
        if kind == "article" and status != "skip" and not settings["WITH_FUTURE_DATES"]:
            return "draft"
    return status


def content_folder(settings: PelicanSettings) -> str | None:
    """The content folder ``PATH`` below the site's root (``""``: the root itself); None
    where it is not known: a computed ``PATH``, or a folder of the machine that built the site."""
    try:
        return _content(settings)
    except (Unplaceable, UnknownSetting):
        return None


def copied_as(settings: PelicanSettings, name: str) -> tuple[str, ...]:
    """The files below the site's root that Pelican writes as ``name`` at the root of its
    output: those ``EXTRA_PATH_METADATA`` gives that ``path`` (``{"extra/CNAME": {"path":
    "CNAME"}}``, as Pelican's tips place a custom domain's ``CNAME``), below the content
    folder; none where either setting is computed or the content folder is not known."""
    try:
        content, extra = _content(settings), dict(settings["EXTRA_PATH_METADATA"] or {})
    except (Unplaceable, UnknownSetting, TypeError, ValueError):  # (a computed setting, or one that is no mapping)
        return ()
    return tuple(posixpath.join(content, str(place)) for place, values in extra.items() if isinstance(values, dict) and values.get("path") == name)


def _content(settings: PelicanSettings) -> str:
    """The content folder ``PATH`` below the site's root; :class:`Unplaceable` for an absolute one."""
    content = str(settings["PATH"] or ".").replace("\\", "/")
    if content.startswith("/") or content[1:3] == ":/":
        raise Unplaceable(f"PATH = {content!r} is a folder of the machine that built the site: where it is in this copy is not known")
    content = content.strip("/")
    return "" if content in (".", "./") else content.removeprefix("./")


def _in_content(path: str, settings: PelicanSettings) -> str | None:
    """``path`` below the content folder ``PATH``; None outside it."""
    content = _content(settings)
    if content and not path.startswith(content + "/"):
        return None
    return path[len(content) + 1 :] if content else path


def _kind(relative: str, settings: PelicanSettings) -> str | None:
    """``page`` or ``article`` for a file Pelican reads at ``relative`` (below ``PATH``)."""
    parts = relative.split("/")
    if os.path.splitext(parts[-1])[1][1:] not in CONTENT_EXTENSIONS:
        return None
    ignores = settings["IGNORE_FILES"] or []
    if any(fnmatch.fnmatch(part, pattern) for part in parts for pattern in ignores):
        return None
    page_paths, article_paths = list(settings["PAGE_PATHS"] or []), list(settings["ARTICLE_PATHS"] or [])
    if _under(relative, page_paths, list(settings["PAGE_EXCLUDES"] or []) + article_paths):
        return "page"
    if _under(relative, article_paths, list(settings["ARTICLE_EXCLUDES"] or []) + page_paths):
        return "article"
    return None


def _under(relative: str, paths: list[str], excludes: list[str]) -> bool:
    """True when ``relative`` is one of ``paths`` or in one of their folders, and not in
    a folder below that one which ``excludes`` names (Pelican leaves out such folders as it
    walks down a path: the path itself is walked even when excluded)."""
    folders = relative.split("/")[:-1]
    excluded = {exclude.strip("/") for exclude in excludes if isinstance(exclude, str) and exclude.strip("/")}
    for path in (path.strip("/") for path in paths if isinstance(path, str)):
        if relative == path:
            return True
        if path and not relative.startswith(path + "/"):
            continue
        start = len(path.split("/")) if path else 0
        if not any("/".join(folders[: depth + 1]) in excluded for depth in range(start, len(folders))):
            return True
    return False


def _metadata(relative: str, fields: dict[str, Any], settings: PelicanSettings) -> dict[str, Any]:
    """The file's metadata as Pelican gathers it (see the module's docstring)."""
    metadata: dict[str, Any] = {str(key).lower(): value for key, value in dict(settings["DEFAULT_METADATA"] or {}).items()}
    if settings["CATEGORY_SAVE_AS"] and settings["DEFAULT_CATEGORY"]:
        metadata["category"] = settings["DEFAULT_CATEGORY"]
    default_date = settings["DEFAULT_DATE"]
    if default_date == "fs":
        raise Unplaceable("DEFAULT_DATE = 'fs': a page without a date has its file's date when the site was built")
    if default_date:
        metadata["date"] = dt.datetime(*default_date).isoformat() if isinstance(default_date, (tuple, list)) else default_date
    for place, values in sorted(dict(settings["EXTRA_PATH_METADATA"] or {}).items()):
        if isinstance(values, dict) and (relative == place or relative.startswith(str(place).rstrip("/") + "/")):
            metadata.update({str(key).lower(): value for key, value in values.items()})
    metadata.update(_path_metadata(relative, settings))
    metadata.update({str(key).lower(): value for key, value in fields.items() if value not in (None, "")})
    return metadata


def _path_metadata(relative: str, settings: PelicanSettings) -> dict[str, Any]:
    """What ``FILENAME_METADATA``, ``PATH_METADATA`` and the folder (as category) say."""
    folder, name = os.path.split(relative)
    checks = [(settings["FILENAME_METADATA"], os.path.splitext(name)[0]), (settings["PATH_METADATA"], relative)]
    if settings["USE_FOLDER_AS_CATEGORY"] and settings["CATEGORY_SAVE_AS"]:
        checks.append(("(?P<category>.*)", os.path.basename(folder)))
    found: dict[str, Any] = {}
    for expression, text in checks:
        try:
            match = re.match(expression, text) if isinstance(expression, str) and expression and text else None
        except re.error:
            raise Unplaceable(f"Pelican cannot use the expression {expression!r}") from None
        for key, value in (match.groupdict() if match else {}).items():
            if value is not None and key.lower() not in found:
                found[key.lower()] = value
    return {key: value for key, value in found.items() if not (key in ("category", "slug", "status") and not str(value).strip())}


def _date(value: Any, settings: PelicanSettings, default: dt.datetime) -> dt.datetime:
    """The date ``value`` as Pelican reads it (``dateutil``, the parts it lacks from
    ``default``, standing for the day of the build), in ``TIMEZONE`` when it names none."""
    from dateutil import parser

    if isinstance(value, dt.datetime):
        date = value
    elif isinstance(value, dt.date):
        date = dt.datetime(value.year, value.month, value.day)
    else:
        text = re.sub(" +", " ", str(value).replace("_", " "))
        try:
            date = parser.parse(text, default=default)
        except (ValueError, OverflowError, TypeError):
            raise Unplaceable(f"Pelican cannot read the date {value!r}: it skips the file") from None
    if date.tzinfo is None:
        try:
            date = date.replace(tzinfo=ZoneInfo(str(settings["TIMEZONE"])))
        except (ZoneInfoNotFoundError, ValueError):
            raise Unplaceable(f"Pelican does not know the TIMEZONE {settings['TIMEZONE']!r}") from None
    return date


def _fill(name: str, pattern: str, values: dict[str, str], date: Any, settings: PelicanSettings, day: dt.datetime) -> str:
    """``pattern`` (the setting ``name``) filled as Python's ``str.format``, as Pelican does."""
    filled = []
    try:
        parsed = list(_FORMATTER.parse(pattern))
    except ValueError:
        raise Unplaceable(f"{name} = {pattern!r} is not a pattern Pelican can fill") from None
    for text, field, spec, conversion in parsed:
        filled.append(text)
        if field is None:
            continue
        if field == "date":
            if spec and _LOCALE_DIRECTIVES.search(spec):
                raise Unplaceable(f"{name} = {pattern!r} spells a month or day by name, in the locale of the machine that built the site")
            value: Any = _date(date, settings, day) if date is not None else None
            if value is None:
                raise Unplaceable(f"{name} = {pattern!r} needs a date, and the page has none: Pelican takes the time of the build")
        elif field in values:
            value = values[field]
        else:
            raise Unplaceable(f"{name} = {pattern!r} needs {{{field}}}, which the page does not give: Pelican's build fails there")
        filled.append(format(value if conversion is None else (repr(value) if conversion == "r" else str(value)), spec or ""))
    return "".join(filled)


def _slug(metadata: dict[str, Any], relative: str, settings: PelicanSettings) -> str:
    """The ``slug`` metadata, else one made of the title or the file name (``SLUGIFY_SOURCE``)."""
    if isinstance(metadata.get("slug"), str) and metadata["slug"].strip():
        return metadata["slug"].strip()
    source = settings["SLUGIFY_SOURCE"]
    value = metadata["title"] if source == "title" else os.path.splitext(os.path.basename(relative))[0] if source == "basename" else None
    return slugify(value, settings["SLUG_REGEX_SUBSTITUTIONS"], settings) if value is not None else ""


def metadata_list(value: Any) -> list[str]:
    """A list of names as Pelican reads ``Authors:`` (``ensure_metadata_list``): separated by
    ``;`` when one is there, else by ``,`` (``Ani Lestari, Budi Santoso``); empty ones dropped."""
    names = value if isinstance(value, list) else re.split(";" if ";" in value else ",", value) if isinstance(value, str) else []
    return [name.strip() for name in names if isinstance(name, str) and name.strip()]


def with_author_list(fields: dict[str, Any]) -> dict[str, Any]:
    """A Pelican file's ``fields`` with its ``authors`` as the list of names Pelican makes of it."""
    authors = fields.get("authors")
    return {**fields, "authors": metadata_list(authors)} if isinstance(authors, str) else fields


def _author(metadata: dict[str, Any], settings: PelicanSettings) -> str:
    """The slug of the first author: ``author``, else the first of ``authors``, else ``AUTHOR``."""
    author = metadata.get("author")
    if not (isinstance(author, str) and author.strip()):
        author = next(iter(metadata_list(metadata.get("authors"))), None) or settings["AUTHOR"]
    return _wrapper_slug(author, "AUTHOR", settings)


def _wrapper_slug(name: Any, kind: str, settings: PelicanSettings) -> str:
    """A category's or author's slug (``CATEGORY_REGEX_SUBSTITUTIONS``, else the slug's)."""
    if not (isinstance(name, str) and name.strip()):
        return ""
    substitutions = settings[f"{kind}_REGEX_SUBSTITUTIONS"]
    return slugify(name.strip(), substitutions if substitutions is not None else settings["SLUG_REGEX_SUBSTITUTIONS"], settings)


def slugify(value: str, substitutions: Any, settings: PelicanSettings | None = None) -> str:
    """Pelican's ``slugify``: tags stripped, NFKC, ASCII (unless ``SLUGIFY_USE_UNICODE``),
    each ``(pattern, replacement)`` of ``substitutions`` applied ignoring case, lower case
    (unless ``SLUGIFY_PRESERVE_CASE``)."""
    from markupsafe import Markup

    settings = settings or PelicanSettings()
    value = unicodedata.normalize("NFKC", Markup(value).striptags())
    if not settings["SLUGIFY_USE_UNICODE"]:
        value = _ascii(value)
    for pattern, replacement in substitutions or ():
        try:
            value = re.sub(unicodedata.normalize("NFKC", pattern), unicodedata.normalize("NFKC", replacement), value, flags=re.IGNORECASE)
        except (re.error, TypeError):
            raise Unplaceable(f"Pelican cannot use the substitution {(pattern, replacement)!r}") from None
    return (value if settings["SLUGIFY_PRESERVE_CASE"] else value.lower()).strip()


def _ascii(text: str) -> str:
    """``text`` in ASCII as Unidecode spells it, for the characters arsip knows that of."""
    spelled = []
    for character in text:
        if character.isascii():
            spelled.append(character)
        elif character in _ASCII:
            spelled.append(_ASCII[character])
        elif any(low <= ord(character) <= high for low, high in _EMOJI):
            continue
        else:
            base = "".join(part for part in unicodedata.normalize("NFKD", character) if not unicodedata.combining(part))
            if not (base.isascii() and base.isalpha()):
                raise Unplaceable(f"the slug comes from a title with {character!r}, which Pelican spells in ASCII with Unidecode, and arsip does not know how")
            spelled.append(base)
    return "".join(spelled)
