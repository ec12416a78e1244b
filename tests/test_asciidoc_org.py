"""AsciiDoc and Org files: their headers and keywords as metadata, their bodies as plain
text, nothing outside the file read, in time linear in the input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from arsip.ingest.asciidoc.header import read_header
from arsip.ingest.asciidoc.text import asciidoc_to_text
from arsip.ingest.org.inline import org_inline_text
from arsip.ingest.org.text import read_org
from arsip.ingest.pipeline import ingest_bytes, read_documents
from arsip.ingest.readers.org import org_date
from arsip.ingest.results import IngestOptions, IngestReport

DATA = Path(__file__).parent / "data" / "adoc_org"


def documents(folder: Path, **options) -> dict:
    report = IngestReport()
    found = {document.id: document for document in read_documents([str(folder)], options=IngestOptions(**options), report=report)}
    assert report.failures == []
    return found


def test_hugo_site_adoc_and_org_pages():
    found = documents(DATA / "hugo")
    page = found["content/berita/siaran-perdana.adoc"]
    assert (page.format, page.generator, page.title, page.date) == ("asciidoc", "hugo", "Siaran Perdana Radio Desa", "2021-03-04")
    assert [tag.key for tag in page.tags] == ["radio", "siaran"] and [c.key for c in page.categories] == ["berita"]
    assert page.url == "https://radiodesa.contoh.id/berita/siaran-perdana/"
    assert page.fields["description"] == "Radio desa mengudara untuk pertama kalinya."
    assert "mengudara untuk pertama kalinya dari balai desa.\nWarga berkumpul mendengarkan siaran uji coba itu." in page.text
    assert "Jadwal Siaran\n\nJadwal mingguan\n\nHari Acara\nSenin Kabar Desa\nKamis Dialog Petani" in page.text
    assert "Siaran pagi dimulai pukul enam.\nSiaran malam berisi musik daerah." in page.text
    assert "Tip: Dengarkan di frekuensi 107,7 FM." in page.text and "Informasi lengkap di halaman jadwal." in page.text
    for markup in ("*", "|", "[cols", "Catatan redaksi", "https://", "Judul Dokumen", "`", "=="):
        assert markup not in page.text, markup
    assert page.problems == []
    notes = found["content/catatan/rapat-warga.org"]
    assert (notes.format, notes.generator, notes.title, notes.date, notes.author) == ("org", "hugo", "Rapat Warga tentang Pemancar", "2021-04-12", "Siti Aminah")
    assert [tag.key for tag in notes.tags] == ["rapat", "pemancar"]
    assert notes.text == (
        "Rapat dibuka oleh kepala desa di balai warga.\n\nKeputusan rapat\n\n"
        "Warga sepakat membeli pemancar baru dengan dana swadaya.\n\n"
        "Iuran per rumah: sepuluh ribu rupiah\nBendahara mencatat iuran"
    )


def test_antora_page_header_body_and_what_is_not_read():
    [page] = documents(DATA / "antora").values()
    assert (page.format, page.generator, page.title, page.date, page.date_source) == (
        "asciidoc", "antora", "Perizinan Radio Komunitas", "2021-05-20", "front_matter:revdate",
    )
    assert page.authors == ["Budi Santoso", "Rina Wulandari"]
    assert [tag.key for tag in page.tags] == ["perizinan", "radio-komunitas", "izin", "frekuensi"]
    assert (page.fields["revnumber"], page.fields["revremark"], page.fields["email"]) == ("1.2", "Tambah bagian biaya", "budi@contoh.id")
    expected = [
        "dari Komisi Penyiaran Indonesia Daerah.\nLihat juga tata cara pendirian dan Biaya Perizinan.",
        "Catatan: Biaya izin dibayarkan melalui bank pemerintah.",
        "curl -s https://contoh.id/izin?tahap=1\n\nMengambil formulir tahap pertama.",
        "Lembaga penyiaran komunitas didirikan oleh komunitas tertentu.\n\n\u2014 Pasal 21, Undang-Undang Penyiaran",
        "Kontak: Sekretariat jaringan radio komunitas\nBiaya: Tidak dipungut biaya tambahan",
        "Frekuensi yang dipakai adalah {frekuensi-desa}.",
    ]
    for phrase in expected:
        assert phrase in page.text, phrase
    for markup in ("include::", "xref:", "<<", "[[", "[source", "----", "____", "<1>", "# <1>", ":keywords:", "masih draf", "{lembaga}"):
        assert markup not in page.text, markup
    assert [problem.reason for problem in page.problems] == [
        "1 file(s) included with include:: are not read into this page: partial$syarat-umum.adoc",
        "attribute(s) not defined in the file (set by the site or a file not read), left as written: {frekuensi-desa}",
        "no Antora playbook (antora-playbook.yml) in the input gives the site's URL (site.url)",  # (the component alone: see test_antora)
    ]


def test_ox_hugo_org_file():
    post = documents(DATA / "oxhugo")["content-org/kabar-desa.org"]
    assert (post.format, post.generator, post.title, post.date, post.author) == ("org", "org", "Pelatihan Jurnalisme Warga", "2022-08-17T09:30:00", "Dewi Lestari")
    assert [tag.key for tag in post.tags] == ["jurnalisme", "media-warga", "menulis-berita", "wawancara"]
    assert [category.key for category in post.categories] == ["pelatihan", "kegiatan"]
    assert post.fields["slug"] == "pelatihan-jurnalisme-warga"
    assert post.text == (
        "Sebanyak dua puluh pemuda mengikuti pelatihan menulis berita dengan\ngaya piramida terbalik dan 5W+1H. "
        "Materi lengkap ada di\nmodul pelatihan.\n\nMateri hari pertama\n\n"
        "Peserta belajar teknik wawancara dan menyalin mengutip narasumber.\n\n"
        "Sesi Pemateri\nPagi Dewi Lestari\nSiang Ahmad Fauzi\n\n"
        "Berita yang baik lahir dari pertanyaan yang baik.\n\n"
        'judul = "*Kabar Desa*"  # tetap apa adanya\n\nPenutup\n\nPelatihan ditutup dengan pembagian sertifikat.'
    )
    for hidden in ("TODO", ":materi:", "fotografi", "Anggaran", "panitia", "contoh.id", "#+"):
        assert hidden not in post.text, hidden


def test_drafts_are_left_out_unless_asked(tmp_path):
    (tmp_path / "draf.org").write_text("#+TITLE: Draf Berita\n#+HUGO_DRAFT: true\n\nIsi berita yang belum terbit.\n", encoding="utf-8")
    (tmp_path / "draf2.org").write_text("#+TITLE: Draf Lain\n#+DRAFT: t\n\nIsi lain yang belum terbit.\n", encoding="utf-8")
    assert documents(tmp_path) == {}
    kept = documents(tmp_path, include_drafts=True)
    assert sorted(kept) == ["draf.org", "draf2.org"] and all(document.draft for document in kept.values())


def test_a_pgp_signature_named_asc_is_not_a_document():
    signature = b"-----BEGIN PGP SIGNATURE-----\n\niQIzBAABCAAdFiEE\n-----END PGP SIGNATURE-----\n"
    result = ingest_bytes(signature, "rilis.tar.gz.asc", "rilis.tar.gz.asc")
    assert result.documents == [] and result.left_out == {"not a document: PGP signature or key": 1}


@pytest.mark.parametrize(
    "line, attributes",
    [
        ("v1.0, 2021-03-04: Rilis pertama", {"revnumber": "1.0", "revdate": "2021-03-04", "revremark": "Rilis pertama"}),
        ("2021-03-04", {"revdate": "2021-03-04"}),
        ("v2.1", {"revnumber": "2.1"}),
        ("4 Maret 2021 10:00: catatan", {"revdate": "4 Maret 2021 10:00", "revremark": "catatan"}),
    ],
)
def test_revision_line(line, attributes):
    header = read_header(["= Judul", "Penulis Satu", line, ":awal: nilai", "", "Isi."])
    assert header.attributes == {"author": "Penulis Satu", **attributes, "awal": "nilai"} and header.lines == 4


def test_asciidoc_inline_markup_and_blocks():
    body = (
        "Teks *tebal*, **sangat**, _miring_, `kode`, #tanda#, H~2~O dan x^2^ +\n"
        "baris berikut dengan +*bintang*+ dan pass:[<b>] serta {nbsp}spasi.\n\n"
        "Tautan link:berkas.pdf[unduhan, window=_blank] dan mailto:redaksi@contoh.id[redaksi] "
        "serta image:ikon.png[Ikon radio] dan kbd:[Ctrl+C] footnote:[Catatan kaki penting.]\n\n"
        "[NOTE]\n====\nBlok catatan berisi peringatan.\n====\n\n"
        ",===\nnama,jumlah\nberas,10\n,===\n\n"
        "++++\n<p>Paragraf <em>HTML</em> mentah.</p>\n++++\n\n"
        "ifdef::internal[]\nBagian untuk internal.\nendif::[]\n\n"
        "  baris literal   dengan spasi\n\n"
        "[comment]\n--\nKomentar tersembunyi.\n--\n\n"
        "Lihat https://contoh.id[situs radio^].\n\n[bibliography]\n* [[[santoso]]] Santoso, B. Radio Rakyat.\n"
    )
    converted = asciidoc_to_text(body.split("\n"), {})
    assert converted.text == (
        "Teks tebal, sangat, miring, kode, tanda, H2O dan x2\nbaris berikut dengan *bintang* dan <b> serta spasi.\n\n"
        "Tautan unduhan dan redaksi serta Ikon radio dan Ctrl+C (Catatan kaki penting.)\n\n"
        "Note:\n\nBlok catatan berisi peringatan.\n\nnama jumlah\nberas 10\n\nParagraf HTML mentah.\n\n"
        "Bagian untuk internal.\n\nbaris literal   dengan spasi\n\nLihat situs radio.\n\n[santoso] Santoso, B. Radio Rakyat."
    )
    assert converted.problems == []


@pytest.mark.parametrize(
    "org, text",
    [
        ("*tebal* /miring/ _garis_ +coret+ =kode= ~kode~", "tebal miring garis coret kode kode"),
        ("=*tetap*= dan ~/juga/~", "*tetap* dan /juga/"),
        ("[[https://contoh.id][deskripsi tautan]] dan [[https://contoh.id/tanpa]]", "deskripsi tautan dan https://contoh.id/tanpa"),
        ("[[file:foto.jpg]] foto dan [[*Bab Satu]]", " foto dan Bab Satu"),
        ("a*b*c 2*3*4 dan src_python{print(1)} dan @@html:<br>@@", "a*b*c 2*3*4 dan print(1) dan "),
        ("catatan[fn:1] dan [fn::isi kaki] pada <2021-03-04 Kam>", "catatan dan  (isi kaki) pada 2021-03-04 Kam"),
    ],
)
def test_org_inline_markup(org, text):
    assert org_inline_text(org) == text


@pytest.mark.parametrize(
    "value, iso",
    [("<2021-03-04 Kam>", "2021-03-04"), ("[2021-03-04 Thu 10:00]", "2021-03-04 10:00"), ("<2021-03-04 Kam 10:00-11:30 +1w>", "2021-03-04 10:00"), ("4 Maret 2021", "4 Maret 2021")],
)
def test_org_dates(value, iso):
    assert org_date(value) == iso


def test_org_todo_keywords_drawers_and_escapes():
    org = read_org(
        "#+TODO: RENCANA PROSES | SELESAI\n* RENCANA [#B] Rapat [1/3] :kerja:\n:LOGBOOK:\nCLOCK: [2021-03-04 Kam 10:00]\n:END:\n"
        ":CATATAN:\nIsi laci yang diekspor.\n:END:\n#+BEGIN_EXAMPLE\n,* bukan judul\n#+END_EXAMPLE\n: baris tetap\n"
        "#+INCLUDE: \"bab-dua.org\"\n#+CAPTION: Tabel iuran\n| a | b |\n** SELESAI Beres\n-----\nAkhir.\n"
        "#+begin_src sh\necho halo\n#+end_src\n\n#+RESULTS:\n: halo keluaran\n: baris dua\n\nSesudah hasil.\n"
    )
    assert org.text == (
        "Rapat\n\nIsi laci yang diekspor.\n\n* bukan judul\n\nbaris tetap\n\nTabel iuran\n\na b\n\nBeres\n\nAkhir.\n\necho halo\n\nSesudah hasil."
    )
    assert [problem.reason for problem in org.problems] == ["1 file(s) named by #+INCLUDE or #+SETUPFILE are not read into this page: bab-dua.org"]


def test_a_conversion_that_loses_words_is_a_problem_and_keeps_them(tmp_path):
    menu = " ".join(["Beranda Profil Kegiatan Laporan Kontak"] * 10)
    (tmp_path / "halaman.adoc").write_text(f"= Halaman\n\nPembuka singkat.\n\n++++\n<nav>{menu}</nav>\n++++\n", encoding="utf-8")
    (tmp_path / "halaman.org").write_text(f"#+TITLE: Halaman\n\nPembuka singkat.\n#+BEGIN_EXPORT html\n<nav>{menu}</nav>\n#+END_EXPORT\n", encoding="utf-8")
    for document in documents(tmp_path).values():
        assert any("the conversion kept" in problem.reason for problem in document.problems), document.id
        assert "Beranda Profil Kegiatan" in document.text and "<nav>" not in document.text


def _seconds(convert, text: str) -> float:
    started = time.process_time()
    convert(text)
    return time.process_time() - started




@pytest.mark.parametrize(
    "piece",
    [
        "* a" + " " * 3000 + "x :t:\n",  # a heading padded with spaces (tag and title patterns)
        "== a" + " " * 3000 + "x\n",
        "*a _b `c #d +e ~f ^g [[h <<i {j} ",  # openers without closers
        ":laci:\n#+BEGIN_SRC\n////\n----\n|===\n",  # drawers, blocks and comments never closed
        "- istilah" + " " * 2000 + "::\n* [ ]" + " " * 2000 + "x\n",
        "link:" + "a" * 2000 + " https://" + "b" * 2000 + " ",
        "** TODO a :t:\n:PROPERTIES:\n:EXPORT_FILE_NAME: a\n:X: y\n",  # ox-hugo posts, drawers never closed
    ],
    ids=["org-heading", "adoc-title", "openers", "unclosed-blocks", "list-spaces", "long-targets", "subtree-posts"],
)
def test_hostile_input_takes_linear_time(piece):
    """Twice the input takes about twice the time (under four times), never its square."""
    from arsip.ingest.readers import SourceFile
    from arsip.ingest.readers.asciidoc import read as read_asciidoc
    from arsip.ingest.readers.org import read as read_org_file

    for read in (read_asciidoc, read_org_file):
        convert = lambda text: list(read(text, SourceFile("a", "a", "a")))  # noqa: E731
        small, large = piece * 60, piece * 120
        convert(small)  # warm up
        assert _seconds(convert, large) < 4 * _seconds(convert, small) + 0.05, read.__module__


def test_ox_hugo_subtree_posts_are_documents_of_their_own():
    found = documents(DATA / "oxhugo", include_drafts=True)
    panen = found["content-org/semua-kabar.org#panen-raya-padi-organik"]
    assert (panen.title, panen.date, panen.author, panen.draft) == ("Panen Raya Padi Organik", "2023-03-15T16:20:00", "Redaksi Kabar Desa", False)
    assert [tag.label for tag in panen.tags] == ["desa", "panen", "beras organik"]
    assert [category.key for category in panen.categories] == ["berita", "pertanian"]
    assert panen.fields["slug"] == "panen-raya" and panen.fields["export_file_name"] == "panen-raya-padi-organik"
    assert panen.text == "Kelompok tani memanen padi organik di lahan seluas dua hektare.\n\nHasil panen\n\nBlok Hasil\nUtara 4 ton"
    kompos = found["content-org/semua-kabar.org#rencana-pupuk-kompos"]
    assert (kompos.title, kompos.date, kompos.draft) == ("Rencana Pupuk Kompos", "2023-04-01", True)
    assert [tag.label for tag in kompos.tags] == ["kompos", "pupuk alami"] and [c.key for c in kompos.categories] == ["berita", "pertanian"]
    assert kompos.text == "Warga akan membuat pupuk kompos bersama."
    assert not any(key.startswith("content-org/semua-kabar.org#tulisan") for key in found)  # under a COMMENT heading
    assert all("Catatan pribadi" not in document.text for document in found.values())
    published = documents(DATA / "oxhugo")
    assert "content-org/semua-kabar.org#rencana-pupuk-kompos" not in published  # a TODO post is a draft


def test_hugo_org_list_keywords(tmp_path):
    (tmp_path / "hugo.toml").write_text('baseURL = "https://contoh.id/"\n', encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "kabar.org").write_text(
        "#+TITLE: Kabar Sepekan\n#+DATE: 2021-06-01\n#+TAGS[]: banjir sungai\n#+CATEGORIES: bencana\n#+TAGS: a b\n\nAir sungai naik setinggi lutut.\n",
        encoding="utf-8",
    )
    [page] = documents(tmp_path).values()
    assert (page.generator, page.date) == ("hugo", "2021-06-01")
    assert [tag.key for tag in page.tags] == ["banjir", "sungai"] and [c.key for c in page.categories] == ["bencana"]
    assert page.fields["tags"] == ["banjir", "sungai"]


def test_hugo_shortcodes_in_asciidoc_and_org_pages(tmp_path):
    (tmp_path / "hugo.toml").write_text('baseURL = "https://contoh.id/"\n', encoding="utf-8")
    (tmp_path / "content").mkdir()
    figure = '{{< figure src="/img/sungai.jpg" caption="Sungai meluap di dusun timur" >}}'
    (tmp_path / "content" / "banjir.adoc").write_text(f"= Banjir Dusun\n\nAir naik pagi ini.\n\n{figure}\n", encoding="utf-8")
    (tmp_path / "content" / "banjir.org").write_text(f"#+TITLE: Banjir Dusun\n\nAir naik pagi ini.\n\n{figure}\n", encoding="utf-8")
    found = documents(tmp_path)
    for name in ("content/banjir.adoc", "content/banjir.org"):
        assert found[name].text == "Air naik pagi ini.\n\nSungai meluap di dusun timur", name
    outside = tmp_path / "lain"
    outside.mkdir()
    (outside / "catatan.adoc").write_text("Teks {{< ini >}} tetap.\n", encoding="utf-8")
    assert documents(outside)["catatan.adoc"].text == "Teks {{< ini >}} tetap."


def test_attribute_values_refer_to_attributes_and_cannot_multiply_the_text():
    lines = [":url-repo: https://contoh.id/radio", ":url-isu: {url-repo}/isu", "", "Laporkan di {url-isu}[daftar isu] atau {url-isu}."]
    header = read_header(lines)
    assert asciidoc_to_text(lines[header.lines :], header.attributes).text == "Laporkan di daftar isu atau https://contoh.id/radio/isu."
    value = "kata " * 200_000  # 1 MB, referred to 20 times: 20 MB of text
    converted = asciidoc_to_text(["{panjang} " * 20], {"panjang": value})
    assert len(converted.text) < 9_000_000 and "{panjang}" in converted.text
    assert [problem.reason for problem in converted.problems] == ["attribute references would add over 8,000,000 characters; the rest are left as written"]


def test_an_undefined_reference_inside_an_attribute_value_is_a_problem_where_the_value_is_shown():
    lines = [
        ":url-arsip: {url-situs}/arsip", ":kosong: a{empty}b", ":tak-dipakai: {belum-ada}", ":turunan: {url-arsip}/2021", "",
        "Arsip berita ada di {url-arsip} dan {turunan}; {kosong}.",
    ]
    header = read_header(lines)
    converted = asciidoc_to_text(lines[header.lines :], header.attributes)
    assert converted.text == "Arsip berita ada di {url-situs}/arsip dan {url-situs}/arsip/2021; ab."  # as Asciidoctor shows them
    assert [problem.reason for problem in converted.problems] == [
        "attribute(s) not defined in the file (set by the site or a file not read), left as written: {url-situs}"  # {belum-ada} is never shown
    ]
