"""Named SPARQL queries over a built graph, on pyoxigraph (default) or rdflib.

A query is a file ``kg/ontology/queries/<name>.rq`` or a path to any ``.rq`` file. Parameters
are bound by the engine (pyoxigraph ``substitutions=`` or a ``VALUES`` block of a serialised
literal, rdflib ``initBindings=``); they are never formatted into the query text by hand.
A query that uses ``?NAME_zh`` also gets parameter NAME as a ``@zh`` literal, so that a unit
label is an index lookup (``?u skos:altLabel ?unit_zh``) rather than a filter on every label.

>>> import kg, pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("1.摸清底数。（责任单位：市住建局）", encoding="utf-8")
>>> _ = kg.write(kg.build([d / "a.txt"]), d / "exports")
>>> cols, rows = run_query("tasks-of-unit", {"unit": "市住建局"}, d / "exports")
>>> dict(zip(cols, rows[0]))["unitName"], dict(zip(cols, rows[0]))["role"]
('市住房和城乡建设局', 'responsible')
>>> import shutil; shutil.rmtree(d)
"""
from __future__ import annotations

import gc
import re
from pathlib import Path

from ..errors import ExportMissing, QueryError
from ..vocab import STORE_DIR

from ..data import QUERY_DIR  # noqa: E402  (shipped in the package: kg/ontology/queries)
ENGINES = ("oxigraph", "rdflib")
_PARAM_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def query_names() -> list[str]:
    """The named queries shipped in ``kg/ontology/queries``."""
    return sorted(p.stem for p in QUERY_DIR.glob("*.rq"))


def resolve_query(name_or_path: str | Path) -> Path:
    """The file of a named query, or ``name_or_path`` itself when it is a ``.rq`` file."""
    p = Path(name_or_path)
    if p.suffix == ".rq" or p.exists():
        if not p.is_file():
            raise QueryError(f"{p}: no such query file")
        return p
    named = QUERY_DIR / f"{name_or_path}.rq"
    if not named.is_file():
        raise QueryError(f"unknown query {name_or_path!r}; named queries are: "
                         f"{', '.join(query_names())} (or give a path to a .rq file)")
    return named


def _check_built(out: Path) -> None:
    if not (Path(out) / STORE_DIR).is_dir() or not (Path(out) / "graph.nt").is_file():
        raise ExportMissing(f"{out}: no built graph here (expected {out}/{STORE_DIR}/ and "
                            f"{out}/graph.nt); run `kg build --out {out}` first")


def _check_params(params: dict[str, str]) -> None:
    for k in params:
        if not _PARAM_RE.match(k):
            raise QueryError(f"parameter name {k!r} is not a SPARQL variable name")


def _check_param_names(params: dict[str, str], text: str, path: Path) -> None:
    """Every parameter must be a variable of the query (``?unit`` or ``?unit_zh``): a
    misspelt name is an error, not a query run without it."""
    _check_params(params)
    for k in params:
        if not re.search(r"[?$]" + re.escape(k) + r"(?:_zh)?(?![A-Za-z0-9_])", text):
            described = re.findall(r"^#\s*Parameters?[^:]*:\s*(.+)$", text, flags=re.M)
            hint = ("; its parameters: " + "; ".join(described)) if described else (
                "; it takes no parameter")
            raise QueryError(f"--param {k}: {path.stem} has no variable ?{k}{hint}")


_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def _ox_value(term):
    """A result term as a Python value: ``int`` for xsd:integer, else its lexical form."""
    if term is None:
        return None
    dt = getattr(term, "datatype", None)
    if dt is not None and dt.value == _INTEGER:
        return int(term.value)
    return term.value


def _rdflib_value(term):
    import rdflib
    if term is None:
        return None
    if isinstance(term, rdflib.Literal) and str(term.datatype) == _INTEGER:
        return int(term)
    return str(term)


def open_store(out: str | Path, read_only: bool = True):
    """The pyoxigraph store of a build (read-only by default, so many readers can share it)."""
    import pyoxigraph as ox
    _check_built(Path(out))
    path = str(Path(out) / STORE_DIR)
    try:
        return ox.Store.read_only(path) if read_only else ox.Store(path)
    except (OSError, RuntimeError, ValueError) as err:   # RuntimeError: a corrupt store
        raise QueryError(f"{path}: cannot open the SPARQL store ({err}); rebuild with "
                         f"`kg build --out {out}`") from err


