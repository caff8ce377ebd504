"""Placement errors found on the twelfth unseen round of real document openings (tests/govs/places
pl245-pl264, helper pl53): a county's news of another county's delegation it receives (鹤庆县党政考察团
到永平县考察…县领导…陪同) was placed at the guest; a province's news of its own delegation's visit
(率我省党政代表团赴甘肃省考察) at the province visited, because the text speaks with the same level word;
a city's news of a meeting held by video in another city (在河北省邢台市召开。我市…在濮阳分会场参加) at the
main venue; a two-character county written before one of its own townships (澧县澧南镇召开…) was not
read; nor was a county's media dateline (云阳网讯) with one of the county's townships (龙角镇)."""
from __future__ import annotations

from collections import Counter

from kg.extract.documents import split_file
from kg.extract.sources import read_sources
from kg.resolve.jurisdiction import infer

from test_jurisdiction_places_jr import PLACES, lines, names


def test_a_delegation_received_by_the_texts_own_leaders_is_a_guest():
    text = ("5月8日，宾川县委书记王某，宾川县委副书记、县长李某率宾川县党政考察团到祥云县考察交流。"
            "县领导张某、赵某陪同考察。\n"
            "宾川县党政考察团先后到祥云县工业园区、清华洞景区等地考察，对祥云县产业发展给予高度评价。")
    assert names(text) == Counter({"祥云县": 3})   # the visits are to the text's place
    assert infer(lines(text)).adcode == "532923"        # 祥云县, the host
    # the same visit told by the visitors (our leaders go, the host's leaders 陪同 by name): no guest
    own = ("5月8日，县委书记王某率县党政考察团到祥云县考察交流。祥云县领导张某陪同考察。"
           "考察团先后到祥云县工业园区等地考察。县委书记王某强调，全县要学习祥云经验。")
    assert "宾川县" not in names(own)


def test_our_own_delegation_visiting_another_province_names_no_place_of_ours():
    text = ("6月3日至4日，省委书记、省长率我省党政代表团赴四川省考察，并在成都举行川滇两省合作座谈会。"
            "省领导和省直有关部门负责同志参加。\n"
            "座谈会上，四川省委副书记、省长和云南省委副书记、省长代表两省签订《四川省人民政府 云南省人民政府"
            "战略合作框架协议》。会前，成都市与昆明市、宜宾市与昭通市签署合作框架协议。\n"
            "下一步，省发展改革委将加强与相关州市政府的沟通衔接，推动两省合作。")
    assert infer(lines(text)).adcode == "530000"        # 云南省, not 四川省 it visits
    # a visit by the level word only (市领导赴X县调研 on X县's site) keeps the visited county
    host = ("市委书记赴兴文县调研乡村振兴工作。县委书记陪同。\n县委书记表示，全县将落实市委部署。"
            "兴文县将加快发展。")
    assert infer(lines(host)).adcode == "511528"


def test_a_meeting_held_elsewhere_attended_at_the_texts_own_sub_venue():
    text = ("11月20日，淮河生态经济带第5届市长联席会议以视频会议形式在江苏省淮安市召开。"
            "我市有关部门负责同志在信阳分会场参加会议。\n"
            "会上，各成员市代表交流发言。我市全面介绍了一年来与成员城市开展交流合作的举措与成效。"
            "会议发出了《淮安倡议》。")
    assert infer(lines(text)).adcode == "411500"        # 信阳市
    # without a sub-venue the meeting's place is read as before
    held = "11月20日，市长联席会议在淮安市召开。淮安市市长主持会议。"
    assert names(held) == Counter({"淮安市": 2})


def test_a_two_character_county_before_one_of_its_own_townships():
    text = ("1月15日上午，郏县薛店镇召开秸秆禁烧工作调度会，对当前工作进行安排部署。"
            "副镇长传达了县调度会精神，要求镇村两级干部高度重视。")
    assert names(text) == Counter({"郏县": 1})
    assert infer(lines(text)).adcode == "410425"
    # a township the gazetteer gives another county is no ground (康县 of 健康县 stays unread)
    assert names("推进健康县城关镇建设") == Counter()


def test_a_county_medias_dateline_and_one_of_its_townships_agree():
    text = ("奉节网讯（通讯员 李某）近日，白帝镇召开人居环境整治工作推进会。\n"
            "会议要求，机关全体职工和村（社区）干部全部参与；每周五下午为白帝镇“大扫除日”。")
    assert infer(lines(text)).adcode == "500236"
    # neither alone: the media's name without a township of its county, a township without the media
    assert infer(lines("奉节网讯（通讯员 李某）近日，龙角镇召开推进会。")).adcode != "500236"
    assert names("近日，白帝镇召开人居环境整治工作推进会。") == Counter()


def test_the_round_files_are_placed():
    files, _ = read_sources([PLACES])
    wanted = {"pl246.txt": "532928", "pl253.txt": "410900", "pl254.txt": "630000", "pl262.txt": "430723",
              "pl263.txt": "500235"}
    got = {f.name: {d.place.adcode for d in split_file(f.lines())} for f in files if f.name in wanted}
    assert got == {k: {v} for k, v in wanted.items()}
