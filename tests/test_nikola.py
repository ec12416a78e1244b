"""Nikola sites: detection by ``conf.py`` (not Sphinx's), a post's metadata (its comment
block, a ``.meta`` file, a notebook's ``metadata.nikola``), where Nikola publishes it,
translations, drafts and shortcodes (the site is tests/data/sites/nikola)."""

import shutil
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.generators import detect_generator, look_into_archive
from arsip.ingest.sites.nikola import NikolaSite, is_nikola_conf, meta_file, metadata_block, nikola_date, nikola_site
from arsip.ingest.sites.syntax import nikola_problems, nikola_shortcodes

SITE = Path(__file__).parent / "data" / "sites" / "nikola"
CONF = (SITE / "conf.py").read_text(encoding="utf-8")


def _documents(path: Path, **options) -> dict:
    return {document.id: document for document in read_documents([str(path)], IngestOptions(**options))}


def test_a_nikola_conf_is_told_from_sphinx_and_pelican_ones(tmp_path):
    assert is_nikola_conf(CONF)
    assert not is_nikola_conf('project = "Panduan"\nhtml_theme = "alabaster"\nextensions = ["sphinx.ext.autodoc"]\n')
    assert not is_nikola_conf('SITENAME = "Kabar"\nSITEURL = "https://kabar.contoh.id"\n')  # Pelican's settings
    assert detect_generator(str(SITE)) == "nikola"
    sphinx = tmp_path / "sphinx"
    sphinx.mkdir()
    (sphinx / "conf.py").write_text('project = "Panduan"\nhtml_theme = "alabaster"\n', encoding="utf-8")
    (sphinx / "index.rst").write_text("Panduan\n=======\n\nIsi panduan.\n", encoding="utf-8")
    assert detect_generator(str(sphinx)) == "docs"


def test_conf_py_is_read_without_running_it():
    base, site = nikola_site(CONF)
    assert base == "https://kabar.contoh.id/"
    assert site.default_lang == "id" and dict(site.translations) == {"id": "", "en": "./en"}  # {DEFAULT_LANG: ""}
    assert ("posts/*.md", (("", "posts"),)) in site.sources and ("pages/*.md", (("", ""),)) in site.sources
    assert (site.timezone, site.author, site.unknown) == ("Asia/Jakarta", "Redaksi Kabar Desa", ())  # CONTENT_FOOTER's code: not needed
    _, computed = nikola_site('import os\nBLOG_TITLE = "Kabar"\nSITE_URL = os.environ["SITE_URL"]\nPOSTS = (("posts/*.md", "posts", "post.tmpl"),)\n')
    assert computed.unknown == ("SITE_URL",)
    assert "conf.py computes SITE_URL" in computed.unplaced_reason("posts/judul.md")
    old, nikola5 = nikola_site('BLOG_TITLE = "Kabar"\nBLOG_URL = "https://kabar.contoh.id/"\npost_pages = (("posts/*.txt", "posts", "post.tmpl", True),)\n')
    assert (old, nikola5.sources) == ("https://kabar.contoh.id/", (("posts/*.txt", (("", "posts"),)),))  # Nikola 5's names


def test_pages_are_placed_as_nikola_places_them():
    site = NikolaSite(sources=(("posts/*.md", (("", "posts"),)), ("pages/*.md", (("", ""),))), default_lang="id", translations=(("id", ""), ("en", "./en")))
    assert site.place("posts/panen.md", {"slug": "panen-raya"}) == "posts/panen-raya/"
    assert site.place("posts/2019/Banjir Besar.md", {}) == "posts/2019/banjir-besar/"  # the file name made a slug, its folder kept
    assert site.place("posts/panen.en.md", {"slug": "harvest"}) == "en/posts/harvest/"
    assert site.place("pages/tentang.md", {"slug": "tentang"}) == "tentang/"
    assert site.place("pages/index.md", {"slug": "index"}) == ""  # the site's home: index.html, stripped
    assert site.place("posts/panen.md", {"slug": "panen", "pretty_url": "False"}) == "posts/panen.html"
    assert NikolaSite(sources=(("posts/*.md", (("", "posts"),)),), pretty_urls=False).place("posts/panen.md", {}) == "posts/panen.html"
    assert site.place("README.md", {}) is None and site.place("posts/gambar.png", {}) is None


