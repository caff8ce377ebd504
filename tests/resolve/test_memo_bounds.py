"""The memos a worker keeps across documents are bounded: a large build's workers read every
document's candidate names, and memos that kept them all grew with the corpus (docs/SCALE.md,
thirty-third round: ~490 MB a worker at 1000x). Answers are the same whether a name's answer
was kept or asked again."""
from kg.resolve import units as units_mod
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver
from kg.text import CACHE_SIZE, CACHED_TEXT_MAX, TEXT_CACHE_SIZE, compact, normalise


def test_knows_keeps_at_most_its_bound_and_answers_the_same(monkeypatch):
    names = ["市财政局", "市发展和改革委员会", "市住建局", "某某局"] + [f"第{n}号不是单位" for n in range(40)]
    plain = Resolver(load_lexicon())
    want = [plain.knows(n, "廊坊市") for n in names]
    monkeypatch.setattr(units_mod, "KNOWN_MAX", 8)
    r = Resolver(load_lexicon())
    knows = r.knower("廊坊市")
    got = [knows(n) for n in names + names]
    assert got == want + want
    assert len(r._known) <= 8
    assert [r.knows(n, "廊坊市") for n in names] == want
    assert len(r._known) <= 8
    assert want[:2] == [True, True] and want[-1] is False


def test_the_text_memos_are_bounded():
    # every distinct line asked once more than the bound: the memo holds the bound, no more
    # (full, it drops its oldest quarter), and answers the same for a text kept or dropped
    for f in (normalise, compact):
        f.cache_clear()
        for n in range(TEXT_CACHE_SIZE):
            f(f"第{n}行（責任單位：市財政局）")
        assert f.cache_info().currsize == TEXT_CACHE_SIZE
        for n in range(TEXT_CACHE_SIZE, TEXT_CACHE_SIZE + 10):
            f(f"第{n}行（責任單位：市財政局）")
        assert f.cache_info().currsize == TEXT_CACHE_SIZE - TEXT_CACHE_SIZE // 4 + 10
        assert f("第0行（責任單位：市財政局）") == f("第0行（責任單位：市財政局）")
        assert "责任单位" in f("第0行（責任單位：市財政局）")
        f.cache_clear()
    assert CACHE_SIZE <= TEXT_CACHE_SIZE


def test_a_long_text_is_computed_not_kept():
    # a task's whole text or an untitled document's rest (one of 3.7 MB was kept by the memo of
    # compact): the same answer, nothing kept
    long = "（責任單位：市財政局）各县（市、区）要落实。\n" * (CACHED_TEXT_MAX // 10)
    for f in (normalise, compact):
        f.cache_clear()
        first, again = f(long), f(long)
        assert first == again and f.cache_info().currsize == 0
        assert f("市財政局") == ("市财政局" if f is normalise else "市财政局")
        assert f.cache_info().currsize == 1
        f.cache_clear()
    assert compact(long) == "".join(normalise(long).split())
