"""Translation with a glossary: the model's own translations that hold the target terms are
preferred, and the source terms found become constraints of the beam search only where none
does; each result says where the target terms are in the text and which could not be placed.

Kept apart from ``glossary`` so that managing a glossary (the window's panel) needs no torch.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import torch

from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import EOS_ID
from s2s_desktop.engine.constrained import constrained_beam_search
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.glossary import Glossary, Term, TermMatch, TermMatcher
from s2s_desktop.engine.sentences import (
    Attention,
    Translation,
    length_sorted_batches,
    split_sentences,
)
from s2s_desktop.engine.translator import Translator
from s2s_desktop.engine.wording import translate

# Dynamic beam allocation shares the beam among its banks (one per constraint token met): a
# narrower beam leaves a bank no room (docs/quality.md, "Glossary").
CONSTRAINED_BEAM = 4
# How many of the model's best translations are searched for one that holds every term.
NBEST = 16


@dataclass(frozen=True)
class PlacedTerm:
    """A glossary term in a translation: ``text[start:end]`` is the target term as written, in
    whole words (so "rey" written "reyes" is marked whole)."""

    term: Term
    start: int
    end: int


@dataclass
class GlossaryResult:
    """One sentence translated with the glossary.

    Attributes:
        source, text: the sentence and its translation.
        matches: the glossary terms found in the source (spans in ``source``).
        placed: the terms whose target term is in ``text`` (spans in ``text``; one per
            placement, a term whose source occurs twice is placed twice).
        unmet: the terms found in the source whose target term the model could not place
            as often as their source occurs (a term placed once of twice is both placed, where
            it is, and unmet); the window flags them.
        score: the translation's log-probability.
        translation: the same as a ``sentences.Translation`` (pieces, attention when asked).
    """

    source: str
    text: str
    matches: list[TermMatch] = field(default_factory=list)
    placed: list[PlacedTerm] = field(default_factory=list)
    unmet: list[Term] = field(default_factory=list)
    score: float = 0.0
    translation: Translation | None = None


def translate_with_glossary(
    translator: Translator,
    sentences: list[str],
    glossary: Glossary,
    beam: int = 4,
    alpha: float = 1.0,
    need_attention: bool = False,
) -> list[GlossaryResult]:
    """Translate each sentence as one input so that the glossary's target terms appear.

    Every sentence is first translated the translator's usual (fast) way; where that already
    holds its target terms (in any inflection), it is kept. Otherwise the likeliest of the
    model's ``NBEST`` best translations that holds them all is taken: a translation the model
    itself ranks high reads better than one built around a forced term. Only the sentences
    whose n-best list holds no such translation are decoded with
    ``constrained.constrained_beam_search`` (``beam`` at least ``CONSTRAINED_BEAM``).
    """
    if not hasattr(translator, "model"):
        raise UserError(
            translate(
                "glossary_translation",
                "Glossaries work with models trained or fine-tuned here, not with imported Argos "
                "models; choose another model or translate without the glossary.",
            )
        )
    lang = glossary.tgt_lang
    matches = [glossary.find_terms(sentence) for sentence in sentences]
    targets = [_distinct_targets(found) for found in matches]
    attention = "view" if need_attention else "none"
    chosen = translator.translate_sentences(sentences, beam, alpha, attention)
    constrained = []
    for index, (sentence, wanted) in enumerate(zip(sentences, targets)):
        if wanted and not _holds_all(chosen[index].text, wanted, lang):
            holding = [
                translation
                for translation in translator.translate_nbest(sentence, NBEST, NBEST, alpha)
                if _holds_all(translation.text, wanted, lang)
            ]
            if holding:
                chosen[index] = holding[0]
                if not need_attention:
                    chosen[index].attention = None
            else:
                constrained.append(index)
    for index, translation in zip(
        constrained,
        _constrained_translations(
            translator,
            [chosen[i] for i in constrained],
            [targets[i] for i in constrained],
            [matches[i] for i in constrained],
            beam,
            alpha,
            need_attention,
        ),
    ):
        # The search places terms token by token; where the words written hold no more of
        # them than the model's own translation, that one reads better.
        if _held(translation.text, targets[index], lang) > _held(
            chosen[index].text, targets[index], lang
        ):
            chosen[index] = translation
    return [
        _result(sentence, found, wanted, translation, lang)
        for sentence, found, wanted, translation in zip(sentences, matches, targets, chosen)
    ]


def _constrained_translations(
    translator: Translator,
    plain: list[Translation],
    targets: list[list[Wanted]],
    matches: list[list[TermMatch]],
    beam: int,
    alpha: float,
    need_attention: bool,
) -> list[Translation]:
    """The sentences of the ``plain`` translations decoded again by constrained beam search,
    each target term a constraint, begun where the decoder reads its source terms."""
    sentences = [translation.source for translation in plain]
    translations: list[Translation | None] = [None] * len(sentences)
    pieces = [
        translator.source_tokenizer.encode([sentence])[0][: translator.max_source]
        for sentence in sentences
    ]
    weights = translator.decoder_weights()
    beam = max(beam, CONSTRAINED_BEAM)
    # A placed term ends its word, but in languages written without spaces between words.
    glued = translator.target_tokenizer.word_continuations if translator.joiner else None
    lengths = [len(ids) + 1 for ids in pieces]
    for batch in length_sorted_batches(lengths, max(translator.batch_tokens // beam, 1)):
        src = pad_rows([[*pieces[i], EOS_ID] for i in batch]).to(translator.device)
        constraints = [
            translator.target_tokenizer.encode(
                [target for _, target, count in targets[i] for _ in range(count)]
            )
            for i in batch
        ]
        where = {
            i: _source_positions(translator, sentences[i], len(pieces[i]), matches[i])
            for i in batch
        }
        sources = [
            [where[i].get(target, []) for _, target, count in targets[i] for _ in range(count)]
            for i in batch
        ]
        # No longer than the plain translation plus the terms: left free, a hypothesis that
        # places the terms badly rambles on to the length limit, and its per-token score holds.
        max_lengths = torch.tensor(
            [len(plain[i].target_pieces) + sum(map(len, c)) for i, c in zip(batch, constraints)]
        )
        decoded = constrained_beam_search(
            translator.model,
            src,
            constraints,
            beam,
            alpha,
            need_attention,
            max_lengths,
            weights,
            glued,
            sources,
        )
        for index, result in zip(batch, decoded):
            hypothesis = result.hypothesis
            if hypothesis.attention is not None:
                hypothesis.attention = hypothesis.attention[:, : len(pieces[index]) + 1]
            translations[index] = translator.translation_of(
                sentences[index], pieces[index], hypothesis
            )
    return translations  # type: ignore[return-value]


def _source_positions(
    translator: Translator, sentence: str, length: int, matches: list[TermMatch]
) -> dict[str, list[int]]:
    """Per target term, the positions of the source pieces (the first ``length``) that hold
    the source terms asking for it. Pieces are laid over the text as sentencepiece reads it
    (NFKC, whitespace runs as one word mark); a term's characters are mapped the same way."""
    ends, position = [], 0
    for piece in translator.source_tokenizer.encode_pieces(sentence)[:length]:
        position += len(piece)
        ends.append(position)
    positions: dict[str, set[int]] = {}
    for match in matches:
        start, end = _read_length(sentence[: match.start]), _read_length(sentence[: match.end])
        found = positions.setdefault(match.term.target, set())
        for index, (begin, piece_end) in enumerate(zip([0, *ends], ends)):
            if begin < end and start < piece_end:
                found.add(index)
    return {target: sorted(found) for target, found in positions.items()}