def test_the_metadata_block_is_read_and_its_lines_blanked():
    text = "<!--\n.. title: Panen Raya\n.. slug: panen\n.. link:\n-->\n\nWarga memanen padi.\n"
    found = metadata_block(text)
    assert found.fields == {"title": "Panen Raya", "slug": "panen"}  # an empty value is none, as in Nikola
    assert found.text == "\n" * 5 + "\nWarga memanen padi.\n"  # the same lines, the same line numbers
    rest = metadata_block(".. title: Rapat Desa\n.. tags: rapat, irigasi\n\nWarga berkumpul.\n")
    assert rest.fields == {"title": "Rapat Desa", "tags": "rapat, irigasi"} and rest.text.strip() == "Warga berkumpul."
    for text in (
        "<!-- catatan penulis -->\n\nWarga memanen padi.\n",
        "Warga memanen padi.\n\n.. title: bukan metadata\n",
        ".. note:: Jadwal panen bisa berubah.\n\nWarga memanen padi.\n",  # a directive
        ".. title: Panen\nWarga memanen padi.\n",  # a paragraph of text
    ):
        assert metadata_block(text).fields == {} and metadata_block(text).text == text


def test_meta_files_in_both_forms():
    assert meta_file(".. title: Gotong Royong\n.. slug: gotong-royong\n") == {"title": "Gotong Royong", "slug": "gotong-royong"}
    old = meta_file("Pasar Pindah\npasar-pindah\n2012/11/20 08:00\nekonomi, pasar\n\nPedagang menempati kios baru.\n")
    assert old == {"title": "Pasar Pindah", "slug": "pasar-pindah", "date": "2012/11/20 08:00", "tags": "ekonomi, pasar", "description": "Pedagang menempati kios baru."}


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2020-03-05 10:00:00 UTC+07:00", "2020-03-05T10:00:00+07:00"),
        ("2020-03-05 10:00:00 UTC", "2020-03-05T10:00:00+00:00"),
        ("2020-03-05 10:00:00+0800", "2020-03-05T10:00:00+08:00"),
        ("2021-07-10 19:30", "2021-07-10T19:30:00+07:00"),  # in the site's TIMEZONE
        ("2012/11/20 8:00", "2012-11-20T08:00:00+07:00"),
        ("2020-03-05", None),  # a day alone: arsip's own parser reads it
    ],
)
def test_dates_keep_their_offset(value, expected):
    assert nikola_date(value, "Asia/Jakarta") == expected


def test_the_site_s_posts_pages_and_translations():
    documents = _documents(SITE)
    post = documents["posts/panen-raya.md"]
    assert (post.generator, post.title, post.date, post.url) == (
        "nikola", "Panen Raya di Desa Sukamaju", "2020-03-05T10:00:00+07:00", "https://kabar.contoh.id/posts/panen-raya-sukamaju/"
    )  # its link is the original source's, not its address
    assert [t.label for t in post.tags] == ["pertanian", "panen"] and [c.label for c in post.categories] == ["Berita"]
    assert post.author == "Redaksi Kabar Desa" and post.fields["description"] == "Warga Sukamaju memanen padi bersama."
    assert post.fields["lang"] == "id" and post.fields["link"] == "https://koran.contoh.id/2020/03/panen-sukamaju"
    for hidden in (".. title", "TEASER_END", "<!--", "-->", "{{%", "sawah.jpg"):
        assert hidden not in post.text
    assert "Sawah menguning di Sukamaju Panen padi Petani memanen padi di sawah desa." in post.text
    english = documents["posts/panen-raya.en.md"]
    assert (english.title, english.fields["lang"], english.url, english.date) == (
        "Harvest Festival in Sukamaju Village", "en", "https://kabar.contoh.id/en/posts/panen-raya-sukamaju/", "2020-03-05T10:00:00+07:00"
    )  # its slug and date from the post it translates
    rapat = documents["posts/rapat-desa.rst"]
    assert (rapat.author, rapat.date, rapat.url) == ("Siti Aminah", "2021-07-10T19:30:00+07:00", "https://kabar.contoh.id/posts/rapat-desa-irigasi/")
    assert "Suasana rapat di balai desa\n\nWarga mengikuti rapat sampai malam." in rapat.text and "rapat.jpg" not in rapat.text
    assert documents["pages/tentang.md"].url == "https://kabar.contoh.id/tentang/"
    assert documents["posts/2019/longsor.md"].url == "https://kabar.contoh.id/posts/2019/longsor/"
    assert not any(document.problems for id_, document in documents.items() if id_ != "posts/video-panen.md")


