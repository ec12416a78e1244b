"""What looking into a whole .tar.gz for its generator costs, next to a baseline in the same run.

A synthetic site export is packed into a temporary .tar.gz the way ``tar czf`` may order
it: ``--mb`` MB of the site's scripts and styles (skipped by ingest, but in the stream),
photos, then ``--posts`` Jekyll posts, with ``_config.yml`` last.

baseline: decompressing the whole stream once (gzip, nothing else): the least any read costs;
look:     generator detection alone (:func:`arsip.ingest.sites.generators.look_into_archive`), which
          reads member names up to :data:`arsip.ingest.limits.TAR_LOOK_BYTES`;
ingest:   ``read_documents`` of the archive in one process (the look, then the read).

CPU seconds of this process (one worker), so a busy machine changes little.

    python bench/archive_look.py [--mb 400] [--posts 2000]
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import random
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_WORDS = "warga desa arsip surat laporan kader posyandu koperasi iuran rapat anggaran sekolah pasar jalan air bersih panen".split()


def write_archive(path: str, megabytes: int, posts: int) -> None:
    """The export described in the module docstring, at ``path``."""
    chance = random.Random(7)
    script = " ".join(chance.choice(_WORDS + ["function", "return", "var"]) for _ in range(180_000)).encode()  # about 1 MB

    def add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
        info = tarfile.TarInfo(f"situs/{name}")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))

    with tarfile.open(path, "w:gz", compresslevel=6) as archive:
        for number in range(megabytes * 1024 * 1024 // len(script)):
            add(archive, f"assets/js/pustaka-{number:04}.js", script)
        for number in range(100):
            add(archive, f"assets/foto/foto-{number:03}.jpg", chance.randbytes(64 * 1024))
        for number in range(posts):
            body = " ".join(chance.choice(_WORDS) for _ in range(300))
            add(archive, f"_posts/2020-01-01-tulisan-{number:05}.md", f"---\ntitle: Tulisan {number}\n---\n{body}\n".encode())
        add(archive, "_config.yml", b"title: Kabar Desa\nurl: https://kabar.contoh.id\nlang: id\n")


def _cpu(work) -> tuple[float, object]:
    started = time.process_time()
    result = work()
    return time.process_time() - started, result


def _decompress(path: str) -> int:
    size = 0
    with gzip.open(path) as stream:
        while chunk := stream.read(1024 * 1024):
            size += len(chunk)
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=400, help="megabytes of skipped site code in the archive")
    parser.add_argument("--posts", type=int, default=2000)
    args = parser.parse_args()
    from arsip.ingest.sites.generators import look_into_archive
    from arsip.ingest.pipeline import read_documents
    from arsip.ingest.results import IngestOptions

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "situs.tar.gz")
        write_archive(path, args.mb, args.posts)
        baseline, size = _cpu(lambda: _decompress(path))
        look_cpu, look = _cpu(lambda: look_into_archive(path))
        ingest_cpu, documents = _cpu(lambda: list(read_documents([path], IngestOptions(workers=1))))
    print(f"{size / 1e6:,.0f} MB decompressed, {len(documents):,} documents, generator {look.generator}")
    print(f"baseline (decompress once) {baseline:.2f} s CPU")
    print(f"look {look_cpu:.2f} s CPU ({look_cpu / baseline:.2f}× baseline)")
    print(f"ingest {ingest_cpu:.2f} s CPU, of which the look is {look_cpu / ingest_cpu:.0%}")


if __name__ == "__main__":
    main()
