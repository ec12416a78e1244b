"""``arsip stats``: what is in the index."""

from __future__ import annotations

import json

import click

from arsip.index.inspect import index_stats
from arsip.index.store import resolve

from .display import safe
from .errors import index_errors
from .options import index_option, json_option


@click.command()
@index_option
@json_option("Print the figures as JSON.")
def stats(index_dir, as_json):
    """Print the index size, documents by year and format, top categories, how many
    documents had their encoding repaired, and the abbreviations most documents state.

    \b
    Examples:
      arsip stats
      arsip stats --index ~/arsip-cms --json
    """
    with index_errors():
        figures = index_stats(resolve(index_dir))
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False))
        return
    click.echo(f"index: {safe(figures['index'])} ({figures['size_bytes'] / 1e6:,.1f} MB)")
    click.echo(f"documents: {figures['documents']:,} ({figures['repaired']:,} repaired)")
    for root in figures["roots"]:
        click.echo(f"root: {safe(root)}")
    for title, key in (("by year", "by_year"), ("by format", "by_format")):
        click.echo(f"\n{title}:")
        for name, count in figures[key].items():
            click.echo(f"  {count:>6,}  {safe(name)}")
    click.echo("\ntop categories:")
    for label, count in figures["top_categories"]:
        click.echo(f"  {count:>6,}  {safe(label)}")
    if figures["abbreviations"]:
        click.echo("\nabbreviations (documents stating them):")
        for short, full, count in figures["abbreviations"]:
            click.echo(f"  {count:>6,}  {safe(short)} = {safe(full)}")
