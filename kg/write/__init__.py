"""Writers: the built model -> files under the output directory.

Every writer is a function ``(BuildResult, out: Path)`` listed in :data:`WRITERS`, run in that
order by :func:`write` (also :func:`kg.pipeline.write` and ``kg.write``). To add an export, write a module here with such a function
and add it to the tuple. Heavy libraries (pyoxigraph, jieba) are imported inside the writers.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import types
from contextlib import nullcontext
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from ..errors import SourceError
from ..model import BuildResult
from ..vocab import REPORT_FILE
from .answers import write_answers
from .builddir import replace_build
from .jsonl import report, write_jsonl
from .ledger import write_ledger
from .memory import freeze_survivors, frozen_heap, release_memory
from .search_index import write_index
from .store import serialising_aside, write_rdf

# write_answers asks the store write_rdf filled, so it comes after it
WRITERS = (write_jsonl, write_ledger, write_rdf, write_answers, write_index)

__all__ = ["WRITERS", "write", "write_jsonl", "write_ledger", "write_rdf", "write_answers",
           "write_index"]

Writer = Callable[[BuildResult, Path], object]


def write(result: BuildResult, out: Path, writers: Iterable[Writer] = WRITERS,
          progress: Optional[Callable[[str, int, int], None]] = None, jobs: int = 1) -> dict:
    """Write every export of ``result`` into ``out`` (each writer of ``writers`` in order);
    return the report (what ``report.json`` holds). ``progress("export NAME", 1, 1)`` is
    called after each writer (each export is a stage of its own).

    The writers fill a temporary folder that replaces ``out`` only once complete and checked
    (:func:`kg.write.builddir.replace_build`): a failed or killed build leaves the previous one.
    A result without any document is refused and changes nothing.

    With ``jobs`` > 1, where the platform can fork, the writers marked ``fork_safe`` (pure
    Python: the JSON Lines, the ledger, the search index) run in forked children while this
    process runs the others, and those it finds unclaimed when done (:func:`_write_forked`);
    each writer writes its own files, so the files are the same either way. Writers that use
    native thread pools (pyoxigraph's bulk loader) always run here: a forked child of a process
    that has used them can wait forever for threads it does not have."""
    if not result.documents:
        raise SourceError(_no_documents(result))
    writers = list(writers)

    def done(writer: Writer) -> None:
        release_memory()    # each writer's freed heap goes back before the next one's peak
        freeze_survivors()  # and what it left alive is walked by no later collection
        if progress:
            name = getattr(writer, "__name__", "export").removeprefix("write_")
            progress(f"export {name}", 1, 1)

    def write_all(folder: Path) -> None:
        release_memory()    # what the build freed, before the writers (and their forks)
        forked = [k for k, w in enumerate(writers) if getattr(w, "fork_safe", False)]
        with frozen_heap(), serialising_aside() if jobs > 1 else nullcontext():
            # (what lives now outlives the writers: collections skip it; with two jobs or
            # more, a large graph's Turtle, TriG and JSON-LD are written by a fresh process
            # while this one writes the stored answers: kg.write.store.ASIDE_MIN_BYTES)
            if jobs <= 1 or not forked or not _can_fork():
                for writer in writers:
                    writer(result, folder)
                    done(writer)
                return
            _write_forked(result, folder, writers, forked, jobs, done)
    replace_build(Path(out), write_all)
    if write_jsonl in writers:
        # report.json holds the report write_jsonl made from the same records (JSON types
        # only, so it reads back equal): read it rather than pass over every record again
        try:
            return json.loads((Path(out) / REPORT_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    return report(result)


def _can_fork() -> bool:
    import multiprocessing as mp
    return "fork" in mp.get_all_start_methods()


_PENDING: Optional[tuple] = None


def _claimed(claims: str, order: list[int]) -> Iterator[int]:
    """The writers of ``order`` this process claims, one at a time: each is taken by the first
    process (a forked child or the parent) that creates its claim file in the folder
    ``claims`` (an exclusive create: atomic, and no lock a process killed while claiming
    could leave held), so every writer runs once, in whichever process is free."""
    for k in order:
        try:
            os.close(os.open(os.path.join(claims, str(k)), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            continue
        yield k


def _run_pending(claims: str, order: list[int]) -> None:
    """In a forked child: run the writers it claims of the pending write (inherited, not
    pickled), each one's freed heap given back before the next."""
    from .builddir import die_with_parent
    die_with_parent()
    result, out, writers = _PENDING
    for k in _claimed(claims, order):
        writers[k](result, out)
        release_memory()


def _write_forked(result: BuildResult, out: Path, writers: list[Writer], forked: list[int],
                  jobs: int, done: Callable[[Writer], None]) -> None:
    """Run ``writers[k]`` for ``k`` in ``forked`` in forked children, the others here; the
    forked writers this process finds unclaimed when its own are done, it runs too.

    Each child is a process of its own that exits as soon as no writer is left to claim, so
    its memory (the search index writer's ~0.2 GB at 200x) is given back while this process
    still writes the RDF, the store and the answers (a pool's worker would wait, resident, for
    more work until the pool closed). At most ``jobs - 1`` children. The forked writers are
    claimed one at a time (:func:`_claimed`) by whichever process is free, the costliest first
    (``write_cost``: the longest first is what leaves two processes the least to wait for
    each other at the end): with two jobs the child writes the search index while this
    process writes the RDF, the store and the answers, and the ledger and the JSON Lines go
    to the one that is done first. On the bundled corpus that is often this process (its
    writers ~1.2 CPU s after the fortieth round's cuts, the child's ~1.35 when it wrote all
    three); on a large corpus the child (this process's RDF writer is then the longest:
    docs/SCALE.md, thirty-eighth round). Each writer writes its own files, so the files are
    the same whichever process writes them."""
    global _PENDING
    import multiprocessing as mp
    ctx = mp.get_context("fork")
    _PENDING = (result, out, writers)
    order = sorted(forked, key=lambda k: (-getattr(writers[k], "write_cost", 0), k))
    # (inside the build's temporary folder: a killed build's leftovers go with it)
    claims = tempfile.mkdtemp(prefix=".claims-", dir=out)
    children: list[tuple] = []
    mine: list[int] = []
    try:
        for _ in range(min(len(forked), max(1, jobs - 1))):
            receive, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_run_child, args=(claims, order, send), daemon=True)
            proc.start()
            send.close()
            children.append((proc, receive))
        in_child = set(forked)
        for k, writer in enumerate(writers):
            if k not in in_child:
                writer(result, out)
                done(writer)
        for k in _claimed(claims, order):       # what no child has taken yet
            writers[k](result, out)
            mine.append(k)
            done(writers[k])
        theirs = [writers[k].__name__ for k in order if k not in mine]
        for proc, receive in children:
            try:
                error = receive.recv()          # None, or the writer's error
            except EOFError:                    # the child ended without a word: its exit code tells
                error = EOFError
            proc.join()
            receive.close()
            if error is EOFError:
                error = None if proc.exitcode == 0 else RuntimeError(
                    f"the process of the {', '.join(theirs)} writer(s) "
                    f"ended without a result (exit code {proc.exitcode})")
            if error is not None:
                raise error                     # a writer's error is raised here
        for k in order:
            if k not in mine:
                done(writers[k])
    finally:
        for proc, _receive in children:
            if proc.is_alive():
                proc.kill()
                proc.join()
        shutil.rmtree(claims, ignore_errors=True)
        _PENDING = None


def _run_child(claims: str, order: list[int], send) -> None:
    """A forked child's body: run the writers it claims and send back None or the first
    error."""
    try:
        _run_pending(claims, order)
    except BaseException as err:        # noqa: BLE001 - sent to the parent, which raises it
        try:
            send.send(err)
        except Exception:               # noqa: BLE001 - an error that cannot be pickled
            send.send(RuntimeError(f"{type(err).__name__}: {err}"))
    else:
        send.send(None)
    finally:
        send.close()


def _no_documents(result: BuildResult) -> str:
    why = "; ".join(f"{i.file}:{i.line}: {i.code} {i.message}" for i in result.issues[:5])
    return (f"no document found in the input ({len(result.files)} readable file(s)"
            + (f"; {why}" if why else "") + "); the output folder was not changed")


class _Callable(types.ModuleType):
    """``kg.write`` is both this package and the public function :func:`write`
    (``kg.write(result, "exports")``): a package attribute cannot be both, so the package is
    callable and calls it."""

    def __call__(self, result: BuildResult, out: Path, writers: Iterable[Writer] = WRITERS) -> dict:
        return write(result, out, writers)


sys.modules[__name__].__class__ = _Callable
