"""Writing the index takes shorter paths than Whoosh's own and writes the same index:
postings straight from the analyzer, gathered by term, field lengths read once per segment."""

from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import TEXT, Schema
from whoosh.writing import SegmentWriter

from arsip.index.analysis import PART_SEPARATOR, indonesian_analyzer, inflected_analyzer, unstemmed_analyzer
from arsip.index import store
from arsip.index.build import index_paths
from arsip.index.codec import WritingCodec
from arsip.index.schema import IndonesianText, make_schema
from arsip.index.term_writer import TermPool, TermWriter

TEXTS = [
    "Pelatihan jurnalistik bagi buruh-buruh pabrik di Tangerang: pendidikan anti-korupsi dan hak-hak pekerja.",
    "Tulis ke redaksi@ciptamedia.org atau https://www.ciptamedia.org/hibah?ref=1; pertanyaan–pertanyaan dijawab.",
    f"Laporan keuangan yang dan di kafé{PART_SEPARATOR}hibah media{PART_SEPARATOR}laporan keuangan",
    "korupsi, anti-korupsi dan pro-anti-korupsi",
    "yang dan di",
    "",
]


@pytest.mark.parametrize("analyzer", [indonesian_analyzer(), unstemmed_analyzer(), inflected_analyzer()], ids=["stemmed", "unstemmed", "inflected"])
@pytest.mark.parametrize("phrase", [True, False], ids=["positions", "frequencies"])
def test_postings_straight_from_the_analyzer_are_whooshs(analyzer, phrase):
    ours, whooshs = IndonesianText(analyzer=analyzer, phrase=phrase), TEXT(analyzer=analyzer, phrase=phrase)
    for text in TEXTS:
        assert sorted(ours.index(text)) == sorted(whooshs.index(text))


def _documents(copies: int = 3):
    for number, text in enumerate(TEXTS * copies):
        yield {"uid": f"u{number}", "id": f"d{number}", "title": text[:40], "title_exact": text[:40], "text": text, "text_exact": text,
               "categories": "berita,laporan-keuangan" if number % 3 else None, "record": "{}"}


def _write(directory: Path, writer_class=SegmentWriter, copies: int = 3, **options) -> dict[str, bytes]:
    directory.mkdir()
    ix = whoosh_index.create_in(str(directory), make_schema())
    writer = writer_class(ix, compound=False, **options)
    for fields in _documents(copies):
        writer.add_document(**fields)
    writer.commit()
    return _segment_files(ix)


def _segment_files(ix) -> dict[str, bytes]:
    """The files of the index's one segment, by what follows the segment's name."""
    (segment,) = ix._segments()
    assert type(segment.codec()) is W3Codec  # readers never need arsip's codec
    name = segment.make_filename("")
    directory = Path(ix.storage.folder)
    return {path.name[len(name) :]: path.read_bytes() for path in directory.iterdir() if path.name.startswith(name)}


def test_the_writing_codec_writes_whooshs_segment(tmp_path):
    ours, whooshs = _write(tmp_path / "ours", codec=WritingCodec()), _write(tmp_path / "whoosh")
    assert ".trm" in ours and ours == whooshs


# 128 copies: a term of one text has exactly one full block of postings, a term of several more than one
@pytest.mark.parametrize("limitmb", [128, 0.01], ids=["in-memory", "sorted-runs-on-disk"])
def test_postings_gathered_by_term_are_whooshs_segment(tmp_path, limitmb, monkeypatch):
    runs = []  # postings written to a run on disk, one entry per run
    save = TermPool.save
    monkeypatch.setattr(TermPool, "save", lambda pool: (pool.fields and runs.append(pool.size), save(pool)))
    ours = _write(tmp_path / "ours", TermWriter, copies=128, codec=WritingCodec(), limitmb=limitmb)
    assert (len(runs) > 1) == (limitmb < 1)  # the small limit really spills, and merges several runs
    assert ours == _write(tmp_path / "whoosh", copies=128)
    assert not list((tmp_path / "ours").glob("*.tmp/*"))  # the runs on disk are gone


def test_a_term_writer_merging_segments_writes_whooshs_segment(tmp_path):
    merged = {}
    for writer_class in (TermWriter, SegmentWriter):
        directory = tmp_path / writer_class.__name__
        directory.mkdir()
        ix = whoosh_index.create_in(str(directory), make_schema())
        documents = list(_documents(40))
        for part in range(3):  # three segments, then one writer merges them with a new document
            with ix.writer(merge=False) as writer:
                for fields in documents[part * 80 : (part + 1) * 80]:
                    writer.add_document(**fields)
        writer = writer_class(ix, compound=False, codec=WritingCodec())
        writer.delete_by_term("uid", "u7")
        writer.add_document(**documents[-1])
        writer.commit(optimize=True)
        merged[writer_class] = _segment_files(ix)
    assert merged[TermWriter] == merged[SegmentWriter]


def test_a_term_writer_refuses_what_it_does_not_write(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), Schema(text=TEXT(vector=True)))
    with pytest.raises(ValueError, match="vectors"):
        TermWriter(ix, codec=WritingCodec())
    ix.writer().commit()  # the refused writer left the index unlocked


def test_indexes_are_written_with_the_writing_codec_and_read_with_whooshs(tmp_path, monkeypatch):
    written: list = []  # the segments this process wrote with arsip's codec
    per_document_reader = WritingCodec.per_document_reader

    def spied(codec, storage, segment):
        written.append(segment)
        return per_document_reader(codec, storage, segment)

    monkeypatch.setattr(WritingCodec, "per_document_reader", spied)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(3):
        (corpus / f"{number}.md").write_text(f"---\ntitle: Kegiatan {number}\n---\nPelatihan menulis nomor {number}.\n", encoding="utf-8")
    for procs in (2, 1):  # a new index with writer processes, then an update in this one
        (corpus / "baru.md").write_text(f"---\ntitle: Baru\n---\nPelatihan ke-{procs}.\n", encoding="utf-8")
        index_paths(tmp_path / "index", [str(corpus)], procs=procs)
    assert written  # the update (procs=1) runs in this process
    ix = store.open_index(tmp_path / "index")
    assert {type(segment.codec()) for segment in ix._segments()} == {W3Codec}
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 4 and searcher.reader().max_field_length("text") > 0


def test_live_terms_count_live_documents_across_segments(tmp_path):
    from whoosh.fields import ID, KEYWORD, Schema

    ix = whoosh_index.create_in(str(tmp_path), Schema(key=ID(stored=True, unique=True), kind=KEYWORD))
    with ix.writer() as writer:
        for key, kind in [("a", "laporan berita"), ("b", "laporan"), ("c", "profil")]:
            writer.add_document(key=key, kind=kind)
    with ix.writer(merge=False) as writer:  # a second segment; the first keeps a deletion
        writer.delete_by_term("key", "b")
        writer.delete_by_term("key", "c")
        writer.add_document(key="d", kind="laporan profil")
    with ix.reader() as reader:
        assert len(reader.leaf_readers()) == 2 and reader.has_deletions()
        assert list(store.live_terms(reader, "kind")) == [("berita", 1), ("laporan", 2), ("profil", 1)]