def test_two_file_posts_text_posts_and_notebooks():
    documents = _documents(SITE)
    gotong = documents["posts/gotong-royong.md"]
    assert (gotong.title, gotong.url, gotong.date) == ("Gotong Royong Membersihkan Selokan", "https://kabar.contoh.id/posts/gotong-royong/", "2022-01-16T07:00:00+07:00")
    pasar = documents["posts/pasar-lama.txt"]  # reStructuredText, as COMPILERS says, its metadata in the old .meta form
    assert (pasar.format, pasar.title, pasar.url, pasar.date) == ("rst", "Pasar Desa Pindah ke Lapangan", "https://kabar.contoh.id/posts/pasar-pindah/", "2012-11-20T08:00:00+07:00")
    notebook = documents["posts/curah-hujan.ipynb"]
    assert (notebook.title, notebook.url, [t.label for t in notebook.tags]) == ("Curah Hujan Januari", "https://kabar.contoh.id/posts/curah-hujan-januari/", ["cuaca", "data"])


def test_drafts_not_deployed_private_posts_and_files_that_are_no_pages(tmp_path):
    report = IngestReport()
    documents = {d.id: d for d in read_documents([str(SITE)], IngestOptions(), report)}
    assert "posts/rencana-festival.md" not in documents and "posts/2019/banjir.md" not in documents
    kept = _documents(SITE, include_drafts=True)
    assert kept["posts/rencana-festival.md"].draft  # status: draft
    assert kept["posts/2019/banjir.md"].draft and [t.label for t in kept["posts/2019/banjir.md"].tags] == ["bencana"]  # the draft tag is no tag
    assert not any(id_.startswith(("output/", "cache/", "files/", "themes/")) or id_ in ("README.md", "conf.py") or id_.endswith(".meta") for id_ in kept)
    assert report.skipped["not matched by the Nikola site's POSTS or PAGES: not a page of the site"] == 5
    assert report.skipped["a Nikola post's metadata file: read with its post"] == 2
    private = tmp_path / "situs"
    shutil.copytree(SITE, private)
    (private / "posts" / "rahasia.md").write_text("<!--\n.. title: Catatan Rahasia\n.. tags: private, desa\n-->\n\nHanya untuk pengurus.\n", encoding="utf-8")
    unlisted = _documents(private)["posts/rahasia.md"]  # deployed, listed nowhere (so links to it do not break)
    assert not unlisted.draft and [t.label for t in unlisted.tags] == ["desa"]


