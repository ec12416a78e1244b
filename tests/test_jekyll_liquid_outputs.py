"""A Jekyll page's Liquid outputs: ``{{ site.x }}`` shows the site's ``_config.yml``, a
string literal itself, and an output arsip cannot render is removed with a problem naming
it, unless it only fills an address (a link's or an HTML attribute's)."""

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.jekyll.config import jekyll_site
from arsip.ingest.sites.syntax import liquid_problems, site_syntax

CONFIG = """\
title: Kabar Warga Sukamaju
author:
  name: Siti Rahmawati
  surel: siti@contoh.id
baseurl: /kabar
terbit_ulang: true
kontak: null
menu: [Beranda, Arsip]
"""


def _site_text(body: str, page: dict | None = None) -> tuple[str, list]:
    site = jekyll_site({"title": "Kabar Warga Sukamaju", "author": {"name": "Siti Rahmawati"}, "baseurl": "/kabar", "terbit_ulang": True, "kontak": None, "menu": ["Beranda"]})
    problems: list = []
    return markdown_to_text(body, page or {}, site_syntax("jekyll", None, jekyll=site), problems), problems


def test_site_settings_show_their_values_nested_ones_by_their_dotted_name():
    text, problems = _site_text(
        "Selamat datang di {{ site.title }}, diasuh {{ site.author.name | escape }}. Terbit ulang: {{ site.terbit_ulang }}.\n"
    )
    assert text == "Selamat datang di Kabar Warga Sukamaju, diasuh Siti Rahmawati. Terbit ulang: true."
    assert problems == []


def test_a_setting_the_configuration_does_not_give_shows_nothing_as_in_jekyll():
    text, problems = _site_text("Hubungi {{ site.kontak }}{{ site.tidak_ada }} redaksi.\n")
    assert text == "Hubungi redaksi."
    assert problems == []


def test_a_list_a_mapping_or_what_jekyll_makes_itself_is_removed_and_named():
    text, problems = _site_text("Menu {{ site.menu }} dan {{ site.author }}. Dibangun {{ site.time | date: '%Y' }}.\n")
    assert text == "Menu dan. Dibangun."
    assert [problem.reason for problem in problems] == [
        "3 Liquid output(s) removed, what they show not known: {{ site.menu }} (1), {{ site.author }} (1), {{ site.time }} (1)"
    ]


def test_without_the_configuration_site_settings_are_not_known():
    problems: list = []
    text = markdown_to_text("Selamat datang di {{ site.title }}.\n", {}, "jekyll", problems)
    assert text == "Selamat datang di."
    assert [problem.field for problem in problems] == ["text"]
    assert "{{ site.title }} (1)" in problems[0].reason


def test_a_string_literal_shows_itself():
    text, problems = _site_text("Tombol {{ \"Daftar\" }} dan {{ 'Masuk' | upcase }}.\n")
    assert text == "Tombol Daftar dan MASUK."
    assert problems == []


def test_a_loop_variable_is_named_but_not_in_an_address_or_code():
    """So is a variable the page assigns; one nothing sets (``{{ judul }}``) shows nothing in
    Jekyll, and is not named."""
    body = (
        "{% for post in site.posts %}\n- [{{ post.title }}]({{ post.url | relative_url }})\n{% endfor %}\n\n"
        'Unduh [laporan]({{ site.unduhan }}/laporan.pdf) atau lihat <a href="{{ peta.url }}">peta</a>.\n\n'
        "```\necho {{ versi }}\n```\n\n{% assign penulis = site.data.tim.redaksi %}Ditulis oleh {{ penulis }} dan {{ penulis }}. {{ judul }}\n"
    )
    assert [problem.reason for problem in liquid_problems(body)] == [
        "3 Liquid output(s) removed, what they show not known: {{ post.title }} (1), {{ penulis }} (2)"
    ]


def test_a_captured_variable_is_shown_where_it_is_captured_and_not_named():
    body = "{% capture catatan %}Bawa KTP.{% endcapture %}\n\n<div>{{ catatan | markdownify }}</div>\n"
    assert liquid_problems(body) == []


def test_a_site_read_whole_shows_its_settings_in_markdown_and_html_pages(tmp_path):
    (tmp_path / "_config.yml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2021-05-01-rapat.md").write_text(
        "---\ntitle: Rapat warga\n---\nRapat {{ site.title }} dipimpin {{ site.author.name }}.\n", encoding="utf-8"
    )
    (tmp_path / "tentang.html").write_text("---\ntitle: Tentang\n---\n<p>Redaksi {{ site.title }} berdiri 2011.</p>\n", encoding="utf-8")
    documents = {document.id: document for document in read_documents([str(tmp_path)])}
    assert documents["_posts/2021-05-01-rapat.md"].text == "Rapat Kabar Warga Sukamaju dipimpin Siti Rahmawati."
    assert documents["tentang.html"].text == "Redaksi Kabar Warga Sukamaju berdiri 2011."
    assert all(not document.problems for document in documents.values())
