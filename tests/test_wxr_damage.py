"""WordPress exports as real sites hold them: password-protected posts, and exports with
one damaged spot (a bare ``&``, an HTML entity, a mismatched tag, a cut-off download)."""

from __future__ import annotations

import json
import shutil
import time

from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.inspect import index_stats
from arsip.index.search import SearchRequest, search
from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORTS = DATA / "wxr"


def ingest(name: str, **options):
    return ingest_bytes((EXPORTS / name).read_bytes(), name, str(EXPORTS / name), IngestOptions(**options))


def ids(result) -> list[str]:
    return [document.id.split("#", 1)[1] for document in result.documents]


# --- password-protected posts ---------------------------------------------------------------


def test_a_password_protected_post_is_not_public_and_is_counted_apart_from_drafts():
    result = ingest("kata-sandi.xml")
    assert ids(result) == ["101"]
    assert dict(result.left_out) == {"password-protected": 1, "draft": 1}
    assert "password_protected" not in result.documents[0].fields


def test_a_password_protected_post_is_kept_as_a_draft_on_request_without_its_password():
    result = ingest("kata-sandi.xml", include_drafts=True)
    kept = {document.id.split("#", 1)[1]: document for document in result.documents}
    assert [(key, document.draft) for key, document in kept.items()] == [("101", False), ("102", True), ("103", True)]
    assert kept["102"].fields["password_protected"] is True and "password_protected" not in kept["103"].fields
    assert "anggota2021" not in json.dumps(kept["102"].to_record())


# --- exports with one damaged spot ------------------------------------------------------------
# Each fixture is the same four-item export (posts 201–203, page 204) with one kind of damage.


def test_a_bare_ampersand_is_read_as_an_ampersand_and_named_on_its_item():
    result = ingest("amp-telanjang.xml")
    assert ids(result) == ["201", "202", "203", "204"] and result.failure is None and not result.unread
    posyandu = result.documents[1]
    assert posyandu.title == "Posyandu balita & ibu hamil dibuka kembali"
    assert posyandu.url == "https://desasukamaju.contoh.id/posyandu-balita/?utm_source=wa&utm_medium=grup"
    assert [(p.field, p.reason) for p in posyandu.problems] == [
        ("text", "not well-formed XML read as a browser reads it (from line 31, column 26): 2 '&' not starting an entity read as '&'")
    ]
    assert all(not document.problems for document in result.documents if document is not posyandu)
    # the site's own title has one too: the head is read as meant, so the authors' names are kept
    assert {document.author for document in result.documents} == {"Sekretariat Desa"}


def test_html_entities_outside_cdata_are_decoded_to_their_characters():
    result = ingest("entitas-html.xml")
    assert ids(result) == ["201", "202", "203", "204"] and not result.unread
    posyandu, gotong_royong = result.documents[1:3]
    assert posyandu.title == "Posyandu balita dibuka kembali – jangan lewatkan"
    assert [term.label for term in posyandu.categories] == ["Kesehatan & Gizi"]
    assert gotong_royong.title == "Gotong royong ‘bersih kali’ di saluran irigasi"
    assert [p.reason for p in posyandu.problems] == [
        "not well-formed XML read as a browser reads it (from line 31, column 18): 4 HTML entities decoded (&nbsp;, &ndash;)"
    ]
    assert [p.reason for p in gotong_royong.problems] == [
        "not well-formed XML read as a browser reads it (from line 44, column 24): 2 HTML entities decoded (&lsquo;, &rsquo;)"
    ]


def test_control_characters_outside_cdata_pasted_or_referenced_are_spaces():
    result = ingest("karakter-kendali.xml")
    assert ids(result) == ["201", "202", "203", "204"] and not result.unread
    posyandu, gotong_royong = result.documents[1:3]
    assert (posyandu.title, gotong_royong.title) == ("Posyandu balita dibuka kembali", "Gotong royong membersihkan saluran irigasi")
    assert [p.reason for p in posyandu.problems] == ["1 character(s) XML does not allow (the first '\\x0b' at line 31, column 25) read as spaces"]
    assert [p.reason for p in gotong_royong.problems] == [
        "not well-formed XML read as a browser reads it (from line 44, column 23): 1 reference to a character XML does not allow read as a space (&#11;)"
    ]


def test_an_item_with_a_mismatched_tag_is_left_out_and_named_and_the_others_are_read():
    result = ingest("tag-tidak-cocok.xml")
    assert ids(result) == ["201", "203", "204"] and result.failure is None
    assert [(failure.path, failure.reason) for failure in result.unread] == [
        (
            str(EXPORTS / "tag-tidak-cocok.xml"),
            "<item> 2 (line 30, id 202, “Posyandu balita dibuka kembali”) is not well-formed XML (mismatched tag: line 39, column 39): left out",
        )
    ]
    assert all(not document.problems for document in result.documents)


def test_a_cut_off_export_keeps_its_complete_items_and_says_it_was_cut_off():
    result = ingest("terpotong.xml")
    assert ids(result) == ["201", "202"] and result.failure is None
    assert [failure.reason for failure in result.unread] == [
        "the file is cut off (truncated) inside <item> 3 (line 43, “Gotong royong membersihkan saluran irigasi”), which is left out; "
        "the items before it are read"
    ]


