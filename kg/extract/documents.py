"""Split a file's lines into documents and read each one's metadata.

A gazette file holds many documents. One starts at an issuer line (``廊坊市人民政府办公室``)
followed by a title (``关于…的通知``, possibly spread over several lines), or at a one-line title
that carries its issuer (``唐山市人民政府办公室关于…的通知``). The signature block at the end
(issuer line, then a date line) is not a start. Everything up to the next start belongs to
the document: its 文号, addressees, body, attachments (附件), annexed tables and 政策解读.

A file without such starts (a news article, a report) is one document, except that a block
printed several times over (file 003 holds one report eight times) is recognised and kept once.
Documents with the same normalised text are merged across the corpus; every copy's span is kept.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from typing import Optional, Sequence, Union

from ..model import Document, Jurisdiction, Line, Span
from ..patterns import (BREADCRUMB, BYLINE_RE, CN_DATE, DATE, DOCNUM, HAN,
                        digit_date, ends_with_type, unglossed)
from ..resolve import jurisdiction as juris_mod
from ..ids import doc_id as make_doc_id
from ..text import compact, normalise
from .enrich.laws import cited_laws, cited_numbers
from .outline import _is_header_word

ISSUER_SUFFIX = (r"(人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会|办事处|"
                 r"领导小组|管理委员会|管委会|局|厅|委|办|部|署)")
# the State Council issues in its own name (国务院关于…的意见, signed 国务院): no suffix above
ISSUER_RE = re.compile(r"^(?:国务院|(中共)?[\u4e00-\u9fff（）]{2,30}?" + ISSUER_SUFFIX + r")$")
DOC_TYPES = ("实施意见", "指导意见", "实施方案", "行动方案", "工作方案", "编纂方案", "实施细则",
             "管理办法", "暂行办法", "工作措施", "若干措施", "工作要点", "工作计划",
             "通知", "通告", "公告", "决定", "意见", "通报", "批复", "报告", "规划", "方案",
             "办法", "规定", "细则", "措施", "纲要", "计划", "要点", "名单", "函", "决议", "条例")
TYPE_RE = re.compile(ends_with_type("|".join(DOC_TYPES), 6))
NUMBER_RE = re.compile("^(" + HAN + "{0,10})" + DOCNUM + "$")
DATE_RE = re.compile("^" + DATE + "$")
CN_DATE_RE = re.compile("^" + CN_DATE + "$")
ADDRESSEE_RE = re.compile(r"[：:]$")
TITLE_START_RE = re.compile(r"^(关于|印发)")
# a signature inside a line, issuer and date each standing between spaces (a page whose lines
# were joined into one: …进行督促检查。 宁波市人民政府办公厅 二00四年四月二十四日 2004年《…》)
INLINE_SIGNATURE_RE = re.compile(r"(?:^|\s)(?:国务院|(?:中共)?[\u4e00-\u9fff（）]{2,30}?" + ISSUER_SUFFIX
                                 + r")\s+(?P<date>" + DATE + "|" + CN_DATE + r")(?=\s|$)")
_WHITE_RE = re.compile(r"\s")
# a gazette's 文号 and the document's date on one line (川办函〔2017〕113号 2017年6月2日)
NUMBER_DATE_RE = re.compile("^(" + HAN + "{0,10}" + DOCNUM + ")((?:" + DATE + ")|(?:" + CN_DATE + "))$")
# a one-line title's 文号 in brackets at its end: …的实施意见（池政〔2017〕101号）
TRAILING_NUMBER_RE = re.compile("（(" + HAN + "{0,10}" + DOCNUM + ")）$")
# a law database's 文号 on a line of its own in brackets under the title: （晋政发〔2008〕8号）
BRACKETED_NUMBER_RE = re.compile("^（(" + HAN + "{0,10}" + DOCNUM + ")）$")
BREADCRUMB_RE = re.compile(BREADCRUMB)
# the information-disclosure block a portal prints above a document (索引号：…, 文件编号：…,
# 主题分类：…, 成文日期：…), a field a line, maybe bulleted: the document's own header
META_FIELDS = ("索引号", "文件编号", "发文字号", "发布文号", "文号", "发文机关", "发文机构", "发文单位", "发布机构",
               "发布单位", "主题分类", "信息分类", "组配分类", "公文种类", "规范性文件统一编号",
               "统一编号", "成文日期", "发文日期", "生成日期", "发布日期", "公开日期", "公开方式",
               "公开范围", "公开时限", "有效性", "效力状态", "时效性", "政策原文", "政策解读",
               "发文序号", "信息名称", "信息有效性", "公开类型")
META_FIELD_RE = re.compile(r"^[•·●▪\-*]*(" + "|".join(META_FIELDS) + r")[：|]")
# the field of that block giving the 文号, one line enough (发布文号：锡政发[2011]21号)
NUMBER_FIELD_RE = re.compile(r"^[•·●▪\-*]*(文件编号|发文字号|发布文号|文号)[：|]")
# the same block laid out as a table pasted with spaces, the names maybe letter-spaced and with
# no colon (索 引 号  1440…  发布机构  X局 / 存放位置   公开日期  2020-07-08): judged on the line
# as written, a field name followed by white space
META_SPACED_RE = re.compile(r"^\s*(?:" + "|".join(r"\s*".join(f) for f in (*META_FIELDS, "存放位置"))
                            + r")\s+\S")
# the date field of a portal's metadata block: 成文日期：2022-03-12, 发文日期：2022年3月12日, or
# a later cell of a block set as | rows (发布单位 | 区政府 | 发文日期 | 2022-07-14 |)
# (judged compact: a block pasted with spaces has no mark after the name, 成文日期 2021-04-20)
META_DATE_RE = re.compile(r"(?:^[•·●▪\-*]*|(?<=[|｜]))(?:成文日期|发文日期)[：|｜]*"
                          r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})")
# the page's own date among the fields a portal prints above or beside an article (发布日期：
# 2022-12-14, 发布机构：X 发布时间：2018-09-05 字体：, 时间：2025-09-19 来源：政府办): when it was
# put online, not when the document was made; read only at the top of a document that gives no
# date of its own (see ARCHITECTURE.md, "Documents")
PAGE_DATE_RE = re.compile(r"(?:发布|发表|公开|公布)(?:日期|时间)\s*[：|｜]?\s*"
                          r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})"
                          # a bare 时间 or 日期 only with the portal's figures (时间：2025-09-19), not a
                          # meeting's 时间：2024年3月1日
                          r"|(?:^|(?<=[\s|｜•·●▪*]))(?:日期|时间)\s*[：|｜]?\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
# a portal's link to its home page, on a line of its own above the breadcrumb
HOME_LINK_RE = re.compile(r"^(?:网站)?首页$")
_HAN_RE = re.compile(HAN)
# a page's link to the previous or next article: 上一条：关于…, 下一篇:…
PAGER_RE = re.compile(r"^[上下]一(?:条|篇|页|则|个)[：:]")
# the remark under a signature on whether the document is published: (此件公开发布)
PUBLICATION_REMARK_RE = re.compile(r"^[（(]此件[^（()）]{0,8}[）)]$")


def _key(line: Line) -> str:
    """A line as its header is judged: compact, without the pinyin glosses of a mirror
    (州政發(fā)〔2020〕5號 is a 文号)."""
    return unglossed(compact(line.norm))


@dataclass(frozen=True)
class _Head:
    """A detected document start: where it begins and what the header said."""
    start: int                 # index into the file's lines
    issuer: Optional[str]
    title_lines: tuple[int, ...]
    title: str
    number: Optional[str] = None       # a 文号 the title line itself carries


def _nonblank(lines: Sequence[Line], i: int, limit: int = 6) -> list[int]:
    out = []
    j = i
    while j < len(lines) and len(out) < limit:
        if not lines[j].blank:
            out.append(j)
        j += 1
    return out


def _is_date(text: str) -> bool:
    t = compact(text)
    return bool(DATE_RE.match(t) or CN_DATE_RE.match(t))


def _clean_title(parts: Sequence[str]) -> str:
    return "".join("".join(p.split()) for p in parts)


def _spread_title(lines: Sequence[Line], i: int) -> Optional[tuple[int, ...]]:
    """The lines continuing a title that carries its issuer and is broken over lines as the
    page prints it (``国务院办公厅关于加快发展`` / ``体育竞赛表演产业的指导意见`` / ``国办发〔2018〕
    121号``): up to two short lines, the last ending in a type word, then the 文号 or the
    addressees (``…各直属机构：``). Without that next line the lines are not taken for a title."""
    nxt = _nonblank(lines, i + 1, 4)
    for n in (1, 2):
        if len(nxt) <= n:
            return None
        part = nxt[:n]
        if any(lines[k].is_cell or len(compact(lines[k].norm)) > 30 for k in part):
            return None
        last = compact(lines[part[-1]].norm)
        if NUMBER_RE.match(last) or ADDRESSEE_RE.search(last) or _is_date(last):
            return None
        if TYPE_RE.search(last):
            after = compact(lines[nxt[n]].norm)
            if NUMBER_RE.match(after) or (ADDRESSEE_RE.search(after) and len(after) <= 80):
                return tuple(part)
            return None
    return None


def _issuers(text: str) -> bool:
    """An issuer, or joint issuers separated by 、 (``中共南宁市委办公厅、南宁市人民政府办公厅``, a
    joint notice of the Party committee's and the government's offices)."""
    parts = text.split("、")
    return len(parts) <= 4 and all(ISSUER_RE.match(p) for p in parts)


def _joint(issuer: str, text: str) -> str:
    """Joint issuers written with a space between them (``中共德化县委办公室 德化县人民政府办公室关于…``)
    separated by 、 as the other joint form writes them (the space is lost when the line is read
    compact, and the two offices were one name)."""
    parts = text.split("关于", 1)[0].split()
    if len(parts) > 1 and "".join(parts) == issuer and all(ISSUER_RE.match(p) for p in parts):
        return "、".join(parts)
    return issuer


def _detect_head(lines: Sequence[Line], i: int) -> Optional[_Head]:
    line = lines[i]
    if line.blank or line.is_cell:
        return None
    key = compact(line.norm)
    # one-line title carrying its issuer: 唐山市人民政府办公室关于…的通知, maybe with its 文号
    # in brackets after it
    num = TRAILING_NUMBER_RE.search(key)
    one = key[:num.start()] if num else key
    # (a portal's page title: …的意见-湖南省人民政府门户网站, the site's name no part of it)
    site = SITE_SUFFIX_RE.search(one) if not num else None
    one = one[:site.start()] if site else one
    # (关于 may end the line: 湖南省人民政府关于 / 落实《…》…的意见 / 湘政发〔2019〕1号)
    m = re.match(r"^(国务院|.{2,30}?" + ISSUER_SUFFIX + r")(关于.*)$", one)
    if m and TYPE_RE.search(one) and _issuers(m.group(1)):
        return _Head(i, _joint(m.group(1), line.norm), (i,), m.group(m.lastindex or 3),
                     num.group(1) if num else None)
    if m and not num and _issuers(m.group(1)):
        spread = _spread_title(lines, i)
        if spread:
            idx = (i, *spread)
            title = _clean_title(lines[k].text.strip() for k in idx)
            return _Head(i, _joint(m.group(1), line.norm), idx, title[len(m.group(1)):])
    # a 红头 masthead (中共某镇委员会文件) with its 文号 below it, then the title: the masthead
    # names the issuer
    masthead = key.endswith("文件") and bool(ISSUER_RE.match(key[:-2]))
    if masthead:
        key = key[:-2]
    if not ISSUER_RE.match(key) or len(key) > 30:
        return None
    nxt = _nonblank(lines, i + 1, 5)
    number = None
    if masthead and nxt and NUMBER_RE.match(compact(lines[nxt[0]].norm)):
        number = "".join(lines[nxt[0]].text.split())
        nxt = nxt[1:]
    elif masthead:
        return None
    if not nxt or _is_date(lines[nxt[0]].norm):
        return None
    first = compact(lines[nxt[0]].norm)
    if not TITLE_START_RE.match(first):
        return None
    title_idx: list[int] = []
    for j in nxt[:4]:
        t = compact(lines[j].norm)
        if NUMBER_RE.match(t) or ADDRESSEE_RE.search(t) or _is_date(t) or lines[j].is_cell:
            break
        title_idx.append(j)
        if TYPE_RE.search(_clean_title(lines[k].norm for k in title_idx)):
            # a short next line that also ends with a type word continues the title:
            # 关于印发…管理办法 / （试行）的通知
            rest = [k for k in nxt if k > j]
            if rest:
                t2 = compact(lines[rest[0]].norm)
                if (len(t2) <= 20 and TYPE_RE.search(t2) and not TITLE_START_RE.match(t2)
                        and not NUMBER_RE.match(t2) and not ISSUER_RE.match(t2)
                        and t2.startswith(("（", "的"))):
                    title_idx.append(rest[0])
            break
    title = _clean_title(lines[k].text.strip() for k in title_idx)
    return _Head(i, key, tuple(title_idx), title, number)


def _doc_type(title: str) -> Optional[str]:
    key = compact(title)
    key = re.sub(r"（[^（）]{1,8}）$", "", key)
    for t in DOC_TYPES:
        if key.endswith(t):
            return t
    return None


def _iso_date(text: str) -> Optional[str]:
    t = compact(text)
    m = DATE_RE.match(t)
    if m:
        y, mo, d = (int(x) for x in m.groups())
        return f"{y:04d}-{mo:02d}-{d:02d}"
    m = CN_DATE_RE.match(t)
    if m:
        from .numerals import to_int, year_figures
        year = year_figures(m.group(1))
        return f"{int(year):04d}-{to_int(m.group(2)):02d}-{to_int(m.group(3)):02d}"
    return None


def _ymd(m: re.Match) -> Optional[str]:
    """A metadata field's date (year, month, day groups: the first three that matched) as
    ISO; None when it is no day."""
    y, mo, d = (int(x) for x in [g for g in m.groups() if g is not None][:3])
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _periodic_blocks(lines: Sequence[Line], lo: int, hi: int) -> list[tuple[int, int]]:
    """Split lines[lo:hi] into consecutive identical blocks when the text repeats itself."""
    idx = [k for k in range(lo, hi) if not lines[k].blank]
    if len(idx) < 4:
        return [(lo, hi)]
    keys = [lines[k].norm.strip() for k in idx]
    first = keys[0]
    for p in range(1, len(keys) // 2 + 1):
        if keys[p] != first:
            continue
        if p == 1 and keys[2] != first:
            # one line printed twice, then the text (a page's title echoed above the document's
            # own): a title, not a text repeating itself
            continue
        if keys[:p] != keys[p:2 * p]:
            continue
        blocks = []
        pos = 0
        while pos + p <= len(keys) and keys[pos:pos + p] == keys[:p]:
            blocks.append((idx[pos], idx[pos + p - 1] + 1))
            pos += p
        if pos < len(keys):
            blocks.append((idx[pos], hi))
        # extend each block to the start of the next
        out = []
        for n, (a, _b) in enumerate(blocks):
            b = blocks[n + 1][0] if n + 1 < len(blocks) else hi
            out.append((a if n else lo, b))
        return out
    return [(lo, hi)]


def _content_key(lines: Sequence[Line]) -> str:
    """SHA-1 of the compact text of each non-blank line, each followed by a line break; hashed
    in one piece (the same bytes: a document's key is asked twice, of every line of it)."""
    return hashlib.sha1("".join([compact(ln.norm) + "\n" for ln in lines if not ln.blank])
                        .encode("utf-8")).hexdigest()


def _page_furniture(ln: Line) -> bool:
    """A web page's breadcrumb, home link, byline (:data:`kg.patterns.BREADCRUMB`) or link to
    the previous or next article (上一条：…): never a title."""
    return (bool(BREADCRUMB_RE.match(ln.norm.strip())) or bool(HOME_LINK_RE.match(_key(ln)))
            or bool(PAGER_RE.match(_key(ln)))
            or len(BYLINE_RE.findall(ln.norm)) + bool(_BYLINE_DATE_RE.search(ln.norm)) >= 2
            or _piped_byline(ln))


def _piped_byline(ln: Line) -> bool:
    """A page's byline of two piped cells, its issuer and its date, no field names
    (中国人民政治协商会议某某市委员会| 2017-05-31): no table's column names."""
    cells = [c for c in re.split(r"[|｜]", compact(ln.norm)) if c]
    return (not ln.is_cell and len(cells) == 2 and bool(_PAGE_DATE_RE.match(cells[1]))
            and _HAN_RE.search(cells[0]) is not None and not _PAGE_DATE_RE.match(cells[0]))


_PAGE_DATE_RE = re.compile(digit_date("-./") + "$")


# a field naming a task's units (责任部门：…, 配合单位：…): an annotation line, never a title
_UNIT_FIELD_RE = re.compile(r"^[^：:]{0,6}(?:部门|单位)[：:]")
# a byline's bare date field (来源：政府办 日期：2011-02-12)
_BYLINE_DATE_RE = re.compile(r"(?<![发布成文印])(?:日期|时间)\s*[：:]\s*\d{4}")


UNTITLED = "（无标题）"      # after the file name: the title of a text without a title line
_PIPES = " \t|｜"


def _untitled(file: str) -> str:
    """The title of a text without a title line: its file's name and :data:`UNTITLED`."""
    return file.rsplit("/", 1)[-1] + UNTITLED


def _column_names(lines: Sequence[Line], k: int) -> bool:
    """``lines[k]`` opens a table: a row of cells (``工作任务 | 具体要求 | 责任部门``), column
    names split by spaces (``序号 类别 主要任务 牵头单位``), or a column name followed by another
    (one a line, maybe between ``|`` lines: ``牵头单位`` / ``| 目 标 任 务``), or a record's field
    name followed by its value and the next field's name."""
    t = lines[k].norm.strip(_PIPES)
    if "|" in t or "｜" in t:
        return True
    words = t.split()
    if len(words) >= 3 and all(_is_header_word(w) for w in words):
        return True
    if not _is_header_word(compact(t)):
        return False
    # the next name, one a line; or, past a value, the next field's (具体任务 / … / 责任单位)
    nxt = [compact(ln.norm).strip(_PIPES) for ln in lines[k + 1:k + 8]]
    return any(_is_header_word(n) for n in [n for n in nxt if n][:2])


# the words a Chinese document's title ends with (its kind): DOC_TYPES and the names of the
# lists, tables and rules governments publish (…任务分工, …责任清单, …分解表, …工作规则)
TITLE_KINDS = DOC_TYPES + ("分工", "分解", "分解表", "清单", "任务表", "一览表", "汇总表", "任务书",
                           "情况表", "目录", "规则", "制度", "预案", "公报", "公示", "职能", "安排",
                           "说明")
TITLE_KIND_RE = re.compile(ends_with_type("|".join(TITLE_KINDS), 16))
# the closing formula of a notice's covering letter: 特此通知 ends with a kind word, but is no title
CLOSING_RE = re.compile(r"^特此(?:通知|通告|公告|报告|函告|批复)")
# an outline item's number opening the line: 一、 （一） 1. 2 第一章 第一部分 第3条
OUTLINE_RE = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十]+、|"
                        r"（[一二三四五六七八九十\d]+）|\d{1,3}(?:[.．、](?!\d)|\s+\S))")
