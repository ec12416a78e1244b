"""Hexo sites: detection, tag plugins, categories, drafts and URLs as Hexo 7 makes them.

The expected URLs were checked against real ``hexo generate`` builds (Hexo 7.3.0 with
hexo-renderer-marked and hexo-tag-embed, build machine in UTC) of tests/data/sites/hexo and
of the site in :data:`WARTA`."""

import shutil
import time
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.sites.generators import detect_generator, look_into_archive
from arsip.ingest.sites.hexo.site import hexo_site, slugize
from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of
from .test_jekyll_drafts import _site
from .test_sites import SITES

HEXO = SITES / "hexo"

#: A Hexo site with most of its URL settings changed (``root`` in a subfolder, a pattern
#: with ``:lang``, ``:category``, ``:i_month``, ``:post_title`` and ``:hash``, dated file
#: names, ``category_map``, ``filename_case``, ``pretty_urls``).
WARTA = {
    "_config.yml": (
        "title: Warta\nurl: https://warta.contoh.id/blog\nroot: /blog/\ntimezone: Asia/Jakarta\n"
        "permalink: :lang/:category/:year/:i_month/:i_day/:post_title-:hash.html\npermalink_defaults:\n  lang: id\n"
        "new_post_name: :year-:month-:day-:title.md\nfilename_case: 1\ncategory_map:\n  Kabar Desa: kabar\n"
        "pretty_urls:\n  trailing_index: false\n  trailing_html: false\n"
    ),
    "source/_posts/2023-03-07-Gotong Royong.md": "---\ntitle: Gotong Royong Membersihkan Sungai!\ncategories: [Kabar Desa, Lingkungan Hidup]\n---\nWarga membersihkan sungai.\n",
    "source/_posts/2023-03-08-kabar-en.md": "---\ntitle: Village News\ndate: 2023-03-09 23:45:10\nlang: en\ncategories: Opini\n---\nNews of the village.\n",
    "source/profil/index.md": "---\ntitle: Profil\n---\nProfil desa pesisir.\n",
    "source/profil/sejarah.md": "---\ntitle: Sejarah\npermalink: /sejarah-desa/\n---\nSejarah desa pesisir.\n",
}


def _read(root: Path, **options) -> dict:
    return {document.id: document for document in read_documents([str(root)], IngestOptions(**options))}


def _text(body: str, page: dict | None = None) -> str:
    return markdown_to_text(body, page or {}, syntax="hexo")


@pytest.mark.parametrize(
    "files",
    [
        {"_config.yml": "title: Kabar\nurl: https://kabar.id\n", "scaffolds/post.md": "---\ntitle: {{ title }}\n---\n"},
        {"_config.yml": "title: Kabar\nnew_post_name: :title.md\nsource_dir: source\n"},  # keys only Hexo's has
        {"_config.yml": "title: Kabar\npermalink: :year/:title/\n", "package.json": '{"dependencies": {"hexo": "^7.3.0"}}'},
    ],
)
def test_a_hexo_site_is_detected_before_jekyll(tmp_path, files):
    assert detect_generator(str(_site(tmp_path, files))) == "hexo"


def test_a_jekyll_site_stays_jekyll(tmp_path):
    files = {"_config.yml": "title: Kabar\npermalink: pretty\n", "package.json": '{"dependencies": {"tailwindcss": "^3"}}'}
    assert detect_generator(str(_site(tmp_path, files))) == "jekyll"


@pytest.mark.parametrize(
    "marker",
    [
        {"_config.yml": "title: Kabar\nurl: https://kabar.id\nnew_post_name: :title.md\n"},  # a key only Hexo's configuration has
        {"_config.yml": "title: Kabar\nurl: https://kabar.id\n", "package.json": '{"dependencies": {"hexo": "^7.3.0"}}'},  # as on disk
    ],
)
def test_a_hexo_site_in_an_archive_is_detected(tmp_path, marker):
    archive = tmp_path / "situs.zip"
    zip_of({**marker, "source/_posts/a.md": "---\ntitle: A\ndate: 2023-01-02\n---\nIsi berita desa.\n"}, archive, "situs/")
    look = look_into_archive(str(archive))
    assert look.generator == "hexo"
    [post] = read_documents([str(archive)])
    assert (post.generator, post.url) == ("hexo", "https://kabar.id/2023/01/02/a/")