def test_an_export_cut_off_between_items_says_so():
    text = (EXPORTS / "kata-sandi.xml").read_text(encoding="utf-8")
    cut = text[: text.index("</item>") + len("</item>")]
    result = ingest_bytes(cut.encode("utf-8"), "kata-sandi.xml", "kata-sandi.xml")
    assert ids(result) == ["101"]
    assert [failure.reason for failure in result.unread] == [
        "the file is cut off (truncated) after <item> 1 (line 13): it ends before the export does, so any items after that are missing"
    ]


def test_an_item_without_its_end_tag_is_left_out_and_the_items_inside_it_are_read_once():
    text = (EXPORTS / "kata-sandi.xml").read_text(encoding="utf-8").replace("</item>", "", 1)
    result = ingest_bytes(text.encode("utf-8"), "kata-sandi.xml", "kata-sandi.xml", IngestOptions(include_drafts=True))
    assert ids(result) == ["102", "103"]  # read by the parser as items inside the first
    assert [failure.reason for failure in result.unread] == [
        "<item> 1 (line 13, id 101, “Panen raya jagung di Desa Sukamaju”) has no end tag before the next item: left out"
    ]


def test_damage_outside_the_items_is_reported_and_the_items_are_read():
    text = (EXPORTS / "amp-telanjang.xml").read_text(encoding="utf-8")
    text = text.replace("<description>Kabar dari Desa Sukamaju</description>", "<description>Kabar dari Desa Sukamaju</deskripsi>")
    result = ingest_bytes(text.encode("utf-8"), "ekspor.xml", "ekspor.xml")
    assert ids(result) == ["201", "202", "203", "204"]
    assert [failure.reason for failure in result.unread] == [
        "not well-formed XML outside the items (mismatched tag: line 13, column 40): what it held is not read"
    ]
    assert {document.author for document in result.documents} == {"admin"}  # the authors' names were in the damaged head


def test_an_export_of_which_nothing_can_be_read_fails_as_a_whole():
    text = (EXPORTS / "terpotong.xml").read_text(encoding="utf-8")
    cut = text[: text.index("<wp:post_id>201")]
    result = ingest_bytes(cut.encode("utf-8"), "ekspor.xml", "ekspor.xml")
    assert not result.documents and not result.unread
    assert result.failure.reason == "invalid XML: no element found: line 23, column 2"


def test_recovery_stays_linear_on_hostile_damage():
    head = '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
    item = "<item><title>Judul</title><wp:post_id>{}</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>"
    comments = head + item.format(1) + "<!--" * 200_000  # each unclosed: a pattern that looks for its end from each one is quadratic
    before_root = '<?xml version="1.0"?><!-- <rss wordpress.org/export -->' + "<!--" * 200_000
    ampersands = head.replace("<channel>", "<channel><title>" + "& " * 200_000 + "</title>") + item.format(1) + "</channel></rss>"
    for text in (comments, before_root, ampersands):
        started = time.process_time()
        ingest_bytes(text.encode("utf-8"), "ekspor.xml", "ekspor.xml")
        assert time.process_time() - started < 3


def test_a_damaged_export_on_the_command_line(tmp_path):
    shutil.copy(EXPORTS / "terpotong.xml", tmp_path / "terpotong.xml")
    result = CliRunner().invoke(arsip, ["ingest", str(tmp_path / "terpotong.xml")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == (
        f"arsip: {tmp_path / 'terpotong.xml'}: the file is cut off (truncated) inside <item> 3 "
        "(line 43, “Gotong royong membersihkan saluran irigasi”), which is left out; the items before it are read"
    )
    assert "1 file, 2 documents, 0 repaired, 0 with problems, 1 failed" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["terpotong.xml#201", "terpotong.xml#202"]


def test_an_index_keeps_the_indexed_version_of_what_a_damaged_export_no_longer_gives(tmp_path):
    export = tmp_path / "situs" / "ekspor.xml"
    export.parent.mkdir()
    good = (EXPORTS / "tag-tidak-cocok.xml").read_text(encoding="utf-8").replace("</wp:comment_stat>", "</wp:comment_status>")
    export.write_text(good, encoding="utf-8")
    assert index_paths(tmp_path / "indeks", [str(export.parent)]).added == 4
    export.write_text((EXPORTS / "terpotong.xml").read_text(encoding="utf-8").replace("dusun", "desa"), encoding="utf-8")
    damaged = index_paths(tmp_path / "indeks", [str(export.parent)])
    assert (damaged.updated, damaged.removed, damaged.ingest.failed) == (2, 0, 1)
    assert index_stats(tmp_path / "indeks")["documents"] == 4
    export.write_text(good.replace("Posyandu balita dibuka kembali", "Posyandu lansia"), encoding="utf-8")
    whole = index_paths(tmp_path / "indeks", [str(export.parent)])
    assert (whole.updated, whole.removed, whole.ingest.failed) == (4, 0, 0)
    assert [hit.title for hit in search(tmp_path / "indeks", SearchRequest("posyandu")).hits] == ["Posyandu lansia"]


def test_an_index_reads_a_damaged_export_again_on_every_run_so_the_damage_is_never_forgotten(tmp_path):
    shutil.copy(EXPORTS / "terpotong.xml", tmp_path / "terpotong.xml")
    first = index_paths(tmp_path / "indeks", [str(tmp_path / "terpotong.xml")])
    assert (first.added, first.ingest.failed) == (2, 1)
    again = index_paths(tmp_path / "indeks", [str(tmp_path / "terpotong.xml")])
    assert (again.unchanged, again.updated, again.ingest.failed) == (0, 2, 1)
    assert index_stats(tmp_path / "indeks")["documents"] == 2
