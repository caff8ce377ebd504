"""Build a folder's written probes (its ``probes_*.py``: PROBES) with kg and count right / wrong per
answer and per probe.

Usage: python run_probes.py PROBES_DIR OUTDIR   (e.g. tests/govs/probes-cc52; writes OUTDIR/text/pNN.txt,
builds OUTDIR/build, prints the verdicts)
"""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from kg.text import compact, normalise

SCORED = {"inline", "standalone", "inherited", "table", "section", "source", "contributor"}


def key(name):
    return compact(normalise(name))


def load_probes(folder) -> list:
    """PROBES of the folder's one ``probes_*.py`` (each round's file has a name of its own: pytest's
    doctest collection imports every module under tests/)."""
    (path,) = sorted(Path(folder).glob("probes_*.py"))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PROBES


def main(folder, out):
    PROBES = load_probes(folder)
    out = Path(out)
    text = out / "text"
    text.mkdir(parents=True, exist_ok=True)
    for pid, body, _ in PROBES:
        (text / f"{pid}.txt").write_text(body, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "kg", "build", str(text), "--out", str(out / "build"), "-q"],
                   check=True)
    tasks = {}
    for line in open(out / "build" / "assignments.jsonl", encoding="utf-8"):
        row = json.loads(line)
        t = tasks.setdefault(row["task_id"], {"file": row["source"]["file"], "src": row["source_text"],
                                              "rows": []})
        if row["via"] in SCORED:
            t["rows"].append(row)
    right = wrong = 0
    probe_right = 0
    for pid, _, answers in PROBES:
        ok_all = True
        for a in answers:
            hits = [t for t in tasks.values() if t["file"] == f"{pid}.txt" and key(a["anchor"]) in key(t["src"])]
            hits = [t for t in hits if t["rows"]] or hits
            t = min(hits, key=lambda t: len(t["src"])) if hits else {"rows": []}
            got_units = {key(r["unit_mention"]) for r in t["rows"]}
            got_lead = {key(r["unit_mention"]) for r in t["rows"] if r["role"] == "lead"}
            got_sup = {key(r["unit_mention"]) for r in t["rows"] if r["role"] == "support"}
            dls = [r["deadline"] for r in t["rows"] if r.get("deadline")]
            why = []
            if got_units != {key(u) for u in a["units"]}:
                why.append(f"units {sorted(got_units)}")
            if got_lead != {key(u) for u in a["lead"]}:
                why.append(f"lead {sorted(got_lead)}")
            if got_sup != {key(u) for u in a["support"]}:
                why.append(f"support {sorted(got_sup)}")
            if a["deadline"] != "*":
                want = a["deadline"]
                if (want or None) != (dls[0] if dls else None):
                    why.append(f"deadline {dls[:1]} want {want}")
            if why:
                wrong += 1
                ok_all = False
                print(f"WRONG {pid} {a['anchor']}: " + "; ".join(why))
            else:
                right += 1
        probe_right += ok_all
    print(f"answers right {right} wrong {wrong}; probes all right {probe_right}/{len(PROBES)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
