"""Conventions seen in the collected set cg (unseen round of session 43), as short written
fixtures with variants not in the files:

- a carry-over rule that names its own item first, in tortoise-shell brackets, closed by a clause
  naming no unit (``〔市人社局，此项及以下任务均需各县（市、区）落实，不再列出。各责任单位按职责分工
  落实〕``): the item had no unit at all (the bracket was refused), its collective only the later
  items';
- a document site's preview cut into pages, each page numbered ``1、`` ``2、`` where the page broke,
  mid-sentence, over a plan run together (``…制定本实施方案。一、…支持（一）强化…个体工商`` /
  ``2、户提供…（A、B，各县市、区政府，列第一位的为牵头单位，下同。以下均需…不再列出）（二）…``):
  the page numbers read as items, the outline glued after a sentence's end stayed whole, a bare
  list with a rule did not end its task, and 各县市、区政府 was cut in two;
- a progress table's sub-tasks on rows of their own (``②… | … | … | 是 | ||||``: the task, leader
  and unit cells merged with the block's first row, padded at the row's end) and a row one of
  whose cells spans two columns (``58.… | 目标 | 徐国江 | 城管局 | 进展 | 是 | ||``);
- a star legend inside the annotation it explains (``（责任单位：☆经信局、科技局。标☆的为牵头单位，
  下同。）``): reported as pieces neither unit nor deadline."""
from kg.extract import annotations as ann
from test_conventions import read, who


# ---------------------------------------------------------------- 此项及以下 … 不再列出

CARRY = ("一、实施居民增收促进行动\n"
         "1.促进就业。全年建设零工驿站不少于100个。{open}市人社局，{rule}{tail}{close}\n"
         "2.支持创业。落实创业担保贷款贴息政策。（市人社局）\n"
         "3.提升技能。开展职业技能提升工程。（市人社局、市财政局）\n")


def test_a_rule_naming_its_own_item_gives_it_the_units_too(write_doc):
    for open_, close in (("〔", "〕"), ("（", "）")):
        for rule in ("此项及以下任务均需各县（市、区）落实，不再列出。",
                     "本项及以下均需各县（市、区）人民政府负责落实，不再一一列出。"):
            for tail in ("各责任单位按职责分工落实", "各责任单位按职责分工负责", ""):
                text = CARRY.format(open=open_, close=close, rule=rule, tail=tail)
                out = read(write_doc, text)
                coll = "各县（市、区）人民政府" if "人民政府" in rule else "各县（市、区）"
                key = (open_, rule, tail)
                assert who(out, "促进就业") == [("市人社局", "responsible"),
                                             (coll, "responsible")], key
                assert who(out, "支持创业") == [("市人社局", "responsible"),
                                             (coll, "responsible")], key
                assert who(out, "提升技能") == [("市人社局", "responsible"), ("市财政局", "responsible"),
                                             (coll, "responsible")], key


def test_a_rule_of_later_items_only_leaves_its_own_item_alone():
    # 以下… without 此项及: the item it is written on gets no unit of the rule
    p = ann.parse_annotation("市人社局，以下任务均需各县（市、区）落实，不再列出")
    assert [u.mention for u in p.units] == ["市人社局"]
    assert [u.mention for r in p.rules for u in r.units] == ["各县（市、区）"]


def test_the_listed_units_clause_names_no_unit():
    for tail in ("各责任单位按职责分工落实", "各牵头单位按职责负责", "各相关责任单位抓好落实"):
        p = ann.parse_annotation("市商务局、市财政局。" + tail)
        assert [u.mention for u in p.units] == ["市商务局", "市财政局"], tail
        assert not p.leftover, tail
    # a collective of units named with its own words stays a unit
    p = ann.parse_annotation("市商务局、各有关单位")
    assert [u.mention for u in p.units] == ["市商务局", "各有关单位"]


# ---------------------------------------------------------------- a document site's page numbers

