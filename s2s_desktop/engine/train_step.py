"""One optimizer step: the only code that runs thousands of times per training run.

Kept apart from the ``Trainer`` (which owns data, evaluation and checkpoints) so that
``s2s-desktop bench`` times exactly the step that trains real models, and so the step stays a
short list of tensor operations with no Python work per parameter.
"""

from __future__ import annotations

import contextlib
import copy
from typing import Any

import torch
from torch import Tensor, nn

from s2s_desktop.engine.batching import Batch
from s2s_desktop.engine.fast.output_loss import MIN_VOCABULARY, sliced_output_loss
from s2s_desktop.engine.losses import label_smoothed_cross_entropy


def make_optimizer(model: nn.Module, learning_rate: float) -> torch.optim.Optimizer:
    """The tutorial's Adam (betas 0.9/0.98, eps 1e-9), with fused kernels where they exist.

    Fused Adam updates every parameter in one kernel per step; the for-each version it replaces
    launched a dozen passes over memory per step, which cost about as much as the backward pass of
    a small model on a CPU.
    """
    options: dict[str, Any] = {"lr": learning_rate, "betas": (0.9, 0.98), "eps": 1e-9}
    try:
        return torch.optim.Adam(model.parameters(), fused=True, **options)
    except RuntimeError:  # no fused kernels for this device or torch version
        return torch.optim.Adam(model.parameters(), foreach=True, **options)


class HalfPrecisionCopy:
    """A bfloat16 copy of a model that computes each step, the float32 model keeping the weights.

    Under autocast a CPU step spends much of its time casting: every weight and every float32
    LayerNorm or residual output on its way into a bfloat16 matrix multiply (see
    docs/performance.md, "bfloat16 copy"). Here the whole forward and backward pass runs in
    bfloat16 and the casts are two per parameter per step: the float32 weights into the copy
    before the forward pass, the copy's gradients into float32 after the backward pass, where
    clipping and the optimizer work as ever. Checkpoints, evaluation and averaging only ever see
    the float32 model.

    Gradients are bfloat16 until they reach the float32 model. Matrix multiplies accumulate in
    float32 inside, but an embedding's rows add up in bfloat16: the most frequent pieces get
    gradients a little off, well below the difference between one batch's gradient and the next.
    """

    def __init__(self, model: nn.Module, dtype: torch.dtype) -> None:
        self.source = model
        self.model = copy.deepcopy(model).to(dtype)  # deepcopy keeps tied weights tied
        self.master = [p for p in model.parameters() if p.requires_grad]
        self.half = [p for p in self.model.parameters() if p.requires_grad]

    @torch.no_grad()
    def pull_weights(self) -> None:
        """The float32 weights (and train/eval mode) into the copy: they may have been loaded
        or averaged since the last step."""
        self.model.train(self.source.training)
        torch._foreach_copy_(self.half, self.master)

    @torch.no_grad()
    def push_gradients(self) -> None:
        """The copy's gradients into the float32 parameters' ``grad`` (allocated once); a
        parameter the step did not reach gets None, as it would without the copy, so the
        optimizer leaves it alone."""
        targets, grads = [], []
        for master, half in zip(self.master, self.half, strict=True):
            if half.grad is None:
                master.grad = None
                continue
            if master.grad is None:
                master.grad = torch.empty_like(master)
            targets.append(master.grad)
            grads.append(half.grad)
            half.grad = None
        if grads:
            torch._foreach_copy_(targets, grads)


def computes_in_half_copy(model: nn.Module, amp_dtype: torch.dtype | None) -> bool:
    """Whether a step computes in a ``HalfPrecisionCopy``: bfloat16 on a CPU, one process (a
    GPU's autocast casts cheaply; DistributedDataParallel must wrap the model it reduces)."""
    if amp_dtype != torch.bfloat16 or isinstance(model, nn.parallel.DistributedDataParallel):
        return False
    first = next(model.parameters(), None)
    return first is not None and first.device.type == "cpu" and first.dtype == torch.float32