def test_tag_plugins_keep_their_text():
    post = _read(HEXO)["source/_posts/rapat-desa.md"]
    for phrase in (
        "Air adalah hak semua petani.",  # pullquote
        "Saluran harus dibersihkan sebelum musim hujan.\n\nBudi Santoso, Catatan Musim Tanam",  # blockquote author, title
        "Rapat dihadiri seratus warga.\n\n@kabardesa",  # a source given as an address is not text
        "Baca juga panen raya dan laporan panen bulan lalu.",  # post_link: the slug's words, else its text
        "Peta saluran ada di situs dinas pengairan.",  # link: its text, not its title
        "Balai desa yang baru Gedung balai desa Sukamaju",  # img: title and alt
        "Skrip pengukur debit",  # include_code's caption
        "Contoh templat: {{ nama_saluran }}",  # raw
    ):
        assert phrase in post.text, phrase
    for markup in ("{%", "dQw4w9WgXcQ", "peta.contoh.id", "balai.jpg", "debit.py", "twitter.com", "Dinas Pengairan", "kiri"):
        assert markup not in post.text, markup
    assert [problem.reason for problem in post.problems] == [
        "1 file(s) included with include_code are not read into this page: debit.py",
        "1 post_link(s) without their own text shown as the words of the post's slug (Hexo shows that post's title): panen-raya → 'panen raya'",
    ]


def test_code_is_never_rendered_and_output_is_the_front_matter_value():
    body = (
        "Di **{{ title }}** oleh {{ penulis.nama }}{{ page.title }}.\n\n"
        "{% codeblock Hitung panen lang:bash %}\necho \"{{ halo }}\" {% youtube x %}\n{% endcodeblock %}\n\n"
        "Isi `{{ kolom }}` dan `{% raw %}`.\n\n```\n{{ ton }} {% img /a.jpg %}\n```\n\n{# catatan redaksi #}Selesai."
    )
    text = _text(body, {"title": "Panen Raya", "penulis": {"nama": "Siti"}})
    assert text == (
        "Di Panen Raya oleh Siti.\n\nHitung panen\n\necho \"{{ halo }}\" {% youtube x %}\n\n"
        "Isi {{ kolom }} dan {% raw %}.\n\n{{ ton }} {% img /a.jpg %}\n\nSelesai."
    )


def test_images_and_unknown_tags_as_hexo_shows_them():
    assert _text("{% asset_img sawah.jpg Sawah menguning di pagi hari %}") == "Sawah menguning di pagi hari"
    assert _text("{% asset_img kiri sawah.jpg 300 '\"Sawah\" \"Padi menguning\"' %}") == "Sawah Padi menguning"
    assert _text("{% img /foto/sawah.jpg %}") == ""
    assert _text("{% note info %}\nBenih dibagikan gratis.\n{% endnote %}") == "Benih dibagikan gratis."
    assert _text('Lihat {% tabs "Cara Daftar" %}sini{% endtabs %}.') == "Lihat sini."  # (the tabs' name is no caption)
    assert _text("{% if tampil %}Ada{% else %}Tidak{% endif %} {% set x = 'Judul Lain' %}") == "AdaTidak"


#: A post of a Butterfly or NexT site, its theme's tag plugins as the themes' documentation
#: writes them (NexT's and Butterfly's ``scripts/tag``, Fluid's for ``@`` labels and folds).
THEME_POST = """\
{% note green 'fas fa-seedling' %}
Benih dibagikan di balai desa.
{% endnote %}

{% tabs jadwal-tanam, 2 %}
<!-- tab Musim Hujan@fas fa-cloud-rain -->
Menanam padi di sawah.
<!-- endtab -->
<!-- tab @fas fa-sun -->
Menanam jagung di ladang.
<!-- endtab -->
<!-- tab -->
Menanam kacang di pekarangan.
<!-- endtab -->
{% endtabs %}

{% hideToggle Rincian Anggaran Desa,#49b1f5,#fff %}
Dana dibagi tiga bagian.
{% endhideToggle %}

{% fold info @Daftar Pupuk Organik %}
Kompos dan pupuk kandang.
{% endfold %}

{% timeline 2023,blue %}
<!-- timeline Januari -->
Musyawarah desa.
<!-- endtimeline -->
{% endtimeline %}

Pendaftaran {% btn 'https://contoh.id/daftar',Daftar Sekarang,far fa-hand-point-right,outline blue larger %} dibuka,
{% label primary@Penting %} {% label Wajib red %} dan {% span red, dibawa sendiri %}.
Jawabannya {% hideInline kelapa muda,Lihat jawaban,#FF7242,#fff %}; {% checkbox green checked, Iuran sudah dibayar %}
{% kbd Ctrl %} + {% kbd C %} {% mark ditandai color:yellow %} {% inlineImg /img/ikon.png 20px %}
{% link Balai Desa, https://contoh.id/balai, https://contoh.id/ikon.png %}
{% image fancybox center nocaption sawah.jpg "Sawah menguning" %}
{% image /img/peta.png, alt=Peta Kecamatan Sukamaju, width=400px %}
{% bilibili BV1xx411c7mD %}
"""


