"""Jekyll's ``{% include_relative %}`` shows the named file's text in the page, as Jekyll
renders it before the page's Markdown; a file that cannot be read is named."""

from arsip.ingest.pipeline import read_documents


def _pages(root, files: dict[str, str]) -> dict:
    (root / "_config.yml").write_text("title: Kabar Sukamaju\n", encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return {document.id: document for document in read_documents([str(root)])}


def test_an_included_file_shows_its_text_its_own_includes_and_liquid_in_turn(tmp_path):
    pages = _pages(tmp_path, {
        "panduan/index.md": "---\ntitle: Panduan\n---\nPembuka panduan.\n\n{% include_relative sisipan.md %}\n\n"
        "{% raw %}{% include_relative sisipan.md %}{% endraw %}\n",
        "panduan/sisipan.md": "Isi sisipan: **bawa KTP** ke balai desa.\n\n{%- include_relative bagian/akhir.md -%}\n",
        "panduan/bagian/akhir.md": "Penutup panduan dari {{ site.title }}.\n",
    })
    page = pages["panduan/index.md"]
    assert page.text == (
        "Pembuka panduan.\n\nIsi sisipan: bawa KTP ke balai desa.\n\nPenutup panduan dari Kabar Sukamaju.\n\n"
        "{% include_relative sisipan.md %}"  # (in a raw block the tag is shown, not run)
    )
    assert page.problems == []


def test_a_file_that_cannot_be_included_is_named(tmp_path):
    pages = _pages(tmp_path, {
        "rahasia.md": "Catatan di atas folder halaman.\n",
        "panduan/ulang.md": "Awal.\n\n{% include_relative ulang.md %}\n",
        "panduan/index.md": "---\ntitle: Panduan\n---\nIsi.\n\n{% include_relative hilang.md %}\n\n{% include_relative ../rahasia.md %}\n\n"
        "{% include_relative ulang.md %}\n",
    })
    page = pages["panduan/index.md"]
    assert page.text == "Isi.\n\nAwal."
    assert [problem.reason for problem in page.problems] == [
        "{% include_relative hilang.md %} is not read: not a file inside the input root on disk",
        "{% include_relative ../rahasia.md %} is not read: Jekyll includes no file above the page's folder",
        "{% include_relative ulang.md %} includes itself (through panduan/index.md → panduan/ulang.md): not read again",
    ]
