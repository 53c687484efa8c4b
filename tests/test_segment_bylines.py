"""Bylines are recognised, and never yield speakers or officials."""

import pytest
from extraction_helpers import found_names, report

from kg.segment import is_byline, parse_header


@pytest.mark.parametrize(
    "line",
    [
        "记者 张伟",
        "本报记者 王小明",
        "成都日报记者 王小明 通讯员 李强",
        "郑报全媒体记者 张昕 王莹 王际宾",
        "长沙晚报全媒体记者 周洁 通讯员 刘婷",
        "南京日报/紫金山新闻记者 杨帆 孔德凤 通讯员 宁宣",
        "新华日报·交汇点记者 吴琼 通讯员 苏园宣",
        "通讯员 陈思",
        "（本报记者 林海）",
        "厦门日报讯 记者 林海 通讯员 陈思",
        "见习记者 赵敏",
        "责编 张三",
    ],
)
def test_segment_bylines_recognised(line):
    assert is_byline(line)
    assert parse_header(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "武侯区委书记 张伟",
        "张伟（武侯区委书记）",
        "加快建设创新高地",
        "武侯区将加快建设武侯科技园，发展数字经济，推进乡村振兴，办好各项民生实事。" * 3,
        pytest.param(
            "在接受记者采访时，武侯区委书记张立新表示，武侯区将加快建设武侯科技园。",
        ),
    ],
)
def test_segment_non_bylines(line):
    assert not is_byline(line)


@pytest.mark.parametrize(
    "byline",
    [
        "成都日报记者 王小明 通讯员 李强",
        "本报记者 王小明",
        "郑报全媒体记者 张昕 王莹",
        "合肥日报记者 吴晓 汪婷 通讯员 庐宣",
    ],
)
def test_segment_byline_names_are_not_officials(byline):
    text = report("成都", byline, "武侯区委书记 张立新", "武侯区将加快建设武侯科技园。")
    assert found_names(text, "Official") == {"张立新"}
