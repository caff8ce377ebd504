"""The search index behind ``kg who``: built once by ``kg build``, loaded in milliseconds.

At build time every task is tokenised with jieba, whose dictionary is extended with the unit
lexicon (canonical names and aliases) and the corpus's own terms (quoted “…” phrases, table
task cells, short headings), so that 老旧管网, 算力券, 首违不罚 stay whole. Each task's
tokens, plus character bigrams as a second channel for words jieba splits differently, are
stored as BM25 postings in ``<out>/search/index.json`` with the data needed to print a result
(units by role, deadline, document, file and line).

Query time never loads jieba (its dictionary costs ~0.75 s): the question is cut by longest
match over the index's own vocabulary, which is exactly the set of words the tasks were cut
into, plus bigrams.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from ..text import PUNCT_RE, bigrams, compact
from ..model import BuildResult
from ..vocab import INDEX_DIR, INDEX_FILE, STATED_ROLES

FORMAT = 2
QUOTED_RE = re.compile(r"“([^“”]{2,12})”")
FUNCTION_CHARS = set("的和与及等在对是了为中要将按由以其并或把被从向于各有")


def _ngram_terms(texts: list[str], n: int = 4, min_count: int = 2) -> set[str]:
    """Recurring n-grams that behave like words: seen in several tasks, with varied
    characters on both sides (老旧管网, 首违不罚), without function characters."""
    count: Counter = Counter()
    left: dict[str, set] = defaultdict(set)
    right: dict[str, set] = defaultdict(set)
    for text in texts:
        seen = set()
        for chunk in PUNCT_RE.split(text):
            for i in range(len(chunk) - n + 1):
                g = chunk[i:i + n]
                if FUNCTION_CHARS & set(g):
                    continue
                if g not in seen:
                    count[g] += 1
                    seen.add(g)
                left[g].add(chunk[i - 1] if i else "^")
                right[g].add(chunk[i + n] if i + n < len(chunk) else "$")
    return {g for g, c in count.items()
            if c >= min_count and len(left[g]) >= 2 and len(right[g]) >= 2}


def corpus_terms(result: BuildResult) -> set[str]:
    """The corpus's own terms: quoted phrases, short table task cells, and recurring
    word-like 4-grams."""
    terms: set[str] = _ngram_terms([compact(t.text) for t in result.tasks])
    for t in result.tasks:
        key = compact(t.text)
        for m in QUOTED_RE.finditer(key):
            if len(m.group(1)) <= 8:
                terms.add(m.group(1))
        if t.kind == "row" and 2 <= len(key) <= 6 and not PUNCT_RE.search(key):
            terms.add(key)
    return terms


def _tokenizer(words: Iterable[str]):
    import jieba  # build time only
    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    for w in sorted(set(words)):
        if len(w) >= 2:
            tk.add_word(w, freq=50000)
    return tk


def _tokens(tk, text: str) -> list[str]:
    words = [w for w in tk.lcut(compact(text), HMM=False) if len(w) >= 2 and not PUNCT_RE.fullmatch(w)]
    return words + ["#" + b for b in bigrams(compact(text))]


def build_index(result: BuildResult) -> dict:
    docs = {d.doc_id: d for d in result.documents}
    units = {u.unit_id: u for u in result.units}
    by_task = defaultdict(list)
    for a in result.assignments:
        by_task[a.task_id].append(a)
    aliases: dict[str, str] = {}
    short: dict[str, set[str]] = defaultdict(set)
    for u in sorted(result.units, key=lambda u: (not u.resolved, u.unit_id)):
        for name in (u.name, *u.aliases, *result.mentions.get(u.unit_id, {})):
            key = compact(name)
            if len(key) >= 2:
                aliases.setdefault(key, u.unit_id)
            # people drop the level prefix: 住建局 for 市住建局
            if (key.startswith("市") and len(key) >= 4 and key.endswith(("局", "委", "办", "厅"))
                    and not key.startswith(("市场", "市政"))):
                short[key[1:]].add(u.unit_id)
    for key, ids in sorted(short.items()):
        if len(ids) == 1 and key not in aliases:
            aliases[key] = next(iter(ids))
    tk = _tokenizer(list(aliases) + sorted(corpus_terms(result)))
    memo: dict[str, list[str]] = {}

    def tokens(text: str) -> list[str]:      # unit names and titles repeat: cut each once
        if text not in memo:
            memo[text] = _tokens(tk, text)
        return memo[text]
    entries = []
    postings: dict[str, dict[int, int]] = defaultdict(dict)
    lengths = []
    for t in result.tasks:
        ass = by_task.get(t.task_id, [])
        d = docs[t.doc_id]
        stated = [a for a in ass if a.raw.role in STATED_ROLES]
        mentioned = [a for a in ass if a.raw.role not in STATED_ROLES]
        text = t.text or t.source_text
        if not compact(text):
            continue
        toks = _tokens(tk, text) + [w for w in tokens(d.title) if not w.startswith("#")]
        unit_toks = []
        for a in stated:
            unit_toks += tokens(a.unit.name) + tokens(a.raw.mention.text)
        counts = Counter(toks) + Counter(unit_toks)
        k = len(entries)
        for term, tf in counts.items():
            postings[term][k] = tf
        lengths.append(sum(counts.values()))
        first = min((a.raw.mention.source.line for a in stated), default=t.span.first_line)
        entries.append({
            "task_id": t.task_id, "text": text, "path": t.path_str, "doc_title": d.title,
            "doc_number": d.number, "doc_id": d.doc_id,
            "deadline": next((a.raw.deadline for a in stated if a.raw.deadline), None),
            "source": {"file": t.span.file, "line": first},
            "units": [{"unit": a.unit.name, "unit_id": a.unit.unit_id, "role": a.raw.role,
                       "kind": a.unit.kind, "via": a.raw.via,
                       "members": [units[m].name for m in a.unit.members if m in units]}
                      for a in stated],
            "mentioned": sorted({a.unit.name for a in mentioned}),
            "unit_ids": sorted({a.unit.unit_id for a in stated}),
        })
    n = len(entries)
    vocab = sorted(t for t in postings if not t.startswith("#"))
    return {
        "format": FORMAT, "n": n, "avgdl": (sum(lengths) / n) if n else 0.0, "lengths": lengths,
        "entries": entries,
        # "doc:tf doc:tf …" strings: JSON parses strings far faster than nested lists, and a
        # query only unpacks the postings of its own terms
        "postings": {t: " ".join(f"{k}:{tf}" for k, tf in sorted(p.items()))
                     for t, p in sorted(postings.items())},
        "idf": {t: round(math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)), 6)
                for t, p in sorted(postings.items())},
        "vocab": vocab, "max_word": max((len(w) for w in vocab), default=1),
        "aliases": dict(sorted(aliases.items())),
    }


def write_index(result: BuildResult, out: Path) -> None:
    """Write ``<out>/search/index.json`` (deterministic)."""
    d = Path(out) / INDEX_DIR
    d.mkdir(parents=True, exist_ok=True)
    data = build_index(result)
    (d / INDEX_FILE).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                                encoding="utf-8")
