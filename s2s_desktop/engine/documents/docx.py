"""Word documents (``.docx``): the text of every paragraph of the body (tables, nested tables,
text boxes and block content controls such as a table of contents included), the headers, the
footers, the foot- and endnotes and the comments is translated; every other part of the zip
(styles, numbering, images, settings, relationships) is copied unchanged.

In a paragraph the formatting (``w:rPr``) that holds most of its text outside links and fields
is the paragraph's base; each text run (``w:r`` holding ``w:t``, and maybe tabs, line breaks and
hyphens) in another formatting is a span (one for consecutive runs formatted alike) carried onto
the words of the translation it belongs to, as ``<b>`` is in HTML; a hyperlink, tracked
insertion, smart tag, simple HYPERLINK field, custom-XML wrapper or inline content control
(``w:sdt``, its runs in ``w:sdtContent``) is a span around its runs. Anything else is kept whole
and goes where the alignment puts it: a run with a drawing, a footnote reference or anything it
cannot split; another simple field (``AUTHOR``, ``PAGE``: Word computes its result); a complex
field (``fldChar`` begin to end, with its result, so a field is never split); an equation. A
tracked deletion's words are left out: the translation is of the text as it reads with the
changes (a tracked insertion stays one, around its translated words). A HYPERLINK field whose
result is text runs is a span around them, as a link is (its code before them, its end after).
A complex field that goes on past its paragraph (a table of contents, begun in its first entry)
keeps its code (begin to ``separate``) whole, at the paragraph's start where nothing is before
it, and its result is read as the paragraph's text.

On writing, the paragraph properties (``w:pPr``) stay first and the runs are rebuilt: each
stretch of translated text becomes a run with a copy of its source run's properties and
attributes (text outside every span: the base run's), inside a copy of its hyperlink (same
``r:id``; consecutive stretches share one). Bookmarks, comment ranges and other zero-width
markers keep their order: those before the paragraph's first word stay at its start, the others
go to its end (so a bookmark that covered some words now covers to the end of the paragraph), but
a comment's range starts at the paragraph's start and its mark follows the range's end: a comment
covers its whole paragraph rather than nothing. Spelling marks (``w:proofErr``) and page-break
hints (``w:lastRenderedPageBreak``) are dropped. Paragraphs without letters are left exactly as
they were.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.office_zip import (
    OfficeZip,
    Piece,
    pieces,
    relabel_language,
    translated_paragraphs,
)
from s2s_desktop.engine.documents.segments import Segment, SegmentBuilder, Tag
from s2s_desktop.engine.wording import translate

MAIN = "word/document.xml"
STYLES = "word/styles.xml"  # read for its default language only
_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
WRAPPERS = frozenset(
    ["hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "dir", "bdo", "sdt"]
)
LINKS = frozenset(("hyperlink", "fldSimple"))  # their runs' formatting is never the base
MARKERS = frozenset(
    [
        "bookmarkStart",
        "bookmarkEnd",
        "commentRangeStart",
        "commentRangeEnd",
        "permStart",
        "permEnd",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
    ]
)
DROPPED = frozenset(("proofErr", "lastRenderedPageBreak"))
# A tracked deletion's source words: the translation is of the text as it reads now, and they
# would stay in the source language among its words (rejecting the changes mixed the two).
DELETED = frozenset(("del", "moveFrom"))
RUN_BREAKS = frozenset(("tab", "br", "cr"))  # a word boundary for the model
RUN_VOIDS = frozenset(("noBreakHyphen", "softHyphen", "sym"))  # kept inside the run
RUN_TEXT = frozenset(("rPr", "t", *RUN_BREAKS, *RUN_VOIDS, *DROPPED))


def _name(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


@dataclass
class _Layout:
    """What stays around a paragraph's rebuilt runs."""

    properties: etree._Element | None
    base: etree._Element | None = None  # a run in the paragraph's most used formatting
    lead: list[etree._Element] = field(default_factory=list)
    tail: list[etree._Element] = field(default_factory=list)