def test_theme_tag_plugins_show_their_text_not_their_settings():
    text = _text(THEME_POST)
    for shown in (
        "Benih dibagikan di balai desa.", "Musim Hujan", "Menanam jagung di ladang.", "jadwal-tanam 3", "Rincian Anggaran Desa",
        "Daftar Pupuk Organik", "2023", "Januari", "Daftar Sekarang", "Penting Wajib dan dibawa sendiri.",
        "kelapa muda Lihat jawaban", "Iuran sudah dibayar", "Ctrl + C ditandai", "Balai Desa", "Sawah menguning", "Peta Kecamatan Sukamaju",
    ):
        assert shown in text, shown
    for hidden in ("fa-", "fas", "outline", "blue", "green", "#FF7242", "color:", "http", "ikon", "20px", "400px", "BV1", "tab", "jadwal-tanam 2"):
        assert hidden not in text, hidden


def test_front_matter_without_its_opening_line_is_hexos_own_and_no_problem(tmp_path):
    _site(tmp_path, {
        "_config.yml": "title: Kabar\nurl: https://kabar.contoh.id\nnew_post_name: :title.md\n",
        "source/_posts/pompa-air.md": "title: Pompa Air Baru\ndate: 2018-05-05 22:15:00\ntags:\n  - irigasi\n---\nPompa air dipasang di hulu.\n",
    })
    [post] = _read(tmp_path).values()
    assert (post.title, post.text, [tag.label for tag in post.tags]) == ("Pompa Air Baru", "Pompa air dipasang di hulu.", ["irigasi"])
    assert post.problems == []


def test_an_address_a_build_in_the_sites_zone_would_place_elsewhere_says_so(tmp_path):
    _site(tmp_path, {
        "_config.yml": "title: Kabar\nurl: https://kabar.contoh.id\ntimezone: Asia/Jakarta\nnew_post_name: :title.md\n",
        "source/_posts/tanam-padi.md": "---\ntitle: Tanam Padi\ndate: 2023-03-07\n---\nMusim tanam dimulai.\n",
        "source/_posts/rapat-warga.md": "---\ntitle: Rapat Warga\ndate: 2023-03-08 10:00:00\n---\nRapat di balai.\n",
    })
    posts = _read(tmp_path)
    padi, rapat = posts["source/_posts/tanam-padi.md"], posts["source/_posts/rapat-warga.md"]
    assert padi.url == "https://kabar.contoh.id/2023/03/06/tanam-padi/"  # (as a build in UTC places it)
    [problem] = padi.problems
    assert problem.field == "url" and "a build in Asia/Jakarta" in problem.reason and "2023/03/07/tanam-padi/" in problem.reason
    assert (rapat.url, rapat.problems) == ("https://kabar.contoh.id/2023/03/08/rapat-warga/", [])  # the same day in both zones


def test_categories_are_the_front_matter_hierarchies():
    documents = _read(HEXO)
    assert [term.label for term in documents["source/_posts/rapat-desa.md"].categories] == ["Berita", "Daerah"]
    assert [term.label for term in documents["source/_posts/laporan/musim-tanam.md"].categories] == ["Laporan", "Pertanian", "Arsip"]
    assert [term.label for term in documents["source/_posts/panen-raya.md"].categories] == ["Berita"]  # no folder (source, _posts) is one


def test_drafts_and_unpublished_posts_are_left_out():
    report = IngestReport()
    published = {document.id for document in read_documents([str(HEXO)], IngestOptions(), report)}
    assert "source/_drafts/rencana-lomba.md" not in published and "source/_posts/catatan-lama.md" not in published
    assert report.skipped["draft"] == 2
    kept = _read(HEXO, include_drafts=True)
    assert kept["source/_drafts/rencana-lomba.md"].draft and kept["source/_drafts/rencana-lomba.md"].url is None


