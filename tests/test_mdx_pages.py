"""A site built by its own code with the MDX compiler (react.dev and its translations: a
Next.js page reads each ``src/content/**/*.md`` and compiles its text with ``@mdx-js/mdx``)
has its ``.md`` pages read as MDX, told by its ``package.json``; what its components show."""

import json

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.sites.generators import detect_generator
from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

from .conftest import zip_of

#: A page written as react.dev's are: heading ids as MDX comments, components around Markdown.
PAGE = """---
title: Komponen Pertama
---

<Intro>

Komponen adalah dasar dari antarmuka aplikasi desa.

</Intro>

## Menulis komponen {/*menulis-komponen*/}

Jumlah warga dihitung otomatis {jumlahWarga}.

<Diagram name="pohon_render" height={250} width={500} alt="Pohon komponen aplikasi desa">

Pohon komponen yang dirender.

</Diagram>

```js
function Salam() {
  return <h1>{judul}</h1>; {/*bukan komentar*/}
}
```
"""


def _site(root, dependencies: dict) -> dict:
    (root / "package.json").write_text(json.dumps({"name": "situs-dokumentasi", "private": True, **dependencies}), encoding="utf-8")
    page = root / "src" / "content" / "belajar" / "komponen.md"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE, encoding="utf-8")
    return {document.id: document for document in read_documents([str(root)], IngestOptions(workers=1))}


def test_a_site_compiling_its_pages_with_mdx_has_its_md_pages_read_as_mdx(tmp_path):
    documents = _site(tmp_path, {"devDependencies": {"@mdx-js/mdx": "^2.1.3", "next": "15.1.0"}})
    assert detect_generator(str(tmp_path)) == "mdx"
    document = documents["src/content/belajar/komponen.md"]
    assert document.generator == "mdx"
    assert document.text == (
        "Komponen adalah dasar dari antarmuka aplikasi desa.\n\nMenulis komponen\n\nJumlah warga dihitung otomatis.\n\n"
        "Pohon komponen aplikasi desa\n\nPohon komponen yang dirender.\n\n"
        "function Salam() {\n  return <h1>{judul}</h1>; {/*bukan komentar*/}\n}"
    )
    assert document.problems == []


@pytest.mark.parametrize(
    "dependencies",
    [
        {"dependencies": {"next": "15.1.0", "react": "19.0.0"}},  # no MDX compiler
        {"dependencies": {"@mdx-js/mdx": "3.0.0", "@next/mdx": "15.1.0"}},  # @next/mdx reads .md files as Markdown
        {"dependencies": {"gatsby": "5.0.0", "gatsby-plugin-mdx": "5.0.0", "@mdx-js/mdx": "2.0.0"}},
    ],
)
def test_other_package_sites_keep_their_md_pages_plain_markdown(tmp_path, dependencies):
    document = _site(tmp_path, dependencies)["src/content/belajar/komponen.md"]
    assert document.generator == "markdown"
    assert "jumlahWarga" in document.text  # CommonMark shows {jumlahWarga}; MDX reads an expression


