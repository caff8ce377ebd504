#!/usr/bin/env python3
"""Regenerate kg/data/divisions_former.tsv, county-level divisions abolished or renamed since 2000
and the divisions of today that hold their whole area.

Source: the repository yescallop/areacodes (CC0 1.0), which holds the Ministry of Civil Affairs'
county-level codes at the end of every year since 1980 (``data/YYYY.txt``) and, in
``diff/YYYY-ZZZZ.diff`` (syntax: its ``diff-spec.md``), the correspondence of the old codes and
the new with the approvals that made each change (``## 国务院关于同意…的批复``, ``# 文号：…``):

    -340221 芜湖县>湾沚区          (deleted: its whole area went to 湾沚区)
    +340210 湾沚区<芜湖县
    -130521 邢台县>襄都区,信都区   (split: several successors)
    =130427 磁县>邯山区,复兴区     (part of an area moved: no former division, skipped)

The script is not run when kg runs: it reads a clone (or bare mirror) of the repository once, and
the TSV it writes is package data. Usage::

    git clone --bare https://github.com/yescallop/areacodes /tmp/areacodes
    python3 scripts/make_former_divisions.py /tmp/areacodes [--commit REV]

What it keeps: every deletion line (``-``) of a county-level record in a diff from 1999-2000 on
(changes made in 2000 or later) whose selectors all stand (a selector marked ``?``, an area gone
to a record that does not exist, drops the change), with its successors followed to the divisions
of ``kg/data/divisions.tsv`` (A -> B in 2013 and B -> C in 2020 give A -> C). A change whose
successors, once followed, are not all in ``divisions.tsv`` (a change newer than the gazetteer) is
left out and counted on stderr, and so is a row that says nothing new (the same name kept by its
one successor: 崇川区 -> 崇川区). A prefecture-level record is kept only when it was renamed or
converted and its area is one division of today exactly (襄樊市 -> 襄阳市 in 2010, 思茅市 -> 普洱市
in 2007, 毕节地区 -> 毕节市): its successor is the prefecture of today whose counties are exactly
where its counties' lines in the same diff ended up. A prefecture merged into another (莱芜市 into
济南市) or split is left out (its government is gone; it is read by name where it matters).

Why 2000: documents from before then rarely reach the tool (government portals and 政府信息公开
came later), while every older name added is one more chance to read a common word or a reused
name as a place; the 1980s and 1990s turned hundreds of 县 into 市 whose former names are mostly
still the short forms the gazetteer knows.

Which names are used, and how, is decided by the reader (``kg/resolve/divisions.py``): a former
name that is a current division's name or short form anywhere is not used.

The output is deterministic: rows in order of year, then former code.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
OUT = DATA / "divisions_former.tsv"
DIVISIONS = DATA / "divisions.tsv"
START = 1999        # the first diff read is START-(START+1): changes made in 2000
COLUMNS = ["former_code", "former_name", "successors", "year", "approval", "docnum", "commit"]


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout


def read_table(repo: Path, rev: str, year: int) -> dict[str, str]:
    """code -> name of ``data/YEAR.txt`` (the codes at the end of that year)."""
    out = {}
    for line in git(repo, "show", f"{rev}:data/{year}.txt").splitlines():
        if line.strip():
            code, name = line.split(" ", 1)
            out[code] = name.strip()
    return out


def parent_code(code: str, table: dict[str, str]) -> str:
    """The parent record of a county-level record in its table (its prefecture if listed, else
    its province)."""
    city = code[:4] + "00"
    return city if city != code and city in table else code[:2] + "0000"


def is_county(code: str) -> bool:
    return code[4:] != "00"


def is_prefecture(code: str) -> bool:
    return code[4:] == "00" and code[2:] != "0000"


class SelectorError(Exception):
    pass


def select(value: str, code: str, name: str, source: dict[str, str], target: dict[str, str]
           ) -> str:
    """The code in ``target`` one selector of a deletion line chooses (diff-spec.md: a name, ``_``
    the line's own name, ``.`` its code, ``..`` its parent's code)."""
    if value == ".":
        if code not in target:
            raise SelectorError(f"{code} not in the target table")
        return code
    if value == "..":
        p = parent_code(code, source)
        if p not in target:
            raise SelectorError(f"parent {p} not in the target table")
        return p
    if value == "_":
        value = name
    hits = sorted(c for c, n in target.items() if n == value)
    if len(hits) == 1:
        return hits[0]
    # several (or none): the name is read after the current record's parent's name, each
    # leading name that picks one record narrowing the search to that record's children
    value = source.get(parent_code(code, source), "") + value if hits else value
    marked = None
    while True:
        step = None
        for k in range(1, len(value)):
            cands = [c for c, n in target.items() if n == value[:k]
                     and (marked is None or parent_code(c, target) == marked)]
            if len(cands) == 1:
                step = (cands[0], k)
        if step is None:
            break
        marked, value = step[0], value[step[1]:]
    hits = sorted(c for c, n in target.items() if n == value
                  and (marked is None or parent_code(c, target) == marked))
    if len(hits) != 1:
        raise SelectorError(f"{value!r}: {len(hits)} records")
    return hits[0]


def read_diff(text: str) -> list[tuple[str, str, list[str], str, str]]:
    """The deletion lines of one diff: (code, name, selectors, approval heading, 文号)."""
    out = []
    heading, docnum, in_comment = "", "", False
    for line in text.splitlines():
        if line.startswith("#"):
            if not in_comment:
                heading, docnum, in_comment = "", "", True
            body = line.lstrip("#").strip()
            if line.startswith("##") and not heading:
                heading = body
            m = re.match(r"文号[：:]\s*(.+)$", body)
            if m and not docnum:
                docnum = m.group(1).strip()
            continue
        in_comment = False
        m = re.match(r"^-(\d{6}) ([^>]+?)(?:>(.*))?$", line)
        if m and m.group(3):
            out.append((m.group(1), m.group(2), m.group(3).split(","), heading, docnum))
        elif m and is_prefecture(m.group(1)):
            out.append((m.group(1), m.group(2), [], heading, docnum))
    return out


def read_divisions(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("adcode\t") or not line.strip():
            continue
        cols = line.split("\t")
        out[cols[0]] = cols[4]
    return out


def read_parents(path: Path) -> dict[str, str]:
    """adcode -> parent adcode of ``divisions.tsv``."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("adcode\t") or not line.strip():
            continue
        cols = line.split("\t")
        out[cols[0]] = cols[1]
    return out


