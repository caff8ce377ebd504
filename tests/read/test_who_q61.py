"""`kg who` held-out rounds 109 and 110 (session 52, helper q61): the general faults behind their misses."""
import pytest

from kg.read.who import who_owns

from test_who import _built

COUNTY_PLAN = {
    "plan.txt": """德清县人民政府办公室关于印发2024年城乡建设重点工作任务的通知

1.推进城区农贸市场改造提升，完善市场配套设施，规范经营秩序。（县商务局负责）
2.推进农村公路改造提升。（县交通运输局负责）
3.实施乡村振兴示范村创建，每个乡镇打造示范村1个以上。（县农业农村局负责）
4.编制镇区控制性详细规划。（县自然资源和规划局负责）
5.发展乡村旅游，培育民宿集聚区，推出精品线路，办好节庆活动。（县文化和广电旅游体育局负责）
6.创建全域旅游示范区。（县发展和改革局负责）
7.规范城区民宿经营。（县公安局负责）
8.汛期落实防汛值班制度，做好雨情通报。（县应急管理局负责）
""",
}


@pytest.mark.parametrize("question, word", [
    ("德清县市场改造提升谁负责", "市场"),
    ("德清县乡村振兴示范村创建谁负责", "乡村"),
    ("德清县镇区规划谁来编", "镇区"),
    ("德清乡镇的示范村谁来打造", "乡镇"),     # (a short form: 乡 is no level of a county's name)
])
def test_a_word_after_a_place_named_whole(tmp_path_factory, question, word):
    """A place named by its full name (德清县) has its level already: the character after it (市 of
    市场, 乡 of 乡村振兴) opens the next word, it is no level of the place's (which dropped the word
    and its bigram, 德清县市 | 场改造…); a short form's level is a division's (县, 市…), never 乡 or 镇."""
    from kg.read.build import load_index
    from kg.read.who import parse_question
    out = _built(tmp_path_factory, "county", COUNTY_PLAN)
    words, grams, _units = parse_question(question, load_index(out))
    assert word in words or "#" + word in grams, (words, grams)


def test_the_word_after_a_place_named_whole_finds_its_row(tmp_path_factory):
    """德清县乡村民宿谁负责: the row on 乡村旅游 and its 民宿, not the shorter one on the town's 民宿
    (德清县乡 | 村民宿 was read, 村民 + 宿)."""
    out = _built(tmp_path_factory, "county", COUNTY_PLAN)
    top = who_owns("德清县乡村民宿谁负责", out, limit=1)[0]
    assert "乡村旅游" in top.task_text, top.task_text


def test_a_pair_the_table_writes_otherwise_is_one_word(tmp_path_factory):
    """镇街 (two loose characters) has its other forms (乡镇, 街道) among the question's words: their
    bigram is not its only trace, so it is no word of its own beside them (it counted twice, the
    clause writing 镇街 ahead of the one on the matter asked)."""
    from kg.read.build import load_index
    from kg.read.who import parse_question
    out = _built(tmp_path_factory, "county", COUNTY_PLAN)
    words, grams, _units = parse_question("镇街防汛值班谁负责", load_index(out))
    assert "#镇街" not in words and "#镇街" in grams, (words, grams)
    assert "乡镇" in words or "街道" in words, words


@pytest.mark.parametrize("question, asks", [
    ("物业公司不公示收费，谁来叫它改正", True),
    ("街道办被塞了活儿，谁让那个部门纠正", True),
    ("乱搭乱建由哪个部门责成整改", True),
    ("小区消防通道堵了谁来检查纠正", False),     # (who puts it right: a duty, no sanction)
    ("隐患整改由谁负责", False),
])
def test_making_another_put_it_right_asks_the_sanction(question, asks):
    from kg.read.who import ASKS_SANCTION_RE
    assert (ASKS_SANCTION_RE.search(question) is not None) == asks


ESTATES = {
    "estates.txt": """某某市物业服务收费管理办法

第八条 物业服务企业应当在物业服务区域内的显著位置公示服务内容、收费项目和收费标准，接受业主监督。

第九条 物业服务企业未按照规定公示收费项目和收费标准的，由市场监督管理部门责令限期改正。
""",
}


def test_a_question_asking_the_sanction_finds_it(tmp_path_factory):
    """Who makes another put it right (谁来叫它改正) asks the sanction: the clause stating it (…的，由X责令
    限期改正) answers it, not the duty it sanctions (it kept NO_UNIT_FACTOR of its score, as for a
    question on the duty)."""
    out = _built(tmp_path_factory, "estates", ESTATES)
    top = who_owns("物业公司不公示收费项目，谁来叫它改正", out, limit=1)[0]
    assert "责令限期改正" in top.task_text, top.task_text
    assert any(u["unit"].endswith("市场监督管理部门") for u in top.units), top.units
