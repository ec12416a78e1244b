"""Posts of Material for MkDocs' blog plugin get the URL the plugin publishes them at (its
``post_url_format``: date, slug of the title or ``slug``, file name, categories), not their
place in ``docs/``; what arsip cannot place says why, as the plugin's code reads a post."""

import shutil
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

BASE = "https://kabardesa.id/"
POSTS = {
    "panen.md": "---\ndate: 2024-03-05\ncategories:\n  - Kabar Desa\n---\n\n# Panen Raya di Desa Sukamaju\n\nWarga memanen padi bersama.\n",
    "rapat.md": "---\ndate: 2024-04-01\nslug: rapat-bpd\n---\n\n# Rapat BPD Bulan April\n\nRapat membahas anggaran.\n",
    "tanam.md": "---\ndate:\n  created: 2023-11-20 07:30:00\n  updated: 2023-11-21\n---\n\n# 🌾 Musim Tanam Tiba\n\nBenih dibagikan.\n",
    "catatan_rapat.md": "---\ndate: 2023-01-09\n---\n\nTanpa judul di baris pertama.\n\n# Judul di tengah\n",
    "judul.md": "---\ntitle: Judul Dari Front Matter\ndate: 2023-02-10\n---\n\n# Judul Lain\n\nIsi.\n",
    "tanpa-tanggal.md": "---\ncategories: [Umum]\n---\n\n# Pengumuman\n\nIsi.\n",
}


def _site(tmp_path: Path, blog: str = "  - blog\n", folder: str = "blog/posts", extra: str = "") -> dict:
    (tmp_path / "mkdocs.yml").write_text(f"site_name: Kabar Desa\nsite_url: {BASE}\n{extra}plugins:\n  - search\n{blog}", encoding="utf-8")
    posts = tmp_path / "docs" / folder
    posts.mkdir(parents=True)
    for name, text in POSTS.items():
        (posts / name).write_text(text, encoding="utf-8")
    (tmp_path / "docs" / "tentang.md").write_text("# Tentang\n\nSitus kabar desa.\n", encoding="utf-8")
    return {document.id: document for document in read_documents([str(tmp_path)], IngestOptions(include_drafts=True))}


def test_posts_are_published_where_the_blog_plugin_puts_them(tmp_path):
    documents = _site(tmp_path)
    urls = {key.removeprefix("docs/blog/posts/"): document.url for key, document in documents.items()}
    assert urls == {
        "panen.md": BASE + "blog/2024/03/05/panen-raya-di-desa-sukamaju/",
        "rapat.md": BASE + "blog/2024/04/01/rapat-bpd/",  # the front matter's slug
        "tanam.md": BASE + "blog/2023/11/20/-musim-tanam-tiba/",  # pymdownx.slugs strips spaces before dropping the emoji
        "catatan_rapat.md": BASE + "blog/2023/01/09/catatan-rapat/",  # no "# " title on the first line: the file's name
        "judul.md": BASE + "blog/2023/02/10/judul-dari-front-matter/",
        "tanpa-tanggal.md": None,
        "docs/tentang.md": BASE + "tentang/",
    }
    assert [problem.reason for problem in documents["docs/blog/posts/tanpa-tanggal.md"].problems if problem.field == "url"] == [
        "the post has no date, and Material's blog plugin stops the build on it"
    ]
    assert not any(problem.field == "url" for problem in documents["docs/blog/posts/panen.md"].problems)


def test_a_date_given_as_a_mapping_is_the_post_s_created_date(tmp_path):
    """Material's ``date: {created: …, updated: …}``: the post is dated by ``created``."""
    post = _site(tmp_path)["docs/blog/posts/tanam.md"]
    assert (post.date, post.date_source) == ("2023-11-20T07:30:00", "front_matter:date.created")
    assert post.problems == []


def test_the_plugin_settings_place_the_posts(tmp_path):
    blog = (
        "  - material/blog:\n      blog_dir: .\n      post_dir: \"{blog}/artikel\"\n"
        "      post_url_format: \"{categories}/{file}-{slug}\"\n      post_slugify_separator: _\n"
    )
    documents = _site(tmp_path, blog, folder="artikel", extra="use_directory_urls: false\n")
    assert documents["docs/artikel/panen.md"].url == BASE + "kabar-desa/panen-panen_raya_di_desa_sukamaju.html"
    assert documents["docs/artikel/rapat.md"].url == BASE + "rapat-rapat-bpd.html"  # no category: an empty folder


@pytest.mark.parametrize(
    "settings, reason",
    [
        ("      post_url_date_format: yyyy/MMMM\n", "the blog plugin's post_url_date_format 'yyyy/MMMM' has 'MMMM', written in the site's language"),
        ("      post_slugify: !!python/name:slugify.slugify\n", "the blog plugin's post_slugify is a Python function arsip does not run"),
    ],
)
def test_what_arsip_cannot_know_gives_no_url_and_says_why(tmp_path, settings, reason):
    documents = _site(tmp_path, "  - blog:\n" + settings)
    post = documents["docs/blog/posts/panen.md"]
    assert post.url is None
    assert reason in [problem.reason for problem in post.problems if problem.field == "url"]


