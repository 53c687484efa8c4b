"""Decoding: every common Chinese encoding of realistic news text, and what is not text."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import opencc
import pytest

from kg.errors import InputError
from kg.ingest.decode import codec_for_label, decode_bytes, html_declared_charset

SAMPLE = Path(__file__).parent / "data" / "sample" / "zhengzhou-2021-01.txt"
TRADITIONAL = (
    "臺北市政府今天舉行市政會議，市長表示，將持續推動都市更新與社會住宅建設，"
    "並加強與新北市在交通、防災等領域的合作，打造宜居城市。"
    "會中也通過「智慧城市推動計畫」，預計三年內完成全市路燈與號誌的數位化。"
)


@pytest.fixture(scope="module")
def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_traditional(sample: str) -> str:
    return opencc.OpenCC("s2tw").convert(sample)


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8"),
        (lambda s: s.encode("utf-16"), "utf-16"),
        (lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16"),
        (lambda s: s.encode("utf-32"), "utf-32"),
        (lambda s: s.encode("gbk"), "gb18030"),
        (lambda s: s.encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf32-bom", "gbk", "gb18030"],
)
def test_decode_sample_in_each_encoding(sample: str, encode, expected: str) -> None:
    text, encoding = decode_bytes(encode(sample))
    assert encoding == expected
    assert text == sample


def test_decode_gb2312_text_is_read_as_gb18030(sample: str) -> None:
    head = sample.strip().splitlines()[0]
    assert decode_bytes(head.encode("gb2312")) == (head, "gb18030")


def test_decode_gb18030_four_byte_characters() -> None:
    text = "㐀㐁 郑州𠀀新区建设取得成效。"  # extension A and B characters need GB18030's four-byte form
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


@pytest.mark.parametrize("which", ["sample", "handwritten"])
def test_decode_traditional_text_in_big5(which: str, sample_traditional: str) -> None:
    text = sample_traditional if which == "sample" else TRADITIONAL
    assert decode_bytes(text.encode("big5")) == (text, "big5")


@pytest.mark.parametrize("size", [8, 16, 40, 120])
def test_decode_tells_big5_from_gb18030_on_short_windows(
    size: int, sample: str, sample_traditional: str
) -> None:
    """Windows of news text that both legacy codecs decode without error are still told apart."""
    rng = random.Random(size)
    for text, encoding in ((sample, "gb18030"), (sample_traditional, "big5")):
        lines = [line for line in text.splitlines() if len(line) >= size]
        for _ in range(150):
            line = rng.choice(lines)
            start = rng.randrange(len(line) - size + 1)
            window = line[start : start + size]
            data = window.encode(encoding)
            if window.isascii():
                continue
            assert decode_bytes(data) == (window, encoding), window


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u3000\n".encode(), codecs.BOM_UTF8 + b"  \n"])
def test_decode_empty_or_blank_is_empty_file(data: bytes) -> None:
    with pytest.raises(InputError, match="empty file"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
        random.Random(7).randbytes(4096),
        bytes(b or 1 for b in random.Random(8).randbytes(4096)),
        bytes(range(1, 32)) * 20,
    ],
    ids=["png", "zip", "random", "random-without-nul", "controls"],
)
def test_decode_binary_is_not_a_text_file(data: bytes) -> None:
    with pytest.raises(InputError, match="not a text file"):
        decode_bytes(data)


def test_decode_honours_declared_chinese_charset() -> None:
    assert decode_bytes("發展".encode("big5"), "big5") == ("發展", "big5")
    assert decode_bytes("发展".encode("gbk"), "GB2312") == ("发展", "gb18030")


def test_decode_ignores_declared_single_byte_charset_on_chinese_bytes(sample: str) -> None:
    data = sample.encode("gbk")
    assert decode_bytes(data, "iso-8859-1") == (sample, "gb18030")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Городской совет утвердил бюджет на следующий год, включая школы и больницы.", "cp1251"),
        (
            "東京都は本日、新しい防災計画を発表しました。市民の安全を守るため、避難所の整備を進めます。",
            "shift_jis",
        ),
    ],
)
def test_decode_other_legacy_text_falls_back_to_detection(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding))[0] == text


@pytest.mark.parametrize(
    ("label", "codec"),
    [("GBK", "gb18030"), ("gb2312", "gb18030"), ("UTF-8", "utf-8"), ("Big5", "big5"), ("nonsense-x", None)],
)
def test_codec_for_label(label: str, codec: str | None) -> None:
    assert codec_for_label(label) == codec


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<html><head><meta charset="gbk"><title>x</title>', "gbk"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=GB2312'>", "GB2312"),
        (b"<html><head><title>none</title></head>", None),
    ],
)
def test_html_declared_charset(head: bytes, charset: str | None) -> None:
    assert html_declared_charset(head) == charset
