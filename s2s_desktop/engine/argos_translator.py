"""Translating with an imported Argos Translate model (``engine.argos``) through CTranslate2.

The tokenization is Argos Translate's: the package's sentencepiece model cuts each sentence into
pieces, CTranslate2 turns pieces into pieces, and sentencepiece joins them back into text.
Paragraphs are split into sentences, long sentences into chunks, and sentences batched by length
as ``translator.Translator`` does; greedy and beam search are CTranslate2's, and so is the
attention that documents carry their markup with (the package's alignment heads; the attention
view has none to draw).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.fast import ctranslate
from s2s_desktop.engine.model_files import CTRANSLATE2_DIR, SHARED_TOKENIZER
from s2s_desktop.engine.sentences import (
    Attention,
    Translation,
    continues_word,
    join_segments,
    length_sorted_batches,
    segment_lines,
    sentence_joiner,
    split_sentences,
)
from s2s_desktop.engine.wording import translate

MAX_SOURCE_PIECES = 256  # a longer sentence is translated in chunks, as OpenNMT trained them
MAX_OUTPUT_PIECES = 256  # CTranslate2's own default limit


def ctranslate2_missing(name: str) -> UserError:
    """The one sentence that says CTranslate2 is needed, and how to install it."""
    return UserError(
        translate(
            "argos_translator",
            "{name!r} is an Argos Translate model, which translates with CTranslate2; install it "
            "with: pip install ctranslate2",
        ).format(name=name)
    )


class ArgosTranslator:
    """A loaded Argos Translate model, used like ``translator.Translator`` (``translate``,
    ``translate_detailed``, ``config``, ``src_lang``, ``tgt_lang``); keep it warm.

    Attributes:
        config: the model's card (``config.json``).
        translator: the ``ctranslate2.Translator``; ``pieces``: the sentencepiece model.
    """

    def __init__(
        self, folder: Path, config: dict[str, Any], device: str = "auto", batch_tokens: int = 6000
    ) -> None:
        try:
            import ctranslate2
        except ImportError as error:
            raise ctranslate2_missing(folder.name) from error
        import sentencepiece as spm
        import torch

        self.config = config
        self.batch_tokens = batch_tokens
        self.max_source = MAX_SOURCE_PIECES
        self.joiner = sentence_joiner(self.tgt_lang)
        self._known: dict[str, bool] = {}  # character -> whether a piece holds it
        try:
            self.pieces = spm.SentencePieceProcessor(
                model_proto=(folder / SHARED_TOKENIZER).read_bytes()
            )
        except (OSError, RuntimeError) as error:
            raise UserError(
                translate(
                    "argos_translator", "Cannot read the tokenizer of {name!r}: {error}."
                ).format(name=folder.name, error=error)
            ) from error
        gpus = ctranslate2.get_cuda_device_count()
        if device == "cuda" and not gpus:
            raise UserError(
                translate(
                    "argos_translator",
                    "CUDA was asked for but CTranslate2 finds no usable NVIDIA GPU; choose auto or "
                    "CPU.",
                )
            )
        threads = torch.get_num_threads()
        try:
            self.translator = ctranslate2.Translator(
                str(folder / CTRANSLATE2_DIR),
                device="cuda" if gpus and device != "cpu" else "cpu",
                compute_type="default",  # the precision the package was saved in
                intra_threads=threads,
            )
        except (RuntimeError, ValueError) as error:
            raise UserError(
                translate("argos_translator", "CTranslate2 cannot load {name!r}: {error}.").format(
                    name=folder.name, error=error
                )
            ) from error
        finally:
            # CTranslate2 sets the process's OpenMP thread count, which torch shares.
            torch.set_num_threads(threads)

    @property
    def src_lang(self) -> str:
        return str(self.config.get("src_lang", ""))

    @property
    def tgt_lang(self) -> str:
        return str(self.config.get("tgt_lang", ""))

    def translate(
        self, lines: list[str], beam: int = 1, alpha: float = 1.0, split: bool = True
    ) -> list[str]:
        """Translate each line (a paragraph sentence by sentence, with ``split``); blank lines
        stay blank."""
        if beam < 1:
            raise UserError(
                translate(
                    "argos_translator", "The beam width must be at least 1, not {beam}."
                ).format(beam=beam)
            )
        segments, sources = segment_lines(
            lines,
            lambda text: self.pieces.encode(text, out_type=str),
            MAX_SOURCE_PIECES,
            split,
        )
        outputs = [
            self.pieces.decode_pieces(tokens) for tokens, _, _ in self._decode(sources, beam, alpha)
        ]
        return join_segments(segments, outputs, self.joiner)

    def translate_detailed(self, text: str, beam: int = 1, alpha: float = 1.0) -> list[Translation]:
        """Translate one paragraph sentence by sentence; no attention for the view (the
        alignment heads' attention is not what it draws)."""
        return self.translate_sentences(split_sentences(text), beam, alpha, attention="view")

    def count_pieces(self, text: str) -> int:
        """How many pieces the model reads for ``text`` (``Translator.count_pieces``)."""
        return len(self.pieces.encode(text, out_type=str))

    def readable(self, text: str) -> bool:
        """Whether its vocabulary holds every character of ``text`` (``Translator.readable``)."""
        for char in text:
            if char not in self._known:
                unknown = self.pieces.unk_id() in self.pieces.encode(char)
                self._known[char] = char.isspace() or not unknown
            if not self._known[char]:
                return False
        return True

    def translate_sentences(
        self,
        sentences: list[str],
        beam: int = 1,
        alpha: float = 1.0,
        attention: Attention = "alignment",
    ) -> list[Translation]:
        """Translate each sentence as one input, with the alignment heads' attention for
        "alignment" where the package's model gives it (None where it does not, and for
        "view" or "none")."""
        sources = [self.pieces.encode(s, out_type=str)[:MAX_SOURCE_PIECES] for s in sentences]
        return [
            Translation(
                source=sentence,
                text=self.pieces.decode_pieces(tokens),
                source_pieces=[*pieces, "</s>"],
                target_pieces=[*tokens, "</s>"],
                attention=attention,
                score=score,
            )
            for sentence, pieces, (tokens, score, attention) in zip(
                sentences,
                sources,
                self._decode(sources, beam, alpha, need_attention=attention == "alignment"),
            )
        ]

    def translate_nbest(
        self, sentence: str, count: int, beam: int = 4, alpha: float = 1.0
    ) -> list[Translation]:
        """The ``count`` best translations of one sentence, best first (``Translator``'s)."""
        return self._variants(sentence, None, count, max(beam, count), alpha, False)

    def alternatives(
        self, sentence: str, prefix: str, count: int = 5, beam: int = 1, alpha: float = 1.0
    ) -> list[Translation]:
        """Other ways to go on after ``prefix`` (``Translator.alternatives``)."""
        pieces = self.pieces.encode(prefix, out_type=str) if prefix.strip() else []
        found = self._variants(sentence, pieces, 2 * count + 1, beam, alpha, True)
        return [
            t
            for t in found
            if len(t.target_pieces) - 1 > len(pieces)  # not "end here"
            and not (self.joiner and continues_word(t.target_pieces[len(pieces)]))  # not "bra"
        ][:count]

    def _variants(
        self,
        sentence: str,
        prefix: list[str] | None,
        count: int,
        beam: int,
        alpha: float,
        alternatives: bool,
    ) -> list[Translation]:
        source = self.pieces.encode(sentence, out_type=str)[:MAX_SOURCE_PIECES]
        result = self.translator.translate_batch(
            [source],
            None if prefix is None else [prefix],
            beam_size=beam,
            patience=ctranslate.PATIENCE,
            num_hypotheses=count,
            length_penalty=alpha if beam > 1 else 0.0,
            max_decoding_length=min(len(source) * 2 + 10, MAX_OUTPUT_PIECES + 1),
            return_scores=True,
            return_alternatives=alternatives,
            replace_unknowns=True,
        )[0]
        return [
            Translation(
                source=sentence,
                text=self.pieces.decode_pieces(tokens),
                source_pieces=[*source, "</s>"],
                target_pieces=[*tokens, "</s>"],
                attention=None,
                score=float(score),
            )
            for tokens, score in zip(result.hypotheses, result.scores)
        ]

    def _decode(
        self, sources: list[list[str]], beam: int, alpha: float, need_attention: bool = False
    ) -> list[tuple[list[str], float, Any]]:
        """(pieces, score, attention or None) of each source, in order, decoded in batches of
        similar length. Each output is kept within our own search's limit (twice the source,
        plus ten)."""
        results: list[tuple[list[str], float, Any]] = [([], 0.0, None)] * len(sources)
        lengths = [len(pieces) + 1 for pieces in sources]  # + EOS
        for batch in length_sorted_batches(lengths, max(self.batch_tokens // beam, 1)):
            limits = [min(lengths[i] * 2 + 10, MAX_OUTPUT_PIECES + 1) for i in batch]
            decoded = self.translator.translate_batch(
                [sources[i] for i in batch],
                beam_size=beam,
                length_penalty=alpha if beam > 1 else 0.0,
                max_decoding_length=max(limits),
                return_scores=True,
                return_attention=need_attention,
                replace_unknowns=True,
            )
            for index, limit, result in zip(batch, limits, decoded):
                attention = result.attention[0] if need_attention and result.attention else None
                results[index] = (
                    result.hypotheses[0][: limit - 1],
                    float(result.scores[0]),
                    None if attention is None else torch.tensor(attention, dtype=torch.float32),
                )
        return results
