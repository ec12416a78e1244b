"""A Hexo site: what its ``_config.yml`` says, and where Hexo publishes each file.

Read as Hexo 7 reads them (``lib/hexo/default_config.js``, ``lib/plugins/processor/post.js``
and ``asset.js``, ``lib/plugins/filter/post_permalink.js``, hexo-util's ``Permalink``,
``slugize`` and ``full_url_for``): only files below ``source_dir`` are the site's; a post
is a file in ``_posts/`` (a draft one in ``_drafts/``), placed by the ``permalink``
pattern; a page is any other file there not in a folder or named starting with ``_`` or
``.``, placed at its path (``tentang/index.md`` → ``tentang/index.html``). A post's
categories come from its front matter alone: a list is one hierarchy (``[Berita,
Daerah]``: Daerah inside Berita), a list of lists several.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import posixpath
import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from ..publishing import known_zone

#: Keys only Hexo's ``_config.yml`` has (Jekyll's has none of them): they mark a Hexo site.
MARKING_KEYS = frozenset(
    (
        "new_post_name", "source_dir", "public_dir", "post_asset_folder", "render_drafts", "default_layout", "permalink_defaults",
        "pretty_urls", "filename_case", "skip_render", "theme_config", "code_dir", "i18n_dir", "tag_dir", "archive_dir", "category_dir",
        "default_category", "titlecase", "external_link", "relative_link", "updated_option",
    )
)
#: Hexo's placeholders in a ``permalink`` (hexo-util ``Permalink``: a name that does not end in ``_``).
_PLACEHOLDER = re.compile(r":(\w*[^_\W])")
#: Placeholders the date gives, as ``moment`` formats them.
_DATE_PARTS = {
    "year": "%Y", "month": "%m", "day": "%d", "hour": "%H", "minute": "%M", "second": "%S",
    "i_month": "{month}", "i_day": "{day}",
}
#: How ``new_post_name`` reads a post's file name (``processor/post.js`` ``parseFilename``).
_NAME_SEGMENTS = {"year": r"(\d{4})", "month": r"(\d{2})", "day": r"(\d{2})", "i_month": r"(\d{1,2})", "i_day": r"(\d{1,2})", "hash": r"([0-9a-f]{12})"}
#: What hexo-util's ``slugize`` replaces with ``-``.
_SPECIAL = re.compile(r"""[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:"'<>,.?/]+""")
#: Characters ``new URL()`` leaves as they are in a path (the rest is percent-encoded).
_PATH_SAFE = "/:@!$&'()*+,;=%~-._[]|^"
#: Extensions of the files Hexo renders as pages and posts (its renderers: Markdown, HTML).
RENDERED = (".md", ".markdown", ".mkd", ".mkdn", ".mdwn", ".mdtxt", ".mdtext", ".html", ".htm")


class Unplaced(Exception):
    """Hexo publishes the file, but where cannot be known: the message says why."""