PAGES = ("《某市实施方案.docx》由会员分享，可在线阅读，更多相关《某市实施方案.docx（18页珍藏版）》请在某文库上搜索。\n"
         "1、某市贯彻落实若干措施实施方案为深入贯彻中共中央、国务院关于促进民营经济发展壮大的决策部署，全面落实若干措施，"
         "激发民营经济发展活力，提振民营经济发展信心，结合实际，制定本实施方案。一、加强民营经济资源要素支持（一）强化财税"
         "政策保障。贯彻落实党中央、国务院关于延续优化完善实施阶段性税费优惠政策的决策部署，依规加大减税降费力度。增值税小"
         "规模纳税人减免增值税，为农户、小微企业及个体工商\n"
         "2、户提供融资担保及再担保业务免征增值税，金融机构与小微企业签订借款合同免征印花税等政策延续执行至2027年底。对个体"
         "工商户年应纳税所得额不超过200万元部分减半征收个人所得税，并延续至2027年底。{annotation}（二）加强产业基金支持。"
         "发挥产业基金引领作用，争取省高端装备产业基金和省科创母基金投向我市民间投资项目。利用产业基\n")


def test_page_numbers_of_a_preview_are_no_items(write_doc):
    for annotation, want in (
            ("（市税务局、市财政局，各县市、区政府，列第一位的为牵头单位，下同。以下均需各县市、区政府落实，不再列出）",
             [("市税务局", "lead"), ("市财政局", "responsible"), ("各县市、区政府", "responsible")]),
            ("（责任单位：市税务局、市财政局）",
             [("市税务局", "responsible"), ("市财政局", "responsible")]),
            ("（市税务局牵头，市财政局配合）", [("市税务局", "lead"), ("市财政局", "support")])):
        out = read(write_doc, PAGES.format(annotation=annotation))
        assert who(out, "强化财税政策保障") == want, annotation
        _, tasks, _ = out
        # the page's number is no item: no task opens with the page's text
        assert not any(t.text.startswith("户提供融资担保") for t in tasks.values()), annotation
        assert any(t.text.startswith("加强产业基金支持") for t in tasks.values()), annotation


def test_numbered_items_ending_their_sentences_stay_items(write_doc):
    # a list whose items end with 。 (or are short) is the document's own numbering
    long_item = "推进重点项目建设，" * 20
    text = ("1、" + long_item + "确保按期完成。（责任单位：市发改委）\n"
            "2、" + long_item + "确保按期完成。（责任单位：市住建局）\n")
    out = read(write_doc, text)
    _, tasks, got = out
    assert sorted(m for v in got.values() for m, _ in v) == ["市住建局", "市发改委"]
    assert len([t for t in tasks.values() if t.task_id in got]) == 2


def test_collective_over_a_two_level_word():
    for text, want in (("各县市、区政府", ["各县市、区政府"]), ("各县市、区人民政府", ["各县市、区人民政府"]),
                       ("市发改委、各县市、区政府、市财政局", ["市发改委", "各县市、区政府", "市财政局"]),
                       ("各县区、镇人民政府", ["各县区、镇人民政府"])):
        assert [n for n, _ in ann.unit_items(text)] == want, text
    # a bare pair of level words with no body written stays split (相关县市、区: the body unsaid)
    assert [n for n, _ in ann.unit_items("各街道、地区")] == ["各街道", "地区"]


# ---------------------------------------------------------------- merged cells of a progress table

TABLE = ("年度重点工作 | 细化任务及目标 | 三季度目标 | 分管领导 | 牵头单位 | 落实情况 | 是否达序 | 说明 |\n"
         "57.务实开展垃圾分类管理，厨余垃圾处置中心年内运营。 | ①建成厨余垃圾处置中心并运营。 | 完成建设。 | 徐国江 | "
         "{unit} | 土建部分混凝土养护。 | 是 | |\n"
         "②新建“三定一督”小区193个。 | 开工建设。 | 已进入合同履行阶段。 | 是 | ||||\n"
         "③全域实现主次干道撤桶并点。 | 完成80%点位撤桶。 | 推进缓慢。 | 否 | 无任务经费。 | |||\n"
         "58.开展违建专项治理，削减存量违建40%以上。 | 削减存量违建至30%。 | 徐国江 | {unit2} | 截至目前，削减存量违建42.21%。 | 是 | ||\n"
         "59.深化静态交通秩序管理，全面推行潮汐式停车。 | ①实施背街后巷停车秩序整治工程。 | 完成招标。 | 徐国江 | {unit2} | "
         "等待财政资金确认。 | 否 | 进度迟缓。 |\n")


