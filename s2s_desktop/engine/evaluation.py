"""Scores: BLEU and chrF of translations, and what counts as progress between evaluations.

The validation loss is ``losses.label_smoothed_cross_entropy``, the training loss.
"""

from __future__ import annotations

import sacrebleu

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
