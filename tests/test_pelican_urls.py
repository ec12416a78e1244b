"""Pelican articles, pages, drafts and translations get the URL Pelican publishes them at,
from the site's ``pelicanconf.py`` and ``publishconf.py`` (read, never run): every expected
URL in ``data/pelican_urls_expected.toml`` was read from a real Pelican 4.12 build of the
fixture site ``data/pelican-urls`` under each variant of its settings."""

import tomllib
from pathlib import Path

import pytest

from arsip.ingest.sites.pelican.config import pelican_settings
from arsip.ingest.sites.pelican.urls import Unplaceable, pelican_path, slugify
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import site_copy

DATA = Path(__file__).parent / "data"
SITE = DATA / "pelican-urls"
EXPECTED = tomllib.loads((DATA / "pelican_urls_expected.toml").read_text(encoding="utf-8"))


def _site(tmp_path: Path, settings: str = "") -> Path:
    return site_copy(SITE, tmp_path / "situs", "pelicanconf.py", settings)


def _documents(site: Path) -> dict:
    return {document.id: document for document in read_documents([str(site)], IngestOptions(include_drafts=True))}


@pytest.mark.parametrize("variant", EXPECTED["variant"], ids=[variant["name"] for variant in EXPECTED["variant"]])
def test_every_file_has_the_url_pelican_publishes_it_at(tmp_path, variant):
    """Slugs from titles (accents, typographic quotes and dashes) and file names, ``{date:…}``,
    ``{category}`` from folders, metadata, ``DEFAULT_CATEGORY`` or ``PATH_METADATA``,
    ``{author}``, ``{lang}`` translations, drafts, hidden pages, ``url`` metadata,
    ``EXTRA_PATH_METADATA``, ``ARTICLE_PATHS``/``EXCLUDES``, slug substitutions: as built."""
    urls = {doc_id: document.url for doc_id, document in _documents(_site(tmp_path, variant["settings"])).items()}
    assert urls == {doc_id: EXPECTED["base"] + path if path else None for doc_id, path in variant["urls"].items()}


def test_a_date_pelican_cannot_read_says_so_and_unpublished_files_say_nothing(tmp_path):
    documents = _documents(_site(tmp_path))
    problems = {doc_id: [problem.reason for problem in document.problems if problem.field == "url"] for doc_id, document in documents.items()}
    assert problems.pop("content/berita/upacara-bendera.md") == ["Pelican cannot read the date '17 Agustus 2021': it skips the file"]
    assert set(map(tuple, problems.values())) == {()}
    assert documents["content/catatan/rencana-pasar.md"].draft and documents["content/pages/struktur.md"].draft


#: The files of the fixture site Pelican skips: no title, an article without a date.
SKIPPED = {"content/berita/tanpa-judul.md", "content/catatan-tanpa-tanggal.md"}


@pytest.mark.parametrize(
    "settings, drafts",
    [
        ("", {"content/catatan/rencana-pasar.md", "content/pages/struktur.md"}),
        ("WITH_FUTURE_DATES = False\n", {"content/catatan/rencana-pasar.md", "content/pages/struktur.md", "content/catatan/rencana-festival.md"}),
        ("EXTRA_PATH_METADATA = {'kegiatan': {'status': 'draft'}}\n", {
            "content/catatan/rencana-pasar.md", "content/pages/struktur.md", "content/kegiatan/Lomba Tujuh Belasan.md",
            "content/kegiatan/festival-desa.md", "content/kegiatan/festival-desa-en.md",
        }),
    ],
)
def test_drafts_by_their_settings_too_are_left_out_unless_asked_for(tmp_path, settings, drafts):
    """A draft of Pelican's settings (an article dated ahead with ``WITH_FUTURE_DATES =
    False``, ``EXTRA_PATH_METADATA``, ``DEFAULT_METADATA``) is a draft of arsip's too (as is
    a file Pelican skips, kept with ``--include-drafts``)."""
    site = _site(tmp_path, settings)
    assert {doc_id for doc_id, document in _documents(site).items() if document.draft} == drafts | SKIPPED
    assert not drafts & {document.id for document in read_documents([str(site)])}


def _place(settings: str, fields: dict, path: str = "content/berita/rapat.md", title: str = "Rapat Warga") -> str | None:
    return pelican_path(path, fields, title, pelican_settings(settings))


