"""Generator detection per root, the --generator override, and re-reading a root whose
generator changed."""

import json
import shutil
import zipfile

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.sites.generators import GENERATORS, detect_generator
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions
from arsip.ingest.sites.syntax import SYNTAXES

from .conftest import files_of, tar_of, zip_of
from .test_sites import SITES

TLDR_PAGE = "pages/common/tar.md"


def test_every_generator_has_a_syntax():
    assert set(GENERATORS) == set(SYNTAXES)


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"_config.yml": "title: x\n", "a.md": "Isi.\n"}, "jekyll"),
        ({"a.md": "---\ntitle: x\n---\n{% include kepala.html %}\n"}, "jekyll"),
        ({"hugo.toml": "title = 'x'\n"}, "hugo"),
        ({"config.toml": "title = 'x'\n", "content/a.md": "Isi.\n"}, "hugo"),
        ({"config.yml": "baseURL: https://contoh.id\n", "content/post/a.md": "---\ntitle: A\n---\nIsi.\n"}, "hugo"),  # as gohugoid-web
        ({"config.json": '{"baseURL": "https://contoh.id"}', "content/a.md": "Isi.\n"}, "hugo"),
        ({"config/_default/hugo.toml": "baseURL = 'https://contoh.id'\n", "content/a.md": "Isi.\n"}, "hugo"),  # Hugo's configuration folder
        ({"a.md": "+++\ntitle = 'x'\n+++\nIsi.\n"}, "hugo"),
        ({"docs/a.mdx": "# Judul\n"}, "mdx"),
        ({"pelicanconf.py": "AUTHOR = 'x'\n"}, "pelican"),
        ({"a.md": "Title: Catatan\nDate: 2015-03-02\n\nIsi.\n"}, "pelican"),
        ({"a.md": "---\nms.topic: how-to\nms.date: 03/02/2021\n---\nIsi.\n"}, "docs"),
        ({"wp-content/uploads/a.html": "<html></html>"}, "wordpress"),
        ({"index.html": "<html></html>", "tentang.html": "<html></html>"}, "html"),
        ({"conf.py": "project = 'Panduan'\n", "index.rst": "Panduan\n=======\n"}, "docs"),
        ({"source/conf.py": "extensions = ['sphinx.ext.autodoc']\n", "source/a.rst": "Isi\n===\n"}, "docs"),
        ({"conf.py": "bind = '0.0.0.0:8000'\n", "a.rst": "Isi\n===\n"}, "markdown"),
        ({"a.rst": "Catatan\n#######\n\n:date: 2015-03-02\n:tags: desa\n\nIsi.\n"}, "pelican"),
        ({"a.md": "`tar cf {{jalan/menuju/target.tar}}`\n"}, "markdown"),
        ({"a.md": 'Panen raya.\n\n{{< figure src="panen.jpg" caption="Panen ubi" >}}\n'}, "hugo"),  # a shortcode, no configuration
        # a tldr page's placeholder of keys, as tldr's vim page writes it, is no Hugo shortcode
        ({"pages/common/vim.md": "# vim\n\n- Simpan lalu keluar:\n\n`{{<Esc>ZZ|<Esc>:x<Enter>|<Esc>:wq<Enter>}}`\n"}, "markdown"),
        # MDN: a page in its slug's folder whose front matter has the slug and a key only MDN's pages have
        ({"files/id/glossary/html/index.html": "---\ntitle: HTML\nslug: Glossary/HTML\ntranslation_of: Glossary/HTML\n---\n<p>Isi.</p>\n"}, "mdn"),
        ({"files/id/glossary/api/index.md": "---\ntitle: API\nslug: Glossary/API\nl10n:\n  sourceCommit: 0f3e8c1\n---\nIsi.\n"}, "mdn"),
        ({"content/berita/index.md": "---\ntitle: Berita\nslug: berita\n---\nIsi {{ x }}.\n"}, "markdown"),
    ],
)
def test_detection(tmp_path, files, expected):
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    assert detect_generator(str(tmp_path)) == expected


