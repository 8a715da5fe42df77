"""The decoder, one position at a time, for translation: the inner loop of greedy and beam search.

``Decoder.forward`` is the readable reference; this is the same arithmetic with less work per
step. A translated sentence runs the decoder once per output token, and at batch 1 on a CPU a
step costs more in per-operation overhead and weight reads than in arithmetic. So: the
self-attention's query/key/value projections fused into one matrix multiply (stacked once per
loaded model: ``DecoderWeights``), every projection one ``addmm`` on weights laid out once,
keys and values written into buffers allocated once (no concatenation per step), the encoder's
keys/values projected and transposed once per sentence, the attention's scale and padding mask
folded into one ``baddbmm``, no dropout calls, and the module tree flattened into one loop over
plain tensors.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from s2s_desktop.engine.model import Seq2Seq, stacked

# Rows (sentences x beams) up to which a decoding step runs on one thread: its matrix-vector
# products are too small to split, and a second thread only adds synchronisation, which turns
# into long waits when other processes (a training run) keep the cores busy.
SINGLE_THREAD_ROWS = 8


@contextmanager
def decoding_threads(rows: int) -> Iterator[None]:
    """Run small decoding batches on one torch thread (see ``SINGLE_THREAD_ROWS``)."""
    before = torch.get_num_threads()
    if rows > SINGLE_THREAD_ROWS or before == 1:
        yield
        return
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


@dataclass(frozen=True)
class _Projection:
    """A linear layer as ``addmm`` takes it: x @ weight_t + bias."""

    weight_t: Tensor  # [in, out], a transposed view (the same memory and arithmetic as F.linear)
    bias: Tensor

    @classmethod
    def of(cls, linear: nn.Linear) -> _Projection:
        return cls(linear.weight.t(), linear.bias)

    def __call__(self, x: Tensor) -> Tensor:
        return torch.addmm(self.bias, x, self.weight_t)


# The feed-forward's activation in place (``model.ACTIVATIONS``): no new tensor per step.
_ACTIVATIONS_IN_PLACE: dict[str, Callable[[Tensor], Tensor]] = {
    "relu": torch.relu_,
    "swish": lambda x: F.silu(x, inplace=True),
    "gelu": F.gelu,
}


@dataclass(frozen=True)
class _LayerWeights:
    qkv: _Projection  # the self-attention's query, key and value projections side by side
    self_out: _Projection
    cross_query: _Projection
    cross_kv: _Projection  # the cross-attention's key and value projections side by side
    cross_out: _Projection
    feedforward_in: _Projection
    feedforward_out: _Projection
    norms: tuple[nn.LayerNorm, nn.LayerNorm, nn.LayerNorm]  # self, cross, feed-forward
    activation: Callable[[Tensor], Tensor]


class DecoderWeights:
    """A model's decoder weights laid out for stepping: the fused projections stacked (a copy),
    every other projection a view.

    A snapshot: weights changed afterwards (a training step) reach the views but not the stacked
    copies, so make a new one after any change. (PyTorch's version counters cannot tell: fused
    Adam updates the weights in place without counting.) A ``Translator``, whose loaded model
    never changes, makes one and reuses it: stacking afresh costs time on every sentence.
    """

    def __init__(self, model: Seq2Seq) -> None:
        self.decoder = model.decoder
        self.layers: list[_LayerWeights] = []
        for layer in self.decoder.layers:
            attention, cross = layer.self_attention, layer.encoder_attention
            weight, bias = stacked((attention.fc_q, attention.fc_k, attention.fc_v))
            cross_weight, cross_bias = stacked((cross.fc_k, cross.fc_v))
            feedforward = layer.positionwise_feedforward
            self.layers.append(
                _LayerWeights(
                    qkv=_Projection(weight.t(), bias),
                    self_out=_Projection.of(attention.fc_o),
                    cross_query=_Projection.of(cross.fc_q),
                    cross_kv=_Projection(cross_weight.t(), cross_bias),
                    cross_out=_Projection.of(cross.fc_o),
                    feedforward_in=_Projection.of(feedforward.fc_1),
                    feedforward_out=_Projection.of(feedforward.fc_2),
                    norms=(
                        layer.self_attn_layer_norm,
                        layer.enc_attn_layer_norm,
                        layer.ff_layer_norm,
                    ),
                    activation=_ACTIVATIONS_IN_PLACE[feedforward.activation],
                )
            )


def _norm(x: Tensor, norm: nn.LayerNorm) -> Tensor:
    return F.layer_norm(x, norm.normalized_shape, norm.weight, norm.bias, norm.eps)


def _attend(q: Tensor, keys_t: Tensor, bias: Tensor, scale: float) -> Tensor:
    """Attention weights of one query position per [rows * heads] entry: softmax(q k^T * scale
    + bias), with ``keys_t`` [rows * heads, head_dim, len] and ``bias`` 0 where attending is
    allowed, -inf at padding. (Two small operations written out: cheaper than a fused
    attention kernel's set-up at this size.)"""
    return torch.baddbmm(bias, q, keys_t, alpha=scale).softmax(dim=-1)


class StepDecoder:
    """Decodes a batch of rows position by position, keeping their keys and values.

    Call under ``torch.inference_mode`` with the model in eval mode.

    Args:
        model: the Seq2Seq model.
        enc_src: [rows, src_len, hid] encoder output; src_mask: [rows, 1, 1, src_len].
        max_len: the most positions that will be decoded.
        weights: the model's ``DecoderWeights``, when the caller keeps them (else made here).
    """

    def __init__(
        self,
        model: Seq2Seq,
        enc_src: Tensor,
        src_mask: Tensor,
        max_len: int,
        weights: DecoderWeights | None = None,
    ) -> None:
        decoder = model.decoder
        self.decoder = decoder
        if weights is None or weights.decoder is not decoder:
            weights = DecoderWeights(model)
        self.layers = weights.layers
        first = decoder.layers[0].self_attention
        self.heads, self.head_dim = first.n_heads, first.head_dim
        self.scale = 1.0 / math.sqrt(self.head_dim)
        rows, src_len = enc_src.shape[0], enc_src.shape[1]
        batch = rows * self.heads
        # Keys and values of the positions decoded so far: [2, rows, heads, max_len, head_dim],
        # so one copy writes both at a new position.
        self.kv = [
            enc_src.new_empty(2, rows, self.heads, max_len, self.head_dim) for _ in self.layers
        ]
        self.self_bias = enc_src.new_zeros(batch, 1, max_len)
        # The encoder's keys [rows * heads, head_dim, src_len] and values [.., src_len, head_dim].
        self.enc_kv: list[tuple[Tensor, Tensor]] = []
        enc_rows = enc_src.reshape(rows * src_len, -1)
        for layer in self.layers:
            kv = layer.cross_kv(enc_rows).view(rows, src_len, 2, self.heads, self.head_dim)
            keys_t = kv[:, :, 0].permute(0, 2, 3, 1).reshape(batch, self.head_dim, src_len)
            values = kv[:, :, 1].transpose(1, 2).reshape(batch, src_len, self.head_dim)
            self.enc_kv.append((keys_t, values))
        self.src_bias = (
            torch.zeros(src_mask.shape, dtype=enc_src.dtype, device=enc_src.device)
            .masked_fill(~src_mask, float("-inf"))
            .expand(rows, self.heads, 1, src_len)
            .reshape(batch, 1, src_len)
        )
        self.length = 0

    def step(self, tokens: Tensor, need_weights: bool = False) -> tuple[Tensor, Tensor | None]:
        """Feed ``tokens`` [rows] at the next position; returns logits [rows, vocab] and, when
        ``need_weights``, the last layer's cross-attention [rows, src_len] (heads averaged)."""
        decoder, position = self.decoder, self.length
        rows, heads, head_dim, scale = tokens.shape[0], self.heads, self.head_dim, self.scale
        hid, batch, seen = heads * head_dim, rows * heads, position + 1
        x = decoder.tok_embedding(tokens) * decoder.scale + decoder.pos_embedding.weight[position]
        weights = None
        self_bias = self.self_bias[:, :, :seen]
        last = len(self.layers) - 1
        for i, (layer, kv, (enc_keys_t, enc_values)) in enumerate(
            zip(self.layers, self.kv, self.enc_kv)
        ):
            qkv = layer.qkv(x).view(rows, 3, heads, head_dim)
            kv[:, :, :, position] = qkv[:, 1:].transpose(0, 1)
            keys_t = kv[0, :, :, :seen].reshape(batch, seen, head_dim).transpose(1, 2)
            values = kv[1, :, :, :seen].reshape(batch, seen, head_dim)
            q = qkv[:, 0].reshape(batch, 1, head_dim)
            attended = torch.bmm(_attend(q, keys_t, self_bias, scale), values)
            x = _norm(layer.self_out(attended.view(rows, hid)).add_(x), layer.norms[0])
            q = layer.cross_query(x).view(batch, 1, head_dim)
            attention = _attend(q, enc_keys_t, self.src_bias, scale)
            if need_weights and i == last:
                weights = attention.view(rows, heads, -1).mean(dim=1)
            attended = torch.bmm(attention, enc_values)
            x = _norm(layer.cross_out(attended.view(rows, hid)).add_(x), layer.norms[1])
            hidden = layer.activation(layer.feedforward_in(x))
            x = _norm(layer.feedforward_out(hidden).add_(x), layer.norms[2])
        self.length += 1
        return decoder.fc_out(x), weights

    def reorder(self, order: Tensor) -> None:
        """Keep the rows ``order`` picks (beam search's surviving hypotheses)."""
        self.kv = [kv.index_select(1, order) for kv in self.kv]
