import pytest

from kg.extract.deadlines import is_deadline, normalise_deadline


@pytest.mark.parametrize("text,iso", [
    ("2023年10月", "2023-10"), ("2024年6月底前", "2024-06"), ("2023年底前", "2023-12"),
    ("2023年3月1日前", "2023-03-01"), ("2025年", "2025"), ("2024年上半年", "2024-06"),
    ("2024年二季度", "2024-06"), ("长期坚持", "长期坚持"), ("持续推进", "持续推进"),
])
def test_normalise(text, iso):
    assert normalise_deadline(text) == iso


def test_is_deadline_refuses_units():
    assert is_deadline("2024年6月底前")
    assert is_deadline("长期坚持")
    assert not is_deadline("市发改委")


@pytest.mark.parametrize("text,iso", [
    ("二〇〇四年十月", "2004-10"), ("二00四年十二月底前", "2004-12"), ("二〇二四年十月三十一日", "2024-10-31"),
    ("二〇二四年第三季度", "2024-09"), ("2004.10", "2004-10"), ("2004.10底前", "2004-10"),
    ("2004.10.31", "2004-10-31"), ("2024/6", "2024-06"), ("2024-06", "2024-06"),
    # no such date: a range of years, a 13th month, a figure stay as written
    ("2023-2025年", "2023-2025年"), ("2004.13", "2004.13"), ("20.5", "20.5"),
])
def test_a_date_written_in_chinese_numerals_or_with_dots_is_a_date(text, iso):
    assert normalise_deadline(text) == iso
    assert is_deadline(text) == (text not in ("2004.13", "20.5"))


def test_a_month_in_chinese_numerals_is_dated_by_the_title_year():
    from kg.extract.deadlines import with_year
    assert with_year("十二月底前", "2016") == "2016-12"
    assert with_year("三月十五日前完成", "2016") == "2016-03"
    assert with_year("十三月", "2016") is None
