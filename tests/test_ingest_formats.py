"""Formats: each reader on a file the test makes itself, and the ways a file can fail."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import opencc
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from kg.errors import InputError
from kg.ingest import read_document

PARA_1 = (
    "市委全会对过去一年的工作进行了系统总结，鼓舞人心；对当前及今后一个时期的工作进行了统筹安排，目标宏伟。"
)
PARA_2 = "进入新阶段，某某新区将践行新发展理念，坚定不移走好“枢纽+开放”路子，努力在融入新格局中巩固态势。"
PARA_3 = "一是积极探索新的建设发展模式。坚持以招商引资和项目建设为生命线，加快构建现代产业体系，融入新格局。"
NAV_WORDS = ("首页", "新闻中心", "政务公开", "热点推荐", "热点新闻一则", "版权所有", "联系我们", "豫ICP备")


def html_page(charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>走好枢纽开放路子 - 郑州日报</title>
<meta property="og:site_name" content="郑州日报">
<meta name="publishdate" content="2021-01-06">
</head><body>
<header><nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li>
<li><a href="/gov">政务公开</a></li></ul></nav></header>
<div class="sidebar"><h3>热点推荐</h3><ul><li><a href="/a">热点新闻一则</a></li>
<li><a href="/b">热点新闻二则</a></li></ul></div>
<article>
<h1>走好枢纽开放路子 更好发挥引领带动作用</h1>
<p>{PARA_1}</p>
<p>{PARA_2}</p>
<p>{PARA_3}</p>
</article>
<footer><p>版权所有 郑州报业集团 备案号 豫ICP备000000号</p><p>联系我们 | 关于我们</p></footer>
</body></html>
"""


@pytest.mark.parametrize(
    ("name", "encoding"), [("page.html", "utf-8"), ("page.HTM", "gbk"), ("p.htm", "big5")]
)
def test_html_main_article_without_navigation(tmp_path: Path, name: str, encoding: str) -> None:
    # Big5 has no simplified characters: that page is in traditional characters.
    convert = opencc.OpenCC("s2tw").convert if encoding == "big5" else str
    path = tmp_path / name
    path.write_bytes(convert(html_page(encoding)).encode(encoding))
    doc = read_document(path)
    assert doc.format == "html"
    assert doc.encoding == ("gb18030" if encoding == "gbk" else encoding)
    paragraphs = [convert(p) for p in (PARA_1, PARA_2, PARA_3)]
    assert [line for line in doc.text.split("\n") if line in paragraphs] == paragraphs
    assert doc.title == convert("走好枢纽开放路子 更好发挥引领带动作用")
    assert doc.publication == convert("郑州日报")
    assert doc.date == "2021-01-06"
    for word in NAV_WORDS:
        assert convert(word) not in doc.text


