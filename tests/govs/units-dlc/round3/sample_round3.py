"""How round 3 was drawn (units12): run in the LawRefBook/Laws mirror (commit 2f4c5c2); see README.md. Prints each
stratum's draw (k + 3 names; the first k kept, one file a place)."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import draw  # noqa: E402


def main() -> None:
    drawn = ("菏泽", "青岛", "新乡", "德州", "平顶山", "温州", "济南", "景宁", "彭水", "深圳")
    strata = [
        # the mirror has no 自治州 and no place of the west or the north-east: the levels it has not given yet
        ("autonomous county, not drawn", lambda n: "自治县" in n and not n.startswith(drawn)
         and not n.startswith("重庆市"), 1),
        ("zone of a city or province (开发区, 新区, 示范区, 实验区)", lambda n: re.search(
            r"(开发区|新区|示范区|实验区|集聚区|度假区)", n[:16]) and "自由贸易" not in n and "浦东" not in n, 1),
        ("municipality 重庆", lambda n: n.startswith("重庆市") and "自治县" not in n, 1),
        ("municipality 北京 or 上海", lambda n: n.startswith(("上海市", "北京市")) and "浦东新区" not in n, 1),
        ("special economic zone, not 深圳", lambda n: "经济特区" in n and not n.startswith("深圳"), 1),
        ("prefecture city, not drawn", lambda n: re.match(r"^[\u4e00-\u9fff]{2,3}市", n)
         and not n.startswith(("上海市", "北京市", "重庆市") + drawn) and "省" not in n[:4], 2),
        ("province, not drawn (浙江省)", lambda n: n.startswith("浙江省") and "自治" not in n, 1),
    ]
    draw(3, 20261203, strata)


if __name__ == "__main__":
    main()
