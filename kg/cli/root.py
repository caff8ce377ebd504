"""The ``kg`` command: the Typer app, the one error handler and the options commands share.

Commands live in :mod:`kg.cli.build`, :mod:`kg.cli.ask`, :mod:`kg.cli.sparql` and
:mod:`kg.cli.view`; each registers itself on :data:`app` with ``@app.command()``. Each command
parses its arguments, calls one library function and prints what it returns. Heavy imports
(rdflib, pyoxigraph, jieba, networkx, pyvis) happen inside the commands that need them, so
``kg who`` starts fast.

A :class:`~kg.errors.KgError` raised anywhere below a command is caught once, here, in
:class:`_Group`, and printed as ``Error: <message>`` with exit code 1 (never a traceback);
:mod:`kg.cli.quick`, which answers plain ``kg who`` / ``kg query`` / ``kg build`` command
lines without Typer, prints it the same way.
"""
from __future__ import annotations

from pathlib import Path

import typer
from typer.core import TyperGroup

from ..errors import KgError


class _Group(TyperGroup):
    """The command group; its ``invoke`` is the one place that catches :class:`KgError`."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as err:
            fail(err)


def fail(err: KgError) -> None:
    """Print ``err`` as a message on stderr and exit with status 1."""
    typer.echo(f"Error: {err}", err=True)
    raise typer.Exit(1)


app = typer.Typer(cls=_Group, add_completion=False, no_args_is_help=True,
                  help="责任图谱: who is responsible for what in Chinese government documents.")

OUT_HELP = "Directory written by `kg build` (default: exports/)."
# The build directory a command reads: the same option, with the same name, everywhere.
# ``-o`` is short for ``--output``, the one file a command writes (`kg view`'s page,
# `kg ledger`'s workbook, `kg export-network`'s graph) and nothing else.
OUT = typer.Option(Path("exports"), "--out", help=OUT_HELP)


def _version(value: bool) -> None:
    if value:
        import kg
        typer.echo(f"kg {kg.__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """责任图谱: who is responsible for what in Chinese government documents."""
