"""The ``kg`` command line (see :mod:`kg.cli.root`). Importing :data:`app` registers every
command: ``build`` (:mod:`.build`); ``who``, ``unit``, ``rank``, ``path``, ``export-network``
(:mod:`.ask`); ``query``, ``serve``, ``load`` (:mod:`.sparql`); ``view`` (:mod:`.view`); ``due``,
``ledger`` (:mod:`.office`).
To add a command, write it in one of these modules (or a new one imported by :func:`_app`)
with ``@app.command()``; raise a :class:`~kg.errors.KgError` for anything the user must fix.

:func:`main` first offers the command line to :func:`kg.cli.quick.run`, which answers plain
``kg who`` / ``kg query`` / ``kg build`` command lines without importing Typer (~0.2 s of
start-up); every other command line goes to the Typer app. The app (made in :mod:`.root`)
gets its commands on first use of ``kg.cli.app``.
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


# set by a command when what its process holds needs no tearing down (``kg build``): see main
QUICK_EXIT = False


def main() -> None:
    global QUICK_EXIT
    QUICK_EXIT = False
    from .quick import run
    status = run(sys.argv[1:])
    if status is not None:
        if QUICK_EXIT and not status:
            _exit_now()
        sys.exit(status)
    try:
        _app()()
    except SystemExit as done:
        if QUICK_EXIT and not done.code:
            _exit_now()
        raise


def _exit_now() -> None:
    """End a command that succeeded without the interpreter's teardown: a finished ``kg build``
    still holds the gazetteer, the lexicon, the resolver and their memos (~1 M objects), which
    Python would free one by one and collect once more at exit (~0.2-0.45 CPU s of the bundled
    corpus's build) for the system to reclaim anyway. What an exit must do is still done: the
    functions registered with :mod:`atexit` (multiprocessing's, logging's, weakref finalizers)
    and the flush of the output. Nothing is skipped when another thread is alive or those
    functions cannot be run (then the process ends as usual)."""
    import atexit
    import os
    import threading
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_functions is None or threading.active_count() > 1:
        return
    run_exit_functions()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return              # the usual exit reports it
    os._exit(0)