@dataclass
class _Field:
    """A complex field's elements (``fldChar`` begin to end), kept whole so a field is never
    split; ``continues``: only its code (begin to ``separate``), as its result goes on past the
    paragraph and is read as text (a table of contents, begun in its first entry)."""

    elements: list[etree._Element]
    continues: bool = False


class _Reader:
    """One paragraph's segment: runs and wrappers as spans, the rest as voids or markers."""

    def __init__(self, paragraph: etree._Element, w: str) -> None:
        self.w = w
        self.builder = SegmentBuilder()
        self.layout = _Layout(paragraph.find(f"{{{w}}}pPr"))
        self.seen_text = False
        self.layout.base = _base_run(paragraph, w)
        base = self.layout.base
        self.base_key = _key(base, w) if base is not None else None
        self.open_run: tuple[bytes, int] | None = None  # formatting, tag of the open run span

    def read(self, paragraph: etree._Element) -> Segment | None:
        self._walk(paragraph)
        self._close_run()
        return None if self.builder.empty else self.builder.finish()

    def _walk(self, container: etree._Element) -> None:
        self._read_children(list(container))

    def _read_children(self, children: list[etree._Element]) -> None:
        for child in _grouped(children, self.w):
            if isinstance(child, _Field):
                self._field(child)
                continue
            name = _name(child)
            content = _content(child, self.w)
            if child is self.layout.properties or name in DROPPED or name in DELETED:
                continue
            elif name == "r" and self._is_text_run(child):
                self._run(child)
            elif name in WRAPPERS and content is not None and not _computed(child, self.w):
                self._close_run()
                index = self.builder.open(("wrap", child))
                self._walk(content)
                self._close_run()
                self.builder.close(index)
            elif name in MARKERS or (name == "r" and _is_comment_mark(child)):
                # Before the first word: stays there; after it: at the end, but for a
                # comment's start, which goes first (the comment covers its paragraph).
                at_start = not self.seen_text or name == "commentRangeStart"
                (self.layout.lead if at_start else self.layout.tail).append(child)
            else:
                self._close_run()
                self.builder.void(("whole", [child]))

    def _field(self, field_: _Field) -> None:
        """A field kept whole where the alignment puts it; the code of one whose result goes
        on past the paragraph stays at its start if nothing comes before it there; a link's
        result is translated (a span)."""
        self._close_run()
        result = _link_result(field_, self.w)
        if result is not None:
            separate = len(field_.elements) - len(result) - 1
            index = self.builder.open(("field", field_.elements[:separate], field_.elements[-1:]))
            self._read_children(result)
            self._close_run()
            self.builder.close(index)
        elif field_.continues and self.builder.empty:
            self.layout.lead.extend(field_.elements)
        else:
            self.builder.void(("whole", field_.elements))

    @staticmethod
    def _is_text_run(run: etree._Element) -> bool:
        names = [_name(child) for child in run]
        return all(name in RUN_TEXT for name in names) and any(
            name not in ("rPr", *DROPPED) for name in names
        )

    def _close_run(self) -> None:
        if self.open_run is not None:
            self.builder.close(self.open_run[1])
            self.open_run = None

    def _run(self, run: etree._Element) -> None:
        """A run's text: outside any span in the paragraph's base formatting, else in a span
        (one for consecutive runs formatted alike)."""
        key = _key(run, self.w)
        if key == self.base_key:
            self._close_run()
        elif self.open_run is None or self.open_run[0] != key:
            self._close_run()
            self.open_run = (key, self.builder.open(("run", run)))
        for child in run:
            name = _name(child)
            if name == "t":
                self.builder.text(child.text or "")
                self.seen_text = self.seen_text or bool((child.text or "").strip())
            elif name in RUN_BREAKS:
                self.builder.text(" ")
                self.builder.void(("break", child), separates=True)
                self.builder.text(" ")
            elif name in RUN_VOIDS:
                self.builder.void(("inrun", child))


def _is_comment_mark(run: etree._Element) -> bool:
    """A run that holds only a comment's mark: in the text, it follows the comment's range to
    the end; in the comment (``annotationRef``), it stays before its words, with no space."""
    names = {_name(child) for child in run} - {"rPr"}
    return names in ({"commentReference"}, {"annotationRef"})


