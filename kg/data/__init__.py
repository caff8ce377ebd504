"""Files shipped inside the package, found through :mod:`importlib.resources` so that an
installed ``kg`` (``pip install .``, not only a checkout) finds them: lexicons and places
(``kg/data``), the ontology and the named SPARQL queries (``kg/ontology``), the viewer's
template (``kg/view``) and a small sample corpus (``kg/data/sample``) that ``kg build``
builds when it is given no path."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource(*parts: str) -> Path:
    """The path of a file or folder shipped in the ``kg`` package."""
    return Path(str(files("kg").joinpath(*parts)))


ONTOLOGY_DIR = resource("ontology")
QUERY_DIR = resource("ontology", "queries")
SAMPLE_CORPUS = resource("data", "sample")
