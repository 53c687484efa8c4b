"""kg.evaluate and `kg eval`: exact scores on hand-built graphs, agreement with score.py, valid gold."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS
from typer.testing import CliRunner

from kg import evaluate
from kg.cli import app
from kg.evaluate import Gold, GoldEntity, GoldRelation, normalise

ROOT = Path(__file__).resolve().parents[1]
SHARED_SCORER = ROOT.parent / "shared" / "corpus" / "score.py"
REPORTS = ROOT / "tests" / "data" / "reports"
SAMPLE = ROOT / "tests" / "data" / "sample"
GOLD_FILES = sorted(
    path
    for folder in (
        REPORTS,
        SAMPLE,
        *(
            ROOT / "tests" / "data" / name
            for name in ("unseen", "holdout", *(f"dev{n}" for n in range(2, 34)))
        ),
    )
    for path in folder.glob("*.gold.json")
)

KG = Namespace("https://w3id.org/zhkg/ontology#")
ID = Namespace("https://w3id.org/zhkg/id/")

# Entity types of each relation's ends (ANNOTATION.md).
DOMAIN_RANGE = {
    "servesIn": ({"Official"}, {"District", "Organization"}),
    "pursues": ({"District"}, {"Strategy"}),
    "builds": ({"District"}, {"Project"}),
    "develops": ({"District"}, {"Industry"}),
    "cooperatesWith": ({"District"}, {"Organization"}),
    "speaksAt": ({"Official"}, {"Meeting"}),
    "partOf": ({"District"}, {"District"}),
}


def make_graph(entities: list[tuple[str, str, list[str]]], relations: list[tuple[str, str, str]]) -> Graph:
    """Nodes ``(key, type, labels)`` (first label rdfs:label, others skos:altLabel) and ``(key, p, key)``."""
    g = Graph()
    for key, kind, labels in entities:
        node = ID[key]
        g.add((node, RDF.type, KG[kind]))
        for i, label in enumerate(labels):
            g.add((node, RDFS.label if i == 0 else SKOS.altLabel, Literal(label, lang="zh")))
    for s, p, o in relations:
        g.add((ID[s], KG[p], ID[o]))
    return g


GOLD = Gold(
    text="t.txt",
    entities=(
        GoldEntity("District", "高新区", ("成都高新技术产业开发区",)),
        GoldEntity("District", "成都"),
        GoldEntity("Official", "李明远", title="党工委书记"),
        GoldEntity("Strategy", "十四五"),
    ),
    relations=(
        GoldRelation("李明远", "servesIn", "高新区"),
        GoldRelation("高新区", "partOf", "成都"),
        GoldRelation("高新区", "pursues", "十四五"),
    ),
)
PERFECT_E = [
    ("d1", "District", ["高新区"]),
    ("d2", "District", ["成都"]),
    ("o1", "Official", ["李明远"]),
    ("s1", "Strategy", ["“十四五”"]),
]
PERFECT_R = [("o1", "servesIn", "d1"), ("d1", "partOf", "d2"), ("d1", "pursues", "s1")]

# name -> (graph entities, graph relations, expected (tp, pred, gold) for entities and relations)
CASES = {
    "perfect": (PERFECT_E, PERFECT_R, (4, 4, 4), (3, 3, 3)),
    "partial": (
        [*PERFECT_E[:3], ("x", "Industry", ["数字经济"])],
        PERFECT_R[:2],
        (3, 4, 4),
        (2, 2, 3),
    ),
    "alias": (
        [("d1", "District", ["成都高新技术产业开发区"]), *PERFECT_E[1:]],
        PERFECT_R,
        (4, 4, 4),
        (3, 3, 3),
    ),
    "wrong type": (
        [*PERFECT_E[:3], ("s1", "Project", ["十四五"])],
        PERFECT_R,
        (3, 4, 4),
        (2, 3, 3),
    ),
    "duplicate node": (
        [*PERFECT_E, ("d1b", "District", ["高新区"])],
        [*PERFECT_R, ("o1", "servesIn", "d1b")],
        (4, 5, 4),
        (3, 4, 3),
    ),
    "unmatched relation end": (
        [*PERFECT_E, ("z", "District", ["郫都区"])],
        [*PERFECT_R, ("z", "partOf", "d2"), ("o1", "servesIn", "z")],
        (4, 5, 4),
        (3, 5, 3),
    ),
    "relation between non-entities is ignored": (
        PERFECT_E,
        [*PERFECT_R, ("o1", "servesIn", "nowhere"), ("o1", "mentions", "d1")],
        (4, 4, 4),
        (3, 3, 3),
    ),
    "empty graph": ([], [], (0, 0, 4), (0, 0, 3)),
}


@pytest.mark.parametrize("name", CASES)
def test_evaluate_score_counts_and_prf(name: str) -> None:
    entities, relations, (etp, epred, egold), (rtp, rpred, rgold) = CASES[name]
    scores = evaluate.score([(make_graph(entities, relations), GOLD)])
    for row, tp, pred, gold in ((scores.entities, etp, epred, egold), (scores.relations, rtp, rpred, rgold)):
        assert (row.tp, row.pred, row.gold) == (tp, pred, gold)
        p = tp / pred if pred else 0.0
        r = tp / gold
        assert row.p == pytest.approx(p)
        assert row.r == pytest.approx(r)
        assert row.f1 == pytest.approx(2 * p * r / (p + r) if p + r else 0.0)


def test_evaluate_score_rows_per_type_and_relation() -> None:
    entities, relations, *_ = CASES["wrong type"]
    scores = evaluate.score([(make_graph(entities, relations), GOLD)])
    assert (scores["Strategy"].tp, scores["Strategy"].gold) == (0, 1)
    assert (scores["Project"].tp, scores["Project"].pred, scores["Project"].gold) == (0, 1, 0)
    pursues = scores["rel:pursues"]
    assert (pursues.tp, pursues.pred, pursues.gold) == (0, 1, 1)
    assert scores["rel:servesIn"].f1 == 1.0
    assert "Meeting" not in scores.as_dict()
    assert list(scores.as_dict())[-2:] == ["entities", "relations"]


def test_evaluate_score_micro_averages_over_pairs() -> None:
    perfect = make_graph(*CASES["perfect"][:2])
    empty = make_graph([], [])
    scores = evaluate.score([(perfect, GOLD), (empty, GOLD)])
    assert (scores.entities.tp, scores.entities.pred, scores.entities.gold) == (4, 4, 8)
    assert scores.entities.r == 0.5


def test_evaluate_score_lists_misses_and_false_alarms() -> None:
    entities, relations, *_ = CASES["wrong type"]
    scores = evaluate.score([(make_graph(entities, relations), GOLD)])
    kinds = {(m.kind, m.what, m.text) for m in scores.misses}
    assert kinds == {
        ("false entity", "Project", "十四五"),
        ("missed entity", "Strategy", "十四五"),
        ("false relation", "pursues", "高新区 -> 十四五"),
        ("missed relation", "pursues", "高新区 -> 十四五"),
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“十四五”", "十四五"),
        ("《郑州 条例》", "郑州条例"),
        ("１＋３＋Ｎ", "1+3+N"),
        ("中国北斗\n\n年会", "中国北斗年会"),
    ],
)
def test_evaluate_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


# --- agreement with the shared scorer ------------------------------------------------------


def graph_from_gold(gold: Gold, seed: int) -> Graph:
    """A plausible prediction: gold entities and relations with some dropped, retyped, aliased or added."""
    rng = random.Random(seed)
    keys = {e.name: f"e{i}" for i, e in enumerate(gold.entities)}
    entities, relations = [], []
    for e in gold.entities:
        roll = rng.random()
        if roll < 0.15:
            continue
        kind = rng.choice(evaluate.TYPES) if roll < 0.22 else e.type
        labels = [rng.choice([e.name, *e.aliases])]
        if roll > 0.9:
            labels.append(labels[0] + "区")
        entities.append((keys[e.name], kind, labels))
        if roll > 0.95:
            entities.append((keys[e.name] + "dup", e.type, [e.name]))
    for r in gold.relations:
        if rng.random() < 0.8:
            relations.append((keys[r.s], r.p, keys[r.o]))
    names = list(keys.values())
    for i in range(5):
        entities.append((f"extra{i}", rng.choice(evaluate.TYPES), [f"虚构实体{i}"]))
        relations.append((rng.choice(names), rng.choice(evaluate.RELATIONS), rng.choice(names)))
    return make_graph(entities, relations)


@pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="../shared/corpus/score.py is not present")
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_evaluate_agrees_with_shared_scorer(tmp_path: Path, seed: int) -> None:
    args, pairs = [], []
    for i, gold_path in enumerate(GOLD_FILES):
        gold = evaluate.load_gold(gold_path)
        graph = graph_from_gold(gold, seed * 100 + i)
        ttl = tmp_path / f"g{i}.ttl"
        graph.serialize(ttl, format="turtle")
        args += [str(ttl), str(gold_path)]
        pairs.append((evaluate.load_graph(ttl), gold))
    run = subprocess.run(
        [sys.executable, str(SHARED_SCORER), *args, "--json"], capture_output=True, text=True, check=True
    )
    theirs = json.loads(run.stdout)
    ours = evaluate.score(pairs).as_dict()
    assert list(ours) == list(theirs)
    for key, row in theirs.items():
        counts = ("tp", "pred", "gold")
        assert [ours[key][k] for k in counts] == [row[k] for k in counts]
        assert [ours[key][k] for k in ("p", "r", "f1")] == pytest.approx([row[k] for k in ("p", "r", "f1")])


# --- gold files ---------------------------------------------------------------------------


def test_evaluate_reports_exist() -> None:
    assert len(list(REPORTS.glob("*.gold.json"))) >= 8


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_evaluate_gold_file_is_valid(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert set(raw) == {"text", "entities", "relations"}
    gold = evaluate.load_gold(path)
    text_path = path.with_name(gold.text)
    assert gold.text == path.name.replace(".gold.json", ".txt") and text_path.is_file()
    text = normalise(text_path.read_text(encoding="utf-8"))
    types = {}
    for e in gold.entities:
        assert e.type in evaluate.TYPES, e
        assert e.name not in types, f"{e.name} annotated twice"
        types[e.name] = e.type
        assert normalise(e.name) in text, f"{e.name} is not in the text"
        assert e.name not in e.aliases and len(set(e.aliases)) == len(e.aliases), e
        assert bool(e.title) == (e.type == "Official"), f"title only and always on officials: {e}"
    forms = [(e.type, n) for e in gold.entities for n in e.names]
    assert len(forms) == len(set(forms)), "one name form belongs to two entities of one type"
    triples = [(r.s, r.p, r.o) for r in gold.relations]
    assert len(triples) == len(set(triples)), "duplicate relation"
    for r in gold.relations:
        domain, range_ = DOMAIN_RANGE[r.p]
        assert types.get(r.s) in domain and types.get(r.o) in range_, r
    officials = [e.name for e in gold.entities if e.type == "Official"]
    served = {r.s for r in gold.relations if r.p == "servesIn"}
    assert set(officials) <= served, "every official serves somewhere"


@pytest.mark.parametrize("path", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.name)
def test_evaluate_report_length_and_gold(path: Path) -> None:
    assert 1500 <= len(path.read_text(encoding="utf-8")) <= 4000
    assert path.with_name(path.stem + ".gold.json").is_file()


# --- CLI ------------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    graph = tmp_path / "graphs" / "t.ttl"
    graph.parent.mkdir()
    make_graph(*CASES["partial"][:2]).serialize(graph, format="turtle")
    golds = tmp_path / "gold"
    golds.mkdir()
    gold = golds / "t.gold.json"
    gold.write_text(
        json.dumps(
            {
                "text": GOLD.text,
                "entities": [
                    {"type": e.type, "name": e.name, "aliases": list(e.aliases)}
                    | ({"title": e.title} if e.title else {})
                    for e in GOLD.entities
                ],
                "relations": [{"s": r.s, "p": r.p, "o": r.o} for r in GOLD.relations],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return graph, gold


def run_eval(*args: str):
    return CliRunner().invoke(app, ["eval", *args])


def test_evaluate_cli_pairs_table(files: tuple[Path, Path]) -> None:
    graph, gold = files
    result = run_eval(str(graph), str(gold))
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()[1:]}
    assert rows["entities"] == ["0.750", "0.750", "0.750", "3", "4", "4"]
    assert rows["relations"] == ["1.000", "0.667", "0.800", "2", "2", "3"]
    assert "rel:pursues" in rows and "Industry" in rows


@pytest.mark.parametrize("form", ["file", "folder"])
def test_evaluate_cli_gold_dir_json(files: tuple[Path, Path], form: str) -> None:
    graph, gold = files
    target = graph if form == "file" else graph.parent
    result = run_eval("--gold-dir", str(gold.parent), str(target), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["entities"]["tp"] == 3 and data["relations"]["gold"] == 3


def test_evaluate_cli_show_lists_misses(files: tuple[Path, Path]) -> None:
    graph, gold = files
    result = run_eval(str(graph), str(gold), "--show")
    assert "missed entity Strategy: 十四五" in result.stdout
    assert "false entity Industry: 数字经济" in result.stdout


def test_evaluate_cli_floor(files: tuple[Path, Path]) -> None:
    graph, gold = files
    assert run_eval(str(graph), str(gold), "--min-entity-f1", "0.7").exit_code == 0
    assert run_eval(str(graph), str(gold), "--min-entity-f1", "0.8").exit_code == 1


@pytest.mark.parametrize(
    ("defect", "message"),
    [
        ("missing graph", "no such graph file"),
        ("missing gold", "cannot read gold file"),
        ("bad json", "bad JSON"),
        ("not gold", "not a gold annotation"),
        ("bad turtle", "cannot parse graph"),
        ("odd paths", "GRAPH GOLD pairs"),
        ("gold dir without graph", "no graph for t"),
    ],
)
def test_evaluate_cli_user_errors(files: tuple[Path, Path], defect: str, message: str) -> None:
    graph, gold = files
    args = [str(graph), str(gold)]
    if defect == "missing graph":
        args[0] = str(graph.with_name("nope.ttl"))
    elif defect == "missing gold":
        args[1] = str(gold.with_name("nope.gold.json"))
    elif defect == "bad json":
        gold.write_text("{not json", encoding="utf-8")
    elif defect == "not gold":
        gold.write_text('{"entities": 3}', encoding="utf-8")
    elif defect == "bad turtle":
        graph.write_text("@prefix : <x> . this is not turtle", encoding="utf-8")
    elif defect == "odd paths":
        args = args[:1]
    else:
        graph.unlink()
        args = ["--gold-dir", str(gold.parent), str(graph.parent)]
    result = run_eval(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_evaluate_cli_build_mode_scores_the_sample() -> None:
    result = run_eval("--build", str(SAMPLE), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["entities"]["gold"] == len(evaluate.load_gold(next(SAMPLE.glob("*.gold.json"))).entities)
    assert data["entities"]["pred"] > 0


def test_evaluate_cli_build_mode_matches_scoring_the_built_graph(tmp_path: Path) -> None:
    from kg.build import build_file

    text = next(SAMPLE.glob("*.txt"))
    gold = text.with_name(text.stem + ".gold.json")
    built = run_eval("--build", str(SAMPLE), "--json")
    graph = tmp_path / f"{text.stem}.ttl"
    build_file(text).graph.serialize(graph, format="turtle")
    scored = run_eval(str(graph), str(gold), "--json")
    assert built.exit_code == 0 == scored.exit_code, built.output
    assert json.loads(built.stdout) == json.loads(scored.stdout)


def test_evaluate_cli_build_mode_needs_texts(tmp_path: Path, files: tuple[Path, Path]) -> None:
    _, gold = files
    result = run_eval("--build", str(gold.parent))
    assert result.exit_code == 2 and "no <name>.txt beside" in result.stderr
