"""The search index behind ``kg who``: built once by ``kg build``, read a few rows per question.

At build time every task is tokenised with jieba, whose dictionary is extended with the unit
lexicon (canonical names and aliases) and the corpus's own terms (quoted “…” phrases, table
task cells, short headings), so that 老旧管网, 算力券, 首违不罚 stay whole. Each task's
tokens, plus character bigrams as a second channel for words jieba splits differently, are
stored as BM25 postings in the SQLite file ``<out>/search/index.sqlite`` with the data needed to
print a result (units by role, deadline, document, file and line).

The file is made for questions that cost the same whatever the size of the build: one row per
term holds its postings ordered by BM25 weight (best first), so a question reads a bounded
prefix of each of its terms' rows; an entry's display data is read only for the results. Query
time never loads jieba (its dictionary costs ~0.75 s): the question is cut by longest match over
the index's own vocabulary (the ``terms`` rows that are words), which is exactly the set of words
the tasks were cut into, plus bigrams.
"""
from __future__ import annotations

import json
import math
import re
from array import array
from collections import Counter, defaultdict
from pathlib import Path
from importlib import resources
from typing import Iterable, Iterator, Optional

from ..text import (PUNCT_RE, bigrams, cache_dir, compact, forms_pattern, jieba_dictionary, normalise,
                    variant_spans, write_cache)
from ..model import BuildResult
from ..patterns import unglossed
from ..spool import external_sorted, records
from ..vocab import INDEX_DIR, INDEX_FILE, JOINED_TERM as JOINED, STATED_ROLES
from .builddir import new_sqlite
from .runs import add_tiered

FORMAT = 5                     # 5: entries' places and the places table (place words)
K1, B = 1.2, 0.75              # BM25 parameters (the query side reads them from the file)
POSTINGS_ORDERED = 1000        # longer postings are stored best first (kg.read.who reads a prefix)
QUOTED_RE = re.compile(r"“([^“”]{2,12})”")
FUNCTION_CHARS = set("的和与及等在对是了为中要将按由以其并或把被从向于各有")
# the index writer's memos forget what was not used lately (:class:`_Recent`), so its memory
# does not grow with the corpus: the n-grams of recent texts (~150 bytes an n-gram) and the
# words of recent jieba runs (~0.8 kB a run), per generation
RECENT_GRAMS = 100_000
RECENT_RUNS = 20_000


class _Recent:
    """A memo that forgets what was not used lately: two generations of at most ``size``
    (summed weights) each. A key found in the old generation moves to the new one; when the
    new one is full, the old one is dropped and the new one becomes old. Memory stays bounded
    while what recurs across the corpus (a clause, a repeated text) stays held."""

    def __init__(self, size: int, weigh=lambda value: 1) -> None:
        self.size = size
        self.weigh = weigh
        self.new: dict = {}
        self.old: dict = {}
        self.held = 0                       # summed weight of ``new``

    def get(self, key):
        got = self.new.get(key)
        if got is None:
            got = self.old.pop(key, None)
            if got is not None:
                self.put(key, got)
        return got

    def put(self, key, value) -> None:
        if self.held >= self.size:
            self.old, self.new, self.held = self.new, {}, 0
        self.new[key] = value
        self.held += self.weigh(value)


# _ngram_terms packs what it knows of an n-gram into one integer: how many texts hold it
# (from bit 44 up), and the character seen on each side (22 bits each: a code point, or
# _VARIED once two different characters have been seen there; "^" and "$" for a chunk's ends)
_SIDE = 22
_SIDE_MASK = (1 << _SIDE) - 1
_VARIED = _SIDE_MASK                    # above every code point (0x10FFFF)
_BOTH_MASK = (1 << 2 * _SIDE) - 1
_ONE = 1 << 2 * _SIDE                   # one more text
_START, _END = ord("^") << _SIDE, ord("$")


def _sides(a: int, b: int) -> int:
    """The sides (left << 22 | right) known from two sightings ``a`` and ``b``: a side stays
    a character only when both saw the same one."""
    left = a >> _SIDE if a >> _SIDE == b >> _SIDE else _VARIED
    right = a & _SIDE_MASK if (a ^ b) & _SIDE_MASK == 0 else _VARIED
    return left << _SIDE | right


def _combine(a: int, b: int) -> int:
    """Two packed n-gram records of disjoint sets of texts as one (counts added, sides met)."""
    ab, bb = a & _BOTH_MASK, b & _BOTH_MASK
    return (a - ab) + (b - bb) + (ab if ab == bb else _sides(ab, bb))


def _run_blocks(fh) -> Iterable[tuple[list, list]]:
    """(keys, values) of each block of a run written by :func:`_stream_run`, in order."""
    import marshal
    fh.seek(0)
    while True:
        try:
            yield marshal.load(fh)
        except EOFError:
            return


def _merged(runs: list, combine, first=lambda value: value) -> Iterable[tuple]:
    """(key, value) of runs of (key, value) sorted by key, merged in key order: the values of
    one key are ``first(value)`` of its first run then ``combine(held, value)`` of the next
    ones, in run order."""
    import heapq
    from operator import itemgetter
    key = value = None
    for k, v in heapq.merge(*runs, key=itemgetter(0)):
        if k == key:
            value = combine(value, v)
            continue
        if key is not None:
            yield key, value
        key, value = k, first(v)
    if key is not None:
        yield key, value


def _stream_run(pairs: Iterable[tuple], encode, limit: int, most: int) -> object:
    """A temporary file (a run) of ``pairs`` (key, value), in their order, each value as
    ``encode(value)``, marshalled in blocks of at most ``most`` keys and about ``limit`` bytes
    (a block is what a reader of the run holds at once); read back by :func:`_run_blocks`."""
    import marshal
    import tempfile
    fh = tempfile.TemporaryFile()
    keys: list = []
    values: list = []
    size = 0
    for key, value in pairs:
        value = encode(value)
        keys.append(key)
        values.append(value)
        size += len(key) + (len(value) if isinstance(value, bytes) else 8)
        if size >= limit or len(keys) >= most:
            marshal.dump((keys, values), fh)
            keys, values, size = [], [], 0
    if keys:
        marshal.dump((keys, values), fh)
    return fh


class _Runs:
    """What a class holds in temporary files (runs, each sorted by key): closed together.

    Merging runs holds one block of each, so the runs are kept few: when :attr:`FAN_IN` runs of
    one generation are the newest, they are merged into one run of the next (their order, and so
    the merged values, unchanged). A reader then holds at most ``FAN_IN - 1`` blocks a
    generation, a handful of generations, whatever the corpus's size."""
    FAN_IN = 16
    BLOCK_BYTES = 512 * 1024            # a block of a run, about
    BLOCK_KEYS = 10_000                 # a block of a run, at most

    def __init__(self) -> None:
        self.runs: list = []
        self.tiers: list[int] = []      # each run's generation

    def _read(self, fh) -> Iterable[tuple]:
        """(key, value) of one run, in key order."""
        for keys, values in _run_blocks(fh):
            yield from zip(keys, values)

    def _encode(self, value):
        return value

    def _merge_runs(self, runs: list) -> Iterable[tuple]:
        raise NotImplementedError

    def _add_run(self, pairs: Iterable[tuple]) -> None:
        """Write ``pairs`` (sorted by key) as the newest run; merge the newest runs of one
        generation once there are :attr:`FAN_IN` of them."""
        add_tiered(self.runs, self.tiers, _stream_run(pairs, self._encode, self.BLOCK_BYTES, self.BLOCK_KEYS),
                   self.FAN_IN, lambda group: _stream_run(self._merge_runs(group), self._encode,
                                                          self.BLOCK_BYTES, self.BLOCK_KEYS))

    def close(self) -> None:
        for fh in self.runs:
            fh.close()
        self.runs, self.tiers = [], []


