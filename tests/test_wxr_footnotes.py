"""The block editor's footnotes: a post's text holds only their marks, their text is in the
post's ``footnotes`` meta, and the footnotes block lists them where it stands."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "wxr" / "catatan-kaki.xml"


def _documents():
    result = ingest_bytes(EXPORT.read_bytes(), EXPORT.name, str(EXPORT), IngestOptions())
    return {document.fields["post_id"]: document for document in result.documents}


def test_the_footnotes_block_lists_the_footnotes_of_the_meta_and_their_marks_go():
    document = _documents()["41"]
    assert document.text == (
        "Dana desa naik sepuluh persen dibanding tahun lalu.\n\nSebagian besar untuk jalan usaha tani.\n\n"
        "Menurut APBDes 2024 yang disahkan Januari.\n\nJalan dari dusun Krajan ke persawahan timur."
    )
    assert document.problems == []


def test_marks_whose_footnotes_the_export_lacks_are_named():
    document = _documents()["42"]
    assert document.text == "Rapat warga diundur ke hari Sabtu."
    assert [problem.reason for problem in document.problems] == [
        "1 footnote mark(s) whose footnotes the export does not give (no footnotes meta): their text is not read"
    ]
