"""SHACL validation of a built graph against ``kg/ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

from pathlib import Path
from typing import Union

from ..data import ONTOLOGY_DIR

SHAPES = ONTOLOGY_DIR / "shapes.ttl"


def validate(data, shapes: Union[str, Path] = SHAPES) -> tuple[bool, str]:
    """Validate ``data`` (an rdflib Graph, or a path to an RDF file) against the shapes.

    Returns ``(conforms, report text)``. Needs the ``dev`` extra (pyshacl).
    """
    import rdflib
    from pyshacl import validate as shacl
    if not isinstance(data, rdflib.Graph):
        data = rdflib.Graph().parse(str(data))
    sg = rdflib.Graph().parse(str(shapes), format="turtle")
    conforms, _, text = shacl(data, shacl_graph=sg, inference="none", advanced=True)
    return bool(conforms), text
