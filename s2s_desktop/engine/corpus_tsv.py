"""A tab-separated corpus file (``.tsv``, ``.tab``): which languages its header names, and its
rows as (source, target) pairs.

Spreadsheets exported as text open with a header more often than not: language codes
(``en<TAB>de``, ``en-US<TAB>es-ES``), language names (``English<TAB>Spanish``), roles
(``source<TAB>target``), often after a row number (``id<TAB>en<TAB>es``). The header's languages
say which pair the file holds and which column is which; without a header, column 1 is the
source (or the file name's first code is).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from s2s_desktop.engine.language_cells import ISO_639_1, named_language
from s2s_desktop.engine.text_files import read_lines
from s2s_desktop.engine.tsv_fields import tsv_rows

_ROLES = {"source": 0, "src": 0, "target": 1, "tgt": 1, "trg": 1}
# A first column of row numbers, in a header of three or more columns.
_ROW_NUMBERS = frozenset({"id", "#", "no", "no.", "nr", "n", "key", "index", "row", "line"})


def header_columns(fields: list[str], extra: tuple[str, ...] = ()) -> dict[str, int] | None:
    """{language: column} of a header row ({"source": n, "target": m} for roles), or None for a
    row of data: two or more different languages named, other cells (a note, a score) aside.
    ``extra``: codes that count as languages besides ISO 639-1's (the chosen pair's)."""
    cells = [cell.strip().lower() for cell in fields]
    if len(cells) > 2 and cells[0] in _ROW_NUMBERS:
        cells[0] = ""
    roles = {
        ("source", "target")[_ROLES[cell]]: n for n, cell in enumerate(cells) if cell in _ROLES
    }
    if len(roles) == 2:
        return roles
    columns: dict[str, int] = {}
    for number, cell in enumerate(cells):
        code = named_language(cell, ISO_639_1 | set(extra))
        if code is None:
            continue
        if code in columns:
            return None  # "en<TAB>en-US": a language twice is no pair of columns
        columns[code] = number
    return columns if len(columns) >= 2 else None


def header_languages(path: Path, encoding: str) -> tuple[str, ...]:
    """The languages a file's header names, in column order; () without such a header."""
    first = next(tsv_rows(read_lines(path, encoding, 1 << 16)), None)
    columns = header_columns(first) if first else None
    if not columns or "source" in columns:
        return ()
    return tuple(sorted(columns, key=columns.__getitem__))


def tsv_rows_as_pairs(
    path: Path, named: tuple[str, ...], src: str, tgt: str, encoding: str, limit: int
) -> Iterator[tuple[str, str] | str | None]:
    """Each row of the file as (source cell, target cell), "header", "no tab" or "missing
    language" (a row without the pair's columns), or None for a line too long to read.
    ``named``: the languages the file's name (or header) gives, in column order."""
    source, target = (1, 0) if named[:2] == (tgt, src) else (0, 1)
    for number, fields in enumerate(tsv_rows(read_lines(path, encoding, limit))):
        if fields is None:
            yield None
            continue
        columns = header_columns(fields, (src, tgt)) if number == 0 else None
        if columns and ({"source", "target"} <= columns.keys() or {src, tgt} <= columns.keys()):
            source, target = (columns.get("source", 0), columns.get("target", 1))
            source, target = columns.get(src, source), columns.get(tgt, target)
            yield "header"  # one that names other languages is read as data
            continue
        if len(fields) < 2:
            yield "no tab"
        elif max(source, target) >= len(fields):
            yield "missing language"
        else:
            yield fields[source], fields[target]
