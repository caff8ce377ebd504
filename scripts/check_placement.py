"""How many local regulations kg places in the right jurisdiction: a check against an answer
derived without kg, from where the file is and what its name says.

    .venv/bin/python scripts/check_placement.py SRC [--exports DIR] [--show N]

SRC is a folder of regulations laid out as LawRefBook/Laws' ``DLC/`` (``<省>地方法规/地方性法规/
<省>/<标题>(<日期>).md``). The expected jurisdiction of each file:

- the province from the folder (``河南地方法规`` -> 河南省; 上海, 北京, 重庆 -> 上海市 …);
- the place at the start of the file's title, a name ending in 省/市/县/自治县
  (``信阳市河道采砂管理条例`` -> 信阳市 in 河南, ``河南省…条例`` -> the province itself);
- else, for a title without a place's full name (or one that runs past it: ``杭州城市大脑…``
  adopted by 杭州市, or whose place only qualifies the adopter's: ``浙江省景宁畲族自治县自治条例``),
  the congress that adopted it, in the first adoption line (or, when that line writes only
  ``市十四届人大常委会``, the congress that published it: ``宁波市人民代表大会常务委员会公告``) (``2017年3月10日 东营市第七届人民代表大会常务委员会第46次会议审议通过`` ->
  东营市 for ``山东黄河三角洲国家级自然保护区条例``; ``河南省第十三届…通过`` -> 河南省 for
  ``郑州航空港经济综合实验区条例``);
- else the province (a file without adoption lines).

Files whose name starts with ``_`` (a site generator's section pages, ``_index.md``) are not
regulations and are left out.

A placement is right when kg's jurisdiction has the expected name and lies in the folder's
province (its adcode starts with the province's two digits; a place without adcode, one the
gazetteer lacks, is right by its name). With ``--exports`` the
jurisdictions are read from a build's ``documents.jsonl`` (a file's first document); without it
each file is only read and split by kg (no extraction: seconds, for trying a change). Prints the
accuracy, the misplaced files and the files without a document; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

# the folder's province: its name as a division and the first two digits of its adcodes
PROVINCES = {"山东": ("山东省", "37"), "河南": ("河南省", "41"), "浙江": ("浙江省", "33"),
             "广东": ("广东省", "44"), "上海": ("上海市", "31"), "北京": ("北京市", "11"),
             "重庆": ("重庆市", "50"), "江苏": ("江苏省", "32"), "河北": ("河北省", "13"),
             "天津": ("天津市", "12")}
HAN = r"[\u4e00-\u9fff]"
LEADING_PLACE = re.compile(rf"^((?!关于){HAN}{{2,12}}?(?:省|自治县|市|县))")
# the first adoption line: a date, then the congress (its standing committee) that adopted it
DATED_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日", re.M)
ADOPTED = re.compile(rf"^\d{{4}}年\d{{1,2}}月\d{{1,2}}日\s*经?({HAN}{{2,12}}?(?:省|自治县|市|县))"
                     rf"第?(?:\d|{HAN}){{1,4}}届(?:人民代表大会|人大)", re.M)
# 宁波市人民代表大会常务委员会公告第12号公布: who published it (when the adoption line writes 市…)
PUBLISHED = re.compile(rf"({HAN}{{2,12}}?(?:省|自治县|市|县))人民代表大会常务委员会公告")
DATED = re.compile(r"\(\d{4}-\d{2}-\d{2}\)$")


def title_of(path: Path) -> str:
    return DATED.sub("", path.stem).strip()


def province_of(path: Path, root: Path) -> tuple[str, str]:
    for part in path.relative_to(root).parts:
        for short, value in PROVINCES.items():
            if part.startswith(short):
                return value
    raise SystemExit(f"{path}: no province folder ({', '.join(PROVINCES)}) above it")


def expected(files: list[Path], root: Path) -> dict[str, tuple[str, str, str]]:
    """file name (relative to root) -> (expected name, province prefix, how it was found)."""
    out = {}
    for f in files:
        prov, code = province_of(f, root)
        title = title_of(f)
        m = LEADING_PLACE.match(title)
        head = f.read_text(encoding="utf-8", errors="replace")[:3000]
        first = DATED_LINE.search(head)
        a = ADOPTED.match(head, first.start()) if first else None
        adopter = a.group(1) if a else None
        if adopter is None and first and "通过" in head[first.start():].split("\n", 1)[0]:
            p = PUBLISHED.search(head)
            adopter = p.group(1) if p else None
        if m and adopter and m.group(1) != adopter and (
                m.group(1).startswith(adopter[:-1]) or title.startswith(m.group(1) + adopter)):
            # the title's match runs past the adopter's name (杭州城市大脑… by 杭州市), or its
            # place only qualifies the adopter's (浙江省景宁畲族自治县自治条例 by 景宁畲族自治县)
            found = (adopter, code, "adoption")
        elif m:
            found = (m.group(1), code, "title")
        elif adopter:
            found = (adopter, code, "adoption")
        else:
            found = (prov, code, "folder")
        out[f.relative_to(root).as_posix()] = found
    return out


def from_exports(exports: Path) -> dict[str, dict]:
    first: dict[str, tuple[int, dict]] = {}
    for raw in (exports / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(raw)
        f, line = d["source"]["file"], d["source"]["first_line"]
        if f not in first or line < first[f][0]:
            first[f] = (line, d.get("jurisdiction") or {})
    return {f: j for f, (_l, j) in first.items()}


def from_reading(files: list[Path], root: Path) -> dict[str, dict]:
    from kg.extract.documents import split_file
    from kg.extract.sources import read_source
    from kg.model import Jurisdiction
    got = {}
    for f in files:
        name = f.relative_to(root).as_posix()
        src = read_source(f, name, [])
        docs = split_file(src.lines()) if src is not None else []
        if docs:
            j = docs[0].place or Jurisdiction(docs[0].jurisdiction)
            got[name] = {"name": j.name, "adcode": j.adcode, "level": j.level, "how": j.how}
    return got


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("--exports", type=Path, help="a build's output folder (documents.jsonl)")
    ap.add_argument("--show", type=int, default=1000, help="misplaced files to list")
    args = ap.parse_args(argv)
    root = args.src
    files = sorted(p for p in root.rglob("*") if p.suffix.lower() in (".md", ".markdown")
                   and not p.name.startswith("_"))
    want = expected(files, root)
    got = from_exports(args.exports) if args.exports else from_reading(files, root)
    right, wrong, missing = 0, [], []
    by_how: Counter = Counter()
    for name, (place, code, how) in sorted(want.items()):
        j = got.get(name)
        if j is None:
            missing.append(name)
            continue
        # a place the gazetteer lacks (a city since merged: 莱芜市) is right by its name
        ok = j.get("name") == place and (j.get("adcode") or code).startswith(code)
        by_how[(how, ok)] += 1
        if ok:
            right += 1
        else:
            wrong.append((name, place, j))
    total = len(want)
    print(f"files {total} · placed right {right} ({right / max(total, 1):.1%}) · "
          f"misplaced {len(wrong)} · without a document {len(missing)}")
    for how in ("title", "adoption", "folder"):
        n_ok, n_bad = by_how[(how, True)], by_how[(how, False)]
        if n_ok + n_bad:
            print(f"  expected from {how}: {n_ok}/{n_ok + n_bad} right")
    for name, place, j in wrong[:args.show]:
        print(f"MISPLACED {name}\texpected {place}\tgot {j.get('name')} "
              f"({j.get('adcode')}, {j.get('level')}, {j.get('how')})")
    for name in missing:
        print(f"NO DOCUMENT {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
