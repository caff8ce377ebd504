"""Atomic builds (issue 14): a killed, failed, empty or concurrent build leaves ``--out``
holding the previous build or the complete new one, and ``--out`` never deletes what
`kg build` did not write."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import OutputError, SourceError
from kg.pipeline import BUNDLED_CORPUS, build, write
from kg.vocab import MARKER
from kg.write import write_jsonl
from kg.read.build import marker_stamp
from kg.write.builddir import build_lock, replace_build, validate

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(ROOT))


def _digest(out: Path) -> dict:
    """Every file but the store's own database files, and the store's statement count."""
    import pyoxigraph as ox
    files = {str(p.relative_to(out)): hashlib.sha1(p.read_bytes()).hexdigest()
             for p in sorted(out.rglob("*")) if p.is_file() and "store" not in p.parts}
    store = ox.Store.read_only(str(out / "store"))
    files["store quads"] = len(store)
    del store
    return files


def _kg(*args, env=ENV, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.fixture(scope="module")
def builds(tmp_path_factory, sample_file):
    """Input A (the sample document) and input B (two corpus files), each built once."""
    d = tmp_path_factory.mktemp("atomic")
    b_in = d / "b-in"
    b_in.mkdir()
    for p in sorted(BUNDLED_CORPUS.glob("*.txt"))[:2]:
        (b_in / p.name).write_bytes(p.read_bytes())
    ref_a, ref_b = d / "ref-a", d / "ref-b"
    for src, ref in ((sample_file, ref_a), (b_in, ref_b)):
        assert _kg("build", str(src), "--out", str(ref), "-q").wait(120) == 0
    return {"a": sample_file, "b": b_in, "ref_a": _digest(ref_a), "ref_b": _digest(ref_b)}


def test_a_build_writes_a_marker_listing_its_files(sample_out):
    marker = json.loads((sample_out / MARKER).read_text(encoding="utf-8"))
    assert sorted(marker["files"]) == sorted(p.name for p in sample_out.iterdir()
                                             if p.name != MARKER)
    assert marker_stamp(sample_out) is not None


def test_killed_builds_leave_the_previous_or_the_new_build(builds, tmp_path):
    out = tmp_path / "out"
    assert _kg("build", str(builds["a"]), "--out", str(out), "-q").wait(120) == 0
    assert _digest(out) == builds["ref_a"]
    seen = set()
    system_tmp = tmp_path / "system-tmp"      # the killed builds' TMPDIR
    system_tmp.mkdir()
    for delay in (0.4, 1.2, 2.0, 2.7, 3.4):
        proc = _kg("build", str(builds["b"]), "--out", str(out), "-q",
                   env=dict(ENV, TMPDIR=str(system_tmp)))
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        now = _digest(out)
        assert now in (builds["ref_a"], builds["ref_b"]), f"a mixture after {delay} s"
        seen.add("a" if now == builds["ref_a"] else "b")
        if now == builds["ref_b"]:     # go back to A so the next kill can catch a swap again
            assert _kg("build", str(builds["a"]), "--out", str(out), "-q").wait(120) == 0
    assert "a" in seen                 # at least one kill landed during a build
    # the next build removes what killed builds left beside the folder
    assert _kg("build", str(builds["b"]), "--out", str(out), "-q").wait(120) == 0
    assert _digest(out) == builds["ref_b"]
    assert _leftovers(out) == []
    # nothing of a killed build stays in the system's temporary folder (its documents are
    # spooled beside --out, where the next build removes them); only the shared cache may
    assert [p.name for p in system_tmp.iterdir() if not p.name.startswith("kg-cache-")] == []


def test_concurrent_builds_never_mix(builds, tmp_path):
    out = tmp_path / "out"
    procs = [_kg("build", str(builds[k]), "--out", str(out), "-q") for k in ("a", "b", "a", "b")]
    results = [(p.wait(180), p.stderr.read().decode()) for p in procs]
    ok = [rc for rc, _ in results if rc == 0]
    assert ok, results
    for rc, err in results:
        assert rc == 0 or "another `kg build` is writing into this folder" in err, err
    assert _digest(out) in (builds["ref_a"], builds["ref_b"])


def test_a_held_lock_stops_a_second_build(sample_result, sample_file, tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from kg.write.builddir import build_lock\n"
        f"with build_lock(Path({str(out)!r})):\n    print('held', flush=True); time.sleep(60)")],
        env=ENV, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"held"
        with pytest.raises(OutputError, match="another `kg build` is writing"):
            write(sample_result, out)
        started = time.monotonic()     # `kg build` stops before its work, not after
        res = CliRunner().invoke(app, ["build", str(sample_file), "--out", str(out)])
        assert res.exit_code == 1 and "another `kg build`" in res.output
        assert time.monotonic() - started < 3.0    # the build itself takes several seconds
    finally:
        holder.kill()
        holder.wait(10)
    assert not out.exists()
    write(sample_result, out)          # a dead holder's lock is gone with it
    with build_lock(out):              # re-entrant within one process
        write(sample_result, out)
    assert (out / MARKER).is_file() and _leftovers(out) == []


def test_empty_input_is_an_error_and_changes_nothing(sample_out, tmp_path):
    before = _digest(sample_out)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("", encoding="utf-8")
    res = CliRunner().invoke(app, ["build", str(empty), "--out", str(sample_out)])
    assert res.exit_code == 1
    assert "nothing could be read" in res.output and "blank.txt" in res.output
    assert _digest(sample_out) == before


def test_a_failing_writer_leaves_the_previous_build(sample_result, tmp_path):
    out = tmp_path / "out"
    write(sample_result, out)
    before = _digest(out)

    def broken(result, folder):
        (folder / "graph.ttl").write_text("@prefix", encoding="utf-8")
        raise MemoryError("Reached the buffer maximal size")
    from kg.write import WRITERS
    with pytest.raises(MemoryError):
        write(sample_result, out, writers=(*WRITERS[:1], broken))
    assert _digest(out) == before and _leftovers(out) == []


def _wait_for(path: Path, seconds: float = 30.0) -> bool:
    import time
    end = time.monotonic() + seconds
    while not path.exists():
        if time.monotonic() > end:
            return False
        time.sleep(0.01)
    return True


def test_a_failing_forked_writer_leaves_the_previous_build_and_its_process_ends(sample_result, tmp_path):
    # a writer run in a forked child (jobs > 1): its error is raised here, the previous build
    # stays, and the child is gone (it exits when its writer is done, not when the others are)
    import multiprocessing as mp
    import os
    out = tmp_path / "out"
    write(sample_result, out)
    before = _digest(out)
    ran = tmp_path / "broken.pid"

    def broken(result, folder):
        ran.write_text(str(os.getpid()), encoding="utf-8")
        raise MemoryError("the forked writer ran out")
    broken.fork_safe = True

    def here(result, folder):       # this process's own writer: done once the child has failed
        assert _wait_for(ran)

    with pytest.raises(MemoryError, match="forked writer"):
        write(sample_result, out, writers=(here, broken), jobs=2)
    assert ran.read_text(encoding="utf-8") != str(os.getpid())     # (run by the child)
    assert _digest(out) == before and _leftovers(out) == []
    assert mp.active_children() == []
    # and a forked writer that works writes the same files as when run here
    one, two = tmp_path / "one", tmp_path / "two"
    write(sample_result, one, jobs=1)
    write(sample_result, two, jobs=2)
    assert _digest(one) == _digest(two) and mp.active_children() == []


def test_a_forked_writer_no_child_has_claimed_is_written_here(sample_result, tmp_path):
    """With two jobs the child claims the forked writers one at a time, the one marked
    costliest (``write_cost``) first; a forked writer still unclaimed when this process's own
    writers are done is run by this process (the child is busy with a longer one), and every
    writer runs once (kg.write._write_forked)."""
    import multiprocessing as mp
    import os
    marks = tmp_path / "marks"
    marks.mkdir()

    def long(result, folder):       # the child's: it waits for the short one to be written
        (marks / "long").write_text(str(os.getpid()), encoding="utf-8")
        _wait_for(marks / "short", 20)
    long.fork_safe = True
    long.write_cost = 2

    def short(result, folder):
        assert not (marks / "short").exists()       # (run once)
        (marks / "short").write_text(str(os.getpid()), encoding="utf-8")
    short.fork_safe = True

    def here(result, folder):       # this process's own writer: done once the child is busy
        assert _wait_for(marks / "long")

    write(sample_result, tmp_path / "out", writers=(short, here, long), jobs=2)
    assert (marks / "long").read_text(encoding="utf-8") != str(os.getpid())
    assert (marks / "short").read_text(encoding="utf-8") == str(os.getpid())
    assert mp.active_children() == []


def test_forked_writers_are_claimed_costliest_first(sample_result, tmp_path):
    """The forked writers are claimed in the order of their ``write_cost``, highest first (the
    longest first leaves two processes the least to wait for each other), ties and writers
    without one in their order in the list: a child that claims them all runs them so."""
    log = tmp_path / "order.log"

    def writer(name, cost=None):
        def w(result, folder):
            with log.open("a", encoding="utf-8") as fh:
                fh.write(name + "\n")
        w.fork_safe = True
        if cost is not None:
            w.write_cost = cost
        return w

    def here(result, folder):       # this process's own writer: done once the child has
        import time                 # written the four (so it claimed them all)
        end = time.monotonic() + 30
        while not log.exists() or len(log.read_text(encoding="utf-8").split()) < 4:
            assert time.monotonic() < end
            time.sleep(0.01)
    writers = (writer("a"), writer("b", 0.1), here, writer("c", 1.2), writer("d", 0.1))
    write(sample_result, tmp_path / "out", writers=writers, jobs=2)
    assert log.read_text(encoding="utf-8").split() == ["c", "b", "d", "a"]


def test_validation_catches_a_truncated_row_and_a_wrong_count(sample_result, tmp_path):
    d = tmp_path / "d"
    write_jsonl(sample_result, d)
    assert validate(d)["assignments.jsonl"] == len(sample_result.assignments)
    text = (d / "tasks.jsonl").read_text(encoding="utf-8")
    (d / "tasks.jsonl").write_text(text[:-20], encoding="utf-8")
    with pytest.raises(OutputError, match=r"tasks\.jsonl:\d+: .*not valid JSON"):
        validate(d)
    (d / "tasks.jsonl").write_text(text.split("\n", 1)[1], encoding="utf-8")
    with pytest.raises(OutputError, match="rows but report.json counts"):
        validate(d)


def test_a_folder_not_written_by_kg_is_refused(sample_result, sample_file, tmp_path):
    out = tmp_path / "mine"
    (out / "store").mkdir(parents=True)
    (out / "store" / "precious.txt").write_text("keep me", encoding="utf-8")
    res = CliRunner().invoke(app, ["build", str(sample_file), "--out", str(out)])
    assert res.exit_code == 1 and "not written by `kg build`" in res.output
    assert (out / "store" / "precious.txt").read_text(encoding="utf-8") == "keep me"
    # a kg build with a file of the user's added is refused too
    build_dir = tmp_path / "build"
    write(sample_result, build_dir)
    (build_dir / "graph.html").write_text("kg view wrote this", encoding="utf-8")
    write(sample_result, build_dir)    # what other kg commands derive from a build goes with it
    assert not (build_dir / "graph.html").exists()
    (build_dir / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="notes.txt, which `kg build` did not write"):
        write(sample_result, build_dir)
    assert (build_dir / "notes.txt").exists()


def test_out_that_is_a_file_or_unwritable_gives_a_message(sample_file, tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("x", encoding="utf-8")
    res = CliRunner().invoke(app, ["build", str(sample_file), "--out", str(f)])
    assert res.exit_code == 1 and "is a file, not a folder" in res.output
    assert f.read_text(encoding="utf-8") == "x"
    res = CliRunner().invoke(app, ["build", str(sample_file), "--out", str(f / "sub")])
    assert res.exit_code == 1 and "Error:" in res.output and "Traceback" not in res.output


def test_a_rebuild_replaces_a_build_and_an_empty_folder(sample_result, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    replace_build(out, lambda d: (d / "a.jsonl").write_text("{}\n", encoding="utf-8"))
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "a.jsonl"]
    stamp = marker_stamp(out)
    replace_build(out, lambda d: (d / "b.jsonl").write_text("{}\n", encoding="utf-8"))
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "b.jsonl"]
    assert marker_stamp(out) != stamp and _leftovers(out) == []


def test_a_graph_serialised_by_a_fresh_process_gives_the_same_files(sample_result, tmp_path, monkeypatch):
    # with two jobs, a large graph's Turtle, TriG and JSON-LD are written by a fresh process
    # while the parent writes the answers (kg.write.store.ASIDE_MIN_BYTES): the same files, no
    # N-Quads file left; a failure of that process is raised and the previous build stays
    from kg.write import store
    one, two = tmp_path / "one", tmp_path / "two"
    write(sample_result, one, jobs=1)
    monkeypatch.setattr(store, "ASIDE_MIN_BYTES", 0)
    started = []
    real = store._serialise_in_fresh_process
    monkeypatch.setattr(store, "_serialise_in_fresh_process", lambda out: started.append(out) or real(out))
    write(sample_result, two, jobs=2)
    assert started and _digest(one) == _digest(two) and _leftovers(two) == []
    assert not (two / store.NQ_TMP).exists()
    monkeypatch.setattr(store, "serialise_nq", None)       # not used: the child has its own

    class Failing(store._Serialiser):
        def __init__(self, out):
            super().__init__(out / "nowhere")
    monkeypatch.setattr(store, "_serialise_in_fresh_process", Failing)
    before = _digest(two)
    with pytest.raises(OutputError, match="could not be written"):
        write(sample_result, two, jobs=2)
    assert _digest(two) == before and _leftovers(two) == []
