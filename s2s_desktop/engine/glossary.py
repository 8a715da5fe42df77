"""Glossaries: the user's own term translations per language pair, found in source sentences.

A glossary is a list of terms (source, target, note) kept in one TSV file per language pair under
the user data directory. ``find_terms`` finds its source terms in a sentence whatever their case
or inflection ("server" in "Servers", "hard disk" in "hard disks"): each word is compared by its
Snowball stem. A word in capitals (IT, NASA) matches only in capitals, and a term's symbols
(C++, U.S., Wi-Fi) must be there too. The translation side lives in ``glossary_translation``: the
target terms become constraints of the beam search, so the words around a term are chosen to fit
it. Reading and writing the files is ``glossary_files``'s.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import snowballstemmer

from s2s_desktop.engine.atomic_files import atomic_write_bytes
from s2s_desktop.engine.data_folder import data_root
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.glossary_files import delimited_text, read_rows
from s2s_desktop.engine.wording import translate

GLOSSARY_FOLDER = "glossaries"
# A word (letters and digits, with inner apostrophes: "Server's", "l'homme"), or else any one
# visible character, a symbol.
_TOKEN = re.compile(r"(\w+(?:['\u2019]\w+)*)|[^\w\s]")
_LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")
# Spellings of one character that a term and a text may use for each other.
_SAME_CHARACTER = str.maketrans({"\u2019": "'", "\u2010": "-", "\u2011": "-"})
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
    """What an import did: terms new to the glossary, existing ones given a new target, and the
    file's rows that repeated one of its source terms (skipped: the first row counts)."""

    added: int
    updated: int
    repeats: int = 0
    incomplete: tuple[int, ...] = ()  # the file's lines without both terms (skipped)


@dataclass(frozen=True)
class TermFile:
    """A glossary file's terms, each source term once, how many later rows repeated one, and
    the numbers of the lines skipped for want of a source or a target term."""

    terms: list[Term]
    repeats: int
    incomplete: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Token:
    """A word or symbol of a text: its comparison key and where it is."""

    key: str
    start: int
    end: int
    word: bool


@dataclass(frozen=True)
class _Phrase:
    """How a phrase is compared: its tokens' keys, the capitals each word must start with (""
    for any case), and for a phrase with symbols, where a space comes between tokens. Two
    terms with equal phrases match the same text."""

    keys: tuple[str, ...]
    capitals: tuple[str, ...]
    spaced: tuple[bool, ...] | None  # None: no symbols, so spacing does not matter
    words: int


@cache
def _stemmer(lang: str) -> snowballstemmer.stemmer | None:
    name = _STEMMER_NAMES.get(lang.split("-")[0].split("_")[0].lower())
    return snowballstemmer.stemmer(name) if name else None


def _tokens(text: str, lang: str) -> list[_Token]:
    """The words of ``text`` keyed by their case-folded Snowball stem (case-folded only where
    Snowball does not know the language), and its symbols keyed by themselves."""
    found = [
        (m, m.group(1) is not None)
        for m in _TOKEN.finditer(text)
        if not unicodedata.category(m.group()[0]).startswith("M")  # a vowel sign is no symbol
    ]
    words = [m.group().casefold().translate(_SAME_CHARACTER) for m, word in found if word]
    stemmer = _stemmer(lang)
    stems = iter(stemmer.stemWords(words) if stemmer else words)
    return [
        _Token(next(stems) if word else m.group().translate(_SAME_CHARACTER), *m.span(), word)
        for m, word in found
    ]


def _phrase(text: str, lang: str) -> _Phrase:
    """How the term or target ``text`` is compared with the words of a text."""
    tokens = _tokens(text, lang)
    surfaces = [text[token.start : token.end].translate(_SAME_CHARACTER) for token in tokens]
    exact = iter(_case_exact([s for s, token in zip(surfaces, tokens) if token.word]))
    capitals = tuple(s if token.word and next(exact) else "" for s, token in zip(surfaces, tokens))
    words = sum(token.word for token in tokens)
    spaced = tuple(b.start > a.end for a, b in zip(tokens, tokens[1:]))
    keys = tuple(token.key for token in tokens)
    return _Phrase(keys, capitals, spaced if words < len(tokens) else None, words)


