"""The duty reader's refusal of a subject by its last character (``_Subjects._refuses``,
docs/SCALE.md, thirty-ninth round) never refuses what the grammar takes: its endings are derived
from the grammar's patterns and vocabularies, and every text the duty reader asks of the answer
sets is read with the refusal off and compared."""
from __future__ import annotations

import ast
import inspect
import re
import types
from pathlib import Path
from re import _constants as C
from re import _parser as P

import pytest

from kg.extract import actors, unitnames
from kg.extract.enrich import duties as D
from kg.resolve import units as U
from kg.resolve.lexicon import load_lexicon
from kg.resolve.units import Resolver

ROOT = Path(__file__).resolve().parents[2]
ANSWER_SETS = [ROOT / "corpus" / "langfang", ROOT / "tests" / "govs" / "external-dev" / "text",
               ROOT / "tests" / "govs" / "collected" / "text", ROOT / "tests" / "govs" / "prose" / "text"]

# ------------------------------------------------------------ the endings of a pattern

_ANY = "any"        # a match may end in any character (a class of Chinese characters, .)


def _last(items) -> tuple[object, bool]:
    """(the characters a match of ``items`` can end in, or _ANY; whether it can be empty)."""
    out: set[str] = set()
    for op, av in reversed(list(items)):
        chars, empty = _last_of(op, av)
        if chars is _ANY:
            return _ANY, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _last_of(op, av) -> tuple[object, bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars = set()
        for o, a in av:
            if o is C.LITERAL:
                chars.add(chr(a))
            elif o is C.RANGE and a[1] - a[0] <= 64:
                chars |= {chr(c) for c in range(a[0], a[1] + 1)}
            else:
                return _ANY, False
        return chars, False
    if op is C.BRANCH:
        out, empty = set(), False
        for alt in av[1]:
            chars, e = _last(alt)
            if chars is _ANY:
                return _ANY, False
            out |= chars
            empty = empty or e
        return out, empty
    if op is C.SUBPATTERN:
        return _last(av[-1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        chars, e = _last(av[2])
        return (_ANY, False) if chars is _ANY else (chars, e or av[0] == 0)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True      # (a look-around consumes nothing)
    return _ANY, False


def _anchored(items):
    """The characters a match ending at ``$`` ends in; _ANY; None when the pattern is not
    anchored at the end (every alternative of a top-level alternation must be)."""
    items = list(items)
    if not items:
        return None
    op, av = items[-1]
    if op is C.AT and av in (C.AT_END, C.AT_END_STRING):
        return _last(items[:-1])[0]
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _anchored(alt)
            if got is None or got is _ANY:
                return got
            out |= got
        return out
    if op is C.SUBPATTERN and len(items) == 1:
        return _anchored(av[-1])
    return None


def ends(pattern: re.Pattern, whole: bool = False):
    """The characters a match of ``pattern`` (``whole``: its fullmatch) ending at the text's end
    can end in."""
    src = "(?:" + pattern.pattern + r")\Z" if whole else pattern.pattern
    return _anchored(P.parse(src, pattern.flags))


def test_ends_of_patterns():
    assert ends(re.compile("^(?:市|县)(?:财政局|公安局)$")) == {"局"}
    assert ends(re.compile("^a$|^b(?:c)?$")) == {"a", "b", "c"}
    assert ends(re.compile("^[\u4e00-\u9fff]{2,4}$")) is _ANY
    assert ends(re.compile("^市(?=财政)")) is None
    assert ends(re.compile("[\u4e00-\u9fff]{2}委员会"), whole=True) == {"会"}


# ------------------------------------------------------------ the grammar's endings

# patterns of _items' readings matched with fullmatch (anchored by it)
_WHOLE = {"LEVEL_GROUP_RE", "GROUP_OFFICE_RE", "_ONE_ETC_RE", "_SECTOR_PAIR_YU_RE", "_SHARED_HEAD_RE"}
# patterns a reading only refuses by (their endings take no subject)
_REFUSING = {"WHERE_ACT_END_RE"}
# patterns anchored at the end whose last part may end in any character, each read for why the
# subject still ends as SUBJECT_FINALS, the lexicon or the text's short names end:
_ANY_ENDED = {
    "AUTONOMOUS_OWN_RE": "its x, the text's tail, read by _one",
    "BARE_SECTOR_SEG_RE": "a segment before the list's last, the last read by _items (_bodies_and_sectors)",
    "BELONGS_RE": "its x, the tail, read by _one or _items",
    "GOVS_OWN_RE": "government + y, y the tail, read by _one",
    "GOV_DEPTS_THEN_RE": "its rest, the tail, read by _items, or holds 等",
    "LEVEL_WORDS_RE": "dept a GENERIC_ORGAN_RE or _CHARGED_INSTITUTION_RE match, or 和/及/与 + the tail read by _items",
    "OWN_EACH_RE": "its each, the tail, read by _one",
    "SCOPE_BODY_RE": "its x or y, the tail, read by _one",
    "SINGLED_OUT_RE": "its b, the tail, read by _items",
    "SITE_BODY_RE": "its x, the tail, read by _one",
    "TWO_LISTS_RE": "its b, the tail, read by _items",
    "_BARE_GOV_START_RE": "its rest, the tail, read by _items (_pair_inside)",
    "_DEFINED_THEN_EACH_RE": "its r, the tail, read by _items",
    "_ETC_COUNTED_KIND_RE": "holds 等 (never refused)",
    "_ETC_DEPTS_AND_RE": "holds 等",
    "_ETC_KIND_RE": "holds 等",
    "_ETC_THEN_BODIES_RE": "holds 等",
    "_LEVEL_AND_PLACE_RE": "its rest, the tail: 人民政府/政府 or read by _written_items",
    "_POSTS_THEN_UNITS_RE": "its x, the tail, read by _items",
    "_SECTOR_PAIR_YU_RE": "taken only with a lookup (the last item's ends as its name does, or the text holds 等)",
    "_TWO_EACH_RE": "its b, the tail, read by _items",
}
# patterns not anchored at the end that _items' readings use: each a gate that refuses, a prefix
# set aside, a bracket taken out (the text then ends in a bracket, never refused), or a match
# whose group at the end is read again (LEVEL_LIST_RE, LEVELS_RE, PLACED_RE with unit_kind)
_UNANCHORED = {
    "ACT_AFTER_NAME_RE", "ACT_FIRST_RE", "COUNTED_RE", "DEFINE_RE", "DUTY_VERB_IN_RE", "ETC_WORD_RE",
    "GLOSS_RE", "GRASSROOTS_RE", "HANDED_TO_RE", "HOSTED_NOTE_RE", "INCORPORATED_RE", "LEVELS_RE",
    "LEVEL_BEFORE_SHORT_RE", "LEVEL_LIST_RE", "NAMED_PLACE_EACH_RE", "NEVER_IN_NAME_RE",
    "NOT_SUBJECT_RE", "OWN_PLACE_RE", "PLACED_RE", "POST_ACTS_FOR_RE", "PRED_RE", "UPPER_RE",
    "VERB_START_RE", "_BRACKETED_RE", "_BY_PREFIX_RE", "_EACH_LEVEL_COMMA_RE", "_EACH_PREFIX_RE",
    "_LEVEL_OR_RE",     # (a rewrite inside a subject, 市或者区、县 -> 市、区、县: it takes none by itself)
    "_ETC_JOINED_RE", "_GOV_BEFORE_DEPTS_RE", "_JOINT_VERB_RE", "_NOT_IN_SUBJECT_RE",
    "_NOT_ONE_BODY_RE", "_OTHER_MEMBERS_RE", "_OWN_PLACE_BEFORE_LIST_RE", "_PLACES_AND_DEPTS_RE",
    "_PLACE_JOIN_RE", "_REST_OF_RE", "_SHORT_NAME_DEF_RE", "_TWO_ORGANS_RE", "_UTILITY_RE", "_VAGUE_RE",
    # (session 40: a gate that refuses a clause ending in a kind of body, 县教育局应健全…管理机构; a
    # zone's committee by its defined short name, taken by fullmatch: it ends in 会, a final)
    "MODAL_VERB_IN_NAME_RE", "_ZONE_COMMITTEE_RE",
    # (session 42: a stop inside a subject read as the 、 it lost; the list read keeps the
    # subject's last character, so its ending is the list's)
    "LOST_LIST_MARK_RE",
    # (session 51: an enforcing organ's kind after a list of sectors, 城管执法、公安等执法和管理机构, taken by
    # fullmatch of the kind after 等: it ends in 构 or 关, finals)
    "ENFORCING_ORGANS_KIND_RE",
}


def _names(code: types.CodeType) -> set[str]:
    out = set(code.co_names)
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            out |= _names(c)
    return out


def _reachable() -> set[str]:
    """The module names used by _Subjects._items and every method or function of the duty
    reader it calls (by name, transitively)."""
    seen, used, todo = set(), set(), ["_items"]
    while todo:
        f = todo.pop()
        if f in seen:
            continue
        seen.add(f)
        obj = D._Subjects.__dict__.get(f) or vars(D).get(f)
        obj = getattr(obj, "__func__", obj)
        code = getattr(getattr(obj, "__wrapped__", obj), "__code__", None)
        if code is None:
            continue
        for n in _names(code):
            used.add(n)
            if n in D._Subjects.__dict__ or (isinstance(vars(D).get(n), types.FunctionType)
                                             and vars(D)[n].__module__ == D.__name__):
                todo.append(n)
    return used


def _grammar_endings() -> tuple[set[str], set[str], set[str]]:
    """(the endings of _items' readings, its patterns ending in any character, its patterns not
    anchored at the end)."""
    out, any_ended, unanchored = set(), set(), set()
    for n in _reachable():
        p = vars(D).get(n)
        if not isinstance(p, re.Pattern) or n in _REFUSING:
            continue
        got = ends(p, n in _WHOLE)
        if got is None:
            unanchored.add(n)
        elif got is _ANY:
            any_ended.add(n)
        else:
            out |= got
    # the kinds of name the readings take by kg.extract.actors (actor_kind, unit_type_kind),
    # unitnames.unit_kind and the township grammar
    for p in (actors.MATTER_ROLE_RE, actors.COMMITTEE_RE, actors.TASK_ROLE_RE, actors.OWN_PARTS_RE,
              unitnames.SHORT_INVESTOR_RE, unitnames.CORPS_RE, U._TOWN_SUBJECT,
              re.compile(unitnames._LEVELS + "$")):
        out |= ends(p)
    for words in ([h for h, _k in actors._TABLE], actors.UNIT_TYPE_NAMES, unitnames.SUFFIX_KINDS,
                  unitnames.COLLECTIVE_ENDINGS, D.BARE_COMMUNITY, ("办公室", "各地区")):
        out |= {w[-1] for w in words}
    return {c for c in out if "\u4e00" <= c <= "\u9fff"}, any_ended, unanchored


def _split_top_separators() -> set[str]:
    """The Chinese characters the duty reader and the list splitter split lists at with
    split_top, which drops the empty part a separator closing the text leaves (A和B以及: A, B):
    each literal given it, and annotations._split_conj's one-character conjunctions."""
    from kg.extract import annotations
    out = set()
    for module in (D, annotations):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "split_top" \
                    and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                out |= set(node.args[1].value)
    out |= {"及", "与", "和"}      # (_split_conj's conjunctions, split_top one at a time)
    return {c for c in out if "\u4e00" <= c <= "\u9fff"}


def test_subject_finals_hold_the_grammars_endings():
    """SUBJECT_FINALS holds every ending the grammar takes a subject by; a pattern of its
    readings that may end in any character, or is not anchored at the end, is one read here
    (a new one: read how it takes a subject, then list it)."""
    endings, any_ended, unanchored = _grammar_endings()
    assert endings <= D.SUBJECT_FINALS, "".join(sorted(endings - D.SUBJECT_FINALS))
    assert _split_top_separators() == set("和及与或")
    assert _split_top_separators() <= D.SUBJECT_FINALS
    assert any_ended <= set(_ANY_ENDED), sorted(any_ended - set(_ANY_ENDED))
    assert unanchored <= _UNANCHORED, sorted(unanchored - _UNANCHORED)
    assert "负" not in D.SUBJECT_FINALS and "制" not in D.SUBJECT_FINALS     # (it refuses something)


# ------------------------------------------------------------ the refusal on real text

@pytest.fixture(scope="module")
def known():
    return Resolver(load_lexicon(), kind_of=actors.kind_of).knower("廊坊市")


def test_what_is_refused(known):
    s = D._Subjects(known, "prefecture")
    assert s._refuses("健全激励机制") and s.subject_as_written("健全激励机制") is None
    assert not s._refuses("市财政局") and s.subject_as_written("市财政局")
    # the three readings that take another ending are never refused
    for t in ("财政等部门、公安", "各级财政"):
        assert not s._refuses(t) and s.subject_as_written(t), t
    assert not s._refuses("各区政府 鄞州 海曙")
    # a short name the text defines ends a subject
    line = "市住房和城乡建设局、市城市管理综合行政执法局（以下简称住建城管口）负责"
    assert s._refuses("住建城管口")
    s.define(line, D._mask(line))
    assert not s._refuses("住建城管口") and s.subject_as_written("住建城管口")
    # a reader not told the lexicon's endings refuses nothing
    assert not D._Subjects(lambda n: known(n), "prefecture")._refuses("健全激励机制")


def test_refused_subjects_are_no_subjects(monkeypatch):
    """Every text _items is asked in a build of each answer set, read with the refusal off: none
    it would refuse is a subject (and it would refuse most of those that are not)."""
    from kg import pipeline
    refuses, items = D._Subjects._refuses, D._Subjects._items
    asked = {"all": 0, "refused": 0}
    wrong: list[tuple[str, list]] = []

    def checked(self, subj):
        got = items(self, subj)
        asked["all"] += 1
        if refuses(self, subj):
            asked["refused"] += 1
            if got is not None:
                wrong.append((subj, got))
        return got
    monkeypatch.setattr(D._Subjects, "_refuses", lambda self, subj: False)
    monkeypatch.setattr(D._Subjects, "_items", checked)
    for folder in ANSWER_SETS:
        D._ITEMS_MEMO.clear()
        pipeline.build([folder], workers=1, keep_lines=False)
    assert not wrong, wrong[:10]
    assert asked["refused"] > asked["all"] // 2, asked
