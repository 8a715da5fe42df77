"""Which served language a text is in, for ``/detect`` and ``source: auto``: the share of its
letters each source language's vocabulary writes in pieces of three or more characters (a
familiar text tokenizes into long pieces). Honest where one language is served or the scripts
differ; a guess between close languages, and no answer at all where two models share one
vocabulary (they cover every text alike) or the text has no letters: the confidence says so."""

from __future__ import annotations

from typing import Any

from s2s_desktop.server.pool import ModelPool

DECISIVE = 0.02  # the lead in coverage over the next language that ``source: auto`` acts on


def coverages(pool: ModelPool, text: str, sources: list[str]) -> dict[str, float]:
    """Per source language, the share (0 to 1) of ``text``'s letters its model's vocabulary
    writes in long pieces. Loads the models: call it off the event loop."""
    models = pool.models()
    scores = {}
    for source in sources:
        target = next(t for s, t in models if s == source)
        scores[source] = _coverage(pool.batcher(source, target).translator, text)
    return scores


def ranked(scores: dict[str, float]) -> list[tuple[str, float]]:
    """Each language with its confidence (0 to 100), best first: its coverage times its share
    of all the coverage, so languages that cover the text alike split it (a tie of 77 and 77
    is 38.5 each, not a certain 77), and a text without letters is 0 for all."""
    total = sum(scores.values())
    confidence = {
        code: round(100 * share * share / total, 1) if total else 0.0
        for code, share in scores.items()
    }
    return sorted(confidence.items(), key=lambda item: (-item[1], item[0]))


def decided(scores: dict[str, float]) -> str | None:
    """The language whose coverage leads the next one's by ``DECISIVE``; None when none does
    (a tie, or a text without letters)."""
    best = sorted(scores.items(), key=lambda item: -item[1])
    if not best or best[0][1] <= 0:
        return None
    if len(best) > 1 and best[0][1] - best[1][1] < DECISIVE:
        return None
    return best[0][0]


def _coverage(translator: Any, text: str) -> float:
    letters = sum(char.isalpha() for char in text)
    if not letters:
        return 0.0
    if hasattr(translator, "source_tokenizer"):
        pieces = translator.source_tokenizer.encode_pieces(text)
    else:  # an Argos model: its own sentencepiece
        pieces = translator.pieces.encode(text, out_type=str)
    surfaces = [piece.lstrip("\u2581") for piece in pieces]
    long = sum(len(surface) for surface in surfaces if len(surface) >= 3)
    return min(long / letters, 1.0)
