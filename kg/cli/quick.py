"""A quick start for ``kg who``, ``kg query`` and ``kg build``.

Importing Typer costs ~0.1 s of CPU and parsing arguments with it ~0.1 s more (Typer 0.29
imports pydantic and builds a validator per parameter): as much as answering the question, and
the first step of every build, when one of its two cores has nothing to do yet. So
:func:`main` first tries :func:`run`, which reads the plain forms of these commands'
arguments itself and runs the same command bodies (:func:`who_body`, :func:`query_body`,
:func:`build_body`, which the Typer commands call too) without importing Typer. Anything else
it does not read exactly as Click would -- another command, ``--help``, an unknown or
malformed option, a missing or extra argument, a value that starts with ``-`` or is empty, a
``--limit``, ``--offset`` or ``--workers`` that is not plain digits, an ``--engine`` or ``--scheduler``
``kg build`` refuses, an output stream whose encoding Click would replace -- returns ``None``
and the Typer app parses the command line as before, so every error message stays Typer's
own.
"""
from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Callable
from pathlib import Path

from ..errors import KgError, QueryError

Echo = Callable[..., None]


# -- command bodies (shared with the Typer commands of .ask and .sparql) ---------------------

def _by_role(role: str) -> int:
    """Stated roles in display order; the others (member, mentioned) after, as they came."""
    from ..vocab import ROLE_ORDER, STATED_ROLES
    return ROLE_ORDER.index(role) if role in STATED_ROLES else 99


def _short(text: str, n: int = 70) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def who_body(echo: Echo, question: str, out: Path, limit: int, as_json: bool,
             members: bool) -> None:
    """``kg who``: the best-matching tasks of ``question`` and their units by role."""
    from ..read.who import who_owns
    from ..vocab import ROLE_ZH
    results = who_owns(question, out, limit)
    if as_json:
        import json
        echo(json.dumps({"query": question, "results": [r.as_dict() for r in results]},
                        ensure_ascii=False, indent=1))
        return
    if not results:
        echo(f"没有找到与“{question}”相关的任务 (no matching task). Try fewer or other words, "
             "or a unit name such as 市住建局.")
        return
    for n, r in enumerate(results, 1):
        echo(f"{n}. 「{_short(r.task_text)}」")
        by_role: dict[str, list[dict]] = {}
        for u in r.units:
            by_role.setdefault(u["role"], []).append(u)
        for role in sorted(by_role, key=_by_role):
            names = list(dict.fromkeys(u["unit"] for u in by_role[role]))
            echo(f"   {ROLE_ZH.get(role, role)}: {'、'.join(names)}")
            if members:
                for u in by_role[role]:
                    if u.get("members"):
                        echo(f"      {u['unit']} = {'、'.join(u['members'])}")
        leaders = [p for p in r.posts if not (p.get("label") or "").startswith("联系人")]
        if leaders:            # posts and persons written as the task's people (not units)
            from ..vocab import POST_ROLE_MARKS
            echo("   责任领导: " + "、".join(dict.fromkeys(
                p["post"] + POST_ROLE_MARKS.get(p["role"], "") for p in leaders)))
        contacts = [p for p in r.posts if (p.get("label") or "").startswith("联系人")]
        if contacts:           # the task's contact person (联系人：李四), whom to call, no leader
            echo("   联系人: " + "、".join(dict.fromkeys(p["post"] for p in contacts)))
        if r.seats:            # a group's people by seat (组长 王强（县长）): persons, not units
            # (its heads; the plain members only counted unless --members asks for them)
            shown = [m for m in r.seats if members or m["seat"] != "成员"]
            rest = len(r.seats) - len(shown)
            echo("   组成人员 (seats): " + "；".join(
                f"{m['seat']} {m['person']}" + (f"（{'、'.join(m['posts'])}）" if m["posts"] else "")
                for m in shown) + (f"；成员 {rest} 人 (--members lists them)" if rest else ""))
        if r.members:          # a group's task: its members, not owners
            echo(f"   成员单位 (members): {'、'.join(r.members)}")
        elif r.overseen:       # a leader's share of the work: the units it oversees, not owners
            echo(f"   分管/联系单位 (overseen): {'、'.join(r.overseen)}")
        elif not r.units:
            echo("   (no unit is stated for this task)")
        if r.mentioned:
            echo(f"   提及 (mentioned only, not stated): {'、'.join(r.mentioned)}")
        if r.deadline:
            echo(f"   时限: {r.deadline}")
        # the legal basis: what the task's own text cites, else what its document rests on
        if r.laws:
            echo("   依据: " + "、".join(f"《{t}》" for t in r.laws))
        elif r.basis:
            echo("   依据 (文件): " + "、".join(f"《{t}》" for t in r.basis))
        number = f" {r.doc_number}" if r.doc_number else ""
        echo(f"   文件: {r.doc_title}{number}")
        echo(f"   出处: {r.source['file']}:{r.source['line']}   (score {r.score:.2f})")