def test_sub_task_rows_take_the_merged_unit_of_their_block(write_doc):
    for unit, unit2 in (("城管局", "城管局"), ("区城管局、区住建局", "区执法局")):
        out = read(write_doc, TABLE.format(unit=unit, unit2=unit2))
        first = [(u, "lead") for u in unit.split("、")]
        assert who(out, "建成厨余垃圾处置中心") == first, unit
        assert who(out, "新建“三定一督”小区193个") == first, unit
        assert who(out, "全域实现主次干道撤桶并点") == first, unit
        assert who(out, "实施背街后巷停车秩序整治工程") == [(unit2, "lead")], unit


def test_a_cell_spanning_two_columns_leaves_the_unit_in_its_column(write_doc):
    out = read(write_doc, TABLE.format(unit="城管局", unit2="城管局"))
    assert who(out, "开展违建专项治理") == [("城管局", "lead")]
    _, _, got = out
    # the progress cell is no unit cell
    assert not any(m.startswith("截至目前") for v in got.values() for m, _ in v)


def test_rows_without_circled_sub_tasks_are_left_as_they_are(write_doc):
    # a row padded at its end but with no ② of a block above: not moved
    text = ("工作任务 | 具体要求 | 责任部门 |\n"
            "1.开展安全检查 | 每月一次 | 应急局 |\n"
            "2.开展宣传活动 | 每季度一次 | 宣传部 |\n")
    out = read(write_doc, text)
    assert who(out, "开展安全检查") == [("应急局", "responsible")]
    assert who(out, "开展宣传活动") == [("宣传部", "responsible")]


# ---------------------------------------------------------------- a star legend in its annotation

def test_a_star_legend_inside_the_annotation_is_no_piece(write_doc):
    for legend in ("标☆的为牵头单位，下同。", "标★的为牵头单位。", "★为牵头单位"):
        text = ("一、推动重点领域应用\n"
                "（一）推进工业制造。鼓励各类产业平台打造智能化园区。（责任单位：☆经信局、科技局。" + legend + "）\n"
                "（二）推进现代农业。大力发展智慧农业。（责任单位：☆农业农村局、科技局）\n")
        out = read(write_doc, text)
        result, _, _ = out
        assert who(out, "推进工业制造") == [("经信局", "lead"), ("科技局", "responsible")], legend
        assert who(out, "推进现代农业") == [("农业农村局", "lead"), ("科技局", "responsible")], legend
        assert not [i for i in result.issues if "为牵头单位" in i.message or "'下同'" in i.message], legend


def test_a_row_short_of_its_merged_category_cell_moves_right_whole(write_doc):
    # the merged cell is on the row's left (类别), not a spanned cell inside it: the row moves right
    # whole, its progress staying out of its text
    text = ("类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 工作完成情况 | 工作取得成效 | 监督电话 |\n"
            "四、教育文化 | 14.改扩建泉山学校 | 完成一期教学楼建设。 | 教育体育局 | 刘福利 | 完成主体建筑结构施工。 | "
            "正在推进。 | 监督电话0535-1234567 |\n"
            "15.推进学校塑胶运动场地建设 | 完成13处农村学校塑胶运动场地建设。 | 教育体育局 | 刘福利 | 9月份开始施工。 | "
            "正在全力推进。 | 监督电话0535-1234567 | |\n")
    out = read(write_doc, text)
    assert who(out, "推进学校塑胶运动场地建设") == [("教育体育局", "responsible")]
    _, tasks, _ = out
    row = next(t for t in tasks.values() if "塑胶运动场地" in t.source_text)
    assert "9月份开始施工" not in row.text
