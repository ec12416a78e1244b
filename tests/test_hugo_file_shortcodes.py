"""A Hugo site's shortcodes that show another file's content: ``readfile``, ``include`` and
a site's own shortcode given a ``file`` whose template shows it unchanged show that file's
text in place, read from the site's folders (tests/data/hugo-includes); a file they
cannot read, a site's own shortcode whose template does more (or is not there) and any of
them outside a site on disk are named in a problem."""

from pathlib import Path

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "hugo-includes"


def _text_and_problems(body: str) -> tuple[str, list[str]]:
    problems: list = []
    text = markdown_to_text(body, {}, "hugo", problems)
    return text, [problem.reason for problem in problems]


def test_file_reading_shortcodes_are_named_with_their_counts():
    text, problems = _text_and_problems(
        "Langkah pemasangan aplikasi desa.\n\n"
        '{{< readfile file="/includes/prasyarat.md" markdown="true" >}}\n\n'
        '{{% include "tugas-prasyarat.md" %}}\n\n'
        '{{% codenew file="pods/pod-sederhana.yaml" %}}\n\n'
        '{{< readfile file="contoh/konfigurasi.toml" code="true" lang="toml" >}}\n'
    )
    assert text == "Langkah pemasangan aplikasi desa."
    assert problems == ["4 shortcode(s) showing another file's content, which arsip does not read: readfile (2), include (1), codenew (1)"]


def test_shortcodes_shown_in_code_or_escaped_and_other_shortcodes_are_not_named():
    text, problems = _text_and_problems(
        'Tulis `{{< readfile file="a.md" >}}` untuk menyisipkan berkas, atau {{</* include "b.md" */>}}.\n\n'
        '```\n{{< readfile file="c.md" >}}\n```\n\n'
        '{{< figure src="peta.png" caption="Peta desa" >}} Berkas profil tersedia.\n'
    )
    assert problems == []
    assert "Peta desa" in text


def _site_pages() -> dict:
    return {document.id: document for document in read_documents([str(SITE)])}


def test_readfile_and_include_show_the_files_they_name_in_place():
    page = _site_pages()["content/panduan/pasang.md"]
    assert page.text == (
        "Ikuti langkah berikut untuk memasang aplikasi layanan desa.\n\n"
        "Siapkan komputer dengan sambungan internet dan akun operator desa.\n\n"  # readfile from the page's folder, Markdown
        "Contoh berkas konfigurasi posko:\n\n"
        'posko:\n  nama: Posko Siaga Banjir\n  telepon: "0812-0000-1111"\n\n'  # readfile "/contoh/…" from the site's root, as code
        "Pelayanan dibuka setiap hari Senin sampai Jumat.\n\n"  # include from content/includes/, without its front matter,
        "Catatan: bawa KTP asli saat datang ke balai desa.\n\n"  # and its own include of "catatan" (catatan.md) in turn
        "Jadwal ronda dicetak oleh skrip berikut:\n\n"
        '#!/bin/sh\necho "Jadwal ronda malam: Senin dan Kamis"\n\n'  # the site's kode shortcode, whose template highlights the file
        'Untuk menyisipkan berkas, tulis {{< include "jadwal.md" >}}.'
    )


def test_a_file_that_cannot_be_read_and_a_site_shortcode_given_a_file_are_named():
    page = _site_pages()["content/panduan/pasang.md"]
    assert [problem.reason for problem in page.problems] == [
        "{{< readfile hilang.md >}} is not read: no such file (content/panduan/hilang.md, hilang.md, content/hilang.md)",
        "{{< readfile ../../../rahasia.txt >}} is not read: the file is outside the site's root",
        # the site's potongan shortcode, whose template shows only some lines, and codenew, which has no template here
        "2 shortcode(s) showing another file's content, which arsip does not read: potongan (1), codenew (1)",
    ]


def test_a_page_including_itself_reads_itself_once():
    page = _site_pages()["content/panduan/berulang.md"]
    assert page.text == "Bagian ini menyisipkan dirinya sendiri."
    assert [problem.reason for problem in page.problems] == [
        "{{< include berulang.md >}} includes itself (through content/panduan/berulang.md): not read again"
    ]


