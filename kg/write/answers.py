"""The answers of two named queries written at build time: ``<out>/search/answers.sqlite``.

``kg query tasks-of-unit`` and ``county-obligations`` read every row of the unit in the store
(~46 µs a row at 20x, ~90 µs at 100x: docs/SCALE.md, twenty-first round), so an answer at
100 k tasks costs seconds. This writer asks the store each of those questions for every unit,
after it is filled, with the shipped query's own text (a batch of units at a time, below, or
one by one with :func:`kg.read.sparql.query_store`, the code ``kg query`` runs), and keeps the
rows in their order, like a database's
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

The subjects are asked in batches of :data:`BATCH` (:func:`batch_query`): one run of the same
text with ``?NAME_zh``'s ``VALUES`` block holding every form of the batch's labels (where the
query puts it for one label) and ``?NAME_zh`` projected in ``?NAME``'s place, so that each row
says which form, hence which label, it answers. A join with a ``VALUES`` block is the union of
the joins with each of its rows (and OPTIONAL, MINUS, FILTER, BIND above it are taken row by
row), so a label's rows are the union of its forms' rows, made DISTINCT when the query is,
and sorted in Python by the query's ``ORDER BY`` as :func:`kg.read.sparql.query_store` sorts
one label's rows (every projected variable but ``?NAME`` is a key, so the order is total and
does not depend on the order the store gives). A label whose order is not certain there
(mixed kinds: ``query_store`` leaves it to oxigraph) is asked alone, and so is every subject of
a query not of that shape (``?NAME`` elsewhere than the projection, no final ``ORDER BY`` of
every other projected variable, a comment after code). The batch bounds what is held (its
rows), not the corpus; the per-query cost (parsing, the sub-selects' tables) is paid once
per batch instead of once per subject.

Rows are kept in chunks of :data:`CHUNK` (JSON arrays), so the table's first page reads one.
Deterministic: subjects by IRI, labels sorted, no timestamps.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple, Optional

from ..model import BuildResult
from ..read.answers import CHUNK, FORMAT, text_hash
from ..vocab import ANSWERS_FILE, INDEX_DIR, STORE_DIR
from .builddir import new_sqlite
from .memory import STORE_REOPEN_MB, Growth, release_memory
from .rdf import PREFIXES

# the named queries answered here, and their parameter
VIEWS = {"tasks-of-unit": "unit", "county-obligations": "county"}
# subjects asked by one run of a query (their rows are held at once, bounded by BATCH_ROWS
# below). Each run costs a fixed part (the query parsed and planned, its sub-selects'
# tables): the bundled corpus's ~280 subjects per view took 0.35-0.38 CPU s in runs of 20,
# 0.32 in runs of 200 (docs/SCALE.md, fortieth round)
BATCH = 200
# the rows one run may bring, by each subject's count of assignments (:func:`_weights`): a batch
# of busy subjects asks fewer of them (one at least), so what is held stays bounded as a busy
# unit's rows grow with the corpus (at 40x the busiest county has ~6 000 rows; twenty such
# held at once were ~40 MB). The answers do not depend on the batches
BATCH_ROWS = 20_000
# growth after which the store is reopened between batches (kg.write.memory.STORE_REOPEN_MB)
REOPEN_MB = STORE_REOPEN_MB

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


def _weights(store) -> tuple[dict[str, int], dict[str, list[str]]]:
    """(subject -> its assignments, subject -> the collectives that have it as a member): what
    a subject's answer rows number, about (a county's include its collectives')."""
    import pyoxigraph as ox
    from .rdf import KG
    n: dict[str, int] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(KG + "unit"), None, ox.DefaultGraph()):
        o = str(q.object)
        n[o] = n.get(o, 0) + 1
    owners: dict[str, list[str]] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(PREFIXES["org"] + "hasMember"), None,
                                     ox.DefaultGraph()):
        owners.setdefault(str(q.object), []).append(str(q.subject))
    return n, owners


def _batches(todo: list, weight, batch: int) -> list[list]:
    """``todo`` in order, cut into runs of at most ``batch`` subjects whose weights add up to
    no more than :data:`BATCH_ROWS` (a heavier subject alone)."""
    out: list[list] = []
    rows = 0
    for item in todo:
        w = weight(item[0])
        if not out or len(out[-1]) >= batch or (rows + w > BATCH_ROWS and out[-1]):
            out.append([])
            rows = 0
        out[-1].append(item)
        rows += w
    return out


def _forms_of(text: str, param: str) -> list[str]:
    from ..read.sparql import _forms
    return _forms(text).get(param, ["{}"])


def _subjects_of(value: str, forms: list[str], labels: dict) -> set:
    out: set = set()
    for f in forms:
        out.update(labels.get(f.replace("{}", value), ()))
    return out


_VAR = r"[?$]([A-Za-z_][A-Za-z0-9_]*)"


class Batch(NamedTuple):
    """A query asking many labels at once: ``before`` + the ``VALUES`` block's terms + ``after``
    (the query without its ``ORDER BY``, ``?NAME_zh`` projected in ``?NAME``'s place)."""
    before: str
    after: str
    at: int                 # the column of ?NAME
    cols: list[str]         # the bound query's columns
    keys: list              # its ORDER BY: [(variable, descending)]
    distinct: bool