@dataclass(frozen=True)
class HexoSite:
    """What a Hexo site's ``_config.yml`` says of where its files are published (Hexo's
    defaults where it says nothing)."""

    #: True when the configuration has a key only Hexo's has (:data:`MARKING_KEYS`).
    marked: bool = False
    permalink: str = ":year/:month/:day/:title/"
    permalink_defaults: tuple[tuple[str, str], ...] = ()
    trailing_index: bool = True
    trailing_html: bool = True
    new_post_name: str = ":title.md"
    source_dir: str = "source"
    #: ``filename_case``: 1 lower-cases, 2 upper-cases the categories' slugs.
    filename_case: int = 0
    timezone: str | None = None
    default_category: str = "uncategorized"
    category_map: tuple[tuple[str, str], ...] = ()
    post_asset_folder: bool = False
    render_drafts: bool = False
    #: ``future``: posts dated ahead are published (Hexo's default).
    future: bool = True

    def fingerprint(self) -> str:
        """A short digest of these settings: an index notes a change of them by it."""
        return hashlib.sha256(repr(self).encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def in_source(self, path: str) -> str | None:
        """``path`` (below the site's root) below ``source_dir``; None outside it."""
        prefix = self.source_dir + "/" if self.source_dir else ""
        return path[len(prefix) :] if path.startswith(prefix) else None

    def is_page_or_post(self, path: str) -> bool:
        """True for a file Hexo reads as a post, draft or page: below ``source_dir``, in
        ``_posts/`` or ``_drafts/`` or in no folder (and with no name) starting with ``_``
        or ``.`` (Hexo's hidden files)."""
        inside = self.in_source(path)
        if inside is None:
            return False
        parts = inside.split("/")
        if parts[0] in ("_posts", "_drafts"):
            parts = parts[1:]
        return not any(part[:1] in ("_", ".") for part in parts)

    def is_draft(self, path: str) -> bool:
        """True for a draft: a file in ``source_dir/_drafts/``, unless ``render_drafts`` publishes them."""
        inside = self.in_source(path)
        return inside is not None and inside.startswith("_drafts/") and not self.render_drafts


def hexo_site(data: dict) -> HexoSite:
    """What the parsed ``_config.yml`` ``data`` says (a value of the wrong kind is Hexo's default)."""
    pretty = data.get("pretty_urls") if isinstance(data.get("pretty_urls"), dict) else {}
    defaults = data.get("permalink_defaults") if isinstance(data.get("permalink_defaults"), dict) else {}
    categories = data.get("category_map") if isinstance(data.get("category_map"), dict) else {}
    case = data.get("filename_case")
    default = HexoSite()
    return HexoSite(
        marked=not MARKING_KEYS.isdisjoint(data),
        permalink=_text(data.get("permalink")) or default.permalink,
        permalink_defaults=tuple((str(key), str(value)) for key, value in defaults.items()),
        trailing_index=pretty.get("trailing_index") is not False,
        trailing_html=pretty.get("trailing_html") is not False,
        new_post_name=_text(data.get("new_post_name")) or default.new_post_name,
        source_dir=(_text(data.get("source_dir")) or default.source_dir).strip("/"),
        filename_case=case if case in (1, 2) else 0,
        timezone=_text(data.get("timezone")),
        default_category=_text(data.get("default_category")) or default.default_category,
        category_map=tuple((str(key), str(value)) for key, value in categories.items()),
        post_asset_folder=data.get("post_asset_folder") is True,
        render_drafts=data.get("render_drafts") is True,
        future=data.get("future") is not False,
    )


def hexo_categories(fields: dict[str, Any]) -> list[list[str]]:
    """A post's categories as Hexo sets them (``Post#setCategories``), as hierarchies:
    ``categories`` (else ``category``) a list of names is one hierarchy, a list holding
    lists is several (a name alone one of its own); empty names dropped."""
    value = fields.get("categories") if fields.get("categories") not in (None, "") else fields.get("category")
    if value in (None, ""):
        return []
    items = value if isinstance(value, list) else [value]
    if not any(isinstance(item, list) for item in items):
        return [names] if (names := _names(items)) else []
    return [names for item in items if (names := _names(item if isinstance(item, list) else [item]))]


def hexo_path(path: str, fields: dict[str, Any], site: HexoSite, build_zone: dt.tzinfo = dt.timezone.utc) -> str | None:
    """Where Hexo publishes the file at ``path`` (below the site's root), as its ``path``
    (``2023/04/05/panen-raya/``, ``tentang/index.html``), a post's date parts as a machine
    in ``build_zone`` writes them (UTC, the zone of hosted builds); None for a file it does
    not publish (outside ``source_dir``, hidden, a draft, ``published: false``). Raises
    :class:`Unplaced` when it publishes it where arsip cannot know."""
    inside = site.in_source(path)
    if inside is None or not site.is_page_or_post(path) or fields.get("published") is False or site.is_draft(path):
        return None
    if not inside.lower().endswith(RENDERED):
        return None
    if inside.startswith(("_posts/", "_drafts/")):
        return _post_path(inside.split("/", 1)[1], fields, site, build_zone)
    permalink = _text(fields.get("permalink"))
    if permalink:
        placed = permalink + ("index" if permalink.endswith("/") else "")
        return placed if posixpath.splitext(placed)[1] else placed + ".html"
    return posixpath.splitext(inside)[0] + ".html"


def hexo_url(base_url: str, path: str, site: HexoSite) -> str:
    """The address of ``path`` (from :func:`hexo_path`) as Hexo's ``full_url_for`` makes it:
    ``url`` and the path, the path percent-encoded, ``index.html`` dropped when
    ``trailing_index`` is false, ``.html`` when ``trailing_html`` is."""
    if re.match(r"(?://|https?:)", path):
        return path
    url = base_url.rstrip("/") + re.sub(r"/{2,}", "/", "/" + path)
    parts = urlsplit(url)
    url = urlunsplit((parts.scheme, parts.netloc, quote(parts.path, safe=_PATH_SAFE), parts.query, parts.fragment))
    if not site.trailing_index:
        url = re.sub(r"index\.html$", "", url)
    if not site.trailing_html and not url.endswith("index.html"):
        url = re.sub(r"\.html$", "", url)
    return url


def slugize(text: str, transform: int = 0) -> str:
    """hexo-util's ``slugize``: accents removed, runs of spaces and punctuation as one ``-``
    (none at either end); ``transform`` 1 lower-cases, 2 upper-cases."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    slug = _SPECIAL.sub("-", re.sub(r"[\x00-\x1f]", "", plain)).strip("-")
    return slug.lower() if transform == 1 else slug.upper() if transform == 2 else slug


def build_zone_reason(path: str, fields: dict[str, Any], site: HexoSite) -> str | None:
    """Why the address of the post at ``path`` is a guess: Hexo writes its date parts in
    the zone of the machine that builds the site, and a build in the site's ``timezone``
    (an author's own machine: ``hexo deploy``) places it elsewhere than a build in UTC,
    which arsip takes; None when both place it alike."""
    zone = known_zone(site.timezone)
    try:
        hosted, local = hexo_path(path, fields, site), hexo_path(path, fields, site, zone) if zone else None
    except Unplaced:
        return None
    if hosted is None or local is None or hosted == local:
        return None
    return (
        f"Hexo writes the date in a post's address in the zone of the machine that builds the site: arsip places it as a"
        f" build in UTC does ({hosted}); a build in {site.timezone} (the site's timezone, an author's own machine) places it at {local}"
    )


def _post_path(relative: str, fields: dict[str, Any], site: HexoSite, build_zone: dt.tzinfo = dt.timezone.utc) -> str:
    """A post's path (``post_permalink`` filter): its front-matter ``permalink``, else the
    site's pattern filled in."""
    given = _text(fields.get("permalink"))
    if given:
        if site.post_asset_folder and not given.endswith(("/", ".html")):
            given += "/"
        return given if given.startswith("/") else "/" + given
    named = _from_file_name(posixpath.splitext(relative)[0], site.new_post_name)
    slug = named.pop("title")
    date = _wall_clock(fields.get("date")) if fields.get("date") not in (None, "") else _named_date(named)
    values: dict[str, Any] = {
        "title": slug, "name": posixpath.basename(slug), "post_title": slugize(_text(fields.get("title")) or "", 1), "slug": slug,
    }
    values.update((key, value) for key, value in named.items() if key not in _NAME_SEGMENTS)

    def value(match: re.Match) -> str:
        name = match.group(1)
        if name in _DATE_PARTS or name == "hash":
            if date is None:
                raise Unplaced(_no_date(fields.get("date"), site.permalink))
            try:
                moment = _moment(date, site)
                return _hash(slug, moment) if name == "hash" else _date_part(moment.replace(tzinfo=dt.timezone.utc).astimezone(build_zone), name)
            except OverflowError:  # the year 1 or 9999 moved across midnight out of Python's years
                raise Unplaced(f"the date {fields.get('date')!s} in UTC is outside the years 1–9999 arsip can place, and the permalink {site.permalink!r} needs it") from None
        if name == "id":
            return _field(fields, "id", "the post's database id (its front matter gives no id)", site)
        if name == "category":
            return _category(fields, site)
        if name in values:
            return str(values[name])
        return _field(fields, name, f"the value of :{name}, which neither the front matter nor permalink_defaults gives", site)

    placed = _PLACEHOLDER.sub(value, site.permalink)
    if site.post_asset_folder and not placed.endswith(("/", ".html")):
        placed += "/"
    return placed


def _field(fields: dict[str, Any], name: str, missing: str, site: HexoSite) -> str:
    """The front matter's (else ``permalink_defaults``') value of ``name``, as text."""
    value = fields.get(name)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value) != "":
        return str(value)
    default = dict(site.permalink_defaults).get(name)
    if default is not None:
        return default
    raise Unplaced(f"the permalink {site.permalink!r} needs {missing}")


def _category(fields: dict[str, Any], site: HexoSite) -> str:
    """``:category``: the slug of the post's deepest category (its parents' slugs before
    it), else ``default_category``. With several hierarchies, Hexo takes the category it
    stored last across the whole site, which one post does not tell."""
    hierarchies = hexo_categories(fields)
    if not hierarchies:
        return site.default_category
    if len(hierarchies) > 1:
        raise Unplaced(
            f"the permalink {site.permalink!r} has :category, and the post has {len(hierarchies)} category hierarchies:"
            " which one Hexo takes depends on the order of the whole site's categories"
        )
    names = dict(site.category_map)
    return "/".join(slugize(names.get(name, name), site.filename_case) for name in hierarchies[0])


def _from_file_name(stem: str, new_post_name: str) -> dict[str, str]:
    """What ``new_post_name`` (``:year-:month-:day-:title.md``) reads in a post's path below
    ``_posts/`` without its extension: its ``title`` (the post's slug) and the other
    placeholders it matched; a name that does not match is its own slug, slugized."""
    pattern = posixpath.splitext(new_post_name)[0]
    names: list[str] = []

    def segment(match: re.Match) -> str:
        names.append(match.group(1))
        return _NAME_SEGMENTS.get(match.group(1), "(.+?)")

    regex = _PLACEHOLDER.sub(segment, re.sub(r"([.*+?^${}()|\[\]\\/])", r"\\\1", pattern).replace(r"\:", ":"))
    found = re.fullmatch(regex, stem)
    if not found:
        return {"title": slugize(stem)}
    values = dict(zip(names, found.groups()))
    values.setdefault("title", slugize(stem))
    return values


def _named_date(named: dict[str, str]) -> dt.datetime | None:
    """The date the file name gives (``:year``, ``:month``, ``:day``), at midnight."""
    try:
        return dt.datetime(int(named["year"]), int(named.get("month") or named["i_month"]), int(named.get("day") or named["i_day"]))
    except (KeyError, ValueError):
        return None


def _wall_clock(value: Any) -> dt.datetime | None:
    """A front-matter date as Hexo's URL shows it: the time written (hexo-front-matter
    reads a time with a UTC offset as its UTC time, in the site's zone); None when it is
    not a date Hexo and arsip read alike."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?", value.strip()):
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def _moment(wall: dt.datetime, site: HexoSite) -> dt.datetime:
    """The moment (in UTC) of a post's date written ``wall``: in the site's ``timezone``;
    without one, in the build machine's zone, taken as UTC, the zone of hosted builds."""
    return wall.replace(tzinfo=known_zone(site.timezone) or dt.timezone.utc).astimezone(dt.timezone.utc)


def _date_part(moment: dt.datetime, name: str) -> str:
    """A date placeholder of ``moment`` (in the build machine's zone: UTC by default, so a
    site with a ``timezone`` east of UTC has a post dated at midnight under the day before,
    see :func:`build_zone_reason`), as Hexo formats it."""
    form = _DATE_PARTS[name]
    return form.format(month=moment.month, day=moment.day) if "{" in form else moment.strftime(form)


def _hash(slug: str, moment: dt.datetime) -> str:
    """``:hash``: the first 12 hex digits of the SHA-1 of the slug and the date's Unix time."""
    return hashlib.sha1(f"{slug}{int(moment.timestamp())}".encode("utf-8")).hexdigest()[:12]


def _no_date(given: Any, permalink: str) -> str:
    if given not in (None, ""):
        return f"the date {given!s} is not one arsip reads as Hexo does (YYYY-MM-DD HH:mm:ss), and the permalink {permalink!r} needs it"
    return f"the permalink {permalink!r} needs a date, which neither the front matter nor the file name gives (Hexo takes the file's creation time)"


def _names(items: list[Any]) -> list[str]:
    return [str(item) for item in items if item not in (None, "") and not isinstance(item, (list, dict))]


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
