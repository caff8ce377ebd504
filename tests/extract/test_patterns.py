"""The ground floor's shared pieces in kg/patterns.py: a mirror's pinyin glosses read away
(unglossed) and found again as a line writes them (glossed_span), and the digit date shape."""
import random
import re

from kg.patterns import GLOSSED_SPAN_MAX, PINYIN_GLOSS, digit_date, glossed_span, unglossed


def test_unglossed_drops_every_gloss_tone_marks_and_capitals_included():
    assert unglossed("城鄉（xiāng）建設委") == "城鄉建設委"
    assert unglossed("部門（mén）負（fù）責（zé）") == "部門負責"
    assert unglossed("嗯（ǹg）和（HE）") == "嗯和"
    # only glosses: a bracket of Chinese words, or of digits, stays
    assert unglossed("县（市、区）政府（2023）") == "县（市、区）政府（2023）"


def test_unglossed_after_han_keeps_a_lettered_marker_after_a_digit_or_bracket():
    text = "1）（a）縣（xiàn）政府"
    assert unglossed(text) == "1）縣政府"
    assert unglossed(text, after_han=True) == "1）（a）縣政府"


def test_unglossed_of_text_without_brackets_is_the_text_itself():
    text = "市发展改革委"
    assert unglossed(text) is text and unglossed(text, after_han=True) is text


def test_glossed_span_finds_the_text_as_the_line_writes_it():
    line = "二、由各相關（guān）部門（mén）負（fù）責落實"
    a, b = glossed_span(line, "相關部門負責")
    assert line[a:b] == "相關（guān）部門（mén）負（fù）責"
    # a text the line writes without glosses: its plain span, the first one
    assert glossed_span("落實，再落實", "落實") == (0, 2)
    # a gloss before the text's first character is no part of it
    assert glossed_span("各（gè）部門", "部門") == (5, 7)


def test_glossed_span_is_none_when_absent_empty_or_too_long():
    assert glossed_span("部門（mén）負責", "部門牵头") is None
    assert glossed_span("部門", "") is None
    long = "部" * (GLOSSED_SPAN_MAX + 1)
    assert glossed_span(long, long) is None
    assert glossed_span(long[:-1], long[:-1]) == (0, GLOSSED_SPAN_MAX)


def test_glossed_span_goes_back_when_a_gloss_reading_leads_nowhere():
    # after 門 the gloss （mén） is tried first; the text goes on with a bracket of its own, so
    # the reading without the gloss is the one that ends the text
    assert glossed_span("部門（mén）", "部門（mén）") == (0, 7)
    assert glossed_span("部門（mén）（a）", "部門（a）") == (0, 10)
    # …and the text's last character takes the gloss after it, as any other does
    assert glossed_span("x部門（mén）（a）", "部門（mén）") == (1, 11)


def _pattern_span(line, text):
    # the definition glossed_span keeps: a character, then its gloss if the line has one
    m = re.search("".join(re.escape(c) + "(?:" + PINYIN_GLOSS + ")?" for c in text), line)
    return m.span() if m else None


def test_glossed_span_finds_what_a_pattern_of_the_text_would_find():
    rng = random.Random(20)
    pieces = ["部", "門", "負", "責", "（", "）", "（mén）", "（fù）", "（a）", "a", "，"]
    for _ in range(5000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        text = "".join(rng.choice(pieces[:7]) for _ in range(rng.randint(1, 4)))
        assert glossed_span(line, text) == _pattern_span(line, text), (line, text)


def test_digit_date_with_its_separators():
    line, page = re.compile("^" + digit_date("-") + "$"), re.compile(digit_date("-./") + "$")
    for d in ("2023年5月12日", "2023-05-12"):
        assert line.match(d) and page.match(d)
    for d in ("2023.5.12", "2023/05/12", "2023-05/12"):
        assert page.match(d) and not line.match(d)
    for d in ("2023年5月", "23-05-12", "2023-05-12-1"):
        assert not line.match(d) and not page.match(d)
