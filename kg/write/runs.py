"""Sorted runs in temporary files, kept few: the tiered merge the search index's and the RDF
writer's spills share. A run is a file object; a writer knows how to merge a group of its runs
into a new one."""
from __future__ import annotations

from typing import Callable


def add_tiered(runs: list, tiers: list[int], run, fan_in: int, merge: Callable[[list], object]) -> None:
    """Append ``run`` (generation 0) to ``runs``; whenever the newest ``fan_in`` runs are of one
    generation, ``merge`` them into one run of the next (closing the group): a reader of the runs
    then holds at most ``fan_in - 1`` a generation, a handful of generations, whatever the size."""
    runs.append(run)
    tiers.append(0)
    while len(tiers) >= fan_in and len(set(tiers[-fan_in:])) == 1:
        group, tier = runs[-fan_in:], tiers[-1] + 1
        merged = merge(group)
        for fh in group:
            fh.close()
        del runs[-fan_in:], tiers[-fan_in:]
        runs.append(merged)
        tiers.append(tier)