def test_generator_option_overrides_detection():
    default = CliRunner().invoke(arsip, ["ingest", str(SITES / "tldr")])
    forced = CliRunner().invoke(arsip, ["ingest", str(SITES / "tldr"), "--generator", "jekyll"])
    assert default.exit_code == forced.exit_code == 0
    (default_record,), (forced_record,) = ([json.loads(line) for line in result.stdout.splitlines()] for result in (default, forced))
    assert (default_record["generator"], forced_record["generator"]) == ("markdown", "jekyll")
    assert "{{jalan/menuju/target.tar}}" in default_record["text"]
    assert "{{jalan" not in forced_record["text"]
    assert CliRunner().invoke(arsip, ["ingest", str(SITES / "tldr"), "--generator", "gatsby"]).exit_code == 2


def test_a_changed_generator_rereads_the_root(tmp_path):
    site = tmp_path / "tldr"
    shutil.copytree(SITES / "tldr", site)
    directory = tmp_path / "index"
    assert index_paths(directory, [str(site)]).added == 1
    assert index_paths(directory, [str(site)]).unchanged == 1
    forced = index_paths(directory, [str(site)], IngestOptions(generator="jekyll"))
    assert forced.updated == 1 and forced.reread == {str(site): "generator markdown → jekyll changed"}
    (record,) = get_records(directory, TLDR_PAGE)
    assert record["generator"] == "jekyll" and "{{jalan" not in record["text"]
    (site / "_config.yml").write_text("# tldr\n", encoding="utf-8")  # now detected as Jekyll: nothing to re-read
    assert index_paths(directory, [str(site)]).unchanged == 1
    (site / "_config.yml").unlink()
    assert index_paths(directory, [str(site)]).updated == 1
    (record,) = get_records(directory, TLDR_PAGE)
    assert record["generator"] == "markdown" and "{{jalan/menuju/target.tar}}" in record["text"]


def _pack(site: str, archive_path, prefix: str = "") -> None:
    """The files of the fixture site ``site`` as a .zip or .tar.gz, under ``prefix``."""
    if str(archive_path).endswith(".zip"):
        zip_of(SITES / site, archive_path, prefix)
    else:  # the configuration file last: order must not matter
        tar_of(reversed(files_of(SITES / site).items()), archive_path, prefix)


@pytest.mark.parametrize(
    "site, name, prefix, expected",
    [
        ("hugo-toml", "situs.zip", "", "hugo"),
        ("hugo-yaml", "situs.zip", "panen/", "hugo"),  # config.toml + content/ inside one top folder
        ("hugo-yaml", "situs.tar.gz", "", "hugo"),
        ("jekyll", "blog.tar.gz", "blog-lama/", "jekyll"),
        ("jekyll", "blog.zip", "", "jekyll"),
        ("pelican", "catatan.tgz", "", "pelican"),
        ("tldr", "halaman.zip", "tldr-main/", "markdown"),
    ],
)
def test_detection_inside_archives(tmp_path, site, name, prefix, expected):
    _pack(site, tmp_path / name, prefix)
    assert detect_generator(str(tmp_path / name)) == expected


def test_a_damaged_archive_is_judged_by_what_could_be_read(tmp_path):
    (tmp_path / "rusak.tar.gz").write_bytes(b"\x1f\x8b\x08\x00bukan arsip")
    assert detect_generator(str(tmp_path / "rusak.tar.gz")) == "markdown"


