"""Find parallel sentence pairs anywhere below a folder, and report what was found.

The user points the app at a folder of whatever they have: Moses-style file pairs
(``train.en`` + ``train.de``), tab-separated files, TMX translation memories. The scan decides
which files hold which languages, which pair and direction to train, which lines are usable and
which are held out for validation, and says so before any training starts. Everything streams:
corpora larger than memory are fine, and a second pass (:func:`iter_pairs`) reproduces exactly
what the scan counted.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from s2s_desktop.engine import tmx
from s2s_desktop.engine.corpus_items import (
    MISSING_LANGUAGE,
    CorpusFile,
    by_language,
    clean,
    items,
    normalize_language,
    verdict,
)
from s2s_desktop.engine.corpus_messages import (
    no_data_message,
    no_training_message,
    pair_list,
    skip_counts,
)
from s2s_desktop.engine.corpus_splits import TEST_WORDS, VALID_WORDS, Split, split_of, split_reason
from s2s_desktop.engine.corpus_tsv import header_languages
from s2s_desktop.engine.errors import LanguagePairNeeded, PairNotFound, UserError
from s2s_desktop.engine.text_files import check_encoding, check_text, unreadable
from s2s_desktop.engine.wording import number, translate

_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")
_NAME_PAIR = re.compile(r"^([a-z]{2,3})[-_2]([a-z]{2,3})$")  # a whole name part: en-de, en_de
_PART_PAIR = re.compile(r"^([a-z]{2,3})[-2]([a-z]{2,3})$")  # within train_en-de

# Suffixes that look like language codes but name file types or pipeline stages. Real codes that
# double as extensions (cs, el, ml, pl, pt, ts, ...) stay languages: corpora use them far more.
_NOT_LANGUAGES = frozenset(
    """
    txt tsv tab csv xml tmx xlf log md rst tex py pyc sh bat exe dll so lib gz tgz zip tar rar
    json yml yaml toml cfg ini conf env lock pdf doc odt rtf bin dat out err bak tmp swp old orig
    rej diff model vocab bpe spm sp pth ckpt npy npz pkl db sql idx html htm css js jsx tsx rb rs
    go hs kt vb pm lua php jar cpp hpp cc cxx png jpg gif svg bmp ico mp3 mp4 wav ogg avi mov mo
    po in ac key pem crt sig asc
    src tgt trg ref hyp sys raw tok
    """.split()  # noqa: SIM905 (the last row: fairseq/OpenNMT roles, not languages)
)

_TSV_SUFFIXES = (".tsv", ".tab")
_MAX_VALID = 1000
_VALID_SHARE = 0.01
# A small corpus gives up to a tenth, up to this many pairs: a score on ten sentences is noise.
_FEW_VALID = 100
_SMALL_VALID_SHARE = 0.1


@dataclass
class ScanReport:
    """What a folder holds, computed before training so the user sees it first."""

    folder: Path
    files: list[CorpusFile]
    language_pairs: list[tuple[str, str]]
    src: str
    tgt: str
    used_files: list[CorpusFile]
    train_pairs: int
    valid_pairs: int
    valid_from_files: bool
    test_pairs: int
    skipped: dict[str, int]
    max_chars: int
    encoding: str
    # Usable pairs per used file, before the held-out slice is taken.
    file_pairs: dict[CorpusFile, int] = field(default_factory=dict, repr=False)
    # Files passed over: one language of a pair without its partner, and files of no kind read.
    partnerless: list[Path] = field(default_factory=list)
    not_read: list[Path] = field(default_factory=list)
    unlabelled: list[Path] = field(default_factory=list)  # .tsv files read as the pair

    def summary_lines(self) -> list[str]:
        """Human-readable report, used verbatim by the CLI and the window's log."""
        lines = [translate("corpus", "Data folder: {folder}").format(folder=self.folder)]
        others = [pair for pair in self.language_pairs if set(pair) != {self.src, self.tgt}]
        if others:
            languages = translate(
                "corpus",
                "Languages: {src} → {tgt} (source {src}, target {tgt}); also found {others} "
                "(not used)",
            )
        else:
            languages = translate("corpus", "Languages: {src} → {tgt} (source {src}, target {tgt})")
        lines.append(languages.format(src=self.src, tgt=self.tgt, others=pair_list(others)))
        rows = [(self._describe(file), file) for file in self.used_files]
        name_width = max((len(name) for name, _ in rows), default=0)
        count_width = max((len(number(count)) for count in self.file_pairs.values()), default=1)
        for name, file in rows:
            if file.split == "test":
                pairs = translate("corpus", "{count:>{width},} pairs (scored at the end)")
            else:
                pairs = translate("corpus", "{count:>{width},} pairs")
            pairs = pairs.format(count=self.file_pairs.get(file, 0), width=count_width)
            lines.append(f"  {name:<{name_width}}  {file.kind:<5}  {file.split:<5}  {pairs}")
        lines.append(
            translate("corpus", "Training pairs: {pairs:,}").format(pairs=self.train_pairs)
        )
        if self.valid_from_files:
            validation = translate(
                "corpus", "Validation pairs: {pairs:,} (from the validation files)"
            )
        elif self.valid_pairs:
            validation = translate(
                "corpus",
                "Validation pairs: {pairs:,} (held out from the training data, 1 pair in {every})",
            )
        else:
            validation = translate(
                "corpus", "Validation pairs: {pairs:,} (too little data to hold any out)"
            )
        every = _held_out_every(self) if self.valid_pairs else 0
        lines.append(validation.format(pairs=self.valid_pairs, every=every))
        if self.test_pairs:
            lines.append(
                translate(
                    "corpus",
                    "Test pairs: {pairs:,} (in test files: never trained on; the final model is "
                    "scored on them at the end)",
                ).format(pairs=self.test_pairs)
            )
        if self.skipped:
            skipped = translate(
                "corpus", "Skipped: {skipped} (at most {max_chars:,} characters per sentence)"
            )
        else:
            skipped = translate(
                "corpus", "Skipped: none (at most {max_chars:,} characters per sentence)"
            )
        lines.append(
            skipped.format(skipped=skip_counts(self.skipped.items()), max_chars=self.max_chars)
        )
        if self.partnerless:
            lines.append(
                translate("corpus", "No partner in another language, not used: {files}").format(
                    files=self._names(self.partnerless)
                )
            )
        if self.unlabelled:
            lines.append(
                translate(
                    "corpus",
                    "Languages not said, read as {src} → {tgt}: {files} (if one holds another "
                    "pair, name it like data.xx-yy.tsv or move it out)",
                ).format(files=self._names(self.unlabelled), src=self.src, tgt=self.tgt)
            )
        if self.not_read:
            lines.append(
                translate("corpus", "Not data files the app reads, not used: {files}").format(
                    files=self._names(self.not_read)
                )
            )
        return lines

    def _names(self, paths: list[Path], most: int = 6) -> str:
        """A few of ``paths`` relative to the folder, and how many more."""
        names = ", ".join(_relative(path, self.folder) for path in paths[:most])
        if len(paths) > most:
            names += translate("corpus", " and {count:,} more").format(count=len(paths) - most)
        return names

    def _describe(self, file: CorpusFile) -> str:
        """The file's path relative to the folder; both sides, source first, for a Moses pair."""
        if file.kind == "moses":
            paths = [file.paths[file.languages.index(code)] for code in (self.src, self.tgt)]
        else:
            paths = list(file.paths)
        return " + ".join(_relative(path, self.folder) for path in paths)


