"""The decoder, one position at a time, for translation: the inner loop of greedy and beam search.

``Decoder.forward`` is the readable reference; this is the same arithmetic with less work per
step. A translated sentence runs the decoder once per output token, and at batch 1 on a CPU a
step costs more in per-operation overhead and weight reads than in arithmetic. So: the
self-attention's query/key/value projections fused into one matrix multiply, keys and values
written into buffers allocated once (no concatenation per step), the encoder's keys/values
projected once per sentence, no dropout calls, and the module tree flattened into one loop over
plain tensors.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

import torch
import torch.nn.functional as F
from torch import Tensor

from s2s_desktop.engine.model import DecoderLayer, Seq2Seq, stacked

# Rows (sentences x beams) up to which a decoding step runs on one thread: its matrix-vector
# products are too small to split, and a second thread only adds synchronisation, which turns
# into long waits when other processes (a training run) keep the cores busy.
SINGLE_THREAD_ROWS = 8


def _fused_qkv(layer: DecoderLayer) -> tuple[Tensor, Tensor]:
    """The self-attention's q/k/v weights and biases stacked: one matrix multiply per step."""
    attention = layer.self_attention
    return stacked((attention.fc_q, attention.fc_k, attention.fc_v))


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


def _attend(q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None) -> tuple[Tensor, Tensor]:
    """One query position: softmax(q k^T / sqrt(d)) v, written out (three small operations,
    cheaper than a fused attention kernel's set-up at this size). Returns output and weights."""
    energy = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(q.shape[-1]))
    if mask is not None:
        energy = energy.masked_fill(~mask, float("-inf"))
    attention = energy.softmax(dim=-1)
    return attention @ v, attention


class StepDecoder:
    """Decodes a batch of rows position by position, keeping their keys and values.

    Call under ``torch.inference_mode`` with the model in eval mode.

    Args:
        model: the Seq2Seq model.
        enc_src: [rows, src_len, hid] encoder output; src_mask: [rows, 1, 1, src_len].
        max_len: the most positions that will be decoded.
    """

    def __init__(self, model: Seq2Seq, enc_src: Tensor, src_mask: Tensor, max_len: int) -> None:
        decoder = model.decoder
        self.decoder = decoder
        self.layers = list(decoder.layers)
        self.fused = [_fused_qkv(layer) for layer in self.layers]
        first = self.layers[0].self_attention
        self.heads, self.head_dim = first.n_heads, first.head_dim
        rows = enc_src.shape[0]
        shape = (rows, self.heads, max_len, self.head_dim)
        self.keys = [enc_src.new_empty(shape) for _ in self.layers]
        self.values = [enc_src.new_empty(shape) for _ in self.layers]
        self.enc_kv = [
            layer.encoder_attention.project_kv(enc_src, enc_src) for layer in self.layers
        ]
        self.src_mask = src_mask
        self.length = 0

    def step(self, tokens: Tensor, need_weights: bool = False) -> tuple[Tensor, Tensor | None]:
        """Feed ``tokens`` [rows] at the next position; returns logits [rows, vocab] and, when
        ``need_weights``, the last layer's cross-attention [rows, src_len] (heads averaged)."""
        decoder, position = self.decoder, self.length
        rows, heads, head_dim = tokens.shape[0], self.heads, self.head_dim
        hid = heads * head_dim
        x = decoder.tok_embedding(tokens) * decoder.scale + decoder.pos_embedding.weight[position]
        weights = None
        for i, (layer, fused) in enumerate(zip(self.layers, self.fused)):
            qkv = F.linear(x, *fused).view(rows, 3, heads, 1, head_dim)
            keys, values = self.keys[i], self.values[i]
            keys[:, :, position] = qkv[:, 1, :, 0]
            values[:, :, position] = qkv[:, 2, :, 0]
            seen = position + 1
            attended, _ = _attend(qkv[:, 0], keys[:, :, :seen], values[:, :, :seen], None)
            x = layer.self_attn_layer_norm(x + layer.self_attention.fc_o(attended.view(rows, hid)))
            cross = layer.encoder_attention
            q = cross.fc_q(x).view(rows, heads, 1, head_dim)
            enc_k, enc_v = self.enc_kv[i]
            attended, attention = _attend(q, enc_k, enc_v, self.src_mask)
            if need_weights and i == len(self.layers) - 1:
                weights = attention.mean(dim=1)[:, 0]
            x = layer.enc_attn_layer_norm(x + cross.fc_o(attended.view(rows, hid)))
            feedforward = layer.positionwise_feedforward
            x = layer.ff_layer_norm(x + feedforward.fc_2(torch.relu(feedforward.fc_1(x))))
        self.length += 1
        return decoder.fc_out(x), weights

    def reorder(self, order: Tensor) -> None:
        """Keep the rows ``order`` picks (beam search's surviving hypotheses)."""
        self.keys = [k.index_select(0, order) for k in self.keys]
        self.values = [v.index_select(0, order) for v in self.values]
