"""reStructuredText to plain text: with docutils, Sphinx's roles and directives, and without a parser."""