def scan_folder(
    folder: str | Path,
    src: str | None = None,
    tgt: str | None = None,
    *,
    max_chars: int = 1000,
    encoding: str = "utf-8",
) -> ScanReport:
    """Find the parallel data below ``folder``, choose the language pair, and count usable pairs.

    Reads every used file once, so encoding problems and misaligned files surface here, before
    training, as :class:`UserError` naming the file.
    """
    folder = Path(folder).expanduser()
    encoding = check_encoding(encoding)
    if max_chars < 1:
        raise UserError(
            translate(
                "corpus", "The sentence length limit must be at least 1 character, not {max_chars}."
            ).format(max_chars=max_chars)
        )
    src = _user_language(src, "--src")
    tgt = _user_language(tgt, "--tgt")
    if src is not None and src == tgt:
        raise UserError(
            translate(
                "corpus",
                "Source and target language are both {language}; pass two different languages "
                "with --src and --tgt.",
            ).format(language=src)
        )
    if not folder.exists():
        raise UserError(
            translate(
                "corpus", "The data folder {folder} does not exist; choose an existing folder."
            ).format(folder=folder)
        )
    if not folder.is_dir():
        raise UserError(
            translate(
                "corpus", "{folder} is not a folder; choose the folder that holds your data files."
            ).format(folder=folder)
        )

    codes = tuple(code for code in (src, tgt) if code)
    files, tmx_counts, lone, unread = discover_files(folder, max_chars, encoding, codes)
    if not files:
        raise UserError(no_data_message(folder, lone, unread))
    pairs = sorted({pair for file in files for pair in _pairs_of(file, tmx_counts)})
    src, tgt = _choose_pair(folder, files, pairs, src, tgt)
    used = [file for file in files if _holds(file, src, tgt, tmx_counts)]
    # A .tsv that does not say its languages is read as the chosen pair; beside files that
    # say theirs, the report names it, as it could hold another pair.
    unlabelled = [file for file in used if file.kind == "tsv" and not file.languages]
    if len(unlabelled) == len(used):
        unlabelled = []

    file_pairs: dict[CorpusFile, int] = {}
    totals: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for file in used:
        if file.kind == "tmx":
            outcomes = tmx_counts[file.paths[0]].outcomes(src, tgt)
        else:
            outcomes = Counter(
                "ok" if isinstance(item, tuple) else item
                for item in items(file, src, tgt, max_chars, encoding, keep=file.split == "test")
            )
        file_pairs[file] = outcomes.pop("ok", 0)
        totals[file.split] += file_pairs[file]
        if file.split != "test":
            skipped.update(outcomes)

    if totals["train"] == 0:
        any_training_file = any(file.split == "train" for file in used)
        held_out = [] if any_training_file else [_held_out_reason(file, folder) for file in used]
        raise UserError(no_training_message(folder, src, tgt, any_training_file, skipped, held_out))
    valid_from_files = totals["valid"] > 0
    valid_pairs = totals["valid"] if valid_from_files else _held_out_size(totals["train"])
    return ScanReport(
        folder=folder,
        files=files,
        language_pairs=pairs,
        src=src,
        tgt=tgt,
        used_files=used,
        train_pairs=totals["train"] - (0 if valid_from_files else valid_pairs),
        valid_pairs=valid_pairs,
        valid_from_files=valid_from_files,
        test_pairs=totals["test"],
        skipped=dict(sorted(skipped.items())),
        max_chars=max_chars,
        encoding=encoding,
        file_pairs=file_pairs,
        partnerless=lone,
        not_read=unread,
        unlabelled=[file.paths[0] for file in unlabelled],
    )


