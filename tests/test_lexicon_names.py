"""Person names: surnames and the shape of a plausible full name."""

import pytest

from kg.lexicon.names import is_plausible_name, surname_of


@pytest.mark.parametrize(
    "name", ["张伟", "王建军", "欧阳明", "欧阳明华", "司马文", "钱伟", "诸葛亮", "濮志明", "傅红", "萧山川"]
)
def test_lexicon_names_plausible(name):
    assert is_plausible_name(name)


@pytest.mark.parametrize(
    "text",
    [
        "全市",
        "高质量",
        "新区",
        "平台",
        "发展",
        "同志",
        "张",
        "张伟明华",
        "欧阳",
        "A张伟",
        "的确",
        "宁波",
        "武汉",
    ],
)
def test_lexicon_names_implausible(text):
    assert not is_plausible_name(text)


@pytest.mark.parametrize(
    ("name", "surname"), [("张伟", "张"), ("欧阳明华", "欧阳"), ("司马文", "司马"), ("马立强", "马")]
)
def test_lexicon_names_surname(name, surname):
    assert surname_of(name) == surname