# a web page's furniture a title search meets: its site name (法搜网--中国法律信息搜索网, …网),
# accessibility and version switches, share buttons, a URL or an HTML tag, a bracketed remark
# standing alone ((印发稿), (二〇〇八年二月二十六日)), a 时间: byline, a weather box, a paper
# site's reading prompts (论文部分内容阅读, 下载到本地 , 更方便阅读), a footer's browser advice
FURNITURE_RE = re.compile(r"(?:^.{0,12}网$|--|设为首页|加入收藏|无障碍|长者版|适老版|简体版|繁体|"
                          r"^论文部分内容阅读$|^下载到本地.{0,4}更方便阅读$|"
                          # a portal footer's browser advice (建议使用1024×768分辨率，IE8.0以上浏览器)
                          r"(?:建议|建議)使用.{0,30}(?:浏览器|瀏覽器)|"
                          r"政务微信|政务微博|电脑桌面|手机版|网站地图|欢迎来到|当前位置|您的位置|"
                          r"现在的位置|所在位置|^[\x00-\x7f]+$|^[<>]|^（[^（）]*）$|^时间[：:]|"
                          r"^(?:全文|打印|关闭|分享|字体|【[^】]*】)+$|"
                          # a portal's weather box: 天气预报： / 某气象台2024年3月29日07时发布：今天…
                          r"^天气预报[：:]?$|^.{0,12}气象台\d{4}年\d{1,2}月\d{1,2}日\d{1,2}时发布[：:])")
