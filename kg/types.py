"""The small frozen records that flow between pipeline stages.

files --ingest--> Document --segment--> Speech / Sentence
      --extract--> Mention --relate--> Relation --resolve--> Entity --rdf--> Graph

Offsets are character offsets into ``Document.text`` (the normalised text);
``Document.source_span`` maps them back to the original file's text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum


class EntityType(str, Enum):
    """The seven entity classes of the annotation guideline (local names in the ontology)."""

    DISTRICT = "District"
    OFFICIAL = "Official"
    ORGANIZATION = "Organization"
    PROJECT = "Project"
    STRATEGY = "Strategy"
    INDUSTRY = "Industry"
    MEETING = "Meeting"


class RelationType(str, Enum):
    """The seven relations of the annotation guideline (local names in the ontology)."""

    SERVES_IN = "servesIn"
    PURSUES = "pursues"
    BUILDS = "builds"
    DEVELOPS = "develops"
    COOPERATES_WITH = "cooperatesWith"
    SPEAKS_AT = "speaksAt"
    PART_OF = "partOf"


@dataclass(frozen=True)
class OffsetMap:
    """Piecewise-linear map from normalised-text offsets to original-text offsets.

    ``breaks`` holds ``(normalised_start, original_start)`` pairs, sorted; inside
    one piece both texts advance together.
    """

    breaks: tuple[tuple[int, int], ...] = ((0, 0),)

    def to_source(self, offset: int) -> int:
        i = bisect_right(self.breaks, (offset, float("inf"))) - 1
        norm_start, source_start = self.breaks[max(i, 0)]
        return source_start + offset - norm_start


@dataclass(frozen=True)
class Document:
    """One input file, read and normalised."""

    id: str  # stable: derived from the content hash, never from the path
    path: str  # as given by the user
    text: str  # normalised text that every later offset points into
    sha256: str  # of the file's bytes
    source_text: str = ""  # decoded original text (offsets via ``offsets``)
    offsets: OffsetMap = field(default_factory=OffsetMap)
    encoding: str = "utf-8"
    format: str = "txt"
    title: str = ""
    date: str = ""  # ISO 8601 (YYYY-MM-DD) where the text gives it
    publication: str = ""

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of ``text[start:end]`` in ``source_text`` (end exclusive: one past its last character)."""
        begin = self.offsets.to_source(start)
        return begin, self.offsets.to_source(end - 1) + 1 if end > start else begin


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document; ``speech`` is the index of its speech or -1 (preamble)."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    speech: int = -1


@dataclass(frozen=True)
class Speech:
    """One speaker's part of a report: header, headline and body."""

    doc_id: str
    index: int
    start: int  # start of the header (or first body line for header-less layouts)
    end: int
    speaker: str = ""  # the official's name, "" when unknown
    title: str = ""  # the post, several joined by 、
    district: str = ""  # the body the speaker serves in, as written
    headline: str = ""
    body_start: int = 0
    posts: tuple[tuple[str, str], ...] = ()  # (district as written or "", title) per post


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in a document.

    ``name`` is the surface form without quotes; ``canonical`` the fullest form
    the extractor could infer (e.g. a district's full administrative name) or "".
    ``attrs`` carries type-specific details as sorted key/value pairs
    (Official: ``title``, ``org``; District: ``code``, ``parent``).
    """

    type: EntityType
    name: str
    start: int
    end: int
    doc_id: str
    sentence: int
    speech: int = -1
    confidence: float = 1.0
    canonical: str = ""
    source: str = ""  # which rule produced it
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, key: str, default: str = "") -> str:
        return dict(self.attrs).get(key, default)


@dataclass(frozen=True)
class Relation:
    """A typed link between two mentions, with the sentence that states it."""

    predicate: RelationType
    subject: Mention
    object: Mention
    sentence: int  # evidence: index into the document's sentences
    confidence: float = 1.0
    cue: str = ""  # the cue word or rule that licensed it


@dataclass(frozen=True)
class Entity:
    """A resolved real-world thing: one IRI, one canonical name, its aliases."""

    type: EntityType
    key: str  # canonical key the IRI is derived from
    name: str  # preferred label
    aliases: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()
    mentions: tuple[Mention, ...] = ()

    def attr(self, key: str, default: str = "") -> str:
        return dict(self.attrs).get(key, default)


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document, before resolution to entities."""

    document: Document
    speeches: tuple[Speech, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    city_code: str = ""  # GB/T 2260 code of the city the report is about, "" when unknown
