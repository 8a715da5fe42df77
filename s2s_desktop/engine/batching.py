"""Pieces -> batches: token ids held compactly, grouped by length under a token budget.

A batch holds about ``batch_tokens`` tokens (padding included) rather than a fixed number of
sentences, so short sentences come in large batches, long ones in small batches, and little compute
goes to padding. The batch order is shuffled with a seed per epoch, so a run can resume at
exactly the batch it stopped at.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import torch
from torch import Tensor

from s2s_desktop.engine.config import BOS_ID, EOS_ID, PAD_ID

if TYPE_CHECKING:
    from s2s_desktop.engine.tokenizer import Tokenizer


class TokenizedPairs:
    """Source/target id sequences in two flat arrays with offsets (no per-sentence objects).

    Source sequences end with EOS; target sequences are BOS ... EOS. Millions of pairs fit in a
    few hundred MB this way.
    """

    def __init__(self) -> None:
        self._blocks: dict[str, list[np.ndarray]] = {"src": [], "tgt": []}  # merged arrays
        self._recent: dict[str, list[np.ndarray]] = {"src": [], "tgt": []}  # one per sentence
        self._lengths: dict[str, array[int]] = {"src": array("i"), "tgt": array("i")}
        self._frozen: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def add(self, src_ids: list[int], tgt_ids: list[int]) -> None:
        for side, ids in (("src", [*src_ids, EOS_ID]), ("tgt", [BOS_ID, *tgt_ids, EOS_ID])):
            self._recent[side].append(np.asarray(ids, dtype=np.int32))
            self._lengths[side].append(len(ids))
        if len(self._recent["src"]) >= 65_536:
            self._merge_recent()

    def _merge_recent(self) -> None:
        """Turn the recent per-sentence arrays into one block (each sentence is copied once)."""
        for side in ("src", "tgt"):
            if self._recent[side]:
                self._blocks[side].append(np.concatenate(self._recent[side]))
                self._recent[side] = []

    def freeze(self) -> TokenizedPairs:
        self._merge_recent()
        for side in ("src", "tgt"):
            lengths = np.frombuffer(self._lengths[side], dtype=np.int32).astype(np.int64)
            offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
            np.cumsum(lengths, out=offsets[1:])
            blocks = self._blocks[side]
            flat = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.int32)
            self._frozen[side] = (flat, offsets)
            self._blocks[side] = []
        return self

    def __len__(self) -> int:
        return len(self._frozen["src"][1]) - 1 if self._frozen else len(self._lengths["src"])

    def lengths(self, side: str) -> np.ndarray:
        return np.diff(self._frozen[side][1])

    def sequence(self, side: str, index: int) -> np.ndarray:
        flat, offsets = self._frozen[side]
        return flat[offsets[index] : offsets[index + 1]]

    def token_count(self) -> int:
        return int(self.lengths("src").sum() + self.lengths("tgt").sum())


@dataclass(frozen=True)
class Batch:
    """A padded batch: source [n, src_len]; target [n, tgt_len] (BOS ... EOS, then padding)."""

    src: Tensor
    tgt: Tensor
    src_tokens: int
    tgt_tokens: int  # target tokens predicted (EOS included, BOS excluded)

    def to(self, device: torch.device) -> Batch:
        if device.type != "cuda":
            return Batch(self.src.to(device), self.tgt.to(device), self.src_tokens, self.tgt_tokens)
        # Pinned (page-locked) host memory lets the copy run asynchronously with the GPU's work.
        return Batch(
            self.src.pin_memory().to(device, non_blocking=True),
            self.tgt.pin_memory().to(device, non_blocking=True),
            self.src_tokens,
            self.tgt_tokens,
        )


def plan_batches(pairs: TokenizedPairs, batch_tokens: int, seed: int) -> list[np.ndarray]:
    """Group pair indices into batches of about ``batch_tokens`` padded tokens per side.

    Pairs are sorted by length (ties broken at random by ``seed``) and cut greedily into
    batches; the batch order is then shuffled with ``seed``. Same inputs, same plan.
    """
    n = len(pairs)
    if n == 0:
        return []
    rng = np.random.default_rng(seed)
    src_len, tgt_len = pairs.lengths("src"), pairs.lengths("tgt")
    order = np.lexsort((rng.random(n), src_len, tgt_len))
    batches: list[np.ndarray] = []
    start, longest = 0, 0
    for position, index in enumerate(order):
        length = max(int(src_len[index]), int(tgt_len[index]))
        longest_if_added = max(longest, length)
        if position > start and longest_if_added * (position - start + 1) > batch_tokens:
            batches.append(order[start:position])
            start, longest_if_added = position, length
        longest = longest_if_added
    batches.append(order[start:])
    rng.shuffle(batches)
    return batches


def collate(pairs: TokenizedPairs, indices: Iterable[int]) -> Batch:
    """Pad the chosen pairs into one batch."""
    src_rows = [pairs.sequence("src", int(i)) for i in indices]
    tgt_rows = [pairs.sequence("tgt", int(i)) for i in indices]
    return Batch(
        src=pad_rows(src_rows),
        tgt=pad_rows(tgt_rows),
        src_tokens=sum(len(r) for r in src_rows),
        tgt_tokens=sum(len(r) - 1 for r in tgt_rows),
    )


def token_counts(pairs: TokenizedPairs, indices: np.ndarray) -> tuple[int, int]:
    """The source tokens and predicted target tokens of the chosen pairs, as ``collate`` counts
    them (a distributed run needs the whole batch's counts, but collates only its share)."""
    src = int(pairs.lengths("src")[indices].sum())
    tgt = int(pairs.lengths("tgt")[indices].sum()) - len(indices)
    return src, tgt


def pad_rows(rows: list[np.ndarray] | list[list[int]]) -> Tensor:
    """Right-pad id sequences with PAD into a [len(rows), longest] long tensor."""
    longest = max(len(r) for r in rows)
    out = np.full((len(rows), longest), PAD_ID, dtype=np.int64)
    for i, row in enumerate(rows):
        out[i, : len(row)] = row
    return torch.from_numpy(out)


def tokenize_pairs(
    source: Tokenizer,
    target: Tokenizer,
    max_positions: int,
    pairs: Iterable[tuple[str, str]],
) -> tuple[TokenizedPairs, int]:
    """Encode pairs in chunks; drop those too long for the position table. Returns the pairs
    kept and the count dropped."""
    data, skipped = TokenizedPairs(), 0
    limit = max_positions - 1  # +EOS on source; BOS/EOS on target inputs
    chunk: list[tuple[str, str]] = []

    def flush() -> int:
        dropped = 0
        sources = source.encode([s for s, _ in chunk])
        targets = target.encode([t for _, t in chunk])
        for src_ids, tgt_ids in zip(sources, targets):
            if len(src_ids) >= limit or len(tgt_ids) >= limit:
                dropped += 1
            else:
                data.add(src_ids, tgt_ids)
        chunk.clear()
        return dropped

    for pair in pairs:
        chunk.append(pair)
        if len(chunk) >= 10_000:
            skipped += flush()
    if chunk:
        skipped += flush()
    return data.freeze(), skipped
