"""The parameters of a search URL: read and checked once, shared by the page and the API.

Every state of the search page lives in the query string (``q``, ``category``, ``tag``,
``author``, ``from``, ``to``, ``sort``, ``expand``, ``page``, ``limit``, ``lang``), so a URL can be
shared, bookmarked and reached with the back button. A document's URL names its index with
``index`` (a number, from 1) when several are served.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import parse_qs, quote, urlencode

from arsip.index.search import SearchRequest

SORTS = ("relevance", "date", "-date")
LANGUAGES = ("id", "en")
MAX_LIMIT = 1000  # as `arsip search --limit`
MAX_PAGE = 10_000
MAX_VALUE_CHARS = 2000
_NAMES = {"q": "q", "category": "category", "tag": "tag", "author": "author", "from": "date_from", "to": "date_to",
          "sort": "sort", "expand": "expand", "page": "page", "limit": "limit", "lang": "lang"}


class ParamError(ValueError):
    """A URL parameter that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Params:
    """The search state of one URL."""

    q: str = ""
    category: str = ""
    tag: str = ""
    author: str = ""
    date_from: str = ""
    date_to: str = ""
    sort: str = "relevance"
    expand: bool = True  # feedback expansion, as `arsip search --expand/--no-expand`
    page: int = 1
    limit: int = 10
    lang: str = "id"

    @property
    def filtered(self) -> bool:
        """True when a filter is set (then an empty query means every document)."""
        return any((self.category, self.tag, self.author, self.date_from, self.date_to))

    @property
    def searching(self) -> bool:
        """True when there is something to search for (else the page shows only the form)."""
        return bool(self.q.strip()) or self.filtered

    def request(self, highlight: tuple[str, str] = ("", ""), time_budget: float | None = None) -> SearchRequest:
        """The search this URL asks for, with facets, stopped after ``time_budget`` seconds.
        An empty query with a filter is ``*``."""
        if not self.searching:
            raise ParamError("q: give a query or a filter")
        return SearchRequest(
            self.q if self.q.strip() else "*", category=self.category or None, tag=self.tag or None,
            author=self.author or None, date_from=self.date_from or None, date_to=self.date_to or None,
            sort=self.sort, expand=self.expand, limit=self.limit, page=self.page, facets=True, highlight=highlight, time_budget=time_budget,
        )

    def query_string(self, **changes) -> str:
        """This state with ``changes`` as a query string, default values left out
        (a change of anything but the page goes back to the first page)."""
        if changes and "page" not in changes:
            changes["page"] = 1
        state = replace(self, **changes)
        defaults = Params()
        pairs = [(url_name, _url_value(getattr(state, name))) for url_name, name in _NAMES.items() if getattr(state, name) != getattr(defaults, name)]
        return urlencode(pairs)

    def url(self, path: str = "/", **changes) -> str:
        """``path`` with this state (and ``changes``) in its query string."""
        query = self.query_string(**changes)
        return f"{path}?{query}" if query else path


def parse_params(query_string: str) -> Params:
    """Read a URL's query string; unknown parameters are ignored, bad ones raise ParamError."""
    try:
        raw = parse_qs(query_string, keep_blank_values=True, errors="strict", max_num_fields=50)
    except UnicodeDecodeError:
        raise ParamError("the parameters are not valid UTF-8") from None
    except ValueError:
        raise ParamError("too many parameters") from None
    values = {}
    for url_name, name in _NAMES.items():
        given = raw.get(url_name)
        if not given:
            continue
        if len(given) > 1:
            raise ParamError(f"{url_name}: given {len(given)} times")
        value = given[0].strip()
        if len(value) > MAX_VALUE_CHARS:
            raise ParamError(f"{url_name}: longer than {MAX_VALUE_CHARS:,} characters")
        if value:
            values[name] = value
    for name, bound in (("page", MAX_PAGE), ("limit", MAX_LIMIT)):
        if name in values:
            values[name] = _whole_number(name, values[name], bound)
    if "expand" in values:
        _choice("expand", values["expand"], ("0", "1"))
        values["expand"] = values["expand"] == "1"
    _choice("sort", values.get("sort"), SORTS)
    _choice("lang", values.get("lang"), LANGUAGES)
    return Params(**values)


def _url_value(value) -> str | int:
    return ("1" if value else "0") if isinstance(value, bool) else value


def _whole_number(name: str, text: str, bound: int) -> int:
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= bound:
        raise ParamError(f"{name}: {text[:40]!r} is not a whole number from 1 to {bound:,}")
    return int(text)


def _choice(name: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise ParamError(f"{name}: {value[:40]!r} is not one of {', '.join(choices)}")


def index_number(query_string: str, count: int) -> int:
    """The ``index`` parameter of a document URL: which of the ``count`` indexes served
    (from 1, in the order given; 1 when it is not given)."""
    given = parse_qs(query_string, keep_blank_values=True, max_num_fields=50).get("index")
    if not given:
        return 1
    if len(given) > 1:
        raise ParamError(f"index: given {len(given)} times")
    return _whole_number("index", given[0].strip(), count)


def doc_url(doc_id: str, lang: str, index: int | None = None) -> str:
    """The document page of ``doc_id`` in ``lang`` (every character but ``/`` quoted, so
    ``#``, ``?`` and ``%`` in ids survive); ``index``: the number of its index, when
    several are served (``?index=2``)."""
    url = Params(lang=lang).url(f"/doc/{quote(doc_id, safe='/')}")
    if index is None:
        return url
    return f"{url}{'&' if '?' in url else '?'}{urlencode({'index': index})}"
