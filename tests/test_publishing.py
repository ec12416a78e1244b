"""Pages their generator does not publish now: Hugo's pages dated ahead or expired, Jekyll's
posts dated ahead. Left out like drafts, counted by their own reason, kept (as drafts) with
--include-drafts. The clock is fixed: every test passes the run's moment."""

from __future__ import annotations

import datetime as dt

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

NOW = dt.datetime(2024, 6, 1, 2, 0, tzinfo=dt.timezone.utc)

HUGO_PAGES = {
    "content/berita/panen-raya.md": "---\ntitle: Panen Raya di Desa Sukamaju\ndate: 2024-05-20\n---\nWarga memanen padi bersama.\n",
    "content/berita/jadwal-posyandu.md": (
        "---\ntitle: Jadwal Posyandu Juli\ndate: 2024-05-01\npublishDate: 2024-07-01\n---\nPosyandu dibuka setiap Selasa.\n"
    ),
    "content/berita/musyawarah-desa.md": "+++\ntitle = 'Musyawarah Desa Tahunan'\ndate = 2024-08-17T09:00:00+07:00\n+++\nMusyawarah membahas anggaran desa.\n",
    "content/berita/kerja-bakti.md": "---\ntitle: Kerja Bakti\npubdate: 2024-06-01T10:00:00+07:00\n---\nKerja bakti membersihkan selokan.\n",
    "content/lowongan/guru-honorer.md": (
        "---\ntitle: Lowongan Guru Honorer\ndate: 2024-01-10\nexpiryDate: 2024-03-01\n---\nSekolah dasar mencari guru honorer.\n"
    ),
    "content/lowongan/juru-tulis.md": (
        "---\ntitle: Lowongan Juru Tulis\ndate: 2024-01-10\nunpublishdate: 2024-12-31\n---\nKantor desa mencari juru tulis.\n"
    ),
}


def _site(root, pages: dict[str, str], config: str = "") -> str:
    for path, text in pages.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    if config:
        name, text = config.split("\n", 1)
        (root / name).write_text(text, encoding="utf-8")
    return str(root)


def _read(path: str, **options) -> tuple[dict, dict]:
    """The documents of ``path`` by file name, and the documents left out, by reason."""
    report = IngestReport()
    documents = list(read_documents([path], IngestOptions(now=NOW, **options), report))
    left_out = {reason: count for reason, count in report.skipped.items() if reason != "site code or configuration"}
    return {document.id.rsplit("/", 1)[-1]: document for document in documents}, left_out


def test_hugo_leaves_out_pages_dated_ahead_and_expired_pages(tmp_path):
    site = _site(tmp_path, HUGO_PAGES, "hugo.toml\nbaseURL = 'https://sukamaju.desa.id/'\n")
    kept, left_out = _read(site)
    assert sorted(kept) == ["juru-tulis.md", "panen-raya.md"]  # expires at the end of the year: published now
    assert left_out == {"not yet published": 3, "expired": 1}


def test_hugo_pages_not_published_now_are_kept_as_drafts_with_include_drafts(tmp_path):
    kept, left_out = _read(_site(tmp_path, HUGO_PAGES, "hugo.toml\ntitle = 'Sukamaju'\n"), include_drafts=True)
    assert len(kept) == len(HUGO_PAGES) and not left_out
    assert {name for name, document in kept.items() if document.draft} == {"jadwal-posyandu.md", "musyawarah-desa.md", "kerja-bakti.md", "guru-honorer.md"}


def test_an_explicit_draft_counts_as_a_draft_even_when_dated_ahead(tmp_path):
    pages = {"content/rencana.md": "---\ntitle: Rencana\ndraft: true\ndate: 2099-01-01\n---\nRencana kegiatan.\n"}
    _, left_out = _read(_site(tmp_path, pages, "hugo.toml\ntitle = 'Sukamaju'\n"))
    assert left_out == {"draft": 1}


def test_hugo_build_future_and_build_expired_publish_them(tmp_path):
    kept, left_out = _read(_site(tmp_path, HUGO_PAGES, "hugo.toml\nbuildFuture = true\nbuildExpired = true\n"))
    assert len(kept) == len(HUGO_PAGES) and not left_out
    assert not any(document.draft for document in kept.values())


def test_a_date_without_offset_is_in_the_site_time_zone(tmp_path):
    """08:00 in Jakarta is 01:00 UTC, before the run's 02:00 UTC; in UTC (no timeZone) it is ahead."""
    pages = {"content/pengumuman.md": "---\ntitle: Pengumuman\ndate: 2024-06-01T08:00:00\n---\nBalai desa tutup.\n"}
    jakarta = _site(tmp_path / "jakarta", pages, "hugo.yaml\ntimeZone: Asia/Jakarta\n")
    utc = _site(tmp_path / "utc", pages, "hugo.yaml\ntitle: Sukamaju\n")
    assert list(_read(jakarta)[0]) == ["pengumuman.md"]
    assert _read(utc)[1] == {"not yet published": 1}


