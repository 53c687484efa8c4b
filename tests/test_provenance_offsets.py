"""Sentence offsets point into the original decoded text: ``source_text[begin:end]`` is the sentence."""

from __future__ import annotations

import pytest
from rdflib import Literal

from kg.build import build_document
from kg.ingest import document_from_bytes
from kg.rdf import sentence_iri
from kg.segment import segment
from kg.vocab import KG

# Line breaks, blank lines, trailing spaces, a zero-width space and a sentence the layout broke.
RAW = "标题一行\r\n\r\n东湖新区将加快发展。  \r\n第二段落\u200b继续，\r\n写完。\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_provenance_source_span_is_exactly_the_sentence(encoding):
    doc = document_from_bytes(RAW.encode(encoding), f"report.{encoding}.txt")
    _, sentences = segment(doc)
    spans = [doc.source_text[slice(*doc.source_span(s.start, s.end))] for s in sentences]
    assert spans == ["标题一行", "东湖新区将加快发展。", "第二段落\u200b继续，\r\n写完。"]


@pytest.mark.parametrize("start,end", [(0, 0), (5, 5), (7, 7)])
def test_provenance_empty_span_maps_to_one_point(start, end):
    doc = document_from_bytes(RAW.encode(), "report.txt")
    begin, finish = doc.source_span(start, end)
    assert begin == finish == doc.offsets.to_source(start)


def test_provenance_sentence_nodes_carry_source_offsets():
    doc = document_from_bytes(RAW.encode(), "report.txt")
    graph = build_document(doc).graph
    _, sentences = segment(doc)
    written = [s for s in sentences if (sentence_iri(doc.id, s.index), KG.text, None) in graph]
    assert written  # only sentences that are evidence of something are written
    for sentence in written:
        node = sentence_iri(doc.id, sentence.index)
        begin, end = doc.source_span(sentence.start, sentence.end)
        assert graph.value(node, KG.beginIndex) == Literal(begin)
        assert graph.value(node, KG.endIndex) == Literal(end)
