"""Errors by pipeline stage. Each message says what went wrong, where, and what to do.

Codes (``E1xx`` sources, ``E2xx`` outline, ``E3xx`` annotations, ``E4xx`` resolution,
``E5xx`` graph/query) make messages greppable, as spaCy's ``errors.py`` does. Only ``cli.py``
catches :class:`KgError` and turns it into an exit code.
"""
from __future__ import annotations


class KgError(Exception):
    """Base class of every error this package raises on purpose."""


class SourceError(KgError):
    """An input file cannot be read."""


class LexiconError(KgError):
    """A unit lexicon file is malformed."""


class QueryError(KgError):
    """A query cannot be parsed or run, or a built graph is missing."""


class ExportMissing(KgError):
    """A command needs the output of `kg build` and it is not there."""


# Issue codes written to report.json (warnings: the build goes on).
W_UNDECODABLE = "E101"   # file could not be decoded as text
W_BINARY = "E102"        # file looks binary
W_EMPTY = "E103"         # file is empty
W_UNBALANCED = "E301"    # annotation bracket never closed
W_UNKNOWN_LABEL = "E302" # annotation label not recognised
W_EMPTY_ANNOTATION = "E303"  # annotation names no unit
W_UNRESOLVED = "E401"    # unit not resolved (lexicon, naming rules, jurisdiction)
W_ORPHAN_ANNOTATION = "E304"
W_NOT_UNDERSTOOD = "E305"  # a piece of an annotation that is neither a unit nor a deadline  # standalone annotation with no task above it
