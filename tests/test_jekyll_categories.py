"""A Jekyll post's categories are its ``page.categories``: the folders above its ``_posts``
folder first (``Document#categories_from_path``), then those of its front-matter defaults
and front matter (a string split at spaces, ``category`` after ``categories``), as Jekyll 4
makes them; a folder below ``_posts`` is not one. Labels keep their spelling; arsip's
rules (commas split, one term per key, first spelling wins) still apply."""

from pathlib import Path

from arsip.ingest.sites.jekyll.urls import post_categories
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

SITE = Path(__file__).parent / "data" / "jekyll-urls"


def _categories(root: Path, **options) -> dict[str, list[str]]:
    documents = read_documents([str(root)], IngestOptions(include_drafts=True, **options))
    return {document.id: [term.label for term in document.categories] for document in documents}


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_fixture_sites_posts_have_the_categories_its_urls_were_built_from():
    """The categories the real build put in these posts' URLs (``/berita/acara%20desa/…``,
    ``/laporan/keuangan/desa/…``), with their labels as written."""
    categories = _categories(SITE)
    assert categories["berita/_posts/2016-08-17-upacara-kemerdekaan.markdown"] == ["berita", "Acara Desa"]
    assert categories["_posts/laporan/2020-01-02-laporan-tahunan.md"] == ["Laporan", "Keuangan", "Desa"]  # defaults, then "Keuangan Desa" split
    assert categories["_posts/2015-03-02-pelatihan-jurnalisme-warga.md"] == ["Pelatihan", "Media Komunitas"]
    assert categories["tentang.md"] == []


def test_folders_above_posts_are_categories_even_without_a_configuration(tmp_path):
    """A Jekyll export without ``_config.yml`` or ``url`` (like a copied ``_posts`` tree)."""
    site = _write(tmp_path / "blog", {
        "_posts/2020-03-01-kerja-bakti.md": "---\ntitle: Kerja Bakti\ncategories: [Warga]\n---\nWarga membersihkan selokan.\n",
        "Berita/Daerah/_posts/2020-01-02-banjir.md": "---\ntitle: Banjir di Hilir\ncategories: [Bencana, berita]\n---\nAir sungai meluap.\n",
        "_posts/arsip-lama/2019-05-06-pengumuman.md": "---\ntitle: Pengumuman Lama\ncategory: Pengumuman\n---\nKantor desa tutup.\n",
        "opini/_drafts/tanggapan-warga.md": "---\ntitle: Tanggapan Warga\n---\nWarga menanggapi rencana jalan baru.\n",
    })
    categories = _categories(site)
    assert categories["Berita/Daerah/_posts/2020-01-02-banjir.md"] == ["Berita", "Daerah", "Bencana"]  # "berita" is "Berita"
    assert categories["_posts/arsip-lama/2019-05-06-pengumuman.md"] == ["Pengumuman"]  # a folder below _posts is not one
    assert categories["opini/_drafts/tanggapan-warga.md"] == ["opini"]
    assert categories["_posts/2020-03-01-kerja-bakti.md"] == ["Warga"]


def test_only_a_jekyll_site_has_folder_categories(tmp_path):
    site = _write(tmp_path / "catatan", {
        "_posts/2020-01-01-tahun-baru.md": "---\ntitle: Tahun Baru\n---\nWarga berkumpul.\n",
        "berita/_posts/2020-01-02-banjir.md": "---\ntitle: Banjir\ncategories: Bencana Alam\n---\nAir meluap.\n",
    })
    assert _categories(site)["berita/_posts/2020-01-02-banjir.md"] == ["berita", "Bencana", "Alam"]
    assert _categories(site, generator="markdown")["berita/_posts/2020-01-02-banjir.md"] == ["Bencana Alam"]


def test_a_post_categories_are_read_as_jekyll_reads_them():
    fields = {"categories": "Kabar Desa, Ekonomi", "category": 2024}
    assert post_categories("kabar/_posts/2024-01-01-pasar.md", fields, None) == ["kabar", "Kabar", "Desa,", "Ekonomi", "2024"]
    assert post_categories("_posts/kabar/2024-01-01-pasar.md", {}, None) == []
    assert post_categories("_tema/_posts/2024-01-01-pasar.md", {}, None) is None  # Jekyll reads no posts there
    assert post_categories("halaman/tentang.md", {}, None) is None
