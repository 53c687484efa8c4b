"""What every extractor sees: the document, its speeches and sentences, the report's city."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.lexicon.divisions import Division
from kg.types import Document, EntityType, Mention, Sentence, Speech


@dataclass(frozen=True)
class Context:
    doc: Document
    speeches: tuple[Speech, ...]
    sentences: tuple[Sentence, ...]
    city: Division | None = None  # the city (or province) the report is about
    bylines: frozenset[int] = field(default_factory=frozenset)  # sentence indices of bylines

    def body_sentences(self):
        """Sentences that may hold entities (bylines excluded)."""
        return (s for s in self.sentences if s.index not in self.bylines)

    def first_sentence_with(self, speech: Speech, text: str) -> Sentence | None:
        """The first sentence of ``speech`` that contains ``text``."""
        return next(
            (s for s in self.sentences if speech.start <= s.start < speech.end and text and text in s.text),
            None,
        )

    def mention(
        self,
        sentence: Sentence,
        type_: EntityType,
        start: int,
        end: int,
        *,
        name: str | None = None,
        confidence: float = 0.8,
        source: str = "",
        canonical: str = "",
        attrs: dict[str, str] | None = None,
    ) -> Mention:
        """A mention at sentence-relative offsets ``start:end``."""
        surface = sentence.text[start:end]
        return Mention(
            type=type_,
            name=name or surface,
            start=sentence.start + start,
            end=sentence.start + end,
            doc_id=self.doc.id,
            sentence=sentence.index,
            speech=sentence.speech,
            confidence=round(confidence, 2),
            canonical=canonical,
            source=source,
            attrs=tuple(sorted((attrs or {}).items())),
        )
