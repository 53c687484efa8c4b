"""A generated corpus of genre-like reports (district leaders on a city's party plenum).

    .venv/bin/python benchmarks/corpus.py OUT_DIR --mb 4 [--seed 1]

Each report recombines templates of the genre (headline, subtitle, byline, lead,
then one block per speaker: posts and name, headline, body) with generic terms:
places from kg/data/divisions.tsv, strategies, industries and organisations from
kg/data's lexicons, made-up personal names and project names. Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
GIVEN = "伟建国志明海军华平东晓光丽红英玉兰芳强磊洋勇艳杰涛斌超波辉刚健宁新峰宇凯鹏飞"
TITLES = {"区": ("区委书记", "区长"), "县": ("县委书记", "县长"), "市": ("市委书记", "市长")}
ZONE_TITLES = ("党工委书记", "管委会主任")
PROJECTS = ("产业园", "科技城", "创新中心", "智慧园区", "物流枢纽", "产业基地", "数字港")
HEADLINES = (
    "奋力打造{industry}高地",
    "以{strategy}为引领 加快高质量发展",
    "聚焦{industry} 建设{project}",
    "争当{strategy}排头兵",
    "全力推进{project}建设",
)
OPENINGS = (
    "全会报告思路清晰、重点突出，为我们明年工作指明了方向。",
    "市委书记{leader}的讲话立意高远、求真务实，令人深受鼓舞。",
    "我们将坚决贯彻全会部署，把各项任务落到实处。",
)
SENTENCES = (
    "{district}将深入实施{strategy}，加快建设{project}，推动{industry}做大做强。",
    "一是做强{industry}、{industry2}两大主导产业，加快{project}建设；",
    "二是深化与{org}的合作，共建{project2}，吸引更多创新团队落户；",
    "三是持续推进{strategy}，力争全年新签约亿元以上项目{number}个。",
    "我们将与{org}签署战略合作协议，推动{industry}产业链上下游协同发展。",
    "{name}表示，{district}还将深化“放管服”改革，为企业提供全生命周期服务。",
    "同时，高标准建设{project}，推动全区开放型经济迈上新台阶，力争增长{percent}%以上。",
    "围绕{strategy}，{district}将加快{industry}集聚发展，打造具有竞争力的产业集群。",
)


@dataclass(frozen=True)
class Terms:
    cities: tuple[tuple[str, tuple[str, ...]], ...]  # (city name, its county-level divisions)
    strategies: tuple[str, ...]
    industries: tuple[str, ...]
    organizations: tuple[str, ...]
    surnames: tuple[str, ...]


def _names(path: Path) -> tuple[str, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#"))


def load_terms() -> Terms:
    counties: dict[str, list[str]] = {}
    cities: dict[str, str] = {}
    rows = [
        line.split("\t")[:5] for line in (DATA / "divisions.tsv").read_text(encoding="utf-8").splitlines()
    ]
    rows = [row for row in rows if len(row) == 5 and not row[0].startswith("#")]
    # Mainland cities only (the genre's party plenums). Names of rows without a code or
    # that are their own parent (Taiwan, Hong Kong, Macao, placeholders) make kg's city
    # lookup loop forever (reported); they are left out so the benchmark can run.
    looping = {name for code, name, _, _, parent in rows if not code or code == parent}
    for code, name, _, level, parent in rows:
        if name in looping or code.startswith(("71", "81", "82")):
            continue
        if level == "city":
            cities[code] = name
        elif level == "county" and name.endswith(("区", "县", "市")):
            counties.setdefault(parent, []).append(name)
    pairs = tuple(
        (cities[c], tuple(ds)) for c, ds in sorted(counties.items()) if c in cities and len(ds) >= 4
    )
    surnames = (DATA / "surnames.txt").read_text(encoding="utf-8").splitlines()
    return Terms(
        cities=pairs,
        strategies=_names(DATA / "strategies.txt"),
        industries=_names(DATA / "industries.txt"),
        organizations=_names(DATA / "organizations.txt"),
        surnames=tuple(" ".join(s for s in surnames if not s.startswith("#")).split()),
    )


def _person(rng: random.Random, terms: Terms) -> str:
    return rng.choice(terms.surnames) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def report(rng: random.Random, terms: Terms) -> str:
    """One report of five to eight speakers of one city."""
    city, districts = rng.choice(terms.cities)
    stem = city.removesuffix("市")
    leader = _person(rng, terms)

    def fill(template: str, district: str, name: str) -> str:
        place = district.removesuffix("区").removesuffix("县").removesuffix("市")
        return template.format(
            district=district,
            name=name,
            leader=leader,
            strategy=rng.choice(terms.strategies),
            industry=rng.choice(terms.industries),
            industry2=rng.choice(terms.industries),
            org=rng.choice(terms.organizations),
            project=place + rng.choice(PROJECTS),
            project2=stem + rng.choice(PROJECTS),
            number=rng.randint(10, 90),
            percent=rng.randint(5, 15),
        )

    lines = [
        fill(rng.choice(HEADLINES), city, leader),
        f"——各区县主要负责同志热议{stem}市委全会精神",
        f"{stem}日报记者 {_person(rng, terms)} {_person(rng, terms)}",
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，中共{city}委全体会议召开，"
        f"市委书记{leader}作重要讲话。与会各区县主要负责同志表示，将以全会精神为指引，奋力开创高质量发展新局面。",
    ]
    for district in rng.sample(districts, min(len(districts), rng.randint(5, 8))):
        name = _person(rng, terms)
        title = rng.choice(ZONE_TITLES if district.endswith("园区") else TITLES[district[-1]])
        picked = sorted(rng.sample(range(len(SENTENCES)), 5))
        body = fill(rng.choice(OPENINGS), district, name) + "".join(
            fill(SENTENCES[i], district, name) for i in picked
        )
        lines += [f"{district}{title} {name}", fill(rng.choice(HEADLINES), district, name), body]
    return "\n\n".join(lines) + "\n"


def write_corpus(out: Path, megabytes: float, seed: int = 1) -> list[Path]:
    """Reports in ``out`` until their UTF-8 bytes reach ``megabytes``; the files written."""
    rng, terms = random.Random(seed), load_terms()
    out.mkdir(parents=True, exist_ok=True)
    written, total = [], 0
    while total < megabytes * 1_000_000:
        data = report(rng, terms).encode("utf-8")
        path = out / f"report-{len(written):05d}.txt"
        path.write_bytes(data)
        written.append(path)
        total += len(data)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = write_corpus(args.out, args.mb, args.seed)
    print(f"wrote {len(files)} reports, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB to {args.out}")


if __name__ == "__main__":
    main()
