"""One small synthetic site per generator (tests/data/sites): the generator is detected per
root and each syntax is applied only where it belongs. Cases live in sites/expected.toml."""

import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

SITES = Path(__file__).parent / "data" / "sites"
CASES = tomllib.loads((SITES / "expected.toml").read_text(encoding="utf-8"))["case"]


@lru_cache(maxsize=None)
def _site(name: str) -> dict:
    return {document.id: document for document in read_documents([str(SITES / name)])}


@pytest.mark.parametrize("case", CASES, ids=[f"{case['site']}:{case['document']}" for case in CASES])
def test_site_document(case):
    document = _site(case["site"])[case["document"]]
    assert document.generator == case["generator"]
    if "url" in case:
        assert document.url == (case["url"] or None)
    if "date" in case:
        assert (document.date or "").startswith(case["date"]), document.date
    for phrase in case.get("must", []):
        assert phrase in document.text, phrase
    for phrase in case.get("must_not", []):
        assert phrase not in document.text, phrase
    assert not document.problems, document.problems


def test_a_jekyll_html_post_reads_its_front_matter_as_metadata():
    """An ``.html`` file that opens with front matter (jekyll-import writes WordPress posts
    so) is the generator's content: title, date, terms and author come from the front
    matter, and none of it is text."""
    post = _site("jekyll")["_posts/2012-05-01-rapat-warga-pesisir.html"]
    assert post.format == "html"
    assert post.title == "Rapat Warga Pesisir Membahas Abrasi"
    assert post.date_source == "front_matter:date"
    assert [term.label for term in post.categories] == ["Lingkungan"]
    assert [term.label for term in post.tags] == ["abrasi", "rapat warga"]
    assert post.author == "Relawan Pesisir"
    assert post.fields["lokasi"] == "Desa Tanjung Bunga"


def test_a_jekyll_html_page_is_published_at_its_permalink(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Catatan\nurl: https://pesisir.contoh.id\n", encoding="utf-8")
    (tmp_path / "tentang.html").write_text("---\ntitle: Tentang Kami\npermalink: /tentang/\n---\n<p>Kami relawan pesisir.</p>\n", encoding="utf-8")
    [page] = read_documents([str(tmp_path)])
    assert (page.title, page.url, page.text) == ("Tentang Kami", "https://pesisir.contoh.id/tentang/", "Kami relawan pesisir.")


def test_a_jekyll_draft_is_left_out_unless_drafts_are_included():
    """Posts in Jekyll's ``_drafts/`` are not published: drafts, as ``published: false``."""
    draft = "_drafts/rencana-pelatihan-lanjutan.md"
    assert draft not in _site("jekyll")
    report = IngestReport()
    kept = {document.id: document for document in read_documents([str(SITES / "jekyll")], IngestOptions(include_drafts=True), report)}
    assert kept[draft].draft and kept[draft].title == "Rencana Pelatihan Lanjutan"
    assert not kept["_posts/2015-03-02-pelatihan-jurnalisme.md"].draft


def test_a_localized_docs_page_is_its_translation_without_the_hidden_english_source():
    """A localized Microsoft Docs page of 2018–2021 keeps each sentence's English source
    beside it in ``<span class="sxs-lookup">``, which the site hides: the text is the
    translation alone, its sentences not run into English ones, and no word counts as lost."""
    [page] = read_documents([str(Path(__file__).parent / "data" / "docs-localized")])
    assert page.generator == "docs"
    assert page.text.startswith("Memantau perangkat desa\n\nDasbor pemantau menampilkan status setiap perangkat di balai desa. Perangkat yang mati ditandai merah.")
    for phrase in ("Buka Pengaturan > Perangkat.", "Daftar perangkat di dasbor pemantau", "Jalankan Get-Perangkat -Nama <nama perangkat> untuk melihat rinciannya."):
        assert phrase in page.text
    for english in ("Monitor", "dashboard", "Devices", "Settings", "details", "sxs-lookup"):
        assert english not in page.text
    assert not page.problems


def test_an_mdn_page_names_the_macros_whose_words_mdn_takes_from_its_own_data():
    """An MDN page in the old HTML format: its link macros show their text, its sidebar and
    compatibility table go silently, and so do the elements MDN hides (``class="hidden"``,
    with a macro inside); the macros that show words from MDN's own data (a specification's
    name and status) go with a problem naming them."""
    page = _site("mdn")["files/id/web/html/element/tombol/index.html"]
    assert page.generator == "mdn" and page.title == "<button>: Elemen Tombol"
    assert page.text.startswith("Elemen <button> membuat tombol yang dapat diklik pengguna untuk mengirim formulir atau menjalankan aksi lain.")
    assert "disabled\n\nMenonaktifkan tombol sehingga pengguna tidak dapat menekannya. Lihat juga atribut tipe." in page.text
    assert '<button type="button">Simpan data warga</button>' in page.text
    for hidden in ("{{", "HTMLRef", "html.elements.button", "gaya contoh tersembunyi", "Tabel kompatibilitas", "JSON"):
        assert hidden not in page.text, hidden
    assert [(problem.field, problem.reason) for problem in page.problems] == [
        ("text", "2 MDN macro(s) show words MDN takes from its own data, not read: SpecName, Spec2")
    ]


def test_a_redirect_map_is_a_list_of_paths_not_a_document(tmp_path):
    """MDN keeps each locale's redirects in ``_redirects.txt`` (a comment head, then one
    ``FROM<tab>TO`` line per moved page): a list of paths, as a file list is."""
    lines = "".join(f"/id/docs/Halaman_{number}\t/id/docs/Web/Halaman_{number}\n" for number in range(12))
    (tmp_path / "_redirects.txt").write_text("# DO NOT EDIT THIS FILE MANUALLY.\n# FROM-URL\tTO-URL\n" + lines, encoding="utf-8")
    (tmp_path / "catatan.txt").write_text("Rapat warga membahas jalan desa /id/docs/Rapat dan hasilnya.\n" * 6, encoding="utf-8")
    report = IngestReport()
    assert [document.id for document in read_documents([str(tmp_path)], IngestOptions(), report)] == ["catatan.txt"]
    assert report.skipped["not a document: list of paths, file names or numbers"] == 1