def test_a_date_is_needed_only_as_far_as_the_pattern_uses_it():
    """Pelican completes a date from the day of the build (``dateutil``'s default): a
    pattern using only the parts the page gives has a place, one using the others has none."""
    assert _place("ARTICLE_URL = '{date:%Y}/{slug}/'", {"date": "2021-08"}) == "2021/rapat-warga/"
    with pytest.raises(Unplaceable, match="day of the build"):
        _place("ARTICLE_URL = '{date:%Y}/{date:%d}/{slug}/'", {"date": "2021-08"})
    assert _place("ARTICLE_URL = '{date:%Y}/{date:%-d}/{slug}/'", {"date": "2021-08-07 10:00"}) == "2021/7/rapat-warga/"


@pytest.mark.parametrize(
    "settings, reason",
    [
        ("import os\nARTICLE_URL = os.environ['POLA']\n", "pelicanconf.py computes ARTICLE_URL"),
        ("if True:\n    SLUGIFY_SOURCE = 'basename'\n", "pelicanconf.py computes SLUGIFY_SOURCE"),
        ("ARTICLE_URL = '{date:%B}/{slug}.html'\n", "month or day by name"),
        ("ARTICLE_URL = '{kota}/{slug}.html'\n", "needs {kota}"),
        ("DEFAULT_DATE = 'fs'\n", "DEFAULT_DATE = 'fs'"),
        ("PATH = '/home/budi/blog/content'\n", "machine that built the site"),
        ("PAGE_PATHS = 5\n", "a value Pelican cannot use"),
        ("DEFAULT_DATE = ('dua ribu',)\n", "a value Pelican cannot use"),
        ("EXTRA_PATH_METADATA = {'berita': 1, 2: {}}\n", "a value Pelican cannot use"),
    ],
)
def test_what_arsip_cannot_know_gives_no_url_and_says_why(settings, reason):
    with pytest.raises(Unplaceable, match=reason):
        _place(settings, {"date": "2021-08-07"} if "fs" not in settings else {})


def test_a_placeholder_the_metadata_gives_is_filled():
    assert _place("ARTICLE_URL = '{kota}/{slug}.html'\n", {"date": "2021-08-07", "kota": "Malang"}) == "Malang/rapat-warga.html"


def test_a_computed_site_url_is_a_problem_of_each_page(tmp_path):
    site = tmp_path / "situs"
    (site / "content").mkdir(parents=True)
    (site / "pelicanconf.py").write_text("import os\nSITEURL = os.environ.get('SITEURL', '')\n", encoding="utf-8")
    (site / "content" / "rapat.md").write_text("Title: Rapat Warga\nDate: 2021-08-07\n\nIsi rapat.\n", encoding="utf-8")
    (document,) = read_documents([str(site)])
    assert document.url is None
    assert [problem.reason for problem in document.problems if problem.field == "url"] == ["pelicanconf.py computes SITEURL (arsip reads literal values only)"]


def test_settings_are_read_not_run():
    settings = pelican_settings("A = 1\nPATH = 'isi'\nARTICLE_PATHS = ['berita']\nA, B = 2, 3\nX = open('/etc/passwd').read()\n")
    assert (settings["PATH"], settings["ARTICLE_PATHS"], settings["PAGE_PATHS"]) == ("isi", ["berita"], ["pages"])
    assert set(settings.unknown) == {"A", "B", "X"}
    python2 = pelican_settings("print 'membangun'\nSITEURL = u'https://kampung.id'\nPATH = os.path.join('a')\n")
    assert python2.values == {"SITEURL": "https://kampung.id"} and set(python2.unknown) == {"PATH"}


def test_a_setting_nested_too_deep_for_python_s_parser_is_unknown_and_the_rest_is_read():
    """``- - - … 1`` 20,000 deep: CPython's parser gives up with MemoryError, which ended the run."""
    deep = "-" * 20_000 + "1"
    settings = pelican_settings(f"SITEURL = 'https://kampung.id'\nDEFAULT_PAGINATION = {deep}\n")
    assert settings.values == {"SITEURL": "https://kampung.id"} and set(settings.unknown) == {"DEFAULT_PAGINATION"}


