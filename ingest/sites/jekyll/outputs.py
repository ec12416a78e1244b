"""What a Liquid output of a Jekyll page shows, as Liquid 4 renders it: ``{{ page.x }}`` from
the page's front matter, ``{{ site.x }}`` from the site's settings, a string literal as
itself, each through the filters arsip applies.

- A variable is read by its dotted name (``page.penulis.nama``); ``size``, ``first`` and
  ``last`` after a dot are a list's (``page.tags.size``; ``size`` a text's length too), as
  in Liquid. A name the front matter does not give shows nothing, as in Jekyll, but a
  value Jekyll makes itself for every page (``page.url``, ``page.content``, a post's
  ``page.date`` taken from its file name …): arsip does not know it.
- A list shows its items one after another (Liquid's ``Array#join``: ``[rapat, rt]`` shows
  ``rapatrt``); a mapping, which Liquid shows as Ruby writes a hash, is not known.
- A date or time shows as Ruby writes it (``2024-03-05``; a time ``2024-03-05 10:00:00
  +0700``, or one YAML gives in UTC, ``2024-03-05 03:00:00 UTC``: :func:`~.dates.time_text`).
- Filters applied (:data:`APPLIED_FILTERS`): ``size``, ``join``, ``first``, ``last``,
  ``upcase``, ``downcase``, ``capitalize``, ``default``, ``append``, ``prepend``, ``strip``
  (and its kin), ``number_of_words``, ``array_to_sentence_string``, ``markdownify`` (its
  Markdown rendered as HTML), the date filters (``date``, ``date_to_string`` …:
  :mod:`.dates`, in the site's ``timezone``); those that change no word arsip reads
  (``escape``, ``strip_html``, ``relative_url`` …) leave the value as it is. Any other filter
  (``truncate``, ``replace`` …) is not applied: the value is shown as it is and
  :func:`unapplied_filters` names it, for a problem. A filter's argument that is a variable
  is read as an output's is (``date: site.date_format``).
- A variable the page's Liquid sets (``{% assign %}``, ``{% capture %}``) has the value the
  caller gives in ``variables`` (:mod:`.page_liquid` evaluates them in page order);
  :data:`NOT_KNOWN` there is a value arsip does not know (a loop's variable).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Mapping

from .dates import DATE_FILTERS, UnknownDate, date_filtered, time_text
from .kramdown import markdownified

#: Filters that change no word of the text arsip reads: its spaces, its escaping, its HTML
#: tags, an address made whole (Nunjucks' ``safe`` and ``trim`` are such filters too).
WORD_KEEPING_FILTERS = frozenset(
    "markdownify strip lstrip rstrip strip_newlines strip_html newline_to_br escape escape_once xml_escape "
    "smartify safe trim relative_url absolute_url uri_escape url_encode cgi_escape".split()
)
#: Filters arsip applies to a value it knows (:func:`_filtered`), and those that keep its words.
APPLIED_FILTERS = WORD_KEEPING_FILTERS | frozenset(
    "size join first last upcase downcase capitalize default append prepend number_of_words array_to_sentence_string".split()
) | DATE_FILTERS
#: What Jekyll puts in ``page`` itself for every page, which front matter does not give (or
#: does not win over): its address, its content and excerpt, its place in the site, the
#: posts before and after it; and what Jekyll takes from a post's file name and folders
#: when the front matter has none (its title, date, slug and categories).
PAGE_BUILT_INS = frozenset(
    "url content excerpt id path relative_path dir name collection next previous output date title slug categories ext".split()
)
#: What Jekyll and the GitHub Pages plugins put in ``site`` themselves, whatever the
#: configuration says: the build's time, lists of the site's pages, its data files.
SITE_BUILT_INS = frozenset(
    "time pages posts related_posts static_files html_pages html_files collections data documents categories tags github".split()
)
#: An output's variable or literal: what comes before its first ``|`` outside quotes (each
#: part starts with another character: read once, never tried again).
_HEAD = re.compile(r"""(?:"[^"]*"|'[^']*'|[^|"'])*""")
#: A filter, its name and its arguments (after a ``:``), quoted texts kept whole.
_FILTER = re.compile(r"""\|\s*([\w-]+)\s*(?::((?:"[^"]*"|'[^']*'|[^|"'])*))?""")
#: One argument of a filter: a quoted text, or a bare literal or variable.
_ARGUMENT = re.compile(r""""([^"]*)"|'([^']*)'|([^\s,"']+)""")
_STRING = re.compile(r"""^(?:"([^"]*)"|'([^']*)')$""")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
#: A variable's dotted name (``page.penulis.nama``).
_DOTTED = re.compile(r"^[A-Za-z_][\w-]*(?:\.[\w-]+)*$")


#: The value of a variable arsip does not know (see :func:`output_value`'s ``variables``).
NOT_KNOWN = object()


class Unknown(Exception):
    """A value arsip does not know (what Jekyll makes itself, a mapping, a filter's
    argument whose value it does not know)."""


def output_text(
    expression: str, page: Mapping[str, Any], site: Mapping[str, str | None] | None, variables: Mapping[str, Any] | None = None
) -> str | None:
    """What ``{{ expression }}`` shows on a page with front matter ``page`` in a site with
    settings ``site`` (None: its configuration was not read), the variables its Liquid set
    before it being ``variables``; None when arsip does not know it (another variable, what
    Jekyll makes itself)."""
    try:
        return _text(output_value(expression, page, site, variables))
    except (Unknown, UnknownDate):
        return None


