"""Pieces of regular expressions for Chinese official text, each defined once and shared by
the readers of text (``extract``, ``resolve``); the ground floor: imports nothing of ``kg``.

A pattern is built by joining these with ``+`` (``r"^" + HAN + r"{2,16}部门$"``: no doubled
braces, as an f-string would need), so a piece that several patterns share (one Chinese
character, the numerals of a marker, the characters of one clause, a 文号's year and serial) is
written and corrected in one place.

>>> import re
>>> bool(re.fullmatch(HAN + "+", "廊坊市")), re.fullmatch(DOCNUM, "〔2023〕12号").groups()
(True, ('2023', '12'))
>>> re.fullmatch("第[" + CN_DIGITS + "]+条", "第十二条") is not None
True
"""
from __future__ import annotations

import re
from typing import Optional

HAN_RANGE = r"\u4e00-\u9fff"           # the CJK Unified Ideographs, for inside a [class]
HAN = "[" + HAN_RANGE + "]"            # one Chinese character
CN_DIGITS = "一二三四五六七八九十"       # the numerals of markers, months and days (for a [class])
CN_YEAR_DIGITS = "〇○零0O一二三四五六七八九"  # a year written digit by digit (二〇二三年; the zero often
# typed as the white circle ○, U+25CB: 二○○六年, or as an ASCII zero or letter O: 二00四年, 二OO四年)
CLAUSE_CHAR = r"[^，。；]"              # a character inside one clause: no ，。； crossed
SPACE = r"[\s　]"                       # white space, the ideographic space included
DOCNUM = r"〔(\d{4})〕(\d+)号"           # a 文号's year and serial (its prefix goes before)
# a date written out: 2023年5月12日, in Chinese numerals 二〇二三年五月十二日 (year, month, day)
DATE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
CN_DATE = "([" + CN_YEAR_DIGITS + "]{4})年([" + CN_DIGITS + "]{1,2})月([" + CN_DIGITS + "]{1,3})日"
# the letters of pinyin, tone marks included (for inside a [class])
PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"
# a pinyin gloss a mirror put after a character, brackets normalised to full width: 鄉（xiāng）
PINYIN_GLOSS = "（[" + PINYIN_LETTERS + "]+）"
# the parts a unit takes in one matter, written before 单位 / 部门 (牵头单位, 主办单位): the stated
# roles' words (kg.vocab.ROLE_ZH: 牵头, 配合, 责任) and the parts of handling a proposal or a letter
# (建议提案: 主办单位牵头会同会办单位, 承办单位), each an alternation (for inside a group)
ROLE_PART_WORDS = "牵头|配合|责任"
HANDLING_PARTS = "主办|会办|协办|分办|承办"
# a township-level body named by its place: the place (group 1), its level word (group 2:
# 镇 or 乡 a township, 街道 a sub-district) and the body written after it, if any (group 3):
# 古林镇, 石碶街道, 古林镇人民政府, 城关镇政府, 石碶街道办事处
TOWNSHIP = "(" + HAN + "{2,6}?)(镇|乡|街道)(人民政府|政府|办事处|办)?"
# the level word a document writes for its own government (本市, 本自治县, 自治州各级人民政府):
# an alternation, to be wrapped in a group
OWN_LEVELS = "自治区|自治州|自治县|自治旗|省|市|州|县|区|旗"
# its one-character level words (省市州县区旗), for inside a [class]: 区水投, 市发改 open with one
OWN_LEVEL_CHARS = "".join(w for w in OWN_LEVELS.split("|") if len(w) == 1)
# a document's own government named by its level word alone (本市, 本自治县): the level in group lv
OWN_PLACE_ALONE = "本(?P<lv>" + OWN_LEVELS + ")"
# a level written with the other kinds of division at that level in brackets, as each province's divisions
# are formed: 县（市、区）, 县（特区、区） (贵州's 六枝特区), 县（市、林区） (湖北's 神农架林区), 县（自治县、区）,
# 县（市、区、旗）, 县（市、区、行委） (青海's 行政委员会), 区（县）: each alternative one kind word, one to five of them
LEVEL_KIND = r"(?:市|区|县|旗|特区|林区|自治县|自治旗|县级市|市辖区|行委)"
LEVEL_KIND_ALT = "（" + LEVEL_KIND + "(?:、" + LEVEL_KIND + "){0,4}）"
# a letter a template writes where a name is not given (X镇, ××乡, ＊＊县): a character class
TEMPLATE_LETTER = "[XxＸｘ×＊*]"
#: the name of a table's number column (序号 | 任务 | 责任单位; 任务项 / 项次: a table counting its
#: rows as items), as normalised text writes it
SEQ_COLUMNS = ("序号", "编号", "任务项", "项次")
# the bodies a government sets up to coordinate: 领导小组, 联席会议 … (a 专班 named by its work without
# 工作: 国家植物园建设专班)
GROUP_SUFFIX = r"(?:领导小组|联席会议|协调会议|工作专班|专班|指挥部|委员会|工作组)"
# a division of the Production and Construction Corps by its ordinal (兵团第八师, 第三师, 新疆生产建设兵团
# 第一师): the Corps' name, then the ordinal's 第 (which a heading may drop: 八师石河子市) and 师
CORPS_HEAD = r"(?:(?:新疆生产建设)?兵团)?"
CORPS_ORDINAL = r"[一二三四五六七八九十]{1,3}师"
# a regiment of the Corps (团场), a government of the township level named by its number (一团, 十团,
# 一二一团, 二二四团), after its division's where written (第八师一四二团)
CORPS_REGIMENT = "(?:" + CORPS_HEAD + "第" + CORPS_ORDINAL + ")?[一二三四五六七八九十〇零]{1,4}团场?"
CORPS_REGIMENT_RE = re.compile("^" + CORPS_REGIMENT + "$")
# a branch of the central bank, a body of the State though its name ends as a bank's does
# (人民银行苏州市中心支行, 人行廊坊市中心支行, 中国人民银行杭州中心支行)
CENTRAL_BANK_BRANCH = r"(?:中国人民银行|人民银行|人行)[\u4e00-\u9fff（）]{2,20}?(?:中心支行|分行|支行|营业管理部)"
# a web page's furniture, which names the site that printed a document, not its issuer:
# the breadcrumb (南阳生态文明促进会 > 生态聚焦 > 热门话题, three parts at least, maybe opening on its
# separator when the home link before it went to a line of its own) and the fields
# of its byline (发表时间：2018-4-17 来源：南阳生态文明促进会 作者：系统管理员, two fields at least)
BREADCRUMB = r"^[>＞»›]?[^>＞»›]+(?:[>＞»›][^>＞»›]+){2,}$"
# …and its footer (主办：某市人民政府办公室  晋ICP备…号 网站地图 / 网站标识码：… / 版权所有：…): the
# site's host and its registrations, never a unit's part in a task
SITE_FOOTER = (r"ICP备|ICP证|公网安备|网站标识码|网站地图|版权所有|技术支持[：:]|政府网站找错|"
               r"建议使用.{0,20}浏览器|分辨率")
