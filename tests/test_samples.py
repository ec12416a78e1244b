"""Every sample the user gave ingests to the expected title, date, categories and clean text."""

from arsip.index.build import index_fields
from arsip.ingest.pipeline import read_documents

from .conftest import SAMPLES


def _documents():
    return {document.id: document for document in read_documents([str(SAMPLES)])}


def test_every_sample_gives_one_document_without_mojibake():
    documents = _documents()
    assert len(documents) == 5
    for document in documents.values():
        assert "â€" not in document.text and "Â" not in document.text, document.id
        assert "â€" not in document.title


def test_post_with_injected_mojibake_is_repaired():
    document = _documents()["post-mentoring-mojibake-injected.txt"]
    assert document.title == "Solidaritas.net Media Center - Mentoring 1 Desember 2015"
    assert document.date == "2015-12-01"
    assert [term.key for term in document.categories] == ["laporan", "mentoring", "cms", "solidaritas.net"]
    assert "Pertanyaan–pertanyaan berikut" in document.text
    assert [(r.field, r.before, r.after, r.line) for r in document.repairs] == [("text", "â€“", "–", 17)]
    assert "**" not in document.text and "*Panduan:*" not in document.text


def test_post_with_indonesian_dates_keeps_its_front_matter_date():
    document = _documents()["post-mentoring-indonesian-dates.txt"]
    assert document.date == "2012-11-12"
    assert document.title.startswith("Bhinneka - Mentoring Hasil pertemuan")
    assert [term.label for term in document.categories] == ["laporan", "mentoring", "CMS", "Bhinneka"]
    assert document.repairs == []


def test_post_with_offset_tags_author_and_kramdown():
    document = _documents()["post-news-timezone-tags-kramdown.txt"]
    assert document.date == "2015-03-02T12:34:00+07:00"
    assert [term.key for term in document.tags] == ["buruh", "media-alternatif", "solidaritas"]
    assert document.author == "hillun"
    assert "{:" not in document.text and "img-responsive" not in document.text
    assert "buruh-400x379-3.jpg" not in document.text  # an alt text that is only a file name
    assert "solidaritas.net/tag/smc" in document.text  # link text kept, URL dropped
    assert "https://twitter.com" not in document.text


def test_grant_record_is_repaired_inside_front_matter_and_searchable():
    document = _documents()["grant-record-mojibake-in-front-matter.txt"]
    assert document.fields["lama"] == "1 tahun (November 2011 – Oktober 2012)"
    assert document.fields["solusi"].count("\u00a0Melakukan") == 1
    fields_repaired = sorted({repair.field for repair in document.repairs})
    assert fields_repaired == ["fields.lama", "fields.solusi"]
    assert "424 - Media Sosial sebagai Sarana Advokasi Buruh" in document.text  # Liquid rendered
    assert "{{" not in document.text
    assert "gadget low-end" not in document.text  # the record's text is the body
    assert "\u00a0" not in document.text
    searchable = index_fields(document, str(SAMPLES), "key")["text"]  # front matter is searchable with it
    assert "gadget low-end sebagai alat utama" in searchable
    assert "Melakukan pengelolaan media sosial" in searchable  # "Â " restored, whitespace collapsed


def test_scraped_page_loses_its_furniture():
    document = _documents()["scraped-page-no-front-matter.txt"]
    assert document.format == "text"
    assert document.title == "Sesuatu dari CoRel"
    # Its only dates are events deep in the text, not a dateline or a labelled date.
    assert document.date is None and document.date_source is None
    text = document.text
    for furniture in ("Beranda Dinamika Gerakan", "BERBAGI", "412", "LEAVE A REPLY", "Komentar Via Facebook", "Please enter"):
        assert furniture not in text
    assert text.count("Mas Trias dari ProRep juga memfasilitasi proses CoRel ini") == 1
    assert text.startswith("FederasiHapsari: HAPSARI sudah memasuki")
