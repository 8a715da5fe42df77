"""Sentencepiece models: trained on the training side of the corpus, saved with the model.

Our own tokenizers use sentencepiece's ids. An imported OPUS-MT model's tokenizer carries a list
of pieces instead (its ``vocab.json``, reordered so that our special ids come first): text is
cut into pieces by sentencepiece, and each piece's id is its place in that list. Both kinds are
one file, read by ``Tokenizer.load``; the second starts with ``PIECES_HEADER``.
"""

from __future__ import annotations

import functools
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import sentencepiece as spm

from s2s_desktop.engine.config import BOS_ID, EOS_ID, PAD_ID, UNK_ID
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.sentences import continues_word
from s2s_desktop.engine.wording import translate

# Sentencepiece samples at most this many sentences to learn pieces: enough for any vocabulary we
# offer, and it keeps memory flat on corpora of millions of lines.
MAX_TRAINING_SENTENCES = 1_000_000
# A tokenizer file with its own list of pieces: this line, the list's JSON length (8 bytes,
# little-endian), the JSON list (a piece per id), then the sentencepiece model.
PIECES_HEADER = b"s2s-desktop pieces 1\n"


def symbols(text: str) -> str:
    """The symbols of ``text`` (Unicode's S categories: €, $, ©, +, emoji), which a translation
    copies as they are, unlike letters and punctuation."""
    return "".join(char for char in text if unicodedata.category(char).startswith("S"))


def with_pieces(model_proto: bytes, pieces: list[str]) -> bytes:
    """A tokenizer file whose ids are the places of ``pieces`` (the first four: pad, unk, bos,
    eos), cutting text with the sentencepiece model ``model_proto``."""
    listed = json.dumps(pieces, ensure_ascii=False).encode()
    return PIECES_HEADER + len(listed).to_bytes(8, "little") + listed + model_proto


