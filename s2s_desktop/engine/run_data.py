"""A run's data, ready to train on: the corpus's pairs as piece ids, and the held-out text.

The trainer reads the folder once (``corpus.scan_folder``), learns or loads the tokenizers
(``tokenizer.model_tokenizers``), and hands both here; what is dropped and why is said through
``say`` so the user sees it before the first step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

from s2s_desktop.engine.atomic_files import atomic_write_bytes
from s2s_desktop.engine.batching import TokenizedPairs, tokenize_pairs
from s2s_desktop.engine.config import ModelConfig, RunSettings
from s2s_desktop.engine.corpus import ScanReport, iter_pairs
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.fine_tune import keep_held_out
from s2s_desktop.engine.model_files import SHARED_TOKENIZER, SOURCE_TOKENIZER, TARGET_TOKENIZER
from s2s_desktop.engine.seen_sources import SeenSources, keep_seen
from s2s_desktop.engine.tokenizer import Tokenizer, train_tokenizer
from s2s_desktop.engine.wording import translate


@dataclass
class RunData:
    """What a run trains and is judged on.

    Attributes:
        source_tokenizer, target_tokenizer: the run's sentencepiece models.
        model_config: the run's model with the vocabulary sizes the tokenizers learned.
        train_data, valid_data: the pairs as piece ids (too long ones dropped; training pairs
            whose source is a validation sentence left out).
        valid_text: the held-out pairs as text (at most ``bleu_sentences``), for BLEU and chrF.
        seen: a sample of the training sources, for a test set that repeats them to be told.
    """

    source_tokenizer: Tokenizer
    target_tokenizer: Tokenizer
    model_config: ModelConfig
    train_data: TokenizedPairs
    valid_data: TokenizedPairs
    valid_text: list[tuple[str, str]]
    seen: SeenSources

    def keep(self, folder: Path) -> None:
        """Keep with the model in ``folder`` what later work reads: the validation pairs (a
        model fine-tuned from it measures what it forgot on them) and the sample of training
        sources (scoring it on a test set tells memory from translation)."""
        keep_held_out(folder, self.valid_text)
        keep_seen(folder, self.seen)


def prepare_data(
    report: ScanReport,
    settings: RunSettings,
    tokenizers: tuple[Tokenizer, Tokenizer],
    say: Callable[[str], None],
    check_stop: Callable[[], None] = lambda: None,
    mixed: Iterable[tuple[str, str]] = (),
) -> RunData:
    """Tokenize ``report``'s corpus for ``settings``' model, with the ``mixed`` pairs (a
    fine-tuning run's share of its base's data) among the training pairs; ``check_stop`` may
    raise to end the preparation early (a Stop before the first step). Raises UserError when
    no pair fits."""
    source, target = tokenizers
    check_stop()
    model_config = replace(
        settings.model, src_vocab_size=source.vocab_size, tgt_vocab_size=target.vocab_size
    )
    _say_if_vocabulary_shrank(settings.model, model_config, say)
    say(
        translate("run_data", "Tokenizing {pairs:,} training pairs").format(
            pairs=report.train_pairs
        )
    )
    limit = model_config.max_positions
    valid_data, valid_skipped = tokenize_pairs(source, target, limit, iter_pairs(report, "valid"))
    # Sentences the run or its final test scores: never trained on, in any pair.
    held_sources = {
        pair[0] for pair in chain(iter_pairs(report, "valid"), iter_pairs(report, "test"))
    }
    mixed = list(mixed)
    seen = SeenSources.for_pairs(report.train_pairs + len(mixed))
    train_pairs = (p for p in chain(iter_pairs(report, "train"), mixed) if p[0] not in held_sources)
    train_data, skipped = tokenize_pairs(source, target, limit, _noted(train_pairs, seen))
    if skipped or valid_skipped:
        say(
            translate("run_data", "Skipped {pairs:,} pairs longer than {pieces} pieces").format(
                pairs=skipped + valid_skipped, pieces=limit - 2
            )
        )
    repeats = report.train_pairs + len(mixed) - len(train_data) - skipped
    if repeats == 1:
        say(
            translate(
                "run_data",
                "Left out {pairs:,} training pair whose source is also a validation or test "
                "sentence, so the scores measure translation, not memory",
            ).format(pairs=repeats)
        )
    elif repeats:
        say(
            translate(
                "run_data",
                "Left out {pairs:,} training pairs whose source is also a validation or test "
                "sentence, so the scores measure translation, not memory",
            ).format(pairs=repeats)
        )
    if len(train_data) == 0:
        raise UserError(
            translate(
                "run_data",
                "No training pairs fit the model: every pair is longer than {pieces} pieces or "
                "repeats a validation or test sentence; raise --max-positions or check the data.",
            ).format(pieces=limit - 2)
        )
    check_stop()
    sentences = settings.training.bleu_sentences
    valid_text = [pair for _, pair in zip(range(sentences), iter_pairs(report, "valid"))]
    return RunData(source, target, model_config, train_data, valid_data, valid_text, seen)


def _noted(pairs: Iterable[tuple[str, str]], seen: SeenSources) -> Iterable[tuple[str, str]]:
    """``pairs`` passed through, each source noted in ``seen``."""
    for pair in pairs:
        seen.add(pair[0])
        yield pair


def model_tokenizers(
    folder: Path, config: ModelConfig, report: ScanReport, say: Callable[[str], None]
) -> tuple[Tokenizer, Tokenizer]:
    """The source and target tokenizers of the model in ``folder``: loaded when the run has
    them already (a resume), else learned from the training side of ``report``'s corpus and
    saved there first (``say`` tells the user each is being learned)."""
    if config.shared_vocab:
        path = folder / SHARED_TOKENIZER
        if not path.exists():
            say(
                translate("run_data", "Learning a shared vocabulary of {pieces} pieces").format(
                    pieces=config.src_vocab_size
                )
            )
            text = (side for pair in iter_pairs(report, "train") for side in pair)
            atomic_write_bytes(path, train_tokenizer(text, config.src_vocab_size).proto)
        shared = Tokenizer.load(path)
        return shared, shared
    pair: list[Tokenizer] = []
    for side, file_name, size in (
        (0, SOURCE_TOKENIZER, config.src_vocab_size),
        (1, TARGET_TOKENIZER, config.tgt_vocab_size),
    ):
        path = folder / file_name
        if not path.exists():
            language = report.src if side == 0 else report.tgt
            say(
                translate(
                    "run_data", "Learning the {language} vocabulary ({pieces} pieces)"
                ).format(language=language, pieces=size)
            )
            text = (p[side] for p in iter_pairs(report, "train"))
            atomic_write_bytes(path, train_tokenizer(text, size).proto)
        pair.append(Tokenizer.load(path))
    return pair[0], pair[1]


def _say_if_vocabulary_shrank(
    asked: ModelConfig, learned: ModelConfig, say: Callable[[str], None]
) -> None:
    """A small corpus learns fewer pieces than asked (a soft limit): say so, not fail."""
    for words, wanted, got in (
        (
            translate(
                "run_data",
                "The corpus holds too little text for {wanted:,} source pieces; the model uses "
                "the {got:,} it learned",
            ),
            asked.src_vocab_size,
            learned.src_vocab_size,
        ),
        (
            translate(
                "run_data",
                "The corpus holds too little text for {wanted:,} target pieces; the model uses "
                "the {got:,} it learned",
            ),
            asked.tgt_vocab_size,
            learned.tgt_vocab_size,
        ),
    ):
        if got < wanted:
            say(words.format(wanted=wanted, got=got))
        if asked.shared_vocab:
            break  # one vocabulary: one sentence
