"""``python -m arsip``: the same as the ``arsip`` command."""

from arsip.cli.main import main

main()