def _read_length(text: str) -> int:
    """How many characters sentencepiece's pieces spell for ``text``: NFKC, a word mark before
    the first word and one per run of whitespace."""
    read = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).lstrip()
    return len(read) + 1


class GlossaryTranslator:
    """A translator that places ``glossary``'s terms: ``translate`` and ``translate_sentences``
    as ``Translator``'s (so documents, the CLI and the window use it alike), every other
    attribute the wrapped translator's. ``unmet`` collects the (sentence, term) pairs whose
    target term could not be placed, for the caller to report."""

    def __init__(self, translator: Translator, glossary: Glossary) -> None:
        if not hasattr(translator, "model"):
            translate_with_glossary(translator, [], glossary)  # raises its sentence
        self.translator = translator
        self.glossary = glossary
        self.unmet: list[tuple[str, Term]] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.translator, name)

    def translate_glossary(
        self, sentences: list[str], beam: int = 1, alpha: float = 1.0, need_attention: bool = False
    ) -> list[GlossaryResult]:
        results = translate_with_glossary(
            self.translator, sentences, self.glossary, beam, alpha, need_attention
        )
        self.unmet.extend((r.source, term) for r in results for term in r.unmet)
        return results

    def translate_sentences(
        self,
        sentences: list[str],
        beam: int = 1,
        alpha: float = 1.0,
        attention: Attention = "alignment",
    ) -> list[Translation]:
        results = self.translate_glossary(sentences, beam, alpha, attention != "none")
        return [result.translation for result in results]  # type: ignore[misc]

    def translate(
        self, lines: list[str], beam: int = 1, alpha: float = 1.0, split: bool = True
    ) -> list[str]:
        """Each line translated sentence by sentence (``split``) or whole, terms placed. A line
        with a sentence longer than the model reads is translated in its chunks, as the wrapped
        translator does, and its terms are reported unmet."""
        units = [split_sentences(line) if split else [line.strip()] for line in lines]
        units = [[unit for unit in line if unit] for line in units]
        encode = self.translator.source_tokenizer.encode
        too_long = {
            number
            for number, line in enumerate(units)
            if any(len(pieces) > self.translator.max_source for pieces in encode(line))
        }
        fitting = [u for number, line in enumerate(units) if number not in too_long for u in line]
        texts = iter(result.text for result in self.translate_glossary(fitting, beam, alpha))
        outputs = []
        for number, line in enumerate(units):
            if number in too_long:
                outputs.extend(self.translator.translate([lines[number]], beam, alpha, split))
                self.unmet.extend(
                    (unit, match.term) for unit in line for match in self.glossary.find_terms(unit)
                )
            else:
                outputs.append(self.translator.joiner.join(next(texts) for _ in line))
        return outputs


