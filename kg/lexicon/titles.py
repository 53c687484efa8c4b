"""Post titles of Chinese party, government and zone officials, as a small grammar.

A title is ``[body] [rank] head``: 市委 + 常委, 党工委 + 书记, 管委会 + 主任, 区 + 长,
副 + 市长 … Several titles are joined by 、 or 兼 (党工委书记、管委会主任).
"""

from __future__ import annotations

import re

# Bodies that hold posts, longest first so the regex prefers them.
BODIES = sorted(
    """省委 市委 区委 县委 州委 旗委 镇党委 乡党委 街道党工委 党工委 工委 党委 党组
    管委会 管委 人大常委会 人大 政协 政府 人民政府 纪委 监委 纪委监委 组织部
    宣传部 统战部 政法委 办公厅 办公室 发改委 工信局 商务局 科技局 财政局 教育局
    住建局 自然资源局 公安局 街道办事处 街道 镇 乡 村 集团 公司 董事会""".split(),
    key=len,
    reverse=True,
)

HEADS = sorted(
    """书记 副书记 常委 常务委员 委员 主任 副主任 常务副主任 省长 副省长 常务副省长
    市长 副市长 常务副市长 区长 副区长 常务副区长 县长 副县长 常务副县长 州长 旗长
    镇长 乡长 主席 副主席 局长 副局长 部长 副部长 厅长 秘书长 董事长 总经理 总裁
    院长 校长 行长 代市长 代区长 代县长 代理市长 第一书记 党组书记 人大代表
    政协委员 党代表 主任委员 巡视员 调研员 负责人""".split(),
    key=len,
    reverse=True,
)

# Titles that stand alone without a body and still name a post.
_STANDALONE = ("市长", "副市长", "区长", "副区长", "县长", "副县长", "省长", "副省长", "镇长", "乡长")

_BODY = "|".join(map(re.escape, BODIES))
_HEAD = "|".join(map(re.escape, HEADS))
_MODIFIER = "(?:专职|常务|驻会|第一)?"
ONE_TITLE = rf"(?:(?:{_BODY}){_MODIFIER}(?:{_HEAD})|(?:{_BODY})?(?:{_HEAD}))"
TITLE = rf"(?:{ONE_TITLE})(?:[、兼](?:[\u4e00-\u9fff]{{0,10}}?)(?:{ONE_TITLE}))*"
TITLE_RE = re.compile(TITLE)

# Titles that make their holder the speaker's city's or zone's top official.
LEADER_HEADS = ("书记", "主任", "市长", "区长", "县长", "省长", "州长", "旗长")


def split_titles(titles: str) -> list[str]:
    return [t for t in re.split(r"[、兼]", titles) if t]


def is_title(text: str) -> bool:
    return bool(re.fullmatch(TITLE, text))


def level_of(title: str) -> str:
    """Which level of body a title belongs to: province, city, county, zone or ''."""
    if title.startswith("省") or "省长" in title:
        return "province"
    if title.startswith("市") or "市长" in title:
        return "city"
    if title.startswith(("区", "县", "旗")) or "区长" in title or "县长" in title:
        return "county"
    if title.startswith(("党工委", "管委会", "管委", "工委")):
        return "zone"
    return ""


def is_standalone(title: str) -> bool:
    return title in _STANDALONE
