"""Markdown (``.md``): the text of each paragraph, heading, list item, block quote and table cell
is translated, and so are an image's alt text and a link's or image's title; everything else is
copied byte for byte: code blocks (fenced and indented), HTML blocks, front matter (a ``---`` or
``+++`` block at the very top), link reference definitions and thematic breaks. Emphasis,
strong, strikethrough, links and inline HTML elements (``<span …>…</span>``) are carried onto the
words of the translation they belong to; inline code, ``<code>``/``<kbd>`` and the like with
their content, other inline HTML, images, autolinks, backslash escapes, entities and hard line
breaks are kept whole (an image's alt text and a title are segments of their own, put back in
place).

``markdown-it-py`` (CommonMark, with tables) parses; each block's line range says which source
lines it covers. A translated block is written on one line: the markers in front of its first
line (``# ``, ``> ``, ``- ``, ``1. ``, indentation) and the translation, with an ATX heading's
closing ``#``s and a setext heading's underline kept; a table row keeps its pipes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference, unescapeAll
from markdown_it.token import Token

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.segments import Segment, SegmentBuilder, render
from s2s_desktop.engine.documents.text_codec import EncodedText, decode_text

_SPANS = {"strong_open": "strong_close", "em_open": "em_close", "s_open": "s_close"}
_CLOSES = {"strong_close", "em_close", "s_close", "link_close"}
_MARKERS = re.compile(r"^[\s>*+\-#\d.)]*$")  # what may stand before a block's text on its line
_LIST_MARKER = re.compile(r"[-*+]|\d+[.)]")
_BREAK_OR_IMAGE = re.compile(r"<(?:br|img|input)\b", re.IGNORECASE)  # inline HTML between words
# Inline HTML tags that open and close around words (<span …>…</span>): a span, carried onto the
# translated words; those whose content is code or keys (<code>, <kbd>) are kept whole with it.
_HTML_OPEN = re.compile(r"<([A-Za-z][\w-]*)\b[^>]*(?<!/)>\Z")
_HTML_CLOSE = re.compile(r"</([A-Za-z][\w-]*)\s*>\Z")
_HTML_VOID = frozenset({"br", "img", "input", "hr", "wbr", "area", "col", "embed", "source"})
_HTML_KEPT = frozenset({"code", "kbd", "samp", "var", "tt", "script", "style", "math", "svg"})
# Kept with the block's markers (GitHub's Markdown): a task's box, a footnote's label.
_LEADING_MARK = re.compile(r"(?:\[[ xX]\]|\[\^[^\]\s]+\]:)[ \t]+")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")  # a footnote reference, kept whole: [^1]
_TITLES = ("double", "single", "round")  # a title's text in "…", '…' or (…)
# An inline link's destination and title, after its text: ](dest "title")
# A reference link's label after its text: ][label], or ][] (the text is the label).
_REFERENCE = re.compile(r"\]\[(?P<label>[^\[\]]*)\]")
_DESTINATION = re.compile(
    r"\]\(\s*(?P<href><[^>\n]*>|[^\s()<]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|\((?P<round>[^)]*)\)))?\s*\)"
)
# YAML's "---" (ended by "---" or "..."), or TOML's "+++" (Hugo), at the very top.
_FRONT_MATTER_ENDS = {"---": re.compile(r"^(?:---|\.\.\.)\s*$"), "+++": re.compile(r"^\+\+\+\s*$")}

Part = str | int  # source text, or the index of a segment
# Stands for segment N (an alt text, a title) inside kept markup until it is written: private
# use characters, which no document's text holds where markup is kept.
_INNER = re.compile("\ue000(\\d+)\ue001")


class MarkdownDocument(EncodedText):
    def __init__(self, text: str, encoding: str, bom: bool) -> None:
        self.encoding = encoding
        self.bom = bom
        self.lines: list[str] = re.findall(r"[^\n]*\n|[^\n]+$", text)
        self.replaced: dict[int, list[Part]] = {}  # line index -> its new content
        self.dropped: set[int] = set()
        self.segments: list[Segment] = []
        self.escape_pipes: set[int] = set()  # segments in table cells
        self.parser = MarkdownIt("commonmark").enable("table").disable("text_join")
        self.env: dict[str, Any] = {}  # the parser's: the link reference definitions
        tokens = self.parser.parse(_without_front_matter(self.lines), self.env)
        self._blocks(tokens)

    def _blocks(self, tokens: list[Token]) -> None:
        row: list[Token] = []
        in_row: list[int] | None = None
        for index, token in enumerate(tokens):
            if token.type == "tr_open":
                in_row, row = token.map, []
            elif token.type == "tr_close":
                if in_row:
                    self._row(in_row[0], row)
                in_row = None
            elif token.type == "inline" and in_row is not None:
                row.append(token)
            elif token.type == "inline" and index > 0 and token.map:
                opener = tokens[index - 1]
                if opener.type == "paragraph_open":
                    self._block(token, token.map[0], token.map[1], atx=False)
                elif opener.type == "heading_open" and opener.markup.startswith("#"):
                    self._block(token, token.map[0], token.map[1], atx=True)
                elif opener.type == "heading_open" and opener.map:  # setext: keep the underline
                    self._block(token, opener.map[0], opener.map[1] - 1, atx=False)

    def _block(self, inline: Token, first: int, end: int, atx: bool) -> None:
        """Lines ``first``…``end`` become the block's markers and its translation."""
        if end <= first or any(line in self.replaced for line in range(first, end)):
            return
        head = inline.content.split("\n")[0]
        line = _body(self.lines[first])
        at = _find_after_markers(line, head)
        if at is None:
            return
        mark = _LEADING_MARK.match(head)
        skip = mark.end() if mark else 0
        prefix = line[: at + skip]
        # A line after a hard break continues the item, not its box: "  sees", not "  [x] sees".
        inner = len(self.segments)
        segment = self._segment(inline, _hard_breaks(inline.content, line[:at]), skip)
        if segment is None or not (segment.translatable or len(self.segments) > inner):
            del self.segments[inner:]  # an alt text or title alone still needs its markup
            return
        suffix = line[at + len(head) :] if atx and end - first == 1 else ""
        last = self.lines[end - 1]
        self.replaced[first] = [prefix, len(self.segments), suffix, last[len(_body(last)) :]]
        self.segments.append(segment)
        self.dropped.update(range(first + 1, end))

    def _row(self, number: int, cells: list[Token]) -> None:
        """A table row's cells, translated in place."""
        line = self.lines[number]
        parts: list[Part] = []
        done = cursor = 0  # the end of the last translated cell, of the last cell found
        for cell in cells:
            if not cell.content:
                continue
            for source in (cell.content, cell.content.replace("|", "\\|")):
                at = line.find(source, cursor)
                if at >= 0 and (cursor == 0 or "|" in line[cursor:at]):
                    break
            else:
                continue
            cursor = at + len(source)
            inner = len(self.segments)
            segment = self._segment(cell, [])
            if segment is None or not (segment.translatable or len(self.segments) > inner):
                del self.segments[inner:]  # an alt text or title alone still needs its markup
                continue
            parts += [line[done:at], len(self.segments)]
            self.escape_pipes.add(len(self.segments))
            self.segments.append(segment)
            done = cursor
        if parts:
            self.replaced[number] = [*parts, line[done:]]

    def _segment(self, inline: Token, hard_breaks: list[str], skip: int = 0) -> Segment | None:
        references = self.env.get("references", {})
        links = _Destinations(inline.content, self.parser, references, self._inner)
        return _segment(inline, hard_breaks, links, skip)

    def _inner(self, text: str) -> str:
        """``text`` (an alt text, a title) as a segment of its own, and what stands for it in
        the markup kept around it; ``text`` itself when it has nothing to translate."""
        builder = SegmentBuilder()
        builder.text(text)
        segment = builder.finish()
        if not segment.translatable:
            return text
        self.segments.append(segment)
        return f"\ue000{len(self.segments) - 1}\ue001"

    def _written(self, translated: list[Segment], part: int) -> str:
        segment = _emphasis_kept(translated[part])
        text = (
            render(segment, escape=_escape_pipes) if part in self.escape_pipes else render(segment)
        )
        return _INNER.sub(lambda found: self._inner_text(translated, int(found[1])), text)

    @staticmethod
    def _inner_text(translated: list[Segment], part: int) -> str:
        """An alt text or title as the markup around it reads it: brackets, parentheses and
        quotes escaped."""
        return re.sub(r'([\[\]()"\\])', r"\\\1", render(translated[part]))

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        out: list[str] = []
        for number, line in enumerate(self.lines):
            if number in self.dropped:
                continue
            if number not in self.replaced:
                out.append(line)
                continue
            for part in self.replaced[number]:
                out.append(part if isinstance(part, str) else self._written(translated, part))
        return self.encoded("".join(out))


