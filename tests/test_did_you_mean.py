""""Did you mean …?": a close spelling from the index's own words when nothing matches, and
never a change of a word the index holds (a search its filters emptied is spelled right)."""

from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.index.search import SearchRequest, search

SITE = Path(__file__).parent / "data" / "did-you-mean"


@pytest.fixture(scope="module")
def site_index(tmp_path_factory):
    directory = tmp_path_factory.mktemp("did-you-mean") / "index"
    index_paths(directory, [str(SITE)])
    return directory


def test_a_misspelled_word_gets_the_close_word_of_the_index(site_index):
    result = search(site_index, SearchRequest("koperazi"))
    assert result.total == 0 and result.suggestion == "koperasi"


@pytest.mark.parametrize(
    "filters",
    [{"category": "tidak-ada"}, {"date_from": "2030", "date_to": "2030"}, {"category": "koperasi"}],
)
def test_words_the_index_holds_are_not_corrected_when_filters_leave_nothing(site_index, filters):
    """``buruh`` is in a title and a body, and ``buku`` (two edits away) in two other titles; a
    filter that matches no document with ``buruh`` leaves no hit, and the word was spelled
    right: no suggestion (it used to offer ``buku``)."""
    result = search(site_index, SearchRequest("buruh", **filters))
    assert result.total == 0 and result.suggestion is None


def test_only_the_misspelled_word_of_a_query_changes(site_index):
    result = search(site_index, SearchRequest("buruh koperazi", category="tidak-ada"))
    assert result.total == 0 and result.suggestion == "buruh koperasi"
