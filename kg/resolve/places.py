"""County-level places and functional zones: a data table (``kg/data/places/*.tsv``) and a
finder for their names in text.

A place has a name, a kind, an adcode (``none`` for zones, which are not administrative
divisions), aliases, the canonical name of its government unit in the lexicon and the
collective phrases that stand for it (``各县（市、区）``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..text import compact

DATA = Path(__file__).resolve().parent.parent / "data" / "places"


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    adcode: Optional[str]        # None when the place has no official adcode (zones)
    aliases: tuple[str, ...]
    government: Optional[str]
    collectives: tuple[str, ...]


@dataclass
class Gazetteer:
    jurisdiction: Optional[str] = None
    adcode: Optional[str] = None
    places: list[Place] = field(default_factory=list)
    # (number of places, forms longest first, place -> position): see _forms
    _forms_of: Optional[tuple] = field(default=None, repr=False, compare=False)

    def find(self, text: str) -> list[tuple[Place, str]]:
        """Places named in ``text`` (by name, alias or collective), each once, in table order,
        with the form as written. Longer names win over their substrings."""
        t = compact(text)
        hits: dict[str, tuple[Place, str]] = {}
        forms, order = self._forms()
        taken = [False] * len(t)
        for form, place, coll in forms:
            if form not in t:
                continue        # most forms are absent: no pattern to build or run
            for m in re.finditer(re.escape(form), t):
                # a name inside a longer one already found is not a place of its own; a
                # collective (各县（市、区）, 市、县（市、区）) stands for all its members
                if any(taken[m.start():m.end()]) and not coll:
                    continue
                for k in range(m.start(), m.end()):
                    taken[k] = True
                hits.setdefault(place.name, (place, form))
        return sorted(hits.values(), key=lambda h: order[h[0].name])

    def _forms(self) -> tuple[list[tuple[str, Place, bool]], dict[str, int]]:
        """Every (form, place, is a collective), longest first (table order among equals),
        and each place's position in the table; made once for the places there are."""
        cached = self._forms_of
        if cached is None or cached[0] != len(self.places):
            forms: list[tuple[str, Place, bool]] = []
            for p in self.places:
                for f in (p.name, *p.aliases):
                    forms.append((f, p, False))
                for c in p.collectives:
                    forms.append((c, p, True))
            forms.sort(key=lambda x: -len(x[0]))
            cached = self._forms_of = (len(self.places), forms,
                                       {p.name: k for k, p in enumerate(self.places)})
        return cached[1], cached[2]


def _parse(text: str) -> Gazetteer:
    g = Gazetteer()
    for raw in text.splitlines():
        if raw.startswith("#@"):
            parts = raw[2:].strip().split("\t")
            if len(parts) >= 2 and parts[0] == "jurisdiction":
                g.jurisdiction = parts[1].strip()
            elif len(parts) >= 2 and parts[0] == "adcode":
                g.adcode = parts[1].strip()
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = (raw.split("\t") + [""] * 6)[:6]
        if cols[0] == "name":
            continue
        name, kind, adcode, aliases, gov, colls = (c.strip() for c in cols)
        g.places.append(Place(name, kind, None if adcode in ("", "none", "-") else adcode,
                              tuple(a for a in aliases.split("|") if a), gov or None,
                              tuple(c for c in colls.split("|") if c)))
    return g


@lru_cache(maxsize=8)
def load_places(jurisdiction: Optional[str] = None) -> Gazetteer:
    """The bundled gazetteer whose jurisdiction matches (or the first one)."""
    found = []
    for path in sorted(DATA.glob("*.tsv")):
        g = _parse(path.read_text(encoding="utf-8"))
        found.append(g)
        if jurisdiction and g.jurisdiction and compact(g.jurisdiction) == compact(jurisdiction):
            return g
    for g in found:       # a document of one of the table's own counties reads the same table
        if jurisdiction and any(compact(p.name) == compact(jurisdiction) for p in g.places):
            return g
    return found[0] if found and not jurisdiction else Gazetteer()
