"""What the round scripts of units-dlc share: how a round draws its regulations from the LawRefBook/Laws mirror
(`draw`, run in the mirror, commit 2f4c5c2) and how its records are written by hand (`Records`).

Each round's sample*.py keeps its seed and strata and each make_expected*.py its records; this module holds the
rest. The pool of a round is every `.md` of `DLC/` but `_index.md`, in byte order, minus units9's sample (every
37th, from the first) and minus every file a `sources.tsv` under tests/govs names, except the files of this round
and the later ones (`units-dlc/roundN/sources.tsv`, N >= the round; round 1 is `units-dlc/sources.tsv`): a round
rerun after the later rounds were committed draws what it drew then.
"""
import glob
import json
import random
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent          # tests/govs/units-dlc
GOVS = HERE.parent                              # tests/govs


def _round_of(sources: Path) -> int:
    """The units-dlc round a sources.tsv belongs to (0: another set)."""
    if sources.parent == HERE:
        return 1
    m = re.fullmatch(r"round(\d+)", sources.parent.name)
    return int(m.group(1)) if m and sources.parent.parent == HERE else 0


def sources_paths(sources: Path) -> set:
    """The DLC paths a sources.tsv names: its source column's `LawRefBook/Laws:DLC/….md@commit` (a path may hold
    spaces)."""
    out = set()
    for line in sources.read_text(encoding="utf-8").split("\n"):
        out |= set(re.findall(r"(DLC/[^\t@]*?\.md)(?=@|\t|$| \()", line))
    return out


def mirror_files() -> list:
    """Every `.md` of the mirror's `DLC/` but `_index.md`, in byte order (run in the mirror)."""
    files = subprocess.run(["git", "-c", "core.quotepath=off", "ls-tree", "-r", "--name-only", "HEAD", "--", "DLC"],
                           capture_output=True, text=True, check=True).stdout.split("\n")
    return sorted([f for f in files if f.endswith(".md") and not f.endswith("_index.md")], key=lambda s: s.encode())


def pool(files: list, round_no: int) -> list:
    """The files a round draws from (see the module's doc)."""
    used = set(files[::37])                                     # units9's sample
    for p in sorted(glob.glob(str(GOVS / "*" / "sources.tsv")) + glob.glob(str(GOVS / "*" / "*" / "sources.tsv"))):
        r = _round_of(Path(p))
        if r and r >= round_no:
            continue
        used |= sources_paths(Path(p))
    return [f for f in files if f not in used]


def name(f: str) -> str:
    return f.rsplit("/", 1)[1]


def draw(round_no: int, seed: int, strata: list, on_path: bool = False) -> None:
    """Print the number of files, of the pool, and each stratum's draw: its label, how many files fit its
    predicate (of a file's name; of its whole path, which names the province, with on_path) and `rng.sample`
    of k + 3 of them (all, when fewer), one rng for the strata in turn. The round keeps the first k of each
    stratum that fit its README's rules (one file a place)."""
    files = mirror_files()
    print(len(files))
    p = pool(files, round_no)
    print(len(p))
    rng = random.Random(seed)
    for label, pred, k in strata:
        cands = [f for f in p if pred(f if on_path else name(f))]
        print(label, len(cands), [name(f) for f in rng.sample(cands, min(k + 3, len(cands)))])


class Records:
    """A round's expected records, written by hand one call a record: `R` a unit expected resolved, `U` one
    expected unresolved (see ../README.md for the fields)."""

    def __init__(self):
        self.out = []

    def R(self, f, line, mention, unit, kind="department", note=""):
        self.out.append(dict(file=f, line=line, mention=mention, unit=unit, resolved=True, kind=kind, note=note))

    def U(self, f, line, mention, unit, kind="collective", note=""):
        self.out.append(dict(file=f, line=line, mention=mention, unit=unit, resolved=False, kind=kind, note=note))

    def write(self, path: Path) -> None:
        """Write expected.jsonl (one JSON record a line, in the order written) and print the counts."""
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.out), encoding="utf-8")
        print(len(self.out), sum(r["resolved"] for r in self.out))
