"""The one reader of a build directory: the files ``kg build --out OUT`` wrote, read once.

Every command that reads a build (``kg who``, ``kg unit``, ``kg rank``, ``kg view`` …) goes
through :func:`open_build`; a missing or broken file gives one message naming it and saying
what to run. The one name -> unit lookup (:func:`match_names`) lives here too.

Imports nothing from :mod:`kg.extract`: reading a build never loads the extractor.
"""
from __future__ import annotations

import json
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable, Union

from ..errors import ExportMissing
from ..text import compact
from ..vocab import (ASSIGNMENTS_FILE, DOCUMENTS_FILE, INDEX_DIR, INDEX_FILE, TASKS_FILE,
                     UNITS_FILE)

# The files every reader of the graph needs.
EXPORT_FILES = (DOCUMENTS_FILE, TASKS_FILE, UNITS_FILE, ASSIGNMENTS_FILE)


def missing(path: Path, out: Path) -> ExportMissing:
    return ExportMissing(f"{path}: not found; run `kg build --out {out}` first")


def read_jsonl(path: Path) -> list[dict]:
    """The rows of a JSON Lines file; a broken line names the file and line."""
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise ExportMissing(f"{path}:{n}: not valid JSON ({err.msg}); "
                                        "rebuild with `kg build`") from err
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


@lru_cache(maxsize=4)
def load_index(out: Path) -> dict:
    """The search index of a build (``<out>/search/index.json``), cached per directory."""
    path = Path(out) / INDEX_DIR / INDEX_FILE
    if not path.exists():
        raise ExportMissing(f"{path}: no search index; run `kg build --out {out}` first")
    return json.loads(path.read_text(encoding="utf-8"))


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
