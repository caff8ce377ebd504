"""`pip install .` (not editable) in a fresh venv gives a working `kg`.

The package is copied out of the checkout and installed into a new venv with ``--no-deps``; the
venv sees the dependencies already installed here through a ``.pth`` line (so the test needs no
network but for the build backend, and takes seconds), but ``kg`` itself comes only from the new install. Then, from
another folder: ``kg --version``, ``kg build --out X`` (the shipped sample) and a named query.
"""
from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(cmd, cwd, **kw):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    res = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, **kw)
    assert res.returncode == 0, f"{cmd}\n{res.stdout}\n{res.stderr}"
    return res.stdout


def test_pip_install_dot_in_a_fresh_venv_gives_a_working_kg(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "kg", src / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp_path)
    py = venv / "bin" / "python"
    purelib = Path(run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                       tmp_path).strip())
    # the dependencies installed here, without this checkout's editable kg
    here = [p for p in {sysconfig.get_path("purelib"), sysconfig.get_path("platlib"),
                        *site.getsitepackages()} if Path(p).is_dir()]
    (purelib / "deps.pth").write_text("\n".join(sorted(here)) + "\n", encoding="utf-8")
    # the build backend (setuptools) comes from the package index into pip's isolated build
    run([str(py), "-m", "pip", "install", "-q", "--no-deps", str(src)], tmp_path)
    kg = venv / "bin" / "kg"
    where = run([str(py), "-c", "import kg; print(kg.__file__)"], tmp_path)
    assert str(purelib) in where, where
    assert run([str(kg), "--version"], tmp_path).startswith("kg ")
    work = tmp_path / "elsewhere"
    work.mkdir()
    run([str(kg), "build", "--out", "X", "-q"], work)
    assert (work / "X" / "ledger.xlsx").is_file()
    rows = json.loads(run([str(kg), "query", "tasks-of-unit", "--param", "unit=市住建局",
                           "--out", "X", "--format", "json"], work))
    assert rows and all(r["unitName"] == "市住房和城乡建设局" for r in rows)
