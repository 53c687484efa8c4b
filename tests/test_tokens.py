"""jieba as a weak signal: words, boundaries, leading verbs."""

import pytest

from kg.tokens import boundaries, strip_leading_verbs, words


def test_tokens_words_cover_the_text():
    text = "武侯区将加快建设武侯科技园。"
    assert "".join(w for w, _ in words(text)) == text


def test_tokens_boundaries_include_both_ends():
    text = "城市平台中心建设提速"
    cuts = boundaries(text)
    assert {0, len(text)} <= cuts
    assert not {3, 5} <= cuts  # 台中 (3:5) is not a word of its own here


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("保障南京禄口国际机场", 2),
        ("加快建设武侯科技园", 4),
        ("天府国际生物城", 0),
        ("云栖小镇", 0),
    ],
)
def test_tokens_strip_leading_verbs(name, cut):
    assert strip_leading_verbs(name) == cut


def test_tokens_leave_jieba_global_state_alone():
    import jieba

    before = jieba.dt.initialized
    words("武侯区将加快建设。")
    assert jieba.dt.initialized == before
