"""Overlapping mentions: one reading per span, nested names only where the nesting rules allow."""

import pytest
from extraction_helpers import found, report

from kg.overlaps import select_mentions
from kg.types import EntityType, Mention

T = EntityType


def _m(type_, name, start, confidence=0.8, source="rule"):
    return Mention(type_, name, start, start + len(name), "doc", 0, confidence=confidence, source=source)


def _kept(*mentions):
    return {(m.type.value, m.name) for m in select_mentions(mentions)}


@pytest.mark.parametrize(
    ("inner", "outer"),
    [
        (T.DISTRICT, T.STRATEGY),
        (T.INDUSTRY, T.STRATEGY),
        (T.ORGANIZATION, T.PROJECT),
    ],
)
def test_extract_overlaps_allowed_nesting_keeps_both(inner, outer):
    assert len(select_mentions([_m(outer, "成都超算中心", 0), _m(inner, "成都", 0, source="lexicon")])) == 2


@pytest.mark.parametrize(
    ("inner", "outer"),
    [
        (T.DISTRICT, T.PROJECT),  # 成都 in 成都超算中心: the project's name carries the place
        (T.DISTRICT, T.ORGANIZATION),
        (T.DISTRICT, T.MEETING),
        (T.PROJECT, T.DISTRICT),
        (T.OFFICIAL, T.PROJECT),
        (T.ORGANIZATION, T.ORGANIZATION),
        (T.STRATEGY, T.STRATEGY),  # 1+6 in 资本力量“1+6”: one strategy, the quote its alias
        (T.MEETING, T.STRATEGY),
    ],
)
def test_extract_overlaps_other_nesting_keeps_the_longer(inner, outer):
    assert _kept(_m(outer, "成都超算中心", 0), _m(inner, "超算中心", 2)) == {(outer.value, "成都超算中心")}


def test_extract_overlaps_nested_industry_only_from_the_lexicon():
    outer = _m(T.PROJECT, "生物医药产业园", 0)
    assert len(select_mentions([outer, _m(T.INDUSTRY, "生物医药", 0, source="lexicon")])) == 2
    assert len(select_mentions([outer, _m(T.INDUSTRY, "生物医药", 0, source="suffix")])) == 1


def test_extract_overlaps_crossing_spans_keep_the_longer():
    assert _kept(_m(T.PROJECT, "武侯科技园", 0), _m(T.ORGANIZATION, "科技园区管委", 2)) == {
        ("Organization", "科技园区管委")
    }


def test_extract_overlaps_same_span_prefers_confidence_then_type_priority():
    assert _kept(_m(T.PROJECT, "天府新区", 0, 0.7), _m(T.DISTRICT, "天府新区", 0, 0.9)) == {
        ("District", "天府新区")
    }
    assert _kept(_m(T.PROJECT, "天府新区", 0, 0.9), _m(T.DISTRICT, "天府新区", 0, 0.9)) == {
        ("District", "天府新区")
    }
    assert _kept(_m(T.PROJECT, "天府新区", 0, 0.95), _m(T.DISTRICT, "天府新区", 0, 0.9)) == {
        ("Project", "天府新区")
    }


def test_extract_overlaps_duplicates_collapse_and_order_is_by_position():
    kept = select_mentions(
        [_m(T.DISTRICT, "锦江区", 5), _m(T.DISTRICT, "武侯区", 0), _m(T.DISTRICT, "武侯区", 0)]
    )
    assert [m.name for m in kept] == ["武侯区", "锦江区"]


def test_extract_overlaps_different_sentences_never_conflict():
    a = _m(T.PROJECT, "武侯科技园", 0)
    b = Mention(T.ORGANIZATION, "科技园区", 2, 6, "doc", 1)
    assert len(select_mentions([a, b])) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推进成都超算中心建设。", {("Project", "成都超算中心")}),
        (
            "落实《成都市国土空间总体规划》。",
            {("District", "成都市"), ("Strategy", "成都市国土空间总体规划")},
        ),
        ("建设生物医药产业园。", {("Industry", "生物医药"), ("Project", "生物医药产业园")}),
        ("加快建设比亚迪合肥基地。", {("Organization", "比亚迪"), ("Project", "比亚迪合肥基地")}),
    ],
)
def test_extract_overlaps_in_the_pipeline(sentence, expected):
    assert found(report("成都", sentence)) - found(report("成都", "")) == expected
