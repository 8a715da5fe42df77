"""Subtitles: SubRip (``.srt``) and WebVTT (``.vtt``), told apart by content (a WebVTT file
starts with ``WEBVTT``). The text of each cue is translated as one segment, its lines joined,
and written back on as many lines as it had (never more than it has words); a dialogue cue,
whose every line starts with a dash, keeps one line per speaker. Inline tags (``<i>``, ``<b>``,
``<u>``, ``<font>``; WebVTT's ``<c.class>``, ``<v Speaker>``, ``<lang>``, ``<ruby>``) are carried
onto the words they belong to; WebVTT timestamps and ASS overrides (``{\\an8}``) are kept whole,
and those that open a cue (with an unclosed ``<v Speaker>``) stay at its start.

SubRip goes through the ``srt`` library, so cue numbers, timings and coordinates come out as
they went in. WebVTT is copied line by line: the header, ``NOTE``, ``STYLE`` and ``REGION``
blocks, cue identifiers and timing lines (with their settings) are kept exactly, and only cue
text is replaced. Line ends (CRLF or LF), the encoding and its byte order mark (UTF-8,
UTF-16 or UTF-32, as ``text_codec`` reads them) are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import srt

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.html import escape_text
from s2s_desktop.engine.documents.segments import Segment, SegmentBuilder, render
from s2s_desktop.engine.documents.text_codec import EncodedText, decode_text
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate

# A tag (<i>, </i>, <c.yellow>, <v Anna>, <font color="red">), a WebVTT timestamp, an ASS override.
_MARKUP = re.compile(
    r"<(?P<timestamp>(?:\d+:)?\d{2}:\d{2}[.,]\d{3})>"
    r"|<(?P<slash>/?)(?P<name>[A-Za-z][\w-]*)(?:[.\s][^>]*)?>"
    r"|\{\\[^}]*\}"
)
# What opens a cue and belongs to all of it: ASS overrides, a <v Speaker> never closed.
_CUE_START = re.compile(r"^(?:\s*\{\\[^}]*\})+")
_VOICE_START = re.compile(r"^\s*<v[.\s][^>]*>")
_DIALOGUE = re.compile(r"^(\s*(?:<[^>]*>|\{\\[^}]*\})*\s*-+\s*)(.*)$")
_BLOCK_KEPT = re.compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t]|$)")


@dataclass
class _Part:
    """One segment of a cue: text that goes before it (a dash, an override) and how many lines
    its translation is written on."""

    prefix: str
    lines: int
    segment: int | None  # index in the document's segments; None: copied as ``text``
    text: str = ""


class _Cues:
    """Cue payloads as segments (shared by both formats)."""

    def __init__(self, escaped: bool) -> None:
        self.escaped = escaped  # WebVTT escapes &, <, > in text
        self.segments: list[Segment] = []

    def take(self, payload: str) -> list[_Part]:
        """The parts of one cue's text (its lines joined with newlines)."""
        lines = payload.split("\n")
        matches = [_DIALOGUE.match(line) for line in lines]
        if len(lines) > 1 and all(match and match.group(2) for match in matches):
            return [self._part(m.group(1), m.group(2), 1) for m in matches]  # type: ignore[union-attr]
        return [self._part("", payload, len(lines))]

    def _part(self, prefix: str, text: str, lines: int) -> _Part:
        start = _CUE_START.match(text)
        if start:
            prefix, text = prefix + start.group(), text[start.end() :]
        voice = _VOICE_START.match(text)
        if voice and "</v>" not in text:
            prefix, text = prefix + voice.group(), text[voice.end() :]
        segment = _segment(text)
        if segment is None or not segment.text:
            return _Part(prefix, lines, None, text)
        self.segments.append(segment)
        return _Part(prefix, lines, len(self.segments) - 1)

    def text(self, parts: list[_Part], translated: list[Segment]) -> list[str]:
        """The lines of a cue's translation."""
        out: list[str] = []
        for part in parts:
            if part.segment is None:
                lines = part.text.split("\n")
            else:
                segment = translated[part.segment]
                rendered = render(segment, escape=escape_text) if self.escaped else render(segment)
                lines = split_lines(rendered, part.lines)
            lines[0] = part.prefix + lines[0]
            out.extend(lines)
        return out


def _segment(text: str) -> Segment | None:
    builder = SegmentBuilder()
    open_tags: list[tuple[str, int]] = []
    last = 0
    for match in _MARKUP.finditer(text):
        builder.text(text[last : match.start()])
        last = match.end()
        raw, name = match.group(), (match.group("name") or "").lower()
        if not name:  # a timestamp or an override
            builder.void(raw)
        elif not match.group("slash"):
            open_tags.append((name, builder.open([raw, ""])))
        else:
            found = next(
                (i for i in reversed(range(len(open_tags))) if open_tags[i][0] == name), None
            )
            if found is None:
                builder.void(raw)
                continue
            index = open_tags[found][1]
            builder.tag(index).data[1] = raw
            del open_tags[found:]
            builder.close(index)
    builder.text(text[last:])
    return None if builder.empty else builder.finish()


