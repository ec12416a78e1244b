"""XML files (feeds, WordPress, Blogger and Tumblr exports) decoded as their XML declaration
says, as an XML processor reads it: a BOM first, then the encoding the first bytes show
(UTF-16, UTF-32), then the declared label, else UTF-8; what contradicts the bytes is said."""

import codecs
from pathlib import Path

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.ingest.declared_charset import xml_declared_charset
from arsip.ingest.document import Problem
from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.readers.registry import decode_file
from arsip.repair.files import RepairError, plan_file

DATA = Path(__file__).parent / "data" / "xml-charset"
ISO_8859_1 = "iso-8859-1 (that is, windows-1252)"
LATIN1 = f"declared {ISO_8859_1}"


def _documents(data: bytes, name: str):
    result = ingest_bytes(data, name, name)
    assert result.failure is None and not result.unread
    return result.documents


def _encoding_problems(document) -> list[str]:
    return [problem.reason for problem in document.problems if problem.field == "encoding"]


@pytest.mark.parametrize(
    "head, encoding",
    [
        ('<?xml version="1.0" encoding="ISO-8859-1"?>', "windows-1252"),  # as browsers read it
        ("<?xml version='1.0' encoding='latin1' standalone='yes'?>", "windows-1252"),
        ('<?xml version="1.0" encoding="Windows-1252" ?>', "windows-1252"),
        # after blank lines a plugin printed (XML allows none there), as feed readers read it
        ('\n\n<?xml version="1.0" encoding="ISO-8859-1"?>', "windows-1252"),
        ('<?xml version="1.0" encoding="GB2312"?>', "gbk"),
        ('<?xml version="1.0" encoding="UTF-8"?>', "utf-8"),
        # an XML file's UTF-16 label means UTF-16 (in an HTML page, UTF-8), and UTF-32 is known
        ('<?xml version="1.0" encoding="UTF-16"?>', "utf-16"),
        ('<?xml version="1.0" encoding="ISO-10646-UCS-2"?>', "utf-16"),
        ('<?xml version="1.0" encoding="UCS-4"?>', "utf-32"),
        # other names of character sets XML processors know (through iconv), as the Standard reads them
        ('<?xml version="1.0" encoding="IBM850"?>', "cp850"),
        ('<?xml version="1.0" encoding="latin-1"?>', "windows-1252"),
        ('<?xml version="1.0" encoding="ISO-2022-KR"?>', "iso2022_kr"),  # not text to a browser
        # a label no encoding has is kept, to be said; so is EBCDIC, which cannot have been read so
        ('<?xml version="1.0" encoding="x-tidak-dikenal"?>', ""),
        ('<?xml version="1.0" encoding="EBCDIC-CP-US"?>', ""),
        ('<?xml version="1.0" encoding="base64"?>', ""),
    ],
)
def test_the_xml_declaration_names_the_encoding(head, encoding):
    declared = xml_declared_charset(head + "\n<rss/>")
    assert declared.encoding == encoding and declared.known == bool(encoding)


@pytest.mark.parametrize(
    "head",
    [
        '<?xml version="1.0"?><rss/>',  # no encoding: UTF-8, or what the first bytes show
        '<rss/>\n<?xml version="1.0" encoding="ISO-8859-1"?>',  # not at the start: not a declaration
        '<rss><channel><description>&lt;meta charset="iso-8859-1"&gt;</description></channel></rss>',
    ],
)
def test_no_xml_declaration(head):
    assert xml_declared_charset(head) is None


