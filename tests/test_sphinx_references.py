"""Sphinx projects: ``:ref:`` and ``:doc:`` without a title show their target's title, found
across the project's pages; pages get their URL under ``html_baseurl``.

tests/data/sphinx-refs holds two Sphinx projects side by side: ``buku`` (``html_baseurl``
without a trailing slash, labels across three pages, a label before a figure, a label
defined nowhere) and ``catatan`` (with a trailing slash, naming a label of ``buku``)."""

from __future__ import annotations

import os
import shutil

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.sphinx.project import Project, project_targets
from arsip.ingest.sites.sphinx.targets import Label, Targets, document_target

from .conftest import archive_of
from .test_sites import SITES

PROJECTS = SITES.parent / "sphinx-refs"


@pytest.fixture(scope="module")
def documents():
    return {document.id: document for document in read_documents([str(PROJECTS)])}


def _reasons(document) -> str:
    return " | ".join(problem.reason for problem in document.problems)


def test_a_ref_without_title_shows_the_section_title_from_another_page(documents):
    index = documents["buku/index.rst"]
    assert "Mulailah dengan Mengunggah Berkas .zip ke Arsip, lalu baca Batas Ukuran Unggahan sebelum" in index.text
    assert "Bagian cara mencari menjelaskan" in index.text  # a written title wins
    assert "dan Catatan Rilis 2.4 merangkum" in index.text  # the title's |release| is the project's
    assert "lanjutkan ke Pencarian Lanjutan." in documents["buku/panduan/unggah.rst"].text  # a section deeper in a page
    cari = documents["buku/panduan/cari.rst"]
    assert "dan batasnya\ndi Batas Ukuran Unggahan." in cari.text  # the second of two labels before one (overlined) title
    assert not cari.problems, cari.problems
    for markup in (":ref:", "panduan-unggah", "Batas-Ukuran", "``", "|release|"):
        assert markup not in index.text, markup


def test_a_doc_without_title_shows_the_page_title(documents):
    index = documents["buku/index.rst"]
    assert "Daftar istilah ada di Daftar Istilah; panduan pencarian lengkap ada di\nMencari Dokumen Lama." in index.text
    assert "dijelaskan di Mengunggah Berkas .zip ke Arsip" in documents["buku/panduan/cari.rst"].text  # relative to its folder
    assert "lihat Mengunggah Berkas .zip ke Arsip." in documents["buku/lampiran/istilah.rst"].text  # ../


def test_an_unresolved_reference_is_guessed_and_says_so(documents):
    index = documents["buku/index.rst"]
    assert "Contoh formulir ada pada gambar formulir. Untuk pertanyaan lain, lihat\ntanya jawab umum." in index.text
    (problem,) = index.problems
    assert problem.field == "text"
    assert problem.reason.startswith("2 cross-reference(s) shown without their target's title, the text guessed:")
    assert ":ref:`gambar-formulir` → 'gambar formulir' (label 'gambar-formulir' marks a figure, not a section title)" in problem.reason
    assert ":ref:`tanya-jawab-umum` → 'tanya jawab umum' (no label 'tanya-jawab-umum' in the 4 page(s) of its Sphinx project)" in problem.reason


def test_each_project_has_its_own_targets(documents):
    catatan = documents["catatan/index.rst"]  # buku's label is not catatan's
    assert "Tata cara unggah mengikuti\npanduan unggah dari buku panduan, dan notulen lengkap ada di\nnotulen-mei." in catatan.text
    assert ":ref:`panduan-unggah` → 'panduan unggah' (no label 'panduan-unggah' in the 1 page(s)" in _reasons(catatan)
    assert ":doc:`notulen-mei` → 'notulen-mei' (no page 'notulen-mei'" in _reasons(catatan)


def test_sphinx_pages_are_published_under_html_baseurl(documents):
    assert documents["buku/index.rst"].url == "https://arsip-desa.contoh.id/buku/index.html"
    assert documents["buku/panduan/unggah.rst"].url == "https://arsip-desa.contoh.id/buku/panduan/unggah.html"
    assert documents["catatan/index.rst"].url == "https://catatan.contoh.id/rapat/index.html"  # ends with "/"


def test_a_project_read_as_the_input_root_is_the_same(documents):
    alone = {document.id: document for document in read_documents([str(PROJECTS / "buku")])}
    assert alone["index.rst"].text == documents["buku/index.rst"].text
    assert alone["panduan/cari.rst"].url == "https://arsip-desa.contoh.id/buku/panduan/cari.html"


