"""Posts and persons written as a task's people (分管副市长, 各级河长, 责任领导：张三,
第一责任人：各乡镇党委书记) are kept on the task with their role, label and source line: never a
unit, never an assignment (``assignments.jsonl`` and the scorer see no change), in
``tasks.jsonl``, the RDF graph (``org:Post`` / ``prov:Person`` through ``kg:PostAssignment``), the
台账's 责任领导 column and ``kg who``; one that no task can keep is reported (E307). Also: a bare
``镇人民政府`` is the townships as a set (a collective with the county's townships as members),
and a township named as a clause's subject in running text (``古林镇负责…``) is found."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from kg import errors
from kg.cli import app
from kg.extract import actors
from kg.extract import annotations as ann
from kg.model import Jurisdiction
from kg.pipeline import build, write
from kg.resolve.lexicon import Lexicon
from kg.resolve.units import Resolver, own_township

PLAN = """某某市人民政府办公室
关于印发河湖管理和城市更新工作方案的通知
一、落实河长制，开展河湖清四乱行动（责任单位：市水利局、各级河长；完成时限：2024年底前）
二、推进老旧小区改造（牵头领导：市政府分管副市长；牵头单位：市住建局；配合单位：市财政局）
三、做好汛期防御工作（责任领导：王小明，李大海；责任单位：市应急局）
四、抓好农村安全生产（第一责任人：各乡镇党委书记；责任单位：各乡镇人民政府）
五、推进招商引资项目落地（县长负责，县发改局牵头）
六、加强湖泊保护，落实湖长制，责任单位为各级湖长。
"""


def posts_of(result) -> dict[str, list[tuple[str, str, str, object]]]:
    """task text -> (post as written, kind, role, label) of the posts kept on it."""
    text = {t.task_id: t.text for t in result.tasks}
    out: dict[str, list] = {}
    for e in result.enrichment.values():
        for p in e.posts:
            out.setdefault(text[p.task_id], []).append((p.written, p.kind, p.role, p.label))
    return out


def test_parse_annotation_keeps_posts_and_persons_apart_from_units():
    p = ann.parse_annotation("责任单位：市水利局、各级河长")
    assert [u.mention for u in p.units] == ["市水利局"]
    assert [(x.written, x.kind, x.role, x.label) for x in p.posts] == [
        ("各级河长", "post", "responsible", "责任单位")]
    p = ann.parse_annotation("牵头领导：张三，李四；配合领导：市政府副秘书长；牵头单位：市住建局")
    assert [u.mention for u in p.units] == ["市住建局"]
    assert [(x.written, x.kind, x.role) for x in p.posts] == [
        ("张三", "person", "lead"), ("李四", "person", "lead"), ("市政府副秘书长", "post", "support")]
    p = ann.parse_annotation("市发改委牵头，分管副市长负责")
    assert [(u.mention, u.role) for u in p.units] == [("市发改委", "lead")]
    assert [(x.written, x.role, x.label) for x in p.posts] == [("分管副市长", "responsible", None)]


def test_a_person_field_value_that_is_no_name_is_not_a_person():
    # a phone number or a sentence under a person label is no person
    assert ann.post_refs("13800000000", "responsible", "联系人") == []
    assert ann.post_refs("由各县负责落实", "responsible", "责任人") == []


def test_posts_are_kept_on_their_tasks_and_never_become_units(write_doc):
    result = build([write_doc(PLAN)])
    posts = posts_of(result)
    assert posts["落实河长制，开展河湖清四乱行动"] == [("各级河长", "post", "responsible", "责任单位")]
    assert posts["推进老旧小区改造"] == [("市政府分管副市长", "post", "lead", "牵头领导")]
    assert posts["做好汛期防御工作"] == [("王小明", "person", "responsible", "责任领导"),
                                   ("李大海", "person", "responsible", "责任领导")]
    assert posts["抓好农村安全生产"] == [("各乡镇党委书记", "post", "responsible", "第一责任人")]
    assert posts["推进招商引资项目落地"] == [("县长", "post", "responsible", None)]
    mentions = {a.raw.mention.text for a in result.assignments}
    assert mentions >= {"市水利局", "市住建局", "市财政局", "市应急局", "各乡镇人民政府", "县发改局"}
    assert not mentions & {"各级河长", "市政府分管副市长", "王小明", "各乡镇党委书记", "县长", "各级湖长"}
    assert not any(u.name.endswith(("河长", "湖长", "市长", "书记")) for u in result.units)


def test_a_post_no_task_keeps_is_reported_with_its_line(write_doc):
    # 责任单位为各级湖长 names only a post: the sentence is not read as an annotation, so the
    # post stays in the task's text and the report names it with file and line
    result = build([write_doc(PLAN)])
    set_aside = [i for i in result.issues if i.code == errors.W_POST_SET_ASIDE]
    assert [(i.file, i.line) for i in set_aside] == [("doc.txt", 8)]
    assert "各级湖长" in set_aside[0].message


def test_posts_in_a_table_leader_column_and_in_a_unit_column(write_doc):
    table = ("某某县人民政府办公室\n关于印发重点项目责任分工表的通知\n"
             "序号\t重点任务\t县政府分管领导\t牵头单位\t责任单位\n"
             "1\t建设县城污水处理厂\t李明\t县住建局\t县生态环境分局、各级河长\n"
             "2\t推进高标准农田建设\t分管副县长\t县农业农村局\t县财政局\n")
    result = build([write_doc(table)])
    posts = posts_of(result)
    assert posts["建设县城污水处理厂"] == [("李明", "person", "responsible", "县政府分管领导"),
                                    ("各级河长", "post", "responsible", "责任单位")]
    assert posts["推进高标准农田建设"] == [("分管副县长", "post", "responsible", "县政府分管领导")]
    assert "各级河长" not in {a.raw.mention.text for a in result.assignments}


def test_posts_in_every_export_and_kg_who(write_doc, tmp_path):
    out = tmp_path / "out"
    write(build([write_doc(PLAN)]), out)
    rows = [json.loads(line) for line in (out / "tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    by_text = {r["text"]: r for r in rows}
    assert by_text["推进老旧小区改造"]["posts"] == [
        {"post": "市政府分管副市长", "kind": "post", "role": "lead", "label": "牵头领导",
         "source": {"file": "doc.txt", "line": 4},
         "post_id": by_text["推进老旧小区改造"]["posts"][0]["post_id"]}]
    assert by_text["推进老旧小区改造"]["posts"][0]["post_id"].startswith("P")
    assert all("posts" in r for r in rows)
    assigned = (out / "assignments.jsonl").read_text(encoding="utf-8")
    assert "分管副市长" not in assigned.replace("牵头领导：市政府分管副市长", "")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["posts"] == 6        # 各级湖长 (line 8) is reported, not kept
    # the 台账: a 责任领导 column
    ledger = list(csv.reader(io.StringIO((out / "ledger.csv").read_text(encoding="utf-8-sig"))))
    col = ledger[0].index("责任领导")
    cells = {r[4]: r[col] for r in ledger[1:]}
    assert cells["推进老旧小区改造"] == "市政府分管副市长（牵头）"
    assert cells["做好汛期防御工作"] == "王小明、李大海"
    # the graph: an org:Post / prov:Person per name, a kg:PostAssignment per task, and no unit
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    assert '<http://www.w3.org/ns/org#Post>' in nt and '<http://www.w3.org/ns/prov#Person>' in nt
    assert nt.count("<https://w3id.org/zrtp/kg#PostAssignment>") == 6
    from kg.write.validate import validate
    ok, text = validate(out / "graph.nt")
    assert ok, text
    # kg who shows them
    res = CliRunner().invoke(app, ["who", "老旧小区改造", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "责任领导: 市政府分管副市长（牵头）" in res.output
    res = CliRunner().invoke(app, ["who", "老旧小区改造", "--out", str(out), "--json"])
    first = json.loads(res.output)["results"][0]
    assert first["posts"] == [{"post": "市政府分管副市长", "role": "lead", "label": "牵头领导"}]


def test_the_same_post_or_person_of_one_government_is_one_node_across_documents(write_doc, tmp_path):
    # two documents of one city name its 分管副市长 and 张三 (one in traditional characters):
    # one post_id each and one RDF node linked from both documents' post assignments; the
    # same title in another city's document is another post, and a document whose
    # government cannot be told keeps its own
    one = ("石家庄市人民政府办公室\n关于印发河湖管理工作方案的通知\n"
           "一、开展河湖清四乱行动（牵头领导：分管副市长；责任领导：张三；责任单位：石家庄市水利局）\n")
    two = ("石家庄市人民政府办公室\n关于印發城市更新工作方案的通知\n"
           "一、推進老舊小區改造（牵头领导：分管副市長；责任领导：张三；责任单位：石家庄市住建局）\n")
    other = ("保定市人民政府办公室\n关于印发城市更新工作方案的通知\n"
             "一、推进老旧小区改造（牵头领导：分管副市长；责任单位：保定市住建局）\n")
    nowhere = "某工作方案\n一、推进老旧小区改造（牵头领导：分管副市长；责任单位：住建局）\n"
    out = tmp_path / "out"
    write(build([write_doc(one, "one.txt"), write_doc(two, "two.txt"), write_doc(other, "other.txt"),
                 write_doc(nowhere, "nowhere.txt")]), out)
    rows = [json.loads(line) for line in (out / "tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    ids: dict[tuple[str, str], str] = {}
    for r in rows:
        for p in r["posts"]:
            ids[(r["source"]["file"], p["post"])] = p["post_id"]
    assert ids[("one.txt", "分管副市长")] == ids[("two.txt", "分管副市長")]
    assert ids[("one.txt", "张三")] == ids[("two.txt", "张三")]
    assert len({ids[("one.txt", "分管副市长")], ids[("other.txt", "分管副市长")],
                ids[("nowhere.txt", "分管副市长")]}) == 3
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    node = f"<https://w3id.org/zrtp/kg/id/post/{ids[('one.txt', '分管副市长')]}>"
    assert nt.count(f"<https://w3id.org/zrtp/kg#post> {node} .") == 2
    assert f'{node} <http://www.w3.org/2004/02/skos/core#prefLabel> "分管副市长"@zh .' in nt
    assert f'{node} <https://w3id.org/zrtp/kg#jurisdiction> "石家庄市" .' in nt
    from kg.write.validate import validate
    ok, text = validate(out / "graph.nt")
    assert ok, text
    # the viewer's data: the post lists its tasks of both documents
    from kg.view import viewdata
    data = viewdata.page_data(viewdata.load_exports(out))
    post = data["posts"][ids[("one.txt", "分管副市长")]]
    assert sorted(data["tasks"][t]["file"] for t, _role in post["tasks"]) == ["one.txt", "two.txt"]
    assert all([ids[("one.txt", "分管副市长")], "lead"] in data["tasks"][t]["posts"] for t, _r in post["tasks"])


def test_shapes_catch_a_post_given_as_a_unit(write_doc, tmp_path):
    import rdflib
    from kg.write.validate import validate
    out = tmp_path / "out"
    write(build([write_doc(PLAN)]), out)
    g = rdflib.Graph().parse(out / "graph.nt", format="nt")
    kg = rdflib.Namespace("https://w3id.org/zrtp/kg#")
    pa = next(g.subjects(rdflib.RDF.type, kg.PostAssignment))
    g.add((pa, kg.unit, next(g.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/org#Organization")))))
    ok, text = validate(g)
    assert not ok and "never a unit" in text


# ---------------------------------------------------------------- townships

def _resolver() -> Resolver:
    return Resolver(Lexicon(), kind_of=actors.kind_of)


def test_a_bare_township_government_is_the_townships_as_a_set():
    r = _resolver()
    county = Jurisdiction("鄞州区", "330212", "county", "issuer")
    for name in ("古林镇", "姜山镇", "石碶街道"):
        r.resolve(name, county)
    for bare in ("镇人民政府", "乡镇人民政府", "镇级人民政府"):
        assert r.resolve(bare, county).kind == "collective"
    units = {u.name: u for u in r.units()}
    names = {u.unit_id: u.name for u in units.values()}
    assert sorted(names[m] for m in units["镇人民政府"].members) == [
        "鄞州区古林镇人民政府", "鄞州区姜山镇人民政府"]      # the 镇 only, not the 街道
    # 古林镇人民政府 names one township: not a set
    assert r.resolve("古林镇人民政府", county).kind == "township"


def test_a_bare_ethnic_township_government_is_the_ethnic_townships_as_a_set():
    # 民族乡政府 / 民族乡人民政府 with no place is a level noun, as 镇人民政府 is: the county's
    # ethnic townships (X瑶族乡, X民族乡), not a township called 民族乡; in a township's own
    # document the bare form is that township
    r = _resolver()
    county = Jurisdiction("融水苗族自治县", "450225", "county", "issuer")
    for name in ("安太乡", "杆洞乡", "同练瑶族乡", "滚贝侗族乡", "融水镇"):
        r.resolve(name, county)
    for bare in ("民族乡人民政府", "民族乡政府"):
        assert r.resolve(bare, county).kind == "collective"
    units = {u.name: u for u in r.units()}
    names = {u.unit_id: u.name for u in units.values()}
    assert sorted(names[m] for m in units["民族乡人民政府"].members) == [
        "融水苗族自治县同练瑶族乡人民政府", "融水苗族自治县滚贝侗族乡人民政府"]
    assert r.resolve("民族乡政府", county, scope="D1", township_doc=True).kind == "township"


def test_in_a_townships_own_document_the_bare_form_is_that_township():
    assert own_township("（二）凤屯镇政府文件信息领域基层政务公开标准目录", None)
    assert own_township("关于印发2024年工作要点的通知", "古林镇人民政府")
    assert not own_township("关于印发乡镇人民政府职责清单的通知", "某某县人民政府")
    r = _resolver()
    county = Jurisdiction("鄞州区", "330212", "county", "issuer")
    own = r.resolve("镇人民政府", county, scope="D1", township_doc=True)
    assert own.kind == "township"
    assert r.resolve("镇人民政府", county, scope="D2").kind == "collective"


def test_a_township_named_as_the_subject_of_a_duty_in_running_text(write_doc):
    text = ("宁波市鄞州区人民政府办公室\n关于印发垃圾分类工作方案的通知\n"
            "一、工作职责\n古林镇负责辖区内生活垃圾分类的组织实施工作。\n"
            "石碶街道负责做好辖区内的宣传发动工作。\n"
            "二、重点任务\n（一）姜山镇要抓好农村生活垃圾治理。\n"
            "（二）示范镇要发挥带动作用，民族乡要加强团结，小城镇要完善功能，千年古镇要保护风貌。\n"
            "（三）城镇要加强管理，村镇要改善人居环境，重点镇要率先发展，全镇要统一部署。\n")
    result = build([write_doc(text)])
    got = sorted((a.raw.mention.text, a.unit.name, a.unit.kind) for a in result.assignments
                 if a.raw.via == "prose")
    assert got == [("古林镇", "鄞州区古林镇人民政府", "township"),
                   ("姜山镇", "鄞州区姜山镇人民政府", "township"),
                   ("石碶街道", "鄞州区石碶街道办事处", "township")]


def test_a_township_the_document_lists_is_found_where_a_task_names_it(write_doc):
    # 古林镇 and 石碶街道 are listed in an annotation; a task's running text naming them is a
    # mention of them; 姜山镇, listed nowhere, and the common nouns are not looked for
    text = ("宁波市鄞州区人民政府办公室\n关于印发农村人居环境整治工作方案的通知\n"
            "一、推进农村生活污水治理（责任单位：古林镇人民政府、石碶街道办事处）\n"
            "二、重点任务\n（一）加快古林镇污水管网建设，推进小城镇环境综合整治。\n"
            "（二）完善石碶街道垃圾收运体系，城镇和村镇同步推进。\n（三）提升姜山镇集镇风貌。\n")
    result = build([write_doc(text)])
    tasks = {t.task_id: t.text for t in result.tasks}
    got = [(tasks[a.task_id][:6], a.raw.mention.text, a.unit.name) for a in result.assignments
           if a.raw.via == "mention"]
    assert got == [("加快古林镇污", "古林镇", "鄞州区古林镇人民政府"),
                   ("完善石碶街道", "石碶街道", "鄞州区石碶街道办事处")]


POSTS_ONLY = """某某市人民政府办公室
关于印发稳增长工作方案的通知
一、社会消费品零售总额增长7%左右（责任领导：张三）
二、推进老旧小区改造（牵头单位：市住建局）
"""


def test_a_task_naming_only_posts_has_its_row_in_every_ledger(write_doc, tmp_path):
    # a 督查室 reads the 台账: a task whose only people are posts or persons is a row there too,
    # with its unit columns empty, in ledger.csv, ledger.xlsx and kg ledger (by unit: a sheet
    # of such tasks)
    import openpyxl
    out = tmp_path / "out"
    write(build([write_doc(POSTS_ONLY)]), out)
    ledger = list(csv.reader(io.StringIO((out / "ledger.csv").read_text(encoding="utf-8-sig"))))
    head = ledger[0]
    rows = {r[head.index("任务")]: r for r in ledger[1:]}
    row = rows["社会消费品零售总额增长7%左右"]
    assert row[head.index("责任领导")] == "张三"
    assert [row[head.index(c)] for c in ("牵头单位", "配合单位", "责任单位")] == ["", "", ""]
    assert row[head.index("出处")] == "doc.txt:3"
    assert list(rows) == ["社会消费品零售总额增长7%左右", "推进老旧小区改造"]    # task order

    def table(path, sheet=None):
        ws = openpyxl.load_workbook(path)[sheet] if sheet else openpyxl.load_workbook(path).active
        vals = list(ws.values)
        return [dict(zip(vals[0], v)) for v in vals[1:]]
    for path in (out / "ledger.xlsx", out / "kg-ledger.xlsx"):
        if path.name.startswith("kg-"):
            res = CliRunner().invoke(app, ["ledger", "--out", str(out), "-o", str(path)])
            assert res.exit_code == 0, res.output
            assert res.output.startswith("2 tasks")
        got = table(path)
        assert [(r["任务"], r["牵头单位"], r["责任领导"], r["出处"]) for r in got] == [
            ("社会消费品零售总额增长7%左右", None, "张三", "doc.txt:3"),
            ("推进老旧小区改造", "市住房和城乡建设局", None, "doc.txt:4")]
    by_unit = out / "by-unit.xlsx"
    res = CliRunner().invoke(app, ["ledger", "--by-unit", "--out", str(out), "-o", str(by_unit)])
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(by_unit)
    assert wb.sheetnames == ["仅责任领导", "市住房和城乡建设局"]
    assert [r["任务"] for r in table(by_unit, "仅责任领导")] == ["社会消费品零售总额增长7%左右"]
