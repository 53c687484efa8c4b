"""Check the holdout gold files against ANNOTATION.md; run `python check_gold.py`, exit status 1 on a problem.

Checks: the keys of the sample gold, entity and relation types, relation ends that name entities of the
right types, names unique and present in the text (NFKC, white space and quotes removed), a title and a
post for every official, no repeated relation, text length 1,500-3,500 characters. Aliases missing from
the text are listed for review (an unambiguous full form may be absent).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOMAIN_RANGE = {
    "servesIn": ({"Official"}, {"District", "Organization"}),
    "pursues": ({"District"}, {"Strategy"}),
    "builds": ({"District"}, {"Project"}),
    "develops": ({"District"}, {"Industry"}),
    "cooperatesWith": ({"District"}, {"Organization"}),
    "speaksAt": ({"Official"}, {"Meeting"}),
    "partOf": ({"District"}, {"District"}),
}
TYPES = {"District", "Official", "Organization", "Project", "Strategy", "Industry", "Meeting"}
_DROP = re.compile(r"[\s\"'“”‘’《》「」『』〈〉]")


def norm(s: str) -> str:
    """The scorer's normal form: NFKC, no white space, no quotes or book-title marks."""
    return _DROP.sub("", unicodedata.normalize("NFKC", s))


def check(gold_path: Path) -> tuple[list[str], list[str]]:
    """Problems and notes for one gold file."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    notes: list[str] = []
    if set(gold) != {"text", "entities", "relations"}:
        problems.append(f"keys {sorted(gold)}")
    raw = (gold_path.parent / gold["text"]).read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 3500:
        problems.append(f"text has {len(raw)} characters")
    text = norm(raw)
    kinds: dict[str, str] = {}
    for e in gold["entities"]:
        want = {"type", "name", "aliases"} | ({"title"} if e.get("type") == "Official" else set())
        if set(e) != want:
            problems.append(f"entity keys {sorted(e)} for {e.get('name')}")
        if e["type"] not in TYPES:
            problems.append(f"type {e['type']} of {e['name']}")
        if e["name"] in kinds:
            problems.append(f"entity {e['name']} written twice")
        kinds[e["name"]] = e["type"]
        if norm(e["name"]) not in text:
            problems.append(f"name {e['name']} not in the text")
        notes += [f"alias {a} of {e['name']} not in the text" for a in e["aliases"] if norm(a) not in text]
    seen = set()
    for r in gold["relations"]:
        key = (r["s"], r["p"], r["o"])
        if key in seen:
            problems.append(f"relation {key} repeated")
        seen.add(key)
        if r["p"] not in DOMAIN_RANGE:
            problems.append(f"relation {r['p']}")
            continue
        dom, rng = DOMAIN_RANGE[r["p"]]
        if kinds.get(r["s"]) not in dom or kinds.get(r["o"]) not in rng:
            problems.append(f"relation {key}: ends {kinds.get(r['s'])} -> {kinds.get(r['o'])}")
    posts = {r["s"] for r in gold["relations"] if r["p"] == "servesIn"}
    problems += [
        f"official {n} serves nowhere" for n, t in kinds.items() if t == "Official" and n not in posts
    ]
    return problems, notes


def main() -> int:
    """Check every gold file beside this script and print a count table."""
    bad = 0
    for path in sorted(HERE.glob("*.gold.json")):
        problems, notes = check(path)
        gold = json.loads(path.read_text(encoding="utf-8"))
        print(f"{path.name}: {len(gold['entities'])} entities, {len(gold['relations'])} relations")
        for line in problems:
            print(f"  PROBLEM {line}")
        for line in notes:
            print(f"  note {line}")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
