"""No text lost silently: a conversion that keeps under 90% of the body's words is a problem
and the conservative conversion is used instead."""

from collections import Counter

import pytest

from arsip.ingest.document import Problem
from arsip.ingest.fidelity import MIN_SHARE, WORD, bracketed_letters_joined, checked_text, kept_share, markup_free, word_count, words
from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.sites.syntax import syntax_of

DEEP = "Pembuka cerita tentang warga.\n\n" + "> " * 30 + "Kalimat penting tentang banjir bandang yang melanda kampung nelayan kemarin sore.\n"


def test_a_conversion_that_loses_words_falls_back_and_is_recorded():
    problems: list[Problem] = []
    text = checked_text(DEEP, "Pembuka cerita tentang warga.", problems)
    assert text == "Pembuka cerita tentang warga.\n\nKalimat penting tentang banjir bandang yang melanda kampung nelayan kemarin sore."
    assert problems == [Problem("text", "the conversion kept 26% of the body's words; the text was converted conservatively instead")]


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


def test_link_text_that_looks_like_a_shortcode_is_kept():
    body = "Baca [laporan warga nomor 1](http://contoh.id/l) dan [![foto rumah](a.png)](b) [!INCLUDE [judul](inc.md)] [caption id=\"f\"]Panen[/caption]"
    assert markup_free(body) == "Baca laporan warga nomor 1 dan ! foto rumah Panen"


def test_template_syntax_is_removed_also_when_unpaired():
    body = "Awal {{< gambar kalimat >}} tengah%}} ujung>}} dan }} lalu {{ site.judul selesai {% if x %}ya {/* c */} {:.k}"
    assert markup_free(body) == "Awal tengah ujung dan lalu selesai ya"


def test_wordpress_embeds_in_markdown_are_not_words_the_conversion_lost():
    body = (
        "---\ntitle: Kerja bakti\n---\nFoto kerja bakti warga.\n\n[gallery]\n\n"
        "[embed]https://id.wikipedia.org/wiki/Gotong_(royong)[/embed]\n\n"
        '[youtube=https://www.youtube.com/watch?v=KerjaBaktiDusun&w=640]\n\n[contact-form][contact-field label="Nama"][/contact-form]\n'
    )
    (document,) = ingest_bytes(body.encode(), "posts/kerja-bakti.md", "posts/kerja-bakti.md", generator="wordpress").documents
    assert (document.text, document.problems) == ("Foto kerja bakti warga.", [])


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


# The word counting and the conservative conversion take shortcuts (UTF-8 bytes when every
# letter is ASCII, only the lines a file name can be on, one scan to each "["): each gives
# what the straightforward way gives, also on input where the shortcut must not be taken.
WORD_EDGE_CASES = [
    "",
    "Rapat",
    "ada dua kata: rapat, warga",
    "Kafé desa",  # a non-ASCII letter inside a word: the bytes of "é" would split it
    "Straße STRASSE İstanbul ﬁnal",  # casefold() is not lower() for these
    "Гражданин Warga ستة",
    "abc² warga",  # "²" is a letter for [^\W\d_] (a word character that is not a decimal digit)
    "kata’kata “kutipan” —pisah—\u00a0spasi\u3000lebar",  # non-ASCII characters that are not letters
    "nama_berkas 2024warga warga2024 abc1defg",
    "rusak\ud800teks",  # a lone surrogate
    "aaaa aaa aaaaa a aaaa",
]


@pytest.mark.parametrize("text", WORD_EDGE_CASES)
def test_word_count_and_words_are_those_the_word_pattern_finds(text):
    found = WORD.findall(text)
    assert word_count(text) == len(found)
    assert words(text) == Counter(word.casefold() for word in found)


def test_words_with_non_ascii_letters_are_counted_whole():
    assert word_count("Kafé desa") == 2 and word_count("kafé") == 1
    assert words("Straße STRASSE") == Counter({"strasse": 2})
    assert word_count("warga’warga\u00a0kampung") == 3


