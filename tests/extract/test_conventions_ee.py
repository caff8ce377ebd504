"""Conventions seen in the held-out set "ee" (session 27), as short synthetic fixtures with
variants not in the collected file: a mirror's pinyin glosses inside the role verbs of an item's
closing bracket (``（市民政局牽（qiān）頭，各區（qū）、市政府負（fù）責（zé）落實（shí）。）``) and inside its
carry-over rule; the names keep their glosses as the line writes them."""
from test_conventions import read, who


def test_glossed_role_verbs_in_a_closing_bracket_and_its_carry_over_rule(write_doc):
    text = ("一、健全制度体系\n"
            "1.健全基本養(yǎng)老服務(wù)清單制度。發(fā)布清單,明確服務(wù)對(duì)象。"
            "(市民政局牽(qiān)頭,各區(qū)、市政府負(fù)責(zé)落實(shí)。"
            "以下各項(xiàng)工作均需各區(qū)、市政府負(fù)責(zé)落實(shí),不再一一列出。)\n"
            "2.完善兜底保障制度。健全特困老年人救助供養(yǎng)制度。(市財(cái)政局牽(qiān)頭)\n")
    out = read(write_doc, text)
    assert who(out, "清單制度") == [("市民政局", "lead"), ("各區(qū)、市政府", "responsible")]
    # the rule carries the districts' governments to the next item, which names its own lead
    assert sorted(who(out, "兜底保障")) == [("各區(qū)、市政府", "responsible"), ("市財(cái)政局", "lead")]


def test_a_glossed_label_and_glossed_names_as_before(write_doc):
    # 責（zé）任單位： (a label) and a name holding a gloss: the name as written
    text = "1.推進(jìn)城鄉(xiāng)供水一體化。\n責(zé)任單位:市住房和城鄉(xiāng)建設(shè)委、水務(wù)集團(tuán)\n"
    out = read(write_doc, text)
    assert who(out, "供水一體化") == [("市住房和城鄉(xiāng)建設(shè)委", "responsible"), ("水務(wù)集團(tuán)", "responsible")]
