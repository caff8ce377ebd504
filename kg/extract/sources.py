"""Read text files and normalise them for matching, keeping the original for provenance.

Decoding: UTF-8 (with or without BOM) first; otherwise charset-normalizer's best guess, which
covers GB18030/GBK. Binary, empty and undecodable files become :class:`~kg.model.Issue` records
and the build goes on with the other files.

Normalisation is character-for-character (same length as the original) so that an offset in
the normalised text is an offset in the original: full-width and half-width punctuation fold to
one form (``(``/``（`` -> ``（``, ``:``/``：`` -> ``：`` ...), full-width digits and letters to
ASCII, ideographic and no-break spaces to a plain space, and traditional characters to
simplified (OpenCC ``t2s``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .. import errors
from ..model import Issue, Line
from ..text import compact, normalise  # noqa: F401  (compact: re-exported for old imports)

@dataclass(frozen=True)
class SourceFile:
    path: Path
    name: str
    text: str
    encoding: str
    size: int

    def lines(self) -> list[Line]:
        raw = self.text.split("\n")
        if raw and raw[-1] == "":
            raw.pop()
        out = []
        for i, t in enumerate(raw, 1):
            t = t.rstrip("\r")
            out.append(Line(self.name, i, t, normalise(t)))
        return out


def iter_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand directories recursively into ``.txt`` files, in a stable order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*.txt") if q.is_file())
        else:
            yield p


def decode(data: bytes, name: str) -> tuple[str | None, str, Issue | None]:
    """Decode bytes; return (text, encoding, issue)."""
    if not data.strip():
        return None, "", Issue(errors.W_EMPTY, "file is empty; nothing to read (check that the "
                               "export that produced it did not fail)", name)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not (data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")):
        return None, "", Issue(errors.W_BINARY, "looks like a binary file (NUL bytes), not text; "
                               "convert it to .txt (UTF-8) first", name)
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001
        best = None
    if best is not None:
        enc = best.encoding.lower()
        # GB2312/GBK are subsets of GB18030: decode with the superset.
        if enc.replace("_", "").replace("-", "") in {"gb2312", "gbk", "gb18030", "hz"}:
            enc = "gb18030"
        try:
            return data.decode(enc), enc, None
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("gb18030"), "gb18030", None
    except UnicodeDecodeError as err:
        return None, "", Issue(errors.W_UNDECODABLE, f"cannot decode as UTF-8 or GB18030 "
                               f"(byte {err.start}); re-save the file as UTF-8", name)


def read_sources(paths: Iterable[Path]) -> tuple[list[SourceFile], list[Issue]]:
    files: list[SourceFile] = []
    issues: list[Issue] = []
    for path in iter_paths(paths):
        name = path.name
        try:
            data = path.read_bytes()
        except OSError as err:
            issues.append(Issue(errors.W_UNDECODABLE, f"cannot read file ({err.strerror}); "
                                "check the path and permissions", str(path), severity="error"))
            continue
        text, enc, issue = decode(data, name)
        if issue:
            issues.append(issue)
        if text is None:
            continue
        text = unicodedata.normalize("NFC", text)
        files.append(SourceFile(path, name, text, enc, len(data)))
    return files, issues


def original_of(fragment: str, line: Line) -> str:
    """The original spelling of a normalised ``fragment`` found in ``line``.

    Matching ignores white space; the result is the original characters of the match with
    white space removed (a traditional-script name stays traditional). Falls back to the
    fragment itself when it is not on the line.
    """
    key = "".join(fragment.split())
    if not key:
        return fragment
    pos = [k for k, ch in enumerate(line.norm) if not ch.isspace()]
    squeezed = "".join(line.norm[k] for k in pos)
    at = squeezed.find(key)
    if at < 0:
        return fragment
    start, end = pos[at], pos[at + len(key) - 1] + 1
    return "".join(line.text[start:end].split())
