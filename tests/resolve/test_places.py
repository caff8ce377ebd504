"""Counties and zones (kg.resolve.places) and task place links."""
from __future__ import annotations

import pytest

from kg.resolve.places import load_places


@pytest.fixture(scope="module")
def gaz():
    return load_places("廊坊市")


def test_table(gaz):
    by = {p.name: p for p in gaz.places}
    assert len([p for p in gaz.places if p.kind != "zone"]) == 10
    assert by["三河市"].adcode == "131082" and by["三河市"].government == "三河市人民政府"
    assert by["大厂回族自治县"].aliases == ("大厂县",)
    assert by["廊坊经济技术开发区"].adcode is None


def test_find_names_and_aliases(gaz):
    found = [(p.name, w) for p, w in gaz.find("重点抓好永清县、广阳区、大厂县图书馆建设")]
    assert found == [("广阳区", "广阳区"), ("永清县", "永清县"), ("大厂回族自治县", "大厂县")]


def test_collective_expands(gaz):
    names = {p.name for p, _w in gaz.find("各县（市、区）要加强领导")}
    assert len(names) == 10 and "廊坊经济技术开发区" not in names


def test_unknown_jurisdiction_is_empty():
    assert load_places("嘉善县").places == []


def test_corpus_task_places():
    from kg.pipeline import BUNDLED_CORPUS, build
    r = build([BUNDLED_CORPUS])
    places = [p for e in r.enrichment.values() for p in e.places]
    assert places
    tasks = {t.task_id for t in r.tasks}
    assert all(p.task_id in tasks for p in places)
    assert any(p.place == "永清县" and p.written == "永清县" for p in places)


def test_units_opened_by_a_county_name():
    from kg.extract.enrich.mentions import find_units
    known = {"市教育局", "安次区政府"}.__contains__
    got = find_units("市教育局加快廊坊一中迁建工程，安次区就业服务局和安次区政府组织招聘，落实《办法》。",
                     known, ["安次区"])
    assert got == ["市教育局", "安次区就业服务局", "安次区政府"]
