"""China's administrative divisions (``kg/data/divisions.tsv``): look-ups by adcode, name and
short form, and a reader for the place that begins an organisation's name.

>>> d = load_divisions()
>>> d.get("330400").name
'嘉兴市'
>>> div, end = d.read_prefix("鞍山市立山区人民政府")
>>> div.adcode, end
('210304', 6)

Names are compared in compact normalised form (simplified characters), so ``綿陽市`` is
``绵阳市``. The country itself is a pseudo-division, :data:`NATIONAL` (adcode ``100000``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from ..errors import LexiconError
from ..text import compact, normalise

LEVELS = ("national", "province", "prefecture", "county")


@dataclass(frozen=True)
class Division:
    adcode: str
    parent: Optional[str]
    level: str            # national | province | prefecture | county
    kind: str             # province, municipality, city, district, county, county_city, zone …
    name: str
    short: tuple[str, ...] = ()
    abbr: str = ""        # a province's one-character abbreviation (冀, 浙)


#: the words a zone's type opens with (经济技术开发区, 高新技术产业开发区, 临港经济技术开发区,
#: 城乡一体化示范区): a zone's name that opens so without its city names no one zone
_ZONE_TYPE_START_RE = re.compile(r"(?:经济|经开|高新|高技术|工业|城乡|港|滨海|临港|循环|文化|汽车|转型|现代|综合|保税|"
                                 r"新区|示范|产业|物流|空港|国际|出口|农业|生态|旅游|科技|开发)")

_ZONE_TYPE_END_RE = re.compile(r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高技术产业开发区|高新技术产业园区|"
                               r"经济综合实验区|城乡一体化示范区|现代产业园区|产业园区|管理区|新区|新城|示范区|实验区|"
                               r"开发区|园区|食品区)$")

#: a banner's name by its words: the stem, a wing (左翼, 右翼) or a side (左, 右), a place (前, 中, 后)
_BANNER_WORDS_RE = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,4}?)(?P<wing>[左右]翼|[左右])?(?P<place>[前中后])?旗$")
#: the level word a county-level division of a kind names itself with after its short form
_LEVEL_WORD = {"county": "县", "autonomous_county": "县", "banner": "旗", "autonomous_banner": "旗"}

#: a banner named by a side of a people's land (东乌珠穆沁旗, 西乌珠穆沁旗)
_BANNER_SIDE_RE = re.compile(r"^(?P<side>[东西])(?P<stem>[\u4e00-\u9fff]{3,5})旗$")


def _banner_short(name: str) -> Optional[str]:
    """The short form a banner of a wing, a side or a place is written by (科尔沁右翼前旗 ->
    科右前旗, 土默特左旗 -> 土左旗, 乌拉特中旗 -> 乌中旗, 东乌珠穆沁旗 -> 东乌旗), else None (a banner
    named by its stem alone, 正蓝旗, 杭锦后旗 of a two-character stem, keeps its name)."""
    m = _BANNER_WORDS_RE.match(name)
    if m and len(m.group("stem")) >= 3 and (m.group("wing") or m.group("place")):
        return m.group("stem")[0] + (m.group("wing") or "")[:1] + (m.group("place") or "") + "旗"
    m = _BANNER_SIDE_RE.match(name)
    if m and not name.endswith(("左旗", "右旗", "前旗", "中旗", "后旗")):
        return m.group("side") + m.group("stem")[0] + "旗"
    return None


NATIONAL = Division("100000", None, "national", "country", "中华人民共和国", ("全国",), "")


class Divisions:
    """The gazetteer. Built once per process (:func:`load_divisions`)."""

    def __init__(self, rows: Iterable[Division],
                 former: Iterable[tuple[str, tuple[str, ...]]] = ()):
        self.by_code: dict[str, Division] = {NATIONAL.adcode: NATIONAL}
        self.full: dict[str, list[str]] = {}       # compact full name -> adcodes
        self.shorts: dict[str, list[str]] = {}     # compact short form -> adcodes
        self.children: dict[str, list[str]] = {}
        self.abbr: dict[str, str] = {}             # province abbreviation -> adcode
        for d in rows:
            self.by_code[d.adcode] = d
            self.full.setdefault(compact(d.name), []).append(d.adcode)
            for s in d.short:
                self.shorts.setdefault(compact(s), []).append(d.adcode)
            if d.parent:
                self.children.setdefault(d.parent, []).append(d.adcode)
            if d.abbr:
                self.abbr[d.abbr] = d.adcode
        # a division abolished or renamed under a new code (芜湖县 -> 湾沚区 in 2020, 邢台县 split
        # between 襄都区 and 信都区; ``divisions_former.tsv``): texts from before the change name it
        # so, and its former name is read as the division that now holds its whole area (its one
        # successor, or the division that holds all its successors). A current division's name or
        # short form always wins: a former name that is one anywhere is not used, nor one that is
        # mostly a word (:func:`_generic_former`)
        self.former: dict[str, list[str]] = {}     # compact former name -> holder adcodes
        for name, successors in former:
            key = compact(name)
            succ = [self.by_code.get(c) for c in successors]
            if key.endswith("市") and len(succ) == 1 and succ[0] is not None \
                    and succ[0].level == "county" \
                    and any(self.by_code[c].level == "prefecture" for c in self.full.get(key, ())):
                # a county-level city whose name its prefecture took when made a city (县级日喀则市
                # -> 桑珠孜区, 县级临汾市 -> 尧都区): written so, with its level, it is the district
                # that holds its area now; its bare name is the prefecture's
                self.full.setdefault("县级" + key, [succ[0].adcode])
            if key in self.full or key in self.shorts or _generic_former(key) \
                    or not succ or None in succ:
                continue
            holder = self._holder([d for d in succ if d is not None])
            if holder is not None and holder.adcode not in self.former.get(key, []):
                self.former.setdefault(key, []).append(holder.adcode)
        for key, codes in self.former.items():
            self.full[key] = list(codes)
        # a county-level city was mostly a county before (县改市: 旬阳县 -> 旬阳市 in 2021), and
        # texts written before that name it so: its short form + 县 is read as its former full
        # name, unless a division bears that name or the short form is shared (then unknown)
        for d in list(self.by_code.values()):
            if d.kind != "county_city" or not d.name.endswith("市"):
                continue
            stem = compact(d.name[:-1])
            former = stem + "县"
            if len(stem) >= 2 and former not in self.full and self.shorts.get(stem, []) == [d.adcode]:
                self.full[former] = [d.adcode]
        # a banner whose name ends in a wing and a place in it (科尔沁右翼前旗, 察哈尔右翼后旗,
        # 土默特左旗, 乌拉特前旗, 东乌珠穆沁旗) is written by the first character of each word (科右前旗,
        # 察右后旗, 土左旗, 乌前旗, 东乌旗): that form is its short form too when it names no other
        # division and no two banners give it
        shortened: dict[str, list[str]] = {}
        for d in self.by_code.values():
            if d.level == "county" and d.kind == "banner" and (form := _banner_short(d.name)):
                shortened.setdefault(form, []).append(d.adcode)
        for form, codes in shortened.items():
            if len(codes) == 1 and form not in self.full and form not in self.shorts:
                self.shorts[form] = codes
        # an autonomous county or a banner written by its short form with its level word
        # (紫云县 for 紫云苗族布依族自治县, 秀山自治县, 科左中旗 for 科尔沁左翼中旗) names itself as
        # surely as its full name: such a form of three characters or more is read in running
        # text as a full name is, when it names one division only and its stem is no province's
        # or prefecture's name (河南县 is also 河南 + 县 of 县域, 县级)
        upper = {compact(f) for d in self.by_code.values() if d.level in ("province", "prefecture")
                 for f in (d.name, *d.short) if f}
        levelled: dict[str, list[str]] = {}
        for form, codes in self.shorts.items():
            ds = [self.by_code[c] for c in codes]
            if len(ds) == 1 and ds[0].level == "county" and len(form) >= 3 \
                    and form.endswith(_LEVEL_WORD.get(ds[0].kind, "\0")):
                levelled.setdefault(form, []).append(codes[0])
        for d in self.by_code.values():
            if d.kind == "autonomous_county":
                for s in d.short:
                    if len(compact(s)) >= 2 and not compact(s).endswith("县"):
                        levelled.setdefault(compact(s) + "自治县", []).append(d.adcode)
        for form, codes in levelled.items():
            stem = re.sub(r"(?:自治)?[县旗]$", "", form)
            if len(set(codes)) == 1 and form not in self.full and stem not in upper \
                    and len(self.full.get(stem, ())) <= 1:
                self.full[form] = [codes[0]]
        # a zone named after its city (郑州航空港经济综合实验区, 唐山市汉沽管理区) is mostly written
        # without the city (航空港经济综合实验区 in its own papers): that form is its name too when
        # no other zone's gives it, no division bears it and it opens with its own proper name
        # (not a zone type's words: 经济技术开发区, 高新技术产业开发区, 临港…, 城乡一体化示范区)
        bare: dict[str, list[str]] = {}
        for d in self.by_code.values():
            if d.kind == "zone" and (rest := self._without_city(d)) is not None:
                bare.setdefault(rest, []).append(d.adcode)
        for rest, codes in bare.items():
            if len(codes) == 1 and rest not in self.full and rest not in self.shorts:
                self.full[rest] = codes
        # two-character keys -> forms starting with them, longest first (fast scanning)
        self._by2: dict[str, list[tuple[str, bool]]] = {}
        for form, short in [(f, False) for f in self.full] + [(s, True) for s in self.shorts]:
            self._by2.setdefault(form[:2], []).append((form, short))
        for forms in self._by2.values():
            forms.sort(key=lambda f: (-len(f[0]), f[1], f[0]))
        self._starts: Optional[re.Pattern] = None     # see _starts_re

    def _holder(self, ds: list[Division]) -> Optional[Division]:
        """The lowest division that is or holds every one of ``ds`` (None across provinces)."""
        for a in self.ancestors(ds[0]):
            if all(self.within(d, a) for d in ds):
                return a
        return None

    def _without_city(self, d: Division) -> Optional[str]:
        """A zone's name without the places its name opens with (its city, its province, in
        full or short), if what is left is four characters or more and opens with no zone
        type's word; else None."""
        name = compact(d.name)
        forms = sorted({compact(f) for a in self.ancestors(d)[1:] for f in (a.name, *a.short) if f},
                       key=len, reverse=True)
        cut = True
        while cut:
            cut = False
            for f in forms:
                if name.startswith(f) and len(name) - len(f) >= 4:
                    name, cut = name[len(f):], True
                    break
        if name == compact(d.name) or _ZONE_TYPE_START_RE.match(name):
            return None
        # its own name before the type three characters at least (航空港, not 滨湖 of 滨湖新区, a
        # name other cities' zones bear too), or a 管理区's (汉沽管理区: a former farm's own)
        m = _ZONE_TYPE_END_RE.search(name)
        if m and m.start() < 3 and m.group() != "管理区":
            return None
        return name

    # ------------------------------------------------------------------ look-ups
    def get(self, adcode: Optional[str]) -> Optional[Division]:
        return self.by_code.get(adcode or "")

    def lookup(self, name: str, shorts: bool = True) -> list[Division]:
        """Divisions named ``name`` (full name first, then short form), in adcode order."""
        key = compact(name)
        codes = list(self.full.get(key, []))
        if shorts:
            codes += [c for c in self.shorts.get(key, []) if c not in codes]
        return [self.by_code[c] for c in codes]

    def ancestors(self, d: Division) -> list[Division]:
        """``d`` and the divisions above it, nearest first (the country not included)."""
        out = []
        cur: Optional[Division] = d
        while cur is not None and cur.level != "national":
            out.append(cur)
            cur = self.by_code.get(cur.parent or "")
        return out

    def within(self, d: Division, area: Optional[Division]) -> bool:
        """Is ``d`` the division ``area`` or inside it?"""
        if area is None:
            return False
        if area.level == "national":
            return True
        return any(a.adcode == area.adcode for a in self.ancestors(d))

    def at_level(self, d: Division, level: str) -> Optional[Division]:
        """The ancestor-or-self of ``d`` at ``level``."""
        return next((a for a in self.ancestors(d) if a.level == level), None)

    def city_of(self, d: Division) -> Optional[Division]:
        """What ``市`` means in a document of ``d``: a county-level city itself, else the
        prefecture, or a municipality (北京市) for its districts."""
        for a in self.ancestors(d):
            if a.name.endswith("市") and a.kind in ("county_city", "city", "municipality"):
                return a
        return None

    def qualified_name(self, d: Division) -> str:
        """The name as printed with its parent where the name alone is ambiguous
        (``鞍山市立山区``, ``嘉兴市``)."""
        if len(self.full.get(compact(d.name), [])) > 1 and d.level == "county":
            parent = self.by_code.get(d.parent or "")
            if parent is not None and parent.level != "national":
                return parent.name + d.name
        return d.name

    # ------------------------------------------------------------------ reading text
    def forms_at(self, text: str, i: int, shorts: bool = True) -> list[tuple[str, bool]]:
        """Place forms that start at ``text[i]``, longest first: (form, is_short)."""
        out = []
        for form, short in self._by2.get(text[i:i + 2], ()):
            if short and not shorts:
                continue
            if text.startswith(form, i) and not (
                    not short and form in self.former and _former_in_word(text, i + len(form), form)):
                out.append((form, short))
        return out

    def read_prefix(self, text: str, context: Optional[Division] = None,
                    county_shorts: bool = False) -> Optional[tuple[Division, int]]:
        """The place that begins ``text`` (an organisation's name, a title), deepest first:
        ``浙江省嘉兴市…`` -> 嘉兴市, ``鞍山市立山区…`` -> 立山区. Short forms of provinces and
        prefectures are read (``嘉兴银保监分局``); a county's short form only after its parent
        or when ``county_shorts``. Among same-named divisions, the one inside ``context`` (or
        inside the place just read) wins; an ambiguity that nothing settles reads as None.
        Returns the division and the end offset in ``text`` (compact form expected)."""
        pos, found = 0, None
        while pos < len(text):
            step = None
            for form, short in self.forms_at(text, pos):
                cands = [self.by_code[c] for c in (self.shorts if short else self.full)[form]]
                if found is not None:
                    cands = [c for c in cands if c.parent and self.within(c, found)
                             and c.adcode != found.adcode]
                elif short:
                    cands = [c for c in cands if c.level != "county"
                             or county_shorts or (context and self.within(c, context))]
                if not cands:
                    continue
                if len(cands) > 1 and context is not None:
                    inside = [c for c in cands if self.within(c, context)]
                    cands = inside or cands
                if len(cands) > 1 and found is None and short:
                    # a city and a county of its own sharing the short form (南昌 of 南昌市 and
                    # 南昌县, 长沙, 铁岭): the short form alone names the city (南昌铁路局 in a
                    # 江西 text), a county's short form is read only after its parent
                    outer = [c for c in cands if all(self.within(o, c) for o in cands)]
                    cands = outer or cands
                if len(cands) > 1:
                    # 朝阳区 (Beijing, Changchun): ambiguous unless a parent was read
                    if found is None:
                        return None
                    continue
                step = (cands[0], pos + len(form))
                break
            if step is None:
                break
            found, pos = step
        return (found, pos) if found is not None else None

    def find_all(self, text: str, shorts: bool = False) -> list[tuple[int, int, list[Division]]]:
        """Full place names (and short forms of provinces and prefectures when ``shorts``) in
        ``text`` (compact form): (start, end, candidates), longest match at each position,
        never overlapping. A match that begins inside another place's name (海北 in 镇海北仑)
        and two-character county names (康县 in 健康县) are not read: in running text they are
        mostly parts of other words."""
        out = []
        i = 0
        by2 = self._by2
        # the positions where a place name may start (its first two characters): one scan of
        # the text; at any other position nothing is found and the scan moves on by one
        for m in self._starts_re().finditer(text):
            if m.start() < i:
                continue
            i = m.start()
            if text[i:i + 2] not in by2:      # most of them: no place name starts here
                i += 1
                continue
            hit = None
            for form, short in self.forms_at(text, i, shorts):
                codes = (self.shorts if short else self.full)[form]
                cands = [self.by_code[c] for c in codes]
                if short:
                    cands = [c for c in cands if c.level in ("province", "prefecture")]
                elif len(form) < 3:
                    # (a former county's two-character name is the county's, whatever holds it now)
                    cands = [c for c in cands if c.level != "county" and form not in self.former]
                if cands and i and not form.startswith("县级") \
                        and any(len(f) > 1 for f, _s in self.forms_at(text, i - 1)):
                    # begins inside another place's name (县级日喀则市 after 和: its 县 opens the
                    # level written before the name, whatever ends in 县 before it)
                    cands = []
                if cands:
                    hit = (i, i + len(form), cands)
                    break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out

    def _starts_re(self) -> re.Pattern:
        """The first characters of the keys of ``_by2`` followed by one of their second
        characters, one a match (compiled once): ~40 % of a text's positions where the first
        characters alone let through ~100 % (every key has two characters, so a position whose
        next character is no key's second holds none)."""
        if self._starts is None:
            # (a key of one character, a form of one, would be followed by anything but the end)
            seconds = "".join(sorted({re.escape(k[1]) for k in self._by2 if len(k) > 1})) \
                if all(len(k) > 1 for k in self._by2) else "\\s\\S"
            self._starts = re.compile("[" + "".join(sorted({re.escape(k[0]) for k in self._by2 if k}))
                                      + "](?=[" + seconds + "])")
        return self._starts


