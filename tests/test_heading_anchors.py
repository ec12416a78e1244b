"""A heading's anchor is the author's words, not a theme's name: a heading whose id says
"sidebar" or "komentar" (``<h2 id="mengatur-sidebar">``), and a Sphinx section around one
(``<section id="berbagi-komentar">``), are text, not furniture. A built docs page keeps its
title without the site's name though its header goes with the article's furniture."""

from pathlib import Path

from arsip.ingest.pipeline import ingest_bytes

DOCUSAURUS = Path(__file__).parent / "data" / "main-content" / "docusaurus-build-judul.html"

SPHINX = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Panduan Warga &#8212; Dokumentasi Desa</title></head>
<body><div class="related" role="navigation"><ul><li><a href="genindex.html">Indeks</a></li><li><a href="layanan.html">berikutnya</a></li></ul></div>
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="panduan-warga"><h1>Panduan Warga<a class="headerlink" href="#panduan-warga" title="Link to this heading">¶</a></h1>
<p>Panduan ini menjelaskan layanan yang dibuka kantor desa untuk warga.</p>
<section id="berbagi-komentar"><h2>Berbagi Komentar<a class="headerlink" href="#berbagi-komentar" title="Link to this heading">¶</a></h2>
<p>Warga dapat memberi komentar pada setiap pengumuman desa melalui papan informasi.</p></section>
<section id="jadwal-layanan"><h2>Jadwal Layanan<a class="headerlink" href="#jadwal-layanan" title="Link to this heading">¶</a></h2>
<p>Kantor desa buka setiap hari kerja pukul delapan pagi.</p></section></section>
</div></div></div>
<div class="sphinxsidebar" role="navigation"><h3>Navigasi</h3><ul><li><a href="layanan.html">Layanan</a></li><li><a href="kontak.html">Kontak Perangkat Desa</a></li></ul>
<div id="searchbox" role="search"><h3>Pencarian cepat</h3><form action="search.html"><input type="text" name="q"><input type="submit" value="Cari"></form></div></div></div>
<div class="footer">&#169; Hak cipta 2024, Pemerintah Desa Sukamaju. Dibuat dengan Sphinx memakai tema Alabaster.</div>
</body></html>"""


def _document(markup: bytes, name: str):
    (document,) = ingest_bytes(markup, name, name).documents
    return document


def test_a_docs_pages_heading_named_like_furniture_is_text():
    document = _document(DOCUSAURUS.read_bytes(), "index.html")
    assert "\n\nMengatur Sidebar\n\nDocusaurus membuat sidebar dari folder docs dengan sendirinya." in document.text
    assert "Pada halaman ini" not in document.text  # the collapsed table of contents' button


def test_a_sphinx_section_named_like_furniture_is_text():
    document = _document(SPHINX.encode("utf-8"), "panduan.html")
    assert "Berbagi Komentar\n\nWarga dapat memberi komentar pada setiap pengumuman desa" in document.text
    assert "Jadwal Layanan" in document.text and "Pencarian cepat" not in document.text


def test_a_built_docs_page_is_titled_without_the_sites_name():
    assert _document(DOCUSAURUS.read_bytes(), "index.html").title == "Membuat Dokumen"
