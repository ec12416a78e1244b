"""Text fidelity of any folder of site exports: how much of each body's words its text keeps,
and which markup is left in the text, by kind.

    python bench/fidelity.py FOLDER [--generator NAME] [--show N]

For each Markdown or reStructuredText file, the words of the raw body (runs of four or
more letters, markup removed: see ``arsip.ingest.fidelity`` and ``arsip.ingest.rst.markup``;
a reST file's docinfo is metadata, not body; a Markdown body as its generator's syntax
compares it, so an MDX expression that is code is markup) are compared with the words
of the ingested text. Markup left in the text is counted per kind; code kept verbatim may
legitimately show some (an HTML tag inside a code block is text), so a count is a lead to
look at, not a verdict.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: Markup that should not be left in a document's text, by kind.
MARKUP_KINDS = {
    "Liquid": re.compile(r"\{%-?\s*\w+[^{}]*%\}|\{\{-?\s*(?:page|site|include|layout)\.[\w.]+"),
    "shortcode": re.compile(r"\{\{[<%]-?\s*/?\s*[\w./-]+"),
    "MDX": re.compile(r"\{/\*|^\s*(?:import\s.+\sfrom\s|export\s+(?:const|default|function)\b)|(?<!<)</?[A-Z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", re.M),
    "fence": re.compile(r"^\s*(?:```|~~~)", re.M),
    "WordPress shortcode": re.compile(r"\[/?(?:caption|sourcecode|code|source|embed|youtube|vimeo|gallery|audio|video|playlist)\b[^\]\n]*\]"),
    "footnote marker": re.compile(r"\[\^[^\]\s]+\]"),
    "HTML tag": re.compile(r"</?(?:div|span|p|a|img|br|hr|table|tr|td|th|script|style|form|input|iframe|ul|ol|li|strong|em|b|i|u|h[1-6]|center|font|blockquote)\b[^<>]*>", re.I),
    "kramdown": re.compile(r"\{:\s*[.#]?[\w-][^{}\n]*\}"),
    "MDN macro": re.compile(r"\{\{\s*[A-Za-z][\w-]*\s*\([^{}\n]*\)\s*\}\}|\{\{\s*[A-Za-z]\w*(?:Sidebar|Ref)\s*\}\}"),
    "Pandoc/Quarto": re.compile(r"^[ \t]*(?:#|//)\|[ \t]*[\w-]+:|\{=[A-Za-z]+\}|\{[ \t]*(?:[#.][\w-]+|[\w-]+=)[^{}\n]*\}|\{-\}[ \t]*$|\^\[|\[[^\[\]\n]*@[\w-]+[^\[\]\n]*\]", re.M),
    "reST": re.compile(r":[\w.+-]+(?::[\w.+-]+)*:`|^\s*\.\.\s+[\w:.+-]+::|^([=~^#*+-])\1{3,}\s*$|\[#[^\]\s]*\]_|`_(?!\w)", re.M),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--generator", help="read the folder as made by this generator")
    parser.add_argument("--show", type=int, default=5, help="documents to name per kind (default 5)")
    args = parser.parse_args()

    from arsip.ingest.pipeline import read_documents
    from arsip.ingest.results import IngestOptions
    from arsip.ingest.fidelity import MIN_SHARE, kept_share, markup_free, words
    from arsip.ingest.front_matter import split
    from arsip.ingest.rst.markup import docinfo_lines, rst_body, rst_markup_free
    from arsip.ingest.sites.syntax import syntax_of

    started = time.perf_counter()
    documents = list(read_documents([args.folder], IngestOptions(generator=args.generator)))
    seconds = time.perf_counter() - started
    compared = faithful = fell_back = 0
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = {kind: [] for kind in MARKUP_KINDS}
    for document in documents:
        if document.format in ("markdown", "rst") and "!/" not in document.source:
            source = Path(document.source).read_text(encoding="utf-8", errors="replace")
            if document.format == "rst":
                body = words(rst_markup_free(rst_body(source, docinfo_lines(source))))
            else:
                parsed = split(source)
                body = words(markup_free(syntax_of(document.generator).compared_body(parsed.body, parsed.data)))
            compared += 1
            faithful += kept_share(body, document.text) >= MIN_SHARE
        fell_back += any(problem.field == "text" and "conservatively" in problem.reason for problem in document.problems)
        for kind, pattern in MARKUP_KINDS.items():
            if pattern.search(document.text):
                kinds[kind] += 1
                if len(examples[kind]) < args.show:
                    examples[kind].append(document.id)
    print(f"folder: {args.folder}")
    print(f"documents: {len(documents):,} (ingested in {seconds:.1f} s)")
    if compared:
        print(f"Markdown and reST documents keeping >= {MIN_SHARE:.0%} of their body's words: {faithful:,} of {compared:,} ({faithful / compared:.1%})")
    print(f"documents converted conservatively, in whole or in part (a 'text' problem says so): {fell_back:,}")
    print("documents with markup left in the text, by kind:")
    for kind in MARKUP_KINDS:
        shown = ", ".join(examples[kind])
        print(f"  {kind:<20} {kinds[kind]:6,}" + (f"   e.g. {shown}" if shown else ""))


if __name__ == "__main__":
    main()
