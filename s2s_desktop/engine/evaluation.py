"""Judging a model on held-out pairs: validation loss, translations, BLEU and chrF, and what
counts as progress between evaluations.

The validation loss is ``losses.label_smoothed_cross_entropy`` without smoothing: the training
loss's cross-entropy, per target token.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sacrebleu
import torch

from s2s_desktop.engine import events
from s2s_desktop.engine.averaging import WeightAverage
from s2s_desktop.engine.batching import collate, plan_batches
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.losses import label_smoothed_cross_entropy
from s2s_desktop.engine.model_files import (
    METRICS_FILE,
    WEIGHTS_FILE,
    LoadedModel,
    append_jsonl,
    load_weights,
    record_beam_score,
    save_weights,
    write_card,
)
from s2s_desktop.engine.translator import Translator

if TYPE_CHECKING:
    from s2s_desktop.engine.batching import TokenizedPairs
    from s2s_desktop.engine.training import Trainer

# sacrebleu's default tokenizer splits on spaces; languages written without them need another.
_BLEU_TOKENIZE = {"zh": "zh", "ja": "char", "th": "char", "lo": "char", "km": "char", "my": "char"}


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


def is_improvement(
    bleu: float, valid_loss: float, best_bleu: float | None, best_valid_loss: float | None
) -> bool:
    """Better BLEU wins; at equal BLEU (e.g. 0 early on) a clearly lower validation loss does."""
    if best_bleu is None or best_valid_loss is None:
        return True
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
) -> list[str] | None:
    """Translate the held-out sources, each line one input as in the training data; None when
    ``stopped()`` turns true between chunks (a Stop never waits for a thousand sentences)."""
    hypotheses: list[str] = []
    for start in range(0, len(sources), chunk):
        if stopped():
            return None
        lines = sources[start : start + chunk]
        hypotheses.extend(translator.translate(lines, beam=beam, split=False))
    return hypotheses


class Evaluator:
    """Judges the model a run trains on the held-out pairs and keeps the best one saved: each
    evaluation, the average of the last snapshots, and the end-of-run scoring with beam search.

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
        self.run.emit(events.Preparing(f"Scoring the model with beam search of {beam}"))
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
        improved = is_improvement(bleu, valid_loss, state.best_bleu, state.best_valid_loss)
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
                    "device": self.run.device_words(),
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
            )
        except OSError as error:
            raise UserError(
                f"Could not save the model in {self.run.model_dir} ({error.strerror or error}); "
                "free some disk space, then resume."
            ) from error
