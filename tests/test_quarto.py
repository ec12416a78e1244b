"""Quarto and R Markdown sites: detection, which files Quarto renders, where it publishes
them, and the Pandoc and knitr markup of their pages (see the quarto and blogdown sites in
tests/data/sites)."""

from pathlib import Path

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.screening import LIST_PAGE
from arsip.ingest.sites.generators import detect_generator
from arsip.ingest.sites.quarto import BLOGDOWN_RENDERED, HIDDEN, NOT_LISTED, OUTPUT, README, QuartoProject, quarto_path

SITES = Path(__file__).parent / "data" / "sites"


def _read(*names: str) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = read_documents([str(SITES / name) for name in names], IngestOptions(), report)
    return {document.id: document for document in documents}, report


def test_a_quarto_project_is_detected_by_its_configuration_and_a_lone_qmd_reads_as_quarto(tmp_path):
    assert detect_generator(str(SITES / "quarto")) == "quarto"
    (tmp_path / "_bookdown.yml").write_text("output_dir: docs\n", encoding="utf-8")
    assert detect_generator(str(tmp_path)) == "rmarkdown"
    lone = tmp_path / "lain"
    lone.mkdir()
    (lone / "catatan.qmd").write_text("---\ntitle: Catatan\n---\n```{r}\n#| echo: false\n1 + 1\n```\n", encoding="utf-8")
    [document] = read_documents([str(lone)])
    assert (document.generator, document.text) == ("quarto", "1 + 1")


def test_a_quarto_page_reads_as_the_rendered_page_shows_it():
    documents, _ = _read("quarto")
    page = documents["posts/panen-padi/index.qmd"]
    assert page.title == "Panen Padi di Karawang"  # Pandoc reads the title as Markdown
    assert page.authors == ["Siti Rahmawati", "Budi Santoso"]  # author mappings give their names
    assert page.url == "https://riset-tani.contoh.id/posts/panen-padi/index.html"
    assert [term.label for term in page.categories] == ["pertanian", "data"]
    assert page.fields["subtitle"] == "Catatan lapangan musim gadu"
    for phrase in (
        "Pendahuluan\n\nHasil panen musim ini naik (santoso2020, hlm. 12), seperti terlihat pada fig-hasil.",
        "Sumber data\n\nData dihimpun dari penyuluh di tiga desa.",  # a callout's title attribute
        "plot(panen$hasil_ton)",  # a chunk's code, without its options
        'rata_rata = panen["hasil"].mean()',
        "Rekaman panen raya",  # {{< video >}}'s title
        "Ditulis untuk Catatan lapangan musim gadu.",  # {{< meta subtitle >}}; the page break shows nothing
        "Kata gabah kering dipakai oleh petani.",
        "Sawah menguning\n\nPeta sebaran sawah irigasi",  # an image's attributes go; a raw HTML block is HTML
        "Istilah resmi dari dinas pertanian.",  # an inline footnote's text
        "Metode pengukuran ubinan dipakai di setiap petak.\n\nRekaman panen raya",  # the included file, in place
    ):
        assert phrase in page.text, phrase
    for markup in ("#|", "echo:", "{#", "{.", "{=", "width=", "^[", "@", "{{<", "newpage", "<div", "title="):
        assert markup not in page.text, markup
    assert page.problems == []


def test_files_quarto_renders_no_page_from_are_skipped_and_counted():
    documents, report = _read("quarto")
    assert sorted(documents) == ["posts/hujan/index.ipynb", "posts/panen-padi/index.qmd", "tentang.qmd"]
    assert report.skipped[LIST_PAGE] == 1  # index.qmd, whose listing: Quarto fills with the posts
    assert report.skipped[HIDDEN] == 3  # _metode.qmd, _freeze/…, .quarto/…
    assert report.skipped["site code or configuration"] == 2  # _quarto.yml, _variables.yml
    assert report.skipped[README] == 1
    assert report.skipped[NOT_LISTED] == 1  # posts/catatan-lama/ is taken back with "!"
    project = QuartoProject(output_dir="docs", render=("*.qmd", "bab/**/*.qmd"))
    assert project.unrendered_reason("docs/index.qmd") is not None
    assert project.unrendered_reason("bab/satu/pengantar.qmd") is None
    assert project.unrendered_reason("catatan/pengantar.qmd") == NOT_LISTED
    assert quarto_path("bab/pengantar.Rmd") == "bab/pengantar.html" and quarto_path("gambar/peta.png") is None


