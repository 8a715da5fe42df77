"""The fields of a line of a tab-separated corpus file, quoted fields read as a spreadsheet
writes them."""

from __future__ import annotations


def tsv_fields(line: str) -> list[str]:
    """The tab-separated fields of a line, a field wrapped in double quotes unquoted CSV-style.

    A doubled quote inside stands for one (as Excel writes ``He said, "hi"``), and a quoted
    field may hold a tab. Only a field that starts with a quote and whose closing quote ends it
    (at a tab or the line's end) is unquoted; any other quote is text, so a stray quote never
    reaches past its field or line.
    """
    fields: list[str] = []
    start = 0
    while True:
        if line.startswith('"', start) and (quoted := _quoted_field(line, start)) is not None:
            text, start = quoted
            fields.append(text)
            if start == len(line):
                return fields
            start += 1  # the tab after the closing quote
            continue
        tab = line.find("\t", start)
        if tab < 0:
            fields.append(line[start:])
            return fields
        fields.append(line[start:tab])
        start = tab + 1


def _quoted_field(line: str, start: int) -> tuple[str, int] | None:
    """The text of the quoted field opening at ``start`` and where its closing quote ends, or
    None when no closing quote ends the field (then its quotes are just text)."""
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
    return None
