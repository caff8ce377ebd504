"""How round 2 was drawn (units11): run in the LawRefBook/Laws mirror (commit 2f4c5c2); see README.md. Prints each stratum's draw (k + 3 names; the first k
kept, one file a place)."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import draw  # noqa: E402


def main() -> None:
    strata = [
        ("autonomous county", lambda n: "自治县" in n, 2),
        ("municipality district (浦东新区)", lambda n: "浦东新区" in n, 1),
        ("municipality", lambda n: n.startswith(("上海市", "北京市", "重庆市")) and "浦东新区" not in n
         and "自治县" not in n, 2),
        ("special economic zone city", lambda n: "经济特区" in n, 1),
        ("prefecture city, not round 1's", lambda n: re.match(r"^[\u4e00-\u9fff]{2,3}市", n)
         and not n.startswith(("上海市", "北京市", "重庆市", "菏泽", "青岛", "新乡", "德州", "平顶山"))
         and "省" not in n[:4], 2),
    ]
    draw(2, 20261202, strata)


if __name__ == "__main__":
    main()
