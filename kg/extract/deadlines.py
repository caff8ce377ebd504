"""Deadline phrases -> ISO dates where the text gives a date, the phrase itself otherwise.

>>> normalise_deadline("2023年10月")
'2023-10'
>>> normalise_deadline("2024年6月底前")
'2024-06'
>>> normalise_deadline("2023年底前")
'2023-12'
>>> normalise_deadline("长期坚持")
'长期坚持'
"""
from __future__ import annotations

import re
from typing import Optional

from ..patterns import CN_DIGITS, CN_YEAR_DIGITS
from ..text import compact
from .numerals import to_int, year_figures

# pieces of the patterns below
_YEAR = r"(\d{4})年"                                # the year, captured
_IN_MONTH = r"(?:底|末|中旬|上旬|下旬|初)?"          # 6月底, 6月中旬, 6月初
# the work done by then: 完成, or a 交办 item's case closed (6月30日前办结, 2025年8月底前办结)
_DONE = r"(?:完成|办结)"
_PERIOD_END = r"(?:末|底)?(?:之?前|" + _DONE + r")?$"          # after 上半年 or 第三季度

_DATE = re.compile(r"^" + _YEAR + r"(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:份)?" + _IN_MONTH
                   + r"(?:之?前|以前|内|止|" + _DONE + r")*$")
_YEAR_END = re.compile(r"^" + _YEAR + r"(?:年)?(?:底|末|年底|年末)(?:之?前|以前|" + _DONE + r")*$")
_HALF = re.compile(r"^" + _YEAR + r"(上半年|下半年)" + _PERIOD_END)
_QUARTER = re.compile(r"^" + _YEAR + r"(?:第)?([一二三四1-4])季度" + _PERIOD_END)
_RANGE = re.compile(r"^(\d{4})(?:年)?[-—–~～至到](\d{4})年$")
ONGOING = ("长期坚持", "持续推进", "长期推进", "持续开展", "常态化推进", "长期开展", "持续实施",
           "常态化开展", "长期有效", "持续落实", "逐年推进", "分年度推进", "年度推进", "长期",
           "持续", "常态化", "每年", "按年度", "逐步推进", "分步实施", "年内完成", "立即实施",
           "长期执行", "长期落实", "持续落实", "常态长效", "按计划推进", "每季度", "每月",
           "每半年", "每周", "每年度", "全年", "常年", "适时", "按上级要求", "按上级部署",
           "根据上级要求", "根据上级部署",
           # the pace of a year's schedule (序时进度: the share of the year gone by), work begun at
           # once, and the timing left to the one in charge
           "按时序推进", "按序时推进", "按序时进度推进", "按时序进度推进", "按序时进度",
           "按时间节点推进", "适时推进", "立即启动", "立即开展", "立即执行", "即时",
           # work begun now and kept up (即日起, 自即日起, 即日起开展), a fault put right at once
           # (立行立改, 即知即改): a 督查 list's time limits, kept as written
           "即日起", "自即日起", "即日起开展", "即日起执行", "即日起实施", "立行立改", "即知即改")
# the same span closed by a word of continuing work (2024—2025年持续推进, 2024-2026年逐步推进)
_RANGE_ONGOING = re.compile(r"^\d{4}(?:年)?[-—–~～至到]\d{4}年(?:" + "|".join(ONGOING[:12] + ("逐步推进", "分步实施"))
                            + r")$")
# a recurring deadline: 每年12月底前, 每季度末, 每月10日前
_RECURRING = re.compile(r"^每(?:年|季度|季|月|半年|周)(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?" + _IN_MONTH
                        + r"(?:之?前|以前)?(?:完成|报送)?"
                        # (how often: 每半年一次, 每季度报送一次, 每月开展1次)
                        + r"(?:(?:开展|召开|报送|调度|通报|督查)?[一两二三四1-9]次)?"
                        # (what is sent that often: 每半年报送一次进展, 每月报送进展情况)
                        + r"(?:(?<=[次送])(?:工作)?(?:进展|进度|情况|进展情况))?$")
