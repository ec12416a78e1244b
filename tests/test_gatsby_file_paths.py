"""A Gatsby site whose ``gatsby-node.js`` is the starters' pattern — a ``slug`` field made by
``createFilePath`` and a page created at it — has its filesystem sources' pages at the path
``createFilePath`` gives, below ``siteMetadata.siteUrl`` (tests/data/app-addresses/gatsby);
other code places them where arsip cannot know, and a ``url`` problem says so. A Markdown or
text file of ``static/``, which Gatsby copies into ``public/`` as it is, is no page: it is
left out with the reason counted."""

import shutil
from pathlib import Path

import pytest

from arsip.ingest.sites.javascript.app_routes import GATSBY_STATIC_FILE

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "app-addresses" / "gatsby"
CODED = "a page of the Gatsby site's source folder {}/: the site's own code publishes it (createPage in gatsby-node.js), so its address is not known"
PAGES = {"arsip-resep/sambal-lado-mudo.md": "arsip-resep", "content/blog/resep-rendang/index.md": "content/blog"}


def _variant(tmp_path: Path, file: str, old: str, new: str) -> Path:
    folder = tmp_path / "situs"
    shutil.copytree(SITE, folder)
    changed = folder / file
    text = changed.read_text(encoding="utf-8")
    assert old in text
    changed.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def _places(folder: Path) -> dict:
    documents, _ = read_by_id(folder, workers=1)
    return {key.rpartition("situs/")[2]: (document.url, [problem.reason for problem in document.problems]) for key, document in documents.items()}


def test_pages_are_at_the_path_create_file_path_gives(tmp_path):
    expected = {
        "arsip-resep/sambal-lado-mudo.md": ("https://dapur.contoh.id/sambal-lado-mudo/", []),
        "content/blog/resep-rendang/index.md": ("https://dapur.contoh.id/resep-rendang/", []),
    }
    assert _places(SITE) == expected
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    assert _places(tmp_path / "situs.zip") == expected


def test_the_front_matter_slug_first_and_the_options_written_out(tmp_path):
    folder = _variant(
        tmp_path, "gatsby-node.js", "const value = createFilePath({ node, getNode })",
        "const value = node.frontmatter.slug || createFilePath({ node, getNode, basePath: `content`, trailingSlash: false })",
    )
    (folder / "arsip-resep" / "soto.md").write_text("---\ntitle: Soto Betawi\nslug: /resep/soto-betawi/\n---\n\nSoto berkuah santan dan susu.\n", encoding="utf-8")
    assert {key: url for key, (url, _) in _places(folder).items()} == {
        "arsip-resep/sambal-lado-mudo.md": "https://dapur.contoh.id/sambal-lado-mudo",
        "arsip-resep/soto.md": "https://dapur.contoh.id/resep/soto-betawi/",
        "content/blog/resep-rendang/index.md": "https://dapur.contoh.id/resep-rendang",
    }


def test_gatsby_trailing_slash_never_drops_the_final_slash(tmp_path):
    folder = _variant(tmp_path, "gatsby-config.js", "module.exports = {", "module.exports = {\n  trailingSlash: `never`,")
    assert _places(folder)["content/blog/resep-rendang/index.md"] == ("https://dapur.contoh.id/resep-rendang", [])


@pytest.mark.parametrize(
    "file, old, new, reason",
    [
        ("gatsby-node.js", "path: resep.fields.slug,", "path: `/resep${resep.fields.slug}`,", None),
        ("gatsby-node.js", "createFilePath({ node, getNode })", "createFilePath({ node, getNode, basePath: dasar })", None),
        (
            "gatsby-config.js", "module.exports = {", "module.exports = {\n  pathPrefix: `/dapur`,",
            "gatsby-config.js sets pathPrefix, which Gatsby adds to its pages' addresses only in a build run with --prefix-paths: where the site publishes its pages is not known",
        ),
    ],
)
def test_other_code_and_settings_leave_the_pages_without_url(file, old, new, reason, tmp_path):
    places = _places(_variant(tmp_path, file, old, new))
    assert places == {page: (None, [reason or CODED.format(folder)]) for page, folder in PAGES.items()}


def test_a_markdown_file_of_static_no_source_reads_is_skipped(tmp_path):
    folder = tmp_path / "situs"
    shutil.copytree(SITE, folder)
    (folder / "static" / "resep").mkdir()
    (folder / "static" / "resep" / "catatan-bumbu.md").write_text("# Catatan Bumbu\n\nCabai, bawang merah dan serai untuk rendang.\n", encoding="utf-8")
    (folder / "static" / "resep" / "daftar-belanja.txt").write_text("Daging sapi, santan, lengkuas dan daun kunyit.\n", encoding="utf-8")
    zip_of(folder, tmp_path / "situs.zip", "situs/")
    for path in (folder, tmp_path / "situs.zip"):
        documents, report = read_by_id(path, workers=1)
        assert sorted(key.rpartition("situs/")[2] for key in documents) == sorted(PAGES)
        assert report.skipped[GATSBY_STATIC_FILE] == 2
    config = folder / "gatsby-config.js"
    config.write_text(config.read_text(encoding="utf-8").replace("path: `./arsip-resep`", "path: `./static/resep`"), encoding="utf-8")
    documents, report = read_by_id(folder, workers=1)  # (a source reading static/resep/: its pages)
    assert "static/resep/catatan-bumbu.md" in documents and GATSBY_STATIC_FILE not in report.skipped
