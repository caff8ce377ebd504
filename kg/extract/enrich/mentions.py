"""Units named in the text of tasks that carry no annotation (``via: "mention"``).

The 2017 work report and the plans list tasks (``一是…二是…``, ``（一）…``) without 责任单位 but
name units in their text (``市教育局加快廊坊一中迁建工程``). A name counts when the lexicon
knows it, or when it clearly looks like a unit: a level prefix (市/县/区/市委…) and an organ
suffix (局/委/办…). At each position the longest such name is taken. These links are kept apart
from stated responsibility: role ``mentioned``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional, Sequence

from .duties import _specific
from ...text import compact, normalise

START_RE = re.compile(r"(中共|市委|市政府|市|县委|省|团市委|人行|中国人民银行)")
# every position START_RE matches at (zero-width: one scan of a line finds them all)
_START_AT_RE = re.compile("(?=" + START_RE.pattern + ")")
MAX_LEN = 24
# a unit-shaped name: level prefix, a short stem, an organ suffix not followed by 法 (办法),
# 托 (受市人民政府委托: 委托 is no 委), or a title (局长, 主任)
SHAPE_RE = re.compile(r"(市委|市政府|市)[\u4e00-\u9fff]{1,10}?(局|委员会|管委会|委|办公室|办)"
                      r"(?!法|理|际|托|[\u4e00-\u9fff]?[长任])")
# (nor a verb setting a body up: 省、设区的市设立选举工作办公室 names 选举工作办公室, not 市设立…)
NOT_A_NAME_RE = re.compile(r"[的和及与、被将在对为第]|兼任|担任|^市级|布局|暂行|实施|建议|两级|常委|主办|会办|管理办$|设立|成立|组建")


def find_units(text: str, known: Callable[[str], bool], places: Sequence[str] = ()) -> list[str]:
    """Unit names in ``text``, each once, in order of first appearance. ``places`` are place
    names (counties) that may open a unit name (安次区就业服务局). Lines are scanned one by
    one: a name never runs across a line break (a list of names one per line)."""
    out: dict[str, None] = {}
    # what _find_in_line finds is a function of the line, the places and known's answers:
    # kept across documents when known tells its answers_key (Resolver.knower)
    answers_key = getattr(known, "answers_key", None)
    places_key = tuple(places)
    for line in text.split("\n"):
        t = compact(line)
        if answers_key is None:
            names = _find_in_line(t, known, places)
        else:
            key = (t, places_key, answers_key)
            names = _FOUND.get(key)
            if names is None:
                if len(_FOUND) >= _FOUND_MAX:
                    _FOUND.clear()
                names = _FOUND[key] = tuple(_find_in_line(t, known, places))
        for name in names:
            out.setdefault(name, None)
    return list(out)


# find_units' memo: (compact line, places, known's answers_key) -> the names in the line
_FOUND: dict[tuple, tuple[str, ...]] = {}
_FOUND_MAX = 1 << 14


@lru_cache(maxsize=256)
def _place_re(places: tuple[str, ...], at: bool = False) -> Optional[re.Pattern]:
    """A unit name opened by one of ``places`` (a document's counties), compiled once; ``at``:
    the zero-width pattern that finds every position it matches at."""
    if not places:
        return None
    pattern = ("(" + "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
               + r")[\u4e00-\u9fff]{0,10}?(局|委员会|委|办公室|办|人民政府|政府|管委会)"
               r"(?!法|理|际|托|[\u4e00-\u9fff]?[长任])")
    return re.compile("(?=" + pattern + ")" if at else pattern)


# whether a character, normalised, ends a known name: asked of every distinct character of every
# line (~80 000 calls of normalise in the bundled corpus), kept for the one set of final characters
# it was answered for (a resolver's, never changed once made; another set starts a new memo)
_FINAL_OF: list = [None, {}]


def _final_of(finals) -> dict[str, bool]:
    """The memo of ``normalise(c) in finals`` for ``finals`` (held, so its identity stays its own)."""
    if _FINAL_OF[0] is not finals:
        _FINAL_OF[:] = [finals, {}]
    return _FINAL_OF[1]


_COUNT_RE = re.compile(r"（[^（）]*\d[^（）]*）$")
# what makes a known name part of a longer one right after it: the rest of 办公室 after a short form
# ending in 办, a bureau's branch named after a place (…局宁乡分局)
_LONGER_NAME_RE = re.compile(r"(?<=办)公室|(?<=局)[\u4e00-\u9fff]{2,6}?分局")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _find_in_line(t: str, known: Callable[[str], bool], places: Sequence[str]) -> list[str]:
    out: dict[str, None] = {}
    place_re = _place_re(tuple(places)) if places else None
    n = len(t)
    # ends[j]: a name ending at t[j] may be known. ``known`` turns away at once a name whose
    # last character no known name ends in; when it tells those characters
    # (Resolver.knower), the lengths that end in one are not tried at all (same names).
    finals = getattr(known, "final_chars", None)
    if finals is None:
        ends = [True] * n
    else:
        final_of = _final_of(finals)
        for c in set(t).difference(final_of):
            final_of[c] = normalise(c) in finals
        ends = [final_of[c] for c in t]
    # the positions the loop below may find a name at: where a place's name or START_RE
    # matches, or a known name of four characters could end (``ends``); at any other one it
    # finds nothing and moves on by one, so it visits only these (the same names)
    starts = {m.start() for m in _START_AT_RE.finditer(t)}
    if place_re:
        starts.update(m.start() for m in _place_re(tuple(places), True).finditer(t))
    if finals is None or (n and ends[n - 1]):
        starts.update(range(0 if finals is None else max(0, n - 3), n))
    starts.update(j - 3 for j in range(3, n) if ends[j])
    i = 0
    for at in sorted(starts):
        if at < i:
            continue
        i = at
        best = None
        pm = place_re.match(t, i) if place_re else None
        if pm and not NOT_A_NAME_RE.search(pm.group(0)[len(pm.group(1)):]):
            best = pm.group(0)
            for k in range(min(n, i + MAX_LEN), i + 2, -1):
                if ends[k - 1] and known(t[i:k]):
                    best = t[i:k] if k - i >= len(best) else best
                    break
        elif START_RE.match(t, i) or (ends[i + 3 if i + 4 <= n else n - 1] and known(t[i:i + 4])):
            for k in range(min(n, i + MAX_LEN), i + 2, -1):
                if not ends[k - 1]:
                    continue
                cand = t[i:k]
                if cand[-1] == "）" and _COUNT_RE.search(cand):
                    continue        # 市发改委（1件）: a count, not an alias
                if known(cand):
                    best = cand
                    break
            if best is None:
                m = SHAPE_RE.match(t, i)
                if (m and _specific(m.group(0)) and not NOT_A_NAME_RE.search(m.group(0))):
                    best = m.group(0)
        more = _LONGER_NAME_RE.match(t, i + len(best)) if best else None
        if more:
            # 市人民政府办 of 市人民政府办公室主任, 市生态环境局 of 市生态环境局宁乡分局局长: a name that the
            # text goes on into a longer one names that one
            best = t[i:more.end()]
        if best and not (i > 0 and _HAN_RE.match(t[i - 1]) and t[i - 1] in "全本我该各本城超都"):
            out.setdefault(best, None)
            i += len(best)
        else:
            i += 1
    return list(out)
