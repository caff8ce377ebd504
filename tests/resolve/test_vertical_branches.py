"""Branches of vertically run State systems named after a place (a customs house, the civil
aviation authority's regional offices): bodies of the State, kept as written, never a body of the
government whose place the name holds; and a place written short before the organ's name, no
level word (南京海关), is a name the duty reader takes as a clause's subject. The texts are
variants written for these tests."""
from __future__ import annotations

from test_resolution_dlc_round7 import _resolved

CN = ("中华人民共和国", "100000", "national")
NX = ("宁夏回族自治区", "640000", "province")
HB = ("河北省", "130000", "province")
SJZ = ("石家庄市", "130100", "prefecture")
HZ = ("杭州市", "330100", "prefecture")


def test_a_customs_house_named_after_its_city_is_the_states():
    # was no subject at all (石家庄 has no level word, so the clause had no holder, and the
    # department written beside it was lost with it)
    got = _resolved("市商务局、石家庄海关负责口岸工作。", *SJZ)
    assert got == [("市商务局", "石家庄市商务局", True, "department"),
                   ("石家庄海关", "石家庄海关", True, "central")]
    # named in another city's or in a national text: the same body (was unresolved, other)
    assert _resolved("杭州海关负责进出口商品检验工作。", *HZ) == [("杭州海关", "杭州海关", True, "central")]
    assert _resolved("南京海关负责进出口商品检验工作。", *CN) == [("南京海关", "南京海关", True, "central")]
    # the customs by its kind alone is read as before: no place, unresolved
    assert _resolved("海关负责进出口商品检验。", *SJZ) == [("海关", "海关", False, "other")]


def test_the_civil_aviation_regional_offices_are_the_states():
    # was 宁夏回族自治区民航宁夏监管局, 河北省民航华北地区管理局: a name made up, in the wrong government
    assert _resolved("民航宁夏监管局负责机场净空保护的监督管理。", *NX) == [
        ("民航宁夏监管局", "民航宁夏监管局", True, "central")]
    # (named so in a national text too: was 国家民航华北地区管理局)
    assert _resolved("民航华北地区管理局负责监督检查。", *CN) == [
        ("民航华北地区管理局", "民航华北地区管理局", True, "central")]
    assert _resolved("民航华北地区管理局负责监督检查。", *HB) == [
        ("民航华北地区管理局", "民航华北地区管理局", True, "central")]
    # a province's own bureau and a city's bureau named short are read as before
    assert _resolved("河北省气象局负责气象灾害预警。", *HB) == [("河北省气象局", "河北省气象局", True, "department")]


def test_a_place_written_short_before_an_organ_is_a_subject():
    # a city's short form before its bureau (no level word): a name, the place read in the gazetteer
    got = _resolved("石家庄海关、市财政局负责口岸工作。", *HZ)
    assert [m for m, _n, _ok, _k in got] == ["石家庄海关", "市财政局"]
    # a clause opened by a place and a verb is no name
    assert _resolved("南京开展进出口商品检验工作。", *CN) == []


SZ = ("苏州市", "320500", "prefecture")


def test_maritime_border_and_railway_branches_are_the_states():
    # the maritime safety administration's branches (was 苏州海事局 a department of 苏州市, 江苏海事局
    # of 江苏省), the immigration administration's border stations (was unresolved, other) and the
    # railway's regional bodies (was 上海铁路局 a department of 上海市)
    got = _resolved("市交通运输局、苏州海事局按照职责分工负责船舶污染防治。", *SZ)
    assert got == [("市交通运输局", "苏州市交通运输局", True, "department"),
                   ("苏州海事局", "苏州海事局", True, "central")]
    assert _resolved("江苏海事局负责辖区水上交通安全。", *SZ) == [("江苏海事局", "江苏海事局", True, "central")]
    assert _resolved("南京海事局负责水上交通安全。", *CN) == [("南京海事局", "南京海事局", True, "central")]
    assert _resolved("苏州出入境边防检查站负责口岸边防检查。", *SZ) == [
        ("苏州出入境边防检查站", "苏州出入境边防检查站", True, "central")]
    assert _resolved("上海铁路局负责铁路沿线安全。", *SZ) == [("上海铁路局", "上海铁路局", True, "central")]
    assert _resolved("沈阳铁路监督管理局负责铁路安全监督。", *SZ) == [
        ("沈阳铁路监督管理局", "沈阳铁路监督管理局", True, "central")]


def test_a_governments_own_maritime_or_railway_body_stays_its_own():
    # written with its level or as local (地方, 港航): the government's, as before
    assert _resolved("苏州市地方海事局负责内河通航水域安全。", *SZ) == [
        ("苏州市地方海事局", "苏州市地方海事局", True, "department")]
    assert _resolved("上海市海事局负责水上交通安全。", *SZ)[0][3] == "department"
    assert _resolved("市铁路局负责铁路建设协调。", *SZ) == [("市铁路局", "苏州市铁路局", True, "department")]


def test_the_central_bank_and_its_branches_are_the_states():
    # a clause opened by the central bank was lost whole, with a department beside it (its name
    # ends as a bank's: read as an enterprise no duty reader took); a branch named 人民银行… or
    # 人行… was an unresolved enterprise of its own, not the one body 中国人民银行…中心支行
    assert _resolved("中国人民银行负责金融服务。", *SZ) == [("中国人民银行", "中国人民银行", True, "central")]
    assert _resolved("市财政局、中国人民银行苏州市中心支行负责金融服务。", *SZ) == [
        ("市财政局", "苏州市财政局", True, "department"),
        ("中国人民银行苏州市中心支行", "中国人民银行苏州市中心支行", True, "central")]
    assert _resolved("人行苏州市中心支行牵头，市财政局配合。", *SZ)[0] == (
        "人行苏州市中心支行", "中国人民银行苏州市中心支行", True, "central")
    assert _resolved("由人民银行苏州市中心支行负责。", *SZ) == [
        ("人民银行苏州市中心支行", "中国人民银行苏州市中心支行", True, "central")]
    # a commercial bank's branch stays an enterprise
    assert _resolved("中国银行苏州分行负责金融服务。", *SZ) == [
        ("中国银行苏州分行", "中国银行苏州分行", False, "enterprise")]


def test_the_statistics_survey_teams_are_the_states():
    # was resolved False (国家统计局苏州调查队) and unresolved, other (苏州调查队)
    assert _resolved("国家统计局苏州调查队负责调查工作。", *SZ) == [
        ("国家统计局苏州调查队", "国家统计局苏州调查队", True, "central")]
    assert _resolved("苏州调查队负责住户调查。", *SZ) == [("苏州调查队", "苏州调查队", True, "central")]


def test_the_financial_regulators_branches_are_the_states():
    # was a department of 苏州市 / 江苏省; a government's own financial bureau stays its own
    assert _resolved("苏州银保监分局负责银行业监管。", *SZ) == [("苏州银保监分局", "苏州银保监分局", True, "central")]
    assert _resolved("江苏金融监管局负责金融监管。", *SZ) == [("江苏金融监管局", "江苏金融监管局", True, "central")]
    assert _resolved("苏州市地方金融监督管理局负责地方金融监管。", *SZ)[0][2:] == (True, "department")
