"""kg._recache: patterns made from the cache of compiled regular expressions are the patterns
the compiler makes (``==`` compares their code), in this process and in the next one."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from re import _compiler

import kg  # noqa: F401  (installs the cache)
from kg import _recache

ROOT = Path(__file__).resolve().parents[2]

SAMPLES = [
    r"^(?P<g>[\u4e00-\u9fff]{1,12}?(?:人民政府|政府))（(?P<z>(?:[\u4e00-\u9fff]{1,8}、)*[\u4e00-\u9fff]+)）$",
    r"(?<![㐀-鿿0-9A-Za-z])(?:[㐀-鿿、-〿！-～—…“”·:;,.()0-9A-Za-z][ \u3000\xa0]{1,2}){2,}",
    r"[^，。；]{0,20}?(?:领导小组|办公室)(?=[，。])",
    r"(?i)[a-z]+\d*",
    r"第([一二三四五六七八九十百零\d]{1,5})条",
]


def _same(a, b) -> bool:
    return (a == b and a.groups == b.groups and dict(a.groupindex) == dict(b.groupindex)
            and a.flags == b.flags)


def test_cached_patterns_are_the_compilers():
    wrapped = _compiler.compile
    if not getattr(wrapped, "_kg_cache", False):
        return      # KG_NO_REGEX_CACHE, or no home for the cache
    original = wrapped.__wrapped__
    for k in range(_recache.LOAD_AT):      # (the process's first patterns are not cached)
        wrapped(f"y{k}", 0)
    for p in SAMPLES:
        for flags in (0, 2):        # re.IGNORECASE too
            first, again = wrapped(p, flags), wrapped(p, flags)     # (taken down, then made)
            assert (p, flags) in _recache._entries
            assert _same(first, original(p, flags)) and _same(again, original(p, flags))


def test_cache_file_read_by_the_next_process(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    env.pop("KG_NO_REGEX_CACHE", None)
    code = ("import sys, re, kg, kg._recache as R, re._compiler as C; ps = sys.argv[1:]; "
            "[C.compile('x%d' % k, 0) for k in range(R.LOAD_AT)]; "
            "held = sum((p, 0) in R._entries for p in ps); "
            "got = [re.compile(p) for p in ps]; "
            "print(held, sum((p, 0) in R._entries for p in ps), "
            "all(g == C.compile.__wrapped__(p, 0) for g, p in zip(got, ps)))")
    first = subprocess.run([sys.executable, "-c", code, *SAMPLES], env=env, check=True,
                           capture_output=True, text=True).stdout.split()
    files = list((tmp_path / "kg").glob("kg-re-*.cache"))
    assert len(files) == 1
    second = subprocess.run([sys.executable, "-c", code, *SAMPLES], env=env, check=True,
                            capture_output=True, text=True).stdout.split()
    n = str(len(SAMPLES))
    assert first == ["0", n, "True"] and second == [n, n, "True"]
    # a damaged file is ignored (its checksum does not match): compiled as before
    data = files[0].read_bytes()
    files[0].write_bytes(data[:-5] + b"xxxxx")
    third = subprocess.run([sys.executable, "-c", code, *SAMPLES], env=env, check=True,
                           capture_output=True, text=True).stdout.split()
    assert third == first