def _spelling(term: str) -> _Phrase:
    """What tells a term from another: its words in any case (unless in capitals) and its
    symbols; unstemmed, as stemming a big file's every term again takes seconds."""
    return _phrase(term, "")


def _case_exact(words: list[str]) -> list[bool]:
    """Which words of a term match only in their own case: words in capitals of two letters or
    more (IT, NASA), and each word of a term in capitals with two letters in all (U.S., I/O);
    "us" and "It" are other words, while "Vitamin C" or "C++" may be written in any case."""
    capitals = [word.isupper() for word in words]
    if not any(capitals):
        return capitals
    letters = [sum(c.isalpha() for c in word) for word in words]
    whole = sum(letters) >= 2 and all(upper for upper, n in zip(capitals, letters) if n)
    return [upper and (whole or n >= 2) for upper, n in zip(capitals, letters)]


class TermMatcher:
    """Finds any of a list of phrases in text, inflection-tolerant, longest match first.

    ``find`` returns (phrase index, start, end) without overlaps: among overlapping matches the
    one with more words wins, then the one with more symbols ("C++" over "C"), then the earlier
    one. Used for source terms (``Glossary``) and, by the translation and the benchmark, for
    target terms in translations.
    """

    def __init__(self, phrases: list[str], lang: str) -> None:
        self.lang = lang
        self.by_first_key: dict[str, list[tuple[_Phrase, int]]] = {}
        for index, text in enumerate(phrases):
            phrase = _phrase(text, lang)
            if phrase.keys:
                self.by_first_key.setdefault(phrase.keys[0], []).append((phrase, index))

    def find(self, text: str) -> list[tuple[int, int, int]]:
        tokens = _tokens(text, self.lang)
        words = [token for token in tokens if token.word]
        found: list[tuple[int, int, int, int, int]] = []  # (words, keys, start, index, end)
        word_number = 0  # the words before ``position``
        for position, token in enumerate(tokens):
            for phrase, index in self.by_first_key.get(token.key, ()):
                # A phrase without symbols skips the text's ("hard disk" in "hard-disk").
                span = (
                    _match(phrase, words, word_number, text)
                    if phrase.spaced is None
                    else _match(phrase, tokens, position, text)
                )
                if span is not None:
                    found.append((phrase.words, len(phrase.keys), span[0], index, span[1]))
            word_number += token.word
        found.sort(key=lambda match: (-match[0], -match[1], match[2], match[3]))
        chosen: list[tuple[int, int, int]] = []
        for _, _, start, index, end in found:
            if all(
                end <= other_start or start >= other_end for _, other_start, other_end in chosen
            ):
                chosen.append((index, start, end))
        return sorted(chosen, key=lambda match: match[1])


def _match(
    phrase: _Phrase, tokens: list[_Token], position: int, text: str
) -> tuple[int, int] | None:
    """The span of ``text`` where ``phrase`` matches ``tokens`` from ``position``, or None."""
    run = tokens[position : position + len(phrase.keys)]
    if len(run) < len(phrase.keys):
        return None
    for token, key, capitals in zip(run, phrase.keys, phrase.capitals):
        surface = text[token.start : token.end].translate(_SAME_CHARACTER)
        if token.key != key or not surface.startswith(capitals):  # "" fits any case
            return None
    if phrase.spaced is not None and not _symbols_fit(phrase.spaced, tokens, position):
        return None
    return run[0].start, run[-1].end


