"""Laws, rules and cited documents (文号) named in a document's text.

* A title in 《》 that names a law, regulation or rule (``…法``, ``…条例``, ``…办法``, ``…规定``,
  ``…细则``, ``…法典``) is a *law* reference, with a level read from the title: national
  (``中华人民共和国…``, or no place at all), provincial (``河北省…``), municipal (the document's
  own city, which is never hard-coded: it is the document's jurisdiction). Rules of the
  document's own city are *local rules*, kept apart from its laws.
* Other titles in 《》 naming a normative document (``…规划``, ``…方案``, ``…意见``, ``…通知``)
  are kept as ``normative`` references; they are not laws.
* ``basis`` tells whether the text gives the title as the legal basis of the document
  (``根据《…》…制定``, ``依据《…》``) rather than a mere mention.
* A cited 文号 (``冀政办字〔2022〕168号``) is a document reference whose issuer is read from its
  prefix through a data table (``kg/data/docnum_prefixes.tsv``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from ...model import Line
from ...patterns import BOOK_TITLE_RE, DOCNUM, HAN, ends_with_type
from ...resolve.jurisdiction import docnum_prefixes
from ...text import compact

TITLE_RE = BOOK_TITLE_RE
LAW_SUFFIX_RE = re.compile(ends_with_type("法|法典|条例|条令|规定|办法|细则|规则|章程", 8))
NORMATIVE_SUFFIX_RE = re.compile(ends_with_type(
    "规划|方案|意见|通知|决定|纲要|措施|制度|预案|目录|标准|导则|清单", 12))
# a bare type word is a back-reference to the document itself (《办法》, 《实施意见》)
BARE_TYPES = re.compile(r"^(本)?(实施|管理|暂行|工作|若干)?(法|条例|规定|办法|细则|意见|方案|措施|规划|通知)$")
NUMBER_RE = re.compile("(" + HAN + "{1,12}?)?" + DOCNUM)
PREFIX_TAIL_RE = re.compile("(" + HAN + "{1,8}(?:发|字|函|办|令|政|电|规|改|函字))$")
BASIS_BEFORE_RE = re.compile(r"(根据|依据|依照|按照|贯彻落实|贯彻|落实)[^。；]{0,6}$")
BASIS_AFTER_RE = re.compile(r"^[^。；]{0,80}?(制定本|制定|结合本市实际|结合我市实际|规定，)")
PROVINCE_RE = re.compile("^(北京市|天津市|上海市|重庆市|" + HAN + "{2,3}省|" + HAN + "{2,5}自治区)")
NATIONAL_PREFIXES = ("中华人民共和国", "国务院", "全国", "国家")


@dataclass(frozen=True)
class LawRef:
    title: str            # without 《》, white space removed
    level: str            # national | provincial | municipal | other
    kind: str             # law | local_rule | normative
    line: int
    basis: bool

    def as_dict(self) -> dict:
        return {"title": self.title, "level": self.level, "kind": self.kind, "line": self.line,
                "basis": self.basis}


@dataclass(frozen=True)
class CiteRef:
    ref: str              # 文号 as printed (white space removed)
    issuer: Optional[str]
    level: Optional[str]
    line: int

    def as_dict(self) -> dict:
        return {"ref": self.ref, "issuer": self.issuer, "level": self.level, "line": self.line}


def load_prefixes(path: Optional[str] = None) -> tuple[tuple[str, str, str], ...]:
    """The 文号 prefix table, longest prefix first: (prefix, issuer, level)."""
    return docnum_prefixes(path)


def issuer_of(ref: str, prefixes: Sequence[tuple[str, str, str]] = ()) -> tuple[Optional[str], Optional[str]]:
    """Issuer and level of a 文号 from its prefix (``冀政办字〔2022〕168号`` -> 河北省人民政府办公厅)."""
    table = prefixes or load_prefixes()
    head = ref.split("〔", 1)[0]
    if not head:
        return None, None
    for prefix, issuer, level in table:
        if head.startswith(prefix):
            return issuer, level
    return None, None


def law_level(title: str, jurisdiction: Optional[str]) -> str:
    """Level of a law or rule as its title shows it."""
    t = compact(title)
    if jurisdiction:
        j = compact(jurisdiction)
        if t.startswith(j) or (len(j) > 2 and t.startswith(j.rstrip("市县区"))):
            return "municipal"
    if t.startswith(NATIONAL_PREFIXES):
        return "national"
    m = PROVINCE_RE.match(t)
    if m:
        return "provincial"
    if re.match(r"^[\u4e00-\u9fff]{2,4}(市|县|区)", t) and not t.startswith(("市场", "城市")):
        return "other"
    return "national"


def _classify(title: str, jurisdiction: Optional[str]) -> Optional[str]:
    if BARE_TYPES.match(title):
        return None
    if LAW_SUFFIX_RE.search(title) and "关于" not in title and not title.endswith("通知"):
        level = law_level(title, jurisdiction)
        return "local_rule" if level == "municipal" else "law"
    if NORMATIVE_SUFFIX_RE.search(title) or "关于" in title:
        return "normative"
    return None


def _is_basis(before: str, after: str) -> bool:
    # 根据《A》《B》和《C》: the verb governs the whole chain of titles
    before = re.sub(r"(《[^《》]*》[、和及与]?)+$", "", before)
    if BASIS_BEFORE_RE.search(before):
        # 根据《…》《…》等有关法律法规，结合本市实际，制定本办法 / 根据《…》规定
        return bool(re.match(r"^(《[^《》]*》|[、和及与])*[^。；]{0,40}?(制定|规定|要求|精神|部署)", after)
                    or BASIS_AFTER_RE.match(after))
    return False


def scan_laws(lines: Iterable[Line], jurisdiction: Optional[str]) -> list[LawRef]:
    """Every 《…》 title naming a law, rule or normative document, first mention kept
    (``basis`` is true when any mention gives it as the legal basis)."""
    found: dict[str, LawRef] = {}
    for ln in lines:
        text = ln.norm
        for m in TITLE_RE.finditer(text):
            title = "".join(m.group(1).split())
            kind = _classify(title, jurisdiction)
            if kind is None:
                continue
            basis = kind != "normative" and _is_basis(text[:m.start()], text[m.end():])
            prev = found.get(title)
            if prev is None:
                found[title] = LawRef(title, law_level(title, jurisdiction), kind, ln.number, basis)
            elif basis and not prev.basis:
                found[title] = LawRef(prev.title, prev.level, prev.kind, prev.line, True)
    return list(found.values())


def cited_laws(text: str, jurisdiction: Optional[str]) -> list[str]:
    """Titles of laws and rules above the document's own level, in order of appearance."""
    lines = [Line("", k, t, t) for k, t in enumerate(text.split("\n"), 1)]
    return [r.title for r in scan_laws(lines, jurisdiction) if r.kind == "law"]


