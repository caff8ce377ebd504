"""The spool of a build's records (kg.spool): a small finished spool is held decoded after its
first whole pass, a large one is read from its file on every pass; both give the same
records."""
from __future__ import annotations

from kg.spool import PickleSpool


def _spool(tmp_path, n: int) -> PickleSpool:
    sp = PickleSpool(tmp_path)
    for k in range(n):
        sp.add({"k": k, "text": "任务" * k})
    return sp


def test_small_finished_spool_is_held_after_one_pass(tmp_path):
    sp = _spool(tmp_path, 5)
    sp.finish()
    first = list(sp)
    assert [o["k"] for o in first] == [0, 1, 2, 3, 4]
    second = list(sp)
    assert second == first and all(a is b for a, b in zip(first, second))
    assert sp.get(3) is first[3]
    sp.close()
    assert not sp.folder.exists()


def test_unfinished_or_stopped_pass_is_not_held(tmp_path):
    sp = _spool(tmp_path, 4)
    a = list(sp)                      # not finished: read from the file each time
    assert list(sp) == a and list(sp)[0] is not a[0]
    sp.finish()
    it = iter(sp)
    next(it)                          # a pass stopped early holds nothing
    it.close()
    b = list(sp)
    assert b == a and list(sp)[0] is b[0]
    sp.close()


def test_large_spool_is_read_each_pass(tmp_path, monkeypatch):
    monkeypatch.setattr(PickleSpool, "HOLD_BYTES", 10)
    sp = _spool(tmp_path, 3)
    sp.finish()
    a, b = list(sp), list(sp)
    assert a == b and a[0] is not b[0]
    assert sp.get(2) == a[2] and sp.get(2) is not a[2]
    sp.close()