# a field and its value (责任单位：市卫健委, 组长：张三): no title; nor a line of contact details
# under a longer name (市农业农村局举报电话:0714-3818192, 市场监管局投诉邮箱：…)
FIELD_RE = re.compile(r"^(?:[^：:]{1,8}|[^：:]{0,20}(?:电话|传真|邮箱|邮编|地址|联系人))[：:]")
# a portal's suffix after a page's title: …的意见-湖南省人民政府门户网站
SITE_SUFFIX_RE = re.compile(r"[-_|—]+[^-_|—]{2,20}(?:门户网站|网站|网)$")
# the fields of a portal's metadata naming the page's own title: 名称：…, 标题：…
NAME_FIELD_RE = re.compile(r"^(?:名称|标题|信息名称|文件名称)[：:][|｜]*")


def _title_shaped(key: str) -> bool:
    """``key`` (a compact line) reads as a Chinese document title: it ends with a kind word
    (通知, 意见, 方案, 办法, 条例, 规定, 规划, 报告, 分工, 清单 …, maybe followed by a bracketed
    note: （试行）, （2021—2025年）), is no sentence, no outline item, no closing formula."""
    return (6 <= len(key) <= 80 and bool(TITLE_KIND_RE.search(key))
            and not re.search(r"[。，；]", key) and not OUTLINE_RE.match(key)
            and not key.startswith(("—", "-"))          # a subtitle: ——…调研报告
            and not CLOSING_RE.match(key) and not NUMBER_RE.match(key))


