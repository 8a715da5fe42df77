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
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from s2s_desktop.engine.config import PAD_ID, ModelConfig


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

    def split_heads(self, x: Tensor) -> Tensor:
        """[batch, len, hid] -> [batch, heads, len, head_dim]"""
        batch, length, _ = x.shape
        return x.view(batch, length, self.n_heads, self.head_dim).transpose(1, 2)

    def project_kv(self, key: Tensor, value: Tensor) -> tuple[Tensor, Tensor]:
        return self.split_heads(self.fc_k(key)), self.split_heads(self.fc_v(value))

    def attend(
        self,
        query: Tensor,
        k: Tensor,
        v: Tensor,
        mask: Tensor | None = None,
        is_causal: bool = False,
        need_weights: bool = False,
    ) -> tuple[Tensor, Tensor | None]:
        """Attend with already projected keys/values; ``mask`` is True where attending is allowed.

        Returns the output and, when ``need_weights``, the attention averaged over heads.
        """
        q = self.split_heads(self.fc_q(query))
        weights = None
        if need_weights:
            energy = q @ k.transpose(-2, -1) / math.sqrt(self.head_dim)
            if mask is not None:
                energy = energy.masked_fill(~mask, float("-inf"))
            if is_causal:
                size = energy.shape[-1]
                causal = torch.ones(size, size, dtype=torch.bool, device=q.device).tril()
                energy = energy.masked_fill(~causal, float("-inf"))
            attention = energy.softmax(dim=-1)
            out = attention @ v
            weights = attention.mean(dim=1)
        else:
            out = F.scaled_dot_product_attention(
                q,
                k,
                v,
                attn_mask=mask,
                dropout_p=self.dropout if self.training else 0.0,
                is_causal=is_causal,
            )
        batch, _, length, _ = out.shape
        out = out.transpose(1, 2).reshape(batch, length, self.n_heads * self.head_dim)
        return self.fc_o(out), weights

    def forward(
        self, query: Tensor, key: Tensor, value: Tensor, mask: Tensor | None = None, **kwargs: Any
    ) -> tuple[Tensor, Tensor | None]:
        k, v = self.project_kv(key, value)
        return self.attend(query, k, v, mask, **kwargs)


class PositionwiseFeedforward(nn.Module):
    def __init__(self, hid_dim: int, pf_dim: int, dropout: float) -> None:
        super().__init__()
        self.fc_1 = nn.Linear(hid_dim, pf_dim)
        self.fc_2 = nn.Linear(pf_dim, hid_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x: Tensor) -> Tensor:
        return self.fc_2(self.dropout(torch.relu(self.fc_1(x))))


class EncoderLayer(nn.Module):
    def __init__(self, hid_dim: int, n_heads: int, pf_dim: int, dropout: float) -> None:
        super().__init__()
        self.self_attn_layer_norm = nn.LayerNorm(hid_dim)
        self.ff_layer_norm = nn.LayerNorm(hid_dim)
        self.self_attention = MultiHeadAttention(hid_dim, n_heads, dropout)
        self.positionwise_feedforward = PositionwiseFeedforward(hid_dim, pf_dim, dropout)
        self.dropout = nn.Dropout(dropout)

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
        self.dropout = nn.Dropout(config.enc_dropout)
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
        self.dropout = nn.Dropout(dropout)

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
        self.fc_out = nn.Linear(config.hid_dim, config.tgt_vocab_size)
        self.dropout = nn.Dropout(config.dec_dropout)
        self.scale = math.sqrt(config.hid_dim)

    def forward(
        self,
        trg: Tensor,
        enc_src: Tensor,
        src_mask: Tensor,
        need_weights: bool = False,
    ) -> tuple[Tensor, Tensor | None]:
        """trg: [batch, len] ids -> logits [batch, len, vocab].

        Also returns the last layer's cross-attention (heads averaged) when ``need_weights``.
        """
        pos = torch.arange(trg.shape[1], device=trg.device)
        x = self.dropout(self.tok_embedding(trg) * self.scale + self.pos_embedding(pos))
        weights = None
        last = len(self.layers) - 1
        for i, layer in enumerate(self.layers):
            x, weights = layer(x, enc_src, src_mask, need_weights=need_weights and i == last)
        return self.fc_out(x), weights


class Seq2Seq(nn.Module):
    """Encoder + decoder; owns the masks so callers only pass token ids."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.encoder = Encoder(config)
        self.decoder = Decoder(config)
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

    def forward(self, src: Tensor, trg: Tensor) -> Tensor:
        """Teacher forcing: logits [batch, trg_len, vocab] for every next token of ``trg``."""
        enc_src, src_mask = self.encode(src)
        logits, _ = self.decoder(trg, enc_src, src_mask)
        return logits

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())
