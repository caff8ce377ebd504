"""Placement errors found on the seventh unseen round of real document openings
(tests/govs/places pl155-pl169, helper jj46): a 神农架 news item naming its government only by the
level word 林区 (林区党委常委, 林区政府副区长) and its park's bureau (神农架国家公园管理局) was
placed in the State, the park's 国家…局 read as a national unit; a portal footer's browser
advice (建議使用…瀏覽器瀏覽本站) was taken for a document's title."""
from __future__ import annotations

from pathlib import Path

from kg.extract.documents import split_file
from kg.extract.sources import read_sources
from kg.model import Line
from kg.resolve.jurisdiction import _level_hints, infer
from kg.text import normalise

ROOT = Path(__file__).resolve().parents[2]
PLACES = ROOT / "tests" / "govs" / "places" / "text"


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_national_park_bureau_is_no_national_unit():
    assert "units:national" not in _level_hints(["神农架国家公园管理局党委副书记出席会议"])
    assert "units:national" not in _level_hints(["市国家级经济技术开发区管委负责"])
    # the State's own bureaus still are
    assert _level_hints(["报国家林业和草原局备案"])["units:national"] == 1
    assert _level_hints(["国家发展改革委"])["units:national"] == 1


def test_the_forestry_districts_level_word_names_it():
    text = ("日前，项目工作会在房县召开。省林业局副局长，林区党委常委、神农架国家公园管理局副局长，"
            "林区政府副区长，房县政府副县长出席会议。")
    j = infer(lines(text))
    assert (j.adcode, j.how) == ("429021", "text")
    # 林区 as a forest area (国有林区道路) names no government; a district named X林区 under
    # its city (碑林区政府) is that district, never 神农架林区
    assert infer(lines("加强国有林区道路建设，林区群众受益。")).adcode != "429021"
    assert infer(lines("碑林区政府召开常务会议，研究部署工作。")).adcode != "429021"


def test_pl169_a_forestry_district_news_item_is_its_own():
    files, _ = read_sources([PLACES / "pl169.txt"])
    assert [d.place.adcode for d in split_file(files[0].lines())] == ["429021"]


def test_a_footers_browser_advice_is_no_title():
    files, _ = read_sources([PLACES / "pl155.txt"])
    docs = split_file(files[0].lines())
    assert all("瀏覽器" not in d.title and "浏览器" not in d.title for d in docs)
    assert [d.place.adcode for d in docs] == ["442000"]