def test_pelican_slugs():
    defaults = pelican_settings("")["SLUG_REGEX_SUBSTITUTIONS"]
    assert slugify("Rapat <em>Warga</em>: Tanggul &amp; Bakau!", defaults) == "rapat-warga-tanggul-bakau"
    assert slugify("Kopi Désa — Œuvre “Baru” 🎉", defaults) == "kopi-desa-oeuvre-baru"
    with pytest.raises(Unplaceable, match="Unidecode"):
        slugify("Berita 日本", defaults)
    assert slugify("Berita 日本", defaults, pelican_settings("SLUGIFY_USE_UNICODE = True")) == "berita-日本"


def test_a_changed_url_setting_rereads_the_site_and_moves_its_pages(tmp_path):
    from arsip.index.build import index_paths
    from arsip.index.inspect import get_records

    site = _site(tmp_path)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    (record,) = get_records(directory, "content/pages/tentang.md")
    assert record["url"] == EXPECTED["base"] + "pages/tentang-kami.html"
    with open(site / "pelicanconf.py", "a", encoding="utf-8") as config:
        config.write("PAGE_URL = '{slug}/'\n")
    report = index_paths(directory, [str(site)])
    assert "Pelican's *_URL" in report.reread[str(site)]
    (record,) = get_records(directory, "content/pages/tentang.md")
    assert record["url"] == EXPECTED["base"] + "tentang-kami/"


def test_authors_are_the_names_pelican_makes_of_the_line(tmp_path):
    """``Authors:`` is a list as Pelican reads it: ``;`` separates names when there is one, else ``,``."""
    (tmp_path / "pelicanconf.py").write_text("SITEURL = 'https://contoh.id'\n", encoding="utf-8")
    (tmp_path / "content").mkdir()
    for name, authors in (("koma.md", "Ani Lestari, Budi Santoso"), ("titik-koma.md", "Santoso, Budi; Lestari, Ani"), ("satu.md", "Ani Lestari")):
        (tmp_path / "content" / name).write_text(f"Title: Kerja bakti {name}\nDate: 2020-01-02\nAuthors: {authors}\n\nWarga membersihkan saluran air.\n", encoding="utf-8")
    authors = {document.id: document.authors for document in read_documents([str(tmp_path)])}
    assert authors == {
        "content/koma.md": ["Ani Lestari", "Budi Santoso"],
        "content/titik-koma.md": ["Santoso, Budi", "Lestari, Ani"],
        "content/satu.md": ["Ani Lestari"],
    }


I18N_SETTINGS = """SITEURL = 'https://desa.id/warta'
DEFAULT_LANG = 'id'
PLUGIN_PATHS = ['plugins']
PLUGINS = {plugins}
I18N_SUBSITES = {{
    'en': {{'AUTHOR': 'The Village'}},
    'jv': {{'ARTICLE_URL': 'warta/{{slug}}/'}},
}}
"""


@pytest.mark.parametrize(
    "plugins, expected",
    [
        (  # as the plugin's own test site builds (i18n_subsites/test_data: de/translated-article.html)
            "['i18n_subsites']",
            {"panen-id.md": "panen-raya.html", "panen-en.md": "en/panen-raya.html", "panen-jv.md": "jv/warta/panen-raya/", "panen-fr.md": "panen-raya-fr.html"},
        ),
        ("['sitemap']", {"panen-id.md": "panen-raya.html", "panen-en.md": "panen-raya-en.html", "panen-jv.md": "panen-raya-jv.html", "panen-fr.md": "panen-raya-fr.html"}),
    ],
)
def test_i18n_subsites_publish_each_language_in_its_subsite(tmp_path, plugins, expected):
    (tmp_path / "pelicanconf.py").write_text(I18N_SETTINGS.format(plugins=plugins), encoding="utf-8")
    (tmp_path / "content").mkdir()
    for lang in ("id", "en", "jv", "fr"):
        (tmp_path / "content" / f"panen-{lang}.md").write_text(
            f"Title: Panen raya ({lang})\nDate: 2021-04-05\nSlug: panen-raya\nLang: {lang}\n\nPanen raya di sawah desa.\n", encoding="utf-8"
        )
    urls = {document.id.removeprefix("content/"): document.url for document in read_documents([str(tmp_path)])}
    assert urls == {name: "https://desa.id/warta/" + path for name, path in expected.items()}


