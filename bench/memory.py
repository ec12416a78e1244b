"""Peak memory of ``arsip ingest`` on archives, next to a plain Python process reading the
same archive member by member, measured in the same run.

attachments: a zip of large members (PDFs misnamed ``.md``: each is read whole, sent to a
             worker and refused, so the run is about memory, not parsing) — the issue's
             250 × 4 MB by default;
posts:       a zip of large Indonesian Markdown posts, each parsed into a document;
empty:       a tar.gz of many empty members, and of twice as many (memory must stay flat).

Peaks are of the largest single process (arsip's main process or one of its workers),
each measured in a fresh process: the archives are written by a phase of their own, so the
benchmark's own memory is in no figure. "arsip idle" is arsip on an archive of one small
member: its imports, the floor of any run. Needs no shared data; the archives are written
to a temporary folder.

    python bench/memory.py [--members 250] [--member-mb 4] [--max-size 64] [--workers 2]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arsip.ingest.limits import in_flight_bytes  # noqa: E402
from bench.common import emit, run_phase  # noqa: E402

WORDS = "pelatihan buruh jurnalis aliansi independen media alternatif kota desa rakyat berita upah".split()


def attachments_zip(path: Path, count: int, size: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(count):
            archive.writestr(f"lampiran/berkas-{number:05d}.md", (b"%PDF-1.4\n" + bytes([number % 251]) * size)[:size])


def posts_zip(path: Path, count: int, size: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(count):
            words = random.Random(number)
            lines = [f"Paragraf {line}: " + " ".join(words.choice(WORDS) for _ in range(14)) + ".\n\n" for line in range(size // 100)]
            head = f"---\ntitle: Laporan {number}\ndate: 2015-03-02\ncategories: [Buruh]\n---\n\n"
            archive.writestr(f"_posts/2015-03-02-laporan-{number:04d}.md", (head + "".join(lines))[:size])


def empty_tar(path: Path, count: int) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for number in range(count):
            archive.addfile(tarfile.TarInfo(f"pos/berita-{number:07d}.md"), io.BytesIO(b""))


def phase_make(kind: str, path: str, count: int, size: int) -> None:
    """Write one archive (in a process of its own, so no measured process inherits its memory)."""
    {"attachments": attachments_zip, "posts": posts_zip, "empty": lambda path, count, size: empty_tar(path, count)}[kind](Path(path), count, size)
    emit()


def phase_plain(archive: str) -> None:
    """Read every member whole, one at a time, and let it go: the floor for any reader."""
    members = 0
    if archive.endswith(".zip"):
        with zipfile.ZipFile(archive) as opened:
            for info in opened.infolist():
                with opened.open(info) as member:
                    member.read()
                members += 1
    else:
        with tarfile.open(archive, "r|*") as opened:
            while (info := opened.next()) is not None:
                opened.members.clear()
                opened.extractfile(info).read()
                members += 1
    emit(members=members)


def phase_arsip(archive: str, max_size: str, workers: str) -> None:
    """``arsip ingest`` (its peak is the largest of the process and its workers)."""
    command = [sys.executable, "-m", "arsip", "ingest", archive, "--max-size", max_size, "--workers", workers, "--out", os.devnull]
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    emit(exit=completed.returncode, summary=completed.stderr.strip().splitlines()[-1])


def make(kind: str, path: Path, count: int, size: int) -> Path:
    run_phase(__file__, "make", kind, str(path), "--members", str(count), "--member-bytes", str(size))
    return path


def ingest(archive: Path, max_size: float, workers: int) -> dict:
    return run_phase(__file__, "arsip", str(archive), "--max-size", str(max_size), "--workers", str(workers))


def compare(title: str, archive: Path, max_size: float, workers: int, idle: dict) -> None:
    plain = run_phase(__file__, "plain", str(archive))
    arsip = ingest(archive, max_size, workers)
    bound = in_flight_bytes(workers, int(max_size * 2**20)) / 2**20
    print(f"{title} ({archive.stat().st_size / 1e6:,.1f} MB on disk)")
    print(f"  plain Python, member by member  peak {plain['peak_mb']:6.0f} MB  {plain['wall_s']:6.1f} s")
    print(f"  arsip ingest ({workers} workers)          peak {arsip['peak_mb']:6.0f} MB  {arsip['wall_s']:6.1f} s   {arsip['peak_mb'] / plain['peak_mb']:.2f}x plain")
    print(f"  arsip above arsip idle: {arsip['peak_mb'] - idle['peak_mb']:.0f} MB;  in-flight bound for {workers} workers and --max-size {max_size:g}: {bound:g} MB of input")
    print(f"  arsip: {arsip['summary']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=["make", "plain", "arsip"])
    parser.add_argument("archive", nargs="*")
    parser.add_argument("--member-bytes", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--members", type=int, default=250, help="large members in the attachments zip")
    parser.add_argument("--member-mb", type=float, default=4, help="size of each large member")
    parser.add_argument("--max-size", type=float, default=64, help="arsip's --max-size for the zips (MB)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--posts", type=int, default=8, help="Markdown posts of --member-mb each")
    parser.add_argument("--empty", type=int, default=50_000, help="empty tar members (and twice as many)")
    args = parser.parse_args()
    if args.phase == "make":
        return phase_make(args.archive[0], args.archive[1], args.members, args.member_bytes)
    if args.phase == "plain":
        return phase_plain(args.archive[0])
    if args.phase == "arsip":
        return phase_arsip(args.archive[0], str(args.max_size), str(args.workers))
    size = int(args.member_mb * 2**20)
    with tempfile.TemporaryDirectory(prefix="arsip-memory-") as folder:
        idle = ingest(make("posts", Path(folder) / "satu.zip", 1, 2_000), args.max_size, args.workers)
        print(f"arsip idle (one 2 KB member): peak {idle['peak_mb']:.0f} MB")
        attachments = make("attachments", Path(folder) / "lampiran.zip", args.members, size)
        compare(f"zip of {args.members} members x {args.member_mb:g} MB", attachments, args.max_size, args.workers, idle)
        posts = make("posts", Path(folder) / "pos.zip", args.posts, size)
        compare(f"zip of {args.posts} Markdown posts x {args.member_mb:g} MB", posts, args.max_size, args.workers, idle)
        for count in (args.empty, 2 * args.empty):
            empty = make("empty", Path(folder) / f"kosong-{count}.tar.gz", count, 0)
            compare(f"tar.gz of {count:,} empty members", empty, args.max_size, args.workers, idle)


if __name__ == "__main__":
    main()
