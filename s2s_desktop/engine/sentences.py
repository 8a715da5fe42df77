"""Text -> sentences -> batches, before any decoder: a paragraph split into its sentences, a
batch's sentences sorted by length, and the ``Translation`` of one sentence. Shared by our
``translator.Translator`` and ``argos_translator.ArgosTranslator``."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeVar

if TYPE_CHECKING:
    import torch

# Which cross-attention a translation carries: none (fastest); the fast decoder's, to align
# words (documents); or our decoder's, drawn by the attention view.
Attention = Literal["none", "alignment", "view"]
Piece = TypeVar("Piece")  # a piece id (our tokenizers) or a piece (Argos's)

# A possible sentence end: ., !, ?, … (and Arabic's, Urdu's and Devanagari's marks), closing
# quotes or brackets, then space; whether the next character opens a sentence is
# ``_opens_sentence``'s. A CJK full stop ends one with or without space.
_SENTENCE_END = re.compile(r"[.!?…؟۔।][\"'”’»)\]]*\s+(?=\S)|[。！？][」』）”’\"']*\s*(?=\S)")
_OPENINGS = "\"'“‘«([¿¡「『"
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
    """Split a paragraph into sentences at ., ! or ? followed by a word that is not lowercase
    (any script: "Ёлка", "Έφυγε", Arabic, which has no case) or a digit, and after a CJK full
    stop.

    A full stop after a number of up to three digits ("am 3. Mai", "im 19. Jahrhundert"), a
    single letter ("J. Smith", "z. B.") or a common abbreviation ("Mr.", "Dr.", "usw.") does not
    end a sentence; after a year ("in 1999. The") it does.
    """
    text = text.strip()
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        mark = text[match.start()]
        if mark not in "。！？" and (
            not _opens_sentence(text[match.end() :])
            or (mark == "." and _is_abbreviation(text[start : match.end()]))
        ):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [sentence for sentence in sentences if sentence]


def sentence_joiner(language: str) -> str:
    """What joins a paragraph's translated sentences: a space, or nothing (Chinese, Japanese…)."""
    return "" if language in _NO_SPACE_LANGUAGES else " "


def continues_word(piece: str) -> bool:
    """Whether a sentencepiece piece goes on the word before it: no word mark ("\u2581"), and
    a letter or digit first ("ra" of "pa|ra"; not "\u2581para", nor "," or ".")."""
    return not piece.startswith("\u2581") and piece[:1].isalnum()


def _opens_sentence(rest: str) -> bool:
    """Whether ``rest`` can begin a sentence: a digit, or a letter that is not lowercase, maybe
    after opening quotes or brackets."""
    first = rest.lstrip(_OPENINGS)[:1]
    return first.isdigit() or (first.isalpha() and not first.islower())


def _is_abbreviation(piece: str) -> bool:
    """True when ``piece`` ends with a word whose full stop is not a sentence end."""
    last = _LAST_WORD.search(piece)
    if last is None:
        return False
    word = last.group(1).lstrip(_OPENINGS).lower()
    if word.isdigit():
        return len(word) <= 3  # an ordinal ("3.", "19."), not a year
    return (len(word) == 1 and word.isalpha()) or word in _ABBREVIATIONS


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


def segment_lines(
    lines: list[str], encode: Callable[[str], list[Piece]], longest: int, split: bool
) -> tuple[list[list[int]], list[list[Piece]]]:
    """The inputs to translate for ``lines``: each line's sentences (a paragraph split, with
    ``split``; else the line as one input) encoded, a sentence longer than ``longest`` pieces
    (``LONGEST_PART`` at most) in ``fitting_parts``; and per line the indices of its own
    inputs (none for a blank line), for ``join_segments``."""
    segments: list[list[int]] = []
    inputs: list[list[Piece]] = []
    longest = min(longest, LONGEST_PART)
    for line in lines:
        owned = []
        sentences = split_sentences(line) if split else [line.strip()]
        for sentence in filter(None, sentences):
            pieces = encode(sentence)
            parts = [pieces]
            if len(pieces) > longest:
                parts = [
                    encode(part)[:longest]
                    for _, part in fitting_parts(sentence, lambda t: len(encode(t)), longest)
                ]
            for part_pieces in parts:
                owned.append(len(inputs))
                inputs.append(part_pieces)
        segments.append(owned)
    return segments, inputs


# The longest part a sentence is translated in, in pieces (or the model's limit, if less):
# models trained on sentences stop early in much longer ones (a 3,100-character run-on came back
# as 406). Bergamot (translateLocally) breaks sentences at 128 tokens by default.
LONGEST_PART = 128
# Where a sentence too long for the model is best cut: after a clause mark and its space.
_CLAUSE_END = re.compile(r"[,;:、，；：)\]]\s+|\s+[-–—]\s+")
_SPACE = re.compile(r"\s+")


def fitting_parts(text: str, count: Callable[[str], int], longest: int) -> list[tuple[int, str]]:
    """(start, part) of ``text`` cut into parts of at most ``longest`` pieces (``count`` gives
    a text's pieces): the whole text when it fits. A model reads only ``longest`` pieces, so a
    longer sentence is translated in parts rather than losing its end. Each cut is after the
    last clause mark (, ; : or a dash) that fits, if one lies in the part's second half; else
    after the last space that fits; else (a run without spaces, as Chinese has) at the last
    character that fits."""
    parts: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        rest = text[start:]
        if count(rest) <= longest:
            parts.append((start, rest))
            break
        spaces = [m.end() for m in _SPACE.finditer(rest) if m.start() > 0]
        end = _last_fitting(rest, spaces, count, longest)
        if end:
            clauses = [m.end() for m in _CLAUSE_END.finditer(rest[:end]) if m.end() >= end / 2]
            end = clauses[-1] if clauses else end
        else:
            end = _last_fitting(rest, list(range(1, len(rest))), count, longest) or 1
        parts.append((start, rest[:end].rstrip()))
        start += end
        while start < len(text) and text[start].isspace():
            start += 1
    return parts


def _last_fitting(
    text: str, ends: list[int], count: Callable[[str], int], longest: int
) -> int | None:
    """The largest of the ascending ``ends`` whose prefix of ``text`` fits in ``longest``
    pieces (a binary search: a longer prefix never has fewer pieces), or None."""
    low, high, found = 0, len(ends) - 1, None
    while low <= high:
        middle = (low + high) // 2
        if count(text[: ends[middle]].rstrip()) <= longest:
            found, low = ends[middle], middle + 1
        else:
            high = middle - 1
    return found


def join_segments(segments: list[list[int]], outputs: Sequence[str], joiner: str) -> list[str]:
    """Each line's translation: its inputs' outputs joined (blank lines stay blank)."""
    return [joiner.join(outputs[i] for i in owned) for owned in segments]
