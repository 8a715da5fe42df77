"""A tab-separated corpus file (``.tsv``, ``.tab``): which languages its header names, and its
rows as (source, target) pairs.

Spreadsheets exported as text open with a header more often than not: language codes
(``en<TAB>de``, ``en-US<TAB>es-ES``), language names (``English<TAB>Spanish``), roles
(``source<TAB>target``), often after a row number (``id<TAB>en<TAB>es``). The header's languages
say which pair the file holds and which column is which; without a header, column 1 is the
source (or the file name's first code is).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from s2s_desktop.engine.text_files import read_lines
from s2s_desktop.engine.tsv_fields import tsv_rows

# Skip reasons, as counted in ScanReport.skipped: the corpus module owns their wording.
Outcome = tuple[str, str] | str

_CODE = re.compile(r"^([a-z]{2,3})(?:[_-][a-z0-9]{2,8})?$")
# ISO 639-1: a header cell that is one of these (with or without a region) names a language.
_ISO_639_1 = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()  # noqa: SIM905
)
# Headers in words: the English names of the languages corpora come in most, and a few own names.
_NAMES = {
    "afrikaans": "af", "albanian": "sq", "arabic": "ar", "armenian": "hy", "basque": "eu",
    "belarusian": "be", "bengali": "bn", "bulgarian": "bg", "catalan": "ca", "chinese": "zh",
    "croatian": "hr", "czech": "cs", "danish": "da", "dutch": "nl", "english": "en",
    "esperanto": "eo", "estonian": "et", "finnish": "fi", "french": "fr", "galician": "gl",
    "georgian": "ka", "german": "de", "greek": "el", "hebrew": "he", "hindi": "hi",
    "hungarian": "hu", "icelandic": "is", "indonesian": "id", "irish": "ga", "italian": "it",
    "japanese": "ja", "kazakh": "kk", "korean": "ko", "latin": "la", "latvian": "lv",
    "lithuanian": "lt", "macedonian": "mk", "malay": "ms", "maltese": "mt", "norwegian": "no",
    "persian": "fa", "polish": "pl", "portuguese": "pt", "romanian": "ro", "russian": "ru",
    "serbian": "sr", "slovak": "sk", "slovenian": "sl", "spanish": "es", "swahili": "sw",
    "swedish": "sv", "tagalog": "tl", "tamil": "ta", "thai": "th", "turkish": "tr",
    "ukrainian": "uk", "urdu": "ur", "vietnamese": "vi", "welsh": "cy",
    "deutsch": "de", "español": "es", "français": "fr", "italiano": "it", "português": "pt",
    "nederlands": "nl", "polski": "pl", "русский": "ru", "中文": "zh", "日本語": "ja",
}  # fmt: skip
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
        match = _CODE.match(cell)
        code = _NAMES.get(cell) or (match[1] if match else None)
        if code is None or (code not in _ISO_639_1 and code not in extra):
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
