"""``arsip repair`` on .zip and .tar.gz archives: members checked and reported, never rewritten."""

import json
import shutil

from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.repair.files import ARCHIVE_NOT_REWRITTEN, IN_ARCHIVE

from .conftest import DATA, snapshot, tar_of, zip_of

SITE = DATA / "repair-archives"
DAMAGED = "situs/_posts/2023-08-19-lomba-agustusan.md"


def run(*args):
    return CliRunner().invoke(arsip, [str(arg) for arg in args])


def _zip(tmp_path):
    return zip_of(SITE, tmp_path / "ekspor.zip")


def _tar(tmp_path):
    return tar_of(SITE / "situs", tmp_path / "ekspor.tar.gz", "situs/")


def _report_on_disk(tmp_path):
    """The report lines of the fixture site extracted, each naming its file from the site's root."""
    shutil.copytree(SITE, tmp_path / "diekstrak")
    lines = run("repair", tmp_path / "diekstrak").stdout.splitlines()
    return [line.replace(f"{tmp_path / 'diekstrak'}/", "") for line in lines]


def test_damaged_members_are_reported_as_files_on_disk_are(tmp_path):
    on_disk = _report_on_disk(tmp_path)
    assert len(on_disk) == 5 and all(line.startswith(DAMAGED + ":") for line in on_disk)
    for archive in (_zip(tmp_path), _tar(tmp_path)):
        before = archive.read_bytes()
        result = run("repair", archive)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.splitlines() == [f"{archive}!/{line}" for line in on_disk]
        assert f"arsip: {archive}!/{DAMAGED}: {IN_ARCHIVE}" in result.stderr
        assert result.stderr.strip().endswith(
            "3 files scanned, 1 damaged, 0 in a legacy encoding, 1 would change, --write would leave alone: 1 in an archive, 0 failed"
        )
        assert archive.read_bytes() == before


def test_check_fails_on_a_damaged_member_and_diff_leaves_it_out(tmp_path):
    archive = _zip(tmp_path)
    assert run("repair", "--check", archive).exit_code == 1
    diff = run("repair", "--diff", archive)
    assert diff.exit_code == 0
    assert diff.stdout == ""  # patch could not apply it: --write never writes into an archive
    assert f"{archive}!/{DAMAGED}: {IN_ARCHIVE}" in diff.stderr


def test_json_names_the_member_and_counts_it_left_alone(tmp_path):
    archive = _zip(tmp_path)
    records = [json.loads(line) for line in run("repair", "--json", archive).stdout.splitlines()]
    member = next(record for record in records if record["path"] == f"{archive}!/{DAMAGED}")
    assert member["would_change"] and not member["written"] and member["left_alone"] == IN_ARCHIVE
    assert [repair["after"] for repair in member["repairs"]] == ["–", "“kemerdekaan”", "…", "é", "—"]
    assert records[-1]["summary"]["in_archive"] == 1 and records[-1]["summary"]["scanned"] == 3


def test_write_skips_an_archive_in_one_line_and_repairs_the_files_beside_it(tmp_path):
    folder = shutil.copytree(SITE / "situs", tmp_path / "folder" / "situs")
    _zip(tmp_path).rename(tmp_path / "folder" / "ekspor.zip")
    archive_before = (tmp_path / "folder" / "ekspor.zip").read_bytes()
    result = run("repair", "--write", "--no-backup", tmp_path / "folder")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count(f"arsip: {tmp_path / 'folder' / 'ekspor.zip'}: {ARCHIVE_NOT_REWRITTEN}\n") == 1
    assert result.stderr.strip().endswith(f"3 files scanned, 1 damaged, 0 in a legacy encoding, 1 repaired, 0 failed; skipped: 1 {ARCHIVE_NOT_REWRITTEN}")
    assert (tmp_path / "folder" / "ekspor.zip").read_bytes() == archive_before
    assert "â€" not in (folder / "_posts" / "2023-08-19-lomba-agustusan.md").read_text(encoding="utf-8")
    assert sorted(snapshot(tmp_path / "folder")) == sorted(["ekspor.zip", *(f"situs/{name}" for name in snapshot(SITE / "situs"))])