class _GramRuns(_Runs):
    """The packed n-gram records of a corpus, held in a dict of at most :attr:`HOLD` n-grams:
    beyond it the dict is written, sorted, to a temporary file (a run) and emptied, and
    :meth:`items` merges the runs. Memory stays bounded whatever the corpus's vocabulary."""
    HOLD = 200_000                      # ~30 MB of n-grams and records
    BLOCK_KEYS = 50_000                 # records per marshalled block of a run

    def __init__(self) -> None:
        super().__init__()
        self.table: dict[str, int] = {}

    def spill(self) -> None:
        table = self.table
        self._add_run((g, table[g]) for g in sorted(table))
        self.table = {}

    def _merge_runs(self, runs: list) -> Iterable[tuple[str, int]]:
        return _merged([*map(self._read, runs)], _combine)

    def items(self) -> Iterable[tuple[str, int]]:
        """(n-gram, packed record) of every n-gram seen, the runs of an n-gram combined."""
        if not self.runs:
            yield from self.table.items()
            return
        yield from _merged([*map(self._read, self.runs), sorted(self.table.items())], _combine)


def _ngram_terms(texts: Iterable[str], n: int = 4, min_count: int = 2) -> set[str]:
    """Recurring n-grams that behave like words: seen in several tasks, with varied
    characters on both sides (老旧管网, 首违不罚), without function characters.

    ``texts`` is read once, one text at a time. Each n-gram is one packed integer (the texts
    that hold it, and its left and right neighbour: one character, or "varied"), held in
    bounded runs (:class:`_GramRuns`). A text seen again lately (reprints and repeated task
    texts are common) is not scanned again: its n-grams' records are added once more."""
    grams = _GramRuns()
    scanned = _Recent(RECENT_GRAMS, len)        # text -> its n-grams
    try:
        for text in texts:
            mine = scanned.get(text)
            if mine is None:
                mine = _text_grams(text, n)
                scanned.put(text, mine)
            table = grams.table
            for g, sides in mine.items():
                old = table.get(g)
                if old is None:
                    table[g] = _ONE | sides
                elif old & _BOTH_MASK == sides:
                    table[g] = old + _ONE
                else:
                    table[g] = (old - (old & _BOTH_MASK) + _ONE) | _sides(old & _BOTH_MASK, sides)
            if len(table) >= grams.HOLD:
                grams.spill()
        least = min_count * _ONE
        varied = _VARIED << _SIDE | _VARIED
        return {g for g, v in grams.items() if v >= least and v & _BOTH_MASK == varied}
    finally:
        grams.close()


def _text_grams(text: str, n: int) -> dict[str, int]:
    """The n-grams of one text without function characters -> their sides in it
    (left << 22 | right, :data:`_VARIED` for a side seen with two characters)."""
    mine: dict[str, int] = {}
    get = mine.get
    for chunk in PUNCT_RE.split(text):
        # the n-grams between function characters: no window holds one
        size = len(chunk)
        last_bad = -1               # position of the last function character seen
        for j, ch in enumerate(chunk[:n - 1]):
            if ch in FUNCTION_CHARS:
                last_bad = j
        for i in range(size - n + 1):
            if chunk[i + n - 1] in FUNCTION_CHARS:
                last_bad = i + n - 1
            if last_bad >= i:
                continue
            g = chunk[i:i + n]
            sides = ((ord(chunk[i - 1]) << _SIDE if i else _START)
                     | (ord(chunk[i + n]) if i + n < size else _END))
            old = get(g)
            if old is None:
                mine[g] = sides
            elif old != sides:
                mine[g] = _sides(old, sides)
    return mine


def corpus_terms(result: BuildResult) -> set[str]:
    """The corpus's own terms: quoted phrases, short table task cells, and recurring
    word-like 4-grams."""
    own: set[str] = set()

    def texts() -> Iterator[str]:       # one pass over the tasks (a spooled build's records)
        for t in result.tasks:
            key = compact(t.text)
            for m in QUOTED_RE.finditer(key):
                if len(m.group(1)) <= 8:
                    own.add(m.group(1))
            if t.kind == "row" and 2 <= len(key) <= 6 and not PUNCT_RE.search(key):
                own.add(key)
            yield key
    terms: set[str] = _ngram_terms(texts())
    return terms | own


# -- short forms (questions in other words) ------------------------------------------------
# ending pairs that name the same kind of body: 市人防办 = 市人民防空办公室
_ENDINGS = (("办公室", "办"), ("委员会", "委"), ("委员会", "会"), ("联合会", "联"), ("协会", "协"), ("局", "局"),
            ("委", "委"), ("办", "办"), ("厅", "厅"), ("部", "部"), ("中心", "中心"), ("会", "会"))


_LEVELS = ("中共", "市委", "县委", "区委", "省委", "市", "县", "区", "省", "委")
# a long form that only adds one of these to the short one is not another word for it
# (应急 / 应急管理, 金融 / 金融工作): expanding such pairs would only add noise
_GENERIC_TAILS = ("管理", "工作", "事务", "业", "服务")


def load_abbreviations(text: Optional[str] = None, min_len: int = 2) -> list[tuple[str, ...]]:
    """Groups of forms of one word (standard first) from ``kg/data/abbreviations.tsv``. The data
    file may give one-character forms (税 / 税收, 未 / 没有: a word a question writes alone);
    names' forms (the naming rules) have two characters or more."""
    if text is None:
        text = resources.files("kg.data").joinpath("abbreviations.tsv").read_text("utf-8")
        min_len = 1
    groups = []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("standard\t"):
            continue
        cols = raw.split("\t")
        forms = [compact(f) for f in [cols[0], *(cols[1].split("|") if len(cols) > 1 else [])]]
        groups.append(tuple(dict.fromkeys(f for f in forms if len(f) >= min_len)))
    return [g for g in groups if len(g) > 1]


def _is_abbreviation(short: str, full: str) -> bool:
    """``short`` is an abbreviation of ``full``: shorter, same first character, and its
    characters appear in ``full`` in order (人防 / 人民防空, 市场监管 / 市场监督管理)."""
    if not 2 <= len(short) < len(full) or short[0] != full[0]:
        return False
    i = 0
    for ch in full:
        if i < len(short) and ch == short[i]:
            i += 1
    return i == len(short)


def _filler(word: str, short: str, full: str) -> bool:
    """``word`` (a word or bigram of the text with ``short`` written ``full``) lies inside
    ``full`` and no character of ``short`` starts it: the part of the full form the short
    form does not spell (以上 of 规模以上 for 规上, 模以), which the short form does not say.
    As a word of the task it matched every question writing it otherwise (增长6%以上)."""
    return word != full and word in full and word[0] not in short


