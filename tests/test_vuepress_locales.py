"""A VuePress 1 site with ``locales`` (tests/data/vuepress-locales): a page's language is its
locale folder's, as VuePress sets ``<html lang>`` — here what day/month order an ambiguous
numeric date is read in — on disk and in an archive alike."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.javascript.docs_sites import vuepress_site

from .conftest import zip_of

SITE = Path(__file__).parent / "data" / "vuepress-locales" / "panduan-main"


def _dates(root) -> dict[str, str | None]:
    return {page.id.split("!/panduan-main/")[-1]: page.date for page in read_documents([str(root)])}


def test_a_page_has_its_locale_folders_language_on_disk_and_in_a_zip(tmp_path):
    on_disk = _dates(SITE)
    assert on_disk["berita/rapat.md"] == "2024-04-03"  # the root locale, id-ID: day first
    assert on_disk["en/news/meeting.md"] == "2024-03-04"  # '/en/': en-US, month first
    members = {path.relative_to(SITE).as_posix(): path.read_bytes() for path in SITE.rglob("*") if path.is_file()}
    assert _dates(zip_of(members, tmp_path / "panduan-main.zip", prefix="panduan-main/")) == on_disk


def test_the_deepest_locale_folder_gives_the_language():
    config = "module.exports = { lang: 'id-ID', locales: { '/': {}, '/en/': { lang: 'en-US' }, '/en/gb/': { lang: 'en-GB' }, '/jv/': { title: 'Pandhuan' } } };"
    routes = vuepress_site(".vuepress/config.js", config)[2]
    assert [routes.lang_of(path) for path in ("en/mulai.md", "en/gb/mulai.md", "jv/mulai.md", "mulai.md", "english.md")] == ["en-US", "en-GB", None, None, None]
