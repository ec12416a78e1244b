"""Finding inputs: directories, archives, skips, links, and files that cannot be read."""

import io
import os
import signal

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.ingest.formats import BACKUP_FILE, BUILT_SITE_SKIPPED, EDITOR_FILE, FOLDER_FILE, LFS_POINTER, QUERY_COPY
from arsip.ingest.pipeline import read_documents
from arsip.ingest.sources import NESTED_ARCHIVE
from arsip.ingest.results import IngestReport

from .conftest import tar_of, zip_of

POST = "---\ntitle: Pos {n}\ndate: 2015-01-0{n}\n---\nIsi pos {n}.\n"
LFS_POINTER_TEXT = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 48213\n"


def _run(paths):
    report = IngestReport()
    documents = list(read_documents([str(p) for p in paths], report=report))
    return documents, report


def test_directory_is_read_recursively_with_stable_relative_ids(tmp_path, write):
    write("site/_posts/2015-01-01-a.md", POST.format(n=1))
    write("site/halaman/b.markdown", POST.format(n=2))
    write("site/.git/config.md", POST.format(n=3))
    write("site/_site/built.html", "<html><body>dibangun</body></html>")
    write("site/node_modules/x/readme.md", POST.format(n=4))
    write("site/static/foto.jpg", b"\xff\xd8\xff\xe0")
    write("site/_config.yml", "title: situs\n")
    documents, report = _run([tmp_path / "site"])
    assert [d.id for d in documents] == ["_posts/2015-01-01-a.md", "halaman/b.markdown"]
    assert report.skipped == {"binary": 1, "site code or configuration": 1, BUILT_SITE_SKIPPED: 1}  # _site/ counted once
    assert report.failures == []


def test_a_single_file_is_identified_by_its_name(write):
    path = write("dir/catatan.md", POST.format(n=1))
    documents, _ = _run([path])
    assert documents[0].id == "catatan.md"


def test_zip_and_tar_archives_are_read_without_extracting(tmp_path):
    zip_of({"_posts/a.md": POST.format(n=1), "gambar/x.png": b"\x89PNG\r\n\x1a\n"}, tmp_path / "ekspor.zip")
    tar_of({"situs/b.md": POST.format(n=2)}, tmp_path / "ekspor.tar.gz")
    documents, report = _run([tmp_path])
    assert [d.id for d in documents] == ["ekspor.tar.gz!/situs/b.md", "ekspor.zip!/_posts/a.md"]
    assert report.skipped == {"binary": 1}
    assert sorted(os.listdir(tmp_path)) == ["ekspor.tar.gz", "ekspor.zip"]


def test_zip_slip_members_are_refused_and_nothing_is_written(tmp_path):
    zip_of({"../../luar.md": POST.format(n=1), "/etc/mutlak.md": POST.format(n=2), "baik.md": POST.format(n=3)}, tmp_path / "jahat.zip")
    documents, report = _run([tmp_path / "jahat.zip"])
    assert [d.id for d in documents] == ["jahat.zip!/baik.md"]
    assert len(report.failures) == 2
    assert all("unsafe member path" in f.reason for f in report.failures)
    assert not (tmp_path.parent / "luar.md").exists()


def test_zip_bomb_is_stopped_by_the_size_limit(tmp_path):
    from arsip.ingest.results import IngestOptions

    zip_of({"besar.md": "a" * 5_000_000}, tmp_path / "bom.zip")
    report = IngestReport()
    documents = list(read_documents([str(tmp_path / "bom.zip")], IngestOptions(max_bytes=1_000_000), report))
    assert documents == []
    assert "over the 1 MB limit" in report.failures[0].reason