def _generic_former(key: str) -> bool:
    """A former district's name that is mostly a word (新区, 矿区, 市区, 市郊区, 南郊区, 东市区): a
    one-character stem before 区, or one holding 市 or 郊."""
    return key.endswith("区") and (len(key) == 2 or "市" in key[:-1] or "郊" in key[:-1])


#: the characters that make a word of a name's last character (通州市场, 通州市民, 江东区域): a former
#: name so followed is not read (its stem is often another division's short form: 通州 of Beijing)
_FORMER_WORD_ENDS = {"市": "场民级直属域容貌值面井", "区": "域间划别"}


def _former_in_word(text: str, end: int, form: str) -> bool:
    return end < len(text) and text[end] in _FORMER_WORD_ENDS.get(form[-1], "")


def _parse(text: str, origin: str) -> list[Division]:
    rows = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("adcode\t"):
            continue
        cols = raw.split("\t")
        if len(cols) < 5 or not cols[0].isdigit() or cols[2] not in LEVELS:
            raise LexiconError(f"{origin}:{number}: expected 'adcode<TAB>parent<TAB>level<TAB>"
                               f"kind<TAB>name<TAB>short<TAB>abbr', got {raw[:40]!r}")
        cols += [""] * (7 - len(cols))
        rows.append(Division(cols[0], cols[1] or NATIONAL.adcode, cols[2], cols[3], cols[4],
                             tuple(s for s in cols[5].split("|") if s), cols[6]))
    return rows