# from a year (or a month) on: 2024年起, 2024年开始持续推进, 2024年及以后持续推进, 2024年3月起
_FROM = re.compile(r"^(\d{4})年(?:\d{1,2}月(?:份)?)?(?:起|开始|及以后|以后|后)(?:" + "|".join(
    ("长期坚持", "持续推进", "长期推进", "持续开展", "持续实施", "常态化推进")) + r")?$")
# a date and the milestone reached by it: 2024年9月底前启动, 5月底前动工
# (2024年底前取得阶段性进展, 2025年取得明显成效: the progress to show by then; 2026年底前基本完成;
# 6月底前出台方案, 2024年9月底前印发实施意见: the paper issued by then)
_MILESTONE = re.compile(r"(?:(?:全部|全面)?(?:启动|开工|动工)|(?:基本|全面|全部)?建成|投用|投入使用|(?:全部)?(?:完工|竣工)|上线|运行|见效|出台|印发|"
                        r"(?:基本|全面)完成|"
                        # a 整改清单's or a 督查 通报's work done by then (2024年5月底前完成整改,
                        # 整改到位, 完成验收)
                        r"(?:基本|全面)?(?:完成整改|整改(?:完成|到位|完毕)|完成验收)|"
                        r"取得(?:阶段性|明显|积极|实质性|重要|重大|突破性)?(?:进展|成效|成果|突破)|"
                        # the paper the work issues by then (6月底前出台方案, 年底前制定实施办法)
                        r"(?:出台|印发|制定|制订|编制|修订)(?:实施|工作|具体|配套|相关|专项|管理|行动)?"
                        r"(?:方案|意见|办法|细则|规划|政策|文件|计划|制度|措施|标准))"
                        r"(?:建设|实施|运营)?$")
# a year and the season or event the work is done before (2024年汛前, 2024年春节前, 2024年秋季开学前):
# a deadline with no date, kept as written (as 长期坚持 is); the flood season's words alone too
# the work's step done by a date written before it (…前完成主体, …前建成投用, …前完成招标, …前投入使用): a
# verb of completing, opening or setting up and a few words of its object
_MILESTONE_AFTER_BY = re.compile(r"(?<=前)(?:完成|建成|开工|启动|投入|投用|实现|出台|制定|印发|上线|交付|通过|"
                                 r"组建|成立|召开|举办|部署|形成|建立|验收|竣工|开通|开放)[\u4e00-\u9fff]{0,6}$")
_GOES_ON = re.compile(r"并|坚持|持续|常态")
# the season the work is done in (汛期内, 主汛期间, 防火期内, 供暖期间, 禁渔期内): a deadline with no
# date, kept as written (as 汛前 is); the season's word alone (汛期) is none (lead44)
_DURING_SEASON = re.compile(r"^(?:\d{4}年|每年)?(?:主?汛期|防汛期|(?:森林|草原)?防火期|(?:供暖|采暖|取暖)期|禁渔期|"
                            r"禁牧期|休牧期|雨季|旱季|冬春季|秋冬季)(?:内|间|期间)$")
_BEFORE_EVENT = re.compile(r"^(?:\d{4}年)?(?:主?汛期?|春节|元旦|国庆节?|春耕|秋收|(?:春季|秋季)?开学|"
                           r"(?:供暖|采暖|取暖)季?|雨季|入冬|冬季|夏季|麦收|三夏|秋冬季)(?:之?前|以前)(?:完成)?$")
# a phrase opening with a year and made only of the words of time (2024年秋季, 2024年年中, 2024年“五一”前,
# 今年底前, 明年6月底前, 2024年度): a deadline kept as written where no date form above reads it (2025年6月前
# 完成验收 and 2024年6月底前完成并长期坚持 are read as their dates: _MILESTONE, _KEPT_UP); a year before
# anything else (2024年新建学校3所) is none
_TIME_WORDS = ("0-9年月日号底末初中旬上下半季度前后内止以之间期至到—–~\\-第一二三四五六七八九十"
               "完成验收并长期坚持持续推进开学春夏秋冬汛收节假寒暑“”\"国庆元旦")