def test_no_url_without_html_baseurl_nor_for_other_files(tmp_path):
    (tmp_path / "conf.py").write_text("html_theme = 'alabaster'\n", encoding="utf-8")
    (tmp_path / "index.rst").write_text("Panduan\n=======\n\nIsi panduan koperasi.\n", encoding="utf-8")
    assert [document.url for document in read_documents([str(tmp_path)])] == [None]
    (tmp_path / "conf.py").write_text("html_theme = 'alabaster'\nhtml_baseurl = 'https://koperasi.contoh.id/'\n", encoding="utf-8")
    (tmp_path / "catatan.md").write_text("# Catatan\n\nRapat pengurus koperasi.\n", encoding="utf-8")
    urls = {document.id: document.url for document in read_documents([str(tmp_path)])}
    assert urls == {"catatan.md": None, "index.rst": "https://koperasi.contoh.id/index.html"}


def test_a_page_outside_a_sphinx_project_resolves_its_own_labels_only(tmp_path):
    (tmp_path / "catatan.rst").write_text(
        "Catatan Rapat\n=============\n\nLihat :ref:`keputusan` dan :ref:`anggaran-desa`.\n\n"
        ".. _keputusan:\n\nKeputusan Rapat\n---------------\n\nIuran naik.\n",
        encoding="utf-8",
    )
    (document,) = read_documents([str(tmp_path)])
    assert "Lihat Keputusan Rapat dan anggaran desa." in document.text
    assert "(no label 'anggaran-desa' in this page, which is in no Sphinx project" in _reasons(document)


def test_a_label_defined_in_two_pages_is_the_last_page_s_as_in_sphinx_and_says_so(tmp_path):
    (tmp_path / "conf.py").write_text("html_theme = 'alabaster'\n", encoding="utf-8")
    (tmp_path / "index.rst").write_text("Beranda\n=======\n\nBaca :ref:`iuran`.\n", encoding="utf-8")
    for name, title in (("a.rst", "Iuran Lama"), ("b.rst", "Iuran Baru")):
        (tmp_path / name).write_text(f".. _iuran:\n\n{title}\n{'=' * len(title)}\n\nIsi.\n", encoding="utf-8")
    index = {document.id: document for document in read_documents([str(tmp_path)])}["index.rst"]
    assert "Baca Iuran Baru." in index.text
    assert "label 'iuran' is defined in several pages (a, b); the title is 'b''s, as Sphinx shows it" in _reasons(index)


def test_a_page_of_references_keeps_their_titles(tmp_path):
    """The words of a reference are its title's, in the body the text is checked against too:
    a page that is mostly references is not read conservatively."""
    (tmp_path / "conf.py").write_text("html_theme = 'alabaster'\n", encoding="utf-8")
    labels = ("pendaftaran-anggota", "simpanan-wajib", "pinjaman-lunak", "rapat-tahunan")
    titles = ("Daftar", "Iuran", "Kredit", "Musyawarah")  # fewer words than the labels
    (tmp_path / "index.rst").write_text("Isi\n===\n\n" + "".join(f"- :ref:`{label}`\n" for label in labels), encoding="utf-8")
    (tmp_path / "bab.rst").write_text("".join(f".. _{label}:\n\n{title}\n{'-' * len(title)}\n\nIsi bab.\n\n" for label, title in zip(labels, titles)), encoding="utf-8")
    index = {document.id: document for document in read_documents([str(tmp_path)])}["index.rst"]
    assert index.text == "Isi\n\n" + "\n".join(titles)
    assert not index.problems, index.problems


def test_a_changed_title_is_read_anew_in_the_next_run(tmp_path):
    (tmp_path / "conf.py").write_text("html_theme = 'alabaster'\n", encoding="utf-8")
    (tmp_path / "index.rst").write_text("Beranda\n=======\n\nBaca :doc:`iuran`.\n", encoding="utf-8")
    (tmp_path / "iuran.rst").write_text("Iuran Lama\n==========\n\nIsi.\n", encoding="utf-8")
    assert "Baca Iuran Lama." in {document.id: document for document in read_documents([str(tmp_path)])}["index.rst"].text
    (tmp_path / "iuran.rst").write_text("Iuran Baru\n==========\n\nIsi.\n", encoding="utf-8")
    index = {document.id: document for document in read_documents([str(tmp_path)])}["index.rst"]
    assert "Baca Iuran Baru." in index.text


