"""Short forms of project names join their full names (kg/abbreviations.py)."""

import pytest
from extraction_helpers import extract, report

from kg.abbreviations import _abbreviates
from kg.resolve import resolve


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("东博会", "中国—东盟博览会", True),
        ("厦洽会", "中国国际投资贸易洽谈会", False),  # 厦 is not in the full name
        ("花博会", "中国花卉博览会", True),
        ("博览会", "中国花卉博览会", False),  # the suffix alone begins late
        ("花博园", "中国花卉博览会", False),  # another last character
        ("医博会", "中国（泰州）国际医药博览会", True),  # the scope and the place are qualifiers
        ("医博会", "第十届医药博览会", True),
    ],
)
def test_abbreviations_contraction_rule(short, full, expected):
    assert _abbreviates(short, full) is expected


def test_abbreviations_short_form_is_one_entity_with_its_full_name():
    text = report("南宁", "南宁将办好第二十届中国—东盟博览会，让东博会成为开放窗口。")
    entities = [e for e in resolve(extract(text)).entities.values() if e.type.value == "Project"]
    assert [(e.name, "东博会" in e.aliases) for e in entities] == [("中国—东盟博览会", True)]
