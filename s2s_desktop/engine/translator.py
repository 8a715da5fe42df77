"""Stored model -> translations: load once, keep warm, translate lines in length-sorted batches."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import torch

from s2s_desktop.engine import argos
from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import BOS_ID, EOS_ID
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.fast import ctranslate
from s2s_desktop.engine.fast.step_decoder import DecoderWeights
from s2s_desktop.engine.model_files import (
    CONFIG_FILE,
    SAFE_FILE_NAME,
    LoadedModel,
    has_model,
    load_model_files,
    read_card,
)
from s2s_desktop.engine.search import Hypothesis, beam_search, beam_search_nbest, greedy_decode
from s2s_desktop.engine.sentences import (  # Translation, split_sentences… are known from here too
    Attention,
    Translation,
    join_segments,
    length_sorted_batches,
    segment_lines,
    sentence_joiner,
    split_sentences,
)
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.tokenizer import symbols
from s2s_desktop.engine.wording import translate

if TYPE_CHECKING:
    from s2s_desktop.engine.argos_translator import ArgosTranslator


class Translator:
    """A loaded model ready to translate; create it once and reuse it (it stays warm).

    On the CPU, with CTranslate2 installed, every translation goes through it
    (``ctranslate.FastDecoder``: greedy and beam search, n-best lists, continuations of a
    prefix, attention; ``compute_type`` int8 by default, "float32" for our decoder's outputs,
    None for our decoder, which stays the reference the fast path is tested against).
    """

    def __init__(
        self,
        loaded: LoadedModel,
        batch_tokens: int = 6000,
        compute_type: str | None = ctranslate.COMPUTE_TYPE,
    ) -> None:
        self.model = loaded.model
        self.source_tokenizer = loaded.source_tokenizer
        self.target_tokenizer = loaded.target_tokenizer
        self.config = loaded.config
        self.device = next(self.model.parameters()).device
        self.batch_tokens = batch_tokens
        self.max_source = self.model.config.max_positions - 1  # room for EOS
        self.joiner = sentence_joiner(self.tgt_lang)
        self.fast: ctranslate.FastDecoder | None = None
        self._decoder_weights: DecoderWeights | None = None  # made at our decoder's first use
        if (
            compute_type
            and self.device.type == "cpu"
            and ctranslate.available()
            and ctranslate.supports(self.model)
        ):
            self.fast = ctranslate.FastDecoder(
                self.model, self.source_tokenizer, self.target_tokenizer, compute_type
            )

    @property
    def src_lang(self) -> str:
        return str(self.config.get("src_lang", ""))

    @property
    def tgt_lang(self) -> str:
        return str(self.config.get("tgt_lang", ""))

    def translate(
        self, lines: list[str], beam: int = 1, alpha: float = 1.0, split: bool = True
    ) -> list[str]:
        """Translate each line; blank lines stay blank.

        With ``split``, a line holding a paragraph is translated sentence by sentence (models
        learn from sentence pairs); without it each line is one input, as in the training data.
        """
        if beam < 1:
            raise UserError(
                translate("translator", "The beam width must be at least 1, not {beam}.").format(
                    beam=beam
                )
            )
        segments, pieces = segment_lines(
            lines, lambda text: self.source_tokenizer.encode([text])[0], self.max_source, split
        )
        hypotheses = self._decode(pieces, beam, alpha, need_attention=False)
        texts = self.target_tokenizer.decode([h.tokens for h in hypotheses])
        return join_segments(segments, texts, self.joiner)

    def translate_detailed(self, text: str, beam: int = 1, alpha: float = 1.0) -> list[Translation]:
        """Translate one paragraph sentence by sentence, with each sentence's cross-attention
        from our decoder (what the attention view draws)."""
        return self.translate_sentences(split_sentences(text), beam, alpha, attention="view")

    def translate_sentences(
        self,
        sentences: list[str],
        beam: int = 1,
        alpha: float = 1.0,
        attention: Attention = "alignment",
    ) -> list[Translation]:
        """Translate each sentence as one input, with its cross-attention (the last layer's,
        heads averaged) unless ``attention`` is "none" (faster); "alignment" and "view" are the
        same here (``ArgosTranslator`` tells them apart)."""
        pieces = self._encode(sentences)
        hypotheses = self._decode(pieces, beam, alpha, need_attention=attention != "none")
        return [
            self.translation_of(sentence, ids, hypothesis)
            for sentence, ids, hypothesis in zip(sentences, pieces, hypotheses)
        ]

    def translate_nbest(
        self, sentence: str, count: int, beam: int = 4, alpha: float = 1.0
    ) -> list[Translation]:
        """The ``count`` best translations of one sentence, best first (a beam at least
        ``count`` wide), each with its attention and, as its score, the length-normalised one
        they are ranked by (as CTranslate2 gives an Argos model's)."""
        ids = self._encode([sentence])[0]
        width = max(beam, count)
        if self.fast is not None:
            found = self.fast.decode_nbest([ids], None, True, width, alpha, count)[0]
        else:
            found = beam_search_nbest(
                self.model,
                self._source_batch([ids]),
                width,
                alpha,
                True,
                count=count,
                weights=self.decoder_weights(),
            )[0]
        translations = [self.translation_of(sentence, ids, hypothesis) for hypothesis in found]
        for translation, hypothesis in zip(translations, found):
            translation.score = hypothesis.normalized_score(alpha)
        return translations

    def alternatives(
        self,
        sentence: str,
        prefix: str,
        count: int = 5,
        beam: int = 1,
        alpha: float = 1.0,
    ) -> list[Translation]:
        """Other ways to go on after ``prefix``, the start of a translation of ``sentence``
        (the words before the one a user clicked): the ``count`` likeliest next pieces but
        end-of-sentence, each followed by its best continuation (``beam``), likeliest first.
        Each is a whole translation that begins with ``prefix``."""
        ids = self._encode([sentence])[0]
        prefix_ids = self.target_tokenizer.piece_to_id(
            self.target_tokenizer.encode_pieces(prefix) if prefix.strip() else []
        )
        # Twice as many asked for: the pieces that would glue onto the word before ("bra"
        # after "rojo") are left out, but in languages written without spaces.
        asked = 2 * count + 1
        if self.fast is not None:
            found = self.fast.decode_nbest(
                [ids], None, True, beam, alpha, asked, [prefix_ids], alternatives=True
            )[0]
        else:
            found = self._alternatives_reference(ids, prefix_ids, asked, beam, alpha)
        glued = set(self.target_tokenizer.word_continuations) if self.joiner else set()
        found = [
            h
            for h in found
            if len(h.tokens) > len(prefix_ids)  # not "end here"
            and h.tokens[len(prefix_ids)] not in glued
        ][:count]
        return [self.translation_of(sentence, ids, hypothesis) for hypothesis in found]

    @torch.inference_mode()
    def _alternatives_reference(
        self, ids: list[int], prefix: list[int], count: int, beam: int, alpha: float
    ) -> list[Hypothesis]:
        """``alternatives`` with our decoder: the model's ``count`` likeliest tokens after
        ``prefix``, then each one's continuation by beam search from prefix + that token."""
        src = self._source_batch([ids])
        enc_src, src_mask = self.model.encode(src)
        target = torch.tensor([[BOS_ID, *prefix]], device=self.device)
        logits, _ = self.model.decoder(target, enc_src, src_mask)
        next_tokens = logits[0, -1].float().topk(count).indices.tolist()
        return beam_search(
            self.model,
            src.expand(len(next_tokens), -1),
            beam,
            alpha,
            need_attention=True,
            weights=self.decoder_weights(),
            prefixes=[[*prefix, token] for token in next_tokens],
        )

    def count_pieces(self, text: str) -> int:
        """How many pieces the model reads for ``text`` (a longer one than ``max_source`` is
        cut to it: ``sentences.fitting_parts`` makes parts that fit)."""
        return len(self.source_tokenizer.encode([text])[0])

    def readable(self, text: str) -> bool:
        """Whether the model can read ``text``, and write back its symbols (€, ©: copied, not
        translated; punctuation is the target language's own); a document keeps what it
        cannot whole (``segments.protect_unreadable``)."""
        return self.source_tokenizer.knows(text) and self.target_tokenizer.knows(symbols(text))

    def _encode(self, sentences: list[str]) -> list[list[int]]:
        return [self.source_tokenizer.encode([s])[0][: self.max_source] for s in sentences]

    def _source_batch(self, pieces: list[list[int]]) -> torch.Tensor:
        return pad_rows([[*ids, EOS_ID] for ids in pieces]).to(self.device)

    def decoder_weights(self) -> DecoderWeights:
        """Our decoder's weights, laid out at first use (the loaded model never changes)."""
        if self._decoder_weights is None:
            self._decoder_weights = DecoderWeights(self.model)
        return self._decoder_weights

    def translation_of(self, sentence: str, ids: list[int], hypothesis: Hypothesis) -> Translation:
        """``hypothesis`` (decoded from the source ids ``ids``) as a ``Translation``."""
        return Translation(
            source=sentence,
            text=self.target_tokenizer.decode([hypothesis.tokens])[0],
            source_pieces=[*self.source_tokenizer.id_to_piece(ids), "</s>"],
            target_pieces=[*self.target_tokenizer.id_to_piece(hypothesis.tokens), "</s>"],
            # float32 for the view, whatever precision the model computes in
            attention=None if hypothesis.attention is None else hypothesis.attention.float(),
            score=hypothesis.score,
        )

    def _decode(
        self, pieces: list[list[int]], beam: int, alpha: float, need_attention: bool
    ) -> list[Hypothesis]:
        """Decode piece sequences in batches of similar length; results in input order."""
        results: list[Hypothesis | None] = [None] * len(pieces)
        lengths = [len(p) + 1 for p in pieces]  # + EOS
        for batch in length_sorted_batches(lengths, max(self.batch_tokens // beam, 1)):
            if self.fast is not None:
                decoded = self.fast.decode(
                    [pieces[i] for i in batch], None, need_attention, beam, alpha
                )
                for index, hypothesis in zip(batch, decoded):
                    results[index] = hypothesis
                continue
            self._decode_batch(pieces, batch, beam, alpha, need_attention, results)
        return results  # type: ignore[return-value]

    def _decode_batch(
        self,
        pieces: list[list[int]],
        batch: list[int],
        beam: int,
        alpha: float,
        need_attention: bool,
        results: list[Hypothesis | None],
    ) -> None:
        src = self._source_batch([pieces[i] for i in batch])
        weights = self.decoder_weights()
        if beam == 1:
            decoded = greedy_decode(self.model, src, need_attention=need_attention, weights=weights)
        else:
            decoded = beam_search(
                self.model, src, beam, alpha, need_attention=need_attention, weights=weights
            )
        for index, hypothesis in zip(batch, decoded):
            if need_attention and hypothesis.attention is not None:
                hypothesis.attention = hypothesis.attention[:, : len(pieces[index]) + 1]
            results[index] = hypothesis


def load_translator(name_or_path: str | Path, device: str = "auto") -> Translator | ArgosTranslator:
    """Load a stored model by name (or a model folder by path) for translation: ours, or an
    imported Argos Translate model (``argos_translator.ArgosTranslator``, used alike). A stored
    model's name wins over a folder of that name in the current directory (the one it was
    imported from, often)."""
    folder = Path(name_or_path)
    store = ModelStore()
    stored = SAFE_FILE_NAME.match(str(name_or_path)) and has_model(store.models_dir / folder)
    if stored or not (folder.is_dir() and (folder / CONFIG_FILE).is_file()):
        folder = store.info(str(name_or_path)).path
    card = read_card(folder)
    if card is not None and card.origin == argos.ORIGIN:
        from s2s_desktop.engine.argos_translator import ArgosTranslator

        return ArgosTranslator(folder, dict(card.data), device)
    return Translator(load_model_files(folder, device))