def _title_text(ln: Line) -> tuple[str, str]:
    """A line as a title candidate: its text as written without white space, a portal's
    ``名称：`` field name and site suffix cut off, and the same judged (:func:`_key`)."""
    raw = "".join(ln.text.split())
    norm = normalise(raw)
    m = NAME_FIELD_RE.match(norm)
    a = m.end() if m else 0
    s = SITE_SUFFIX_RE.search(norm, a)
    b = s.start() if s else len(norm)
    if m:
        # a metadata block set as | rows: 名 称: | 2021年…工作要点 | (the cell's closing bar)
        while b > a and norm[b - 1] in "|｜":
            b -= 1
    return raw[a:b], unglossed(norm[a:b])


def _title_at(lines: Sequence[Line], k: int, first: bool = False) -> Optional[str]:
    """The title starting at ``lines[k]``, if the line starts one: a title-shaped line, or a
    ``关于…`` line (maybe after its issuer) continued over up to three short lines until one
    ends with a kind word (省人民政府关于 / 进一步优化营商环境的若干意见). The ``first`` line of
    an excerpt may be a numbered part's title (（二）某镇政府文件信息领域基层政务公开标准目录,
    一、10件民生实事任务分解表): a full title after the number, not a section's (一、工作要点)."""
    raw, key = _title_text(lines[k])
    if _title_shaped(key):
        return _printing_notice_rest(lines, k, raw, key) or raw
    m = OUTLINE_RE.match(key)
    if first and m and len(key) - m.end() >= 8 and _title_shaped(key[m.end():].strip()):
        return raw
    broken = _title_tail(lines, k, raw, key)
    if broken:
        return broken
    if re.search(r"[。，；：:]", key) or OUTLINE_RE.match(key) or len(key) > 40 \
            or not re.match(r"^(?:" + HAN + r"{0,30}?关于|印发)", key):
        return None
    raws, keys = [raw], [key]
    j = k + 1
    while j < len(lines) and len(keys) < 4:
        if lines[j].blank:
            j += 1
            continue
        r, t = _title_text(lines[j])
        if len(t) > 40 or re.search(r"[。，；：:]", t) or OUTLINE_RE.match(t) or NUMBER_RE.match(t) \
                or _is_date(t) or lines[j].is_cell:
            return None
        raws.append(r)
        keys.append(t)
        if _title_shaped("".join(keys)):
            return "".join(raws)
        j += 1
    return None