def test_a_post_dated_ahead_is_a_draft_with_draft_if_future_date(tmp_path):
    POSTS["nanti.md"] = "---\ndate: 2999-01-01\n---\n\n# Rencana Seabad\n\nIsi.\n"
    try:
        documents = _site(tmp_path, "  - blog:\n      draft_if_future_date: true\n")
    finally:
        del POSTS["nanti.md"]
    assert documents["docs/blog/posts/nanti.md"].draft
    assert not documents["docs/blog/posts/panen.md"].draft


AUTHORS = "authors:\n  sari:\n    name: Sari Wulandari\n    description: Sekretaris desa\n  budi:\n    name: Budi Santoso\n"


def test_a_posts_authors_are_the_names_its_authors_file_gives(tmp_path):
    (tmp_path / "docs" / "blog").mkdir(parents=True)
    (tmp_path / "docs" / "blog" / ".authors.yml").write_text(AUTHORS, encoding="utf-8")
    POSTS["penulis.md"] = "---\ndate: 2024-05-02\nauthors:\n  - sari\n  - tamu\n---\n\n# Kerja Bakti\n\nIsi.\n"
    try:
        documents = _site(tmp_path)
    finally:
        del POSTS["penulis.md"]
    assert documents["docs/blog/posts/penulis.md"].authors == ["Sari Wulandari", "tamu"]  # an id it does not name stays
    archive = tmp_path.parent / f"{tmp_path.name}.zip"  # an archive's look keeps the authors file too
    shutil.make_archive(str(archive.with_suffix("")), "zip", tmp_path)
    zipped = {document.id.rsplit("/", 1)[-1]: document for document in read_documents([str(archive)])}
    assert zipped["penulis.md"].authors == ["Sari Wulandari", "tamu"]
    assert zipped["panen.md"].url == BASE + "blog/2024/03/05/panen-raya-di-desa-sukamaju/"


def test_only_a_blog_post_is_a_draft_in_a_mkdocs_site(tmp_path):
    """MkDocs has no drafts of a page's own (MkDocs 1.6's ``draft_docs`` is a setting of
    ``mkdocs.yml``, not a page key): a page marked ``draft: true`` (or ``published: false``,
    ``status: draft``) is built and published as any other. Material's blog plugin reads
    ``draft`` of its posts alone (``_is_excluded``: ``bool(post.config.draft)``), and builds
    drafts too when its own ``draft`` setting is true."""
    POSTS["konsep.md"] = "---\ndate: 2024-06-01\ndraft: true\n---\n\n# Konsep Laporan\n\nIsi.\n"
    (tmp_path / "a" / "docs").mkdir(parents=True)
    for name, front in (("panduan.md", "draft: true"), ("syarat.md", "published: false"), ("status.md", "status: draft")):
        (tmp_path / "a" / "docs" / name).write_text(f"---\n{front}\n---\n\n# Panduan Warga\n\nCara mengurus surat pindah.\n", encoding="utf-8")
    (tmp_path / "b").mkdir()
    try:
        documents = _site(tmp_path / "a")
        built = _site(tmp_path / "b", "  - blog:\n      draft: true\n")
    finally:
        del POSTS["konsep.md"]
    assert [key for key, document in documents.items() if document.draft] == ["docs/blog/posts/konsep.md"]
    assert not built["docs/blog/posts/konsep.md"].draft


@pytest.mark.parametrize(
    "file, old, new, authors, url",
    [
        ("docs/blog/.authors.yml", "name: Sari Wulandari", "name: Sari Wulandari Putri", ["Sari Wulandari Putri"], BASE + "blog/2024/05/02/kerja-bakti/"),
        ("mkdocs.yml", "  - blog\n", "  - blog:\n      post_url_format: \"{slug}\"\n", ["Sari Wulandari"], BASE + "blog/kerja-bakti/"),
    ],
)
def test_an_index_reads_the_site_again_when_a_blog_s_settings_or_authors_change(tmp_path, file, old, new, authors, url):
    site = tmp_path / "situs"
    (site / "docs" / "blog").mkdir(parents=True)
    (site / "docs" / "blog" / ".authors.yml").write_text(AUTHORS, encoding="utf-8")
    POSTS["penulis.md"] = "---\ndate: 2024-05-02\nauthors:\n  - sari\n---\n\n# Kerja Bakti\n\nIsi.\n"
    try:
        _site(site)
    finally:
        del POSTS["penulis.md"]
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    changed = site / file
    changed.write_text(changed.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "the site's blogs" in report.reread[str(site)]
    (record,) = get_records(directory, "docs/blog/posts/penulis.md")
    assert (record["authors"], record["url"]) == (authors, url)
