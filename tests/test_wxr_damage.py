"""WordPress exports as real sites hold them: password-protected posts, and exports with
one damaged spot (a bare ``&``, an HTML entity, a mismatched tag, a cut-off download)."""

from __future__ import annotations

import json

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORTS = DATA / "wxr"


def ingest(name: str, **options):
    return ingest_bytes((EXPORTS / name).read_bytes(), name, str(EXPORTS / name), IngestOptions(**options))


def ids(result) -> list[str]:
    return [document.id.split("#", 1)[1] for document in result.documents]


# --- password-protected posts ---------------------------------------------------------------


def test_a_password_protected_post_is_not_public_and_is_counted_apart_from_drafts():
    result = ingest("kata-sandi.xml")
    assert ids(result) == ["101"]
    assert dict(result.left_out) == {"password-protected": 1, "draft": 1}
    assert "password_protected" not in result.documents[0].fields


def test_a_password_protected_post_is_kept_as_a_draft_on_request_without_its_password():
    result = ingest("kata-sandi.xml", include_drafts=True)
    kept = {document.id.split("#", 1)[1]: document for document in result.documents}
    assert [(key, document.draft) for key, document in kept.items()] == [("101", False), ("102", True), ("103", True)]
    assert kept["102"].fields["password_protected"] is True and "password_protected" not in kept["103"].fields
    assert "anggota2021" not in json.dumps(kept["102"].to_record())
