"""Normalisation: width, punctuation, quotes, line layout, and offsets back to the source."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from kg.ingest.normalise import BODY_MIN_CHARS, normalise

SAMPLE = Path(__file__).parent / "data" / "sample" / "zhengzhou-2021-01.txt"

# What a normalised character may stand for in the source, besides itself (written
# out here, independently of the module's tables).
WIDE = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", '"': "“”"}
LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def counterparts(src: str) -> set[str]:
    folded = unicodedata.normalize("NFKC", src) if "\uff01" <= src <= "\uff5e" else src
    if src.isspace():
        folded = " "
    return {src, folded, *WIDE.get(folded, "")}


def assert_offsets_round_trip(source: str) -> str:
    result = normalise(source)
    text, offsets = result.text, result.offsets
    previous = -1
    for i, ch in enumerate(text):
        j = offsets.to_source(i)
        assert previous < j < len(source), (i, ch)
        previous = j
        if ch == "\n":
            assert source[j] in LINE_BREAKS, (i, source[j])
        elif ch == " " and source[j] in LINE_BREAKS:
            assert text[i - 1].isascii() and text[i + 1].isascii()  # joined Latin words
        else:
            assert ch in counterparts(source[j]), (i, ch, source[j])
    return text


def lines_of(source: str) -> list[str]:
    return normalise(source).text.split("\n")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("ＡＢＣ公司２０２１年营收１２３亿元", "ABC公司2021年营收123亿元"),
        ("增长５％，达到３．５万人", "增长5%，达到3.5万人"),
        ("市委书记\u3000张三", "市委书记 张三"),
        ("郑州\u200b航空港\ufeff实验区", "郑州航空港实验区"),
        ("发展（一）：好！对？是；", "发展（一）：好！对？是；"),
    ],
    ids=["letters-digits", "symbols", "ideographic-space", "zero-width", "keeps-chinese-punct"],
)
def test_normalise_width(source: str, expected: str) -> None:
    assert normalise(source).text == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("1月5日下午,市委举行会议", "1月5日下午，市委举行会议"),
        ("目标宏伟;路径清晰", "目标宏伟；路径清晰"),
        ("他说:要加快发展", "他说：要加快发展"),
        ("真的吗?是的!", "真的吗？是的！"),
        ("各开发区、县(市)区", "各开发区、县（市）区"),
        ("踊跃发言(一)", "踊跃发言（一）"),
        ("(1)加强组织领导", "（1）加强组织领导"),
        ("“1+6”,做强科创金融", "“1+6”，做强科创金融"),
        ('坚持"中流、北城、南工"功能布局', "坚持“中流、北城、南工”功能布局"),
        ('"十三五"时期与"十四五"规划', "“十三五”时期与“十四五”规划"),
        ("5G,人工智能", "5G，人工智能"),
        ("全年共10,000人次", "全年共10,000人次"),
        ("时间 10:30", "时间 10:30"),
        ("函数 f(x) 的值", "函数 f(x) 的值"),
        ('He said "yes", then left.', 'He said "yes", then left.'),
    ],
)
def test_normalise_punctuation_in_chinese_context(source: str, expected: str) -> None:
    assert normalise(source).text == expected


@pytest.mark.parametrize(
    "source",
    [
        "第一段。\r\n第二段。\r\n",
        "第一段。\r第二段。",
        "  第一段。  \n\n\n\u3000\u3000第二段。\t\n",
        "第一段。\u2028第二段。",
    ],
)
def test_normalise_line_layout(source: str) -> None:
    assert normalise(source).text == "第一段。\n第二段。"


def test_normalise_rejoins_the_sample_breaks() -> None:
    text = assert_offsets_round_trip(SAMPLE.read_text(encoding="utf-8"))
    for joined in ("中国北斗年会、强网杯", "扩大开放，加快", "项目建设为生命线，加快", "发展。一是瞄准“3+1”"):
        assert joined in text
    lines = text.split("\n")
    for header in (
        "郑东新区党工委书记、管委会主任 牛瑞华",
        "走好“枢纽+开放”路子 更好发挥引领带动作用",
        "为建设现代化国家中心城市贡献力量",
        "各开发区、县（市）区主要负责同志踊跃发言（一）",
        "经开区党工委书记 樊福太",
    ):
        assert header in lines
    assert any(line.startswith("郑报全媒体记者 张昕") and line.endswith("曹婷") for line in lines)
    assert len(lines) == 20


BODY_1 = "过去一年，高新区坚持以新发展理念为引领，经济运行稳中有进，电子信息、生物医药等主导产业加快"
BODY_2 = "发展，全年地区生产总值突破两千亿元。下一步，我们将聚焦主导产业，深化与高校院所的合作，"
BODY_3 = "加快建设一批重大项目。"
REPORT = f"""成都日报 2022年3月2日

坚持创新驱动，推动高质量发展，为建设公园城市示范区贡献力量

本报记者 李明 王芳 赵强

高新区党工委书记 张伟

做强电子信息产业 打造西部创新高地

{BODY_1}

{BODY_2}

{BODY_3}

锦江区委书记、区长 刘洋

以城市更新提升城市品质

