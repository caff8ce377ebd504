"""Conventions seen in the collected set nn (a county's rule on 重大以上安全隐患 in numbered running
paragraphs with no labels), as short written fixtures with variants not in the files: an item whose
first sentence names its doers with 由 right after a short topic or after a condition
(``重大以上安全隐患由县安委办（县安监局）或…县直有关部门向…发出…``, ``对…的，由县安委办报告…``); an
item whose first sentence opens with its doers and a duty verb (``监察部门负责…``, ``县安委办定期…
组织…``, ``X协助Y负责…``, ``X牵头…``), while a notice's own requirements written with a modal
(``各有关部门要…``) stay no task of its list; a news site's dateline (``海口網3月15日消息``) and its
copyright notice (``版权均属海口网所有``) name the site, not the government the article is about."""
from kg.model import Line
from kg.resolve.jurisdiction import infer
from kg.text import normalise

from test_conventions import read, who


def lines(text: str) -> list[Line]:
    return [Line("t.txt", i, t, normalise(t)) for i, t in enumerate(text.split("\n"), 1)]


def test_an_agent_after_a_short_topic_or_a_condition_does_the_item(write_doc):
    out = read(write_doc, "一、重大以上安全隐患由县安委办（县安监局）或负有安全监管职责的县直有关部门"
                          "（行业主管部门）向治理主体单位发出隐患整改通知书，明确整改时间。\n"
                          "二、对逾期未整治到位又不反馈情况说明原因的，由县安委办报告县人民政府，"
                          "以县政府的名义下达督办函。\n"
                          "三、项目资金由县财政局统一拨付，专款专用。\n")
    # the bracket after a name is its other name, kept as written; the relative clause before a
    # name (负有安全监管职责的) is not part of it
    assert who(out, "重大以上安全隐患由") == [("县安委办（县安监局）", "responsible"),
                                         ("县直有关部门（行业主管部门）", "responsible")]
    assert who(out, "对逾期未整治到位") == [("县安委办", "responsible")]
    assert who(out, "项目资金由县财政局") == [("县财政局", "responsible")]


def test_an_agent_clause_naming_no_unit_is_not_read(write_doc):
    out = read(write_doc, "一、具体事项由主办科室负责衔接，按时报送。\n"
                          "二、隐患整改情况由张三同志负责汇总。\n"
                          "三、重大以上安全隐患的治理主体是隐患所在生产经营单位。必要时由县人民政府指定。\n")
    _, _, got = out
    assert not got


def test_an_item_opening_with_its_doers_and_a_duty_verb(write_doc):
    out = read(write_doc, "（十二）监察部门负责按相关规定对违规办丧行为进行查处。\n"
                          "（十三）民宗部门协助民政部门负责对宗教活动场所进行宣传。\n"
                          "（十四）县安委办定期或不定期地组织相关部门进行督查和复查。\n"
                          "（十五）县发改局牵头，会同有关部门制定实施细则。\n")
    assert who(out, "监察部门负责") == [("监察部门", "responsible")]
    assert who(out, "民宗部门协助") == [("民宗部门", "support"), ("民政部门", "responsible")]
    assert who(out, "县安委办定期") == [("县安委办", "responsible")]
    assert who(out, "县发改局牵头") == [("县发改局", "lead")]


def test_a_notices_requirements_with_a_modal_are_no_task(write_doc):
    # the body of a 分工 notice: its requirements of the bodies it is sent to, then its list
    out = read(write_doc, "一、各有关部门要高度重视，按照分工抓紧研究制定工作方案。\n"
                          "二、区绩效考评机构要将目标任务纳入绩效管理考核范围。\n"
                          "三、负责人要亲自抓，层层落实责任。\n")
    _, _, got = out
    assert not got


def test_a_news_sites_dateline_and_copyright_name_no_government():
    text = ("海口網3月15日消息 記者從海南省住房和城鄉建設廳獲悉，該廳將繼續重點建設7個示范鎮。\n"
            "省住房城鄉建設廳一是將加快設計工作。\n"
            "·凡注明來源為“海口網”的所有作品，版權均屬海口網所有。未經本網書面授權，不得轉載。")
    j = infer(lines(text))
    assert (j.adcode, j.level) == ("460000", "province")
    # the place of a body the article names is still counted (a dateline of its own city's site)
    j = infer(lines("荆州新闻网讯 荆州市城管局开展整治。\n荆州市住建局负责督查。"))
    assert j.adcode == "421000"
