"""Build a ``Document`` from a literal string and run extraction on it, for the extraction tests.

Tests name what they expect as ``(type, name)`` pairs and ``(predicate, subject, object)``
triples; these helpers turn an extraction into exactly those shapes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from kg.extractors.context import Context
from kg.extractors.districts import report_city
from kg.ingest import document_from_bytes
from kg.pipeline import extract_document
from kg.segment import is_byline, segment
from kg.types import Document, Extraction, Mention

# A lead paragraph naming a city once (and no meeting), so that zones and homonyms resolve in it.
REPORT_LEAD = "{city}日报讯 近日，{city}各区（市）县主要负责同志畅谈发展思路。\n"


@lru_cache(maxsize=512)
def document(text: str) -> Document:
    """The ``Document`` kg reads from a plain-text file holding ``text``."""
    return document_from_bytes(text.encode("utf-8"), "report.txt")


@lru_cache(maxsize=512)
def extract(text: str) -> Extraction:
    return extract_document(document(text))


def context(text: str) -> Context:
    """The ``Context`` the pipeline gives every extractor for ``text``."""
    doc = document(text)
    speeches, sentences = segment(doc)
    return Context(
        doc=doc,
        speeches=speeches,
        sentences=sentences,
        city=report_city(doc),
        bylines=frozenset(s.index for s in sentences if is_byline(s.text)),
    )


def run(extractor: Callable[[Context], Iterable[Mention]], text: str) -> list[Mention]:
    """What one extractor yields on ``text`` (before overlaps are resolved)."""
    return list(extractor(context(text)))


def pairs(mentions: Iterable[Mention], type_: str | None = None) -> set[tuple[str, str]]:
    """``{(type, name)}`` of ``mentions``, optionally of one type only."""
    return {(m.type.value, m.name) for m in mentions if type_ is None or m.type.value == type_}


def names(mentions: Iterable[Mention], type_: str | None = None) -> set[str]:
    return {name for _, name in pairs(mentions, type_)}


def found(text: str, type_: str | None = None) -> set[tuple[str, str]]:
    """``{(type, name)}`` the whole pipeline keeps for ``text``."""
    return pairs(extract(text).mentions, type_)


def found_names(text: str, type_: str) -> set[str]:
    return {name for _, name in found(text, type_)}


def mentions_named(text: str, name: str) -> list[Mention]:
    return [m for m in extract(text).mentions if m.name == name]


def triples(text: str, predicate: str | None = None) -> set[tuple[str, str, str]]:
    """``{(predicate, subject name, object name)}`` of the relations kg finds in ``text``."""
    return set(_triples(extract(text), predicate))


def _triples(extraction: Extraction, predicate: str | None) -> Iterator[tuple[str, str, str]]:
    for r in extraction.relations:
        if predicate is None or r.predicate.value == predicate:
            yield (r.predicate.value, r.subject.name, r.object.name)


def report(city: str, *paragraphs: str) -> str:
    """A mini-report: a lead naming ``city``, then one paragraph (header, headline, body) per line."""
    return REPORT_LEAD.format(city=city) + "\n".join(paragraphs) + "\n"
