"""The one reader of a build directory: the files ``kg build --out OUT`` wrote, read once.

Every command that reads a build (``kg who``, ``kg unit``, ``kg rank``, ``kg view`` …) goes
through :func:`open_build`; a missing or broken file gives one message naming it and saying
what to run. The one name -> unit lookup (:func:`match_names`) lives here too.

Imports nothing from :mod:`kg.extract`: reading a build never loads the extractor.
"""
from __future__ import annotations

import json
import os
from functools import cached_property
from pathlib import Path
from typing import Iterable, Optional, Union

from ..errors import ExportMissing
from ..text import compact
from ..vocab import (ASSIGNMENTS_FILE, DOCUMENTS_FILE, INDEX_DIR, INDEX_FILE, MARKER,
                     TASKS_FILE, UNITS_FILE)

# The files every reader of the graph needs.
EXPORT_FILES = (DOCUMENTS_FILE, TASKS_FILE, UNITS_FILE, ASSIGNMENTS_FILE)


def marker_stamp(out: Union[str, Path]) -> Optional[tuple[int, int]]:
    """What changes when a new build is swapped into ``out`` (the inode and mtime of its
    marker, written last by :mod:`kg.write.builddir`); ``None`` without a marker. Cheap enough
    to check before every query."""
    try:
        st = os.stat(Path(out) / MARKER)
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns


def missing(path: Path, out: Path) -> ExportMissing:
    return ExportMissing(f"{path}: not found; run `kg build --out {out}` first")


def read_jsonl(path: Path) -> list[dict]:
    """The rows of a JSON Lines file; a broken line names the file and line."""
    rows = []
    try:
        with Path(path).open("rb") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except ValueError as err:   # JSONDecodeError, or bytes that are not UTF-8
                        why = getattr(err, "msg", None) or "not UTF-8"
                        raise ExportMissing(f"{path}:{n}: not valid JSON ({why}); "
                                            "rebuild with `kg build`") from err
    except OSError as err:
        raise ExportMissing(f"{path}: cannot read it ({err.strerror}); rebuild with "
                            "`kg build`") from err
    return rows


class Build:
    """A build directory. Files are read on first use and kept; rows are plain dicts as
    written (see the JSON Lines exports in the README)."""

    def __init__(self, out: Union[str, Path]):
        self.out = Path(out)
        self._rows: dict[str, list[dict]] = {}

    def require(self, *names: str) -> "Build":
        """Fail with :class:`ExportMissing` unless every file of ``names`` is there."""
        for name in names:
            if not (self.out / name).is_file():
                raise missing(self.out / name, self.out)
        return self

    def rows(self, name: str, required: bool = True) -> list[dict]:
        """The rows of ``<out>/<name>``; ``[]`` for a missing file that is not ``required``."""
        if name not in self._rows:
            path = self.out / name
            if not path.exists():
                if required:
                    raise missing(path, self.out)
                return []
            self._rows[name] = read_jsonl(path)
        return self._rows[name]

    @cached_property
    def documents(self) -> dict[str, dict]:
        return {d["doc_id"]: d for d in self.rows(DOCUMENTS_FILE)}

    @cached_property
    def tasks(self) -> dict[str, dict]:
        return {t["task_id"]: t for t in self.rows(TASKS_FILE)}

    @cached_property
    def units(self) -> dict[str, dict]:
        return {u["unit_id"]: u for u in self.rows(UNITS_FILE)}

    @property
    def assignments(self) -> list[dict]:
        return self.rows(ASSIGNMENTS_FILE)


def open_build(out: Union[str, Path] = "exports", require: Iterable[str] = ()) -> Build:
    """The build in ``out``, checking first that the files ``require`` are there."""
    return Build(out).require(*require)


