"""Placement errors found on the eleventh unseen round of real document openings (tests/govs/places
pl225-pl244, helper pl52): a county known only by its short form in running text (凤台召开全县…,
鹤峰人民, 通城一中, 宜居五华 of a county whose short form a district shares) or by a two-character name (凤县人民法院, 兴县新闻网) was not read; 资源 of a
自然资源分局 was read as 资源县; a street office's report to its congress (我代表普陀区人民政府长寿路街道办事处，
向大会…) was not its district's; the places a text's people go to (前往百色市、柳州市…, 去西安读大学) and a
delegation a city's mayor joins at its congress (来到蛟河代表团) were counted as the text's own; and a
title whose subject is a body named by its level word gave an unknown place called 区人大常委会检查区."""
from __future__ import annotations

from collections import Counter

from kg.extract.documents import split_file
from kg.extract.sources import read_sources
from kg.resolve.divisions import load_divisions
from kg.resolve.jurisdiction import _county_short_forms, _unknown_place, infer

from test_jurisdiction_places_jr import PLACES, lines, names


def short_forms(text: str) -> Counter:
    div = load_divisions()
    return Counter({div.by_code[c].name: n for c, n in _county_short_forms(text, div).items()})


def test_a_departments_field_before_its_branch_is_no_county():
    # 资源 (资源县's short form) ends the field 自然资源 there
    assert short_forms("区检察院、住建局、自然资源分局、生态环境分局等相关部门负责人参加") == Counter()
    assert infer(lines("区人大常委会检查区人民检察院公益诉讼工作开展情况\n"
                       "区检察院、住建局、自然资源分局、生态环境分局等相关部门负责人一同调研。")).adcode is None
    # a county's own branch keeps its county
    assert short_forms("市公安局咸安分局") == Counter({"咸安区": 1})


def test_a_street_offices_report_is_its_districts():
    text = ("2024年长寿路街道社区代表会议报告\n来源：上海普陀\n"
            "现在，我代表普陀区人民政府长寿路街道办事处，向大会作报告，请予审议。\n"
            "同时也是普陀服务国家战略和上海发展大局的重要之年。荣获“上海市无违建示范街镇”称号，"
            "获评上海市“5A级社会组织”，荣获“上海市先进基层群众性自治组织”称号。")
    assert infer(lines(text)).adcode == "310107"     # 上海's 普陀区, not 舟山's


def test_a_two_character_county_before_its_own_bodies():
    assert names("凤县人民法院工作报告获一致通过") == Counter({"凤县": 1})
    assert names("来源：兴县新闻网") == Counter({"兴县": 1})
    # inside a phrase, or a conjunction before a level word: no county
    assert names("各市和县人民政府，各县人民政府") == Counter()
    assert names("推动凤县绿色振兴") == Counter()
    text = ("首页 >> 新闻动态 >> 政法动态\n凤县人民法院工作报告获一致通过\n"
            "1月18日上午，凤县人民法院党组书记、院长王艳代表凤县人民法院作工作报告。"
            "在县委坚强领导、县人大及其常委会有力监督下，全年共受理各类案件1175件。")
    assert infer(lines(text)).adcode == "610330"


def test_a_county_by_its_short_form_in_its_own_text():
    text = ("3月13日上午，凤台召开全县群众身边不正之风和腐败问题集中整治总结会，"
            "市政协副主席、县委书记熊寿宏主持会议并讲话。全县各级各部门要进一步提高政治站位。")
    assert infer(lines(text)).adcode == "340421"
    text = ("七月的鹤峰大雨连连，鹤峰人民挺直了身板。县一中的突破，县委、县政府的高度重视是重要支撑。"
            "这是县委书记王小平对该校师生的郑重承诺，举全县之力支持一中发展。")
    assert infer(lines(text)).adcode == "422828"
    text = ("4月9日，通城一中举行2025届高考六十日冲刺誓师大会。县委常委、宣传部部长周祥明出席会议。"
            "通城一中近年来高考成绩连创新高。")
    assert infer(lines(text)).adcode == "421222"
    # the county's slogan (健康集贤”), not a slogan word read as a district (和谐平安、: 平安区)
    assert short_forms("推动“健康集贤”建设") == Counter({"集贤县": 1})
    assert short_forms("便民生活、和谐平安、棚户区改造") == Counter()
    # a school of a name may stand anywhere
    assert short_forms("南开中学") == Counter()


