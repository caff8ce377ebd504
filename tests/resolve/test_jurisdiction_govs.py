"""Jurisdiction inference on the real excerpts of other governments (tests/govs): never another
government than the hand-read one, and at least as many right as when the floors were set."""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from kg.extract.documents import split_file
from kg.extract.sources import read_sources
from kg.resolve.divisions import load_divisions

HERE = Path(__file__).resolve().parent
GOVS = HERE.parent / "govs"
# files whose government the inference reads today (the others are read as unknown: their
# excerpt names no place, 文号 or issuer that tells it)
FLOORS = {"external-dev": 13, "collected": 283, "places": 358}


def _expected() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    with (HERE / "jurisdictions.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            out[row["folder"]][row["file"]] = row["adcode"]
    return out


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_every_file_in_its_own_jurisdiction_or_unknown(folder):
    expected = _expected()[folder]
    div = load_divisions()
    files, _issues = read_sources([GOVS / folder / "text"])
    assert {f.name for f in files} == set(expected)
    right, wrong = [], []
    for f in files:
        found = {d.place.adcode for d in split_file(f.lines())} - {None}
        if not expected[f.name]:
            # the hand reading cannot tell the government either: inference must not name one
            wrong.extend(f"{f.name}: {a}, not unknown" for a in found)
            continue
        if expected[f.name] in found:
            right.append(f.name)
        # a division that holds the right one (十堰市 for a county of it whose excerpt names only
        # the prefecture) is imprecise, not another government
        holders = {a.adcode for a in div.ancestors(div.by_code[expected[f.name]])}
        wrong.extend(f"{f.name}: {a}, not {expected[f.name]}"
                     for a in found - {expected[f.name]} - holders)
    assert not wrong
    assert len(right) >= FLOORS[folder], sorted(set(expected) - set(right))
