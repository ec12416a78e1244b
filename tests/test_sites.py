"""One small synthetic site per generator (tests/data/sites): the generator is detected per
root and each syntax is applied only where it belongs. Cases live in sites/expected.toml."""

import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents

SITES = Path(__file__).parent / "data" / "sites"
CASES = tomllib.loads((SITES / "expected.toml").read_text(encoding="utf-8"))["case"]


@lru_cache(maxsize=None)
def _site(name: str) -> dict:
    return {document.id: document for document in read_documents([str(SITES / name)])}


@pytest.mark.parametrize("case", CASES, ids=[f"{case['site']}:{case['document']}" for case in CASES])
def test_site_document(case):
    document = _site(case["site"])[case["document"]]
    assert document.generator == case["generator"]
    if "date" in case:
        assert (document.date or "").startswith(case["date"]), document.date
    for phrase in case.get("must", []):
        assert phrase in document.text, phrase
    for phrase in case.get("must_not", []):
        assert phrase not in document.text, phrase
    assert not document.problems, document.problems
