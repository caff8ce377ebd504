"""kg._charsets: the memo in front of the regex compiler's character sets gives every pattern
the same compiled code as the compiler alone."""
from __future__ import annotations

import re
from re import _compiler, _parser

import kg  # noqa: F401  (installs the memo)
import kg.patterns as patterns


def _code(pattern: str, flags: int = 0) -> list[int]:
    parsed = _parser.parse(pattern, flags)
    return _compiler._code(parsed, flags | parsed.state.flags)


def test_memo_installed_and_same_code(monkeypatch):
    memo = _compiler._optimize_charset
    assert getattr(memo, "_kg_memo", False)
    samples = [
        patterns.HAN + "{2,16}部门$",
        "[^，。；]{0,20}?(?:领导小组|办公室)",
        r"[\u4e00-\u9fff（）“”\d]{0,50}?办公室设在",
        r"^[\s　]*第[一二三四五六七八九十百零\d]{1,5}[章条]",
        r"[㐀-鿿、-〿！-～—…“”·:;,.()0-9A-Za-z]",
        r"[⺁-\U0010ffff]",
        r"[^a-z\u4e00-\u9fff]+",
    ]
    samples += [(p, re.IGNORECASE) for p in (r"[a-z\u4e00-\u9fff]+", r"[^A-Z]")]
    memoised = [_code(*s) if isinstance(s, tuple) else _code(s) for s in samples * 2]
    monkeypatch.setattr(_compiler, "_optimize_charset", memo.__wrapped__)
    plain = [_code(*s) if isinstance(s, tuple) else _code(s) for s in samples * 2]
    assert memoised == plain