def test_what_shortcodes_show_and_what_they_cannot():
    body = '{{% chart Bar title="Hasil panen" %}}\n\'Padi\', [1, 2]\n{{% /chart %}}\n\n{{% gist 2395294 %}}\n\n`{{% post-list %}}` di kode.\n'
    assert nikola_shortcodes(body).split("\n")[0].strip("\ufdd1 ") == "Hasil panen"  # the chart's type and data are not text
    [problem] = nikola_problems(body)
    assert problem.reason.endswith("chart (1), gist (1)")  # (one in code is not run)
    linked = "Lihat {{% doc %}}panen-raya{{% /doc %}} dan {{% doc %}}berita rapat <rapat-desa>{{% /doc %}}.\n\n{{% listing tanam.py python %}}"
    assert nikola_shortcodes(linked).strip() == "Lihat panen raya dan berita rapat."  # a link's own text, else its slug
    assert [p.reason for p in nikola_problems(linked)] == [
        "1 Nikola shortcode(s) showing what the page does not hold (posts of the site, a gist, media, a listing, a chart's drawing, an emoji), which arsip does not read: listing (1)",
        "1 link(s) to another post shown without its title, the text guessed from its slug: panen-raya",
    ]
    shown = "Tulis {{% raw %}}{{% gist 2395294 %}}{{% /raw %}} untuk menyisipkan gist."
    assert nikola_shortcodes(shown) == "Tulis {{% gist 2395294 %}} untuk menyisipkan gist." and nikola_problems(shown) == []  # raw: as written
    video = _documents(SITE)["posts/video-panen.md"]
    assert "Hasil panen per dusun (ton)" in video.text and "Dusun Hulu" not in video.text and "youtube" not in video.text
    assert [p.reason for p in video.problems] == [
        "4 Nikola shortcode(s) showing what the page does not hold (posts of the site, a gist, media, a listing, a chart's drawing, an emoji), which arsip does not read: media (1), chart (1), post-list (1), emoji (1)"
    ]


