"""The test scores a model keeps in its card: BLEU and chrF on each test set it was scored on.

They live in its ``config.json`` under ``test_scores`` (so they travel with an exported model),
one entry per test set (``held_out_sets.TestSet``: its name and its pairs' hash) and beam:
scoring again on the same set with the same beam replaces the earlier entry, and the scores on
other sets or with other beams stay. A run that
retrains the model writes a new card, without them: they scored other weights.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from s2s_desktop.engine.atomic_files import atomic_write_json
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.held_out_sets import TestSet
from s2s_desktop.engine.model_files import CONFIG_FILE, ModelCard, read_card
from s2s_desktop.engine.wording import translate

TEST_SCORES_KEY = "test_scores"  # in config.json: a list of TestScore.to_json()
# A score is told as one of memory from this share of trained-on test sentences: a few short
# ones ("Thank you.") are in any large corpus.
MEMORY_SHARE = 0.05


@dataclass(frozen=True)
class TestScore:
    """One model's BLEU and chrF on one test set, as its card keeps them."""

    model: str
    test_set: str
    digest: str
    sentences: int
    beam: int
    bleu: float
    chrf: float
    origin: str = ""
    scored: str = ""  # ISO date and time
    seen: float | None = None  # the share of its sources the model was trained on; None: unknown

    def to_json(self) -> dict[str, Any]:
        seen = {} if self.seen is None else {"seen": self.seen}
        return {
            "test_set": self.test_set,
            "digest": self.digest,
            "sentences": self.sentences,
            "beam": self.beam,
            "bleu": self.bleu,
            "chrf": self.chrf,
            "origin": self.origin,
            "scored": self.scored,
            **seen,
        }

    @classmethod
    def from_json(cls, data: Any, model: str) -> TestScore | None:
        """The entry of a card; None where it is damaged (a card is read leniently)."""
        try:
            return cls(
                model=model,
                test_set=str(data["test_set"]),
                digest=str(data["digest"]),
                sentences=int(data["sentences"]),
                beam=int(data["beam"]),
                bleu=float(data["bleu"]),
                chrf=float(data["chrf"]),
                origin=str(data.get("origin", "")),
                scored=str(data.get("scored", "")),
                seen=None if data.get("seen") is None else float(data["seen"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return None


def new_score(
    model: str,
    test_set: TestSet,
    beam: int,
    scores: tuple[float, float],
    seen: float | None = None,
) -> TestScore:
    """The score of ``model`` on ``test_set``, dated now; ``seen``: the share of the set's
    sources the model was trained on, where it can tell."""
    return TestScore(
        model=model,
        test_set=test_set.name,
        digest=test_set.digest,
        sentences=len(test_set.pairs),
        beam=beam,
        bleu=round(scores[0], 2),  # as the card keeps it
        chrf=round(scores[1], 2),
        origin=test_set.origin,
        scored=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        seen=None if seen is None else round(seen, 3),
    )


def memory_warning(score: TestScore) -> str | None:
    """One sentence where ``score`` was measured mostly on sentences its model learned (it
    measures memory more than translation); None where not, or where it cannot be told."""
    if score.seen is None or score.seen < MEMORY_SHARE:
        return None
    return translate(
        "held_out_scores",
        "{model!r} was trained on about {share:.0%} of the sentences of {test_set}, so its "
        "score there measures memory more than translation; score it on sentences it never "
        "saw, such as its data folder's own test files.",
    ).format(model=score.model, share=score.seen, test_set=score.test_set)


def save_test_score(folder: Path, score: TestScore) -> None:
    """Keep ``score`` in the card of the model in ``folder``, in place of an earlier score on
    the same test set (same name and pairs) with the same beam; the others stay."""
    path = folder / CONFIG_FILE
    try:
        card = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(card, dict):
            raise ValueError("not a JSON object")
        entries = card.get(TEST_SCORES_KEY)
        kept = [
            entry
            for entry in (entries if isinstance(entries, list) else [])
            if isinstance(entry, dict)
            and (entry.get("test_set"), entry.get("digest"), entry.get("beam"))
            != (score.test_set, score.digest, score.beam)
        ]
        card[TEST_SCORES_KEY] = [*kept, score.to_json()]
        atomic_write_json(path, card)
    except OSError as error:
        raise UserError(
            translate(
                "held_out_scores",
                "Could not save the test score in {path} ({error}); free some disk space, then "
                "evaluate again.",
            ).format(path=path, error=error.strerror or error)
        ) from error
    except ValueError as error:
        raise UserError(
            translate(
                "held_out_scores",
                "The card of the model in {folder} is damaged ({error}); the test score was not "
                "saved.",
            ).format(folder=folder, error=error)
        ) from error


def read_test_scores(folder: Path) -> list[TestScore]:
    """The test scores kept in the card of the model in ``folder``, oldest first (none when it
    has none or its card cannot be read)."""
    card = read_card(folder)
    return [] if card is None else card_test_scores(card)


def card_test_scores(card: ModelCard) -> list[TestScore]:
    """The test scores a card already read holds, oldest first (damaged entries left out)."""
    entries = card.data.get(TEST_SCORES_KEY)
    if not isinstance(entries, list):
        return []
    scores = (TestScore.from_json(entry, card.name) for entry in entries)
    return [score for score in scores if score is not None]
