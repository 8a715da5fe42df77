"""The training loss: cross-entropy with label smoothing, summed over the real target tokens.

Label smoothing (Szegedy et al. 2016; Vaswani et al. 2017 used 0.1) trains towards a target that
keeps a share ``epsilon`` of its probability spread evenly over the vocabulary:

    loss = (1 - epsilon) * -log p(target) + epsilon * mean over the vocabulary of -log p(v)

so the model is never pushed to certainty. Padding positions count for nothing. The loss is
summed, not averaged: the caller divides by the batch's token count (the whole batch's, in a
distributed run). ``fast.output_loss`` computes the same numbers a slice of rows at a time.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor

from s2s_desktop.engine.config import PAD_ID


def label_smoothed_cross_entropy(
    logits: Tensor, target: Tensor, epsilon: float
) -> tuple[Tensor, Tensor]:
    """The sums over real target tokens of the label-smoothed loss and of the plain
    cross-entropy (the second detached: it is reported, not trained on).

    ``logits`` is [batch, len, vocab], ``target`` [batch, len] (PAD_ID where padding).
    ``F.cross_entropy``'s smoothing term is the mean negative log-probability over the
    vocabulary, as defined above; its fused kernel computes it in one pass.
    """
    flat_logits, flat_target = logits.flatten(0, 1).float(), target.flatten()
    loss = F.cross_entropy(
        flat_logits, flat_target, ignore_index=PAD_ID, label_smoothing=epsilon, reduction="sum"
    )
    if epsilon == 0.0:
        return loss, loss.detach()
    with torch.no_grad():
        nll = F.cross_entropy(flat_logits, flat_target, ignore_index=PAD_ID, reduction="sum")
    return loss, nll