_FORMS_RE = re.compile(r"^#\s*@forms\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+?)\s*$", re.M)


def _forms(text: str) -> dict[str, list[str]]:
    """``# @forms NAME: {} | {}人民政府`` lines of a query: the written forms of parameter NAME
    (``{}`` is the value) that ``?NAME_zh`` takes."""
    return {m.group(1): [f.strip() for f in m.group(2).split("|") if f.strip()]
            for m in _FORMS_RE.finditer(text)}


def _values_zh(text: str, params: dict[str, str], serialise) -> str:
    """For a query that uses ``?NAME_zh``, bind parameter NAME as a ``@zh`` literal in a
    ``VALUES`` block at the start of its WHERE clause (one row per form of a ``# @forms`` line).
    pyoxigraph applies ``substitutions`` after evaluating the pattern, so a label filter scans
    every label (~150 ms on the corpus, seconds at 20x); a VALUES row joined first is an index
    lookup (~7 ms). The literal is serialised by the RDF library, never formatted by hand, so a
    value cannot change the query."""
    forms = _forms(text)
    for k, v in params.items():
        var = f"?{k}_zh"
        if var in text:
            values = [f.replace("{}", v) for f in forms.get(k, ["{}"])]
            text = _with_values(text, var, [serialise(x) for x in dict.fromkeys(values)])
    return text


def _values_at(text: str):
    """Where :func:`_values_zh` puts its ``VALUES`` block: after the text's first ``WHERE {``
    (a match object, ``None`` when there is none)."""
    return re.search(r"WHERE\s*\{", text, flags=re.I)


def _with_values(text: str, var: str, literals: list[str]) -> str:
    """``text`` with ``VALUES var { literals }`` (serialised terms) at :func:`_values_at`."""
    m = _values_at(text)
    if m is None:
        return text
    return f"{text[:m.end()]}\n  VALUES {var} {{ {' '.join(literals)} }}{text[m.end():]}"


def query_store(store, text: str, params: dict[str, str], origin: str = "query"
                ) -> tuple[list[str], list[list]]:
    """Run SPARQL ``text`` on a pyoxigraph ``store`` with ``params`` bound as literals."""
    import pyoxigraph as ox
    _check_params(params)
    subs = {ox.Variable(k): ox.Literal(v) for k, v in params.items() if f"?{k}" in text}
    text = _values_zh(text, params, lambda v: str(ox.Literal(v, language="zh")))
    order = _final_order(text)
    if order is not None:
        got = _sorted_here(store, text[:order[0]], order[1], subs, origin)
        if got is not None:
            return got
    res = _solutions(store, text, subs, origin)
    cols = [v.value for v in res.variables]
    with _no_collection():
        # a solution iterates over its values in the order of the variables (None when
        # unbound): ~2x faster than looking each one up by name
        return cols, [[_ox_value(t) for t in sol] for sol in res]


def _solutions(store, text: str, subs: dict, origin: str):
    import pyoxigraph as ox
    try:
        res = store.query(text, substitutions=subs)
    except SyntaxError as err:
        raise QueryError(f"{origin}: the query does not parse: {err}") from err
    except (OSError, ValueError, RuntimeError) as err:
        raise QueryError(f"{origin}: the query failed: {err}") from err
    if not isinstance(res, ox.QuerySolutions):
        raise QueryError(f"{origin}: only SELECT queries are supported")
    return res


# -- ORDER BY in Python, where its order is certain -------------------------------------------
#
# oxigraph sorts by decoding the compared strings from the store on every comparison: on the
# 20x build ~0.1 CPU s of a named query's ~0.3 for 2 940 rows, while the values are decoded
# once per row for the answer anyway. A query whose last clause is ``ORDER BY`` of projected
# variables is therefore run without it and its rows are sorted here, on the decoded values,
# wherever SPARQL's order is certain: within a group of rows still tied, the values a key
# compares are all unbound or of one kind whose order is the value's -- IRIs (by their text),
# xsd:string, xsd:integer, or language-tagged strings of one language (by their text: code
# points, as oxigraph compares them) -- or all the same term. Unbound sorts first (SPARQL
# 1.1, 15.1). Anything else (mixed datatypes, blank nodes, dates: oxigraph's order across
# them is its own) sends the query back to oxigraph with its ORDER BY, so the rows and their
# order are always oxigraph's. Only when every projected variable is a key or a bound
# parameter, so rows tied on every key are the same row.