class Tokenizer:
    """A loaded sentencepiece model: text <-> piece ids, with our special ids fixed.

    ``proto`` is the file's bytes; ``pieces``, the list of pieces of a file that carries one
    (else None: the ids are sentencepiece's own).
    """

    def __init__(self, model_proto: bytes) -> None:
        self.proto = model_proto
        self.pieces: list[str] | None = None
        self._known: dict[str, bool] = {}  # character -> whether a piece holds it
        if model_proto.startswith(PIECES_HEADER):
            self._read_pieces(model_proto)
            return
        self.sp = spm.SentencePieceProcessor(model_proto=model_proto)
        if (self.sp.pad_id(), self.sp.unk_id(), self.sp.bos_id(), self.sp.eos_id()) != (
            PAD_ID,
            UNK_ID,
            BOS_ID,
            EOS_ID,
        ):
            raise UserError(
                translate(
                    "tokenizer", "The tokenizer's special ids are not pad=0, unk=1, bos=2, eos=3."
                )
            )

    @classmethod
    def load(cls, path: Path) -> Tokenizer:
        try:
            return cls(path.read_bytes())
        except (OSError, RuntimeError) as error:
            raise UserError(
                translate("tokenizer", "Cannot read the tokenizer {path}: {error}.").format(
                    path=path, error=error
                )
            ) from error

    def _read_pieces(self, data: bytes) -> None:
        start = len(PIECES_HEADER) + 8
        length = int.from_bytes(data[len(PIECES_HEADER) : start], "little")
        try:
            pieces = json.loads(data[start : start + length].decode("utf-8"))
            self.sp = spm.SentencePieceProcessor(model_proto=data[start + length :])
        except (ValueError, RuntimeError) as error:
            raise UserError(
                translate("tokenizer", "The tokenizer is damaged ({error}).").format(error=error)
            ) from error
        if (
            not isinstance(pieces, list)
            or len(pieces) <= EOS_ID
            or not all(isinstance(piece, str) for piece in pieces)
            or len(set(pieces)) != len(pieces)
        ):
            raise UserError(
                translate(
                    "tokenizer", "The tokenizer's list of pieces is damaged (not distinct strings)."
                )
            )
        self.pieces = pieces
        # Text maps to the unknown piece and to ordinary pieces, never to pad, bos or eos.
        self.ids = {piece: i for i, piece in enumerate(pieces) if i not in (PAD_ID, BOS_ID, EOS_ID)}

    def save(self, path: Path) -> None:
        path.write_bytes(self.proto)

    @property
    def vocab_size(self) -> int:
        return self.sp.get_piece_size() if self.pieces is None else len(self.pieces)

    def encode(self, texts: list[str]) -> list[list[int]]:
        if self.pieces is None:
            return self.sp.encode(texts)
        return [[self.ids.get(piece, UNK_ID) for piece in self._cut(text)] for text in texts]

    def _cut(self, text: str) -> list[str]:
        """Marian's tokenizer: a leading target-language code as a piece of its own, the rest
        cut by sentencepiece."""
        code = []
        end = text.find("<<") if text.startswith(">>") else -1
        if end != -1:  # a target-language code (">>fra<< ..."), as transformers finds it
            code, text = [text[: end + 2]], text[end + 2 :]
        return code + self.sp.encode(text, out_type=str)

    def knows(self, text: str) -> bool:
        """Whether every character of ``text`` has a piece (none reads as the unknown one):
        what the model can read, and write. Read as sentencepiece normalises it (NFKC: an
        accent written apart joins its letter)."""
        for char in unicodedata.normalize("NFKC", text):
            known = self._known.get(char)
            if known is None:
                known = char.isspace() or UNK_ID not in self.encode([char])[0]
                self._known[char] = known
            if not known:
                return False
        return True

    def encode_pieces(self, text: str) -> list[str]:
        return self.sp.encode(text, out_type=str) if self.pieces is None else self._cut(text)

    def decode(self, ids: list[list[int]]) -> list[str]:
        if self.pieces is None:
            return self.sp.decode(ids)
        # As transformers' Marian tokenizer: special pieces (unk too) left out, and the word
        # marks of pieces this sentencepiece model lacks (the other language's) made spaces.
        special = (PAD_ID, UNK_ID, BOS_ID, EOS_ID)
        return [
            self.sp.decode_pieces([self.pieces[i] for i in row if i not in special])
            .replace("\u2581", " ")
            .strip()
            for row in ids
        ]

    @functools.cached_property
    def word_continuations(self) -> list[int]:
        """Ids of the pieces that go on the word before them: no word mark, and a letter or
        digit first (constrained search keeps them from gluing onto a placed term)."""
        pieces = self.pieces or [self.sp.id_to_piece(i) for i in range(self.vocab_size)]
        return [
            index for index, piece in enumerate(pieces) if index > EOS_ID and continues_word(piece)
        ]

    def id_to_piece(self, ids: list[int]) -> list[str]:
        if self.pieces is not None:
            return [self.pieces[i] for i in ids]
        return [self.sp.id_to_piece(i) for i in ids]

    def piece_to_id(self, pieces: list[str]) -> list[int]:
        """The ids of pieces (as ``id_to_piece`` gives them); unknown pieces get UNK_ID."""
        if self.pieces is not None:
            return [self.ids.get(piece, UNK_ID) for piece in pieces]
        return [self.sp.piece_to_id(piece) for piece in pieces]


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
                translate(
                    "tokenizer",
                    "A vocabulary of {pieces} pieces cannot hold this corpus's {characters} "
                    "distinct characters; choose a vocabulary size of at least {at_least}.",
                ).format(
                    pieces=vocab_size,
                    characters=too_few.group(2),
                    at_least=int(too_few.group(2)) + 4,
                )
            ) from error
        raise UserError(
            translate(
                "tokenizer",
                "Could not learn a vocabulary of {pieces} pieces from this corpus; try a "
                "different vocabulary size or add more text.",
            ).format(pieces=vocab_size)
        ) from error
    return Tokenizer(proto.getvalue())


def _non_empty(sentences: Iterable[str]) -> Iterator[str]:
    for sentence in sentences:
        if sentence:
            yield sentence
