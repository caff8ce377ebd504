"""Conventions seen in the collected file ii02 (a county's 督查通报 naming its 常务会议's lagging
matters only by their numbers in the annex), as short synthetic fixtures with variants not in the
file: ``（由）X负责的第N件`` / ``第N、M件`` is a task of its own, X responsible; several units before
one number all hold it; what the paragraph says after the sentence naming them is not theirs, and a
person, or a number with no 负责的, gives no unit."""
from test_conventions import read, who

NOTICE = ("二、工作要求\n"
          "本次会议确定的15件事项中，9件正在办理。其中，由市教育局负责的第2件、市住建局、市财政局负责的"
          "第7件、市交通运输局负责的第11、12项确定事项进展缓慢，请以上责任单位加快进度。市政府督查室将"
          "持续跟踪督办。\n")


def test_a_matter_named_by_its_number_after_who_does_it(write_doc):
    out = read(write_doc, NOTICE)
    assert who(out, "市教育局负责的第2件") == [("市教育局", "responsible")]
    assert who(out, "市财政局负责的第7件") == [("市住建局", "responsible"),
                                              ("市财政局", "responsible")]
    assert who(out, "市交通运输局负责的第11、12项") == [("市交通运输局", "responsible")]


def test_the_sentence_after_the_numbered_matters_is_not_theirs(write_doc):
    out = read(write_doc, NOTICE)
    assert ("市交通运输局", "responsible") not in who(out, "持续跟踪督办")


def test_a_person_or_a_bare_number_gives_no_unit(write_doc):
    out = read(write_doc, "二、工作要求\n其中，由张三同志负责的第3件、第5件事项进展滞后，请加快进度。\n")
    assert who(out, "张三同志负责的第3件") == []
