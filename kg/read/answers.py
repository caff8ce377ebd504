"""Read the answers :mod:`kg.write.answers` wrote at build time (``<out>/search/answers.sqlite``)
for ``kg query``: :func:`lookup`. Imports only the standard library (no store, no writer)."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Optional

from ..vocab import ANSWERS_FILE, INDEX_DIR

FORMAT = 1
CHUNK = 100                 # rows per stored chunk (the table's page is 50)


def text_hash(text: str) -> str:
    """The SHA-256 of a query's text: the answers are used only for the text they came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def lookup(out: Path, text: str, params: dict[str, str], offset: int = 0,
           limit: int = 0) -> Optional[tuple[list[str], list[list], int]]:
    """(columns, rows ``offset`` to ``offset + limit`` (0: all), total) of the query ``text``
    with ``params`` from the build's answers, or ``None`` when they cannot answer it (no file,
    another text, other parameters, a label of several subjects): then ask the store."""
    path = Path(out) / INDEX_DIR / ANSWERS_FILE
    if len(params) != 1 or not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        got = db.execute("SELECT value FROM meta WHERE key = ?",
                         ("query:" + text_hash(text),)).fetchone()
        if got is None or db.execute("SELECT value FROM meta WHERE key = 'format'"
                                     ).fetchone() != (str(FORMAT),):
            return None
        view = json.loads(got[0])
        value = params.get(view["param"])
        if value is None:
            return None
        subjects: set = set()
        for f in view["forms"]:
            row = db.execute("SELECT subjects FROM labels WHERE label = ?",
                             (f.replace("{}", value),)).fetchone()
            if row:
                subjects.update(json.loads(row[0]))
        cols, at = view["columns"], view["at"]
        if not subjects:
            return cols, [], 0
        if len(subjects) > 1:
            return None
        (s,) = subjects
        row = db.execute("SELECT n FROM totals WHERE query = ? AND subject = ?",
                         (view["name"], s)).fetchone()
        if row is None:
            return None
        total = row[0]
        end = total if not limit else min(total, offset + limit)
        if offset >= end:
            return cols, [], total
        rows: list[list] = []
        first = offset // CHUNK
        for (chunk,) in db.execute(
                "SELECT rows FROM answers WHERE query = ? AND subject = ? AND chunk BETWEEN ? AND ?"
                " ORDER BY chunk", (view["name"], s, first, (end - 1) // CHUNK)):
            rows.extend(json.loads(chunk))
        rows = rows[offset - first * CHUNK:end - first * CHUNK]
        for r in rows:
            r.insert(at, value)
        return cols, rows, total
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        db.close()
