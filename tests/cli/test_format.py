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
