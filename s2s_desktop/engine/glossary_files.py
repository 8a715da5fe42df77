"""Glossary files: the rows (source, target, note) of a TSV, CSV or TBX file, and the TSV or
CSV text of rows. What the rows mean (terms, repeats, matching) is ``glossary``'s business."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse as parse_xml

from s2s_desktop.engine.corpus import normalize_language
from s2s_desktop.engine.documents.formats import SUFFIXES
from s2s_desktop.engine.documents.text_codec import NotText, decode_text
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.language_cells import QUALIFIER as _QUALIFIER
from s2s_desktop.engine.language_cells import named_language
from s2s_desktop.engine.tsv_fields import tsv_fields
from s2s_desktop.engine.wording import translate

Row = tuple[str, str, str]
HEADER: Row = ("source", "target", "note")
# First-row cells that name a column rather than hold a term, compared case-folded.
_HEADER_WORDS = frozenset(
    {
        "source", "target", "src", "tgt", "from", "to", "original", "word", "entry",
        "term", "terms", "source term", "target term", "source terms", "target terms",
        "translation", "translations", "equivalent", "target equivalent", "meaning",
        "source text", "target text", "source language", "target language",
    }
)  # fmt: skip
_LINE_END = re.compile(r"\r\n|\r|\n")
_LINE_WITH_END = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_MAX_RECORD_LINES = 100  # a CSV field quoted over more lines is taken for a stray quote
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# TBX's term statuses (administrativeStatus, older normativeAuthorization, MultiTerm's "Status").
_STATUS_TYPES = frozenset({"administrativestatus", "normativeauthorization", "status", "usage"})
# What the app translates as documents, plain text aside (a glossary may be a .txt of TSV).
_DOCUMENTS = frozenset(SUFFIXES) - {".txt", ".text"} | {".htm", ".xml", ".pdf", ".rtf"}
_NEVER_TARGET = frozenset({"deprecated", "superseded", "forbidden", "obsolete", "notrecommended"})


def read_rows(
    path: Path, src_lang: str, tgt_lang: str, incomplete: list[int] | None = None
) -> list[Row]:
    """The rows of a TBX file (by its ``.tbx`` name) or a two- or three-column TSV/CSV file.
    A line without a source and a target term is refused, or, given ``incomplete``, skipped
    and its number added there (unless no line holds a term: then it is the wrong file)."""
    if path.suffix.lower() == ".tbx":
        return _read_tbx(path, src_lang, tgt_lang)
    if path.suffix.lower() in _DOCUMENTS:  # its markup would be read as terms, line by line
        raise UserError(
            translate(
                "glossary",
                "{file} is a document, not a glossary; a glossary is a TSV, CSV or TBX file "
                "with one term per line: source, target and an optional note.",
            ).format(file=path.name)
        )
    return _read_delimited(path, src_lang, tgt_lang, incomplete)


def delimited_text(rows: Iterable[Row], delimiter: str) -> str:
    """The rows after a header row, as TSV (``delimiter`` a tab) or CSV."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue()


def _read_delimited(
    path: Path, src_lang: str, tgt_lang: str, incomplete: list[int] | None
) -> list[Row]:
    """Rows of source, target and an optional note; the delimiter (tab, comma or semicolon) is
    sniffed, a first row naming the columns is skipped, and so are comment lines."""
    text = _read_text(path)
    delimiter = _sniff_delimiter(text)
    records = _tsv_records(text) if delimiter == "\t" else _csv_records(text, delimiter)
    rows: list[Row] = []
    first = True
    for line, fields in records:
        cells = [cell.strip() for cell in fields]
        if not any(cells) or _is_comment(cells):
            continue
        if first and _is_header(cells, src_lang, tgt_lang):
            first = False
            continue
        first = False
        if len(cells) < 2 or not cells[0] or not cells[1]:
            if incomplete is None:
                raise _incomplete_line(path, line)
            incomplete.append(line)
            continue
        rows.append((cells[0], cells[1], cells[2] if len(cells) > 2 else ""))
    if incomplete and not rows:
        raise _incomplete_line(path, incomplete[0])
    return rows


