"""How good a finished model is, in plain words, and what would help it most.

The scores alone mean little to someone who is not an MT researcher; a band of BLEU in words, and
one piece of advice read from the evaluation curve, tell them whether to use the model and what to
do next. The bands are rough (BLEU depends on the language pair and the test text) and are said
to be.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from s2s_desktop.engine.wording import QT_TRANSLATE_NOOP, translate

# (BLEU below, words): the first band the score falls under.
BANDS = (
    (5.0, QT_TRANSLATE_NOOP("verdict", "not usable yet: it has learned words, not sentences")),
    (15.0, QT_TRANSLATE_NOOP("verdict", "rough: it gives the gist of simple sentences")),
    (25.0, QT_TRANSLATE_NOOP("verdict", "understandable, with frequent errors")),
    (40.0, QT_TRANSLATE_NOOP("verdict", "good: mostly fluent, with some errors")),
    (float("inf"), QT_TRANSLATE_NOOP("verdict", "very good for this kind of text")),
)
SMALL_CORPUS = 50_000  # training pairs under which more data is the first advice
FEW_SCORED_PAIRS = 100  # held-out pairs under which a BLEU says little
BAND_PAIRS = 20  # held-out pairs under which a BLEU gets no band in words at all


@dataclass(frozen=True)
class EvalPoint:
    """One evaluation of the run, as metrics.jsonl records it."""

    step: int
    valid_loss: float
    bleu: float
    chrf: float = 0.0  # character n-grams: moves while BLEU, near zero early on, still does not


def eval_history(records: Iterable[Mapping[str, Any]]) -> list[EvalPoint]:
    """The run's evaluations of its own weights (not of averages), from its metrics records."""
    return [
        EvalPoint(
            int(r["step"]), float(r["valid_loss"]), float(r["bleu"]), float(r.get("chrf") or 0)
        )
        for r in records
        if r.get("type") == "eval" and not r.get("averaged")
    ]


def quality_words(bleu: float) -> str:
    return translate("verdict", next(words for limit, words in BANDS if bleu < limit))


def summary(
    bleu: float | None,
    chrf: float | None,
    valid_pairs: int,
    train_pairs: int,
    history: Sequence[EvalPoint],
    reason: str,
    decoding: str = "",
) -> list[str]:
    """Lines for the end of a run: the scores with their meaning, then the advice.

    ``reason`` is how the run ended ("completed", "time limit", "early stop", "stopped");
    ``decoding`` says how the scores were reached when not by greedy decoding.
    """
    if bleu is None or chrf is None:
        return [
            translate(
                "verdict", "No evaluation finished, so there is no model yet; train for longer."
            )
        ]
    if valid_pairs < BAND_PAIRS and decoding:
        scores = translate(
            "verdict",
            "BLEU {bleu:.1f}, chrF {chrf:.1f} with {decoding} (held-out pairs scored: {pairs:,}, "
            "too few to say how well it translates; a validation file, valid or dev, of a few "
            "hundred pairs gives a firm score).",
        )
    elif valid_pairs < BAND_PAIRS:
        scores = translate(
            "verdict",
            "BLEU {bleu:.1f}, chrF {chrf:.1f} (held-out pairs scored: {pairs:,}, too few to "
            "say how well it translates; a validation file, valid or dev, of a few hundred "
            "pairs gives a firm score).",
        )
    elif decoding:
        scores = translate(
            "verdict",
            "BLEU {bleu:.1f}, chrF {chrf:.1f} on {pairs:,} held-out pairs with {decoding}: "
            "{quality} (a rough guide: scores depend on the languages and the text).",
        )
    else:
        scores = translate(
            "verdict",
            "BLEU {bleu:.1f}, chrF {chrf:.1f} on {pairs:,} held-out pairs: "
            "{quality} (a rough guide: scores depend on the languages and the text).",
        )
    lines = [
        scores.format(
            bleu=bleu, chrf=chrf, pairs=valid_pairs, decoding=decoding, quality=quality_words(bleu)
        )
    ]
    if BAND_PAIRS <= valid_pairs < FEW_SCORED_PAIRS:
        lines.append(
            translate(
                "verdict",
                "Only {pairs:,} held-out pairs were scored, so the score can be far from how well "
                "it translates: a validation file (valid or dev) of a few hundred pairs gives a "
                "firmer one.",
            ).format(pairs=valid_pairs)
        )
    advice = _advice(train_pairs, history, reason)
    if advice:
        lines.append(advice)
    return lines


def _advice(train_pairs: int, history: Sequence[EvalPoint], reason: str) -> str | None:
    """The one change the curve says would help most, or None when it says nothing clear."""
    if len(history) < 2:
        return translate(
            "verdict",
            "Train for longer: it was evaluated too few times to tell how it is learning.",
        )
    best_loss = min(point.valid_loss for point in history)
    last = history[-1]
    rising = last.valid_loss > best_loss * 1.05 and history.index(last) > 0
    tail = history[-3:] if len(history) >= 3 else history
    # Small steps count when the last evaluation is the best yet: a time budget's learning rate
    # runs down to zero at the deadline, so a curve still rising there rises slowly.
    scores_rising = (
        tail[-1].bleu - tail[0].bleu > 0.5
        or tail[-1].chrf - tail[0].chrf > 1.0
        or (last.chrf > history[-2].chrf and last.chrf >= max(p.chrf for p in history))
    )
    loss_falling = tail[-1].valid_loss < tail[0].valid_loss * 0.97
    if rising:
        if train_pairs < SMALL_CORPUS:
            return translate(
                "verdict",
                "More data would help most: the validation loss rose again at the end, so the "
                "model began to memorise its {pairs:,} training pairs.",
            ).format(pairs=train_pairs)
        return translate(
            "verdict",
            "The validation loss rose again at the end (memorising): more dropout or more data "
            "would help more than more time.",
        )
    if scores_rising and reason in ("time limit", "completed", "stopped"):
        return translate(
            "verdict",
            "More time would help most: the scores were still rising at the end (resume it "
            "with more time, or train for longer).",
        )
    if loss_falling and reason in ("time limit", "completed", "stopped"):
        return translate(
            "verdict",
            "More time would help most: the validation loss was still falling at the end, and "
            "the scores follow it later (resume it with more time, or train for longer).",
        )
    if train_pairs < SMALL_CORPUS:
        return translate(
            "verdict",
            "More data would help most: the scores stopped rising, and {pairs:,} pairs is "
            "a small corpus for translation.",
        ).format(pairs=train_pairs)
    return translate(
        "verdict",
        "A larger model would help most: the scores stopped rising on a corpus large enough "
        "for one (a wider preset, or more layers).",
    )
