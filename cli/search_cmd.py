"""``arsip search``: query the index."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

import click

from arsip.index.search import SearchRequest, search as run_search

from .display import counted, safe, safe_marked, spreadsheet_safe
from .errors import OK, SOME_INPUTS_FAILED, index_errors
from .options import indexes_option, json_option, resolve_indexes

_HIGHLIGHT = ("\x1b[1;33m", "\x1b[0m")
CSV_COLUMNS = ["rank", "id", "score", "title", "date", "categories", "source", "snippet", "via"]


@click.command()
@click.argument("query")
@indexes_option
@click.option("--category", help="Only documents in this category.")
@click.option("--tag", help="Only documents with this tag.")
@click.option("--author", help="Only documents by this author.")
@click.option("--from", "date_from", metavar="DATE", help="From this date: 2015, 2015-03, 2015-03-02, 'Maret 2015'.")
@click.option("--to", "date_to", metavar="DATE", help="Up to this date (same forms; the whole month or year counts).")
@click.option(
    "--date-source", metavar="SOURCE",
    help="Only documents whose date came from SOURCE: front_matter (or front_matter:KEY), file_name, path, feed, html_meta, text; 'none' for undated ones.",
)
@click.option("--sort", type=click.Choice(["relevance", "date", "-date"]), default="relevance", show_default=True, help="Order of hits (-date: newest first).")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True, help="Hits per page.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True, help="Page of hits.")
@click.option("--facets", is_flag=True, help="Also count matching documents by category and by year.")
@click.option("--time-limit", type=click.FloatRange(min=0.1), default=10.0, show_default=True, metavar="SECONDS", help="Stop a search that takes longer than this (exit 5).")
@click.option("--expand/--no-expand", default=True, show_default=True, help="Add words shared by the best hits to the query (feedback expansion); hits found only through them are marked.")
@click.option("--proximity", is_flag=True, help="Bonus for the query's words close together (within 3 positions, in order); off by default.")
@click.option("--explain", is_flag=True, help="Show why each hit ranked: score parts per field, coverage bonus, expansion, matched terms; and the expansion's words and abbreviations.")
@json_option("Write hits as JSON Lines (rank, id, score, title, date, categories, source, snippet, via; index with several --index); with --facets, then a summary line.")
@click.option("--csv", "as_csv", is_flag=True, help="Write hits as CSV with a header row (an index column with several --index).")
def search(query, index_dirs, category, tag, author, date_from, date_to, date_source, sort, limit, page, facets, time_limit, expand, proximity, explain, as_json, as_csv):
    """Search the index with QUERY (Indonesian words are matched by their stems).

    Plain words rank documents with all of them highest, then those with some.
    The Whoosh query language works too: AND, OR, NOT, "phrases", field:value
    (title, category, tag, author, year), wildcards (media*) and fuzzy words (jurnalistk~).

    Each hit shows the id that `arsip show` takes. With --index given more than once, the
    indexes are searched together: hits are merged by their rank in their own index (or by
    date), each names its index, and totals and facets are added up. With --json and --facets, a last line
    {"summary": {"total": ..., "facets": ...}} follows the hits.

    Exit code 0 when something was found, 1 when nothing was, 2 for a query that cannot be
    understood, 5 when the search ran past --time-limit.

    \b
    Examples:
      arsip search "pelatihan jurnalistik buruh"
      arsip search '"hak asasi manusia" AND year:2012'
      arsip search buruh --category mentoring --from "Maret 2015" --to 2015-06
      arsip search radio --json | jq .title
      arsip search lapindo --facets --sort -date
      arsip search "radio komunitas" --no-expand
      arsip search radio --sort date --date-source text
      arsip search "radio komunitas" --index arsip-a --index arsip-b
    """
    if as_json and as_csv:
        raise click.UsageError("--json and --csv cannot be used together; choose one")
    scripted = as_json or as_csv
    color = click.get_current_context().color
    request = SearchRequest(
        query, category=category, tag=tag, author=author, date_from=date_from, date_to=date_to, date_source=date_source,
        sort=sort, limit=limit, page=page, facets=facets and not as_csv, expand=expand, time_budget=time_limit, explain=explain, proximity=proximity,
        highlight=_HIGHLIGHT if not scripted and (color if color is not None else sys.stdout.isatty()) else ("", ""),
    )
    with index_errors():
        result = _run(index_dirs, request)
    if as_json:
        for hit in result.hits:
            click.echo(json.dumps(asdict(hit), ensure_ascii=False))
        if facets or explain:
            summary: dict = {"total": result.total}
            if facets:
                summary["facets"] = {name: [[label, count] for label, count in counts] for name, counts in result.facets.items()}
            if explain:
                summary["expansion"] = [[stem, weight] for stem, weight in result.expansion]
                summary["abbreviations"] = [[present, added] for present, added in result.abbreviations]
            click.echo(json.dumps({"summary": summary}, ensure_ascii=False))
    elif as_csv:
        import csv  # only --csv needs it

        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS + (["index"] if len(index_dirs) > 1 else []), lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for hit in result.hits:
            row = {**asdict(hit), "categories": "; ".join(hit.categories)}
            writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
    else:
        _print_text(result, page, limit, request.highlight, explain)
    sys.exit(OK if result.total or result.hits else SOME_INPUTS_FAILED)


def _run(index_dirs: tuple[str, ...], request: SearchRequest):
    """Search the one index (given, $ARSIP_INDEX or the default), or all the given ones."""
    directories = resolve_indexes(index_dirs)
    if len(directories) == 1:
        return run_search(directories[0], request)
    from arsip.index.federation import search_many

    return search_many(directories, request)


def _explained(score: float, parts: dict) -> str:
    """One line: how the score was made, and the matched terms."""
    fields = " + ".join(f"{name} {value:g}" for name, value in parts["bm25f"].items())
    expansion = f" + expansion {parts['expansion']:g}" if parts.get("expansion") else ""
    bonus = f" × coverage bonus {parts['coverage_bonus']:g} (share {parts['coverage']:g})" if "coverage_bonus" in parts else ""
    matched = ", ".join(parts["matched"] + [f"+{text}" for text in parts.get("expansion_matched", [])])
    return safe(f"score {score:g} = ({fields or '0'}{expansion}){bonus}; matched: {matched or 'none'}")


def _print_text(result, page: int, limit: int, marks: tuple[str, str], explain: bool = False) -> None:
    for hit in result.hits:
        details = safe(" · ".join(part for part in (hit.date or "", ", ".join(hit.categories)) if part))
        via = "  [found through expansion]" if hit.via else ""
        click.echo(click.style(f"{hit.rank:>3}. {safe(hit.title)}", bold=True) + (f"  ({details})" if details else "") + via)
        where = f"  [index {hit.index}]" if getattr(hit, "index", None) else ""
        click.echo(click.style(f"     {safe(hit.id)}", fg="cyan") + safe(where))
        if hit.snippet:
            click.echo(f"     {safe_marked(hit.snippet, marks)}")
        if hit.explanation:
            click.echo(click.style(f"     {_explained(hit.score, hit.explanation)}", dim=True))
    first = (page - 1) * limit + 1
    shown = f"{first}–{first + len(result.hits) - 1} of " if result.hits else ""
    expanded = sum(1 for hit in result.hits if hit.via)
    extra = f" with the query's words; {expanded} shown found through expansion" if expanded else ""
    if result.total and not result.hits:
        extra = f"; none on page {page:,}"
    click.echo(f"{shown}{counted(result.total, 'document')}{extra}", err=True)
    if explain and result.expansion:
        click.echo("expansion: " + ", ".join(f"{safe(stem)} {weight:.2f}" for stem, weight in result.expansion), err=True)
    if explain and result.abbreviations:
        click.echo("abbreviations: " + ", ".join(f"{safe(present)} → {safe(added)}" for present, added in result.abbreviations), err=True)
    if result.suggestion:
        click.echo(f"Did you mean: {safe(result.suggestion)}?", err=True)
    for name, counts in result.facets.items():
        click.echo(f"\nby {name}:")
        for label, count in counts[:20]:
            click.echo(f"  {count:>6,}  {safe(label)}")
