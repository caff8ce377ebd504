"""The ground floor: text normalisation shared by every layer (no imports from kg).

Normalisation is character-for-character (same length as the original) so that an offset in
the normalised text is an offset in the original: full-width and half-width punctuation fold to
one form (``(``/``（`` -> ``（``, ``:``/``：`` -> ``：`` ...), full-width digits and letters to
ASCII, ideographic and no-break spaces and control characters to a plain space, and
traditional characters to simplified (OpenCC ``t2s``). :func:`compact` is the key used to
compare names and titles.
"""
from __future__ import annotations

import re
from functools import lru_cache, wraps
from itertools import islice
from pathlib import Path
from typing import Optional

# Punctuation folded to the full-width form the corpus mostly uses.
_PUNCT = {
    "(": "（", ")": "）", ":": "：", ",": "，", ";": "；", "?": "？", "!": "！",
    "\u3000": " ", "\xa0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ",
    "〔": "〔", "〕": "〕", "[": "〔", "]": "〕", "［": "〔", "］": "〕",
    "﹙": "（", "﹚": "）", "．": ".", "、": "、", "，": "，", "【": "（", "】": "）",
    "〖": "（", "〗": "）", "﹝": "〔", "﹞": "〕",
    # a colon typed as the ratio sign (责任单位∶…, as a word processor's copy may give it), small and
    # half-width forms of the comma, enumeration comma, colon, semicolon and full stop
    "∶": "：", "︰": "：", "﹕": "：", "﹐": "，", "﹑": "、", "､": "、", "﹔": "；", "｡": "。",
    "﹖": "？", "﹗": "！",
    # the full-width solidus, a separator of names in a cell (县财政局／县自然资源局) and of a date's
    # figures (2024／6), as the half-width one is
    "／": "/",
}


# Hong Kong and Taiwan variant forms that OpenCC's t2s leaves as they are (its hk2s converts
# them): 衞 (衞生, 區衞健局) above all; 陜 (U+965C, a variant of 陝: 政協陜西省委員會).
# Each is the one form of its character in simplified
# text; 著 and 么, which tw2s changes too, are words of their own and stay.
_VARIANTS = {"陜": "陕", "衞": "卫", "敍": "叙", "衹": "只", "粧": "妆", "糭": "粽", "枱": "台"}


_FOLD_TABLE = {ord(k): v for k, v in {**_PUNCT, **_VARIANTS}.items()}
for _c in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):
    _FOLD_TABLE[_c] = chr(_c - 0xFEE0)
# Control characters (but tab and line ends) read as spaces, so one stuck to a name
# (市发改委\x02、…) cannot hide it.
for _c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]:
    _FOLD_TABLE[_c] = " "


_ANGLE_OPEN = "<‹〈＜"
_ANGLE_CLOSE = ">›〉＞"
_ANGLE_OPEN_RE = re.compile("[" + _ANGLE_OPEN + "]")
_ANGLE_RE = re.compile(r"[<‹〈＜]([^<>‹›〈〉＜＞《》（）\n]{0,20}?[\u4e00-\u9fff][^<>‹›〈〉＜＞《》（）\n]{0,20}?)"
                       r"[>›〉＞]")


def _fold_angles(text: str) -> str:
    """Angle brackets used as parentheses (各县<市、区>人民政府, 各县〈市、区〉政府) fold to （）;
    inside a book title 《…》 they mark a nested title (《关于<政府工作报告>的分工》) and stay."""
    out = list(text)
    depth = 0
    titled = [0] * len(text)
    for k, ch in enumerate(text):
        if ch == "《":
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
        titled[k] = depth
    for m in _ANGLE_RE.finditer(text):
        if not titled[m.start()]:
            out[m.start()], out[m.end() - 1] = "（", "）"
    return "".join(out)


