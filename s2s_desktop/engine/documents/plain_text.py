"""Plain text (``.txt``) in the encoding the user chose: each line a paragraph, translated
sentence by sentence; blank lines, indentation, list bullets, tabs and line ends kept;
placeholders, URLs and numbers protected. The translation is written in the same encoding (with
its byte order mark, if it had one: UTF-16 as Notepad saves "Unicode" text is read by its mark)
when it can hold it, in UTF-8 otherwise."""

from __future__ import annotations

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.segments import Segment, SegmentBuilder, line_edges, render
from s2s_desktop.engine.documents.text_codec import EncodedText, decode_text


class Lines:
    """Lines of text as segments: each line's words (blank lines, indentation, a bullet and
    line ends kept around them); also how ``translate`` and the server read text."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.slots: list[tuple[int, str, str]] = []  # line index, leading, trailing (+ line end)
        self.segments: list[Segment] = []
        for index, line in enumerate(lines):
            lead, body, trail = line_edges(line)
            if not body:
                continue
            builder = SegmentBuilder()
            builder.text_keeping(body, "\t")  # tabs lay out columns
            self.slots.append((index, lead, trail))
            self.segments.append(builder.finish())

    def written(self, translated: list[Segment]) -> list[str]:
        """The lines with each segment's translation in place of its words."""
        lines = list(self.lines)
        for (index, lead, trail), segment in zip(self.slots, translated):
            lines[index] = lead + render(segment) + trail
        return lines


class PlainText(Lines, EncodedText):
    def __init__(self, text: str, encoding: str, bom: bool) -> None:
        super().__init__(text.splitlines(keepends=True))
        self.encoding = encoding
        self.bom = bom

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        return self.encoded("".join(self.written(translated)))


def open_document(data: bytes, encoding: str) -> PlainText:
    return PlainText(*decode_text(data, encoding))
