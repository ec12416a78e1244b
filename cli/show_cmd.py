"""``arsip show``: one document's metadata and clean text."""

from __future__ import annotations

import json

import click

from arsip.index.inspect import get_records, get_records_by_source
from arsip.ingest.document import describe_steps
from arsip.index.store import resolve
from arsip.ingest.paths import path_text

from .display import safe
from .errors import SOME_INPUTS_FAILED, CliError, index_errors
from .options import index_option, json_option

_METADATA = ("id", "source", "url", "format", "title", "date", "date_end", "date_raw", "date_source", "author", "encoding")


@click.command()
@click.argument("doc_id", metavar="ID")
@index_option
@json_option("Print the whole stored record as JSON.")
def show(doc_id, index_dir, as_json):
    """Print the document ID (as shown by search) with its metadata and clean text.

    ID may also be the path of an indexed file (absolute or relative to the current
    folder): every document read from that file is printed.

    \b
    Examples:
      arsip show _posts/2015-03-02-media-alternatif.markdown
      arsip show export.xml#12 --json | jq .repairs
      arsip show site-export/_posts/2015-03-02-media-alternatif.markdown
    """
    doc_id = path_text(doc_id)  # a file name typed with bytes that are not UTF-8: its id spells them %XX
    with index_errors():
        directory = resolve(index_dir)
        records = get_records(directory, doc_id) or get_records_by_source(directory, doc_id)
    if not records:
        raise CliError(f"no document with id or source path {doc_id!r} in the index", SOME_INPUTS_FAILED)
    for record in records:
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        for key in _METADATA:
            if record.get(key):
                click.echo(f"{click.style(key, bold=True)}: {safe(record[key])}")
        if len(record.get("authors") or []) > 1:
            click.echo(f"{click.style('authors', bold=True)}: {safe(', '.join(record['authors']))}")
        if record.get("draft"):
            click.echo(f"{click.style('draft', bold=True)}: yes")
        for key in ("categories", "tags"):
            if record[key]:
                click.echo(f"{click.style(key, bold=True)}: {safe(', '.join(term['label'] for term in record[key]))}")
        for repair in record["repairs"]:
            how = f" ({describe_steps(repair['steps'])})" if repair.get("steps") else ""
            click.echo(f"{click.style('repaired', bold=True)}: {repair['field']} line {repair['line']}: {repair['before']!r} → {repair['after']!r}{how}")
        for problem in record["problems"]:
            click.echo(f"{click.style('problem', bold=True)}: {safe(problem['field'])}: {safe(problem['reason'])}")
        click.echo()
        click.echo(safe(record["text"], lines=True))
