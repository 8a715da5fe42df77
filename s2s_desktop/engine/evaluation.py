"""Judging a model on held-out pairs: validation loss, translations, BLEU and chrF, what
counts as progress between evaluations, and the score on a test set (``held_out_sets``).

The validation loss is ``losses.label_smoothed_cross_entropy`` without smoothing: the training
loss's cross-entropy, per target token.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sacrebleu
import torch

from s2s_desktop.engine import events, verdict
from s2s_desktop.engine.averaging import WeightAverage
from s2s_desktop.engine.batching import collate, plan_batches
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.fine_tune import base_record, held_out_pairs
from s2s_desktop.engine.held_out_scores import new_score, save_test_score
from s2s_desktop.engine.held_out_sets import TestSet, folder_test_set, report_test_set
from s2s_desktop.engine.losses import label_smoothed_cross_entropy
from s2s_desktop.engine.model_files import (
    CONFIG_FILE,
    METRICS_FILE,
    TRAINING_DIR,
    WEIGHTS_FILE,
    LoadedModel,
    append_jsonl,
    check_weights_match,
    load_weights,
    read_card,
    read_metrics,
    record_beam_score,
    record_lineage,
    record_run_seconds,
    save_weights,
    write_card,
)
from s2s_desktop.engine.translator import Translator
from s2s_desktop.engine.wording import translate

if TYPE_CHECKING:
    from s2s_desktop.engine.batching import TokenizedPairs
    from s2s_desktop.engine.training import Trainer

SCORING_CHUNK = 25  # test sentences between progress reports (and stop checks)

# sacrebleu's default tokenizer splits on spaces; languages written without them need another.
_BLEU_TOKENIZE = {"zh": "zh", "ja": "char", "th": "char", "lo": "char", "km": "char", "my": "char"}


def score_signatures(tgt_lang: str) -> tuple[str, str]:
    """sacrebleu's signatures of the BLEU and chrF that ``corpus_scores`` computes into
    ``tgt_lang``: what makes a score comparable with another paper's or toolkit's."""
    bleu, chrf = sacrebleu.BLEU(tokenize=_BLEU_TOKENIZE.get(tgt_lang, "13a")), sacrebleu.CHRF()
    for metric in (bleu, chrf):  # a signature names the references, known once scored
        metric.corpus_score(["a"], [["a"]])
    return str(bleu.get_signature()), str(chrf.get_signature())


def corpus_scores(
    hypotheses: list[str], references: list[str], tgt_lang: str
) -> tuple[float, float]:
    """Corpus BLEU and chrF (sacrebleu, 0-100) of ``hypotheses`` against ``references``."""
    if not hypotheses:
        return 0.0, 0.0
    tokenize = _BLEU_TOKENIZE.get(tgt_lang, "13a")
    bleu = sacrebleu.corpus_bleu(hypotheses, [references], tokenize=tokenize).score
    chrf = sacrebleu.corpus_chrf(hypotheses, [references]).score
    return bleu, chrf


NOISY_BLEU = 5.0  # under it, BLEU counts a few lucky n-grams: chrF says more


def is_improvement(
    scores: tuple[float, float, float], best: tuple[float | None, float | None, float | None]
) -> bool:
    """Whether (BLEU, chrF, validation loss) beat the best so far: a better BLEU wins, but
    where both BLEUs are under ``NOISY_BLEU`` a better chrF does (a model still learning its
    words: a fine-tuned one's first steps, kept or not on a few lucky n-grams); at equal
    scores (0 early on) a clearly lower loss does."""
    bleu, chrf, valid_loss = scores
    best_bleu, best_chrf, best_valid_loss = best
    if best_bleu is None or best_valid_loss is None:
        return True
    if max(bleu, best_bleu) < NOISY_BLEU and best_chrf is not None and chrf != best_chrf:
        return chrf > best_chrf
    if bleu != best_bleu:
        return bleu > best_bleu
    return valid_loss < best_valid_loss - max(1e-4, 1e-3 * abs(best_valid_loss))


@torch.inference_mode()
def validation_loss(
    model: torch.nn.Module,
    pairs: TokenizedPairs,
    batch_tokens: int,
    device: torch.device,
    autocast: Callable[[], contextlib.AbstractContextManager[Any]] = contextlib.nullcontext,
) -> float:
    """The model's cross-entropy per target token on ``pairs`` (NaN when there are none)."""
    total, tokens = 0.0, 0
    for indices in plan_batches(pairs, batch_tokens, 0):
        batch = collate(pairs, indices).to(device)
        with autocast():
            logits = model(batch.src, batch.tgt[:, :-1])
        _, nll = label_smoothed_cross_entropy(logits.float(), batch.tgt[:, 1:], 0.0)
        total += float(nll)
        tokens += batch.tgt_tokens
    return total / tokens if tokens else float("nan")


def translate_held_out(
    translator: Translator,
    sources: list[str],
    stopped: Callable[[], bool],
    *,
    beam: int = 1,
    chunk: int = 100,
    progress: Callable[[int], None] | None = None,
) -> list[str] | None:
    """Translate the held-out sources, each line one input as in the training data; None when
    ``stopped()`` turns true between chunks (a Stop never waits for a thousand sentences).
    ``progress(done)`` hears of each chunk translated."""
    hypotheses: list[str] = []
    for start in range(0, len(sources), chunk):
        if stopped():
            return None
        lines = sources[start : start + chunk]
        hypotheses.extend(translator.translate(lines, beam=beam, split=False))
        if progress is not None:
            progress(len(hypotheses))
    return hypotheses


def scoring_compute_type(beam: int) -> str | None:
    """How ``translator.Translator`` decodes for a score: as training's evaluations do
    (CTranslate2 in float32 for greedy decoding, our decoder for beam search)."""
    return "float32" if beam == 1 else None


def score_test_set(
    translator: Any,
    test_set: TestSet,
    beam: int,
    *,
    stopped: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
    translated: list[str] | None = None,
) -> tuple[float, float] | None:
    """BLEU and chrF of ``translator`` on ``test_set`` (each line one input, as in training);
    None when ``stopped()`` turns true. ``progress(done, total)`` follows the sentences;
    ``translated`` receives the translations (the hypotheses scored)."""
    sources = [source for source, _ in test_set.pairs]
    hypotheses = translate_held_out(
        translator,
        sources,
        stopped,
        beam=beam,
        chunk=SCORING_CHUNK,
        progress=None if progress is None else lambda done: progress(done, len(sources)),
    )
    if hypotheses is None:
        return None
    if translated is not None:
        translated.extend(hypotheses)
    return corpus_scores(hypotheses, [target for _, target in test_set.pairs], test_set.tgt)


@dataclass(frozen=True)
class FinalScores:
    """What a run reports at its end: its model's BLEU and chrF (measured with beam search of
    ``beam``; 1: greedy decoding) and the verdict on the run, one sentence a line."""

    bleu: float | None
    chrf: float | None
    beam: int = 1
    summary: list[str] = field(default_factory=list)


class Evaluator:
    """Judges the model a run trains on the held-out pairs and keeps the best one saved: each
    evaluation, the average of the last snapshots, the end-of-run scoring with beam search and,
    for a fine-tuned model, what it forgot of its base.

    Attributes:
        run: the trainer whose model, data, state and files it works on.
        last_samples: the saved model's sample translations.
        beam_scores: the saved model's BLEU and chrF with beam search, when better than greedy.
    """

    def __init__(self, run: Trainer) -> None:
        self.run = run
        self.last_samples: list[events.Sample] = []
        self.beam_scores: tuple[float, float] | None = None

    def evaluate_average(self, average: WeightAverage) -> None:
        """Evaluate the average of the snapshots; it becomes the saved model when it scores
        better than the best so far. Training's own weights are put back either way (the
        final checkpoint resumes training, not the average)."""
        trained = {k: v.detach().clone() for k, v in self.run.model.saved_state().items()}
        self.run.model.load_saved_state(average.mean())
        try:
            self.evaluate(averaged=average.count)
        finally:
            self.run.model.load_saved_state(trained)

    def final_scores(self, reason: str) -> FinalScores:
        """The scores and verdict a run ends with (``reason``: why it ended): beam search's
        score when better than greedy's, and for a fine-tuned model what it forgot."""
        run, state = self.run, self.run.state
        if (run.model_dir / CONFIG_FILE).exists():
            record_run_seconds(run.model_dir, run.elapsed())
        if reason != "stopped":
            try:
                self.score_with_beam()
            except Exception as error:  # the run and its model are saved: keep greedy's score
                self.beam_scores = None
                run.emit(
                    events.Preparing(
                        translate(
                            "evaluation",
                            "Scoring with beam search failed ({error}); greedy decoding's score "
                            "stands",
                        ).format(error=error)
                    )
                )
        bleu, chrf, decoding, beam = state.best_bleu, state.best_chrf, "", 1
        if self.beam_scores is not None:
            bleu, chrf = self.beam_scores
            beam = run.settings.training.final_beam
            decoding = translate(
                "evaluation", "beam search of {beam} (greedy: BLEU {greedy_bleu:.1f})"
            ).format(beam=beam, greedy_bleu=state.best_bleu)
        history = verdict.eval_history(read_metrics(run.model_dir))
        lines = verdict.summary(
            bleu, chrf, len(run.valid_text), len(run.train_data), history, reason, decoding
        )
        if reason != "stopped":
            try:
                lines += self.score_test_files(beam)
            except Exception as error:  # the run and its model are saved: say so, go on
                lines.append(
                    translate(
                        "evaluation",
                        "The model was not scored on the folder's test files ({error}).",
                    ).format(error=error)
                )
        card = read_card(run.model_dir) if run.settings.base and state.step else None
        if card is not None and card.step == 0:
            lines.append(
                translate(
                    "evaluation",
                    "No step scored better than {base!r} on the new validation set, so {name!r} "
                    "is {base!r} as it was: train it longer, or with a higher learning rate.",
                ).format(base=run.settings.base, name=run.settings.name)
            )
        if reason != "stopped" and run.settings.base:
            try:
                lines += self.score_forgetting()
            except Exception as error:  # the run and its model are saved: say so, go on
                lines.append(
                    translate(
                        "evaluation",
                        "What the model forgot of its base was not measured ({error}).",
                    ).format(error=error)
                )
        return FinalScores(bleu, chrf, beam, lines)

    def score_test_files(self, beam: int) -> list[str]:
        """Score the saved model on the test files its folder holds (which training never
        sees) with ``beam``, the beam its reported score was measured with, and keep the score
        in its card (``test_scores``); one sentence (that it was not, when a stop interrupts).
        Nothing when the folder has none."""
        run, settings = self.run, self.run.settings
        weights = run.model_dir / WEIGHTS_FILE
        if run.report is not None:
            test_set = report_test_set(run.report)
        else:  # a run given no scan report: find the test files as the scan does
            test_set = folder_test_set(
                settings.folder,
                settings.src,
                settings.tgt,
                encoding=settings.training.encoding,
                max_chars=settings.training.max_chars,
            )
        if test_set is None or not weights.exists():
            return []
        run.emit(
            events.Preparing(
                translate(
                    "evaluation", "Scoring the model on the test set {name} ({pairs:,} pairs)"
                ).format(name=test_set.name, pairs=len(test_set.pairs))
            )
        )
        load_weights(run.model, weights)  # the saved model, not training's last weights
        run.model.eval()
        translator = self._translator(scoring_compute_type(beam))
        scores = score_test_set(translator, test_set, beam, stopped=lambda: run.stop_requested)
        if scores is None:
            return [
                translate(
                    "evaluation",
                    "Stopped before the model was scored on the test set {name}; "
                    "s2s-desktop evaluate {model} --test FOLDER scores it later.",
                ).format(name=test_set.name, model=settings.name)
            ]
        score = new_score(settings.name, test_set, beam, scores)
        save_test_score(run.model_dir, score)
        if beam > 1:
            scored = translate(
                "evaluation",
                "On the test set {name} ({pairs:,} pairs, never trained on, beam search of "
                "{beam}): BLEU {bleu:.1f}, chrF {chrf:.1f}.",
            )
        else:
            scored = translate(
                "evaluation",
                "On the test set {name} ({pairs:,} pairs, never trained on): BLEU {bleu:.1f}, "
                "chrF {chrf:.1f}.",
            )
        return [
            scored.format(
                name=test_set.name,
                pairs=score.sentences,
                beam=beam,
                bleu=score.bleu,
                chrf=score.chrf,
            )
        ]

    def score_forgetting(self) -> list[str]:
        """Score the saved model and its base on the base's own validation pairs (greedy), so
        the user sees what fine-tuning cost on what the base knew; one sentence, recorded in
        the card's lineage and metrics.jsonl (or that a stop interrupted it)."""
        run, base = self.run, self.run.settings.base or ""
        base_folder = run.store.path(base)
        pairs = held_out_pairs(base_folder, run.settings.training.bleu_sentences)
        if not pairs:
            if not base_folder.is_dir():
                why = translate("evaluation", "it is no longer stored under that name")
            elif base_folder.joinpath(TRAINING_DIR).is_dir():
                why = translate(
                    "evaluation", "the base's validation set is no longer in its folder"
                )
            else:
                why = translate(
                    "evaluation", "the base was imported, without a validation set of its own"
                )
            return [
                translate(
                    "evaluation", "What the model forgot of {base!r} is not measured: {why}."
                ).format(base=base, why=why)
            ]
        run.emit(
            events.Preparing(
                translate(
                    "evaluation", "Scoring the model and {base!r} on the base's validation set"
                ).format(base=base)
            )
        )
        sources, references = [s for s, _ in pairs], [t for _, t in pairs]
        scores: list[tuple[float, float]] = []
        trained = {k: v.detach().clone() for k, v in run.model.saved_state().items()}
        try:
            for folder in (run.model_dir, base_folder):
                check_weights_match(folder / WEIGHTS_FILE, run.model_config.to_dict(), folder)
                load_weights(run.model, folder / WEIGHTS_FILE)
                run.model.eval()
                translator = self._translator(compute_type="float32")
                hypotheses = translate_held_out(translator, sources, lambda: run.stop_requested)
                if hypotheses is None:
                    return [
                        translate(
                            "evaluation",
                            "Stopped before measuring what the model forgot of {base!r}.",
                        ).format(base=base)
                    ]
                scores.append(corpus_scores(hypotheses, references, run.settings.tgt))
        except UserError as error:  # the base was replaced or damaged meanwhile
            return [
                translate(
                    "evaluation", "What the model forgot of {base!r} is not measured: {error}"
                ).format(base=base, error=error)
            ]
        finally:
            run.model.load_saved_state(trained)  # the run's own weights, as before
        (bleu, chrf), (base_bleu, base_chrf) = scores
        record = {
            "pairs": len(pairs),
            "bleu": bleu,
            "chrf": chrf,
            "base_bleu": base_bleu,
            "base_chrf": base_chrf,
        }
        append_jsonl(run.model_dir / METRICS_FILE, [{"type": "forgetting", **record}])
        record_lineage(run.model_dir, {"forgetting": record})
        change = bleu - base_bleu
        if change < 0:
            forgetting = translate(
                "evaluation",
                "On the validation set of {base!r} ({pairs} pairs): BLEU {bleu:.1f}, chrF "
                "{chrf:.1f}; the base itself: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} "
                "({forgotten:.1f} BLEU forgotten).",
            )
        else:
            forgetting = translate(
                "evaluation",
                "On the validation set of {base!r} ({pairs} pairs): BLEU {bleu:.1f}, chrF "
                "{chrf:.1f}; the base itself: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} "
                "({change:+.1f} BLEU).",
            )
        return [
            forgetting.format(
                base=base,
                pairs=len(pairs),
                bleu=bleu,
                chrf=chrf,
                base_bleu=base_bleu,
                base_chrf=base_chrf,
                forgotten=-change,
                change=change,
            )
        ]

    def score_with_beam(self) -> None:
        """Score the saved model with beam search (``final_beam``) on the same held-out pairs.

        When that beats greedy decoding it becomes the model's reported score (config.json and
        the summary; metrics.jsonl records it either way). Training's greedy scores stay what
        later evaluations of a resumed run compare with. A stop abandons it.
        """
        beam, state = self.run.settings.training.final_beam, self.run.state
        weights = self.run.model_dir / WEIGHTS_FILE
        if beam <= 1 or state.best_bleu is None or not weights.exists():
            return
        # Training is over and its last checkpoint written: its model can hold the best weights.
        load_weights(self.run.model, weights)
        self.run.model.eval()
        translator = self._translator(compute_type=None)  # beam search is always our decoder's
        self.run.emit(
            events.Preparing(
                translate("evaluation", "Scoring the model with beam search of {beam}").format(
                    beam=beam
                )
            )
        )
        sources = [s for s, _ in self.run.valid_text]
        # Chunks of 25: a Stop waits for 25 beam-searched sentences at most.
        hypotheses = translate_held_out(
            translator, sources, lambda: self.run.stop_requested, beam=beam, chunk=25
        )
        if hypotheses is None:
            return
        bleu, chrf = corpus_scores(
            hypotheses, [t for _, t in self.run.valid_text], self.run.settings.tgt
        )
        record = {"type": "final", "step": state.step, "beam": beam, "bleu": bleu, "chrf": chrf}
        append_jsonl(self.run.model_dir / METRICS_FILE, [record])
        if bleu <= state.best_bleu:
            return
        self.beam_scores = (bleu, chrf)
        record_beam_score(self.run.model_dir, bleu, chrf, beam)

    def evaluate(self, averaged: int = 0) -> bool:
        """Validation loss, BLEU, chrF and samples; saves the model when it is the best so far.
        ``averaged``: the model holds the mean of that many snapshots (0: training's weights).

        A stop asked for meanwhile abandons the evaluation (returns False, records nothing), so
        Stop never waits for a thousand translations.
        """
        state, training = self.run.state, self.run.settings.training
        sources = [s for s, _ in self.run.valid_text]
        references = [t for _, t in self.run.valid_text]
        # CTranslate2 where it applies, computing in float32: our decoder's outputs, faster.
        translator = self._translator(compute_type="float32")
        self.run.model.eval()
        try:
            valid_loss = validation_loss(
                self.run.model,
                self.run.valid_data,
                training.batch_tokens,
                self.run.device,
                self.run.autocast,
            )
            hypotheses = translate_held_out(translator, sources, lambda: self.run.stop_requested)
        finally:
            self.run.model.train()
        if hypotheses is None:
            return False
        bleu, chrf = corpus_scores(hypotheses, references, self.run.settings.tgt)
        improved = is_improvement(
            (bleu, chrf, valid_loss), (state.best_bleu, state.best_chrf, state.best_valid_loss)
        )
        state.last_eval_step = state.step
        if improved:
            state.best_bleu, state.best_chrf, state.best_valid_loss = bleu, chrf, valid_loss
            state.best_averaged = averaged
            state.evaluations_without_gain = 0
            self.save_model()
        elif not averaged:
            state.evaluations_without_gain += 1
        samples = [
            events.Sample(s, r, h)
            for s, r, h in list(zip(sources, references, hypotheses))[: training.samples]
        ]
        if improved:
            self.last_samples = samples
        append_jsonl(
            self.run.model_dir / METRICS_FILE,
            [
                {
                    "type": "eval",
                    "step": state.step,
                    "epoch": self.run.epoch_reached(),
                    "valid_loss": valid_loss,
                    "bleu": bleu,
                    "chrf": chrf,
                    "best": improved,
                    "averaged": averaged,
                    "time": round(self.run.elapsed(), 2),
                }
            ],
        )
        self.run.emit(
            events.Evaluation(
                step=state.step,
                epoch=self.run.epoch_reached(),
                valid_loss=valid_loss,
                bleu=bleu,
                chrf=chrf,
                is_best=improved,
                samples=samples,
                averaged=averaged,
            )
        )
        return improved

    def _translator(self, compute_type: str | None) -> Translator:
        """A translator over the model in training (``compute_type``: see ``Translator``)."""
        languages = {"src_lang": self.run.settings.src, "tgt_lang": self.run.settings.tgt}
        loaded = LoadedModel(
            self.run.model, self.run.source_tokenizer, self.run.target_tokenizer, languages
        )
        return Translator(loaded, compute_type=compute_type)

    def save_model(self) -> None:
        """Best weights first, then config.json: the model is listed once both exist."""
        self.run.check_folder()
        try:
            save_weights(self.run.model, self.run.model_dir / WEIGHTS_FILE)
            state = self.run.state
            write_card(
                self.run.model_dir,
                self.run.settings,
                self.run.model_config,
                self.run.model.num_parameters(),
                {
                    "train_pairs": len(self.run.train_data),
                    "valid_pairs": len(self.run.valid_data),
                    "device": self.run.device_words(english=True),
                },
                {
                    "training_seconds": round(self.run.elapsed()),
                    "averaged_checkpoints": state.best_averaged,
                    "bleu": state.best_bleu,
                    "chrf": state.best_chrf,
                    "valid_loss": state.best_valid_loss,
                    "step": state.step,
                    "epoch": self.run.epoch_reached(),
                },
                self._lineage(),
            )
        except OSError as error:
            raise UserError(
                translate(
                    "evaluation",
                    "Could not save the model in {folder} ({error}); free some disk space, then "
                    "resume.",
                ).format(folder=self.run.model_dir, error=error.strerror or error)
            ) from error

    def _lineage(self) -> dict[str, Any] | None:
        """What a fine-tuned model's card says of where it came from (None: not fine-tuned)."""
        run = self.run
        if not run.settings.base:
            return None
        return {
            **base_record(run.store, run.settings.base, run.model_dir),
            "folder": run.settings.folder,
            "pairs": len(run.train_data),
            "minutes": round(run.elapsed() / 60, 1),
        }