def output_value(
    expression: str, page: Mapping[str, Any], site: Mapping[str, str | None] | None, variables: Mapping[str, Any] | None = None
) -> Any:
    """The value of ``expression`` (a variable or literal and its filters, as in an output
    or an ``{% assign %}``), as :func:`output_text` reads it; :class:`Unknown` (or
    :class:`~.dates.UnknownDate`) is raised when arsip does not know it."""
    head = _HEAD.match(expression)
    filters = expression[head.end():]
    if filters and not filters.startswith("|"):
        raise Unknown(expression)  # (a quote left open)
    variables = variables or {}
    value = _value(head.group(0).strip(), page, site, variables)
    for name, arguments in _FILTER.findall(filters):
        value = _filtered(value, name, arguments, page, site, variables)
    return value


def unapplied_filters(expression: str) -> list[str]:
    """The filters of the output ``expression`` arsip does not apply (not :data:`APPLIED_FILTERS`)."""
    filters = expression[_HEAD.match(expression).end():]
    return [name for name, _ in _FILTER.findall(filters) if name not in APPLIED_FILTERS]


def _value(source: str, page: Mapping[str, Any], site: Mapping[str, str | None] | None, variables: Mapping[str, Any]) -> Any:
    """The value of a variable or literal ``source`` (see the module)."""
    literal = _STRING.match(source)
    if literal:
        return literal.group(1) if literal.group(1) is not None else literal.group(2)
    if _NUMBER.match(source):
        return source
    if not _DOTTED.match(source):
        raise Unknown(source)
    head, *names = source.split(".")
    if head == "site":
        return _site_value(names, site)
    if head in variables:
        if variables[head] is NOT_KNOWN:
            raise Unknown(source)
        return _walked(variables[head], names)
    if head not in ("page", "include") or not names:
        raise Unknown(source)
    if names[0] not in page and names[0] in PAGE_BUILT_INS:
        raise Unknown(source)
    return _walked(page, names)


def _site_value(names: list[str], site: Mapping[str, str | None] | None) -> Any:
    """The value of ``site.<names>`` among the settings ``site`` (a setting it does not give
    is nothing, as in Jekyll; ``size``, ``first``, ``last`` after a text setting are read)."""
    if site is None or not names or names[0] in SITE_BUILT_INS:
        raise Unknown("site")
    for end in range(len(names), 0, -1):
        name = ".".join(names[:end])
        if name in site:
            value = site[name]
            if value is None:
                raise Unknown(name)  # (a list or a date: not kept as text)
            return _walked(value, names[end:])
    return None


def _walked(value: Any, names: list[str]) -> Any:
    """``value`` followed along ``names``: a mapping's key, or a list's or text's ``size``,
    ``first``, ``last``; nothing where there is none."""
    for name in names:
        if isinstance(value, Mapping):
            value = value.get(name)
        elif name == "size" and isinstance(value, (list, str)):
            value = len(value)
        elif name in ("first", "last") and isinstance(value, list):
            value = (value[0] if name == "first" else value[-1]) if value else None
        else:
            return None
    return value


def _filtered(value: Any, name: str, arguments: str, page: Mapping[str, Any], site: Mapping[str, str | None] | None, variables: Mapping[str, Any]) -> Any:
    """``value`` through the filter ``name`` with ``arguments`` on the page ``page`` of the
    site ``site`` (dates in its ``timezone``, else UTC), its Liquid's ``variables``; a
    filter arsip does not apply leaves it as it is (:func:`unapplied_filters` names it)."""
    if name == "markdownify":
        return markdownified(_text(value))
    if name in WORD_KEEPING_FILTERS or name not in APPLIED_FILTERS:
        return value
    given = _arguments(arguments, page, site, variables)
    if name in DATE_FILTERS:
        return date_filtered(value, name, given, site.get("timezone") if site else None)
    if name == "default":
        return value if value not in (None, "", False, [], {}) else (given[0] if given else "")
    if name == "size":
        return len(value) if isinstance(value, (list, str, Mapping)) else 0
    if name in ("first", "last"):
        return (value[0] if name == "first" else value[-1]) if isinstance(value, list) and value else None
    if name == "join":
        separator = given[0] if given else " "
        return separator.join(_text(item) for item in value) if isinstance(value, list) else value
    if name == "array_to_sentence_string":
        return _sentence([_text(item) for item in value], given[0] if given else "and") if isinstance(value, list) else value
    text = _text(value)
    if name == "number_of_words":
        return len(text.split())
    if name in ("append", "prepend"):
        added = given[0] if given else ""
        return text + added if name == "append" else added + text
    return {"upcase": str.upper, "downcase": str.lower, "capitalize": str.capitalize}[name](text)


def _arguments(arguments: str, page: Mapping[str, Any], site: Mapping[str, str | None] | None, variables: Mapping[str, Any]) -> list[str]:
    """A filter's arguments as texts: quoted ones as written, a number as written, a
    variable as its output shows it, as Liquid evaluates an argument
    (``date: site.date_format`` with ``date_format: "%d %B %Y"`` in ``_config.yml``)."""
    given = []
    for argument in _ARGUMENT.finditer(arguments or ""):
        double, single, bare = argument.groups()
        given.append(_text(_value(bare, page, site, variables)) if bare is not None else double if double is not None else single)
    return given


def _sentence(items: list[str], connector: str) -> str:
    """Jekyll's ``array_to_sentence_string``: ``a``, ``a and b``, ``a, b, and c``."""
    if len(items) < 3:
        return f" {connector} ".join(items)
    return ", ".join(items[:-1]) + f", {connector} " + items[-1]


def _text(value: Any) -> str:
    """``value`` as a Liquid output shows it: nothing for nil, ``true``/``false``, a list's
    items one after another (nested lists flattened, as Ruby's ``Array#join``), a date or
    time as Ruby writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "".join(_text(item) for item in value)
    if isinstance(value, Mapping):
        raise Unknown("mapping")
    if isinstance(value, dt.datetime):
        return time_text(value)
    return str(value)