def _title_tail(lines: Sequence[Line], k: int, raw: str, key: str) -> Optional[str]:
    """A title printed over two lines whose second holds only its last words (``徐庄镇2017年度
    安全生产专项整治`` / ``工作计划``): the first line, no sentence, outline item, 文号 or date, is no
    title alone, the second is short (up to eight characters) and the two read as one."""
    if not 8 <= len(key) <= 40 or re.search(r"[。，；：:、]", key) or OUTLINE_RE.match(key) \
            or NUMBER_RE.match(key) or _is_date(key) or lines[k].is_cell:
        return None
    nxt = _nonblank(lines, k + 1, 1)
    if not nxt or lines[nxt[0]].is_cell:
        return None
    r, t = _title_text(lines[nxt[0]])
    if not 2 <= len(t) <= 8 or re.search(r"[。，；：:、]", t) or OUTLINE_RE.match(t) or _is_date(t):
        return None
    return raw + r if _title_shaped(key + t) else None


def _printing_notice_rest(lines: Sequence[Line], k: int, raw: str, key: str) -> Optional[str]:
    """A notice printing a document is titled ``关于印发X的通知``: a line ``关于印发…工作报告``
    ending with the printed document's kind word is continued by the next line or two up to the
    通知 (``任务分解的通知``), printed under it, maybe after a blank line."""
    if not re.match(r"^(?:" + HAN + r"{0,30}?关于)?印发", key) or key.endswith("通知"):
        return None
    raws, keys = [raw], [key]
    for j in _nonblank(lines, k + 1, 2):
        r, t = _title_text(lines[j])
        if (len(t) > 30 or lines[j].is_cell or re.search(r"[。，；：:]", t) or OUTLINE_RE.match(t)
                or NUMBER_RE.match(t) or _is_date(t) or TITLE_START_RE.match(t)):
            return None
        raws.append(r)
        keys.append(t)
        if t.endswith("通知"):
            return "".join(raws)
    return None


