"""The answers of tasks-of-unit and county-obligations written at build time
(kg/write/answers.py, read by kg/read/answers.py): the same rows as the store's answer for every
label the store knows, and the store asked whenever they cannot answer."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kg.cli.format import render
from kg.cli.quick import query_body
from kg.read.answers import lookup
from kg.read.sparql import resolve_query, run_query_page

ROOT = Path(__file__).resolve().parents[2]
VIEWS = {"tasks-of-unit": "unit", "county-obligations": "county"}


def _answers(out: Path) -> Path:
    return out / "search" / "answers.sqlite"


def _values(out: Path) -> list[str]:
    """Every @zh label of the store (read from the store, not from the answers' file), the
    forms without 人民政府 that county-obligations adds it to, and a name nobody has."""
    import pyoxigraph as ox
    from kg.read.sparql import open_store
    skos = "http://www.w3.org/2004/02/skos/core#"
    store = open_store(out)
    labels = {q.object.value for p in ("prefLabel", "altLabel")
              for q in store.quads_for_pattern(None, ox.NamedNode(skos + p), None)
              if isinstance(q.object, ox.Literal) and q.object.language == "zh"}
    shorter = {v[:-4] for v in labels if v.endswith("人民政府")}
    return sorted(labels | shorter | {"没有这个单位"})


def _same_for_every_label(out: Path) -> tuple[int, int]:
    """(answers read from the table, values asked); asserts each equals the store's csv."""
    from kg.read.sparql import open_store, query_store
    store = open_store(out)         # opened once: the store's answer is query_store's
    used = asked = 0
    for name, param in VIEWS.items():
        text = resolve_query(name).read_text(encoding="utf-8")
        for value in _values(out):
            table = run_query_page(name, {param: value}, out)
            cols, rows = query_store(store, text, {param: value})
            assert render(table[0], table[1], "csv") == render(cols, rows, "csv"), (name, value)
            assert table[2] == len(rows)
            asked += 1
            used += lookup(out, text, {param: value}) is not None
    return used, asked


def test_every_label_of_the_bundled_corpus(corpus_out):
    used, asked = _same_for_every_label(corpus_out)
    assert used > 0.9 * asked       # the table answers (nearly) all; the rest ask the store


@pytest.fixture(scope="module")
def govs_out(tmp_path_factory) -> Path:
    from kg.pipeline import build_and_write
    out = tmp_path_factory.mktemp("answers-govs")
    build_and_write([ROOT / "tests" / "govs" / "collected" / "text"], out)
    return out


def test_every_label_of_other_governments(govs_out):
    # (a short label several governments' units share, 交通局, 区发改委, is answered by the store by
    # design: the more governments in the build, the more of them; 4119 of 4580 values (0.899) with
    # the 219 files of session 26, 0.90 with 216)
    used, asked = _same_for_every_label(govs_out)
    assert used > 0.85 * asked


def _unit_with_rows(out: Path, n: int) -> str:
    """A label of a unit whose tasks-of-unit answer has more than ``n`` rows."""
    db = sqlite3.connect(_answers(out))
    try:
        for label, subjects in db.execute("SELECT label, subjects FROM labels ORDER BY label"):
            s = json.loads(subjects)
            if len(s) == 1:
                got = db.execute("SELECT n FROM totals WHERE query = 'tasks-of-unit' AND "
                                 "subject = ?", (s[0],)).fetchone()
                if got and got[0] > n:
                    return label
    finally:
        db.close()
    raise AssertionError(f"no unit with more than {n} rows")


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
@pytest.mark.parametrize("limit,offset", [(None, 0), (0, 0), (10, 95), (50, 50), (3, 10_000)])
def test_pages_print_the_same_bytes(corpus_out, fmt, limit, offset):
    """kg query's output (table page, csv, json, --limit/--offset, across a stored chunk's
    end) from the table is the store's, cut the same way."""
    unit = _unit_with_rows(corpus_out, 120)
    printed: list[str] = []
    query_body(lambda m="", nl=True: printed.append(m + ("\n" if nl else "")), "tasks-of-unit",
               [f"unit={unit}"], fmt, corpus_out, "oxigraph", limit, offset)
    cols, rows, total = run_query_page("tasks-of-unit", {"unit": unit}, corpus_out,
                                       answers=False)
    n = (50 if fmt == "table" else 0) if limit is None else limit
    page = rows[offset:offset + n] if n else rows[offset:]
    assert "".join(printed) == render(cols, page, fmt, total=total, offset=offset)
    assert lookup(corpus_out, resolve_query("tasks-of-unit").read_text(encoding="utf-8"),
                  {"unit": unit}) is not None


def test_an_edited_query_asks_the_store(corpus_out, tmp_path):
    """Another text (here the same query in the opposite order) is never answered from the
    table: its rows are the store's for that text."""
    unit = _unit_with_rows(corpus_out, 5)
    shipped = resolve_query("tasks-of-unit").read_text(encoding="utf-8")
    edited = tmp_path / "tasks-of-unit.rq"
    edited.write_text(shipped.replace("ORDER BY ?file ?line", "ORDER BY DESC(?file) DESC(?line)"),
                      encoding="utf-8")
    assert lookup(corpus_out, edited.read_text(encoding="utf-8"), {"unit": unit}) is None
    cols, rows, total = run_query_page(edited, {"unit": unit}, corpus_out)
    assert (cols, rows, total) == run_query_page(edited, {"unit": unit}, corpus_out,
                                                 answers=False)
    shipped_rows = run_query_page("tasks-of-unit", {"unit": unit}, corpus_out)[1]
    assert rows != shipped_rows and sorted(map(str, rows)) == sorted(map(str, shipped_rows))
    # the shipped text in another file is the same question: answered from the table
    copy = tmp_path / "copy.rq"
    copy.write_text(shipped, encoding="utf-8")
    assert run_query_page(copy, {"unit": unit}, corpus_out)[1] == shipped_rows


def test_a_build_without_the_table_asks_the_store(sample_out, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(sample_out, old)
    text = resolve_query("tasks-of-unit").read_text(encoding="utf-8")
    assert lookup(old, text, {"unit": "市发改委"}) is not None
    before = run_query_page("tasks-of-unit", {"unit": "市发改委"}, old)
    _answers(old).unlink()
    assert lookup(old, text, {"unit": "市发改委"}) is None
    after = run_query_page("tasks-of-unit", {"unit": "市发改委"}, old)
    assert after == before and after[1]
    # a file of another format is not read either
    shutil.copy(_answers(sample_out), _answers(old))
    db = sqlite3.connect(_answers(old))
    db.execute("UPDATE meta SET value = '0' WHERE key = 'format'")
    db.commit()
    db.close()
    assert lookup(old, text, {"unit": "市发改委"}) is None
    assert run_query_page("tasks-of-unit", {"unit": "市发改委"}, old) == before


def test_other_parameters_and_engines_ask_the_store(sample_out):
    text = resolve_query("tasks-of-unit").read_text(encoding="utf-8")
    assert lookup(sample_out, text, {}) is None
    assert lookup(sample_out, text, {"unit": "市发改委", "other": "x"}) is None
    assert run_query_page("tasks-of-unit", {"unit": "市发改委"}, sample_out, "rdflib")[:2] == \
        run_query_page("tasks-of-unit", {"unit": "市发改委"}, sample_out)[:2]


def test_batches_of_subjects_write_the_same_bytes(corpus_out, tmp_path, monkeypatch):
    """The shipped views are asked a batch of subjects at a time (kg.write.answers.batch_query:
    one run of the query per batch, no subject asked alone); the file is byte for byte the one
    the per-subject way writes (each subject's own query_store, as kg query asks), whatever
    the batch size, and no run is asked for more subjects than the batch holds."""
    import kg.read.sparql as sparql
    import kg.write.answers as answers
    from kg.vocab import STORE_DIR
    out = tmp_path / "out"
    shutil.copytree(corpus_out / STORE_DIR, out / STORE_DIR)
    built = _answers(corpus_out).read_bytes()
    alone, batches = [], []
    real_store, real_batch = sparql.query_store, answers._batch_rows

    def counted_store(*a, **k):
        alone.append(a[2])
        return real_store(*a, **k)

    def counted_batch(store, plan, labels, *a, **k):
        batches.append(len(labels))
        return real_batch(store, plan, labels, *a, **k)
    monkeypatch.setattr(sparql, "query_store", counted_store)
    monkeypatch.setattr(answers, "_batch_rows", counted_batch)
    for size in (answers.BATCH, 7, 1):
        alone.clear()
        batches.clear()
        answers.write_answers(None, out, batch=size)
        assert _answers(out).read_bytes() == built, size
        assert not alone and batches and max(batches) <= size, size
        assert size == 1 or max(batches) == size
        if size == answers.BATCH:
            # each run costs a fixed part: the bundled corpus's ~280 subjects of each view
            # are asked in two runs of it (not in 14 of 20 subjects)
            assert len(batches) <= 4 and sum(batches) > 2 * size
    # a bound on the rows a batch may bring (the busy units of a large corpus): smaller batches,
    # the same bytes
    monkeypatch.setattr(answers, "BATCH_ROWS", 40)
    batches.clear()
    answers.write_answers(None, out)
    assert _answers(out).read_bytes() == built
    assert 1 in batches      # (a subject of more than 40 rows asked alone)
    monkeypatch.setattr(answers, "BATCH_ROWS", 20_000)
    # the per-subject way: the same bytes, one query per subject
    monkeypatch.setattr(answers, "batch_query", lambda text, param: None)
    alone.clear()
    batches.clear()
    answers.write_answers(None, out)
    assert _answers(out).read_bytes() == built
    assert not batches and len(alone) > 100 and all(alone)


def test_an_order_not_certain_in_a_batch_asks_the_subject_alone(corpus_out, tmp_path,
                                                                 monkeypatch):
    """Where the Python sort cannot fix a label's rows' order (kg.read.sparql._sort_group says
    so), the subject is asked alone (query_store, which then leaves the order to oxigraph):
    here every one, and the bytes are still the same."""
    import kg.read.sparql as sparql
    import kg.write.answers as answers
    from kg.vocab import STORE_DIR
    out = tmp_path / "out"
    shutil.copytree(corpus_out / STORE_DIR, out / STORE_DIR)
    alone = []
    real_store = sparql.query_store

    def counted_store(*a, **k):
        alone.append(a[2])
        return real_store(*a, **k)
    monkeypatch.setattr(sparql, "query_store", counted_store)
    monkeypatch.setattr(sparql, "_sort_group", lambda *a: False)
    answers.write_answers(None, out, batch=50)
    # every subject with more than one row is asked alone (one row needs no sort)
    assert len(alone) > 50
    assert _answers(out).read_bytes() == _answers(corpus_out).read_bytes()


@pytest.mark.parametrize("edit", [
    ("?unit ?unitName ?task", "?unitName ?unit ?task"),                 # still the shape
    ("SELECT DISTINCT ?unit ", "SELECT "),                              # ?unit not projected
    (" ?deadline ?document\n", " ?deadline\n"),        # a column no ORDER BY key sorts
    ("?src kg:file ?file ;", "?src kg:file ?file ; kg:note ?unit ;"),   # ?unit not only projected
    ("  ?src kg:file ?file ;", "  ?src kg:file ?file ; # a comment after code\n"),
    # the first WHERE { (where query_store puts the VALUES block) not the outer SELECT's
    ("SELECT DISTINCT", "# WHERE { a comment\nSELECT DISTINCT"),
    ("?deadline ?document\n", "?deadline ?document LIMIT 5\n"),      # not the final clause
])
def test_the_shapes_asked_in_batches(edit):
    """batch_query takes a query whose rows per label it gives, and nothing else (the rest is
    asked per subject)."""
    from kg.write.answers import batch_query
    shipped = resolve_query("tasks-of-unit").read_text(encoding="utf-8")
    assert batch_query(shipped, "unit") is not None
    text = shipped.replace(*edit)
    assert text != shipped
    got = batch_query(text, "unit")
    assert (got is not None) == (edit[1] == "?unitName ?unit ?task"), edit
    if got is not None:
        assert got.cols == ["unitName", "unit", "task", "role", "deadline", "document", "file",
                            "line"] and got.at == 1


def test_a_store_reopened_between_batches_writes_the_same_bytes(corpus_out, tmp_path,
                                                                 monkeypatch):
    """The read-only store is closed and opened again between batches once the process has
    grown by REOPEN_MB (RocksDB's blocks of the files read stay while it is open): reopened
    after every batch, the file is byte for byte the same."""
    import pyoxigraph as ox
    import kg.write.answers as answers
    from kg.vocab import STORE_DIR
    out = tmp_path / "out"
    shutil.copytree(corpus_out / STORE_DIR, out / STORE_DIR)
    opened = []
    real = ox.Store.read_only

    class Counted:
        @staticmethod
        def read_only(path):
            opened.append(path)
            return real(path)

        def __getattr__(self, name):
            return getattr(ox.Store, name)
    monkeypatch.setattr(answers, "REOPEN_MB", -1e9)     # grown: always
    monkeypatch.setattr(ox, "Store", Counted())
    answers.write_answers(None, out, batch=7)
    assert _answers(out).read_bytes() == _answers(corpus_out).read_bytes()
    assert len(opened) > 10


def test_a_plain_sub_select_is_asked_as_its_group():
    # the stored answers' batched query asks a plain sub-select (no modifier, every variable of its
    # one group projected) as the group: the same solutions, streamed rather than held for a hash
    # join (docs/SCALE.md, twenty-ninth round); any other sub-select is left as written
    from kg.write.answers import _inlined
    text = ("?a kg:role ?r .\n  { SELECT ?r ?role WHERE { ?r kg:stated true ; skos:notation ?role } }\n"
            "  { SELECT ?d WHERE { ?d dcterms:title ?document } }\n"
            "  { SELECT DISTINCT ?x ?y WHERE { ?x kg:p ?y } }\n")
    assert _inlined(text) == ("?a kg:role ?r .\n  { ?r kg:stated true ; skos:notation ?role }\n"
                              "  { SELECT ?d WHERE { ?d dcterms:title ?document } }\n"
                              "  { SELECT DISTINCT ?x ?y WHERE { ?x kg:p ?y } }\n")


def test_a_large_builds_answers_are_asked_by_a_fresh_process(tmp_path, corpus_out, monkeypatch):
    """In a build whose store is large the stored answers are written by a new interpreter reading
    the store (docs/SCALE.md, twenty-ninth round): the same bytes; a child that fails is an error
    naming the file, not a build with the file missing."""
    import sys
    import kg.write.answers as answers
    from kg.errors import OutputError
    from kg.vocab import STORE_DIR
    out = tmp_path / "out"
    shutil.copytree(corpus_out / STORE_DIR, out / STORE_DIR)
    built = _answers(corpus_out).read_bytes()
    monkeypatch.setattr(answers, "FRESH_PROCESS_STORE_MB", 0)
    ran = []
    real = answers._in_fresh_process
    monkeypatch.setattr(answers, "_in_fresh_process", lambda o, b: ran.append(o) or real(o, b))
    answers.write_answers(object(), out)        # (a build's result: only its presence matters)
    assert ran == [out] and _answers(out).read_bytes() == built
    monkeypatch.setattr(sys, "executable", shutil.which("false"))
    with pytest.raises(OutputError, match="answers.sqlite"):
        answers.write_answers(object(), out)
