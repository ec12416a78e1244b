"""An HTML page's declared encoding: found as browsers find it, used where the bytes bear it out."""

from pathlib import Path

import pytest

from arsip.ingest.declared_charset import declared_charset
from arsip.ingest.decode import decode_bytes
from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.readers.registry import decode_file
from arsip.repair.files import plan_file

DATA = Path(__file__).parent / "data" / "html-charset"
ARTICLE = "Kepala Desa Sukamaju menyebut program itu “kutipan penting” bagi warga – terutama petani kopi."
CAFE = "Rapat digelar di café balai desa; iuran € 5 dihapus sejak Januari."


@pytest.mark.parametrize(
    "head, encoding",
    [
        (b'<meta charset="ISO-8859-1">', "windows-1252"),
        (b"<meta charset=latin1>", "windows-1252"),
        (b"<meta charset='us-ascii'/>", "windows-1252"),
        (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />', "windows-1252"),
        (b'<META CONTENT="text/html;charset=iso-8859-15" HTTP-EQUIV="content-type">', "iso-8859-15"),
        (b'<meta http-equiv=content-type content="text/html; charset=\'gb2312\'">', "gbk"),
        (b"<meta charset=utf8>", "utf-8"),
        # a UTF-16 label in a page whose bytes are ASCII-compatible means UTF-8
        (b'<meta charset="utf-16">', "utf-8"),
        (b"<meta charset=x-user-defined>", "windows-1252"),
        # the first declaration found counts; a comment and another tag's attribute value are not markup
        (b"<!-- <meta charset=koi8-r> --><meta charset=windows-1250><meta charset=utf-8>", "windows-1250"),
        (b'<div title="<meta charset=koi8-r>"><meta charset=iso-8859-2>', "iso-8859-2"),
        # an XML declaration counts when no <meta> declares anything
        (b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE html><html>', "windows-1252"),
        (b'<?xml version="1.0" encoding="iso-8859-1"?><html><meta charset="utf-8">', "utf-8"),
    ],
)
def test_declared_encoding_is_found_as_a_browser_finds_it(head, encoding):
    assert declared_charset(head).encoding == encoding


@pytest.mark.parametrize(
    "head",
    [
        b"<meta charset=x-tidak-dikenal>",  # a label no browser knows is ignored
        b"<meta charset=iso-2022-kr>",  # the Encoding Standard's "replacement": not text
        b'<meta content="text/html; charset=iso-8859-1">',  # content without http-equiv says nothing
        b'<meta name="description" content="charset=iso-8859-1">',
        b"<p>" + b"x" * 1100 + b"<meta charset=iso-8859-1>",  # after the first 1024 bytes
        b"<!-- <meta charset=iso-8859-1> -->",
        b"<html><body><p>Tanpa deklarasi.</p>",
    ],
)
def test_no_declaration(head):
    assert declared_charset(head) is None


def test_xhtml_declares_only_in_its_xml_declaration():
    head = b'<?xml version="1.0" encoding="windows-1252"?><html><meta charset="utf-8">'
    assert declared_charset(head, xml=True).encoding == "windows-1252"
    assert declared_charset(b'<html><meta charset="iso-8859-1">', xml=True) is None


def test_declared_code_page_decodes_the_lines_that_are_not_utf8():
    data = "<p>Iuran naik menjadi € 5.</p>\n".encode("iso8859_15")
    assert decode_bytes(data).text == "<p>Iuran naik menjadi ¤ 5.</p>\n"  # the guess: cp1252
    decoded = decode_bytes(data, declared=declared_charset(b"<meta charset=iso-8859-15>"))
    assert decoded.text == "<p>Iuran naik menjadi € 5.</p>\n"
    assert decoded.encoding == "iso8859-15 (declared)"
    assert decoded.problem is None


def test_bytes_that_are_not_the_declared_encoding_are_detected_and_named():
    # FF starts no GBK character, for browsers either (81 in windows-1252 is one: see below)
    data = "<p>Perayaan Imlek 春节 di vihara.".encode("gbk") + b"\xff</p>\n"
    decoded = decode_bytes(data, declared=declared_charset(b"<meta charset=gb2312>"))
    assert decoded.problem.startswith("declared gb2312 (that is, gbk), but the bytes are not gbk (ff is not): decoded as ")


def test_mixed_page_with_a_declaration_is_a_problem_naming_both():
    data = "<p>“utf-8” baris</p>\n".encode("utf-8") + "<p>“cp1252” baris</p>\n".encode("cp1252")
    decoded = decode_bytes(data, declared=declared_charset(b"<meta charset=iso-8859-1>"))
    assert decoded.text == "<p>“utf-8” baris</p>\n<p>“cp1252” baris</p>\n"
    assert decoded.problem == "declared iso-8859-1 (that is, windows-1252), but some lines are UTF-8: decoded as utf-8+cp1252 (declared)"


def _page(name: str):
    result = ingest_bytes((DATA / name).read_bytes(), name, name)
    assert result.failure is None and len(result.documents) == 1
    return result.documents[0]


@pytest.mark.parametrize(
    "name, encoding, problem",
    [
        # windows-1252 bytes that declare ISO-8859-1 (windows-1252 to a browser): a consistent page
        ("berita-latin1.html", "cp1252 (declared)", None),
        ("berita-xhtml.html", "cp1252 (declared)", None),
        ("berita.xhtml", "cp1252 (declared)", None),
        # nothing declared: the code page is detected, and that is said
        ("berita-tanpa-deklarasi.htm", "cp1252", "not valid UTF-8: 2 line(s) decoded as cp1252"),
        # declarations the bytes contradict: the bytes win, and the problem names both
        ("berita-utf8-salah-deklarasi.html", "utf-8", "declared windows-1252, but the bytes are UTF-8: read as UTF-8"),
        ("berita-cp1252-deklarasi-utf8.html", "cp1252", "declared utf-8, but 2 line(s) are not valid UTF-8: decoded as cp1252"),
        (
            "berita-bom.html", "utf-8 (BOM)",
            "declared iso-8859-1 (that is, windows-1252), but the file starts with a utf-8 byte-order mark: read as utf-8",
        ),
    ],
)
def test_pages_in_windows_1252_and_utf8(name, encoding, problem):
    document = _page(name)
    assert document.text == f"Rapat Warga Desa Sukamaju\n\n{ARTICLE}\n\n{CAFE}"
    assert document.encoding == encoding
    assert [p.reason for p in document.problems if p.field == "encoding"] == ([problem] if problem else [])
    assert not document.repairs


@pytest.mark.parametrize(
    "name, title, phrase",
    [
        ("iuran-latin9.html", "Iuran Kebersihan Naik", "naik menjadi € 5 per bulan"),
        ("vihara-gb2312.html", "Perayaan Imlek 春节", "Vihara Dharma Bhakti 春节快乐 dihadiri"),
    ],
)
def test_declared_encoding_beats_a_guess_among_latin_code_pages(name, title, phrase):
    document = _page(name)
    assert document.title == title
    assert phrase in document.text
    assert not document.problems


@pytest.mark.parametrize(
    "name, before, after",
    [
        ("iuran-latin9.html", b'<meta charset="iso-8859-15">', b'<meta charset="utf-8">'),
        ("berita-latin1.html", b"charset=ISO-8859-1", b"charset=utf-8"),
        ("berita.xhtml", b'<?xml version="1.0" encoding="windows-1252"?>', b'<?xml version="1.0" encoding="utf-8"?>'),
    ],
)
def test_repair_reads_a_page_as_ingest_does_and_converts_its_declaration_too(name, before, after):
    plan = plan_file(str(DATA / name), to_utf8=True)
    assert plan.encoding.endswith(" (declared)")
    assert before in plan.original and after in plan.repaired and before not in plan.repaired
    decoded, _ = decode_file(plan.repaired, name)
    assert decoded.text == plan.text_after and decoded.problem is None
    assert "€ 5" in plan.text_after  # the euro of windows-1252 (80) and of ISO-8859-15 (A4)


def test_bytes_windows_1252_leaves_undefined_are_read_as_browsers_read_them_and_named():
    # a stray 81, and a UTF-8 ” (E2 80 9D) pasted into a windows-1252 page: browsers read
    # 81 and 9D as the C1 controls of the same value, so the declaration still holds
    document = _page("musyawarah-1252-byte-81.html")
    assert document.encoding == "cp1252 (declared)"
    assert "Ketua RT menyebut iuran itu “ringan tapi berarti” bagi warga – terutama para pedagang." in document.text
    assert "Rapat digelar di café balai dusun\x81 pada Sabtu malam." in document.text  # what the byte is, named below
    assert "Sekretaris menulis: “Semua setuju” lalu rapat ditutup." in document.text  # the mojibake repair undoes â€\x9d
    assert [(repair.before, repair.after) for repair in document.repairs] == [("â€\x9d", "”")]
    assert [(p.field, p.reason) for p in document.problems] == [
        (
            "encoding",
            "declared iso-8859-1 (that is, windows-1252): 2 byte(s) that it does not define read as browsers read them: "
            "81 at line 10, column 37 (as U+0081); 9d at line 11, column 39 (as U+009D)",
        )
    ]


def test_byte_80_of_a_gbk_page_is_the_euro_sign_as_browsers_read_it():
    data = "<p>Iuran perayaan Imlek 春节: ".encode("gbk") + b"\x80 5 per keluarga.</p>\n"
    decoded = decode_bytes(data, declared=declared_charset(b"<meta charset=gb2312>"))
    assert decoded.text == "<p>Iuran perayaan Imlek 春节: € 5 per keluarga.</p>\n"
    assert decoded.encoding == "gbk (declared)"
    assert decoded.problem == "declared gb2312 (that is, gbk): 1 byte(s) that it does not define read as browsers read them: 80 at line 1, column 29 (as €)"


def test_repair_to_utf8_writes_what_browsers_read_not_a_guess():
    plan = plan_file(str(DATA / "musyawarah-1252-byte-81.html"), to_utf8=True)
    assert plan.encoding == "cp1252 (declared)"
    assert "“ringan tapi berarti” bagi warga – terutama" in plan.text_after and "“Semua setuju” lalu" in plan.text_after
    assert plan.repaired.decode("utf-8") == plan.text_after.replace("charset=ISO-8859-1", "charset=utf-8")
    assert plan.undefined == (  # said by repair too, not converted silently
        "declared iso-8859-1 (that is, windows-1252): 2 byte(s) that it does not define read as browsers read them: "
        "81 at line 10, column 37 (as U+0081); 9d at line 11, column 39 (as U+009D)"
    )
    assert plan_file(str(DATA / "berita-latin1.html"), to_utf8=True).undefined is None


def test_repair_names_the_bytes_the_declared_code_page_does_not_define(tmp_path):
    from click.testing import CliRunner

    from arsip.cli.main import arsip

    path = tmp_path / "musyawarah.html"
    path.write_bytes((DATA / "musyawarah-1252-byte-81.html").read_bytes())
    said = f"{path}: declared iso-8859-1 (that is, windows-1252): 2 byte(s) that it does not define read as browsers read them: "
    assert said + "81 at line 10, column 37 (as U+0081); 9d at line 11, column 39 (as U+009D)" in CliRunner().invoke(arsip, ["repair", str(path)]).stdout
    record = CliRunner().invoke(arsip, ["repair", "--json", str(path)]).stdout.splitlines()[0]
    assert '"undefined": "declared iso-8859-1 (that is, windows-1252): 2 byte(s)' in record