class SearchIndex:
    """The search index of a build (``<out>/search/index.sqlite``, written by
    :mod:`kg.write.search_index`), read a few rows per question: nothing is loaded whole."""

    def __init__(self, path: Path):
        import sqlite3
        from urllib.parse import quote
        self.path = path
        self._errors = sqlite3.Error
        try:
            self.db = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True,
                                      check_same_thread=False)
        except sqlite3.Error as err:
            raise self._unreadable(err) from err
        self.meta = {k: json.loads(v) for k, v in self._rows("SELECT key, value FROM meta")}

    def _unreadable(self, err: Exception) -> ExportMissing:
        out = self.path.parent.parent
        return ExportMissing(f"{self.path}: the search index is unreadable ({err}); rebuild "
                             f"with `kg build --out {out}`")

    def _rows(self, sql: str, params: Iterable = ()) -> list[tuple]:
        try:
            return self.db.execute(sql, tuple(params)).fetchall()
        except (self._errors, ValueError) as err:     # a truncated or foreign file
            raise self._unreadable(err) from err

    def __getitem__(self, key: str):
        return self.meta[key]

    def get(self, key: str, default=None):
        return self.meta.get(key, default)

    def _lookup(self, sql: str, keys: list[str]) -> list[tuple]:
        rows: list[tuple] = []
        keys = sorted(set(keys))
        for i in range(0, len(keys), 500):          # SQLite's bound on parameters
            part = keys[i:i + 500]
            rows += self._rows(sql.format(",".join("?" * len(part))), part)
        return rows

    def expansions(self, keys: list[str]) -> dict[str, list[str]]:
        """Which of ``keys`` are forms of a word written in other forms too: form -> the others
        (kg/data/abbreviations.tsv and the naming rules, as the build read them)."""
        return {f: json.loads(o) for f, o in self._lookup(
            "SELECT form, others FROM expansions WHERE form IN ({})", keys)}

    def aliases(self, keys: list[str]) -> dict[str, str]:
        """Which of ``keys`` name a unit: key -> its unit ids (space-separated)."""
        return dict(self._lookup("SELECT key, unit_id FROM aliases WHERE key IN ({})", keys))

    def words(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` are words of the index vocabulary."""
        return {t for t, in self._lookup("SELECT term FROM terms WHERE word = 1 AND term IN ({})",
                                         keys)}

    def compounds(self, heads: list[str]) -> dict[str, list[str]]:
        """The two-character words of the vocabulary that start with each of ``heads`` (one
        character each: 挖 -> 挖掘, 挖潜), read as a range of the terms' key."""
        out: dict[str, list[str]] = {}
        for h in sorted(set(heads)):
            out[h] = [t for t, in self._rows(
                "SELECT term FROM terms WHERE term >= ? AND term < ? AND word = 1 AND length(term) = 2",
                (h, h + "\uffff"))]
        return out

    def spelled_out(self, pairs: list[str]) -> dict[str, list[str]]:
        """The four-character words of the vocabulary that each two characters of ``pairs``
        abbreviate: the first character of each of its two words (安监 -> 安全监管: 安?监?), or
        the first and the last (农行 -> 农业银行: 农??行, 技校 -> 技工学校), read as a range of the
        terms' key."""
        out: dict[str, list[str]] = {}
        for pair in sorted(set(pairs)):
            out[pair] = [t for t, in self._rows(
                "SELECT term FROM terms WHERE term >= ? AND term < ? AND word = 1 "
                "AND length(term) = 4 AND (substr(term, 3, 1) = ? OR substr(term, 4, 1) = ?)",
                (pair[0], pair[0] + "\uffff", pair[1], pair[1]))]
        return out

    def idf(self, terms: list[str]) -> dict[str, float]:
        return dict(self._lookup("SELECT term, idf FROM terms WHERE term IN ({})", terms))

    def postings(self, term: str, limit: int) -> list[tuple[int, int, int, int]]:
        """The first ``limit`` postings of ``term``, best BM25 weight first:
        (entry, tf, entry length, entry has units)."""
        rows = self._rows("SELECT postings FROM terms WHERE term = ?", (term,))
        if not rows or not rows[0][0]:
            return []
        return [tuple(int(x) for x in item.split(":"))
                for item in rows[0][0].split(" ", limit)[:limit]]

    def unit_entries(self, unit_id: str, limit: int) -> list[int]:
        """The first ``limit`` entries ``unit_id`` is stated for, in (file, line) order."""
        rows = self._rows("SELECT tasks FROM units WHERE unit_id = ?", (unit_id,))
        return [int(k) for k in rows[0][0].split(" ", limit)[:limit]] if rows and rows[0][0] else []

    def owned(self, unit_ids: set[str]) -> dict[int, int]:
        """Entry -> how many of ``unit_ids`` it is stated for (every entry of those units)."""
        out: dict[int, int] = {}
        for tasks, in self._lookup("SELECT tasks FROM units WHERE unit_id IN ({})", list(unit_ids)):
            for k in tasks.split():
                out[int(k)] = out.get(int(k), 0) + 1
        return out

    def places(self, keys: list[str]) -> dict[str, tuple[list[list[str]], bool]]:
        """Which of ``keys`` name a place of the build's entries (立山区, or a short form: 立山):
        key -> (the chain of each place so called, adcodes from it upwards; whether ``key`` is
        a full name). Empty for an index written before places were kept."""
        if not self.get("place_lens"):
            return {}
        return {k: ([c.split(">") for c in chains.split()], bool(full)) for k, chains, full in
                self._lookup("SELECT key, chains, full FROM places WHERE key IN ({})", keys)}

    def entry_places(self, ks: list[int]) -> dict[int, list[list[str]]]:
        """Entry -> the chain of each of its own places (its document's jurisdiction, the
        places its text names); entries without a known place are left out."""
        return {k: [c.split(">") for c in place.split()] for k, place in self._lookup(
            "SELECT k, place FROM entries WHERE place IS NOT NULL AND k IN ({})", ks)}

    def where(self, ks: list[int]) -> dict[int, tuple[str, int, str]]:
        """Entry -> (file, line, task id), the order of results that score the same."""
        return {k: (f, ln, t) for k, f, ln, t in self._lookup(
            "SELECT k, file, line, task_id FROM entries WHERE k IN ({})", ks)}

    def entry(self, k: int) -> dict:
        return json.loads(self._rows("SELECT data FROM entries WHERE k = ?", (k,))[0][0])


_INDEXES: dict[tuple[str, int, int], SearchIndex] = {}


def load_index(out: Path) -> SearchIndex:
    """The search index of a build (``<out>/search/index.sqlite``), opened once per file."""
    path = Path(out) / INDEX_DIR / INDEX_FILE
    if not path.exists():
        raise ExportMissing(f"{path}: no search index; run `kg build --out {out}` first")
    try:
        st = path.stat()
    except OSError as err:
        raise ExportMissing(f"{path}: the search index is unreadable ({err}); rebuild with "
                            f"`kg build --out {out}`") from err
    key = (str(path.resolve()), st.st_ino, st.st_mtime_ns)   # a build swapped in is new
    if key not in _INDEXES:
        if len(_INDEXES) >= 4:
            _INDEXES.clear()
        _INDEXES[key] = SearchIndex(path)
    return _INDEXES[key]


EXACT, CITY_EXACT, PARTIAL = 3, 2, 1


def name_match(query: str, names: Iterable[str]) -> int:
    """How well ``query`` names something called ``names``, compared by :func:`compact`:
    3 = one name equals it, 2 = one equals it with the city prefix ``市`` (住建局 for 市住建局),
    1 = one name contains it, 0 = none.

    >>> name_match("住建局", ["市住房和城乡建设局", "市住建局"])
    2
    """
    key = compact(query)
    best = 0
    if not key:
        return best
    for n in names:
        k = compact(n) if n else ""
        if not k:
            continue
        if k == key:
            return EXACT
        if k == "市" + key:
            best = CITY_EXACT
        elif key in k:
            best = max(best, PARTIAL)
    return best


def match_names(query: str, candidates: Iterable[tuple[str, Iterable[str]]],
                city_prefix: bool = True) -> list[str]:
    """The ids of the candidates ``(id, names)`` that match ``query`` best (sorted): exact
    names first, then (``city_prefix``) exact once ``市`` is added, then names that contain it.
    With ``city_prefix=False`` the city-prefixed match counts as containing."""
    grades = {}
    for cid, names in candidates:
        g = name_match(query, names)
        if g == CITY_EXACT and not city_prefix:
            g = PARTIAL
        if g:
            grades[cid] = g
    top = max(grades.values(), default=0)
    return sorted(c for c, g in grades.items() if g == top)
