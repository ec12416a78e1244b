"""Retrieval quality on the development queries: arsip's analyzer next to a plain baseline.

Builds two indexes of the shared Cipta Media corpus in a temporary directory:
- arsip: the real ``arsip index`` and search code (Indonesian analyzer, title boosts,
  coverage-weighted ranking);
- baseline: Whoosh's StandardAnalyzer over title + text (no stemming, no stopwords),
  queried with plain OR and BM25F; its text is the body and the front-matter strings.
and prints nDCG@10, MRR@10 and Recall@100 for each, per query and on average.

    python bench/eval.py [--stemmer snowball|sastrawi] [--keep DIR] [--no-expand] [--proximity]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CORPUS, EVAL, plain_text, require  # noqa: E402


def load_eval() -> tuple[list[tuple[str, str]], dict[str, dict[str, int]]]:
    queries = []
    for line in (EVAL / "queries.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            qid, query, _ = line.split("\t", 2)
            queries.append((qid, query))
    qrels: dict[str, dict[str, int]] = {}
    for line in (EVAL / "qrels.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            qid, _, docid, grade = line.split()
            qrels.setdefault(qid, {})[urllib.parse.unquote(docid)] = int(grade)
    return queries, qrels


def ndcg_at(ranked: list[str], judged: dict[str, int], k: int = 10) -> float:
    gains = [judged.get(doc, 0) for doc in ranked[:k]]
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted(judged.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def mrr_at(ranked: list[str], judged: dict[str, int], k: int = 10) -> float:
    for i, doc in enumerate(ranked[:k]):
        if judged.get(doc, 0) > 0:
            return 1 / (i + 1)
    return 0.0


def recall_at(ranked: list[str], judged: dict[str, int], k: int = 100) -> float:
    relevant = {doc for doc, grade in judged.items() if grade > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def arsip_run(directory: Path, stemmer: str, **options):
    from arsip.index.build import index_paths
    from arsip.index.search import SearchRequest, search

    index_paths(directory, [str(CORPUS)], rebuild=True, stemmer=stemmer)
    return lambda query: [hit.id for hit in search(directory, SearchRequest(query, limit=100, **options)).hits]


def baseline_run(directory: Path):
    """Plain Whoosh: StandardAnalyzer, title + text, OR query."""
    from whoosh import index, qparser
    from whoosh.analysis import StandardAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    from arsip.ingest.pipeline import read_documents

    schema = Schema(id=ID(stored=True, unique=True), title=TEXT(analyzer=StandardAnalyzer(stoplist=None)), text=TEXT(analyzer=StandardAnalyzer(stoplist=None)))
    directory.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(directory), schema)
    with ix.writer(limitmb=256) as writer:
        for document in read_documents([str(CORPUS)]):
            writer.add_document(id=document.id, title=document.title, text=plain_text(document))
    parser = qparser.MultifieldParser(["title", "text"], schema, group=qparser.OrGroup)

    def run(query: str) -> list[str]:
        with ix.searcher() as searcher:
            return [hit["id"] for hit in searcher.search(parser.parse(query), limit=100)]

    return run


def evaluate(run, queries, qrels) -> dict[str, tuple[float, float, float]]:
    scores = {}
    for qid, query in queries:
        ranked = run(query)
        judged = qrels.get(qid, {})
        scores[qid] = (ndcg_at(ranked, judged), mrr_at(ranked, judged), recall_at(ranked, judged))
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stemmer", default="snowball")
    parser.add_argument("--keep", type=Path, help="build the indexes here instead of a temporary directory")
    parser.add_argument("--no-expand", dest="expand", action="store_false", help="arsip without feedback expansion")
    parser.add_argument("--proximity", action="store_true", help="arsip with the proximity bonus")
    args = parser.parse_args()
    require(CORPUS)
    require(EVAL)
    queries, qrels = load_eval()
    with tempfile.TemporaryDirectory() as temporary:
        base = args.keep or Path(temporary)
        runs = {"baseline": baseline_run(base / "baseline"), "arsip": arsip_run(base / "arsip", args.stemmer, expand=args.expand, proximity=args.proximity)}
        results = {name: evaluate(run, queries, qrels) for name, run in runs.items()}
    print(f"{'query':<40} {'baseline nDCG':>13} {'arsip nDCG':>10}")
    for qid, query in queries:
        print(f"{qid} {query[:35]:<36} {results['baseline'][qid][0]:>13.3f} {results['arsip'][qid][0]:>10.3f}")
    print()
    print(f"{'run':<10} {'nDCG@10':>8} {'MRR@10':>8} {'R@100':>8}")
    means = {}
    for name, scores in results.items():
        means[name] = [sum(values[i] for values in scores.values()) / len(scores) for i in range(3)]
        print(f"{name:<10} {means[name][0]:>8.3f} {means[name][1]:>8.3f} {means[name][2]:>8.3f}")
    ratio = means["arsip"][0] / means["baseline"][0] if means["baseline"][0] else float("inf")
    print(f"\narsip / baseline nDCG@10: {ratio:.2f}x  (stemmer: {args.stemmer})")


if __name__ == "__main__":
    main()
