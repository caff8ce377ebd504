"""Docs can't rot: every command has help and is shown in the README."""
from pathlib import Path

import typer.main

from kg.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_command_has_help_and_is_in_the_readme():
    group = typer.main.get_command(app)
    names = sorted(group.commands)
    assert {"build", "who", "unit", "rank", "path", "query", "serve", "view",
            "export-network"} <= set(names)
    for name in names:
        assert group.commands[name].help, name
        assert f"kg {name}" in README, f"`kg {name}` is not shown in README.md"
