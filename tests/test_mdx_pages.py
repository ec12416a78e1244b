"""A site built by its own code with the MDX compiler (react.dev and its translations: a
Next.js page reads each ``src/content/**/*.md`` and compiles its text with ``@mdx-js/mdx``)
has its ``.md`` pages read as MDX, told by its ``package.json``; what its components show."""

import json
import zipfile

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.generators import detect_generator
from arsip.ingest.markdown_text import markdown_to_text
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

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
        "function Salam() {\nreturn <h1>{judul}</h1>; {/*bukan komentar*/}\n}"
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
    with zipfile.ZipFile(archive, "w") as opened:
        for path in sorted(site.rglob("*")):
            opened.write(path, "situs/" + path.relative_to(site).as_posix())
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
