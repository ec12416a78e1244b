"""A Next.js app keeping its posts in ``_posts/`` (vercel's blog starter;
tests/data/sites/nextjs-posts) is no Jekyll site: its posts hold no Liquid, so their braces
are text, in a folder and in an archive; without Next.js in its ``package.json``, the same
folder is a Jekyll site's."""

import json
import shutil
from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

from .conftest import zip_of

SITE = Path(__file__).parent / "data" / "sites" / "nextjs-posts"
POST = "_posts/harga-paket-internet.md"
TEXT = "Harga paket bulanan: {{ harga }} rupiah, diumumkan di balai desa.\n\nDi JavaScript objek ditulis {{ a: 1 }} dan templat ${nama}."


@pytest.mark.parametrize("zipped", [False, True])
def test_the_posts_of_a_nextjs_app_are_not_read_as_jekyll(zipped, tmp_path):
    path = zip_of(SITE, tmp_path / "blog.zip", "blog/") if zipped else SITE
    [post] = [document for document in read_documents([str(path)], IngestOptions(workers=1)) if document.id.endswith(POST)]
    assert (post.generator, post.text, post.problems) == ("markdown", TEXT, [])


def test_without_nextjs_the_folder_is_a_jekyll_site(tmp_path):
    site = tmp_path / "blog"
    shutil.copytree(SITE, site)
    package = json.loads((site / "package.json").read_text(encoding="utf-8"))
    del package["dependencies"]["next"]
    (site / "package.json").write_text(json.dumps(package), encoding="utf-8")
    [post] = [document for document in read_documents([str(site)], IngestOptions(workers=1)) if document.id.endswith(POST)]
    assert post.generator == "jekyll" and "{{ harga }}" not in post.text
