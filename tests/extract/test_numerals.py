from hypothesis import given, strategies as st

from kg.extract.numerals import from_int, to_int


@given(st.integers(min_value=0, max_value=9999))
def test_round_trip(n):
    assert to_int(from_int(n)) == n


def test_common_forms():
    assert to_int("十二") == 12
    assert to_int("一百零三") == 103
    assert from_int(10) == "十"
    assert to_int("26") == 26