class _Writer:
    """Rebuilds one paragraph's runs from its translated segment."""

    def __init__(
        self, paragraph: etree._Element, segment: Segment, w: str, fresh_id: Callable[[], str]
    ) -> None:
        self.paragraph = paragraph
        self.tags = segment.tags
        self.w = w
        self.fresh_id = fresh_id
        self.copied: set[int] = set()  # the wrappers copied so far
        self.pieces = pieces(segment, _is_break)
        self.stack: list[tuple[int, etree._Element]] = []  # wrapper tag index, its copy
        self.run: tuple[int | None, etree._Element] | None = None  # source run tag, new run

    def write(self, layout: _Layout) -> None:
        for child in list(self.paragraph):
            if child is not layout.properties:
                self.paragraph.remove(child)
        self.paragraph.extend(layout.lead)
        for piece in self.pieces:
            self._enter([i for i in piece.chain if self.tags[i].data[0] in ("wrap", "field")])
            container = self.stack[-1][1] if self.stack else self.paragraph
            if not _in_run(piece):
                container.extend(piece.void.data[1])  # type: ignore[union-attr]
                self.run = None
                continue
            run = piece.chain[-1] if piece.chain else None
            source = self.tags[run].data[1] if run is not None else layout.base
            if run is not None and self.tags[run].data[0] != "run":  # text in a wrapper only
                run, source = None, layout.base
            target = self._run_element(run, source, container)
            if piece.void is None or isinstance(piece.void.data, str):
                self._text(target, piece.text if piece.void is None else piece.void.data)
            else:
                target.append(piece.void.data[1])
        self._leave(0)
        self.paragraph.extend(layout.tail)

    def _enter(self, wrappers: list[int]) -> None:
        """Close the wrapper copies not around the next piece and open the missing ones."""
        keep = 0
        while (
            keep < len(self.stack)
            and keep < len(wrappers)
            and self.stack[keep][0] == wrappers[keep]
        ):
            keep += 1
        self._leave(keep)
        for index in wrappers[keep:]:
            container = self.stack[-1][1] if self.stack else self.paragraph
            if self.tags[index].data[0] == "field":  # its code, then its runs beside it
                container.extend(copy.deepcopy(e) for e in self.tags[index].data[1])
                self.stack.append((index, container))
                self.run = None
                continue
            source = self.tags[index].data[1]
            attributes = dict(source.attrib)
            if index in self.copied and f"{{{self.w}}}id" in attributes:
                # A tracked change the translation splits: each part is a revision of its own
                # (Word wants revision ids unique).
                attributes[f"{{{self.w}}}id"] = self.fresh_id()
            self.copied.add(index)
            copied = etree.SubElement(container, source.tag, attributes)
            copied.extend(copy.deepcopy(c) for c in source if _name(c).endswith("Pr"))
            content = _content(source, self.w)
            if content is not None and content is not source:  # a content control's sdtContent
                copied = etree.SubElement(copied, content.tag, dict(content.attrib))
            self.stack.append((index, copied))
            self.run = None

    def _leave(self, keep: int) -> None:
        """Close the spans open beyond the first ``keep``, innermost first: a field gets its
        end."""
        while len(self.stack) > keep:
            index, container = self.stack.pop()
            if self.tags[index].data[0] == "field":
                container.extend(copy.deepcopy(e) for e in self.tags[index].data[2])
            self.run = None

    def _run_element(
        self, run: int | None, source: etree._Element | None, container: etree._Element
    ) -> etree._Element:
        """The run the next text goes in: the current one if it has the same source and place,
        else a new one with the source run's attributes and a copy of its properties."""
        if self.run is not None and self.run[0] == run and self.run[1].getparent() is container:
            return self.run[1]
        attributes = dict(source.attrib) if source is not None else {}
        element = etree.SubElement(container, f"{{{self.w}}}r", attributes)
        properties = source.find(f"{{{self.w}}}rPr") if source is not None else None
        if properties is not None:
            element.append(copy.deepcopy(properties))
        self.run = (run, element)
        return element

    def _text(self, run: etree._Element, text: str) -> None:
        last = run[-1] if len(run) else None
        if last is not None and _name(last) == "t":
            last.text = (last.text or "") + text
            return
        element = etree.SubElement(run, f"{{{self.w}}}t")
        element.set(_XML_SPACE, "preserve")
        element.text = text


