"""Session 39's lead: a duty's holder is shown as the document writes it, also when the duty
reader carries it over an enumerated list from the line that names it (a traditional-script
regulation: the list's items are the holder's, the holder written on the line above)."""
from kg.pipeline import build

REGULATION = ("某市經濟技術開發區條例\n"
              "第八條開發區設立管理委員會，代表所在市人民政府對開發區實行統一領導和管理。\n"
              "第九條開發區管理委員會行使下列職權：\n"
              "（一）編制開發區建設總體規劃；\n"
              "（二）制定並公布開發區的管理規定；\n"
              "（三）負責開發區的勞動人事管理。\n")


def _prose(write_doc, text):
    result = build([write_doc(text, "reg.txt")])
    tasks = {t.task_id: t for t in result.tasks}
    return [(tasks[a.task_id].source_text, a.raw.mention.text) for a in result.assignments
            if a.raw.via == "prose"]


def test_a_holder_carried_over_a_list_is_shown_as_its_line_writes_it(write_doc):
    got = _prose(write_doc, REGULATION)
    items = [m for text, m in got if "總體規劃" in text or "管理規定" in text]
    # the items' holder, read from line 3, in the characters line 3 writes (not 开发区管理委员会)
    assert items and set(items) == {"開發區管理委員會"}, got


def test_a_holder_on_its_own_line_is_unchanged(write_doc):
    got = _prose(write_doc, REGULATION.replace("（一）編制", "（一）開發區管理委員會編制"))
    assert ("開發區管理委員會" in {m for text, m in got if "總體規劃" in text}), got


# parts of a list sharing the head written after the last (A、B等行政管理部門): each part a holder
# the reader composes (稅務 + 行政管理部門), a name no line writes whole
COMPOSED = ("某市機動車停車場管理辦法\n"
            "第一條 為了加強機動車停車場的管理，制定本辦法。\n"
            "第五條 發展改革、財政、稅務等行政管理部門在各自的職責範圍內，做好停車場管理的相關工作。\n")


def test_a_holder_the_reader_composes_is_spelt_as_the_document_writes_its_characters(write_doc):
    got = _prose(write_doc, COMPOSED)
    mentions = {m for _text, m in got}
    assert "稅務行政管理部門" in mentions, got
    assert not {m for m in mentions if "务" in m or "门" in m}, got


def test_a_character_the_document_writes_both_ways_is_left_as_read():
    from kg.extract.enrich import _written_chars
    from kg.model import Line
    from kg.text import normalise
    lines = [Line("f", n, t, normalise(t)) for n, t in enumerate(["然後發展", "今后", "(一)"], 1)]
    own = _written_chars(lines)
    assert own["发"] == "發" and own["（"] == "(" and "后" not in own