def batch_query(text: str, param: str) -> Optional[Batch]:
    """How to ask many labels of ``param`` at once, or ``None`` when the text is not of the
    shape whose rows per label that query gives (module docstring)."""
    import re
    from ..read.sparql import _final_order, _values_at
    # comment lines blanked (same length: positions are the text's); a '#' left outside an IRI
    # may start a comment after code (or be in a string): not read here
    code = "".join(" " * len(line) if line.lstrip().startswith("#") else line
                   for line in text.splitlines(keepends=True))
    if "#" in re.sub(r"<[^<>\s]*>", "", code):
        return None
    var = f"?{param}_zh"
    at_values = _values_at(text)
    order = _final_order(text)
    sel = re.search(r"\bSELECT\b", code, flags=re.I)
    if var not in text or at_values is None or order is None or sel is None:
        return None
    head = re.compile(r"SELECT(\s+DISTINCT)?((?:\s+" + _VAR + r")+)\s+(WHERE\s*\{)",
                      flags=re.I).match(code, sel.start())
    # the VALUES block goes where query_store puts it: the outer SELECT's WHERE
    if head is None or head.start(4) != at_values.start() or head.end(4) != at_values.end():
        return None
    cols = re.findall(_VAR, head.group(2))
    keys = order[1]
    names = [k for k, _ in keys]
    uses = [m for m in re.finditer(r"[?$]" + re.escape(param) + r"(?![A-Za-z0-9_])", code)]
    if (len(set(cols)) != len(cols) or param not in cols or param + "_zh" in cols
            or len(uses) != 1 or not head.start(2) <= uses[0].start() < head.end(2)
            or set(names) - set(cols) or set(cols) - set(names) != {param}):
        return None
    p = uses[0]
    before = (text[:p.start()] + var + text[p.end():at_values.end()] + "\n  VALUES " + var
              + " { ")
    after = _inlined(" }" + text[at_values.end():order[0]])
    return Batch(before, after, cols.index(param), cols, keys, head.group(1) is not None)


# a sub-select with no modifier whose projection is every variable of its one group
# ({ SELECT ?r ?role WHERE { ?r kg:stated true ; skos:notation ?role } }): the same solutions
# as the group alone (compiled where used: two calls a build, `re` keeps it)
_SUBSELECT = (r"\{\s*SELECT\s+((?:[?$][A-Za-z_][A-Za-z0-9_]*\s+)+)WHERE\s*"
              r"\{([^{}]*)\}\s*\}")


def _inlined(text: str) -> str:
    """``text`` with each plain sub-select (:data:`_SUBSELECT`) written as its group.

    The same solutions, evaluated another way: pyoxigraph reads a sub-select once and joins it by
    hash, holding every row of the side it joins before the first comes out (~3.5 kB a row: a
    busy county's 29 800 rows took ~105 MB at 200x, and the rows grow with the corpus); a group
    is looked up row by row as the rows stream (~14 MB there, +30 % CPU). The shipped query
    keeps its sub-selects (``kg query`` on the store is faster with them)."""
    import re

    def group(m) -> str:
        projected = set(re.findall(_VAR, m.group(1)))
        if projected != set(re.findall(_VAR, m.group(2))):
            return m.group(0)
        return "{" + m.group(2) + "}"
    return re.sub(_SUBSELECT, group, text, flags=re.I)


def _batch_rows(store, plan, labels: list[str], forms: list[str], origin: str,
                known: Optional[dict] = None) -> dict[str, Optional[list[list]]]:
    """label -> its rows in order without the parameter's column (``None`` when their order is
    not certain here: the label is then asked alone), from one run of ``plan``
    (:func:`batch_query`) for ``labels``.

    With ``known`` (every label of the store -> its subjects), a label is asked by the first of
    its forms that is a label: each label asked here names one subject alone, so each of its
    forms that is a label names that subject and brings the same rows (the parameter's column
    aside), which the union of its forms would hold twice until the rows are made distinct
    (三河市 and 三河市人民政府: 59 600 rows read for 29 800 at 200x). Without it, every form."""
    import pyoxigraph as ox
    from ..read.sparql import _no_collection, _solutions, _sort_group, _value_kind
    at, cols = plan.at, plan.cols
    of = {label: list(dict.fromkeys(f.replace("{}", label) for f in forms)) for label in labels}
    if known is not None:
        of = {label: [v for v in vs if v in known][:1] for label, vs in of.items()}
    values = dict.fromkeys(v for label in labels for v in of[label])
    query = plan.before + " ".join(str(ox.Literal(v, language="zh")) for v in values) \
        + plan.after
    res = _solutions(store, query, {}, origin)
    if [v.value for v in res.variables] != cols[:at] + [cols[at] + "_zh"] + cols[at + 1:]:
        raise RuntimeError(f"{origin}: the batched query's columns are not the query's")
    # each term converted once (its value, kind, and a number telling terms apart: rows of the
    # same terms are equal tuples, DISTINCT's test), so a row holds shared small tuples, not
    # the store's term objects
    seen: dict = {}
    by_form: dict[str, list[tuple]] = {}
    with _no_collection():
        for sol in res:
            row = []
            for t in sol:
                got = seen.get(t)
                if got is None:
                    got = seen[t] = (*_value_kind(t), len(seen))
                row.append(got)
            by_form.setdefault(row.pop(at)[0], []).append(tuple(row))
        del seen, res
        rest = cols[:at] + cols[at + 1:]
        index = [(rest.index(k), desc) for k, desc in plan.keys]
        out: dict[str, Optional[list[list]]] = {}
        for label in labels:
            terms = [r for v in of[label] for r in by_form.get(v, ())]
            if plan.distinct:
                terms = list(dict.fromkeys(terms))
            rows = [([t[0] for t in r], [t[1] for t in r]) for r in terms]
            out[label] = ([vals for vals, _ in rows]
                          if _sort_group(rows, 0, len(rows), index, 0) else None)
    return out