class TrainStep:
    """Forward, label-smoothed loss, backward, gradient clipping and the optimizer step.

    Attributes:
        model, optimizer: what is trained, and how.
        scaler: fp16's gradient scaler on CUDA, else None.
        ranks: the processes whose gradients DistributedDataParallel averages (1 without it).
        half_copy: the bfloat16 copy the step computes in, or None (``HalfPrecisionCopy``).
        sliced_loss: whether the output layer and the loss run a slice of rows at a time
            (``fast.output_loss``).
    """

    def __init__(
        self,
        model: nn.Module,
        optimizer: torch.optim.Optimizer,
        *,
        label_smoothing: float,
        clip_norm: float,
        amp_dtype: torch.dtype | None = None,
        scaler: torch.amp.GradScaler | None = None,
        ranks: int = 1,
    ) -> None:
        self.model = model
        self.optimizer = optimizer
        self.label_smoothing = label_smoothing
        self.clip_norm = clip_norm
        self.amp_dtype = amp_dtype
        self.scaler = scaler
        self.ranks = ranks
        self.parameters = [p for p in model.parameters() if p.requires_grad]
        self.half_copy = (
            HalfPrecisionCopy(model, torch.bfloat16)
            if computes_in_half_copy(model, amp_dtype)
            else None
        )
        # The output layer and loss a slice at a time (``fast.output_loss``): on a CPU, for
        # vocabularies large enough to gain, in one process (a DistributedDataParallel wrapper
        # has no ``decoder``: its forward is the only one it may call).
        output = getattr(getattr(model, "decoder", None), "fc_out", None)
        self.sliced_loss = (
            isinstance(output, nn.Linear)
            and output.weight.device.type == "cpu"
            and output.out_features >= MIN_VOCABULARY
        )

    def _loss_sums(
        self, model: nn.Module, src: Tensor, decoder_input: Tensor, target: Tensor
    ) -> tuple[Tensor, Tensor]:
        """The label-smoothed loss and the cross-entropy, each summed over real target tokens."""
        with self._autocast(src.device):
            if self.sliced_loss:
                out = model.decoder.fc_out
                hidden = model(src, decoder_input, project=False)
                return sliced_output_loss(
                    hidden, out.weight, out.bias, target, self.label_smoothing
                )
            logits = model(src, decoder_input)
        return label_smoothed_cross_entropy(logits, target, self.label_smoothing)

    def _autocast(self, device: torch.device) -> contextlib.AbstractContextManager[Any]:
        if self.amp_dtype is None or self.half_copy is not None:
            return contextlib.nullcontext()
        return torch.autocast(device_type=device.type, dtype=self.amp_dtype)

    def __call__(
        self,
        batch: Batch,
        learning_rate: float,
        *,
        tokens: int | None = None,
        weight: float = 1.0,
    ) -> float:
        """One optimizer step at ``learning_rate``; returns the cross-entropy per target token.

        In a distributed run ``batch`` is this rank's share of a global batch of ``tokens``
        target tokens: the loss is normalised by the global count (and scaled by ``ranks``,
        which DDP's gradient averaging divides out), so the step equals one process training on
        the whole batch. The return value is then this rank's part of the global loss; ``weight``
        0 marks a stand-in batch that only takes part in the all-reduce.
        """
        tokens = tokens or batch.tgt_tokens
        decoder_input, target = batch.tgt[:, :-1], batch.tgt[:, 1:]
        model = self.model
        if self.half_copy is not None:
            self.half_copy.pull_weights()
            model = self.half_copy.model
        loss_sum, nll_sum = self._loss_sums(model, batch.src, decoder_input, target)
        loss = loss_sum / tokens
        if weight * self.ranks != 1:  # one process: exactly the loss as ever
            loss = loss * (weight * self.ranks)
        if self.half_copy is None:  # else push_gradients overwrites the gradients
            self.optimizer.zero_grad(set_to_none=True)
        if self.scaler is not None:
            self.scaler.scale(loss).backward()
            self.scaler.unscale_(self.optimizer)
        else:
            loss.backward()
        if self.half_copy is not None:
            self.half_copy.push_gradients()
        torch.nn.utils.clip_grad_norm_(self.parameters, self.clip_norm, foreach=True)
        for group in self.optimizer.param_groups:
            group["lr"] = learning_rate
        if self.scaler is not None:
            self.scaler.step(self.optimizer)
            self.scaler.update()
        else:
            self.optimizer.step()
        return weight * float(nll_sum) / tokens
