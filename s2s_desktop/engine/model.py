"""The Transformer encoder-decoder, written to be read: the reference the speed paths match.

The architecture is the project's founding tutorial ("Attention is All You Need" in bentrevett's
pytorch-seq2seq). Token embeddings scaled by sqrt(hid_dim), plus learned position embeddings
(then dropout), feed post-norm residual blocks: self-attention (causal in the decoder), then
(decoder only) attention to the encoder's output, then a ReLU feed-forward; each sub-layer's
output is added back through dropout and followed by a LayerNorm. A linear layer over the
target vocabulary gives the logits. Weights start Xavier-uniform. ``Seq2Seq`` owns the masks,
so callers pass only token ids. Attention is softmax(Q K^T / sqrt(head_dim)) V, computed by
``scaled_dot_product_attention`` (explicit weights only when asked for, for the window's
attention view). The sizes come from ``config.ModelConfig``. Imported OPUS-MT (Marian) models
differ in three of its options, each off by default: fixed sinusoidal positions
(``SinusoidalPositions``), a swish or GELU feed-forward, unscaled token embeddings.

Each layer's activations are rows [batch * len, hid_dim]: attention views them as
[batch, len, ...], every other operation works row by row. The calls into ``engine.fast`` (the
speed paths; a reader can skip them, each does what its line says):

- ``as_rows`` (``fast.rows``): activations as rows, zero rows appended for bfloat16 on a CPU.
- ``Dropout``, ``dropout``, ``dropout_add`` (``fast.dropout``): dropout with a mask cheap on a CPU.
- ``dropped_attention``, ``rows_attention`` (``fast.attention``): CPU training attention.
- ``attention_energy``, ``softmax`` (``fast.attention``): the explicit attention weights.

Translation runs the decoder one position at a time in ``fast.step_decoder`` (through
``search.py``); CPU training may apply ``fc_out`` and the loss together in ``fast.output_loss``.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Sequence
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn
from torch.nn.attention import SDPBackend, sdpa_kernel

from s2s_desktop.engine.config import PAD_ID, ModelConfig
from s2s_desktop.engine.fast.attention import (
    attention_energy,
    dropped_attention,
    rows_attention,
    softmax,
)
from s2s_desktop.engine.fast.dropout import Dropout, dropout, dropout_add
from s2s_desktop.engine.fast.rows import as_rows

# Tied embeddings: the decoder's embedding and output layer are the encoder's embedding.
TIED_SOURCE = "encoder.tok_embedding.weight"
TIED_KEYS = ("decoder.tok_embedding.weight", "decoder.fc_out.weight")


def stacked(linears: Sequence[nn.Linear]) -> tuple[Tensor, Tensor]:
    """The weights and biases of ``linears`` stacked: one matrix multiply computes them all.

    Stacked afresh for each call here: training updates the weights in place, and a stale copy
    would compute with the weights of an earlier step. (A ``Translator`` keeps its copy in
    ``fast.step_decoder.DecoderWeights``: a loaded model's weights never change.)
    """
    return torch.cat([p.weight for p in linears]), torch.cat([p.bias for p in linears])


# SDPA's backends on CUDA, cuDNN's left out: it builds a graph for each new shape of q, k and v,
# and batches of sentences come in many shapes (see docs/performance.md, "CUDA attention").
# Flash and memory-efficient attention start at once on any shape; the math backend is the
# fallback for what they refuse. Evaluation's SDPA calls go this way too.
CUDA_ATTENTION_BACKENDS = [
    SDPBackend.FLASH_ATTENTION,
    SDPBackend.EFFICIENT_ATTENTION,
    SDPBackend.MATH,
]


def sdpa_backends(q: Tensor) -> contextlib.AbstractContextManager:
    """The backends SDPA may choose from for ``q``'s device (``CUDA_ATTENTION_BACKENDS``)."""
    if q.device.type == "cuda" and CUDA_ATTENTION_BACKENDS:
        return sdpa_kernel(CUDA_ATTENTION_BACKENDS)
    return contextlib.nullcontext()


def _explicit_attention(q: Tensor, dropout: float, training: bool) -> bool:
    """Whether training attends with ``dropped_attention`` rather than SDPA: on a CPU, SDPA's
    own dropout draws its mask one element at a time, and its bfloat16 backward pass is several
    times slower."""
    return training and q.device.type == "cpu" and (dropout > 0 or q.dtype == torch.bfloat16)


class MultiHeadAttention(nn.Module):
    """Multi-head attention with the tutorial's separate query/key/value/output projections."""

    def __init__(self, hid_dim: int, n_heads: int, dropout: float) -> None:
        super().__init__()
        self.n_heads = n_heads
        self.head_dim = hid_dim // n_heads
        self.dropout = dropout
        self.fc_q = nn.Linear(hid_dim, hid_dim)
        self.fc_k = nn.Linear(hid_dim, hid_dim)
        self.fc_v = nn.Linear(hid_dim, hid_dim)
        self.fc_o = nn.Linear(hid_dim, hid_dim)

    def _rows(self, x: Tensor, *linears: nn.Linear) -> Tensor:
        """``x`` through several of the projections in one matrix multiply, as rows [tokens,
        len(linears) * hid_dim]. (One multiply with the weights side by side is faster than
        three on a CPU, and casts ``x`` once under autocast.)"""
        out = linears[0](x) if len(linears) == 1 else F.linear(x, *stacked(linears))
        return out.reshape(-1, out.shape[-1])

    def project(
        self, x: Tensor, *linears: nn.Linear, shape: tuple[int, int] | None = None
    ) -> tuple[Tensor, ...]:
        """``x`` through several of the projections (``_rows``), split into heads: each
        [batch, heads, len, head_dim].

        ``x`` is [batch, len, hid_dim], or rows (``as_rows``) holding a ``shape``
        (batch, len) sequence, padding rows after it."""
        batch, length = shape if shape is not None else x.shape[:2]
        out = self._rows(x, *linears)[: batch * length]
        out = out.view(batch, length, len(linears), self.n_heads, self.head_dim)
        # One unbind, not a view per projection: autograd stacks the heads' gradients in one
        # pass, where each view's backward would fill and add a tensor of the whole projection.
        return tuple(out.permute(2, 0, 3, 1, 4).unbind(0))

    def project_kv(
        self, key: Tensor, value: Tensor, shape: tuple[int, int] | None = None
    ) -> tuple[Tensor, Tensor]:
        if key is value:
            k, v = self.project(key, self.fc_k, self.fc_v, shape=shape)
            return k, v
        return (
            self.project(key, self.fc_k, shape=shape)[0],
            self.project(value, self.fc_v, shape=shape)[0],
        )

    def attend(
        self,
        q: Tensor,
        k: Tensor,
        v: Tensor,
        mask: Tensor | None = None,
        is_causal: bool = False,
        need_weights: bool = False,
        rows: int | None = None,
    ) -> tuple[Tensor, Tensor | None]:
        """Attend with projected queries, keys and values; ``mask`` is True where attending is
        allowed.

        Returns the output ([batch, len, hid_dim], or with ``rows``, that many rows as
        ``as_rows`` gives them) and, when ``need_weights``, the attention averaged over heads.
        """
        weights = None
        attention_dropout = self.dropout if self.training else 0.0
        scale = 1.0 / math.sqrt(self.head_dim)
        if need_weights:
            attention = softmax(attention_energy(q, k, scale, mask, is_causal))
            out = dropout(attention, attention_dropout, self.training) @ v
            weights = attention.mean(dim=1)
        elif _explicit_attention(q, attention_dropout, self.training):
            out = dropped_attention(q, k, v, mask, is_causal, attention_dropout, scale)
        else:
            with sdpa_backends(q):
                out = F.scaled_dot_product_attention(
                    q, k, v, attn_mask=mask, dropout_p=attention_dropout, is_causal=is_causal
                )
        return self.merge_heads(out, rows), weights

    def merge_heads(self, out: Tensor, rows: int | None) -> Tensor:
        """The heads' outputs [batch, heads, len, head_dim] side by side, through ``fc_o``:
        [batch, len, hid_dim], or ``rows`` rows (``as_rows``)."""
        batch, _, length, _ = out.shape
        out = out.transpose(1, 2)  # [batch, len, heads, head_dim]
        width = self.n_heads * self.head_dim
        out = out.reshape(batch, length, width) if rows is None else as_rows(out, width, rows)
        return self.fc_o(out)

    def _attend_rows(
        self,
        query: Tensor,
        key: Tensor,
        mask: Tensor | None,
        query_shape: tuple[int, int],
        key_shape: tuple[int, int],
        is_causal: bool,
    ) -> Tensor:
        """Training attention from the projections' rows (``rows_attention``), keys
        and values both from ``key``: [batch, heads, q_len, head_dim]."""
        linears = (self.fc_q, self.fc_k, self.fc_v)
        if query is key:
            q_rows, kv_rows = self._rows(query, *linears), None
        else:
            q_rows, kv_rows = self._rows(query, self.fc_q), self._rows(key, *linears[1:])
        scale = 1.0 / math.sqrt(self.head_dim)
        return rows_attention(
            q_rows,
            kv_rows,
            query_shape,
            key_shape,
            self.n_heads,
            mask,
            is_causal,
            self.dropout,
            scale,
        )

    def forward(
        self,
        query: Tensor,
        key: Tensor,
        value: Tensor,
        mask: Tensor | None = None,
        query_shape: tuple[int, int] | None = None,
        key_shape: tuple[int, int] | None = None,
        **kwargs: Any,
    ) -> tuple[Tensor, Tensor | None]:
        """[batch, len, hid_dim] inputs and output; or, given their shapes, rows (queries and
        output) as ``as_rows`` gives them (keys and values may be either).

        CPU training with rows attends straight from the projections' rows
        (``rows_attention``), whose backward pass writes their gradients in place."""
        rows = None if query_shape is None else query.shape[0]
        attention_dropout = self.dropout if self.training else 0.0
        if (
            query_shape is not None
            and key_shape is not None
            and key is value
            and not kwargs.get("need_weights", False)
            and _explicit_attention(query, attention_dropout, self.training)
        ):
            is_causal = kwargs.get("is_causal", False)
            out = self._attend_rows(query, key, mask, query_shape, key_shape, is_causal)
            return self.merge_heads(out, rows), None
        if query is key and key is value:
            q, k, v = self.project(query, self.fc_q, self.fc_k, self.fc_v, shape=query_shape)
        else:
            q = self.project(query, self.fc_q, shape=query_shape)[0]
            k, v = self.project_kv(key, value, shape=key_shape)
        return self.attend(q, k, v, mask, rows=rows, **kwargs)


# The feed-forward's activations (``ModelConfig.activation``): swish is SiLU, x * sigmoid(x)
# (Marian's "swish"); GELU is the exact (erf) one, as transformers' "gelu".
ACTIVATIONS = {"relu": torch.relu, "swish": F.silu, "gelu": F.gelu}


class PositionwiseFeedforward(nn.Module):
    def __init__(self, hid_dim: int, pf_dim: int, dropout: float, activation: str = "relu") -> None:
        super().__init__()
        self.fc_1 = nn.Linear(hid_dim, pf_dim)
        self.fc_2 = nn.Linear(pf_dim, hid_dim)
        self.dropout = Dropout(dropout)
        self.activation = activation

    def forward(self, x: Tensor) -> Tensor:
        return self.fc_2(self.dropout(ACTIVATIONS[self.activation](self.fc_1(x))))


def sinusoids(length: int, dim: int) -> Tensor:
    """Marian's (and fairseq's) fixed position vectors [length, dim]: the sines of every
    frequency in the first half, their cosines in the second (not interleaved), float32."""
    positions = torch.arange(length, dtype=torch.float64)[:, None]
    angles = positions / torch.pow(10000.0, torch.arange(0, dim, 2, dtype=torch.float64) / dim)
    half = (dim + 1) // 2
    table = torch.empty(length, dim, dtype=torch.float64)
    table[:, :half] = angles.sin()
    table[:, half:] = angles[:, : dim // 2].cos()
    return table.float()


class SinusoidalPositions(nn.Module):
    """Positions that are not learned: a fixed table, read like an ``nn.Embedding`` (its
    ``weight`` rows), kept out of the state dict: a model file holds no weights for it."""

    def __init__(self, length: int, dim: int) -> None:
        super().__init__()
        self.register_buffer("weight", sinusoids(length, dim), persistent=False)

    def forward(self, positions: Tensor) -> Tensor:
        return self.weight[positions]


def position_embedding(config: ModelConfig) -> nn.Module:
    if config.positions == "sinusoidal":
        return SinusoidalPositions(config.max_positions, config.hid_dim)
    return nn.Embedding(config.max_positions, config.hid_dim)


def embedding_scale(config: ModelConfig) -> float:
    return math.sqrt(config.hid_dim) if config.scale_embeddings else 1.0


class EncoderLayer(nn.Module):
    def __init__(
        self, hid_dim: int, n_heads: int, pf_dim: int, dropout: float, activation: str = "relu"
    ) -> None:
        super().__init__()
        self.self_attn_layer_norm = nn.LayerNorm(hid_dim)
        self.ff_layer_norm = nn.LayerNorm(hid_dim)
        self.self_attention = MultiHeadAttention(hid_dim, n_heads, dropout)
        self.positionwise_feedforward = PositionwiseFeedforward(
            hid_dim, pf_dim, dropout, activation
        )
        self.dropout = Dropout(dropout)

    def forward(self, src: Tensor, src_mask: Tensor, shape: tuple[int, int]) -> Tensor:
        """Rows (``as_rows``) of a ``shape`` (batch, len) source in and out."""
        attended, _ = self.self_attention(src, src, src, src_mask, shape, shape)
        p = self.dropout.p
        src = self.self_attn_layer_norm(dropout_add(src, attended, p, self.training))
        fed = self.positionwise_feedforward(src)
        return self.ff_layer_norm(dropout_add(src, fed, p, self.training))


class Encoder(nn.Module):
    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.tok_embedding = nn.Embedding(config.src_vocab_size, config.hid_dim)
        self.pos_embedding = position_embedding(config)
        self.layers = nn.ModuleList(
            EncoderLayer(
                config.hid_dim,
                config.enc_heads,
                config.enc_pf_dim,
                config.enc_dropout,
                config.activation,
            )
            for _ in range(config.enc_layers)
        )
        self.dropout = Dropout(config.enc_dropout)
        self.scale = embedding_scale(config)

    def forward(self, src: Tensor, src_mask: Tensor, rows: bool = False) -> Tensor:
        """src: [batch, src_len] ids -> [batch, src_len, hid_dim] (with ``rows``, the layers'
        own rows as ``as_rows`` gives them, padding after [batch * src_len])."""
        batch, length = src.shape
        pos = torch.arange(length, device=src.device)
        x = self.dropout(self.tok_embedding(src) * self.scale + self.pos_embedding(pos))
        x = as_rows(x, x.shape[-1])
        for layer in self.layers:
            x = layer(x, src_mask, (batch, length))
        return x if rows else x[: batch * length].view(batch, length, -1)


class DecoderLayer(nn.Module):
    def __init__(
        self, hid_dim: int, n_heads: int, pf_dim: int, dropout: float, activation: str = "relu"
    ) -> None:
        super().__init__()
        self.self_attn_layer_norm = nn.LayerNorm(hid_dim)
        self.enc_attn_layer_norm = nn.LayerNorm(hid_dim)
        self.ff_layer_norm = nn.LayerNorm(hid_dim)
        self.self_attention = MultiHeadAttention(hid_dim, n_heads, dropout)
        self.encoder_attention = MultiHeadAttention(hid_dim, n_heads, dropout)
        self.positionwise_feedforward = PositionwiseFeedforward(
            hid_dim, pf_dim, dropout, activation
        )
        self.dropout = Dropout(dropout)

    def forward(
        self,
        trg: Tensor,
        enc_src: Tensor,
        src_mask: Tensor,
        shape: tuple[int, int],
        need_weights: bool = False,
    ) -> tuple[Tensor, Tensor | None]:
        """The whole target at once, causal self-attention: rows (``as_rows``) of a
        ``shape`` (batch, len) target in and out; ``enc_src`` either [batch, src_len, hid_dim]
        or the encoder's rows. (Translation decodes one position at a time with
        ``fast.step_decoder.StepDecoder``, the same arithmetic with a cache.)"""
        attended, _ = self.self_attention(trg, trg, trg, None, shape, shape, is_causal=True)
        p = self.dropout.p
        trg = self.self_attn_layer_norm(dropout_add(trg, attended, p, self.training))
        src_shape = (src_mask.shape[0], src_mask.shape[-1])
        attended, weights = self.encoder_attention(
            trg, enc_src, enc_src, src_mask, shape, src_shape, need_weights=need_weights
        )
        trg = self.enc_attn_layer_norm(dropout_add(trg, attended, p, self.training))
        fed = self.positionwise_feedforward(trg)
        trg = self.ff_layer_norm(dropout_add(trg, fed, p, self.training))
        return trg, weights


class Decoder(nn.Module):
    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.tok_embedding = nn.Embedding(config.tgt_vocab_size, config.hid_dim)
        self.pos_embedding = position_embedding(config)
        self.layers = nn.ModuleList(
            DecoderLayer(
                config.hid_dim,
                config.dec_heads,
                config.dec_pf_dim,
                config.dec_dropout,
                config.activation,
            )
            for _ in range(config.dec_layers)
        )
        self.fc_out = nn.Linear(config.hid_dim, config.tgt_vocab_size)
        self.dropout = Dropout(config.dec_dropout)
        self.scale = embedding_scale(config)

    def forward(
        self,
        trg: Tensor,
        enc_src: Tensor,
        src_mask: Tensor,
        need_weights: bool = False,
        project: bool = True,
    ) -> tuple[Tensor, Tensor | None]:
        """trg: [batch, len] ids -> logits [batch, len, vocab] (with ``project=False``, the last
        layer's output [batch, len, hid_dim], for a loss that applies ``fc_out`` itself).

        Also returns the last layer's cross-attention (heads averaged) when ``need_weights``.
        """
        batch, length = trg.shape
        pos = torch.arange(length, device=trg.device)
        x = self.dropout(self.tok_embedding(trg) * self.scale + self.pos_embedding(pos))
        x = as_rows(x, x.shape[-1])
        weights = None
        last = len(self.layers) - 1
        for i, layer in enumerate(self.layers):
            last_weights = need_weights and i == last
            x, weights = layer(x, enc_src, src_mask, (batch, length), need_weights=last_weights)
        if project:
            x = self.fc_out(x)
        return x[: batch * length].view(batch, length, -1), weights


class Seq2Seq(nn.Module):
    """Encoder + decoder; owns the masks so callers only pass token ids."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.encoder = Encoder(config)
        self.decoder = Decoder(config)
        if config.tied_embeddings:  # one matrix; parameters() lists it once
            if config.src_vocab_size != config.tgt_vocab_size:
                raise ValueError("tied embeddings need equal vocabulary sizes")
            shared = self.encoder.tok_embedding.weight
            self.decoder.tok_embedding.weight = shared
            self.decoder.fc_out.weight = shared
        for parameter in self.parameters():
            if parameter.dim() > 1:
                nn.init.xavier_uniform_(parameter)

    @staticmethod
    def make_src_mask(src: Tensor) -> Tensor:
        """[batch, 1, 1, src_len], True at real tokens: padding is never attended to."""
        return (src != PAD_ID)[:, None, None, :]

    @staticmethod
    def make_trg_mask(trg: Tensor) -> Tensor:
        """[batch, 1, trg_len, trg_len], True where a position may see another: itself, earlier
        positions, never padding. (Training passes ``is_causal`` instead, which is equivalent
        for every real position, because padding only ever follows the real tokens.)"""
        length = trg.shape[1]
        causal = torch.ones(length, length, dtype=torch.bool, device=trg.device).tril()
        return (trg != PAD_ID)[:, None, None, :] & causal

    def encode(self, src: Tensor) -> tuple[Tensor, Tensor]:
        src_mask = self.make_src_mask(src)
        return self.encoder(src, src_mask), src_mask

    def forward(self, src: Tensor, trg: Tensor, project: bool = True) -> Tensor:
        """Teacher forcing: logits [batch, trg_len, vocab] for every next token of ``trg``
        (``project=False``: the decoder's output before ``decoder.fc_out``)."""
        src_mask = self.make_src_mask(src)
        enc_rows = self.encoder(src, src_mask, rows=True)
        out, _ = self.decoder(trg, enc_rows, src_mask, project=project)
        return out

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def tied_keys(self) -> tuple[str, ...]:
        """The state dict's names for the shared embedding's other uses (none when untied)."""
        return TIED_KEYS if self.config.tied_embeddings else ()

    def saved_state(self) -> dict[str, Tensor]:
        """The state dict as a weights file holds it: a tied matrix once, under its encoder name
        (safetensors refuses tensors that share memory)."""
        state = self.state_dict()
        for key in self.tied_keys():
            del state[key]
        return state

    def load_saved_state(self, state: dict[str, Tensor]) -> None:
        """Load what ``saved_state`` gave (strict: every other name must be there)."""
        state = dict(state)
        for key in self.tied_keys():
            if TIED_SOURCE in state:  # else load_state_dict says what is missing
                state[key] = state[TIED_SOURCE]
        self.load_state_dict(state)