_YEAR_LED = re.compile(r"^(?:\d{4}年|今年|明年|本年|当年)(?!.*\d(?![\d月日号季]))[" + _TIME_WORDS + r"]{0,14}$")
# (a figure must be a month's, a day's or a quarter's: 2013年1 is a date cut at the line's end)
# a five-year plan's period (“十四五”期间, 十四五时期, “十四五”末, “十四五”期间持续推进): a deadline with no
# date, kept as written (as 长期坚持 is); the plans are numbered 十五 to 十五五
_PLAN_PERIOD = re.compile(r"^[“\"‘']?十[一二三四五六七八九]?五[”\"’']?(?:规划)?(?:期间|时期|期末|末)(?:之?前|内)?"
                          r"(?:完成|" + "|".join(ONGOING[:12]) + r")?$")
_YEAR_ONLY = re.compile(r"^(\d{4})年度(?:内)?$")
# the whole of a year (2025年全年, 2025年全年持续推进): the work of that year throughout, kept as written
_WHOLE_YEAR = re.compile(r"^\d{4}年(?:全年|全年度)(?:" + "|".join(ONGOING[:12]) + r")?$")
_QMONTH = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}

# a deadline without its year, read against the document's year: 12月底前完成, 年底前, 年内持续推进
_NO_YEAR = re.compile(r"^(?:(?:\d{1,2}|[" + CN_DIGITS + r"]{1,2})月(?:\d{1,2}日)?(?:份)?" + _IN_MONTH
                      + r"|年底|年末|年内|上半年|下半年|(?:第)?[一二三四1-4]季度(?:末|底)?)"
                      r"(?:之?前|以前|内)?(?:完成|办结|" + "|".join(ONGOING) + r")?$")

DEADLINE_HINT = re.compile(r"(\d{4}年|" + "|".join(ONGOING) + r")")


# a date written otherwise: in Chinese numerals (二〇〇四年十月, 二00四年十月底前: the zeros
# typed as ASCII), or in figures with dots, slashes or hyphens (2004.10, 2004.10.31, 2024/6)
_CN_YEAR = re.compile("([" + CN_YEAR_DIGITS + "]{4})年")
_CN_MONTH = re.compile("(?<=年)([" + CN_DIGITS + "]{1,2})月")
_CN_DAY = re.compile("(?<=月)([" + CN_DIGITS + "]{1,3})日")
_FIGURES = re.compile(r"^(\d{4})[./-](\d{1,2})(?!\d)(?:[./-](\d{1,2})(?!\d))?(?![./-]?\d)")


def _as_figures(t: str) -> str:
    """A deadline's date written in figures with 年/月/日: ``二〇〇四年十月`` and ``2004.10`` are
    ``2004年10月`` (a text that is no such date is returned as it is).

    >>> _as_figures("二00四年十月底前"), _as_figures("2004.10.31"), _as_figures("2023-2025年")
    ('2004年10月底前', '2004年10月31日', '2023-2025年')
    """
    m = _CN_YEAR.match(t)
    if m and any(c in "〇○零一二三四五六七八九" for c in m.group(1)):
        t = year_figures(m.group(1)) + t[m.end(1):]
        t = _CN_MONTH.sub(lambda x: f"{to_int(x.group(1))}月", t, count=1)
        t = _CN_DAY.sub(lambda x: f"{to_int(x.group(1))}日", t, count=1)
    m = _FIGURES.match(t)
    if m and 1 <= int(m.group(2)) <= 12 and (m.group(3) is None or 1 <= int(m.group(3)) <= 31):
        day = f"{int(m.group(3))}日" if m.group(3) else ""
        rest = t[m.end():]
        if rest.startswith("日" if day else "月"):
            rest = rest[1:]         # 2025.6月底, 2025.6.30日前: the unit written after the figure too
        t = f"{m.group(1)}年{int(m.group(2))}月{day}" + rest
    return t