def test_render_drafts_publishes_drafts(tmp_path):
    files = {"_config.yml": "url: https://kabar.id\nrender_drafts: true\n", "source/_drafts/rencana.md": "---\ntitle: Rencana\ndate: 2023-05-06\n---\nRencana lomba desa.\n"}
    [draft] = _read(_site(tmp_path, files)).values()
    assert (draft.draft, draft.url) == (False, "https://kabar.id/2023/05/06/rencana/")


def test_only_files_below_source_dir_are_read():
    report = IngestReport()
    ids = {document.id for document in read_documents([str(HEXO)], IngestOptions(include_drafts=True), report)}
    assert not any(name.startswith(("scaffolds/", "themes/", "README")) for name in ids)
    assert report.skipped["outside the Hexo source_dir (or hidden there): not a page of the site"] == 5  # README.md, scaffolds/, themes/ …


def test_urls_as_a_real_hexo_build_places_them(tmp_path):
    documents = _read(_site(tmp_path, WARTA))
    assert {name: document.url for name, document in documents.items()} == {
        # a date at midnight in Asia/Jakarta is the day before in UTC, the build machine's zone
        "source/_posts/2023-03-07-Gotong Royong.md": "https://warta.contoh.id/blog/id/kabar/lingkungan-hidup/2023/3/6/gotong-royong-membersihkan-sungai-4e766980633d",
        "source/_posts/2023-03-08-kabar-en.md": "https://warta.contoh.id/blog/en/opini/2023/3/9/village-news-fa3adb06b67c",
        "source/profil/index.md": "https://warta.contoh.id/blog/profil/",
        "source/profil/sejarah.md": "https://warta.contoh.id/blog/sejarah-desa/",
    }


def test_without_a_timezone_the_date_is_read_in_utc(tmp_path):
    files = {**WARTA, "_config.yml": WARTA["_config.yml"].replace("timezone: Asia/Jakarta\n", "")}
    documents = _read(_site(tmp_path, files))
    assert documents["source/_posts/2023-03-07-Gotong Royong.md"].url.endswith("/2023/3/7/gotong-royong-membersihkan-sungai-c194f8facf49")
    assert documents["source/_posts/2023-03-08-kabar-en.md"].url.endswith("/2023/3/9/village-news-0759e5a93827")


@pytest.mark.parametrize(
    "permalink, front_matter, reason",
    [
        (":id/", "", "the permalink ':id/' needs the post's database id (its front matter gives no id)"),
        (":lang/:title/", "", "the permalink ':lang/:title/' needs the value of :lang, which neither the front matter nor permalink_defaults gives"),
        (":category/:title/", "categories: [[Berita], [Opini]]\n", "the permalink ':category/:title/' has :category, and the post has 2 category hierarchies"),
        (":year/:title/", "date: 5 Mei 2023\n", "the date 5 Mei 2023 is not one arsip reads as Hexo does"),
    ],
)
def test_a_post_hexo_places_where_arsip_cannot_know_has_a_url_problem(tmp_path, permalink, front_matter, reason):
    files = {"_config.yml": f"url: https://kabar.id\npermalink: {permalink}\nsource_dir: source\n", "source/_posts/a.md": f"---\ntitle: A\n{front_matter}---\nIsi berita.\n"}
    [post] = _read(_site(tmp_path, files)).values()
    assert post.url is None
    assert [problem.field for problem in post.problems] == ["url"] and post.problems[0].reason.startswith(reason)


def test_a_date_its_zone_moves_out_of_pythons_years_has_a_url_problem(tmp_path):
    """Midnight of 1 January of the year 1 in Jakarta is in the year 0 in UTC, where
    Python's dates end: that ended the file with an internal error."""
    config = "url: https://kabar.id\npermalink: :year/:title/\nsource_dir: source\ntimezone: Asia/Jakarta\n"
    files = {"_config.yml": config, "source/_posts/a.md": "---\ntitle: Arsip tertua\ndate: 0001-01-01 00:00:00\n---\nIsi berita.\n"}
    [post] = _read(_site(tmp_path, files)).values()
    assert post.url is None
    assert [problem.reason for problem in post.problems if problem.field == "url"] == [
        "the date 0001-01-01 00:00:00 in UTC is outside the years 1–9999 arsip can place, and the permalink ':year/:title/' needs it"
    ]


