"""Docusaurus unwraps a fenced block of the language ``mdx-code-block`` before MDX reads
the page (``unwrapMdxCodeBlocks`` of ``@docusaurus/utils``): what it holds is MDX, not
code. Sites write their imports and the opening and closing tags of tabs so."""

from pathlib import Path

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "docusaurus-code-blocks"


def test_mdx_code_blocks_are_read_as_the_page_s_mdx():
    [page] = read_documents([str(SITE)])
    assert page.text == (
        "Pilih sistem operasi server desa Anda.\n\n"
        "Ubuntu\n\nPasang paket dengan apt:\n\nsudo apt install sidesa\n\n"
        "Windows\n\nJalankan berkas pemasang dari situs kabupaten.\n\n"
        "Cadangan data\n\nSimpan salinan basis data penduduk setiap minggu.\n\n"
        "Contoh blok yang ditulis dalam dokumentasi ini:\n\n"
        '```js\nconst desa = "Sukamaju";\n```'
    )
    assert page.problems == []


def test_a_block_right_after_another_s_closing_line_stays_code_as_in_docusaurus():
    """Docusaurus' pattern takes the line break before a block's fence as part of its
    match: a block opening on the line after another's closing fence is not unwrapped."""
    body = "```mdx-code-block\n<Catatan>\n```\n```mdx-code-block\n</Catatan>\n```\n"
    assert markdown_to_text(body, {}, syntax="mdx") == "</Catatan>"