def build(repo: Path, commit: str, today: dict[str, str], parents: dict[str, str] | None = None
          ) -> tuple[list[tuple[int, str, str, str, str, str]], int]:
    """(year, former code, former name, successors, approval, 文号) rows, and the number of
    changes left out."""
    years = sorted(int(p[:4]) for p in git(repo, "ls-tree", "--name-only", f"{commit}:data")
                   .split() if re.fullmatch(r"\d{4}\.txt", p))
    tables = {y: read_table(repo, commit, y) for y in years if y >= START}
    # every deletion, with its successors as (code, name) in the year's target table
    events: list[tuple[int, str, str, list[tuple[str, str]] | None, str, str]] = []
    prefectures: list[tuple[int, str, str, str, str]] = []
    dropped = 0
    for y in sorted(tables):
        if y + 1 not in tables:
            continue
        source, target = tables[y], tables[y + 1]
        text = git(repo, "show", f"{commit}:diff/{y}-{y + 1}.diff")
        for code, name, sels, heading, docnum in read_diff(text):
            if is_prefecture(code) and not sels:
                prefectures.append((y + 1, code, name, heading, docnum))
                continue
            if not is_county(code):
                continue
            succ: list[tuple[str, str]] | None = []
            for sel in sels:
                if sel.endswith("?"):
                    succ = None         # part of the area went to a record that does not exist
                    break
                try:
                    c = select(sel.rstrip("!"), code, name, source, target)
                except SelectorError as e:
                    print(f"diff/{y}-{y + 1}.diff: -{code} {name}: {sel}: {e}", file=sys.stderr)
                    succ = None
                    break
                succ.append((c, target[c]))
            events.append((y + 1, code, name, succ, heading, docnum))
    deletions: dict[tuple[str, str], list[tuple[int, list[tuple[str, str]] | None]]] = {}
    for year, code, name, succ, _h, _d in events:
        deletions.setdefault((code, name), []).append((year, succ))

    def final(code: str, name: str, after: int, depth: int = 0) -> set[str] | None:
        """The divisions of today a record standing after ``after`` ended up in."""
        if code in today and today[code] == name:
            return {code}
        if depth > 20:
            return None                 # (a cycle: never in the data)
        later = [(y, s) for y, s in deletions.get((code, name), []) if y > after]
        if not later:
            return {code} if code in today else None
        year, succ = min(later, key=lambda e: e[0])
        if succ is None:
            return None
        out: set[str] = set()
        for c, n in succ:
            f = final(c, n, year, depth + 1)
            if f is None:
                return None
            out |= f
        return out

    rows = []
    for year, code, name, succ, heading, docnum in events:
        if succ is None:
            dropped += 1
            continue
        out: set[str] | None = set()
        for c, n in succ:
            f = final(c, n, year)
            if f is None:
                out = None
                break
            out |= f
        if not out:
            dropped += 1
            continue
        if len(out) == 1 and today[next(iter(out))] == name:
            continue                    # the same name kept: nothing to read
        if len(succ) == 1 and succ[0][1] == name:
            continue    # a new code or parent, the name kept: its own later change is a row
        rows.append((year, code, name, "|".join(sorted(out)), heading, docnum))
    # a prefecture renamed or converted (襄樊市 -> 襄阳市): where its counties' lines of the same
    # diff ended up, if that is exactly the counties of one prefecture of today
    finals: dict[tuple[int, str], set[str] | None] = {}
    for year, code, name, succ, _h, _d in events:
        if succ is None:
            finals[(year, code)] = None
            continue
        out = set()
        for c, n in succ:
            f = final(c, n, year)
            if f is None:
                out = None
                break
            out |= f
        finals[(year, code)] = out
    children_today: dict[str, set[str]] = {}
    for c, p in (parents or {}).items():
        children_today.setdefault(p, set()).add(c)
    for year, code, name, heading, docnum in prefectures:
        kids = [(y, c) for (y, c) in finals if y == year and is_county(c) and c[:4] == code[:4]]
        area: set[str] | None = set()
        for k in kids:
            f = finals[k]
            if f is None:
                area = None
                break
            area |= f
        if not kids or not area:
            continue
        holders = {(parents or {}).get(c) for c in area}
        if len(holders) != 1:
            continue                    # split, or a county now elsewhere
        holder = holders.pop()
        if holder not in today or not is_prefecture(holder) or today[holder] == name \
                or children_today.get(holder, set()) != area:
            continue                    # merged into a larger one (莱芜市), or the name kept
        rows.append((year, code, name, holder, heading, docnum))
    rows.sort()
    return rows, dropped


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("repo", type=Path, help="a clone or bare mirror of yescallop/areacodes")
    ap.add_argument("--commit", default="HEAD", help="the revision read (default HEAD)")
    ap.add_argument("--divisions", type=Path, default=DIVISIONS)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    commit = git(args.repo, "rev-parse", args.commit).strip()
    rows, dropped = build(args.repo, commit, read_divisions(args.divisions),
                          read_parents(args.divisions))
    header = [
        "# County-level divisions abolished or renamed since 2000, and prefectures renamed or converted"
        " whole, with the divisions of today that hold their whole area. Data, not code.",
        "# Generated by scripts/make_former_divisions.py; do not edit by hand (see kg/data/README.md).",
        f"# Source: diff/*.diff and data/*.txt of github.com/yescallop/areacodes (CC0 1.0), commit {commit},"
        " the Ministry of Civil Affairs' codes and the approvals of each change.",
        "# Columns: former adcode, former name, successor adcodes (|) in divisions.tsv, year of the"
        " change, the approval (the diff's heading), its 文号, the source commit (short).",
        "\t".join(COLUMNS),
    ]
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for year, code, name, succ, heading, docnum in rows:
            f.write("\t".join((code, name, succ, str(year), heading, docnum, commit[:7])) + "\n")
    print(f"{args.out}: {len(rows)} former divisions ({dropped} changes left out: a successor "
          "unknown or not in divisions.tsv)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
