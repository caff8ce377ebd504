"""Render query results as a table, JSON (a list of objects keyed by variable) or CSV."""
from __future__ import annotations

import csv
import io
import unicodedata


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


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


def _cell(s: str, n: int) -> tuple[str, int]:
    """``s`` clipped to ``n`` columns (a wide character counts two; a clipped cell ends in
    ``…``) and its width, in one pass that stops where the cut is certain: a long task's text
    is not measured to its end, an ASCII one not measured at all."""
    if s.isascii():
        return (s, len(s)) if len(s) <= n else (s[:max(n - 1, 0)] + "…", max(n - 1, 0) + 1)
    w = cut = cut_w = 0
    eaw = unicodedata.east_asian_width
    for i, c in enumerate(s):
        cw = 2 if eaw(c) in "WF" else 1
        if w + cw > n - 1 and not cut_w:
            cut, cut_w = i, w + 1       # the clip keeps s[:i] and adds "…" (width 1)
        w += cw
        if w > n:
            return s[:cut] + "…", cut_w
    return s, w


def _footer(shown: int, total: int, offset: int) -> str:
    """The table's last line: how many rows, and where a page is when it is not all of them."""
    if shown == total and not offset:
        return f"({total} row{'s' if total != 1 else ''})"
    if not shown:
        return f"(no rows from row {offset + 1}: {total} in all)"
    more = f", --offset {offset + shown} the next page" if offset + shown < total else ""
    return f"(rows {offset + 1}-{offset + shown} of {total}; --limit 0 prints all{more})"


def render(cols: list[str], rows: list[list], fmt: str = "table",
           max_cell: int = 40, total: int | None = None, offset: int = 0) -> str:
    """``rows`` as ``fmt``; ``total`` and ``offset``: the rows are a page of an answer of
    ``total`` rows from row ``offset`` on (a table says so in its last line)."""
    if fmt == "json":
        import json     # only here: a csv or table answer does not import it
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return _csv_text(cols, rows)
    seen: dict[str, tuple[str, int]] = {}     # units, titles, files recur on many rows
    cells = []
    for r in rows:
        row = []
        for v in r:
            t = ("" if v is None else str(v)).replace("\n", " ")
            got = seen.get(t)
            if got is None:
                got = seen[t] = _cell(t, max_cell)
            row.append(got)
        cells.append(row)
    head = [(c, _width(c)) for c in cols]
    widths = [max([head[i][1]] + [r[i][1] for r in cells]) for i in range(len(cols))]

    def line(vals: list[tuple[str, int]]) -> str:
        return "  ".join(v + " " * (widths[i] - w) for i, (v, w) in enumerate(vals)).rstrip()
    out = [line(head), line([("-" * w, w) for w in widths])] + [line(r) for r in cells]
    out.append(_footer(len(rows), len(rows) if total is None else total, offset))
    return "\n".join(out) + "\n"
