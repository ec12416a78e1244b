"""A Jekyll collection document without a title (a post, a draft, a document of a declared
collection) is titled as Jekyll titles it (``Document#populate_title``,
``Utils.titleize_slug``): its file name's slug, each word capitalised; a page, or a file
without front matter in a collection's folder (a static file to Jekyll), keeps arsip's own
title of its file name. A title from the front matter or the first heading still comes first."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions
from arsip.ingest.sites.jekyll.urls import titleize_slug

SITE = Path(__file__).parent / "data" / "jekyll-titles"


def _titles() -> dict[str, str]:
    return {document.id: document.title for document in read_documents([str(SITE)], IngestOptions(include_drafts=True))}


def test_an_untitled_post_is_titled_by_its_slug_as_jekyll_titles_it():
    titles = _titles()
    assert titles["_posts/2020-01-05-rapat-warga-desa.md"] == "Rapat Warga Desa"
    assert titles["_posts/2020-02-10-gotong-royong_RT-05.md"] == "Gotong Royong_rt 05"  # (Ruby's capitalize; ``_`` stays)


def test_a_draft_and_a_collection_document_are_titled_the_same_way():
    titles = _titles()
    assert titles["_drafts/rencana-pasar-malam..md"] == "Rencana Pasar Malam"  # (a final ``.`` of the slug dropped)
    assert titles["_kegiatan/lomba-17-agustus.md"] == "Lomba 17 Agustus"


def test_a_page_and_a_static_file_keep_the_file_name_title():
    titles = _titles()
    assert titles["tentang-desa.md"] == "tentang desa"
    assert titles["_kegiatan/catatan-panitia.md"] == "catatan panitia"


def test_the_first_heading_still_comes_before_the_slug():
    assert _titles()["berita/_posts/2020-03-01-musyawarah-dusun.md"] == "Musyawarah Dusun Cikaret"


def test_titleize_slug_drops_empty_words_at_the_end_as_ruby_s_split_does():
    assert titleize_slug("kabar--DESA--") == "Kabar  Desa"
