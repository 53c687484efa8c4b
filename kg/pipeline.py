"""The extraction pipeline for one document: segment, extract, select, relate."""

from __future__ import annotations

from kg.abbreviations import link_abbreviations
from kg.extractors import EXTRACTORS
from kg.extractors.context import Context
from kg.extractors.districts import report_city
from kg.extractors.lists import extend_lists
from kg.overlaps import select_mentions
from kg.relations import relate
from kg.segment import is_byline, segment
from kg.types import Document, Extraction


def extract_document(doc: Document) -> Extraction:
    """Everything kg finds in one document (pure: no I/O)."""
    speeches, sentences = segment(doc)
    city = report_city(doc)
    ctx = Context(
        doc=doc,
        speeches=speeches,
        sentences=sentences,
        city=city,
        bylines=frozenset(s.index for s in sentences if is_byline(s.text)),
    )
    mentions = select_mentions(m for extractor in EXTRACTORS for m in extractor(ctx))
    mentions = link_abbreviations(select_mentions((*mentions, *extend_lists(ctx, mentions))))
    relations = relate(ctx, mentions)
    return Extraction(doc, speeches, sentences, mentions, relations, city.code if city else "")