# 〔〕 as the inner brackets of a name (各县〔市、区〕政府, 各镇〔街道〕): the nesting convention
# of official text writes them inside a （）annotation. Only a run of place levels right after
# a character of the name folds to （）, so a 文号's year (〔2023〕) and an annotation written in
# tortoise-shell brackets (〔责任单位：…〕) stay.
_SHELL_LEVEL = "(?:市|县|区|旗|州|盟|乡|镇|街道|开发区|园区|管委会|社区|村)"
_SHELL_RE = re.compile("(?<=[\u4e00-\u9fff])〔(" + _SHELL_LEVEL + r"(?:、\s*" + _SHELL_LEVEL + ")*)〕")


def _fold_shells(text: str) -> str:
    """Tortoise-shell brackets holding the place levels of a name fold to （）."""
    return _SHELL_RE.sub(lambda m: "（" + m.group(1) + "）", text)


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc  # type: ignore
        conv = opencc.OpenCC("t2s")
        return conv.convert
    except Exception:  # noqa: BLE001 - without OpenCC we match traditional text as is
        return None


@lru_cache(maxsize=65536)
def _t2s_char(ch: str) -> str:
    conv = _t2s()
    if conv is None:
        return ch
    out = conv(ch)
    return out if len(out) == 1 else ch


# what OpenCC may convert: above U+2E80. (Written as the complement of what is below: the same
# characters, but the range up to U+10FFFF made the regex compiler walk ~53 000 code points
# one by one, ~3-30 ms of every kg process's start, before the compiled-pattern cache is read)
_CJK_EXT_RE = re.compile("[^\x00-\u2e80]")


def cache_dir() -> Path:
    """The user's own cache folder for kg (``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``), so a
    cache file is never one another user of a shared temporary folder could have planted; the
    temporary folder only when there is no home."""
    import os
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not base:
        try:
            home = Path.home()
            base = str(home / ".cache") if home.is_dir() else ""
        except (RuntimeError, KeyError):      # no HOME and no password entry
            base = ""
    if not base:
        import tempfile
        return Path(tempfile.gettempdir()) / f"kg-cache-{os.getuid() if hasattr(os, 'getuid') else 0}"
    return Path(base) / "kg"


def write_cache(path: Path, data: bytes) -> None:
    """Write a cache file whole (a temporary file renamed over it); a cache that cannot be
    written is not an error."""
    import os
    import tempfile
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=path.name + ".")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


# texts given to OpenCC before its dictionaries are read (see _t2s_changes)
_T2S_DIRECT = 2000
_t2s_asked = 0


