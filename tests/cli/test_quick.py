"""The quick path of `kg who` / `kg query` / `kg build` (kg.cli.quick): the same output, error
text and exit status as the Typer app for every command line it takes, and the Typer app for
all others."""
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app, quick


def _quick(argv, capsys):
    status = quick.run([str(a) for a in argv])
    got = capsys.readouterr()
    return status, got.out, got.err


def _typer(argv):
    res = CliRunner().invoke(app, [str(a) for a in argv])
    return res.exit_code, res.stdout, res.stderr


CASES = [
    ["who", "谁负责完善项目储备机制"],
    ["who", "项目储备", "--json"],
    ["who", "应急物资", "-n", "1", "--members"],
    ["who", "--limit=2", "示范社区", "--members"],
    ["who", "-n1", "发改委"],
    ["who", "完全无关的问题火星探测"],
    ["query", "tasks-of-unit", "--param", "unit=市发改委"],
    ["query", "tasks-of-unit", "-punit=各县（市、区）人民政府", "--format", "csv"],
    ["query", "--format=json", "county-obligations", "-p", "county=三河市"],
    ["query", "tasks-of-unit", "-f", "table", "--engine", "rdflib", "--param", "unit=市应急管理局"],
    ["query", "workload"],
    ["query", "tasks-of-unit", "-p", "unit=市发改委", "--limit", "3", "--offset", "2"],
    ["query", "tasks-of-unit", "-p", "unit=市发改委", "-n0", "-f", "csv"],
    ["query", "workload", "--offset=5", "-f", "json", "-n", "2"],
    ["query", "workload", "--offset", "100000"],
    # errors raised by the command body: the same message and status
    ["query", "no-such-query"],
    ["query", "tasks-of-unit", "--param", "unit"],
    ["query", "tasks-of-unit", "--param", "nope=1"],
    ["query", "tasks-of-unit", "--format", "xml", "--param", "unit=x"],
    ["query", "workload", "--engine", "other"],
]


@pytest.mark.parametrize("argv", CASES, ids=lambda a: " ".join(a))
def test_quick_path_prints_what_typer_prints(argv, sample_out, capsys):
    argv = argv + ["--out", sample_out]
    status, out, err = _quick(argv, capsys)
    assert status is not None, "the quick path should take this command line"
    assert (status, out, err) == _typer(argv)


def test_a_page_is_the_whole_answers_rows(corpus_out, capsys):
    """`--limit`/`--offset` print part of the whole answer in its order; a table prints a first
    page of TABLE_PAGE rows and the total, csv all rows."""
    import csv
    import io

    def rows(argv):
        return list(csv.reader(io.StringIO(_quick(q + argv, capsys)[1])))
    q = ["query", "tasks-of-unit", "-p", "unit=各县（市、区）人民政府", "--out", corpus_out]
    whole = rows(["-f", "csv"])
    total = len(whole) - 1
    assert total > quick.TABLE_PAGE
    assert rows(["-f", "csv", "-n", "5", "--offset", "3"]) == whole[:1] + whole[1 + 3:1 + 8]
    assert rows(["-f", "csv", "--offset", str(total - 2)]) == whole[:1] + whole[-2:]
    assert rows(["-f", "csv", "--offset", str(total)]) == whole[:1]
    table = _quick(q, capsys)[1].splitlines()
    assert len(table) == 2 + quick.TABLE_PAGE + 1
    assert table[-1] == (f"(rows 1-{quick.TABLE_PAGE} of {total}; --limit 0 prints all, "
                         f"--offset {quick.TABLE_PAGE} the next page)")
    # the table's rows are the csv's first rows (each row's task text, clipped, in its line)
    task = whole[0].index("task")
    tasks = [r[task].replace("\n", " ")[:5] for r in whole[1:1 + quick.TABLE_PAGE]]
    assert all(t in line for t, line in zip(tasks, table[2:-1]))
    assert _quick(q + ["-n", "0"], capsys)[1].splitlines()[-1] == f"({total} rows)"


def test_missing_build_same_error(tmp_path, capsys):
    for argv in (["who", "项目", "--out", tmp_path / "none"],
                 ["query", "workload", "--out", tmp_path / "none"]):
        status, out, err = _quick(argv, capsys)
        assert status == 1 and err.startswith("Error: ")
        assert (status, out, err) == _typer(argv)


@pytest.mark.parametrize("argv", [
    [], ["build", "x", "-w", "-1"], ["build", "x", "-w", "two"], ["build", "--help"],
    ["build", "x", "--engine", "spark"], ["build", "x", "--scheduler", "tcp://h:8786"],
    ["build", "x", "-qw", "1"], ["build", "x", "--quiet=1"], ["build", "x", "-l"],
    ["--version"], ["who"], ["who", "a", "b"], ["who", "--help"],
    ["query", "--help"], ["who", "a", "--limit"], ["who", "a", "--limit", "x"],
    ["who", "a", "-n", "-1"], ["who", "a", "--json=1"], ["who", "a", "--unknown"],
    ["who", "-a"], ["who", "a", "--", "b"], ["query", "x", "--param", ""],
    ["query", "x", "--out="], ["query", "x", "-x"], ["who", ""], ["unit", "市发改委"],
    ["query", "x", "--limit", "-1"], ["query", "x", "-n", "all"], ["query", "x", "--offset", "1.5"],
    ["query", "x", "--limit"],
])
def test_other_command_lines_go_to_typer(argv):
    assert quick.parse(argv) is None