# A target term to place: the terms that ask for it, the target term, how many times (as often
# as their source terms occur in the sentence: "light ... light" wants the target twice).
Wanted = tuple[list[Term], str, int]


def _distinct_targets(matches: list[TermMatch]) -> list[Wanted]:
    """The target terms to place, each with the terms that ask for it and how many times."""
    by_target: dict[str, list[Term]] = {}
    counts: dict[str, int] = {}
    for match in matches:
        terms = by_target.setdefault(match.term.target, [])
        counts[match.term.target] = counts.get(match.term.target, 0) + 1
        if match.term not in terms:
            terms.append(match.term)
    return [(terms, target, counts[target]) for target, terms in by_target.items()]


def _holds_all(text: str, targets: list[Wanted], lang: str) -> bool:
    return all(len(_spans(text, target, lang)) >= count for _, target, count in targets)


def _held(text: str, targets: list[Wanted], lang: str) -> int:
    """How many of the term placements ``text`` holds, in whole words."""
    return sum(min(len(_spans(text, target, lang)), count) for _, target, count in targets)


def _spans(text: str, target: str, lang: str) -> list[tuple[int, int]]:
    """Where ``target`` is in ``text``, in any inflection (word stems compared)."""
    return [(start, end) for _, start, end in TermMatcher([target], lang).find(text)]


def _result(
    sentence: str,
    matches: list[TermMatch],
    targets: list[Wanted],
    translation: Translation,
    lang: str,
) -> GlossaryResult:
    """The result with each target term marked where it is in the text (as many times as it is
    wanted), else unmet."""
    text = translation.text
    placed: list[PlacedTerm] = []
    unmet: list[Term] = []
    used: list[tuple[int, int]] = []
    for terms, target, count in targets:
        free = [span for span in _spans(text, target, lang) if not _overlaps(span, used)]
        if len(free) < count:
            unmet.extend(terms)
        for span in free[:count]:
            used.append(span)
            placed.extend(PlacedTerm(term, *span) for term in terms)
    placed.sort(key=lambda p: p.start)
    return GlossaryResult(sentence, text, matches, placed, unmet, translation.score, translation)


def _overlaps(span: tuple[int, int], used: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in used)
