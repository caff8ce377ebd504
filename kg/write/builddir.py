"""Write a build directory atomically: the previous build stays whole until the new one is
complete and checked, and ``--out`` never loses anything ``kg build`` did not write.

:func:`replace_build` is the one call that writes "every file into directory D":

1. it takes a lock (``.<D>.kg-lock`` beside D, an ``flock`` the kernel drops if the process
   dies), so a second build into D stops with a message instead of mixing files;
2. it checks D: missing, empty, or a kg build (it holds the marker :data:`MARKER` listing what
   the build wrote, and nothing else). A file, or a folder with anything else in it, is
   refused before any work;
3. it runs the writers into a temporary sibling folder ``.<D>.kg-tmp-*``, validates it
   (:func:`validate`: every JSON Lines row parses, counts agree with ``report.json``, the
   SPARQL store opens), then writes the marker;
4. it swaps the new folder in with one atomic ``renameat2(RENAME_EXCHANGE)`` (a plain rename
   when D does not exist or is empty; two renames where the kernel has no exchange) and only
   then removes the previous build.

A build killed at any moment leaves D holding the previous build or the new one, never a
mixture; leftovers of a killed build (``.<D>.kg-tmp-*``, ``.<D>.kg-old-*``) are removed by
the next build into D. Readers (``kg serve``) notice a new build by the marker changing.
"""
from __future__ import annotations

import ctypes
import errno
import fnmatch
import json
import os
import secrets
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from ..errors import OutputError
from ..vocab import (ASSIGNMENTS_FILE, DOCUMENTS_FILE, MARKER, REPORT_FILE, STORE_DIR,
                     TASKS_FILE, UNITS_FILE)

MARKER_FORMAT = 1
# What other kg commands write into a build folder by default (`kg view`, `kg export-network`):
# derived from the build, so replaced with it.
DERIVED = ("graph.html", "network-*.graphml", "network-*.gexf")
# report.json counts that must equal the number of rows of a JSON Lines file
_COUNTED = {"documents": DOCUMENTS_FILE, "tasks": TASKS_FILE, "assignments": ASSIGNMENTS_FILE,
            "units": UNITS_FILE}


# fds of the locks this process holds; a forked child (a worker of the build, a forked writer)
# closes its copies, so a killed build's orphaned children never keep its lock
_LOCK_FDS: set[int] = set()


@contextmanager
def new_sqlite(path: Path, schema: str) -> Iterator[sqlite3.Connection]:
    """A SQLite file of the build written whole or not at all: a temporary file beside ``path``
    (no journal, no sync: nothing is read from it until it is moved into place), ``schema`` made
    and a transaction begun; the caller writes its rows and ``COMMIT``s, and the file replaces
    ``path`` when the block ends without an error (on an error the connection is closed and the
    temporary file is left, never a half-written ``path``)."""
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    db = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(schema)
        db.execute("BEGIN")
        yield db
    finally:
        db.close()
    os.replace(tmp, path)


def _close_inherited_locks() -> None:
    for fd in list(_LOCK_FDS):
        try:
            os.close(fd)
        except OSError:
            pass
    _LOCK_FDS.clear()
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited_locks)


def die_with_parent() -> None:
    """Linux: this forked child (a worker of the build, a forked writer) gets SIGTERM when the
    build that started it dies, so a killed build leaves no orphan writing into its folders."""
    try:
        import signal
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)          # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _lock_path(out: Path) -> Path:
    return out.parent / f".{out.name}.kg-lock"


def _tmp_prefix(out: Path, kind: str) -> str:
    return f".{out.name}.kg-{kind}-"


