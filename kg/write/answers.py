"""The answers of two named queries written at build time: ``<out>/search/answers.sqlite``.

``kg query tasks-of-unit`` and ``county-obligations`` read every row of the unit in the store
(~46 µs a row at 20x, ~90 µs at 100x: docs/SCALE.md, twenty-first round), so an answer at
100 k tasks costs seconds. This writer asks the store each of those questions once per unit,
after it is filled, with the shipped query's own text and :func:`kg.read.sparql.query_store`
(the code ``kg query`` runs), and keeps the rows in their order, like a database's
materialised view; :func:`kg.read.answers.lookup` reads them back. ``kg query`` uses them only
when the query's text is the one they were made from (its SHA-256 is kept in the file), the
engine is oxigraph, the only parameter is the query's and the label names exactly one subject;
otherwise it asks the store as before (an edited query, another query, an older build without
this file).

What a parameter matches is read the way the query reads it: ``?unit_zh`` is a ``@zh``
``skos:prefLabel`` or ``skos:altLabel`` of the subject (``labels``: every such label of the
store's default graph and the subjects that carry it); a ``# @forms`` line adds its forms
(``county-obligations``: ``{}`` and ``{}人民政府``). For a label of one subject the answer is that
subject's rows with the label in the parameter's column, so each subject is asked once, by a
label (or form) that names it alone; a label of several subjects is answered by the store.
A label no subject carries is an empty answer, as the query's.

Rows are kept in chunks of :data:`CHUNK` (JSON arrays), so the table's first page reads one.
Deterministic: subjects by IRI, labels sorted, no timestamps.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from ..model import BuildResult
from ..read.answers import CHUNK, FORMAT, text_hash
from ..vocab import ANSWERS_FILE, INDEX_DIR, STORE_DIR
from .builddir import new_sqlite
from .rdf import PREFIXES

# the named queries answered here, and their parameter
VIEWS = {"tasks-of-unit": "unit", "county-obligations": "county"}

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE labels (label TEXT PRIMARY KEY, subjects TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE totals (query TEXT NOT NULL, subject INTEGER NOT NULL, n INTEGER NOT NULL,
                     PRIMARY KEY (query, subject)) WITHOUT ROWID;
CREATE TABLE answers (query TEXT NOT NULL, subject INTEGER NOT NULL, chunk INTEGER NOT NULL,
                      rows TEXT NOT NULL, PRIMARY KEY (query, subject, chunk)) WITHOUT ROWID;
"""

_SKOS = PREFIXES["skos"]


def _labels(store) -> dict[str, list[str]]:
    """Every ``@zh`` prefLabel / altLabel of the default graph -> the subjects (IRIs, sorted)."""
    import pyoxigraph as ox
    got: dict[str, set[str]] = {}
    for pred in ("prefLabel", "altLabel"):
        for q in store.quads_for_pattern(None, ox.NamedNode(_SKOS + pred), None,
                                         ox.DefaultGraph()):
            o = q.object
            if isinstance(o, ox.Literal) and o.language == "zh":
                got.setdefault(o.value, set()).add(str(q.subject))
    return {label: sorted(s) for label, s in got.items()}


def _forms_of(text: str, param: str) -> list[str]:
    from ..read.sparql import _forms
    return _forms(text).get(param, ["{}"])


def _subjects_of(value: str, forms: list[str], labels: dict) -> set:
    out: set = set()
    for f in forms:
        out.update(labels.get(f.replace("{}", value), ()))
    return out


def write_answers(result: BuildResult, out: Path) -> Optional[Path]:
    """Write ``<out>/search/answers.sqlite`` from the store :func:`kg.write.store.write_rdf`
    filled (nothing when there is no store)."""
    out = Path(out)
    if not (out / STORE_DIR).is_dir():
        return None
    import pyoxigraph as ox
    from ..data import QUERY_DIR
    from ..read.sparql import query_store
    store = ox.Store.read_only(str(out / STORE_DIR))
    labels = _labels(store)
    subjects = sorted({s for ss in labels.values() for s in ss})
    number = {s: k for k, s in enumerate(subjects)}
    d = out / INDEX_DIR
    d.mkdir(parents=True, exist_ok=True)
    path = d / ANSWERS_FILE
    with new_sqlite(path, SCHEMA) as db:
        meta = {"format": FORMAT}
        db.executemany("INSERT INTO labels VALUES (?, ?)",
                       ((label, json.dumps([number[s] for s in ss]))
                        for label, ss in sorted(labels.items())))
        for name, param in VIEWS.items():
            text = (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")
            forms = _forms_of(text, param)
            # each subject once, by the first label (in order) that names it alone
            asked: dict[str, str] = {}
            for label in sorted(labels):
                got = _subjects_of(label, forms, labels)
                if len(got) == 1:
                    asked.setdefault(next(iter(got)), label)
            cols = None
            for s in subjects:
                label = asked.get(s)
                if label is None:
                    continue
                cols, rows = query_store(store, text, {param: label}, origin=name)
                at = cols.index(param)
                if any(r[at] != label for r in rows):   # not the parameter's column: no view
                    cols = None
                    break
                for r in rows:
                    del r[at]
                # every subject asked has its total, 0 too: one without is answered by the store
                db.execute("INSERT INTO totals VALUES (?, ?, ?)", (name, number[s], len(rows)))
                if rows:
                    db.executemany("INSERT INTO answers VALUES (?, ?, ?, ?)", (
                        (name, number[s], k // CHUNK,
                         json.dumps(rows[k:k + CHUNK], ensure_ascii=False,
                                    separators=(",", ":")))
                        for k in range(0, len(rows), CHUNK)))
            if cols is not None:
                meta["query:" + text_hash(text)] = {"name": name, "param": param,
                                                    "columns": cols, "at": at, "forms": forms}
            else:
                db.execute("DELETE FROM totals WHERE query = ?", (name,))
                db.execute("DELETE FROM answers WHERE query = ?", (name,))
        db.executemany("INSERT INTO meta VALUES (?, ?)",
                       [(k, json.dumps(v, ensure_ascii=False)) for k, v in sorted(meta.items())])
        db.execute("COMMIT")
    del store
    return path
