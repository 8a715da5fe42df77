"""The plain way to train the same model, as a yardstick for ``train_speedup``.

``torch.nn.Transformer`` with the tutorial's dimensions (plus the same embeddings and output
layer), trained with fixed sentence-count batches in corpus order padded to their longest
sentence, no length bucketing, the stock for-each Adam and the same label-smoothed loss: what a
first PyTorch implementation does.
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from s2s_desktop.engine.batching import TokenizedPairs, collate
from s2s_desktop.engine.config import PAD_ID, ModelConfig


class PlainTransformer(nn.Module):
    """Embeddings, ``nn.Transformer`` and an output layer: the tutorial model, off the shelf."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        hid = config.hid_dim
        self.src_embedding = nn.Embedding(config.src_vocab_size, hid)
        self.tgt_embedding = nn.Embedding(config.tgt_vocab_size, hid)
        self.src_positions = nn.Embedding(config.max_positions, hid)
        self.tgt_positions = nn.Embedding(config.max_positions, hid)
        self.transformer = nn.Transformer(
            d_model=hid,
            nhead=config.enc_heads,
            num_encoder_layers=config.enc_layers,
            num_decoder_layers=config.dec_layers,
            dim_feedforward=config.enc_pf_dim,
            dropout=config.enc_dropout,
            batch_first=True,
        )
        self.fc_out = nn.Linear(hid, config.tgt_vocab_size)
        self.dropout = nn.Dropout(config.enc_dropout)
        self.scale = math.sqrt(hid)

    def _embed(self, ids: Tensor, tokens: nn.Embedding, positions: nn.Embedding) -> Tensor:
        pos = torch.arange(ids.shape[1], device=ids.device)
        return self.dropout(tokens(ids) * self.scale + positions(pos))

    def forward(self, src: Tensor, tgt: Tensor) -> Tensor:
        causal = nn.Transformer.generate_square_subsequent_mask(tgt.shape[1], device=tgt.device)
        out = self.transformer(
            self._embed(src, self.src_embedding, self.src_positions),
            self._embed(tgt, self.tgt_embedding, self.tgt_positions),
            tgt_mask=causal,
            src_key_padding_mask=src == PAD_ID,
            tgt_key_padding_mask=tgt == PAD_ID,
            memory_key_padding_mask=src == PAD_ID,
        )
        return self.fc_out(out)


def sentence_count_batches(pairs: TokenizedPairs, sentences: int) -> list[np.ndarray]:
    """Consecutive runs of ``sentences`` pairs in corpus order: no sorting, no token budget."""
    return [
        np.arange(start, min(start + sentences, len(pairs)))
        for start in range(0, len(pairs), sentences)
    ]


class PlainStep:
    """Forward, label-smoothed loss, backward, clipping and Adam, written the usual way."""

    def __init__(
        self,
        config: ModelConfig,
        label_smoothing: float = 0.1,
        device: torch.device = torch.device("cpu"),  # noqa: B008 (an immutable value)
    ) -> None:
        self.device = device
        self.model = PlainTransformer(config).to(device).train()
        self.optimizer = torch.optim.Adam(
            self.model.parameters(), lr=5e-4, betas=(0.9, 0.98), eps=1e-9
        )
        self.label_smoothing = label_smoothing

    def __call__(self, pairs: TokenizedPairs, indices: np.ndarray) -> int:
        """One step on the chosen pairs; returns the real (unpadded) tokens it trained on."""
        batch = collate(pairs, indices).to(self.device)
        logits = self.model(batch.src, batch.tgt[:, :-1])
        loss = F.cross_entropy(
            logits.reshape(-1, logits.shape[-1]),
            batch.tgt[:, 1:].reshape(-1),
            ignore_index=PAD_ID,
            label_smoothing=self.label_smoothing,
        )
        self.optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self.optimizer.step()
        return batch.src_tokens + batch.tgt_tokens
