"""A document not published yet keeps a date ahead: a WordPress scheduled post (status
``future``), a Blogger draft, a front-matter draft, a Jekyll or Hugo post its generator
does not build yet — each read with --include-drafts. A published document dated more
than a year ahead still has a typo year, not a date."""

from __future__ import annotations

from pathlib import Path

from arsip.ingest.pipeline import ingest_bytes, read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import DATA

TOO_FAR = "is more than a year after today; not used as the date"


def _wxr(**options):
    path = DATA / "wxr" / "komentar-terjadwal.xml"
    result = ingest_bytes(path.read_bytes(), path.name, str(path), IngestOptions(**options))
    return {document.id.split("#", 1)[1]: document for document in result.documents}


def test_a_wordpress_scheduled_post_keeps_its_publication_date():
    scheduled = _wxr(include_drafts=True)["202"]
    assert (scheduled.draft, scheduled.date, scheduled.date_source) == (True, "2030-01-11T08:00:00+07:00", "feed")
    assert not scheduled.problems
    assert "202" not in _wxr()  # left out as a draft without --include-drafts


def test_a_published_wordpress_post_dated_centuries_ahead_is_still_a_typo():
    typo = _wxr()["203"]
    assert typo.date is None and typo.date_raw == "3023-08-10T08:00:00+07:00"
    assert [problem.reason for problem in typo.problems] == [f"feed: '3023-08-10T08:00:00+07:00' {TOO_FAR}"]


def test_a_blogger_draft_keeps_a_date_ahead():
    backup = (DATA / "feeds" / "blog-03-10-2021.xml").read_text(encoding="utf-8")
    backup = backup.replace("<published>2021-03-10T14:00:00.000+07:00", "<published>2031-03-10T14:00:00.000+07:00")
    result = ingest_bytes(backup.encode("utf-8"), "blog-03-10-2021.xml", "blog-03-10-2021.xml", IngestOptions(include_drafts=True))
    (draft,) = [document for document in result.documents if document.draft]
    assert (draft.title, draft.date, draft.problems) == ("Rencana Festival Panen", "2031-03-10T14:00:00+07:00", [])


def _site(root: Path, files: dict[str, str], **options) -> dict:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    documents = read_documents([str(root)], IngestOptions(include_drafts=True, **options), IngestReport())
    return {document.id: document for document in documents}


def test_front_matter_drafts_and_posts_their_generator_builds_later_keep_their_dates(tmp_path):
    jekyll = _site(tmp_path / "jekyll", {
        "_config.yml": "title: Karang Taruna\n",
        "_posts/2031-08-17-pentas-seni.md": "---\ntitle: Pentas Seni\n---\nPentas seni di lapangan desa.\n",
        "_posts/2020-01-02-rencana.md": "---\ntitle: Rencana\npublished: false\ndate: 2032-05-01\n---\nRencana kegiatan pemuda.\n",
        "agenda.md": "---\ntitle: Agenda\ndate: 2099-01-01\n---\nAgenda kegiatan desa.\n",
    })
    assert (jekyll["_posts/2031-08-17-pentas-seni.md"].draft, jekyll["_posts/2031-08-17-pentas-seni.md"].date) == (True, "2031-08-17")
    assert (jekyll["_posts/2020-01-02-rencana.md"].draft, jekyll["_posts/2020-01-02-rencana.md"].date) == (True, "2032-05-01")
    agenda = jekyll["agenda.md"]  # a page Jekyll builds whatever its date: published, so 2099 is a typo
    assert (agenda.draft, agenda.date) == (False, None) and TOO_FAR in agenda.problems[0].reason
    hugo = _site(tmp_path / "hugo", {
        "hugo.toml": "title = 'Sukamaju'\n",
        "content/berita/musyawarah.md": "+++\ntitle = 'Musyawarah Desa'\npublishDate = 2033-02-01T09:00:00+07:00\n+++\nMusyawarah desa.\n",
        "content/berita/rencana.md": "---\ntitle: Rencana\ndraft: true\ndate: 2034-01-01\n---\nRencana kegiatan.\n",
    })
    assert (hugo["content/berita/musyawarah.md"].date, hugo["content/berita/musyawarah.md"].problems) == ("2033-02-01T09:00:00+07:00", [])
    assert (hugo["content/berita/rencana.md"].date, hugo["content/berita/rencana.md"].problems) == ("2034-01-01", [])