@pytest.mark.parametrize(
    "name, titles, phrase, encoding, problems",
    [
        # windows-1252 bytes that declare ISO-8859-1 (an old RSS feed): read as declared, no problem
        (
            "warta-desa-latin1.xml", ["“Kopi Luwak” Sukamaju Tembus Pasar Ekspor", "Jadwal Posyandu Bulan Juni"],
            "panen tahun ini “terbaik dalam satu dekade” – terutama kopi luwak", "cp1252 (declared)", [],
        ),
        (
            "ekspor-wordpress-1252.xml", ["Gotong Royong “Jumat Bersih” – Dusun Krajan"],
            "halaman café balai dusun.\n\nIuran sampah naik menjadi € 5 per bulan", "cp1252 (declared)", [],
        ),
        ("kabar-imlek-utf16.atom", ["Perayaan Imlek “春节” di Vihara Dharma Bhakti"], "mengucapkan 春节快乐 – selamat", "utf-16-le (BOM)", []),
        # UTF-8 bytes under a legacy declaration (WordPress writes text that is not UTF-8 as UTF-8
        # whatever its declaration says): read as UTF-8, said; the C1 quotes its utf8_encode()
        # made of windows-1252 ones are repaired afterwards
        (
            "ekspor-wordpress-salah-deklarasi.xml", ["Lomba Dayung – Festival Danau Krajan"],
            "dua belas “perahu naga” untuk", "utf-8", [f"{LATIN1}, but the bytes are UTF-8: read as UTF-8"],
        ),
    ],
)
def test_exports_and_feeds_in_legacy_encodings_and_utf16(name, titles, phrase, encoding, problems):
    documents = _documents((DATA / name).read_bytes(), name)
    assert [document.title for document in documents] == titles
    assert phrase in documents[0].text
    assert {document.encoding for document in documents} == {encoding}
    assert all(_encoding_problems(document) == problems for document in documents)


@pytest.mark.parametrize(
    "name, declaration, title, reader",
    [
        ("posts.xml", 'encoding="UTF-8"', "Siaran Perdana", "tumblr"),
        ("blog-03-10-2021.xml", "encoding='UTF-8'", "Musyawarah Perencanaan Pembangunan Desa 2021", "blogger"),
    ],
)
def test_every_xml_export_reads_its_declaration(name, declaration, title, reader):
    text = (DATA.parent / "feeds" / name).read_text(encoding="utf-8")
    text = text.replace(declaration, declaration.replace("UTF-8", "windows-1252")).replace(title, f"“{title}” – café")
    document = _documents(text.encode("cp1252"), name)[0]
    assert (document.format, document.title, document.encoding) == (reader, f"“{title}” – café", "cp1252 (declared)")
    assert not _encoding_problems(document)


def test_mojibake_repair_still_runs_after_decoding_as_declared():
    document = _documents((DATA / "ekspor-wordpress-salah-deklarasi.xml").read_bytes(), "ekspor.xml")[0]
    assert [(repair.before, repair.after) for repair in document.repairs] == [("\x93", "“"), ("\x94", "”")]


FEED = """<?xml version="1.0" encoding="{}"?>
<rss version="2.0"><channel><title>Kabar Pecinan</title>
<item><title>{}</title><link>https://kabarpecinan.contoh.id/berita/1</link>
<description>Warga diundang hadir di balai desa.</description></item>
</channel></rss>
"""


@pytest.mark.parametrize(
    "label, codec, title, encoding, problem",
    [
        # the declared code page beats a guess among Latin ones (A4 is € in ISO-8859-15, ¤ in cp1252)
        ("ISO-8859-15", "iso8859_15", "Iuran Kebersihan Naik Jadi € 5", "iso8859-15 (declared)", None),
        ("GB2312", "gb2312", "Perayaan Imlek 春节快乐", "gbk (declared)", None),
        ("IBM850", "cp850", "Café Kopi Dibuka ½ Hari", "cp850 (declared)", None),  # a DOS code page, as iconv reads it
        # no byte-order mark: the first bytes show UTF-16 or UTF-32 (XML 1.0, Appendix F)
        ("UTF-16", "utf-16-be", "Perayaan Imlek “春节”", "utf-16-be", None),
        ("UTF-32", "utf-32-le", "Perayaan Imlek “春节”", "utf-32-le", None),
        # declarations the bytes contradict: the bytes win, and the problem names both
        ("UTF-8", "cp1252", "Café “Kopi” – Dibuka", "cp1252", "declared utf-8, but 1 line(s) are not valid UTF-8: decoded as cp1252"),
        ("UTF-16", "utf-8", "Café “Kopi” – Dibuka", "utf-8", "declared utf-16, but the bytes are not UTF-16: read as utf-8"),
        ("ISO-8859-1", "utf-16", "Café “Kopi” – Dibuka", "utf-16-le (BOM)", f"{LATIN1}, but the file starts with a utf-16-le byte-order mark: read as utf-16-le"),
        ("ISO-8859-1", "utf-16-le", "Café “Kopi” – Dibuka", "utf-16-le", f"{LATIN1}, but the bytes are utf-16-le: read as utf-16-le"),
        # a label no encoding has: UTF-8 (or, where the bytes are not, the detected code page)
        ("x-tidak-dikenal", "utf-8", "Café “Kopi” – Dibuka", "utf-8", "declared x-tidak-dikenal, not an encoding arsip can read: read as utf-8"),
        (
            "x-tidak-dikenal", "cp1252", "Café “Kopi” – Dibuka", "cp1252",
            "declared x-tidak-dikenal, not an encoding arsip can read; not valid UTF-8: 1 line(s) decoded as cp1252",
        ),
    ],
)
def test_declared_encodings_and_declarations_the_bytes_contradict(label, codec, title, encoding, problem):
    documents = _documents(FEED.format(label, title).encode(codec), "kabar.xml")
    assert [(document.title, document.text) for document in documents] == [(title, "Warga diundang hadir di balai desa.")]
    assert documents[0].encoding == encoding
    assert _encoding_problems(documents[0]) == ([problem] if problem else [])


