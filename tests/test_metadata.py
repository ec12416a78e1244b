"""Metadata made searchable: front-matter strings, labels and collections are indexed with
the body, kept out of the record's text and out of snippets unless nothing else matched."""

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.index.metadata import collection_name, collection_prefix, front_matter_strings
from arsip.index.search import SearchRequest, search


def _site(tmp_path):
    site = tmp_path / "situs"
    (site / "_hibah").mkdir(parents=True)
    (site / "_laporan-keuangan").mkdir()
    (site / "_layouts").mkdir()
    (site / "_hibah" / "001.md").write_text(
        "---\ntitle: Radio Komunitas\nlayout: hibah\nlokasi: Wamena\npermalink: /hibah/kalimantan-001/\n"
        "deskripsi: Siaran untuk <i>petani kopi</i>\ntanggal_mulai: 2012-03-01\ntags: [penyiaran warga]\n"
        "---\nKegiatan melatih penyiar muda di lembah.\n",
        encoding="utf-8",
    )
    (site / "_laporan-keuangan" / "a1.md").write_text(
        "---\ntitle: sewa rumah 1 tahun\nproyek: kerjabilitas\nbiaya: 25000000\nnota: https://wiki.example.org/File:Nota.jpg\n---\n",
        encoding="utf-8",
    )
    (site / "_hibah" / "002.md").write_text(
        "---\ntitle: Pustaka Desa\nringkasan: Pustaka keliling\ncategories: [Taman Baca]\n---\nBuku untuk petani dan anak-anak.\n",
        encoding="utf-8",
    )
    directory = tmp_path / "index"
    index_paths(directory, [str(site)])
    return directory


def _ids(directory, query):
    return sorted(hit.id for hit in search(directory, SearchRequest(query, limit=20)).hits)


def test_short_front_matter_values_labels_and_collections_are_searchable(tmp_path):
    directory = _site(tmp_path)
    assert _ids(directory, "Wamena") == ["_hibah/001.md"]  # a one-word front-matter value
    assert _ids(directory, "kerjabilitas") == ["_laporan-keuangan/a1.md"]
    assert _ids(directory, "penyiaran") == ["_hibah/001.md"]  # a tag label
    assert _ids(directory, "taman baca") == ["_hibah/002.md"]  # a category label
    assert _ids(directory, "laporan keuangan") == ["_laporan-keuangan/a1.md"]  # the collection
    record = get_records(directory, "_hibah/001.md")[0]
    assert "Wamena" not in record["text"] and record["text"].startswith("Kegiatan melatih")


def test_technical_values_are_not_searchable(tmp_path):
    directory = _site(tmp_path)
    for query in ("kalimantan", "layouts", "nota", "wiki", "2012"):  # permalink, site folder, key, URL, date
        assert _ids(directory, query) == [], query
    assert front_matter_strings({"viewport": "width=device-width", "robots": "index, follow", "twitter:card": "summary",
                                 "modified": "2015-03-02T10:00:00", "kode": "A1-2015", "jumlah": "25.000.000"}) == ["A1-2015"]


def test_no_phrase_spans_two_metadata_parts(tmp_path):
    directory = _site(tmp_path)
    assert _ids(directory, '"pustaka keliling"') == ["_hibah/002.md"]
    assert _ids(directory, '"keliling taman"') == []  # end of one value, start of a label
    assert _ids(directory, '"lembah wamena"') == []  # end of the body, start of a value


def test_snippets_come_from_the_body_and_metadata_only_when_nothing_else_matched(tmp_path):
    directory = _site(tmp_path)
    hits = {hit.id: hit.snippet for hit in search(directory, SearchRequest("petani", limit=5)).hits}
    assert hits["_hibah/002.md"].startswith("Buku untuk petani")  # body match, not the metadata
    assert hits["_hibah/001.md"] == "Siaran untuk petani kopi"  # only the front matter matched; no <i>
    tag_only = search(directory, SearchRequest("penyiaran", limit=1)).hits[0]
    assert "penyiaran" not in tag_only.snippet.lower()  # tags never reach a snippet: the body's opening
    assert tag_only.snippet.startswith("Kegiatan melatih")


def test_collections_only_when_the_documents_do_not_all_share_one(tmp_path):
    hugo = tmp_path / "hugo"
    for folder in ("content/posts", "content/program", "static/img", ".git"):
        (hugo / folder).mkdir(parents=True)
    assert collection_prefix(str(hugo)) == "content/"
    assert collection_name("content/program/a.md", "content/") == "program"
    assert collection_name("content/about.md", "content/") is None
    single = tmp_path / "single"
    (single / "_posts").mkdir(parents=True)
    (single / "_layouts").mkdir()
    assert collection_prefix(str(single)) is None
    assert collection_name("_posts/a.md", None) is None


def test_a_template_heading_that_repeats_the_metadata_never_starts_a_snippet(tmp_path):
    site = tmp_path / "situs"
    (site / "_hibah").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Hibah\n", encoding="utf-8")
    (site / "_hibah" / "424.md").write_text(
        "---\ntitle: Media Sosial untuk Buruh\nnohibah: 424\n"
        "deskripsi: Menjadikan media sosial sarana informasi antar sesama buruh.\n"
        "masalah: Buruh tidak punya media untuk berdiskusi tentang hak normatif dan upah.\n---\n\n"
        "![424](/static/img/hibah/424.png){: .img-responsive }\n\n### {{ page.nohibah }} - {{ page.title }}\n",
        encoding="utf-8",
    )
    (site / "_hibah" / "425.md").write_text(
        "---\ntitle: Radio Buruh\nnohibah: 425\n---\n\n### {{ page.nohibah }} - {{ page.title }}\n\n"
        "Radio Buruh menyiarkan kabar tentang hak buruh pabrik.\n",
        encoding="utf-8",
    )
    directory = tmp_path / "index"
    index_paths(directory, [str(site)])
    assert get_records(directory, "_hibah/424.md")[0]["text"].startswith("424\n\n424 - Media Sosial untuk Buruh")
    hits = {hit.id: hit.snippet for hit in search(directory, SearchRequest("hak buruh", limit=5)).hits}
    # the body is only the image's number and the heading: the metadata with the most matched words
    assert hits["_hibah/424.md"] == "Buruh tidak punya media untuk berdiskusi tentang hak normatif dan upah."
    # the heading is left out; the body's own text is the snippet
    assert hits["_hibah/425.md"] == "Radio Buruh menyiarkan kabar tentang hak buruh pabrik."
