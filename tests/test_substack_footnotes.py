"""A Substack post's footnotes: the number marking each in the text and the number before
its text at the end go (as a Markdown footnote's ``[^1]`` does), the footnote's text stays."""

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import DATA


def test_footnote_numbers_go_and_their_text_stays():
    [document] = read_documents([str(DATA / "substack-catatan")], IngestOptions(workers=1), IngestReport())
    assert document.title == "Dana Desa 2024 Naik"
    assert document.text == (
        "Dana desa tahun ini naik sepuluh persen dibanding tahun lalu.\n\nSebagian besar untuk jalan usaha tani.\n\n"
        "Menurut APBDes 2024 yang disahkan Januari.\n\nJalan dari dusun Krajan ke persawahan timur."
    )
    assert document.problems == []