@lru_cache(maxsize=1)
def _t2s_changes() -> Optional[re.Pattern]:
    """The characters OpenCC's ``t2s`` conversion can change, as a pattern (see
    :func:`_t2s_changed_bmp`); None when they cannot be read."""
    bmp = _t2s_changed_bmp()
    # the characters above U+FFFF (~900 of them) as one range: a class listing them
    # is searched item by item (~250 us a text), a class of the others by a table
    return None if bmp is None else re.compile(f"[{bmp}]|[\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _changing_re() -> Optional[re.Pattern]:
    """Any character :func:`normalise` may change, as one class: the fold table's (those it
    maps to another), the angle brackets it reads, the tortoise-shell bracket and what OpenCC
    can change (see :func:`_t2s_changed_bmp`). A text holding none of them is returned as it
    is with one search (most texts asked: substrings of lines already normalised), where each
    step would search it once. None when OpenCC's characters cannot be read."""
    bmp = _t2s_changed_bmp()
    if bmp is None:
        return None
    own = {chr(c) for c, v in _FOLD_TABLE.items() if v != chr(c)} | set(_ANGLE_OPEN) | {"〔"}
    return re.compile("[" + bmp + "".join(re.escape(c) for c in sorted(own)) + "\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _t2s_changed_bmp() -> Optional[str]:
    """The characters OpenCC's ``t2s`` conversion can change, those of the basic plane as the
    inside of a class (escaped); None when they cannot be read (then every text goes through
    OpenCC).

    OpenCC cuts a text into keys of its dictionaries (and characters no key starts with) and
    writes each key's value in its place. A text changes only where a key whose value differs
    from it is cut, and such a key holds a character its value does not have at that place (a
    key of another length than a value: any of its characters). So a text holding none of
    those characters is returned as it is: nearly every text of a simplified corpus (~5 150
    characters, nearly all of them traditional: 坏, 覆, 像 are among the few a simplified text
    uses, kept because a value of theirs is another character). Every value is counted, not
    only the first one OpenCC writes, and the normalisation dictionary too. The first
    characters of the keys, used before, let through ~60 % of a regulation's texts (深 starts
    深沈; OpenCC's call was ~5 % of the extraction's CPU). The entries are read once with
    OpenCC's own ``opencc_dict`` from the dictionaries its ``t2s.json`` names, and the
    characters kept in kg's cache folder, keyed by those files (path, size, time). Reading
    them costs ~0.03 s (the pattern's compilation): :func:`normalise` asks for them only after
    :data:`_T2S_DIRECT` texts went to OpenCC, so a short command (``kg who``) never does."""
    try:
        import hashlib
        import json
        import opencc  # type: ignore
        share = Path(opencc._opencc_share_dir)
        tool = share.parent.parent / "bin" / "opencc_dict"
        files: list[str] = []

        def walk(node) -> None:
            if isinstance(node, dict):
                if isinstance(node.get("file"), str):
                    files.append(node["file"])
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
        walk(json.loads((share / "t2s.json").read_text(encoding="utf-8")))
        key = "|".join(["changes", str(share)]
                       + [f"{f}:{(share / f).stat().st_size}:{(share / f).stat().st_mtime_ns}"
                          for f in ("t2s.json", *files)])
        cache = cache_dir() / ("kg-t2s-" + hashlib.sha1(key.encode()).hexdigest()[:16] + ".cache")
        try:
            got_key, chars = cache.read_text(encoding="utf-8").split("\n", 1)
            if got_key != key:
                chars = None
        except (OSError, ValueError):
            chars = None
        if chars is None:
            chars = _dictionary_changes(tool, [share / f for f in files])
            write_cache(cache, (key + "\n" + chars).encode("utf-8"))
        # (those of the basic plane, escaped for a class; the rest is a range)
        return "".join(re.escape(c) for c in chars if c <= "\uffff") if chars else None
    except Exception:  # noqa: BLE001 - another OpenCC build: every text goes through OpenCC
        return None


def _dictionary_changes(tool: Path, dictionaries: list[Path]) -> str:
    """The characters of the keys of OpenCC dictionaries (``.ocd2``, dumped as text by
    OpenCC's ``opencc_dict``: ``key<TAB>value value…``) that a value of theirs changes: where
    a value of the key's length has another character, or every character of a key that has
    a value of another length."""
    import subprocess
    import tempfile
    changed: set[str] = set()
    with tempfile.TemporaryDirectory() as folder:
        for k, d in enumerate(dictionaries):
            out = Path(folder) / f"{k}.txt"
            subprocess.run([str(tool), "-i", str(d), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           check=True, capture_output=True, timeout=60)
            for line in out.read_text(encoding="utf-8").splitlines():
                key, _tab, values = line.partition("\t")
                for value in values.split(" "):
                    if len(value) != len(key):
                        changed.update(key)
                    else:
                        changed.update(a for a, b in zip(key, value) if a != b)
    return "".join(sorted(changed))
# the characters the fold table changes (most text has none: translate is then skipped); the
# ones it maps to themselves (，、〔〕, in almost every line) are left out, or nearly every text
# would be translated, character by character, to itself
_FOLDED_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD_TABLE)
                                      if _FOLD_TABLE[c] != chr(c)) + "]")


def _has_cjk_ext(text: str) -> bool:
    return _CJK_EXT_RE.search(text) is not None


