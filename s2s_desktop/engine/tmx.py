"""Streaming reader for TMX translation memories (TMX 1.4, and TMX 1.1's ``lang`` attribute).

Translation memories exported from CAT tools can be gigabytes, so units are read one at a time
and thrown away once handed out. Parsing goes through defusedxml, which refuses entity
declarations: a hostile file cannot expand into gigabytes of text ("billion laughs").
"""

from __future__ import annotations

import re
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

# A native code that stood for a break or a space in the document, so that the words on either
# side of it are two words: TMX 1.4's ``type`` for line, page and column breaks (``lb``, ``pb``,
# ``cb``), or a code whose content is one: an HTML ``<br>`` (OmegaT's ``<br0/>``),
# Word's ``<w:br/>``/``<w:cr/>``/``<w:tab/>``, ODF's ``<text:line-break/>``/``<text:tab/>``/
# ``<text:s/>``, RTF's ``\line``/``\tab``, a program string's ``\n``, an ``&nbsp;`` or ``&#10;``,
# or whitespace itself. Any other code (bold, a link) may sit inside a word: it adds nothing.
_BREAK_TYPES = frozenset({"lb", "pb", "cb"})
_BREAK_CONTENT = re.compile(
    r"^\s+$"
    r"|<\s*(?:br\d*|w:br|w:cr|w:tab|text:line-break|text:tab|text:s)\b[^>]*>"
    r"|\\(?:line|par|tab|[nrt])(?![a-z])"
    r"|&(?:nbsp|#(?:9|10|13|160)|#x(?:9|a|d|a0));",
    re.IGNORECASE,
)
_BREAK = "\0"  # stands for a break code until the text around it is known (XML text has no NUL)
_BREAKS = re.compile(_BREAK + "+")


def _reason(error: ParseError) -> str:
    """The parser's words for what is wrong ("not well-formed (invalid token)")."""
    return str(error).split(":")[0].strip() or "invalid XML"


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
        line, column = error.position
        raise UserError(
            translate(
                "tmx",
                "{path} is not well-formed XML at line {line}, column {column} ({reason}: often "
                "an & not written as &amp;, or a control character); fix the file there, or export "
                "it again from the tool that made it.",
            ).format(path=path, line=line, column=column + 1, reason=_reason(error))
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


def header_source(path: Path) -> str | None:
    """The source language the file's ``<header srclang>`` names (as written), or None: none
    named, ``*all*``, or a file that cannot be read (``read_units`` says why)."""
    try:
        with path.open("rb") as stream:
            for _, element in iterparse(stream, events=("start",)):
                name = _local(element.tag)
                if name == "header":
                    language = element.get("srclang") or ""
                    return None if language.strip() in ("", "*all*") else language
                if name in ("body", "tu"):
                    return None
    except (ParseError, DefusedXmlException, OSError):
        return None
    return None


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

    A native code that stands for a break (see ``_BREAK_CONTENT``) between two non-space
    characters becomes one space (``Press<ph type="lb"/>Enter.``: "Press Enter."); any other
    code adds nothing. Walks with an explicit stack: a deeply nested file must not hit Python's
    recursion limit.
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
            parts.append(_BREAK if _is_break(element) else "")
            continue
        parts.append(element.text or "")
        todo.extend((child, False) for child in reversed(element))
    return _BREAKS.sub(_space_between_words, "".join(parts))


def _is_break(code: Element) -> bool:
    """Whether a native code stood for a line break, a tab or a space in the document."""
    if (code.get("type") or "").lower() in _BREAK_TYPES:
        return True
    content = "".join(code.itertext())
    return bool(content) and _BREAK_CONTENT.search(content) is not None


def _space_between_words(breaks: re.Match[str]) -> str:
    """One space for a run of break codes with text on both sides; at an edge or beside a
    space, nothing."""
    text, start, end = breaks.string, breaks.start(), breaks.end()
    if start == 0 or end == len(text) or text[start - 1].isspace() or text[end].isspace():
        return ""
    return " "


def _local(tag: object) -> str:
    """The tag name without namespace, lowercased (old exporters vary in case)."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].lower()