锦江区将以城市更新为抓手，持续完善公共服务配套，推动老旧小区改造、背街小巷整治和商圈提档升级，让
群众生活更加便利。
"""


def test_normalise_rejoins_genre_report_without_touching_headers() -> None:
    lines = assert_offsets_round_trip(REPORT).split("\n")
    assert lines == [
        "成都日报 2022年3月2日",
        "坚持创新驱动，推动高质量发展，为建设公园城市示范区贡献力量",
        "本报记者 李明 王芳 赵强",
        "高新区党工委书记 张伟",
        "做强电子信息产业 打造西部创新高地",
        BODY_1 + BODY_2 + BODY_3,
        "锦江区委书记、区长 刘洋",
        "以城市更新提升城市品质",
        "锦江区将以城市更新为抓手，持续完善公共服务配套，推动老旧小区改造、背街小巷整治和商圈提档升级，让"
        "群众生活更加便利。",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a headline with commas, shorter than a body, before the body text
        ("坚持创新驱动，推动高质量发展，为建设国家中心城市贡献力量", BODY_1 + "。"),
        # a speaker line before its speech
        ("某某新区党工委书记、管委会主任 李四", BODY_1 + "。"),
        # a byline without punctuation, however long
        ("本报全媒体记者 张昕 王莹 王际宾 毛小玺 赵文静 董艳竹 张玉东 肖雅文 赵柳影 曹婷", BODY_1 + "。"),
        # a body that breaks off before a speaker line (no sentence punctuation next)
        (BODY_1, "某某区委书记 王五"),
        # a body that breaks off before a numbered item
        (BODY_1, "二、持续优化营商环境，激发市场主体活力。"),
        (BODY_1, "（二）持续优化营商环境，激发市场主体活力。"),
        # a finished sentence
        (BODY_1 + "。", "下一步，我们将聚焦主导产业。"),
        (BODY_1 + "：", "一是加快发展，二是扩大开放。"),
        ("他说：“我们要加快发展”", "下一步，我们将聚焦主导产业。"),
    ],
)
def test_normalise_does_not_join(first: str, second: str) -> None:
    assert lines_of(f"{first}\n\n{second}\n") == [first, second]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        (BODY_1, "发展。", BODY_1 + "发展。"),
        (BODY_1, "发展，成效显著。", BODY_1 + "发展，成效显著。"),
        ("为此，", "我们将继续扩大开放。", "为此，我们将继续扩大开放。"),  # ends in a comma
        ("这一年里，企业和园区合作建设了", "重点项目，成效显著。", None),  # too short to be a body
        (
            "We signed agreements with partners from Europe, Asia and",
            "Africa, and opened new routes.",
            "We signed agreements with partners from Europe, Asia and Africa, and opened new routes.",
        ),
    ],
)
def test_normalise_joins_broken_sentences(first: str, second: str, joined: str | None) -> None:
    assert len(first) >= BODY_MIN_CHARS or first.endswith("，") or joined is None
    lines = assert_offsets_round_trip(f"{first}\n\n{second}").split("\n")
    assert lines == ([joined] if joined else [first, second])


def test_normalise_rejoins_hard_wrapped_layout() -> None:
    """A PDF column or fixed-width text: lines of one width, wrapped mid-sentence."""
    para_1 = "某开发区将深入学习贯彻全会精神全力推动全会部署落地生根以高质量发展为十四五开好局"
    para_1 += "高质量推进制造业。"
    para_2 = "高水平扩大开放加快物流集结中心示范工程建设推动跨境电商产业园区做大做强"
    para_2 += "打造内陆开放型经济先行区。"
    wrapped = [para[i : i + 18] for para in (para_1, para_2) for i in range(0, len(para), 18)]
    source = "某开发区党工委书记 樊某\n努力构建先进制造业基地\n" + "\n".join(wrapped) + "\n"
    assert assert_offsets_round_trip(source).split("\n") == [
        "某开发区党工委书记 樊某",
        "努力构建先进制造业基地",
        para_1,
        para_2,
    ]


ALPHABET = [
    "郑州",
    "发展",
    "建设",
    "，",
    "。",
    ",",
    ";",
    ":",
    "?",
    "!",
    "(",
    ")",
    '"',
    "“",
    "”",
    "ＡＢ",
    "１２",
    "％",
    "abc",
    "2021",
    " ",
    "\u3000",
    "\t",
    "\u200b",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "、",
    "……",
    "《规划》",
]


@pytest.mark.parametrize("seed", range(60))
def test_normalise_offsets_round_trip_on_generated_text(seed: int) -> None:
    rng = random.Random(seed)
    pieces = range(rng.randrange(1, 300))
    source = "".join(rng.choice(ALPHABET) * rng.choice((1, 1, 1, 5, 20)) for _ in pieces)
    text = assert_offsets_round_trip(source)
    assert "\n\n" not in text and "\r" not in text
    assert all(line == line.strip() and line for line in text.split("\n")) or text == ""
    for line in text.split("\n"):
        assert normalise(line).text == line  # character rules are stable


def test_normalise_offsets_end_of_text_and_empty() -> None:
    result = normalise("  标题  \n\n正文。  ")
    assert result.text == "标题\n正文。"
    assert result.offsets.to_source(len(result.text)) == len("  标题  \n\n正文。")
    assert normalise(" \n\t\n").text == ""