def _without_front_matter(lines: list[str]) -> str:
    """The text to parse: front matter's lines blanked, so line numbers stay those of the
    source."""
    ending = _FRONT_MATTER_ENDS.get(_body(lines[0]).rstrip()) if lines else None
    if ending is None:
        return "".join(lines)
    for end in range(1, len(lines)):
        if ending.match(_body(lines[end])):
            return "\n" * (end + 1) + "".join(lines[end + 1 :])
    return "".join(lines)


def _body(line: str) -> str:
    """``line`` without its line end."""
    return line.rstrip("\r\n")


def _find_after_markers(line: str, text: str) -> int | None:
    """Where ``text`` starts in ``line`` with only block markers before it."""
    at = line.find(text)
    while at >= 0:
        if _MARKERS.match(line[:at]):
            return at
        at = line.find(text, at + 1)
    return None


def _hard_breaks(content: str, prefix: str) -> list[str]:
    """The source of each hard line break in a block's text (two spaces or a backslash before
    the line end), followed by what continues the block on the next line."""
    continuation = _LIST_MARKER.sub(lambda match: " " * len(match.group()), prefix)
    continuation = continuation if continuation.strip() else " " * len(prefix)
    breaks = []
    for line in content.split("\n")[:-1]:
        if line.endswith("  "):
            breaks.append("  \n" + continuation)
        elif line.endswith("\\"):
            breaks.append("\\\n" + continuation)
    return breaks


