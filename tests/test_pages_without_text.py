"""HTML pages without text of their own: an application's shell its scripts fill in, and a
page whose only text is its description, are named as such, never read silently."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.readers.html import DESCRIPTION_AS_TEXT, NO_TEXT, SCRIPT_LOADED

_SHELL = (
    "<!doctype html><html lang='id'><head><meta charset='utf-8'><title>Aplikasi Arsip Desa</title>{meta}"
    "<script type='module' crossorigin src='/assets/index-4f3a9c.js'></script></head>"
    "<body>{noscript}<div id='{mount}'></div></body></html>"
)
_DESCRIPTION = "<meta name='description' content='Arsip surat dan dokumen Desa Sukamaju dalam satu aplikasi.'>"


def _read(html: str):
    return ingest_bytes(html.encode("utf-8"), "aplikasi/index.html", "index.html")


def test_an_application_shell_without_a_description_is_counted_as_one():
    for mount, noscript in (("root", ""), ("app", ""), ("__next", ""), ("___gatsby", ""), ("__nuxt", "<noscript>Aktifkan JavaScript untuk membuka aplikasi ini.</noscript>")):
        result = _read(_SHELL.format(meta="", noscript=noscript, mount=mount))
        assert result.documents == [] and result.left_out == {SCRIPT_LOADED: 1}, mount
    angular = _SHELL.format(meta="", noscript="", mount="x").replace("<div id='x'></div>", "<app-root></app-root>")
    assert _read(angular).left_out == {SCRIPT_LOADED: 1}


def test_an_application_shell_with_a_description_keeps_it_as_text_with_a_problem():
    result = _read(_SHELL.format(meta=_DESCRIPTION, noscript="<noscript>Aktifkan JavaScript.</noscript>", mount="root"))
    (document,) = result.documents
    assert document.text == "Arsip surat dan dokumen Desa Sukamaju dalam satu aplikasi."
    assert "Aktifkan" not in document.text
    ((field, reason),) = [(problem.field, problem.reason) for problem in document.problems]
    assert field == "text" and reason.startswith(DESCRIPTION_AS_TEXT) and "loaded by its scripts" in reason


def test_a_gallery_page_keeps_its_description_as_text_with_a_problem():
    result = _read("<html><head><meta name='description' content='Galeri foto festival layang-layang.'>"
                   "<script src='/js/lightbox.js'></script></head><body><div id='galeri'><img src='a.jpg'></div></body></html>")
    (document,) = result.documents
    assert document.text == "Galeri foto festival layang-layang."
    assert [(problem.field, problem.reason) for problem in document.problems] == [("text", DESCRIPTION_AS_TEXT)]


def test_a_page_with_its_own_text_has_no_such_problem():
    result = _read(_SHELL.format(meta=_DESCRIPTION, noscript="", mount="root").replace("</div>", "<p>Layanan surat keterangan domisili.</p></div>"))
    (document,) = result.documents
    assert document.text == "Layanan surat keterangan domisili." and document.problems == []


def test_an_empty_page_without_an_application_is_a_page_without_text():
    no_script = "<html><head><title>Cari</title></head><body><div id='app'></div></body></html>"
    search_page = "<html><body><noscript>Aktifkan JavaScript untuk mencari.</noscript><div id='hasil'></div><script src='cari.js'></script></body></html>"
    for markup in (no_script, search_page):
        assert _read(markup).left_out == {NO_TEXT: 1}