def read_marker(out: Union[str, Path]) -> Optional[dict]:
    """The marker of the build in ``out`` (``None`` when there is none or it is unreadable)."""
    try:
        data = json.loads((Path(out) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("files"), list) else None


def check_replaceable(out: Path) -> None:
    """Fail unless ``out`` is missing, an empty folder, or a kg build holding only what the
    build wrote (so replacing it deletes nothing of the user's)."""
    if out.is_symlink() and not out.exists():
        raise OutputError(f"{out}: a broken symbolic link; remove it or choose another --out")
    if not out.exists():
        return
    if not out.is_dir():
        raise OutputError(f"{out}: is a file, not a folder; choose another --out")
    try:
        entries = sorted(p.name for p in out.iterdir())
    except OSError as err:
        raise OutputError(f"{out}: cannot list the folder ({err.strerror})") from err
    if not entries:
        return
    marker = read_marker(out)
    if marker is None:
        raise OutputError(f"{out}: the folder is not empty and has no {MARKER}, so it was not "
                          "written by `kg build` (or by a version before the marker); nothing "
                          "was changed. Choose an empty or new --out, or move the folder away")
    foreign = [e for e in entries if e != MARKER and e not in marker["files"]
               and not any(fnmatch.fnmatchcase(e, pat) for pat in DERIVED)]
    if foreign:
        shown = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
        raise OutputError(f"{out}: holds {shown}, which `kg build` did not write; nothing was "
                          "changed. Move it out of the folder or choose another --out")


_HELD: set[Path] = set()     # build folders this process holds the lock of (re-entrant)


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold the lock of build directory ``out`` (fail at once if another build holds it).
    Re-entrant within a process, so `kg build` can take it before the work and
    :func:`replace_build` again around the swap."""
    out = _absolute(Path(out))
    if out in _HELD:
        yield
        return
    import fcntl
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out.parent}: cannot create the folder ({err.strerror})") from err
    path = _lock_path(out)
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise OutputError(f"{out}: cannot create the lock file {path} ({err.strerror}); "
                              "is the folder above --out writable?") from err
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OutputError(f"{out}: another `kg build` is writing into this folder (lock "
                              f"{path}); wait for it to finish") from None
        try:   # the holder before us may have removed the file we opened: lock the live one
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    _HELD.add(out)
    _LOCK_FDS.add(fd)
    try:
        yield
    finally:
        _HELD.discard(out)
        _LOCK_FDS.discard(fd)
        try:
            os.unlink(path)
        except OSError:
            pass
        os.close(fd)


def _absolute(out: Path) -> Path:
    """``out`` made absolute without resolving its last part (unless it is a link)."""
    return out.resolve() if out.is_symlink() or not out.name else out.parent.resolve() / out.name


def _remove_leftovers(out: Path, kinds: tuple[str, ...] = ("tmp", "old")) -> None:
    """Remove what killed builds into ``out`` left beside it (only our own prefixed names;
    the spools of the build holding the lock are not among ``kinds``)."""
    for kind in kinds:
        for p in out.parent.glob(_tmp_prefix(out, kind) + "*"):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)


def validate(d: Path) -> dict:
    """Check a freshly written build folder: every JSON Lines row parses, ``report.json``
    counts agree with the rows, the SPARQL store opens and holds statements. Returns rows per
    JSON Lines file; raises :class:`OutputError` naming the file and line."""
    rows: dict[str, int] = {}
    for path in sorted(d.glob("*.jsonl")):
        n = 0
        with path.open("rb") as fh:
            for k, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    json.loads(line)
                except ValueError as err:
                    raise OutputError(f"{path.name}:{k}: the new build wrote a row that is not "
                                      f"valid JSON ({err}); the previous build is unchanged") from err
                n += 1
        rows[path.name] = n
    report = d / REPORT_FILE
    if report.exists():
        try:
            counts = json.loads(report.read_text(encoding="utf-8"))["counts"]
        except (ValueError, KeyError) as err:
            raise OutputError(f"{REPORT_FILE}: the new build wrote an unreadable report "
                              f"({err}); the previous build is unchanged") from err
        for key, name in _COUNTED.items():
            if name in rows and counts.get(key) != rows[name]:
                raise OutputError(f"{name}: {rows[name]} rows but {REPORT_FILE} counts "
                                  f"{counts.get(key)}; the previous build is unchanged")
    store = d / STORE_DIR
    if store.exists():
        import pyoxigraph as ox
        try:
            s = ox.Store.read_only(str(store))
            empty = next(iter(s.quads_for_pattern(None, None, None)), None) is None
            del s
        except OSError as err:
            raise OutputError(f"{STORE_DIR}/: the new SPARQL store does not open ({err}); the "
                              "previous build is unchanged") from err
        if empty and rows.get(DOCUMENTS_FILE):
            raise OutputError(f"{STORE_DIR}/: the new SPARQL store is empty; the previous build "
                              "is unchanged")
    return rows


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); ``False`` where that is unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def _swap_in(new: Path, out: Path) -> None:
    """Make ``new`` the folder ``out``; the previous ``out`` is removed only afterwards."""
    if not out.exists():
        os.rename(new, out)
        return
    if not any(out.iterdir()):
        os.rename(new, out)            # POSIX rename replaces an empty folder atomically
        return
    if _exchange(new, out):
        shutil.rmtree(new)             # ``new`` now holds the previous build
        return
    old = Path(tempfile.mkdtemp(prefix=_tmp_prefix(out, "old"), dir=out.parent))
    os.rename(out, old / "build")
    os.rename(new, out)
    shutil.rmtree(old)


def spool_place(out: Path) -> tuple[Path, str]:
    """Where a build into ``out`` spools its documents: ``(folder, prefix)`` of temporary
    folders beside ``out``. Called under ``out``'s lock, so every spool already there was left
    by a killed build; they are removed first."""
    out = _absolute(out)
    assert out in _HELD, "spool_place is called under the build's lock"
    _remove_leftovers(out, ("spool",))
    return out.parent, _tmp_prefix(out, "spool")


def replace_build(out: Union[str, Path], write: Callable[[Path], object]) -> object:
    """Run ``write(folder)`` into a temporary sibling of ``out``, validate the result and swap
    it in as ``out``. Returns what ``write`` returned. On any failure ``out`` is unchanged
    and the temporary folder removed."""
    out = _absolute(Path(out))
    check_replaceable(out)
    with build_lock(out):
        _remove_leftovers(out)
        check_replaceable(out)         # again, under the lock
        try:
            tmp = out.parent / f"{_tmp_prefix(out, 'tmp')}{os.getpid()}-{secrets.token_hex(4)}"
            tmp.mkdir()                # not mkdtemp: the folder gets the user's usual mode
        except OSError as err:
            raise OutputError(f"{out.parent}: cannot write there ({err.strerror}); "
                              "choose a writable --out") from err
        try:
            try:
                value = write(tmp)
                validate(tmp)
                files = sorted(p.name for p in tmp.iterdir())
                (tmp / MARKER).write_text(json.dumps(
                    {"kg_build": MARKER_FORMAT, "files": files}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
                _swap_in(tmp, out)
            except OSError as err:
                raise OutputError(f"{out}: writing the build failed ({err}); the previous "
                                  "build is unchanged") from err
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
    return value
