"""Where a glossary term may go in the constrained search (``engine.constrained``), and which of
the model's own words it stands in for.

Where the caller says which source positions a constraint translates, the search may *start* it
only once the decoder attends there or has passed there (Hasler et al., NAACL 2018): sharing a
small beam among banks otherwise rewards the hypotheses that place terms soonest, and a model
that would never write a term itself gets every term stacked at the start ("monarca morada en la
casa…"). Where such a row, reading a term's source words, begins the word the plain translation
wrote for them, the term is met there and stands in for that word: the decoder goes on from its
own word, and the term replaces it in the result, rather than being written beside it ("el rey
monarca") or after the sentence, where a model that never writes the term puts it cheapest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch
from torch import Tensor

from s2s_desktop.engine.search import Hypothesis

if TYPE_CHECKING:
    from s2s_desktop.engine.constrained import ConstraintState, SentenceConstraints

# How many steps before the plain translation read a term's source words it may begin there.
EARLY_STEPS = 1


@dataclass(frozen=True)
class Span:
    """Where a constraint's term is in the source, and the output step at which the plain
    translation attended to it most (the gate opens no earlier than ``EARLY_STEPS`` before)."""

    positions: list[int]
    expected: int


def expected_step(attention: Tensor | None, positions: list[int]) -> int:
    """The output step whose attention rests most on ``positions`` (0 without attention)."""
    if attention is None or not positions or attention.shape[0] == 0:
        return 0
    return int(attention[:, positions].sum(dim=-1).argmax())


def usual_words(plain: Hypothesis, spans: list[Span], glue: set[int]) -> list[int | None]:
    """Per constraint, the first piece of the word the plain translation wrote while it
    attended most to the term's source words (its own word for them), or None where it
    attended most elsewhere then. Where a hypothesis reading those source words begins that
    word, the term is met and stands in its place (``stand_in``): the decoder goes on from its
    own word, so what follows stays as fluent as the plain translation, and the term is not
    written beside it ("el rey monarca") or tacked on at the end."""
    tokens, attention = plain.tokens, plain.attention
    words: list[int | None] = []
    for span in spans:
        step = span.expected
        if attention is None or not span.positions or step >= len(tokens):
            words.append(None)
            continue
        while step > 0 and tokens[step] in glue:  # back to the word's first piece
            step -= 1
        read = int(attention[span.expected].argmax()) in span.positions
        words.append(tokens[step] if read else None)
    return words


def stood_in(
    hypothesis: Hypothesis,
    stand_ins: tuple[tuple[int, int], ...],
    constraints: list[list[int]],
    glue: set[int],
) -> Hypothesis:
    """``hypothesis`` with each term written in place of the word it stands in for (the word's
    first piece at the position, and the pieces that go on it); a term's pieces take that
    word's attention row, so markup still follows the alignment."""
    tokens = list(hypothesis.tokens)
    rows = None if hypothesis.attention is None else list(hypothesis.attention)
    for position, index in sorted(stand_ins, reverse=True):
        end = position + 1
        while end < len(tokens) and tokens[end] in glue:
            end += 1
        term = constraints[index]
        tokens[position:end] = term
        if rows is not None:
            rows[position:end] = [rows[position]] * len(term)
    attention = None if rows is None else torch.stack(rows)
    return Hypothesis(tokens, hypothesis.score, attention)


class Gate:
    """Where each row may begin a constraint: where the decoder's attention (the last layer's,
    heads averaged, as the alignments use) is on the constraint's source words, or has already
    been past them. Each row remembers the furthest source position it attended most to; the
    source's EOS, where attention rests when it has nowhere better to go, counts as none."""

    def __init__(self, gates: list[list[Span]], beam: int, eos: list[int]) -> None:
        self.beam = beam
        self.eos = eos  # per sentence, the position of its EOS
        # Per sentence, per constraint: its source positions (empty: no gate).
        self.spans = [[set(span.positions) for span in sentence] for sentence in gates]
        self.ends = [[max(span.positions, default=-1) for span in sentence] for sentence in gates]
        self.expected = [[span.expected for span in sentence] for sentence in gates]
        self.reached = [-1] * (len(gates) * beam)  # per row, before this step
        self.focus: list[int] = []  # per row, where it attends most at this step (-1: EOS)

    def startable(
        self, weights: Tensor, sentences: list[SentenceConstraints], step: int
    ) -> list[list[bool]]:
        """Per row, which of its sentence's constraints it may begin at this step."""
        focus = weights.argmax(dim=-1).tolist()
        allowed = []
        for row in range(len(self.reached)):
            b = row // self.beam
            spans, ends, reached = self.spans[b], self.ends[b], self.reached[row]
            if focus[row] == self.eos[b]:
                focus[row] = -1
            allowed.append(
                [
                    not spans[k]
                    or (
                        step >= self.expected[b][k] - EARLY_STEPS
                        and (focus[row] in spans[k] or reached > ends[k])
                    )
                    for k in range(len(sentences[b].constraints))
                ]
            )
            self.reached[row] = max(reached, focus[row])
        self.focus = focus
        return allowed

    def stand_ins(
        self,
        usual: list[list[int | None]],
        states: list[ConstraintState],
        startable: list[list[bool]],
    ) -> dict[tuple[int, int], int]:
        """(row, token) -> constraint, where the row reads the constraint's source words at
        this step, may begin it, has not, and ``token`` begins the plain translation's own
        word for them (``usual_words``)."""
        found = {}
        for row, focus in enumerate(self.focus):
            b, state = row // self.beam, states[row]
            if state.current >= 0:
                continue
            for k, token in enumerate(usual[b]):
                reading = focus in self.spans[b][k]
                if token is not None and reading and not state.met[k] and startable[row][k]:
                    found[(row, token)] = k
        return found

    def reorder(self, rows: list[int]) -> None:
        self.reached = [self.reached[row] for row in rows]
