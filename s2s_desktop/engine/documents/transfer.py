"""Markup carried from a source segment onto its translation through the model's attention, as
Bergamot (translateLocally's engine) carries HTML tags through word alignments.

The cross-attention of each translated sentence, summed over the pieces of each word, aligns
every target word with one source word (and every source word with one target word). A span
(``<b>…</b>``, a Word run, a link) covers the target words aligned with its source words; a
thing kept whole (``<br>``, a placeholder) goes before the target word aligned with the source
word that followed it. Children are kept inside their parents and siblings apart, so the result
always nests. Where a sentence has no attention (an Argos model), words align by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from s2s_desktop.engine.documents.segments import Segment, Tag, within
from s2s_desktop.engine.sentences import Translation

_WORD = re.compile(r"\w+|[^\w\s]")
_BYTE_PIECE = re.compile(r"<0x([0-9A-Fa-f]{2})>")
_SPECIAL = {"</s>", "<s>", "<pad>"}


@dataclass
class Sentence:
    """One translated sentence of a segment: where it lies in the source and target texts."""

    source_start: int
    target_start: int
    translation: Translation


def transfer(source: Segment, target_text: str, sentences: list[Sentence]) -> Segment:
    """``target_text`` with ``source``'s tags placed on it (voids with their spacing)."""
    if not source.tags:
        return Segment(target_text, [])
    source_words = [match.span() for match in _WORD.finditer(source.text)]
    target_words = [match.span() for match in _WORD.finditer(target_text)]
    weights = _word_weights(source.text, source_words, target_text, target_words, sentences)
    placer = _Placer(source, source_words, target_words, weights)
    return placer.place(target_text)


def _word_weights(
    source_text: str,
    source_words: list[tuple[int, int]],
    target_text: str,
    target_words: list[tuple[int, int]],
    sentences: list[Sentence],
) -> np.ndarray:
    """[target words, source words]: attention summed over each pair of words' pieces, zero
    across sentences."""
    weights = np.zeros((len(target_words), len(source_words)), dtype=np.float32)
    source_of = _char_words(source_text, source_words)
    target_of = _char_words(target_text, target_words)
    for index, sentence in enumerate(sentences):
        translation = sentence.translation
        source_end = sentences[index + 1].source_start if index + 1 < len(sentences) else None
        target_end = sentences[index + 1].target_start if index + 1 < len(sentences) else None
        source_pieces = _piece_words(
            translation.source_pieces, source_of, sentence.source_start, source_end
        )
        target_pieces = _piece_words(
            translation.target_pieces, target_of, sentence.target_start, target_end
        )
        rows = sorted({w for w in target_pieces if w is not None})
        columns = sorted({w for w in source_pieces if w is not None})
        if not rows or not columns:
            continue
        attention = translation.attention
        if attention is not None:
            matrix = np.asarray(attention, dtype=np.float32)
            t_words = target_pieces[: matrix.shape[0]]
            s_words = source_pieces[: matrix.shape[1]]
            # pieces -> words as 0/1 matrices: one product sums each pair of words' pieces
            into_target = _one_hot(t_words, len(target_words))
            from_source = _one_hot(s_words, len(source_words)).T
            weights += into_target @ matrix[: len(t_words), : len(s_words)] @ from_source
            if weights[np.ix_(rows, columns)].any():
                continue
        # No attention: the diagonal, words aligned by their relative position.
        t_share = (np.arange(len(rows)) + 0.5) / len(rows)
        s_share = (np.arange(len(columns)) + 0.5) / len(columns)
        weights[np.ix_(rows, columns)] = 1.0 - np.abs(t_share[:, None] - s_share[None, :])
    return weights


def _one_hot(piece_words: list[int | None], words: int) -> np.ndarray:
    """[words, pieces]: 1 where a piece falls in a word (a special piece falls in none)."""
    matrix = np.zeros((words, len(piece_words)), dtype=np.float32)
    pieces = [p for p, w in enumerate(piece_words) if w is not None]
    matrix[[piece_words[p] for p in pieces], pieces] = 1.0
    return matrix