def _incomplete_line(path: Path, line: int) -> UserError:
    return UserError(
        translate(
            "glossary",
            "{file} line {line} does not hold a source and a target term; a glossary "
            "file has one term per line: source, target and an optional note.",
        ).format(file=path.name, line=line)
    )


def _read_text(path: Path) -> str:
    """The file's text: UTF-8, or whatever a byte order mark names (Excel's "Unicode Text" is
    UTF-16 with one)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(_cannot_read(path, error)) from None
    try:
        return decode_text(data, "utf-8")[0]
    except NotText:
        raise UserError(
            translate(
                "glossary",
                "{file} holds binary data, not terms; a glossary is a TSV, CSV or TBX file.",
            ).format(file=path.name)
        ) from None
    except UnicodeDecodeError:
        raise UserError(
            translate(
                "glossary", "{file} is not UTF-8 text; save it as UTF-8 and try again."
            ).format(file=path.name)
        ) from None


def _sniff_delimiter(text: str) -> str:
    """The delimiter found in the most of the first lines: tab, then semicolon, then comma on a
    tie (csv.Sniffer guesses wrong on short files whose rows differ in length)."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    return max(("\t", ";", ","), key=lambda d: (sum(d in line for line in lines), d == "\t"))


def _tsv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each line, read as the corpus reads TSV: a quote never reaches
    past its field."""
    for number, line in enumerate(_LINE_END.split(text), start=1):
        yield number, tsv_fields(line)


def _csv_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, fields) of each CSV record; a quoted field may hold line breaks."""
    lines = _LINE_WITH_END.findall(text)
    index = 0
    while index < len(lines):
        fields, end = _csv_record(lines, index, delimiter)
        yield index + 1, fields
        index = end


def _csv_record(lines: list[str], index: int, delimiter: str) -> tuple[list[str], int]:
    """The record that starts at ``lines[index]`` and the index of the line after it.

    It spans the fewest lines that read as one well-formed record. A quote opened and never
    closed properly is text instead, so it cannot swallow the lines after it."""
    for end in range(index + 1, min(index + _MAX_RECORD_LINES, len(lines)) + 1):
        try:
            records = list(csv.reader(lines[index:end], delimiter=delimiter, strict=True))
        except csv.Error:
            continue
        if len(records) == 1:
            return records[0], end
        break
    plain = csv.reader(lines[index : index + 1], delimiter=delimiter, quoting=csv.QUOTE_NONE)
    return next(plain, []), index + 1


def _is_comment(cells: list[str]) -> bool:
    """A line opening with ``#`` and holding no second term: a comment, as in most
    tab-separated word lists; ``# of items<TAB>número de elementos`` is a term."""
    return cells[0].startswith("#") and (len(cells) < 2 or not cells[1])


def _is_header(cells: list[str], src_lang: str, tgt_lang: str) -> bool:
    """Whether a first row names the columns: by words ("Term", "Translation") or by two
    different languages ("English", "es-ES"); "Spanish, español" is a term of its own."""
    if len(cells) < 2:
        return False
    names = [_column_name(cell, (src_lang, tgt_lang)) for cell in cells[:2]]
    if None in names:
        return False
    languages = [name for name in names if name]
    return len(set(languages)) == len(languages)


def _column_name(cell: str, pair: tuple[str, str]) -> str | None:
    """The language a header cell names, "" for a header word, None for anything else (a bare
    code counts only as one of the pair's, so the term "IT" is not Italian)."""
    if _QUALIFIER.sub("", cell).casefold() in _HEADER_WORDS:
        return ""
    return named_language(cell, pair)


