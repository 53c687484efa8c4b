"""Post titles: the title grammar, its composition, levels and standalone titles."""

import pytest

from kg.lexicon.titles import is_standalone, is_title, level_of, split_titles


@pytest.mark.parametrize(
    "title",
    ["区委书记", "市委常委", "党工委书记", "管委会主任", "区长", "副市长", "县委副书记", "市委副书记、市长",
     "党工委书记、管委会主任", "党工委专职副书记", "人大常委会主任", "政协主席", "人大代表", "董事长",
     "常务副区长", "党工委书记兼管委会主任"],
)  # fmt: skip
def test_lexicon_titles_recognised(title):
    assert is_title(title)


@pytest.mark.parametrize("text", ["书记处", "高质量发展", "记者", "区委", "主任医师长", ""])
def test_lexicon_titles_not_titles(text):
    assert not is_title(text)


@pytest.mark.parametrize(
    ("titles", "parts"),
    [
        ("党工委书记、管委会主任", ["党工委书记", "管委会主任"]),
        ("副市长兼党工委书记", ["副市长", "党工委书记"]),
        ("区委书记", ["区委书记"]),
    ],
)
def test_lexicon_titles_split(titles, parts):
    assert split_titles(titles) == parts


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("省委书记", "province"),
        ("副省长", "province"),
        ("市委常委", "city"),
        ("副市长", "city"),
        ("区委书记", "county"),
        ("县长", "county"),
        ("旗委书记", "county"),
        ("党工委书记", "zone"),
        ("管委会主任", "zone"),
        ("人大代表", ""),
    ],
)
def test_lexicon_titles_level(title, level):
    assert level_of(title) == level


@pytest.mark.parametrize(
    ("title", "standalone"), [("市长", True), ("副区长", True), ("书记", False), ("主任", False)]
)
def test_lexicon_titles_standalone(title, standalone):
    assert is_standalone(title) is standalone
