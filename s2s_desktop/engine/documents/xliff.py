"""XLIFF 1.2 and 2.0 (``.xlf``, ``.xliff``), the exchange format of translation tools: each unit's
``source`` is a segment and its translation becomes the ``target``, marked for review.

XLIFF 1.2: every ``trans-unit`` (not ``translate="no"``, itself or its ``group``) without a
target, or with an empty one, gets ``<target state="needs-review-translation">`` after its
``source``; the ``file``'s ``target-language`` is set when missing. A unit split into sentences
by ``seg-source`` (``<mrk mtype="seg" mid="…">``, as Trados and memoQ write them) is translated
sentence by sentence: each empty marker of its target is filled with the translation of the
source marker with its ``mid``, and a missing or empty target is written as the ``seg-source``
with each marker holding its translation, as segment-based tools read it. XLIFF 2.0: every
``unit``'s ``segment`` likewise, with ``state="translated"`` (translated, not yet reviewed) and
the root's ``trgLang`` set when missing. A target (or a target's marker) that already has text
or a code is kept; one of only empty markers is empty.

Inline codes: spans (1.2 ``g``, ``mrk``; 2.0 ``pc``, ``mrk``) and pairs of codes (1.2
``bpt``/``ept``, ``bx``/``ex``; 2.0 ``sc``/``ec``) go around the words of the translation
aligned with the words they held, attributes kept, so an end never comes before its start; the
rest (1.2 ``x``, ``ph``, ``it``; 2.0 ``ph``, ``cp``, ``sm``, ``em``, an isolated code) and a
marker that says not to translate (``mtype="protected"``, ``translate="no"``) are copied whole
to where the alignment puts them; one between two letters is a space for the model. lxml parses
without resolving entities or reaching the network, so an entity declared in the file's DOCTYPE
(``&prod;``) is kept as its reference, a placeholder the model never sees; the output keeps the
original XML declaration, DOCTYPE and encoding. Whitespace inside a source is made single spaces
in its target, and the whitespace at its two ends is kept (a UI string's trailing space still
parts it from what follows).
"""

from __future__ import annotations

import codecs
import copy
import re

from lxml import etree

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.segments import (
    Segment,
    SegmentBuilder,
    edges,
    written_parents,
)
from s2s_desktop.engine.wording import translate

NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_20 = "urn:oasis:names:tc:xliff:document:2.0"
_OLDER = ("urn:oasis:names:tc:xliff:document:1.1", "urn:oasis:names:tc:xliff:document:1.0")
SPANS = {NS_12: frozenset({"g", "mrk"}), NS_20: frozenset({"pc", "mrk"})}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DECLARATION = re.compile(rb"^(\xef\xbb\xbf)?(<\?xml[^>]*\?>)")


