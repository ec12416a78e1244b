"""bench/fuzz_ingest.py: what counts as an outcome of an input, and what as a finding."""

from __future__ import annotations

import pytest

from arsip.ingest.pipeline import ingest_bytes
from bench.fuzz_ingest import check


def test_a_page_left_out_with_a_reason_is_an_outcome():
    """A text file whose title is a template placeholder is left out as no document, with
    its reason counted: not a finding."""
    result = ingest_bytes(b"{{ page.x }}", "a.txt", "a.txt")
    assert not result.documents and result.left_out
    check(result)


def test_an_input_that_ends_in_nothing_is_a_finding():
    result = ingest_bytes("Rapat warga desa.".encode(), "a.txt", "a.txt")
    result.documents.clear()
    with pytest.raises(AssertionError):
        check(result)
