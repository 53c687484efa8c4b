"""Title, date and publication read off the top of a report."""

from __future__ import annotations

import pytest

from kg.ingest.metadata import TOP_LINES, guess_metadata

BODY = "过去一年，全区上下坚持稳中求进工作总基调，经济运行稳中有进，主要指标好于预期。"


@pytest.mark.parametrize(
    ("top", "date"),
    [
        ("郑州日报 2021年1月6日 第03版", "2021-01-06"),
        ("2021 年 1 月 6 日 星期三", "2021-01-06"),
        ("发布时间：2022-12-01 09:30", "2022-12-01"),
        ("来源：某市政府网 2019/07/15", "2019-07-15"),
        ("2020.11.03", "2020-11-03"),
        ("二〇二一年一月二十六日", "2021-01-26"),
        ("二〇二三年十二月十日", "2023-12-10"),
        ("1月5日下午，市委举行全会", ""),  # no year
        ("2021年2月30日", ""),  # no such day
        ("编号 20210106", ""),
    ],
)
def test_guess_date(top: str, date: str) -> None:
    assert guess_metadata(f"{top}\n{BODY}").date == date


def test_guess_date_only_near_the_top() -> None:
    lines = ["标题在这里写着", *([BODY] * TOP_LINES), "2021年1月6日"]
    assert guess_metadata("\n".join(lines)).date == ""


@pytest.mark.parametrize(
    ("top", "publication"),
    [
        ("郑州日报 2021年1月6日 第03版", "郑州日报"),
        ("《人民日报》（2021年01月06日 第01版）", "人民日报"),
        ("成都晚报", "成都晚报"),
        ("南方都市报 A05版", "南方都市报"),
        ("郑报全媒体记者 张昕 王莹", ""),
        ("日报社召开年度工作会议部署全年任务", ""),
        ("本报讯（记者 李明）", ""),
    ],
)
def test_guess_publication(top: str, publication: str) -> None:
    assert guess_metadata(f"{top}\n{BODY}").publication == publication


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("为建设现代化国家中心城市贡献力量\n" + BODY, "为建设现代化国家中心城市贡献力量"),
        ("郑州日报 2021年1月6日 第03版\n坚持创新驱动 推动高质量发展\n" + BODY, "坚持创新驱动 推动高质量发展"),
        ("# 以城市更新提升城市品质\n" + BODY, "以城市更新提升城市品质"),
        ("本报记者 李明 王芳\n打造西部创新高地\n" + BODY, "打造西部创新高地"),
        (BODY, ""),
        ("2021年1月6日\n" + BODY, ""),
    ],
)
def test_guess_title(text: str, title: str) -> None:
    assert guess_metadata(text).title == title