def _char_words(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(character index, word index) of each non-space character, in order."""
    return [(at, index) for index, (start, end) in enumerate(words) for at in range(start, end)]


def _piece_words(
    pieces: list[str], chars: list[tuple[int, int]], start: int, end: int | None
) -> list[int | None]:
    """The word each piece of a sentence falls in: pieces are walked over the sentence's
    non-space characters (a byte piece counts once per character, an unknown piece as one)."""
    first = next((i for i, (position, _) in enumerate(chars) if position >= start), len(chars))
    last = (
        len(chars)
        if end is None
        else next((i for i, (position, _) in enumerate(chars) if position >= end), len(chars))
    )
    cursor = first
    result: list[int | None] = []
    for piece in pieces:
        if piece in _SPECIAL:
            result.append(None)
            continue
        byte = _BYTE_PIECE.fullmatch(piece)
        if byte:
            width = 0 if 0x80 <= int(byte.group(1), 16) < 0xC0 else 1
        elif piece == "<unk>":
            width = 1
        else:
            width = len(piece.replace("\u2581", "").replace(" ", ""))
        if cursor >= last:
            result.append(chars[last - 1][1] if last > first else None)
            continue
        result.append(chars[cursor][1])
        cursor = min(cursor + width, last)
    return result


class _Placer:
    """Places one segment's tags on its translation, in target word indices first."""

    def __init__(
        self,
        source: Segment,
        source_words: list[tuple[int, int]],
        target_words: list[tuple[int, int]],
        weights: np.ndarray,
    ) -> None:
        self.source = source
        self.source_words = source_words
        self.target_words = target_words
        self.weights = weights
        has_target = weights.shape[0] > 0 and weights.shape[1] > 0
        self.source_of_target = weights.argmax(axis=1) if has_target else np.zeros(0, int)
        self.target_of_source = weights.argmax(axis=0) if has_target else np.zeros(0, int)
        # Span ranges [lo, hi] in target words (hi = lo - 1: empty, at word lo).
        self.ranges: dict[int, tuple[int, int]] = {}
        last_end = source_words[-1][1] if source_words else 0
        # After the last word, a tab or a break: what follows it there ends the translation too.
        self._trailing_break = any(
            tag.void and tag.separates and tag.start >= last_end for tag in source.tags
        )

    def place(self, target_text: str) -> Segment:
        tags = self.source.tags
        children: dict[int | None, list[int]] = {}
        for index, tag in enumerate(tags):
            children.setdefault(tag.parent, []).append(index)
        self._place_children(None, children, (0, len(self.target_words) - 1))
        return self._render(target_text)

    def _place_children(
        self, parent: int | None, children: dict[int | None, list[int]], bounds: tuple[int, int]
    ) -> None:
        spans = [i for i in children.get(parent, []) if not self.source.tags[i].void]
        wanted = {i: self._clamp(self._wanted(i), bounds) for i in spans}
        claims = {i: set(self._aligned(i)) for i in spans}
        for index in spans:  # no span's range swallows a sibling's words: it would go empty
            others = set().union(*(claims[i] for i in spans if i != index))
            wanted[index] = _own_run(wanted[index], claims[index], others)
        previous_end = bounds[0] - 1
        for index in sorted(spans, key=lambda i: (wanted[i][0], self.source.tags[i].start)):
            lo, hi = wanted[index]
            lo = max(lo, previous_end + 1)
            if hi < lo:  # squeezed out by a sibling: empty, where its words would have begun
                hi = lo - 1
            self.ranges[index] = (lo, hi)
            previous_end = max(previous_end, hi)
            self._place_children(index, children, (lo, hi))

    def _wanted(self, index: int) -> tuple[int, int]:
        if not self._inside(index):
            slot = self._slot(self.source.tags[index])
            return slot, slot - 1
        targets = self._aligned(index)
        if not targets:
            return 0, -1
        return min(targets), max(targets)

    def _inside(self, index: int) -> list[int]:
        """The source words within span ``index``."""
        tag = self.source.tags[index]
        return [
            w
            for w, (start, end) in enumerate(self.source_words)
            if start < tag.end and end > tag.start
        ]

    def _aligned(self, index: int) -> list[int]:
        """The target words aligned with span ``index``'s source words (each target word's
        likeliest source word among them; else each source word's likeliest target word)."""
        inside = self._inside(index)
        if not inside or not len(self.target_words):
            return []
        words = set(inside)
        aligned = [t for t, s in enumerate(self.source_of_target) if int(s) in words]
        return aligned or sorted({int(i) for i in self.target_of_source[inside]})

    @staticmethod
    def _clamp(wanted: tuple[int, int], bounds: tuple[int, int]) -> tuple[int, int]:
        lo, hi = wanted
        low, high = bounds
        if high < low:  # an empty parent: its children are empty too
            return low, low - 1
        if hi < lo:
            slot = min(max(lo, low), high + 1)
            return slot, slot - 1
        lo, hi = max(lo, low), min(hi, high)
        if hi < lo:  # outside the parent: the parent's nearest word
            nearest = low if wanted[1] < low else high
            return nearest, nearest
        return lo, hi

    def _slot(self, tag: Tag) -> int:
        """The target word a void (or an empty span) goes before (len: the end)."""
        if not len(self.target_words):
            return 0
        following = next(
            (w for w, (start, _) in enumerate(self.source_words) if start >= tag.start), None
        )
        if following is not None:
            return int(self.target_of_source[following])
        if not self.source_words:
            return 0
        if self._trailing_break:  # a table of contents' tab and page number: at the end
            return len(self.target_words)
        return int(self.target_of_source[len(self.source_words) - 1]) + 1

    def _void_slot(self, index: int) -> int:
        tag = self.source.tags[index]
        slot = self._slot(tag)
        if tag.separates and self._between_words(tag) and len(self.target_words) > 1:
            slot = min(max(slot, 1), len(self.target_words) - 1)  # not at an edge: "\nY el rey"
        parent = self.source.tags[index].parent
        if parent is not None and parent in self.ranges:
            lo, hi = self.ranges[parent]
            slot = lo if hi < lo else min(max(slot, lo), hi + 1)
        return slot

    def _between_words(self, tag: Tag) -> bool:
        """Whether source words stand both before and after the item ``tag``."""
        return any(end <= tag.start for _, end in self.source_words) and any(
            start >= tag.start for start, _ in self.source_words
        )

    def _render(self, target_text: str) -> Segment:
        tags = [replace(tag, start=0, end=0) for tag in self.source.tags]
        voids: dict[int, list[int]] = {}
        for index, tag in enumerate(self.source.tags):
            if tag.void:
                voids.setdefault(self._void_slot(index), []).append(index)
        words = self.target_words
        starts, ends = [0] * (len(words) + 1), [0] * (len(words) + 1)
        out: list[str] = []
        length = 0
        previous_end = 0
        for slot in range(len(words) + 1):
            gap = target_text[previous_end : words[slot][0]] if slot < len(words) else ""
            after: Tag | None = None  # the kept-whole item just written, if any
            for index in voids.get(slot, []):
                tag = tags[index]
                previous = next((chunk[-1] for chunk in reversed(out) if chunk), "")
                if after is not None:  # beside another item here: their source spacing
                    lead = _space(tag.before) if tag.before.isspace() else ""
                elif tag.separates:  # a break or a tab is the space itself: as in the source
                    # (one that stood at the source's start, now after a word, gets a space)
                    spaced = tag.before.isspace() or not tag.before
                    lead = " " if spaced and previous.strip() else ""
                else:
                    lead = _lead(previous, tag.before)
                out.append(lead)
                length += len(lead)
                tag.start = tag.end = length
                after = tag
            if after is not None:
                next_char = target_text[words[slot][0]] if slot < len(words) else ""
                gap = _trail(after.after, next_char)
                if after.separates:
                    gap = " " if next_char and (after.after.isspace() or not after.after) else ""
            out.append(gap)
            length += len(gap)
            starts[slot] = length
            if slot < len(words):
                word = target_text[words[slot][0] : words[slot][1]]
                out.append(word)
                length += len(word)
                ends[slot] = length
                previous_end = words[slot][1]
        for index, (lo, hi) in self.ranges.items():
            # Items of its own written at its edges (before its first word's spacing, after
            # its last word's) widen it to hold them: "<b>25 sheep</b>", "<a>https://…</a>".
            own = [v for v in voids.get(lo, []) if within(self.source.tags, v, index)]
            start = min([starts[min(lo, len(words))], *(tags[v].start for v in own)])
            end = start
            if hi >= lo:
                own = [v for v in voids.get(hi + 1, []) if within(self.source.tags, v, index)]
                end = max([ends[hi], *(tags[v].start for v in own)])
            tags[index].start, tags[index].end = start, end
        return Segment("".join(out), tags)


def _own_run(wanted: tuple[int, int], own: set[int], others: set[int]) -> tuple[int, int]:
    """Of a span's range, the longest stretch that holds none of its siblings' words and the
    most of its own: "<b>small <i>red</i> cat</b> sees <a>a dog</a>" as "<b>kato malgranda</b>
    vidas <a>unu hundo</a> ruga", not a bold swallowing the link's words and an empty link."""
    lo, hi = wanted
    if hi < lo or not any(lo <= word <= hi for word in others):
        return wanted
    stretches: list[tuple[int, int]] = []
    start = lo
    for word in range(lo, hi + 2):
        if word > hi or word in others:
            if start < word:
                stretches.append((start, word - 1))
            start = word + 1
    best = max(
        stretches,
        key=lambda s: (sum(s[0] <= w <= s[1] for w in own), -s[0]),
        default=None,
    )
    mine = [w for w in own if best is not None and best[0] <= w <= best[1]]
    return (min(mine), max(mine)) if mine else wanted


# Punctuation that takes no space after it (an opening) or before it (a closing).
_OPENING = frozenset("([{¿¡«“‘")
_CLOSING = frozenset(".,;:!?)]}»”’%…")


# Spaces that forbid a line break ("5\u00a0€", "N°\u00a05"): kept beside a kept-whole item,
# where the source had one; other whitespace is written as a plain space.
_NO_BREAK = frozenset("\u00a0\u202f\u2007")


def _space(source: str) -> str:
    return source if source in _NO_BREAK else " "


def _lead(previous: str, before: str) -> str:
    """The spacing before a kept-whole item placed after ``previous`` (the translation's last
    character so far), where ``before`` stood before it in the source."""
    if not previous or previous.isspace():
        return ""
    if before.isspace():
        return _space(before)
    if before and (previous == before or not previous.isalnum()):
        return ""  # touched its neighbour in the source, and can here: "$25", "(25", "v2"
    return "" if previous in _OPENING else " "


def _trail(after: str, following: str) -> str:
    """The spacing between a kept-whole item and the translation's ``following`` character,
    where ``after`` stood after it in the source."""
    if not following:
        return ""
    if after.isspace() or not after:
        return _space(after)
    return "" if following == after or following in _CLOSING else " "