def test_file_names_are_removed_on_every_line_they_are_on():
    body = (
        "Foto rapat.JPG di balai\n"
        "Tanpa berkas di baris ini, hanya titik. Dan (kurung).\n"
        "(lampiran)-2.pdf awal, tengah foto.jpg.bak dan akhir laporan_akhir.docx\n"
        "sampul.png\n"
        "kata.jpgx bukan berkas, www.contoh.id/foto.png juga"
    )
    assert markup_free(body) == (
        "Foto di balai\nTanpa berkas di baris ini, hanya titik. Dan (kurung).\n"
        "awal, tengah .bak dan akhir\n\nkata.jpgx bukan berkas, juga"
    )


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Surel mailto:redaksi@contoh.id ya", "Surel ya"),
        ("Unduh ftp://arsip.contoh.id/berkas-warga ya", "Unduh ya"),
        ("Buka www.contoh.id/halaman-warga ya", "Buka ya"),
        ("Lihat https://contoh.id/berita-desa dan http://lama.contoh.id/kabar ya", "Lihat dan ya"),
        ("Catatan: waktu 10:30, tanpa tautan", "Catatan: waktu 10:30, tanpa tautan"),
    ],
)
def test_every_kind_of_url_is_removed_and_only_urls(body, text):
    assert markup_free(body) == text


@pytest.mark.parametrize(
    ("text", "joined"),
    [("E[x]trak", "Extrak"), ("[t]ampilkan", "tampilkan"), ("ab[c][d]ef", "abcdef"), ("[a][b]c", "[a]bc"), ("x[a][b]", "xa[b]"),
     ("[x] selesai", "[x] selesai"), ("catatan[1]", "catatan[1]"), ("[_]a", "[_]a"), ("kaf[é]", "kafé")],
)
def test_a_bracketed_letter_is_joined_only_inside_a_word(text, joined):
    assert bracketed_letters_joined(text) == joined


LINKED = "".join(f"Baca [Laporan warga nomor {n}](https://contoh.id/arsip/laporan-panjang-tentang-banjir-{n}.html) di sini.\n\n" for n in range(5))


@pytest.mark.parametrize(
    "body",
    [
        LINKED,
        "".join(f"![Warga berkumpul di balai desa](/gambar/rapat-warga-desa-sukamaju-{n}.jpeg)\n\n" for n in range(5)),
        '<div class="kotak-pengumuman-penting"><p>Rapat warga <a href="https://contoh.id/pengumuman-rapat-warga-desa">besok</a></p></div>\n' * 3,
        '{% include kepala-halaman-utama.html judul="x" %}\n\nRapat warga desa.\n\n{{< gambar sumber="foto-rapat-warga-desa.png" >}}\n' * 3,
    ],
)
def test_words_only_markup_has_do_not_make_a_faithful_conversion_fail(body):
    converted = markup_free(body)
    assert word_count(converted) < MIN_SHARE * word_count(body)  # the quick count alone cannot accept it
    problems: list[Problem] = []
    assert checked_text(body, converted, problems) == converted
    assert problems == []


def test_a_conversion_that_loses_linked_text_is_caught_and_converted_once():
    calls = []

    def conservative(body: str) -> str:
        calls.append(body)
        return markup_free(body)

    problems: list[Problem] = []
    lost = "Baca di sini.\n\n" * 5  # every link's text dropped
    assert checked_text(LINKED, lost, problems, conservative) == markup_free(LINKED)
    assert calls == [LINKED]
    assert problems == [Problem("text", "the conversion kept 40% of the body's words; the text was converted conservatively instead")]


def test_a_link_title_is_a_tooltip_not_words_of_the_body():
    """WordPress's link dialog wrote ``title="..."`` on links: a tooltip, which the HTML
    conversion leaves out, so it is no word the conversion could lose; a component's
    ``title`` is text."""
    body = (
        '<p>Pengurus koperasi desa menerima laporan keuangan tahunan, lalu <a title="Tautan langsung ke halaman '
        'formulir pendaftaran anggota baru koperasi" href="https://contoh.id/daftar/">mendaftar di sini</a>.</p>'
    )
    problems: list[Problem] = []
    converted = "Pengurus koperasi desa menerima laporan keuangan tahunan, lalu mendaftar di sini."
    assert checked_text(body, converted, problems) == converted and problems == []
    assert "Tautan" not in markup_free(body) and "Peringatan banjir" in markup_free('<Callout title="Peringatan banjir">Isi</Callout>')


