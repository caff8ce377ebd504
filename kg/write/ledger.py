"""Write the 台账 (``ledger.csv``): one row per task that has units, for people who read Excel.

UTF-8 with BOM and CRLF line ends, so Excel opens it as it is; rows in task order.
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path

from ..model import Assignment, BuildResult
from ..vocab import ACTOR_KINDS, LEDGER_FILE, STATED_ROLES


def ledger(result: BuildResult) -> str:
    """The 台账: one row per task that has units, UTF-8 with BOM for Excel."""
    by_task: dict[str, list[Assignment]] = defaultdict(list)
    for a in result.assignments:
        if a.raw.role not in STATED_ROLES:
            continue        # group seats and mentions are not stated responsibility
        by_task[a.task_id].append(a)
    docs = {d.doc_id: d for d in result.documents}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["文件", "文号", "辖区", "层级", "任务", "牵头单位", "配合单位", "责任单位", "其他（供稿/信息来源）",
                "完成时限", "出处", "社会主体（企业/社会组织/基层组织/事业单位）"])
    for t in result.tasks:
        ass = by_task.get(t.task_id)
        if not ass:
            continue
        d = docs[t.doc_id]

        def names(roles: tuple[str, ...]) -> str:
            seen = dict.fromkeys(a.unit.name for a in ass
                                 if a.raw.role in roles and a.unit.kind not in ACTOR_KINDS)
            return "、".join(seen)
        # non-government actors are kept apart from government units, in a column of their own
        actors = "、".join(dict.fromkeys(a.unit.name for a in ass if a.unit.kind in ACTOR_KINDS))
        deadline = next((a.raw.deadline for a in ass if a.raw.deadline), "") or ""
        lines = sorted({a.raw.mention.source.line for a in ass})
        where = f"{t.span.file}:{t.span.first_line}"
        if lines and lines[0] != t.span.first_line:
            where += f" (注 {','.join(str(x) for x in lines[:3])})"
        w.writerow([d.title, d.number or "", d.jurisdiction or "", t.path_str, t.text.replace("\n", " "),
                    names(("lead",)), names(("support", "assist")), names(("responsible", "duty")),
                    names(("contributor", "source")), deadline, where, actors])
    return "\ufeff" + buf.getvalue()


def write_ledger(result: BuildResult, out: Path) -> None:
    """Write ``ledger.csv`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    (out / LEDGER_FILE).write_text(ledger(result), encoding="utf-8", newline="")
