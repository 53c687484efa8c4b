"""Projects named by the words around them: 以X为龙头, 打响X品牌, national events by short name."""

import pytest
from extraction_helpers import found_names, report


def _projects(sentence, city="长沙"):
    return found_names(report(city, sentence), "Project")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("以岳麓山、橘子洲为龙头发展全域旅游。", {"岳麓山", "橘子洲"}),
        ("望城区将以铜官窑为依托发展文化旅游。", {"铜官窑"}),
        ("以马栏山视频文创产业园建设为牵引。", {"马栏山视频文创产业园"}),  # the work is not the name
    ],
)
def test_extract_project_frames_what_a_district_builds_on(sentence, expected):
    assert _projects(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["以项目建设为抓手。", "以科技创新为引领。", "以高质量发展为引领。", "以数字经济为引领。"],
)
def test_extract_project_frames_activities_and_sectors_are_no_bases(sentence):
    assert _projects(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("做响宁乡花猪品牌。", {"宁乡花猪"}),
        ("擦亮浏阳蒸菜、宁乡花猪等农产品金名片。", {"浏阳蒸菜", "宁乡花猪"}),
    ],
)
def test_extract_project_frames_brands_a_district_promotes(sentence, expected):
    assert _projects(sentence) == expected


def test_extract_project_frames_generic_brands_are_no_projects():
    assert _projects("做强企业品牌。") == set()


def test_extract_project_frames_national_events_by_short_name():
    assert _projects("全力办好全运会、残奥会。") == {"全运会", "残奥会"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "依托衡山、南岳大庙和“寿岳”文化，大力发展文化旅游。",
            {"衡山", "南岳大庙"},
        ),  # what a district relies on
        ("依托炭河里等景区发展乡村旅游。", {"炭河里"}),
        ("用好湘江新区这块金字招牌。", set()),  # a zone is a district, not a brand
        ("擦亮宁乡花猪金字招牌。", {"宁乡花猪"}),
    ],
)
def test_extract_project_frames_relied_on_and_signboards(sentence, expected):
    assert _projects(sentence) == expected


def test_extract_project_frames_resources_are_no_bases():
    assert _projects("依托温泉资源发展康养旅游。") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("把李公堤打造成湖畔消费新地标。", {"李公堤"}),
        ("以农科路为试点打造特色街区。", {"农科路"}),
        ("努力把浦口建设成为新区的重要增长极。", set()),  # a district, not a project
    ],
)
def test_extract_project_frames_what_a_district_makes_of_a_place(sentence, expected):
    assert _projects(sentence, city="南京") == expected


def test_extract_project_frames_a_brand_before_de_and_its_signboard():
    assert _projects("擦亮固城湖螃蟹的金字招牌。", city="南京") == {"固城湖螃蟹"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("擦亮“靖江汤包”“靖江肉脯”两张名片。", {"靖江汤包", "靖江肉脯"}),
        ("叫响“兴化大米”，推动更多农产品走向全国。", {"兴化大米"}),
        ("做响“千岛湖有机鱼”这块招牌。", {"千岛湖有机鱼"}),
        ("擦亮“镇江香醋”金字招牌。", {"镇江香醋"}),
    ],
)
def test_extract_project_frames_quoted_brands_are_projects_not_slogans(sentence, expected):
    text = report("苏州", sentence)
    assert found_names(text, "Project") == expected
    assert not expected & found_names(text, "Strategy")


def test_extract_project_frames_a_quoted_slogan_carried_out_is_no_brand():
    text = report("苏州", "落实“强富美高”总要求，叫响“店小二”服务，擦亮“中国制造2025”的实践成果。")
    assert found_names(text, "Project") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推动嬉戏谷、春秋淹城提档升级。", {"嬉戏谷", "春秋淹城"}),  # places a district upgrades
        ("保护利用好大慈寺、东门码头等历史街区。", {"大慈寺", "东门码头"}),  # heritage it keeps
        ("持续办好菁蓉汇。", {"菁蓉汇"}),  # an event it hosts
        ("擦亮塘栖古镇、良渚古城两张金名片。", {"良渚古城", "塘栖古镇"}),
    ],
)
def test_extract_project_frames_upgraded_kept_and_hosted(sentence, expected):
    assert _projects(sentence, "杭州") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "推动文旅消费提质扩容。",  # a sector's part, not a place
        "推动花卉苗木产业提档升级。",
        "保护好这一湖秀水。",  # a description
        "保护好太湖是我们的首要责任。",
        "办好群众家门口的实事。",
        "全力推进郑上新区开发建设。",  # a zone is a district
    ],
)
def test_extract_project_frames_sectors_descriptions_and_zones_are_no_projects(sentence):
    assert _projects(sentence, "郑州") == set()