BYLINE_FIELD = (r"(?:发表时间|发布时间|发布日期|文章来源|信息来源|来源|作者|浏览量|浏览次数|浏览|"
                r"点击数|点击量|阅读次数|责任编辑)\s*[：:]")
BYLINE_RE = re.compile(BYLINE_FIELD)


# a title in book-title marks (《中华人民共和国动物防疫法》, 《关于…的通知》; group 1 the title)
BOOK_TITLE_RE = re.compile(r"《([^《》]{2,80}?)》")


def ends_with_type(types: str, note: int) -> str:
    """A title that ends with a document type of ``types`` (an alternation; group 1), maybe
    followed by a bracketed note of up to ``note`` characters (group 2): 《…条例（试行）》.

    >>> import re
    >>> re.search(ends_with_type("条例|办法", 8), "森林防火条例（试行）").groups()
    ('条例', '（试行）')
    """
    return "(" + types + r")(（[^（）]{1," + str(note) + r"}）)?$"


def digit_date(separators: str) -> str:
    """A day's date in digits, no groups: 2023年5月12日, or its year, month and day joined by
    characters of ``separators`` (for inside a [class], a hyphen first): 2023-05-12 with
    ``"-"``, 2023.5.12 too with ``"-./"``.

    >>> import re
    >>> [bool(re.fullmatch(digit_date("-"), d)) for d in ("2023年5月12日", "2023-05-12", "2023.5.12")]
    [True, True, False]
    >>> bool(re.fullmatch(digit_date("-./"), "2023.5.12"))
    True
    """
    return r"\d{4}(?:年\d{1,2}月\d{1,2}日|[" + separators + r"]\d{1,2}[" + separators + r"]\d{1,2})"


