"""Read input files (every format of :mod:`kg.extract.formats`) into lines, keeping the
original for provenance and a normalised form for matching.

Directories are searched recursively, in sorted order, for the extensions the format registry
knows (``.txt``, ``.md``, ``.docx``, ``.doc``/``.wps``, ``.xlsx``, ``.xls``, ``.odt``/``.ods``,
``.html``/``.htm``, ``.pdf``, ``.ofd``; upper-case too); office formats that are not read
(``.rtf``, ``.et``, ``.ppt`` …) and folders or files that cannot be
opened are reported, never skipped silently. A file's name in provenance is its path relative
to the folder given (``sub/a.txt``), so two files of one name in two folders stay apart.

Normalisation is character-for-character (same length as the original) so that an offset in
the normalised text is an offset in the original: full-width and half-width punctuation fold to
one form (``(``/``（`` -> ``（``, ``:``/``：`` -> ``：`` ...), full-width digits and letters to
ASCII, ideographic and no-break spaces to a plain space, and traditional characters to
simplified (OpenCC ``t2s``).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .. import errors
from ..model import Issue, Line
from ..patterns import GLOSS_RE, glossed_span
from ..text import compact, normalise  # noqa: F401  (compact: re-exported for old imports)
from .formats import READERS, UNSUPPORTED, read_bytes
from .formats.text import decode  # noqa: F401  (re-exported: the text decoder)

#: Files no office means as input: editor lock files and hidden files.
_SKIP_PREFIXES = ("~$", ".")


@dataclass(frozen=True)
class SourceFile:
    path: Path
    name: str                 # path relative to the folder given: the name in provenance
    text_lines: tuple[Line, ...]
    encoding: str             # the text encoding, or the format (docx, xlsx, pdf …)
    size: int
    locators: dict = field(default_factory=dict, compare=False)   # line -> locator

    def lines(self) -> list[Line]:
        return list(self.text_lines)


def _wanted(name: str) -> bool:
    suffix = os.path.splitext(name)[1].lower()
    return not name.startswith(_SKIP_PREFIXES) and (suffix in READERS or suffix in UNSUPPORTED)


def iter_inputs(paths: Iterable[Path], issues: list[Issue]) -> Iterator[tuple[Path, str]]:
    """Each input file with its provenance name; unreadable folders are added to ``issues``."""
    used: set[str] = set()
    for p in paths:
        p = Path(p)
        if not p.is_dir():
            name = p.name
            if name in used:
                name = p.as_posix()
            used.add(name)
            yield p, name
            continue
        found: list[Path] = []

        def onerror(err: OSError, root: Path = p) -> None:
            where = Path(err.filename) if err.filename else root
            try:
                rel = where.relative_to(root).as_posix()
            except ValueError:
                rel = where.as_posix()
            issues.append(Issue(errors.W_UNREADABLE, f"cannot open this folder ({err.strerror}); "
                                "its files are not read: check its permissions",
                                rel or where.as_posix(), severity="error"))
        for folder, dirs, files in os.walk(p, onerror=onerror):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found.extend(Path(folder) / f for f in files if _wanted(f))
        for f in sorted(found):
            if not f.is_file():
                continue
            name = f.relative_to(p).as_posix()
            if name in used:
                name = f"{p.name}/{name}"
            used.add(name)
            yield f, name


def read_sources(paths: Iterable[Path]) -> tuple[list[SourceFile], list[Issue]]:
    """Read every input file; return the files read and the issues met (one file's problem
    never stops the others)."""
    files: list[SourceFile] = []
    issues: list[Issue] = []
    for path, name in iter_inputs(paths, issues):
        f = read_source(path, name, issues)
        if f is not None:
            files.append(f)
    return files, issues


def read_source(path: Path, name: str, issues: list[Issue]) -> Optional[SourceFile]:
    """Read one input file under its provenance ``name`` (see :func:`iter_inputs`); None when
    it gives no text, the reason added to ``issues``."""
    try:
        data = path.read_bytes()
    except OSError as err:
        issues.append(Issue(errors.W_UNREADABLE, f"cannot read file ({err.strerror}); "
                            "check the path and permissions", name, severity="error"))
        return None
    got = read_bytes(data, name, path.suffix)
    issues.extend(got.issues)
    if not any(not ln.blank for ln in got.lines):
        if not got.issues:
            issues.append(Issue(errors.W_EMPTY, "no text found in this file; nothing to "
                                "read", name))
        return None
    return SourceFile(path, name, tuple(got.lines), got.encoding, len(data), got.locators)


def original_of(fragment: str, line: Line) -> str:
    """The original spelling of a normalised ``fragment`` found in ``line``.

    Matching ignores white space; the result is the original characters of the match with
    white space removed (a traditional-script name stays traditional). Falls back to the
    fragment itself when it is not on the line.
    """
    key = "".join(fragment.split())
    if not key:
        return fragment
    pos, squeezed = _squeezed(line.norm)
    at = squeezed.find(key)
    end_at = at + len(key)
    if at < 0 and "（" in squeezed:
        # a name read through a mirror's pinyin glosses (區（qū）人民政府): as the line writes it
        span = glossed_span(squeezed, key)
        if span:
            at, end_at = span
    if at < 0:
        return fragment
    if end_at < len(squeezed) and squeezed[end_at] == "（":
        # (安州區（qū）: a gloss after the name's last character is written with it, as inside it)
        gloss = GLOSS_RE.match(squeezed, end_at)
        if gloss:
            end_at = gloss.end()
    start, end = (pos[at], pos[end_at - 1] + 1) if pos is not None else (at, end_at)
    return "".join(line.text[start:end].split())


def squeezed(norm: str) -> str:
    """``norm`` without its white space (what :func:`original_of` matches a fragment in)."""
    return _squeezed(norm)[1]


_SPACE_RE = re.compile(r"\s")      # str.isspace's characters


@lru_cache(maxsize=4096)
def _squeezed(norm: str) -> tuple[Optional[list[int]], str]:
    """``norm`` without white space and the position in ``norm`` of each character kept
    (None: there was no white space, each is where it was). Several fragments are looked up
    in one line."""
    if not _SPACE_RE.search(norm):
        return None, norm
    pos = [k for k, ch in enumerate(norm) if not ch.isspace()]
    return pos, "".join(norm[k] for k in pos)
