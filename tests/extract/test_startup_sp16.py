"""A build's start reads the installed versions it keys its caches by (OpenCC's and jieba's:
kg.extract.cache.code_fingerprint, kg.text.jieba_dictionary) from the distributions' METADATA,
without importing importlib.metadata (~50 M instructions, ~6 % of the start's, in the parent
alone before the workers start: docs/SCALE.md, forty-fifth round). The versions are the ones
importlib.metadata gives."""
from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

from kg.text import installed_version

SMALL = sorted((Path(__file__).resolve().parents[2] / "corpus" / "langfang").glob("000_*.txt"))[0]


def test_installed_version_is_importlib_metadatas_for_every_installed_distribution():
    names = sorted({d.metadata["Name"] for d in importlib.metadata.distributions()
                    if d.metadata["Name"]})
    assert len(names) > 10
    assert {n: installed_version(n) for n in names} == \
        {n: importlib.metadata.version(n) for n in names}
    # the name as importlib.metadata compares it: case, "-", "_" and "." alike
    assert installed_version("OpenCC") == installed_version("opencc") == \
        importlib.metadata.version("OpenCC")


def test_installed_version_of_a_missing_distribution_is_none():
    assert installed_version("kg-no-such-distribution") is None


def _dist(root: Path, folder: str, metadata: str) -> None:
    (root / folder).mkdir(parents=True)
    (root / folder / ("PKG-INFO" if folder.endswith(".egg-info") else "METADATA")).write_text(
        metadata, encoding="utf-8")


def test_the_first_folder_on_the_path_that_names_the_distribution_says_it(tmp_path, monkeypatch):
    first, second = tmp_path / "a", tmp_path / "b"
    _dist(first, "Kg_Probe.Dist-2.0.dist-info",
          "Metadata-Version: 2.1\nName: kg-probe-dist\nVersion: 2.0\n\nVersion: 3.0 (the body)\n")
    _dist(second, "kg_probe_dist-1.0.dist-info", "Metadata-Version: 2.1\nName: kg-probe-dist\n"
          "Version: 1.0\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "none"), str(first), str(second)])
    importlib.invalidate_caches()
    assert installed_version("kg-probe-dist") == importlib.metadata.version("kg-probe-dist") == "2.0"
    monkeypatch.setattr(sys, "path", [str(second), str(first)])
    importlib.invalidate_caches()
    assert installed_version("kg_probe.dist") == importlib.metadata.version("kg_probe.dist") == "1.0"


def test_an_eggs_metadata_is_read_as_importlib_metadata_reads_it(tmp_path, monkeypatch):
    _dist(tmp_path / "a", "kg_probe_egg-4.0.egg-info", "Metadata-Version: 1.1\nName: kg-probe-egg\n"
          "Version: 4.0\n")
    _dist(tmp_path / "b", "kg_probe_egg-5.0.dist-info", "Metadata-Version: 2.1\n"
          "Name: kg-probe-egg\nVersion: 5.0\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "a"), str(tmp_path / "b")])
    importlib.invalidate_caches()
    assert installed_version("kg-probe-egg") == importlib.metadata.version("kg-probe-egg") == "4.0"


def test_a_build_does_not_import_importlib_metadata(tmp_path):
    code = ("import sys\nimport kg.cli\nkg.cli._exit_now = lambda: None\n"
            "sys.argv = ['kg'] + sys.argv[1:]\n"
            "try:\n    kg.cli.main()\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
            "print('importlib.metadata' in sys.modules)\n")
    res = subprocess.run([sys.executable, "-c", code, "build", str(SMALL), "--out",
                          str(tmp_path / "out"), "-q", "-w", "1"],
                         capture_output=True, text=True, check=True)
    assert res.stdout.rstrip().endswith("False"), res.stdout
    assert (tmp_path / "out" / "report.json").is_file()
