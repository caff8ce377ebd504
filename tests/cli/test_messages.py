"""Messages a user can trust (issue 13): cut lists say so, misspelt names are errors with
suggestions, `-o` means `--output` only, progress reaches stderr also when it is not a terminal."""
from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import build, write

DOC = "廊坊市人民政府办公室\n关于印发试点方案的通知\n" + "".join(
    f"{k}. 推进第{k}项试点（责任单位：各县（市、区）人民政府、三河市人民政府）\n" for k in range(1, 8)) + \
    "8. 完善管网（牵头单位：市住建局；完成时限：2024年6月底前）\n"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    d = tmp_path_factory.mktemp("msg")
    (d / "a.txt").write_text(DOC, encoding="utf-8")
    write(build([d / "a.txt"]), d / "out")
    return d / "out"


def run(*args):
    return CliRunner().invoke(app, list(args))


def test_unknown_param_name_is_an_error_naming_the_parameters(out):
    res = run("query", "tasks-of-unit", "--param", "units=市住建局", "--out", str(out))
    assert res.exit_code == 1
    assert "no variable ?units" in res.output and "unit —" in res.output
    assert run("query", "tasks-of-unit", "--param", "unit=市住建局", "--out", str(out)).exit_code == 0


def test_unknown_unit_suggests_the_closest(out):
    res = run("unit", "市往建局", "--out", str(out))
    assert res.exit_code == 1
    assert "did you mean" in res.output and "市住房和城乡建设局" in res.output


def test_county_list_says_when_it_is_cut(out):
    res = run("unit", "--county", "三河市", "--out", str(out), "--limit", "3")
    assert res.exit_code == 0, res.output
    assert res.output.count("[责任]") == 3
    assert "4 more not shown (--limit 7" in res.output
    res = run("unit", "--county", "三河市", "--out", str(out))
    assert "more not shown" not in res.output


def test_dash_o_is_output_only():
    from typer.main import get_command
    group = get_command(app)
    for name, cmd in group.commands.items():
        for p in cmd.params:
            if "-o" in getattr(p, "opts", []):
                assert "--output" in p.opts, f"kg {name}: -o is not --output"


def test_progress_per_stage_on_stderr_when_not_a_terminal(tmp_path):
    (tmp_path / "a.txt").write_text(DOC, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "a.txt"),
                          "--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    stages = [ln.split()[0] + (" " + ln.split()[1] if ln.startswith("export") else "")
              for ln in res.stderr.splitlines()]
    assert stages[:2] == ["read", "parse"]
    assert {"export jsonl", "export ledger", "export rdf", "export index"} <= set(stages)
    assert "documents 1" in res.stdout


def test_build_help_shows_the_extra_to_install():
    """`[distributed]` in a help text is Rich markup unless escaped: the install line must
    show it, or the user is told to install a package without the extra it needs."""
    got = CliRunner().invoke(app, ["build", "--help"], env={"COLUMNS": "240"})
    assert got.exit_code == 0
    assert "pip install 'kg[distributed]'" in got.output
