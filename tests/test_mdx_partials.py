"""An MDX page shows the Markdown or MDX file it imports as a component (a Docusaurus
partial) where the component stands; a partial that cannot be read is named."""

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents

PACKAGE = '{"name": "dokumentasi-desa", "dependencies": {"@docusaurus/core": "3.4.0"}}'


def _site(root, files: dict[str, str]):
    (root / "package.json").write_text(PACKAGE, encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_an_imported_partial_shows_its_text_where_its_component_stands(tmp_path):
    _site(tmp_path, {
        "docs/_prasyarat.mdx": "Siapkan **KTP** dan kartu keluarga.\n\nimport Catatan from './bagian/_catatan.md';\n\n<Catatan />\n",
        "docs/bagian/_catatan.md": "---\nsidebar_label: Catatan\n---\nPendaftaran dibuka setiap Senin.\n",
        "docs/daftar.mdx": (
            "---\ntitle: Pendaftaran\n---\nimport Prasyarat from './_prasyarat.mdx';\nimport Grafik from '@site/src/components/Grafik';\n\n"
            "Langkah pendaftaran warga baru.\n\n<Prasyarat />\n\n<Grafik judul=\"Jumlah pendaftar\" />\n\n"
            "```mdx\n<Prasyarat />\n```\n"
        ),
    })
    documents = {document.id: document for document in read_documents([str(tmp_path)])}
    page = documents["docs/daftar.mdx"]
    assert page.text == (
        "Langkah pendaftaran warga baru.\n\nSiapkan KTP dan kartu keluarga.\n\nPendaftaran dibuka setiap Senin.\n\n"
        "Jumlah pendaftar\n\n<Prasyarat />"  # (in code the component is shown, not run)
    )
    assert page.problems == []
    assert documents["docs/_prasyarat.mdx"].url is None  # the partial is a document of its own, no page


def test_a_partial_that_cannot_be_read_is_named(tmp_path):
    _site(tmp_path, {
        "docs/ulang.mdx": "import Ulang from './ulang.mdx';\n\nAwal.\n\n<Ulang />\n",
        "docs/halaman.mdx": (
            "import Hilang from './_hilang.mdx';\nimport Umum from '@site/docs/_umum.mdx';\nimport Ulang from './ulang.mdx';\n\n"
            "Isi halaman.\n\n<Hilang />\n\n<Umum />\n\n<Ulang />\n"
        ),
    })
    page = next(document for document in read_documents([str(tmp_path)]) if document.id == "docs/halaman.mdx")
    assert page.text == "Isi halaman.\n\nAwal."
    assert [problem.reason for problem in page.problems] == [
        "the partial <Hilang /> (./_hilang.mdx) is not read: not a file inside the input root on disk",
        "the partial <Umum /> (@site/docs/_umum.mdx) is not read: not a file inside the input root on disk",
        "import of ./ulang.mdx includes itself (through docs/halaman.mdx → docs/ulang.mdx): not read again",
    ]


def test_an_index_reads_a_page_again_when_its_partial_changes(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    site.mkdir()
    _site(site, {
        "docs/jadwal.mdx": "import Jam from './_jam.mdx';\n\n<Jam />\n",
        "docs/_jam.mdx": "Posyandu buka pukul delapan pagi.\n",
        "docs/tentang.mdx": "Tentang posyandu desa.\n",
    })
    index_paths(directory, [str(site)])
    (site / "docs" / "_jam.mdx").write_text("Posyandu buka pukul tujuh pagi.\n", encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert get_records(directory, "docs/jadwal.mdx")[0]["text"] == "Posyandu buka pukul tujuh pagi."
    assert report.ingest.unchanged == 1  # tentang.mdx, which imports nothing