def params_of(pairs) -> dict[str, str]:
    """``--param key=value`` pairs as a dict."""
    out: dict[str, str] = {}
    for p in pairs or []:
        if "=" not in p:
            raise QueryError(f"--param {p!r}: expected key=value, e.g. --param unit=市发改委")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


# the rows a table shows when no --limit is given: a first page that a person reads; csv and
# json (what scripts read) give every row unless --limit says otherwise
TABLE_PAGE = 50


def query_body(echo: Echo, name: str, param, fmt: str, out: Path, engine: str,
               limit: int | None = None, offset: int = 0) -> None:
    """``kg query``: run a named query and print its rows, ``limit`` of them (0: all; ``None``:
    :data:`TABLE_PAGE` for a table, all for csv and json) from ``offset`` on. The page is cut
    from the whole answer in its order, so it is always the same rows as that part of
    ``--limit 0``, and a table says how many rows there are in all."""
    from ..read.sparql import run_query_page
    from .format import render
    if fmt not in ("table", "json", "csv"):
        raise QueryError(f"--format {fmt!r}: use table, json or csv")
    if limit is None:
        limit = TABLE_PAGE if fmt == "table" else 0
    # the answers written at build time when they hold this query (kg.write.answers), else
    # the store: the same rows either way
    cols, rows, total = run_query_page(name, params_of(param), out, engine, offset, limit)
    echo(render(cols, rows, fmt, total=total, offset=offset), nl=False)