def iter_pairs(report: ScanReport, split: Split) -> Iterator[tuple[str, str]]:
    """Stream the cleaned (source, target) pairs of one split, in the same order every time.

    Applies exactly the skips and held-out selection the scan counted: "train" excludes the
    held-out slice, "valid" yields it (or the validation files' pairs). "test" yields the test
    files' pairs, which training never sees.
    """
    if split not in ("train", "valid", "test"):
        raise ValueError(f"unknown split {split!r}")
    held_out = split != "test" and not report.valid_from_files
    wanted = "train" if held_out else split
    pairs = (
        item
        for file in report.used_files
        if file.split == wanted
        for item in items(
            file, report.src, report.tgt, report.max_chars, report.encoding, keep=split == "test"
        )
        if isinstance(item, tuple)
    )
    if not held_out:
        yield from pairs
        return
    if report.valid_pairs == 0:
        if split == "train":
            yield from pairs
        return
    every = _held_out_every(report)
    last = every * report.valid_pairs  # 1-based position of the last held-out pair
    for position, pair in enumerate(pairs, start=1):
        is_valid = position % every == 0 and position <= last
        if is_valid == (split == "valid"):
            yield pair
        if split == "valid" and position == last:
            return


# --- Finding files ---------------------------------------------------------------------------


class _TmxCounts:
    """Outcomes per language pair of one TMX file, from the single parse that finds its languages.

    Counting every pair at once spares a second parse of a possibly huge file during the scan.
    """

    def __init__(self, path: Path, max_chars: int) -> None:
        self.units = 0
        self.by_pair: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for unit in tmx.read_units(path):
            self.units += 1
            texts = {code: clean(text) for code, text in by_language(unit).items()}
            for a, b in itertools.combinations(sorted(texts), 2):
                self.by_pair[a, b][verdict(texts[a], texts[b], max_chars) or "ok"] += 1
        self.languages = tuple(sorted({code for pair in self.by_pair for code in pair}))

    def outcomes(self, src: str, tgt: str) -> Counter[str]:
        """Usable ("ok") and skipped counts for one pair; a unit without either is missing one."""
        outcomes = Counter(self.by_pair.get((min(src, tgt), max(src, tgt)), {}))
        missing = self.units - sum(outcomes.values())
        if missing:
            outcomes[MISSING_LANGUAGE] = missing
        return outcomes


