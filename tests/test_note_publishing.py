"""Vaults of notes whose publisher reads a note's ``publish`` property (ingest/sites/notes.py):
with Obsidian Publish enabled (``.obsidian/core-plugins.json``) a note with ``publish: false``
is a draft; Quartz with its ExplicitPublish filter (``quartz.config.ts``) publishes only
``publish: true`` notes, the others are drafts. Drafts are left out unless --include-drafts."""

import shutil
from pathlib import Path

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

NOTES = Path(__file__).parent / "data" / "notes"


def _read(root: Path, **options) -> tuple[dict[str, bool], IngestReport]:
    report = IngestReport()
    documents = read_documents([str(root)], IngestOptions(**options), report)
    return {document.id.rsplit("/", 1)[-1]: document.draft for document in documents}, report


def test_obsidian_publish_leaves_out_a_note_with_publish_false():
    published, report = _read(NOTES / "obsidian")
    assert sorted(published) == ["rendang-padang.md", "sambal-ijo.md"]
    assert report.skipped["draft"] == 1
    assert _read(NOTES / "obsidian", include_drafts=True)[0]["catatan-belanja.md"] is True


def test_publish_false_is_an_ordinary_property_without_obsidian_publish():
    assert _read(NOTES / "obsidian-tanpa-publish")[0] == {"catatan-belanja.md": False}


def test_quartz_explicit_publish_publishes_only_publish_true():
    published, report = _read(NOTES / "quartz")
    assert sorted(published) == ["kopi-gayo.md", "wedang-jahe.md"]
    assert report.skipped["draft"] == 1


def test_quartz_without_explicit_publish_publishes_every_note(tmp_path):
    site = tmp_path / "kebun"
    shutil.copytree(NOTES / "quartz", site)
    config = site / "quartz.config.ts"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("    filters: [Plugin.ExplicitPublish()],\n", "").replace("// filters", "filters"), encoding="utf-8")
    assert sorted(_read(site)[0]) == ["kopi-gayo.md", "teh-tubruk.md", "wedang-jahe.md"]


def test_a_vault_in_an_archive_too(tmp_path):
    archive = shutil.make_archive(str(tmp_path / "brankas"), "zip", NOTES / "obsidian")
    assert sorted(_read(Path(archive))[0]) == ["rendang-padang.md", "sambal-ijo.md"]


def test_an_index_reads_the_vault_again_when_its_publisher_changes(tmp_path):
    vault = tmp_path / "brankas"
    shutil.copytree(NOTES / "obsidian-tanpa-publish", vault)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(vault)])
    assert len(get_records(directory, "catatan-belanja.md")) == 1
    plugins = vault / ".obsidian" / "core-plugins.json"
    plugins.write_text(plugins.read_text(encoding="utf-8").replace('"publish": false', '"publish": true'), encoding="utf-8")
    report = index_paths(directory, [str(vault)])
    assert "vault's publisher" in report.reread[str(vault)]
    assert get_records(directory, "catatan-belanja.md") == []


QUARTZ_5 = """configuration:
  pageTitle: Kebun Catatan Warga
  locale: id-ID
  baseUrl: kebun.contoh.id
plugins:
  - source: github:quartz-community/note-properties
    enabled: true
  - source: github:quartz-community/remove-draft
    enabled: true
  - source: github:quartz-community/explicit-publish
    enabled: {enabled}
"""


def test_quartz_5_s_yaml_configuration_enables_explicit_publish_as_a_plugin(tmp_path):
    site = tmp_path / "kebun"
    shutil.copytree(NOTES / "quartz" / "content", site / "content")
    (site / "quartz.config.yaml").write_text(QUARTZ_5.format(enabled="true"), encoding="utf-8")
    assert sorted(_read(site)[0]) == ["kopi-gayo.md", "wedang-jahe.md"]
    (site / "quartz.config.yaml").write_text(QUARTZ_5.format(enabled="false"), encoding="utf-8")
    assert sorted(_read(site)[0]) == ["kopi-gayo.md", "teh-tubruk.md", "wedang-jahe.md"]
