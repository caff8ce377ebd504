"""A document's extraction kept between builds, so a rebuild reads again only what changed.

Extracting one document (its tasks, raw assignments, issues and enrichment:
:func:`kg.pipeline.extract_doc`) is a pure function of the document (its lines with their file
names and numbers, its id, title and jurisdiction), the lexicon and kg's own code and data. A
:class:`DocCache` keeps that output in files named by a digest of all of them: a build of a
corpus where one gazette was added reads the others' documents back instead of reading them
again (~4 of the bundled corpus's ~9 CPU seconds are extraction). Any change to kg (a file of
the ``kg`` package, code or data), to Python's version, to the installed OpenCC or jieba (which
extraction may consult), to the lexicon or to the document itself gives another digest, so an
entry is either right or never found: nothing is invalidated by hand.

The entries are the user's own (:func:`kg.text.cache_dir`, ``extract/``, a folder only its
owner may enter), written whole (a temporary file renamed over the entry) and read back only
when their header and digest agree; an entry that cannot be read is extracted again, a cache
that cannot be written is no error. :func:`prune` keeps the folder under a size (least
recently used entries go first). ``kg build --no-cache`` (or ``KG_NO_CACHE=1``) neither
reads nor writes it.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import zlib
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any, Optional

from ..text import cache_dir, installed_version, write_cache

#: bump when the layout of an entry changes (every older entry is then never found)
FORMAT = b"kg-extract-1\n"
#: the extraction cache's folder keeps at most this many bytes after a build (``prune``)
MAX_BYTES = 1 << 30
#: ``KG_NO_CACHE`` set to anything but "" or "0": no build reads or writes the cache
ENV_OFF = "KG_NO_CACHE"

_CODE: Optional[str] = None


def disabled_by_env() -> bool:
    return os.environ.get(ENV_OFF, "") not in ("", "0")


def default_folder() -> Path:
    return cache_dir() / "extract"


def code_fingerprint() -> str:
    """A digest of everything but the document and the lexicon that extraction depends on:
    every file of the ``kg`` package (its code and its data, by path and content), Python's
    version, and the versions of OpenCC and jieba when they are installed. Computed once per
    process (~10 ms: the package is ~4 MB), when this module is imported (:mod:`kg.pipeline`
    imports it before the extraction code): the files read are those the build's code was
    imported from, even when kg is edited while the build runs (a digest taken at the first
    document, seconds later, could key the old code's output with the new code's digest)."""
    global _CODE
    if _CODE is None:
        h = hashlib.sha256()
        root = Path(__file__).resolve().parent.parent
        for p in sorted(root.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"):
                h.update(p.relative_to(root).as_posix().encode("utf-8") + b"\0")
                h.update(hashlib.sha256(p.read_bytes()).digest())
        h.update(sys.version.encode("utf-8"))
        for package in ("opencc", "jieba"):
            h.update(package.encode() + b"=" + _version(package).encode() + b"\0")
        _CODE = h.hexdigest()
    return _CODE


def _version(package: str) -> str:
    # (read from the distribution's METADATA: kg.text.installed_version, as importlib.metadata
    # reads it, without importing that module at every build's start)
    got = installed_version(package)
    if got is None and package == "opencc":     # the PyPI name of OpenCC's binding
        got = installed_version("opencc-python-reimplemented")
    return "-" if got is None else got


class DocCache:
    """The extraction cache of one lexicon: :meth:`key` of a document, :meth:`get` and
    :meth:`put` of its output (any picklable value; kg keeps the tuple of its tasks, raw
    assignments, issues and enrichment)."""

    def __init__(self, folder: Path, lexicon: Any):
        self.folder = Path(folder)
        h = hashlib.sha256(FORMAT)
        h.update(code_fingerprint().encode())
        try:
            h.update(_digest(lexicon))
        except TypeError:           # a lexicon of another shape: no key would be sound
            self._salt = None
        else:
            self._salt = h.digest()

    def key(self, doc: Any) -> Optional[str]:
        """The digest of a document (every field, its lines with their file and number) under
        this cache's code and lexicon; None when it cannot be made (the document is then
        extracted, and not kept)."""
        if self._salt is None:
            return None
        h = hashlib.sha256(self._salt)
        try:
            h.update(_digest(doc))
        except TypeError:
            return None
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / (key[2:] + ".pkl.z")

    def get(self, key: str) -> Optional[Any]:
        """The output kept under ``key``, or None (none kept, or an entry that cannot be read:
        it is extracted again and written over)."""
        path = self._path(key)
        if not _owned(self.folder):
            return None
        try:
            data = path.read_bytes()
        except OSError:
            return None
        head = FORMAT + key.encode("ascii") + b"\n"
        if not data.startswith(head):
            return None
        try:
            value = pickle.loads(zlib.decompress(data[len(head):]))
        except Exception:  # noqa: BLE001 - a damaged entry is a miss, never an error
            return None
        try:
            os.utime(path)      # recently used: prune() keeps it
        except OSError:
            pass
        return value

    def put(self, key: str, value: Any) -> None:
        """Keep ``value`` under ``key`` (written whole; a cache that cannot be written is no
        error)."""
        try:
            body = zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)
        except Exception:  # noqa: BLE001 - an output that cannot be pickled is not kept
            return
        _private(self.folder)
        write_cache(self._path(key), FORMAT + key.encode("ascii") + b"\n" + body)


def _digest(value: Any) -> bytes:
    """A digest of a value made of dataclasses, tuples, lists, dicts, strings, numbers and None
    by its content alone. (Not its pickle: a pickle also records which equal strings are one
    object, which differs from one build to the next.) A dataclass's every field counts, those
    its ``repr`` leaves out too (a document's lines)."""
    h = hashlib.sha256()
    update = h.update

    def feed(v: Any) -> None:
        t = type(v)
        if t is str:
            b = v.encode("utf-8", "surrogatepass")
            update(b"S%d:" % len(b))
            update(b)
        elif t is tuple or t is list:
            update(b"L%d[" % len(v))
            for x in v:
                feed(x)
            update(b"]")
        elif v is None or t is bool or t is int or t is float:
            update(b"V" + repr(v).encode() + b";")
        elif t is dict:
            update(b"M%d{" % len(v))
            for k, x in v.items():      # in the order filled in: the same input, the same order
                feed(k)
                feed(x)
            update(b"}")
        else:
            names = _FIELDS.get(t)
            if names is None:
                if not is_dataclass(t):
                    # (nothing else is in a document or a lexicon; a set's order is not its content)
                    raise TypeError(f"no content digest for {t.__name__}")
                names = _FIELDS[t] = tuple(f.name for f in fields(t))
            update(b"D" + t.__qualname__.encode() + b"(")
            for name in names:
                update(name.encode() + b"=")
                feed(getattr(v, name))
            update(b")")
    feed(value)
    return h.digest()


_FIELDS: dict[type, tuple[str, ...]] = {}    # a dataclass's field names, in order


def _private(folder: Path) -> None:
    """The cache folder, made by its owner for its owner alone (entries are unpickled)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        pass


_OWNED: dict[str, bool] = {}


def _owned(folder: Path) -> bool:
    """Whether ``folder`` is this user's and no one else may write into it: only then are its
    entries unpickled (a folder another user made, in a shared temporary folder, is not
    read). Always true where there are no POSIX owners."""
    key = str(folder)
    if key not in _OWNED:
        try:
            st = folder.stat()
        except OSError:
            return False        # not there (yet): nothing to read; asked again once made
        getuid = getattr(os, "getuid", None)
        _OWNED[key] = getuid is None or (st.st_uid == getuid() and not st.st_mode & 0o022)
    return _OWNED[key]


def prune(folder: Path, max_bytes: int = MAX_BYTES) -> int:
    """Delete the least recently used entries until the folder holds at most ``max_bytes``;
    return how many were deleted. Errors (an entry another build is replacing) are skipped."""
    entries = []
    total = 0
    try:
        subs = list(Path(folder).iterdir())
    except OSError:
        return 0
    for sub in subs:
        try:
            for p in sub.iterdir():
                st = p.stat()
                entries.append((st.st_mtime, str(p), st.st_size))
                total += st.st_size
        except OSError:
            continue
    deleted = 0
    for _mtime, p, size in sorted(entries):
        if total <= max_bytes:
            break
        try:
            os.unlink(p)
            total -= size
            deleted += 1
        except OSError:
            pass
    return deleted


code_fingerprint()     # now, as the module is imported (see its docstring)
