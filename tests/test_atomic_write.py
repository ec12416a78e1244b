"""The one atomic-write helper: mode, owner, special files, fsync, and nothing half written."""

import os
import stat
import threading

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.ingest import atomic_write as module
from arsip.ingest.atomic_write import atomic_output, atomic_write

from .conftest import SAMPLES

TEXT = "Pelatihan jurnalisme warga di Yogyakarta\n".encode("utf-8")


@pytest.fixture
def umask_027():
    previous = os.umask(0o027)
    yield
    os.umask(previous)


def test_a_new_file_gets_0666_minus_the_umask(tmp_path, umask_027):
    target = tmp_path / "baru.jsonl"
    atomic_write(target, TEXT)
    assert target.read_bytes() == TEXT
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_an_existing_file_keeps_its_mode(tmp_path, umask_027):
    target = tmp_path / "lama.md"
    target.write_bytes(b"lama")
    os.chmod(target, 0o664)
    atomic_write(target, TEXT)
    assert target.read_bytes() == TEXT
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing owners needs root")
def test_an_existing_file_keeps_its_owner_and_group(tmp_path):
    target = tmp_path / "milik-orang-lain.md"
    target.write_bytes(b"lama")
    os.chown(target, 1, 1)
    atomic_write(target, TEXT)
    info = target.stat()
    assert (info.st_uid, info.st_gid) == (1, 1) and target.read_bytes() == TEXT


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing owners needs root")
def test_like_copies_owner_and_mode_from_another_file(tmp_path):
    original = tmp_path / "asli.md"
    original.write_bytes(b"asli")
    os.chown(original, 1, 1)
    os.chmod(original, 0o640)
    backup = tmp_path / "asli.md.orig"
    atomic_write(backup, b"asli", like=original.stat())
    info = backup.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (1, 1, 0o640)


def test_a_fifo_is_written_in_place(tmp_path):
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    atomic_write(fifo, TEXT)
    reader.join(timeout=10)
    assert received == [TEXT]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert os.listdir(tmp_path) == ["pipa"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="creating a device node needs root")
def test_a_character_device_stays_a_device(tmp_path):
    device = tmp_path / "null"  # a stand-in with /dev/null's numbers; the real /dev is never touched
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    atomic_write(device, TEXT)
    assert stat.S_ISCHR(device.stat().st_mode)
    assert os.listdir(tmp_path) == ["null"]


def test_a_symlink_is_written_through(tmp_path):
    real = tmp_path / "data" / "keluaran.jsonl"
    real.parent.mkdir()
    real.write_bytes(b"lama")
    link = tmp_path / "tautan.jsonl"
    link.symlink_to(real)
    atomic_write(link, TEXT)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == TEXT


def test_file_and_directory_are_fsynced(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def counting_fsync(descriptor):
        synced.append(stat.S_IFMT(os.fstat(descriptor).st_mode))
        real_fsync(descriptor)

    monkeypatch.setattr(module.os, "fsync", counting_fsync)
    atomic_write(tmp_path / "berkas.md", TEXT)
    assert synced == [stat.S_IFREG, stat.S_IFDIR]


def test_an_error_inside_the_block_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "lama.md"
    target.write_bytes(b"isi lama")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as stream:
            stream.write(b"setengah ")
            raise RuntimeError("gagal di tengah")
    assert target.read_bytes() == b"isi lama"
    assert os.listdir(tmp_path) == ["lama.md"]


def test_a_missing_directory_is_an_oserror(tmp_path):
    with pytest.raises(OSError):
        atomic_write(tmp_path / "tidak-ada" / "berkas.md", TEXT)


def test_ingest_out_keeps_a_fifo_and_respects_the_umask(tmp_path, umask_027):
    fifo = tmp_path / "keluaran"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = CliRunner().invoke(arsip, ["ingest", str(SAMPLES), "--out", str(fifo)])
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode) and len(received[0].splitlines()) == 5
    regular = tmp_path / "dokumen.jsonl"
    assert CliRunner().invoke(arsip, ["ingest", str(SAMPLES), "--out", str(regular)]).exit_code == 0
    assert stat.S_IMODE(regular.stat().st_mode) == 0o640


def test_ingest_out_that_cannot_be_written_is_one_line(tmp_path):
    result = CliRunner().invoke(arsip, ["ingest", str(SAMPLES), "--out", str(tmp_path / "tidak-ada" / "x.jsonl")])
    assert result.exit_code == 2  # a usage error, found before anything is read
    assert "tidak-ada does not exist" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
