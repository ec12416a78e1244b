"""Indexing and searching the samples: stemming, reduplication, filters, incremental updates."""

import shutil

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records, index_stats
from arsip.index.query import QueryError
from arsip.index.search import SearchRequest, search
from arsip.index.store import META_FILE, IndexBusy, IndexIncompatible, write_lock

from .conftest import SAMPLES


@pytest.fixture
def samples_index(tmp_path):
    directory = tmp_path / "index"
    index_paths(directory, [str(SAMPLES)])
    return directory


def _ids(directory, query, **filters):
    return [hit.id for hit in search(directory, SearchRequest(query, **filters)).hits]


def test_a_derived_form_finds_documents_only_through_stemming(samples_index):
    # "dilatih" is in no sample; "pelatihan" and "melatih" share its stem.
    assert "post-news-timezone-tags-kramdown.txt" in _ids(samples_index, "dilatih")
    assert "post-mentoring-mojibake-injected.txt" in _ids(samples_index, "diperjuangkan")


def test_a_reduplicated_query_finds_the_base_word(samples_index):
    assert "post-mentoring-mojibake-injected.txt" in _ids(samples_index, "tuntutan-tuntutan")


def test_date_filter(samples_index):
    assert _ids(samples_index, "buruh", date_from="2015", date_to="2015") != []
    in_march = _ids(samples_index, "buruh OR hapsari", date_from="Maret 2015", date_to="2015-03")
    assert set(in_march) == {"post-news-timezone-tags-kramdown.txt"}
    assert _ids(samples_index, "buruh", date_to="2010") == []


def test_date_source_filter(samples_index):
    assert _ids(samples_index, "hapsari", date_source="none") == ["scraped-page-no-front-matter.txt"]
    assert "post-news-timezone-tags-kramdown.txt" in _ids(samples_index, "buruh", date_source="front_matter")
    assert _ids(samples_index, "buruh", date_source="front_matter:date") == _ids(samples_index, "buruh", date_source="front_matter")
    assert _ids(samples_index, "buruh", date_source="text") == []


def test_category_tag_and_author_filters(samples_index):
    assert set(_ids(samples_index, "buruh", category="Mentoring")) == {"post-mentoring-mojibake-injected.txt"}
    assert _ids(samples_index, "media", tag="media alternatif") == ["post-news-timezone-tags-kramdown.txt"]
    assert _ids(samples_index, "media", author="Hillun") == ["post-news-timezone-tags-kramdown.txt"]
    assert _ids(samples_index, 'category:"solidaritas.net"') == ["post-mentoring-mojibake-injected.txt"]


def test_sort_by_date(samples_index):
    dates = [hit.date for hit in search(samples_index, SearchRequest("buruh", sort="-date", limit=50)).hits]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("order", ["date", "-date"])
def test_undated_documents_come_last_in_either_date_order(tmp_path, order):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, date in [("lama.md", "2011-01-05"), ("tanpa-tanggal.md", None), ("baru.md", "2016-07-01")]:
        front = f"date: {date}\n" if date else ""
        (corpus / name).write_text(f"---\ntitle: Radio\n{front}---\nradio komunitas\n", encoding="utf-8")
    directory = tmp_path / "index"
    index_paths(directory, [str(corpus)])
    hits = search(directory, SearchRequest("radio", sort=order)).hits
    expected = ["lama.md", "baru.md"] if order == "date" else ["baru.md", "lama.md"]
    assert [hit.id for hit in hits] == expected + ["tanpa-tanggal.md"]
    assert all(hit.score is None for hit in hits)  # a date order computes no relevance


def test_phrase_and_query_language(samples_index):
    assert _ids(samples_index, '"media alternatif"')[0] == "post-news-timezone-tags-kramdown.txt"
    assert _ids(samples_index, "buruh AND year:2015 AND NOT category:mentoring") == ["post-news-timezone-tags-kramdown.txt"]
    assert "scraped-page-no-front-matter.txt" in _ids(samples_index, "hapsar*")
    assert "scraped-page-no-front-matter.txt" in _ids(samples_index, "hapsary~")