def _symbols_fit(spaced: tuple[bool, ...], tokens: list[_Token], position: int) -> bool:
    """Whether a match of a phrase with symbols is spaced as the phrase is, with no word glued
    to a symbol at either end (".NET" is not in "ASP.NET", "U.S." not in "U.S.A.")."""
    end = position + len(spaced) + 1
    run = tokens[position:end]
    if tuple(b.start > a.end for a, b in zip(run, run[1:])) != spaced:
        return False
    before = tokens[position - 1] if position else None
    after = tokens[end] if end < len(tokens) else None
    glued_before = before is not None and before.word and before.end == run[0].start
    glued_after = after is not None and after.word and after.start == run[-1].end
    return not (glued_before and not run[0].word) and not (glued_after and not run[-1].word)


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
            rows = read_rows(glossary.path, src_lang, tgt_lang)
            glossary.terms = [Term(*row) for row in rows]
        return glossary

    def save(self) -> None:
        """Write the terms atomically (a crash leaves the old file or the new one)."""
        try:
            atomic_write_bytes(self.path, self._delimited_text("\t").encode("utf-8"))
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
        """Replace every term (the window's table is edited as a whole; the terms it had are
        not checked again)."""
        kept = set(self.terms)
        self.terms = [term if term in kept else _checked(term) for term in terms]
        self._matcher = None

    def remove(self, index: int) -> None:
        del self.terms[index]
        self._matcher = None

    def import_file(self, path: Path) -> ImportReport:
        """Merge a TSV, CSV or TBX file's terms, read as the command line reads them: a term
        already here takes the file's target and note; the others are added at the end."""
        incoming = read_term_file(path, self.src_lang, self.tgt_lang)
        where: dict[_Phrase, int] = {}
        for index, term in enumerate(self.terms):
            where.setdefault(_spelling(term.source), index)  # the one that matches
        added = updated = 0
        for term in incoming.terms:
            index = where.get(_spelling(term.source))
            if index is None:
                self.terms.append(term)
                added += 1
            elif self.terms[index] != term:
                self.terms[index] = term
                updated += 1
        self._matcher = None
        return ImportReport(added, updated, incoming.repeats, incoming.incomplete)

    def export_file(self, path: Path) -> None:
        """Write the terms as CSV (a ``.csv`` name) or else as TSV, with a header row."""
        delimiter = "," if path.suffix.lower() == ".csv" else "\t"
        try:
            atomic_write_bytes(path, self._delimited_text(delimiter).encode("utf-8"))
        except OSError as error:
            raise UserError(
                translate(
                    "glossary", "Cannot write {path} ({reason}); choose another place."
                ).format(path=path, reason=error.strerror or error)
            ) from None

    def _delimited_text(self, delimiter: str) -> str:
        return delimited_text(((t.source, t.target, t.note) for t in self.terms), delimiter)

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


def line_numbers(lines: tuple[int, ...], most: int = 8) -> str:
    """``lines`` as a short list in any language: "5, 9, 12", or the first ``most`` and "…"."""
    shown = ", ".join(str(line) for line in lines[:most])
    return shown + (", \u2026" if len(lines) > most else "")


def read_terms(path: Path, src_lang: str, tgt_lang: str) -> list[Term]:
    """The terms of a TSV, CSV or TBX file, each source term once (see ``read_term_file``)."""
    return read_term_file(path, src_lang, tgt_lang).terms


def read_term_file(path: Path, src_lang: str, tgt_lang: str) -> TermFile:
    """A TSV, CSV or TBX file's terms, for the command line's ``--glossary`` and the window's
    import alike: a source term the file repeats keeps its first row, as most CAT tools'
    import does, and a line without both terms is skipped (and named)."""
    incomplete: list[int] = []
    rows = read_rows(path, src_lang, tgt_lang, incomplete)
    terms: list[Term] = []
    seen: set[_Phrase] = set()
    for row in rows:
        term = _checked(Term(*row))
        spelling = _spelling(term.source)
        if spelling not in seen:
            seen.add(spelling)
            terms.append(term)
    return TermFile(terms, len(rows) - len(terms), tuple(incomplete))


def _checked(term: Term) -> Term:
    """The term with spaces trimmed and on one line (the glossary is kept one term a line); a
    term without a source or target is the user's mistake."""
    term = Term(_one_line(term.source), _one_line(term.target), _one_line(term.note))
    if not term.source or not term.target:
        raise UserError(
            translate("glossary", "A glossary term needs both a source term and a target term.")
        )
    return term


def _one_line(text: str) -> str:
    return _LINE_BREAK.sub(" ", text).strip()
