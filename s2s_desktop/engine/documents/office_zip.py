"""What Word (``.docx``) and OpenDocument (``.odt``) files share: a zip of XML parts, of which a
few hold the text. ``OfficeZip`` parses those parts with lxml (no entities resolved, nothing
fetched) and writes the zip back with every other entry copied unchanged, in the same order and
with the same names, dates and compression (so an ODT's ``mimetype`` stays first and stored);
``pieces`` turns a translated segment into the ordered stretches of text and kept-whole things
that a format rebuilds its paragraph from.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lxml import etree

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.segments import Segment, Tag

_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>\s*")
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([\w.-]+)["']""")


def parser() -> etree.XMLParser:
    """An XML parser that never loads external entities or the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


class OfficeZip:
    """A zip whose ``parts`` (name -> parsed tree) are edited in place and written back."""

    def __init__(self, data: bytes, wanted: Callable[[str], bool]) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.entries = [(info, archive.read(info)) for info in archive.infolist()]
        self.parts: dict[str, etree._ElementTree] = {}
        self._declarations: dict[str, tuple[bytes, str]] = {}
        for info, content in self.entries:
            if not info.is_dir() and wanted(info.filename):
                self.parts[info.filename] = etree.ElementTree(etree.fromstring(content, parser()))
                self._declarations[info.filename] = _declaration(content)

    def names(self) -> set[str]:
        return {info.filename for info, _ in self.entries}

    def write(self) -> bytes:
        """The zip with the edited parts serialized (declaration kept as it was) and every
        other entry's content unchanged."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", strict_timestamps=False) as archive:
            for info, content in self.entries:
                if info.filename in self.parts:
                    content = self._serialized(info.filename)
                archive.writestr(_copied_info(info), content)
        return out.getvalue()

    def _serialized(self, name: str) -> bytes:
        declaration, encoding = self._declarations[name]
        body = etree.tostring(self.parts[name], encoding=encoding, xml_declaration=False)
        return declaration + body


def _declaration(content: bytes) -> tuple[bytes, str]:
    """The part's XML declaration exactly as written (with what follows it) and its encoding."""
    match = _DECLARATION.match(content)
    if not match:
        return b"", "UTF-8"
    encoding = _ENCODING.search(match.group())
    return match.group(), encoding.group(1).decode("ascii") if encoding else "UTF-8"


def _copied_info(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A fresh entry header with the source's name, date, compression and permissions (and no
    stale sizes, flags or zip64 fields)."""
    copied = zipfile.ZipInfo(info.filename, info.date_time)
    copied.compress_type = info.compress_type
    copied.external_attr = info.external_attr
    copied.create_system = info.create_system
    copied.comment = info.comment
    return copied


@dataclass
class Piece:
    """A stretch of translated text (``void`` None) or a kept-whole thing, with the spans
    around it, outermost first (indices into the segment's tags)."""

    chain: tuple[int, ...]
    text: str = ""
    void: Tag | None = None


def pieces(segment: Segment, is_break: Callable[[Tag], bool] = lambda tag: False) -> list[Piece]:
    """``segment`` as pieces in order: each stretch of text with the spans that cover it, each
    void with the spans it stood in. Empty spans give nothing. The space put on either side of
    a break (a tab, a line break) for the model is taken off again."""
    tags = segment.tags
    depth = [len(_ancestors(tags, index)) for index in range(len(tags))]
    voids_at: dict[int, list[int]] = {}
    for index, tag in enumerate(tags):
        if tag.void:
            voids_at.setdefault(tag.start, []).append(index)
    bounds = {0, len(segment.text), *voids_at}
    for tag in tags:
        if not tag.void:
            bounds.update((tag.start, tag.end))
    out: list[Piece] = []
    positions = sorted(bounds)
    for position, following in zip(positions, positions[1:] + [None]):
        for index in voids_at.get(position, []):
            parent = tags[index].parent
            chain = (*_ancestors(tags, parent), parent) if parent is not None else ()
            out.append(Piece(chain, void=tags[index]))
        if following is None or following <= position:
            continue
        covering = [
            index
            for index, tag in enumerate(tags)
            if not tag.void and tag.start <= position and tag.end >= following
        ]
        innermost = max(covering, key=lambda index: depth[index], default=None)
        chain = (*_ancestors(tags, innermost), innermost) if innermost is not None else ()
        out.append(Piece(chain, text=segment.text[position:following]))
    _unpad(out, is_break)
    return [piece for piece in out if piece.void is not None or piece.text]


def _ancestors(tags: list[Tag], index: int | None) -> tuple[int, ...]:
    """The spans around tag ``index``, outermost first (not the tag itself)."""
    chain: list[int] = []
    parent = tags[index].parent if index is not None else None
    while parent is not None:
        chain.append(parent)
        parent = tags[parent].parent
    return tuple(reversed(chain))


def _unpad(out: list[Piece], is_break: Callable[[Tag], bool]) -> None:
    for index, piece in enumerate(out):
        if piece.void is None or not is_break(piece.void):
            continue
        if index > 0 and out[index - 1].void is None and out[index - 1].text.endswith(" "):
            out[index - 1].text = out[index - 1].text[:-1]
        if index + 1 < len(out) and out[index + 1].void is None:
            out[index + 1].text = out[index + 1].text.removeprefix(" ")


def relabel_language(
    elements: Iterable[etree._Element],
    attribute: str,
    languages: Languages,
    region: str | None = None,
) -> None:
    """Each element's ``attribute`` (Word's ``w:val`` of ``w:lang``, ODF's ``fo:language``)
    that names the source language names the target now, so the word processor checks the
    translation's spelling in its language; a ``region`` attribute beside it (ODF's
    ``fo:country``) goes, as the target's region is unknown. Text marked as a third language
    keeps its mark."""
    source, target = languages.source.lower(), languages.target
    if not (source and target):
        return
    for element in elements:
        value = element.get(attribute)
        if value and value.lower().replace("_", "-").split("-")[0] == source:
            element.set(attribute, target)
            if region is not None and region in element.attrib:
                del element.attrib[region]


def translated_paragraphs(
    paragraphs: Iterable[etree._Element],
    build: Callable[[etree._Element], Segment | None],
) -> tuple[list[etree._Element], list[Segment]]:
    """The paragraphs that have words, and their segments (``build`` returns None for one
    that is left as it is)."""
    kept: list[etree._Element] = []
    segments: list[Segment] = []
    for paragraph in paragraphs:
        segment = build(paragraph)
        if segment is not None and segment.translatable:
            kept.append(paragraph)
            segments.append(segment)
    return kept, segments
