"""Jekyll's drafts: a ``_drafts`` folder at the top of the site and in every folder Jekyll
reads (``opini/_drafts/``, ``Reader#retrieve_posts``) holds unpublished posts, left out
unless --include-drafts; a ``_drafts`` folder inside a ``_`` folder Jekyll does not read,
or in another generator's site below the top, is an ordinary folder."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

POSTS = {
    "_posts/2020-01-02-kerja-bakti.md": "---\ntitle: Kerja Bakti\n---\nWarga membersihkan selokan desa.\n",
    "_drafts/rencana-festival.md": "---\ntitle: Rencana Festival\n---\nPanitia menyusun rencana festival.\n",
    "opini/_drafts/tanggapan-warga.md": "---\ntitle: Tanggapan Warga\n---\nWarga menanggapi rencana jalan baru.\n",
    "kabar/daerah/_drafts/banjir.md": "---\ntitle: Banjir di Hilir\n---\nAir sungai meluap ke sawah.\n",
    "opini/_posts/2020-01-03-jalan-baru.md": "---\ntitle: Jalan Baru\n---\nJalan baru dibuka untuk umum.\n",
}


def _site(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _read(root: Path, **options) -> tuple[dict[str, bool], IngestReport]:
    report = IngestReport()
    documents = read_documents([str(root)], IngestOptions(**options), report)
    return {document.id: document.draft for document in documents}, report


def test_drafts_in_any_folder_jekyll_reads_are_left_out(tmp_path):
    site = _site(tmp_path / "blog", {"_config.yml": "title: Kabar Desa\n", **POSTS})
    published, report = _read(site)
    assert sorted(published) == ["_posts/2020-01-02-kerja-bakti.md", "opini/_posts/2020-01-03-jalan-baru.md"]
    assert report.skipped["draft"] == 3
    kept, _ = _read(site, include_drafts=True)
    assert [name for name, draft in kept.items() if draft] == ["_drafts/rencana-festival.md", "kabar/daerah/_drafts/banjir.md", "opini/_drafts/tanggapan-warga.md"]


def test_drafts_folders_jekyll_does_not_read_and_other_generators_are_ordinary(tmp_path):
    jekyll = _site(tmp_path / "blog", {"_config.yml": "title: Kabar Desa\n", "_arsip/_drafts/catatan.md": POSTS["opini/_drafts/tanggapan-warga.md"]})
    assert _read(jekyll, include_all=True)[0] == {"_arsip/_drafts/catatan.md": False}
    hugo = _site(tmp_path / "situs", {"hugo.toml": "title = 'Kabar Desa'\n", "content/opini/_drafts/catatan.md": POSTS["opini/_drafts/tanggapan-warga.md"]})
    assert _read(hugo)[0] == {"content/opini/_drafts/catatan.md": False}