def test_a_site_configured_in_pelican_conf_py_is_read_as_one_configured_in_pelicanconf_py(tmp_path):
    """Older Pelican sites name their configuration ``pelican.conf.py`` (``pelican -s pelican.conf.py``)."""
    (tmp_path / "pelican.conf.py").write_text("# -*- coding: utf-8 -*-\nSITEURL = 'https://catatan.id'\nARTICLE_URL = '{category}/{slug}/'\n", encoding="utf-8")
    (tmp_path / "content" / "jurnal").mkdir(parents=True)
    (tmp_path / "content" / "jurnal" / "0003-internet.md").write_text("Title: Akhirnya ADSL\nDate: 2004-09-09 07:49:03\nSlug: akhirnya-adsl\n\nSetelah setahun menunggu, sambungan internet rumah menyala.\n", encoding="utf-8")
    [document] = read_documents([str(tmp_path)])
    assert (document.generator, document.url) == ("pelican", "https://catatan.id/jurnal/akhirnya-adsl/")


def test_an_article_without_a_category_has_its_folders_as_pelican_shows_it(tmp_path):
    (tmp_path / "pelicanconf.py").write_text("SITEURL = 'https://catatan.id'\n", encoding="utf-8")
    for path, header in (("jurnal/mudik.md", ""), ("jurnal/lebaran.md", "Category: Hari Raya\n"), ("catatan-lepas.md", ""), ("pages/tentang.md", "")):
        (tmp_path / "content" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "content" / path).write_text(f"Title: {path}\nDate: 2010-09-10\n{header}\nPerjalanan pulang kampung bersama keluarga.\n", encoding="utf-8")
    categories = {document.id.removeprefix("content/"): [term.label for term in document.categories] for document in read_documents([str(tmp_path)])}
    assert categories == {"jurnal/mudik.md": ["jurnal"], "jurnal/lebaran.md": ["Hari Raya"], "catatan-lepas.md": [], "pages/tentang.md": []}  # Pelican's own "misc" is no category


def test_a_file_pelican_skips_is_left_out_with_the_reason(tmp_path):
    """Pelican reads every file of its content folders, an included fragment too
    (``.. include:: bagian/syarat.rst``), and skips one without a title or an article without
    a date (``is_valid_content``: "Skipping …: could not find information about 'title'");
    arsip leaves such a file out the same way, counted by reason, and keeps it with
    ``--include-drafts`` as a draft with a problem saying so."""
    (tmp_path / "pelicanconf.py").write_text("SITEURL = 'https://warta.id'\n", encoding="utf-8")
    (tmp_path / "content" / "bagian").mkdir(parents=True)
    (tmp_path / "content" / "surat-pindah.rst").write_text(
        "Surat Pindah\n############\n\n:date: 2021-03-04\n\nSyarat pengurusan:\n\n.. include:: bagian/syarat.rst\n", encoding="utf-8"
    )
    (tmp_path / "content" / "bagian" / "syarat.rst").write_text("* Fotokopi KTP dan kartu keluarga.\n* Surat pengantar RT.\n", encoding="utf-8")
    (tmp_path / "content" / "bagian" / "penutup.md").write_text("Terima kasih atas perhatian warga.\n", encoding="utf-8")
    (tmp_path / "content" / "catatan.md").write_text("Title: Catatan Rapat\n\nRapat belum diberi tanggal.\n", encoding="utf-8")
    report = IngestReport()
    assert [document.id for document in read_documents([str(tmp_path)], report=report)] == ["content/surat-pindah.rst"]
    assert {reason: count for reason, count in report.skipped.items() if "Pelican" in reason} == {
        "not published: Pelican skips a file without a title": 2,
        "not published: Pelican skips an article without a date": 1,
    }
    kept = {document.id: document for document in read_documents([str(tmp_path)], IngestOptions(include_drafts=True))}
    fragment = kept["content/bagian/syarat.rst"]
    assert fragment.draft and fragment.url is None
    assert [problem.reason for problem in fragment.problems if problem.field == "title"] == ["not published: Pelican skips a file without a title: it is not on the site"]
    assert not kept["content/surat-pindah.rst"].draft
