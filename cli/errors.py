"""Exit codes and the one error type commands raise for a clean one-line message."""

from __future__ import annotations

from contextlib import contextmanager

import click

from arsip.ingest.errors import describe_os_error

from .display import safe

#: Exit codes (documented in the README).
OK = 0
SOME_INPUTS_FAILED = 1  # also: `repair --check` found damage, `search` found nothing
USAGE = 2
INDEX_BUSY = 3
INDEX_ERROR = 4
OUTPUT_ERROR = 74  # sysexits' EX_IOERR: the output cannot be written
SEARCH_TIMEOUT = 5
INTERNAL = 70


class CliError(click.ClickException):
    """An error shown as one line on stderr, with a chosen exit code."""

    def __init__(self, message: str, exit_code: int = SOME_INPUTS_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"arsip: error: {safe(self.format_message())}", err=True)


def one_line_usage_error(error: click.UsageError) -> CliError:
    """``error`` as one line, as every error is shown (click shows the usage and a hint
    besides), naming the help of the command it concerns; exit code 2."""
    message = error.format_message().rstrip()
    if error.ctx is not None:
        ended = message.endswith((".", "?", "!", ")"))
        message = f"{message}{'' if ended else '.'} See '{error.ctx.command_path} --help'."
    return CliError(message, USAGE)


@contextmanager
def index_errors():
    """Turn the index library's errors into one-line messages with their exit codes."""
    from arsip.index.bounds import SearchTimeout
    from arsip.index.query import QueryError
    from arsip.index.store import IndexBusy, IndexError_, InputsInvalid

    try:
        yield
    except IndexBusy as error:
        raise CliError(str(error), INDEX_BUSY) from None
    except (QueryError, InputsInvalid) as error:
        raise CliError(str(error), USAGE) from None
    except SearchTimeout as error:
        raise CliError(str(error), SEARCH_TIMEOUT) from None
    except IndexError_ as error:
        raise CliError(str(error), INDEX_ERROR) from None
    except OSError as error:  # disk full, permissions: the previous index is left as it was
        where = f" {error.filename}" if error.filename else ""
        raise CliError(f"cannot write the index{where}: {describe_os_error(error)}; the previous index is unchanged", INDEX_ERROR) from None
