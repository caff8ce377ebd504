"""Questions to a build: ``kg who``, ``kg unit``, ``kg rank``, ``kg path`` over the search index
and the networkx projection, and ``kg export-network``. Heavy imports happen inside the
commands."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..errors import UsageError
from ..vocab import ROLE_ZH
from .root import OUT, app
from .quick import _by_role, _short, who_body


def who(question: str = typer.Argument(..., help="A question in Chinese, e.g. 算力券补助由哪个部门负责"),
        out: Path = OUT,
        limit: int = typer.Option(5, "--limit", "-n", help="How many tasks to show."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
        members: bool = typer.Option(False, "--members", help="List the members of collectives.")) -> None:
    """Who owns this task? Finds the best-matching tasks and prints their units by role.

    Example: kg who "老旧管网改造的融资支持谁来做"
    """
    who_body(typer.echo, question, out, limit, as_json, members)


def _cut(total: int, limit: int) -> None:
    """Say that a list was cut, and how to see all of it."""
    if total > limit:
        typer.echo(f"  … {total - limit} more not shown (--limit {total} shows all, --json prints all)")


def unit(name: Optional[str] = typer.Argument(None, help="A unit name or alias, e.g. 市住建局"),
         out: Path = OUT,
         county: Optional[str] = typer.Option(None, "--county", help="A county, e.g. 三河市."),
         limit: int = typer.Option(50, "--limit", "-n", min=1,
                                   help="With --county: how many tasks of each list to show."),
         as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """What a unit owns, by role and document, with deadlines and its main partners.

    Example: kg unit 市住建局   /   kg unit --county 三河市
    """
    from ..read.network import county_obligations, unit_profile
    if county:
        res = county_obligations(out, county)
        if as_json:
            typer.echo(json.dumps(res, ensure_ascii=False, indent=1))
            return
        typer.echo(f"{res['county']}: {len({a['task_id'] for a in res['direct']})} tasks directly")
        for a in res["direct"][:limit]:
            typer.echo(f"  [{ROLE_ZH.get(a['role'], a['role'])}] {_short(a['task_text'], 50)}"
                       f"  ({a['source']['file']}:{a['source']['line']})")
        _cut(len(res["direct"]), limit)
        typer.echo(f"through {'、'.join(res['collectives']) or 'no collective'}: "
                   f"{len({a['task_id'] for a in res['through']})} tasks")
        for a in res["through"][:limit]:
            typer.echo(f"  [{a['unit']}] {_short(a['task_text'], 50)}"
                       f"  ({a['source']['file']}:{a['source']['line']})")
        _cut(len(res["through"]), limit)
        return
    if not name:
        raise UsageError("give a unit name, or --county NAME")
    p = unit_profile(out, name)
    u = p["unit"]
    if as_json:
        typer.echo(json.dumps({"unit": u, "by_role": {r: {d: [a["task_id"] for a in rows]
                                                            for d, rows in docs.items()}
                                                       for r, docs in p["by_role"].items()},
                               "deadlines": p["deadlines"], "partners": p["partners"]},
                              ensure_ascii=False, indent=1))
        return
    typer.echo(f"{u['unit']} ({u['kind']}{'' if u['resolved'] else ', unresolved'})")
    if u.get("aliases") or u.get("aliases_seen"):
        typer.echo(f"  aliases: {'、'.join(dict.fromkeys(u.get('aliases', []) + u.get('aliases_seen', [])))}")
    if u.get("members"):
        typer.echo(f"  members: {'、'.join(m['unit'] for m in u['members'])}")
    for role in sorted(p["by_role"], key=_by_role):
        docs = p["by_role"][role]
        typer.echo(f"  {ROLE_ZH.get(role, role)} ({sum(len(v) for v in docs.values())}):")
        for title, rows in sorted(docs.items()):
            typer.echo(f"    {title}")
            for a in rows[:12]:
                typer.echo(f"      - {_short(a['task_text'], 50)}  ({a['source']['file']}:{a['source']['line']})")
            if len(rows) > 12:
                typer.echo(f"      … {len(rows) - 12} more")
    if p["deadlines"]:
        typer.echo("  deadlines:")
        for d, text, line in p["deadlines"]:
            typer.echo(f"    {d}  {text}  (line {line})")
    if p["partners"]:
        typer.echo("  shares most tasks with: " + "、".join(f"{n}({w})" for n, w in p["partners"]))


def rank(out: Path = OUT,
         by: str = typer.Option("tasks", "--by", help="tasks | degree | betweenness"),
         limit: int = typer.Option(20, "--limit", "-n")) -> None:
    """Units ranked by workload or by centrality in the co-responsibility network."""
    from ..read.network import load_graph, rank as do_rank
    rows = do_rank(load_graph(out), by, limit)
    for n, r in enumerate(rows, 1):
        value = r.get("tasks", r.get("score"))
        extra = " " + json.dumps(r["roles"], ensure_ascii=False) if "roles" in r else ""
        typer.echo(f"{n:>3}. {r['unit']}  {value}{extra}")


def path(a: str = typer.Argument(...), b: str = typer.Argument(...), out: Path = OUT) -> None:
    """How two units are connected: shared tasks and shortest paths through shared tasks."""
    from ..read.network import connections, load_graph
    res = connections(load_graph(out), a, b)
    typer.echo(f"{res['a']} — {res['b']}: {len(res['shared_tasks'])} shared tasks")
    for t in res["shared_tasks"][:20]:
        typer.echo(f"  - {_short(t['text'], 50)}  ({t['file']}:{t['line']})")
    for p in res["paths"]:
        typer.echo("  path: " + " → ".join(p))


def export_network(out: Path = OUT,
                   fmt: str = typer.Option("graphml", "--format", help="graphml | gexf"),
                   which: str = typer.Option("full", "--graph", help="full | co (co-responsibility)"),
                   dest: Optional[Path] = typer.Option(None, "-o", "--output",
                                                       help="File to write (default: OUT/network-GRAPH.FORMAT).")) -> None:
    """Export the graph for Gephi and friends (GraphML or GEXF)."""
    from ..read.network import export_network as do_export, load_graph
    dest = dest or Path(out) / f"network-{which}.{fmt}"
    written = do_export(load_graph(out), dest, fmt, which)
    typer.echo(f"wrote {written}")


app.command()(who)
app.command()(unit)
app.command()(rank)
app.command()(path)
app.command("export-network")(export_network)
