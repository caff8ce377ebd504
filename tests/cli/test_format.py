"""`kg query --format csv` writes what the csv module writes, byte for byte, also for the rows
it joins itself (kg.cli.format._csv_text)."""
from __future__ import annotations

import csv
import io
import itertools

from kg.cli.format import render


def _csv_module(cols, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    w.writerows(rows)
    return buf.getvalue()


class _Str(str):
    pass


VALUES = ["", "a", "市住建局", "各县（市、区）人民政府", "a,b", 'say "x"', "two\nlines", "cr\rhere",
          " padded ", "x\x00y", "\u3000全角", "𠀀", None, 0, -7, 2084, 10 ** 20, True, 1.5,
          _Str("sub"), "'", "\t", ";"]


def test_csv_is_the_csv_modules_text():
    cols = ["unit", "task", "line"]
    rows = [list(r) for r in itertools.product(VALUES, repeat=3)]
    assert len(rows) == len(VALUES) ** 3
    assert render(cols, rows, "csv") == _csv_module(cols, rows)


def test_csv_short_and_odd_rows():
    for cols, rows in [(["x"], [[""], [None], ["a"], [1], ["a,b"]]),
                       (["x", "y"], []),
                       ([], [[]]),
                       (["a,b", 'c"'], [["1", "2"]]),
                       (["x", "y"], [("tuple", 1), ["a", "b", "c"]])]:
        assert render(cols, rows, "csv") == _csv_module(cols, rows), (cols, rows)


def _table_as_written(cols, rows, max_cell=40) -> str:
    """The table as `render` wrote it before it measured each cell once (the reference: every
    cell clipped and measured character by character)."""
    import unicodedata

    def width(s):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    def clip(s, n):
        if width(s) <= n:
            return s
        out, w = "", 0
        for c in s:
            cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
            if w + cw > n - 1:
                break
            out += c
            w += cw
        return out + "…"
    cells = [[clip(("" if v is None else str(v)).replace("\n", " "), max_cell) for v in r]
             for r in rows]
    widths = [max([width(c)] + [width(r[i]) for r in cells]) for i, c in enumerate(cols)]

    def line(vals):
        return "  ".join(v + " " * (widths[i] - width(v)) for i, v in enumerate(vals)).rstrip()
    out = [line(cols), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


LONG = ["x" * 39, "x" * 40, "x" * 41, "市" * 19 + "a", "市" * 20, "市" * 20 + "a", "a" + "市" * 20,
        "a" * 38 + "市", "a" * 39 + "市", "市" * 25, "ab…" * 20, "关于" + "推进城镇老旧小区改造" * 5]


def test_table_is_the_cell_by_cell_table():
    cols = ["unit", "任务", "line"]
    rows = [list(r) for r in itertools.product(VALUES + LONG, repeat=2)]
    rows = [r + [i] for i, r in enumerate(rows)]
    assert render(cols, rows, "table") == _table_as_written(cols, rows)
    for cols, rows in [(["x"], []), (["x", "y"], [["", None]]), (["宽"], [["a"]])]:
        assert render(cols, rows, "table") == _table_as_written(cols, rows)


def test_a_tables_page_says_where_it_is():
    cols, rows = ["n"], [[i] for i in range(120)]
    whole = render(cols, rows, "table")
    assert whole.endswith("(120 rows)\n")
    page = render(cols, rows[50:100], "table", total=120, offset=50)
    assert page.endswith("(rows 51-100 of 120; --limit 0 prints all, --offset 100 the next page)\n")
    # the page's rows are the whole table's lines 51-100 (one column: no padding is left)
    assert page.splitlines()[2:-1] == whole.splitlines()[2 + 50:2 + 100]
    last = render(cols, rows[100:], "table", total=120, offset=100)
    assert last.endswith("(rows 101-120 of 120; --limit 0 prints all)\n")
    assert render(cols, [], "table", total=120, offset=500).endswith(
        "(no rows from row 501: 120 in all)\n")
    assert render(cols, rows, "table", total=120) == whole
