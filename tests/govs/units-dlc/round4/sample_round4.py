"""How round 4 was drawn (units13): run in the LawRefBook/Laws mirror (commit 2f4c5c2); see README.md. Prints each
stratum's draw (k + 3 names; the first k kept that are regulations with duties in their first 60 lines, one file
a place)."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dlcround import draw  # noqa: E402


def main() -> None:
    # places drawn by rounds 1-3 (and tests/govs/prose): a stratum keeps to places not drawn where it can
    drawn = ("菏泽", "青岛", "新乡", "德州", "平顶山", "温州", "济南", "景宁", "彭水", "深圳", "石柱", "汕头",
             "漯河", "湖州", "郑州", "宁波", "广州")
    strata = [
        # the mirror holds only 地方性法规 (no 部门规章, no 自治州, no county's own regulation but an autonomous
        # county's): the levels and kinds no round drew
        # every autonomous county's regulation of a place not drawn is in tests/govs/prose (秀山, 酉阳): a file of
        # a county drawn before, not drawn itself
        ("county level: an autonomous county's regulation", lambda n: "自治县" in n
         and not n.startswith(("重庆市", "浙江省")), 1),
        ("a municipality's district (浦东新区)", lambda n: "浦东新区" in n[:12] and "决定" not in n, 1),
        ("special economic zone, a regulation not drawn", lambda n: "经济特区" in n, 1),
        ("较大的市 not drawn (洛阳, 淄博, 杭州)", lambda n: n.startswith(("洛阳", "淄博", "杭州")), 2),
        ("prefecture city with no county level (东莞, 中山)", lambda n: n.startswith(("东莞", "中山")), 1),
        ("implementing measures of a national law (实施《…》办法)", lambda n: re.search(r"实施《.*》(办法|条例)", n)
         and not n.startswith(drawn), 1),
        ("a standing committee's decision (关于…的决定)", lambda n: re.search(r"关于.*决定", n)
         and not n.startswith(drawn), 1),
    ]
    draw(4, 20261204, strata)


if __name__ == "__main__":
    main()
