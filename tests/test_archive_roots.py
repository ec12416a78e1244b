"""An archive is a root of its own: one look into it gives its generator and its site
configuration (base URL, language); a .tar.gz is read once more for it, member names
only, up to a limit past which its documents say detection stopped."""

import os
import tarfile
import tracemalloc
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.sites import generators
from arsip.ingest import limits
from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.site import CONFIG_FILES, parse_config

from .conftest import archive_of, tar_of

#: A Hugo site in English (dates month-first) and a Jekyll site with a base path.
SITES = {
    "hugo": {
        "hugo.toml": 'baseURL = "https://kabar.contoh.id/"\nlanguageCode = "en-US"\ntitle = "Kabar Waena"\n',
        "content/berita/posko.md": '+++\ntitle = "Posko Dibuka"\nslug = "posko-waena"\ndate = "03/04/2019"\n+++\n\n'
        "Posko pengungsian kedua dibuka di halaman gereja Waena.\n",
    },
    # the configuration in Hugo's configuration folder (as the Blowfish theme sets it up)
    "hugo-dir": {
        "config/_default/hugo.toml": 'theme = "blowfish"\nbaseURL = "https://warta.contoh.id/"\ndefaultContentLanguage = "id"\n',
        "content/kegiatan/kerja-bakti.md": '---\ntitle: Kerja Bakti\nslug: kerja-bakti-rt-05\n---\n\n'
        "Warga membersihkan saluran air sebelum musim hujan.\n",
    },
    "jekyll": {
        "_config.yml": "title: Catatan Pesisir\nurl: https://blog.contoh.id\nbaseurl: /catatan\nlang: en\n",
        "_posts/2015-03-02-pelatihan.md": "---\ntitle: Pelatihan Jurnalisme Warga\npermalink: /pelatihan-warga/\n---\n"
        "Pelatihan diadakan di Makassar selama tiga hari.\n",
    },
}
EXPECTED_URLS = {
    "hugo": {"content/berita/posko.md": "https://kabar.contoh.id/berita/posko-waena/"},
    "hugo-dir": {"content/kegiatan/kerja-bakti.md": "https://warta.contoh.id/kegiatan/kerja-bakti-rt-05/"},
    "jekyll": {"_posts/2015-03-02-pelatihan.md": "https://blog.contoh.id/catatan/pelatihan-warga/"},
}


def _write_site(folder, site: str) -> None:
    for name, text in SITES[site].items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def _site_files(site: str, config_last: bool = False) -> dict[str, bytes]:
    """The files of ``site``: its configuration file first, or last (order must not matter)."""
    names = sorted(SITES[site], key=lambda name: (name in CONFIG_FILES) == config_last)
    return {name: SITES[site][name].encode("utf-8") for name in names}


@pytest.mark.parametrize(
    "site, name, prefix",
    [
        ("hugo", "situs.zip", ""), ("hugo", "situs.tar.gz", "situs/"), ("jekyll", "blog.tar.gz", ""), ("jekyll", "blog.zip", "blog-lama/"),
        ("hugo-dir", "warta.zip", ""), ("hugo-dir", "warta.tar.gz", "warta/"),
    ],
)
def test_archive_members_get_the_site_configuration_of_the_unpacked_site(tmp_path, site, name, prefix):
    unpacked = tmp_path / "unpacked"
    _write_site(unpacked, site)
    expected = {document.id: document for document in read_documents([str(unpacked)])}
    archive_of(_site_files(site, config_last=True), tmp_path / name, prefix)
    packed = {document.id.split("!/", 1)[1].removeprefix(prefix): document for document in read_documents([str(tmp_path / name)])}
    assert set(packed) == set(expected) == set(EXPECTED_URLS[site])
    for document_id, url in EXPECTED_URLS[site].items():
        assert expected[document_id].url == url
        assert packed[document_id].url == url
        assert packed[document_id].date == expected[document_id].date
        assert packed[document_id].generator == expected[document_id].generator == site.split("-")[0]


def test_the_site_language_of_an_archive_sets_the_day_month_order(tmp_path):
    archive_of(_site_files("hugo"), tmp_path / "situs.tar.gz", "situs/")
    (document,) = read_documents([str(tmp_path / "situs.tar.gz")])
    assert document.date.startswith("2019-03-04")  # en-US: month first (Indonesian would be 3 April)


def test_a_changed_configuration_inside_an_archive_rereads_its_members(tmp_path):
    folder = tmp_path / "ekspor"
    folder.mkdir()
    archive_of(_site_files("hugo"), folder / "situs.zip")
    directory = tmp_path / "index"
    assert index_paths(directory, [str(folder)]).added == 1
    assert index_paths(directory, [str(folder)]).unchanged == 1
    files = _site_files("hugo")
    files["hugo.toml"] = b'baseURL = "https://arsip.contoh.id/"\nlanguageCode = "en-US"\n'
    archive_of(files, folder / "situs.zip")
    report = index_paths(directory, [str(folder)])
    assert report.updated == 1 and "base URL" in report.reread[str(folder / "situs.zip")]
    (record,) = get_records(directory, "situs.zip!/content/berita/posko.md")
    assert record["url"] == "https://arsip.contoh.id/berita/posko-waena/"


def _photos() -> dict[str, bytes]:
    """160 incompressible photos of 8 KB: a .tar.gz of about 1.3 MB, read as a stream."""
    return {f"static/foto-{number:03}.jpg": os.urandom(8 * 1024) for number in range(160)}


class _CountingReads:
    """Counts the bytes read from files opened as tar streams (``tarfile.open(name, "r|*")``)."""

    def __init__(self, monkeypatch) -> None:
        self.bytes = 0
        original = tarfile._LowLevelFile.read

        def read(file, size):
            data = original(file, size)
            self.bytes += len(data)
            return data

        monkeypatch.setattr(tarfile._LowLevelFile, "read", read)


