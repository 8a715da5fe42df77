"""Scoring stored models on one test set the user chooses (``s2s-desktop evaluate`` and the
Models tab's Evaluate dialog): each model translates the test set's sources with the beam its
own score was measured with (or one the caller gives), and its BLEU and chrF are saved with it
(``held_out_scores``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from s2s_desktop.engine import argos
from s2s_desktop.engine.config import MAX_BEAM
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.evaluation import score_test_set, scoring_compute_type
from s2s_desktop.engine.held_out_scores import TestScore, new_score, save_test_score
from s2s_desktop.engine.held_out_sets import TestSet, read_test_set
from s2s_desktop.engine.wording import translate

if TYPE_CHECKING:
    from s2s_desktop.engine.store import ModelStore


@dataclass(frozen=True)
class ScoringProgress:
    """How far ``evaluate_models`` is: model ``index`` (from 0) of ``models``, ``done`` of its
    ``total`` sentences translated."""

    model: str
    index: int
    models: int
    done: int
    total: int


def evaluate_models(
    store: ModelStore,
    names: Sequence[str],
    paths: Sequence[str | Path],
    *,
    beam: int | None = None,
    device: str = "auto",
    encoding: str = "utf-8",
    progress: Callable[[ScoringProgress], None] | None = None,
    scored: Callable[[TestScore], None] | None = None,
    stopped: Callable[[], bool] = lambda: False,
) -> list[TestScore]:
    """Score the models ``names`` on the test set at ``paths`` (see ``read_test_set``; read
    once per language pair, all before the first model is loaded, so a wrong pair is said at
    once) and save each score with its model as soon as it is measured (``scored(score)``
    hears of it). ``beam``: None for each model's own. A stop returns the scores saved so far.
    """
    if not names:
        raise UserError(translate("scoring", "Choose at least one model to evaluate."))
    if beam is not None and not 1 <= beam <= MAX_BEAM:
        raise UserError(
            translate(
                "scoring", "The beam width must be between 1 and {max_beam}, not {beam}."
            ).format(max_beam=MAX_BEAM, beam=beam)
        )
    infos = [store.info(name) for name in names]
    for info in infos:
        if store.is_training(info.name):
            raise UserError(
                translate(
                    "scoring", "Model {name!r} is training; evaluate it when its run ends."
                ).format(name=info.name)
            )
    test_sets: dict[tuple[str, str], TestSet] = {}
    for info in infos:
        pair = (info.src_lang, info.tgt_lang)
        if pair not in test_sets:
            test_sets[pair] = read_test_set(
                paths,
                *pair,
                model=translate("scoring", "model {name!r}").format(name=info.name),
                encoding=encoding,
            )
    results: list[TestScore] = []
    for index, info in enumerate(infos):
        if stopped():
            break
        test_set = test_sets[info.src_lang, info.tgt_lang]
        model_beam = beam or info.scored_beam

        def report(done: int, total: int, name: str = info.name, at: int = index) -> None:
            if progress is not None:
                progress(ScoringProgress(name, at, len(infos), done, total))

        report(0, len(test_set.pairs))
        translator = _load_translator(info.path, info.card.origin, model_beam, device)
        scores = score_test_set(translator, test_set, model_beam, stopped=stopped, progress=report)
        if scores is None:
            break
        score = new_score(info.name, test_set, model_beam, scores)
        save_test_score(info.path, score)
        results.append(score)
        if scored is not None:
            scored(score)
    return results


def _load_translator(folder: Path, origin: str | None, beam: int, device: str) -> Any:
    """The model in ``folder`` ready to score: ours decoding as training's evaluations do, an
    imported Argos Translate model through its own translator."""
    from s2s_desktop.engine.model_files import load_model_files
    from s2s_desktop.engine.translator import Translator, load_translator

    if origin == argos.ORIGIN:
        return load_translator(folder, device)
    return Translator(load_model_files(folder, device), compute_type=scoring_compute_type(beam))
