"""The built wheel installs one import name, ``arsip``, and its command works from it."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("arsip-*.whl")
    return built


def test_the_wheel_holds_only_the_arsip_package(wheel):
    top_level = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert {name for name in top_level if not name.endswith(".dist-info")} == {"arsip"}
    names = zipfile.ZipFile(wheel).namelist()
    assert "arsip/index/data/stopwords-id.txt" in names
    assert {"arsip/web/templates/search.html", "arsip/web/static/arsip.css"} <= set(names)
    assert "arsip/ingest/readers/markdown.py" in names
    assert "arsip/repair/files.py" in names


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; its dependencies come from this environment."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(subprocess.run([venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # The test environment's packages as a plain path entry: its .pth files (the editable
    # arsip) are not processed, so only the wheel's arsip can be imported.
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    return venv


def _run(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(venv / "bin" / "python"), *args], cwd=cwd, capture_output=True, text=True)


def test_only_arsip_is_importable_from_the_wheel(installed, tmp_path):
    found = _run(installed, "-c", "import arsip, arsip.ingest, arsip.index, arsip.repair, arsip.cli; print(arsip.ingest.__file__)", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert str(installed) in found.stdout
    for name in ("cli", "index", "ingest", "repair"):
        missing = _run(installed, "-c", f"import {name}", cwd=tmp_path)
        assert "ModuleNotFoundError" in missing.stderr, name


def test_index_and_search_run_from_the_wheel(installed, tmp_path):
    index = tmp_path / "idx"
    built = _run(installed, "-m", "arsip", "index", str(SAMPLES), "--index", str(index), cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    found = _run(installed, "-m", "arsip", "search", "mentoring", "--index", str(index), "--json", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert '"rank": 1' in found.stdout
