"""The index records what each root was read with: a run with other options reads it again."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index import store
from arsip.index.build import READING_RULES, index_paths
from arsip.index.inspect import get_records
from arsip.ingest.results import IngestOptions
from arsip.ingest.terms import load_aliases

POST = "---\ntitle: Pelatihan radio komunitas\ncategories: [report]\n---\nWarga belajar menyiarkan berita desa.\n"
DRAFT = "---\ntitle: Rencana siaran\ndraft: true\n---\nRencana siaran untuk bulan depan.\n"
FILE_LIST = "".join(f"foto/kegiatan-{number:03d}.jpg\n" for number in range(12))


def make_site(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    (site / "pelatihan.md").write_text(POST, encoding="utf-8")
    (site / "rencana.md").write_text(DRAFT, encoding="utf-8")
    (site / "daftar.txt").write_text(FILE_LIST, encoding="utf-8")
    return site


def test_include_drafts_and_include_all_reread_the_root_both_ways(tmp_path):
    site, directory = make_site(tmp_path), tmp_path / "indeks"
    first = index_paths(directory, [str(site)])
    assert (first.added, first.ingest.skipped["draft"]) == (1, 1)
    drafts = index_paths(directory, [str(site)], IngestOptions(include_drafts=True))
    assert drafts.reread == {str(site): "--include-drafts changed"}
    assert (drafts.added, drafts.unchanged) == (1, 0)
    assert get_records(directory, "rencana.md")[0]["draft"] is True
    assert index_paths(directory, [str(site)], IngestOptions(include_drafts=True)).reread == {}
    everything = index_paths(directory, [str(site)], IngestOptions(include_drafts=True, include_all=True))
    assert everything.reread == {str(site): "--include-all changed"} and everything.added == 1
    assert get_records(directory, "daftar.txt")
    back = index_paths(directory, [str(site)])
    assert back.reread == {str(site): "--include-drafts, --include-all changed"}
    assert back.removed == 2 and get_records(directory, "rencana.md") == [] and get_records(directory, "daftar.txt") == []
    assert len(get_records(directory, "pelatihan.md")) == 1


def test_a_changed_alias_file_rereads_the_root(tmp_path):
    site, directory = make_site(tmp_path), tmp_path / "indeks"
    aliases = tmp_path / "alias.toml"
    index_paths(directory, [str(site)])
    assert get_records(directory, "pelatihan.md")[0]["categories"][0]["key"] == "report"
    aliases.write_text('[categories]\nlaporan = ["report"]\n', encoding="utf-8")
    run = index_paths(directory, [str(site)], IngestOptions(aliases=load_aliases(aliases)))
    assert run.reread == {str(site): "--aliases changed"} and run.updated == 1
    assert get_records(directory, "pelatihan.md")[0]["categories"][0]["key"] == "laporan"
    assert index_paths(directory, [str(site)], IngestOptions(aliases=load_aliases(aliases))).unchanged == 1  # drafts and non-documents are not indexed: read each run
    aliases.write_text('[categories]\nlaporan-kegiatan = ["report"]\n', encoding="utf-8")  # same file, new content
    run = index_paths(directory, [str(site)], IngestOptions(aliases=load_aliases(aliases)))
    assert run.reread == {str(site): "--aliases changed"}
    assert get_records(directory, "pelatihan.md")[0]["categories"][0]["key"] == "laporan-kegiatan"


def test_one_file_read_with_other_options_does_not_stand_for_its_root(tmp_path):
    site, directory = make_site(tmp_path), tmp_path / "indeks"
    index_paths(directory, [str(site)])
    one = index_paths(directory, [str(site / "rencana.md")], IngestOptions(include_drafts=True))
    assert one.added == 1 and one.reread == {}
    whole = index_paths(directory, [str(site)], IngestOptions(include_drafts=True))
    assert whole.reread == {str(site): "--include-drafts changed"}


def test_an_index_that_recorded_only_generators_is_read_as_built_with_the_defaults(tmp_path):
    site, directory = make_site(tmp_path), tmp_path / "indeks"
    index_paths(directory, [str(site)])
    roots_path = directory / store.roots_file(store.IndexMeta.read(directory).name)
    roots_path.write_text(json.dumps({str(site): "markdown"}), encoding="utf-8")
    again = index_paths(directory, [str(site)])  # its rules are not known: read again, once; its options are the defaults
    assert again.reread == {str(site): f"{READING_RULES} changed"}
    assert index_paths(directory, [str(site)]).unchanged == 1


def test_the_summary_line_names_the_root_read_again(tmp_path):
    site, directory = make_site(tmp_path), tmp_path / "indeks"
    runner = CliRunner()
    assert runner.invoke(arsip, ["index", str(site), "--index", str(directory)]).exit_code == 0
    result = runner.invoke(arsip, ["index", str(site), "--index", str(directory), "--include-drafts"])
    assert result.exit_code == 0
    assert f"every file of {site} read again (--include-drafts changed)" in result.stderr
    result = runner.invoke(arsip, ["index", str(site), "--index", str(directory), "--include-drafts", "--json"])
    assert json.loads(result.stdout)["reread"] == {}


def _indexed_site(tmp_path, files: dict[str, str]):
    """A site folder ``situs`` holding ``files`` (name → text), indexed into ``indeks``."""
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    site.mkdir()
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    index_paths(directory, [str(site)])
    return site, directory


def test_a_changed_site_configuration_rereads_the_root(tmp_path):
    """The site's language sets the default day/month order, its base URL every page's url."""
    site, directory = _indexed_site(
        tmp_path, {"_config.yml": "url: https://contoh.id\nlang: id\n", "rapat.md": "---\ntitle: Rapat warga\ndate: 05/07/2021\npermalink: /rapat/\n---\nIsi.\n"}
    )
    [record] = get_records(directory, "rapat.md")
    assert (record["date"], record["url"]) == ("2021-07-05", "https://contoh.id/rapat/")
    (site / "_config.yml").write_text("url: https://arsip.contoh.id\nlang: en\n", encoding="utf-8")
    run = index_paths(directory, [str(site)])
    assert run.reread == {
        str(site): "the site's base URL, the site's language (default day/month order), the site's settings (Jekyll's _config.yml, which {{ site.x }} shows) changed"
    }
    [record] = get_records(directory, "rapat.md")
    assert (record["date"], record["url"]) == ("2021-05-07", "https://arsip.contoh.id/rapat/")
    assert "read month-first (the site's default)" in record["problems"][0]["reason"]


@pytest.mark.parametrize(
    "page, config, changed, reason, field, before, after",
    [
        # Hugo publishes a page at its path until [permalinks] says otherwise: then the page moves
        (
            "+++\ntitle = 'Rapat warga'\ndate = 2021-03-04\n+++\nIsi.\n", "", '[permalinks]\n  "/" = "/:year/:slug/"\n',
            "where the site publishes its pages (Hugo's permalinks, uglyURLs, languages, sections and cascades)",
            "url", "https://warta.contoh.id/rapat-warga/", "https://warta.contoh.id/2021/rapat-warga/",
        ),
        # {{< param versi >}} shows the site's parameter: a new value is in the text
        (
            "+++\ntitle = 'Unduh'\n+++\nUnduh aplikasi desa versi {{< param versi >}}.\n", '[params]\nversi = "1.0"\n', '[params]\nversi = "2.0"\n',
            "the site's parameters (Hugo's [params], which {{< param >}} shows)",
            "text", "Unduh aplikasi desa versi 1.0.", "Unduh aplikasi desa versi 2.0.",
        ),
    ],
    ids=["permalinks", "params"],
)
def test_a_changed_hugo_configuration_rereads_the_site(tmp_path, page, config, changed, reason, field, before, after):
    base = 'baseURL = "https://warta.contoh.id/"\n'
    site, directory = _indexed_site(tmp_path, {"hugo.toml": base + config, "content/rapat-warga.md": page})
    assert get_records(directory, "content/rapat-warga.md")[0][field] == before
    (site / "hugo.toml").write_text(base + changed, encoding="utf-8")
    run = index_paths(directory, [str(site)])
    assert run.reread == {str(site): reason + " changed"}
    assert get_records(directory, "content/rapat-warga.md")[0][field] == after


def test_a_changed_jekyll_setting_rereads_the_pages_that_show_it(tmp_path):
    """``{{ site.title }}`` is text of every page that shows it: a new title rereads them."""
    page = "---\ntitle: Rapat warga\n---\nSelamat datang di {{ site.title }}.\n"
    site, directory = _indexed_site(tmp_path, {"_config.yml": "title: Kabar Sukamaju\n", "_posts/2021-07-05-rapat.md": page})
    assert get_records(directory, "_posts/2021-07-05-rapat.md")[0]["text"] == "Selamat datang di Kabar Sukamaju."
    (site / "_config.yml").write_text("title: Warta Sukamaju\n", encoding="utf-8")
    run = index_paths(directory, [str(site)])
    assert run.reread == {str(site): "the site's settings (Jekyll's _config.yml, which {{ site.x }} shows) changed"}
    assert get_records(directory, "_posts/2021-07-05-rapat.md")[0]["text"] == "Selamat datang di Warta Sukamaju."


def test_a_changed_sphinx_release_rereads_the_project(tmp_path):
    """Sphinx's release is text of every page that uses |release|: a new one rereads them."""
    site, directory = _indexed_site(
        tmp_path, {"conf.py": 'release = "1.0"\nhtml_theme = "alabaster"\n', "index.rst": "Panduan\n=======\n\nPanduan rilis |release| untuk kader.\n"}
    )
    assert "Panduan rilis 1.0 untuk kader." in get_records(directory, "index.rst")[0]["text"]
    (site / "conf.py").write_text('release = "2.0"\nhtml_theme = "alabaster"\n', encoding="utf-8")
    run = index_paths(directory, [str(site)])
    assert run.reread == {str(site): "the site's reST substitutions (Sphinx |version| |release| |today|) changed"}
    assert "Panduan rilis 2.0 untuk kader." in get_records(directory, "index.rst")[0]["text"]
