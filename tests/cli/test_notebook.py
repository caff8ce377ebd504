"""The tour notebook runs from top to bottom (so it never rots)."""
import os
from pathlib import Path

import nbformat
import pytest

NB = Path(__file__).resolve().parents[2] / "notebooks" / "tour.ipynb"


def test_tour_notebook_runs(tmp_path, monkeypatch):
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("KG_TOUR_OUT", str(tmp_path))
    nb = nbformat.read(NB, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(o.get("text", "") for o in outputs)
    assert "市地方金融监督管理局" in text
    assert (tmp_path / "exports" / "assignments.jsonl").exists()
