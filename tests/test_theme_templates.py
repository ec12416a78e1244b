"""A theme given alone (a Hexo theme's repository, or its folder copied out of themes/) is its
templates and stylesheets, counted as site code: EJS, Pug, Swig and Stylus of Hexo's themes,
Nunjucks outside an Eleventy site (NexT's layouts), where a layout starting with <!DOCTYPE
html> was a page of raw ``<%- partial(…) %>`` (see hexo-tranquilpeak and hexo-theme-next in
tests/data)."""

from pathlib import Path

from arsip.ingest.formats import SITE_CONFIGURATION
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport

DATA = Path(__file__).parent / "data"


def _read(folder: Path) -> tuple[list[str], IngestReport]:
    report = IngestReport()
    return sorted(page.id for page in read_documents([str(folder)], report=report)), report


def test_a_hexo_themes_ejs_layouts_and_stylesheets_are_site_code():
    ids, report = _read(DATA / "hexo-tranquilpeak" / "themes" / "tranquilpeak")
    assert ids == ["README.md"]
    assert report.skipped == {SITE_CONFIGURATION: 5}  # four .ejs, one .styl


def test_nunjucks_layouts_outside_an_eleventy_site_are_site_code():
    ids, report = _read(DATA / "hexo-theme-next")
    assert ids == ["README.md"]
    assert report.skipped == {SITE_CONFIGURATION: 5}  # three .njk, _config.yml, languages/id.yml