def test_placeholders_of_the_post_and_its_file(tmp_path):
    files = {
        "_config.yml": "url: https://kabar.id\npermalink: :category/:name-:id.html\nsource_dir: source\n",
        "source/_posts/2023/panen.md": "---\ntitle: Panen\nid: 42\ndate: 2023-01-02\n---\nIsi.\n",
        "source/_posts/rapat.md": "---\ntitle: Rapat\ndate: 2023-01-02\nid: 7\n---\nIsi.\n",
    }
    documents = _read(_site(tmp_path, files))
    assert documents["source/_posts/2023/panen.md"].url == "https://kabar.id/uncategorized/panen-42.html"  # default_category
    assert documents["source/_posts/rapat.md"].url == "https://kabar.id/uncategorized/rapat-7.html"


def test_the_example_url_places_nothing(tmp_path):
    files = {"_config.yml": "url: http://example.com\nnew_post_name: :title.md\n", "source/_posts/a.md": "---\ntitle: A\ndate: 2023-01-02\n---\nIsi berita.\n"}
    [post] = _read(_site(tmp_path, files)).values()
    assert post.url is None and "placeholder" in post.problems[0].reason


def test_slugize_as_hexo_util():
    assert slugize("Gotong Royong Membersihkan Sungai!", 1) == "gotong-royong-membersihkan-sungai"
    assert slugize("Café  Résumé__x") == "Cafe-Resume-x"
    assert hexo_site({"permalink": ":title.html", "pretty_urls": {"trailing_html": False}}).trailing_html is False


def _cpu(body: str) -> float:
    started = time.process_time()
    _text(body)
    return time.process_time() - started


