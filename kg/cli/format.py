"""Render query results as a table, JSON (a list of objects keyed by variable) or CSV."""
from __future__ import annotations

import csv
import io
import unicodedata
from typing import Optional


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _clip(s: str, n: int) -> str:
    if _width(s) <= n:
        return s
    out, w = "", 0
    for c in s:
        cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if w + cw > n - 1:
            break
        out += c
        w += cw
    return out + "…"


def render(cols: list[str], rows: list[list], fmt: str = "table",
           max_cell: int = 40) -> str:
    if fmt == "json":
        import json     # only here: a csv or table answer does not import it
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)           # the csv module writes None as an empty field
        return buf.getvalue()
    cells = [[_clip(("" if v is None else str(v)).replace("\n", " "), max_cell) for v in r] for r in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(cols)]

    def line(vals: list[str]) -> str:
        return "  ".join(v + " " * (widths[i] - _width(v)) for i, v in enumerate(vals)).rstrip()
    out = [line(cols), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
