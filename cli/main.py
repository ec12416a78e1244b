"""The ``arsip`` command group. Commands are imported only when run, so start-up stays fast."""

from __future__ import annotations

import importlib
import os
import sys

import click

from arsip.ingest.errors import describe_os_error

from .errors import INTERNAL, OUTPUT_ERROR, CliError, one_line_usage_error

#: Each command: where it lives, and its one-line help (its docstring's first sentence, kept
#: here so that ``arsip --help`` can list the commands without importing them).
COMMANDS = {
    "ingest": ("arsip.cli.ingest_cmd:ingest", "Read site exports and write one clean JSON document per line."),
    "index": ("arsip.cli.index_cmd:index", "Build or update the search index of PATHS."),
    "search": ("arsip.cli.search_cmd:search", "Search the index with QUERY (Indonesian words are matched by their stems)."),
    "show": ("arsip.cli.show_cmd:show", "Print the document ID (as shown by search) with its metadata and clean text."),
    "stats": ("arsip.cli.stats_cmd:stats", "Print the index size, documents by year and format, top categories, how many documents had their encoding repaired, and the abbreviations most documents state."),
    "repair": ("arsip.cli.repair_cmd:repair", "Find and fix encoding damage (mojibake) in the files themselves."),
    "serve": ("arsip.cli.serve_cmd:serve", "Serve a search page and a JSON API for the index on this computer (read-only)."),
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is used (``--help``
    lists them from :data:`COMMANDS`), and turns usage errors and unexpected exceptions into
    one line (a traceback only with ``--debug``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name][0].split(":")
        return getattr(importlib.import_module(module), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the commands with their one-line help from :data:`COMMANDS`, importing none
        (click's own listing imports every command, and with them the whole pipeline)."""
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [(name, click.Command(name, help=COMMANDS[name][1]).get_short_help_str(limit)) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """The group's own options (``--color``), a usage error in them shown as one line."""
        try:
            return super().parse_args(ctx, args)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as error:
            raise one_line_usage_error(error) from None

    def invoke(self, ctx: click.Context):
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # an output error surfaces here, not as a traceback at exit
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as error:  # a command's arguments and options, an unknown command
            raise one_line_usage_error(error) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            # The reader of our output went away (``arsip search ... | head``): stop quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(1) from None
        except OSError as error:  # the output cannot be written (a full disk behind stdout)
            where = error.filename or "the output"
            raise CliError(f"cannot write {where}: {describe_os_error(error)}", OUTPUT_ERROR) from None
        except KeyboardInterrupt:
            raise CliError("interrupted", 130) from None
        except Exception as error:
            if ctx.params.get("debug"):
                raise
            raise CliError(f"internal error: {type(error).__name__}: {error} (run with --debug for the traceback)", INTERNAL) from None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="arsip", prog_name="arsip")
@click.option("--debug", is_flag=True, help="Show full tracebacks for unexpected errors.")
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour in the output: auto is on a terminal unless $NO_COLOR is set.",
)
@click.pass_context
def arsip(ctx: click.Context, debug: bool, color: str) -> None:
    """Turn messy Indonesian site exports into a clean, searchable archive.

    \b
    Typical use:
      arsip index site-export/            # build or update the search index
      arsip search "pelatihan buruh"      # search it
      arsip repair --diff site-export/    # see encoding damage in the files
      arsip serve --open                  # search in a web browser
      arsip --color never search buruh    # no colour (as does NO_COLOR=1)
    """
    ctx.color = use_color(color)


def use_color(choice: str) -> bool | None:
    """True or False for ``always`` or ``never``; for ``auto``, False when ``$NO_COLOR`` is
    set (https://no-color.org), else None (click decides: colour only on a terminal)."""
    if choice != "auto":
        return choice == "always"
    return False if os.environ.get("NO_COLOR") else None


def main() -> None:
    """Console-script entry point."""
    arsip(prog_name="arsip")
