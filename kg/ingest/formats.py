"""File formats: the text a file carries, by extension (case-insensitive).

Plain text (``.txt``, ``.text``, ``.md``) is decoded as it is. For HTML, Word
and PDF the "source text" is the text the file carries (the article text of a
page, the paragraphs and table cells of a document, the text layer of a PDF),
one paragraph or line per line; evidence offsets point into that text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ingest.decode import decode_bytes, html_declared_charset


@dataclass(frozen=True)
class Extracted:
    """What a reader gets out of a file before normalisation."""

    text: str
    format: str
    encoding: str = ""  # the text's encoding; "" where the container fixes it (docx, pdf)
    title: str = ""
    date: str = ""
    publication: str = ""


def read_plain(data: bytes, fmt: str) -> Extracted:
    text, encoding = decode_bytes(data)
    return Extracted(text, fmt, encoding)


def read_html(data: bytes, fmt: str) -> Extracted:
    """The main article of a page (trafilatura): no navigation, menus or footers."""
    import trafilatura

    html, encoding = decode_bytes(data, html_declared_charset(data))
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, include_images=False
    )
    text = _meta(found, "text")
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    if not text.strip():
        raise InputError("no text in the HTML page")
    return Extracted(
        text,
        fmt,
        encoding,
        title=_meta(found, "title"),
        date=_meta(found, "date")[:10],
        publication=_meta(found, "sitename"),
    )


def _meta(found: object, name: str) -> str:
    return getattr(found, name, None) or ""


def read_docx(data: bytes, fmt: str) -> Extracted:
    """Paragraphs and table cells of a Word document, in document order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise InputError("not a valid .docx file") from None
    lines = list(_docx_lines(document))
    if not any(line.strip() for line in lines):
        raise InputError("empty file")
    title = document.core_properties.title or next(
        (p.text.strip() for p in document.paragraphs if _is_title_style(p) and p.text.strip()), ""
    )
    return Extracted("\n".join(lines), fmt, "utf-8", title=title)


def _docx_lines(container) -> Iterator[str]:
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen = set()  # cell elements, kept alive so identity is unique
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc not in seen:  # a merged cell repeats in each grid slot
                        seen.add(cell._tc)
                        yield from _docx_lines(cell)
        else:
            yield block.text


def _is_title_style(paragraph) -> bool:
    name = paragraph.style.name if paragraph.style is not None else ""
    return name in ("Title", "Heading 1")


def read_pdf(data: bytes, fmt: str) -> Extracted:
    """The text layer of a PDF, page by page (pypdf)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError):
        raise InputError("not a valid PDF file") from None
    if not any(page.strip() for page in pages):
        raise InputError("no text layer (scanned PDF?)")
    title = (reader.metadata.title or "") if reader.metadata else ""
    return Extracted("\n".join(pages), fmt, "", title=title.strip())


_Reader = Callable[[bytes, str], Extracted]
READERS: dict[str, tuple[str, _Reader]] = {
    ".txt": ("txt", read_plain),
    ".text": ("txt", read_plain),
    ".md": ("md", read_plain),
    ".markdown": ("md", read_plain),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".xhtml": ("html", read_html),
    ".docx": ("docx", read_docx),
    ".pdf": ("pdf", read_pdf),
}


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def extract(path: Path, data: bytes) -> Extracted:
    """The text of ``data`` read as the format ``path``'s extension names.

    Raises ``InputError`` (without a path) for an unknown extension or a file
    its reader cannot use.
    """
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise InputError(f"unsupported format {suffix}" if suffix else "unsupported format (no extension)")
    if not data.strip():
        raise InputError("empty file")
    fmt, reader = READERS[suffix]
    return reader(data, fmt)
