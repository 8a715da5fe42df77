"""The tutorial's Transformer encoder-decoder, its configuration and presets.

The architecture follows the project's founding tutorial ("Attention is All You Need" in
bentrevett's pytorch-seq2seq): learned position embeddings added to scaled token embeddings,
post-norm residual blocks, ReLU feed-forward, Xavier-initialised weights. Attention runs through
``scaled_dot_product_attention``, which computes the same function as the tutorial's explicit
softmax(QK^T / sqrt(d)) V but faster; explicit weights are computed only when asked for (the
window's attention view).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from s2s_desktop.engine.attention import attention_energy, dropped_attention
from s2s_desktop.engine.config import PAD_ID, ModelConfig
from s2s_desktop.engine.dropout import Dropout, dropout
from s2s_desktop.engine.linear import Linear, linear

# Tied embeddings: the decoder's embedding and output layer are the encoder's embedding.
TIED_SOURCE = "encoder.tok_embedding.weight"
TIED_KEYS = ("decoder.tok_embedding.weight", "decoder.fc_out.weight")


def stacked(linears: Sequence[nn.Linear]) -> tuple[Tensor, Tensor]:
    """The weights and biases of ``linears`` stacked: one matrix multiply computes them all.

    Stacked afresh for each call (microseconds), never cached: training updates the weights in
    place, and a stale copy would compute with the weights of an earlier step.
    """
    return torch.cat([p.weight for p in linears]), torch.cat([p.bias for p in linears])


class MultiHeadAttention(nn.Module):
    """Multi-head attention with the tutorial's separate query/key/value/output projections."""

    def __init__(self, hid_dim: int, n_heads: int, dropout: float) -> None:
        super().__init__()
        self.n_heads = n_heads
        self.head_dim = hid_dim // n_heads
        self.dropout = dropout
        self.fc_q = Linear(hid_dim, hid_dim)
        self.fc_k = Linear(hid_dim, hid_dim)
        self.fc_v = Linear(hid_dim, hid_dim)
        self.fc_o = Linear(hid_dim, hid_dim)

    def project(self, x: Tensor, *linears: nn.Linear) -> tuple[Tensor, ...]:
        """``x`` through several of the projections in one matrix multiply, split into heads:
        each [batch, heads, len, head_dim]. (One multiply with the weights side by side is
        faster than three on a CPU, and casts ``x`` once under autocast.)"""
        batch, length, _ = x.shape
        out = linears[0](x) if len(linears) == 1 else linear(x, *stacked(linears))
        out = out.view(batch, length, len(linears), self.n_heads, self.head_dim)
        return tuple(out.permute(2, 0, 3, 1, 4).unbind(0))

    def project_kv(self, key: Tensor, value: Tensor) -> tuple[Tensor, Tensor]:
        if key is value:
            k, v = self.project(key, self.fc_k, self.fc_v)
            return k, v
        return self.project(key, self.fc_k)[0], self.project(value, self.fc_v)[0]

    def attend(
        self,
        q: Tensor,
        k: Tensor,
        v: Tensor,
        mask: Tensor | None = None,
        is_causal: bool = False,
        need_weights: bool = False,
    ) -> tuple[Tensor, Tensor | None]:
        """Attend with projected queries, keys and values; ``mask`` is True where attending is
        allowed.

        Returns the output and, when ``need_weights``, the attention averaged over heads.
        """
        weights = None
        attention_dropout = self.dropout if self.training else 0.0
        scale = 1.0 / math.sqrt(self.head_dim)
        if need_weights:
            attention = attention_energy(q, k, scale, mask, is_causal).softmax(dim=-1)
            out = dropout(attention, attention_dropout, self.training) @ v
            weights = attention.mean(dim=1)
        elif attention_dropout and q.device.type == "cpu":
            # SDPA's own dropout on a CPU draws its mask one element at a time.
            out = dropped_attention(q, k, v, mask, is_causal, attention_dropout, scale)
        else:
            out = F.scaled_dot_product_attention(
                q, k, v, attn_mask=mask, dropout_p=attention_dropout, is_causal=is_causal
            )
        batch, _, length, _ = out.shape
        out = out.transpose(1, 2).reshape(batch, length, self.n_heads * self.head_dim)
        return self.fc_o(out), weights

    def forward(
        self, query: Tensor, key: Tensor, value: Tensor, mask: Tensor | None = None, **kwargs: Any
    ) -> tuple[Tensor, Tensor | None]:
        if query is key and key is value:
            q, k, v = self.project(query, self.fc_q, self.fc_k, self.fc_v)
        else:
            q = self.project(query, self.fc_q)[0]
            k, v = self.project_kv(key, value)
        return self.attend(q, k, v, mask, **kwargs)


