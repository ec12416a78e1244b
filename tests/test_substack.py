"""Substack exports: posts.csv beside posts/<post_id>.html."""

from __future__ import annotations

import shutil

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.substack import CUT_ROW, NO_ROW
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import DATA, zip_of

SUBSTACK = DATA / "substack"
MUSIM = "posts/141592653.musim-tanam-dimulai.html"


def documents(path, **options) -> dict:
    report = IngestReport()
    found = {d.id.split("!/")[-1].removeprefix("kabar-sawah/"): d for d in read_documents([str(path)], IngestOptions(workers=1, **options), report)}
    return found | {"report": report}


def test_posts_get_title_date_subtitle_type_and_audience_from_posts_csv():
    found = documents(SUBSTACK)
    post = found[MUSIM]
    assert post.title == "Musim Tanam Dimulai, Petani Bersiap"
    assert (post.date, post.date_source) == ("2024-02-03T01:30:00+00:00", "feed")
    assert post.fields["subtitle"] == "Kabar dari sawah Sukamaju minggu ini"
    assert (post.fields["slug"], post.fields["type"], post.fields["audience"]) == ("musim-tanam-dimulai", "newsletter", "everyone")
    assert post.url is None and post.generator == "html"  # the publication's address is not in the export
    assert found["posts/141592656.tentang.html"].fields["type"] == "page"
    paid = found["posts/141592654.laporan-kas-februari.html"]
    assert paid.fields["audience"] == "only_paid" and "pupuk dan sewa traktor" in paid.text


def test_unpublished_posts_are_drafts():
    found = documents(SUBSTACK)
    assert "posts/141592655.rencana-pasar-desa.html" not in found and found["report"].skipped["draft"] == 1
    draft = documents(SUBSTACK, include_drafts=True)["posts/141592655.rencana-pasar-desa.html"]
    assert draft.draft and draft.title == "Rencana Pasar Desa"


def test_text_keeps_figures_and_other_buttons_without_substack_s_subscribe_box_and_share_button():
    assert documents(SUBSTACK)[MUSIM].text.split("\n\n") == [
        "Musim tanam padi di Desa Sukamaju dimulai pekan ini. Kelompok tani membagikan benih kepada anggota.",
        "Karung benih padi di balai desa", "Benih dibagikan di balai desa", "Jadwal pengairan",
        "Air dari bendungan dialirkan bergiliran mulai Senin.", "Daftar kelompok tani",
    ]


def test_the_export_s_csv_files_are_never_documents():
    found = documents(SUBSTACK, include_drafts=True)
    assert not any("@" in d.text for key, d in found.items() if key != "report")  # the subscribers' list, the deliveries
    assert found["report"].skipped["unsupported format"] == 2  # the subscribers' list, the deliveries: not read
    assert found["report"].skipped["site code or configuration"] == 1  # posts.csv, read as the export's configuration


def test_an_export_in_a_zip_or_in_a_folder_of_the_input_is_read_the_same(tmp_path):
    archive = tmp_path / "export-kabarsawah.zip"
    zip_of(SUBSTACK, archive)
    shutil.copytree(SUBSTACK, tmp_path / "arsip" / "kabar-sawah")
    for path in (archive, tmp_path / "arsip"):
        assert documents(path)[MUSIM].title == "Musim Tanam Dimulai, Petani Bersiap"


def test_a_cut_off_posts_csv_keeps_every_post_and_says_what_it_lacks(tmp_path):
    export = tmp_path / "kabar-sawah"
    shutil.copytree(SUBSTACK, export)
    lines = (SUBSTACK / "posts.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (export / "posts.csv").write_text("".join(lines[:3]) + lines[3][:55], encoding="utf-8")  # cut inside the draft's row
    found = documents(export, include_drafts=True)
    assert found[MUSIM].title == "Musim Tanam Dimulai, Petani Bersiap" and not found[MUSIM].problems
    cut, missing = found["posts/141592655.rencana-pasar-desa.html"], found["posts/141592656.tentang.html"]
    assert [p.reason for p in cut.problems] == [CUT_ROW]
    assert [p.reason for p in missing.problems] == [NO_ROW]
    assert missing.text == "Kabar Sawah adalah surat kabar warga Desa Sukamaju tentang pertanian." and not missing.draft


def test_another_posts_csv_is_no_substack_export(tmp_path):
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts.csv").write_text("id,judul\n1,Rapat\n", encoding="utf-8")
    (tmp_path / "posts" / "rapat.html").write_text("<html><body><h1>Rapat Warga</h1><p>Rapat warga membahas air.</p></body></html>", encoding="utf-8")
    post = documents(tmp_path)["posts/rapat.html"]
    assert post.title == "Rapat Warga" and not post.problems


def test_an_index_reads_the_posts_again_when_posts_csv_changes(tmp_path):
    export = tmp_path / "kabar-sawah"
    shutil.copytree(SUBSTACK, export)
    index_paths(tmp_path / "indeks", [str(export)])
    posts_csv = export / "posts.csv"
    posts_csv.write_text(posts_csv.read_text(encoding="utf-8").replace("Petani Bersiap", "Petani Siap Menanam"), encoding="utf-8")
    run = index_paths(tmp_path / "indeks", [str(export)])
    assert "posts.csv" in run.reread[str(export)]
    [record] = get_records(tmp_path / "indeks", MUSIM)
    assert record["title"] == "Musim Tanam Dimulai, Petani Siap Menanam"
