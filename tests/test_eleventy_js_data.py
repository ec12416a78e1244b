"""Eleventy's global data in JavaScript (``_data/metadata.js``, as eleventy-base-blog v9 has
it): read for the literal values of the object it exports, never run, for the site's address
and the data its templates show (see the eleventy-v9 site in tests/data)."""

import json
import shutil
from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.eleventy import read_global_data

from .conftest import zip_of

SITE = Path(__file__).parent / "data" / "eleventy-v9"


def test_a_javascript_data_file_gives_the_site_its_address_and_its_pages_their_data():
    pages = {page.id: page for page in read_documents([str(SITE)])}
    assert pages["content/blog/panen-raya.md"].url == "https://sukamaju.desa.id/blog/panen-raya/"
    assert pages["content/tentang.md"].url == "https://sukamaju.desa.id/tentang/"
    about = pages["content/tentang.md"]
    assert about.title == "Tentang Kabar Desa Sukamaju"
    assert about.text.startswith("Tentang Kabar Desa Sukamaju\n\nKabar Desa Sukamaju ditulis oleh warga untuk warga, disunting oleh Tim Kabar Desa.")


def test_what_the_code_of_a_data_file_computes_is_left_out(tmp_path):
    (tmp_path / "metadata.js").write_text((SITE / "_data" / "metadata.js").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "site.mjs").write_text(
        'const base = { nama: "Desa" };\nexport default async function () {\n  return { ...base, url: process.env.URL, kabupaten: "Bogor" };\n}\n',
        encoding="utf-8",
    )
    data = json.loads(read_global_data(str(tmp_path))[0])
    assert data["metadata"]["url"] == "https://sukamaju.desa.id/" and "buildYear" not in data["metadata"]
    assert data["site"] == {"nama": "Desa", "kabupaten": "Bogor"}  # (the address comes from the build's environment)


def test_a_json_data_file_comes_before_a_javascript_one_of_the_same_name(tmp_path):
    site = shutil.copytree(SITE, tmp_path / "situs")
    (site / "_data" / "metadata.json").write_text('{"url": "https://kabar.sukamaju.desa.id/"}', encoding="utf-8")
    pages = {page.id: page for page in read_documents([str(site)])}
    assert pages["content/blog/panen-raya.md"].url == "https://kabar.sukamaju.desa.id/blog/panen-raya/"


def test_a_zipped_site_reads_its_data_folder_too(tmp_path):
    archive = zip_of(SITE, tmp_path / "kabar-desa.zip", "kabar-desa-main/")
    pages = {page.id.split("!/kabar-desa-main/")[1]: page for page in read_documents([str(archive)])}
    assert pages["content/blog/panen-raya.md"].url == "https://sukamaju.desa.id/blog/panen-raya/"
    assert pages["content/tentang.md"].title == "Tentang Kabar Desa Sukamaju"
