"""``s2s-desktop bench --quality FOLDER --minutes 5,10,20``: the BLEU and chrF each recipe reaches
on real text in each time budget.

The recipes train on the same folder, each for each budget, one after another (never side by
side: they would share the cores), on the same held-out pairs:

- ``auto``: the ``auto`` preset with the budget as its time budget (schedule over the budget,
  checkpoint averaging).
- ``auto-tutorial-size`` (when named): ``auto`` with the tutorial's width, depth, heads and
  feed-forward width set by hand (as ``--preset auto --hid-dim 256 ...`` does): auto's
  vocabulary and training at the plain recipe's model size, with the dropout, batch and
  learning rate auto chooses for that size.
- ``tutorial``: the tutorial's dimensions and our training defaults, over the same budget.
- ``plain``: the recipe a standard toolkit starts from, for comparison: the tutorial's dimensions,
  Adam with an inverse-square-root warm-up of 1000 steps, peak learning rate 5e-4, 4096-token
  batches, label smoothing 0.1, no averaging, evaluated each epoch; it trains by epochs and is
  stopped when the budget is spent (its best epoch counts). Its schedule knows no budget, so it
  trains once, for the longest budget, and each shorter budget reads its best evaluation by then:
  the same figures as a run stopped there, for the time of one run instead of one per budget.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from s2s_desktop.engine import events
from s2s_desktop.engine.auto import AUTO, SIZE_FIELDS, auto_choice
from s2s_desktop.engine.config import RunSettings, TrainingConfig, preset_config
from s2s_desktop.engine.corpus import scan_folder
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.training import Trainer

RECIPES = ("auto", "tutorial", "plain", "auto-tutorial-size")
Progress = Callable[[str], None]


def recipe_settings(
    recipe: str, report: Any, minutes: float, device: str
) -> tuple[RunSettings, list[str]]:
    """The run settings of ``recipe`` for a budget of ``minutes``, and what auto chose."""
    name = f"{recipe}-{minutes:g}min"
    common = {"device": device, "bleu_sentences": 1000, "seed": 1234}
    notes: list[str] = []
    if recipe in ("auto", "auto-tutorial-size"):
        training = TrainingConfig(epochs=None, max_minutes=minutes, patience=None, **common)
        size: dict[str, Any] = {}
        if recipe == "auto-tutorial-size":
            tutorial = preset_config("tutorial")
            size = {key: getattr(tutorial, key) for key in SIZE_FIELDS}
        choice = auto_choice(report, minutes, device, size)
        model, training = choice.applied(training, {}, size)
        notes = choice.reasons if recipe == "auto" else []
        preset = AUTO
    elif recipe == "tutorial":
        training = TrainingConfig(epochs=None, max_minutes=minutes, patience=None, **common)
        model, preset = preset_config("tutorial"), "tutorial"
    elif recipe == "plain":
        training = TrainingConfig(
            epochs=10_000,
            warmup_steps=1000,
            learning_rate=5e-4,
            batch_tokens=4096,
            label_smoothing=0.1,
            average_checkpoints=0,
            patience=None,
            **common,
        )
        model, preset = preset_config("tutorial"), "tutorial"
    else:
        raise ValueError(f"unknown recipe {recipe!r}")
    settings = RunSettings(
        name, str(report.folder), report.src, report.tgt, preset, model, training
    )
    return settings, notes


class Timeline:
    """The events of a run with the wall time each came at, from the moment its stop timer
    would start: what an epoch run had reached by each budget."""

    def __init__(self) -> None:
        self.start = time.monotonic()  # set again when the run starts
        self.events: list[tuple[float, events.TrainingEvent]] = []

    def __call__(self, event: events.TrainingEvent) -> None:
        self.events.append((time.monotonic() - self.start, event))

    def by(self, minutes: float) -> dict[str, Any]:
        """The run as a run stopped after ``minutes`` would report it (greedy scores only): its
        best evaluation by then, as the trainer chose it (``is_best``), and its last update."""
        came = [event for at, event in self.events if at <= minutes * 60]
        best = [e for e in came if isinstance(e, events.Evaluation) and e.is_best]
        steps = [e for e in came if isinstance(e, events.Step)]
        return {
            "bleu": best[-1].bleu if best else None,
            "chrf": best[-1].chrf if best else None,
            "beam_bleu": None,
            "beam_chrf": None,
            "steps": steps[-1].step if steps else 0,
            # the trainer's own clock, as a whole run's figure (preparation not counted)
            "minutes": round(steps[-1].elapsed_s / 60, 2) if steps else 0.0,
        }


def train_recipe(
    settings: RunSettings,
    report: Any,
    store: ModelStore,
    minutes: float,
    recipe: str,
    timeline: Timeline | None = None,
) -> dict[str, Any]:
    """Train one recipe; the plain recipe is stopped by a timer when the budget is spent.
    ``timeline``, where given, records when each event came."""
    trainer = Trainer(settings, timeline, report=report, store=store)
    if timeline is not None:
        timeline.start = time.monotonic()
    timer = None
    if recipe == "plain":
        timer = threading.Timer(minutes * 60, trainer.request_stop)
        timer.start()
    try:
        result = trainer.run()
    finally:
        if timer is not None:
            timer.cancel()
    if isinstance(result, events.Failed):
        raise RuntimeError(result.message)
    # Greedy scores compare the recipes alike (the plain recipe is stopped, so never scored
    # with beam search); the run's beam score, where it reported one, comes beside them.
    beam = trainer.evaluator.beam_scores
    return {
        "bleu": trainer.state.best_bleu,
        "chrf": trainer.state.best_chrf,
        "beam_bleu": beam[0] if beam else None,
        "beam_chrf": beam[1] if beam else None,
        "steps": result.step,
        "minutes": round(result.elapsed_s / 60, 2),
        "parameters": trainer.model.num_parameters(),
    }


def recipe_summary(settings: RunSettings) -> dict[str, Any]:
    """What a recipe trained with, beside its scores: its size, vocabulary and training."""
    model, training = settings.model, settings.training
    return {
        "hid_dim": model.hid_dim,
        "layers": [model.enc_layers, model.dec_layers],
        "vocabulary": [model.src_vocab_size, model.tgt_vocab_size],
        "shared_vocab": model.shared_vocab,
        "dropout": model.enc_dropout,
        "batch_tokens": training.batch_tokens,
        "learning_rate": training.learning_rate,
        "label_smoothing": training.label_smoothing,
    }


def run_quality(
    folder: str,
    minutes: list[float],
    *,
    src: str | None = None,
    tgt: str | None = None,
    device: str = "auto",
    recipes: tuple[str, ...] = RECIPES,
    progress: Progress = lambda text: None,
) -> dict[str, Any]:
    """Train each recipe for each budget; returns {"runs": [...], "auto_choices": {...}}."""
    report = scan_folder(folder, src, tgt)
    runs: list[dict[str, Any]] = []
    choices: dict[str, list[str]] = {}
    plain: tuple[Timeline, dict[str, Any]] | None = None  # its one run, for the longest budget
    longest = max(minutes)
    with tempfile.TemporaryDirectory(prefix="s2s-quality-") as root:
        store = ModelStore(Path(root))
        for budget in minutes:
            for recipe in recipes:
                settings, notes = recipe_settings(recipe, report, budget, device)
                if notes:
                    choices[f"{budget:g}"] = notes
                if recipe == "plain":
                    if plain is None:
                        progress(f"plain, {longest:g} min (scored at each budget)")
                        longest_settings, _ = recipe_settings(recipe, report, longest, device)
                        timeline = Timeline()
                        whole = train_recipe(
                            longest_settings, report, store, longest, recipe, timeline
                        )
                        plain = timeline, whole
                    timeline, whole = plain
                    outcome = whole if budget == longest else {**whole, **timeline.by(budget)}
                else:
                    progress(f"{recipe}, {budget:g} min")
                    outcome = train_recipe(settings, report, store, budget, recipe)
                runs.append({"recipe": recipe, "budget_minutes": budget, **outcome})
                runs[-1]["settings"] = recipe_summary(settings)
    return {
        "corpus": str(report.folder),
        "languages": f"{report.src}-{report.tgt}",
        "train_pairs": report.train_pairs,
        "valid_pairs": min(report.valid_pairs, 1000),
        "runs": runs,
        "auto_choices": choices,
    }


def format_quality(results: dict[str, Any]) -> str:
    """A table: one row per budget, BLEU / chrF per recipe (greedy), then with beam search
    for the recipes whose runs reported a better score with it."""
    runs = results["runs"]
    recipes = list(dict.fromkeys(run["recipe"] for run in runs))
    budgets = list(dict.fromkeys(run["budget_minutes"] for run in runs))
    columns = [(recipe, "") for recipe in recipes]
    columns += [
        (r, "beam_")
        for r in recipes
        if any(run.get("beam_bleu") for run in runs if run["recipe"] == r)
    ]
    headers = [recipe + (" +beam" if kind else "") for recipe, kind in columns]
    widths = [max(18, len(header) + 2) for header in headers]
    lines = [
        f"Corpus: {results['corpus']} ({results['languages']}, {results['train_pairs']:,} "
        f"training pairs, BLEU/chrF on {results['valid_pairs']:,} held-out pairs)",
        "",
        "budget   " + "".join(f"{header:>{width}}" for header, width in zip(headers, widths)),
    ]
    for budget in budgets:
        cells = []
        for recipe, kind in columns:
            run = next(r for r in runs if r["recipe"] == recipe and r["budget_minutes"] == budget)
            bleu, chrf = run.get(f"{kind}bleu"), run.get(f"{kind}chrf")
            cells.append("-" if bleu is None else f"{bleu:>9.1f} / {chrf:>5.1f}")
        lines.append(
            f"{budget:>4g} min " + "".join(f"{cell:>{width}}" for cell, width in zip(cells, widths))
        )
    for budget, notes in results["auto_choices"].items():
        lines += ["", f"auto at {budget} min:"] + [f"  {note}" for note in notes]
    return "\n".join(lines)


def parse_minutes(text: str) -> list[float]:
    """'5,10,20' -> [5.0, 10.0, 20.0]."""
    from s2s_desktop.engine.config import parse_duration

    return [parse_duration(part) for part in text.split(",") if part.strip()]