@pytest.mark.parametrize("unit", ["{%", "{% x ", "{{", "{#", "`{", "```\n", "{% codeblock %}", "{% raw %}", "{% blockquote a, b http://x %}", "{% endnote %}"])
def test_hostile_bodies_take_linear_time(unit):
    small = unit * (4000 // len(unit))
    large, base = (min(_cpu(body) for _ in range(3)) for body in (small * 4, small))
    assert large < 8 * base + 0.05  # four times the input in at most ~8 times the time (quadratic: 16)


def test_a_changed_hexo_setting_rereads_the_site_and_moves_its_posts(tmp_path):
    site = tmp_path / "kabar"
    shutil.copytree(HEXO, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    config = site / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("permalink: :year/:month/:day/:title/", "permalink: berita/:title.html"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "Hexo's permalink" in report.reread[str(site)] and "Jekyll" not in report.reread[str(site)]
    (record,) = get_records(directory, "source/_posts/panen-raya.md")
    assert record["url"] == "https://kabar.sukamaju.id/berita/panen-raya.html"


def test_a_time_without_offset_is_in_the_sites_timezone():
    documents = _read(HEXO)
    assert documents["source/_posts/panen-raya.md"].date == "2023-04-05T10:00:00+07:00"  # timezone: Asia/Jakarta
    assert documents["source/_posts/rapat-desa.md"].date == "2023-04-20T23:30:00+07:00"  # its own offset
    assert documents["source/_posts/laporan/musim-tanam.md"].date == "2023-01-15"  # a date alone


def test_future_false_leaves_out_posts_dated_ahead(tmp_path):
    files = {
        "_config.yml": "url: https://kabar.id\nnew_post_name: :title.md\nfuture: false\n",
        "source/_posts/rencana.md": "---\ntitle: Rencana\ndate: 2999-01-02\n---\nRencana lomba desa.\n",
        "source/_posts/kabar.md": "---\ntitle: Kabar\ndate: 2023-01-02\n---\nKabar lomba desa.\n",
        "source/agenda.md": "---\ntitle: Agenda\ndate: 2999-01-02\n---\nAgenda desa.\n",
    }
    assert sorted(_read(_site(tmp_path, files))) == ["source/_posts/kabar.md", "source/agenda.md"]  # pages are not posts
    (tmp_path / "_config.yml").write_text(files["_config.yml"].replace("future: false", "future: true"), encoding="utf-8")
    assert "source/_posts/rencana.md" in _read(tmp_path)


def test_posts_without_a_configuration_are_known_by_hexo_only_tags(tmp_path):
    files = {"tulisan/panen.md": "---\ntitle: Panen\ncategories: [[Berita, Desa], Opini]\n---\nLihat {% post_link rapat 'rapat desa' %}.\n"}
    site = _site(tmp_path, files)
    assert detect_generator(str(site)) == "hexo"
    [post] = _read(site).values()
    assert [term.label for term in post.categories] == ["Berita", "Desa", "Opini"] and post.text == "Lihat rapat desa."


#: A Hexo site's source folder copied without its _config.yml: _posts/ marks it as a Jekyll site would be marked.
COPIED_SOURCE = {
    "_posts/panen-raya.md": (
        "---\ntitle: Panen Raya di Sawah Timur\ndate: 2023-04-05 10:20:30\ncategories:\n- [Berita, Desa]\n- Pertanian\n---\n"
        "Warga merayakan panen raya di sawah timur.\n<!-- more -->\n{% asset_img panen.jpg \"Padi menguning di sawah\" %}\n"
    ),
    "_posts/rapat.md": "title: Rapat Desa\ndate: 2023-05-01 09:00:00\n---\nRapat desa membahas irigasi.\n",
    "tentang/index.md": "---\ntitle: Tentang Kami\n---\nKami menulis kabar dari desa pesisir.\n",
}


def test_a_copied_hexo_source_folder_is_known_by_what_only_hexo_reads(tmp_path):
    site = _site(tmp_path / "source", COPIED_SOURCE)
    assert detect_generator(str(site)) == "hexo"
    post = _read(site)["_posts/panen-raya.md"]
    assert [term.label for term in post.categories] == ["Berita", "Desa", "Pertanian"]  # two hierarchies, as Hexo reads them
    assert (post.text, post.problems) == ("Warga merayakan panen raya di sawah timur.\n\nPadi menguning di sawah", [])
    archive = tmp_path / "sumber.zip"
    zip_of(COPIED_SOURCE, archive, "source/")
    assert look_into_archive(str(archive)).generator == "hexo"


@pytest.mark.parametrize(
    "files",
    [
        # Jekyll's own plugin of the same name, its layouts, or Liquid only Jekyll reads
        {"_plugins/post_link.rb": "Liquid::Template.register_tag('post_link', Jekyll::PostLinkTag)\n"},
        {"_layouts/post.html": "<article>{{ content }}</article>\n"},
        {"_posts/b.md": "---\ntitle: B\n---\n{% include gambar.html %} {{ page.title }}\n", "_posts/c.md": "---\ntitle: C\n---\n{{ site.title }}\n"},
    ],
)
def test_a_jekyll_posts_folder_with_hexo_like_posts_stays_jekyll(tmp_path, files):
    # front matter without its opening line, dates with times, <!-- more -->: a Jekyll export may have them all
    posts = {"_posts/2015-07-05-mentoring.md": "title: Mentoring\ndate: 2015-07-05 10:00:00\nupdated: 2015-07-06\n---\nCatatan.\n<!-- more -->\nLanjutan.\n",
             "_posts/2015-07-06-kunjungan.md": "---\ntitle: Kunjungan\n---\nLihat {% post_link 2015-07-05-mentoring %}.\n"}
    assert detect_generator(str(_site(tmp_path, {**posts, **files}))) == "jekyll"


def test_the_source_folder_of_a_hexo_project_is_hexos_beside_its_themes(tmp_path):
    source = _site(tmp_path / "blog" / "source", {"_posts/rapat.md": "---\ntitle: Rapat Desa\n---\nRapat desa membahas irigasi.\n"})
    assert detect_generator(str(source)) == "jekyll"
    (tmp_path / "blog" / ".themes" / "classic").mkdir(parents=True)  # Octopress, a Jekyll site, keeps its themes there
    assert detect_generator(str(source)) == "jekyll"
    (tmp_path / "blog" / "package.json").write_text('{"dependencies": {"hexo": "^7.3.0"}}', encoding="utf-8")
    assert detect_generator(str(source)) == "hexo"
    (tmp_path / "blog" / "package.json").unlink()
    (tmp_path / "blog" / "themes" / "landscape").mkdir(parents=True)
    assert detect_generator(str(source)) == "hexo"
    assert [post.generator for post in _read(tmp_path / "blog").values()] == ["hexo"]