class _Destinations:
    """Finds the source text of each link's ``](destination "title")`` or ``][label]`` in a
    block's text, in order, so it is written back as it was. A reference by the link's own
    text (``[text][]``, ``[text]``) names its label, which the translated text no longer is."""

    def __init__(
        self,
        content: str,
        parser: MarkdownIt,
        references: dict[str, Any],
        inner: Callable[[str], str],
    ) -> None:
        self.content = content
        self.parser = parser
        self.references = references
        self.inner = inner  # a text inside kept markup -> what stands for its translation
        self.cursor = 0

    def closing(self, token: Token, text: str) -> str:
        href = str(token.attrs.get("href") or token.attrs.get("src") or "")
        found = [
            match
            for match in (self._inline(href), self._reference(href, text))
            # One past another link's "[" is that link's, where this one can be a shortcut.
            if match and not (self._refers(text, href) and self._later(match, text))
        ]
        if found:
            match = min(found, key=lambda match: match.start())
            self.cursor = match.end()
            written = match.group()
            title = next((name for name in _TITLES if match.re is _DESTINATION and match[name]), "")
            if title:  # translated in place, as the source wrote it
                start, end = match.span(title)
                offset = match.start()
                written = (
                    written[: start - offset]
                    + self.inner(unescapeAll(match[title]))
                    + written[end - offset :]
                )
            return f"][{text}]" if written == "][]" else written
        if self._refers(text, href):  # a shortcut reference, [text]
            return f"][{text}]"
        return _destination(token, self.inner)

    def _inline(self, href: str) -> re.Match[str] | None:
        for match in _DESTINATION.finditer(self.content, self.cursor):
            written = match.group("href")
            if written.startswith("<"):
                written = written[1:-1]
            if self.parser.normalizeLink(unescapeAll(written)) == href:
                return match
        return None

    def _reference(self, href: str, text: str) -> re.Match[str] | None:
        for match in _REFERENCE.finditer(self.content, self.cursor):
            if self._refers(match.group("label") or text, href):
                return match
        return None

    def _later(self, match: re.Match[str], text: str) -> bool:
        """Whether ``match`` lies past another link's opening bracket."""
        return self.content.count("[", self.cursor, match.start()) > text.count("[") + 1

    def _refers(self, label: str, href: str) -> bool:
        entry = self.references.get(normalizeReference(label)) if label.strip() else None
        return isinstance(entry, dict) and entry.get("href") == href


def _segment(
    inline: Token, hard_breaks: list[str], links: _Destinations, skip: int = 0
) -> Segment | None:
    """The segment of an inline token's children, less ``skip`` characters at the start (a
    mark written with the block's markers)."""
    builder = SegmentBuilder()
    open_spans: list[int] = []
    html_closes: dict[int, int] = {}  # a closing tag's child index -> the span it closes
    breaks = iter(hard_breaks)
    children = inline.children or []
    skip_to: int | None = None
    for index, child in enumerate(children):
        if skip_to is not None:
            if index <= skip_to:
                continue
            skip_to = None
        kind = child.type
        if kind == "text":
            content = child.content[skip:] if index == 0 else child.content
            last = 0
            for reference in _FOOTNOTE.finditer(content):
                builder.text(content[last : reference.start()])
                builder.void(reference.group())
                last = reference.end()
            builder.text(content[last:])
        elif kind in _SPANS:
            open_spans.append(builder.open([child.markup, child.markup]))
        elif kind == "link_open" and child.markup == "autolink":
            end = _closing_index(children, index)
            label = "".join(c.content for c in children[index + 1 : end])
            builder.void(f"<{label}>")
            skip_to = end
        elif kind == "link_open":
            text = "".join(c.content for c in children[index + 1 : _closing_index(children, index)])
            open_spans.append(builder.open(["[", links.closing(child, text)]))
        elif kind in _CLOSES:
            if open_spans:
                builder.close(open_spans.pop())
        elif kind == "code_inline":
            builder.void(_code(child))
        elif kind == "image":
            alt = links.inner(child.content) if child.content else ""
            builder.void(f"![{alt}{links.closing(child, child.content)}", separates=True)
        elif kind == "softbreak":
            builder.text(" ")
        elif kind == "hardbreak":
            builder.void(next(breaks, "\\\n"), separates=True)
        elif kind == "text_special":
            builder.void(child.markup)
        elif index in html_closes:
            builder.close(html_closes.pop(index))
        elif kind == "html_inline" and (pair := _html_pair(children, index)) is not None:
            name, end = pair
            if name in _HTML_KEPT:  # its content with it: code and keys are not prose
                builder.void("".join(c.content or c.markup for c in children[index : end + 1]))
                skip_to = end
            else:
                html_closes[end] = builder.open([child.content, children[end].content])
        else:  # html_inline and anything else: kept as it was
            content = child.content or child.markup
            builder.void(content, separates=_BREAK_OR_IMAGE.match(content) is not None)
    return None if builder.empty else builder.finish()


