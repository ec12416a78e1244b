"""A VitePress site with ``locales`` (tests/data/vitepress-locales): a page in a locale folder
below ``srcDir`` has that locale's language, the root locale's ``lang`` over the site's, as
VitePress sets ``<html lang>`` — here the day/month order an ambiguous numeric date is read
in —; and a VuePress home page without a hero text shows its locale's ``title``
(tests/data/vuepress-locale-homes), on disk and in an archive alike."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.javascript.docs_sites import vitepress_site

from .conftest import zip_of

SITE = Path(__file__).parent / "data" / "vitepress-locales" / "layanan-main"
HOMES = Path(__file__).parent / "data" / "vuepress-locale-homes" / "situs"


def _pages(root, name: str) -> dict[str, tuple]:
    return {page.id.split(f"!/{name}/")[-1]: (page.date, page.title) for page in read_documents([str(root)])}


def _zipped(site: Path, tmp_path) -> Path:
    members = {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}
    return zip_of(members, tmp_path / f"{site.name}.zip", prefix=f"{site.name}/")


def test_a_page_has_its_locale_folders_language_on_disk_and_in_a_zip(tmp_path):
    on_disk = _pages(SITE, SITE.name)
    assert on_disk["docs/berita/posyandu.md"][0] == "2024-06-05"  # the root locale, id-ID (over the site's en-US): day first
    assert on_disk["docs/en/news/clinic.md"][0] == "2024-05-06"  # en: en-US, month first
    assert _pages(_zipped(SITE, tmp_path), SITE.name) == on_disk


def test_locale_folders_are_below_the_source_folder():
    config = "export default { srcDir: './src', locales: { root: { lang: 'id-ID' }, en: { lang: 'en-US' }, '/jv/': { lang: 'jv-ID' }, su: { label: 'Sunda' } } }"
    base, lang, routes = vitepress_site(".vitepress/config.mts", config)
    assert lang == "id-ID"
    assert [routes.lang_of(path) for path in ("src/en/a.md", "src/jv/a.md", "src/su/a.md", "en/a.md", "src/a.md")] == ["en-US", "jv-ID", None, None, None]


def test_a_vuepress_home_page_shows_its_locales_title(tmp_path):
    titles = {page: title for page, (_, title) in _pages(HOMES, HOMES.name).items()}
    assert titles == {"README.md": "Panduan Desa", "en/README.md": "Village Guide"}
    assert {page: title for page, (_, title) in _pages(_zipped(HOMES, tmp_path), HOMES.name).items()} == titles
