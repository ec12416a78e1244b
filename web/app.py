"""The web application: one GET request in, one response out.

Routes: ``/`` the search page, ``/doc/<id>`` a document, ``/api/search``, ``/api/doc/<id>``
and ``/api/stats`` (JSON), ``/static/<name>`` the stylesheet. Read-only: other methods get
405. Bad parameters give a 400 page (or JSON error), never a traceback; a search past its
time budget gives 503. Every search runs
through :class:`arsip.index.search.Archive`, the CLI's search, against the latest commit.
Several indexes are searched together as ``arsip search --index A --index B`` does; then
every hit names its index and a document's URLs say which one with ``?index=N``.
"""

from __future__ import annotations

import json
import math
import sys
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from arsip.index.bounds import DEFAULT_TIME_BUDGET, SearchTimeout
from arsip.index.federation import add_facets
from arsip.index.inspect import get_records, index_stats
from arsip.index.query import QueryError
from arsip.index.store import IndexError_, exists, read_labels
from arsip.ingest.terms import term_key

from .archives import Indexes
from .params import ParamError, Params, doc_url, index_number, parse_params
from .render import MARKS, Renderer, static_files

HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"
SECURITY_HEADERS = {
    # No scripts at all, styles and images only from this server, forms only to it.
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@dataclass
class Response:
    """Status, body and headers of one answer."""

    status: int
    body: bytes
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)


class FacetLink(NamedTuple):
    """A facet value on the page: its label and count, the URL that filters by it (or
    removes the filter, when it is the active one), and whether it is active."""

    label: str
    count: int
    url: str
    active: bool


class NotFound(Exception):
    """Nothing at this path, or no document with this id."""


