"""Losses and scores: label-smoothed cross-entropy, BLEU and chrF, what counts as progress."""

from __future__ import annotations

import sacrebleu
from torch import Tensor

from s2s_desktop.engine.config import PAD_ID

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


def label_smoothed_loss(logits: Tensor, target: Tensor, epsilon: float) -> tuple[Tensor, Tensor]:
    """Sum over real target tokens of the label-smoothed loss, and of the plain cross-entropy."""
    log_probs = logits.log_softmax(dim=-1)
    real = target != PAD_ID
    nll = -log_probs.gather(-1, target.unsqueeze(-1)).squeeze(-1)
    nll = nll.masked_fill(~real, 0.0)
    if epsilon == 0.0:
        total = nll.sum()
        return total, total.detach()
    smooth = (-log_probs.mean(dim=-1)).masked_fill(~real, 0.0)
    loss = ((1.0 - epsilon) * nll + epsilon * smooth).sum()
    return loss, nll.sum().detach()
