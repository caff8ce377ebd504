"""How round 5 was drawn (units14): run in the LawRefBook/Laws mirror (commit 2f4c5c2); see README.md. Prints each
stratum's draw (k + 3 names; the first k kept that are regulations with duties in their first 60 lines, one file
a place)."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import draw, name  # noqa: E402


def main() -> None:
    # places drawn by rounds 1-4 and tests/govs/prose: a stratum keeps to places not drawn
    drawn = ("菏泽", "青岛", "新乡", "德州", "平顶山", "温州", "济南", "景宁", "彭水", "深圳", "石柱", "汕头",
             "漯河", "湖州", "郑州", "宁波", "广州", "杭州", "淄博", "东莞", "威海", "聊城", "临沂", "开封", "安阳",
             "鹤壁", "濮阳", "嘉兴", "汕尾", "绍兴", "丽水", "新郑", "潍坊", "湛江", "兰溪", "三门峡", "卢氏",
             "秀山", "酉阳")

    def city(n):
        """A prefecture city's own regulation, of a place not drawn."""
        m = re.match(r"^[\u4e00-\u9fff]{2,3}市", n)
        return bool(m) and not n.startswith(("上海市", "北京市", "重庆市") + drawn) and "省" not in n[:4]

    strata = [
        # the mirror holds only 地方性法规 of 上海, 北京, 重庆, 山东, 河南, 浙江 and 广东 (no 规章 of a 省政府, no
        # 自治州, no district's own 办法): the levels and kinds rounds 1-4 did not draw
        ("民族自治地方: an autonomous county's 自治条例 or regulation not drawn", lambda f: "自治" in name(f)
         and "自治区" not in name(f), 1),
        ("a province's 办法 (the name a 省政府's 规章 has; here its congress's), not 实施《…》", lambda f: re.match(
            r"^(山东|河南|浙江|广东)省.*办法", name(f)) and "实施" not in name(f) and "人民代表大会" not in name(f), 1),
        ("a zone of a province or municipality (自由贸易试验区, 合作区, 保税港区, 新区)", lambda f: re.search(
            r"(自由贸易试验区|合作区|保税港区|新区条例|经济技术开发区)", name(f)) and "浦东" not in name(f), 1),
        ("a scenic area or nature reserve (风景名胜区, 自然保护区)", lambda f: re.search(
            r"(风景名胜区|风景区|自然保护区)", name(f)) and "省风景名胜区条例" not in name(f), 1),
        ("a standing committee's decision, not 北京's", lambda f: re.search(r"关于.*决定", name(f))
         and not name(f).startswith("北京"), 1),
        ("a 设区的市 of 广东 not drawn", lambda f: "广东地方法规" in f and city(name(f)), 1),
        ("a 设区的市 of 河南 not drawn", lambda f: "河南地方法规" in f and city(name(f)), 1),
        # a city's 办法 was the aim, but every city with one is drawn (淄博, 济南, 青岛, 威海): a city of 山东 or 浙江
        ("a 设区的市 of 山东 or 浙江 not drawn", lambda f: ("山东地方法规" in f or "浙江地方法规" in f)
         and city(name(f)), 1),
    ]
    draw(5, 20261205, strata, on_path=True)


if __name__ == "__main__":
    main()
