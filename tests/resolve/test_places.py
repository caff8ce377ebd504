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


def test_find_all_scans_the_positions_of_a_key_s_two_characters():
    """find_all visits only the positions where a key's first character is followed by a key's
    second one: the same places as visiting every position whose character starts a key (the
    bundled corpus and the collected set, short forms or not), a name at either end included."""
    import re
    from pathlib import Path

    from kg.resolve.divisions import load_divisions
    from kg.text import compact
    div = load_divisions()
    firsts = re.compile("[" + "".join(sorted({re.escape(k[0]) for k in div._by2})) + "]")

    def every_first(text: str, shorts: bool):
        saved = div._starts

        class _Firsts:          # the earlier scan: each position whose character starts a key
            def finditer(self, t):
                return firsts.finditer(t, 0, len(t) - 1)
        div._starts = _Firsts()
        try:
            return div.find_all(text, shorts)
        finally:
            div._starts = saved
    root = Path(__file__).resolve().parents[2]
    texts = [compact(p.read_text(encoding="utf-8", errors="replace"))
             for folder in ("corpus/langfang", "tests/govs/collected/text")
             for p in sorted((root / folder).glob("*.txt"))]
    texts += ["廊坊市", "安次区和广阳区", "在廊坊", "廊坊"]
    for text in texts:
        for shorts in (True, False):
            assert div.find_all(text, shorts) == every_first(text, shorts)
    assert [m[:2] for m in div.find_all("安次区和广阳区")] == [(0, 3), (4, 7)]
