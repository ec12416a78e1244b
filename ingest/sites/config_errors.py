"""Where and why a site's configuration file does not parse, as its documents' problem names it."""

from __future__ import annotations

import yaml


def parse_error(error: Exception) -> str:
    """Where and why a configuration file does not parse, on one line."""
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        return f"{error.problem}, line {error.problem_mark.line + 1}"
    if isinstance(error, SyntaxError):
        return error.msg if "line" in error.msg or error.lineno is None else f"{error.msg}, line {error.lineno}"
    if isinstance(error, RecursionError):
        return "nested too deep"
    return str(error).split("\n", 1)[0]
