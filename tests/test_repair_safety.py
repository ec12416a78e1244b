"""``arsip repair --write`` never loses an edit, a backup, an owner or a hard link's twin."""

import os
import subprocess

import pytest

from arsip.repair import files as file_repair

from .test_repair import _damaged_copy, run

AS_ROOT = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing owners needs root")
EDIT = "\nTambahan penulis saat perbaikan berjalan.\n".encode("utf-8")


def _edit_just_before_the_rename(monkeypatch, path):
    """Append to ``path`` at the last moment: after the repaired bytes are written to the
    temporary file, when only the check and the rename remain."""
    real_check = file_repair._still_as_read

    def edited_meanwhile(plan):
        with open(path, "ab") as stream:
            stream.write(EDIT)
        return real_check(plan)

    monkeypatch.setattr(file_repair, "_still_as_read", edited_meanwhile)


def test_an_edit_during_the_write_is_kept_and_the_file_left_alone(tmp_path, monkeypatch):
    path, _, damaged = _damaged_copy(tmp_path, "cp1252", False)
    _edit_just_before_the_rename(monkeypatch, path)
    result = run("repair", "--write", path.parent)
    assert result.exit_code == 1
    assert "changed while repair ran" in result.stderr and "1 changed during the run" in result.stderr
    assert path.read_bytes() == damaged + EDIT
    assert os.listdir(path.parent) == ["dokumen.md"]  # no backup of a version never replaced, no temporary file


def test_an_edit_between_plan_and_write_is_kept(tmp_path, monkeypatch):
    path, _, damaged = _damaged_copy(tmp_path, "cp1252", False)
    real_plan = file_repair.plan_file

    def plan_then_edit(*args, **kwargs):
        plan = real_plan(*args, **kwargs)
        with open(path, "ab") as stream:
            stream.write(EDIT)
        return plan

    monkeypatch.setattr(file_repair, "plan_file", plan_then_edit)
    result = run("repair", "--write", path.parent)
    assert result.exit_code == 1 and "changed while repair ran" in result.stderr
    assert path.read_bytes() == damaged + EDIT and os.listdir(path.parent) == ["dokumen.md"]


@pytest.mark.parametrize("inside", ["", "cadangan"], ids=["the-root", "below-the-root"])
def test_a_backup_dir_in_an_input_is_refused_before_writing(tmp_path, inside):
    path, _, damaged = _damaged_copy(tmp_path, "cp1252", False)
    result = run("repair", "--write", "--backup-dir", path.parent / inside, path.parent)
    assert result.exit_code == 2 and "lies inside the input" in result.stderr
    assert path.read_bytes() == damaged and os.listdir(path.parent) == ["dokumen.md"]


@AS_ROOT
def test_owner_and_group_are_kept_for_the_file_and_its_backup(tmp_path):
    path, clean, damaged = _damaged_copy(tmp_path, "cp1252", False)
    os.chown(path, 1, 1)
    assert run("repair", "--write", path.parent).exit_code == 0
    backup = path.parent / "dokumen.md.orig"
    assert path.read_bytes() == clean and backup.read_bytes() == damaged
    assert (path.stat().st_uid, path.stat().st_gid) == (1, 1)
    assert (backup.stat().st_uid, backup.stat().st_gid) == (1, 1)


def test_hard_linked_files_are_left_alone_unless_asked(tmp_path):
    path, clean, damaged = _damaged_copy(tmp_path, "cp1252", False)
    twin = tmp_path / "kembaran.md"
    os.link(path, twin)
    result = run("repair", "--write", path.parent)
    assert result.exit_code == 0
    assert "has 2 hard links" in result.stderr and "1 hard-linked" in result.stderr
    assert path.read_bytes() == damaged and os.listdir(path.parent) == ["dokumen.md"]
    result = run("repair", "--write", "--break-links", path.parent)
    assert result.exit_code == 0 and "1 repaired" in result.stderr
    assert path.read_bytes() == clean and twin.read_bytes() == damaged


@pytest.mark.parametrize("mode", [[], ["--check"], ["--diff"]], ids=["report", "check", "diff"])
def test_a_report_names_the_hard_linked_files_write_would_leave_alone(tmp_path, mode):
    path, _, damaged = _damaged_copy(tmp_path, "cp1252", False)
    os.link(path, tmp_path / "kembaran.md")
    result = run("repair", *mode, path.parent)
    assert f"{path}: has 2 hard links; --write will leave it as it was (--break-links repairs this name only)" in result.stderr
    assert "--write would leave alone: 1 hard-linked" in result.stderr
    assert result.exit_code == (1 if mode == ["--check"] else 0)
    assert path.read_bytes() == damaged


def test_a_report_does_not_name_a_hard_linked_file_without_damage(tmp_path):
    path, clean, _ = _damaged_copy(tmp_path, "cp1252", False)
    path.write_bytes(clean)
    os.link(path, tmp_path / "kembaran.md")
    result = run("repair", "--check", path.parent)
    assert result.exit_code == 0 and "hard" not in result.stderr


def test_break_links_only_with_write(tmp_path):
    path, _, _ = _damaged_copy(tmp_path, "cp1252", False)
    assert run("repair", "--break-links", path.parent).exit_code == 2


def test_diff_quotes_a_file_name_with_a_newline(tmp_path):
    path, clean, damaged = _damaged_copy(tmp_path, "cp1252", False)
    tricky = path.parent / "a\nb.md"
    path.rename(tricky)
    decoy = path.parent / "a"
    decoy.write_bytes(b"jangan diubah\n")
    result = run("repair", "--diff", tricky)
    assert result.stdout.startswith(f'--- "{path.parent}/a\\nb.md"\n+++ "{path.parent}/a\\nb.md"\n')
    subprocess.run(["patch", "-p0", "-s"], input=result.stdout_bytes, cwd="/", check=True)
    assert tricky.read_bytes() == clean and decoy.read_bytes() == b"jangan diubah\n"


def test_a_backup_path_that_is_a_folder_fails_that_file_only(tmp_path):
    path, clean, damaged = _damaged_copy(tmp_path, "cp1252", False)
    other, other_clean, _ = _damaged_copy(tmp_path / "lain", "latin-1", False)
    (path.parent / "dokumen.md.orig").mkdir()
    result = run("repair", "--write", path.parent, other.parent)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("arsip: ")]
    assert errors == [f"arsip: {path}: cannot keep a backup at {path}.orig: it is a folder; left as it was"]
    assert path.read_bytes() == damaged and other.read_bytes() == other_clean
