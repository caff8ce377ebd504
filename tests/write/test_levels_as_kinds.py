"""A level's bodies written by the level alone (街道 of `市、区、镇、街道应当…`) name a kind of body,
as 政府 does: the search index keeps no alias for them, so a question's 街道 stays a word of its
matter (乡镇和街道在学校安全上要做什么 finds the text's 街道办事处 clause by its words; the alias would
have named the one regulation's bare 街道 unit and dropped the word)."""
from __future__ import annotations

from kg.pipeline import build_and_write
from kg.read.who import load_index, parse_question, who_owns

TEXT = """某市网格化服务管理办法
第五条 市、区、镇、街道应当加强网格化服务管理工作。
第六条 乡（镇）人民政府、街道办事处应当协助有关部门共同做好学校安全工作。
"""


def test_a_bare_level_names_no_unit_in_a_question(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    build_and_write([tmp_path / "a.txt"], out)
    index = load_index(out)
    _words, _grams, units = parse_question("街道在学校安全上要做什么", index)
    assert units == set()
    top = who_owns("乡镇和街道在学校安全上要做什么", out)[0]
    assert top.task_text.startswith("乡（镇）人民政府、街道办事处")
