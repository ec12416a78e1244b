"""Where Jekyll publishes a file of its site, as Jekyll 4 builds it.

- A post (``_posts/YYYY-MM-DD-judul.md``, also ``berita/_posts/``, whose folders are its
  first categories) and a document of a collection written with ``output: true`` fill their
  permalink template (the post's or collection's own, or ``permalink`` in front matter)
  with Jekyll's placeholders (``Jekyll::Drops::UrlDrop``): the date from front matter
  (else the file name) in the site's ``timezone``, the categories, the title from front
  matter ``slug`` (else the file name), the path, ``.html`` for Markdown.
- A page (a file with front matter outside ``_`` folders) is published at
  ``/folder/name.html`` (``/folder/`` for ``index``), ``/folder/name/`` when the site's
  style ends with ``/``; a ``permalink`` in its front matter wins. A file without front
  matter is copied as it is (``/unduhan/formulir.html``), but Markdown (see
  :func:`_static_path`).

The result is the path below the site's ``baseurl``, escaped as Jekyll escapes it; None
where Jekyll publishes nothing (a draft, unless ``show_drafts``; ``published: false``, an excluded file, a
collection without ``output``, a file in another ``_`` folder, a post whose file name has no
date), or where arsip cannot know the URL (a date Jekyll takes from the build's clock, or
one it does not read, a placeholder Jekyll does not have: its build fails there), which
:func:`unplaced_reason` names.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any, Callable
from urllib.parse import quote, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .config import JekyllSite
from .dates import parsed_time, refused_by_ruby, without_time_information

#: A dated file name, a post's (``Document::DATE_FILENAME_MATCHER``).
DATED_NAME = re.compile(r"^(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^./]+)$")
#: A placeholder in a template (``URL#generate_url_from_drop``).
_PLACEHOLDER = re.compile(r":([a-z_]+)")
#: Characters a URL path keeps as they are (Addressable's path class: unreserved,
#: sub-delimiters, ``:@/``, and ``?`` which it leaves to the query).
_PATH_SAFE = "-._~!$&'()*+,;=:@/?"
#: Jekyll's slug characters besides letters, marks and digits, by mode.
_PRETTY_KEEPS = frozenset("._~!$&'()+,;=@")
_LONG_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
#: Page extensions that are HTML: a page with another output keeps its name (``Page::HTML_EXTENSIONS``).
_HTML_EXTENSIONS = (".html", ".xhtml", ".htm")


class Unplaceable(Exception):
    """Jekyll publishes the file, but where cannot be known here: the reason."""


def jekyll_path(path: str, fields: dict[str, Any], front_matter: bool, site: JekyllSite) -> str | None:
    """Where Jekyll publishes the file at ``path`` (below the site's root) with front matter
    ``fields`` (``front_matter``: the file opens with it), below the site's ``baseurl``
    (``/berita/2015/03/02/rapat.html``); None where it publishes none, or where is not
    known (see the module's docstring, and :func:`unplaced_reason`)."""
    try:
        return _place(path, fields, front_matter, site)
    except Unplaceable:
        return None


def unplaced_reason(path: str, fields: dict[str, Any], front_matter: bool, site: JekyllSite) -> str | None:
    """Why Jekyll's place of the file is not known (see :func:`jekyll_path`); None when it
    is known, or Jekyll publishes none."""
    try:
        _place(path, fields, front_matter, site)
    except Unplaceable as reason:
        return str(reason)
    return None


def _place(path: str, fields: dict[str, Any], front_matter: bool, site: JekyllSite) -> str | None:
    if site.excluded(path):
        return None
    folders, name = path.split("/")[:-1], path.rsplit("/", 1)[-1]
    if any(_special(part) for part in [*folders, name] if part not in site.include):
        return _document_path(path, fields, front_matter, site)
    if not front_matter:
        return _static_path(path, site)
    fields = {**site.defaults_for(path, "pages"), **fields}
    if fields.get("published") is False:
        return None
    return _page_path("/".join(folders), name, fields, site)


def absolute_url(base_url: str, path: str) -> str:
    """The address of ``path`` (from :func:`jekyll_path`) on the site whose ``url`` +
    ``baseurl`` is ``base_url``, normalized as Jekyll's ``absolute_url`` does (Addressable):
    scheme and host in lower case, the scheme's default port dropped, the path
    percent-encoded (``/arsip desa`` → ``/arsip%20desa``). A ``url`` ending in ``/`` is not
    doubled, where Jekyll would write ``https://kabar.id//arsip/…``."""
    parts = urlsplit(base_url.rstrip("/") + path)
    scheme, netloc = parts.scheme.lower(), parts.netloc.lower()
    default_port = {"http": ":80", "https": ":443"}.get(scheme)
    if default_port and netloc.endswith(default_port):
        netloc = netloc[: -len(default_port)]
    return urlunsplit((scheme, netloc, quote(parts.path, safe=_PATH_SAFE + "%"), parts.query, parts.fragment))


def _static_path(path: str, site: JekyllSite) -> str | None:
    """A file without front matter, which Jekyll copies as it is (``StaticFile#url``); None
    for Markdown, which GitHub Pages (``jekyll-optional-front-matter``) makes a page
    (``/BACA.html``) where Jekyll alone copies it (``/BACA.md``): the build is not known."""
    return None if _split_name(path.rsplit("/", 1)[-1])[1].lower() in site.markdown_ext else _sanitized(_escape(path))


def _special(name: str) -> bool:
    """A name Jekyll does not publish as a page (``EntryFilter#special?``, ``#backup?``)."""
    return name[:1] in ("_", ".", "#", "~") or name.endswith("~")


def _document_path(path: str, fields: dict[str, Any], front_matter: bool, site: JekyllSite) -> str | None:
    """A post's or a collection document's place; None for any other file in a ``_`` folder."""
    relative = below_collections_dir(path, site)
    if relative is None:
        return None
    folders = relative.split("/")[:-1]
    if "_posts" in folders:
        above = _folders_above(folders, "_posts")
        if above is None or not DATED_NAME.match(relative.rsplit("/", 1)[-1]):
            return None
        return _fill_document(relative, fields, site, "posts", "_posts", site.posts_template(), above)
    if "_drafts" in folders:
        above = _folders_above(folders, "_drafts") if site.show_drafts else None
        if above is None:
            return None
        # A draft is a document of the posts collection, whose folder ``_posts`` is what
        # Jekyll takes out of its ``:path`` (``Document#cleaned_relative_path``): a draft's
        # ``:path`` keeps its ``_drafts/``.
        return _fill_document(relative, fields, site, "posts", "_posts", site.posts_template(), above, undated="the file's modification time")
    collection = site.collection(folders[0][1:]) if folders and folders[0].startswith("_") else None
    if collection is None or not collection.output or not front_matter:  # (without it: a static file)
        return None
    template = collection.permalink or _with_style_suffix("/:collection/:path", site.permalink)
    return _fill_document(relative, fields, site, collection.label, folders[0], template, [])


def post_categories(path: str, fields: dict[str, Any], site: JekyllSite | None) -> list[str] | None:
    """A post's (or draft's) ``page.categories`` as Jekyll makes them (``Document#categories_from_path``,
    ``#populate_categories``): the folders above its ``_posts`` (or ``_drafts``) folder
    (``berita/laporan/_posts/…`` → ``berita``, ``laporan``; a folder below it, as in
    ``_posts/laporan/``, is none), then ``categories`` of its front-matter defaults
    (``site``'s, None without ``_config.yml``) and of its front matter, then ``category``.
    None for a file Jekyll does not read as a post or draft."""
    relative = below_collections_dir(path, site)
    if relative is None:
        return None
    folders = relative.split("/")[:-1]
    special = "_posts" if "_posts" in folders else "_drafts"
    above = _folders_above(folders, special)
    if above is None:
        return None
    return _categories(above, site.defaults_for(relative, "posts") if site else {}, fields)


def document_title(path: str, front_matter: bool, site: JekyllSite | None) -> str | None:
    """The title Jekyll gives a collection document without one (``Document#populate_title``):
    its file name without its extension, the date a post's name starts with and any final
    ``.`` dropped, titleized (:func:`titleize_slug`: ``2020-01-05-rapat-warga-desa.md`` →
    "Rapat Warga Desa"). A document is a post, a draft or a collection's document (see
    :func:`document_kind`); None for any other file (a page has no such title)."""
    relative = below_collections_dir(path, site)
    if relative is None or document_kind(relative, front_matter, site) is None:
        return None
    name = relative.rsplit("/", 1)[-1]
    dated = DATED_NAME.match(name)
    slug = dated.group(2) if dated else _split_name(name)[0]
    return titleize_slug(slug.rstrip("."))


def front_matter_defaults(path: str, front_matter: bool, site: JekyllSite | None) -> dict[str, Any]:
    """The values the site's front-matter ``defaults`` give the file at ``path`` (below the
    site's root), as Jekyll gives them (``FrontmatterDefaults#all``): a post's or draft's
    those of type ``posts`` (scoped by its path below ``collections_dir``), a collection
    document's those of its collection, a page's (a file with front matter outside the
    folders Jekyll does not publish as pages) those of type ``pages``; none for any other
    file (a static file, a layout, a file Jekyll excludes) or without ``_config.yml``."""
    if site is None or not site.defaults or site.excluded(path):
        return {}
    relative = below_collections_dir(path, site)
    kind = document_kind(relative, front_matter, site) if relative is not None else None
    if kind is not None:
        return site.defaults_for(relative, kind)
    if not front_matter or any(_special(part) for part in path.split("/") if part not in site.include):
        return {}
    return site.defaults_for(path, "pages")


def is_document(path: str, front_matter: bool, site: JekyllSite | None) -> bool:
    """True for the file at ``path`` (below the site's root) when Jekyll reads it as a
    document: a post, a draft, or a document of a collection the site declares (see
    :func:`document_kind`)."""
    relative = below_collections_dir(path, site)
    return relative is not None and document_kind(relative, front_matter, site) is not None


def document_kind(relative: str, front_matter: bool, site: JekyllSite | None) -> str | None:
    """The collection whose document the file at ``relative`` (below ``collections_dir``)
    is: ``posts`` for a post (a dated file in a ``_posts`` folder Jekyll reads) or a draft,
    the collection's name for a file with front matter in the folder of a collection
    ``site`` declares; None for any other file."""
    folders, name = relative.split("/")[:-1], relative.rsplit("/", 1)[-1]
    if _folders_above(folders, "_posts") is not None:
        return "posts" if DATED_NAME.match(name) else None  # (Jekyll reads no other file of ``_posts`` as a post)
    if _folders_above(folders, "_drafts") is not None:
        return "posts"
    label = folders[0][1:] if folders and folders[0].startswith("_") else None
    return label if front_matter and label is not None and site is not None and site.collection(label) is not None else None


def titleize_slug(slug: str) -> str:
    """Jekyll's ``Utils.titleize_slug``: the slug split at ``-``, each word capitalised as
    Ruby's ``String#capitalize`` does (its first letter upper case, the rest lower case),
    joined with spaces (``rapat-warga-DESA`` → "Rapat Warga Desa"); ``_`` stays."""
    words = slug.split("-")
    while words and not words[-1]:  # (Ruby's ``split`` drops empty fields at the end)
        words.pop()
    return " ".join(word.capitalize() for word in words)


def in_drafts_folder(path: str, site: JekyllSite | None) -> bool:
    """True for a file Jekyll reads as a draft (``Reader#retrieve_posts``): in a ``_drafts``
    folder at the top of the site (or its ``collections_dir``) or in any folder Jekyll
    reads (``opini/_drafts/``, not ``_data/_drafts/``). ``jekyll build`` leaves drafts out,
    unless the site sets ``show_drafts`` (see :func:`unpublished_draft`)."""
    relative = below_collections_dir(path, site)
    return relative is not None and _folders_above(relative.split("/")[:-1], "_drafts") is not None


def build_stopping_date(path: str, fields: dict[str, Any], front_matter: bool, site: JekyllSite) -> str | None:
    """Why Jekyll stops its build on the file at ``path`` (below the site's root) whose front
    matter over its defaults is ``fields``: it is a document Jekyll reads (a post, a draft
    of a site that shows them, a collection's document) and its ``date`` is a text in which
    Ruby's ``Time.parse`` finds no date or time, or a day whose month or day it refuses
    (:func:`~.dates.refused_by_ruby`: ``03/25/2019``, ``date: 2019``) (``Document#merge_date!``:
    "Invalid date"); None for any other file."""
    reason = _refused_date(fields.get("date"))
    if reason is None or site.excluded(path):
        return None
    relative = below_collections_dir(path, site)
    if relative is None or document_kind(relative, front_matter, site) is None or unpublished_draft(path, site):
        return None
    return f"front matter date {str(fields['date']).strip()!r} {reason}: Jekyll stops the build on this document (Invalid date)"


def _refused_date(date: Any) -> str | None:
    """Why Jekyll's ``Utils.parse_date`` refuses the front-matter ``date`` (a text, or an
    integer as its ``to_s``); None when it does not."""
    if not isinstance(date, (str, int)) or isinstance(date, bool):
        return None
    if isinstance(date, str) and without_time_information(date):
        return "has no date or time Jekyll reads (Ruby's Time.parse)"
    refused = refused_by_ruby(str(date))
    return f"is to Ruby's Time.parse a day of {refused}, which it refuses" if refused else None


def unpublished_draft(path: str, site: JekyllSite | None) -> bool:
    """True for a draft Jekyll reads (:func:`in_drafts_folder`) and does not publish: one
    of a site that does not set ``show_drafts``."""
    return in_drafts_folder(path, site) and not (site is not None and site.show_drafts)


def below_collections_dir(path: str, site: JekyllSite | None) -> str | None:
    """``path`` below the site's ``collections_dir`` (None when it is outside it)."""
    prefix = site.collections_dir + "/" if site and site.collections_dir else ""
    return path[len(prefix) :] if path.startswith(prefix) else None


def _folders_above(folders: list[str], special: str) -> list[str] | None:
    """The folders above ``special`` (``_posts``) in ``folders``, a post's first categories;
    None when there is no such folder, or Jekyll does not read one above it (``_x/_posts``)."""
    if special not in folders:
        return None
    above = folders[: folders.index(special)]
    return None if any(_special(part) for part in above) else above


def _fill_document(
    relative: str, fields: dict[str, Any], site: JekyllSite, kind: str, folder: str, template: str, folder_categories: list[str],
    undated: str = "the time of the build",
) -> str | None:
    """A post's or document's URL from its ``template`` (Jekyll's ``Document#url``);
    ``undated`` says what Jekyll dates it by when neither its front matter nor its name does."""
    defaults = site.defaults_for(relative, kind)
    categories = _categories(folder_categories, defaults, fields)
    fields = {**defaults, **fields}
    if fields.get("published") is False:
        return None
    name = relative.rsplit("/", 1)[-1]
    stem, extension = _split_name(name)
    dated = DATED_NAME.match(name)
    file_slug = (dated.group(2) if dated else stem).rstrip(".")
    slug = fields.get("slug") if fields.get("slug") not in (None, "") else file_slug
    permalink = fields.get("permalink") if isinstance(fields.get("permalink"), str) else None
    cleaned = relative[: len(relative) - len(extension)].replace(folder, "", 1).rstrip(".")
    date = document_date(fields.get("date"), dated.group(1) if dated else None, site.timezone)
    missing_date = _missing_date(fields.get("date"), permalink or template, undated)
    values: dict[str, Callable[[], str]] = {
        "collection": lambda: kind,
        "path": lambda: cleaned,
        "output_ext": lambda: _output_ext(extension, permalink, site),
        "name": lambda: slugify(stem),
        "title": lambda: slugify(_ruby_text(slug), "pretty", cased=True),
        "slug": lambda: slugify(_ruby_text(slug)),
        "categories": lambda: "/".join(dict.fromkeys(category.lower() for category in categories)),
        "slugified_categories": lambda: "/".join(dict.fromkeys(slugify(category) for category in categories)),
        **{key: (lambda make=make: make(date) if date else missing_date()) for key, make in _DATE_PLACEHOLDERS.items()},
    }
    return _filled(permalink or template, values)


def _filled(template: str, values: dict[str, Callable[[], str]]) -> str:
    """``template`` with each placeholder replaced by its escaped value, sanitized as Jekyll
    does. Raises :class:`Unplaceable` for a placeholder Jekyll does not know (its build
    stops there)."""

    def replace(match: re.Match) -> str:
        name = match.group(1)
        key = name if name in values else name[:-1] if name.endswith("_") and name[:-1] in values else None
        if key is None:
            raise Unplaceable(f"the permalink {template!r} has :{name}, a placeholder Jekyll does not know (its build stops there)")
        return _escape(values[key]()) + match.group(0)[len(key) + 1 :]

    return _sanitized(_PLACEHOLDER.sub(replace, template))


def _missing_date(given: Any, template: str, undated: str) -> Callable[[], str]:
    """What a date placeholder does when the document's date is not known: raise
    :class:`Unplaceable`, saying why (``undated``: what Jekyll takes for a date not given)."""

    def missing() -> str:
        if _refused_date(given):
            raise Unplaceable(f"the date {given!s} is none Jekyll reads (its build stops on it), and the permalink {template!r} needs it")
        if given not in (None, ""):
            raise Unplaceable(f"the date {given!s} is not one arsip reads as Jekyll's Time.parse does, and the permalink {template!r} needs it")
        raise Unplaceable(f"the permalink {template!r} needs a date, which this document does not give (Jekyll takes {undated})")

    return missing


def _page_path(folder: str, name: str, fields: dict[str, Any], site: JekyllSite) -> str:
    """A page's URL (Jekyll's ``Page#url``): its ``permalink`` (``:path``, ``:basename`` and
    ``:output_ext`` filled, any other placeholder kept as written), else its template."""
    stem, extension = _split_name(name)
    basename = stem.rstrip(".")
    permalink = fields.get("permalink") if isinstance(fields.get("permalink"), str) else None
    output_ext = _output_ext(extension, permalink, site)
    if permalink:
        template = permalink
    elif output_ext not in _HTML_EXTENSIONS:
        template = "/:path/:basename:output_ext"
    elif basename == "index":
        template = "/:path/"
    else:
        template = _with_style_suffix("/:path/:basename", site.permalink)
    for key, value in (("path", folder), ("basename", basename), ("output_ext", output_ext)):
        if ":" not in template:
            break
        template = template.replace(":" + key, _escape(value))
    return _sanitized(template)


def _split_name(name: str) -> tuple[str, str]:
    """A file name's stem and extension (with its dot; empty when it has none)."""
    stem, dot, extension = name.rpartition(".")
    return (stem, dot + extension) if dot else (name, "")


def _with_style_suffix(template: str, style: str) -> str:
    """``template`` ended as the site's permalink style ends (``Utils.add_permalink_suffix``)."""
    if style == "pretty":
        return template + "/"
    if style in ("date", "ordinal", "none"):
        return template + ":output_ext"
    return template + ("/" if style.endswith("/") else "") + (":output_ext" if style.endswith(":output_ext") else "")


def _output_ext(extension: str, permalink: str | None, site: JekyllSite) -> str:
    """The published file's extension: the front-matter permalink's own, else ``.html`` for
    Markdown, else the file's (``Renderer#output_ext``)."""
    if permalink and not permalink.endswith("/"):
        last = permalink.rsplit("/", 1)[-1]
        if "." in last.lstrip("."):
            return "." + last.rsplit(".", 1)[1]
    return ".html" if extension.lower() in site.markdown_ext else extension


def _categories(folder_categories: list[str], defaults: dict[str, Any], fields: dict[str, Any]) -> list[str]:
    """A post's categories in Jekyll's order: its folders above ``_posts``, then
    ``categories`` of the front-matter defaults and of its front matter (a string is split
    at spaces), then ``category`` (whole; the front matter's over the defaults')."""
    found = list(folder_categories)
    for given in (defaults.get("categories"), fields.get("categories")):
        found += given.split() if isinstance(given, str) else _listed(given)
    if "category" in fields or "category" in defaults:
        found += _listed(fields["category"] if "category" in fields else defaults["category"])
    return list(dict.fromkeys(found))


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [_ruby_text(item) for item in items if item is not None]


def _ruby_text(value: Any) -> str:
    """A YAML value as Ruby's ``to_s`` writes it (``true``, not ``True``)."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def slugify(text: str, mode: str = "default", cased: bool = False) -> str:
    """Jekyll's ``Utils.slugify``: every run of characters other than letters, marks and
    digits (``pretty`` keeps ``._~!$&'()+,;=@`` too) becomes one ``-``, one ``-`` at each end
    is dropped, and the result is lower case unless ``cased``."""
    keeps = _PRETTY_KEEPS if mode == "pretty" else frozenset()
    pieces: list[str] = []
    for char in text:
        if char in keeps or unicodedata.category(char)[0] in "LM" or unicodedata.category(char) == "Nd":
            pieces.append(char)
        elif not pieces or pieces[-1] != "-":
            pieces.append("-")
    slug = "".join(pieces).removeprefix("-").removesuffix("-")
    return slug if cased else slug.lower()


def _escape(value: str) -> str:
    """``value`` as a URL path (``URL.escape_path``): spaces, non-ASCII letters, ``%`` and
    ``#`` percent-encoded as UTF-8."""
    return quote(value, safe=_PATH_SAFE)


def _sanitized(url: str) -> str:
    """``URL#sanitize_url``: one leading ``/``, ``..`` and ``./`` removed, ``//`` made ``/``."""
    url = ("/" + url).replace("..", "/").replace("./", "")
    return re.sub("/{2,}", "/", url)


def document_date(value: Any, file_date: str | None, timezone: str | None) -> dt.datetime | None:
    """The document's date as Jekyll reads it, for its URL and its ``page.date``: front
    matter ``date``, else the file name's; None when neither gives one. As Jekyll reads it
    (``Document#merge_date!``: ``Utils.parse_date`` of its ``to_s``): a YAML timestamp without
    a zone (``2017-01-05 19:15:42``) is UTC, a date, a quoted text or an integer
    (``20190305``) without one is the build's local time, and a time with a zone is turned into the site's ``timezone``
    (without one, into UTC: the zone of hosted builds such as GitHub Pages)."""
    if value is None or value == "":
        value = file_date
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        moment = parsed_time(str(value))  # (an integer as its ``to_s``: ``20190305``)
    else:
        moment = None
    if moment is None or moment.tzinfo is None:
        return moment
    try:
        return moment.astimezone(ZoneInfo(timezone) if timezone else dt.timezone.utc)
    except (ZoneInfoNotFoundError, ValueError):
        return moment.astimezone(dt.timezone.utc)  # an unknown TZ is UTC to the C library Ruby asks


#: Jekyll's date placeholders (``UrlDrop``), in English as Ruby's ``strftime`` writes them.
_DATE_PLACEHOLDERS: dict[str, Callable[[dt.datetime], str]] = {
    "year": lambda d: f"{d.year:04d}",
    "month": lambda d: f"{d.month:02d}",
    "day": lambda d: f"{d.day:02d}",
    "hour": lambda d: f"{d.hour:02d}",
    "minute": lambda d: f"{d.minute:02d}",
    "second": lambda d: f"{d.second:02d}",
    "i_day": lambda d: str(d.day),
    "i_month": lambda d: str(d.month),
    "short_month": lambda d: _MONTHS[d.month - 1][:3],
    "long_month": lambda d: _MONTHS[d.month - 1],
    "short_year": lambda d: f"{d.year % 100:02d}",
    "w_year": lambda d: str(d.isocalendar()[0]),
    "week": lambda d: f"{d.isocalendar()[1]:02d}",
    "w_day": lambda d: str(d.isoweekday()),
    "short_day": lambda d: _LONG_DAYS[d.weekday()][:3],
    "long_day": lambda d: _LONG_DAYS[d.weekday()],
    "y_day": lambda d: f"{d.timetuple().tm_yday:03d}",
}
