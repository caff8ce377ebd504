"""Load a unit lexicon: a TSV file of canonical names, kinds, aliases and collective members.

The lexicon is data, not code. The bundled one (``kg/data/lexicon/langfang.tsv``) describes
廊坊市; a user points ``kg build --lexicon FILE`` at their own for another city (several files
may be given; later ones extend earlier ones). Format::

    #@ jurisdiction<TAB>廊坊市          the place whose documents this lexicon resolves
    #@ adcode<TAB>131000
    #@ prefixes<TAB>廊坊市|廊坊|中共廊坊市委=市委   written prefixes meaning "this city's"
    canonical<TAB>kind<TAB>aliases|…<TAB>members|…<TAB>parent

Names are compared in normalised form (simplified characters, folded punctuation, no spaces).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from ..errors import LexiconError
from ..text import compact
from ..vocab import UNIT_KINDS

DEFAULT_LEXICON = "langfang.tsv"


@dataclass(frozen=True)
class Entry:
    canonical: str
    kind: str
    aliases: tuple[str, ...]
    members: tuple[str, ...]
    parent: Optional[str]
    source: str          # file:line, for error messages and provenance


@dataclass
class Lexicon:
    jurisdiction: Optional[str] = None
    adcode: Optional[str] = None
    prefixes: list[tuple[str, str]] = field(default_factory=list)   # (written, replacement)
    entries: dict[str, Entry] = field(default_factory=dict)          # canonical -> entry
    index: dict[str, str] = field(default_factory=dict)              # compact alias -> canonical
    files: list[str] = field(default_factory=list)

    def lookup(self, name: str) -> Optional[Entry]:
        canon = self.index.get(compact(name))
        return self.entries.get(canon) if canon else None

    def knows(self, name: str) -> bool:
        return self.lookup(name) is not None or self.lookup(self.local_form(name) or "") is not None

    def local_form(self, name: str) -> Optional[str]:
        """``廊坊市公安局`` -> ``市公安局`` using the lexicon's prefixes; None if none apply."""
        key = compact(name)
        for written, repl in self.prefixes:
            if key.startswith(written) and len(key) > len(written) + 1:
                rest = key[len(written):]
                if repl:
                    return repl + rest
                return rest if rest.startswith(("市", "县", "区")) else "市" + rest
        return None

    def digest(self) -> str:
        h = hashlib.sha1()
        for canon in sorted(self.entries):
            e = self.entries[canon]
            h.update("|".join([canon, e.kind, *e.aliases, "#", *e.members]).encode("utf-8"))
        return h.hexdigest()[:12]


def _parse(text: str, origin: str, lex: Lexicon) -> None:
    for number, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("#@"):
            parts = raw[2:].strip().split("\t")
            if len(parts) < 2:
                parts = raw[2:].strip().split(None, 1)
            if len(parts) < 2:
                raise LexiconError(f"{origin}:{number}: metadata line needs a key and a value "
                                   "separated by a tab, e.g. '#@ jurisdiction<TAB>廊坊市'")
            key, value = parts[0].strip(), parts[1].strip()
            if key == "jurisdiction":
                lex.jurisdiction = value
            elif key == "adcode":
                lex.adcode = value
            elif key == "prefixes":
                for item in value.split("|"):
                    if "=" in item:
                        w, r = item.split("=", 1)
                        lex.prefixes.append((compact(w), compact(r)))
                    elif item:
                        lex.prefixes.append((compact(item), ""))
                lex.prefixes.sort(key=lambda p: -len(p[0]))
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if cols[0] == "canonical":
            continue
        if len(cols) < 2 or not cols[0].strip():
            raise LexiconError(f"{origin}:{number}: expected 'canonical<TAB>kind[<TAB>aliases"
                               f"<TAB>members<TAB>parent]', got {raw[:40]!r}")
        canonical, kind = cols[0].strip(), cols[1].strip()
        if kind not in UNIT_KINDS:
            raise LexiconError(f"{origin}:{number}: unknown kind {kind!r} for {canonical}; "
                               f"use one of: {', '.join(UNIT_KINDS)}")
        aliases = tuple(a.strip() for a in (cols[2] if len(cols) > 2 else "").split("|") if a.strip())
        members = tuple(m.strip() for m in (cols[3] if len(cols) > 3 else "").split("|") if m.strip())
        parent = cols[4].strip() if len(cols) > 4 and cols[4].strip() else None
        prev = lex.entries.get(canonical)
        if prev:   # a later file extends an entry
            aliases = tuple(dict.fromkeys(prev.aliases + aliases))
            members = members or prev.members
        entry = Entry(canonical, kind, aliases, members, parent or (prev.parent if prev else None),
                      f"{origin}:{number}")
        lex.entries[canonical] = entry
        for name in (canonical, *aliases):
            key = compact(name)
            owner = lex.index.get(key)
            if owner and owner != canonical:
                raise LexiconError(f"{origin}:{number}: alias {name!r} already names {owner}; "
                                   "an alias must name one unit (remove one of them)")
            lex.index[key] = canonical


def read_lexicon_file(p: Path, option: str = "--lexicon") -> str:
    """The text of a lexicon file (UTF-8, with or without a BOM), or a message naming it."""
    try:
        return Path(p).read_text(encoding="utf-8-sig")
    except OSError as err:
        raise LexiconError(f"{p}: cannot read lexicon ({err.strerror}); check the path "
                           f"given to {option}") from err
    except UnicodeDecodeError as err:
        line = Path(p).read_bytes()[:err.start].count(b"\n") + 1
        raise LexiconError(f"{p}:{line}: the lexicon is not UTF-8 (byte {err.object[err.start]:#04x});"
                           " save it as UTF-8") from err


def load_lexicon(paths: Optional[Iterable[Path]] = None) -> Lexicon:
    """Load the bundled lexicon, or the given files in order."""
    lex = Lexicon()
    if not paths:
        text = resources.files("kg.data.lexicon").joinpath(DEFAULT_LEXICON).read_text("utf-8")
        _parse(text, f"kg/data/lexicon/{DEFAULT_LEXICON}", lex)
        lex.files.append(DEFAULT_LEXICON)
    for p in paths or ():
        p = Path(p)
        _parse(read_lexicon_file(p), str(p), lex)
        lex.files.append(p.name)
    for canon, e in lex.entries.items():
        for m in e.members:
            if compact(m) not in lex.index:
                raise LexiconError(f"{e.source}: member {m!r} of {canon} is not in the lexicon; "
                                   "add it as a unit of its own")
    return lex