def discover_files(
    folder: Path, max_chars: int, encoding: str = "utf-8", codes: tuple[str, ...] = ()
) -> tuple[list[CorpusFile], dict[Path, _TmxCounts], list[Path], list[Path]]:
    """Every unit of parallel data below ``folder`` (any language, any split), sorted by path,
    the language-named files that have no partner (one side of a pair missing), and the files
    of no kind the scan reads. A .tsv's languages are its name's, else its header's
    (``corpus_tsv``: bare codes among ``codes``, the user's); ``europarl.en.txt`` is one side
    of a pair, as ``europarl.en`` is; a gzip-compressed file (``train.en.gz``) is read as the
    file it holds."""
    files: list[CorpusFile] = []
    tmx_counts: dict[Path, _TmxCounts] = {}
    stems: defaultdict[Path, dict[str, Path]] = defaultdict(dict)
    unread: list[Path] = []
    for path in _walk(folder, set()):
        named = path.with_suffix("") if path.suffix.lower() == ".gz" else path  # train.en.gz
        name = named.name.lower()
        split = split_of(named.relative_to(folder))
        if name.endswith(_TSV_SUFFIXES):
            check_text(path)
            languages = name_pair(named.name[:-4]) or header_languages(path, encoding, codes)
            files.append(CorpusFile("tsv", (path,), languages, split))
        elif name.endswith(".tmx") and named is path:
            counts = _TmxCounts(path, max_chars)
            if len(counts.languages) >= 2:
                files.append(CorpusFile("tmx", (path,), counts.languages, split))
                tmx_counts[path] = counts
        elif (language := language_suffix(named.name)) is not None:
            # Walk order is sorted, so of train.pt-BR and train.pt-PT the first one wins.
            stems[named.with_suffix("")].setdefault(language, path)
        elif name.endswith(".txt") and (language := language_suffix(named.name[:-4])):
            stems[named.with_suffix("").with_suffix(".txt")].setdefault(language, path)
        else:
            unread.append(path)
    lone: list[Path] = []
    for stem, sides in stems.items():
        if len(sides) < 2:
            lone.extend(sides.values())  # one language alone is not parallel data
            continue
        languages = tuple(sorted(sides))
        paths = tuple(sides[code] for code in languages)
        for path in paths:
            check_text(path)
        files.append(CorpusFile("moses", paths, languages, split_of(stem.relative_to(folder))))
    files.sort(key=lambda file: file.paths[0].relative_to(folder).parts)
    return files, tmx_counts, lone, unread


def _walk(directory: Path, seen: set[Path]) -> Iterator[Path]:
    """Visible files below ``directory`` in sorted order; linked folders are visited once."""
    try:
        if directory.resolve() in seen:
            return
        seen.add(directory.resolve())
        entries = sorted(directory.iterdir(), key=lambda entry: entry.name)
    except OSError as error:
        raise unreadable(directory, error) from None
    for entry in entries:
        if entry.name.startswith((".", "~$")):  # hidden, or an open Office file's lock
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.is_file():
            yield entry


def language_suffix(name: str) -> str | None:
    """The language code of ``train.de`` / ``corpus.de-en.pt-BR``, or None for other files."""
    suffix = name.rpartition(".")[2] if "." in name.strip(".") else ""
    if not _LANGUAGE_CODE.match(suffix) or not _is_language(suffix.lower()):
        return None
    return normalize_language(suffix)


def name_pair(name: str) -> tuple[str, str] | None:
    """The (first, second) language pair a file name spells out (data.en-de, en_de, train_en2de)."""
    for part in name.lower().split("."):
        whole = _NAME_PAIR.match(part)
        for match in [whole] if whole else [_PART_PAIR.match(word) for word in part.split("_")]:
            if match and match[1] != match[2] and _is_language(match[1]) and _is_language(match[2]):
                return match[1], match[2]
    return None


def _is_language(code: str) -> bool:
    return code not in _NOT_LANGUAGES and code not in VALID_WORDS and code not in TEST_WORDS


def _held_out_reason(file: CorpusFile, folder: Path) -> tuple[str, str, str, bool]:
    """(name, split, deciding word, whether it is a folder's) of a file never trained on."""
    name = " + ".join(_relative(path, folder) for path in file.paths)
    unit = file.paths[0].with_suffix("") if file.kind == "moses" else file.paths[0]
    split, word, in_folder = split_reason(unit.relative_to(folder))
    return name, split, f"{word}/" if in_folder else word, in_folder


# --- Choosing the language pair --------------------------------------------------------------


