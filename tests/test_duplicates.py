"""Exact duplicates (a crawler's mirror with copies, a folder copied twice, a folder beside
its zip): one copy kept, by rank, in ingest and in the index, also after the kept one goes."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.inspect import get_records, get_records_by_source
from arsip.ingest import duplicates
from arsip.ingest.duplicates import DUPLICATE, Spool, address_match, copy_key
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import DATA, zip_of

MIRROR = DATA / "mirror" / "situs"
#: What the mirror holds, one copy each: the page a crawler saves for each canonical URL.
KEPT = ["index.html", "berita/panen-raya/index.html", "berita/rapat-desa/index.html", "berita/rapat-desa-2/index.html"]


def _ingest(paths, **options):
    report = IngestReport()
    documents = list(read_documents([str(path) for path in paths], IngestOptions(**options), report))
    return documents, report


def test_a_mirror_keeps_the_page_at_its_canonical_address_and_names_each_copy():
    documents, report = _ingest([MIRROR])
    assert sorted(document.id for document in documents) == sorted(KEPT)
    assert report.documents == 4 and report.skipped[DUPLICATE] == 3
    copies = {entry["source"].split("situs/")[1]: entry["duplicate_of"].split("situs/")[1] for entry in report.duplicates}
    assert copies == {
        "index.htm": "index.html",
        "index.html?p=12.html": "berita/panen-raya/index.html",
        "berita/panen-raya.html": "berita/panen-raya/index.html",
    }


def test_a_near_identical_sibling_is_another_document():
    documents, _ = _ingest([MIRROR])
    meetings = [document for document in documents if document.title == "Rapat Musyawarah Desa Tahun 2021"]
    assert len(meetings) == 2 and copy_key(meetings[0]) != copy_key(meetings[1])


def test_keep_duplicates_keeps_every_copy():
    documents, report = _ingest([MIRROR], keep_duplicates=True)
    assert len(documents) == 7 and report.documents == 7 and not report.duplicates


def test_same_text_with_another_date_or_no_text_is_not_a_copy(tmp_path):
    post = "---\ntitle: Libur Kantor Desa\ndate: {date}\n---\nKantor desa tutup selama libur Lebaran; layanan surat dibuka kembali hari Senin.\n"
    (tmp_path / "libur-2020.md").write_text(post.format(date="2020-05-20"), encoding="utf-8")
    (tmp_path / "libur-2021.md").write_text(post.format(date="2021-05-10"), encoding="utf-8")
    receipt = "---\ntitle: pembelian pulsa telpon\ndate: 2016-10-12\njumlah: {amount}\n---\n"
    (tmp_path / "pulsa-1.md").write_text(receipt.format(amount=50000), encoding="utf-8")
    (tmp_path / "pulsa-2.md").write_text(receipt.format(amount=50000), encoding="utf-8")
    documents, report = _ingest([tmp_path])
    assert len(documents) == 4 and not report.duplicates


def test_the_same_page_published_at_two_addresses_is_two_documents(tmp_path):
    """A generator publishes each source file at an address of its own (MkDocs here):
    two pages with the same words at two URLs are two pages of the site."""
    (tmp_path / "docs" / "warga").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: Desa\nsite_url: https://desa.id\n", encoding="utf-8")
    for name in ("warga/index.md", "warga/pendataan.md"):
        (tmp_path / "docs" / name).write_text("# Pendataan Warga\n\nPendataan warga dilakukan setiap bulan Januari di balai desa.\n", encoding="utf-8")
    documents, report = _ingest([tmp_path])
    assert len(documents) == 2 and not report.duplicates
    assert len({document.url for document in documents}) == 2


def test_same_text_and_date_in_another_file_is_a_copy_whatever_the_markup(tmp_path):
    """Two posts whose front matter and converted text are the same (one writes a link as
    Markdown, the other bare) are one document: the first path in sorted order is kept."""
    head = "---\ntitle: Liputan Harian Pemekaran\ndate: 2012-11-01\ncategories: [laporan]\n---\n"
    (tmp_path / "2012-11-02-liputan.md").write_text(head + "Ikuti beritanya di http://contoh.id/?p=7301\n", encoding="utf-8")
    (tmp_path / "2012-11-01-liputan.md").write_text(head + "Ikuti beritanya di [http://contoh.id/?p=7301](http://contoh.id/?p=7301)\n", encoding="utf-8")
    documents, report = _ingest([tmp_path])
    assert [document.id for document in documents] == ["2012-11-01-liputan.md"]
    assert report.duplicates[0]["source"].endswith("2012-11-02-liputan.md")


def _two_copies_and_a_zip(tmp_path):
    shutil.copytree(MIRROR, tmp_path / "unduhan" / "situs")
    shutil.copytree(MIRROR, tmp_path / "unduhan" / "situs (1)")
    zip_of(MIRROR, tmp_path / "unduhan" / "situs.zip", "situs/")
    return tmp_path / "unduhan"


def test_a_mirror_copied_twice_and_zipped_gives_each_page_once_from_the_shortest_path(tmp_path):
    inputs = _two_copies_and_a_zip(tmp_path)
    documents, report = _ingest([inputs])
    assert sorted(document.id for document in documents) == sorted("situs/" + name for name in KEPT)
    assert report.skipped[DUPLICATE] == 3 * 7 - 4


def test_the_copy_kept_depends_neither_on_the_order_of_inputs_nor_on_workers(tmp_path):
    inputs = _two_copies_and_a_zip(tmp_path)
    paths = [inputs / "situs (1)", inputs / "situs.zip", inputs / "situs"]
    kept = set()
    for order in (paths, paths[::-1]):
        for workers in (1, 2):  # files over max_bytes in all: the worker pool reads them
            documents, _ = _ingest(order, workers=workers, max_bytes=4000)
            kept.add(frozenset(document.source for document in documents))
    assert kept == {frozenset(str(inputs / "situs" / name) for name in KEPT)}


def test_output_order_and_bytes_are_the_same_with_several_workers(tmp_path):
    inputs = _two_copies_and_a_zip(tmp_path)
    runner = CliRunner()
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"hasil-{workers}.jsonl"
        result = runner.invoke(arsip, ["ingest", str(inputs), "--out", str(out), "--workers", workers, "--max-size", "0.004", "--problems"])
        assert result.exit_code == 0, result.output
        outputs.append((out.read_bytes(), result.stderr))
    assert outputs[0] == outputs[1]
    assert "17 duplicate of another document" in outputs[0][1]
    assert f"{inputs / 'situs (1)' / 'index.htm'}: duplicate of {inputs / 'situs' / 'index.html'}" in outputs[0][1]


def test_address_match_ranks_the_crawler_s_own_file_first():
    url = "https://desa-sukamaju.id/berita/panen-raya/"
    assert address_match("situs/berita/panen-raya/index.html", url) == 0
    assert address_match("situs/berita/panen-raya.html", url) == 1
    assert address_match("situs/berita/panen-raya/index.htm", url) == 1
    assert address_match("situs/index.html?p=12.html", url) == 2
    assert address_match("situs/berita/panen-raya.html", "https://desa-sukamaju.id/berita/panen-raya") == 0
    assert address_match("situs/index.html", "https://desa-sukamaju.id/") == 0
    assert address_match("situs/index.html", None) == 2
    assert address_match("ekspor.xml#12", url) == 2


def test_index_keeps_one_copy_and_the_copy_returns_when_the_kept_file_is_deleted(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(MIRROR, site)
    directory = tmp_path / "indeks"
    first = index_paths(directory, [str(site)])
    assert first.added == 4 and first.ingest.skipped[DUPLICATE] == 3
    assert not get_records(directory, "berita/panen-raya.html")
    again = index_paths(directory, [str(site)])  # the copies are not indexed: read again, left out again
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 4)
    (site / "berita" / "panen-raya" / "index.html").unlink()
    after = index_paths(directory, [str(site)])
    assert (after.added, after.removed) == (1, 1)
    assert get_records(directory, "berita/panen-raya.html")  # the next copy by rank
    assert after.ingest.skipped[DUPLICATE] == 2
    assert sorted(entry["source"].rsplit("situs/", 1)[1] for entry in after.ingest.duplicates) == ["index.htm", "index.html?p=12.html"]


def test_index_a_changed_kept_file_lets_its_copy_in(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(MIRROR, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    page = site / "berita" / "panen-raya" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("naik dibanding", "turun dibanding"), encoding="utf-8")
    run = index_paths(directory, [str(site)])
    assert (run.added, run.updated) == (1, 1)
    texts = {record["id"]: record["text"] for name in ("berita/panen-raya/index.html", "berita/panen-raya.html") for record in get_records(directory, name)}
    assert "turun dibanding" in texts["berita/panen-raya/index.html"] and "naik dibanding" in texts["berita/panen-raya.html"]


def test_index_a_better_copy_named_later_replaces_the_indexed_one_and_gives_it_back(tmp_path):
    inputs = _two_copies_and_a_zip(tmp_path)
    directory = tmp_path / "indeks"
    first = index_paths(directory, [str(inputs / "situs (1)")])
    assert first.added == 4
    second = index_paths(directory, [str(inputs / "situs")])
    assert (second.added, second.removed) == (4, 4)  # the pages of situs (1) were copies of better ones
    assert len(second.ingest.duplicates) == 3 + 4
    assert [record["root"] for record in get_records(directory, "index.html")] == [str(inputs / "situs")]
    (inputs / "situs" / "berita" / "rapat-desa" / "index.html").unlink()
    index_paths(directory, [str(inputs / "situs")])
    back = index_paths(directory, [str(inputs / "situs (1)")])  # named again, its copy is indexed again
    assert back.added == 1
    assert [record["root"] for record in get_records(directory, "berita/rapat-desa/index.html")] == [str(inputs / "situs (1)")]


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kabar Desa Sukamaju</title><link>https://desa-sukamaju.id</link>
<description>Berita desa</description>{items}</channel></rss>
"""
ITEM = """<item><title>{title}</title><link>https://desa-sukamaju.id/{slug}/</link><pubDate>Mon, 13 Sep 2021 10:30:00 +0700</pubDate>
<description><![CDATA[<p>{text}</p>]]></description></item>"""
ITEMS = {
    "a": ("Posyandu Balita Dibuka Kembali", "posyandu", "Posyandu balita di balai dusun dibuka kembali setiap Rabu pagi. Ibu-ibu diminta membawa buku kesehatan ibu dan anak, dan kader desa akan menimbang balita serta memberi makanan tambahan bergizi."),
    "b": ("Kerja Bakti Membersihkan Saluran Irigasi", "kerja-bakti", "Warga tiga dusun bergotong royong membersihkan saluran irigasi menjelang musim tanam. Kepala desa menyediakan konsumsi dan alat, sementara kelompok tani membagi tugas di sepanjang saluran induk."),
    "c": ("Pendaftaran Bantuan Bibit Jagung", "bibit-jagung", "Pemerintah desa membuka pendaftaran bantuan bibit jagung bagi petani yang belum pernah menerima bantuan. Pendaftaran dibuka di kantor desa dengan membawa kartu keluarga dan bukti kepemilikan lahan."),
}


