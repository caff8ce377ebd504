"""责任图谱 (kg): a knowledge graph of who is responsible for what in Chinese government
documents. Public API::

    import kg
    result = kg.build(["corpus/langfang"])      # the model: documents, tasks, units …
    kg.write(result, "exports")                 # every export (JSON Lines, RDF, index …)
    b = kg.open_build("exports")                # read a build back (rows by file)
    kg.who_owns("老旧管网改造谁负责", "exports")  # best-matching tasks and their units

Every error raised on purpose is a :class:`KgError` carrying a ``code``. Imports are lazy, so
``import kg`` (and ``kg who``) stays fast.
"""
from __future__ import annotations

from . import _charsets, _recache

_recache.install()   # compiled patterns kept across processes (as __pycache__): the same patterns
_charsets.install()  # the regex compiler's character sets memoised: same patterns, faster import

__version__ = "0.1.0"
__all__ = ["build", "write", "open_build", "who_owns", "load_lexicon", "KgError", "__version__"]

_LAZY = {
    "build": ("kg.pipeline", "build"),
    "write": ("kg.write", None),        # the package kg.write is callable: kg.write(result, out)
    "open_build": ("kg.read.build", "open_build"),
    "who_owns": ("kg.read.who", "who_owns"),
    "load_lexicon": ("kg.resolve.lexicon", "load_lexicon"),
    "KgError": ("kg.errors", "KgError"),
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        module, attr = _LAZY[name]
        mod = importlib.import_module(module)
        return getattr(mod, attr) if attr else mod
    raise AttributeError(name)