# a word leading a date (截至2024年底, 截止2024年6月, 于2024年9月底前, 在2024年底前完成): the date
# (确保2024年底前完成, 力争6月底前建成, 争取年底前: the date the work is to be done by)
_LEAD_WORD = re.compile(r"^(?:截至|截止(?:到|至)?|于|在|确保|力争|争取)(?=\d{4}年|\d{1,2}月|年底|年末|年内)")


def normalise_deadline(text: str) -> Optional[str]:
    """Normalise a deadline phrase; ``None`` for an empty one.

    >>> normalise_deadline("截至2024年底"), normalise_deadline("于2024年9月底前")
    ('2024-12', '2024-09')
    """
    t = _LEAD_WORD.sub("", compact(text).strip("。；，,;."))
    t = _as_figures(t) if t else t
    if not t:
        return None
    kept = _KEPT_UP.search(t)
    if kept and kept.start() > 0 and is_deadline(t[:kept.start()]):
        # 2024年6月底前完成，并长期坚持 / …完成并长期坚持: due by the date, kept up after it
        got = normalise_deadline(t[:kept.start()])
        if got and _ISO.match(got):
            return got
    cut = _milestone_cut(t, events=False)     # (an event's, 2024年汛前完成, is kept as written)
    if cut is not None:
        t = t[:cut]
    m = _YEAR_END.match(t)
    if m:
        return f"{m.group(1)}-12"
    m = _DATE.match(t)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        if mo and d:
            return f"{y}-{int(mo):02d}-{int(d):02d}"
        if mo:
            return f"{y}-{int(mo):02d}"
        return y
    m = _HALF.match(t)
    if m:
        return f"{m.group(1)}-{'06' if m.group(2) == '上半年' else '12'}"
    m = _YEAR_ONLY.match(t)
    if m:
        return m.group(1)       # 2024年度: within the year
    m = _QUARTER.match(t)
    if m:
        return f"{m.group(1)}-{_QMONTH[m.group(2)]:02d}"
    m = _SPAN.match(t)
    if m:
        # 2024年9月至12月, 即日起至2025年底: the work is done by the span's end
        end = m.group("end")
        if m.group("year") and re.match(r"\d{1,2}月", end):
            end = m.group("year") + "年" + end
        got = normalise_deadline(end)
        if got and _ISO.match(got):
            return got
    m = _MONTH_SPAN.match(t)
    if m and _dated(m.group("end")):
        return normalise_deadline(m.group("end"))    # 1—6月: by June (of the title's year)
    pieces = [p for p in _SEVERAL.split(t) if p]
    if len(pieces) > 1:
        # 2024年3月底前；2024年6月底前 (a 时间节点 cell of two milestones): done by the last
        got = [normalise_deadline(p) for p in pieces]
        if all(g and _ISO.match(g) for g in got):
            return max(got)
    return t


# a span of time: its start (a date, or 即日 "from today") and its end (2024年9月至12月,
# 即日起至2025年底, 2024年3月-6月); years alone (2023-2025年, a plan's period) are kept as written
_SPAN = re.compile(r"^(?:(?P<year>\d{4})年\d{1,2}月(?:\d{1,2}日)?(?:份)?(?:起)?|(?:从|自)?即日起?|"
                   r"(?:从|自)?今日起?)(?:[-—–~～－]+|至|到)(?P<end>.+)$")
# a span of months of the document's year (1—6月, 3-12月底, 1至6月份): the work is done by its end month
_MONTH_SPAN = re.compile(r"^(?:\d{1,2}|[" + CN_DIGITS + r"]{1,2})月?(?:份)?(?:[-—–~～－]+|至|到)"
                         r"(?P<end>(?:\d{1,2}|[" + CN_DIGITS + r"]{1,2})月.*)$")
# dates written one after another (2024年3月底前；2024年6月底前, 2024年6月底前／2024年12月底前)
_SEVERAL = re.compile(r"[；;，,、/]")
_ISO = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")


