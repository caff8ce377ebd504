"""Month-only deadlines of a document whose title names no year, dated by the document's own date
(session 51, lead51): a notice of 2025-03-10 writing 6月底前 means 2025-06; an earlier month stays as
written (the next year's, or a past one a bulletin reports)."""
from __future__ import annotations

from kg.pipeline import build

NOTICE = """某县人民政府办公室关于做好城乡环境整治工作的通知

各乡镇人民政府，县直各单位：
一、开展垃圾清运。（责任单位：县住建局，6月底前完成）
二、整治河道。（责任单位：县水利局，年底前）
三、完成方案制定。（责任单位：县生态环境分局，2月底前）
四、推进厕所改造。（责任单位：县农业农村局，上半年）

某县人民政府办公室
2025年3月10日
"""


def _deadlines(result):
    return {a.raw.mention.text: a.raw.deadline for a in result.assignments}


def test_months_dated_by_the_documents_date(write_doc):
    got = _deadlines(build([write_doc(NOTICE, "n.txt")]))
    assert got == {"县住建局": "2025-06", "县水利局": "2025-12", "县生态环境分局": "2月底前",
                   "县农业农村局": "2025-06"}


def test_the_titles_year_still_comes_first(write_doc):
    text = NOTICE.replace("关于做好城乡环境整治工作的通知", "关于做好2026年城乡环境整治工作的通知")
    got = _deadlines(build([write_doc(text, "n.txt")]))
    assert got["县住建局"] == "2026-06" and got["县生态环境分局"] == "2026-02"


def test_no_date_no_year(write_doc):
    text = NOTICE.replace("2025年3月10日\n", "")
    assert _deadlines(build([write_doc(text, "n.txt")]))["县住建局"] == "6月底前"
