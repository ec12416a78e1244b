"""Snowball (PyStemmer) against Sastrawi: stem accuracy on published word→stem pairs, and speed.

Retrieval quality of each is measured by `bench/eval.py --stemmer NAME`.
Sastrawi needs the optional extra (pip install -e '.[sastrawi]'); without it only Snowball runs.

    python bench/stemmers.py
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import SHARED, require  # noqa: E402

DATA = SHARED / "data"


def _pairs(path: Path, word_column: int, stem_column: int, keep=lambda row: True) -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [(row[word_column], row[stem_column]) for row in rows if len(row) > max(word_column, stem_column) and keep(row)]


def datasets() -> dict[str, list[tuple[str, str]]]:
    lemmas = json.loads(gzip.open(DATA / "nlp-id" / "lemma_dict.json.gz").read())
    sample = sorted(lemmas.items())[:: max(1, len(lemmas) // 5000)]
    return {
        "sastrawi pairs (35)": _pairs(DATA / "sastrawi" / "sastrawi_integration_pairs.tsv", 0, 1, lambda r: r[2] == "active"),
        "lucene/Tala cases": _pairs(DATA / "lucene-id" / "TestIndonesianStemmer_cases.tsv", 2, 3, lambda r: r[1] == "full"),
        "colloquial (mpstemmer)": _pairs(DATA / "mpstemmer" / "nonstandard_60_pairs.tsv", 0, 1),
        "nlp-id lemmas (5k sample, rough)": sample,
    }


def stemmers() -> dict:
    from arsip.index.stemming import sastrawi_stem, snowball_stem

    found = {"snowball": snowball_stem}
    try:
        sastrawi_stem("membaca")
        found["sastrawi"] = sastrawi_stem
    except RuntimeError:
        print("sastrawi: not installed (optional extra); measuring snowball only")
    return found


def main() -> None:
    require(DATA)
    sets = datasets()
    words = [line.strip() for line in (DATA / "snowball-data-indonesian" / "voc.txt").read_text(encoding="utf-8").splitlines()][:20000]
    found = stemmers()
    print(f"{'data set':<34}" + "".join(f"{name:>12}" for name in found))
    for label, pairs in sets.items():
        scores = [sum(stem(word.lower()) == expected for word, expected in pairs) / len(pairs) for stem in found.values()]
        print(f"{label:<34}" + "".join(f"{score:>12.1%}" for score in scores))
    print(f"{'words/s (20k distinct, uncached)':<34}", end="")
    for stem in found.values():
        started = time.perf_counter()
        for word in words:
            stem(word)
        print(f"{len(words) / (time.perf_counter() - started):>12,.0f}", end="")
    print()


if __name__ == "__main__":
    main()
