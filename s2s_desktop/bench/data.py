"""The bench's data: generated text, its sentencepiece vocabularies and token ids."""

from __future__ import annotations

from dataclasses import dataclass

from s2s_desktop.bench.synthetic import synthetic_pairs
from s2s_desktop.engine.batching import TokenizedPairs
from s2s_desktop.engine.config import PRESETS
from s2s_desktop.engine.tokenizer import Tokenizer, train_tokenizer


@dataclass
class BenchData:
    """Training pairs as ids, held-out lines with their target lengths, and the tokenizers."""

    train: TokenizedPairs
    lines: list[str]  # held-out source sentences, for translation
    line_target_pieces: list[int]  # pieces of each line's reference translation
    source_tokenizer: Tokenizer
    target_tokenizer: Tokenizer


def prepare_data(train_pairs: int, held_out: int, seed: int = 0) -> BenchData:
    """Generate pairs, learn the tutorial's 512-piece vocabularies on them, tokenize."""
    pairs = synthetic_pairs(train_pairs + held_out, seed)
    train, rest = pairs[:train_pairs], pairs[train_pairs:]
    vocab = PRESETS["tutorial"].src_vocab_size
    source = train_tokenizer((s for s, _ in train), vocab)
    target = train_tokenizer((t for _, t in train), vocab)
    data = TokenizedPairs()
    limit = PRESETS["tutorial"].max_positions - 1
    for src_ids, tgt_ids in zip(
        source.encode([s for s, _ in train]), target.encode([t for _, t in train])
    ):
        if len(src_ids) < limit and len(tgt_ids) < limit:
            data.add(src_ids, tgt_ids)
    return BenchData(
        train=data.freeze(),
        lines=[s for s, _ in rest],
        line_target_pieces=[len(ids) for ids in target.encode([t for _, t in rest])],
        source_tokenizer=source,
        target_tokenizer=target,
    )
