"""Shared fixtures: the samples folder and small helpers to write input files and time code."""

from __future__ import annotations

import gc
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what is computed, not how fast: on a busy machine one example may take
# longer than Hypothesis' default deadline of 200 ms, which would fail a correct run.
settings.register_profile("arsip", deadline=None)
settings.load_profile("arsip")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def write(tmp_path):
    """Write ``content`` (str as UTF-8, or bytes) to ``tmp_path/name`` and return the path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file below ``directory`` with its bytes (to prove inputs were not changed)."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def site_copy(source: Path, destination: Path, config: str, settings: str = "") -> Path:
    """A copy of the fixture site ``source`` at ``destination`` with ``settings`` appended
    to its configuration file ``config`` (a variant of the site's settings)."""
    shutil.copytree(source, destination)
    with open(destination / config, "a", encoding="utf-8") as handle:
        handle.write(settings)
    return destination


def best_cpu_seconds(function, *args, rounds: int = 3) -> float:
    """The least CPU time ``function(*args)`` takes in ``rounds`` calls: the least is the
    call a busy machine disturbed least (linear-time tests compare two such figures). The
    collector is off during the calls: a full collection of what the test process holds
    (every earlier test's objects) would count against whichever call it fell in."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            started = time.process_time()
            function(*args)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def zip_of(folder: Path, archive: Path, prefix: str = "") -> Path:
    """``archive`` written as a zip of every file below ``folder``, named below ``prefix``."""
    with zipfile.ZipFile(archive, "w") as packed:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                packed.write(path, prefix + path.relative_to(folder).as_posix())
    return archive
