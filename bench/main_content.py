"""Main content of HTML pages: arsip (trafilatura, as ``arsip ingest`` reads a page) against
jusText (with its Indonesian stop list) on the same pages.

    python bench/main_content.py [PHRASES.toml] [--repeat N]

PHRASES.toml lists pages (``file`` relative to the phrase file, a ``theme`` note) with the
phrases of the article each page's text must keep (``must``) and the page furniture it must
not contain (``must_not``: menu, sidebar, share row, related posts, comments, footer). By
default it reads the synthetic pages in ``tests/data/main-content/``, so it runs anywhere;
point it at a folder of real pages with its own phrase file to measure those (a missing
file is skipped with a note). For each page and library it prints article phrases kept,
furniture phrases leaked and milliseconds per page, then the totals. arsip's time is the
whole reading of the page (parse, metadata, text); bare trafilatura and jusText (its
defaults, and the looser thresholds trafilatura's own fallback uses) are shown beside it.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_PHRASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "main-content" / "phrases.toml"


def arsip_text(path: Path) -> str:
    """The text ``arsip ingest`` gives the page (its reader, main-content extraction included)."""
    from arsip.ingest.pipeline import read_documents
    from arsip.ingest.results import IngestOptions

    documents = list(read_documents([str(path)], IngestOptions()))
    return documents[0].text if documents else ""


def justext_text(path: Path, **settings) -> str:
    """The paragraphs jusText does not classify as boilerplate, with its Indonesian stop list."""
    import justext

    paragraphs = justext.justext(path.read_bytes(), justext.get_stoplist("Indonesian"), **settings)  # charset from the page
    return "\n\n".join(paragraph.text for paragraph in paragraphs if not paragraph.is_boilerplate)


def justext_relaxed_text(path: Path) -> str:
    """jusText with the looser thresholds trafilatura uses in its own jusText fallback."""
    return justext_text(
        path, length_low=50, length_high=150, stopwords_low=0.1, stopwords_high=0.2,
        max_link_density=0.25, max_heading_distance=150, no_headings=True,
    )


def trafilatura_text(path: Path) -> str:
    """Bare ``trafilatura.extract`` on the page: the cost of extraction alone, for scale."""
    import trafilatura

    return trafilatura.extract(path.read_bytes(), include_tables=True, deduplicate=False) or ""  # it decodes the bytes


EXTRACTORS = {
    "arsip (trafilatura)": arsip_text,
    "trafilatura bare": trafilatura_text,
    "jusText default": justext_text,
    "jusText relaxed": justext_relaxed_text,
}


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def measure(extract, path: Path, page: dict, repeat: int) -> tuple[int, int, float, list[str]]:
    """Phrases kept, furniture leaked, ms per page, and what went wrong, for one page."""
    extract(path)  # warm: imports and first-use set-up are not the page's cost
    started = time.perf_counter()
    for _ in range(repeat):
        text = extract(path)
    ms = (time.perf_counter() - started) * 1000 / repeat
    text = _normal(text)
    missing = [phrase for phrase in page["must"] if _normal(phrase) not in text]
    leaked = [phrase for phrase in page["must_not"] if _normal(phrase) in text]
    notes = [f"missing {phrase!r}" for phrase in missing] + [f"leaked {phrase!r}" for phrase in leaked]
    return len(page["must"]) - len(missing), len(leaked), ms, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("phrases", nargs="?", default=str(DEFAULT_PHRASES), help="phrase file (default: the synthetic pages)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per page (default 5)")
    parser.add_argument("--verbose", action="store_true", help="name each missing or leaked phrase")
    args = parser.parse_args()
    phrase_file = Path(args.phrases)
    if not phrase_file.exists():
        print(f"skipped: {phrase_file} is not present")
        return
    pages = tomllib.loads(phrase_file.read_text(encoding="utf-8"))["page"]
    totals = {name: [0, 0, 0, 0.0, 0] for name in EXTRACTORS}  # kept, must, leaked, ms, pages
    furniture = sum(len(page["must_not"]) for page in pages)
    print(f"{'page':<44} {'library':<22} {'kept':>7} {'leaked':>7} {'ms':>7}")
    for page in pages:
        path = phrase_file.parent / page["file"]
        if not path.exists():
            print(f"{page['file']:<44} skipped: not present")
            continue
        for name, extract in EXTRACTORS.items():
            kept, leaked, ms, notes = measure(extract, path, page, args.repeat)
            total = totals[name]
            total[0] += kept
            total[1] += len(page["must"])
            total[2] += leaked
            total[3] += ms
            total[4] += 1
            print(f"{Path(page['file']).name:<44} {name:<22} {kept:>3}/{len(page['must']):<3} {leaked:>3}/{len(page['must_not']):<3} {ms:>7.1f}")
            if args.verbose:
                for note in notes:
                    print(f"{'':<46}{note}")
    print()
    for name, (kept, must, leaked, ms, count) in totals.items():
        if count:
            print(
                f"{name:<22} pages {count}: article phrases kept {kept}/{must} ({kept / must:.0%}), "
                f"furniture leaked {leaked}/{furniture}, {ms / count:.1f} ms/page"
            )


if __name__ == "__main__":
    main()
