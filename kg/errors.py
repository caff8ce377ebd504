"""Errors by pipeline stage, each with a code. Each message says what went wrong, where, and
what to do.

Codes (``E0xx`` usage, ``E1xx`` sources, ``E2xx`` outline, ``E3xx`` annotations, ``E4xx``
resolution, ``E5xx`` graph/query, ``E6xx`` output) make messages greppable, as spaCy's ``errors.py`` does.
Errors are raised with their code (the class's, or one given); only :mod:`kg.cli.root` (and
:mod:`kg.cli.quick`, the Typer-free path of ``kg who`` / ``kg query``, in the same words) catches
:class:`KgError` and turns it into a message and an exit code.

>>> QueryError("no unit named 'x'").code
'E500'
>>> KgError("bad", code="E001").code
'E001'
"""
from __future__ import annotations


class KgError(Exception):
    """Base class of every error this package raises on purpose. A subclass names its code:
    ``class QueryError(KgError, code="E500")``."""
    code = "E000"

    def __init_subclass__(cls, code: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        if code:
            cls.code = code

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code

    @property
    def message(self) -> str:
        return str(self)


class UsageError(KgError, code="E001"):
    """A command was given arguments it cannot use."""


class SourceError(KgError, code="E100"):
    """An input file cannot be read."""


class LexiconError(KgError, code="E400"):
    """A unit lexicon file is malformed."""


class QueryError(KgError, code="E500"):
    """A query cannot be parsed or run, or a built graph is missing."""


class ExportMissing(KgError, code="E501"):
    """A command needs the output of `kg build` and it is not there."""


class ServeError(KgError, code="E502"):
    """The SPARQL endpoint cannot start (port in use, store locked)."""


class LoadError(KgError, code="E503"):
    """`kg load`: the Graph Store server refused a graph or could not be reached."""


class OutputError(KgError, code="E600"):
    """A build cannot be written into its output folder (not a folder, not writable, not a
    kg build, locked by another build)."""


# Issue codes written to report.json (warnings: the build goes on).
W_UNDECODABLE = "E101"   # file could not be decoded as text
W_BINARY = "E102"        # file looks binary
W_EMPTY = "E103"         # file is empty
W_FORMAT = "E104"        # a format that is not read, or whose optional package is missing
W_CORRUPT = "E105"       # a .docx/.xlsx/.pdf/... file its library cannot open
W_OCR = "E106"           # a PDF page without a text layer (a scan): OCR is needed
W_LINE_TOO_LONG = "E107" # a line longer than the reader accepts: the file is not read
W_REPLACED = "E108"      # invalid bytes replaced (U+FFFD) on a line
W_UNREADABLE = "E109"    # a file or folder that cannot be opened (permissions, I/O error)
W_HIDDEN = "E110"        # a spreadsheet's hidden sheet or column holding text: not read
W_UNBALANCED = "E301"    # annotation bracket never closed
W_UNKNOWN_LABEL = "E302" # annotation label not recognised
W_EMPTY_ANNOTATION = "E303"  # annotation names no unit
W_ORPHAN_ANNOTATION = "E304"  # standalone annotation with no task above it
W_NOT_UNDERSTOOD = "E305"  # a piece of an annotation that is neither a unit nor a deadline
W_CUT = "E306"           # the input ends inside a task's annotation lines (an excerpt cut off)
W_POST_SET_ASIDE = "E307"  # a post or person written as responsible that no task could keep
W_EMPTY_ROW = "E308"     # a table row holding no text at all (its task is empty)
W_EXTRACT_FAILED = "E309"  # extracting a document failed (a bug in kg): kept without facts
W_UNRESOLVED = "E401"    # unit not resolved (lexicon, naming rules, jurisdiction)
