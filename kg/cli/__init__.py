"""The ``kg`` command line (see :mod:`kg.cli.root`). Importing :data:`app` registers every
command: ``build`` (:mod:`.build`); ``who``, ``unit``, ``rank``, ``path``, ``export-network``
(:mod:`.ask`); ``query``, ``serve``, ``load`` (:mod:`.sparql`); ``view`` (:mod:`.view`); ``due``,
``ledger`` (:mod:`.office`).
To add a command, write it in one of these modules (or a new one imported by :func:`_app`)
with ``@app.command()``; raise a :class:`~kg.errors.KgError` for anything the user must fix.

:func:`main` first offers the command line to :func:`kg.cli.quick.run`, which answers plain
``kg who`` / ``kg query`` command lines without importing Typer (~0.2 s of start-up); every
other command line goes to the Typer app. The app (made in :mod:`.root`) gets its commands
on first use of ``kg.cli.app``.
"""
from __future__ import annotations

import sys

__all__ = ["app", "main"]


def _app():
    from .root import app
    globals()["app"] = app
    # Each module registers its commands on ``app``; this order is the order of ``kg --help``.
    from . import build  # noqa: F401
    from . import sparql  # noqa: F401
    from . import ask  # noqa: F401
    from . import view  # noqa: F401
    from . import office  # noqa: F401
    return app


def __getattr__(name: str):
    if name == "app":
        return _app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    from .quick import run
    status = run(sys.argv[1:])
    if status is not None:
        sys.exit(status)
    _app()()
