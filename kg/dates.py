"""When a deadline falls due: the last day its words allow.

A deadline as the pipeline writes it (:func:`kg.extract.deadlines.normalise_deadline`) is
``YYYY-MM-DD``, ``YYYY-MM`` (a month: due on its last day), ``YYYY`` (a year: due on 31
December), a range of years (due at the end of the last), or words with no date (长期坚持),
which are never due. Used by the 台账 (``截止日期``) and by ``kg due``; imports nothing from
the extractor.

>>> due_date("2024-06"), due_date("2023"), due_date("2024-02-10"), due_date("长期坚持")
(datetime.date(2024, 6, 30), datetime.date(2023, 12, 31), datetime.date(2024, 2, 10), None)
>>> due_date("2023—2025年")
datetime.date(2025, 12, 31)
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Optional

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_RANGE = re.compile(r"^\d{4}\s*年?\s*[-—–~～至到]\s*(\d{4})\s*年?$")


def due_date(deadline: Optional[str]) -> Optional[dt.date]:
    """The day ``deadline`` falls due, or ``None`` when it names no date."""
    if not deadline:
        return None
    t = deadline.strip()
    m = _ISO.match(t)
    try:
        if m:
            year = int(m.group(1))
            if m.group(3):
                return dt.date(year, int(m.group(2)), int(m.group(3)))
            if m.group(2):
                month = int(m.group(2))
                return dt.date(year, month, calendar.monthrange(year, month)[1])
            return dt.date(year, 12, 31)
        m = _RANGE.match(t)
        if m:
            return dt.date(int(m.group(1)), 12, 31)
    except ValueError:          # 2024-13, 2023-02-30: not a date
        return None
    return None