def _user_language(code: str | None, flag: str) -> str | None:
    """The user's --src/--tgt as a base code (None or blank: not chosen); 'english' is refused."""
    if code is None or not code.strip():
        return None
    base = normalize_language(code)
    if not re.fullmatch(r"[a-z]{2,3}", base):
        raise UserError(
            translate(
                "corpus", "{code!r} is not a language code; pass a code like en or de to {flag}."
            ).format(code=code, flag=flag)
        )
    return base


def _pairs_of(file: CorpusFile, tmx_counts: dict[Path, _TmxCounts]) -> list[tuple[str, str]]:
    """The sorted pairs a file holds; for TMX, only languages that share units form a pair."""
    if file.kind == "tmx":
        return sorted(tmx_counts[file.paths[0]].by_pair)
    return list(itertools.combinations(sorted(file.languages), 2))


def _holds(file: CorpusFile, src: str, tgt: str, tmx_counts: dict[Path, _TmxCounts]) -> bool:
    """Whether the file has data for the pair; a TSV without codes serves any chosen pair."""
    if file.kind == "tsv" and not file.languages:
        return True
    return (min(src, tgt), max(src, tgt)) in _pairs_of(file, tmx_counts)


def _choose_pair(
    folder: Path,
    files: list[CorpusFile],
    pairs: list[tuple[str, str]],
    src: str | None,
    tgt: str | None,
) -> tuple[str, str]:
    """(src, tgt) from the user's choice, or the only pair the folder holds."""
    found = pair_list(pairs)
    has_unnamed = any(file.kind == "tsv" and not file.languages for file in files)
    if src is not None and tgt is not None:
        if tuple(sorted((src, tgt))) in pairs or has_unnamed:
            return src, tgt
        raise PairNotFound(
            translate(
                "corpus",
                "No {src}–{tgt} data in {folder}: found {found}; choose one with --src/--tgt.",
            ).format(src=src, tgt=tgt, folder=folder, found=found),
            found,
        )
    if not pairs:
        raise LanguagePairNeeded(
            translate(
                "corpus",
                "The .tsv files in {folder} do not say which languages they hold; pass --src and "
                "--tgt, or name the files with codes like data.en-de.tsv.",
            ).format(folder=folder),
            pairs,
        )
    given = src or tgt
    if given is not None:
        matches = [pair for pair in pairs if given in pair]
        if len(matches) != 1:
            if matches:
                problem = translate(
                    "corpus",
                    "{folder} holds several pairs with {language} (found {found}); choose the "
                    "pair with --src and --tgt.",
                )
            else:
                problem = translate(
                    "corpus",
                    "{folder} holds no data with {language} (found {found}); choose the pair "
                    "with --src and --tgt.",
                )
            raise UserError(problem.format(folder=folder, language=given, found=found))
        other = next(code for code in matches[0] if code != given)
        return (given, other) if src is not None else (other, given)
    if len(pairs) > 1:
        raise LanguagePairNeeded(
            translate(
                "corpus",
                "{folder} holds several language pairs ({found}); choose one with --src and --tgt.",
            ).format(folder=folder, found=found),
            pairs,
        )
    return _direction(files, pairs[0])


def _direction(files: list[CorpusFile], pair: tuple[str, str]) -> tuple[str, str]:
    """Direction of the only pair: as a file name spells it (corpus.de-en), a .tsv's header
    its columns, or a TMX header its source language (srclang); else alphabetical."""
    for file in files:
        if file.kind == "moses":
            hint = name_pair(file.paths[0].with_suffix("").name)
        elif file.kind == "tsv":
            hint = file.languages
        else:
            source = tmx.header_source(file.paths[0])
            source = normalize_language(source) if source else None
            hint = (source, *(code for code in pair if code != source)) if source else None
        if hint and set(hint) == set(pair):
            return hint[0], hint[1]
    return pair


# --- Held-out validation slice ---------------------------------------------------------------


def _held_out_size(train_total: int) -> int:
    """A tenth of a small corpus up to 100 pairs, 1 % of a large one up to 1000; at least one
    (none from a single pair)."""
    if train_total < 2:
        return 0
    small = min(_FEW_VALID, round(_SMALL_VALID_SHARE * train_total))
    return min(_MAX_VALID, max(1, small, round(_VALID_SHARE * train_total)))


def _held_out_every(report: ScanReport) -> int:
    """Every k-th training pair is held out: spread evenly, the same for the same data."""
    return (report.train_pairs + report.valid_pairs) // report.valid_pairs


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)
