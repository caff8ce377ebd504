"""Files shipped inside the package: lexicons and places (``kg/data``), the ontology and the
named SPARQL queries (``kg/ontology``), the viewer's template (``kg/view``), the parts of the
台账 workbook (``kg/data/xlsx``) and a small sample corpus (``kg/data/sample``) that
``kg build`` builds when it is given no path.

They are found beside this module: kg is installed as files (``pip install .`` or a
checkout), where ``importlib.resources.files("kg")`` is the package's folder too, and importing
:mod:`importlib.resources` costs ~0.014 CPU s, a twentieth of a cold ``kg query``."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """The path of a file or folder shipped in the ``kg`` package."""
    return _PACKAGE.joinpath(*parts)


ONTOLOGY_DIR = resource("ontology")
QUERY_DIR = resource("ontology", "queries")
SAMPLE_CORPUS = resource("data", "sample")
