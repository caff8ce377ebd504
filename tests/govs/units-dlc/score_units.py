"""Score how a build resolved the units of tests/govs/units-dlc (see README.md there).

    python3 tests/govs/units-dlc/score_units.py BUILD/assignments.jsonl [--expected FILE] [--list]

Every assignment but the document header's (`via: mention`) is compared, line by line, with the
hand-written records of `expected.jsonl`: right, wrong (resolved to another unit, or resolved where
no one government's unit is expected), unresolved-but-resolvable, missed (no assignment names it),
and resolved assignments with no record (extra). Standard library only.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
_GOV_INSIDE = re.compile(r"人民政府(?=[\u4e00-\u9fff（]{2})")
# a department's generic tail: `X行政主管部门`, `X主管部门`, `X行政管理部门` and `X部门` name one body
# (a list `A、B等行政主管部门` may be named field by field either way)
_DEPT_TAIL = re.compile(r"(?:行政(?:主管|管理)?|主管)?部门$")


def norm(name: str) -> str:
    """A unit's name compared: no spaces, no `人民政府` between a government and its body."""
    n = re.sub(r"\s+", "", name or "")
    return _GOV_INSIDE.sub("", n)


def same_resolved(a: str, b: str) -> bool:
    """Two names of one resolved unit: equal, or one the other with its prefecture before it
    (a department's generic tail left out)."""
    a, b = _DEPT_TAIL.sub("部门", norm(a)), _DEPT_TAIL.sub("部门", norm(b))
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.endswith(short) and long_[: len(long_) - len(short)].endswith(("市", "州", "省"))


def same_unresolved(a: str, b: str) -> bool:
    a, b = norm(a).lstrip("各"), norm(b).lstrip("各")
    return a == b or (len(a) >= 2 and len(b) >= 2 and (a.endswith(b) or b.endswith(a)))


def _suffix(a: str, b: str) -> int:
    a, b = norm(a), norm(b)
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return k


def _related(exp: dict, out: dict) -> bool:
    m, em = out.get("unit_mention") or "", exp["mention"]
    return bool(m) and (m in em or em in m)


def score(assignments: list[dict], expected: list[dict]) -> dict:
    outs: dict[tuple, list[dict]] = defaultdict(list)
    for a in assignments:
        if a.get("via") == "mention":
            continue
        src = a.get("source") or {}
        outs[(src.get("file"), src.get("line"))].append(a)
    by_line: dict[tuple, list[dict]] = defaultdict(list)
    for e in expected:
        by_line[(e["file"], e["line"])].append(e)
    results = []                        # (record, outcome, output or None)
    extra = []
    on_items = []                       # records of a list's header found on its first item
    for key in sorted(set(outs) | set(by_line), key=lambda k: (k[0] or "", k[1] or 0)):
        exps, cands = by_line.get(key, []), list(outs.get(key, []))
        used: set[int] = set()
        done: dict[int, tuple] = {}
        for i, e in enumerate(exps):    # 1. the expected unit itself
            for j, o in enumerate(cands):
                if j in used or bool(o.get("resolved")) != e["resolved"]:
                    continue
                ok = same_resolved(e["unit"], o["unit"]) if e["resolved"] else \
                    same_unresolved(e["unit"], o["unit"])
                if ok:
                    used.add(j)
                    done[i] = ("right", o)
                    break
        for i, e in enumerate(exps):    # 2. the assignment of the same mention, named otherwise
            if i in done:
                continue
            best, best_k = None, -1
            for j, o in enumerate(cands):
                if j in used:
                    continue
                k = _suffix(e["unit"], o["unit"])
                if (_related(e, o) or k >= 4) and k > best_k:
                    best, best_k = j, k
            if best is None:
                done[i] = ("missed", None)
                continue
            o = cands[best]
            used.add(best)
            if e["resolved"]:
                done[i] = ("wrong" if o.get("resolved") else "unresolved_resolvable", o)
            else:
                done[i] = ("wrong" if o.get("resolved") else "right", o)
        for i, e in enumerate(exps):    # 3. a list's header: its holder carried to the items
            if done[i][0] == "missed":
                o = _on_first_item(e, outs, key)
                if o is not None:
                    ok = bool(o.get("resolved")) == e["resolved"] and (
                        same_resolved(e["unit"], o["unit"]) if e["resolved"] else True)
                    done[i] = ("right" if ok else "wrong" if o.get("resolved") else "unresolved_resolvable",
                               o)
                    on_items.append(e)
        for i, e in enumerate(exps):
            results.append((e, *done[i]))
        extra.extend(o for j, o in enumerate(cands) if j not in used)
    return {"results": results, "extra": extra, "on_items": on_items}


