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
