"""National naming rules for government bodies (``kg/data/naming_rules.tsv``), as a small API.

>>> canonical_body("市发改委")
'市发展和改革委员会'
>>> canonical_body("嘉兴市人力社保局")
'嘉兴市人力资源和社会保障局'
>>> expansions("发改委")[:3]
['发改委', '发展和改革委员会', '发展改革委']

A name is canonicalised by its longest ending that is a standard form or a variant; the part
before it (a place, 市, 县, 中共…) is kept as written. Names are normalised first, so
traditional spellings (``市發改委``) give the same result. Used by the resolver, so one body has
one node per government however a document abbreviates it, and by ``kg who`` to expand the
abbreviations of a question.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..errors import LexiconError
from ..text import compact, normalise


#: the last character of a place or a level word before a body (苏州市, 县, 自治州, 盟, 苏木, 嘎查,
#: 各级, 乡（镇）, 事发地, 地方 …)
_LEVEL_ENDS = "省市县区州旗盟乡镇国木查村级）地方"
#: heads a short form leaves out that name no field of work (政府 of 人民政府, 人民银行 of 中国人民
#: 银行, 税务总局 of 国家税务总局): the short form stands for the standard after any words
_NOT_FIELD_HEADS = ("人民", "中国", "国家")


@dataclass(frozen=True)
class NamingRules:
    standard: dict[str, str]              # form (standard or variant) -> standard
    forms: dict[str, tuple[str, ...]]     # standard -> (standard, *variants)
    lengths: tuple[int, ...]              # lengths of the forms, longest first

    def split(self, name: str) -> Optional[tuple[str, str, str]]:
        """(prefix, form as written, standard) for the longest known ending of ``name``.
        A short form that is the end of its standard (``综合行政执法局`` of 城市管理综合行政执法局,
        ``审批局`` of 行政审批局, ``环境厅`` of 生态环境厅), leaving out a field of work, stands for
        it only after a place or a level word (``市综合行政执法局``) or the head it leaves out; after
        another field (``市生态环境综合行政执法局``, ``市数据和审批局``) the body is another, its
        standard as written (it was named 生态环境城市管理综合行政执法局)."""
        key = compact(normalise(name))
        for n in self.lengths:
            if n > len(key):
                continue
            written = key[-n:]
            std = self.standard.get(written)
            if std is not None:
                prefix = key[:-n]
                head = std[:-n]
                if (head and std.endswith(written) and head not in _NOT_FIELD_HEADS and prefix
                        and prefix[-1] not in _LEVEL_ENDS and not prefix.endswith(head[-1])):
                    return prefix, written, written
                return prefix, written, std
        return None


def _parse(text: str, origin: str) -> NamingRules:
    standard: dict[str, str] = {}
    forms: dict[str, tuple[str, ...]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("standard\t"):
            continue
        cols = raw.split("\t")
        std = compact(normalise(cols[0]))
        if not std:
            raise LexiconError(f"{origin}:{number}: expected 'standard<TAB>variants', "
                               f"got {raw[:40]!r}")
        variants = [compact(normalise(v)) for v in (cols[1] if len(cols) > 1 else "").split("|")]
        group = tuple(dict.fromkeys([std, *[v for v in variants if v]]))
        for form in group:
            owner = standard.get(form)
            if owner is not None and owner != std:
                raise LexiconError(f"{origin}:{number}: {form!r} is already a form of {owner}; "
                                   "a form must name one body")
            standard[form] = std
        forms[std] = tuple(dict.fromkeys(forms.get(std, ()) + group))
    lengths = tuple(sorted({len(f) for f in standard}, reverse=True))
    return NamingRules(standard, forms, lengths)


@lru_cache(maxsize=1)
def load_rules() -> NamingRules:
    """The bundled rules (read once)."""
    text = resources.files("kg.data").joinpath("naming_rules.tsv").read_text("utf-8")
    return _parse(text, "kg/data/naming_rules.tsv")


def canonical_body(name: str) -> str:
    """``name`` with its body in the standard form: ``市发改委`` -> ``市发展和改革委员会``.
    A name with no known body comes back compact and normalised, otherwise unchanged."""
    hit = load_rules().split(name)
    if hit is None:
        return compact(normalise(name))
    prefix, written, std = hit
    return _without_shared_head(prefix, written, std) + std


def _without_shared_head(prefix: str, written: str, std: str) -> str:
    """``prefix`` without the head of the standard form that the written form leaves out and
    the prefix supplies: ``市人民`` + ``政府办`` is ``市`` + ``人民政府办公室`` (not 市人民人民…),
    ``国家`` + ``市场监管总局`` is ``国家市场监督管理总局``. Decided by the form, not by any overlap:
    ``梅州市`` + ``市场监督管理局`` keeps both 市, as the written form starts with its own."""
    for k in range(1, len(std)):
        head = std[:k]
        if std[k] == written[0] and prefix.endswith(head) and not written.startswith(head):
            return prefix[:-k]
    return prefix


#: central bodies named 中国… (中国气象局), not 国家…, when their short form drops the prefix
CHINA_NAMED = ("气象局", "地震局", "民用航空局", "民航局")


def national_name(body: str) -> str:
    """The name of a central body a national document writes without its prefix, by how
    the State Council's commissions and administrations are named: ``发展和改革委员会`` ->
    ``国家发展和改革委员会``, ``统计局`` -> ``国家统计局``, ``气象局`` -> ``中国气象局``. Ministries
    (``财政部``), 总署, banks, offices and names with a prefix already (``国资委``, ``中央网信办``)
    are unchanged."""
    if body.startswith(("国", "中", "全国")) or body[:1] in "省市县区州旗盟乡镇":
        return body
    if body in CHINA_NAMED:
        return "中国" + body
    if body.endswith(("委员会", "局")) and len(body) >= 3:
        return "国家" + body
    return body


def is_standard_body(name: str) -> bool:
    """Does ``name`` end with a body the rules know (a standard form or a variant)?"""
    return load_rules().split(name) is not None


def expansions(term: str) -> list[str]:
    """Every written form of ``term``'s body, with its prefix kept: the term itself first,
    then the standard form, then the variants in table order. ``[term]`` when no rule applies.

    >>> expansions("市人社局")
    ['市人社局', '市人力资源和社会保障局', '市人力社保局', '市人力资源社会保障局', '市人力资源和社保局']
    """
    rules = load_rules()
    hit = rules.split(term)
    if hit is None:
        return [term]
    prefix, _written, std = hit
    return list(dict.fromkeys([term, *(prefix + f for f in rules.forms[std])]))


_ORGAN_ENDS = ("委员会办公室", "委员会", "办公室", "局", "厅", "部")


@lru_cache(maxsize=1)
def joined_fields() -> frozenset[str]:
    """The fields one body's standard name joins with 和 (文化和旅游, 林业和草原, 住房和城乡建设):
    written before a shared head they name one department, not two."""
    out = set()
    for std in load_rules().forms:
        if "和" not in std:
            continue
        for end in _ORGAN_ENDS:
            if std.endswith(end) and len(std) > len(end) + 2:
                out.add(std[:-len(end)])
                break
    return frozenset(out)