_ITEM_START = re.compile(r"^\s*(?:（[一二三四五六七八九十\d]+）|\d+[.．、]|[一二三四五六七八九十]+、)")


def _on_first_item(exp: dict, outs: dict, key: tuple) -> dict | None:
    """The assignment of ``exp``'s unit on the first item of a list whose header is ``exp``'s
    line (``乡（镇）人民政府、街道办事处履行下列职责：`` then ``（一）…``): the build gives the
    header's holder each item, on the item's line. None when the next line with assignments is
    no item or names no such unit."""
    file, line = key
    after = sorted(k[1] for k in outs if k[0] == file and k[1] and k[1] > line and k[1] <= line + 12)
    if not after:
        return None
    first = outs[(file, after[0])]
    if not any(_ITEM_START.match(o.get("source_text") or "") for o in first):
        return None
    # the item's assignment of the expected unit itself first (市、区县（自治县）X主管部门 gives the
    # items two holders of one mention: the city's department and the districts' collective)
    for o in first:
        if o.get("unit_mention") and bool(o.get("resolved")) == exp["resolved"] and (
                same_resolved(exp["unit"], o["unit"]) if exp["resolved"] else same_unresolved(exp["unit"], o["unit"])):
            return o
    for o in first:
        if o.get("unit_mention") and (_related(exp, o) or (
                same_resolved(exp["unit"], o["unit"]) if exp["resolved"] else same_unresolved(exp["unit"], o["unit"]))):
            return o
    return None


def summarise(results: list, extra: list) -> dict:
    def count(rows, extra_rows):
        c = defaultdict(int, {k: 0 for k in ("right", "wrong", "unresolved_resolvable", "missed",
                                              "right_resolved", "expected_resolved")})
        for e, outcome, _ in rows:
            c[outcome] += 1
            if outcome == "right" and e["resolved"]:
                c["right_resolved"] += 1
            if e["resolved"]:
                c["expected_resolved"] += 1
        c["records"] = len(rows)
        c["extra_resolved"] = sum(1 for o in extra_rows if o.get("resolved"))
        c["extra_unresolved"] = sum(1 for o in extra_rows if not o.get("resolved"))
        resolved_out = c["right_resolved"] + c["wrong"]
        c["precision"] = round(c["right_resolved"] / resolved_out, 3) if resolved_out else None
        found = c["records"] - c["missed"]
        c["accuracy_found"] = round(c["right"] / found, 3) if found else None
        return dict(c)
    files = sorted({e["file"] for e, _, _ in results})
    out = {f: count([r for r in results if r[0]["file"] == f],
                    [o for o in extra if (o.get("source") or {}).get("file") == f]) for f in files}
    out["ALL"] = count(results, extra)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("assignments")
    ap.add_argument("--expected", default=str(HERE / "expected.jsonl"))
    ap.add_argument("--list", action="store_true", help="print every record that is not right")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    expected = [json.loads(l) for l in Path(args.expected).read_text(encoding="utf-8").splitlines() if l.strip()]
    assignments = [json.loads(l) for l in Path(args.assignments).read_text(encoding="utf-8").splitlines() if l.strip()]
    r = score(assignments, expected)
    summary = summarise(r["results"], r["extra"])
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    cols = ("records", "right", "right_resolved", "expected_resolved", "wrong", "unresolved_resolvable",
            "missed", "extra_resolved", "precision", "accuracy_found")
    print("file   " + " ".join(f"{c[:10]:>10}" for c in cols))
    for f, c in summary.items():
        print(f"{f:6} " + " ".join(f"{str(c.get(k, 0)):>10}" for k in cols))
    if r["on_items"]:
        print(f"(of these, {len(r['on_items'])} records of a list's header found on its first item)")
    if args.list:
        for e, outcome, o in r["results"]:
            if outcome != "right":
                got = f"{o['unit_mention']} -> {o['unit']} ({'resolved' if o.get('resolved') else 'unresolved'})" if o else "-"
                print(f"{outcome:22} {e['file']}:{e['line']} {e['mention']} => {e['unit']}"
                      f" ({'R' if e['resolved'] else 'U'})   got {got}")
        for o in r["extra"]:
            if o.get("resolved"):
                s = o.get("source") or {}
                print(f"{'extra_resolved':22} {s.get('file')}:{s.get('line')} {o['unit_mention']} -> {o['unit']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
