"""A Hugo site whose Goldmark reads block attribute lists
(``markup.goldmark.parser.attribute.block``): a line of only ``{.lead}`` under a block sets
its attributes and is not text. Without that setting (Hugo's default) the line is shown
as written, and so kept."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents

SITES = Path(__file__).parent / "data" / "hugo-attributes"


def _texts(site: Path) -> dict[str, str]:
    return {document.id: document.text for document in read_documents([str(site)])}


def test_block_attribute_lines_are_not_text_when_the_site_reads_them():
    """The setting comes from the configuration folder's ``markup.toml``."""
    documents = {document.id: document for document in read_documents([str(SITES / "dengan")])}
    page = documents["content/kegiatan/kerja-bakti.md"]
    assert page.text == (
        "Jadwal kerja bakti\n\n"
        "Kerja bakti membersihkan saluran air diadakan setiap Minggu pertama.\n\n"
        "Dusun Tempat kumpul\nKrajan Balai dusun\nSumber Masjid Al-Ikhlas\n\n"
        "Gotong royong adalah jati diri warga Sukamaju.\n\n"
        "Bawa cangkul dan sapu lidi\nKonsumsi disediakan oleh ibu-ibu PKK\n\n"
        "Tulis {.lead} di bawah paragraf untuk memberinya kelas.\n\n"
        "Paragraf contoh.\n{.lead}"
    )
    assert page.problems == []


def test_block_attribute_lines_stay_where_hugo_shows_them():
    assert _texts(SITES / "tanpa")["content/rapat.md"] == "Rapat pengurus membahas lomba tujuh belasan.\n{.lead}"
