"""Shared span grammar: where a name begins, given the suffix it ends with."""

from __future__ import annotations

import re

from kg.lexicon.divisions import load_divisions
from kg.tokens import boundaries, token_tags

# Words that end a name on its left: verbs of the genre, function words, quantifiers.
BOUNDARY_WORDS = frozenset(
    """的 和 与 及 暨 在 以 将 把 对 为 从 向 是 了 等 或 并 由 让 使 被
    给 于 其 该 这 那 各 每 到 也 又 就 而 抢抓 保障 加快 推进 推动 建设
    打造 提升 抓好 深化 启动 支持 完善 加强 做好 做强 做大 做优 发展 培育 壮大
    聚焦 围绕 依托 着力 全力 持续 积极 大力 重点 加速 实施 举办 承办 落实 开放
    拓展 谋划 规划 引进 招引 服务 融入 助力 带动 促进 形成 构建 创建 申建 争创
    成为 建成 开工 投用 落地 签约 合作 携手 共建 联合 引领 巩固 优化 强化 用好
    办好 建好 管好 坚持 践行 走好 贯彻 全面 进一步 不断 努力 加大 筹建 主动
    高标准 高起点 高水平 高品质 高效率 高强度 包括 如 例如 比如 同时 以及 其中
    通过 利用 借助 抓住 用足 发挥 突出 深入 推广 开展 参与 参加 出席 召开 讨论
    审议 提出 完成 实现 取得 获得 打响 叫响 擦亮 筑牢 夯实 稳定 确保 力争 争取
    全市 全区 全县 全省 全国 我们 我区 我市 我县 今年 明年 去年 目前 当前
    下一步 已经 正在 继续 重大 重要 一批 一个 一流 更多 更好 更大 更高 新建
    项目 板块 加紧 全速 深度 主导 做实 一是 二是 三是 四是 五是 六是 好 运营
    打好 此次 本次 这次 本届 拥有 具有 之后 之前 串联 联动 布局 作出 一手抓 入选 引育 锚定 扛起 坚决
    紧扣 累计 首批 书写 弘扬 借力 畅通 紧抓 迈入 扩大 正式 提供 获评
    做靓 做美 做精 做特 做足 做活 做深 做细 新增 保护性""".split()
)
NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9+·（）—]")

# Modifiers that alone in front of a suffix make a generic phrase, not a name.
GENERIC_PREFIXES = frozenset(
    """保险 证券 投资 担保 建筑 国有 民营 外资 互联网 数字化 信息化 网络化 智能化
    城乡 产学研 产学研用 军民 产城 重大 重点 核心 战略 重要 创新 公共 产业 科技
    综合 现代 智慧 数字 基础 主要 相关 各类 各个 多个 一批 这些 新型 一流 国际
    国家级 省级 市级 区级 示范 特色 优势 龙头 功能 服务 生活 高端 大型 孵化
    研发 配套 物流 双创 人才 企业 开放 战略性 一号 头号 全国 全省 全市 本地
    当地 新兴 专业 区域 城市 农业 工业 商业 文化 教育 医疗 金融 信息 基础设施
    民生 产城融合 宜居宜业 标志性 引领性 示范性 高能级 千亿级 百亿级 重点民生 此次
    本次 这次 本届 今年 科创 技术 老工业 世界级 国际化 现代化 高水平 科研 数据
    创新型 主体 主体工程 国家级科研 千年 美丽 宜居 山水 门户 航空 空港 大学 周边 城际
    德资 外资 港资 台资 日资 韩资 内资""".split()
)


# Particles and conjunctions only: for names that may hold verbs (plans, slogans).
FUNCTION_WORDS = frozenset(
    """的 和 与 及 暨 在 以 将 把 对 为 从 向 是 了 等 或 并 由 让 使 被
    给 于 其 该 这 那 各""".split()
)


_LEADING_NUMBER = re.compile(r"(?:[0-9]{4}(?![0-9])年?|[0-9]+(?:年|月|日|个|家|项|亿|万|余)+)*")


# jieba tags of words that never stand inside a name: prepositions, conjunctions, particles,
# pronouns, adverbs, idioms.
_FUNCTION_TAGS = frozenset("p c u uj ul uz ug uv ud r i".split())


def expand_left(text: str, end: int, max_len: int = 12, words: frozenset[str] = BOUNDARY_WORDS) -> int:
    """Start of the name whose modifier part ends at ``end`` (exclusive), stopping at ``words``."""
    longest = max(map(len, words))
    tags, cuts = token_tags(text), boundaries(text)
    i = end
    while i > 0 and end - i < max_len and NAME_CHAR.match(text[i - 1]):
        alone = i - 1 in cuts and i in cuts
        if text[i - 1] in words and (alone or not tags[i - 1].startswith("n")):
            i = min(c for c in cuts if c >= i)  # 把握南通新机场: the whole word 把握 stays out
            break  # a one-character word (以, 暨, 为主), not the 为 of 华为
        if tags[i - 1] in _FUNCTION_TAGS or (tags[i - 1] == "d" and alone):
            break  # 关于, 全力以赴, 正 …
        if any(i - n >= 0 and text[i - n : i] in words for n in range(2, longest + 1)):
            break
        i -= 1
    i += len(_LEADING_NUMBER.match(text, i, end).group(0))
    while i < end and text[i - 1 : i].isdigit() and text[i].isdigit():
        i += 1  # a year cut by max_len (2020中国…: not 020中国…)
    i += len(_LEADING_NUMBER.match(text, i, end).group(0)) if text[i - 1 : i].isdigit() else 0
    name = text[i:end]
    if name.count("（") != name.count("）") or name.startswith("（"):  # 西部（成都）科学城 keeps its brackets
        i += max(name.rfind("（"), name.rfind("）")) + 1
    return i


def is_generic(prefix: str) -> bool:
    """True for an empty, numeric or purely generic modifier (重大项目, 10个工程)."""
    if len(prefix) < 2:
        return True
    if re.fullmatch(r"[0-9一二三四五六七八九十百千万亿余多个类项座家]+", prefix):
        return not load_divisions().lookup_stem(prefix)  # 二七 is a district's name
    rest = prefix
    while rest:
        for n in (4, 3, 2):
            if rest[:n] in GENERIC_PREFIXES:
                rest = rest[n:]
                break
        else:
            return False
    return True
