"""Whether a site's generator publishes a page now, by the page's dates.

Hugo leaves out a page whose publish date is still ahead (``publishDate``, or its aliases
``pubdate``/``published``, else ``date``) unless the site sets ``buildFuture``, and one
whose expiry date (``expiryDate``/``unpublishdate``) has passed unless it sets
``buildExpired``; the site's ``[frontmatter]`` table may name other keys (``:default``
stands for Hugo's own list, ``:filename`` for the date a file or bundle name starts
with). Hexo leaves out a post dated ahead only when ``_config.yml`` sets ``future: false``.
Nikola builds a post dated ahead but does not deploy it (``DEPLOY_FUTURE = False``) unless
``conf.py`` sets ``DEPLOY_FUTURE`` or ``FUTURE_IS_NOW``.
Jekyll leaves out a post (a file in a ``_posts/`` folder) dated ahead (front matter
``date``, else its file name) unless ``_config.yml`` sets ``future: true``. A date without
a UTC offset is in the site's time zone (Hugo's ``timeZone``, Jekyll's ``timezone``; UTC
when none is set), but for a Jekyll YAML timestamp (see :func:`utc_timestamp`). Eleventy writes no page with ``permalink: false``. Other generators
publish whatever their pages' dates say.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..dates import DateError, parse_date
from .eleventy import NOT_WRITTEN, written
from ..paths import page_name

NOT_YET_PUBLISHED = "not yet published"
EXPIRED = "expired"

#: Hugo's default front matter keys of each date (its ``[frontmatter]`` ``:default``), lower case.
HUGO_PUBLISH_KEYS = ("publishdate", "pubdate", "published", "date")
HUGO_EXPIRY_KEYS = ("expirydate", "unpublishdate")
#: The date a file or page bundle's name starts with (Hugo's ``:filename``; a Jekyll post's name).
FILE_NAME = ":filename"
#: Hugo's date sources that are the file's modification or commit time: in the past, so
#: the search ends there with no date ahead (and no expiry).
_PAST_SOURCES = (":filemodtime", ":git")
NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:-|$)")
_UTC = dt.timezone.utc
#: A date with a time and no UTC offset, as arsip writes it.
_ZONELESS_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?")


@dataclass(frozen=True)
class Publishing:
    """How a site's generator decides by dates: whether pages dated ahead (``future``) and
    expired pages (``expired``) are published, the front matter keys (lower case, or
    :data:`FILE_NAME`) that give the publish and expiry dates, in order, the site's
    time zone (an IANA name; None: UTC), and the settings of languages that set their own
    (Hugo's ``[languages.id]`` ``buildFuture``, ``timeZone`` …), as (language, settings) pairs."""

    future: bool = False
    expired: bool = False
    publish_keys: tuple[str, ...] = HUGO_PUBLISH_KEYS
    expiry_keys: tuple[str, ...] = HUGO_EXPIRY_KEYS
    time_zone: str | None = None
    languages: tuple[tuple[str, Publishing], ...] = ()

    def for_language(self, lang: str) -> Publishing:
        """These settings as the pages of the language ``lang`` are read: its own when it
        sets some, else the site's."""
        return next((settings for name, settings in self.languages if name == lang), self)

    def state(self) -> dict[str, Any]:
        """The settings as an index records them, as JSON keeps them (lists for tuples; the
        languages' own only when there are some, as before they were read)."""
        state = {name: list(value) if isinstance(value, tuple) else value for name, value in vars(self).items() if name != "languages"}
        return state | ({"languages": [[name, settings.state()] for name, settings in self.languages]} if self.languages else {})


#: What each generator that decides by dates does when its configuration says nothing.
DEFAULTS = {
    "hugo": Publishing(), "jekyll": Publishing(publish_keys=("date", FILE_NAME), expiry_keys=()),
    "hexo": Publishing(future=True, publish_keys=("date",), expiry_keys=()),
    "nikola": Publishing(publish_keys=("date",), expiry_keys=()),
}
#: Generators that decide by dates for their posts alone, and the folders of their posts:
#: ``_posts/``, and Jekyll's ``_drafts/``, whose drafts a site with ``show_drafts`` publishes
#: as posts (another draft is one whatever its date).
_POST_FOLDERS = {"jekyll": ("_posts/", "_drafts/"), "hexo": ("_posts/",)}


def hugo_publishing(config: dict) -> Publishing:
    """What Hugo's configuration (its keys in lower case) says: ``buildFuture``,
    ``buildExpired``, ``timeZone`` and the ``[frontmatter]`` keys of ``publishDate`` and
    ``expiryDate``; a language's own, in its ``[languages]`` table, over the site's for that
    language's pages, as Hugo reads them (a localized setting: gohugo.io, "Configure languages")."""
    site = _hugo_settings(config)
    languages = []
    for name, table in config["languages"].items() if isinstance(config.get("languages"), dict) else ():
        own = _lowered(table) if isinstance(table, dict) else {}
        if _LANGUAGE_KEYS.isdisjoint(own):
            continue
        settings = _hugo_settings(_language_config(config, own))
        if settings != site:
            languages.append((str(name).lower(), settings))
    return replace(site, languages=tuple(languages))


#: The settings of :func:`hugo_publishing` a language's table may set.
_LANGUAGE_KEYS = frozenset(("buildfuture", "buildexpired", "timezone", "frontmatter"))


def _hugo_settings(config: dict) -> Publishing:
    """What the settings of Hugo's configuration, or of one language's, say (see :func:`hugo_publishing`)."""
    table = _lowered(config["frontmatter"]) if isinstance(config.get("frontmatter"), dict) else {}
    return Publishing(
        config.get("buildfuture") is True, config.get("buildexpired") is True,
        date_keys(table.get("publishdate"), HUGO_PUBLISH_KEYS), date_keys(table.get("expirydate"), HUGO_EXPIRY_KEYS),
        _zone_name(config.get("timezone")),
    )


def _language_config(config: dict, own: dict) -> dict:
    """The site's configuration as a language's own settings ``own`` are merged over it,
    as Hugo merges them: each key, and each key of ``[frontmatter]``."""
    merged = {**config, **own}
    if isinstance(config.get("frontmatter"), dict) and isinstance(own.get("frontmatter"), dict):
        merged["frontmatter"] = _lowered(config["frontmatter"]) | _lowered(own["frontmatter"])
    return merged


def _lowered(table: dict) -> dict:
    """``table`` with its keys in lower case, as Hugo reads them."""
    return {str(key).lower(): value for key, value in table.items()}


def jekyll_publishing(config: dict) -> Publishing:
    """What Jekyll's ``_config.yml`` says: ``future`` and ``timezone``."""
    return Publishing(config.get("future") is True, False, DEFAULTS["jekyll"].publish_keys, (), _zone_name(config.get("timezone")))


def nikola_publishing(future: bool, time_zone: str | None) -> Publishing:
    """What Nikola's ``conf.py`` says: ``DEPLOY_FUTURE`` or ``FUTURE_IS_NOW`` (``future``)
    and ``TIMEZONE``."""
    return Publishing(future, False, DEFAULTS["nikola"].publish_keys, (), time_zone)


def hexo_publishing(future: bool, time_zone: str | None) -> Publishing:
    """What Hexo's ``_config.yml`` says: ``future`` (``false`` leaves out posts dated
    ahead) and ``timezone``."""
    return Publishing(future, False, DEFAULTS["hexo"].publish_keys, (), time_zone)


@dataclass(frozen=True)
class Publication:
    """Whether a generator publishes a page now: why not (``reason``: :data:`NOT_YET_PUBLISHED`,
    :data:`EXPIRED`; None when it does), and when a page it publishes expires (``expires``,
    aware; None: never)."""

    reason: str | None = None
    expires: dt.datetime | None = None


PUBLISHED = Publication()


def publication(fields: dict[str, Any], path: str, generator: str, publishing: Publishing | None, now: dt.datetime, *, document: bool = False) -> Publication:
    """Whether the generator publishes the page at ``path`` (its place in the site) with
    front matter ``fields`` at the moment ``now`` (aware); ``document``: the page is one the
    generator decides by dates wherever it lies (a Jekyll collection's document, which
    Jekyll does not write when dated ahead: ``Document#write?``)."""
    if generator == "eleventy":
        return PUBLISHED if written(fields) else Publication(NOT_WRITTEN)
    if generator not in DEFAULTS or (generator in _POST_FOLDERS and not document and not any(folder in "/" + path for folder in _POST_FOLDERS[generator])):
        return PUBLISHED
    rules = publishing or DEFAULTS[generator]
    if rules.future and (rules.expired or not rules.expiry_keys):
        return PUBLISHED
    keyed = {str(key).lower(): value for key, value in fields.items()}
    zone = _zone(rules.time_zone)
    if not rules.future:
        published = _first_date(keyed, rules.publish_keys, path, zone, generator)
        if published is not None and published > now:
            return Publication(NOT_YET_PUBLISHED)
    expires = _first_date(keyed, rules.expiry_keys, path, zone, generator) if not rules.expired else None
    if expires is None:
        return PUBLISHED
    return Publication(EXPIRED) if expires <= now else Publication(expires=expires)


def earliest(publications: Iterable[Publication]) -> Publication:
    """What several publications together say (a page and the sections above it): the
    first that is not published, else the earliest expiry."""
    expires = None
    for item in publications:
        if item.reason:
            return item
        if item.expires and (expires is None or item.expires < expires):
            expires = item.expires
    return Publication(expires=expires) if expires else PUBLISHED


def _first_date(fields: dict[str, Any], keys: tuple[str, ...], path: str, zone: dt.tzinfo, generator: str) -> dt.datetime | None:
    """The first of ``keys`` that gives a date, as an aware moment (a time without an offset
    in ``zone``, or in UTC when ``generator`` reads it so: :func:`utc_timestamp`); None when
    none does, or when the first source is the file's own (past) modification or commit time."""
    for key in keys:
        if key in _PAST_SOURCES:
            return None
        if key == FILE_NAME:
            match = NAME_DATE.match(page_name(path))
            value = match.group(1) if match else None
        else:
            value = fields.get(key)
        moment = _moment(value, _UTC if utc_timestamp(generator, value) else zone) if value not in (None, "") else None
        if moment is not None:
            return moment
    return None


def _moment(value: Any, zone: dt.tzinfo) -> dt.datetime | None:
    """A front matter date as an aware moment (a date is its first moment; without a UTC
    offset, the time is in ``zone``); None for a value that is not a date."""
    if isinstance(value, (bool, list, dict)):
        return None
    try:
        iso = parse_date(value, light=True).start
        moment = dt.datetime.fromisoformat(iso)
    except (DateError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def utc_timestamp(generator: str, value: Any) -> bool:
    """True for a front-matter value ``generator`` reads as UTC when it has no UTC offset,
    whatever the site's zone: a Jekyll YAML timestamp (``date: 2024-03-05 10:00:00``
    unquoted), which SafeYAML makes a UTC time (``Parse::Date.value``: Ruby's
    ``DateTime.parse`` gives a time without an offset the offset 0) before Jekyll reads its
    text again (``Document#merge_date!``); a date alone or a quoted text is read in the site's
    ``timezone``."""
    return generator == "jekyll" and isinstance(value, dt.datetime)


def date_keys(configured: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    """A ``[frontmatter]`` list of keys, lower case, with ``:default`` as Hugo's own list."""
    if isinstance(configured, str):
        configured = [configured]
    if not isinstance(configured, list):
        return default
    keys: list[str] = []
    for key in configured:
        keys.extend(default if str(key).lower() == ":default" else (str(key).lower(),))
    return tuple(keys)


def in_zone(date: str | None, name: str | None) -> str | None:
    """A date written with a time and without a UTC offset (``2023-04-05 10:00``, read as
    ``2023-04-05T10:00:00``) as a generator reads it in the site's time zone ``name`` (an
    IANA name), its offset added (``2023-04-05T10:00:00+07:00``); any other value as it is
    (a date alone, a time with its offset, no zone or one that is not known)."""
    zone = known_zone(name) if date and _ZONELESS_TIME.fullmatch(date) else None
    return dt.datetime.fromisoformat(date).replace(tzinfo=zone).isoformat() if zone else date


def known_zone(name: str | None) -> dt.tzinfo | None:
    """The time zone ``name`` (an IANA name); None when there is none or it is unknown."""
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _zone_name(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _zone(name: str | None) -> dt.tzinfo:
    """The time zone ``name`` (UTC when it is None or unknown)."""
    return known_zone(name) or _UTC
