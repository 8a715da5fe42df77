"""A tab-separated corpus file (``.tsv``, ``.tab``): which languages its header names, and its
rows as (source, target) pairs.

Spreadsheets exported as text open with a header more often than not: language codes
(``en<TAB>de``, ``en-US<TAB>es-ES``), language names (``English<TAB>Spanish``), roles
(``source<TAB>target``), often after a row number (``id<TAB>en<TAB>es``). The header's languages
say which pair the file holds and which column is which; without a header, column 1 is the
source (or the file name's first code is).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

from s2s_desktop.engine.language_cells import QUALIFIER, named_language
from s2s_desktop.engine.text_files import read_lines
from s2s_desktop.engine.tsv_fields import tsv_rows

_END = object()
_ROLES = {"source": 0, "src": 0, "target": 1, "tgt": 1, "trg": 1}
# A first column of row numbers, in a header of three or more columns.
_ROW_NUMBERS = frozenset({"id", "#", "no", "no.", "nr", "n", "key", "index", "row", "line"})


def header_columns(fields: list[str], codes: tuple[str, ...] = ()) -> dict[str, int] | None:
    """{language: column} of a header row ({"source": n, "target": m} for roles), or None for a
    row of data: two or more different languages named, other cells (a note, a score) aside.
    A bare code counts only among ``codes`` (the pair the user chose): the first row of a word
    list may be "my<TAB>mi", which is no header of Burmese and Maori."""
    cells = [QUALIFIER.sub("", cell).strip().lower() for cell in fields]
    if len(cells) > 2 and cells[0] in _ROW_NUMBERS and cells[0] not in codes:
        cells[0] = ""
    roles = {
        ("source", "target")[_ROLES[cell]]: n for n, cell in enumerate(cells) if cell in _ROLES
    }
    if len(roles) == 2:
        return roles
    columns: dict[str, int] = {}
    for number, cell in enumerate(fields):
        code = named_language(cell, codes) if cells[number] else None
        if code is None:
            continue
        if code in columns:
            return None  # "en<TAB>en-US": a language twice is no pair of columns
        columns[code] = number
    return columns if len(columns) >= 2 else None


def header_languages(path: Path, encoding: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The languages a file's header names, in column order; () without such a header.
    ``codes``: the bare codes that count (the user's --src and --tgt)."""
    first = next(tsv_rows(read_lines(path, encoding, 1 << 16)), None)
    columns = header_columns(first, codes) if first else None
    if not columns or "source" in columns:
        return ()
    return tuple(sorted(columns, key=columns.__getitem__))


def tsv_items(
    path: Path,
    named: tuple[str, ...],
    pair: tuple[str, str],
    read: tuple[str, int],
    clean: Callable[[str, str], tuple[str, str] | str],
    reasons: dict[str, str],
) -> Iterator[tuple[str, str] | str]:
    """Each row of the file as ``clean(source cell, target cell)``, or why it is skipped:
    ``reasons``' words for "header", "no tab", "missing language" (a row without the pair's
    columns) and "too long". ``named``: the languages the file's name (or header) gives, in
    column order; ``read``: the encoding and the longest line read."""
    src, tgt = pair
    source, target = (1, 0) if named[:2] == (tgt, src) else (0, 1)
    rows = tsv_rows(read_lines(path, *read))
    first = next(rows, _END)
    columns = header_columns(first, pair) if isinstance(first, list) else None
    if columns and ({"source", "target"} <= columns.keys() or {src, tgt} <= columns.keys()):
        source, target = (columns.get("source", 0), columns.get("target", 1))
        source, target = columns.get(src, source), columns.get(tgt, target)
        yield reasons["header"]  # one that names other languages is read as data
    elif first is not _END:
        rows = itertools.chain([first], rows)
    needed = max(source, target)
    for fields in rows:
        if fields is None:
            yield reasons["too long"]
        elif len(fields) > needed:
            yield clean(fields[source], fields[target])
        else:
            yield reasons["no tab" if len(fields) < 2 else "missing language"]