def split_lines(rendered: str, count: int) -> list[str]:
    """``rendered`` on ``count`` lines (fewer if it has fewer words), broken at the spaces
    outside markup nearest to equal shares of its visible text."""
    if count <= 1:
        return [rendered]
    spaces: list[tuple[int, int]] = []  # (index in rendered, visible characters before it)
    visible = 0
    position = 0
    for match in re.finditer(r"<[^>]*>|\{\\[^}]*\}| ", rendered):
        visible += match.start() - position
        if match.group() == " ":
            spaces.append((match.start(), visible))
            visible += 1
        position = match.end()
    visible += len(rendered) - position
    breaks: list[int] = []
    for line in range(1, count):
        later = [space for space in spaces if not breaks or space[0] > breaks[-1]]
        later = later[: len(later) - (count - line - 1)] or later  # a word for each line left
        if not later:
            break  # fewer words than lines
        target = visible * line / count
        best = min(later, key=lambda space: abs(space[1] - target))
        breaks.append(best[0])
    lines = []
    start = 0
    for index in breaks:
        lines.append(rendered[start:index])
        start = index + 1
    lines.append(rendered[start:])
    return lines


class SubRip(EncodedText):
    def __init__(self, text: str, encoding: str, bom: bool) -> None:
        self.encoding = encoding
        self.bom = bom
        self.eol = "\r\n" if "\r\n" in text else "\n"
        try:
            self.subtitles = list(srt.parse(text))
        except srt.SRTParseError as error:
            where = re.search(r"started at char (\d+)", str(error))
            if where:
                message = translate(
                    "documents_subtitles",
                    "This is not a SubRip file: the text at character {position} is not a "
                    "numbered cue with a timing line.",
                ).format(position=where.group(1))
            else:
                message = translate(
                    "documents_subtitles",
                    "This is not a SubRip file: the text is not a numbered cue with a timing line.",
                )
            raise UserError(message) from None
        if not self.subtitles and text.strip():
            raise UserError(
                translate("documents_subtitles", "This is not a SubRip file: it has no cues.")
            )
        self.cues = _Cues(escaped=False)
        self.parts = [self.cues.take(subtitle.content) for subtitle in self.subtitles]
        self.segments = self.cues.segments

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        subtitles = []
        for subtitle, parts in zip(self.subtitles, self.parts):
            content = "\n".join(self.cues.text(parts, translated))
            subtitles.append(
                srt.Subtitle(
                    subtitle.index, subtitle.start, subtitle.end, content, subtitle.proprietary
                )
            )
        text = srt.compose(subtitles, reindex=False, eol=self.eol)
        return self.encoded(text)


class WebVtt(EncodedText):
    def __init__(self, text: str, encoding: str, bom: bool) -> None:
        self.encoding = encoding
        self.bom = bom
        self.lines = re.findall(r"[^\n]*\n|[^\n]+$", text)
        self.cues = _Cues(escaped=True)
        self.segments = self.cues.segments
        self.payloads: list[tuple[int, int, list[_Part]]] = []  # first line, end, parts
        for start, end in _blocks(self.lines):
            if start == 0 or _BLOCK_KEPT.match(self.lines[start]):
                continue  # the header (and what follows it up to a blank line), NOTE…
            timing = next(
                (i for i in range(start, min(start + 2, end)) if "-->" in self.lines[i]), None
            )
            if timing is None or timing + 1 >= end:
                continue
            payload = "\n".join(line.rstrip("\r\n") for line in self.lines[timing + 1 : end])
            self.payloads.append((timing + 1, end, self.cues.take(payload)))

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        lines = list(self.lines)
        for start, end, parts in reversed(self.payloads):
            ending = self.lines[end - 1][len(self.lines[end - 1].rstrip("\r\n")) :]
            eol = ending or ("\r\n" if self.lines[start].endswith("\r\n") else "\n")
            new = [line + eol for line in self.cues.text(parts, translated)]
            new[-1] = new[-1][: len(new[-1]) - len(eol)] + ending
            lines[start:end] = new
        header = _blocks(lines)[0] if lines else (0, 0)
        for index in range(*header):  # "Language: en" (YouTube's, for players' menus)
            if languages.target:
                lines[index] = _LANGUAGE.sub(rf"\g<1>{languages.target}", lines[index])
        return self.encoded("".join(lines))


_LANGUAGE = re.compile(r"^(Language:[ \t]*)[\w-]+", re.IGNORECASE)


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line indexes of each run of non-blank lines."""
    blocks = []
    start = None
    for index, line in enumerate(lines):
        if line.strip():
            start = index if start is None else start
        elif start is not None:
            blocks.append((start, index))
            start = None
    if start is not None:
        blocks.append((start, len(lines)))
    return blocks


def open_document(data: bytes, encoding: str) -> SubRip | WebVtt:
    text, encoding, bom = decode_text(data, encoding)
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return WebVtt(text.lstrip("\ufeff"), encoding, bom)
    return SubRip(text, encoding, bom)