def _parse_former(text: str, origin: str) -> list[tuple[str, tuple[str, ...]]]:
    """(former name, successor adcodes) of ``divisions_former.tsv``."""
    rows = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("former_code\t"):
            continue
        cols = raw.split("\t")
        codes = tuple(c for c in cols[2].split("|") if c) if len(cols) > 2 else ()
        if len(cols) < 4 or not cols[0].isdigit() or not cols[1] \
                or not codes or not all(c.isdigit() for c in codes):
            raise LexiconError(f"{origin}:{number}: expected 'former code<TAB>former name<TAB>"
                               f"successor codes (|)<TAB>year…', got {raw[:40]!r}")
        rows.append((cols[1], codes))
    return rows


@lru_cache(maxsize=1)
def load_divisions() -> Divisions:
    """The bundled gazetteer (read once), with the former divisions' names."""
    data = resources.files("kg.data")
    text = data.joinpath("divisions.tsv").read_text("utf-8")
    former = data.joinpath("divisions_former.tsv").read_text("utf-8")
    return Divisions(_parse(text, "kg/data/divisions.tsv"),
                     _parse_former(former, "kg/data/divisions_former.tsv"))


@lru_cache(maxsize=1)
def _townships() -> dict[str, tuple[str, ...]]:
    """``townships.tsv``: a township's name -> the county-level adcodes holding one of that name
    (read on first use only: most documents are no township's)."""
    text = resources.files("kg.data").joinpath("townships.tsv").read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw or raw.startswith("#") or raw.startswith("name\t"):
            continue
        name, _, codes = raw.partition("\t")
        if not name or not codes or not all(c.isdigit() for c in codes.split(",")):
            raise LexiconError(f"kg/data/townships.tsv:{number}: expected 'name<TAB>adcode,…', "
                               f"got {raw[:40]!r}")
        out[name] = tuple(codes.split(","))
    return out


def township_counties(name: str) -> tuple[str, ...]:
    """The county-level adcodes holding a township named ``name`` as the gazetteer writes it
    (``渔峡口镇``, ``西湖街道``); the longest ending of ``name`` that is a township's name counts
    (``鄞州区古林镇`` -> 古林镇's). Empty when none is known.

    >>> township_counties("渔峡口镇")
    ('420528',)
    """
    table = _townships()
    key = compact(normalise(name))
    for k in range(len(key)):
        if k and len(key) - k < 3:
            break           # (no ending of two characters: 林镇 of 古林镇 names none)
        codes = table.get(key[k:])
        if codes:
            return codes
    return ()