class PositionwiseFeedforward(nn.Module):
    def __init__(self, hid_dim: int, pf_dim: int, dropout: float) -> None:
        super().__init__()
        self.fc_1 = Linear(hid_dim, pf_dim)
        self.fc_2 = Linear(pf_dim, hid_dim)
        self.dropout = Dropout(dropout)

    def forward(self, x: Tensor) -> Tensor:
        return self.fc_2(self.dropout(torch.relu(self.fc_1(x))))


class EncoderLayer(nn.Module):
    def __init__(self, hid_dim: int, n_heads: int, pf_dim: int, dropout: float) -> None:
        super().__init__()
        self.self_attn_layer_norm = nn.LayerNorm(hid_dim)
        self.ff_layer_norm = nn.LayerNorm(hid_dim)
        self.self_attention = MultiHeadAttention(hid_dim, n_heads, dropout)
        self.positionwise_feedforward = PositionwiseFeedforward(hid_dim, pf_dim, dropout)
        self.dropout = Dropout(dropout)

    def forward(self, src: Tensor, src_mask: Tensor) -> Tensor:
        attended, _ = self.self_attention(src, src, src, src_mask)
        src = self.self_attn_layer_norm(src + self.dropout(attended))
        return self.ff_layer_norm(src + self.dropout(self.positionwise_feedforward(src)))


class Encoder(nn.Module):
    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.tok_embedding = nn.Embedding(config.src_vocab_size, config.hid_dim)
        self.pos_embedding = nn.Embedding(config.max_positions, config.hid_dim)
        self.layers = nn.ModuleList(
            EncoderLayer(config.hid_dim, config.enc_heads, config.enc_pf_dim, config.enc_dropout)
            for _ in range(config.enc_layers)
        )
        self.dropout = Dropout(config.enc_dropout)
        self.scale = math.sqrt(config.hid_dim)

    def forward(self, src: Tensor, src_mask: Tensor) -> Tensor:
        """src: [batch, src_len] ids -> [batch, src_len, hid_dim]"""
        pos = torch.arange(src.shape[1], device=src.device)
        x = self.dropout(self.tok_embedding(src) * self.scale + self.pos_embedding(pos))
        for layer in self.layers:
            x = layer(x, src_mask)
        return x


class DecoderLayer(nn.Module):
    def __init__(self, hid_dim: int, n_heads: int, pf_dim: int, dropout: float) -> None:
        super().__init__()
        self.self_attn_layer_norm = nn.LayerNorm(hid_dim)
        self.enc_attn_layer_norm = nn.LayerNorm(hid_dim)
        self.ff_layer_norm = nn.LayerNorm(hid_dim)
        self.self_attention = MultiHeadAttention(hid_dim, n_heads, dropout)
        self.encoder_attention = MultiHeadAttention(hid_dim, n_heads, dropout)
        self.positionwise_feedforward = PositionwiseFeedforward(hid_dim, pf_dim, dropout)
        self.dropout = Dropout(dropout)

    def forward(
        self, trg: Tensor, enc_src: Tensor, src_mask: Tensor, need_weights: bool = False
    ) -> tuple[Tensor, Tensor | None]:
        """The whole target at once, causal self-attention. (Translation decodes one position
        at a time with ``step_decoder.StepDecoder``, the same arithmetic with a cache.)"""
        attended, _ = self.self_attention(trg, trg, trg, is_causal=True)
        trg = self.self_attn_layer_norm(trg + self.dropout(attended))
        attended, weights = self.encoder_attention(
            trg, enc_src, enc_src, src_mask, need_weights=need_weights
        )
        trg = self.enc_attn_layer_norm(trg + self.dropout(attended))
        trg = self.ff_layer_norm(trg + self.dropout(self.positionwise_feedforward(trg)))
        return trg, weights


class Decoder(nn.Module):
    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.tok_embedding = nn.Embedding(config.tgt_vocab_size, config.hid_dim)
        self.pos_embedding = nn.Embedding(config.max_positions, config.hid_dim)
        self.layers = nn.ModuleList(
            DecoderLayer(config.hid_dim, config.dec_heads, config.dec_pf_dim, config.dec_dropout)
            for _ in range(config.dec_layers)
        )
        self.fc_out = Linear(config.hid_dim, config.tgt_vocab_size)
        self.dropout = Dropout(config.dec_dropout)
        self.scale = math.sqrt(config.hid_dim)

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
        pos = torch.arange(trg.shape[1], device=trg.device)
        x = self.dropout(self.tok_embedding(trg) * self.scale + self.pos_embedding(pos))
        weights = None
        last = len(self.layers) - 1
        for i, layer in enumerate(self.layers):
            x, weights = layer(x, enc_src, src_mask, need_weights=need_weights and i == last)
        return (self.fc_out(x) if project else x), weights


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
        enc_src, src_mask = self.encode(src)
        out, _ = self.decoder(trg, enc_src, src_mask, project=project)
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
