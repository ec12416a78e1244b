"""No text lost silently: a conversion that keeps under 90% of the body's words is a problem
and the conservative conversion is used instead."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.document import Problem
from arsip.ingest.fidelity import checked_text, kept_share, markup_free, words

DEEP = "Pembuka cerita tentang warga.\n\n" + "> " * 30 + "Kalimat penting tentang banjir bandang yang melanda kampung nelayan kemarin sore.\n"


def test_a_conversion_that_loses_words_falls_back_and_is_recorded():
    problems: list[Problem] = []
    text = checked_text(DEEP, "Pembuka cerita tentang warga.", problems)
    assert text == "Pembuka cerita tentang warga.\n\nKalimat penting tentang banjir bandang yang melanda kampung nelayan kemarin sore."
    assert problems == [Problem("text", "the conversion kept 27% of the body's words; the text was converted conservatively instead")]


def test_text_nested_deeper_than_the_parser_reads_is_kept_where_it_was_and_recorded():
    (document,) = ingest_bytes(f"---\ntitle: Banjir\n---\n{DEEP}".encode(), "banjir.md", "banjir.md").documents
    assert document.text == "Pembuka cerita tentang warga.\n\nKalimat penting tentang banjir bandang yang melanda kampung nelayan kemarin sore."
    [problem] = document.problems
    assert problem.field == "text" and "nested more than 20 quotes or lists deep" in problem.reason


def test_markup_is_not_counted_as_words():
    body = (
        '<div class="kotak-info" data-warna="merah"><img src="foto-warga.jpg" alt="Warga berkumpul"></div>\n'
        "[tautan](https://contoh.id/halaman-panjang) {% include kepala.html %} {{< figure src=\"gambar.png\" >}}\n"
        "[caption id=\"lampiran\"]Keterangan gambar[/caption] {: .kelas-besar } Catatan[^satu]\n"
    )
    assert sorted(words(markup_free(body))) == ["berkumpul", "catatan", "gambar", "keterangan", "tautan", "warga"]


def test_template_syntax_is_removed_also_when_unpaired():
    body = "Awal {{< gambar kalimat >}} tengah%}} ujung>}} dan }} lalu {{ site.judul selesai {% if x %}ya {/* c */} {:.k}"
    assert markup_free(body) == "Awal tengah ujung dan lalu selesai ya"


def test_kept_share_counts_repeated_words():
    assert kept_share(words("buruh buruh buruh pabrik"), "buruh pabrik") == 0.5
    assert kept_share(words("ada"), "") == 1.0  # no words of four letters or more


def test_a_faithful_conversion_is_kept_as_it_is():
    problems: list[Problem] = []
    assert checked_text("**Rapat** warga _desa_ Sukamaju.", "Rapat warga desa Sukamaju.", problems) == "Rapat warga desa Sukamaju."
    assert problems == []


def test_summaries_name_the_files_with_problems(tmp_path):
    import json

    from click.testing import CliRunner

    from arsip.cli.main import arsip

    (tmp_path / "banjir.md").write_text(f"---\ntitle: Banjir\n---\n{DEEP}", encoding="utf-8")
    (tmp_path / "baik.md").write_text("---\ntitle: Baik\n---\nIsi yang baik.\n", encoding="utf-8")
    ingested = CliRunner().invoke(arsip, ["ingest", str(tmp_path), "--problems"])
    assert ingested.exit_code == 0
    summary, listed = ingested.stderr.strip().split("\n")
    assert "1 with problems (" in summary and "banjir.md" in summary
    assert listed.endswith("banjir.md: text: 1 part(s) nested more than 20 quotes or lists deep were read conservatively (markup stripped, every word kept)")
    indexed = CliRunner().invoke(arsip, ["index", str(tmp_path), "--index", str(tmp_path / "indeks"), "--json"])
    [entry] = json.loads(indexed.stdout)["problem_documents"]
    assert entry["id"] == "banjir.md" and entry["problems"][0][0] == "text"
