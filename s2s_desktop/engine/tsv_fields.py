"""The fields of a tab-separated line or row, quoted fields read as a spreadsheet writes them."""

from __future__ import annotations

from collections import deque
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
    None): a quoted cell that holds line breaks joins the lines it spans into one row."""
    ahead: deque[object] = deque()  # lines read while looking for a cell's closing quote
    source = iter(lines)

    def peek(index: int) -> object:
        """The line ``index`` lines ahead (``_OPEN`` past the end), read as needed."""
        while len(ahead) <= index:
            ahead.append(next(source, _OPEN))
        return ahead[index]

    while (line := peek(0)) is not _OPEN:
        ahead.popleft()
        if not isinstance(line, str) or '"' not in line:
            yield line.split("\t") if isinstance(line, str) else None
            continue
        fields, cell, _ = _fields(line)
        joined, spanned, taken = line, 0, 0  # lines joined to it, and those its row keeps
        while cell is not None and spanned < MOST_CELL_LINES:
            more = peek(spanned)
            if not isinstance(more, str):
                break
            joined, spanned = f"{joined}\n{more}", spanned + 1
            joined_fields, still_open, quoted = _fields(joined)
            if still_open == cell:
                continue  # the cell goes on
            if cell not in quoted:
                break  # its quote closed inside it: text after all
            fields, taken, cell = joined_fields, spanned, still_open  # a later cell may open
        for _ in range(taken):
            ahead.popleft()
        yield fields


def _fields(line: str) -> tuple[list[str], int | None, list[int]]:
    """``tsv_fields``, the field whose opening quote the line does not close (read as text
    here; None when none), and the fields that were quoted."""
    fields: list[str] = []
    open_at: int | None = None
    quoted: list[int] = []
    start = 0
    while True:
        found = _quoted_field(line, start) if line.startswith('"', start) else None
        if found is _OPEN and open_at is None:
            open_at = len(fields)
        if isinstance(found, tuple):
            text, start = found
            quoted.append(len(fields))
            fields.append(text)
            if start == len(line):
                return fields, open_at, quoted
            start += 1  # the tab after the closing quote
            continue
        tab = line.find("\t", start)
        if tab < 0:
            fields.append(line[start:])
            return fields, open_at, quoted
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
