"""Glossaries: the user's own term translations per language pair, found in source sentences.

A glossary is a list of terms (source, target, note) kept in one TSV file per language pair under
the user data directory. ``find_terms`` finds its source terms in a sentence whatever their case
or inflection ("server" in "Servers", "hard disk" in "hard disks"): each word is compared by its
Snowball stem. The translation side lives in ``glossary_translation``: the target terms become
constraints of the beam search, so the words around a term are chosen to fit it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import snowballstemmer
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse as parse_xml

from s2s_desktop.engine.corpus import normalize_language
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import atomic_write_bytes
from s2s_desktop.engine.store import data_root
from s2s_desktop.engine.wording import translate

GLOSSARY_FOLDER = "glossaries"
HEADER = ("source", "target", "note")
# First-row cells that name columns rather than hold a term (besides the pair's language codes).
_HEADER_WORDS = frozenset(
    {"source", "target", "src", "tgt", "term", "source term", "target term", "from", "to"}
)
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# A word: letters and digits, with inner apostrophes ("Server's", "l'homme") kept in the word.
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# Snowball's stemmers by the ISO 639-1 codes our language pairs use.
_STEMMER_NAMES = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "eo": "esperanto",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}


@dataclass(frozen=True)
class Term:
    """One glossary entry: how ``source`` is to be translated, and a note for the user."""

    source: str
    target: str
    note: str = ""


@dataclass(frozen=True)
class TermMatch:
    """A term found in a sentence: ``sentence[start:end]`` is the matched text."""

    term: Term
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did: terms new to the glossary, and existing ones given a new target."""

    added: int
    updated: int


@cache
def _stemmer(lang: str) -> snowballstemmer.stemmer | None:
    name = _STEMMER_NAMES.get(lang.split("-")[0].split("_")[0].lower())
    return snowballstemmer.stemmer(name) if name else None


def _word_keys(text: str, lang: str) -> list[tuple[str, int, int]]:
    """Each word of ``text`` as (comparison key, start, end): case-folded, then stemmed where
    Snowball knows the language (else case-folded only)."""
    stemmer = _stemmer(lang)
    words = [
        (m.group().casefold().replace("\u2019", "'"), m.start(), m.end())
        for m in _WORD.finditer(text)
    ]
    if stemmer is None:
        return words
    stems = stemmer.stemWords([word for word, _, _ in words])
    return [(stem, start, end) for stem, (_, start, end) in zip(stems, words)]


class TermMatcher:
    """Finds any of a list of phrases in text, inflection-tolerant, longest match first.

    ``find`` returns (phrase index, start, end) without overlaps: among overlapping matches the
    one with more words wins, then the earlier one. Used for source terms (``Glossary``) and, by
    the benchmark, for target terms in translations.
    """

    def __init__(self, phrases: list[str], lang: str) -> None:
        self.lang = lang
        self.by_first_key: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for index, phrase in enumerate(phrases):
            keys = tuple(key for key, _, _ in _word_keys(phrase, lang))
            if keys:
                self.by_first_key.setdefault(keys[0], []).append((keys, index))

    def find(self, text: str) -> list[tuple[int, int, int]]:
        words = _word_keys(text, self.lang)
        found: list[tuple[int, int, int, int]] = []  # (words, word position, phrase index, end)
        for position, (key, _, _) in enumerate(words):
            for keys, index in self.by_first_key.get(key, ()):
                end = position + len(keys)
                if tuple(k for k, _, _ in words[position:end]) == keys:
                    found.append((len(keys), position, index, end))
        found.sort(key=lambda match: (-match[0], match[1], match[2]))
        taken: set[int] = set()
        chosen: list[tuple[int, int, int]] = []
        for _, position, index, end in found:
            if taken.isdisjoint(range(position, end)):
                taken.update(range(position, end))
                chosen.append((index, words[position][1], words[end - 1][2]))
        return sorted(chosen, key=lambda match: match[1])


