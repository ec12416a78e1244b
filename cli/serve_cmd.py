"""``arsip serve``: the web search page and JSON API on this computer."""

from __future__ import annotations

import webbrowser

import click

from arsip.ingest.errors import describe_os_error
from arsip.web.app import WebApp
from arsip.web.server import WebServer, is_loopback

from .display import safe
from .errors import SOME_INPUTS_FAILED, CliError, index_errors
from .options import indexes_option, resolve_indexes


@click.command()
@indexes_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but 127.0.0.1/localhost makes the archive visible on the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the search page in the default web browser.")
@click.option("--time-limit", type=click.FloatRange(min=0.1), default=10.0, show_default=True, metavar="SECONDS",
              help="Stop a search that takes longer than this (the answer is a 503).")
@click.pass_context
def serve(ctx, index_dirs, host, port, open_browser, time_limit):
    """Serve a search page and a JSON API for the index on this computer (read-only).

    The page (Indonesian; English with ?lang=en) searches with the same ranking,
    filters and facets as `arsip search`; /api/search, /api/doc/ID and /api/stats
    answer in JSON. An update by `arsip index` is seen on the next request.
    With --index given more than once, the indexes are searched together as
    `arsip search` does: each hit names its index, and a document's link says
    which one (/doc/ID?index=2). Stop it with Ctrl-C.

    \b
    Examples:
      arsip serve --open
      arsip serve --index ~/arsip-cms --port 8000
      arsip serve --index arsip-a --index arsip-b
      curl 'http://127.0.0.1:8080/api/search?q=radio+komunitas&from=2012'
    """
    directories = resolve_indexes(index_dirs)
    with index_errors():
        app = WebApp(*directories, debug=bool(ctx.find_root().params.get("debug")), time_limit=time_limit)
    try:
        server = WebServer(app, host, port)
    except OSError as error:
        app.close()
        raise CliError(f"cannot listen on {host}:{port}: {describe_os_error(error)}", SOME_INPUTS_FAILED) from None
    if not is_loopback(host):
        click.echo(f"arsip: warning: listening on {safe(host)}: the archive is visible to other computers on the network", err=True)
    click.echo(f"arsip: serving {safe(', '.join(map(str, directories)))} at {server.url} (Ctrl-C to stop)", err=True)
    if open_browser:
        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("arsip: stopped", err=True)
    finally:
        server.server_close()
        app.close()
