"""Divisions abolished or renamed under a new code (kg/data/divisions_former.tsv, made by
scripts/make_former_divisions.py from the areacodes diffs): a document naming the former division
is placed in its successor, or in the division that holds all its successors; a current name
always wins, and a former name is never read inside a longer word."""
from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

from kg.extract.documents import split_file
from kg.extract.sources import read_sources
from kg.resolve.divisions import Division, Divisions, load_divisions
from kg.resolve.jurisdiction import infer
from kg.model import Line

ROOT = Path(__file__).resolve().parents[2]
FORMER = ROOT / "kg" / "data" / "divisions_former.tsv"


def make_former():
    spec = importlib.util.spec_from_file_location("make_former_divisions",
                                                  ROOT / "scripts" / "make_former_divisions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lines(text: str) -> list[Line]:
    out = []
    for n, raw in enumerate(text.split("\n"), 1):
        out.append(Line("t.txt", n, raw, raw))
    return out


# a small gazetteer: 芜湖市 with 湾沚区 (芜湖县's successor), 邢台市 with 襄都区 and 信都区 (邢台县
# split between them), 南通市 with its 通州区 and Beijing's 通州区 (the short form 通州 twice)
ROWS = [
    Division("340000", "100000", "province", "province", "安徽省", ("安徽",), "皖"),
    Division("340200", "340000", "prefecture", "city", "芜湖市", ("芜湖",)),
    Division("340210", "340200", "county", "district", "湾沚区", ("湾沚",)),
    Division("130000", "100000", "province", "province", "河北省", ("河北",), "冀"),
    Division("130500", "130000", "prefecture", "city", "邢台市", ("邢台",)),
    Division("130502", "130500", "county", "district", "襄都区", ("襄都",)),
    Division("130503", "130500", "county", "district", "信都区", ("信都",)),
    Division("130505", "130500", "county", "district", "任泽区", ("任泽",)),
    Division("320000", "100000", "province", "province", "江苏省", ("江苏",), "苏"),
    Division("320600", "320000", "prefecture", "city", "南通市", ("南通",)),
    Division("320612", "320600", "county", "district", "通州区", ("通州",)),
    Division("110000", "100000", "province", "municipality", "北京市", ("北京",), "京"),
    Division("110112", "110000", "county", "district", "通州区", ("通州",)),
    Division("110105", "110000", "county", "district", "朝阳区", ("朝阳",)),
]
FORMER_ROWS = [
    ("芜湖县", ("340210",)),
    ("邢台县", ("130502", "130503")),
    ("任县", ("130505",)),
    ("通州市", ("320612",)),
    ("朝阳区", ("110112",)),           # a former name that is a current name: never used
    ("新区", ("340210",)),             # a word more than a name: never used
]


@pytest.fixture(scope="module")
def div() -> Divisions:
    return Divisions(ROWS, FORMER_ROWS)


# ---------------------------------------------------------------------------- reading names

def test_a_former_name_with_one_successor_reads_as_the_successor(div):
    d, end = div.read_prefix("芜湖县人民政府办公室")
    assert (d.adcode, end) == ("340210", 3)
    assert [c.adcode for c in div.lookup("芜湖县", shorts=False)] == ["340210"]


def test_a_split_former_division_reads_as_the_division_that_holds_all_its_successors(div):
    d, _end = div.read_prefix("邢台县人民政府")
    assert d.adcode == "130500"
    # after its province the same
    assert div.read_prefix("河北省邢台县人民政府")[0].adcode == "130500"


def test_a_current_name_wins_over_a_former_one(div):
    # 朝阳区 names Beijing's current 朝阳区, not the division a former 朝阳区 became
    assert div.read_prefix("北京市朝阳区人民政府")[0].adcode == "110105"
    assert [c.adcode for c in div.lookup("朝阳区", shorts=False)] == ["110105"]
    assert "朝阳区" not in div.former and "新区" not in div.former


def test_a_former_name_is_not_read_inside_a_longer_word(div):
    # 通州市场监督管理局 (Beijing's 通州 market regulator), 通州市民: no former 通州市
    assert div.read_prefix("通州市场监督管理局") is None
    assert div.find_all("北京通州市民服务中心") == []
    assert div.read_prefix("通州市人民政府")[0].adcode == "320612"
    # a two-character former name is not read in running text (担任县…)
    assert div.find_all("他曾担任县长助理") == []
    assert div.read_prefix("任县人民政府")[0].adcode == "130505"


def test_a_former_names_own_short_form_is_not_added(div):
    # 芜湖 stays the prefecture's: 芜湖县's short form is no new name
    assert [c.adcode for c in div.lookup("芜湖")] == ["340200"]


def test_a_document_of_a_former_division_is_placed_in_its_successor(div):
    text = ("关于印发《芜湖县农村人居环境整治实施方案》的通知\n各乡镇人民政府，县政府各部门：\n"
            "现将方案印发给你们。\n芜湖县人民政府办公室\n2019年3月1日")
    j = infer(lines(text), issuer="芜湖县人民政府办公室", title="关于印发…的通知", div=div)
    assert (j.adcode, j.how) == ("340210", "issuer")
    j = infer(lines("邢台县人民政府关于做好春耕生产的通知\n各乡镇人民政府："),
              title="邢台县人民政府关于做好春耕生产的通知", div=div)
    assert j.adcode == "130500"


# ---------------------------------------------------------------------------- the bundled table

def test_the_bundled_table_places_the_counties_abolished_in_2020():
    d = load_divisions()
    for name, code in (("芜湖县", "340210"), ("繁昌县", "340212"), ("海门市", "320614"),
                       ("新津县", "510118"), ("长岛县", "370614"), ("龙南县", "360783"),
                       ("滦县", "130284"), ("监利县", "421088")):
        assert d.read_prefix(name + "人民政府")[0].adcode == code, name
    assert d.read_prefix("邢台县人民政府")[0].adcode == "130500"      # split: 襄都区, 信都区
    assert d.read_prefix("琼山市人民政府")[0].adcode == "460100"      # split among 海口's four
    # current names keep their division: 郊区 (铜陵市, 佳木斯市, 阳泉市), 城区 are never former
    assert "郊区" not in d.former and "城区" not in d.former
    assert all(k not in d.shorts and len(d.full[k]) >= 1 for k in d.former)


def test_the_bundled_table_keeps_its_provenance():
    rows = [r.split("\t") for r in FORMER.read_text(encoding="utf-8").splitlines()
            if r and not r.startswith("#")]
    assert rows[0] == ["former_code", "former_name", "successors", "year", "approval", "docnum",
                       "commit"]
    wuhu = next(r for r in rows if r[1] == "芜湖县")
    assert wuhu[:4] == ["340221", "芜湖县", "340210", "2020"]
    assert wuhu[5] == "国函〔2020〕80号" and "芜湖市" in wuhu[4] and len(wuhu[6]) == 7
    assert "yescallop/areacodes (CC0 1.0), commit " in FORMER.read_text(encoding="utf-8")[:600]
    d = load_divisions()
    for r in rows[1:]:
        assert all(d.get(c) is not None for c in r[2].split("|")), r
        assert int(r[3]) >= 2000, r


def test_pl63_a_notice_of_the_former_wuhu_county_congress_is_wanzhi_districts():
    files, _ = read_sources([ROOT / "tests" / "govs" / "places" / "text" / "pl63.txt"])
    assert [d.place.adcode for d in split_file(files[0].lines())] == ["340210"]


def test_a_malformed_table_row_is_an_error_naming_file_and_line():
    from kg.errors import LexiconError
    from kg.resolve.divisions import _parse_former
    with pytest.raises(LexiconError, match=r"x.tsv:2:"):
        _parse_former("former_code\tformer_name\tsuccessors\tyear\n340221\t芜湖县\t\t2020\n", "x.tsv")


# ---------------------------------------------------------------------------- the generator

def _repo(tmp: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        p = tmp / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    run = lambda *a: subprocess.run(["git", "-C", str(tmp), *a], check=True,  # noqa: E731
                                    capture_output=True)
    run("init", "-q")
    run("add", "-A")
    run("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "data")
    return tmp


def test_the_generator_follows_chains_splits_and_skips_partial_moves(tmp_path):
    m = make_former()
    base = "340000 安徽省\n340200 芜湖市\n"
    repo = _repo(tmp_path, {
        "data/2018.txt": base + "340221 芜湖县\n340222 繁昌县\n340223 南陵县\n340224 甲县\n",
        "data/2019.txt": base + "340210 乙区\n340222 繁昌县\n340223 南陵县\n340224 甲县\n",
        "data/2020.txt": base + "340211 湾沚区\n340212 繁昌区\n340213 丙区\n340223 南陵县\n",
        # 2018-2019: 芜湖县 -> 乙区; 2019-2020: 乙区 renamed 湾沚区 under a new code (a chain),
        # 繁昌县 -> 繁昌区, 甲县 split between 繁昌区 and 丙区, part of 南陵县 moved (= line)
        "diff/2018-2019.diff": "## 国务院关于同意安徽省调整芜湖市部分行政区划的批复\n# 文号：国函〔2019〕1号\n"
                               "-340221 芜湖县>乙区\n+340210 乙区<芜湖县\n",
        "diff/2019-2020.diff": "## 国务院关于同意安徽省调整芜湖市行政区划的批复\n# 文号：国函〔2020〕80号\n"
                               "-340210 乙区>湾沚区\n+340211 湾沚区<乙区\n-340222 繁昌县>繁昌区\n"
                               "+340212 繁昌区<繁昌县,甲县\n-340224 甲县>繁昌区,丙区\n"
                               "+340213 丙区<甲县\n## 皖政秘〔2020〕1号\n#\n=340223 南陵县>繁昌区\n",
    })
    old_start = m.START
    m.START = 2018
    try:
        commit = m.git(repo, "rev-parse", "HEAD").strip()
        today = {"340000": "安徽省", "340200": "芜湖市", "340211": "湾沚区", "340212": "繁昌区",
                 "340213": "丙区", "340223": "南陵县"}
        rows, dropped = m.build(repo, commit, today)
    finally:
        m.START = old_start
    got = {(r[2], r[3]): (r[0], r[4], r[5]) for r in rows}
    assert got[("芜湖县", "340211")] == (2019, "国务院关于同意安徽省调整芜湖市部分行政区划的批复",
                                        "国函〔2019〕1号")               # the chain, followed
    assert got[("乙区", "340211")][0] == 2020
    assert got[("繁昌县", "340212")][2] == "国函〔2020〕80号"
    assert got[("甲县", "340212|340213")][0] == 2020                   # split
    assert not any(r[2] == "南陵县" for r in rows)                      # a part moved: no row
    assert dropped == 0


def test_the_generator_keeps_a_prefecture_renamed_whole_and_skips_one_merged(tmp_path):
    m = make_former()
    # 2009-2010: 襄樊市 renamed 襄阳市 in place (its counties' lines say '.'), 乙市 merged into
    # 甲市 (its county now one of 甲市's several): only the rename is a row
    repo = _repo(tmp_path, {
        "data/2009.txt": "420000 湖北省\n420600 襄樊市\n420602 襄城区\n420625 谷城县\n"
                         "420100 甲市\n420102 甲区\n420900 乙市\n420902 乙区\n",
        "data/2010.txt": "420000 湖北省\n420600 襄阳市\n420602 襄城区\n420625 谷城县\n"
                         "420100 甲市\n420102 甲区\n420103 乙区\n",
        "diff/2009-2010.diff": "## 国务院关于同意湖北省襄樊市更名的批复\n# 文号：国函〔2010〕129号\n"
                               "-420600 襄樊市\n-420602 襄城区>.\n-420625 谷城县>.\n"
                               "+420600 襄阳市\n+420602 襄城区<.\n+420625 谷城县<.\n"
                               "## 国务院关于同意湖北省撤销乙市的批复\n# 文号：国函〔2010〕1号\n"
                               "-420900 乙市\n-420902 乙区>乙区\n+420103 乙区<乙区\n",
    })
    old_start = m.START
    m.START = 2009
    try:
        commit = m.git(repo, "rev-parse", "HEAD").strip()
        today = {"420000": "湖北省", "420600": "襄阳市", "420602": "襄城区", "420625": "谷城县",
                 "420100": "甲市", "420102": "甲区", "420103": "乙区"}
        parents = {"420000": "", "420600": "420000", "420602": "420600", "420625": "420600",
                   "420100": "420000", "420102": "420100", "420103": "420100"}
        rows, _ = m.build(repo, commit, today, parents)
    finally:
        m.START = old_start
    got = {r[2]: r for r in rows}
    assert got["襄樊市"][:4] == (2010, "420600", "襄樊市", "420600")
    assert got["襄樊市"][5] == "国函〔2010〕129号"
    assert "乙市" not in got                    # merged into a larger city: its government is gone


def test_the_bundled_table_reads_prefectures_by_their_former_names():
    d = load_divisions()
    for name, code in (("襄樊市", "420600"), ("思茅地区", "530800"), ("毕节地区", "520500")):
        assert d.read_prefix(name + "人民政府")[0].adcode == code, name
    # 思茅市 was a county-level city until 2003 (now 思茅区) and the prefecture until 2007 (now
    # 普洱市): two governments bore the name, so it names neither
    assert d.read_prefix("思茅市人民政府") is None
    assert "莱芜市" not in d.former              # merged into 济南市 (2019): not read as 济南


def test_pl147_a_2008_notice_of_xiangfan_is_xiangyangs():
    files, _ = read_sources([ROOT / "tests" / "govs" / "places" / "text" / "pl147.txt"])
    assert [d.place.adcode for d in split_file(files[0].lines())] == ["420600"]