# ---------------------------------------------------------------- a mirror's pinyin glosses
# Traditional-script mirrors write a pinyin gloss after some characters (縣（xiàn）, 負（fù）責);
# a name or a phrase is read without them and quoted as the line writes it, glosses and all.

GLOSS_RE = re.compile(PINYIN_GLOSS)
_GLOSS_AFTER_HAN_RE = re.compile("(?<=" + HAN + ")" + PINYIN_GLOSS)


def unglossed(text: str, after_han: bool = False) -> str:
    """``text`` (normalised: full-width brackets) without a mirror's pinyin glosses; with
    ``after_han``, only those written right after a Chinese character (a letter in brackets
    after a digit or a bracket, ``1）（a）``, is an item's marker, not a gloss).

    >>> unglossed("州政發（fā）〔2020〕5號"), unglossed("第1（a）項", after_han=True)
    ('州政發〔2020〕5號', '第1（a）項')
    """
    if "（" not in text:
        return text
    return (_GLOSS_AFTER_HAN_RE if after_han else GLOSS_RE).sub("", text)


GLOSSED_SPAN_MAX = 400       # longer text is not looked for (a pattern of a group a character)


def glossed_span(line: str, text: str) -> Optional[tuple[int, int]]:
    """Where ``line`` writes ``text`` (read without glosses) with the glosses it has after any of
    its characters: the first such span (start, end); None when it does not, or when ``text``
    is empty or longer than ``GLOSSED_SPAN_MAX``.

    >>> line = "由各部門（mén）負（fù）責"
    >>> a, b = glossed_span(line, "部門負責")
    >>> line[a:b]
    '部門（mén）負（fù）責'
    """
    if not text or len(text) > GLOSSED_SPAN_MAX:
        return None
    if "（" not in line:                     # no gloss to skip: the text as written, or nothing
        at = line.find(text)
        return (at, at + len(text)) if at >= 0 else None
    # what the pattern `c1(?:gloss)?c2(?:gloss)?…` finds, without compiling one per distinct text
    # (~2.4 ms each): the leftmost start, the glossed reading first
    at = line.find(text[0])
    while at >= 0:
        end = _glossed_end(line, at, text)
        if end >= 0:
            return at, end
        at = line.find(text[0], at + 1)
    return None


def _glossed_end(line: str, start: int, text: str) -> int:
    """The end of ``text`` written in ``line`` from ``start`` with an optional gloss after each
    character, or -1. A depth-first search in the order a regular expression backtracks: after
    a character, its gloss is tried before going on without it (a gloss has one length, its
    letters stopping at the closing bracket, so each character has at most two readings)."""
    size = len(line)
    todo = [(start, 0)]
    while todo:
        i, k = todo.pop()
        if k == len(text):
            return i
        if i >= size or line[i] != text[k]:
            continue
        i += 1
        todo.append((i, k + 1))                 # tried second: no gloss after the character
        if i < size and line[i] == "（":
            gloss = GLOSS_RE.match(line, i)
            if gloss:
                todo.append((gloss.end(), k + 1))   # tried first, as the greedy `?` does
    return -1


#: a department's whole name and then its act (由县民宗局联合组织…, 由县文体局组织一台晚会): a name ends at
#: 局 / 厅 when one of these verbs follows, unless a part of the bureau is named by it (局组织科);
#: 联 alone after 局 is the verb's first character (县民宗局联|合举办), no 妇联-like ending
ACT_AFTER_NAME_RE = re.compile(r"[局厅](?:联$|(?:联合|组织|统一|牵头|会同|协调|负责|召开|举办|开展)"
                               r"(?![科处室股站所队]|部(?!署)|中心|办公室))")
