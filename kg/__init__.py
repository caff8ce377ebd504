"""责任图谱 (kg): a knowledge graph of who is responsible for what in Chinese government
documents. Public API::

    from kg import build
    result = build(["corpus/langfang"])
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build", "load_lexicon", "KgError", "__version__"]


def __getattr__(name: str):
    # lazy: `import kg` stays cheap for the CLI
    if name == "build":
        from .pipeline import build
        return build
    if name == "load_lexicon":
        from .resolve.lexicon import load_lexicon
        return load_lexicon
    if name == "KgError":
        from .errors import KgError
        return KgError
    raise AttributeError(name)