def _content(element: etree._Element, w: str) -> etree._Element | None:
    """Where a wrapper's runs are: in itself, or in a content control's ``sdtContent``."""
    if _name(element) != "sdt":
        return element
    return element.find(f"{{{w}}}sdtContent")


def _field_marks(element: etree._Element, w: str) -> list[str]:
    """The ``fldCharType``s (begin, separate, end) of a run's field characters, in order."""
    if _name(element) != "r":
        return []
    return [mark.get(f"{{{w}}}fldCharType", "") for mark in element.iter(f"{{{w}}}fldChar")]


def _computed(element: etree._Element, w: str) -> bool:
    """Whether ``element`` is a simple field whose result Word computes (AUTHOR, PAGE, REF…):
    kept whole, or its next update would replace the words translated into it. A HYPERLINK
    field's result is its link's words, translated."""
    if _name(element) != "fldSimple":
        return False
    return (element.get(f"{{{w}}}instr") or "").upper().split()[:1] != ["HYPERLINK"]


def _link_result(field_: _Field, w: str) -> list[etree._Element] | None:
    """The result runs of a HYPERLINK field that holds nothing but text runs between its
    ``separate`` and its ``end``, else None (a field kept whole)."""
    elements = field_.elements
    marks = [_field_marks(element, w) for element in elements]
    if field_.continues or marks[-1] != ["end"] or sum(map(len, marks)) != 3:
        return None
    separate = next((i for i, found in enumerate(marks) if found == ["separate"]), -1)
    code = "".join(t.text or "" for e in elements[:separate] for t in e.iter(f"{{{w}}}instrText"))
    result = elements[separate + 1 : -1]
    if separate < 1 or code.upper().split()[:1] != ["HYPERLINK"] or not result:
        return None  # field codes are read in any case
    for element in (elements[separate], elements[-1]):
        if element.find(f"{{{w}}}t") is not None:
            return None
    # Text runs, and the spelling marks and bookmarks Word puts among them.
    if all(
        _name(e) in DROPPED or _name(e) in MARKERS or (_name(e) == "r" and _Reader._is_text_run(e))
        for e in result
    ):
        return result
    return None


def _grouped(children: list[etree._Element], w: str) -> list[etree._Element | _Field]:
    """``children`` with each complex field among them gathered into one ``_Field``. Of a
    field that goes on past them, only the code (to its own ``separate``) is gathered: what
    follows is its result, read as the others are."""
    out: list[etree._Element | _Field] = []
    field_: list[etree._Element] = []
    depth, code_end = 0, -1  # code_end: the index in field_ of the field's own separate
    for child in children:
        marks = _field_marks(child, w)
        if not field_ and marks.count("begin") <= marks.count("end"):
            out.append(child)
            continue
        field_.append(child)
        for mark in marks:
            if mark == "separate" and depth == 1 and code_end < 0:
                code_end = len(field_) - 1
            depth += 1 if mark == "begin" else -1 if mark == "end" else 0
        if depth <= 0:
            out.append(_Field(field_))
            field_, depth, code_end = [], 0, -1
    if field_ and code_end < 0:  # its code goes on too: all kept whole
        out.append(_Field(field_))
    elif field_:
        out.append(_Field(field_[: code_end + 1], continues=True))
        out.extend(_grouped(field_[code_end + 1 :], w))
    return out


def _text_runs(container: etree._Element, w: str, everywhere: bool) -> list[etree._Element]:
    """The text runs of a paragraph, directly in it or in its wrappers (not in text boxes);
    in links and fields too only ``everywhere``."""
    children = list(container) if everywhere else _grouped(list(container), w)
    runs: list[etree._Element] = []
    for child in children:
        if isinstance(child, _Field):
            continue
        name, content = _name(child), _content(child, w)
        if name == "r" and _Reader._is_text_run(child):
            runs.append(child)
        elif name in WRAPPERS and content is not None and (everywhere or name not in LINKS):
            runs.extend(_text_runs(content, w, everywhere))
    return runs


