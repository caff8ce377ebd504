"""cc52's probes (session 52): 74 written documents of annotation conventions
(``tests/govs/probes-cc52``, answers committed before kg ran on them). Misread on main:

- the pair 主责单位 / 协责单位: the 协责 bodies were read with no role label at all (no support);
- a place of two characters whose second is an organisational ending (新会, 汉台) before its
  level's government (``新会区政府``): cut into ``新会`` and ``区政府`` (``unitnames._split_fused``);
- a railway company's branch after its legal form (``中国铁路兰州局集团有限公司兰州西站``): cut into
  the company's head and ``集团有限公司兰州西站`` (``unitnames._run_piece``);
- a body's name in lenticular brackets alone on its line over numbered items (``【市卫生健康委员会】``
  / ``1.…`` / ``【市医疗保障局】`` / ``3.…``): read as the standalone annotation of the item above, the
  first list's items given nothing (``outline._colon_unit_heading``, ``_LENTICULAR_HEAD_RE``);
- a heading's rule bracketed after its words (``一、市容秩序整治（以下任务均由X牵头，Y配合，不再列出）``):
  the items under it given nothing (``assignments._section_rule``).
"""

from test_conventions import read, who


def test_main_and_shared_duty_labels(write_doc):
    out = read(write_doc, "汉中市2025年汉江水质保护工作要点\n"
                          "1.开展入河排污口排查整治。（主责单位：市生态环境局；协责单位：市水利局、各县区政府）\n"
                          "2.加强饮用水水源地保护。（主责部门：市水利局；协责部门：市卫健委）\n")
    assert who(out, "入河排污口排查整治") == [("市生态环境局", "lead"), ("市水利局", "support"),
                                              ("各县区政府", "support")]
    assert who(out, "饮用水水源地保护") == [("市水利局", "lead"), ("市卫健委", "support")]


def test_a_two_character_place_ending_like_a_body_before_its_government(write_doc):
    out = read(write_doc, "江门市2025年侨乡文化保护工作任务\n"
                          "1.修缮侨房碉楼20座。（责任单位：市文广旅体局、新会区人民政府、台山市人民政府）\n"
                          "2.建设汉台区政府便民服务点。（责任单位：汉台区政府、市民政局）\n")
    assert who(out, "修缮侨房碉楼") == [("市文广旅体局", "responsible"), ("新会区人民政府", "responsible"),
                                        ("台山市人民政府", "responsible")]
    assert who(out, "便民服务点") == [("汉台区政府", "responsible"), ("市民政局", "responsible")]


def test_two_fused_names_still_cut(write_doc):
    # (guard: a body of its own before a level's government is still a name of its own)
    out = read(write_doc, "1.开展消防安全检查。（责任单位：市应急管理局区政府）\n")
    assert who(out, "消防安全检查") == [("市应急管理局", "responsible"), ("区政府", "responsible")]


def test_a_companys_branch_after_its_legal_form(write_doc):
    out = read(write_doc, "西宁市2025年春运保障工作任务\n"
                          "1.增开春运临时旅客列车。（牵头单位：市交通运输局；配合单位：中国铁路青藏集团有限公司西宁站、市公安局）\n")
    assert who(out, "增开春运临时旅客列车") == [("市交通运输局", "lead"),
                                                ("中国铁路青藏集团有限公司西宁站", "support"),
                                                ("市公安局", "support")]
    out = read(write_doc, "1.保障电煤铁路运输。（责任单位：中国铁路成都局集团有限公司贵阳东站、市发改委）\n")
    assert who(out, "保障电煤铁路运输") == [("中国铁路成都局集团有限公司贵阳东站", "responsible"),
                                            ("市发改委", "responsible")]


def test_a_bodys_name_in_lenticular_brackets_over_its_items(write_doc):
    out = read(write_doc, "德阳市2025年市直部门重点工作\n"
                          "【市教育局】\n"
                          "1.新建公办幼儿园6所。\n"
                          "2.推进县域普通高中振兴。\n"
                          "【市民政局】\n"
                          "3.建设社区养老服务综合体4个。\n")
    assert who(out, "新建公办幼儿园6所") == [("市教育局", "responsible")]
    assert who(out, "推进县域普通高中振兴") == [("市教育局", "responsible")]
    assert who(out, "社区养老服务综合体") == [("市民政局", "responsible")]


def test_a_bracketed_name_after_an_item_stays_its_annotation(write_doc):
    # (guard: 1.… / 【X】 / 2.… / 【Y】: each name the item's above, as before)
    out = read(write_doc, "德阳市2025年重点工作\n"
                          "1.新建公办幼儿园6所。\n"
                          "【市教育局】\n"
                          "2.建设社区养老服务综合体4个。\n"
                          "【市民政局】\n")
    assert who(out, "新建公办幼儿园6所") == [("市教育局", "responsible")]
    assert who(out, "社区养老服务综合体") == [("市民政局", "responsible")]


def test_a_headings_bracketed_rule_for_the_items_under_it(write_doc):
    out = read(write_doc, "泸州市江阳区2025年交通秩序整治工作要点\n"
                          "一、停车秩序治理（以下任务均由区交通运输局牵头，各镇（街道）配合，不再一一列出）\n"
                          "1.清理僵尸车辆。\n"
                          "2.施划临时停车泊位500个。\n"
                          "二、客运市场治理\n"
                          "3.打击非法营运。（责任单位：区公安分局）\n")
    assert who(out, "清理僵尸车辆") == [("区交通运输局", "lead"), ("各镇（街道）", "support")]
    assert who(out, "施划临时停车泊位") == [("区交通运输局", "lead"), ("各镇（街道）", "support")]
    assert who(out, "打击非法营运") == [("区公安分局", "responsible")]