def _read_tbx(path: Path, src_lang: str, tgt_lang: str) -> list[Row]:
    """Rows of a TBX file (TBX-Basic's termEntry/langSet/tig, TBX 2019's
    conceptEntry/langSec/termSec): each source term with the entry's best target term.

    defusedxml refuses entity declarations, so a hostile file cannot expand or read files.
    """
    try:
        root = parse_xml(str(path)).getroot()
    except ParseError as error:
        raise UserError(
            translate(
                "glossary",
                "{file} is not well-formed XML (line {line}); export the termbase again.",
            ).format(file=path.name, line=error.position[0])
        ) from None
    except DefusedXmlException:
        raise UserError(
            translate(
                "glossary",
                "{file} declares XML entities, which are refused for safety; remove its "
                "DOCTYPE block and import it again.",
            ).format(file=path.name)
        ) from None
    except OSError as error:
        raise UserError(_cannot_read(path, error)) from None
    rows = []
    for entry in root.iter():
        if _local(entry.tag) in ("termEntry", "conceptEntry"):
            rows.extend(_entry_rows(entry, src_lang, tgt_lang))
    if not rows:
        raise UserError(
            translate(
                "glossary",
                "{file} holds no entry with terms in both {src_lang} and {tgt_lang}; choose a "
                "termbase for this language pair.",
            ).format(file=path.name, src_lang=src_lang, tgt_lang=tgt_lang)
        )
    return rows


def _cannot_read(path: Path, error: OSError) -> str:
    return translate(
        "glossary", "Cannot read {path} ({reason}); check that it exists and is readable."
    ).format(path=path, reason=error.strerror or error)


def _entry_rows(entry: Element, src_lang: str, tgt_lang: str) -> list[Row]:
    """Each source term of the entry (deprecated ones too: a text may still use an old word)
    with its target term: a preferred one first, then one without status or admitted, never a
    deprecated, superseded or forbidden one."""
    by_lang: dict[str, list[tuple[str, str]]] = {}
    for lang_section in entry:
        if _local(lang_section.tag) not in ("langSet", "langSec"):
            continue
        lang = normalize_language(lang_section.get(_XML_LANG) or lang_section.get("lang") or "")
        by_lang.setdefault(lang, []).extend(_section_terms(lang_section))
    sources = [term for term, _ in by_lang.get(normalize_language(src_lang), [])]
    targets = [
        (status != "preferred", term)
        for term, status in by_lang.get(normalize_language(tgt_lang), [])
        if status not in _NEVER_TARGET
    ]
    if not targets:
        return []
    target = min(targets, key=lambda ranked: ranked[0])[1]  # the first of the best rank
    note = _entry_note(entry)
    return [(source, target, note) for source in sources]


def _section_terms(lang_section: Element) -> list[tuple[str, str]]:
    """(term, status) of a language section's terms; a term outside tig, ntig or termSec has
    no status."""
    units = [e for e in lang_section.iter() if _local(e.tag) in ("tig", "ntig", "termSec")]
    if not units:
        return [(text, "") for text in _term_texts(lang_section)]
    found = []
    for unit in units:
        texts = _term_texts(unit)
        if texts:
            found.append((texts[0], _status(unit)))
    return found


def _term_texts(element: Element) -> list[str]:
    texts = ("".join(e.itertext()).strip() for e in element.iter() if _local(e.tag) == "term")
    return [text for text in texts if text]


def _status(unit: Element) -> str:
    """A term's status as "preferred", "admitted", "deprecated"... ("" for none), from
    TBX-Basic's "deprecatedTerm-admn-sts" or plain "Deprecated"."""
    for element in unit.iter():
        if _is_status(element):
            value = "".join(element.itertext()).strip().casefold()
            return value.removesuffix("-admn-sts").removesuffix("term").replace(" ", "")
    return ""


def _is_status(element: Element) -> bool:
    return (
        _local(element.tag) in ("termNote", "descrip")
        and (element.get("type") or "").casefold() in _STATUS_TYPES
    )


def _entry_note(entry: Element) -> str:
    """The entry's first definition or note, as one line."""
    for element in entry.iter():
        if _local(element.tag) in ("descrip", "note") and not _is_status(element):
            text = " ".join("".join(element.itertext()).split())
            if text:
                return text
    return ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
