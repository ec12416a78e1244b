"""``arsip repair``: damaged files restored byte for byte, safely, and only when asked."""

import json
import os
import stat
import subprocess

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.repair.files import ARCHIVE_NOT_REWRITTEN, plan_file

from .conftest import snapshot, zip_of
from .test_mojibake import DAMAGE

CLEAN = (
    "---\n"
    "title: \"Laporan – Pertanyaan ‘akhir’\"   # komentar tetap\n"
    "lama: 1 tahun (November 2011 – Oktober 2012)\n"
    "tags: [buruh, “media”]\n"
    "---\n"
    "\n"
    "Pertanyaan–pertanyaan berikut ini boleh dijawab di kafé…\n"
    "  Baris berindentasi dengan ‘kutip’ dan — tanda pisah.\n"
)


def run(*args):
    return CliRunner().invoke(arsip, [str(arg) for arg in args])


def _damaged_copy(tmp_path, damage, crlf):
    clean = CLEAN.replace("\n", "\r\n") if crlf else CLEAN
    damaged = DAMAGE[damage](clean).encode("utf-8")
    path = tmp_path / "situs" / "dokumen.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(damaged)
    return path, clean.encode("utf-8"), damaged


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_write_restores_the_original_bytes_and_keeps_a_backup(tmp_path, damage, crlf):
    path, clean, damaged = _damaged_copy(tmp_path, damage, crlf)
    result = run("repair", "--write", path.parent)
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == clean
    assert (path.parent / "dokumen.md.orig").read_bytes() == damaged
    second = run("repair", "--write", path.parent)
    assert "0 repaired" in second.stderr and path.read_bytes() == clean


def test_report_only_changes_nothing(tmp_path):
    path, _, damaged = _damaged_copy(tmp_path, "cp1252", False)
    before = snapshot(path.parent)
    result = run("repair", path.parent)
    assert result.exit_code == 0
    assert f"{path}:2:" in result.stdout and "'â€“' → '–'" in result.stdout
    assert snapshot(path.parent) == before


def test_check_exit_codes(tmp_path):
    path, clean, _ = _damaged_copy(tmp_path, "latin-1", False)
    assert run("repair", "--check", path.parent).exit_code == 1
    path.write_bytes(clean)
    assert run("repair", "--check", path.parent).exit_code == 0


def test_diff_applies_with_patch(tmp_path):
    path, clean, _ = _damaged_copy(tmp_path, "cp1252 twice", True)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = run("repair", "--diff", "situs")
    finally:
        os.chdir(cwd)
    assert result.stdout.startswith("--- situs/dokumen.md\n+++ situs/dokumen.md\n")
    subprocess.run(["patch", "-p0", "-s"], input=result.stdout_bytes, cwd=tmp_path, check=True)
    assert path.read_bytes() == clean


def test_backup_dir_keeps_relative_paths(tmp_path):
    path, _, damaged = _damaged_copy(tmp_path, "cp1252", False)
    backups = tmp_path / "cadangan"
    assert run("repair", "--write", "--backup-dir", backups, path.parent).exit_code == 0
    assert (backups / "dokumen.md").read_bytes() == damaged
    assert not (path.parent / "dokumen.md.orig").exists()


def test_no_backup_only_when_asked(tmp_path):
    path, clean, _ = _damaged_copy(tmp_path, "cp1252", False)
    assert run("repair", "--no-backup", path.parent).exit_code == 2
    assert run("repair", "--write", "--no-backup", path.parent).exit_code == 0
    assert path.read_bytes() == clean and os.listdir(path.parent) == ["dokumen.md"]


def test_bom_and_mode_are_kept(tmp_path):
    path, clean, _ = _damaged_copy(tmp_path, "cp1252", False)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    path.chmod(0o640)
    run("repair", "--write", path.parent)
    assert path.read_bytes() == b"\xef\xbb\xbf" + clean
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_read_only_file_or_directory_is_left_as_it_was(tmp_path):
    path, _, damaged = _damaged_copy(tmp_path, "cp1252", False)
    path.chmod(0o444)
    result = run("repair", "--write", path.parent)
    assert result.exit_code == 1 and "read-only" in result.stderr
    assert path.read_bytes() == damaged and os.listdir(path.parent) == ["dokumen.md"]
    path.chmod(0o644)
    path.parent.chmod(0o555)
    try:
        result = run("repair", "--write", path.parent)
        assert result.exit_code == 1 and "read-only" in result.stderr
        assert path.read_bytes() == damaged and os.listdir(path.parent) == ["dokumen.md"]
    finally:
        path.parent.chmod(0o755)


def test_legacy_encoding_is_reported_and_converted_only_when_asked(tmp_path):
    path = tmp_path / "lama.txt"
    legacy = "Judul\r\n\r\nKafé “lama” – Rp 5.000\r\n".encode("cp1252")
    path.write_bytes(legacy)
    result = run("repair", "--write", tmp_path)
    assert "legacy encoding cp1252: left alone" in result.stdout
    assert path.read_bytes() == legacy
    run("repair", "--write", "--to-utf8", tmp_path)
    assert path.read_bytes() == "Judul\r\n\r\nKafé “lama” – Rp 5.000\r\n".encode("utf-8")


def test_links_out_of_the_root_are_not_followed(tmp_path):
    outside = tmp_path / "luar.md"
    outside.write_bytes(DAMAGE["cp1252"](CLEAN).encode("utf-8"))
    root = tmp_path / "akar"
    root.mkdir()
    (root / "tautan.md").symlink_to(outside)
    before = outside.read_bytes()
    run("repair", "--write", root)
    assert outside.read_bytes() == before and os.listdir(root) == ["tautan.md"]


def test_clean_files_are_not_touched(tmp_path):
    path = tmp_path / "bersih.md"
    path.write_bytes(CLEAN.encode("utf-8"))
    plan = plan_file(str(path))
    assert not plan.changes and plan.repairs == []


def test_files_left_unread_are_counted_and_named(tmp_path):
    damaged = DAMAGE["cp1252"](CLEAN).encode("utf-8")
    (tmp_path / "situs").mkdir()
    zip_of({"ekspor/dokumen.md": damaged}, tmp_path / "situs" / "ekspor.zip")
    (tmp_path / "situs" / "tautan.md").symlink_to(tmp_path / "situs" / "ekspor.zip")
    result = run("repair", "--write", tmp_path / "situs")
    assert result.exit_code == 0
    assert result.stderr.strip().endswith(
        "0 files scanned, 0 damaged, 0 in a legacy encoding, 0 repaired, 0 failed; skipped: "
        f"1 {ARCHIVE_NOT_REWRITTEN}, 1 symbolic link (repair the file it points to)"
    )
    records = [json.loads(line) for line in run("repair", "--write", "--json", tmp_path / "situs").stdout.splitlines()]
    assert {record.get("skipped") for record in records[:-1]} == {ARCHIVE_NOT_REWRITTEN, "symbolic link (repair the file it points to)"}
    assert sum(records[-1]["summary"]["skipped"].values()) == 2