class Glossary:
    """The terms of one language pair, stored as ``<data root>/glossaries/<src>-<tgt>.tsv``.

    Attributes:
        src_lang, tgt_lang: the pair's language codes.
        terms: the entries in the user's order; change it through the methods (they keep the
            matcher current) and call ``save``.
    """

    def __init__(self, src_lang: str, tgt_lang: str, terms: list[Term] | None = None) -> None:
        self.src_lang = src_lang
        self.tgt_lang = tgt_lang
        self.terms: list[Term] = []
        self._matcher: TermMatcher | None = None
        for term in terms or []:
            self.add(term)

    @property
    def path(self) -> Path:
        return glossary_path(self.src_lang, self.tgt_lang)

    @classmethod
    def load(cls, src_lang: str, tgt_lang: str) -> Glossary:
        """The stored glossary of the pair, or an empty one if there is none yet."""
        glossary = cls(src_lang, tgt_lang)
        if glossary.path.exists():
            glossary.terms = _read_delimited(glossary.path, src_lang, tgt_lang)
        return glossary

    def save(self) -> None:
        """Write the terms atomically (a crash leaves the old file or the new one)."""
        try:
            atomic_write_bytes(self.path, _delimited_text(self.terms, "\t").encode("utf-8"))
        except OSError as error:
            raise UserError(
                translate(
                    "glossary",
                    "Cannot save the glossary to {path} ({reason}); "
                    "check that the disk has room and the folder is writable.",
                ).format(path=self.path, reason=error.strerror or error)
            ) from None

    def copy(self) -> Glossary:
        """The same terms in a glossary of its own (another thread may read it while this one is
        edited)."""
        return Glossary(self.src_lang, self.tgt_lang, list(self.terms))

    def add(self, term: Term) -> None:
        self.terms.append(_checked(term))
        self._matcher = None

    def replace(self, index: int, term: Term) -> None:
        self.terms[index] = _checked(term)
        self._matcher = None

    def set_terms(self, terms: list[Term]) -> None:
        """Replace every term (the window's table is edited as a whole)."""
        self.terms = [_checked(term) for term in terms]
        self._matcher = None

    def remove(self, index: int) -> None:
        del self.terms[index]
        self._matcher = None

    def import_file(self, path: Path) -> ImportReport:
        """Merge a TSV, CSV or TBX file's terms: a source term already here takes the file's
        target and note; the others are added at the end."""
        incoming = read_terms(path, self.src_lang, self.tgt_lang)
        where = {term.source.casefold(): i for i, term in enumerate(self.terms)}
        added = updated = 0
        for term in incoming:
            index = where.get(term.source.casefold())
            if index is None:
                where[term.source.casefold()] = len(self.terms)
                self.terms.append(term)
                added += 1
            elif self.terms[index] != term:
                self.terms[index] = term
                updated += 1
        self._matcher = None
        return ImportReport(added, updated)

    def export_file(self, path: Path) -> None:
        """Write the terms as CSV (a ``.csv`` name) or else as TSV, with a header row."""
        delimiter = "," if path.suffix.lower() == ".csv" else "\t"
        try:
            atomic_write_bytes(path, _delimited_text(self.terms, delimiter).encode("utf-8"))
        except OSError as error:
            raise UserError(
                translate(
                    "glossary", "Cannot write {path} ({reason}); choose another place."
                ).format(path=path, reason=error.strerror or error)
            ) from None

    def find_terms(self, sentence: str) -> list[TermMatch]:
        """The glossary's source terms in ``sentence``, left to right, without overlaps."""
        if self._matcher is None:
            self._matcher = TermMatcher([term.source for term in self.terms], self.src_lang)
        return [
            TermMatch(self.terms[index], start, end, sentence[start:end])
            for index, start, end in self._matcher.find(sentence)
        ]


def glossary_path(src_lang: str, tgt_lang: str) -> Path:
    return data_root() / GLOSSARY_FOLDER / f"{src_lang}-{tgt_lang}.tsv"


def _checked(term: Term) -> Term:
    """The term with spaces trimmed; a term without a source or target is the user's mistake."""
    term = Term(term.source.strip(), term.target.strip(), term.note.strip())
    if not term.source or not term.target:
        raise UserError(
            translate("glossary", "A glossary term needs both a source term and a target term.")
        )
    return term


