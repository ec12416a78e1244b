"""Ghost exports (the JSON file Ghost's admin downloads): each post and page a document."""

from __future__ import annotations

import json

import pytest

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.readers.json_formats import is_ghost
from arsip.ingest.results import IngestOptions

from .conftest import DATA

GHOST = DATA / "ghost"
EXPORT = "kabar-desa.ghost.2024-01-05-03-00-00.json"
PANEN, TENTANG, RONDA, KOPERASI = (f"65a1b2c3d4e5f60001a1b2c{n}" for n in (1, 2, 6, 5))


def ingest(name: str, data: bytes | None = None, **options):
    data = (GHOST / name).read_bytes() if data is None else data
    return ingest_bytes(data, name, str(GHOST / name), IngestOptions(**options))


def by_id(result) -> dict:
    return {document.id.split("#", 1)[1]: document for document in result.documents}


def test_posts_and_pages_are_documents_and_drafts_and_scheduled_posts_are_drafts():
    result = ingest(EXPORT)
    assert list(by_id(result)) == [PANEN, TENTANG, KOPERASI, RONDA]
    assert dict(result.left_out) == {"draft": 2}
    assert {(d.format, d.generator) for d in result.documents} == {("ghost", "html")}
    drafts = {d.title: d.fields["status"] for d in ingest(EXPORT, include_drafts=True).documents if d.draft}
    assert drafts == {"Rencana Perbaikan Jalan Desa": "draft", "Jadwal Posyandu Februari": "scheduled"}


def test_post_metadata_tags_authors_and_fields():
    document = by_id(ingest(EXPORT))[PANEN]
    assert document.title == "Panen Raya di Sukamaju"
    assert (document.date, document.date_source) == ("2024-01-03T02:15:00+00:00", "feed")
    assert [t.label for t in document.tags] == ["Pertanian", "Kabar Desa"]  # in posts_tags' sort_order
    assert document.fields["internal_tags"] == ["#sorotan"]  # Ghost never shows them: not tags
    assert document.authors == ["Siti Rahmawati", "Budi Santoso"]
    assert document.fields["custom_excerpt"] == "Panen raya padi di sawah timur Sukamaju."
    assert document.fields["meta_description"] == "Warga Sukamaju memanen tujuh ton padi per hektare."
    assert (document.fields["slug"], document.fields["type"], document.fields["updated_at"]) == ("panen-raya-di-sukamaju", "post", "2024-01-03T05:30:00.000Z")
    assert document.url is None  # the export does not hold the site's address
    assert by_id(ingest(EXPORT))[TENTANG].fields["type"] == "page"


def test_text_comes_from_html_after_the_feature_image_alt_text_and_caption():
    text = by_id(ingest(EXPORT))[PANEN].text
    assert text.split("\n\n") == [
        "Petani memanen padi", "Foto: Budi Santoso", "Warga Desa Sukamaju memanen padi bersama di sawah timur desa.",
        "Hasil panen meningkat", "Kelompok tani mencatat hasil tujuh ton per hektare.", "Sawah menguning", "Sawah timur menjelang panen",
    ]


def test_members_only_post_keeps_its_whole_text_and_says_who_may_read_it():
    document = by_id(ingest(EXPORT))[KOPERASI]
    assert "Rincian anggaran koperasi hanya untuk anggota" in document.text
    assert document.fields["visibility"] == "members" and not document.draft
    assert document.url == "https://koperasi-sukamaju.id/laporan-2023/"  # its own canonical_url


def test_post_without_html_is_read_from_its_lexical_document():
    text = by_id(ingest(EXPORT))[RONDA].text
    assert text.split("\n\n") == [
        "Pengumuman jadwal ronda malam untuk warga RT 03.", "Pembagian regu", "Regu pertama berjaga hari Senin",
        "Regu kedua berjaga hari Kamis", "Pos ronda baru di ujung gang", "Pos ronda dibangun swadaya",
        "Mohon kehadiran tepat waktu.\nSalam, pengurus.",
    ]
    assert "surel" not in text  # an email-only card


def test_old_export_markdown_mobiledoc_dates_in_milliseconds_and_the_url_setting():
    documents = by_id(ingest("ghost-lama.json"))
    post, page = documents["1"], documents["2"]
    assert post.text == "Musyawarah desa membahas anggaran pembangunan.\n\nHadir kepala desa dan perwakilan dusun."
    assert post.date == "2015-03-11T12:52:29+00:00" and post.author == "Agus Wijaya"
    assert post.url == "https://kabar-lama.id/musyawarah-desa-2015/"  # Ghost's default route, /{slug}/
    assert post.fields["meta_description"] == "Musyawarah desa tahun 2015"
    assert page.fields["type"] == "page" and page.text == "Alamat balai desa di Jalan Merdeka.\n\nHubungi kantor desa setiap hari kerja."


def test_truncated_export_fails_with_its_path_position_and_reason():
    result = ingest("terpotong.ghost.json")
    assert not result.documents
    assert result.failure.reason.startswith("invalid JSON (the file is cut off: truncated): Unterminated string")
    assert "line 1, column" in result.failure.reason


def test_other_json_is_skipped_as_configuration_and_a_ghost_wrapper_without_posts_fails():
    assert ingest("package.json").skipped == "site code or configuration"
    result = ingest("cadangan.json", b'{"db": [{"meta": {"version": "5.0"}, "data": {"tags": []}}]}')
    assert result.failure.reason == "not a Ghost export: no data.posts"


def test_export_is_recognised_by_content_not_name():
    data = (GHOST / EXPORT).read_bytes()
    assert len(ingest("cadangan-blog.json", data).documents) == 4
    assert is_ghost('{\n  "meta": {"exported_on": 1, "version": "2.0"},\n  "data": {"posts": []}}')
    assert not is_ghost('{"data": {"items": []}, "meta": {"page": 1}}')  # an API response


def test_a_repair_belongs_to_the_post_it_was_made_in():
    data = json.loads((GHOST / EXPORT).read_text(encoding="utf-8"))
    data["db"][0]["data"]["posts"][1]["html"] = "<p>Kabar Desa adalah media warga Desa Sukamaju \u00e2\u20ac\u201c sejak 2019.</p>"
    documents = by_id(ingest("ekspor.json", json.dumps(data, ensure_ascii=False).encode()))
    assert "warga Desa Sukamaju \u2013 sejak 2019" in documents[TENTANG].text
    assert documents[TENTANG].repairs and not documents[PANEN].repairs


@pytest.mark.parametrize("name", [EXPORT, "ghost-lama.json"])
def test_no_problems_on_whole_exports(name):
    assert all(not document.problems for document in ingest(name).documents)
