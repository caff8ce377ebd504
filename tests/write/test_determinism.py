"""Same input -> byte-identical exports, whatever PYTHONHASHSEED is."""
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _digest(out: Path) -> dict:
    # every export but the SPARQL store's database files (their layout is the store's own)
    return {str(p.relative_to(out)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and "store" not in p.relative_to(out).parts}


def test_two_builds_are_byte_identical(tmp_path):
    digests = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "corpus" / "langfang"),
                        "--out", str(out), "-q"], check=True, env=env, capture_output=True)
        digests.append(_digest(out))
    assert digests[0] == digests[1]
    assert {"assignments.jsonl", "graph.nt", "search/index.sqlite",
            "search/answers.sqlite"} <= set(digests[0])
