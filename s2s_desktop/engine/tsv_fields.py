"""The fields of a tab-separated line or row, quoted fields read as a spreadsheet writes them."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

# The most lines one quoted cell may span (a cell with line breaks, as Excel and LibreOffice
# write it); a quote left open longer is text, and its lines are rows of their own.
MOST_CELL_LINES = 20
_OPEN = object()  # a quoted field whose closing quote is not on this line


def tsv_fields(line: str) -> list[str]:
    """The tab-separated fields of a line, a field wrapped in double quotes unquoted CSV-style.

    A doubled quote inside stands for one (as Excel writes ``He said, "hi"``), and a quoted
    field may hold a tab. Only a field that starts with a quote and whose closing quote ends it
    (at a tab or the line's end) is unquoted; any other quote is text, so a stray quote never
    reaches past its field or line.
    """
    return _fields(line)[0]


def tsv_rows(lines: Iterable[str | None]) -> Iterator[list[str] | None]:
    """The fields of each row of a file's ``lines`` (None, a line too long to read, stays
    None). A quoted cell with line breaks joins the lines it spans into one row, where the row
    then reads as a spreadsheet writes it: as many fields as the first row, and no quote that
    opens a cell without closing it (a quotation split over two sentence-per-line rows, or an
    inch mark, stays text on its own line)."""
    source: Iterator[str | None] = iter(lines)
    expected: int | None = None  # the first row's fields
    while True:
        for line in source:
            if line is None or '"' not in line:
                fields = None if line is None else line.split("\t")
                read: list[str | None] = []
            else:
                fields, read = _spanning(line, source, expected)
            if expected is None and fields is not None:
                expected = len(fields)
            yield fields
            if read:  # lines read ahead that are rows of their own
                source = itertools.chain(read, source)
                break
        else:
            return


def _spanning(
    line: str, source: Iterator[str | None], expected: int | None
) -> tuple[list[str], list[str | None]]:
    """The row that starts at ``line`` (joined with the lines its quoted cell spans), and the
    lines read ahead that are not part of it."""
    fields, open_at, _ = _fields(line)
    read: list[str | None] = []
    joined = line
    while open_at is not None and len(read) < MOST_CELL_LINES:
        more = next(source, _OPEN)
        if not isinstance(more, str):
            if more is None:
                read.append(None)
            break
        read.append(more)
        joined = f"{joined}\n{more}"
        joined_fields, open_at, stray = _fields(joined)
        if open_at is None:
            if not stray and (expected is None or len(joined_fields) == expected):
                return joined_fields, []
            break
    return fields, read


def _fields(line: str) -> tuple[list[str], int | None, list[int]]:
    """``tsv_fields``; the field whose opening quote the line does not close (read as text
    here; None when none); and the fields that open with a quote a later quote in the same
    field closes (text too: not a spreadsheet's quoting)."""
    fields: list[str] = []
    open_at: int | None = None
    stray: list[int] = []
    start = 0
    while True:
        found = _quoted_field(line, start) if line.startswith('"', start) else None
        if found is _OPEN and open_at is None:
            open_at = len(fields)
        elif found is None and line.startswith('"', start):
            stray.append(len(fields))
        if isinstance(found, tuple):
            text, start = found
            fields.append(text)
            if start == len(line):
                return fields, open_at, stray
            start += 1  # the tab after the closing quote
            continue
        tab = line.find("\t", start)
        if tab < 0:
            fields.append(line[start:])
            return fields, open_at, stray
        fields.append(line[start:tab])
        start = tab + 1


def _quoted_field(line: str, start: int) -> tuple[str, int] | object | None:
    """The text of the quoted field opening at ``start`` and where its closing quote ends;
    None when a quote closes it before its end (then its quotes are just text), ``_OPEN``
    when no quote closes it on this line."""
    pieces = []
    position = start + 1
    while (close := line.find('"', position)) >= 0:
        if line.startswith('"', close + 1):  # a doubled quote stands for one
            pieces.append(line[position : close + 1])
            position = close + 2
        elif close + 1 == len(line) or line[close + 1] == "\t":
            pieces.append(line[position:close])
            return "".join(pieces), close + 1
        else:
            return None
    return _OPEN
