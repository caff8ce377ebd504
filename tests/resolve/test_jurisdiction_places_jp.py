"""Placement errors found on the sixth unseen round of real document openings
(tests/govs/places pl140-pl154, helper jj45): a city bureau's forwarding notice told only by its
落款, run together with the date on one line (东莞市卫生和计划生育局2016年4月20日), was placed in
the province whose notice it forwards (粤卫通, 广东省)."""
from __future__ import annotations

from pathlib import Path

from kg.extract.documents import split_file
from kg.extract.sources import read_sources
from kg.model import Line
from kg.resolve.jurisdiction import infer
from kg.text import normalise

ROOT = Path(__file__).resolve().parents[2]


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_a_signature_run_together_with_its_date_places_the_text():
    text = ("各镇街（园区）卫生、计生行政管理部门，各医院，局直属各单位：\n"
            "现将省卫生计生委通告转发给你们，请周知。\n"
            "附件：东卫函〔2016〕94号.pdf\n粤卫通〔2016〕4号.pdf\n"
            "东莞市卫生和计划生育局2016年4月20日")
    j = infer(lines(text), number="粤卫通〔2016〕4号")
    assert (j.adcode, j.how) == ("441900", "signature")
    # a sentence ending in a date is no signature: 会议于2016年4月20日 names no organisation
    j = infer(lines("东莞市各镇街：\n请各单位按时参加会议，会议时间为2016年4月20日"))
    assert j.how != "signature"


def test_pl149_a_city_bureaus_forwarding_notice_is_the_citys():
    files, _ = read_sources([ROOT / "tests" / "govs" / "places" / "text" / "pl149.txt"])
    assert [d.place.adcode for d in split_file(files[0].lines())] == ["441900"]
