"""Render query results as a table, JSON (a list of objects keyed by variable) or CSV."""
from __future__ import annotations

import csv
import io
import unicodedata


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


def _csv_text(cols: list[str], rows: list[list]) -> str:
    """The csv module's text of ``cols`` and ``rows`` (``lineterminator="\\n"``, the excel
    dialect's minimal quoting), with the rows that need no quoting joined here: the csv module
    looks up every character of every field in its line terminator (~0.05 CPU s for the
    ~3 000 rows of a named query at 20x, as much as the rest of the rendering). A row is joined
    here when all its values are ``str``, ``int`` or ``None`` (written as the csv module
    writes them: as they are, ``str(int)``, an empty field), it has two fields or more and
    none of them holds ``,``, ``"``, a line feed or a carriage return; any other row is
    written by the csv module, so the text is the csv module's own."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    lines = []
    for row in [cols, *rows]:
        line = None
        if len(row) > 1:
            fields = [v if v.__class__ is str else "" if v is None else
                      str(v) if v.__class__ is int else None for v in row]
            if None not in fields:          # None: a value of another type
                line = ",".join(fields)
        if (line is None or line.count(",") != len(row) - 1 or '"' in line or "\n" in line
                or "\r" in line):
            w.writerow(row)
            line = buf.getvalue()[:-1]
            buf.seek(0)
            buf.truncate()
        lines.append(line)
    return "\n".join(lines) + "\n"


def render(cols: list[str], rows: list[list], fmt: str = "table",
           max_cell: int = 40) -> str:
    if fmt == "json":
        import json     # only here: a csv or table answer does not import it
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return _csv_text(cols, rows)
    cells = [[_clip(("" if v is None else str(v)).replace("\n", " "), max_cell) for v in r] for r in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(cols)]

    def line(vals: list[str]) -> str:
        return "  ".join(v + " " * (widths[i] - _width(v)) for i, v in enumerate(vals)).rstrip()
    out = [line(cols), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