def _skipped(ln: Line) -> bool:
    """A line no title search looks at: blank, a cell, page furniture, a portal's metadata
    field, the (此件公开发布) remark under a signature."""
    k_ = _key(ln)
    return (not ln.text.strip() or ln.is_cell or _SKIP_RE.match(k_) is not None
            or _page_furniture(ln) or FURNITURE_RE.search(k_) is not None
            or META_FIELD_RE.match(k_) is not None or META_SPACED_RE.match(ln.norm) is not None
            or PUBLICATION_REMARK_RE.match(k_) is not None)


_SKIP_RE = re.compile(r"^(您当前的位置|来源|作者|记者|□|责任编辑|关键词|图为|[\s\d:：-]+$)")
TITLE_SEARCH = 30       # the non-blank lines a title is looked for in, from an excerpt's top


def _first_title_line(lines: Sequence[Line]) -> tuple[str, bool]:
    """A title for a text without a header. First, the first line among its top lines that
    reads as a title (:func:`_title_at`), before any table: a site name, a breadcrumb, a
    portal's switches or an outline item (一、分工原则) is none. Else (news, an excerpt of a
    body) its first short line that is no furniture, outline item, 文号, addressee, issuer or
    date; else the first line of text, cut (a sentence of a page); else the file's name. A text
    that opens with a table (an excerpt of the table alone) has no title line: its title is its
    file name and :data:`UNTITLED`, never a column name. The flag says whether the title is
    a line of the text standing as one (not a cut sentence or the file's name)."""
    seen = 0
    first = True
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        seen += 1
        if seen > TITLE_SEARCH:
            break
        named = NAME_FIELD_RE.match(_key(ln))
        if _skipped(ln) and not named:
            continue        # (a portal's metadata fields may be piped: 索引号 | … | 信息分类 | …)
        if not ln.is_cell and not _page_furniture(ln) and not named and _column_names(lines, k):
            break
        title = _title_at(lines, k, first)
        first = False
        if title:
            return title, True
    for k, ln in enumerate(lines):
        t = ln.text.strip()
        k_ = _key(ln)
        if _skipped(ln):
            continue        # (a portal's metadata fields may be piped: 索引号 | … | 公开方式 | …)
        if _column_names(lines, k):
            return _untitled(ln.file), False
        k_ = k_.strip(_PIPES)
        if OUTLINE_RE.match(k_):
            break           # the body's outline begins: its items and what follows are no title
        if len(k_) < 4 or len(k_) > 40:
            continue
        # an excerpt opening at its 文号, addressees or signature: the title is further down
        if NUMBER_RE.match(k_) or ADDRESSEE_RE.search(k_) or ISSUER_RE.match(k_) or _is_date(k_) \
                or k_.endswith("。") or CLOSING_RE.match(k_) \
                or FIELD_RE.match(k_):
            continue
        return " ".join(t.split()), True
    # no title line: the first line of text, cut (a sentence of a page), else the file's name;
    # never an outline item, a 文号, a date or the addressees
    for k, ln in enumerate(lines):
        k_ = _key(ln).strip(_PIPES)
        if ln.blank or ln.is_cell or _page_furniture(ln) or FURNITURE_RE.search(k_):
            continue
        if _column_names(lines, k):
            break
        if _UNIT_FIELD_RE.match(k_):
            continue        # 责任部门：城建局 配合部门：各街道, an item's annotation line
        if _HAN_RE.search(ln.norm) and not OUTLINE_RE.match(k_) and not NUMBER_RE.match(k_) \
                and not _is_date(k_) and not ISSUER_RE.match(k_) \
                and not (k_.startswith("各") and ADDRESSEE_RE.search(k_)):
            return compact(ln.text)[:40], False
    return (_untitled(lines[0].file) if lines else ""), False


FURNITURE_LINES = 40    # the most lines a page's furniture above a document's header takes
_SENTENCE_RE = re.compile(r"[。，；]")


def _has_body(lines: Sequence[Line], idx: Sequence[int]) -> bool:
    """Some of the lines ``idx`` are a document's text: a sentence (。，；), an outline item
    or a table's cell or row, that is not a portal's metadata field (名称：…，…), a byline or
    the page's switches. Page furniture, site names, metadata, a 红头 line, a 文号, a title or
    a date are none."""
    for k in idx:
        ln = lines[k]
        k_ = _key(ln)
        if META_FIELD_RE.match(k_) or META_SPACED_RE.match(ln.norm) or NAME_FIELD_RE.match(k_) \
                or _page_furniture(ln) or FURNITURE_RE.search(k_):
            continue
        if _SENTENCE_RE.search(k_) or OUTLINE_RE.match(k_):
            return True
        cells = [c for c in re.split(r"[|｜]", ln.norm) if _HAN_RE.search(c)]
        if (ln.is_cell and cells) or len(cells) >= 2:
            return True         # a table's cell (one a line) or row (cells between |)
    return False


# a portal's menu item as the page was flattened: a number and a short label, no sentence
MENU_ITEM_RE = re.compile(r"^(\d{1,2})[.．](?!\d)([^。，；：:,;]{1,24})$")


def _menu_lines(lines: Sequence[Line], idx: Sequence[int]) -> set[int]:
    """The lines of ``idx`` that are a portal's numbered menu (1. 目录 / 2. 旗人民政府 / 1. 人大建议
    …): short numbered labels whose numbers start again at 1 twice at least, as a menu's
    columns do and a document's own outline (1. 2. 3. run on) does not."""
    items = [(k, int(m.group(1))) for k in idx
             if (m := MENU_ITEM_RE.match(_key(lines[k])))]
    restarts = sum(1 for (_k, a), (_j, b) in zip(items, items[1:]) if b == 1 and a > 1)
    return {k for k, _n in items} if restarts >= 2 else set()


