"""The index writer's bounded memory (issue 11) gives the same index as holding everything:
the recurring-n-gram records spilled in runs, the postings spilled in runs, the memos that
forget. Each is compared with the plain computation it replaces."""
from __future__ import annotations

from collections import Counter, defaultdict

import pytest

import kg.write.search_index as si
from kg.text import PUNCT_RE, compact


def reference_ngram_terms(texts, n=4, min_count=2):
    """The definition: n-grams without function characters, in at least ``min_count`` texts
    (a text counted once per n-gram), with two different characters or more on each side
    ("^" / "$" at a chunk's ends)."""
    count: Counter = Counter()
    left, right = defaultdict(set), defaultdict(set)
    for text in texts:
        seen = set()
        for chunk in PUNCT_RE.split(text):
            for i in range(len(chunk) - n + 1):
                g = chunk[i:i + n]
                if any(ch in si.FUNCTION_CHARS for ch in g):
                    continue
                if g not in seen:
                    seen.add(g)
                    count[g] += 1
                left[g].add(chunk[i - 1] if i else "^")
                right[g].add(chunk[i + n] if i + n < len(chunk) else "$")
    return {g for g, c in count.items() if c >= min_count and len(left[g]) >= 2
            and len(right[g]) >= 2}


@pytest.fixture(scope="module")
def texts(corpus_result):
    got = [compact(t.text) for t in corpus_result.tasks]
    return got + got[::5]       # repeated texts, far apart and near


def test_packed_ngram_records_match_the_definition(texts):
    expected = reference_ngram_terms(texts)
    assert len(expected) > 1000
    assert si._ngram_terms(texts) == expected


def test_ngram_records_spilled_in_runs_and_forgetting_memo(texts, monkeypatch):
    expected = si._ngram_terms(texts)
    monkeypatch.setattr(si._GramRuns, "HOLD", 3_000)
    monkeypatch.setattr(si._GramRuns, "BLOCK_KEYS", 700)
    monkeypatch.setattr(si, "RECENT_GRAMS", 500)
    spilled = []
    real = si._GramRuns.spill
    monkeypatch.setattr(si._GramRuns, "spill", lambda self: (spilled.append(1), real(self)))
    assert si._ngram_terms(texts) == expected
    assert len(spilled) > 10


def test_sides_of_an_ngram():
    # 老旧管网 twice with the same neighbours is not varied; a third side makes it so
    assert si._ngram_terms(["推进老旧管网改造", "推进老旧管网改造"]) == set()
    assert si._ngram_terms(["推进老旧管网改造", "实施老旧管网更新"]) == {"老旧管网"}
    assert si._ngram_terms(["老旧管网", "实施老旧管网更新"]) == {"老旧管网"}
    assert si._ngram_terms(["实施老旧管网更新"]) == set()


def test_recent_memo_forgets_but_keeps_what_recurs():
    memo = si._Recent(3)
    for k in range(3):
        memo.put(k, [k])
    memo.put(3, [3])                # the new generation was full: 0-2 become old
    assert memo.get(0) == [0]       # found in the old generation: moved to the new one
    memo.put(4, [4])
    memo.put(5, [5])                # new generation full again: 1 and 2 are dropped
    assert memo.get(1) is None and memo.get(2) is None
    assert memo.get(0) == [0] and memo.get(5) == [5]


def test_postings_spilled_in_runs_are_the_same(corpus_result, monkeypatch):
    def postings():
        data = si.index_data(corpus_result)
        try:
            return ([(t, list(a)) for t, a in data["postings"].items()],
                    len(data["postings"].runs), data["postings"].max_word)
        finally:
            data["entries"].close()
            data["postings"].close()
    whole, runs, max_word = postings()
    assert runs == 0
    monkeypatch.setattr(si._Postings, "RUN", 20_000)
    monkeypatch.setattr(si, "RECENT_RUNS", 300)
    spilled, runs, spilled_max = postings()
    assert runs > 5
    assert spilled == whole and spilled_max == max_word


def test_runs_merged_by_generation_keep_what_they_hold(corpus_result, texts, monkeypatch):
    # a reader of the runs holds a block of each: past FAN_IN runs of one generation they are
    # merged into one of the next, so few runs stay open whatever the corpus; the postings and
    # the n-gram terms read back are those of the unmerged runs
    def postings():
        data = si.index_data(corpus_result)
        try:
            got = data["postings"]
            return [(t, list(a)) for t, a in got.items()], list(got.tiers)
        finally:
            data["entries"].close()
            data["postings"].close()
    monkeypatch.setattr(si._Postings, "RUN", 20_000)
    monkeypatch.setattr(si, "RECENT_RUNS", 300)
    unmerged, tiers = postings()
    assert set(tiers) == {0} and len(tiers) > 6
    monkeypatch.setattr(si._Runs, "FAN_IN", 3)
    monkeypatch.setattr(si._Runs, "BLOCK_BYTES", 2_000)
    merged, tiers = postings()
    assert merged == unmerged
    assert max(tiers) >= 1 and all(tiers.count(t) < 3 for t in set(tiers))
    grams = si._ngram_terms(texts)
    monkeypatch.setattr(si._GramRuns, "HOLD", 3_000)
    assert si._ngram_terms(texts) == grams


def test_index_file_is_the_same_with_small_bounds(corpus_result, tmp_path, monkeypatch):
    plain = si.write_index(corpus_result, tmp_path / "plain").read_bytes()
    monkeypatch.setattr(si._Postings, "RUN", 50_000)
    monkeypatch.setattr(si._GramRuns, "HOLD", 5_000)
    monkeypatch.setattr(si, "RECENT_RUNS", 200)
    monkeypatch.setattr(si, "RECENT_GRAMS", 1_000)
    assert si.write_index(corpus_result, tmp_path / "small").read_bytes() == plain
    monkeypatch.setattr(si._Runs, "FAN_IN", 2)
    monkeypatch.setattr(si._Runs, "BLOCK_BYTES", 4_000)
    assert si.write_index(corpus_result, tmp_path / "merged").read_bytes() == plain


def test_once_texts():
    from array import array
    text, at = si._once_texts(array("q", [12, 7, 130]), bytearray([1, 0, 1]))
    assert [text[at[k]:at[k + 1]] for k in range(3)] == ["0:1:12:1", "1:1:7:0", "2:1:130:1"]


def test_weight_order_is_the_sort_by_weight_then_entry():
    # what _write_file did: sorted(range(df), key=lambda j: (-(tf / (tf + soft[length])), entry))
    import random
    from array import array
    rng = random.Random(7)
    lengths = array("q", (rng.choice([3, 5, 8, 8, 40, 41, 200]) for _ in range(5_000)))
    soft = [1.2 * (0.25 + 0.75 * dl / 30.0) for dl in range(max(lengths) + 1)]
    ks = array("i", sorted(rng.sample(range(5_000), 3_000)))
    tfs = array("i", (rng.choice([1, 1, 1, 2, 3, 6]) for _ in ks))
    expected = sorted(range(len(ks)), key=lambda j: (-(tfs[j] / (tfs[j] + soft[lengths[ks[j]]])),
                                                     ks[j]))
    parts = list(si._by_weight(ks, tfs, lengths, soft))
    assert [j for part in parts for j in part] == expected
    assert len(parts) > 5           # a bucket per weight
