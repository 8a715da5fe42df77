"""Streaming reader for TMX translation memories (TMX 1.4, and TMX 1.1's ``lang`` attribute).

Translation memories exported from CAT tools can be gigabytes, so units are read one at a time
and thrown away once handed out. Parsing goes through defusedxml, which refuses entity
declarations: a hostile file cannot expand into gigabytes of text ("billion laughs").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Inline elements that wrap the original document's formatting codes (e.g. "<b>"), not text.
# Their content is dropped; the text after them (their tail) belongs to the sentence.
_NATIVE_CODE = frozenset({"bpt", "ept", "ph", "it", "ut"})


def read_units(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Yield each ``<tu>`` as ``(language attribute, segment text)`` per ``<tuv>``, in file order.

    Languages are returned as written in the file (``en-US``); the caller normalizes them.
    A ``<tuv>`` without a language or a ``<seg>`` is left out.
    """
    try:
        with path.open("rb") as stream:
            open_elements: list[Element] = []
            for event, element in iterparse(stream, events=("start", "end")):
                if event == "start":
                    open_elements.append(element)
                    continue
                open_elements.pop()
                if _local(element.tag) != "tu":
                    continue
                yield _variants(element)
                # Detach the finished unit so memory stays flat however long the file is.
                element.clear()
                if open_elements:
                    open_elements[-1].remove(element)
    except ParseError as error:
        line = error.position[0]
        raise UserError(
            translate(
                "tmx",
                "{path} is not well-formed XML (line {line}); fix the file or move it out of the "
                "data folder.",
            ).format(path=path, line=line)
        ) from None
    except DefusedXmlException:
        raise UserError(
            translate(
                "tmx",
                "{path} declares XML entities or external references, which are refused for "
                "safety; remove its DOCTYPE block or export the translation memory again.",
            ).format(path=path)
        ) from None
    except OSError as error:
        raise UserError(
            translate(
                "tmx", "Cannot read {path} ({reason}); check that it exists and is readable."
            ).format(path=path, reason=error.strerror or error)
        ) from None


def _variants(unit: Element) -> list[tuple[str, str]]:
    """The (language, text) of every ``<tuv>`` in one unit."""
    variants = []
    for tuv in unit:
        if _local(tuv.tag) != "tuv":
            continue
        language = tuv.get(_XML_LANG) or tuv.get("lang") or ""
        seg = next((child for child in tuv if _local(child.tag) == "seg"), None)
        if language and seg is not None:
            variants.append((language, segment_text(seg)))
    return variants


def segment_text(seg: Element) -> str:
    """All text inside ``<seg>``, including ``<hi>``/``<sub>`` text and tails, minus native codes.

    Walks with an explicit stack: a deeply nested file must not hit Python's recursion limit.
    """
    parts = [seg.text or ""]
    todo: list[tuple[Element, bool]] = [(child, False) for child in reversed(seg)]
    while todo:
        element, finished = todo.pop()
        if finished:
            parts.append(element.tail or "")
            continue
        todo.append((element, True))
        if _local(element.tag) in _NATIVE_CODE:
            continue
        parts.append(element.text or "")
        todo.extend((child, False) for child in reversed(element))
    return "".join(parts)


def _local(tag: object) -> str:
    """The tag name without namespace, lowercased (old exporters vary in case)."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].lower()