def is_deadline(text: str) -> bool:
    """Does this annotation piece read as a deadline rather than a unit list?"""
    t = _LEAD_WORD.sub("", compact(text).strip("。；，,;."))
    if not t:
        return False
    t = _as_figures(t)
    if t in ONGOING or any(t.startswith(p) and len(t) <= len(p) + 4 for p in ONGOING[:12]):
        return True
    if t.startswith(("全年", "常年", "年内")) and t[2:] in ONGOING:
        return True         # 全年持续推进, 年内持续推进: the year's work, going on
    if _AND_ONGOING.match(t):
        return True         # （…，2024年6月底前完成，并长期坚持）: the work kept up after its date
    if _RECURRING.match(t) or _FROM.match(t) or _BEFORE_EVENT.match(t) or _PLAN_PERIOD.match(t) \
            or _DURING_SEASON.match(t) or _WHOLE_YEAR.match(t):
        return True
    if _milestone_cut(t) is not None:
        return True
    if _SPAN.match(t) and _ISO.match(normalise_deadline(t) or ""):
        return True         # 即日起至2025年底, 2024年6月-2024年10月: by the span's end
    ms = _MONTH_SPAN.match(t)
    if ms and _dated(ms.group("end")):
        return True         # 1—6月, 3-12月底前: by the span's end month
    return _dated(t) or bool(_RANGE.match(t)) or bool(_YEAR_LED.match(t)) or bool(_RANGE_ONGOING.match(t))


def _milestone_cut(t: str, events: bool = True) -> Optional[int]:
    """Where the work's milestone after a date begins (``6月底前出台方案``: 6, ``8月底前完成主体``,
    ``年底前建成投用``; with ``events``, after an event too: ``秋季开学前投入使用``): the date before
    it is the deadline; None when ``t`` is no date and a milestone."""
    mm = _MILESTONE.search(t)
    if mm and mm.start() > 0 and _dated(t[:mm.start()]):
        return mm.start()
    mm = _MILESTONE_AFTER_BY.search(t)
    if mm and _GOES_ON.search(mm.group(0)):
        mm = None       # (…前完成并长期坚持: the work goes on after the date, kept as written)
    if mm and mm.start() > 0 and (_dated(t[:mm.start()]) or (events and _BEFORE_EVENT.match(t[:mm.start()]))):
        return mm.start()
    return None


#: the same written after the date in one phrase (2024年6月底前完成，并长期坚持)
_KEPT_UP = re.compile(r"[，,]?(?:并|并且|且|之后|此后|以后)(?:" + "|".join(ONGOING[:12]) + r")$")
#: the work kept up after the date before it, a piece of its own (…，2024年6月底前完成，并长期坚持):
#: a deadline piece, the dated one closing the work (``later_of`` keeps it)
_AND_ONGOING = re.compile(r"^(?:并|并且|且|之后|此后|以后)(?:" + "|".join(ONGOING[:12]) + r")$")


def _dated(t: str) -> bool:
    return any(p.match(t) for p in (_YEAR_END, _DATE, _HALF, _QUARTER, _NO_YEAR))


_MONTH_FIRST = re.compile(r"^(\d{1,2}|[" + CN_DIGITS + r"]{1,2})月(?:(\d{1,2})日|[" + CN_DIGITS
                          + r"]{1,3}日)?(?:份)?" + _IN_MONTH)


# a period of a year named without the year (年底前, 年末, 上半年, 下半年, 第三季度末)
_PERIOD_NO_YEAR = re.compile(r"^(?:(?P<e>年底|年末|年内)|(?P<h>上半年|下半年)|(?:第)?(?P<q>[一二三四1-4])季度(?:末|底)?)"
                             r"(?:之?前|以前|内)?(?:完成)?$")