def build_body(echo: Echo, echo_err: Echo, paths: list[Path], out: Path, lexicon: list[Path],
               extend_lexicon: list[Path], jurisdiction: str | None, quiet: bool,
               workers: int, engine: str, scheduler: str | None, cache: bool = True) -> None:
    """``kg build``: build ``paths`` (default: the sample corpus) into ``out`` and print the
    summary (``engine`` and ``scheduler`` already checked)."""
    import time
    from ..data import SAMPLE_CORPUS
    from ..errors import SourceError
    from ..pipeline import build_and_write
    paths = list(paths) if paths else [SAMPLE_CORPUS]
    for p in paths:
        if not Path(p).exists():
            raise SourceError(f"{p}: no such file or directory; give a document (.txt, .md, .docx, "
                              ".xlsx, .xls, .html, .pdf) or a folder of them")
    started = time.perf_counter()

    tty = sys.stderr.isatty()

    def progress(stage: str, n: int, total: int) -> None:
        """On a terminal a counter per stage; otherwise one line per stage, when it ends."""
        if quiet:
            return
        if stage == "reused":       # documents read back from the extraction cache, once
            echo_err(f"reused {n}/{total} documents' extraction from the cache")
            return
        if tty:
            echo_err(f"\r{stage} {n}/{total}", nl=(n == total))
        elif n == total:
            echo_err(f"{stage} {n}/{total} ({time.perf_counter() - started:.1f} s)")
    lex_paths = list(lexicon) if lexicon else None
    summary = build_and_write(paths, out, lexicon_paths=lex_paths,
                              extend=list(extend_lexicon or []), progress=progress,
                              workers=workers or None, engine=engine, scheduler=scheduler,
                              jurisdiction=jurisdiction, cache=cache)
    c = summary["counts"]
    echo(f"documents {c['documents']} · tasks {c['tasks']} · assignments {c['assignments']} · "
         f"units {c['units']} · unresolved {c['unresolved']} · issues {c['issues']} "
         f"({time.perf_counter() - started:.2f} s) -> {out}/")
    if not quiet:
        places: dict[str, int] = {}
        for d in summary["documents"]:
            j = d["jurisdiction"]
            key = j["name"] or "unknown"
            places[key] = places.get(key, 0) + 1
        echo("  jurisdictions: " + " · ".join(f"{k} ×{n}" for k, n in sorted(
            places.items(), key=lambda kv: (-kv[1], kv[0])))
            + (" (unknown: units kept within their document; --jurisdiction sets one for all)"
               if "unknown" in places else ""))
        for u in summary["unresolved"][:15]:
            echo(f"  unresolved: {u['unit']} ×{u['count']} ({', '.join(u['lines'][:3])})")
        if len(summary["unresolved"]) > 15:
            echo(f"  … {len(summary['unresolved']) - 15} more in {out}/report.json")
        for i in summary["issues"]:
            if i["code"] != "E401":
                echo(f"  {i['file']}:{i['line']}: {i['code']} {i['message']}")
    # the build is written: the process may end without freeing what it holds (kg.cli.main)
    from .. import cli
    cli.QUICK_EXIT = True


# -- the quick parser -------------------------------------------------------------------------

# command -> option spellings -> (parameter, takes a value, repeatable); one positional each
# (``build``: any number, its paths).
_SPECS = {
    "who": ({"--out": ("out", True, False), "--limit": ("limit", True, False),
             "-n": ("limit", True, False), "--json": ("as_json", False, False),
             "--members": ("members", False, False)}, "question"),
    "query": ({"--param": ("param", True, True), "-p": ("param", True, True),
               "--format": ("fmt", True, False), "-f": ("fmt", True, False),
               "--out": ("out", True, False), "--engine": ("engine", True, False),
               "--limit": ("limit", True, False), "-n": ("limit", True, False),
               "--offset": ("offset", True, False)}, "name"),
    "build": ({"--out": ("out", True, False), "--lexicon": ("lexicon", True, True),
               "-l": ("lexicon", True, True), "--extend-lexicon": ("extend_lexicon", True, True),
               "--jurisdiction": ("jurisdiction", True, False),
               "-j": ("jurisdiction", True, False), "--quiet": ("quiet", False, False),
               "-q": ("quiet", False, False), "--workers": ("workers", True, False),
               "-w": ("workers", True, False), "--engine": ("engine", True, False),
               "--scheduler": ("scheduler", True, False), "--no-cache": ("no_cache", False, False)},
              "paths"),
}
_DEFAULTS = {
    "who": {"out": "exports", "limit": "5", "as_json": False, "members": False},
    "query": {"param": [], "fmt": "table", "out": "exports", "engine": "oxigraph",
              "limit": None, "offset": "0"},
    "build": {"out": "exports", "lexicon": [], "extend_lexicon": [], "jurisdiction": None,
              "quiet": False, "workers": "0", "engine": "local", "scheduler": None,
              "no_cache": False},
}
_DIGITS = re.compile(r"[0-9]+")
# Click removes ANSI style codes from what it prints to anything but a terminal.
_ANSI_RE = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def parse(argv: list[str]) -> tuple[str, dict] | None:
    """(command, arguments) when ``argv`` is a plain ``who``, ``query`` or ``build`` command
    line that Click would read the same way; else ``None``."""
    if not argv or argv[0] not in _SPECS:
        return None
    cmd = argv[0]
    options, positional = _SPECS[cmd]
    got: dict = {k: (list(v) if isinstance(v, list) else v) for k, v in _DEFAULTS[cmd].items()}
    args: list[str] = []
    i = 1
    while i < len(argv):
        tok = argv[i]
        i += 1
        if not tok.startswith("-") or tok == "-":
            if not tok:
                return None
            args.append(tok)
            continue
        value: str | None = None
        if tok.startswith("--") and "=" in tok:
            tok, value = tok.split("=", 1)
        elif not tok.startswith("--") and len(tok) > 2:
            tok, value = tok[:2], tok[2:]           # -pVALUE, -n5
        spec = options.get(tok)
        if spec is None:
            return None                             # --help, --, unknown options
        dest, takes_value, repeat = spec
        if not takes_value:
            if value is not None:
                return None
            got[dest] = True
            continue
        if value is None:
            if i >= len(argv):
                return None
            value = argv[i]
            i += 1
        if not value or value.startswith("-"):
            return None
        if repeat:
            got[dest].append(value)
        else:
            got[dest] = value
    if cmd == "build":
        from ..pipeline import ENGINES
        # Typer's own messages for a bad --workers, --engine or --scheduler
        if not _DIGITS.fullmatch(got["workers"]) or got["engine"] not in ENGINES \
                or (got["scheduler"] and got["engine"] != "dask"):
            return None
        got["workers"] = int(got["workers"])
        got["paths"] = [Path(a) for a in args]
        for dest in ("lexicon", "extend_lexicon"):
            got[dest] = [Path(a) for a in got[dest]]
        got["out"] = Path(got["out"])
        return cmd, got
    if len(args) != 1:
        return None
    got[positional] = args[0]
    if cmd == "who":
        if not _DIGITS.fullmatch(got["limit"]):
            return None
        got["limit"] = int(got["limit"])
    if cmd == "query":
        if any(got[k] is not None and not _DIGITS.fullmatch(got[k]) for k in ("limit", "offset")):
            return None
        got["limit"] = None if got["limit"] is None else int(got["limit"])
        got["offset"] = int(got["offset"])
    got["out"] = Path(got["out"])
    return cmd, got