def test_rest_embeds_are_named_in_a_problem(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    (site / "posts" / "video.rst").write_text(
        ".. title: Video Rapat\n.. slug: video-rapat\n.. date: 2021-08-01 10:00\n\nRekaman rapat desa.\n\n.. youtube:: dQw4w9WgXcQ\n", encoding="utf-8"
    )
    video = _documents(site)["posts/video.rst"]
    assert video.text == "Rekaman rapat desa." and [p.reason for p in video.problems] == ["line 7: '.. youtube:: dQw4w9WgXcQ' shows what the page does not hold: not read"]


def test_an_html_post_and_a_site_in_an_archive(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    conf = (site / "conf.py").read_text(encoding="utf-8").replace('("posts/*.ipynb",', '("posts/*.html", "posts", "post.tmpl"),\n    ("posts/*.ipynb",')
    (site / "conf.py").write_text(conf, encoding="utf-8")
    (site / "posts" / "lomba.html").write_text(
        "<!--\n.. title: Lomba Tujuh Belasan\n.. date: 2022-08-17 08:00:00 UTC+07:00\n-->\n\n<p>Warga mengikuti lomba balap karung.</p>\n", encoding="utf-8"
    )
    lomba = _documents(site)["posts/lomba.html"]
    assert (lomba.title, lomba.url, lomba.text) == ("Lomba Tujuh Belasan", "https://kabar.contoh.id/posts/lomba/", "Warga mengikuti lomba balap karung.")
    archive = Path(shutil.make_archive(str(tmp_path / "kabar"), "zip", tmp_path, "situs"))
    assert look_into_archive(str(archive)).generator == "nikola"
    documents = _documents(archive)
    assert documents["kabar.zip!/situs/posts/panen-raya.md"].url == "https://kabar.contoh.id/posts/panen-raya-sukamaju/"
    gotong = documents["kabar.zip!/situs/posts/gotong-royong.md"]  # its .meta file, read in the look into the archive
    assert (gotong.title, gotong.url, gotong.problems) == ("Gotong Royong Membersihkan Selokan", "https://kabar.contoh.id/posts/gotong-royong/", [])
    english = documents["kabar.zip!/situs/posts/panen-raya.en.md"]  # the post it translates is not read from an archive: it says so
    assert [p.reason for p in english.problems] == [
        "a translation without its own slug and date: the post it translates, whose slug and date Nikola gives it, is not read from an archive"
    ]


def test_generator_nikola_without_conf_py_reads_the_metadata_but_places_nothing(tmp_path):
    (tmp_path / "kabar.md").write_text(
        "<!--\n.. title: Kabar Warga\n.. link: https://koran.contoh.id/kabar\n.. date: 2020-01-02 10:00:00 UTC+07:00\n-->\n\nIsi kabar warga desa.\n", encoding="utf-8"
    )
    [post] = read_documents([str(tmp_path)], IngestOptions(generator="nikola"))
    assert (post.title, post.date, post.text, post.url) == ("Kabar Warga", "2020-01-02T10:00:00+07:00", "Isi kabar warga desa.", None)  # its link is not its address


def test_a_nikola_site_in_a_folder_of_the_input_is_a_site_of_its_own(tmp_path):
    shutil.copytree(SITE, tmp_path / "kabar")
    (tmp_path / "catatan.md").write_text("# Catatan\n\nCatatan lepas warga.\n", encoding="utf-8")
    documents = _documents(tmp_path)
    post = documents["kabar/posts/panen-raya.md"]
    assert (post.generator, post.title, post.url) == ("nikola", "Panen Raya di Desa Sukamaju", "https://kabar.contoh.id/posts/panen-raya-sukamaju/")
    assert documents["catatan.md"].generator == "markdown" and "kabar/output/posts/panen-raya/index.html" not in documents


def test_an_index_reads_the_site_again_when_its_conf_py_moves_its_pages(tmp_path):
    site = tmp_path / "kabar"
    shutil.copytree(SITE, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8").replace('("posts/*.md", "posts", "post.tmpl")', '("posts/*.md", "berita", "post.tmpl")'), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert list(report.reread.values()) == [
        "the site's pages and where it publishes them (Nikola's POSTS, PAGES, TRANSLATIONS, PRETTY_URLS, TIMEZONE, BLOG_AUTHOR, DEPLOY_DRAFTS) changed"
    ]
    [record] = get_records(directory, "posts/panen-raya.md")
    assert record["url"] == "https://kabar.contoh.id/berita/panen-raya-sukamaju/"


def test_a_post_dated_ahead_is_not_deployed_unless_conf_py_says_so(tmp_path):
    site = tmp_path / "kabar"
    shutil.copytree(SITE, site)
    (site / "posts" / "jadwal.md").write_text("<!--\n.. title: Jadwal Panen 2099\n.. date: 2099-03-01 08:00:00 UTC+07:00\n-->\n\nJadwal panen berikutnya.\n", encoding="utf-8")
    assert "posts/jadwal.md" not in _documents(site)  # DEPLOY_FUTURE = False, Nikola's default
    assert _documents(site, include_drafts=True)["posts/jadwal.md"].date == "2099-03-01T08:00:00+07:00"
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nDEPLOY_FUTURE = True\n", encoding="utf-8")
    assert "posts/jadwal.md" in _documents(site)


def test_several_authors_when_conf_py_allows_them(tmp_path):
    site = tmp_path / "kabar"
    shutil.copytree(SITE, site)
    (site / "posts" / "bersama.md").write_text("<!--\n.. title: Tulisan Bersama\n.. author: Siti Aminah, Budi Santoso\n-->\n\nDitulis berdua.\n", encoding="utf-8")
    assert _documents(site)["posts/bersama.md"].authors == ["Siti Aminah, Budi Santoso"]  # one author, as Nikola reads it by default
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nMULTIPLE_AUTHORS_PER_POST = True\n", encoding="utf-8")
    assert _documents(site)["posts/bersama.md"].authors == ["Siti Aminah", "Budi Santoso"]


def test_markdown_is_read_as_python_markdown_renders_it(tmp_path):
    site = tmp_path / "kabar"
    shutil.copytree(SITE, site)
    (site / "posts" / "panduan.md").write_text(
        "<!--\n.. title: Panduan Menanam\n.. date: 2021-09-01 08:00:00 UTC+07:00\n-->\n\n##Persiapan lahan\n\nCangkul tanah sedalam dua jengkal.\n{: .catatan }\n\n    :::bash\n    echo tanam\n",
        encoding="utf-8",
    )
    post = _documents(site)["posts/panduan.md"]
    assert post.text == "Persiapan lahan\n\nCangkul tanah sedalam dua jengkal.\n\necho tanam"  # a heading without a space, an attribute list, CodeHilite's language line


def test_translations_named_by_nikola_6_s_pattern(tmp_path):
    site = tmp_path / "kabar"
    shutil.copytree(SITE, site)
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8").replace("'{path}.{lang}.{ext}'", "'{path}.{ext}.{lang}'"), encoding="utf-8")
    (site / "posts" / "pasar-lama.txt.en").write_text("The old village market moved to the field.\n", encoding="utf-8")
    (site / "posts" / "pasar-lama.meta.en").write_text("Village Market Moves\nmarket-moves\n", encoding="utf-8")
    report = IngestReport()
    documents = {d.id: d for d in read_documents([str(site)], IngestOptions(), report)}
    english = documents["posts/pasar-lama.txt.en"]
    assert (english.format, english.fields["lang"], english.title, english.url, english.date) == (
        "rst", "en", "Village Market Moves", "https://kabar.contoh.id/en/posts/market-moves/", "2012-11-20T08:00:00+07:00"
    )  # its date from pasar-lama.meta, the post it translates
    assert report.skipped["a Nikola post's metadata file: read with its post"] == 3


def test_posts_copied_without_conf_py_are_told_by_their_metadata(tmp_path):
    shutil.copytree(SITE / "posts", tmp_path / "posts")
    assert detect_generator(str(tmp_path / "posts")) == "nikola"  # <!-- .. title: and .. title: opening its files
    documents = _documents(tmp_path / "posts")
    rapat, pasar = documents["rapat-desa.rst"], documents["pasar-lama.txt"]
    assert (rapat.generator, rapat.title, rapat.date, rapat.url) == ("nikola", "Rapat Desa Membahas Irigasi", "2021-07-10T19:30:00+00:00", None)  # no TIMEZONE: UTC
    assert (pasar.format, pasar.title) == ("rst", "Pasar Desa Pindah ke Lapangan")


def test_an_index_reads_a_post_again_when_its_meta_file_changes(tmp_path):
    site = tmp_path / "kabar"
    shutil.copytree(SITE, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    meta = site / "posts" / "gotong-royong.meta"
    meta.write_text(meta.read_text(encoding="utf-8").replace("Gotong Royong Membersihkan Selokan", "Kerja Bakti Membersihkan Selokan"), encoding="utf-8")
    index_paths(directory, [str(site)])
    [record] = get_records(directory, "posts/gotong-royong.md")
    assert record["title"] == "Kerja Bakti Membersihkan Selokan"  # the post's own bytes did not change


def test_shortcodes_in_a_rest_post(tmp_path):
    site = tmp_path / "kabar"
    shutil.copytree(SITE, site)
    (site / "posts" / "galeri.rst").write_text(
        ".. title: Galeri Panen\n.. date: 2021-09-02 08:00\n\nFoto panen tahun ini:\n\n"
        '{{% thumbnail "/images/panen.jpg" alt="Petani memanen padi" %}}{{% /thumbnail %}}\n\n'
        "Lihat juga {{% doc %}}berita rapat <rapat-desa>{{% /doc %}}.\n\n{{% gist 2395294 %}}\n",
        encoding="utf-8",
    )
    post = _documents(site)["posts/galeri.rst"]
    assert post.text == "Foto panen tahun ini:\n\nPetani memanen padi\n\nLihat juga berita rapat."
    assert [p.reason for p in post.problems] == [
        "1 Nikola shortcode(s) showing what the page does not hold (posts of the site, a gist, media, a listing, a chart's drawing, an emoji), which arsip does not read: gist (1)"
    ]