def test_a_blogdown_site_reads_each_r_markdown_source_once():
    documents, report = _read("blogdown")
    assert sorted(documents) == ["content/catatan/sampel.Rmarkdown", "content/post/2021-03-04-banjir/index.Rmd"]
    assert report.skipped[BLOGDOWN_RENDERED] == 2  # index.html beside index.Rmd, sampel.markdown beside sampel.Rmarkdown
    assert documents["content/catatan/sampel.Rmarkdown"].url == "https://blog.contoh.id/catatan/sampel/"


def test_a_bookdown_chapter_without_front_matter_is_read_and_its_heading_attributes_go(tmp_path):
    (tmp_path / "_bookdown.yml").write_text('language:\n  ui:\n    chapter_name: "Bab "\n', encoding="utf-8")
    (tmp_path / "01-pengantar.Rmd").write_text("# Pengantar {#pengantar}\n\n## Bagian tanpa nomor {-}\n\nIsi bab pertama.\n", encoding="utf-8")
    (tmp_path / "_main.Rmd").write_text("# Gabungan\n\nBerkas gabungan bookdown.\n", encoding="utf-8")
    [chapter] = read_documents([str(tmp_path)])
    assert (chapter.generator, chapter.title, chapter.text) == ("rmarkdown", "Pengantar", "Pengantar\n\nBagian tanpa nomor\n\nIsi bab pertama.")


def test_quarto_shortcodes_and_chunk_options_outside_a_quarto_site_stay_as_written():
    body = "```{r}\n#| echo: false\nx <- 1\n```\n\nLihat [teks]{.mark} dan {{< var versi >}}.\n"
    assert "#| echo: false" in markdown_to_text(body, {}, "markdown")
    quarto = markdown_to_text(body, {}, "quarto")
    assert "#|" not in quarto and "Lihat teks dan." in quarto


def test_an_include_that_cannot_be_read_keeps_no_text_and_is_named(tmp_path):
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\n", encoding="utf-8")
    (tmp_path / "_putaran.qmd").write_text("Awal putaran.\n\n{{< include _putaran.qmd >}}\n", encoding="utf-8")
    (tmp_path / "bab.qmd").write_text(
        "---\ntitle: Bab\n---\nIsi bab.\n\n{{< include _hilang.qmd >}}\n\n{{< include _putaran.qmd >}}\n\n{{< var versi >}}\n\n`{{< include _hilang.qmd >}}`\n",
        encoding="utf-8",
    )
    [page] = read_documents([str(tmp_path)])
    assert page.text == "Isi bab.\n\nAwal putaran.\n\n{{< include _hilang.qmd >}}"  # (the one in code is shown)
    assert [problem.reason for problem in page.problems] == [
        "{{< include _putaran.qmd >}} includes itself (through bab.qmd → _putaran.qmd): not read again",
        "2 Quarto shortcode(s) show what another file holds (not read): {{< include _hilang.qmd >}}, {{< var versi >}}",
    ]


