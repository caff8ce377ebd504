"""Conventions seen in the held-out set "k", each as a short synthetic fixture with variants
that are not in the collected files: a table pasted one row a line with single spaces between
cells whose text keeps spaces of its own, a last row cut by the excerpt inside its unit cell,
and two bodies of one place joined by 和 (``各县（市、区）党委和人民政府``)."""
from kg.extract import annotations as ann

from test_conventions import read, who

HEADER = "序号 类别 重点任务 具体措施 牵头单位 参与单位 责任单位\n"


def test_space_table_cells_with_spaces_are_aligned_from_the_right(write_doc):
    body = ("某某市城市更新任务分解表\n" + HEADER
            + "1 改善城市 环境 整治老旧小区 完成改造小区120个，同步加装电梯。 市住建局 "
              "市财政局、城管局等 各区人民政府\n"
            + "2  打通断头 道路 推进道路微循环建设，新建支路12条。 市交通局 市自然资源局 "
              "各区人民政府，市城投集团\n")
    out = read(write_doc, body)
    assert who(out, "完成改造小区120个") == [("市住建局", "lead"), ("市财政局", "support"),
                                        ("城管局", "support"), ("各区人民政府", "responsible")]
    assert who(out, "推进道路微循环建设") == [("市交通局", "lead"), ("市自然资源局", "support"),
                                         ("各区人民政府", "responsible"),
                                         ("市城投集团", "responsible")]
    tasks = {t.text for t in out[1].values()}
    assert "整治老旧小区" in tasks and "打通断头道路" in tasks


def test_a_last_row_cut_inside_its_unit_cell_gives_no_units(write_doc):
    body = (HEADER
            + "1 改善城市 环境 整治老旧小区 完成改造小区120个。 市住建局 市财政局 各区人民政府\n"
            + "2 提升 绿化 建设口袋公园 新建口袋公园30个。 市园林局 市财政局 各区人民政府，市城\n")
    out = read(write_doc, body)
    assert who(out, "完成改造小区120个") == [("市住建局", "lead"), ("市财政局", "support"),
                                        ("各区人民政府", "responsible")]
    assert who(out, "新建口袋公园30个") == []


def test_two_bodies_of_one_place_joined_by_and_are_two_units():
    assert ann._split_conj("各县（市、区）党委和人民政府") == ["各县（市、区）党委", "人民政府"]
    assert ann._split_conj("经开区党工委和管委会") == ["经开区党工委", "管委会"]
    # a collective with no place of its own stays one
    assert ann._split_conj("各级党委和政府") == ["各级党委和政府"]
    assert ann._split_conj("住房和城乡建设局") == ["住房和城乡建设局"]


def test_cell_per_line_rows_split_unit_runs_where_the_level_changes(write_doc):
    # one cell a line; the responsible county departments (two in one cell) are followed by the
    # city department that scores them; 单位 is the unit of measure; merged cells leave rows
    # short (row 2 has no 考核指标 of its own, row 3 no 单位)
    cells = ["考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门",
             "生态宜居", "1", "改善农村人居环境", "农村生活污水治理率", "%", "≥90%",
             "县住建局", "县生态环境分局", "市住建局",
             "2", "农村公厕改造数", "座", "20", "县农业农村局", "市农业农村局",
             "3", "村庄绿化", "-", "县林业局", "市林业局",
             "4", "森林覆盖率", "%", "稳中有升", "县林业局", "市林业局"]
    out = read(write_doc, "某县2022年乡村振兴任务清单\n\n" + "\n\n".join(cells) + "\n")
    assert who(out, "农村生活污水治理率") == [("县住建局", "responsible"),
                                         ("县生态环境分局", "responsible")]
    assert who(out, "农村公厕改造数") == [("县农业农村局", "responsible")]
    assert who(out, "村庄绿化") == [("县林业局", "responsible")]


def test_the_second_body_of_a_place_is_looked_up_with_the_place():
    assert ann.unit_items("各县（市、区）党委和人民政府，经开区党工委和管委会") == [
        ("各县（市、区）党委", None), ("人民政府", "各县（市、区）人民政府"),
        ("经开区党工委", None), ("管委会", "经开区管委会")]