class XliffDocument:
    def __init__(self, tree: etree._ElementTree, namespace: str, declaration: bytes) -> None:
        self.tree = tree
        self.namespace = namespace
        self.declaration = declaration  # the original "<?xml …?>" (with a BOM), or b""
        # (unit's source, what was read: that source or one of its seg-source's markers)
        self.slots: list[tuple[etree._Element, etree._Element]] = []
        self.segments: list[Segment] = []
        self.declared = _declared(tree.getroot(), namespace)
        if namespace == NS_20:
            holders = tree.getroot().iter(f"{{{NS_20}}}segment")
        else:
            holders = tree.getroot().iter(f"{{{namespace}}}trans-unit")
        for holder in holders:
            source = holder.find(f"{{{namespace}}}source")
            if source is None or not _translatable(holder):
                continue
            for read in self._untranslated(holder, source):
                self.slots.append((source, read))
                self.segments.append(_segment(read, SPANS.get(namespace, SPANS[NS_12])))

    def _target(self, holder: etree._Element) -> etree._Element | None:
        return holder.find(f"{{{self.namespace}}}target")

    def _seg_markers(self, element: etree._Element | None) -> list[etree._Element]:
        """The sentence markers (1.2 ``<mrk mtype="seg">``) in ``element``, in order."""
        if element is None:
            return []
        markers = element.iter(f"{{{self.namespace}}}mrk")
        return [marker for marker in markers if marker.get("mtype") == "seg"]

    def _untranslated(self, holder: etree._Element, source: etree._Element) -> list[etree._Element]:
        """What of a unit is to be translated: its ``source`` when its target is empty, or,
        for a unit split by ``seg-source``, each marker whose target marker is empty or
        missing (a target with text but no markers is a translation: kept)."""
        target = self._target(holder)
        markers = self._seg_markers(holder.find(f"{{{self.namespace}}}seg-source"))
        targets = self._seg_markers(target)
        if not markers or (not targets and _has_text(target)):
            return [] if _has_text(target) else [source]
        done = {marker.get("mid") for marker in targets if _has_text(marker)}
        return [marker for marker in markers if marker.get("mid") not in done]

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        for (source, read), segment in zip(self.slots, translated):
            holder = source.getparent()
            if read is source:
                target = self._new_target(source, languages.target)
                _fill(target, segment, read)
            else:
                target = self._segmented_target(source, languages.target)
                _fill(self._target_marker(target, read), segment, read)
            if self.namespace == NS_20:
                holder.set("state", "translated")
            else:
                target.set("state", "needs-review-translation")
                file = next(holder.iterancestors(f"{{{self.namespace}}}file"), None)
                if file is not None and languages.target and not file.get("target-language"):
                    file.set("target-language", languages.target)
        root = self.tree.getroot()
        if self.namespace == NS_20 and languages.target and not root.get("trgLang"):
            root.set("trgLang", languages.target)
        return self._serialized()

    def _segmented_target(self, source: etree._Element, language: str) -> etree._Element:
        """The target of a unit split by ``seg-source``: its own when it has markers, else a
        new (or emptied) one holding the ``seg-source``'s content with each marker empty."""
        target = self._target(source.getparent())
        if target is not None and self._seg_markers(target):
            return target
        target = self._new_target(source, language)
        mirror = copy.deepcopy(source.getparent().find(f"{{{self.namespace}}}seg-source"))
        for marker in self._seg_markers(mirror):
            _emptied(marker)
        target.text = mirror.text
        target.extend(list(mirror))
        return target

    def _target_marker(self, target: etree._Element, marker: etree._Element) -> etree._Element:
        """The target's marker with ``marker``'s ``mid``, emptied; added at the target's end
        where it has none, so no sentence's translation is lost."""
        mid = marker.get("mid")
        found = next((m for m in self._seg_markers(target) if m.get("mid") == mid), None)
        if found is None:
            return etree.SubElement(target, marker.tag, attrib=dict(marker.attrib))
        return _emptied(found)

    def _new_target(self, source: etree._Element, language: str) -> etree._Element:
        """The unit's target emptied (its attributes kept), or a new one after ``source``
        (and its ``seg-source``)."""
        holder = source.getparent()
        target = self._target(holder)
        if target is not None:
            _emptied(target)
        else:
            # After the source, or after its sentences (1.2's ``seg-source``), as the schema
            # orders them.
            anchor = holder.find(f"{{{self.namespace}}}seg-source")
            anchor = source if anchor is None else anchor
            target = etree.Element(f"{{{self.namespace}}}target")
            before = source.getprevious()
            indent = holder.text if before is None else before.tail
            target.tail = anchor.tail
            anchor.addnext(target)
            if indent is not None and not indent.strip():
                anchor.tail = indent
        if source.get(_XML_LANG) and language:
            target.set(_XML_LANG, language)
        return target

    def _serialized(self) -> bytes:
        encoding = self.tree.docinfo.encoding or "UTF-8"
        wide = codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
        if wide or not self.declaration:
            return etree.tostring(self.tree, encoding=encoding, xml_declaration=wide)
        body = etree.tostring(self.tree, encoding=encoding, xml_declaration=False)
        return self.declaration + b"\n" + body


def _declared(root: etree._Element, namespace: str) -> list[Languages]:
    """The languages the file says it holds: 2.0's ``srcLang``/``trgLang``, each 1.2 ``file``'s
    ``source-language``/``target-language`` ("" where one is not said)."""
    if namespace == NS_20:
        return [Languages(root.get("srcLang", ""), root.get("trgLang", ""))]
    return [
        Languages(file.get("source-language", ""), file.get("target-language", ""))
        for file in root.iter(f"{{{namespace}}}file")
    ]


def _translatable(element: etree._Element) -> bool:
    """Whether the nearest ``translate`` attribute on ``element`` or around it allows it."""
    for node in (element, *element.iterancestors()):
        value = node.get("translate")
        if value is not None:
            return value.strip().lower() != "no"
    return True


def _has_text(target: etree._Element | None) -> bool:
    """Whether ``target`` holds a translation: text or a code (a sentence that is only an
    image is translated) anywhere in it; markers with nothing in them (a segmenting tool's
    ``<mrk mtype="seg" mid="1"/>``) are an empty target, still to be filled."""
    if target is None:
        return False
    if "".join(target.itertext()).strip():
        return True
    return any(_local(node) != "mrk" for node in target.iterdescendants())


def _emptied(element: etree._Element) -> etree._Element:
    """``element`` with its text and children removed (its attributes and tail kept)."""
    element.text = None
    for child in list(element):
        element.remove(child)
    return element


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _segment(source: etree._Element, spans: frozenset[str]) -> Segment:
    builder = SegmentBuilder()
    _add(builder, source, spans)
    return builder.finish()