def test_a_marker_far_into_a_tar_gz_is_seen(tmp_path, monkeypatch):
    """``tar czf`` lists files in the order the file system gives them: the configuration
    may come after megabytes of photos. The look reads the stream once more, not more."""
    photos = {f"static/foto-besar-{number}.jpg": os.urandom(1024 * 1024) for number in range(10)}  # 10 MB
    archive_of(photos | _site_files("hugo", config_last=True), tmp_path / "situs.tar.gz", "situs/")
    size = (tmp_path / "situs.tar.gz").stat().st_size
    counted = _CountingReads(monkeypatch)
    (document,) = read_documents([str(tmp_path / "situs.tar.gz")])
    assert document.generator == "hugo" and document.url == "https://kabar.contoh.id/berita/posko-waena/"
    assert not [problem for problem in document.problems if problem.field == "generator"]
    assert 2 * size <= counted.bytes <= 2 * size + 32 * 1024  # once for the look, once read (+ read buffers)


def test_a_look_that_stops_early_says_where_on_every_document(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "TAR_LOOK_BYTES", 1024 * 1024)
    archive_of(_photos() | _site_files("hugo", config_last=True), tmp_path / "situs.tar.gz", "situs/")  # 1.3 MB of photos first
    size = (tmp_path / "situs.tar.gz").stat().st_size
    counted = _CountingReads(monkeypatch)
    (document,) = read_documents([str(tmp_path / "situs.tar.gz")])
    assert size < counted.bytes <= size + 1024 * 1024 + 16 * 1024  # once whole, and the look's start (+ a read buffer)
    assert document.generator == "markdown" and document.url is None  # hugo.toml comes after the limit
    [problem] = [problem for problem in document.problems if problem.field == "generator"]
    assert problem.reason.startswith("the archive's generator and site configuration were judged from its first 1 MB:")
    assert "detection stopped after member 'situs/static/foto-1" in problem.reason


def test_an_indexed_tar_gz_in_a_folder_named_relatively_is_looked_into_once(tmp_path, monkeypatch):
    look = 64 * 1024
    monkeypatch.setattr(limits, "TAR_LOOK_BYTES", look)
    folder = tmp_path / "ekspor"
    folder.mkdir()
    files = _site_files("hugo") | _photos()
    archive_of(files, folder / "situs.tar.gz", "situs/")
    size = (folder / "situs.tar.gz").stat().st_size
    monkeypatch.chdir(tmp_path)
    assert index_paths(tmp_path / "index", ["ekspor"]).added == 1
    counted = _CountingReads(monkeypatch)
    assert index_paths(tmp_path / "index", ["ekspor"]).unchanged == 1  # checks the generator it was indexed with
    assert size < counted.bytes <= size + look + 16 * 1024


@pytest.mark.parametrize(
    "site, page, url",
    [
        ("hugo-tema", "content/kegiatan/Laporan Tahunan.en.md", "https://catatan.contoh.id/en/kegiatan/laporan-tahunan/"),
        ("hugo-bahasa", "content/id/berita/panen-jagung.md", "https://kabar.contoh.id/berita/panen-jagung/"),
    ],
)
def test_a_hugo_site_packed_whole_gets_the_urls_of_the_unpacked_site(tmp_path, site, page, url):
    """Its configuration folder (``config/_default/``: base URL, ``languages.en.toml``, a
    ``languages.yaml`` with content folders) is read inside the archive as on disk, so every
    page is placed where Hugo publishes it."""
    folder = Path(__file__).parent / "data" / "sites" / site
    files = {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}
    archive_of(files, tmp_path / "situs.zip", "situs/")
    unpacked = {document.id: document.url for document in read_documents([str(folder)])}
    packed = {document.id.split("!/situs/", 1)[1]: document.url for document in read_documents([str(tmp_path / "situs.zip")])}
    assert packed == unpacked
    assert unpacked[page] == url


def test_hugo_configuration_keys_are_read_in_any_case():
    """Hugo reads its keys in any case: ``baseurl`` (as on MuryP's Indonesian site) is ``baseURL``."""
    site = parse_config("config.toml", 'baseurl = "https://belajar.contoh.id/"\nlanguageCode = "id-id"\nUglyURLs = true\n[Permalinks]\n  blog = "/:slug/"\n')
    assert (site.base_url, site.lang, site.hugo_paths.permalinks, site.hugo_paths.ugly) == ("https://belajar.contoh.id/", "id-id", (("blog", "/:slug/"),), True)
    site = parse_config("hugo.toml", 'baseURL = "https://contoh.id/"\nDefaultContentLanguage = "id"\n[languages.en]\n  weight = 2\n')
    assert site.hugo_paths.languages == ("id", "en")


def test_looking_into_a_tar_gz_of_many_members_keeps_only_the_names_that_may_mark_a_site(tmp_path):
    """The look reads every member's name; memory must not grow with their number: it peaks
    where reading the stream alone does (5,000 names in one folder are about half a megabyte)."""
    tar_of({f"halaman-kosong-nomor-{number:06}.md": b"" for number in range(5_000)}, tmp_path / "situs.tar.gz", "situs/")
    tracemalloc.start()
    try:
        with tarfile.open(tmp_path / "situs.tar.gz", "r|*") as opened:
            for _ in opened:
                opened.members.clear()
        reading = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        site = generators.look_into_archive(str(tmp_path / "situs.tar.gz"))
        looking = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert site.site.folder == "situs/"
    assert looking < reading + 128 * 1024
