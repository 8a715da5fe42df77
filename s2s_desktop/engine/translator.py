"""Stored model -> translations: load once, keep warm, translate lines in length-sorted batches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import torch

from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import EOS_ID
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.fast import ctranslate
from s2s_desktop.engine.fast.step_decoder import DecoderWeights
from s2s_desktop.engine.model_files import CONFIG_FILE, LoadedModel, load_model_files
from s2s_desktop.engine.search import Hypothesis, beam_search, greedy_decode
from s2s_desktop.engine.store import ModelStore

# A possible sentence end: ., !, ?, … (or CJK full stops), closing quotes/brackets, space, and a
# capitalised word (or digit, or an opening quote) next.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-ZÀ-ÖØ-ÞΑ-ΩА-Я0-9¿¡])")
_LAST_WORD = re.compile(r"(\S+)\.[\"'”’»)\]]*\s*$")
# Words that end with a full stop inside a sentence (lowercase, without their final stop).
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr vs etc e.g i.e cf approx no nos vol fig figs inc ltd co corp
    dept est gen gov jan feb mar apr jun jul aug sep sept oct nov dec mt ft hr fr frl herr
    z.b bzw usw nr ca vgl ggf evtl abs art s bd dipl ing sra sr sres srta ud uds pág núm mme mlle
    m mm p pp ed eds al""".split()  # noqa: SIM905 (a word list reads best as words)
)
_NO_SPACE_LANGUAGES = {"zh", "ja", "th", "lo", "km", "my"}


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences at ., ! or ? followed by a capitalised word.

    A full stop after a number ("am 3. Mai"), a single letter ("J. Smith", "z. B.") or a common
    abbreviation ("Mr.", "Dr.", "usw.") does not end a sentence.
    """
    text = text.strip()
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text[start : match.end()]):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [sentence for sentence in sentences if sentence]


def _is_abbreviation(piece: str) -> bool:
    """True when ``piece`` ends with a word whose full stop is not a sentence end."""
    last = _LAST_WORD.search(piece)
    if last is None:
        return False
    word = last.group(1).lstrip("\"'“‘«([").lower()
    return word.isdigit() or (len(word) == 1 and word.isalpha()) or word in _ABBREVIATIONS


@dataclass
class Translation:
    """One translated sentence with what the attention view draws."""

    source: str
    text: str
    source_pieces: list[str]  # encoder positions (EOS included, shown as "</s>")
    target_pieces: list[str]  # decoder outputs (EOS included)
    attention: torch.Tensor | None  # [len(target_pieces), len(source_pieces)]
    score: float


def length_sorted_batches(lengths: list[int], budget: int) -> list[list[int]]:
    """Indices grouped into batches of similar length, each at most ``budget`` padded tokens.

    Sorting first means a short line never waits for (or pads up to) a long one.
    """
    batches: list[list[int]] = []
    batch: list[int] = []
    for index in sorted(range(len(lengths)), key=lengths.__getitem__):
        if batch and lengths[index] * (len(batch) + 1) > budget:
            batches.append(batch)
            batch = []
        batch.append(index)
    if batch:
        batches.append(batch)
    return batches


class Translator:
    """A loaded model ready to translate; create it once and reuse it (it stays warm).

    On the CPU, with CTranslate2 installed, greedy translations go through it
    (``ctranslate.FastDecoder``, ``compute_type`` int8 by default, "float32" for our decoder's
    exact outputs, None for our decoder); beam search and attention always use ours.
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
        self.joiner = "" if self.tgt_lang in _NO_SPACE_LANGUAGES else " "
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
            raise UserError(f"The beam width must be at least 1, not {beam}.")
        segments: list[list[int]] = []  # per line: indices into `pieces`
        pieces: list[list[int]] = []
        for line in lines:
            owned = []
            sentences = split_sentences(line) if split else [line.strip()]
            for sentence in filter(None, sentences):
                ids = self.source_tokenizer.encode([sentence])[0]
                for start in range(0, max(len(ids), 1), self.max_source):
                    owned.append(len(pieces))
                    pieces.append(ids[start : start + self.max_source])
            segments.append(owned)
        hypotheses = self._decode(pieces, beam, alpha, need_attention=False)
        texts = self.target_tokenizer.decode([h.tokens for h in hypotheses])
        return [self.joiner.join(texts[i] for i in owned) for owned in segments]

    def translate_detailed(self, text: str, beam: int = 1, alpha: float = 1.0) -> list[Translation]:
        """Translate one paragraph sentence by sentence, with each sentence's cross-attention."""
        sentences = split_sentences(text)
        pieces = [self.source_tokenizer.encode([s])[0][: self.max_source] for s in sentences]
        hypotheses = self._decode(pieces, beam, alpha, need_attention=True)
        results = []
        for sentence, ids, hypothesis in zip(sentences, pieces, hypotheses):
            results.append(
                Translation(
                    source=sentence,
                    text=self.target_tokenizer.decode([hypothesis.tokens])[0],
                    source_pieces=[*self.source_tokenizer.id_to_piece(ids), "</s>"],
                    target_pieces=[*self.target_tokenizer.id_to_piece(hypothesis.tokens), "</s>"],
                    # float32 for the view, whatever precision the model computes in
                    attention=None
                    if hypothesis.attention is None
                    else hypothesis.attention.float(),
                    score=hypothesis.score,
                )
            )
        return results

    def _decode(
        self, pieces: list[list[int]], beam: int, alpha: float, need_attention: bool
    ) -> list[Hypothesis]:
        """Decode piece sequences in batches of similar length; results in input order."""
        results: list[Hypothesis | None] = [None] * len(pieces)
        lengths = [len(p) + 1 for p in pieces]  # + EOS
        for batch in length_sorted_batches(lengths, max(self.batch_tokens // beam, 1)):
            if self.fast is not None and beam == 1 and not need_attention:
                decoded = self.fast.decode([pieces[i] for i in batch])
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
        src = pad_rows([[*pieces[i], EOS_ID] for i in batch]).to(self.device)
        if self._decoder_weights is None:  # the loaded model never changes: lay it out once
            self._decoder_weights = DecoderWeights(self.model)
        weights = self._decoder_weights
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


def load_translator(name_or_path: str | Path, device: str = "auto") -> Translator:
    """Load a stored model by name (or a model folder by path) for translation."""
    folder = Path(name_or_path)
    if not (folder.is_dir() and (folder / CONFIG_FILE).is_file()):
        folder = ModelStore().info(str(name_or_path)).path
    return Translator(load_model_files(folder, device))
