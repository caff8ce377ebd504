"""Chinese numerals <-> int, for outline markers such as 十二、 （三） 第二十六条.

>>> to_int("一百零三")
103
>>> from_int(26)
'二十六'
"""
from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
CHARS = "".join(DIGITS) + "".join(UNITS)
_NAMES = "零一二三四五六七八九"


def to_int(text: str) -> int:
    """Parse a Chinese numeral below 10 000 (or ASCII digits)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in DIGITS and c not in UNITS for c in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    total, current = 0, 0
    for ch in text:
        if ch in DIGITS:
            current = DIGITS[ch]
        else:
            total += (current or 1) * UNITS[ch]
            current = 0
    return total + current


def year_figures(text: str) -> str:
    """A year written digit by digit in Chinese numerals in figures; a zero may be typed ``〇``,
    ``○``, ``零``, an ASCII zero or a letter O.

    >>> year_figures("二〇〇四"), year_figures("二00四"), year_figures("二○一一")
    ('2004', '2004', '2011')
    """
    return "".join("0" if c in "〇○零0O" else str(to_int(c)) for c in text)


def from_int(n: int) -> str:
    """Write 0 <= n < 10 000 as a Chinese numeral in the common form (十二, 一百零三)."""
    if not 0 <= n < 10000:
        raise ValueError(n)
    if n < 10:
        return _NAMES[n]
    out = []
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero:
                out.append("零")
                zero = False
            out.append(_NAMES[d] + unit)
        elif out:
            zero = True
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text
