"""Reading a build directory: the one reader (:mod:`.build`), ``kg who`` (:mod:`.who`), the
networkx projection (:mod:`.network`), SPARQL (:mod:`.sparql`) and its endpoint (:mod:`.serve`).

Nothing here imports :mod:`kg.extract`, :mod:`kg.write` or heavy libraries at import time.
"""
