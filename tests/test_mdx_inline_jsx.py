"""MDX reads JSX and text on one line as a paragraph whose inline JSX holds Markdown
("interleaving" in MDX's docs: ``<div># this is not a heading but *this* is emphasis</div>``):
a one-line element or component keeps no Markdown syntax in its text."""

from pathlib import Path

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

PAGE = Path(__file__).parent / "data" / "mdx-inline-jsx" / "pengumuman.mdx"


def test_one_line_jsx_reads_its_children_as_inline_markdown():
    report = IngestReport()
    (document,) = read_documents([str(PAGE)], IngestOptions(workers=1), report)
    assert document.text == (
        "Warga wajib hadir.\n\nBawa cangkul dan karung sendiri.\n\n"
        "Kerja bakti dimulai pukul tujuh\ndi balai RW 03.\n\nTerima kasih atas partisipasi warga."
    )
    assert not document.problems


def test_plain_markdown_keeps_a_one_line_html_element_a_block_of_raw_html():
    """CommonMark makes an HTML block of a ``<div>`` line: its stars are text."""
    assert markdown_to_text("<div>Warga **wajib** hadir.</div>\n", syntax="markdown") == "Warga **wajib** hadir."