#: An MDX page whose HTML and JSX blocks hold expressions that are code: props, handlers, a
#: list rendered from data. They are markup, not words the conversion could lose.
MDX_EXPRESSIONS = """Kartu anggota koperasi menampilkan data pemiliknya.

<div className={gaya.kartuAnggota} style={{warnaLatar: tema.warnaUtama}}>
  <span>{props.namaLengkap} {props.alamatRumah} {props.nomorTelepon}</span>
  <button onClick={() => setTerbuka(!terbuka)}>Tampilkan</button>
  {daftarSimpanan.map((simpanan) => <li key={simpanan.kode}>{simpanan.jumlah}</li>)}
  <p>{"Saldo terakhir"}</p>
</div>

Contoh kode `{props.namaLengkap}` dan:

```jsx
<Kartu nama={anggota.namaLengkap} />
```
"""


def test_mdx_expressions_that_are_code_are_markup_not_lost_words():
    (document,) = ingest_bytes(MDX_EXPRESSIONS.encode(), "kartu.mdx", "kartu.mdx", generator="mdx").documents
    assert document.problems == []
    assert document.text == (
        "Kartu anggota koperasi menampilkan data pemiliknya.\n\nTampilkan\n\nSaldo terakhir\n\n"
        "Contoh kode {props.namaLengkap} dan:\n\n<Kartu nama={anggota.namaLengkap} />"
    )


def test_mdx_compared_body_keeps_string_expressions_and_code_as_written():
    compared = syntax_of("mdx").compared_body(MDX_EXPRESSIONS, {})
    assert compared.endswith("Contoh kode `{props.namaLengkap}` dan:\n\n```jsx\n<Kartu nama={anggota.namaLengkap} />\n```\n")
    assert sorted(words(markup_free(compared))) == sorted(
        words("Kartu anggota koperasi menampilkan data pemiliknya Tampilkan Saldo terakhir Contoh kode props namaLengkap")
    )
    assert syntax_of("markdown").compared_body(MDX_EXPRESSIONS, {}) == MDX_EXPRESSIONS  # elsewhere braces are text


def test_an_mdx_conversion_that_loses_text_is_still_caught():
    body = MDX_EXPRESSIONS + "\nParagraf penutup tentang rapat tahunan anggota koperasi simpan pinjam.\n"
    problems: list[Problem] = []
    converted = checked_text(syntax_of("mdx").compared_body(body, {}), "Kartu anggota koperasi.", problems)
    assert "Paragraf penutup tentang rapat tahunan" in converted and "kode props.namaLengkap dan" in converted
    assert "alamatRumah" not in converted and [problem.field for problem in problems] == ["text"]


def test_an_image_label_that_only_names_its_file_is_markup():
    body = (
        "![250px-Januari_08_2012_Sosialisasi_Program_di_Pedukuhan_Ngentak,_Timbulharjo.JPG](https://contoh.id/a.jpg)\n\n"
        '<img src="/b.png" alt="Peta jalur evakuasi Dusun Krajan.png">\n\nRapat warga membahas jalur evakuasi.\n'
    )
    assert sorted(words(markup_free(body))) == ["evakuasi", "jalur", "membahas", "rapat", "warga"]
    (document,) = ingest_bytes(body.encode(), "rapat.md", "rapat.md").documents
    assert document.text == "Rapat warga membahas jalur evakuasi." and document.problems == []


def test_a_share_just_under_the_threshold_never_reads_as_the_threshold():
    """The share in the problem is rounded down: 89.7% of the words kept reads 89%, not the
    90% that would pass."""
    body = " ".join(f"kata{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(1000))
    converted = " ".join(body.split()[:897])
    problems: list[Problem] = []
    checked_text(body, converted, problems)
    assert problems == [Problem("text", "the conversion kept 89% of the body's words; the text was converted conservatively instead")]