def _feed(*names):
    return FEED.format(items="".join(ITEM.format(title=ITEMS[n][0], slug=ITEMS[n][1], text=ITEMS[n][2]) for n in names))


def test_index_a_file_of_several_items_with_one_left_out_is_read_again_until_its_copy_returns(tmp_path):
    site = tmp_path / "kabar"
    site.mkdir()
    (site / "feed.xml").write_text(_feed("a", "b"), encoding="utf-8")
    (site / "feed-lama.xml").write_text(_feed("b", "c"), encoding="utf-8")
    directory = tmp_path / "indeks"
    first = index_paths(directory, [str(site)])
    assert first.added == 3 and len(first.ingest.duplicates) == 1
    assert first.ingest.duplicates[0]["source"].startswith(str(site / "feed-lama.xml#"))
    again = index_paths(directory, [str(site)])  # feed-lama.xml is read again: its item b may be needed
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 1)
    (site / "feed.xml").unlink()
    after = index_paths(directory, [str(site)])
    titles = sorted(record["title"] for record in get_records_by_source(directory, str(site / "feed-lama.xml")))
    assert titles == sorted([ITEMS["b"][0], ITEMS["c"][0]])
    assert (after.added, after.removed) == (1, 2)


def test_cli_json_and_problems_name_the_copies(tmp_path):
    runner = CliRunner()
    result = runner.invoke(arsip, ["index", str(MIRROR), "--index", str(tmp_path / "indeks"), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["skipped"][DUPLICATE] == 3 and len(summary["duplicates"]) == 3
    assert {entry["duplicate_of"] for entry in summary["duplicates"]} == {str(MIRROR / "index.html"), str(MIRROR / "berita/panen-raya/index.html")}
    ingested = runner.invoke(arsip, ["ingest", str(MIRROR), "--out", str(tmp_path / "hasil.jsonl"), "--json"])
    assert [entry["duplicate_of"] for entry in json.loads(ingested.stdout)["duplicates"]] == [entry["duplicate_of"] for entry in summary["duplicates"]]
    kept = runner.invoke(arsip, ["ingest", str(MIRROR), "--keep-duplicates", "--problems"])
    assert kept.exit_code == 0 and len(kept.stdout.splitlines()) == 7 and "duplicate of" not in kept.stderr


def test_an_index_written_before_copies_were_known_gets_the_field_and_is_read_again(tmp_path, monkeypatch):
    from arsip.index import build, schema, store
    from arsip.index.term_writer import TermWriter

    def old_schema(stemmer):
        built = schema.make_schema(stemmer)
        built.remove("copy_key")
        return built

    site = tmp_path / "situs"
    shutil.copytree(MIRROR, site)
    directory = tmp_path / "indeks"
    with monkeypatch.context() as patch:
        patch.setattr(store, "make_schema", old_schema)
        patch.setattr(TermWriter, "add_field", lambda *args, **kwargs: None)
        patch.setattr(build, "copy_key", lambda document: None)
        old = index_paths(directory, [str(site)], IngestOptions(keep_duplicates=True), procs=1)
    assert old.added == 7 and "copy_key" not in store.open_index(directory).schema
    roots_path = directory / store.roots_file(store.IndexMeta.read(directory).name)
    roots = json.loads(roots_path.read_text(encoding="utf-8"))
    del roots[str(site)]["options"]["keep_duplicates"]  # as an index written before recorded it
    roots_path.write_text(json.dumps(roots), encoding="utf-8")
    run = index_paths(directory, [str(site)])
    assert run.reread == {str(site): "--keep-duplicates changed"}
    assert (run.updated, run.removed) == (4, 3) and len(get_records(directory, "index.htm")) == 0
    assert index_paths(directory, [str(site)]).unchanged == 4
    assert "copy_key" in store.open_index(directory).schema


def test_a_copy_left_out_takes_its_problems_and_repairs_off_the_summary(tmp_path):
    page = "---\ntitle: Sejarah Desa\ndate: 2019-08-17\n---\nDesa ini berdiri sejak zaman Belanda; caf\xe9 pertama dibuka di pasar desa pada tahun 1931 oleh warga setempat.\n"
    for name in ("sejarah.md", "salinan/sejarah.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(page.encode("cp1252"))
    documents, report = _ingest([tmp_path])
    assert [document.id for document in documents] == ["sejarah.md"] and documents[0].problems
    assert report.documents == 1 and report.with_problems == 1
    assert [entry["id"] for entry in report.problem_documents] == ["sejarah.md"]
    assert report.duplicates == [{"source": str(tmp_path / "salinan" / "sejarah.md"), "id": "salinan/sejarah.md", "duplicate_of": str(tmp_path / "sejarah.md")}]


def test_a_spool_gives_back_every_item_in_order_batched_or_not_in_memory_or_on_disk(monkeypatch):
    monkeypatch.setattr(duplicates, "SPOOL_MEMORY", 2000)  # most of it on disk
    monkeypatch.setattr(duplicates, "SPOOL_BATCH_BYTES", 300)
    items = [(["baris " * (number % 40)], [number]) for number in range(500)]
    spool = Spool()
    for number, item in enumerate(items):
        spool.add(item, None if number % 7 == 0 else len(item[0][0]))  # some of unknown size: pickled at once
    try:
        assert spool.file._rolled and list(spool) == items
    finally:
        spool.close()
