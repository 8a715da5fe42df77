"""OpenDocument text (``.odt``): the text of every paragraph and heading (``text:p``,
``text:h``) in ``content.xml`` (body, tables, lists, frames, notes) and ``styles.xml`` (the
headers and footers of the master pages) is translated; every other part of the zip (images,
the manifest, meta data, settings) is copied unchanged.

In a paragraph a ``text:span`` (its style) and a ``text:a`` (its link) are spans carried onto
the words of the translation they belong to. Spaces (``text:s``) are read as spaces and written
as single ones (the translation has no runs of spaces). Tabs, line breaks, notes, frames,
fields and anything else are kept whole and go where the alignment puts them.
Bookmarks, reference and index marks and change marks keep their order: those before the
paragraph's first word stay at its start, the others go to its end. On writing, the paragraph
keeps its element and attributes (its style); its text and children are rebuilt from the
translation, each span a copy of its source (same style name, same ``xlink:href``); a table
cell's cached ``office:string-value`` is dropped, so the cell's value is its translated text.
Paragraphs without letters are left exactly as they were. The document's language settings are
not changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.office_zip import (
    OfficeZip,
    pieces,
    relabel_language,
    translated_paragraphs,
)
from s2s_desktop.engine.documents.segments import Segment, SegmentBuilder, Tag
from s2s_desktop.engine.wording import translate

MAIN = "content.xml"
PARTS = (MAIN, "styles.xml")
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
CELL = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table-cell"
PARAGRAPHS = (f"{{{TEXT}}}p", f"{{{TEXT}}}h")
SPANS = frozenset((f"{{{TEXT}}}span", f"{{{TEXT}}}a"))
SPACE = f"{{{TEXT}}}s"
BREAKS = frozenset((f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"))  # a word boundary for the model
MARKERS = frozenset(
    [
        f"{{{TEXT}}}{name}"
        for name in [
            "bookmark",
            "bookmark-start",
            "bookmark-end",
            "reference-mark",
            "reference-mark-start",
            "reference-mark-end",
            "toc-mark",
            "toc-mark-start",
            "toc-mark-end",
            "alphabetical-index-mark",
            "alphabetical-index-mark-start",
            "alphabetical-index-mark-end",
            "user-index-mark",
            "user-index-mark-start",
            "user-index-mark-end",
            "change",
            "change-start",
            "change-end",
        ]
    ]
    + [f"{{{OFFICE}}}annotation-end"]
)


@dataclass
class _Layout:
    """The zero-width marks that stay at a paragraph's start and end."""

    lead: list[etree._Element] = field(default_factory=list)
    tail: list[etree._Element] = field(default_factory=list)


class _Reader:
    """One paragraph's segment: spans and links as spans, the rest as voids or marks."""

    def __init__(self) -> None:
        self.builder = SegmentBuilder()
        self.layout = _Layout()
        self.seen_text = False

    def read(self, paragraph: etree._Element) -> Segment | None:
        self._walk(paragraph)
        return None if self.builder.empty else self.builder.finish()

    def _text(self, text: str | None) -> None:
        if text:
            self.builder.text(text)
            self.seen_text = self.seen_text or bool(text.strip())

    def _walk(self, element: etree._Element) -> None:
        self._text(element.text)
        for child in element:
            if child.tag in SPANS:
                index = self.builder.open(child)
                self._walk(child)
                self.builder.close(index)
            elif child.tag in MARKERS:
                (self.layout.tail if self.seen_text else self.layout.lead).append(child)
            elif child.tag == SPACE:  # spaces, as text: the model needs them between words
                self._text(" " * _count(child))
            elif child.tag in BREAKS:
                self.builder.text(" ")
                self.builder.void(("break", child), separates=True)
                self.builder.text(" ")
            else:  # a note, a frame, a field, a comment…
                self.builder.void(("whole", child))
            self._text(child.tail)


def _count(space: etree._Element) -> int:
    try:
        return max(1, int(space.get(f"{{{TEXT}}}c", "1")))
    except ValueError:
        return 1


def _rebuild(paragraph: etree._Element, layout: _Layout, segment: Segment) -> None:
    """Replace the paragraph's text and children with the translation's."""
    for child in list(paragraph):
        paragraph.remove(child)
    paragraph.text = None
    for mark in layout.lead:
        _append(paragraph, mark)
    stack: list[tuple[int, etree._Element]] = []  # span tag index, its copy
    for piece in pieces(segment, _is_break):
        keep = 0
        while keep < len(stack) and keep < len(piece.chain) and stack[keep][0] == piece.chain[keep]:
            keep += 1
        del stack[keep:]
        for index in piece.chain[keep:]:
            source = segment.tags[index].data
            container = stack[-1][1] if stack else paragraph
            stack.append((index, etree.SubElement(container, source.tag, dict(source.attrib))))
        container = stack[-1][1] if stack else paragraph
        if piece.void is None:
            _append_text(container, piece.text)
        elif isinstance(piece.void.data, str):  # a placeholder
            _append_text(container, piece.void.data)
        else:
            _append(container, piece.void.data[1])
    for mark in layout.tail:
        _append(paragraph, mark)
    cell = paragraph.getparent()
    if cell is not None and cell.tag == CELL:  # the cell's cached text would still be the source's
        cell.attrib.pop(f"{{{OFFICE}}}string-value", None)


def _append(container: etree._Element, element: etree._Element) -> None:
    element.tail = None
    container.append(element)


def _append_text(container: etree._Element, text: str) -> None:
    if len(container):
        container[-1].tail = (container[-1].tail or "") + text
    else:
        container.text = (container.text or "") + text


def _is_break(tag: Tag) -> bool:
    return isinstance(tag.data, tuple) and tag.data[0] == "break"


class OdtDocument:
    def __init__(self, data: bytes) -> None:
        self.zip = OfficeZip(data, lambda name: name in PARTS)
        if MAIN not in self.zip.parts:
            # Said with the file's name as why it cannot be read (``job._opened``).
            raise ValueError(
                translate(
                    "documents_odt",
                    "it is not an OpenDocument text (it has no {part}); open it in LibreOffice "
                    "Writer and save it as .odt",
                ).format(part=MAIN)
            )
        self.paragraphs: list[tuple[etree._Element, _Layout]] = []
        self.segments: list[Segment] = []
        layouts: dict[etree._Element, _Layout] = {}

        def build(paragraph: etree._Element) -> Segment | None:
            reader = _Reader()
            segment = reader.read(paragraph)
            layouts[paragraph] = reader.layout
            return segment

        for name in PARTS:
            if name in self.zip.parts:
                root = self.zip.parts[name].getroot()
                found = [element for element in root.iter(*PARAGRAPHS)]
                kept, segments = translated_paragraphs(found, build)
                self.paragraphs.extend((p, layouts[p]) for p in kept)
                self.segments.extend(segments)

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        for (paragraph, layout), segment in zip(self.paragraphs, translated):
            _rebuild(paragraph, layout, segment)
        for tree in self.zip.parts.values():  # the styles' language, for spelling
            styled = tree.getroot().iter(f"{{{STYLE}}}text-properties")
            relabel_language(styled, f"{{{FO}}}language", languages, f"{{{FO}}}country")
        return self.zip.write()


def open_document(data: bytes, encoding: str) -> OdtDocument:
    return OdtDocument(data)