def derive_abbreviations(names: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(full, short) word pairs read off pairs of names of one unit (canonical, alias): the
    parts that differ once the shared level prefix and the body ending are set aside.

    >>> derive_abbreviations([("市人民防空办公室", "市人防办"), ("市住房和城乡建设局", "市住建局")])
    [('人民防空', '人防'), ('住房和城乡建设', '住建')]
    """
    out = []
    for full, short in names:
        f, a = compact(full), compact(short)
        # the level prefix both share (市, 市委, 中共…) is not part of the word
        level = next((p for p in _LEVELS if f.startswith(p) and a.startswith(p)
                      and not f.startswith(("市场", "市政"))), "")
        f, a = f[len(level):], a[len(level):]
        for long_end, short_end in _ENDINGS:
            if f.endswith(long_end) and a.endswith(short_end) and len(a) > len(short_end):
                f, a = f[:-len(long_end)], a[:-len(short_end)]
                break
        else:
            continue
        if f.endswith("委员会") and not a.endswith("委"):
            f = f[:-3]          # 网络安全和信息化委员会办公室 / 网信办 -> 网络安全和信息化 / 网信
        if _is_abbreviation(a, f) and not (f.startswith(a) and f[len(a):] in _GENERIC_TAILS):
            out.append((f, a))
    return list(dict.fromkeys(out))


def expansion_table(result: BuildResult) -> dict[str, list[str]]:
    """form -> the other forms of the same word: the groups of ``kg/data/abbreviations.tsv``,
    and the word pairs read off the naming rules that resolve units
    (``kg/data/naming_rules.tsv``: 住房和城乡建设局 | 住建局 -> 住房和城乡建设 | 住建) and off the
    names and aliases of the build's units (市人防办 = 市人民防空办公室 -> 人民防空 | 人防). A form
    in two groups keeps the first."""
    groups = [list(g) for g in load_abbreviations()]
    pairs = []
    naming = resources.files("kg.data").joinpath("naming_rules.tsv")
    if naming.is_file():
        for g in load_abbreviations(naming.read_text("utf-8")):
            pairs += [(g[0], v) for v in g[1:]]
    for u in result.units:
        if u.resolved:
            pairs += [(u.name, alias) for alias in u.aliases]
    owner: dict[str, int] = {}
    for n, g in enumerate(groups):
        for f in g:
            owner.setdefault(f, n)
    for full, short in derive_abbreviations(pairs):
        n = owner.get(full, owner.get(short))
        if n is None:
            groups.append([full, short])
            owner[full] = owner[short] = len(groups) - 1
        elif short not in owner:
            groups[n].append(short)
            owner[short] = n
    table: dict[str, list[str]] = {}
    for f, n in sorted(owner.items()):
        others = [g for g in groups[n] if g != f]
        if others:
            table[f] = others
    return table


def _jieba_files() -> tuple[str, Path]:
    """jieba's version and its default dictionary file: :func:`kg.text.jieba_dictionary`, or
    jieba's own attributes when its metadata does not say them."""
    found = jieba_dictionary()
    if found is None:
        import jieba
        return jieba.__version__, Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    return found


# what the log-frequency table holds for a prefix of a word that is no word itself (jieba's
# frequency 0): below the log of every frequency (>= 1)
_NO_WORD = -1.0
_NONE_YET = -math.inf       # the best route's log probability before a word is found (any is above)


def _jieba_freq() -> tuple[dict[str, float], int]:
    """jieba's default dictionary as (log frequencies, total): word -> ``math.log`` of its
    frequency, every prefix of a word that is not a word itself -> :data:`_NO_WORD`; the same
    words and prefixes as ``jieba.Tokenizer().initialize()`` loads (its FREQ, frequency 0 for
    such a prefix), with the total of the frequencies.

    The logarithms are taken once, when the copy is made, not for every word found while
    cutting (~345 000 ``math.log`` calls for the bundled corpus): the same values, so the same
    cuts. jieba keeps its dictionary as a marshalled dict (~0.75 s to load); kg keeps its own
    copy in the user's cache folder as one string of words and an array of log frequencies,
    which loads in ~0.2 s. The copy is made from jieba's own load the first time (keyed by
    jieba's version and its dictionary file) and ignored when it cannot be read or written.
    Reading the copy does not import jieba (~0.15 CPU s: it imports ``pkg_resources``): its
    version and dictionary file are found from its installed metadata."""
    import array
    import hashlib
    import marshal
    version, dict_file = _jieba_files()
    try:
        st = dict_file.stat()
        # "log": the copy holds log frequencies (a copy of the frequencies has another key)
        key = f"log|{version}|{dict_file}|{st.st_size}|{st.st_mtime_ns}"
    except OSError:
        key = None
    cache = None
    if key is not None:
        cache = cache_dir() / (
            "kg-jieba-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16] + ".cache")
        try:
            got_key, total, words, logs = marshal.loads(cache.read_bytes())
            if got_key == key:
                arr = array.array("d")
                arr.frombytes(logs)
                words = words.split("\n")
                if len(words) == len(arr):
                    return dict(zip(words, arr)), total
        except (OSError, ValueError, EOFError, TypeError):
            pass
    import jieba  # build time only, when the copy is missing or stale
    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.initialize()
    log = math.log
    freq = {w: log(f) if f else _NO_WORD for w, f in tk.FREQ.items()}
    total = tk.total
    if cache is not None:
        write_cache(cache, marshal.dumps((key, total, "\n".join(freq),
                                          array.array("d", freq.values()).tobytes())))
    return freq, total


_ENG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# jieba.re_eng ([a-zA-Z0-9]) as the set of its characters: tested on one character at a time


class _Cutter:
    """jieba's search-engine cut without HMM (``Tokenizer.lcut_for_search(run, HMM=False)``)
    of one run of :data:`_JIEBA_RUN` characters, over jieba's dictionary extended with
    ``words`` (each added as ``Tokenizer.add_word(w, freq=50000)``): the same words, the same
    ties (the route of highest log probability, the longer word on a tie), computed in one
    loop instead of jieba's generators (which took most of the index writer's time).
    ``terms`` (the corpus's own terms, :func:`corpus_terms`) are added the same way; a word a
    term takes a character of (同时 of 应同时 / 时报告县) is given too (see :meth:`cut`)."""

    def __init__(self, words: Iterable[str], terms: Iterable[str] = ()):
        freq, total = _jieba_freq()     # word -> log of its frequency (see _jieba_freq)
        added = math.log(50000)
        terms = {w for w in terms if len(w) >= 2}
        words = {w for w in words if len(w) >= 2}
        # what the dictionary held for a term of the corpus before it was added (None: no word)
        self.plain = {w: (None if freq.get(w, _NO_WORD) == _NO_WORD else freq[w])
                      for w in terms - words}
        for w in sorted(words | terms):     # (both of two characters or more)
            # Tokenizer.add_word(w, freq=50000)
            freq[w] = added
            total += 50000
            for ch in range(len(w)):
                freq.setdefault(w[:ch + 1], _NO_WORD)
        self.freq = freq
        self.logtotal = math.log(total)
        self.plain_logtotal = math.log(total - 50000 * len(self.plain))

    def _plain_first(self, run: str) -> str:
        """The first word of jieba's route through ``run`` over the dictionary without the
        corpus's terms (the words of :meth:`__init__` only; its total less theirs)."""
        freq, plain, logtotal = self.freq, self.plain, self.plain_logtotal
        n = len(run)
        route_p = [0.0] * (n + 1)
        route_x = list(range(n + 1))
        for idx in range(n - 1, -1, -1):
            best_p, best_x = -logtotal + route_p[idx + 1], idx
            i = idx
            while i < n:
                w = run[idx:i + 1]
                f = freq.get(w)
                if f is None:
                    break
                f = plain.get(w, f)     # (a corpus term: what the dictionary held)
                if f is not None and f != _NO_WORD:
                    p = f - logtotal + route_p[i + 1]
                    if p >= best_p:
                        best_p, best_x = p, i
                i += 1
            route_p[idx], route_x[idx] = best_p, best_x
        return run[:route_x[0] + 1]

    def cut(self, run: str) -> list[str]:
        # jieba's arithmetic on the log frequencies it would take here: the same floats
        freq, logtotal, no_word = self.freq, self.logtotal, _NO_WORD
        get = freq.get
        n = len(run)
        alone = 0.0 - logtotal          # a character that is no word: jieba's log(0 or 1)
        # Tokenizer.get_DAG and Tokenizer.calc: route[idx] = max((logp, x)) over the words
        # run[idx:x + 1] of the dictionary (run[idx] alone when there is none)
        route_p = [0.0] * (n + 1)
        route_x = list(range(n + 1))    # x = idx: run[idx] alone
        # the dictionary words of two and three characters met on the way, by where they
        # start (bit 1, bit 2): cut_for_search below asks for them again, and every such word
        # is met here (its prefixes are in the dictionary), so it is not looked up twice
        short = bytearray(n + 1)
        for idx in range(n - 1, -1, -1):
            f = get(run[idx])
            if f is None:               # no word starts with run[idx]
                route_p[idx] = alone + route_p[idx + 1]
                continue
            if f != no_word:            # a word (frequency >= 1), not only a prefix of one
                best_p, best_x = f - logtotal + route_p[idx + 1], idx
            else:
                best_p, best_x = _NONE_YET, idx
            i = idx + 1
            while i < n:
                f = get(run[idx:i + 1])
                if f is None:
                    break
                if f != no_word:
                    if i - idx < 3:
                        short[idx] |= i - idx       # 1: two characters, 2: three
                    p = f - logtotal + route_p[i + 1]
                    if p >= best_p:     # max of (p, x): x rises
                        best_p, best_x = p, i
                i += 1
            # run[idx] alone when no word starts there (it is no word: found above if it were)
            route_p[idx] = alone + route_p[idx + 1] if best_p == _NONE_YET else best_p
            route_x[idx] = best_x
        # Tokenizer.__cut_DAG_NO_HMM: single ASCII letters and digits in a row are one word
        # (as (start, end) in run; a buffered run of them starts at ``buf``)
        spans = []
        x, buf = 0, -1
        while x < n:
            y = route_x[x] + 1
            if y - x == 1 and run[x] in _ENG_CHARS:
                if buf < 0:
                    buf = x
            else:
                if buf >= 0:
                    spans.append((buf, x))
                    buf = -1
                spans.append((x, y))
            x = y
        if buf >= 0:
            spans.append((buf, n))
        # Tokenizer.cut_for_search: a long word is preceded by its dictionary 2- and 3-grams;
        # one character is no token, nor is a word of punctuation (a word that starts with a
        # Han character is none: PUNCT_RE holds none)
        out = []
        punct = PUNCT_RE.fullmatch
        plain = self.plain
        for j, (x, y) in enumerate(spans):
            k = y - x
            if k < 2:
                # a character left alone before a term of the corpus (同 of 应同 / 时报告县 /
                # 主管部门: 时报告县 recurs in 及时报告县…, 同时报告县…) still gives the word it
                # makes with the term's first character where jieba's dictionary alone would
                # cut it so (同时 / 报告 / 县): the term straddles that word; not 地主 of
                # 事发地 / 主管部门 (地 / 主管部门 without the terms too)
                if plain and j + 1 < len(spans) and run[y:spans[j + 1][1]] in plain:
                    w = self._plain_first(run[x:spans[j + 1][1]])
                    if len(w) == 2:
                        out.append(w)
                continue
            if k > 2:
                for i in range(x, y - 1):
                    if short[i] & 1:
                        w = run[i:i + 2]
                        if w[0] >= "\u4e00" or not punct(w):
                            out.append(w)
                if k > 3:
                    for i in range(x, y - 2):
                        if short[i] & 2:
                            w = run[i:i + 3]
                            if w[0] >= "\u4e00" or not punct(w):
                                out.append(w)
            w = run[x:y]
            if w[0] >= "\u4e00" or not punct(w):
                out.append(w)
        return out


# jieba cuts each run of these characters on its own (jieba.re_han_default): a word written in
# another form changes the tokens of its run only
_JIEBA_RUN = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")


def _tokens(cutter: _Cutter, text: str) -> list[str]:
    # search-engine mode: a long word is indexed with its dictionary sub-words too
    # (上市企业奖励 -> 上市, 企业, 奖励), so the words of a question written in another order
    # or with words between them still meet it. jieba cuts each run on its own and the rest of
    # a compact text gives single characters only, which are not kept.
    c = compact(text)
    return ([w for run in _JIEBA_RUN.findall(c) for w in cutter.cut(run)]
            + bigrams(c, "#"))


def _variant_tokens(cutter, text: str, i: int, k: int, alt: str, cut) -> list[str]:
    """``_tokens(cutter, text[:i] + alt + text[i + k:])`` less the words of the runs the rewrite
    leaves alone and the bigrams outside it (they are ``text``'s own tokens), in the same
    order: the words of the run that holds the rewrite, then the bigrams that hold a character
    of it. ``text`` is compact; ``cut`` cuts one run."""
    new = text[:i] + alt + text[i + k:]
    if not (_JIEBA_RUN.fullmatch(text[i:i + k]) and _JIEBA_RUN.fullmatch(alt)):
        return _tokens(cutter, new)
    a = i
    while a > 0 and _JIEBA_RUN.match(text, a - 1, a):
        a -= 1
    b = i + len(alt)
    while b < len(new) and _JIEBA_RUN.match(new, b, b + 1):
        b += 1
    # a bigram is two characters of one chunk between punctuation: those holding a character
    # of the rewrite are the bigrams of new[i - 1:i + len(alt) + 1]
    return cut(new[a:b]) + bigrams(new[max(i - 1, 0):i + len(alt) + 1], "#")


def _joined(flat: array, more: array) -> array:
    flat.extend(more)
    return flat


class _Postings(_Runs):
    """BM25 postings ``term -> array [entry, tf, entry, tf, ...]`` (entries rising), held a
    run at a time: beyond :attr:`RUN` postings the run is written to a temporary file in
    term order, and :meth:`items` merges the runs. A posting is two machine integers, not a
    dict item (~100 bytes)."""
    RUN = 1_000_000             # ~25 MB of postings and terms held

    def __init__(self) -> None:
        super().__init__()
        self.run: dict[str, array] = {}
        self.held = 0
        self.max_word = 0           # the longest term that is a word (not a "#" bigram)

    def add(self, k: int, counts: Counter) -> None:
        run = self.run
        once = array("i", (k, 1))       # most postings have tf 1: one copy, not two appends
        for term, tf in counts.items():
            got = run.get(term)
            if got is None:
                got = run[term] = array("i")
                if not term.startswith(("#", JOINED)) and len(term) > self.max_word:
                    self.max_word = len(term)
            if tf == 1:
                got += once             # in place: the array held by the run
            else:
                got.append(k)
                got.append(tf)
        self.held += len(counts)
        if self.held >= self.RUN:
            self._spill()

    def _spill(self) -> None:
        run = self.run
        self._add_run((term, run[term]) for term in sorted(run))
        self.run, self.held = {}, 0

    def _encode(self, flat: array) -> bytes:
        return flat.tobytes()

    def _read(self, fh) -> Iterable[tuple[str, array]]:
        for terms, flats in _run_blocks(fh):
            for term, raw in zip(terms, flats):
                flat = array("i")
                flat.frombytes(raw)
                yield term, flat

    def _merge_runs(self, runs: list) -> Iterable[tuple[str, array]]:
        # (each run's arrays are read anew: the first of a term is extended in place)
        return _merged([*map(self._read, runs)], _joined)

    def __len__(self) -> int:
        return len(self.run) if not self.runs else sum(1 for _ in self.items())

    def items(self) -> Iterable[tuple[str, array]]:
        """(term, postings) in term order, the runs of a term joined (entries rising)."""
        if not self.runs:
            for term in sorted(self.run):
                yield term, self.run[term]
            return

        mem = ((t, self.run[t]) for t in sorted(self.run))
        # a term's first postings are copied: the run in memory is not changed
        yield from _merged([*map(self._read, self.runs), mem], _joined, lambda a: array("i", a))


class _Entries:
    """The index's entries (one per task with text) written to a temporary file as they are
    made, with what the postings need of each held in arrays: its length and whether it
    has stated units."""

    def __init__(self) -> None:
        import tempfile
        self.fh = tempfile.TemporaryFile()
        self.lengths = array("q")
        self.has_units = bytearray()

    def add(self, e: dict, length: int, place: str = "") -> None:
        import pickle
        pickle.dump((e["source"]["file"], e["source"]["line"], e["task_id"], e["unit_ids"],
                     json.dumps(e, ensure_ascii=False, separators=(",", ":")), place),
                    self.fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.lengths.append(length)
        # 1: stated units; 2: none, but a group's members (联席会议 / 领导小组: who asks its members
        # finds them); 0: neither
        self.has_units.append(1 if e["units"] else 2 if e.get("members") or e.get("seats") else 0)

    def __len__(self) -> int:
        return len(self.lengths)

    def __iter__(self) -> Iterable[tuple[str, int, str, list[str], str, str]]:
        """(file, line, task_id, unit_ids, JSON, place) of each entry, in order."""
        import pickle
        self.fh.flush()
        self.fh.seek(0)
        for _ in range(len(self.lengths)):
            yield pickle.load(self.fh)

    def close(self) -> None:
        self.fh.close()


# a level's prefix a question may drop from a unit's name: 市委 / 县委 (编办 for 市委编办), 县 / 区 /
# 省 (卫健委 for 县卫健委); not 区域…, 县级…, 省级… (no unit name starts so)
LEVEL_PREFIX_RE = re.compile(r"[省市县区]委|[省县区](?![域级直属])")


#: a kind of body written alone (a surface segment such as the 政府 of `各县市党委和政府`): kept
#: as the unit's mention, but a question's 政府 or 部门 names no unit by it; nor with only a
#: word saying which ones (其他部门, 有关部门, 相关单位, 各部门: the collective a text leaves
#: unnamed; a question's 和其他部门扯皮 is the matter's other party, no body asked about), or
#: saying only that it is in charge (主管部门, 行政主管部门: a question's 主管部门是谁 asks for the
#: body in charge of its matter, it names none)
#: a level's bodies written by the level alone (街道 of `市、县级市（区）、镇、街道应当…`, of `各乡镇、街道`):
#: the kind of body (街道办事处), as 政府 is; a question's 乡镇和街道 names no unit by it
_LEVELS_AS_KINDS = frozenset({"街道"})
_BARE_KINDS_RE = re.compile(r"(?:各|其他|其它)?(?:有关|相关)?(?:行政)?(?:主管)?"
                            r"(?:政府|人民政府|党委|党组|部门|单位|机关|机构)")


def index_data(result: BuildResult) -> dict:
    """What the index holds: entries (one per task with text, :class:`_Entries`), BM25
    postings (:class:`_Postings`), and the unit aliases a question may name and the
    expansions of its words. The build is read one document at a time (:func:`kg.spool.records`);
    entries and postings go to temporary files as they grow, so the index writer's memory
    does not grow with the corpus. The caller closes ``entries`` and ``postings``."""
    units = {u.unit_id: u for u in result.units}
    aliases: dict[str, str] = {}
    short: dict[str, set[str]] = defaultdict(set)
    other_level: dict[str, set[str]] = defaultdict(set)
    named: dict[str, list[str]] = defaultdict(list)
    for u in sorted(result.units, key=lambda u: (not u.resolved, u.unit_id)):
        for name in (u.name, *u.aliases, *result.mentions.get(u.unit_id, {})):
            key = compact(name)
            if _BARE_KINDS_RE.fullmatch(key) or key in _LEVELS_AS_KINDS:
                continue                # 政府 of `各县市党委和政府`: a kind, no name a question says
            if len(key) >= 2 and u.unit_id not in named[key]:
                named[key].append(u.unit_id)
            if not key.endswith(("局", "委", "办", "厅")):
                continue
            # people drop the level prefix: 住建局 for 市住建局
            if key.startswith("市") and len(key) >= 4 and not key.startswith(("市场", "市政")):
                short[key[1:]].add(u.unit_id)
            # and the other levels' and the party committee's (编办 for 市委编办, 县委编办;
            # 卫健委 for 县卫健委), after the municipal ones
            m = LEVEL_PREFIX_RE.match(key)
            if m and len(key) - m.end() >= 2:
                other_level[key[m.end():]].add(u.unit_id)
    # a name stands for every unit so named (市委编办 of two cities' rules: the question did
    # not say which; its place, if any, filters), resolved units first
    for key, ids in named.items():
        aliases[key] = " ".join(ids)
    # a bare name a text writes (国土局) also stands for the units whose names only add a level
    # (县国土局): the question's 国土局 names them as strongly; the units so named come first
    for table in (short, other_level):
        for key, ids in sorted(table.items()):
            if table is short or key not in short:
                have = aliases[key].split() if key in aliases else []
                aliases[key] = " ".join(have + [i for i in sorted(ids) if i not in have])
    cutter = _Cutter(list(aliases), terms=sorted(corpus_terms(result)))
    runs = _Recent(RECENT_RUNS)         # run -> its words

    def cut_run(run: str) -> list[str]:      # the words of one jieba run (see _tokens)
        got = runs.get(run)
        if got is None:
            got = cutter.cut(run)
            runs.put(run, got)
        return got
    memo: dict[str, list[str]] = {}

    def tokens(text: str, keep: bool = True) -> list[str]:
        # names and titles repeat (once per task): cut once and kept. A task's own text is
        # not kept (keep=False): it rarely repeats, and keeping every text's tokens was most
        # of the index writer's memory on a large corpus
        got = memo.get(text)
        if got is None:
            # _tokens(cutter, text), run by run: jieba cuts each run on its own and the rest of a
            # compact text gives single characters only, so runs shared by texts (clauses,
            # names) are cut once
            c = compact(text)
            got = ([w for run in _JIEBA_RUN.findall(c) for w in cut_run(run)]
                   + bigrams(c, "#"))
            if keep:
                if len(memo) > 50_000:       # bounded: a huge corpus does not keep every name
                    memo.clear()
                memo[text] = got
        return got
    table = expansion_table(result)
    lengths_of_forms = sorted({len(f) for f in table}, reverse=True)
    forms = forms_pattern(table)
    entries = _Entries()
    postings = _Postings()
    places = _Places(result.places)
    for rec in records(result):
        by_task = defaultdict(list)
        for a in rec.assignments:
            by_task[a.task_id].append(a)
        d = rec.doc
        posts = rec.posts_by_task()
        named = defaultdict(set)        # task -> the places its text names (三河市)
        for tp in (rec.enrichment.places if rec.enrichment else ()):
            if tp.adcode:
                named[tp.task_id].add(tp.adcode)
        doc_place = d.place.adcode if d.place and d.place.adcode else None
        texts = {t.task_id: t.text for t in rec.tasks}
        seats = defaultdict(list)       # group -> its people's seats (its office's among them)
        for m in (rec.enrichment.groups if rec.enrichment else ()):
            seats[m.group].append(m)
        shorts = defined_short_forms(t.source_text or t.text or "" for t in rec.tasks)
        for t in rec.tasks:
            own = named.get(t.task_id, set()) | ({doc_place} if doc_place else set())
            _index_task(t, d, by_task.get(t.task_id, []), units, tokens, cutter, cut_run, table,
                        lengths_of_forms, forms, entries, postings, places.chains(own),
                        posts.get(t.task_id, ()), _sentence_lead(texts.get(t.parent_id), t.source_text),
                        shorts, places.gazetteer[doc_place][0] if doc_place in places.gazetteer else "",
                        seats.get(t.text, ()) if t.kind == "group" else (), rec.enrichment)
    return {"entries": entries, "postings": postings,
            "aliases": dict(sorted(aliases.items())), "expansions": table,
            "places": places.keys()}


class _Places:
    """The places of the build's entries: each entry's own places (its document's
    jurisdiction, the places its text names) with the divisions above them, and the names
    and short forms a question may call them by (立山区, 立山; 海城市, 海城). ``gazetteer`` is
    the build's (:attr:`kg.model.BuildResult.places`)."""

    def __init__(self, gazetteer: dict[str, tuple]) -> None:
        self.gazetteer = gazetteer
        self.seen: dict[str, str] = {}          # adcode -> its chain "self>parent>…"

    def _chain(self, code: str) -> str:
        out = []
        while code in self.gazetteer and code not in out:
            out.append(code)
            code = self.gazetteer[code][2]
        return ">".join(out)

    def chains(self, codes: set[str]) -> str:
        """An entry's places as stored: the chain of each own place, space-separated."""
        out = []
        for code in sorted(codes):
            if code not in self.seen:
                self.seen[code] = self._chain(code)
            if self.seen[code]:
                out.append(self.seen[code])
        return " ".join(out)

    def keys(self) -> dict[str, tuple[list[str], int]]:
        """name or short form -> (the chains of the divisions so called, 1 for a full name)."""
        keys: dict[str, tuple[list[str], int]] = {}
        codes = sorted({c for chain in self.seen.values() for c in chain.split(">") if c})
        for code in codes:
            name, shorts, _parent = self.gazetteer[code]
            chain = self._chain(code)
            for written, full in [(name, 1)] + [(s, 0) for s in shorts]:
                key = compact(written)
                if len(key) < 2:
                    continue
                chains, was_full = keys.get(key, ([], 0))
                if chain not in chains:
                    chains = sorted(chains + [chain])
                keys[key] = (chains, max(was_full, full))
        return dict(sorted(keys.items()))


# where a sentence ends, for the lead-in of a clause cut from one (:func:`_sentence_lead`)
# (two words of two characters around the conjunction; overlapping: 预防与控制和管理)
JOINED_RE = re.compile(r"(?=([\u4e00-\u9fff]{2})[与和及、]([\u4e00-\u9fff]{2})"
                       r"|(?<![\u4e00-\u9fff])([省市县区乡镇])[、和及与]([市县区乡镇])(?![级域])"
                       r"|(?![省市县区乡镇]、[市县区乡镇])([\u4e00-\u9fff])、([\u4e00-\u9fff]))")
SENTENCE_ENDS = "。；;！!？?\n"
LEAD_READ = 80
# a clause opening its sentence with a condition and the one who acts on it, its matter
# left to the sentence before (街巷、住宅小区由街道办事处负责。实行物业管理的，由物业管理单位负责)
CONDITION_OPENING_RE = re.compile(r"[^，,。；;：:]{2,20}的[，,](?:应当|应)?由")
# a clause that is only who leads (由民政部牵头，外交部…参加), written on a line of its own under a
# group's heading and duty (群众生活组 / 负责…) the parent's text keeps without it: its matter is those
DOER_OPENING_RE = re.compile(r"由[^，,。；;：:]{1,40}牵头")
# a clause naming its matter only as what was written before it (由市容环境整治联合执法组负责对上述出店
# 商户予以规范, a measure on the line after the problems it answers): its matter is there
REFERS_BACK_RE = re.compile(r"上述|前述|上列")


def _sentence_lead(parent: Optional[str], clause: str) -> str:
    """The part of its sentence before a clause the reader cut from its parent's text, at
    most LEAD_READ characters (党的…强调，“落实党风廉政建设责任制，党委负主体责任， before 纪委负
    监督责任”): the matter the sentence's clauses share, which the later clauses do not
    repeat. A clause opening its sentence with a condition and who acts on it (实行物业管理的，由
    物业管理单位负责 after 街巷、住宅小区由街道办事处负责。) takes the sentence before: the matter
    the condition narrows is written there. A clause that is only who leads (由民政部牵头，…参加)
    and that the parent's text does not hold (a line of its own under the group's heading and
    duty) takes the parent's text, its first LEAD_READ characters (群众生活组 负责制订实施受灾群众
    救助工作方案…); so does one naming its matter as what was written before it (上述, 前述, 上列:
    整改措施：由…负责对上述出店商户予以规范 under the line listing the problems). Empty for any other clause that opens its
    sentence, or one not found in the parent."""
    if not parent or not clause.strip():
        return ""
    i = parent.find(clause.strip())
    if i < 0 and (DOER_OPENING_RE.match(compact(clause)) or REFERS_BACK_RE.search(compact(clause))):
        return compact(parent)[:LEAD_READ]
    if i <= 0:
        return ""
    start = max(parent.rfind(ch, 0, i) for ch in SENTENCE_ENDS) + 1
    if start > 0 and not parent[start:i].strip() and CONDITION_OPENING_RE.match(clause.strip()):
        start = max(parent.rfind(ch, 0, start - 1) for ch in SENTENCE_ENDS) + 1
    return compact(parent[start:i])[-LEAD_READ:]


# a matter a document names in full once and by a short form after (为加强…城镇保障性安居工程补助资金
# （以下简称补助资金）管理, 本办法所称突发公共卫生事件（以下简称突发事件）): the full name is the text
# before the bracket from its last clause break, the wording that opens the sentence (第一条, 本办法所称,
# 为加强, …适用于本市行政区域内, 建立, 负责) left off; a short form named in 《》 (a law's) or a body's (…（以下简称
# 市主管部门）, 各镇街, 基层单位: the unit lexicon reads those) is none
DEFINED_SHORT_RE = re.compile(r"([^，,。；;：:、（）《》“”]{2,40})（以下简称[“《]?([^（）《》“”]{2,12})[”》]?）")
SHORT_OPENING_RE = re.compile(r"^.*(?:所称的?|适用于|范围内|区域内|为了?(?:进一步)?(?:加强|规范|推进|做好)?|根据|结合|是指"
                              r"|现将|制定|依托|围绕(?:实施)?|建立|负责|编制|以(?=\d)|本[市省区县])")
BODY_SHORT_RE = re.compile(r"(?:局|委|办|部|厅|署|室|会|会议|组|站|所|院|处|科|门|府|单位|机关|机构|中心|各地|镇街|"
                           r"[省市县区州盟旗乡镇]|街道)$")


def defined_short_forms(texts: Iterable[str]) -> dict[str, str]:
    """The matters a document's texts name by a short form after naming them in full (short form ->
    full name, normalised and without glosses; the first definition of a short form kept): a
    task writing only the short form (补助资金由自治区财政厅…管理) is on the full's matter, and
    a question writing the full name (保障性安居工程补助资金) finds it."""
    found: dict[str, str] = {}
    for text in texts:
        if "以下" not in text:
            continue
        plain = unglossed(normalise(compact(text)), after_han=True)
        for m in DEFINED_SHORT_RE.finditer(plain):
            full, short = SHORT_OPENING_RE.sub("", m.group(1)), m.group(2)
            if (len(full) > len(short) and full[-1] == short[-1] and short not in found
                    and not BODY_SHORT_RE.search(short) and not m.group(0).startswith("《")):
                found[short] = full
    return found


# a body of government by its name's head (消防救援机构, 民政部门, 人民政府), and a name that carries a
# level or place of its own (县（市）城乡规划主管部门, 各镇（街道）, 街道党工委, 海南省…: conservatively any
# level character, 城市管理 too) or spans the levels from the county up (县级以上人民政府, 各级人民政府)
GOV_BODY_RE = re.compile(r"(?:部门|机构|机关|局|委|会|办|室|厅|中心|政府|小组|站|所)$")
OWN_LEVEL_RE = re.compile(r"[省市县区州盟旗乡镇村]|街道|自治")
SPANNING_RE = re.compile(r"^(?:旗)?县级以上|^各级")
PLACE_ACTOR_KINDS = frozenset({"enterprise", "grassroots", "social_org"})


def _of_the_place(name: str, kind: str) -> bool:
    """Whether a task's unit is a body of its document's own place though its name does not
    say so: a body of government named without a level or place (消防救援机构 in a text placed in
    哈尔滨), or one of every level from the county up (县级以上人民政府 in 海南's regulation). The
    build writes the place before the units it resolves (哈尔滨市住建部门 of a 住建部门), so a
    question naming the place found it only in those tasks, not in a sibling owned by such a body
    the build kept as written: such a task has the place's words too. Not a unit of a level of its
    own (县（市）城乡规划主管部门, 各镇（街道）: the question's place is not theirs) nor an actor
    (产权单位, an enterprise; 新闻媒体)."""
    if kind in PLACE_ACTOR_KINDS or not GOV_BODY_RE.search(name):
        return False
    return bool(SPANNING_RE.match(name)) or not OWN_LEVEL_RE.search(name)


def _unglossed(text: str) -> str:
    """``text`` normalised (simplified, full-width brackets) without a mirror's pinyin glosses
    after its characters: the form its words are cut from (a title or a lead-in as much as the
    task's text: 为做好我县创（chuàng）建国家卫（wèi）生城市工作 has 创建 and 卫生城市).

    >>> _unglossed("四川省網(wǎng)絡(luò)市場(chǎng)監管"), _unglossed("第1(a)項")
    ('四川省网络市场监管', '第1（a）项')
    """
    return unglossed(normalise(text or ""), after_han=True)


# a level written with the levels it stands for too in brackets (乡（镇）人民政府, 县（市、区）, 区（县）):
# the levels joined are the word a question writes for them (乡镇, 县市, 区县)
LEVEL_ALTERNATIVES_RE = re.compile(r"([乡镇县区市旗])（((?:[乡镇县区市旗]|街道)(?:、(?:[乡镇县区市旗]|街道))*)）")


def level_alternatives(text: str, is_word) -> list[str]:
    """The words ``text`` writes as a level and its bracketed alternatives (:data:`LEVEL_ALTERNATIVES_RE`):
    the first level joined to each alternative, where ``is_word`` takes it for a word.

    >>> level_alternatives("乡（镇）林业工作站受县（市、区）林业主管部门领导", lambda w: w in {"乡镇", "县市", "县区"})
    ['乡镇', '县市', '县区']
    """
    found = []
    for m in LEVEL_ALTERNATIVES_RE.finditer(text):
        for alt in m.group(2).split("、"):
            w = m.group(1) + alt
            if w not in found and is_word(w):
                found.append(w)
    return found


def _index_task(t, d, ass, units, tokens, cutter, cut_run, table, lengths_of_forms, forms,
                entries: _Entries, postings: _Postings, place: str = "", posts=(),
                lead: str = "", shorts: Optional[dict[str, str]] = None,
                doc_place: str = "", seats=(), enrichment=None) -> None:
    """The entry and postings of one task (none for a task without text). ``doc_place``: the
    name of its document's place (哈尔滨市), if the build placed it; ``seats``: a group's task's
    people (:class:`kg.model.GroupMember`: 组长 王强, 县长); ``enrichment``: its document's
    (the laws the answer shows as its legal basis)."""
    stated = [a for a in ass if a.raw.role in STATED_ROLES]
    mentioned = [a for a in ass if a.raw.role == "mentioned"]
    members = list(dict.fromkeys(a.unit.name for a in ass if a.raw.role == "member"))
    overseen = list(dict.fromkeys(a.unit.name for a in ass if a.raw.role in ("overseen", "liaison")))
    text = t.text or t.source_text
    if not compact(text):
        return
    # (a mirror's pinyin glosses inside its words, 联（lián）席会（huì）议, are no words: the text is
    # cut without them, as the duty reader reads it; the entry keeps the text as written. So are
    # its title's, 创（chuàng）建国家卫（wèi）生城市, and those a mirror writes in half-width
    # brackets, 鳳屯鎮(zhèn): read normalised, full-width, as unglossed expects)
    plain = _unglossed(text)
    toks = tokens(plain, keep=False) + [w for w in tokens(_unglossed(d.title)) if not w.startswith("#")]
    if lead and (CONDITION_OPENING_RE.match(compact(plain)) or DOER_OPENING_RE.match(compact(plain))
                 or REFERS_BACK_RE.search(compact(plain))):
        # (a clause opening with a condition, 实行物业管理的，由…: the matter it narrows is in its
        # lead, the sentence before's, 住宅小区 of 街巷、住宅小区由街道办事处负责, or its own sentence's
        # part before it; its words are posted as the title's are, so a question on the matter
        # finds the exception too; so is a clause of who leads under a heading, 由民政部牵头… under
        # 群众生活组; and of a clause naming its matter as 上述…, what was written before it)
        toks += [w for w in tokens(_unglossed(lead)) if not w.startswith("#")]
    # the words its text has when written in other forms (人民防空工程 -> 人防工程), once
    # each, so a question in either form finds it
    have = set(toks)
    ctext = compact(plain)
    if shorts:
        # (a matter its document defines a short form of, written so here: the full name's words,
        # as the title's are posted, 保障性安居工程 for 补助资金由…分工管理)
        folded = normalise(ctext)
        for short, full in shorts.items():
            if short in folded and full not in folded:
                new = [w for w in tokens(full) if not w.startswith("#") and w not in have]
                toks += new
                have.update(new)
    for i, k, alt in variant_spans(ctext, table, lengths_of_forms, forms):
        short = ctext[i:i + k] if _is_abbreviation(ctext[i:i + k], alt) else ""
        new = [w for w in dict.fromkeys(_variant_tokens(cutter, ctext, i, k, alt, cut_run))
               if w not in have and not (short and _filler(w.lstrip("#"), short, alt))]
        toks += new
        have.update(new)
    # two words joined by 与 / 和 / 及 (文物的保护与管理, 负责…的监督和管理) also make the word they
    # are written as whole (保护管理, 监督管理): a question writing it so finds this clause as well as
    # one writing it whole (kg.read.who reads it as the word, not at the share of a word tiled from
    # words anywhere in the text). Posted under JOINED + the word, once: not a word of the
    # vocabulary a question is cut by (小区物业 of 小区和物业 would cut 小区物业管理 wrongly), and read
    # only for a question's word of that vocabulary (any pair is posted: about 1 % more index)
    joined = {JOINED + next(m.group(i) + m.group(i + 1) for i in (1, 3, 5) if m.group(i))
              for m in JOINED_RE.finditer(ctext)}
    toks += sorted(w for w in joined if w[1:] not in have)
    unit_toks = []
    for a in stated:
        unit_toks += tokens(a.unit.name) + tokens(a.raw.mention.text)
    # (乡（镇）林业工作站…: the word 乡镇 a question writes for it, once, where neither the text nor
    # its units' names write it whole; only a word of the vocabulary, 乡镇 / 县市, never 镇街道)
    toks += [w for w in level_alternatives("。".join([ctext, *(compact(a.unit.name) for a in stated)]),
                                           lambda w: cut_run(w) == [w])
             if w not in have and w not in unit_toks]
    seat_toks = []
    for p in posts:
        # (the people written as the task's own, 包保县领导：王建国（常务副县长）: 王建国包保哪些项目 finds it)
        seat_toks += tokens(p.written)
    for m in seats:
        # (the people of a group, their seats and posts: 组长是谁, 王强任什么 find the group's task)
        seat_toks += tokens(m.person) + tokens(m.role) + [w for p in m.posts for w in tokens(p.post)]
    counts = Counter(toks)
    counts.update(unit_toks)
    if doc_place and any(_of_the_place(a.unit.name, a.unit.kind) for a in stated):
        # (see _of_the_place: the place's words once, where the task has none of them)
        counts.update(w for w in dict.fromkeys(tokens(doc_place)) if w not in counts)
    # (the people's words, once each, do not make the entry longer: a group's task with many seats
    # is not ranked lower for a question on its members than it was)
    length = sum(counts.values())
    counts.update(w for w in dict.fromkeys(seat_toks) if not w.startswith("#") and w not in counts)
    postings.add(len(entries), counts)
    first = min((a.raw.mention.source.line for a in stated), default=t.span.first_line)
    entries.add({
        "task_id": t.task_id, "text": text, "path": t.path_str, "doc_title": d.title,
        "doc_number": d.number, "doc_id": d.doc_id,
        "deadline": next((a.raw.deadline for a in stated if a.raw.deadline), None),
        "source": {"file": t.span.file, "line": first},
        "units": [{"unit": a.unit.name, "unit_id": a.unit.unit_id, "role": a.raw.role,
                   "kind": a.unit.kind, "via": a.raw.via,
                   "members": [units[m].name for m in a.unit.members if m in units]}
                  for a in stated],
        "mentioned": sorted({a.unit.name for a in mentioned}),
        # the members of the group the task names (联席会议, 领导小组): not its owners
        **({"members": members} if members else {}),
        # the units a leader's share of the work (领导分工) oversees or keeps in touch with
        **({"overseen": overseen} if overseen else {}),
        # a group's people by seat (组长 王强, posts 县长): persons, never units
        **({"seats": [{"person": m.person, "seat": m.role,
                       "posts": [p.post for p in m.posts]} for m in seats]} if seats else {}),
        "unit_ids": sorted({a.unit.unit_id for a in stated}),
        # posts and persons written as the task's people (分管副市长, 责任领导：张三): not units
        "posts": [{"post": p.written, "role": p.role, "label": p.label} for p in posts],
        **({"lead": lead} if lead else {}),
        # the legal basis: the laws its own text cites, and its document's (kg.model.Enrichment)
        **({"laws": cited} if enrichment and (cited := enrichment.laws_cited(t.source_text or text))
           else {}),
        **({"basis": basis} if enrichment and (basis := enrichment.basis()) else {}),
    }, length, place)


SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE terms(term TEXT PRIMARY KEY, idf REAL, word INTEGER, postings TEXT) WITHOUT ROWID;
CREATE TABLE aliases(key TEXT PRIMARY KEY, unit_id TEXT) WITHOUT ROWID;
CREATE TABLE units(unit_id TEXT PRIMARY KEY, tasks TEXT) WITHOUT ROWID;
CREATE TABLE expansions(form TEXT PRIMARY KEY, others TEXT) WITHOUT ROWID;
CREATE TABLE entries(k INTEGER PRIMARY KEY, file TEXT, line INTEGER, task_id TEXT, data TEXT,
                     place TEXT);
CREATE TABLE places(key TEXT PRIMARY KEY, chains TEXT, full INTEGER) WITHOUT ROWID;
"""


def write_index(result: BuildResult, out: Path) -> Path:
    """Write ``<out>/search/index.sqlite`` (deterministic: same input, same bytes).

    ``terms`` rows hold a term's idf and its postings as ``entry:tf:length:has_units`` items,
    best BM25 weight first (ties by entry), so a question reads only a prefix of each;
    ``units`` rows list the entries a unit is stated for, in (file, line, task) order."""
    data = index_data(result)
    entries, postings = data["entries"], data["postings"]
    try:
        return _write_file(Path(out), data, entries, postings)
    finally:
        entries.close()
        postings.close()


def _once_texts(lengths: array, has_units: bytearray) -> tuple[str, array]:
    """The posting text of each entry with tf 1, ``k:1:length:has_units``, as one string and
    where each starts (entry ``k``'s is ``text[at[k]:at[k + 1]]``)."""
    chunks, at, pos = [], array("q", [0]), 0
    for start in range(0, len(lengths), 65_536):
        block = [f"{k}:1:{lengths[k]}:{has_units[k]}"
                 for k in range(start, min(start + 65_536, len(lengths)))]
        for piece in block:
            pos += len(piece)
            at.append(pos)
        chunks.append("".join(block))
    return "".join(chunks), at


def _by_weight(ks: array, tfs: array, lengths: array, soft: list) -> Iterable[array]:
    """The positions of a term's postings (entries rising) in BM25 weight order, best first,
    ties by entry, 100 000 at a time: a weight depends only on the posting's tf and its entry's
    length, so the positions are put in a bucket per weight (in entry order) and the buckets
    read from the best; no sort key is made per posting (a common term of a large corpus has
    one posting per entry)."""
    weights: dict[tuple[int, int], float] = {}
    buckets: dict[float, array] = {}
    for j, (k, tf) in enumerate(zip(ks, tfs)):
        dl = lengths[k]
        w = weights.get((tf, dl))
        if w is None:
            w = weights[tf, dl] = tf / (tf + soft[dl])
        got = buckets.get(w)
        if got is None:
            got = buckets[w] = array("i")
        got.append(j)
    for w in sorted(buckets, reverse=True):
        positions = buckets.pop(w)
        for start in range(0, len(positions), 100_000):
            yield positions[start:start + 100_000]


def _write_file(out: Path, data: dict, entries: _Entries, postings: _Postings) -> Path:
    lengths, has_units = entries.lengths, entries.has_units
    n = len(entries)
    avgdl = (sum(lengths) / n) if n else 0.0
    norm = avgdl or 1.0
    # an entry's BM25 length normalisation, by its length (lengths are few and small)
    soft = [K1 * (1 - B + B * dl / norm) for dl in range(max(lengths, default=0) + 1)]
    d = out / INDEX_DIR
    d.mkdir(parents=True, exist_ok=True)
    path = d / INDEX_FILE
    with new_sqlite(path, SCHEMA) as db:
        meta = {"format": FORMAT, "n": n, "avgdl": avgdl, "k1": K1, "b": B,
                "max_word": postings.max_word or 1,
                "alias_lens": sorted({len(k) for k in data["aliases"]}, reverse=True),
                "expansion_lens": sorted({len(f) for f in data["expansions"]}, reverse=True),
                "place_lens": sorted({len(k) for k in data.get("places", {})}, reverse=True)}
        db.executemany("INSERT INTO meta VALUES (?, ?)",
                       [(k, json.dumps(v)) for k, v in sorted(meta.items())])

        # what follows an entry number in a posting: ":length:has_units"; most postings have
        # tf 1: their text "k:1:length:has_units" is made once per entry, not once per
        # posting, and held as one ASCII string with each entry's end (~25 bytes an entry)
        once, at = _once_texts(lengths, has_units)

        def term_rows():
            # a term's idf depends only on its df: computed once per df (a few hundred
            # values for ~43 000 terms of the bundled corpus)
            idf_of: dict[int, float] = {}
            for term, flat in postings.items():
                df = len(flat) // 2
                idf = idf_of.get(df)
                if idf is None:
                    idf = idf_of[df] = round(math.log(1 + (n - df + 0.5) / (df + 0.5)), 6)
                if df == 1:         # half the terms: one posting, the text of text_of
                    k, tf = flat
                    yield (term, idf, 0 if term.startswith(("#", JOINED)) else 1,
                           once[at[k]:at[k + 1]] if tf == 1
                           else f"{k}:{tf}:{lengths[k]}:{has_units[k]}")
                    continue
                ks, tfs = flat[0::2], flat[1::2]
                if df > POSTINGS_ORDERED:
                    # BM25 weight order within the term (idf is the term's): best first, ties
                    # by entry. A shorter list is read whole, so its order does not matter.
                    text = " ".join(text_of([ks[j] for j in part], [tfs[j] for j in part])
                                    for part in _by_weight(ks, tfs, lengths, soft))
                else:
                    text = text_of(ks, tfs)
                yield term, idf, 0 if term.startswith(("#", JOINED)) else 1, text

        def text_of(ks, tfs) -> str:
            return " ".join([once[at[k]:at[k + 1]] if tf == 1
                             else f"{k}:{tf}:{lengths[k]}:{has_units[k]}"
                             for k, tf in zip(ks, tfs)])
        db.executemany("INSERT INTO terms VALUES (?, ?, ?, ?)", term_rows())
        db.executemany("INSERT INTO aliases VALUES (?, ?)", data["aliases"].items())
        db.executemany("INSERT INTO expansions VALUES (?, ?)",
                       ((f, json.dumps(o, ensure_ascii=False))
                        for f, o in sorted(data["expansions"].items())))

        def units_rows():
            # the entries each unit is stated for, in (file, line, task) order; sorted on disk
            owned = ((uid, file, line, task_id, k)
                     for k, (file, line, task_id, uids, *_) in enumerate(entries) for uid in uids)
            uid, ks = None, []
            for row in external_sorted(owned, key=lambda r: r):
                if row[0] != uid:
                    if ks:
                        yield uid, " ".join(ks)
                    uid, ks = row[0], []
                ks.append(str(row[4]))
            if ks:
                yield uid, " ".join(ks)
        db.executemany("INSERT INTO units VALUES (?, ?)", units_rows())
        db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)",
                       ((k, file, line, task_id, js, place or None)
                        for k, (file, line, task_id, _, js, place) in enumerate(entries)))
        db.executemany("INSERT INTO places VALUES (?, ?, ?)",
                       ((key, " ".join(chains), full)
                        for key, (chains, full) in data.get("places", {}).items()))
        db.execute("COMMIT")
    return path


write_index.fork_safe = True      # pure Python: kg.write.write may run it in a forked child
# CPU s of the bundled corpus: the costliest forked writer is claimed first (kg.write._write_forked)
write_index.write_cost = 1.2