def test_bad_files_are_failures_with_reasons_and_the_run_goes_on(tmp_path, write):
    write("kosong.md", "")
    write("foto.md", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    write("baik.md", POST.format(n=1))
    (tmp_path / "putus.md").symlink_to(tmp_path / "tidak-ada.md")
    documents, report = _run([tmp_path])
    assert [d.id for d in documents] == ["baik.md"]
    reasons = {os.path.basename(f.path): f.reason for f in report.failures}
    assert reasons == {
        "kosong.md": "empty file",
        "foto.md": "binary content (JPEG image)",
        "putus.md": "broken symbolic link",
    }


ELEVENTY_CONFIG = {"eleventy.config.js": "module.exports = {};\n"}


@pytest.mark.parametrize(
    "site, page, pipe, given",
    [
        ({}, "source/_posts/pos.md", "antrean.md", "."),  # a file whose first lines would tell the generator
        ({}, "source/_posts/pos.md", "package.json", "source"),  # read to know whether source/ is Hexo's content
        (ELEVENTY_CONFIG, "posts/pos.md", ".eleventyignore", "."),
        (ELEVENTY_CONFIG, "posts/pos.md", "posts/posts.11tydata.json", "."),  # data that may set permalinks
    ],
)
def test_a_named_pipe_is_counted_and_never_opened(tmp_path, write, site, page, pipe, given):
    """Opening a named pipe waits for a writer for ever: the run would hang."""
    for name, text in site.items():
        write(name, text)
    write(page, POST.format(n=1))
    os.mkfifo(tmp_path / pipe)
    signal.signal(signal.SIGALRM, _hung)
    signal.alarm(60)
    try:
        documents, report = _run([tmp_path / given])
    finally:
        signal.alarm(0)
    assert [d.title for d in documents] == ["Pos 1"]
    assert report.skipped.get("not a regular file", 0) == (given == ".")


def _hung(signum, frame):
    raise AssertionError("the run waited on a named pipe")


def test_links_out_of_the_root_are_not_followed(tmp_path, write):
    outside = write("luar/rahasia.md", POST.format(n=1))
    write("akar/baik.md", POST.format(n=2))
    (tmp_path / "akar" / "tautan.md").symlink_to(outside)
    (tmp_path / "akar" / "putaran").symlink_to(tmp_path / "akar")  # a directory loop
    documents, report = _run([tmp_path / "akar"])
    assert [d.id for d in documents] == ["baik.md"]
    assert report.skipped["symbolic link out of the input root"] == 1


def test_many_files_use_worker_processes_and_keep_order(tmp_path, write):
    from arsip.ingest.results import IngestOptions

    for n in range(260):
        write(f"banyak/{n:03d}.md", f"---\ntitle: Dokumen {n}\n---\nIsi {n}.\n")
    documents = list(read_documents([str(tmp_path / "banyak")], IngestOptions(workers=2)))
    assert [d.title for d in documents] == [f"Dokumen {n}" for n in range(260)]


def test_permission_denied_is_reported_even_for_root(tmp_path, write, monkeypatch):
    write("rahasia.md", POST.format(n=1))
    write("biasa.md", POST.format(n=2))
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if str(path).endswith("rahasia.md"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("arsip.ingest.pipeline.open", guarded_open, raising=False)
    documents, report = _run([tmp_path])
    assert [d.id for d in documents] == ["biasa.md"]
    assert report.failures[0].reason == "permission denied"


def test_copies_of_a_page_saved_from_wordpress_query_links_are_skipped(tmp_path, write):
    page = "<html><body><article><h1>Banjir Kampung Pulo</h1><p>Air naik selepas isya.</p></article></body></html>"
    write("cermin/2020/02/banjir/index.html", page)
    write("cermin/2020/02/banjir/index.html?replytocom=12.html", page)
    write("cermin/2020/02/banjir/index.html?share=facebook", page)
    write("cermin/berita.php?id=12.html", page.replace("Banjir Kampung Pulo", "Berita dua belas"))
    documents, report = _run([tmp_path / "cermin"])
    assert sorted(d.id for d in documents) == ["2020/02/banjir/index.html", "berita.php?id=12.html"]
    assert report.skipped == {QUERY_COPY: 2}


def test_pages_a_crawler_saved_under_php_names_are_read_and_php_code_is_not(tmp_path, write):
    """``wget -m`` of a PHP site keeps ``profil.php`` as it was served: HTML, no PHP in it."""
    page = "<!DOCTYPE html><html><head><title>{title} | Desa Sukamaju</title></head><body><main><h1>{title}</h1><p>{text}</p></main></body></html>"
    write("cermin/profil.php", page.format(title="Profil Desa", text="Desa Sukamaju terletak di kaki gunung."))
    write("cermin/berita.php?id=12", page.format(title="Panen Raya", text="Warga memanen padi bersama."))
    write("cermin/config.php", '<?php\ndefine("DB_NAME", "desa");\n')
    write("cermin/tema/header.php", '<!DOCTYPE html>\n<html <?php language_attributes(); ?>>\n<head><title><?= $judul ?></title></head>\n')
    documents, report = _run([tmp_path / "cermin"])
    assert sorted((d.id, d.format, d.title) for d in documents) == [("berita.php?id=12", "html", "Panen Raya"), ("profil.php", "html", "Profil Desa")]
    assert report.skipped == {"site code or configuration": 2} and report.failures == []


def test_api_answers_a_crawler_saved_as_pages_are_counted_not_read(tmp_path, write):
    """``wget -m`` of a WordPress site keeps ``/wp-json/`` and ``/wp-json/wp/v2/posts/`` as
    ``index.html`` files holding JSON: the site's pages are read from the pages."""
    write("cermin/berita/panen/index.html", "<!DOCTYPE html><html><head><title>Panen Raya</title></head><body><main><h1>Panen Raya</h1><p>Warga memanen padi bersama.</p></main></body></html>")
    write("cermin/wp-json/index.html", '\ufeff{"name": "Desa Sukamaju", "description": "Situs resmi desa", "routes": {"/": {"namespace": ""}}}')
    write("cermin/wp-json/wp/v2/posts/index.html", '\n[{"id": 12, "title": {"rendered": "Panen Raya"}, "content": {"rendered": "<p>Warga memanen padi bersama.</p>"}}]')
    write("cermin/catatan.html", "[Catatan] Halaman ini berisi {jadwal} rapat warga tanpa tag HTML.")  # starts as JSON does, but is none
    documents, report = _run([tmp_path / "cermin"])
    assert sorted(d.id for d in documents) == ["berita/panen/index.html", "catatan.html"]
    assert report.skipped == {"not a document: JSON data saved as a page (a site's API answer a crawler kept, such as WordPress's wp-json/)": 2}


def test_folder_metadata_and_marker_files_are_counted_not_failed(tmp_path, write):
    apple_double = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x01"
    write("situs/_config.yml", "title: Kabar Desa\nurl: https://kabar.desa.id\n")
    write("situs/_posts/2020-01-02-halo.md", POST.format(n=2))
    write("situs/_posts/._2020-01-02-halo.md", apple_double)
    write("situs/.DS_Store", b"\x00\x00\x00\x01Bud1\x00\x10\x00\x00")
    write("situs/Thumbs.db", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00")
    write("situs/.nojekyll", b"")
    write("situs/gambar/.gitkeep", b"")
    write("situs/robots.txt", "User-agent: *\nDisallow: /wp-admin/\n")
    write("situs/_posts/2020-01-02-halo.md~", POST.format(n=1))  # an older state of the post
    write("situs/_posts/#2020-01-02-halo.md#", POST.format(n=3))
    write("situs/_posts/.2020-01-02-halo.md.swp", b"b0VIM 8.2\x00\x00\x10\x00")
    write("situs/halaman/tentang.md.bak", POST.format(n=4))
    write("situs/kosong.md", b"")  # an empty page is still a failure
    write("situs/laporan.md", LFS_POINTER_TEXT)  # and so is a page whose content is not there
    documents, report = _run([tmp_path / "situs"])
    assert [d.id for d in documents] == ["_posts/2020-01-02-halo.md"]
    assert report.skipped == {FOLDER_FILE: 5, EDITOR_FILE: 4, "site code or configuration": 2}
    assert [(os.path.basename(f.path), f.reason) for f in report.failures] == [("kosong.md", "empty file"), ("laporan.md", LFS_POINTER)]


def test_a_themes_translation_catalogs_are_counted_not_read_or_failed(tmp_path, write):
    """A Pelican or Sphinx theme's gettext catalogs: its interface strings (``.po``, ``.pot``)
    and their compiled form (``.mo``, with NUL bytes), beside the theme's templates."""
    write("tema/translations/messages.pot", 'msgid ""\nmsgstr ""\n\nmsgid "Read more"\nmsgstr ""\n')
    write("tema/translations/id/LC_MESSAGES/messages.po", 'msgid "Read more"\nmsgstr "Baca selengkapnya"\n')
    write("tema/translations/id/LC_MESSAGES/messages.mo", b"\xde\x12\x04\x95\x00\x00\x00\x00\x02\x00\x00\x00")
    write("tema/catatan.md", POST.format(n=1))
    documents, report = _run([tmp_path / "tema"])
    assert [d.id for d in documents] == ["catatan.md"]
    assert report.skipped == {"binary": 1, "site code or configuration": 2} and report.failures == []


def test_python_dependency_lists_are_counted_as_site_code(tmp_path, write):
    """pip's requirements files beside a site's sources: no page (a plain folder's too)."""
    write("situs/requirements.txt", "pelican[markdown]==4.9.1\ninvoke\n")
    write("situs/requirements-dev.txt", "-r requirements.txt\npytest\n")
    write("situs/docs/requirements.txt", "mkdocs-material==9.5.3\n")
    write("situs/persyaratan.txt", "Persyaratan pendaftaran: fotokopi KTP dan kartu keluarga.\n")
    documents, report = _run([tmp_path / "situs"])
    assert [d.id for d in documents] == ["persyaratan.txt"]
    assert report.skipped == {"site code or configuration": 3}


def test_a_zip_made_on_a_mac_is_read_as_the_folder_it_holds(tmp_path, write):
    """Finder's zip holds ``__MACOSX/situs/._name`` beside ``situs/``: neither a second folder
    of the archive (the site in ``situs/`` keeps its configuration) nor failed files."""
    apple_double = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x01"
    archive = tmp_path / "ekspor.zip"
    zip_of(
        {
            "situs/_config.yml": "title: Kabar Desa\nurl: https://kabar.desa.id\n",
            "situs/_posts/2020-01-02-halo.md": POST.format(n=2),
            "__MACOSX/situs/._config.yml": apple_double,
            "__MACOSX/situs/_posts/._2020-01-02-halo.md": apple_double,
        },
        archive,
    )
    documents, report = _run([archive])
    [document] = documents
    assert document.generator == "jekyll" and document.url == "https://kabar.desa.id/2015/01/02/halo.html"
    assert report.failures == []


def test_a_zip_written_with_backslashes_is_read_by_its_folders(tmp_path):
    """Windows PowerShell's Compress-Archive writes ``situs\\_posts\\halo.md``: the page is in
    ``_posts/`` of the Jekyll site ``situs/`` (its url, its id), and its folder entries are no files."""
    archive = tmp_path / "ekspor.zip"
    zip_of(
        {
            "situs\\": b"",
            "situs\\_config.yml": "title: Kabar Desa\nurl: https://kabar.desa.id\n",
            "situs\\_posts\\": b"",
            "situs\\_posts\\2020-01-02-halo.md": POST.format(n=2),
            "situs\\..\\..\\luar.md": POST.format(n=3),
        },
        archive,
    )
    documents, report = _run([archive])
    [document] = documents
    assert document.id == "ekspor.zip!/situs/_posts/2020-01-02-halo.md"
    assert document.generator == "jekyll" and document.url == "https://kabar.desa.id/2015/01/02/halo.html"
    assert [f.reason for f in report.failures] == ["unsafe member path (absolute or with '..'); not read"]


def test_an_archive_inside_an_archive_is_counted_not_failed(tmp_path):
    """A zipped site repository holding a download pack (``static/unduhan/logo-desa.zip``) and a
    backup (``cadangan.tar.gz``): both are counted as not opened, where each failed the run as
    binary content."""
    inner = zip_of({"BACA.txt": "Paket logo resmi Desa Sukamaju.\n"}, io.BytesIO())
    zip_of({"situs/_posts/2015-01-01-a.md": POST.format(n=1), "situs/static/unduhan/logo-desa.zip": inner.getvalue(), "situs/cadangan.tar.gz": b"\x1f\x8b\x08\x00"}, tmp_path / "situs.zip")
    documents, report = _run([tmp_path / "situs.zip"])
    assert [d.id for d in documents] == ["situs.zip!/situs/_posts/2015-01-01-a.md"]
    assert report.skipped == {NESTED_ARCHIVE: 2}
    assert report.failures == []


def test_an_output_written_into_the_folder_read_is_not_read_while_written(tmp_path, write, monkeypatch):
    write("baik.md", POST.format(n=1))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(arsip, ["ingest", ".", "--out", "dokumen.jsonl"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().endswith(f"1 document, 0 repaired, 0 with problems, 0 failed; skipped: 1 {BACKUP_FILE}")
    assert sorted(os.listdir(tmp_path)) == ["baik.md", "dokumen.jsonl"]
