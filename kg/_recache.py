"""A cache of compiled regular expressions across processes, installed when ``kg`` is imported:
the same pattern objects, ~0.2 CPU s less to start a build.

kg's readers compile ~770 patterns at import, in Python (``re._parser`` and ``re._compiler``:
~0.2 CPU s even with :mod:`kg._charsets`), before any worker can start: the serial head of
every ``kg build``. What the compiler makes of a pattern is a list of integers that
``_sre.compile`` turns into the pattern object; for the same pattern, flags and Python it is the
same list. So, like the interpreter's own ``__pycache__``, kg keeps those lists in the user's
cache folder (:func:`cache_file`, one file per Python build: its version and ``_sre.MAGIC``)
and the next process hands them to ``_sre.compile`` directly: the same pattern object, equal
(``==`` compares the code) to the one the compiler makes.

How: ``re._compiler.compile`` is wrapped. A string pattern found in the cache is made from its
entry; any other is compiled as before, the arguments the compiler gives ``_sre.compile`` taken
down on the way (whatever the compiler does, those are what made the pattern), and the cache
file is rewritten at exit by the process that installed it (not its forked children) when it
learned something new. The file is read once the process has compiled a few patterns
(:data:`LOAD_AT`; the first ones are compiled as before and not cached). Patterns with
``re.DEBUG`` or ``re.LOCALE`` (whose code depends on the locale) are not cached. The file is
checked by a checksum of its contents (CRC-32) and ignored when it does not match or cannot be
read; ``KG_NO_REGEX_CACHE=1`` turns the cache off. It is rewritten whole, bounded
(:data:`MAX_ENTRIES`: beyond it, the patterns this process did not use, such as those an edit
of kg left behind, are dropped).
"""
from __future__ import annotations

import os
import sys

MAX_ENTRIES = 2048                # ~2.5x what kg compiles (~830): reading the file stays a few ms
LOAD_AT = 8                     # the file is read at the process's 8th pattern (see install)
_SKIP_FLAGS = 4 | 128            # re.LOCALE, re.DEBUG

_entries: dict = {}              # (pattern, flags) -> (flags, code bytes, groups, groupindex, indexgroup)
_used: set = set()               # keys this process compiled or took from the cache
_dirty = False
_path = None
_pid = 0


def cache_file():
    """The cache file of this Python (its version and regex engine), in kg's cache folder."""
    import zlib
    from pathlib import Path
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not base:
        try:
            home = Path.home()
            base = str(home / ".cache") if home.is_dir() else ""
        except (RuntimeError, KeyError):
            base = ""
    if not base:
        return None         # no home: no cache (kg.text.cache_dir's temporary folder is not used)
    import _sre
    key = f"{sys.implementation.cache_tag}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return Path(base) / "kg" / f"kg-re-{sys.implementation.cache_tag}-{zlib.crc32(key.encode()):08x}.cache"


def install() -> None:
    """Wrap ``re._compiler.compile`` with the cache (once; nothing on another Python)."""
    global _pid
    if os.environ.get("KG_NO_REGEX_CACHE") or sys.implementation.name != "cpython":
        return
    try:
        import _sre
        from re import _compiler as compiler
    except ImportError:
        return
    original = compiler.compile
    from array import array
    if getattr(original, "_kg_cache", False) or array("I").itemsize != _sre.CODESIZE:
        return
    _pid = os.getpid()
    loaded = False
    waited = [0]
    make = _sre.compile
    import _thread
    lock = _thread.allocate_lock()

    class _Taking:
        """``_sre`` for the compiler while it compiles one pattern: what it gives
        ``_sre.compile`` is taken down."""
        taken = None

        def __getattr__(self, name):
            return getattr(_sre, name)

        def compile(self, *args, **kwargs):
            self.taken = None if kwargs else args
            return make(*args, **kwargs)

    def compile(p, flags=0):
        global _dirty, _path
        nonlocal loaded
        if not isinstance(p, str) or flags & _SKIP_FLAGS:
            return original(p, flags)
        if not loaded:
            # the file is read when the process has compiled a few patterns: one that compiles
            # only a few (kg query: 2) compiles them, neither reading (~3 ms) nor rewriting it
            waited[0] += 1
            if waited[0] < LOAD_AT:
                return original(p, flags)
            loaded = True
            _path = cache_file()
            if _path is not None:
                _load(_path)
        key = (p, int(flags))
        hit = _entries.get(key)
        if hit is not None:
            _used.add(key)
            fl, code, groups, groupindex, indexgroup = hit
            return make(p, fl, array("I", code).tolist(), groups, dict(groupindex), indexgroup)
        with lock:          # (the compiler's _sre is this one's while it compiles)
            taking = _Taking()
            compiler._sre = taking
            try:
                got = original(p, flags)
            finally:
                compiler._sre = _sre
        args = taking.taken
        if args is not None and len(args) == 6 and args[0] is p:   # (as Python 3.7-3.13 call it)
            _, fl, code, groups, groupindex, indexgroup = args
            try:
                entry = (fl, array("I", code).tobytes(), groups,
                         tuple(groupindex.items()), tuple(indexgroup))
            except (OverflowError, TypeError, AttributeError):
                return got
            _entries[key] = entry
            _used.add(key)
            _dirty = True
        return got

    compile._kg_cache = True        # type: ignore[attr-defined]
    compile.__wrapped__ = original  # type: ignore[attr-defined]
    compiler.compile = compile
    import atexit
    atexit.register(save)


def _load(path) -> None:
    import marshal
    import zlib
    try:
        data = path.read_bytes()
    except OSError:
        return
    digest, body = data[:4], data[4:]
    if zlib.crc32(body).to_bytes(4, "big") != digest:
        return
    try:
        got = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return
    if isinstance(got, dict):
        _entries.update(got)


def save() -> None:
    """Rewrite the cache file when this process (the one that installed the cache, not a
    forked child) compiled a pattern it did not hold."""
    global _dirty
    if not _dirty or _path is None or os.getpid() != _pid:
        return
    _dirty = False
    import marshal
    import zlib
    keep = _entries
    if len(keep) > MAX_ENTRIES:
        keep = {k: v for k, v in keep.items() if k in _used}
    body = marshal.dumps(keep)
    import tempfile
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=str(_path.parent), prefix=_path.name + ".")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(zlib.crc32(body).to_bytes(4, "big") + body)
            os.replace(tmp, _path)
        except OSError:
            os.unlink(tmp)
            raise
    except OSError:
        pass