def test_readfile_shows_markdown_as_code_when_told_and_code_as_markdown_when_told(tmp_path):
    (tmp_path / "hugo.toml").write_text('baseURL = "https://contoh.id/"\n', encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "sisipan.md").write_text("Isi **tebal** sisipan.\n", encoding="utf-8")
    (tmp_path / "content" / "catatan.txt").write_text("Catatan *penting* warga.\n", encoding="utf-8")
    (tmp_path / "content" / "pasang.md").write_text(
        '---\ntitle: Pemasangan\n---\n{{< readfile file="sisipan.md" code="true" >}}\n\n{{< readfile file="catatan.txt" markdown="true" >}}\n',
        encoding="utf-8",
    )
    page = {document.id: document for document in read_documents([str(tmp_path)])}["content/pasang.md"]
    assert page.text == "Isi **tebal** sisipan.\n\nCatatan penting warga."
    assert page.problems == []


def test_an_index_reads_a_hugo_page_again_when_a_file_it_shows_changes_or_appears(tmp_path):
    from arsip.index.build import index_paths
    from arsip.index.inspect import get_records

    site, directory = tmp_path / "situs", tmp_path / "indeks"
    (site / "content").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://contoh.id/"\n', encoding="utf-8")
    (site / "jam.txt").write_text("Posyandu buka pukul delapan pagi.\n", encoding="utf-8")
    (site / "content" / "jadwal.md").write_text('---\ntitle: Jadwal\n---\n{{< readfile file="/jam.txt" markdown="true" >}}\n', encoding="utf-8")
    (site / "content" / "lokasi.md").write_text('---\ntitle: Lokasi\n---\nDi balai desa.\n\n{{% include "peta.md" %}}\n', encoding="utf-8")
    (site / "content" / "tentang.md").write_text("---\ntitle: Tentang\n---\nTentang posyandu desa.\n", encoding="utf-8")
    index_paths(directory, [str(site)])
    (site / "jam.txt").write_text("Posyandu buka pukul tujuh pagi.\n", encoding="utf-8")
    (site / "includes").mkdir()
    (site / "includes" / "peta.md").write_text("Sebelah utara lapangan.\n", encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "tujuh pagi" in get_records(directory, "content/jadwal.md")[0]["text"]
    assert "utara lapangan" in get_records(directory, "content/lokasi.md")[0]["text"]
    assert report.ingest.unchanged == 1  # tentang.md, which shows no other file


def test_a_shortcode_given_a_file_and_closed_in_the_page_shows_its_own_content():
    """Hugo's documentation's ``code-toggle``: ``file`` names the configuration it shows,
    the content is that configuration, code shown as TOML, YAML and JSON (kept verbatim)."""
    text, problems = _text_and_problems(
        "Atur mutu gambar di konfigurasi situs desa:\n\n"
        "{{< code-toggle file=hugo >}}\n[imaging]\n# mutu bawaan\nquality = 75\n[params]\n  penulis = '**Siti**'\n{{< /code-toggle >}}\n\n"
        '{{% codenew file="pods/pod-sederhana.yaml" %}}\n'
    )
    assert text == (
        "Atur mutu gambar di konfigurasi situs desa:\n\n"
        "[imaging]\n# mutu bawaan\nquality = 75\n[params]\n  penulis = '**Siti**'"
    )
    assert problems == ["1 shortcode(s) showing another file's content, which arsip does not read: codenew (1)"]


def test_a_file_linked_from_outside_the_input_root_is_named(tmp_path):
    site = tmp_path / "situs"
    (site / "content").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://contoh.id/"\n', encoding="utf-8")
    (tmp_path / "rahasia.md").write_text("Kata sandi operator.\n", encoding="utf-8")
    (site / "content" / "tautan.md").symlink_to(tmp_path / "rahasia.md")
    (site / "content" / "pasang.md").write_text('---\ntitle: Pemasangan\n---\nLangkah pemasangan.\n\n{{< readfile file="tautan.md" >}}\n', encoding="utf-8")
    page = {document.id: document for document in read_documents([str(site)])}["content/pasang.md"]
    assert page.text == "Langkah pemasangan."
    assert [problem.reason for problem in page.problems] == ["{{< readfile tautan.md >}} is not read: not a file inside the input root on disk"]