_KEY = r"(?:\?[A-Za-z_][A-Za-z0-9_]*|(?:ASC|DESC)\s*\(\s*\?[A-Za-z_][A-Za-z0-9_]*\s*\))"
_ORDER_RE = re.compile(r"\}\s*ORDER\s+BY((?:\s+" + _KEY + r")+)\s*$", re.I)
_ORDER_KEY_RE = re.compile(r"(DESC)?\s*\(?\s*\?([A-Za-z_][A-Za-z0-9_]*)", re.I)
_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _final_order(text: str) -> tuple[int, list[tuple[str, bool]]] | None:
    """(where the text's final ``ORDER BY`` starts, [(variable, descending)]), or ``None``
    when the query does not end with an ORDER BY of plain variables (a LIMIT, OFFSET, comment
    or expression after or in it keeps oxigraph's own sort)."""
    m = _ORDER_RE.search(text)
    if m is None:
        return None
    keys = [(v, bool(d)) for d, v in _ORDER_KEY_RE.findall(m.group(1))]
    return m.start() + 1, keys


def _value_kind(term) -> tuple:
    """(the term as a Python value, as :func:`_ox_value` gives it; its kind: ``None`` when
    unbound, ``"iri"``, the datatype of an xsd:string or xsd:integer, ``"@"`` and the language
    of a language-tagged string -- kinds whose order is their value's -- else ``"!"`` and what
    it is (datatype, blank node, triple): no order known here, but the same kind and value is
    the same term)."""
    if term is None:
        return None, None
    dt = getattr(term, "datatype", None)
    if dt is None:
        name = term.__class__.__name__
        return term.value if name != "Triple" else str(term), (
            "iri" if name == "NamedNode" else "!" + name)
    dt = dt.value
    if dt == _INTEGER:
        return int(term.value), dt
    if dt == _LANG_STRING:
        return term.value, "@" + term.language
    return term.value, dt if dt == _STRING else "!" + dt


def _sorted_here(store, text: str, keys: list[tuple[str, bool]], subs: dict, origin: str
                 ) -> tuple[list[str], list[list]] | None:
    """The rows of ``text`` (the query without its ORDER BY) sorted by ``keys`` in Python, or
    ``None`` when their order is not certain here."""
    res = _solutions(store, text, subs, origin)
    cols = [v.value for v in res.variables]
    names = [k for k, _ in keys]
    if not set(names) <= set(cols) or not set(cols) <= set(names) | {v.value for v in subs}:
        return None
    with _no_collection():
        rows = []
        seen: dict = {}     # the same unit, title, file recur on many rows: converted once
        for sol in res:
            values, kinds = [], []
            for t in sol:
                got = seen.get(t)
                if got is None:
                    got = seen[t] = _value_kind(t)
                values.append(got[0])
                kinds.append(got[1])
            rows.append((values, kinds))
        index = [(cols.index(k), desc) for k, desc in keys]
        if not _sort_group(rows, 0, len(rows), index, 0):
            return None
        return cols, [values for values, _ in rows]


class _no_collection:
    """No automatic garbage collection while a block runs (re-enabled after it if it was on):
    the ~25 000 objects of an answer's rows made the collector walk the heap several times,
    and they hold no cycle to find."""

    def __enter__(self):
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was:
            gc.enable()


def _sort_group(rows: list[tuple[list, list]], lo: int, hi: int, index: list[tuple[int, bool]],
                k: int) -> bool:
    """Sort ``rows[lo:hi]`` ((values, kinds) pairs tied on the keys before ``k``) by the keys
    from ``k`` on, in place; ``False`` when an order is not certain."""
    while k < len(index) and hi - lo > 1:
        col, desc = index[k]
        kinds = {r[1][col] for r in rows[lo:hi]}
        kinds.discard(None)
        if len(kinds) > 1 or any(kind[0] == "!" for kind in kinds):
            # not one kind whose order is its value: certain only when all are the same
            first = rows[lo]
            if any(r[0][col] != first[0][col] or r[1][col] != first[1][col]
                   for r in rows[lo + 1:hi]):
                return False
            k += 1
            continue

        def value(r, col=col):      # unbound first, then the value
            v = r[0][col]
            return (0, 0) if v is None else (1, v)
        part = rows[lo:hi]
        part.sort(key=value, reverse=desc)
        rows[lo:hi] = part
        if k + 1 == len(index):
            return True
        start = lo
        for i in range(lo + 1, hi + 1):     # runs tied on this key: sorted by the next ones
            if i == hi or value(rows[i]) != value(rows[start]):
                if i - start > 1 and not _sort_group(rows, start, i, index, k + 1):
                    return False
                start = i
        return True
    return True


