"""Eleventy outputs arsip cannot show are named: a list, an object or a date of the page's
data, what Eleventy makes itself (its collections, ``page.date``), a loop's or an inline
``set``'s variable, and a value whose filters (the site's own code) are not applied. A name
nothing defines shows nothing, as in Eleventy, and is not named; through a ``default`` filter it
shows the filter's argument, as Liquid (an empty text too) and Nunjucks (not) do."""

import json

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions
from arsip.ingest.sites.syntax import eleventy_problems


def _page(tmp_path, name: str, text: str):
    (tmp_path / "package.json").write_text(json.dumps({"devDependencies": {"@11ty/eleventy": "^3.0.0"}}), encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    [page] = read_documents([str(tmp_path)], IngestOptions(include_all=True))  # (a loop over a collection: a list page, kept to read it)
    return page


def test_outputs_arsip_cannot_show_are_named_in_a_markdown_page(tmp_path):
    page = _page(
        tmp_path,
        "rapat.md",
        "---\ntitle: Rapat Warga\npengurus: [Siti, Budi]\n---\n"
        "Rapat {{ title }} dipimpin {{ pengurus }} pada {{ page.date }}.\n\n"
        "{% for pos in collections.pos %}Tulisan {{ pos.data.title }}{% endfor %}\n\n"
        "Ringkas: {{ title | truncate(5) }}. Aman: {{ title | safe }}. Kosong: {{ tidak_ada }}.\n\n"
        "```\n{{ kode.contoh }}\n```\n",
    )
    assert "Rapat Rapat Warga dipimpin pada ." in page.text and "Ringkas: Rapat Warga. Aman: Rapat Warga. Kosong: ." in page.text
    assert [problem.reason for problem in page.problems] == [
        "3 template output(s) removed, what they show not known: {{ pengurus }} (1), {{ page.date }} (1), {{ pos.data.title }} (1)",
        "1 template output(s) shown without their filters applied: {{ title | truncate }} (1)",
    ]


def test_a_nunjucks_inline_set_is_named_and_a_block_set_is_shown(tmp_path):
    page = _page(
        tmp_path,
        "tentang.njk",
        "---\ntitle: Tentang\n---\n{% set jumlah = collections.all | length %}{% set alamat %}Jalan Melati 5{% endset %}"
        "<p>Ada {{ jumlah }} tulisan. Alamat: {{ alamat }}. {# {{ catatan.lama }} #}</p>\n",
    )
    assert page.text == "Ada tulisan. Alamat: Jalan Melati 5."
    assert [problem.reason for problem in page.problems] == ["1 template output(s) removed, what they show not known: {{ jumlah }} (1)"]


def test_outputs_that_are_shown_or_in_an_address_are_not_named():
    variables = {"title": "Panen", "jumlah": 3, "page": {"url": "/panen/"}}
    body = '[Panen]({{ page.url }}) <a href="{{ post.url }}">x</a> {{ title }} {{ jumlah }} {{ page.url }} {{ judul_lain }}'
    assert eleventy_problems(body, variables) == []


def test_a_default_filter_shows_its_argument_for_a_value_nothing_gives(tmp_path):
    (tmp_path / "liquid").mkdir()
    (tmp_path / "nunjucks").mkdir()
    liquid = _page(
        tmp_path / "liquid",
        "rapat.md",
        "---\ntitle: Rapat Warga\nketua: ''\ntempat: Balai\n---\n"
        "Dipimpin {{ ketua | default: 'Kepala desa' }} dan {{ sekretaris | default: \"Carik\" }} di {{ tempat | default: 'Pendopo' }}.\n\n"
        "Catatan {{ notulen | default: title }}; {{ page.date | default: 'kemarin' }}.\n\n"
        "{% for pos in collections.pos %}Tulisan {{ pos.data.title | default: 'Tanpa judul' }}{% endfor %}\n",
    )
    assert "Dipimpin Kepala desa dan Carik di Balai." in liquid.text and "Catatan Rapat Warga; ." in liquid.text
    assert "Tanpa judul" not in liquid.text  # (a loop's variable: its value not known)
    assert [problem.reason for problem in liquid.problems] == [
        "2 template output(s) removed, what they show not known: {{ page.date }} (1), {{ pos.data.title }} (1)",
    ]
    nunjucks = _page(
        tmp_path / "nunjucks",
        "tentang.njk",
        "---\nketua: ''\n---\n<p>{{ ketua | default('Kepala desa') }}|{{ ketua | d('Kepala desa', true) }}|{{ carik | d(\"Carik\") | upper }}</p>\n",
    )
    assert nunjucks.text == "|Kepala desa|Carik"  # (Nunjucks: an empty text is defined)
    assert [problem.reason for problem in nunjucks.problems] == ["1 template output(s) shown without their filters applied: {{ carik | upper }} (1)"]