def _add(builder: SegmentBuilder, element: etree._Element, spans: frozenset[str]) -> None:
    """``element``'s content into ``builder``: its text, spans around theirs, a pair of codes
    (1.2 ``bpt``/``ept``, ``bx``/``ex``; 2.0 ``sc``/``ec``) around the words between them, the
    rest (an entity reference too) whole."""
    builder.text(element.text or "")
    children = list(element)
    closing: dict[int, int] = {}  # an end code's position among children -> its span
    for position, child in enumerate(children):
        end = _pair_end(children, position, set(closing))
        if isinstance(child, (etree._Comment, etree._ProcessingInstruction)):  # dropped
            pass
        elif isinstance(child, etree._Entity):  # "&prod;": a placeholder, in the word it touches
            builder.void(child)
        elif _local(child) in spans and _translatable_marker(child):
            index = builder.open(child)
            _add(builder, child, spans)
            builder.close(index)
        elif end is not None:
            closing[end] = builder.open((child, children[end]))
        elif position in closing:
            builder.close(closing.pop(position))
        else:
            builder.void(child, separates=_between_letters(element, children, position))
        builder.text(child.tail or "")


_PAIRS = {"bpt": ("ept", "id", "id"), "bx": ("ex", "id", "rid"), "sc": ("ec", "id", "startRef")}


def _pair_end(children: list[etree._Element], position: int, taken: set[int]) -> int | None:
    """The position of the code that ends the one at ``position`` (a ``bpt``'s ``ept``, an
    ``sc``'s ``ec``) among the same parent's children, not one ``taken`` by an earlier start
    (two starts with one id: the second stays whole); None for any other element."""
    start = children[position]
    if _local(start) not in _PAIRS or start.get("isolated") == "yes":
        return None
    name, key, reference = _PAIRS[_local(start)]
    identity = start.get(key)
    if identity is None:
        return None
    return next(
        (
            later
            for later in range(position + 1, len(children))
            if later not in taken
            and _local(children[later]) == name
            and children[later].get(reference) == identity
        ),
        None,
    )


def _between_letters(element: etree._Element, children: list, position: int) -> bool:
    """Whether a code stands right between two letters ("dog<x/>a bird"): a line break or
    an image, for the model a space (a code inside a word is rare in exported units)."""
    before = children[position - 1].tail if position else element.text
    after = children[position].tail
    return bool(before and after and before[-1].isalnum() and after[0].isalnum())


def _translatable_marker(element: etree._Element) -> bool:
    return element.get("mtype") != "protected" and element.get("translate") != "no"


def _fill(element: etree._Element, segment: Segment, read: etree._Element) -> None:
    """``element`` (empty) filled with ``segment``, the translation of ``read``, between the
    whitespace that stood at ``read``'s two ends (the model's text has none there); blank
    text after ``read``'s last code is all its end."""
    first = read.text or ""
    last = (read[-1].tail or "") if len(read) else first
    lead = edges(first)[0]
    trail = edges(last)[2]
    if len(read) and not last.strip():
        trail = last
    _build(element, segment, None, 0, len(segment.text))
    element.text = lead + (element.text or "")
    _append_text(element, trail)


def _build(
    element: etree._Element, segment: Segment, parent: int | None, start: int, end: int
) -> None:
    """``segment.text[start:end]`` into ``element``, with the tags whose parent is ``parent``
    (and theirs, recursively) rebuilt in it."""
    tags = segment.tags
    parents = written_parents(segment)
    children = sorted(
        (i for i in range(len(tags)) if parents[i] == parent), key=lambda i: (tags[i].start, i)
    )
    cursor = start
    for index in children:
        tag = tags[index]
        at = min(max(tag.start, cursor), end)
        _append_text(element, segment.text[cursor:at])
        cursor = at
        if tag.void and isinstance(tag.data, str):  # a placeholder of the text: text again
            _append_text(element, tag.data)
            continue
        if tag.void:
            element.append(_copied(tag.data))
            continue
        close = min(max(tag.end, at), end)
        if isinstance(tag.data, tuple):  # a pair of codes: around the words, in this element
            element.append(_copied(tag.data[0]))
            _build(element, segment, index, at, close)
            element.append(_copied(tag.data[1]))
            cursor = close
            continue
        child = etree.SubElement(element, tag.data.tag, attrib=dict(tag.data.attrib))
        _build(child, segment, index, at, close)
        cursor = close
    _append_text(element, segment.text[cursor:end])


def _copied(code: etree._Element) -> etree._Element:
    copied = copy.deepcopy(code)
    copied.tail = None
    return copied


def _append_text(element: etree._Element, text: str) -> None:
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def open_document(data: bytes, encoding: str) -> XliffDocument:  # noqa: ARG001 (XML says)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(data, parser)
    namespace = etree.QName(root).namespace or ""
    if etree.QName(root).localname != "xliff" or namespace not in (NS_12, NS_20, *_OLDER):
        # A sentence for the user: ``job`` shows it as why the file cannot be read as XLIFF.
        raise ValueError(
            translate(
                "documents_xliff",
                "its root element is <{element}> in {namespace}, not XLIFF 1.2's or 2.0's <xliff>",
            ).format(
                element=etree.QName(root).localname,
                namespace=namespace or translate("documents_xliff", "no namespace"),
            )
        )
    declared = _DECLARATION.match(data)
    declaration = (declared.group(1) or b"") + declared.group(2) if declared else b""
    return XliffDocument(root.getroottree(), namespace, declaration)