def _key(run: etree._Element, w: str) -> bytes:
    """A run's formatting, to compare: its properties as XML."""
    properties = run.find(f"{{{w}}}rPr")
    return b"" if properties is None else etree.tostring(properties, method="c14n")


def _base_run(paragraph: etree._Element, w: str) -> etree._Element | None:
    """A run in the formatting that holds most of the paragraph's text outside links and
    fields (else anywhere): its runs are written without a span, and words the alignment
    leaves outside every span take it (a long link's style would spread onto them)."""
    length: dict[bytes, int] = {}
    first: dict[bytes, etree._Element] = {}
    runs = _text_runs(paragraph, w, everywhere=False) or _text_runs(paragraph, w, everywhere=True)
    for run in runs:
        key = _key(run, w)
        text = "".join(t.text or "" for t in run.iter(f"{{{w}}}t"))
        length[key] = length.get(key, 0) + len(text)
        first.setdefault(key, run)
    if not length:
        return None
    return first[max(length, key=lambda key: length[key])]


def _in_run(piece: Piece) -> bool:
    """Whether a piece goes inside a run (text, a placeholder, a tab) or stands alone."""
    if piece.void is None or isinstance(piece.void.data, str):
        return True
    return piece.void.data[0] in ("break", "inrun")


def _is_break(tag: Tag) -> bool:
    return isinstance(tag.data, tuple) and tag.data[0] == "break"


class DocxDocument:
    def __init__(self, data: bytes) -> None:
        self.zip = OfficeZip(data, lambda name: bool(_PARTS.fullmatch(name)) or name == STYLES)
        if MAIN not in self.zip.parts:
            # Said with the file's name as why it cannot be read (``job._opened``).
            raise ValueError(
                translate(
                    "documents_docx",
                    "it is not a Word document (it has no {part}); open it in Word and save it "
                    "as .docx",
                ).format(part=MAIN)
            )
        self.paragraphs: list[tuple[etree._Element, _Layout, str]] = []
        self.segments: list[Segment] = []
        order = sorted(set(self.zip.parts) - {STYLES}, key=lambda name: (name != MAIN, name))
        for name in order:
            root = self.zip.parts[name].getroot()
            w = etree.QName(root).namespace or ""
            layouts: dict[etree._Element, _Layout] = {}

            def build(paragraph: etree._Element, w: str = w, layouts: dict = layouts) -> Segment:
                reader = _Reader(paragraph, w)
                segment = reader.read(paragraph)
                layouts[paragraph] = reader.layout
                return segment  # type: ignore[return-value]

            kept, segments = translated_paragraphs(list(root.iter(f"{{{w}}}p")), build)
            self.paragraphs.extend((p, layouts[p], w) for p in kept)
            self.segments.extend(segments)

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        fresh = itertools.count(1 + max(self._ids(), default=0))
        for (paragraph, layout, w), segment in zip(self.paragraphs, translated):
            _Writer(paragraph, segment, w, lambda: str(next(fresh))).write(layout)
        for tree in self.zip.parts.values():  # the styles' default language and the runs'
            w = etree.QName(tree.getroot()).namespace
            relabel_language(tree.getroot().iter(f"{{{w}}}lang"), f"{{{w}}}val", languages)
        return self.zip.write()

    def _ids(self) -> list[int]:
        """Every numeric ``w:id`` in the document's parts (revisions, comments, bookmarks)."""
        found = []
        for tree in self.zip.parts.values():
            w = etree.QName(tree.getroot()).namespace
            for element in tree.getroot().iter():
                value = element.get(f"{{{w}}}id")
                if value is not None and value.lstrip("-").isdigit():
                    found.append(int(value))
        return found


def open_document(data: bytes, encoding: str) -> DocxDocument:
    return DocxDocument(data)
