"""A usage error (a missing argument, an unknown option, command or choice, a value out of
range, options that do not go together) is one line on stderr, as every other error is:
``arsip: error: ...`` naming the help to read, and exit code 2."""

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip


def run(*args):
    return CliRunner().invoke(arsip, [str(arg) for arg in args])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search"], "arsip: error: Missing argument 'QUERY'. See 'arsip search --help'."),
        (["ingest"], "arsip: error: Missing argument 'PATHS...'. See 'arsip ingest --help'."),
        (["frob"], "arsip: error: No such command 'frob'. See 'arsip --help'."),
        (["--color", "pelangi", "stats"], "arsip: error: Invalid value for '--color': 'pelangi' is not one of 'auto', 'always', 'never'. See 'arsip --help'."),
        (["search", "buruh", "--limit", "0"], "arsip: error: Invalid value for '--limit': 0 is not in the range 1<=x<=1000. See 'arsip search --help'."),
        (["search", "buruh", "--urut", "date"], "arsip: error: No such option '--urut'. (Did you mean one of: '--sort', '--to'?) See 'arsip search --help'."),
        (["search", "buruh", "--json", "--csv"], "arsip: error: --json and --csv cannot be used together; choose one. See 'arsip search --help'."),
        (["ingest", "situs/", "--generator", "wordpres"], "arsip: error: Invalid value for '--generator': 'wordpres' is not one of"),
    ],
)
def test_a_usage_error_is_one_line_naming_the_help_and_exit_2(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1


def test_help_and_version_still_print_on_stdout():
    assert run("search", "--help").stdout.startswith("Usage: arsip search [OPTIONS] QUERY")
    assert run("--version").stdout.startswith("arsip, version")