def later_of(first: Optional[str], then: str) -> str:
    """Of two deadline phrases of one annotation (``6月底前启动``, ``10月底前完成``), the one that
    closes the work: the later date, where both give one (in the same year when neither writes
    it); else the first (``2024年底前`` before ``每季度报送``).

    >>> later_of("2024-06", "2024-10"), later_of("6月底前启动", "10月底前完成"), later_of("2024-06", "每季度")
    ('2024-10', '10月底前完成', '2024-06')
    >>> later_of("2024-03", "12月底前完工"), later_of("2024-10", "3月底前")
    ('12月底前完工', '2024-10')
    """
    if first is None:
        return then
    a, b = (with_year(x, "0000") or x for x in (first, then))
    if _ISO.match(a) and _ISO.match(b) and (a[:4] == "0000") != (b[:4] == "0000"):
        # 2024年3月底前完成方案，6月底前开工: the later milestone in the year written before it (an
        # undated one falling before a dated one may be the next year's: the first is kept)
        a, b = (b[:4] + a[4:], b) if a[:4] == "0000" else (a, a[:4] + b[4:])
        return then if b > a else first
    if _ISO.match(a) and _ISO.match(b):
        return then if b > a else first
    return first


def with_year(text: str, year: Optional[str]) -> Optional[str]:
    """A month-only deadline dated by the year its document's title names:
    ``12月底前`` in 《2016年民生实事目标任务分解表》 -> ``2016-12``; ``None`` when the text does not
    start with a month or no year is known.

    >>> with_year("5月底前动工", "2016"), with_year("十二月底前", "2016")
    ('2016-05', '2016-12')
    >>> with_year("年底前", "2016"), with_year("上半年", "2016"), with_year("第三季度末", "2016")
    ('2016-12', '2016-06', '2016-09')
    >>> with_year("年内", "2016"), with_year("年内完成", "2016")      # within the year: by its end
    ('2016-12', '2016-12')
    >>> with_year("1—6月", "2016"), with_year("3至12月底前", "2016")
    ('2016-06', '2016-12')

    A day written in figures is kept, as a dated deadline keeps it (``9月30日前`` -> ``2024-09-30``,
    as ``2024年9月30日前`` is).
    """
    if not year:
        return None
    ms = _MONTH_SPAN.match(compact(text))
    if ms:
        text = ms.group("end")      # 1—6月: the span's end month
    p = _PERIOD_NO_YEAR.match(compact(text))
    if p:
        # 年底前, 上半年, 第三季度 (the year's end, half or quarter): that period of the title's year
        if p.group("q"):
            return f"{year}-{_QMONTH[p.group('q')]:02d}"
        return f"{year}-{'06' if p.group('h') == '上半年' else '12'}"
    m = _MONTH_FIRST.match(compact(text))
    if not m or not 1 <= to_int(m.group(1)) <= 12:
        return None
    if m.group(2) and 1 <= int(m.group(2)) <= 31:
        return f"{year}-{to_int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return f"{year}-{to_int(m.group(1)):02d}"


# a dated deadline written inside a duty's clause: 各县（区）要…，于2024年3月15日前报…备案 ;
# X要在2025年底前完成… (a year shown; a month alone is no deadline, the collected rule)
# (the day's weekday may stand in brackets between the date and 前: 于2024年8月7日（星期三）前汇总)
_IN_CLAUSE = re.compile(r"(?<!\d)(\d{4}年(?:\d{1,2}月(?:\d{1,2}日|底|末)?|底|末|上半年))"
                        r"(?:[（(](?:星期|周|礼拜)[一二三四五六日天][）)])?(?:之)?前")


def deadline_in_clause(text: str) -> Optional[str]:
    """The first dated deadline (``YYYY年…前``) written in a prose duty's clause, normalised, or None.

    >>> deadline_in_clause("各县（区）要认真研究制定本地工作方案，于2024年3月15日前报市安办备案")
    '2024-03-15'
    >>> deadline_in_clause("市财政局要在2025年底前完成清理"), deadline_in_clause("要于6月底前完成")
    ('2025-12', None)
    """
    m = _IN_CLAUSE.search(_as_figures(compact(text)))
    return normalise_deadline(m.group(1) + "前") if m else None
