"""The extraction cache (kg.extract.cache): a rebuild reads each unchanged document back and
writes the same exports; a changed document, another lexicon or a damaged entry is extracted
again; the folder is kept under its size."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from kg.extract import cache as extract_cache
from kg.pipeline import BUNDLED_CORPUS, build
from kg.resolve.lexicon import load_lexicon
from kg.write import write_jsonl

ROOT = Path(__file__).resolve().parent.parent.parent
SMALL = BUNDLED_CORPUS / "001_a0b1d5ad5d62845f.txt"
OTHER = BUNDLED_CORPUS / "000_a3dd51c4589df611.txt"


def _build(paths, folder, lexicon=None, workers=1):
    seen = {}

    def progress(stage, n, total):
        if stage == "reused":
            seen["reused"] = (n, total)
    result = build(paths, lexicon=lexicon, cache=folder, progress=progress, workers=workers)
    return result, seen.get("reused")


def _exports(result, out: Path) -> dict[str, bytes]:
    write_jsonl(result, out)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix == ".jsonl"}


def test_a_rebuild_reads_every_document_back_and_writes_the_same_exports(tmp_path):
    folder = tmp_path / "cache"
    cold, reused = _build([SMALL, OTHER], folder)
    assert reused == (0, 2)
    assert any(folder.rglob("*.pkl.z"))
    warm, reused = _build([SMALL, OTHER], folder)
    assert reused == (2, 2)
    plain = build([SMALL, OTHER])
    a, b, c = (_exports(r, tmp_path / n) for r, n in ((cold, "a"), (warm, "b"), (plain, "c")))
    assert a == b == c
    assert a["assignments.jsonl"]       # something was extracted


def test_a_changed_document_is_extracted_again(tmp_path):
    folder = tmp_path / "cache"
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SMALL, src / "a.txt")
    shutil.copy(OTHER, src / "b.txt")
    _build([src], folder)
    text = (src / "a.txt").read_text(encoding="utf-8")
    (src / "a.txt").write_text(text.replace("。", "；", 1), encoding="utf-8")
    result, reused = _build([src], folder)
    assert reused == (1, 2)
    fresh = build([src])
    assert _exports(result, tmp_path / "x") == _exports(fresh, tmp_path / "y")


def test_another_lexicon_is_another_cache(tmp_path):
    folder = tmp_path / "cache"
    _build([SMALL], folder)
    lex = load_lexicon(None)
    lex.prefixes.append(("某某", "某"))     # any change to the lexicon's content
    _result, reused = _build([SMALL], folder, lexicon=lex)
    assert reused == (0, 1)


def test_a_damaged_entry_is_extracted_again(tmp_path):
    folder = tmp_path / "cache"
    cold, _ = _build([SMALL], folder)
    for entry in folder.rglob("*.pkl.z"):
        entry.write_bytes(entry.read_bytes()[:40] + b"not a pickle")
    warm, reused = _build([SMALL], folder)
    assert reused == (0, 1)
    assert _exports(cold, tmp_path / "a") == _exports(warm, tmp_path / "b")
    _again, reused = _build([SMALL], folder)     # and written over: read back next time
    assert reused == (1, 1)


def test_workers_read_the_cache_too(tmp_path):
    folder = tmp_path / "cache"
    _build([SMALL, OTHER], folder, workers=2)
    result, reused = _build([SMALL, OTHER], folder, workers=2)
    assert reused == (2, 2)
    assert _exports(result, tmp_path / "a") == _exports(build([SMALL, OTHER]), tmp_path / "b")


def test_prune_deletes_the_least_recently_used_entries(tmp_path):
    folder = tmp_path / "cache"
    (folder / "ab").mkdir(parents=True)
    for n in range(5):
        p = folder / "ab" / f"{n}.pkl.z"
        p.write_bytes(b"x" * 100)
        os.utime(p, (1000 + n, 1000 + n))
    assert extract_cache.prune(folder, max_bytes=250) == 3
    assert sorted(p.name for p in (folder / "ab").iterdir()) == ["3.pkl.z", "4.pkl.z"]
    assert extract_cache.prune(tmp_path / "none", max_bytes=0) == 0


def test_kg_build_uses_the_cache_unless_told_not_to(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    env.pop("KG_NO_CACHE", None)
    folder = tmp_path / "home" / "kg" / "extract"

    def kg_build(*extra, env=env):
        return subprocess.run([sys.executable, "-m", "kg", "build", str(SMALL), "--out",
                               str(tmp_path / "out"), "-w", "1", *extra],
                              env=env, capture_output=True, text=True, check=True)
    kg_build("--no-cache")
    assert not folder.exists()
    kg_build(env=dict(env, KG_NO_CACHE="1"))
    assert not folder.exists()
    first = kg_build()
    assert "reused 0/1" in first.stderr
    assert any(folder.rglob("*.pkl.z"))
    second = kg_build()
    assert "reused 1/1" in second.stderr


def test_the_code_digest_is_taken_as_the_build_code_is_imported():
    # taken at the first document instead, an edit of kg while a build runs would key the old
    # code's output with the new code's digest (a stale entry every later build reads back)
    import subprocess
    import sys
    code = ("import sys, kg.pipeline; from kg.extract import cache; "
            "sys.exit(0 if cache._CODE is not None else 1)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