def test_utf16_without_a_bom_is_known_by_its_first_bytes_even_in_chinese_text():
    greeting = "春节快乐，恭喜发财。" * 400  # few NUL bytes: UTF-16 is not recognised by them
    feed = FEED.format("UTF-16", "Imlek").replace("Warga diundang hadir di balai desa.", greeting)
    for codec in ("utf-16-le", "utf-16-be"):
        documents = _documents(feed.encode(codec), "kabar.xml")
        assert (documents[0].encoding, documents[0].text) == (codec, greeting)


def test_a_charset_in_the_content_of_a_feed_declares_nothing():
    feed = FEED.replace('<?xml version="1.0" encoding="{}"?>\n', "").replace("<title>{}", '<title>Café &lt;meta charset="iso-8859-1"&gt;')
    decoded, reader = decode_file(feed.encode("utf-8"), "kabar.xml")
    assert reader.name == "feed" and decoded.encoding == "utf-8" and decoded.problem is None


@pytest.mark.parametrize(
    "name, label",
    [("warta-desa-latin1.xml", b"ISO-8859-1"), ("ekspor-wordpress-1252.xml", b"windows-1252")],
)
def test_repair_to_utf8_converts_the_xml_declaration_too(name, label):
    plan = plan_file(str(DATA / name), to_utf8=True)
    assert plan.legacy and plan.encoding == "cp1252 (declared)"
    assert b'encoding="' + label + b'"' in plan.original
    assert plan.repaired.startswith(b'<?xml version="1.0" encoding="utf-8"')
    decoded, _ = decode_file(plan.repaired, name)
    assert decoded.text == plan.text_after and decoded.encoding == "utf-8" and decoded.problem is None
    assert "“" in plan.text_after and "–" in plan.text_after


def test_repair_to_utf8_changes_only_the_declaration_of_an_xml_file(tmp_path):
    path = tmp_path / "kabar.xml"
    text = FEED.format("x-tidak-dikenal", 'Café &lt;meta charset="x-tidak-dikenal"&gt;')
    path.write_bytes(text.encode("cp1252"))
    plan = plan_file(str(path), to_utf8=True)
    assert plan.legacy and plan.encoding == "cp1252"  # not borne out, yet the declaration must go
    assert plan.repaired == text.replace('encoding="x-tidak-dikenal"', 'encoding="utf-8"').encode("utf-8")


def _run(*args):
    return CliRunner().invoke(arsip, [str(arg) for arg in args])


def test_repair_makes_a_utf8_export_that_declares_iso_8859_1_say_utf8_only_when_asked(tmp_path):
    path = tmp_path / "ekspor.xml"
    original = (DATA / "ekspor-wordpress-salah-deklarasi.xml").read_bytes()
    path.write_bytes(original)
    result = _run("repair", "--write", "--no-backup", tmp_path)
    assert f"{path}: UTF-8, but declares {ISO_8859_1}: declaration left alone; make it say utf-8 with --to-utf8" in result.stdout
    assert "1 UTF-8 declaring another encoding" in result.stderr
    repaired = path.read_bytes()
    assert repaired == original.replace("\u0093".encode(), "“".encode()).replace("\u0094".encode(), "”".encode())  # the quotes only
    result = _run("repair", "--write", "--no-backup", "--to-utf8", tmp_path)
    assert "declaration changed to utf-8" in result.stdout
    assert path.read_bytes() == repaired.replace(b'encoding="ISO-8859-1"', b'encoding="utf-8"')
    decoded, _ = decode_file(path.read_bytes(), path.name)
    assert decoded.problem is None and "“perahu naga”" in decoded.text
    assert "UTF-8 declaring" not in _run("repair", "--to-utf8", tmp_path).stderr  # nothing left to do


