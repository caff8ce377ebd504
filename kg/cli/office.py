"""The office's commands over a build: ``kg due`` (what is due) and ``kg ledger`` (the 台账
workbook, by document type or by unit)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..vocab import ROLE_ZH
from .root import OUT, app


@app.command()
def due(out: Path = OUT,
        as_of: Optional[str] = typer.Option(None, "--as-of", help="The day to count from "
                                            "(YYYY-MM-DD; default: today)."),
        start: Optional[str] = typer.Option(None, "--from", help="Only tasks due on or after "
                                            "this day."),
        end: Optional[str] = typer.Option(None, "--to", help="Only tasks due on or before this day."),
        overdue: bool = typer.Option(False, "--overdue", help="Only tasks due before --as-of."),
        unit: Optional[str] = typer.Option(None, "--unit", help="Only tasks of this unit "
                                           "(a name or alias, e.g. 市住建局)."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """What is due: tasks by due date, with their units and roles. A month deadline
    (2024年6月底前) is due on the month's last day, a year deadline on 31 December.

    Example: kg due --as-of 2023-07-01 --overdue --unit 市住建局
    """
    from ..read.due import due_tasks, parse_day
    res = due_tasks(out, parse_day(as_of, "--as-of"), parse_day(start, "--from"),
                    parse_day(end, "--to", end=True), overdue, unit)
    if as_json:
        typer.echo(json.dumps(res, ensure_ascii=False, indent=1))
        return
    rows = res["results"]
    what = "overdue" if overdue else "due"
    typer.echo(f"{len(rows)} task{'s' if len(rows) != 1 else ''} {what} (as of {res['as_of']})")
    for r in rows:
        late = " (overdue)" if r["due"] < res["as_of"] and not overdue else ""
        units = "；".join(f"{ROLE_ZH.get(u['role'], u['role'])} {u['unit']}" for u in r["units"])
        text = " ".join(r["task_text"].split())
        text = text if len(text) <= 50 else text[:49] + "…"
        src = r["source"]
        typer.echo(f"{r['due']}{late}  {text}\n    {units}  ({src['file']}:{src['line']})")


@app.command()
def ledger(out: Path = OUT,
           by_unit: bool = typer.Option(False, "--by-unit", help="One sheet per unit instead of "
                                        "one per document type."),
           output: Optional[Path] = typer.Option(None, "-o", "--output", help="Workbook to write "
                                                 "(default: OUT/ledger.xlsx, or "
                                                 "OUT/ledger-by-unit.xlsx with --by-unit).")) -> None:
    """Write the 台账 workbook from a build: one row per task, with 进展/状态 columns to fill in.
    A task naming only posts or persons (责任领导：张三) has its row too, with its unit columns
    empty; with --by-unit such tasks are on a sheet of their own (仅责任领导).

    Example: kg ledger --by-unit -o 台账.xlsx
    """
    from ..read.build import open_build
    from ..vocab import ASSIGNMENTS_FILE, DOCUMENTS_FILE
    from ..write.ledger import entries, sheets, write_xlsx
    b = open_build(out, require=(ASSIGNMENTS_FILE, DOCUMENTS_FILE))
    items = entries(b.assignments, {d: row.get("type") for d, row in b.documents.items()},
                    {t: row["posts"] for t, row in b.tasks.items() if row.get("posts")},
                    b.tasks.values(), b.documents)
    dest = output or out / ("ledger-by-unit.xlsx" if by_unit else "ledger.xlsx")
    write_xlsx(items, dest, by_unit)
    typer.echo(f"{len(items)} tasks on {len(sheets(items, by_unit))} sheets -> {dest}")