def test_a_short_form_two_divisions_share_in_a_text_speaking_as_a_county():
    # 五华 is 梅州's 五华县 and 昆明's 五华区: a text whose congress is the county's (，县十五届人大常委会…)
    # names the county
    text = ("9月27日，县十五届人大常委会召开了第十八次会议。会议听取了县检察院的报告。"
            "希望检察机关为五华坚持生态优先、加快建设“工匠之乡、宜居五华”提供有力的司法保障。")
    assert infer(lines(text)).adcode == "441424"
    # speaking as no county, the shared form stays unread
    assert short_forms("加快建设“工匠之乡、宜居五华”") == Counter()


def test_the_places_a_text_s_people_go_to_are_not_its_own():
    text = ("近日，广西钦州市浦北县组织选调生前往百色市、柳州市开展为期6天的调研学习。"
            "调研第一站来到百色起义纪念馆，随后来到百色凌云县下甲镇彩架村。浦北县白石水镇南明村村主任助理表示…"
            "在百色市乐业县新化镇百坭村，在柳州市螺蛳粉特色小镇，在百色市凌云县伶站瑶族乡浩坤村。")
    assert infer(lines(text)).adcode == "450722"
    text = ("考生刘琛：“我想去西安读大学，因为西安的景色很美，也喜欢西安的人文文化。”\n"
            "中国政府网|山西省政府|吕梁市政府\n兴县人民政府\n全县1613名考生圆满完成高考，我县2024年高考圆满落下帷幕。")
    assert infer(lines(text)).adcode == "141123"
    # a city's leader visiting a county, on the county's site: the county speaks as itself
    text = ("3月2日，市委书记赴麻城市调研乡村振兴工作。麻城市委书记陪同。\n"
            "在麻城市，调研组察看了两个村。全市要加快发展，麻城市要走在前列。")
    assert infer(lines(text)).adcode == "421181"


def test_a_delegation_to_a_congress_is_no_place_of_the_text():
    text = ("2026-01-15 吉林市融媒体中心\n1月14日，市十七届人大六次会议召开分组会议。市长王吉来到蛟河代表团，"
            "与代表共同审议政府工作报告。在充分肯定蛟河市经济社会发展工作后，王吉指出，蛟河市自然风光优越。"
            "报告客观总结了我市经济社会发展取得的成就。")
    assert infer(lines(text)).adcode == "220200"


def test_a_body_named_by_its_level_word_is_no_unknown_place():
    assert _unknown_place("区人大常委会检查区人民检察院公益诉讼工作开展情况") is None
    assert _unknown_place("某市人民政府关于印发某市方案的通知") == "某市"


def test_the_round_files_are_placed():
    files, _ = read_sources([PLACES])
    wanted = {"pl225.txt": "610330", "pl230.txt": "421222", "pl231.txt": "422828",
              "pl232.txt": "141123", "pl233.txt": "220200", "pl235.txt": "450722",
              "pl237.txt": "310107", "pl241.txt": "340421", "pl244.txt": "441424", "pl152.txt": "320507",
              "pl177.txt": "360430", "pl187.txt": "341125"}
    got = {f.name: {d.place.adcode for d in split_file(f.lines())} for f in files if f.name in wanted}
    assert got == {k: {v} for k, v in wanted.items()}
    # 资源 of 自然资源分局 no longer places pl242 in 广西's 资源县
    pl242 = [f for f in files if f.name == "pl242.txt"][0]
    assert {d.place.adcode for d in split_file(pl242.lines())} == {None}
