"""The command line: the ``mamori`` group and one thin module per command group.
The only package that imports click."""

from mamori.cli.main import main

__all__ = ["main"]