def read_terms(path: Path, src_lang: str, tgt_lang: str) -> list[Term]:
    """Terms from a TBX file (by its ``.tbx`` name) or a two- or three-column TSV/CSV file."""
    if path.suffix.lower() == ".tbx":
        return _read_tbx(path, src_lang, tgt_lang)
    return _read_delimited(path, src_lang, tgt_lang)


def _read_delimited(path: Path, src_lang: str, tgt_lang: str) -> list[Term]:
    """Rows of source, target and an optional note; the delimiter (tab, comma or semicolon) is
    sniffed, and a first row naming the columns is skipped."""
    text = _read_text(path)
    rows = [row for row in csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text))]
    if rows and _is_header(rows[0], src_lang, tgt_lang):
        rows[0] = []
    terms = []
    for line, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise UserError(
                translate(
                    "glossary",
                    "{file} line {line} does not hold a source and a target term; a glossary "
                    "file has one term per line: source, target and an optional note.",
                ).format(file=path.name, line=line)
            )
        terms.append(Term(cells[0], cells[1], cells[2] if len(cells) > 2 else ""))
    return terms


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(
            translate(
                "glossary", "{file} is not UTF-8 text; save it as UTF-8 and import it again."
            ).format(file=path.name)
        ) from None
    except OSError as error:
        raise UserError(_cannot_read(path, error)) from None


def _sniff_delimiter(text: str) -> str:
    """The delimiter found in the most of the first lines: tab, then semicolon, then comma on a
    tie (csv.Sniffer guesses wrong on short files whose rows differ in length)."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    return max(("\t", ";", ","), key=lambda d: (sum(d in line for line in lines), d == "\t"))


def _is_header(row: list[str], src_lang: str, tgt_lang: str) -> bool:
    names = {cell.strip().casefold() for cell in row[:2]}
    codes = {src_lang.casefold(), tgt_lang.casefold()}
    return len(row) >= 2 and names <= (_HEADER_WORDS | codes)


def _delimited_text(terms: list[Term], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows((term.source, term.target, term.note) for term in terms)
    return out.getvalue()


def _read_tbx(path: Path, src_lang: str, tgt_lang: str) -> list[Term]:
    """Terms of a TBX file (TBX-Basic's termEntry/langSet/tig, TBX 2019's
    conceptEntry/langSec/termSec): each source term with the entry's first target term.

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
    terms = []
    for entry in root.iter():
        if _local(entry.tag) in ("termEntry", "conceptEntry"):
            terms.extend(_entry_terms(entry, src_lang, tgt_lang))
    if not terms:
        raise UserError(
            translate(
                "glossary",
                "{file} holds no entry with terms in both {src_lang} and {tgt_lang}; choose a "
                "termbase for this language pair.",
            ).format(file=path.name, src_lang=src_lang, tgt_lang=tgt_lang)
        )
    return terms


def _cannot_read(path: Path, error: OSError) -> str:
    return translate(
        "glossary", "Cannot read {path} ({reason}); check that it exists and is readable."
    ).format(path=path, reason=error.strerror or error)


def _entry_terms(entry: Element, src_lang: str, tgt_lang: str) -> list[Term]:
    by_lang: dict[str, list[str]] = {}
    for lang_section in entry:
        if _local(lang_section.tag) not in ("langSet", "langSec"):
            continue
        lang = normalize_language(lang_section.get(_XML_LANG) or lang_section.get("lang") or "")
        words = [
            "".join(term.itertext()).strip()
            for term in lang_section.iter()
            if _local(term.tag) == "term"
        ]
        by_lang.setdefault(lang, []).extend(word for word in words if word)
    sources = by_lang.get(normalize_language(src_lang), [])
    targets = by_lang.get(normalize_language(tgt_lang), [])
    if not targets:
        return []
    note = _entry_note(entry)
    return [Term(source, targets[0], note) for source in sources]


def _entry_note(entry: Element) -> str:
    """The entry's first definition or note, as one line."""
    for element in entry.iter():
        if _local(element.tag) in ("descrip", "note"):
            text = " ".join("".join(element.itertext()).split())
            if text:
                return text
    return ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
