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
    hypotheses: Callable[[TestScore, str, list[str]], None] | None = None,
) -> list[TestScore]:
    """Score the models ``names`` on the test set at ``paths`` (see ``read_test_set``; read
    once per language pair, all before the first model is loaded, so a wrong pair is said at
    once) and save each score with its model as soon as it is measured (``scored(score)``
    hears of it). ``beam``: None for each model's own. A stop returns the scores saved so far.
    A test set that does not say its languages scores models of one pair only: it would be
    read as any pair asked for, and the others' meaningless scores saved. ``hypotheses(score,
    target language, translations)`` receives each model's translations of the test set.
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
    _check_one_pair(paths, test_sets)
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
        translated: list[str] = []
        scores = score_test_set(
            translator,
            test_set,
            model_beam,
            stopped=stopped,
            progress=report,
            translated=translated,
        )
        if scores is None:
            break
        seen = trained_share(store, info.path, [source for source, _ in test_set.pairs])
        score = new_score(info.name, test_set, model_beam, scores, seen)
        save_test_score(info.path, score)
        results.append(score)
        if scored is not None:
            scored(score)
        if hypotheses is not None:
            hypotheses(score, info.tgt_lang, translated)
    return results


def trained_share(store: ModelStore, folder: Path, sources: list[str]) -> float | None:
    """The share of ``sources`` that the model in ``folder``, or a stored model it was
    fine-tuned from, was trained on (the largest share any of them kept a sample to tell);
    None where none of them kept one."""
    from s2s_desktop.engine.model_files import read_card
    from s2s_desktop.engine.seen_sources import read_seen

    shares: list[float] = []
    visited: set[Path] = set()
    current: Path | None = folder
    while current is not None and current not in visited:
        visited.add(current)
        seen = read_seen(current)
        overlap = None if seen is None else seen.overlap(sources)
        if overlap is not None and overlap.looked:
            shares.append(overlap.share)
        card = read_card(current)
        base = None if card is None else card.base
        current = store.path(base) if base and store.exists(base) else None
    return max(shares) if shares else None


def _check_one_pair(paths: Sequence[str | Path], test_sets: dict[tuple[str, str], TestSet]) -> None:
    """Refuse to score models of several pairs on a test set whose languages are unknown (an
    uncoded .tsv, two files without codes): it would be read as each pair in turn."""
    if len(test_sets) < 2 or all(test_set.languages_known for test_set in test_sets.values()):
        return
    src, tgt = next(iter(test_sets))
    raise UserError(
        translate(
            "scoring",
            "The test set {test} does not say its languages, so it can score models of one "
            "language pair only, not {pairs}; put the languages in the file names (like "
            "{example}) or evaluate one pair at a time.",
        ).format(
            test=", ".join(str(path) for path in paths),
            pairs=", ".join(f"{a} → {b}" for a, b in test_sets),
            example=_coded_names([Path(path) for path in paths], src, tgt),
        )
    )


def _coded_names(paths: list[Path], src: str, tgt: str) -> str:
    """The test files' names with the pair in them, as the scanner reads them: t.tsv ->
    t.en-es.tsv, src.txt + ref.txt -> src.en + ref.es."""
    if len(paths) == 2:
        return f"{paths[0].stem}.{src} + {paths[1].stem}.{tgt}"
    if paths[0].suffix.lower() in (".tsv", ".tab"):
        return f"{paths[0].stem}.{src}-{tgt}{paths[0].suffix}"
    return f"test.{src}-{tgt}.tsv"


def _load_translator(folder: Path, origin: str | None, beam: int, device: str) -> Any:
    """The model in ``folder`` ready to score: ours decoding as training's evaluations do, an
    imported Argos Translate model through its own translator."""
    from s2s_desktop.engine.model_files import load_model_files
    from s2s_desktop.engine.translator import Translator, load_translator

    if origin == argos.ORIGIN:
        return load_translator(folder, device)
    return Translator(load_model_files(folder, device), compute_type=scoring_compute_type(beam))
