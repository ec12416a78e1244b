"""Memory is bounded by bytes, not by how many files there are.

The files in flight (read from an archive, queued for a worker, or ingested and waiting to
be passed on) add up to at most :func:`~arsip.ingest.limits.in_flight_bytes`; a stream of archive
members keeps no per-member state but its name. Each case is measured by how it grows:
twice the members must cost about the same peak memory, and members of 240 KB must cost
about what members of 2 KB cost. Runs are child processes with an address-space limit and
a time limit, so a regression fails the test instead of exhausting the machine.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import tarfile
import threading
import tracemalloc
import zipfile
from pathlib import Path

from arsip.ingest import results
from arsip.ingest.document import FileFailure
from arsip.ingest.limits import in_flight_bytes
from arsip.ingest.pipeline import read_files
from arsip.ingest.pool import _batches
from arsip.ingest.results import FileResult, IngestOptions, IngestReport

ARSIP = str(Path(sys.executable).with_name("arsip"))
ADDRESS_SPACE_LIMIT = 3 * 2**30
MB = 2**20


def _address_space_limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))


def peak_rss_mb(args: list[str], log: Path, timeout: float = 90) -> float:
    """Run ``args`` under the address-space limit; the largest resident set of the run
    (the process or any worker it waited for), in MB."""
    with open(log, "wb") as stderr:
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr, preexec_fn=_address_space_limit)
    guard = threading.Timer(timeout, process.kill)
    guard.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        guard.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode in (0, 1), log.read_text(errors="replace")[-2000:]  # 1: some members failed
    return usage.ru_maxrss / 1024


def _attachments_zip(path: Path, count: int, size: int) -> Path:
    """``count`` PDF attachments misnamed ``.md`` (a common export accident): each is read
    whole and refused in a worker, so the run costs memory, not parsing time."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(count):
            archive.writestr(f"lampiran/berkas-{number:05d}.md", (b"%PDF-1.4\n" + bytes([number % 251]) * size)[:size])
    return path


def test_archive_members_in_flight_are_bounded_by_bytes_not_by_count(tmp_path):
    def peak(count: int, size: int) -> float:
        archive = _attachments_zip(tmp_path / f"arsip-{count}-{size}.zip", count, size)
        command = [ARSIP, "ingest", str(archive), "--workers", "2", "--max-size", "0.25", "--out", os.devnull]
        return peak_rss_mb(command, tmp_path / "stderr.log")

    small = peak(600, 2_000)
    large = peak(600, 240_000)  # 141 MB of members; (2 * 2 + 3) * 0.25 MB may be in flight
    half = peak(300, 240_000)
    # A window of 256 members held 2 windows of 60 MB; the first 200 were held for the whole run.
    assert large - small < 15, (small, large)
    assert large - half < 8, (half, large)


def test_the_documented_bound():
    assert in_flight_bytes(2, 64 * MB) == 192 * MB  # 2 windows of one 64 MB file, one read ahead
    assert in_flight_bytes(2, 4 * MB) == 28 * MB  # 2 windows of 3 tasks of 4 MB, one read ahead
    assert in_flight_bytes(4, 16 * MB) == 96 * MB  # 2 windows of 5 tasks of 8 MB, one read ahead


def test_batches_hold_a_count_or_a_weight_and_a_heavy_item_alone():
    weights = [1, 1, 1, 5, 2, 2, 1, 1, 1, 1, 1]
    batches = list(_batches(enumerate(weights), 4, 4, lambda weight: weight))
    assert [[weights[number] for number, _ in batch] for batch in batches] == [[1, 1, 1], [5], [2, 2], [1, 1, 1, 1], [1]]


def test_batches_pass_a_full_batch_on_before_reading_further():
    read = []

    def items():
        for number in range(10):
            read.append(number)
            yield number, 1

    batches = _batches(items(), 3, 100, lambda weight: weight)
    assert [number for number, _ in next(batches)] == [0, 1, 2]
    assert read == [0, 1, 2]


def _empty_members_tar(path: Path, count: int) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for number in range(count):
            archive.addfile(tarfile.TarInfo(f"pos/berita-{number:06d}.md"), io.BytesIO(b""))
    return path


def test_a_tar_of_empty_members_costs_a_name_per_member(tmp_path):
    def peak(count: int) -> int:
        archive = _empty_members_tar(tmp_path / f"kosong-{count}.tar.gz", count)
        report = IngestReport()
        tracemalloc.start()
        try:
            for _ in read_files([str(archive)], IngestOptions(workers=1), report):
                pass
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            assert report.failed == count

    once, twice = peak(2_000), peak(4_000)
    # tarfile kept every header, asked its reader for 64 MB per member, and the report
    # kept every failure; what is left is each member's name, to find duplicate names
    assert twice < 4 * MB, twice
    assert (twice - once) / 2_000 < 200, (once, twice)


def test_a_report_counts_every_failure_and_keeps_the_first(monkeypatch):
    monkeypatch.setattr(results, "KEPT_FAILURES", 2)
    printed = []
    report = IngestReport(on_failure=printed.append)
    for number in range(5):
        path = f"arsip.tar.gz!/kosong-{number}.md"
        report.add(FileResult(path, failure=FileFailure(path, "empty file")))
    assert report.failed == 5 and report.summary()["failed"] == 5
    assert [failure.path for failure in report.failures] == ["arsip.tar.gz!/kosong-0.md", "arsip.tar.gz!/kosong-1.md"]
    assert len(printed) == 5