@pytest.mark.parametrize(
    ("page", "labels", "title"),
    [
        (".. _a:\n\nJudul\n=====\n", {"a": "Judul"}, "Judul"),
        (".. _a:\n.. _b:\n\n=====\nJudul\n=====\n", {"a": "Judul", "b": "Judul"}, "Judul"),  # overline
        (".. _a:\n\nBab Dua\n---\n\nIsi.\n", {"a": None}, None),  # under 4 and shorter than its title: text
        (".. _a:\n\nBab\n---\n", {"a": "Bab"}, "Bab"),
        (".. _a:\n\nBab Dua\n-----\n", {"a": "Bab Dua"}, "Bab Dua"),  # shorter, but 4 or more: a title
        (".. _a:\n\nIsi paragraf.\n", {"a": None}, None),
        (".. _a:\n\n.. figure:: peta.png\n", {"a": None}, None),
        (".. _a:\n\n.. rubric:: Catatan *Kaki*\n", {"a": "Catatan *Kaki*"}, None),  # Sphinx shows a rubric's text
        (".. _situs: https://desa.contoh.id\n\nJudul\n=====\n", {}, "Judul"),  # a link target, not a label
        ("::\n\n    .. _a:\n\n    Judul\n    =====\n", {}, None),  # indented: a literal block
        ("- butir\n-------\n", {}, None),
        ("Pembuka\n\n.. _`Bab Dua`:\n\nBab Dua\n=======\n", {"bab dua": "Bab Dua"}, "Bab Dua"),
    ],
)
def test_the_scan_finds_labels_before_section_titles(page, labels, title):
    targets = Targets()
    targets.add_page("bab", page)
    assert {name: definitions[0].title for name, definitions in targets.labels.items()} == labels
    assert targets.titles.get("bab") == title


def test_a_label_before_a_figure_says_what_it_marks():
    targets = Targets()
    targets.add_page("bab", ".. _peta:\n\n.. figure:: peta.png\n\n   Peta desa.\n")
    assert targets.labels["peta"] == [Label("bab", None, "figure")]


@pytest.mark.parametrize(
    ("target", "docname", "expected"),
    [("unggah", "panduan/cari", "panduan/unggah"), ("/index", "panduan/cari", "index"), ("../index", "panduan/cari", "index"), ("a/b", "index", "a/b")],
)
def test_a_doc_target_is_relative_to_its_page_unless_absolute(target, docname, expected):
    assert document_target(target, docname) == expected


def test_an_index_reads_a_project_again_when_a_title_its_references_show_changed(tmp_path):
    project = tmp_path / "panduan"
    shutil.copytree(PROJECTS / "buku", project)
    directory = tmp_path / "indeks"
    assert index_paths(directory, [str(project)]).added == 4
    unchanged = index_paths(directory, [str(project)])
    assert (unchanged.unchanged, unchanged.reread) == (4, {})
    page = project / "panduan" / "cari.rst"
    page.write_text(page.read_text(encoding="utf-8").replace("Pencarian Lanjutan\n", "Pencarian Terperinci\n"), encoding="utf-8")
    report = index_paths(directory, [str(project)])
    assert report.reread == {str(project): "the Sphinx project's labels or section titles (what its cross-references show) changed"}
    assert report.updated == 4
    (record,) = get_records(directory, "panduan/unggah.rst")  # unchanged itself, it shows the new title
    assert "lanjutkan ke Pencarian Terperinci." in record["text"]


def test_an_index_reads_a_nested_project_again_when_its_titles_changed_and_only_it(tmp_path):
    folder = tmp_path / "ekspor"
    shutil.copytree(PROJECTS, folder)
    directory = tmp_path / "indeks"
    assert index_paths(directory, [str(folder)]).added == 5
    page = folder / "buku" / "lampiran" / "istilah.rst"
    page.write_text(page.read_text(encoding="utf-8").replace("Daftar Istilah\n==============", "Glosarium\n========="), encoding="utf-8")
    report = index_paths(directory, [str(folder)])
    assert report.reread == {str(folder / "buku"): "the Sphinx project's labels or section titles (what its cross-references show) changed"}
    assert (report.updated, report.unchanged) == (4, 1)
    (record,) = get_records(directory, "buku/index.rst")
    assert "Daftar istilah ada di Glosarium;" in record["text"]


def test_the_scan_reads_no_link_out_of_the_project_nor_a_pipe(tmp_path):
    project = tmp_path / "panduan"
    project.mkdir()
    (project / "conf.py").write_text("html_theme = 'alabaster'\n", encoding="utf-8")
    (project / "index.rst").write_text("Beranda\n=======\n\nBaca :ref:`rahasia` dan :ref:`antrean`.\n", encoding="utf-8")
    (tmp_path / "luar.rst").write_text(".. _rahasia:\n\nIsi Berkas Luar\n===============\n", encoding="utf-8")
    (project / "tautan.rst").symlink_to(tmp_path / "luar.rst")
    os.mkfifo(project / "antrean.rst")  # reading it would wait forever
    targets = project_targets(Project(str(project)))
    assert set(targets.labels) == set() and targets.pages == 1
    (document,) = [document for document in read_documents([str(project)]) if document.id == "index.rst"]
    assert "Baca rahasia dan antrean." in document.text


