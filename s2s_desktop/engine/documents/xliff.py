"""XLIFF 1.2 and 2.0 (``.xlf``, ``.xliff``), the exchange format of translation tools: each unit's
``source`` is a segment and its translation becomes the ``target``, marked for review.

XLIFF 1.2: every ``trans-unit`` (not ``translate="no"``, itself or its ``group``) without a
target, or with an empty one, gets ``<target state="needs-review-translation">`` after its
``source``; the ``file``'s ``target-language`` is set when missing. A unit split into sentences
by ``seg-source`` (``<mrk mtype="seg">``) is translated from its ``source`` as a whole and its
``seg-source`` is left as it was. XLIFF 2.0: every ``unit``'s ``segment`` likewise, with
``state="translated"`` (translated, not yet reviewed) and the root's ``trgLang`` set when missing.
A target that already has text is kept.

Inline codes: spans (1.2 ``g``, ``mrk``; 2.0 ``pc``, ``mrk``) and pairs of codes (1.2
``bpt``/``ept``, ``bx``/``ex``; 2.0 ``sc``/``ec``) go around the words of the translation
aligned with the words they held, attributes kept, so an end never comes before its start; the
rest (1.2 ``x``, ``ph``, ``it``; 2.0 ``ph``, ``cp``, ``sm``, ``em``, an isolated code) and a
marker that says not to translate (``mtype="protected"``, ``translate="no"``) are copied whole
to where the alignment puts them; one between two letters is a space for the model. lxml
parses without resolving entities or reaching the network; the output keeps the original XML
declaration and encoding; whitespace inside a source is made single spaces in its target.
"""

from __future__ import annotations

import codecs
import copy
import re

from lxml import etree

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.segments import Segment, SegmentBuilder, written_parents
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
        self.sources: list[etree._Element] = []
        self.segments: list[Segment] = []
        if namespace == NS_20:
            holders = tree.getroot().iter(f"{{{NS_20}}}segment")
        else:
            holders = tree.getroot().iter(f"{{{namespace}}}trans-unit")
        for holder in holders:
            source = holder.find(f"{{{namespace}}}source")
            if source is None or not _translatable(holder) or _has_text(self._target(holder)):
                continue
            self.sources.append(source)
            self.segments.append(_segment(source, SPANS.get(namespace, SPANS[NS_12])))

    def _target(self, holder: etree._Element) -> etree._Element | None:
        return holder.find(f"{{{self.namespace}}}target")

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        for source, segment in zip(self.sources, translated):
            target = self._new_target(source, languages.target)
            _build(target, segment, None, 0, len(segment.text))
            holder = source.getparent()
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

    def _new_target(self, source: etree._Element, language: str) -> etree._Element:
        """The unit's target emptied (its attributes kept), or a new one after ``source``
        (and its ``seg-source``)."""
        holder = source.getparent()
        target = self._target(holder)
        if target is not None:
            target.text = None
            for child in list(target):
                target.remove(child)
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


def _translatable(element: etree._Element) -> bool:
    """Whether the nearest ``translate`` attribute on ``element`` or around it allows it."""
    for node in (element, *element.iterancestors()):
        value = node.get("translate")
        if value is not None:
            return value.strip().lower() != "no"
    return True


def _has_text(target: etree._Element | None) -> bool:
    return target is not None and bool("".join(target.itertext()).strip() or len(target))


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _segment(source: etree._Element, spans: frozenset[str]) -> Segment:
    builder = SegmentBuilder()
    _add(builder, source, spans)
    return builder.finish()


def _add(builder: SegmentBuilder, element: etree._Element, spans: frozenset[str]) -> None:
    """``element``'s content into ``builder``: its text, spans around theirs, a pair of codes
    (1.2 ``bpt``/``ept``, ``bx``/``ex``; 2.0 ``sc``/``ec``) around the words between them, the
    rest whole."""
    builder.text(element.text or "")
    children = list(element)
    closing: dict[int, int] = {}  # an end code's position among children -> its span
    for position, child in enumerate(children):
        end = _pair_end(children, position, set(closing))
        if not isinstance(child.tag, str):  # a comment or processing instruction: dropped
            pass
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