def _echo_to(stream) -> Echo:
    strip = not (hasattr(stream, "isatty") and stream.isatty())

    def echo(message: str = "", nl: bool = True) -> None:
        text = message + "\n" if nl else message
        if text:
            stream.write(_ANSI_RE.sub("", text) if strip else text)
        stream.flush()
    return echo


def _plain_stream(stream) -> bool:
    """Click writes to this stream as it is (it re-wraps one whose encoding is ASCII)."""
    enc = getattr(stream, "encoding", None)
    try:
        return stream is not None and enc is not None and codecs.lookup(enc).name != "ascii"
    except LookupError:
        return False


def run(argv: list[str]) -> int | None:
    """Run a plain ``who`` / ``query`` / ``build`` command line; the exit status, or ``None``
    when the Typer app must read ``argv``."""
    parsed = parse(argv)
    if parsed is None or not (_plain_stream(sys.stdout) and _plain_stream(sys.stderr)):
        return None
    cmd, a = parsed
    echo = _echo_to(sys.stdout)
    try:
        if cmd == "who":
            who_body(echo, a["question"], a["out"], a["limit"], a["as_json"], a["members"])
        elif cmd == "build":
            build_body(echo, _echo_to(sys.stderr), a["paths"], a["out"], a["lexicon"],
                       a["extend_lexicon"], a["jurisdiction"], a["quiet"], a["workers"],
                       a["engine"], a["scheduler"], cache=not a["no_cache"])
        else:
            query_body(echo, a["name"], a["param"], a["fmt"], a["out"], a["engine"], a["limit"],
                       a["offset"])
    except KgError as err:
        _echo_to(sys.stderr)(f"Error: {err}")
        return 1
    except KeyboardInterrupt:
        _echo_to(sys.stderr)("Aborted!")
        return 1
    except BrokenPipeError:             # as Click: the reader went away, say nothing more
        import os
        sys.stdout = open(os.devnull, "w")
        return 1
    return 0
