"""kg.write.memory: the writers' heap frozen between them (the collector's walks skipped)."""
import gc

from kg.write.memory import freeze_survivors, frozen_heap


def test_freeze_survivors_freezes_only_inside_frozen_heaps_own_freeze():
    before = gc.get_freeze_count()
    if before:
        gc.unfreeze()       # (another freeze: none is expected here)
    try:
        freeze_survivors()
        assert gc.get_freeze_count() == 0       # outside frozen_heap: nothing done
        with frozen_heap():
            frozen = gc.get_freeze_count()
            assert frozen > 0
            kept = [[k] for k in range(1000)]   # alive after the freeze: made by a writer
            freeze_survivors()
            assert gc.get_freeze_count() >= frozen + 1000
            with frozen_heap():                 # (nested: the outer freeze's)
                freeze_survivors()
        assert gc.get_freeze_count() == 0       # all given back when the block ends
        gc.freeze()                             # another's freeze: frozen_heap leaves it alone
        try:
            with frozen_heap():
                n = gc.get_freeze_count()
                more = [[k] for k in range(100)]
                freeze_survivors()
                assert gc.get_freeze_count() == n
            assert gc.get_freeze_count() == n
        finally:
            gc.unfreeze()
        assert kept and more
    finally:
        if before:
            gc.freeze()
