"""Mention -> Unit. Resolved through the lexicon, or kept as an unresolved unit: never dropped,
never guessed.

A lexicon speaks for one jurisdiction. A relative name (``市发改委``) in a document of another
city (``唐山市``) is *that* city's commission, so it is not resolved against the Langfang
lexicon; it becomes an unresolved unit of 唐山市, named as written. Names that carry their
own place (``廊坊市公安局``, ``中共廊坊市委办公室``) are brought to the lexicon's local form
through its ``prefixes``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..ids import unit_id
from ..text import compact, normalise
from ..model import Unit
from .lexicon import Entry, Lexicon

_TRAILING_ALIAS = re.compile(r"^(.+?)（[^（）]*）$")


def guess_kind(name: str) -> str:
    """Kind of an unresolved unit from its form only (a label, not an identity)."""
    n = compact(name)
    if n.startswith("各") or n.endswith(("有关部门", "相关部门", "成员单位", "职能部门")) or "有关" in n:
        return "collective"
    if n.endswith(("人民政府", "县政府", "区政府", "市政府")):
        return "county_gov"
    if n.endswith(("领导小组", "联席会议", "指挥部", "委员会")) and "办公室" not in n:
        return "group"
    if n.endswith(("公司", "集团", "银行", "分行", "支行")):
        return "enterprise"
    if n.endswith(("法院", "检察院")):
        return "court"
    if n.endswith(("管委会", "管理委员会")):
        return "zone"
    if n.endswith(("局", "委", "办", "厅", "部门")):
        return "department"
    return "other"


@dataclass
class Resolver:
    lexicon: Lexicon
    # the kind of an unresolved name read from its form before guess_kind's rules, or None
    # (the pipeline passes kg.extract.actors.kind_of: enterprises, grass-roots bodies …)
    kind_of: Optional[Callable[[str], Optional[str]]] = None
    _units: dict[str, Unit] = field(default_factory=dict)
    _mentions: dict[str, dict[str, int]] = field(default_factory=dict)   # unit_id -> mention counts
    _known: dict[tuple[str, bool], bool] = field(default_factory=dict)
    _finals: Optional[set[str]] = None

    def _entry_for(self, name: str, local: bool) -> Optional[Entry]:
        lex = self.lexicon
        candidates = [name]
        m = _TRAILING_ALIAS.match(compact(name))
        if m:
            candidates.append(m.group(1))       # 市自然资源和规划局（市林业局）
        for cand in candidates:
            # place-qualified names are resolved in every document
            lf = lex.local_form(cand)
            if lf:
                e = lex.lookup(lf) or lex.lookup(cand)
                if e:
                    return e
            if local:
                e = lex.lookup(cand)
                if e:
                    return e
            elif lex.jurisdiction and compact(cand).startswith(compact(lex.jurisdiction)):
                e = lex.lookup(cand)
                if e:
                    return e
        return None

    def is_local(self, jurisdiction: Optional[str]) -> bool:
        lex = self.lexicon
        return (jurisdiction is None or lex.jurisdiction is None
                or compact(jurisdiction) == compact(lex.jurisdiction))

    def knows(self, name: str, jurisdiction: Optional[str] = None) -> bool:
        if not name:
            return False
        finals = self._finals
        if finals is None:
            finals = self._finals = {k[-1] for k in self.lexicon.index if k} | {"）"}
        if normalise(name[-1]) not in finals:     # fast reject: no lexicon name ends so
            return False
        key = (name, self.is_local(jurisdiction))
        hit = self._known.get(key)
        if hit is None:
            hit = self._known[key] = self._entry_for(name, key[1]) is not None
        return hit

    def _unit_from_entry(self, e: Entry) -> Unit:
        uid = unit_id(self.lexicon.jurisdiction, e.canonical)
        if uid not in self._units:
            members = tuple(unit_id(self.lexicon.jurisdiction, self.lexicon.index.get(compact(m), m))
                            for m in e.members)
            self._units[uid] = Unit(uid, e.canonical, e.kind, True, e.aliases, members,
                                    self.lexicon.jurisdiction, e.parent)
            for m in e.members:
                me = self.lexicon.lookup(m)
                if me:
                    self._unit_from_entry(me)
        return self._units[uid]

    def resolve(self, mention: str, jurisdiction: Optional[str] = None,
                lookup: Optional[str] = None) -> Unit:
        """Resolve a mention (optionally through an expanded ``lookup`` form)."""
        local = self.is_local(jurisdiction)
        e = None
        if lookup:
            e = self._entry_for(lookup, local)
        if e is None:
            e = self._entry_for(mention, local)
        if e is not None:
            unit = self._unit_from_entry(e)
        else:
            # an expanded form (各机关 -> 机关, a defined short name -> its full name) names
            # the unresolved unit better than the mention as written
            name = " ".join((lookup or mention).split())
            juris = jurisdiction if not local or jurisdiction else self.lexicon.jurisdiction
            uid = unit_id(juris, name)
            unit = self._units.get(uid)
            if unit is None:
                kind = (self.kind_of(name) if self.kind_of else None) or guess_kind(name)
                unit = Unit(uid, name, kind, False, (), (), juris)
                self._units[uid] = unit
        counts = self._mentions.setdefault(unit.unit_id, {})
        counts[mention] = counts.get(mention, 0) + 1
        return unit

    def units(self) -> list[Unit]:
        return [self._units[k] for k in sorted(self._units)]

    def mentions_of(self, uid: str) -> dict[str, int]:
        return dict(self._mentions.get(uid, {}))