def test_hugo_front_matter_configuration_names_the_date_keys(tmp_path):
    """``[frontmatter]``: ``:filename`` dates a page by its file or bundle name; a list
    without ``publishDate`` no longer reads it; ``:default`` is Hugo's own list."""
    pages = {
        "content/acara/2024-09-01-lomba-agustusan/index.md": "---\ntitle: Lomba\n---\nLomba balap karung.\n",
        "content/acara/rapat.md": "---\ntitle: Rapat\ntanggal_terbit: 2024-10-01\npublishDate: 2020-01-01\n---\nRapat RT.\n",
        "content/acara/lama.md": "---\ntitle: Lama\nberakhir: 2020-01-01\n---\nAcara lama.\n",
    }
    config = "hugo.toml\n[frontmatter]\npublishDate = [':filename', 'tanggal_terbit', ':default']\nexpiryDate = ['berakhir']\n"
    kept, left_out = _read(_site(tmp_path, pages, config))
    assert not kept and left_out == {"not yet published": 2, "expired": 1}


def test_the_file_modification_time_first_means_published(tmp_path):
    pages = {"content/acara.md": "---\ntitle: Acara\ndate: 2099-01-01\n---\nAcara desa.\n"}
    kept, _ = _read(_site(tmp_path, pages, "hugo.toml\n[frontmatter]\npublishDate = [':fileModTime', ':default']\n"))
    assert list(kept) == ["acara.md"]


def test_other_generators_publish_pages_dated_ahead(tmp_path):
    """Read as plain Markdown (no generator), a page is kept whatever its dates say."""
    kept, left_out = _read(_site(tmp_path, HUGO_PAGES), generator="markdown")
    assert len(kept) == len(HUGO_PAGES) and not left_out


JEKYLL_PAGES = {
    "_posts/2024-05-30-rapat-karang-taruna.md": "---\ntitle: Rapat Karang Taruna\n---\nPemuda desa berkumpul.\n",
    "_posts/2024-07-01-pentas-seni.md": "---\ntitle: Pentas Seni\n---\nPentas seni di lapangan desa.\n",
    "_posts/2024-05-01-jalan-sehat.md": "---\ntitle: Jalan Sehat\ndate: 2024-08-17 07:00:00 +0700\n---\nJalan sehat keliling desa.\n",
    "agenda.md": "---\ntitle: Agenda\ndate: 2099-01-01\n---\nAgenda kegiatan desa.\n",
}


def test_jekyll_leaves_out_posts_dated_ahead_unless_future_is_set(tmp_path):
    """Jekyll's ``future`` is false by default: a post dated ahead (front matter ``date``, else
    its file name) is not built; a page (not in ``_posts/``) is, whatever its date."""
    kept, left_out = _read(_site(tmp_path / "a", JEKYLL_PAGES, "_config.yml\ntitle: Karang Taruna\n"))
    assert sorted(kept) == ["2024-05-30-rapat-karang-taruna.md", "agenda.md"]
    assert left_out == {"not yet published": 2}
    kept, left_out = _read(_site(tmp_path / "b", JEKYLL_PAGES, "_config.yml\nfuture: true\n"))
    assert len(kept) == len(JEKYLL_PAGES) and not left_out


def test_an_index_reads_the_site_again_when_its_publishing_settings_change(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    site.mkdir()
    _site(site, HUGO_PAGES, "hugo.toml\ntitle = 'Sukamaju'\n")
    assert index_paths(directory, [str(site)], IngestOptions(now=NOW)).added == 2
    _site(site, {}, "hugo.toml\nbuildExpired = true\n")
    again = index_paths(directory, [str(site)], IngestOptions(now=NOW))
    assert "publish" in again.reread[str(site)] and again.added == 1


def test_an_index_removes_a_page_at_the_first_run_after_it_expires(tmp_path):
    """An index reads a file again once a page of it has expired (its bytes unchanged), and
    a page dated ahead at the first run after its date."""
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    site.mkdir()
    _site(site, HUGO_PAGES, "hugo.toml\ntitle = 'Sukamaju'\n")
    assert index_paths(directory, [str(site)], IngestOptions(now=NOW)).added == 2
    assert index_paths(directory, [str(site)], IngestOptions(now=NOW)).removed == 0
    later = index_paths(directory, [str(site)], IngestOptions(now=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)))
    assert (later.added, later.removed) == (3, 1)  # the three pages dated ahead; juru-tulis.md expired
    assert get_records(directory, "content/lowongan/juru-tulis.md") == []
    assert get_records(directory, "content/berita/panen-raya.md")