def _without_menu(lines: Sequence[Line], idx: Sequence[int]) -> list[int]:
    """``idx`` without the lines of a portal's numbered menu (:func:`_menu_lines`)."""
    menu = _menu_lines(lines, idx)
    return [k for k in idx if k not in menu]


def _meta_block(lines: Sequence[Line], idx: Sequence[int]) -> bool:
    """The lines before the first header are a portal's metadata fields (two at least), maybe
    under its home link and breadcrumb."""
    fields = [k for k in idx if not _page_furniture(lines[k])]
    return len(fields) >= 2 and all(META_FIELD_RE.match(_key(lines[k])) for k in fields)


def _meta_number(lines: Sequence[Line], idx: Sequence[int]) -> Optional[str]:
    """The 文号 a metadata block gives (文件编号：海政发〔2024〕4号), as the page spelt it."""
    for k in idx:
        key = _key(lines[k])
        m = META_FIELD_RE.match(key)
        # (a piped row holds several fields: 文号 | 平政办〔2013〕11号 | 索引号 | … |)
        value = key[m.end():].lstrip("|").split("|")[0] if m else ""
        if NUMBER_RE.match(value):
            text = "".join(lines[k].text.split())
            return text[len(text) - len(value):] if text.endswith(value) else value
    return None


#: how far apart a page's own title line and the document's header below it may stand
_TITLE_ECHO_SPAN = 30


def _one_header_each(heads: list[_Head], lines: Sequence[Line]) -> list[_Head]:
    """A page printing the document's title (or its metadata block's 标题 field) above the
    document's own header (issuer, title broken over lines, 文号) shows one document: the two
    heads with the same title a few lines apart are one, with the header's title and issuer,
    starting at the first (the page's lines above the header stay the document's). Not when a
    body stands between them (an order's own sentence publishing the 通告 printed below it)."""
    out: list[_Head] = []
    for h in heads:
        if (out and h.start - out[-1].start <= _TITLE_ECHO_SPAN
                and compact(normalise(h.title)) == compact(normalise(out[-1].title))
                and not _has_body(lines, [k for k in range(out[-1].start, h.start)
                                          if not lines[k].blank and k not in out[-1].title_lines
                                          and k != out[-1].start])):
            out[-1] = replace(h, start=out[-1].start)
        else:
            out.append(h)
    return out