def test_archives_in_a_folder_are_roots_of_their_own(tmp_path):
    _pack("hugo-toml", tmp_path / "hugo.zip", "situs/")
    _pack("jekyll", tmp_path / "jekyll.tar.gz")
    (tmp_path / "catatan.md").write_text("Perintah `tar cf {{jalan/menuju/target.tar}}` dicatat.\n", encoding="utf-8")
    documents = {document.id: document for document in read_documents([str(tmp_path)])}
    assert documents["catatan.md"].generator == "markdown" and "{{jalan/menuju/target.tar}}" in documents["catatan.md"].text
    hugo = documents["hugo.zip!/situs/content/berita/peresmian-jembatan.md"]
    assert hugo.generator == "hugo" and "Peresmian Jembatan-gantung" in hugo.text and "{{<" not in hugo.text
    jekyll = documents["jekyll.tar.gz!/_posts/2015-03-02-pelatihan-jurnalisme.md"]
    assert jekyll.generator == "jekyll" and "{%" not in jekyll.text
    forced = {document.id: document for document in read_documents([str(tmp_path)], IngestOptions(generator="markdown"))}
    assert {document.generator for document in forced.values()} == {"markdown"}


def test_an_archive_whose_generator_changed_is_read_again(tmp_path):
    folder = tmp_path / "ekspor"
    folder.mkdir()
    _pack("tldr", folder / "halaman.zip")
    directory = tmp_path / "index"
    assert index_paths(directory, [str(folder)]).added == 1
    assert index_paths(directory, [str(folder)]).unchanged == 1
    with zipfile.ZipFile(folder / "halaman.zip", "a") as archive:
        archive.writestr("_config.yml", "title: tldr\n")  # the same page, now in a Jekyll site
    changed = index_paths(directory, [str(folder)])
    assert changed.updated == 1 and changed.reread == {
        str(folder / "halaman.zip"): "generator markdown → jekyll, the site's settings (Jekyll's _config.yml, which {{ site.x }} shows) changed"
    }
    (record,) = get_records(directory, "halaman.zip!/" + TLDR_PAGE)
    assert record["generator"] == "jekyll" and "{{jalan" not in record["text"]
    assert index_paths(directory, [str(folder)]).unchanged == 1
    assert index_paths(directory, [str(folder / "halaman.zip")]).unchanged == 1  # the archive given as a root
    forced = index_paths(directory, [str(folder / "halaman.zip")], IngestOptions(generator="markdown"))
    assert forced.updated == 1
    (record,) = get_records(directory, "halaman.zip!/" + TLDR_PAGE)
    assert record["generator"] == "markdown" and "{{jalan/menuju/target.tar}}" in record["text"]


#: A folder of MDX pages with a plain Markdown page beside them: braces and angle brackets
#: in the Markdown page are its text, not JSX.
MIXED = {
    "docs/komponen.mdx": '# Komponen\n\n<Callout title="Catatan penting">Isi formulir dengan data warga.</Callout>\n\n{/* catatan penulis */}\n',
    "docs/rumus.md": "# Rumus\n\nAnggaran dusun dihitung {jumlah warga} × Rp 5.000, bila jumlah < 100 orang.\n",
}


def _mixed(tmp_path, options: IngestOptions | None = None) -> dict:
    for name, content in MIXED.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    return {document.id: document for document in read_documents([str(tmp_path)], options or IngestOptions(workers=1))}


def test_md_files_beside_mdx_files_are_plain_markdown(tmp_path):
    documents = _mixed(tmp_path)
    assert detect_generator(str(tmp_path)) == "mdx"  # the root: MDX pages are read as MDX
    assert documents["docs/komponen.mdx"].generator == "mdx"
    assert documents["docs/komponen.mdx"].text == "Komponen\n\nCatatan penting Isi formulir dengan data warga."
    page = documents["docs/rumus.md"]
    assert page.generator == "markdown" and page.problems == []
    assert page.text == "Rumus\n\nAnggaran dusun dihitung {jumlah warga} × Rp 5.000, bila jumlah < 100 orang."


def test_generator_mdx_still_reads_every_file_as_mdx(tmp_path):
    documents = _mixed(tmp_path, IngestOptions(workers=1, generator="mdx"))
    page = documents["docs/rumus.md"]
    assert page.generator == "mdx"
    assert "{jumlah warga}" not in page.text  # an expression, as MDX reads it (the text is then kept conservatively)
