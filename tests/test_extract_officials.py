"""Officials: speakers from headers, people named with a post in the body, bare ``X书记``."""

import pytest
from extraction_helpers import found_names, mentions_named, report, run

from kg.extractors.officials import extract_officials


def _official(text, name):
    (mention,) = [m for m in mentions_named(text, name) if m.type.value == "Official"]
    return mention


@pytest.mark.parametrize(
    ("sentence", "name", "title", "district"),
    [
        ("青岛市委常委、黄岛区委书记周安参加讨论。", "周安", "市委常委、区委书记", "黄岛区"),
        ("杭州市委书记王建军出席会议并讲话。", "王建军", "市委书记", "杭州市"),
        ("市委副书记、市长姚立新主持会议。", "姚立新", "市委副书记、市长", ""),
        ("会议由区长李华主持。", "李华", "区长", ""),
        ("区人大常委会主任张强出席。", "张强", "人大常委会主任", ""),
        ("区政协主席刘明参加。", "刘明", "政协主席", ""),
        (
            "西安高新区党工委书记、管委会主任周国华强调，要抓好落实。",
            "周国华",
            "党工委书记、管委会主任",
            "西安高新区",
        ),
        ("市长赵刚（杭州市人民政府市长）指出，要推进城市更新。", "赵刚", "市长", ""),
    ],
)
def test_extract_officials_title_then_name(sentence, name, title, district):
    mention = _official(sentence, name)
    assert mention.attr("title") == title
    assert mention.attr("district") == district


@pytest.mark.parametrize(
    "name",
    ["王建军", "李晓明", "张志刚", "刘海涛", "陈立群", "周国华", "吴永平", "钱伟", "徐明"],
)
@pytest.mark.parametrize(
    "verb", ["出席会议并讲话。", "主持会议。", "强调，要抓好落实。", "在会上作重要讲话。", "说，要抓好落实。"]
)
def test_extract_officials_name_length_before_verbs(name, verb):
    assert found_names(f"成都市委书记{name}{verb}", "Official") == {name}


@pytest.mark.parametrize("name", ["张刚强", "唐海德"])
def test_extract_officials_three_character_names_jieba_cuts_short(name):
    assert found_names(f"杭州市委书记{name}出席会议并讲话。", "Official") == {name}


def test_extract_officials_name_then_title_in_body():
    mention = _official("据介绍，王立新（雨花台区委书记）参加了讨论。", "王立新")
    assert mention.attr("title") == "区委书记"
    assert mention.attr("district") == "雨花台区"


def test_extract_officials_speaker_from_header():
    text = report("成都", "武侯区委书记 张立新", "奋力建设创新高地", "武侯区将加快建设武侯科技园。")
    mention = _official(text, "张立新")
    assert mention.source == "speech-header"
    assert (mention.attr("title"), mention.attr("district"), mention.attr("speaker")) == (
        "区委书记",
        "武侯区",
        "1",
    )


@pytest.mark.parametrize(
    "text",
    [
        "会上，王书记作了讲话。",  # nobody named 王 in full
        "成都日报记者 王小明 通讯员 李强\n王书记强调，要抓好落实。",  # a byline name is no official
    ],
)
def test_extract_officials_bare_title_without_full_name_is_skipped(text):
    assert found_names(text, "Official") == set()


def test_extract_officials_bare_title_resolves_to_the_full_name():
    text = "市委书记张志刚出席会议并讲话。张书记强调，要加快建设国家科技创新中心。"
    bare = _official(text, "张书记")
    assert bare.canonical == "张志刚"
    assert bare.source == "surname-title"


def test_extract_officials_bare_title_ambiguous_surname_is_skipped():
    text = "市委书记张志刚、市长张明华出席会议。张书记强调，要抓好落实。"
    assert "张书记" not in found_names(text, "Official")


def test_extract_officials_compound_surname():
    text = "市委书记欧阳明出席会议。欧阳书记强调，要抓好落实。"
    assert _official(text, "欧阳书记").canonical == "欧阳明"


@pytest.mark.parametrize(
    "sentence",
    [
        "区委书记要带头抓落实。",  # a post without a person
        "各区县委书记参加会议。",
        "市委常委会会议召开。",
        "全市上下要高质量发展。",
    ],
)
def test_extract_officials_no_person(sentence):
    assert run(extract_officials, sentence) == []


def test_extract_officials_speaker_not_repeated_at_sentence_start():
    text = report("成都", "武侯区委书记 张立新", "加快建设", "区委书记张立新表示，武侯区将加快建设。")
    sources = sorted(m.source for m in run(extract_officials, text) if m.name == "张立新")
    assert sources == ["speech-header"]
