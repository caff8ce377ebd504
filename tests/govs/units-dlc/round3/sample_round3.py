"""How round 3 was drawn (units12): run in the LawRefBook/Laws mirror (commit 2f4c5c2); see README.md. Prints each
stratum's draw (k + 3 names; the first k kept, one file a place)."""
import glob
import random
import re
import subprocess
from pathlib import Path


def main() -> None:
    files = subprocess.run(["git", "-c", "core.quotepath=off", "ls-tree", "-r", "--name-only", "HEAD", "--", "DLC"],
                           capture_output=True, text=True).stdout.split("\n")
    files = sorted([f for f in files if f.endswith(".md") and not f.endswith("_index.md")], key=lambda s: s.encode())
    print(len(files))
    used = set(files[::37])                                     # units9's sample
    govs = Path(__file__).resolve().parents[2]                  # tests/govs
    for p in glob.glob(str(govs / "*" / "sources.tsv")) + glob.glob(str(govs / "*" / "*" / "sources.tsv")):
        used |= set(re.findall(r"DLC/[^\t@ ]*?\.md", open(p, encoding="utf-8").read()))
    pool = [f for f in files if f not in used]
    print(len(pool))

    def name(f):
        return f.rsplit("/", 1)[1]
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
    rng = random.Random(20261203)
    for label, pred, k in strata:
        cands = [f for f in pool if pred(name(f))]
        print(label, len(cands), [name(f) for f in rng.sample(cands, min(k + 3, len(cands)))])


if __name__ == "__main__":
    main()
