"""What is due (``kg due``): tasks by the day their deadline falls due, read from a build.

A task's deadline is the one its stated assignments carry (``assignments.jsonl``); it falls due
on the last day its words allow (:func:`kg.dates.due_date`: a month on its last day, a year on
31 December); a deadline without a date (长期坚持) is never due. Rows are tasks, each with its
units and roles (stated roles only: mentions and group seats are not owners of a task).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Optional, Union

from ..dates import due_date
from ..errors import UsageError
from ..vocab import ASSIGNMENTS_FILE, STATED_ROLES, UNITS_FILE
from .build import match_names, open_build

_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_day(text: Optional[str], option: str, end: bool = False) -> Optional[dt.date]:
    """``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``: its first day, or its last with ``end``)."""
    if text is None:
        return None
    m = _DAY.match(text.strip())
    if m:
        y, mo, d = m.groups()
        try:
            if d:
                return dt.date(int(y), int(mo), int(d))
            if end:
                return due_date(f"{y}-{int(mo):02d}" if mo else y)
            return dt.date(int(y), int(mo or 1), 1)
        except ValueError:
            pass
    raise UsageError(f"{option} {text!r}: not a date; write it as YYYY-MM-DD, e.g. 2023-07-01")


def due_tasks(out: Union[str, Path] = "exports", as_of: Optional[dt.date] = None,
              start: Optional[dt.date] = None, end: Optional[dt.date] = None,
              overdue: bool = False, unit: Optional[str] = None) -> dict:
    """The tasks due in ``[start, end]`` (before ``as_of`` with ``overdue``), earliest first,
    optionally only those of ``unit`` (a name or alias): ``{"as_of", "results": [...]}``."""
    as_of = as_of or dt.date.today()
    b = open_build(out, require=(ASSIGNMENTS_FILE,))
    wanted: Optional[set[str]] = None
    if unit:
        units = b.rows(UNITS_FILE, required=False)
        wanted = set(match_names(unit, [(u["unit_id"], [u["unit"], *u.get("aliases", []),
                                                       *u.get("aliases_seen", [])])
                                       for u in units]))
        if not wanted:
            raise UsageError(f"no unit named {unit!r} in {out}; `kg unit NAME --out {out}` "
                             "lists the names known")
    tasks: dict[str, dict] = {}
    for a in b.assignments:
        if a["role"] not in STATED_ROLES:
            continue
        t = tasks.get(a["task_id"])
        if t is None:
            t = tasks[a["task_id"]] = {"task_id": a["task_id"], "task_text": a["task_text"],
                                       "deadline": None, "due": None, "units": [],
                                       "source": a["source"], "_ids": set()}
        if a.get("deadline") and not t["deadline"]:
            t["deadline"] = a["deadline"]
        entry = {"unit": a["unit"], "role": a["role"]}
        if entry not in t["units"]:
            t["units"].append(entry)
        t["_ids"].add(a["unit_id"])
    results = []
    for t in tasks.values():
        day = due_date(t["deadline"])
        if day is None:
            continue
        if overdue and not day < as_of:
            continue
        if start and day < start or end and day > end:
            continue
        if wanted is not None and not t["_ids"] & wanted:
            continue
        t["due"] = day.isoformat()
        del t["_ids"]
        results.append(t)
    results.sort(key=lambda t: t["due"])       # stable: document order within a day
    return {"as_of": as_of.isoformat(), "results": results}