def test_next_mdx_remote_compiles_a_text_as_mdx_too_and_so_does_an_archive_of_the_site(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    documents = _site(site, {"dependencies": {"next-mdx-remote": "5.0.0"}})
    assert documents["src/content/belajar/komponen.md"].generator == "mdx"
    archive = tmp_path / "situs.zip"
    zip_of(site, archive, "situs/")
    (packed,) = read_documents([str(archive)], IngestOptions(workers=1))
    assert packed.generator == "mdx" and "menulis-komponen" not in packed.text


def test_an_index_reads_the_site_again_when_its_package_names_the_mdx_compiler(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    _site(site, {"dependencies": {"next": "15.1.0"}})
    (site / "src" / "content" / "lain.mdx").write_text("# Lain\n\nHalaman MDX.\n", encoding="utf-8")  # an mdx root either way
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    (site / "package.json").write_text(json.dumps({"devDependencies": {"@mdx-js/mdx": "2.1.3"}}), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert report.reread == {str(site): "whether the site's own code compiles its Markdown pages with MDX (its package.json) changed"}
    assert "menulis-komponen" not in get_records(directory, "src/content/belajar/komponen.md")[0]["text"]


def test_a_text_prop_holding_an_identifier_is_not_text():
    body = '<Diagram name="pohon_render" alt="Pohon komponen desa" />\n\nKartu <Anggota name="Siti Aminah" /> dan <Ikon name="ikon_rumah" /> saja.\n'
    assert markdown_to_text(body, syntax="mdx") == "Pohon komponen desa\n\nKartu Siti Aminah dan saja."


#: A Docusaurus page as Docusaurus 2 sites write them: braces in text, a JSX block, indented code.
DOCUSAURUS_PAGE = """---
sidebar_position: 3
---

# Hak Akses

Setiap tabel mendapat izin `browse` dengan format berikut.

- browse\\_{{ NAMA_TABEL }}
- Alamat API: /api/pengguna/{id}

<Tabs groupId="bahasa" defaultValue={pilihan.awal}>

Isi tab **pertama** untuk pengurus.

</Tabs>

    php artisan migrate --seed
"""
DOCUSAURUS_CONFIG = "module.exports = {url: 'https://dok.desa.id', baseUrl: '/', i18n: {defaultLocale: 'en', locales: ['en', 'id']}, presets: [['classic', {docs: {routeBasePath: '/'}}]]};\n"
PAGE_PATH = "i18n/id/docusaurus-plugin-content-docs/current/konsep/hak-akses.md"


def _docusaurus_site(root, core_version: str) -> None:
    (root / "docusaurus.config.js").write_text(DOCUSAURUS_CONFIG, encoding="utf-8")
    (root / "package.json").write_text(json.dumps({"dependencies": {"@docusaurus/core": core_version, "react": "17.0.2"}}), encoding="utf-8")
    page = root / PAGE_PATH
    page.parent.mkdir(parents=True)
    page.write_text(DOCUSAURUS_PAGE, encoding="utf-8")


@pytest.mark.parametrize("core_version", ["2.0.0-beta.6", "^2.4.3", "~2.2.0"])
def test_docusaurus_2_reads_its_pages_as_mdx_1_where_braces_in_text_are_text(tmp_path, core_version):
    _docusaurus_site(tmp_path, core_version)
    (document,) = read_documents([str(tmp_path)], IngestOptions(workers=1))
    assert (document.generator, document.url) == ("mdx", "https://dok.desa.id/id/konsep/hak-akses")
    assert document.text == (
        "Hak Akses\n\nSetiap tabel mendapat izin browse dengan format berikut.\n\n"
        "browse_{{ NAMA_TABEL }}\nAlamat API: /api/pengguna/{id}\n\nIsi tab pertama untuk pengurus.\n\nphp artisan migrate --seed"
    )


def test_docusaurus_3_reads_braces_in_text_as_expressions(tmp_path):
    _docusaurus_site(tmp_path, "^3.1.0")
    (document,) = read_documents([str(tmp_path)], IngestOptions(workers=1))
    assert "NAMA_TABEL" not in document.text and "{id}" not in document.text
    assert "Isi tab pertama untuk pengurus.\n\nphp artisan migrate --seed" in document.text  # MDX 2+: no indented code, a paragraph


def test_an_archived_docusaurus_2_site_reads_as_mdx_1_and_an_index_rereads_on_upgrade(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    _docusaurus_site(site, "2.4.3")
    archive = tmp_path / "situs.zip"
    zip_of(site, archive, "situs/")
    (packed,) = read_documents([str(archive)], IngestOptions(workers=1))
    assert "/api/pengguna/{id}" in packed.text
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    (site / "package.json").write_text(json.dumps({"dependencies": {"@docusaurus/core": "3.5.2"}}), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert report.reread == {str(site): "which Markdown files the site reads as MDX (Docusaurus' markdown.format; MDX 1 for Docusaurus 2) changed"}
    assert "{id}" not in get_records(directory, PAGE_PATH)[0]["text"]


def test_component_tags_on_their_own_lines_leave_their_indented_children_markdown():
    """As MDX reads JSX (a Starlight page's tabs): a line of component tags is a block of its
    own, and an indented fence, blank lines and all, or heading in the children is one."""
    body = (
        "## Pasang aplikasi\n\n<Tabs>\n  <TabItem label=\"Python\">\n    ```python\n    from arsip_desa import Basis\n\n"
        "    basis = Basis(\":memory:\")\n    ```\n  </TabItem>\n  <TabItem label=\"Node\">\n    ## Perintah Node\n"
        "    Jalankan perintah berikut.\n  </TabItem>\n</Tabs>\n"
    )
    assert markdown_to_text(body, syntax="mdx") == (
        "Pasang aplikasi\n\nPython\n\nfrom arsip_desa import Basis\n\nbasis = Basis(\":memory:\")\n\nNode\n\nPerintah Node\n\nJalankan perintah berikut."
    )