class WebApp:
    """The search page, document pages and JSON API over the index at each of ``directories``
    (one, or several searched together)."""

    def __init__(self, *directories: Path, debug: bool = False, time_limit: float = DEFAULT_TIME_BUDGET, pool_size: int = 4) -> None:
        self.directories = list(directories)
        self.debug = debug
        self.time_limit = time_limit
        self.indexes = Indexes(self.directories, pool_size)
        self.renderer = Renderer()
        self.static = static_files()

    def close(self) -> None:
        """Release the index files."""
        self.indexes.close()

    def handle(self, method: str, target: str) -> Response:
        """Answer ``method`` on ``target`` (a path with its query string)."""
        url = urlsplit(target)
        api = url.path.startswith("/api/")
        lang = "en" if parse_qs(url.query).get("lang") == ["en"] else "id"  # for error pages
        try:
            if method not in ("GET", "HEAD"):
                response = self._error(405, "read-only: only GET and HEAD are answered", api, lang)
                response.headers["Allow"] = "GET, HEAD"
                return response
            return self._route(url.path, parse_params(url.query), index_number(url.query, len(self.directories)), api)
        except NotFound:
            return self._error(404, None, api, lang)
        except (ParamError, QueryError) as error:
            return self._error(400, str(error), api, lang)
        except (IndexError_, SearchTimeout) as error:
            return self._error(503, str(error), api, lang)
        except Exception as error:
            missing = next((directory for directory in self.directories if not exists(directory)), None)
            if missing is not None:  # removed while serving: not a bug of arsip
                return self._error(503, f"no index at {missing} any more; build one with: arsip index PATH", api, lang)
            if self.debug:
                traceback.print_exc()
            print(f"arsip: error: internal error on {method} {url.path}: {type(error).__name__}: {error}", file=sys.stderr)
            return self._error(500, None, api, lang)

    def _route(self, path: str, params: Params, index: int, api: bool) -> Response:
        """``index``: the number of the index a document path looks in (from 1)."""
        if path == "/":
            return self._search_page(params)
        if path.startswith("/doc/"):
            return self._document_page(_doc_id(path, "/doc/"), index, params)
        if path == "/api/search":
            return _json(self._api_search(params))
        if path.startswith("/api/doc/"):
            doc_id = _doc_id(path, "/api/doc/")
            name = self.indexes.name(index)
            named = {"index": name} if name else {}
            return _json({"id": doc_id, **named, "records": self._records(doc_id, index)})
        if path == "/api/stats":
            return _json(self._stats())
        if path.startswith("/static/") and path[len("/static/"):] in self.static:
            body, content_type = self.static[path[len("/static/"):]]
            return Response(200, body, content_type, {"Cache-Control": "max-age=3600"})
        raise NotFound(path)

    # -- the API ---------------------------------------------------------------------------

    def _api_search(self, params: Params) -> dict:
        """The same hits as ``arsip search --json``, with the total, facets and suggestion."""
        request = params.request(time_budget=self.time_limit)
        result = self.indexes.search(request)
        keys = self._category_keys()
        return {
            "query": request.query,
            "total": result.total,
            "page": request.page,
            "limit": request.limit,
            "hits": [asdict(hit) for hit in result.hits],
            "facets": {
                "category": [{"label": label, "key": keys.get(label, term_key(label)), "count": n} for label, n in result.facets.get("category", [])],
                "year": [{"year": year, "count": n} for year, n in result.facets.get("year", [])],
            },
            "suggestion": result.suggestion,
        }

    def _records(self, doc_id: str, index: int) -> list[dict]:
        records = get_records(self.directories[index - 1], doc_id)
        if not records:
            raise NotFound(doc_id)
        return records

    def _labels(self) -> dict[str, str]:
        """Category and tag key → display label, of every index (the first given wins)."""
        labels: dict[str, str] = {}
        for directory in reversed(self.directories):
            labels.update(read_labels(directory))
        return labels

    def _category_keys(self) -> dict[str, str]:
        """Display label → the category key that filters by it."""
        return {label: key for key, label in self._labels().items()}

    def _stats(self) -> dict:
        """The figures of ``/api/stats``: the index's :func:`index_stats`, or, when several
        are served, their documents together and each one's figures (``indexes``)."""
        every = [index_stats(directory) for directory in self.directories]
        if not self.indexes.several:
            return every[0]
        return {"documents": sum(stats["documents"] for stats in every), "indexes": every}

    def _overview(self) -> dict:
        """The first page's figures (those of :meth:`_stats`): documents, and the categories
        and years of every index."""
        stats = self._stats()
        every = stats["indexes"] if self.indexes.several else [stats]
        facets = [
            {"category": each["top_categories"], "year": [(year, count) for year, count in each["by_year"].items() if year != "unknown"]}
            for each in every
        ]
        return {"documents": stats["documents"], "facets": add_facets(facets) if self.indexes.several else facets[0]}

    def _hit_url(self, hit, lang: str) -> str:
        """The document page of a hit (naming its index when several are served)."""
        return doc_url(hit.id, lang, self.indexes.number(hit.index) if self.indexes.several else None)

    # -- the pages -------------------------------------------------------------------------

    def _search_page(self, params: Params) -> Response:
        context = {"params": params, "result": None, "error": None, "stats": None, "facets": {}, "paging": None, "chips": self._chips(params),
                   "indexes": self.indexes.names if self.indexes.several else [], "hit_url": lambda hit: self._hit_url(hit, params.lang)}
        status = 200
        if not params.searching:  # the first page: the whole archive's categories and years
            stats = self._overview()
            context.update(stats=stats, facets=self._facet_links(params, stats["facets"]))
        else:
            try:
                result = self.indexes.search(params.request(highlight=MARKS, time_budget=self.time_limit))
            except (ParamError, QueryError) as error:
                context["error"], status = str(error), 400
            else:
                context.update(result=result, facets=self._facet_links(params, result.facets), paging=_paging(params, result.total))
        switch = params.url(lang=_other(params.lang), page=params.page)
        return Response(status, self.renderer.render("search.html", params.lang, switch_url=switch, **context), headers={"Cache-Control": "no-cache"})

    def _chips(self, params: Params) -> list[tuple[str, str, str]]:
        """The active filters: what is filtered (a text key), by what, and the URL without it."""
        labels = self._labels()
        chips = [
            (name, labels.get(term_key(value), value), params.url(**{name: ""}))
            for name, value in (("category", params.category), ("tag", params.tag), ("author", params.author))
            if value
        ]
        if params.date_from or params.date_to:
            period = f"{params.date_from or '…'} – {params.date_to or '…'}"
            chips.append(("period", period, params.url(date_from="", date_to="")))
        return chips

    def _facet_links(self, params: Params, facets: dict) -> dict[str, list[FacetLink]]:
        """Each facet value with its count, whether it is the active filter, and the URL
        that filters by it (or, for the active one, the URL without that filter)."""
        keys = self._category_keys()
        active_category = term_key(params.category) if params.category else None
        categories = []
        for label, count in facets.get("category", []):
            key = keys.get(label, term_key(label))
            active = key == active_category
            categories.append(FacetLink(label, count, params.url(category="" if active else key), active))
        years = []
        for year, count in facets.get("year", []):
            active = params.date_from == params.date_to == str(year)
            period = "" if active else str(year)
            years.append(FacetLink(str(year), count, params.url(date_from=period, date_to=period), active))
        return {"category": categories, "year": years}

    def _document_page(self, doc_id: str, index: int, params: Params) -> Response:
        records = self._records(doc_id, index)
        for record in records:
            record["safe_url"] = link_address(record.get("url"))
        switch = doc_url(doc_id, _other(params.lang), index if self.indexes.several else None)
        index_name = self.indexes.name(index)
        body = self.renderer.render("document.html", params.lang, params=Params(lang=params.lang), records=records, doc_id=doc_id,
                                    index_name=index_name, switch_url=switch)
        return Response(200, body, headers={"Cache-Control": "no-cache"})

    def _error(self, status: int, message: str | None, api: bool, lang: str) -> Response:
        if api:
            return _json({"error": message or _REASONS[status]}, status)
        body = self.renderer.render("error.html", lang, params=Params(lang=lang), status=status, message=message, switch_url=Params(lang=_other(lang)).url())
        return Response(status, body)


_REASONS = {400: "bad request", 404: "not found", 405: "method not allowed", 500: "internal error", 503: "index unavailable"}


def link_address(address) -> str | None:
    """``address`` when it may become a link (http or https), else None: a document's
    ``javascript:`` or ``data:`` address is shown as text, never made clickable."""
    if isinstance(address, str) and urlsplit(address.strip()).scheme.lower() in ("http", "https"):
        return address.strip()
    return None


def _doc_id(path: str, prefix: str) -> str:
    """The id in a document path. Ids are only looked up in the index, never opened as files."""
    try:
        doc_id = unquote(path[len(prefix):], errors="strict")
    except UnicodeDecodeError:
        raise NotFound(path) from None
    if not doc_id:
        raise NotFound(path)
    return doc_id


def _other(lang: str) -> str:
    return "id" if lang == "en" else "en"


def _paging(params: Params, total: int) -> dict:
    pages = max(1, math.ceil(total / params.limit))
    first = (params.page - 1) * params.limit + 1
    return {
        "first": first,
        "last": min(total, params.page * params.limit),
        "pages": pages,
        "previous": params.url(page=params.page - 1) if params.page > 1 else None,
        "next": params.url(page=params.page + 1) if params.page < pages else None,
    }


def _json(data, status: int = 200) -> Response:
    return Response(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), JSON, {"Cache-Control": "no-cache"})
