"""Python configuration files (Sphinx's ``conf.py``, Pelican's ``pelicanconf.py``): parsed, never run."""

from __future__ import annotations

import ast


def parse_python(text: str, mode: str = "exec") -> ast.AST:
    """The syntax tree of ``text`` (a module, or with ``mode="eval"`` an expression).
    SyntaxError (or ValueError, for a NUL byte) when it is not Python, also when an
    expression is nested too deep for CPython's parser, which says so with RecursionError
    or MemoryError ("too complex to parse") instead."""
    try:
        return ast.parse(text, mode=mode)
    except (RecursionError, MemoryError):
        raise SyntaxError("nested too deep to parse") from None