def _html_pair(children: list[Token], start: int) -> tuple[str, int] | None:
    """(the tag's name, the index of its closing tag) where ``children[start]`` opens an
    inline HTML element that a later child of the same inline closes; None otherwise (a void
    element, a self-closing tag, a closing tag, or one left open)."""
    opened = _HTML_OPEN.match(children[start].content)
    if opened is None or opened.group(1).lower() in _HTML_VOID:
        return None
    name, depth = opened.group(1).lower(), 0
    for index in range(start + 1, len(children)):
        child = children[index]
        if child.type != "html_inline":
            continue
        inner = _HTML_OPEN.match(child.content)
        closing = _HTML_CLOSE.match(child.content)
        if inner is not None and inner.group(1).lower() == name:
            depth += 1
        elif closing is not None and closing.group(1).lower() == name:
            if depth == 0:
                return name, index
            depth -= 1
    return None


def _emphasis_kept(segment: Segment) -> Segment:
    """``segment`` with its emphasis written so CommonMark still reads it: a span the
    translation left empty loses its delimiters (``****`` shows as stars), and of two spans
    the alignment put side by side, the second joins the first when they are alike
    (``**a****b**`` is one run of four stars) or else takes the other delimiter character
    (``**a**_b_``, not ``**a***b*``), or none where that one would stand inside a word."""
    tags = [dataclasses.replace(tag) for tag in segment.tags]
    text = segment.text
    has_children = {tag.parent for tag in tags}
    previous: dict[int | None, int] = {}  # per parent, the last emphasis span written in it
    for index, tag in enumerate(tags):
        if tag.void or not _is_emphasis(tag.data):
            continue
        if tag.start == tag.end and index not in has_children:
            tag.data = ["", ""]
            continue
        parent = tag.parent
        before = previous.get(parent)
        previous[parent] = index
        if before is None or tags[before].end != tag.start:
            continue
        mark, last = tag.data[0], tags[before].data[0]
        if not last or mark[0] != last[0]:
            continue
        if mark == last:  # one span over both
            tags[before].end = tag.end
            tag.data, tag.parent = ["", ""], before
            previous[parent] = before
            continue
        other = ("_" if mark[0] == "*" else "*") * len(mark)
        inside_word = text[tag.end : tag.end + 1].isalnum()
        tag.data = ["", ""] if other[0] == "_" and inside_word else [other, other]
    return Segment(text, tags)


def _is_emphasis(data: Any) -> bool:
    return isinstance(data, list) and bool(data[0]) and set(data[0]) <= {"*", "_", "~"}


def _destination(token: Token, inner: Callable[[str], str]) -> str:
    """A link's or image's ``](href "title")`` rebuilt from its attributes (the title is
    ``inner``'s: a segment of its own)."""
    href = str(token.attrs.get("href") or token.attrs.get("src") or "")
    if not href or re.search(r"[\s()<>]", href):
        href = f"<{href}>"
    title = token.attrs.get("title")
    if title:
        return f']({href} "{inner(str(title))}")'
    return f"]({href})"


def _closing_index(children: list[Token], start: int) -> int:
    for index in range(start + 1, len(children)):
        if children[index].type == "link_close":
            return index
    return len(children) - 1


def _code(token: Token) -> str:
    """Inline code with its backticks (and the spaces that keep backticks at its ends apart)."""
    content = token.content
    pad = content.startswith("`") or content.endswith("`")
    pad = pad or (content.startswith(" ") and content.endswith(" ") and content.strip() != "")
    space = " " if pad else ""
    return f"{token.markup}{space}{content}{space}{token.markup}"


def _escape_pipes(text: str) -> str:
    return text.replace("|", "\\|")


def open_document(data: bytes, encoding: str) -> MarkdownDocument:
    return MarkdownDocument(*decode_text(data, encoding))
