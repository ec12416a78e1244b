"""An index records which reading rules read each root (arsip's ingest code and its
libraries' versions); after an upgrade the next run reads every root again, so no document
keeps what an older version made of a file that has not changed."""

from arsip.index import build
from arsip.index.build import READING_RULES, index_paths
from arsip.index.inspect import get_records
from arsip.ingest.reading_rules import _library_versions, fingerprint, reading_rules


def _site(root):
    (root / "_posts").mkdir(parents=True)
    (root / "_posts" / "2024-01-02-panen.md").write_text("---\ntitle: Panen Raya\n---\nWarga memanen padi bersama.\n", encoding="utf-8")
    return root


def test_the_fingerprint_covers_the_ingest_code_and_the_libraries():
    rules = reading_rules()
    assert len(rules) == 32 and int(rules, 16) >= 0
    assert ("ftfy", __import__("ftfy").__version__) in _library_versions()


def test_an_edited_module_or_another_library_version_changes_the_fingerprint(tmp_path):
    (tmp_path / "readers").mkdir()
    (tmp_path / "readers" / "markdown.py").write_text("KEEP_CAPTIONS = False\n", encoding="utf-8")
    libraries = [("ftfy", "6.3.1")]
    before = fingerprint(tmp_path, libraries)
    assert fingerprint(tmp_path, libraries) == before
    (tmp_path / "readers" / "markdown.py").write_text("KEEP_CAPTIONS = True\n", encoding="utf-8")
    edited = fingerprint(tmp_path, libraries)
    assert edited != before
    assert fingerprint(tmp_path, [("ftfy", "6.3.2")]) != edited


def test_a_root_read_by_other_rules_is_read_again_once(tmp_path, monkeypatch):
    site, directory = _site(tmp_path / "blog"), tmp_path / "indeks"
    index_paths(directory, [str(site)])
    unchanged = index_paths(directory, [str(site)])
    assert (unchanged.reread, unchanged.ingest.unchanged) == ({}, 1)
    monkeypatch.setattr(build, "reading_rules", lambda: "f" * 32)  # as after an upgrade
    report = index_paths(directory, [str(site)])
    assert report.reread == {str(site): f"{READING_RULES} changed"}
    assert (report.ingest.files_seen, report.ingest.unchanged) == (1, 0) and get_records(directory, "_posts/2024-01-02-panen.md")[0]["title"] == "Panen Raya"
    assert index_paths(directory, [str(site)]).reread == {}
