"""Meetings: ordinal sessions, congresses, named meetings by head word, lone 市委全会."""

import pytest
from extraction_helpers import found_names, run

from kg.extractors.meetings import extract_meetings


def _meetings(text):
    return found_names(text, "Meeting")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("12月28日，中共成都市委十四届四次全会召开。", {"中共成都市委十四届四次全会"}),
        ("市委十二届七次全会召开。", {"市委十二届七次全会"}),
        ("中共合肥市委十一届九次全体会议召开。", {"中共合肥市委十一届九次全体会议"}),
        ("1月10日，市十六届人大二次会议开幕。", {"市十六届人大二次会议"}),
        ("出席省十四届人大一次会议的代表。", {"省十四届人大一次会议"}),
        ("区政协十届三次会议召开。", {"区政协十届三次会议"}),
        ("杭州市第十三次党代会胜利闭幕。", {"杭州市第十三次党代会"}),
        ("会议传达学习了十九届五中全会精神。", {"十九届五中全会"}),
        ("全市上下学习贯彻党的二十大精神。", {"党的二十大"}),
        ("学习贯彻党的十九届六中全会精神。", {"党的十九届六中全会"}),
    ],
)
def test_extract_meetings_ordinal_sessions(sentence, expected):
    assert _meetings(sentence) == expected


def test_extract_meetings_joined_by_ji():
    text = "市委十三届十次全会暨市委经济工作会议举行分组审议讨论。"
    assert _meetings(text) == {"市委十三届十次全会", "市委经济工作会议"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("南京市委常委会会议召开。", {"南京市委常委会会议"}),
        ("全市招商引资推进会召开。", {"招商引资推进会"}),
        ("省委经济工作会议召开。", {"省委经济工作会议"}),
        ("区委理论学习中心组务虚会举行。", {"区委理论学习中心组务虚会"}),
        pytest.param(
            "全区民营经济发展座谈会召开。",
            {"民营经济发展座谈会"},
        ),
    ],
)
def test_extract_meetings_by_head_word(sentence, expected):
    assert _meetings(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "本次会议意义重大。",
        "会后举行分组讨论。",
        "要开好座谈会、推进会。",
        "此次全会精神要落到实处。",
        "本次工作会议部署了明年工作。",
        "各地召开两会。",
    ],
)
def test_extract_meetings_generic_words_are_not_meetings(sentence):
    assert _meetings(sentence) == set()


def test_extract_meetings_lone_city_session_names_itself():
    text = "市委全会对明年工作作出部署，要把全会精神落到实处。"
    assert [(m.name, m.source) for m in run(extract_meetings, text)] == [("市委全会", "session")]


def test_extract_meetings_short_session_refers_to_the_ordinal_one():
    text = "市委十二届七次全会召开。市委全会对明年工作作出部署，要把全会精神落到实处。"
    short = {m.name: m.canonical for m in run(extract_meetings, text) if m.source == "short-session"}
    assert short == {"市委全会": "市委十二届七次全会", "全会": "市委十二届七次全会"}


def test_extract_meetings_short_session_ambiguous_between_two_sessions():
    text = "去年召开了市委十二届六次全会。今年召开了市委十二届七次全会。全会精神要落到实处。"
    assert not [m for m in run(extract_meetings, text) if m.source == "short-session"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("各区县参加市委十二届五次全会。", {"市委十二届五次全会"}),
        ("省委经济工作会议和省委十一届五次全会召开。", {"省委经济工作会议", "省委十一届五次全会"}),
    ],
)
def test_extract_meetings_ordinal_session_left_boundary(sentence, expected):
    assert _meetings(sentence) == expected


def test_extract_meetings_full_and_short_forms_of_one_session_are_one_meeting():
    text = (
        "中共无锡市委十三届五次全体（扩大）会议召开。\n市委十三届五次全会举行分组讨论。\n"
        "全会期间，江苏省十四届人大一次会议代表也参加了讨论。\n"
    )
    canonical = {m.name: m.canonical for m in run(extract_meetings, text)}
    assert canonical["市委十三届五次全会"] == "中共无锡市委十三届五次全体（扩大）会议"
    assert canonical["全会"] == "中共无锡市委十三届五次全体（扩大）会议"  # a people's congress is no plenum
