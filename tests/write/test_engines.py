"""Every engine and worker count gives the same exports: files byte for byte, the SPARQL store
statement for statement (its database files have their own layout)."""
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import BUNDLED_CORPUS, build

SMALL = sorted(BUNDLED_CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)[:3]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Three corpus files, one of them also reprinted under another name (merged across
    workers), and an empty file (an issue)."""
    d = tmp_path_factory.mktemp("engines-in")
    for p in SMALL:
        shutil.copy(p, d / p.name)
    shutil.copy(SMALL[0], d / f"zz_reprint_{SMALL[0].name}")
    (d / "empty.txt").write_bytes(b"")
    return d


def _kg_build(src: Path, out: Path, *args: str) -> Path:
    res = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(out), "-q",
                          *args], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-2000:]
    return out


def _files(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and "store" not in p.relative_to(out).parts}


def _statements(out: Path) -> set[str]:
    import pyoxigraph as ox
    store = ox.Store.read_only(str(out / "store"))
    return {str(q) for q in store.quads_for_pattern(None, None, None, None)}


def test_worker_counts_give_the_same_exports(corpus, tmp_path):
    one = _kg_build(corpus, tmp_path / "w1", "--workers", "1")
    two = _kg_build(corpus, tmp_path / "w2", "--workers", "2")
    default = _kg_build(corpus, tmp_path / "default")
    assert _files(one) == _files(two) == _files(default)
    assert {"search/index.sqlite", "search/answers.sqlite"} <= set(_files(one))
    assert _statements(one) == _statements(two) == _statements(default)


def test_dask_engine_gives_the_same_exports(corpus, tmp_path):
    pytest.importorskip("dask.distributed", reason="Dask distributed is not installed "
                                                   "(pip install 'kg[distributed]')")
    local = _kg_build(corpus, tmp_path / "local", "--workers", "2")
    dask = _kg_build(corpus, tmp_path / "dask", "--engine", "dask", "--workers", "2")
    assert _files(local) == _files(dask)
    assert _statements(local) == _statements(dask)


def test_reprint_merged_across_files_and_lines_dropped(corpus):
    kept = build([corpus], workers=2, keep_lines=False)
    full = build([corpus])
    assert [d.doc_id for d in kept.documents] == [d.doc_id for d in full.documents]
    assert any(c.file.startswith("zz_reprint_") for d in full.documents for c in d.copies)
    assert all(d.lines == () for d in kept.documents) and all(d.lines for d in full.documents)
    # the lines the exports quote travel without the documents' lines
    assert kept.quotes and all(full_text == kept.quotes[(ln.file, ln.number)]
                               for d in full.documents for ln in d.lines
                               if (ln.file, ln.number) in kept.quotes
                               for full_text in [ln.text])
    assert [i.as_dict() for i in kept.issues] == [i.as_dict() for i in full.issues]


def test_a_reprint_is_not_extracted_again_by_one_worker(corpus, monkeypatch):
    """With one worker the files are extracted in turn, so a reprint of a document kept
    before is only noted (its span), not extracted: the same result, one extraction less."""
    import kg.pipeline as pipeline
    extracted = []
    real = pipeline.extract_doc

    def counting(doc, *args, **kw):
        extracted.append(doc.span.file)
        return real(doc, *args, **kw)
    monkeypatch.setattr(pipeline, "extract_doc", counting)
    one = build([corpus], workers=1, keep_lines=False)
    assert not any(f.startswith("zz_reprint_") for f in extracted)
    assert len(extracted) == len(one.documents)
    assert any(c.file.startswith("zz_reprint_") for d in one.documents for c in d.copies)


def test_unknown_engine_is_a_message(corpus, tmp_path):
    res = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--out",
                          str(tmp_path / "x"), "--engine", "spark"], capture_output=True, text=True)
    assert res.returncode != 0 and "unknown engine" in res.stderr
    assert "Traceback" not in res.stderr


def test_a_file_extracted_in_parts_is_the_file_in_one_piece():
    """A large file shared among workers (every third document per part) joins into what one
    piece gives: the same documents in order, tasks, raw assignments and quoted lines."""
    from kg.pipeline import _join_parts, extract_file
    from kg.resolve.lexicon import load_lexicon
    lex = load_lexicon(None)
    big = max(BUNDLED_CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)
    whole = extract_file(str(big), big.name, lex)
    joined = _join_parts([extract_file(str(big), big.name, lex, part=k, parts=3) for k in range(3)])
    assert len(whole.docs) > 3
    assert (joined.name, joined.size, joined.issues) == (whole.name, whole.size, whole.issues)
    assert [d.doc.doc_id for d in joined.docs] == [d.doc.doc_id for d in whole.docs]
    for a, b in zip(joined.docs, whole.docs):
        assert (a.index, a.key, a.tasks, a.raw) == (b.index, b.key, b.tasks, b.raw)
        assert a.quotes == b.quotes
    # the parts given the file as the build's process reads it once (_read_split, pickled as
    # the pool sends it) give the same parts as parts that read it themselves
    import pickle
    from kg.pipeline import _read_split
    read = pickle.loads(pickle.dumps(_read_split(str(big), big.name, None, True)))
    given = _join_parts([extract_file(str(big), big.name, lex, part=k, parts=3, read=read)
                         for k in range(3)])
    assert (given.name, given.size, given.issues, given.locators) == \
        (joined.name, joined.size, joined.issues, joined.locators)
    for a, b in zip(given.docs, joined.docs, strict=True):
        assert (a.doc, a.index, a.key, a.tasks, a.raw, a.issues, a.enrichment, a.quotes) == \
            (b.doc, b.index, b.key, b.tasks, b.raw, b.issues, b.enrichment, b.quotes)


def test_the_parts_of_a_file_are_balanced_by_the_characters_they_read():
    """A file shared among workers is cut by the size of its documents, not every n-th
    document: the bundled corpus's largest file put twice the characters (and twice the CPU)
    in one of its two parts that way. Every part computes the same cut; a reprint of an earlier
    document weighs nothing (it is not extracted)."""
    from kg.extract.documents import split_file
    from kg.extract.sources import read_source
    from kg.pipeline import _parts_of, content_key
    big = max(BUNDLED_CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)
    docs = split_file(read_source(big, big.name, []).lines(), None)
    keys = [content_key(d.lines) for d in docs]
    size = [sum(len(ln.text) for ln in d.lines) for d in docs]
    for parts in (2, 3, 4):
        cut = _parts_of(docs, keys, parts)
        assert cut == _parts_of(docs, keys, parts) and sorted(set(cut)) == list(range(parts))
        load = [sum(s for s, p in zip(size, cut) if p == k) for k in range(parts)]
        every_nth = [sum(size[k::parts]) for k in range(parts)]
        assert max(load) - min(load) <= max(size)
        assert max(load) - min(load) < max(every_nth) - min(every_nth)
    # a reprint of the file's largest document, at its end: the others are cut as before
    largest = size.index(max(size))
    again = _parts_of(docs + [docs[largest]], keys + [keys[largest]], 2)
    assert again[:-1] == _parts_of(docs, keys, 2)


def test_a_part_skips_the_reprints_of_earlier_documents_of_its_file():
    """Each part of a file knows the keys of the file's documents before its own: a reprint of
    one of them is not extracted (build() keeps only its span), as in one process."""
    from kg.pipeline import _join_parts, extract_file
    from kg.resolve.lexicon import load_lexicon
    lex = load_lexicon(None)
    for f in sorted(BUNDLED_CORPUS.glob("*.txt")):
        whole = extract_file(str(f), f.name, lex, seen={})
        keys = [d.key for d in whole.docs]
        if len(set(keys)) < len(keys):
            break
    else:
        raise AssertionError("the bundled corpus has no file with a reprint in it")
    joined = _join_parts([extract_file(str(f), f.name, lex, part=k, parts=3) for k in range(3)])
    assert [(d.index, d.key, d.tasks, d.raw) for d in joined.docs] == \
        [(d.index, d.key, d.tasks, d.raw) for d in whole.docs]
    reprints = [d for d in joined.docs if d.key in keys[:d.index]]
    assert reprints and all(not d.tasks and not d.raw for d in reprints)


def _same_id_corpus(d: Path) -> Path:
    """Three files whose documents share an id (the same title, no 文号, no date) and differ
    in their text: distinct documents, the second and third renamed ``-2``, ``-3`` and read
    again under that id."""
    d.mkdir()
    for n, unit in enumerate(("市发展改革委", "市财政局", "市教育局")):
        (d / f"f{n}.txt").write_text(
            "关于加强城市更新工作的意见\n\n一、强化规划引领\n"
            f"1.编制城市更新专项规划，明确更新片区。（责任单位：{unit}）\n"
            f"2.建立项目库，实行动态管理第{n + 1}批。（责任单位：市住房城乡建设局）\n",
            encoding="utf-8")
    return d


def test_a_document_read_again_under_a_new_id_is_read_by_a_worker(tmp_path, monkeypatch):
    import os
    import kg.pipeline as pipeline
    src = _same_id_corpus(tmp_path / "in")
    one = build([src], workers=1, keep_lines=False)
    ids = [d.doc_id for d in one.documents]
    assert len(set(ids)) == 3 and ids[1] == ids[0] + "-2" and ids[2] == ids[0] + "-3"
    parent, extract_doc = os.getpid(), pipeline.extract_doc

    def in_a_worker(*args, **kwargs):
        # the parent extracts nothing when there are workers (its memos would grow)
        assert os.getpid() != parent, "the parent extracted a document"
        return extract_doc(*args, **kwargs)
    monkeypatch.setattr(pipeline, "extract_doc", in_a_worker)
    two = build([src], workers=2, keep_lines=False)
    assert [d.doc_id for d in two.documents] == ids
    assert [t.task_id for t in two.tasks] == [t.task_id for t in one.tasks]
    assert [(a.task_id, a.unit.unit_id) for a in two.assignments] == \
        [(a.task_id, a.unit.unit_id) for a in one.assignments]