# a store larger than this (MB on disk) is asked by a fresh process (:func:`_in_fresh_process`)
FRESH_PROCESS_STORE_MB = 150


def write_answers(result: BuildResult, out: Path, batch: int = BATCH) -> Optional[Path]:
    """Write ``<out>/search/answers.sqlite`` from the store :func:`kg.write.store.write_rdf`
    filled (nothing when there is no store), asking ``batch`` subjects at a time.

    In a build (``result`` given) whose store is larger than :data:`FRESH_PROCESS_STORE_MB`,
    the questions are asked by a fresh Python process reading the same store: what the store
    caches while its labels and units are scanned (~170 MB at 200x) then adds to nothing the
    build's own process holds (its peak at 200x was that cache on top of the heap the earlier
    writers left). The file is the same either way (it is made from the store alone)."""
    out = Path(out)
    if not (out / STORE_DIR).is_dir():
        return None
    if result is not None and _store_mb(out / STORE_DIR) > FRESH_PROCESS_STORE_MB:
        return _in_fresh_process(out, batch)
    import pyoxigraph as ox
    from ..data import QUERY_DIR
    from ..read.sparql import query_store
    store = ox.Store.read_only(str(out / STORE_DIR))
    grown = Growth(REOPEN_MB)
    labels = _labels(store)
    own, owners = _weights(store)
    # the two scans above read every label and every assignment's unit: what the store cached
    # on the way (~170 MB at 200x) is given back before the first question
    del store
    release_memory()
    store = ox.Store.read_only(str(out / STORE_DIR))
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
            todo = [(s, asked[s]) for s in subjects if s in asked]
            plan = batch_query(text, param)
            through = name == "county-obligations"      # (its rows include its collectives')
            weight = (lambda s: own.get(s, 0) + (sum(own.get(o, 0) for o in owners.get(s, ()))
                                                 if through else 0))
            for part in _batches(todo, weight, batch):
                got = (_batch_rows(store, plan, [label for _, label in part], forms, name, labels)
                       if plan is not None else {})
                for s, label in part:
                    rows = got.get(label)
                    if rows is not None:
                        cols, at = plan.cols, plan.at
                    else:           # asked alone: another shape, or an order not certain here
                        cols, rows = query_store(store, text, {param: label}, origin=name)
                        at = cols.index(param)
                        if any(r[at] != label for r in rows):  # not the parameter's column
                            cols = None
                            break
                        for r in rows:
                            del r[at]
                    # every subject asked has its total, 0 too: one without is answered by the
                    # store
                    db.execute("INSERT INTO totals VALUES (?, ?, ?)", (name, number[s], len(rows)))
                    if rows:
                        db.executemany("INSERT INTO answers VALUES (?, ?, ?, ?)", (
                            (name, number[s], k // CHUNK,
                             json.dumps(rows[k:k + CHUNK], ensure_ascii=False,
                                        separators=(",", ":")))
                            for k in range(0, len(rows), CHUNK)))
                del got
                if cols is None:
                    break
                if grown():
                    del store
                    release_memory()
                    store = ox.Store.read_only(str(out / STORE_DIR))
                    grown.reset()
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


def _store_mb(path: Path) -> float:
    """The store's size on disk, MB."""
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file()) / 1e6


def _in_fresh_process(out: Path, batch: int) -> Path:
    """:func:`write_answers` on ``out``'s store, run by a new interpreter (the same executable,
    this ``kg`` package first on its path); a failure is raised here with the child's message."""
    import os
    import subprocess
    import sys
    from ..errors import OutputError
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [root] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    code = ("import sys; from pathlib import Path; from kg.write.answers import write_answers; "
            "write_answers(None, Path(sys.argv[1]), batch=int(sys.argv[2]))")
    done = subprocess.run([sys.executable, "-c", code, str(out), str(batch)], env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise OutputError(f"{out / INDEX_DIR / ANSWERS_FILE}: the stored answers could not be written "
                         f"(a child process asking the store failed): {done.stderr.strip()[-1500:]}")
    return out / INDEX_DIR / ANSWERS_FILE

