"""Sentencepiece models: trained on the training side of the corpus, saved with the model."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import sentencepiece as spm

from s2s_desktop.engine.config import BOS_ID, EOS_ID, PAD_ID, UNK_ID
from s2s_desktop.engine.errors import UserError

# Sentencepiece samples at most this many sentences to learn pieces: enough for any vocabulary we
# offer, and it keeps memory flat on corpora of millions of lines.
MAX_TRAINING_SENTENCES = 1_000_000


class Tokenizer:
    """A loaded sentencepiece model: text <-> piece ids, with our special ids fixed."""

    def __init__(self, model_proto: bytes) -> None:
        self.proto = model_proto
        self.sp = spm.SentencePieceProcessor(model_proto=model_proto)
        if (self.sp.pad_id(), self.sp.unk_id(), self.sp.bos_id(), self.sp.eos_id()) != (
            PAD_ID,
            UNK_ID,
            BOS_ID,
            EOS_ID,
        ):
            raise UserError("The tokenizer's special ids are not pad=0, unk=1, bos=2, eos=3.")

    @classmethod
    def load(cls, path: Path) -> Tokenizer:
        try:
            return cls(path.read_bytes())
        except (OSError, RuntimeError) as error:
            raise UserError(f"Cannot read the tokenizer {path}: {error}.") from error

    def save(self, path: Path) -> None:
        path.write_bytes(self.proto)

    @property
    def vocab_size(self) -> int:
        return self.sp.get_piece_size()

    def encode(self, texts: list[str]) -> list[list[int]]:
        return self.sp.encode(texts)

    def encode_pieces(self, text: str) -> list[str]:
        return self.sp.encode(text, out_type=str)

    def decode(self, ids: list[list[int]]) -> list[str]:
        return self.sp.decode(ids)

    def id_to_piece(self, ids: list[int]) -> list[str]:
        return [self.sp.id_to_piece(i) for i in ids]


def train_tokenizer(
    sentences: Iterable[str], vocab_size: int, *, character_coverage: float = 0.9995
) -> Tokenizer:
    """Learn a unigram sentencepiece model from ``sentences`` (streamed, sampled if many).

    The vocabulary size is a soft limit: a corpus too small for it gets a smaller vocabulary
    rather than an error (``Tokenizer.vocab_size`` says what was learned).
    """
    proto = io.BytesIO()
    try:
        spm.SentencePieceTrainer.train(
            sentence_iterator=_non_empty(sentences),
            model_writer=proto,
            vocab_size=vocab_size,
            model_type="unigram",
            character_coverage=character_coverage,
            hard_vocab_limit=False,
            input_sentence_size=MAX_TRAINING_SENTENCES,
            shuffle_input_sentence=True,
            pad_id=PAD_ID,
            unk_id=UNK_ID,
            bos_id=BOS_ID,
            eos_id=EOS_ID,
            max_sentence_length=1 << 16,
            num_threads=2,
            minloglevel=2,
        )
    except RuntimeError as error:
        too_few = re.search(r"smaller than required_chars\. (\d+) vs (\d+)", str(error))
        if too_few:
            raise UserError(
                f"A vocabulary of {vocab_size} pieces cannot hold this corpus's "
                f"{too_few.group(2)} distinct characters; choose a vocabulary size of at least "
                f"{int(too_few.group(2)) + 4}."
            ) from error
        raise UserError(
            f"Could not learn a vocabulary of {vocab_size} pieces from this corpus; "
            "try a different vocabulary size or add more text."
        ) from error
    return Tokenizer(proto.getvalue())


def _non_empty(sentences: Iterable[str]) -> Iterator[str]:
    for sentence in sentences:
        if sentence:
            yield sentence
