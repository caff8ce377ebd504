"""The ``kg`` command line (see :mod:`kg.cli.app`). Importing this package registers every
command: ``build`` (:mod:`.build`); ``who``, ``unit``, ``rank``, ``path``, ``export-network``
(:mod:`.ask`); ``query``, ``serve``, ``load`` (:mod:`.sparql`); ``view`` (:mod:`.view`); ``due``,
``ledger`` (:mod:`.office`).
To add a command, write it in one of these modules (or a new one imported here) with
``@app.command()``; raise a :class:`~kg.errors.KgError` for anything the user must fix.
"""
from __future__ import annotations

from .app import app, main
# Each module registers its commands on ``app``; this order is the order of ``kg --help``.
from . import build  # noqa: F401,E402
from . import sparql  # noqa: F401,E402
from . import ask  # noqa: F401,E402
from . import view  # noqa: F401,E402
from . import office  # noqa: F401,E402

__all__ = ["app", "main"]
