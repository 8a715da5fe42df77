"""A test set the user names -> its pairs, read for one model's direction.

Read as training reads its data (``corpus``): Moses file pairs, .tsv and .tmx files, or the
test files a folder holds (the names the scanner marks "test": test.en + test.de,
newstest2014.*), so lines are cleaned alike and a misaligned pair is refused the same way; but
a test line is not skipped for an empty side or its length (it is scored as it is), so
translations written line by line stay in line with the reference (a line over 1 MiB, a .tsv
line without a tab and a TMX unit without both languages aside). A test set is named
by its files and told apart by a hash of its pairs (``held_out_scores`` keeps one score per
test set with each model).
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from s2s_desktop.engine.corpus import (  # the scanner's own file finding and naming
    CorpusFile,
    ScanReport,
    discover_files,
    iter_pairs,
    language_suffix,
    name_pair,
)
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.text_files import check_encoding, check_text
from s2s_desktop.engine.wording import translate

TEST_MAX_CHARS = 1000  # training's default, for finding the files (no test line is skipped)


@dataclass(frozen=True)
class TestSet:
    """Pairs to score a model on, read for one direction (``src`` -> ``tgt``).

    Attributes:
        name: what the user calls it: the files' stem (``newstest2014``) or the folder's name.
        digest: a hash of its pairs: two sets of one name but other pairs are two test sets.
        origin: the files it was read from, for the user to recognise.
        languages_known: whether its files say their languages (coded names, a TMX's own
            codes); False for an uncoded .tsv or two files without codes, read as ``src`` ->
            ``tgt`` because it was asked, so any pair's models could be scored on it.
    """

    name: str
    digest: str
    src: str
    tgt: str
    pairs: list[tuple[str, str]]
    origin: str
    languages_known: bool = True


def read_test_set(
    paths: Sequence[str | Path],
    src: str,
    tgt: str,
    *,
    model: str | None = None,
    encoding: str = "utf-8",
    max_chars: int = TEST_MAX_CHARS,
) -> TestSet:
    """The ``src`` -> ``tgt`` test set at ``paths``: a folder (its test files, as the scanner
    names them), a .tsv or .tmx file, one side of a Moses pair (``test.en``: its partner
    ``test.de`` is found beside it), or two files, source and reference (in that order unless
    their language suffixes say otherwise). ``model`` names who needs the pair, in errors
    (None: "the model")."""
    encoding = check_encoding(encoding)
    chosen = [Path(path).expanduser() for path in paths]
    if not 1 <= len(chosen) <= 2:
        raise UserError(
            translate(
                "held_out_sets",
                "Choose one test file or folder, or two files: the source and its reference.",
            )
        )
    for path in chosen:
        if not path.exists():
            raise UserError(
                translate(
                    "held_out_sets",
                    "{path} does not exist; choose an existing test file or folder.",
                ).format(path=path)
            )
    if len(chosen) == 2:
        files = [_moses_pair(chosen[0], chosen[1], src, tgt, model)]
    elif chosen[0].is_dir():
        files = _folder_test_files(chosen[0], src, tgt, max_chars, encoding)
        if not files:
            raise UserError(
                translate(
                    "held_out_sets",
                    "{folder} holds no {src}–{tgt} test files (names with test, like "
                    "test.{src} + test.{tgt}); choose the test files themselves.",
                ).format(folder=chosen[0], src=src, tgt=tgt)
            )
    else:
        files = [_single_file(chosen[0], src, tgt, model)]
    if len(chosen) == 2:  # both files coded, each with its own language
        codes = {language_suffix(path.name) for path in chosen}
        known = None not in codes and len(codes) == 2
    else:  # coded names, TMX files (their units say) or Moses pairs found by their codes
        known = all(file.languages or file.kind == "tmx" for file in files)
    folder = chosen[0] if chosen[0].is_dir() else chosen[0].parent
    name = folder.name if len(files) > 1 else _file_name(files[0])
    report = _test_report(folder, files, src, tgt, encoding, max_chars)
    test_set = replace(_test_set(name, report, _origin(files)), languages_known=known)
    if not test_set.pairs:
        raise UserError(
            translate(
                "held_out_sets",
                "{origin} holds no usable {src}–{tgt} pairs (empty or without both languages); "
                "choose a test set with a reference translation for each line.",
            ).format(origin=test_set.origin, src=src, tgt=tgt)
        )
    return test_set


def report_test_set(report: ScanReport) -> TestSet | None:
    """The test files a training folder's scan found for its pair, as one test set (None when
    it has none): what the end of a run scores its model on."""
    files = [file for file in report.used_files if file.split == "test"]
    if not files or not report.test_pairs:
        return None
    name = report.folder.name if len(files) > 1 else _file_name(files[0])
    return _test_set(name, report, _origin(files))


def folder_test_set(
    folder: str | Path,
    src: str,
    tgt: str,
    *,
    encoding: str = "utf-8",
    max_chars: int = TEST_MAX_CHARS,
) -> TestSet | None:
    """The test files below ``folder`` for the pair, found as the scanner finds them (None:
    none, or none usable); for a run that was given no scan report."""
    folder = Path(folder).expanduser()
    files = _folder_test_files(folder, src, tgt, max_chars, encoding)
    if not files:
        return None
    name = folder.name if len(files) > 1 else _file_name(files[0])
    report = _test_report(folder, files, src, tgt, check_encoding(encoding), max_chars)
    test_set = _test_set(name, report, _origin(files))
    return test_set if test_set.pairs else None


def _folder_test_files(
    folder: Path, src: str, tgt: str, max_chars: int, encoding: str
) -> list[CorpusFile]:
    """The files below ``folder`` the scanner counts as test files holding the pair."""
    files, _, _, _ = discover_files(folder, max_chars, check_encoding(encoding), (src, tgt))
    return [
        file
        for file in files
        if file.split == "test"
        and ({src, tgt} <= set(file.languages) or (file.kind == "tsv" and not file.languages))
    ]


def _single_file(path: Path, src: str, tgt: str, model: str | None) -> CorpusFile:
    """A .tsv or .tmx test file, or one side of a Moses pair with its partner beside it."""
    lower = path.name.lower()
    if lower.endswith((".tsv", ".tab")):
        check_text(path)
        languages = name_pair(path.name[:-4]) or ()
        if languages and set(languages) != {src, tgt}:
            raise _wrong_pair(path.name, languages, src, tgt, model)
        return CorpusFile("tsv", (path,), languages, "test")
    if lower.endswith(".tmx"):
        return CorpusFile("tmx", (path,), (), "test")
    code = language_suffix(path.name)
    if code is None:
        raise UserError(
            translate(
                "held_out_sets",
                "{file} is not a test file the app reads; choose a .tsv or .tmx file, a "
                "folder, or a pair of files like test.{src} + test.{tgt}.",
            ).format(file=path.name, src=src, tgt=tgt)
        )
    if code not in (src, tgt):
        raise _wrong_pair(path.name, [code], src, tgt, model)
    other = tgt if code == src else src
    partner = next(
        (
            sibling
            for sibling in sorted(path.parent.glob(f"{glob.escape(path.stem)}.*"))
            if sibling.is_file() and language_suffix(sibling.name) == other
        ),
        None,
    )
    if partner is None:
        raise UserError(
            translate(
                "held_out_sets",
                "{file} has no {language} partner beside it ({stem}.{language}); choose both "
                "files, the source and its reference.",
            ).format(file=path.name, language=other, stem=path.stem)
        )
    return _moses_pair(path, partner, src, tgt, model)


def _moses_pair(first: Path, second: Path, src: str, tgt: str, model: str | None) -> CorpusFile:
    """Two files, line n of one translating line n of the other: ordered by their language
    suffixes where they have them, else source first as given."""
    for path in (first, second):
        if path.is_dir():
            raise UserError(
                translate(
                    "held_out_sets",
                    "{path} is a folder; choose two text files, source and reference.",
                ).format(path=path)
            )
        check_text(path)
    codes = (language_suffix(first.name), language_suffix(second.name))
    if codes[0] and codes[1] and codes[0] != codes[1]:
        if set(codes) != {src, tgt}:
            files = translate("held_out_sets", "{first} and {second}").format(
                first=first.name, second=second.name
            )
            raise _wrong_pair(files, codes, src, tgt, model)
        if codes[0] == tgt:
            first, second = second, first
    elif (code := codes[0] or codes[1]) and code not in (src, tgt):  # one side's code says
        raise _wrong_pair(first.name if codes[0] else second.name, [code], src, tgt, model)
    return CorpusFile("moses", (first, second), (src, tgt), "test")


def _wrong_pair(
    what: str, languages: Iterable[str], src: str, tgt: str, model: str | None
) -> UserError:
    return UserError(
        translate(
            "held_out_sets",
            "The test files ({files}) hold {found} text, but {model} translates {src} → {tgt}; "
            "choose {src}–{tgt} test files.",
        ).format(
            files=what,
            found="–".join(languages),
            model=model or translate("held_out_sets", "the model"),
            src=src,
            tgt=tgt,
        )
    )


def _file_name(file: CorpusFile) -> str:
    """A test file's name without its language or type suffix: ``newstest2014``."""
    return file.paths[0].name.rsplit(".", 1)[0]


def _origin(files: list[CorpusFile]) -> str:
    """The files, as absolute paths: what tells two test sets of one name apart."""
    return ", ".join(" + ".join(os.path.abspath(path) for path in file.paths) for file in files)


def _test_report(
    folder: Path, files: list[CorpusFile], src: str, tgt: str, encoding: str, max_chars: int
) -> ScanReport:
    """A scan report holding only ``files``, as test files: ``corpus.iter_pairs`` reads them
    exactly as it reads a training folder's test files."""
    return ScanReport(
        folder=folder,
        files=files,
        language_pairs=[(min(src, tgt), max(src, tgt))],
        src=src,
        tgt=tgt,
        used_files=files,
        train_pairs=0,
        valid_pairs=0,
        valid_from_files=True,
        test_pairs=0,
        skipped={},
        max_chars=max_chars,
        encoding=encoding,
    )


def _test_set(name: str, report: ScanReport, origin: str) -> TestSet:
    pairs = list(iter_pairs(report, "test"))
    digest = hashlib.sha256()
    for source, target in pairs:
        digest.update(f"{source}\t{target}\n".encode())
    return TestSet(name, digest.hexdigest()[:16], report.src, report.tgt, pairs, origin)
