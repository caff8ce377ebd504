"""The package map of ARCHITECTURE.md holds: no module imports "upwards", and `kg who` loads
neither the extractor nor the writers."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[2] / "kg"
BASE = {"kg", "kg.text", "kg.patterns", "kg.vocab", "kg.errors", "kg.ids", "kg.model", "kg.data",
        "kg.dates", "kg.spool", "kg._charsets", "kg._recache"}
# layer -> the layers its modules may import (besides the ground floor, BASE)
ALLOWED = {
    "resolve": {"resolve"},
    "extract": {"extract", "resolve"},
    "write": {"write"},
    "pipeline": {"extract", "resolve", "write", "pipeline"},
    "read": {"read"},
    "view": {"read", "view"},
    "cli": {"cli", "pipeline", "read", "view", "write", "extract", "resolve"},
}
# the one import across layers: the answers a build stores (kg.write.answers) are made by the
# code `kg query` runs (kg.read.sparql.query_store) in the format kg.read.answers reads, so the
# stored rows cannot be another implementation's
ACROSS = {("kg.write.answers", "kg.read.sparql"), ("kg.write.answers", "kg.read.answers")}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _module(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[str]:
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
            out += names
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names]
    return [m for m in out if m == "kg" or m.startswith("kg.")]


@pytest.mark.parametrize("path", sorted(KG.rglob("*.py")), ids=lambda p: str(p.relative_to(KG)))
def test_no_module_imports_upwards(path):
    module = _module(path)
    layer = _layer(module)
    if module in BASE or layer in ("", "__main__", "data"):
        allowed = None if layer in ("", "__main__") else set()
    else:
        allowed = ALLOWED[layer]
    for target in _imports(path):
        t = ".".join(target.split(".")[:2])
        if t in BASE or allowed is None or (module, target) in ACROSS:
            continue
        assert _layer(target) in allowed, f"{module} imports {target} (layer {_layer(target)!r})"


def test_kg_who_loads_neither_extractor_nor_writers(sample_out):
    code = ("import json, sys\nfrom typer.testing import CliRunner\nfrom kg.cli import app\n"
            f"r = CliRunner().invoke(app, ['who', '应急物资', '--out', {str(sample_out)!r}])\n"
            "print(json.dumps([r.exit_code, sorted(m for m in sys.modules if m.startswith("
            "('kg.extract', 'kg.write', 'kg.resolve', 'kg.pipeline', 'jieba', 'rdflib', "
            "'pyoxigraph', 'networkx')))]))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    exit_code, loaded = json.loads(res.stdout.strip().splitlines()[-1])
    assert exit_code == 0
    assert loaded == []