def test_kg_who_and_query_do_not_import_typer(sample_out):
    code = ("import sys\nfrom kg.cli import main\nsys.argv = ['kg'] + sys.argv[1:]\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
            "print(sorted(m for m in ('typer', 'pydantic', 'click') if m in sys.modules))\n")
    for argv in (["who", "项目储备"], ["query", "workload", "-f", "csv"]):
        res = subprocess.run([sys.executable, "-c", code, *argv, "--out", str(sample_out)],
                             capture_output=True, text=True, check=True)
        assert res.stdout.rstrip().endswith("[]"), res.stdout
    res = subprocess.run([sys.executable, "-c", code, "who", "--help"], capture_output=True,
                         text=True, check=True)
    assert "'typer'" in res.stdout.splitlines()[-1]


@pytest.mark.parametrize("cmd", sorted(quick._SPECS))
def test_quick_options_are_the_typer_commands_options(cmd):
    """The quick parser spells the options of `who` / `query` a second time (it must not import
    Typer to read them); this keeps the two spellings, and their defaults, one and the same."""
    import typer.main
    command = typer.main.get_command(app).commands[cmd]
    options, positional = quick._SPECS[cmd]
    want_specs, want_defaults, arguments = {}, {}, []
    for p in command.params:
        if p.param_type_name == "argument":
            arguments.append(p.name)
            continue
        for spelling in p.opts:
            want_specs[spelling] = (p.name, not p.is_flag, p.multiple)
        default = p.default
        want_defaults[p.name] = (False if p.is_flag else [] if p.multiple
                                 else None if default is None else str(default))
    assert arguments == [positional]
    assert options == want_specs
    assert quick._DEFAULTS[cmd] == want_defaults


SMALL = sorted((Path(__file__).resolve().parents[2] / "corpus" / "langfang").glob("000_*.txt"))[0]
_SECONDS = re.compile(r"\(\d+\.\d+ s\)")     # the build's own time, in its summary


@pytest.mark.parametrize("argv", [
    ["build", SMALL, "-w", "1", "-q"],
    ["build", "-w1", SMALL, "--jurisdiction", "廊坊市"],
    ["build", SMALL, "--workers=1", "-j", "131000", "--quiet", "--engine", "local"],
    ["build", SMALL, "-w", "1", "--extend-lexicon", SMALL],     # not a lexicon: its error
], ids=["quiet", "progress", "spellings", "bad-lexicon"])
def test_quick_build_prints_what_typer_prints(argv, tmp_path, capsys):
    """The same summary, progress lines, errors and exit status (but for the seconds taken);
    the same exports."""
    from kg import cli
    got = []
    for way in ("quick", "typer"):
        args = argv + ["--out", tmp_path / way]
        status, out, err = _quick(args, capsys) if way == "quick" else _typer(args)
        assert status is not None, "the quick path should take this command line"
        cli.QUICK_EXIT = False
        got.append((status, _SECONDS.sub("(_ s)", out.replace(str(tmp_path / way), "OUT")),
                    _SECONDS.sub("(_ s)", err)))
    assert got[0] == got[1]
    if got[0][0] == 0:
        for name in ("tasks.jsonl", "assignments.jsonl", "report.json", "graph.nt"):
            quick_bytes = (tmp_path / "quick" / name).read_bytes()
            assert quick_bytes == (tmp_path / "typer" / name).read_bytes()


def test_quick_build_of_a_missing_path_is_typers_error(tmp_path, capsys):
    argv = ["build", tmp_path / "none", "--out", tmp_path / "out"]
    status, out, err = _quick(argv, capsys)
    assert status == 1 and err.startswith("Error: ") and "no such file" in err
    assert (status, out, err) == _typer(argv)


def test_kg_build_does_not_import_typer(tmp_path):
    """`kg build` reads its plain command line without Typer (and pydantic): ~0.2-0.3 CPU s at
    the start of every build, while one of two cores has nothing to do yet."""
    code = ("import sys\nimport kg.cli\nkg.cli._exit_now = lambda: None\n"
            "sys.argv = ['kg'] + sys.argv[1:]\n"
            "try:\n    kg.cli.main()\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
            "print(sorted(m for m in ('typer', 'pydantic', 'click') if m in sys.modules))\n")
    res = subprocess.run([sys.executable, "-c", code, "build", str(SMALL), "--out",
                          str(tmp_path / "out"), "-q", "-w", "1"],
                         capture_output=True, text=True, check=True)
    assert res.stdout.rstrip().endswith("[]"), res.stdout
    assert (tmp_path / "out" / "report.json").is_file()