def test_facets_count_matching_documents(samples_index):
    result = search(samples_index, SearchRequest("buruh", facets=True))
    assert ("CMS", 2) in result.facets["category"]
    assert dict(result.facets["year"])["2015"] >= 2


def test_did_you_mean(samples_index):
    result = search(samples_index, SearchRequest("solidaritaz"))
    assert result.total == 0 and result.suggestion == "solidaritas"


@pytest.mark.parametrize("query", ["", "x" * 5000])
def test_unusable_queries_are_query_errors(samples_index, query):
    with pytest.raises(QueryError):
        search(samples_index, SearchRequest(query))


def test_bad_date_filter_is_a_query_error(samples_index):
    with pytest.raises(QueryError, match="not a date"):
        search(samples_index, SearchRequest("buruh", date_from="kapan-kapan"))


def test_incremental_update_adds_changes_and_removes(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    directory = tmp_path / "index"
    first = index_paths(directory, [str(corpus)])
    assert first.added == 5
    again = index_paths(directory, [str(corpus)])
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 5)
    (corpus / "post-news-timezone-tags-kramdown.txt").write_text("---\ntitle: Diganti\n---\nIsi baru tentang zebra.\n", encoding="utf-8")
    (corpus / "scraped-page-no-front-matter.txt").unlink()
    (corpus / "baru.md").write_text("---\ntitle: Baru\n---\nDokumen baru tentang jerapah.\n", encoding="utf-8")
    changed = index_paths(directory, [str(corpus)])
    assert (changed.added, changed.updated, changed.removed, changed.unchanged) == (1, 1, 1, 3)
    assert _ids(directory, "zebra") == ["post-news-timezone-tags-kramdown.txt"]
    assert _ids(directory, "jerapah") == ["baru.md"]
    assert _ids(directory, "hapsari") == []
    assert index_stats(directory)["documents"] == 5
    after_changes = index_paths(directory, [str(corpus)])  # the changes are now the indexed state
    assert (after_changes.added, after_changes.updated, after_changes.removed, after_changes.unchanged) == (0, 0, 0, 5)


def test_display_labels_count_only_documents_still_indexed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.md", "b.md"):  # two documents, not copies of one: their text differs
        (corpus / name).write_text(f"---\ntitle: Radio\ncategories: [media ALTERNATIF]\n---\nradio {name}\n", encoding="utf-8")
    (corpus / "c.md").write_text("---\ntitle: Radio\ncategories: [Media Alternatif]\n---\nradio\n", encoding="utf-8")
    directory = tmp_path / "index"
    index_paths(directory, [str(corpus)])
    assert index_stats(directory)["top_categories"] == [["media ALTERNATIF", 3]]
    (corpus / "a.md").unlink()
    (corpus / "b.md").write_text("---\ntitle: Radio\n---\nradio\n", encoding="utf-8")
    index_paths(directory, [str(corpus)])
    assert index_stats(directory)["top_categories"] == [["Media Alternatif", 1]]


def test_rebuild_starts_fresh(samples_index):
    report = index_paths(samples_index, [str(SAMPLES / "post-mentoring-indonesian-dates.txt")], rebuild=True)
    assert report.added == 1
    assert index_stats(samples_index)["documents"] == 1


def test_second_writer_is_told_the_index_is_busy(samples_index):
    with write_lock(samples_index):
        with pytest.raises(IndexBusy, match="being updated by another process"):
            index_paths(samples_index, [str(SAMPLES)])


def test_incompatible_index_asks_for_rebuild(samples_index):
    (samples_index / META_FILE).write_text('{"schema_version": 999, "stemmer": "snowball"}', encoding="utf-8")
    with pytest.raises(IndexIncompatible, match="arsip index --rebuild"):
        search(samples_index, SearchRequest("buruh"))
    index_paths(samples_index, [str(SAMPLES)], rebuild=True)
    assert _ids(samples_index, "hapsari") == ["scraped-page-no-front-matter.txt"]


def test_show_returns_the_stored_record(samples_index):
    [record] = get_records(samples_index, "grant-record-mojibake-in-front-matter.txt")
    assert record["fields"]["nohibah"] == 424
    assert record["repairs"]