def test_an_ascii_file_is_what_any_ascii_compatible_declaration_says(tmp_path):
    path = tmp_path / "kabar.xml"
    path.write_bytes(FEED.format("windows-1252", "Kopi Dibuka").encode("ascii"))
    plan = plan_file(str(path), to_utf8=True)
    assert plan.misdeclared is None and not plan.changes


def test_a_declaration_repair_cannot_rewrite_is_refused_clearly(tmp_path):
    path = tmp_path / "lama.html"
    path.write_bytes('<html><head><meta charset=" iso-8859-1 "><title>Kafé</title></head><body><p>“Kopi”</p></body></html>\n'.encode("cp1252"))
    with pytest.raises(RepairError, match="declares iso-8859-1 .* in a form arsip cannot change to utf-8: left as it was"):
        plan_file(str(path), to_utf8=True)
    assert not plan_file(str(path)).changes  # without --to-utf8 it is only reported


LATE = "{} before the XML declaration, which XML allows only at the very start of a file: passed over, as feed readers and the WordPress importer pass over it"


@pytest.mark.parametrize("space, amount", [(b"\n\n", "2 blank line(s)"), (b"\r\n \t\r\n", "2 blank line(s)"), (b"  ", "2 space(s)")])
def test_whitespace_before_the_xml_declaration_is_passed_over_and_said(space, amount):
    # a live WordPress site whose plugin prints blank lines before its export: the
    # declaration is still read for the encoding, and every item is read
    documents = _documents(space + (DATA / "ekspor-wordpress-1252.xml").read_bytes(), "ekspor.xml")
    assert [(document.title, document.encoding) for document in documents] == [("Gotong Royong “Jumat Bersih” – Dusun Krajan", "cp1252 (declared)")]
    assert "halaman café balai dusun" in documents[0].text
    assert [(problem.field, problem.reason) for problem in documents[0].problems] == [("text", LATE.format(amount))]


def test_whitespace_after_a_bom_before_the_declaration_of_a_feed_keeps_every_item_and_the_feed_title():
    feed = (DATA.parent / "feeds" / "berita-rss.xml").read_bytes()
    documents = _documents(codecs.BOM_UTF8 + b"\n\n" + feed, "berita.xml")
    expected = _documents(feed, "berita.xml")
    assert [(d.title, d.text, d.fields) for d in documents] == [(d.title, d.text, d.fields) for d in expected]
    assert len(documents) == 2 and documents[0].fields["feed"]
    assert all(d.problems == e.problems + [Problem("text", LATE.format("2 blank line(s)"))] for d, e in zip(documents, expected))


def test_bytes_windows_1252_leaves_undefined_keep_the_declared_encoding_of_an_export():
    # a stray 81 and a UTF-8 ” (E2 80 9D) in a windows-1252 export: read as browsers read
    # them (C1 controls), not a reason to guess the code page of the whole file
    documents = _documents((DATA / "ekspor-wordpress-1252-byte-81.xml").read_bytes(), "ekspor.xml")
    assert [(document.title, document.encoding) for document in documents] == [
        ("Gotong Royong “Jumat Bersih” – Dusun Krajan", "cp1252 (declared)"),
        ("Lomba Dayung “Perahu Naga” di Danau Krajan", "cp1252 (declared)"),
    ]
    assert documents[1].text == "Dua belas perahu dari desa tetangga ikut lomba\x81 di danau.\n\nPanitia berkata: “Hadiahnya piala bupati” – dan uang tunai € 50."
    assert [(repair.before, repair.after) for repair in documents[1].repairs] == [("bupatiâ€\x9d – dan", "bupati” – dan")]
    said = "declared windows-1252: 2 byte(s) that it does not define read as browsers read them: 81 at line 36, column 78 (as U+0081); 9d at line 37, column 46 (as U+009D)"
    assert [_encoding_problems(document) for document in documents] == [[said], [said]]