def split_file(lines: Sequence[Line],
               override: Union[Jurisdiction, str, None] = None) -> list[Document]:
    """Split one file's lines into documents (not yet merged across files). Each document's
    jurisdiction is read from the document itself (:mod:`kg.resolve.jurisdiction`) unless
    ``override`` (``kg build --jurisdiction``) gives it."""
    if isinstance(override, str):
        override = juris_mod.override(override)
    heads = []
    i = 0
    while i < len(lines):
        h = _detect_head(lines, i)
        if h:
            heads.append(h)
            i = (h.title_lines[-1] if h.title_lines else i) + 1
        else:
            i += 1
    heads = _one_header_each(heads, lines)
    # a header with nothing but page furniture after it before the next header is the page's
    # heading of the document below it (the portal's title line, 发布日期：…, then the
    # document's own issuer and title): one document with it
    n = 0
    while n + 1 < len(heads):
        between = [k for k in range(heads[n].start, heads[n + 1].start)
                   if not lines[k].blank and k not in heads[n].title_lines and k != heads[n].start]
        if not _has_body(lines, between):
            heads[n + 1] = replace(heads[n + 1], start=heads[n].start)
            del heads[n]
        else:
            n += 1
    segments: list[tuple[int, int, Optional[_Head]]] = []
    meta_number = None
    if not heads or heads[0].start > 0:
        end = heads[0].start if heads else len(lines)
        pre = [k for k in range(0, end) if not lines[k].blank]
        if heads and _meta_block(lines, pre):
            # 索引号：… / 文件编号：… above the first header: its own block, not a document
            heads[0] = replace(heads[0], start=0)
            meta_number = _meta_number(lines, pre)
        elif heads and len(pre) == 1 and NUMBER_RE.match(_key(lines[pre[0]])):
            # the 文号 printed above the issuer and title (洋政发〔2024〕8号 / 洋县人民政府 /
            # 关于…的通知): the document's own, not a document
            heads[0] = replace(heads[0], start=0)
            meta_number = "".join(lines[pre[0]].text.split())
        elif heads and len(pre) <= FURNITURE_LINES and not _has_body(lines, _without_menu(lines, pre)):
            # the page above the first header without a sentence in it: its breadcrumb, site
            # name, switches, metadata, the 红头 (X人民政府文件) and 文号: the document's header
            heads[0] = replace(heads[0], start=0)
            meta_number = _meta_number(lines, pre) or next(
                ("".join(lines[k].text.split()) for k in pre if NUMBER_RE.match(_key(lines[k]))), None)
        elif pre:
            for a, b in _periodic_blocks(lines, 0, end):
                segments.append((a, b, None))
    for n, h in enumerate(heads):
        end = heads[n + 1].start if n + 1 < len(heads) else len(lines)
        segments.append((h.start, end, h))
    docs = []
    for a, b, h in segments:
        seg = lines[a:b]
        body = [ln for ln in seg if not ln.blank]
        if not body:
            continue
        first, last = body[0].number, body[-1].number
        number = issuer = date = header_date = None
        real = True
        if h:
            title = h.title
            issuer = h.issuer
            number = h.number
            after = _nonblank(lines, (h.title_lines[-1] if h.title_lines else h.start) + 1, 3)
            for j in after:
                t = compact(lines[j].norm)
                if NUMBER_RE.match(t) and number is None:
                    number = "".join(lines[j].text.split())
                    break
                if BRACKETED_NUMBER_RE.match(t) and number is None:
                    number = "".join(lines[j].text.split())[1:-1]    # as the mirror spelt it
                    break
                nd = NUMBER_DATE_RE.match(t)
                if nd and number is None:
                    number, header_date = nd.group(1), _iso_date(t[len(nd.group(1)):])
                    break
            if number is None and a == 0:
                number = meta_number
        else:
            title, real = _first_title_line(seg)
            # a title line a portal wrote with its 文号 in brackets after it (关于…的通知
            # （南经管发〔2020〕81号）): the bracket is the 文号, not part of the title
            tail = TRAILING_NUMBER_RE.search(normalise(title)) if real else None
            title_number = title[tail.start(1):tail.end(1)] if tail else None
            if tail and tail.start() >= 6:
                title = title[:tail.start()]
            # a text without a header (an excerpt opening at its 文号): the 文号 line near its
            # top, as the mirror spelt it
            number = next(("".join(ln.text.split()) for ln in seg[:12]
                           if not ln.blank and NUMBER_RE.match(_key(ln))), None) or title_number
            if number is None:
                # or the metadata fields a portal printed at its top (• 发文序号：…)
                top = [k for k, ln in enumerate(seg[:16]) if not ln.blank]
                fields = [k for k in top if META_FIELD_RE.match(_key(seg[k]))]
                if len(fields) < 2:
                    # one field alone is read only when it names the 文号
                    fields = [k for k in fields if NUMBER_FIELD_RE.match(_key(seg[k]))]
                number = _meta_number(seg, fields)
        for k, ln in enumerate(seg):
            if _is_date(ln.norm):
                # a signature date: preceded by an issuer line or standing alone near the top
                prev = [x for x in seg[max(0, k - 4):k] if not x.blank]
                # (read without a mirror's pinyin glosses: 事务（wù）局)
                if prev and ISSUER_RE.match(_key(prev[-1])):
                    date = _iso_date(ln.norm)
                    if h is None and len(_key(prev[-1])) <= 30:
                        issuer = _key(prev[-1])             # the signature names the issuer
                    break
        if date is None:
            for ln in seg:
                if _is_date(ln.norm):
                    date = _iso_date(ln.norm)
                    break
        if date is None:
            # a signature inside a line (the page's lines joined): issuer and date between spaces
            # (the signature's date follows white space: a line with none is not searched)
            date = next((_iso_date(m.group("date")) for ln in seg
                         if _WHITE_RE.search(ln.norm) and (m := INLINE_SIGNATURE_RE.search(ln.norm))), None)
        if date is None and header_date:
            date = header_date          # no signature: the date printed beside the 文号
        if date is None:
            # no signature (the excerpt ends before it): the date of the metadata block on top
            for ln in seg[:16]:
                key = _key(ln)
                m = META_DATE_RE.search(key) if (META_FIELD_RE.match(key)
                                                 or META_SPACED_RE.match(ln.norm)) else None
                if m:
                    date = _ymd(m)
                    break
        if date is None:
            # nor there: the date the page that printed it gives, when a field of the page's
            # top (above the title or beside it, before the body) says so; a date further down
            # is another page's (a list of related articles) or a later part's
            for k, ln in enumerate(seg[:16]):
                if (a + k in h.title_lines) if h is not None else (
                        real and compact(ln.norm) == compact(title)):
                    continue            # the title (its sentence marks make no body)
                m = PAGE_DATE_RE.search(unglossed(ln.norm))
                if m:
                    date = _ymd(m)
                    break
                if _has_body(seg, [k]):
                    break
        title_key = compact(title)
        if issuer and title_key.startswith(compact(issuer)):
            title = title[len(issuer):]
        # (a sentence cut to stand for the title names no issuer)
        place = override or juris_mod.infer(seg, issuer, title if real else "", number)
        juris = place.name
        text = "\n".join(ln.norm for ln in seg)
        laws = tuple(cited_laws(text, juris))
        cites = tuple(cited_numbers(text, number))
        key = _content_key(seg)
        doc_id = make_doc_id(number, title, date, key)
        docs.append(Document(
            doc_id=doc_id, title=title, number=number, issuer=issuer, date=date,
            type=_doc_type(title) if h else None,
            span=Span(seg[0].file, first, last), jurisdiction=juris,
            laws=laws, cites=cites, lines=tuple(seg), place=place))
    return docs


def merge_copies(docs: Sequence[Document]) -> list[Document]:
    """Merge documents with identical normalised text; keep every copy's span."""
    by_key: dict[str, int] = {}
    out: list[Document] = []
    for d in docs:
        key = _content_key(d.lines)
        if key in by_key:
            k = by_key[key]
            out[k] = replace(out[k], copies=out[k].copies + (d.span,))
        else:
            by_key[key] = len(out)
            out.append(d)
    # ids must be unique even when two different documents share number, title and date
    seen: dict[str, int] = {}
    final = []
    for d in out:
        n = seen.get(d.doc_id, 0)
        seen[d.doc_id] = n + 1
        final.append(d if n == 0 else replace(d, doc_id=f"{d.doc_id}-{n + 1}"))
    return final