def _pack(folder, archive) -> None:
    """``folder`` packed into ``archive`` (zip or tar.gz) under its own name, as exports are."""
    archive_of(folder, archive, f"{folder.name}/")


@pytest.mark.parametrize("name", ["buku.zip", "buku.tar.gz"])
def test_a_project_in_an_archive_resolves_across_its_members(tmp_path, name, documents):
    archive = tmp_path / "ekspor" / name
    archive.parent.mkdir()
    _pack(PROJECTS / "buku", archive)
    for paths, prefix in (([str(archive)], f"{name}!/buku/"), ([str(archive.parent)], f"{name}!/buku/")):
        packed = {document.id: document for document in read_documents(paths)}
        index = packed[prefix + "index.rst"]
        assert index.text == documents["buku/index.rst"].text
        assert index.url == "https://arsip-desa.contoh.id/buku/index.html"
        assert "lihat Mengunggah Berkas .zip ke Arsip." in packed[prefix + "lampiran/istilah.rst"].text
        assert "the 4 page(s) of its Sphinx project" in _reasons(index)


def test_an_index_reads_an_archived_project_again_when_its_titles_changed(tmp_path):
    project, archive, directory = tmp_path / "buku", tmp_path / "ekspor" / "buku.zip", tmp_path / "indeks"
    shutil.copytree(PROJECTS / "buku", project)
    archive.parent.mkdir()
    _pack(project, archive)
    assert index_paths(directory, [str(archive.parent)]).added == 4
    page = project / "panduan" / "cari.rst"
    page.write_text(page.read_text(encoding="utf-8").replace("Pencarian Lanjutan\n", "Pencarian Terperinci\n"), encoding="utf-8")
    archive.unlink()
    _pack(project, archive)
    report = index_paths(directory, [str(archive.parent)])
    assert report.reread == {str(archive): "the Sphinx project's labels or section titles (what its cross-references show) changed"}
    (record,) = get_records(directory, "buku.zip!/buku/panduan/unggah.rst")
    assert "lanjutkan ke Pencarian Terperinci." in record["text"]


@pytest.mark.parametrize(
    ("setting", "url"),
    [
        ("html_file_suffix = '.htm'\n", "https://koperasi.contoh.id/bab/iuran.htm"),
        ("html_file_suffix = akhiran()\n", None),  # computed: the suffix is not known, no url is guessed
        ("", "https://koperasi.contoh.id/bab/iuran.html"),
    ],
)
def test_a_sphinx_page_url_takes_the_project_s_html_file_suffix(tmp_path, setting, url):
    (tmp_path / "conf.py").write_text(f"html_theme = 'alabaster'\nhtml_baseurl = 'https://koperasi.contoh.id'\n{setting}", encoding="utf-8")
    (tmp_path / "index.rst").write_text("Koperasi\n========\n\nBeranda.\n", encoding="utf-8")
    (tmp_path / "bab").mkdir()
    (tmp_path / "bab" / "iuran.rst").write_text("Iuran\n=====\n\nIuran bulanan anggota.\n", encoding="utf-8")
    assert {document.id: document.url for document in read_documents([str(tmp_path)])}["bab/iuran.rst"] == url


def test_an_index_reads_a_project_again_when_its_html_file_suffix_changed(tmp_path):
    project, directory = tmp_path / "buku", tmp_path / "indeks"
    shutil.copytree(PROJECTS / "buku", project)
    assert index_paths(directory, [str(project)]).added == 4
    with open(project / "conf.py", "a", encoding="utf-8") as conf:
        conf.write("html_file_suffix = '.htm'\n")
    report = index_paths(directory, [str(project)])
    assert report.reread == {str(project): "the Sphinx project's html_file_suffix changed"}
    (record,) = get_records(directory, "panduan/cari.rst")
    assert record["url"] == "https://arsip-desa.contoh.id/buku/panduan/cari.htm"


def test_the_benchmark_s_project_is_resolved_without_a_guess(tmp_path):
    """bench/sphinx_refs.py measures what it means to: every reference is found."""
    from bench.sphinx_refs import write_project

    write_project(str(tmp_path), 12, titled=False)
    documents = list(read_documents([str(tmp_path)]))
    assert len(documents) == 12 and all(not document.problems for document in documents)
    assert len(project_targets(Project(str(tmp_path))).labels) == 48
    assert ":ref:" not in documents[0].text and "Lihat Bab " in documents[0].text
