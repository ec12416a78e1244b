"""Categories and tags: shapes accepted, keys, and synonyms merged from an alias file."""

from arsip.ingest.pipeline import ingest_bytes, read_documents
from arsip.ingest.terms import display_labels, load_aliases, normalize_terms, term_key


def test_list_string_and_separated_string():
    assert [t.key for t in normalize_terms(["Berita", " CMS "])] == ["berita", "cms"]
    assert [t.key for t in normalize_terms("berita")] == ["berita"]
    assert [t.label for t in normalize_terms("Media  Alternatif; buruh,  CMS")] == ["Media Alternatif", "buruh", "CMS"]


def test_keys_unify_case_space_dash_and_underscore():
    assert term_key("Media  Alternatif") == term_key("media-alternatif") == term_key("MEDIA_ALTERNATIF") == "media-alternatif"
    assert [t.label for t in normalize_terms(["Berita", "berita", "BERITA"])] == ["Berita"]


def test_labels_are_nfc():
    assert normalize_terms("Cafe\u0301")[0].label == "Café"


def test_alias_file_merges_synonyms(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[categories]\nlaporan = ["report", "laporan-kegiatan"]\n', encoding="utf-8")
    aliases = load_aliases(path)
    assert [t.key for t in normalize_terms(["Report", "Laporan Kegiatan", "laporan"], aliases)] == ["laporan"]
    result = ingest_bytes(b"---\ncategories: [Report]\n---\nx\n", "a.md", "a.md")
    assert result.documents[0].categories[0].key == "report"


def test_display_label_is_the_most_frequent_spelling():
    pairs = [("cms", "CMS"), ("cms", "cms"), ("cms", "CMS")]
    assert display_labels(pairs) == {"cms": "CMS"}


def _terms_of(site, files: dict[str, str]) -> dict[str, tuple[list[str], list[str]]]:
    """``{id: (categories, tags)}`` of the site made of ``files`` (path: text)."""
    for path, text in files.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(text, encoding="utf-8")
    return {doc.id: ([t.label for t in doc.categories], [t.label for t in doc.tags]) for doc in read_documents([str(site)])}


def test_a_list_item_is_one_term_in_jekyll_and_hugo(tmp_path):
    """A YAML list's items are separate terms already: Jekyll keeps an Array's items
    (``Utils.pluralized_array_from_hash``), Hugo each item of a taxonomy's list
    (``types.ToStringSlicePreserveString``); neither splits an item at its comma."""
    front = "---\ntitle: Banjir rob\ncategories: [Berita]\ntags:\n  - Jakarta, Indonesia\n  - banjir; rob\n---\nAir laut naik ke permukiman warga.\n"
    jekyll = _terms_of(tmp_path / "jekyll", {"_posts/2021-02-03-banjir.md": front})
    hugo = _terms_of(tmp_path / "hugo", {"hugo.toml": "baseURL = 'https://warta.id/'\n", "content/posts/banjir.md": front})
    assert jekyll["_posts/2021-02-03-banjir.md"][1] == hugo["content/posts/banjir.md"][1] == ["Jakarta, Indonesia", "banjir; rob"]


def test_a_text_of_terms_is_split_as_its_generator_splits_it(tmp_path):
    """Pelican splits ``Tags:`` at ``;`` when there is one, else at ``,``, and keeps
    ``Category:`` whole (``readers.py``: ``METADATA_PROCESSORS``, ``ensure_metadata_list``);
    Hugo keeps a taxonomy's text whole (``types.ToStringSlicePreserveString``); Jekyll splits
    ``tags`` at spaces ("a YAML list or a space-separated string") and takes a singular
    ``tag`` whole, before ``tags``; elsewhere a text is split
    at commas and semicolons."""
    pelican = _terms_of(tmp_path / "pelican", {
        "pelicanconf.py": "SITEURL = 'https://warta.id'\n",
        "content/titik-koma.md": "Title: Banjir rob\nDate: 2021-02-03\nCategory: Berita, Daerah\nTags: Jakarta, Indonesia; banjir\n\nAir laut naik.\n",
        "content/koma.md": "Title: Mudik\nDate: 2021-05-03\nTags: mudik, lebaran\n\nJalan tol padat.\n",
    })
    assert pelican == {"content/titik-koma.md": (["Berita, Daerah"], ["Jakarta, Indonesia", "banjir"]), "content/koma.md": ([], ["mudik", "lebaran"])}
    hugo = _terms_of(tmp_path / "hugo", {"hugo.toml": "baseURL = 'https://warta.id/'\n", "content/posts/banjir.md": "---\ntitle: Banjir\ncategories: Berita Daerah\ntags: Jakarta, Indonesia\n---\nAir laut naik.\n"})
    assert hugo["content/posts/banjir.md"] == (["Berita Daerah"], ["Jakarta, Indonesia"])
    jekyll = _terms_of(tmp_path / "jekyll", {
        "_posts/2021-02-03-banjir.md": "---\ntitle: Banjir\ntags: banjir rob\n---\nAir laut naik.\n",
        "_posts/2021-02-04-rob.md": "---\ntitle: Rob\ntag: banjir rob, Jakarta\ntags: pesisir utara\n---\nAir laut naik lagi.\n",
    })
    assert jekyll["_posts/2021-02-03-banjir.md"][1] == ["banjir", "rob"]
    assert jekyll["_posts/2021-02-04-rob.md"][1] == ["banjir rob, Jakarta"]  # the singular key, whole, wins
    plain = _terms_of(tmp_path / "polos", {"catatan.md": "---\ntitle: Banjir\ntags: banjir rob, Jakarta\n---\nAir laut naik.\n"})
    assert plain["catatan.md"][1] == ["banjir rob", "Jakarta"]


def test_a_text_of_hexo_tags_is_one_tag(tmp_path):
    """Hexo's post processor makes a text of ``tags`` (else ``tag``) a list of one
    (``if (!Array.isArray(tags)) tags = [tags]``): ``tags: banjir, rob`` is one tag."""
    hexo = _terms_of(tmp_path / "hexo", {
        "_config.yml": "title: Warta\nurl: https://warta.id\npermalink: :year/:month/:title/\n",
        "package.json": '{"name": "warta", "dependencies": {"hexo": "^7.0.0"}}\n',
        "source/_posts/banjir.md": "---\ntitle: Banjir\ndate: 2021-02-03\ntags: banjir rob, Jakarta\n---\nAir laut naik.\n",
        "source/_posts/rob.md": "---\ntitle: Rob\ndate: 2021-02-04\ntag: pesisir utara, Jakarta\n---\nAir laut naik lagi.\n",
    })
    assert hexo["source/_posts/banjir.md"][1] == ["banjir rob, Jakarta"]
    assert hexo["source/_posts/rob.md"][1] == ["pesisir utara, Jakarta"]