#: entries of each memo of the extraction's name tests (kg.extract.unitnames, actors,
#: annotations): a document asks the same names again and again, a corpus rarely asks a
#: document's names after it; bounded so that a worker's memory does not grow with the corpus
CACHE_SIZE = 1 << 15
TEXT_CACHE_SIZE = 1 << 16
CACHED_TEXT_MAX = 1000


class _MemoInfo:
    """What ``cache_info()`` of a :func:`_short_cached` function tells: the texts it holds."""

    def __init__(self, currsize: int, maxsize: int) -> None:
        self.currsize, self.maxsize = currsize, maxsize

    def __repr__(self) -> str:
        return f"_MemoInfo(currsize={self.currsize}, maxsize={self.maxsize})"


def _short_cached(f):
    """``f`` with a memo of :data:`TEXT_CACHE_SIZE` texts of at most :data:`CACHED_TEXT_MAX`
    characters: a document's names, labels and clauses, asked again and again. A longer text
    (a line, a task's whole text, an untitled document's rest) is computed each time: kept,
    such texts made a large build's workers grow with the corpus (one task text of 3.7 MB held
    by the memo of compact; docs/SCALE.md, thirty-third round). When the memo is full its
    oldest quarter is dropped.

    A dict looked up before anything else, not ``functools.lru_cache`` behind a length test:
    ``compact`` and ``normalise`` are asked ~1.2 million times in the bundled corpus's
    extraction, nearly all answered from the memo, and a hit costs a third of what it did
    (docs/SCALE.md, thirty-sixth round). ``f`` is pure: the answers are the same."""
    memo: dict[str, str] = {}
    get = memo.get

    @wraps(f)
    def call(text: str) -> str:
        got = get(text)
        if got is not None:
            return got
        got = f(text)
        if len(text) <= CACHED_TEXT_MAX:
            if len(memo) >= TEXT_CACHE_SIZE:
                for old in list(islice(memo, TEXT_CACHE_SIZE // 4)):
                    del memo[old]
            memo[text] = got
        return got
    call.cache_info = lambda: _MemoInfo(len(memo), TEXT_CACHE_SIZE)     # type: ignore[attr-defined]
    call.cache_clear = memo.clear                                       # type: ignore[attr-defined]
    return call


@_short_cached
def normalise(text: str) -> str:
    """Fold punctuation/width/spaces and convert traditional to simplified characters.

    The result has exactly the length of ``text``.

    >>> normalise("（責任單位:市財政局）")
    '（责任单位：市财政局）'
    """
    if _t2s_asked >= _T2S_DIRECT:
        changing = _changing_re()
        if changing is not None and changing.search(text) is None:
            return text         # nothing below would change it
    folded = text.translate(_FOLD_TABLE) if _FOLDED_RE.search(text) else text
    if _ANGLE_OPEN_RE.search(folded):
        folded = _fold_angles(folded)
    folded = _simplified(folded)
    if "〔" in folded:
        # after the conversion: the place levels of a traditional name (各縣〔市、區〕) are
        # simplified characters by then
        folded = _fold_shells(folded)
    return folded


def _simplified(folded: str) -> str:
    """``folded`` in simplified characters (OpenCC ``t2s``, character for character)."""
    if not _has_cjk_ext(folded):
        return folded
    global _t2s_asked
    if _t2s_asked >= _T2S_DIRECT:
        changes = _t2s_changes()
        if changes is not None and changes.search(folded) is None:
            return folded       # nothing OpenCC could change: it returns the text as it is
    else:
        _t2s_asked += 1
    conv = _t2s()
    if conv is None:
        return folded
    converted = conv(folded)
    if len(converted) == len(folded):
        return converted
    return "".join(_t2s_char(c) for c in folded)


# Characters a reader drops from a line (the one change of length a reader makes): zero-width
# spaces, joiners and soft hyphens that web pages put inside words (市\u200b财政局), and the form
# feed pdftotext writes at a page break.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\f"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
_INVISIBLE_RE = re.compile("[" + _INVISIBLE_CHARS + "]")
# A letter-spaced run: three or more single characters, each set
# apart from the next by one or two spaces, as a PDF set in spaced or justified type comes out
# of a text extractor (责 任 单 位 ： 市 财 政 局). A run starts and ends at a character that no
# letter or digit touches on its outer side, so spaces between words (市财政局 市税务局, 市财政局
# 和 区 县) stay.
_SPACE = "[ \u3000\xa0]{1,2}"
_LETTER = "[\u3400-\u9fff\u3001-\u303f\uff01-\uff5e\u2014\u2026\u201c\u201d\u00b7:;,.()0-9A-Za-z]"
_SPACED_RE = re.compile("(?<![\u3400-\u9fff0-9A-Za-z])(?:" + _LETTER + _SPACE + "){2,}" + _LETTER
                        + "(?![\u3400-\u9fff0-9A-Za-z])")
# A run is closed up only when it holds a word of the division of work (an annotation, a
# label, a column name) or opens its line with a list marker (一 、 总 体 要 求): a spaced title
# or a form's blanks (人  员  名  单, 年  月  日) stay as the page set them.
# (and the time limit's labels beside them: 完 成 时 限 ： 2025年10月)
_ROLE_WORD_RE = re.compile("牵头|负责|配合|协办|协助|主办|承办|参与|责任|单位|部门|时限|完成时间|办结时间|期限")
_MARKER_RE = re.compile("(?:[一二三四五六七八九十]+|[0-9]+)[、.．]|[（(](?:[一二三四五六七八九十]+|[0-9]+)[）)]")


def _unspaced(m: re.Match) -> str:
    closed = re.sub(_SPACE, "", m.group(0))
    if _ROLE_WORD_RE.search(closed) or (not m.string[:m.start()].strip()
                                        and _MARKER_RE.match(closed)):
        return closed
    return m.group(0)


def as_written(text: str) -> str:
    """A line's text as it was written, before an extractor or a web page changed it: the
    invisible characters dropped and letter-spaced runs closed up (:data:`_SPACED_RE`). Readers
    apply it to every line they give (it changes lengths, so it is no part of :func:`normalise`).

    >>> as_written("（责 任 单 位 ： 市 财 政 局 、 市 税 务 局）")
    '（责任单位：市财政局、市税务局）'
    >>> as_written("市财政局 市税务局")
    '市财政局 市税务局'
    """
    if _INVISIBLE_RE.search(text):
        text = text.translate(_INVISIBLE)
    if " " in text or "\u3000" in text or "\xa0" in text:
        text = _SPACED_RE.sub(_unspaced, text)
    return text


@_short_cached
def compact(text: str) -> str:
    """Normalised text without white space: the key used to compare names and titles."""
    return "".join(normalise(text).split())


# Punctuation and white space that separate words, for the search index and its queries.
PUNCT_RE = re.compile(r"[\s，。；：、！？“”‘’（）《》〔〕【】\-—…·,.;:!?()<>\"'|/\\\[\]{}0-9a-zA-Z%％]+")


def bigrams(text: str, prefix: str = "") -> list[str]:
    """Character bigrams of each run of text between punctuation, each after ``prefix`` (the
    search index's bigram terms are ``#`` + bigram: made in the same pass).

    >>> bigrams("老旧管网，改造"), bigrams("管网", "#")
    (['老旧', '旧管', '管网', '改造'], ['#管网'])
    """
    out = []
    for chunk in PUNCT_RE.split(text):
        out.extend([prefix + chunk[i:i + 2] for i in range(len(chunk) - 1)])
    return out


def variant_spans(text: str, table: dict[str, list[str]], lengths: list[int],
                  pattern: Optional[re.Pattern] = None) -> list[tuple[int, int, str]]:
    """Where ``text`` holds a known word of ``table`` (form -> other forms), longest match of
    ``lengths`` (longest first) scanning left to right: (start, length, other form). The index
    writer expands the tasks' texts and kg.read.who the question with it, so both sides write
    a word in the same other forms (人民防空 -> 人防). ``pattern`` (:func:`forms_pattern` of
    ``table``) finds the same matches faster.

    >>> variant_spans("对人民防空工程的检查", {"人民防空": ["人防"]}, [4])
    [(1, 4, '人防')]
    """
    if pattern is not None:
        return [(m.start(), m.end() - m.start(), alt)
                for m in pattern.finditer(text) for alt in table[m.group(0)]]
    out, i = [], 0
    while i < len(text):
        for k in lengths:
            if k <= len(text) - i and text[i:i + k] in table:
                out += [(i, k, alt) for alt in table[text[i:i + k]]]
                i += k
                break
        else:
            i += 1
    return out


def forms_pattern(table: dict[str, list[str]]) -> Optional[re.Pattern]:
    """One regular expression of the forms of ``table``, longest first: at each position it
    takes the longest form, as :func:`variant_spans` does, scanning left to right."""
    if not table:
        return None
    return re.compile("|".join(re.escape(f) for f in sorted(table, key=lambda f: (-len(f), f))))


# a distribution's name as importlib.metadata compares it (PEP 503, "-" / "." / "_" alike)
_DIST_NAME_RE = re.compile(r"[-_.]+")


def _dist_key(name: str) -> str:
    return _DIST_NAME_RE.sub("_", name).lower()


def installed_version(name: str) -> Optional[str]:
    """The version of the installed distribution ``name``, as ``importlib.metadata.version``
    gives it: the ``Version`` field of the ``METADATA`` file of the first ``*.dist-info``
    folder on ``sys.path`` named for it (pip's and every wheel's layout), read without
    importing :mod:`importlib.metadata`. Importing that module (it imports ``email``,
    ``zipfile``, ``csv``…) was ~30 ms of every build's start, in the parent alone before the
    workers start (:func:`kg.extract.cache.code_fingerprint` asks OpenCC's and jieba's
    versions; docs/SCALE.md, forty-fifth round). Where no such folder says it (an egg, a
    zipped or custom finder's install) ``importlib.metadata`` is asked; None when the
    distribution is not installed."""
    import os
    import sys
    key = _dist_key(name)
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as it:
                folders = [e.name for e in it if e.name.endswith((".dist-info", ".egg-info"))]
        except OSError:
            continue
        for folder in sorted(folders):
            if _dist_key(folder.rpartition(".")[0].partition("-")[0]) != key:
                continue
            if folder.endswith(".egg-info"):
                break                       # (an egg's metadata: asked below)
            try:
                with open(os.path.join(entry or ".", folder, "METADATA"), encoding="utf-8",
                          errors="surrogateescape") as fh:
                    for line in fh:
                        if not line.strip():
                            break           # the headers end at the first blank line
                        field, colon, value = line.partition(":")
                        if colon and field.strip().lower() == "version":
                            return value.strip()
            except OSError:
                pass
            break                           # (that folder does not say it: ask below)
        else:
            continue
        break
    import importlib.metadata
    try:
        return importlib.metadata.version(name)
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return None


def jieba_dictionary() -> Optional[tuple[str, Path]]:
    """jieba's version and its default dictionary file (``jieba.__version__`` and
    ``jieba.DEFAULT_DICT_NAME`` beside ``jieba.__file__``), found from its installed metadata
    without importing jieba; None when the metadata does not say them."""
    import importlib.util
    version = installed_version("jieba")
    if version is None:
        return None
    try:
        spec = importlib.util.find_spec("jieba")
    except ValueError:
        return None
    if spec is None or not spec.origin:
        return None
    return version, Path(spec.origin).with_name("dict.txt")     # jieba.DEFAULT_DICT_NAME