def test_html_without_article_falls_back_to_page_text(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    path.write_text("<html><body><p>开发区召开会议。</p></body></html>", encoding="utf-8")
    assert "开发区召开会议。" in read_document(path).text


def make_docx(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    document.add_heading("为建设现代化国家中心城市贡献力量", level=1)
    document.add_paragraph("某某新区党工委书记 李四")
    document.add_paragraph(PARA_1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "地区生产总值"
    table.cell(0, 1).text = "增长6.5%"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "合并单元格只出现一次"
    document.add_paragraph(PARA_2)
    document.save(path)


def test_docx_paragraphs_and_table_cells_in_order(tmp_path: Path) -> None:
    path = tmp_path / "report.DOCX"
    make_docx(path)
    doc = read_document(path)
    assert doc.format == "docx"
    assert doc.text.split("\n") == [
        "为建设现代化国家中心城市贡献力量",
        "某某新区党工委书记 李四",
        PARA_1,
        "地区生产总值",
        "增长6.5%",
        "合并单元格只出现一次",
        PARA_2,
    ]
    assert doc.title == "为建设现代化国家中心城市贡献力量"


def make_pdf(path: Path, pages: list[list[str]], font: str = "STSong-Light") -> None:
    """A PDF whose text layer holds ``pages`` (lines per page); CID font, no font file needed."""
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = canvas.Canvas(str(path))
    pdf.setTitle("")
    for lines in pages:
        pdf.setFont(font, 11)
        for i, line in enumerate(lines):
            pdf.drawString(60, 780 - 16 * i, line)
        pdf.showPage()
    pdf.save()


def test_pdf_text_layer_with_wrapped_lines_rejoined(tmp_path: Path) -> None:
    width = 24
    wrapped = [PARA_1[i : i + width] for i in range(0, len(PARA_1), width)]
    more = [PARA_3[i : i + width] for i in range(0, len(PARA_3), width)]
    path = tmp_path / "page.pdf"
    make_pdf(path, [["郑州日报 2021年1月6日", "某某新区党工委书记 李四", *wrapped], more])
    doc = read_document(path)
    assert doc.format == "pdf"
    assert doc.text.split("\n") == ["郑州日报 2021年1月6日", "某某新区党工委书记 李四", PARA_1, PARA_3]
    assert (doc.date, doc.publication) == ("2021-01-06", "郑州日报")
    assert doc.title == "某某新区党工委书记 李四"  # the masthead line is not a title


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from PIL import Image

    image = Image.new("L", (200, 80), 255)
    for x in range(20, 180):
        image.putpixel((x, 40), 0)
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawInlineImage(image, 60, 600, width=200, height=80)
    pdf.showPage()
    pdf.save()
    with pytest.raises(InputError, match=r"no text layer \(scanned PDF\?\)") as caught:
        read_document(path)
    assert caught.value.path == str(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("notes.xyz", "正文。".encode(), "unsupported format .xyz"),
        ("README", "正文。".encode(), "unsupported format (no extension)"),
        ("photo.JPG", b"\xff\xd8\xff\xe0\x00\x10JFIF", "unsupported format .jpg"),
        ("broken.docx", b"this is not a zip archive", "not a valid .docx file"),
        ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "not a valid PDF file"),
        ("empty.docx", b"", "empty file"),
        ("empty.html", b"  \n", "empty file"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", "\u3000 \r\n\t".encode(), "empty file"),
        ("binary.txt", b"\x00\x01\x02\x03binary\x00", "not a text file"),
    ],
)
def test_unreadable_inputs_raise_input_error(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert (caught.value.path, caught.value.reason) == (str(path), reason)
    assert str(caught.value) == f"{path}: {reason}"


def test_empty_docx_document(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(path)
    with pytest.raises(InputError, match="empty file"):
        read_document(path)


def test_missing_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)


@pytest.mark.parametrize(("name", "fmt"), [("a.txt", "txt"), ("a.TEXT", "txt"), ("a.md", "md")])
def test_plain_text_document_fields(tmp_path: Path, name: str, fmt: str) -> None:
    data = ("\ufeff郑州日报 2021年1月6日\r\n\r\n为建设现代化国家中心城市贡献力量\r\n\r\n" + PARA_1).encode()
    path = tmp_path / name
    path.write_bytes(data)
    doc = read_document(path)
    digest = hashlib.sha256(data).hexdigest()
    assert (doc.id, doc.sha256, doc.path, doc.format, doc.encoding) == (
        digest[:16],
        digest,
        str(path),
        fmt,
        "utf-8",
    )
    assert (doc.title, doc.date, doc.publication) == (
        "为建设现代化国家中心城市贡献力量",
        "2021-01-06",
        "郑州日报",
    )
    assert doc.source_text == data.decode("utf-8-sig")
    start = doc.text.index(PARA_1)
    assert doc.source_text[slice(*doc.source_span(start, start + len(PARA_1)))] == PARA_1


def test_same_bytes_same_id_whatever_the_path(tmp_path: Path) -> None:
    data = io.BytesIO(PARA_1.encode("gbk")).getvalue()
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes(data)
    first, second = read_document(tmp_path / "a.txt"), read_document(tmp_path / "sub" / "b.txt")
    assert first.id == second.id and first.path != second.path
    assert first.encoding == "gb18030" and first.text == PARA_1
