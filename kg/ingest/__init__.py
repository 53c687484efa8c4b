"""Ingest: input files to ``Document`` records.

``iter_input_files(paths)`` lists the files to read (folders recurse);
``read_document(path)`` reads one: it picks the format by extension, decodes
the bytes (any common Chinese encoding), extracts the text, normalises it with
offsets back to the original, and reads title, date and publication where the
text gives them. User-facing failures raise ``kg.errors.InputError``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kg.errors import InputError
from kg.ingest.files import iter_input_files
from kg.ingest.formats import READERS, extract, is_supported
from kg.ingest.metadata import guess_metadata
from kg.ingest.normalise import normalise
from kg.types import Document

__all__ = [
    "READERS",
    "InputError",
    "document_from_bytes",
    "is_supported",
    "iter_input_files",
    "read_document",
]


def read_document(path: Path | str) -> Document:
    """Read one input file into a ``Document``; ``Document.path`` is ``path`` as given."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file or directory", path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path) from None
    return document_from_bytes(data, path)


def document_from_bytes(data: bytes, path: Path | str) -> Document:
    """The ``Document`` for a file's bytes; ``path`` names it and selects the format."""
    try:
        extracted = extract(Path(path), data)
    except InputError as error:
        raise error.at(path) from None
    normalised = normalise(extracted.text)
    if not normalised.text:
        raise InputError("empty file", path)
    guessed = guess_metadata(normalised.text)
    digest = hashlib.sha256(data).hexdigest()
    return Document(
        id=digest[:16],
        path=str(path),
        text=normalised.text,
        sha256=digest,
        source_text=extracted.text,
        offsets=normalised.offsets,
        encoding=extracted.encoding,
        format=extracted.format,
        title=extracted.title or guessed.title,
        date=extracted.date or guessed.date,
        publication=extracted.publication or guessed.publication,
    )
