"""`kg build` ends its process without the interpreter's teardown once the build is written
(kg.cli.main, QUICK_EXIT): what an exit must do is still done."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SMALL = next(iter(sorted((ROOT / "corpus" / "langfang").glob("000_*.txt"))))


def _kg(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    code = ("import atexit, sys\nfrom kg.cli import main\n"
            "atexit.register(lambda: print('exit functions ran', file=sys.stderr))\n"
            "sys.argv = ['kg'] + sys.argv[1:]\nmain()\n")
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


def test_a_finished_build_flushes_its_output_and_runs_exit_functions(tmp_path):
    out = tmp_path / "out"
    res = _kg("build", str(SMALL), "--out", str(out), "-w", "1", cwd=ROOT)
    assert res.returncode == 0, res.stderr
    summary = res.stdout.splitlines()[0]
    assert summary.startswith("documents 1 · tasks ") and summary.endswith(f"-> {out}/")
    assert res.stdout.endswith("\n") and len(res.stdout.splitlines()) > 1   # the details too
    assert "exit functions ran" in res.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["documents"] == 1 and (out / "store").is_dir()


def test_a_failed_build_exits_as_usual_with_its_error(tmp_path):
    res = _kg("build", str(tmp_path / "missing"), "--out", str(tmp_path / "out"), cwd=ROOT)
    assert res.returncode != 0
    assert "no such file or directory" in res.stderr
    assert "exit functions ran" in res.stderr
    assert not (tmp_path / "out").exists()


def test_the_flag_is_reset_by_each_main(monkeypatch):
    """A build run in this process (a test's CliRunner) does not make a later main() end the
    process: main() starts with the flag down."""
    import kg.cli as cli
    monkeypatch.setattr(cli, "QUICK_EXIT", True)
    monkeypatch.setattr(sys, "argv", ["kg", "--version"])
    try:
        cli.main()
    except SystemExit:
        pass
    assert cli.QUICK_EXIT is False