_RDFLIB_CACHE: dict[tuple[str, float], object] = {}


def rdflib_graph(out: str | Path):
    """The build's graph loaded in rdflib from ``graph.nt`` (cached per file and mtime)."""
    import rdflib
    nt = Path(out) / "graph.nt"
    key = (str(nt.resolve()), nt.stat().st_mtime)
    g = _RDFLIB_CACHE.get(key)
    if g is None:
        g = rdflib.Graph()
        g.parse(nt, format="nt")
        _RDFLIB_CACHE.clear()
        _RDFLIB_CACHE[key] = g
    return g


def query_rdflib(graph, text: str, params: dict[str, str], origin: str = "query"
                 ) -> tuple[list[str], list[list]]:
    """Run SPARQL ``text`` on an rdflib ``graph`` with ``params`` bound as literals."""
    import rdflib
    from rdflib.plugins.sparql import prepareQuery
    _check_params(params)
    forms = _forms(text)
    if forms:       # several forms of a parameter: a VALUES block, as on pyoxigraph
        text = _values_zh(text, {k: v for k, v in params.items() if k in forms},
                          lambda v: rdflib.Literal(v, lang="zh").n3())
    try:
        q = prepareQuery(text)
    except Exception as err:   # pyparsing raises its own exception types
        raise QueryError(f"{origin}: the query does not parse: {err}") from err
    try:
        bindings = {k: rdflib.Literal(v) for k, v in params.items()}
        for k, v in params.items():
            if f"?{k}_zh" in text and k not in forms:
                bindings[f"{k}_zh"] = rdflib.Literal(v, lang="zh")
        res = graph.query(q, initBindings=bindings)
    except Exception as err:
        raise QueryError(f"{origin}: the query failed: {err}") from err
    if res.type != "SELECT":
        raise QueryError(f"{origin}: only SELECT queries are supported")
    cols = [str(v) for v in res.vars]
    rows = [[_rdflib_value(row[i]) for i in range(len(cols))] for row in res]
    return cols, rows


def run_query(name_or_path: str | Path, params: dict[str, str] | None = None,
              out: str | Path = "exports", engine: str = "oxigraph"
              ) -> tuple[list[str], list[list]]:
    """Run a named query (or a ``.rq`` file) on the graph built in ``out``.

    Returns the variable names and the rows (values as strings, ``None`` when unbound).
    """
    cols, rows, _ = run_query_page(name_or_path, params, out, engine)
    return cols, rows


def run_query_page(name_or_path: str | Path, params: dict[str, str] | None = None,
                   out: str | Path = "exports", engine: str = "oxigraph", offset: int = 0,
                   limit: int = 0, answers: bool = True
                   ) -> tuple[list[str], list[list], int]:
    """:func:`run_query`'s rows ``offset`` to ``offset + limit`` (0: all) of the whole answer
    in its order, and how many rows the whole answer has.

    With ``answers`` and the oxigraph engine, a query whose text is one the build answered
    at build time (``tasks-of-unit``, ``county-obligations`` unedited:
    :mod:`kg.write.answers`) is read from those answers, the same rows without asking the
    store; anything else asks the store."""
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    path = resolve_query(name_or_path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"{path}: cannot read the query ({err})") from err
    _check_built(Path(out))
    params = dict(params or {})
    _check_param_names(params, text, path)
    if engine == "oxigraph":
        if answers:
            from .answers import lookup
            got = lookup(Path(out), text, params, offset, limit)
            if got is not None:
                return got
        cols, rows = query_store(open_store(out), text, params, origin=str(path))
    else:
        cols, rows = query_rdflib(rdflib_graph(out), text, params, origin=str(path))
    total = len(rows)
    if limit or offset:
        rows = rows[offset:offset + limit] if limit else rows[offset:]
    return cols, rows, total