def test_an_index_reads_a_quarto_page_again_when_the_file_it_includes_changes(tmp_path):
    from arsip.index.build import index_paths
    from arsip.index.inspect import get_records

    site, directory = tmp_path / "situs", tmp_path / "indeks"
    site.mkdir()
    (site / "_quarto.yml").write_text("project:\n  type: website\n", encoding="utf-8")
    (site / "jadwal.qmd").write_text("---\ntitle: Jadwal\n---\n{{< include _jam.qmd >}}\n", encoding="utf-8")
    (site / "_jam.qmd").write_text("Posyandu buka pukul delapan pagi.\n", encoding="utf-8")
    (site / "tentang.qmd").write_text("---\ntitle: Tentang\n---\nTentang posyandu desa.\n", encoding="utf-8")
    index_paths(directory, [str(site)])
    (site / "_jam.qmd").write_text("Posyandu buka pukul tujuh pagi.\n", encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "tujuh pagi" in get_records(directory, "jadwal.qmd")[0]["text"]
    assert report.ingest.unchanged == 1  # tentang.qmd, which includes nothing


def test_a_variable_the_project_does_not_define_is_named(tmp_path):
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\n", encoding="utf-8")
    (tmp_path / "_variables.yml").write_text("versi: 3\n", encoding="utf-8")
    (tmp_path / "rilis.qmd").write_text("---\ntitle: Rilis\n---\nVersi {{< var versi >}} untuk {{< var kota >}}.\n", encoding="utf-8")
    [page] = read_documents([str(tmp_path)])
    assert page.text == "Versi 3 untuk."
    assert [problem.reason for problem in page.problems] == ["1 Quarto shortcode(s) show what another file holds (not read): {{< var kota >}}"]


def test_a_quarto_project_in_an_archive_reads_its_variables_and_skips_what_quarto_does(tmp_path):
    import shutil

    archive = shutil.make_archive(str(tmp_path / "situs"), "zip", SITES, "quarto")
    documents, report = {}, IngestReport()
    for document in read_documents([archive], IngestOptions(), report):
        documents[document.id.split("!/")[-1]] = document
    assert sorted(documents) == ["quarto/posts/hujan/index.ipynb", "quarto/posts/panen-padi/index.qmd", "quarto/tentang.qmd"]
    assert "edisi 2.1" in documents["quarto/tentang.qmd"].text
    assert documents["quarto/tentang.qmd"].url == "https://riset-tani.contoh.id/tentang.html"


def test_a_notebook_reads_as_quarto_renders_it(tmp_path):
    documents, _ = _read("quarto")
    notebook = documents["posts/hujan/index.ipynb"]
    assert (notebook.format, notebook.generator, notebook.title) == ("notebook", "quarto", "Curah hujan di Bogor")
    assert (notebook.date, notebook.url) == ("2024-02-01", "https://riset-tani.contoh.id/posts/hujan/index.html")
    assert notebook.text == (
        "Data\n\nData curah hujan harian dari stasiun pengamatan di Bogor.\n\n"
        'import pandas as pd\nhujan = pd.read_csv("hujan.csv")\n\n'  # a code cell without its options, nor its output
        "Curah hujan tertinggi jatuh pada bulan Januari."  # a raw LaTeX cell shows nothing
    )
    (tmp_path / "rusak.ipynb").write_text('{"cells": [', encoding="utf-8")
    report = IngestReport()
    assert list(read_documents([str(tmp_path)], IngestOptions(), report)) == []
    assert "not a Jupyter notebook (invalid JSON" in report.failures[0].reason


def test_a_distill_blog_reads_its_posts_once_and_not_its_built_site():
    documents, report = _read("distill")
    assert sorted(documents) == ["_posts/2021-05-01-survei-air/survei-air.Rmd", "about.Rmd"]  # distill's posts live in _posts/
    post = documents["_posts/2021-05-01-survei-air/survei-air.Rmd"]
    assert (post.generator, post.authors, post.date) == ("rmarkdown", ["Dewi Lestari"], "2021-05-01")
    assert post.text == "knitr::opts_chunk$set(echo = FALSE)\n\nSebanyak tiga ratus rumah tangga di Cianjur diwawancarai tentang sumber air minum mereka."
    assert report.skipped[BLOGDOWN_RENDERED] == 1  # survei-air.html, knitted beside its .Rmd
    assert report.skipped[OUTPUT] == 1  # docs/, the output_dir of _site.yml


def test_labels_of_equations_and_tables_and_the_mark_of_a_table_caption_are_not_text():
    body = "$$\nC = S N(d_1)\n$$ {#eq-harga}\n\n| desa | ton |\n|---|---|\n| Sukamaju | 12 |\n\n: Hasil panen per desa {#tbl-panen}\n\nIstilah\n: penjelasannya\n"
    assert markdown_to_text(body, {}, "quarto") == "$$\nC = S N(d_1)\n$$\n\ndesa ton\nSukamaju 12\n\nHasil panen per desa\n\nIstilah\npenjelasannya"
