"""How round 2 was drawn (units11): run in the LawRefBook/Laws mirror (commit 2f4c5c2); see README.md. Prints each stratum's draw (k + 3 names; the first k
kept, one file a place)."""
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
    for p in glob.glob(str(govs / "*" / "sources.tsv")):
        used |= set(re.findall(r"DLC/[^\t@ ]*?\.md", open(p, encoding="utf-8").read()))
    pool = [f for f in files if f not in used]
    print(len(pool))

    def name(f):
        return f.rsplit("/", 1)[1]
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
    rng = random.Random(20261202)
    for label, pred, k in strata:
        cands = [f for f in pool if pred(name(f))]
        print(label, len(cands), [name(f) for f in rng.sample(cands, k + 3)])


if __name__ == "__main__":
    main()
