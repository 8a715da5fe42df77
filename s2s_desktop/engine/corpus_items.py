"""One corpus file's pairs, line by line or unit by unit: read, cleaned, and either usable or
skipped for a reason (``corpus`` counts the reasons and holds out the validation slice)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from s2s_desktop.engine import tmx
from s2s_desktop.engine.corpus_splits import Split
from s2s_desktop.engine.corpus_tsv import tsv_items
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.text_files import read_lines
from s2s_desktop.engine.wording import QT_TRANSLATE_NOOP, translate

# Skip reasons, as counted in ScanReport.skipped (the keys stay English; shown translated).
EMPTY_SIDE = QT_TRANSLATE_NOOP("corpus", "empty side")
TOO_LONG = QT_TRANSLATE_NOOP("corpus", "too long")
NO_TAB = QT_TRANSLATE_NOOP("corpus", "no tab")
MISSING_LANGUAGE = QT_TRANSLATE_NOOP("corpus", "missing language")
HEADER = QT_TRANSLATE_NOOP("corpus", "header row")

_TSV_REASONS = {
    "header": HEADER,
    "no tab": NO_TAB,
    "missing language": MISSING_LANGUAGE,
    "too long": TOO_LONG,
}
_MIN_LINE_LIMIT = 1 << 20  # bytes; longer lines are skipped unread, whatever max_chars says
_END = object()


@dataclass(frozen=True)
class CorpusFile:
    """One unit of parallel data found below the folder."""

    kind: Literal["moses", "tsv", "tmx"]
    paths: tuple[Path, ...]  # moses: one path per language, same order as `languages`
    languages: tuple[str, ...]  # lowercase base codes; () for a TSV without codes in its name
    split: Split


def normalize_language(code: str) -> str:
    """Lowercase base code ('en-US', 'EN', 'en_GB' -> 'en'), so regions and scripts still match."""
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]


def items(
    file: CorpusFile, src: str, tgt: str, max_chars: int, encoding: str, keep: bool = False
) -> Iterator[tuple[str, str] | str]:
    """Each line or unit of a file as a cleaned (source, target) pair, or why it is skipped.
    ``keep`` (a test set's lines, each scored and translated as it is): a side left empty or
    longer than ``max_chars`` is kept too."""
    limit = max(_MIN_LINE_LIMIT, 16 * max_chars)
    if file.kind == "moses":
        source_path = file.paths[file.languages.index(src)]
        target_path = file.paths[file.languages.index(tgt)]
        yield from moses_items(source_path, target_path, max_chars, encoding, limit, keep)
    elif file.kind == "tsv":
        yield from tsv_items(
            file.paths[0],
            file.languages,
            (src, tgt),
            (encoding, limit),
            lambda source, target: clean_pair(source, target, max_chars, keep),
            _TSV_REASONS,
        )
    else:
        for unit in tmx.read_units(file.paths[0]):
            texts = by_language(unit)
            if src in texts and tgt in texts:
                yield clean_pair(texts[src], texts[tgt], max_chars, keep)
            else:
                yield MISSING_LANGUAGE


def moses_items(
    source_path: Path,
    target_path: Path,
    max_chars: int,
    encoding: str,
    limit: int,
    keep: bool = False,
) -> Iterator[tuple[str, str] | str]:
    """Line n of one file with line n of the other; differing line counts are refused (blank
    lines at one file's end aside: counted as empty sides)."""
    sources = read_lines(source_path, encoding, limit)
    targets = read_lines(target_path, encoding, limit)
    lines = itertools.zip_longest(sources, targets, fillvalue=_END)
    for count, (source, target) in enumerate(lines):
        if source is _END or target is _END:
            longer = itertools.chain([target if source is _END else source], targets, sources)
            rest, blank = 0, True
            for line in longer:
                rest += 1
                blank = blank and line is not None and not line.strip()
            if blank:  # blank lines at one file's end: harmless
                yield from [EMPTY_SIDE] * rest
                return
            counts = (count, count + rest) if source is _END else (count + rest, count)
            raise UserError(
                translate(
                    "corpus",
                    "{source} has {source_lines:,} lines but {target} has {target_lines:,}; line "
                    "n of each file must translate line n of the other, so align the files (pairs "
                    "out of line would be read as translations of each other).",
                ).format(
                    source=source_path,
                    target=target_path,
                    source_lines=counts[0],
                    target_lines=counts[1],
                )
            )
        if source is None or target is None:
            yield TOO_LONG
        else:
            yield clean_pair(source, target, max_chars, keep)


def by_language(unit: list[tuple[str, str]]) -> dict[str, str]:
    """A TMX unit's texts by base language; the first variant of a language wins."""
    texts: dict[str, str] = {}
    for language, text in unit:
        texts.setdefault(normalize_language(language), text)
    texts.pop("", None)
    return texts


def clean(text: str) -> str:
    """Strip and collapse whitespace runs (tabs, newlines included) to one space; drop byte
    order marks, which files joined with ``cat`` carry into the middle of the text."""
    return " ".join(text.replace("\ufeff", "").split())


def verdict(source: str, target: str, max_chars: int) -> str | None:
    """Why a cleaned pair is skipped, or None when it is usable."""
    if not source or not target:
        return EMPTY_SIDE
    if len(source) > max_chars or len(target) > max_chars:
        return TOO_LONG
    return None


def clean_pair(
    source: str, target: str, max_chars: int, keep: bool = False
) -> tuple[str, str] | str:
    source, target = clean(source), clean(target)
    return (None if keep else verdict(source, target, max_chars)) or (source, target)