def _ref_at(text: str, m: re.Match) -> str:
    prefix = m.group(1) or ""
    pm = PREFIX_TAIL_RE.search(prefix)
    prefix = pm.group(1) if pm else (prefix[-6:] if prefix and len(prefix) <= 6 else "")
    # drop leading verbs/words glued to the prefix (印发冀政办字 -> 冀政办字)
    for table_prefix, _i, _l in load_prefixes():
        k = prefix.find(table_prefix)
        if k > 0:
            prefix = prefix[k:]
            break
    return f"{prefix}〔{m.group(2)}〕{m.group(3)}号"


def scan_cites(lines: Iterable[Line], own: Optional[str]) -> list[CiteRef]:
    """文号 cited in the text, in order of first appearance, the document's own number excluded.
    A 文号 printed without a prefix after a quoted title (``《X关于…的通知》（〔2022〕3号）``)
    takes its issuer from the title."""
    own_key = compact(own) if own else None
    found: dict[str, CiteRef] = {}
    for ln in lines:
        text = ln.norm
        if "〔" not in text:
            continue        # no 文号 (most lines): the regex tries a prefix at every position
        for m in NUMBER_RE.finditer(text):
            ref = _ref_at(text, m)
            if ref.startswith("号") or compact(ref) == own_key:
                continue
            if own_key and compact(ref).endswith(own_key) and len(ref) <= len(own_key) + 2:
                continue
            if ref in found:
                continue
            issuer, level = issuer_of(ref)
            if issuer is None:
                tm = re.search(r"《([\u4e00-\u9fff（）]{2,30}?)(关于|印发)[^《》]*》[（(]?$",
                               text[:m.start()])
                if tm and re.search(r"(政府|办公室|办公厅|委员会|局|委|厅|部)$", tm.group(1)):
                    issuer = tm.group(1)
            found[ref] = CiteRef(ref, issuer, level, ln.number)
    return list(found.values())


def cited_numbers(text: str, own: Optional[str]) -> list[str]:
    lines = [Line("", k, t, t) for k, t in enumerate(text.split("\n"), 1)]
    return [c.ref for c in scan_cites(lines, own)]
