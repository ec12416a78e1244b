"""Property tests over the query parser and filters: any text gives results or a QueryError."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arsip.index.build import index_paths
from arsip.index.query import QueryError
from arsip.index.search import SearchRequest, search

from .conftest import SAMPLES

QUERY_ALPHABET = st.sampled_from(list('buruh media "()*?~^:[]{}-+ANDORNOT') + ["AND", "OR", "NOT", "title:", "category:", "year:", "x:", " "])


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("props") / "index"
    index_paths(directory, [str(SAMPLES)])
    return directory


def _search_or_query_error(directory, request):
    try:
        result = search(directory, request)
    except QueryError:
        return
    assert result.total >= len(result.hits)
    assert [hit.rank for hit in result.hits] == list(range(1, len(result.hits) + 1))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(QUERY_ALPHABET, max_size=25).map("".join))
def test_query_language_never_raises_anything_but_query_errors(index_dir, query):
    _search_or_query_error(index_dir, SearchRequest(query))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_arbitrary_text_queries(index_dir, query):
    _search_or_query_error(index_dir, SearchRequest(query, facets=True))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=20), st.text(max_size=20), st.text(max_size=12))
def test_arbitrary_filters(index_dir, category, date_from, author):
    _search_or_query_error(index_dir, SearchRequest("buruh", category=category or None, date_from=date_from or None, author=author or None))
