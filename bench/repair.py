"""Speed of `arsip repair --check` over the shared corpus, next to a floor of reading the files.

    python bench/repair.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CORPUS, corpus_files, require  # noqa: E402


def main() -> None:
    require(CORPUS)
    from arsip.repair.files import repair_paths

    files = corpus_files()
    for path in files:  # warm the page cache, so both timings read from memory
        path.read_bytes()
    started = time.perf_counter()
    size = sum(len(path.read_bytes()) for path in files)
    floor = time.perf_counter() - started
    started = time.perf_counter()
    outcomes = list(repair_paths([str(CORPUS)]))
    check = time.perf_counter() - started
    damaged = sorted(o.path for o in outcomes if o.plan and o.plan.changes)
    megabytes = size / 1e6
    print(f"floor (read every file)  {floor:6.2f} s  {megabytes / floor:7.1f} MB/s")
    print(f"arsip repair --check     {check:6.2f} s  {megabytes / check:7.1f} MB/s  ({check / floor:.1f}x the floor)")
    print(f"{len(outcomes):,} files, {len(damaged)} would change:")
    for path in damaged:
        print(f"  {Path(path).relative_to(CORPUS)}")


if __name__ == "__main__":
    main()
