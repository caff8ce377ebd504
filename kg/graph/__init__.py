"""The graph as RDF: IRIs, triples, exports, the SPARQL store and named queries.

Nothing here is imported by the core pipeline; rdflib and pyoxigraph are imported inside
functions so that importing :mod:`kg.graph` stays cheap.
"""
