"""The kg ontology's terms: ``KG.servesIn`` works, a misspelt term (``KG.servesin``) raises.

Generated from ontology/kg.ttl by scripts/generate_vocab.py; do not edit by hand.
Ontology of the knowledge graph of Chinese government speeches
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KG(DefinedNamespace):
    """Terms of https://w3id.org/zhkg/ontology#"""

    _NS = Namespace("https://w3id.org/zhkg/ontology#")
    _fail = True

    # Classes
    District: URIRef  # district
    Document: URIRef  # document
    Entity: URIRef  # entity
    Industry: URIRef  # industry
    Meeting: URIRef  # meeting
    Official: URIRef  # official
    Organization: URIRef  # organisation
    Post: URIRef  # post
    Project: URIRef  # project
    Sentence: URIRef  # sentence
    Speech: URIRef  # speech
    Strategy: URIRef  # strategy

    # Object properties
    atMeeting: URIRef  # at meeting
    builds: URIRef  # builds
    cooperatesWith: URIRef  # cooperates with
    develops: URIRef  # develops
    district: URIRef  # district of speech
    mentions: URIRef  # mentions
    partOf: URIRef  # part of
    pursues: URIRef  # pursues
    servesIn: URIRef  # serves in
    speaker: URIRef  # speaker
    speaksAt: URIRef  # speaks at

    # Datatype properties
    beginIndex: URIRef  # begin index
    confidence: URIRef  # confidence
    cue: URIRef  # cue
    divisionCode: URIRef  # division code
    encoding: URIRef  # encoding
    endIndex: URIRef  # end index
    headline: URIRef  # headline
    publication: URIRef  # publication
    sha256: URIRef  # SHA-256 digest
    sourcePath: URIRef  # source path
    text: URIRef  # text
    title: URIRef  # title
