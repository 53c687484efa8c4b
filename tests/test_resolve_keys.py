"""Canonical keys, labels derived from keys alone, and post titles per body (kg/resolve.py)."""

from __future__ import annotations

import pytest

from kg.resolve import key_label, mention_key, post_title
from kg.types import Entity, EntityType, Mention

T = EntityType
ZHENGZHOU, CHENGDU = "410100", "510100"


def mention(type_: EntityType, name: str, canonical: str = "", **attrs: str) -> Mention:
    return Mention(
        type_, name, 0, len(name), "doc", 0, canonical=canonical, attrs=tuple(sorted(attrs.items()))
    )


@pytest.mark.parametrize(
    "a,b,city",
    [
        (mention(T.DISTRICT, "经开区", parent_code=CHENGDU), mention(T.DISTRICT, "成都经开区"), CHENGDU),
        (mention(T.DISTRICT, "高新区"), mention(T.DISTRICT, "成都高新区"), CHENGDU),
        (mention(T.DISTRICT, "南京经济技术开发区"), mention(T.DISTRICT, "南京经开区"), "320100"),
        (mention(T.DISTRICT, "徐庄高新技术产业开发区"), mention(T.DISTRICT, "徐庄高新区"), "320100"),
        (mention(T.DISTRICT, "江宁开发区"), mention(T.DISTRICT, "江宁经济技术开发区"), "320100"),
        (mention(T.DISTRICT, "成都东部新区"), mention(T.DISTRICT, "东部新区"), CHENGDU),
        (mention(T.MEETING, "郑州市委十二届五次全会"), mention(T.MEETING, "市委十二届五次全会"), ZHENGZHOU),
        (
            mention(T.MEETING, "中共郑州市委十二届五次全会"),
            mention(T.MEETING, "市委十二届五次全会"),
            ZHENGZHOU,
        ),
        (mention(T.OFFICIAL, "徐书记", canonical="徐立新"), mention(T.OFFICIAL, "徐立新"), ZHENGZHOU),
        (
            mention(T.ORGANIZATION, "浙大", canonical="浙江大学"),
            mention(T.ORGANIZATION, "浙江大学"),
            ZHENGZHOU,
        ),
        (  # a zone without its code and the same zone with it (南通经济技术开发区, 320671)
            mention(T.DISTRICT, "南通开发区"),
            mention(T.DISTRICT, "南通经开区", code="320671"),
            "320600",
        ),
        (
            mention(T.DISTRICT, "航空港区", code="410173"),
            mention(T.DISTRICT, "航空港实验区", code="410173"),
            ZHENGZHOU,
        ),
    ],
)
def test_resolve_forms_of_one_thing_share_a_key(a, b, city):
    assert mention_key(a, city) == mention_key(b, city)


@pytest.mark.parametrize(
    "m",
    [
        mention(T.OFFICIAL, "王建军"),
        mention(T.PROJECT, "国际汽车城"),
        mention(T.DISTRICT, "经开区"),
        mention(T.MEETING, "市委经济工作会议"),
    ],
)
def test_resolve_local_things_of_two_cities_have_two_keys(m):
    assert mention_key(m, ZHENGZHOU) != mention_key(m, CHENGDU)


@pytest.mark.parametrize("name", ["党的二十大", "江苏省十四届人大一次会议", "中国西部国际博览会"])
def test_resolve_meetings_beyond_the_city_have_one_key_everywhere(name):
    m = mention(T.MEETING, name)
    assert mention_key(m, ZHENGZHOU) == mention_key(m, CHENGDU) == name


@pytest.mark.parametrize(
    "key,label",
    [
        ("District:410173", "郑州航空港经济综合实验区"),
        ("District:510100/成都经开区", "成都经开区"),
        ("Meeting:410100/市委十二届五次全会", "郑州市委十二届五次全会"),
        ("Meeting:党的二十大", "党的二十大"),
        ("Official:410100/王建军", "王建军"),
        ("Industry:5G/6G", "5G/6G"),
        ("Organization:浙江大学", "浙江大学"),
    ],
)
def test_resolve_label_is_a_function_of_the_key(key, label):
    assert key_label(key) == label


def body(type_: EntityType, name: str, code: str = "") -> Entity:
    return Entity(type_, f"{type_.value}:{name}", name, attrs=(("code", code),) if code else ())


@pytest.mark.parametrize(
    "title,where,post",
    [
        ("市委常委、党工委书记", body(T.DISTRICT, "郑州市", "410100"), "市委常委"),
        ("市委常委、党工委书记", body(T.DISTRICT, "郑州航空港经济综合实验区", "410173"), "党工委书记"),
        ("副市长、党工委书记、区委书记", body(T.DISTRICT, "新吴区", "320214"), "区委书记"),
        ("人大代表、区委副书记、区长", body(T.DISTRICT, "汉阳区", "420105"), "区委副书记、区长"),
        ("市委副书记、市长", body(T.DISTRICT, "巩义市", "410181"), "市委副书记、市长"),
        ("县委书记", body(T.DISTRICT, "中牟县", "410122"), "县委书记"),
        ("党委书记、董事长", body(T.ORGANIZATION, "宇通集团"), "党委书记、董事长"),
        ("区委书记", body(T.DISTRICT, "滨海新区"), "区委书记"),
    ],
)
def test_resolve_post_title_is_the_part_held_in_the_body(title, where, post):
    assert post_title(title, where) == post
