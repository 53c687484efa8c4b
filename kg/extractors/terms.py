"""Mentions of the terms of a shipped term list (kg/data/*.txt), with their canonical names."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extractors.context import Context
from kg.lexicon.terms import load_terms
from kg.types import EntityType, Mention


def term_mentions(
    ctx: Context, list_name: str, type_: EntityType, confidence: float, not_before: tuple[str, ...] = ()
) -> Iterator[Mention]:
    """Every occurrence of a listed term not followed by one of ``not_before`` (产业链 is no 产业)."""
    terms = load_terms(list_name)
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in terms.regex.finditer(text):
            if not_before and text.startswith(not_before, match.end()):
                continue
            yield ctx.mention(
                sentence, type_, *match.span(),
                canonical=terms.canonical[match.group(0)], confidence=confidence, source="lexicon",
            )  # fmt: skip
