"""The tokens a run has trained on: counted in its step records, kept across a resume, and
estimated for records and checkpoints written before the count existed."""

import json

import torch

from s2s_desktop.engine import events
from s2s_desktop.engine.model_files import read_metrics
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.tokens_seen import cumulative_tokens, tokens_at_step
from s2s_desktop.engine.training import Trainer
from tests.engine.test_training import small_run


def test_old_records_are_estimated_from_their_speed_and_clock():
    records = [
        {"type": "step", "step": 10, "time": 4.0, "tokens_per_s": 250.0},
        {"type": "step", "step": 20, "time": 8.0, "tokens_per_s": 500.0},
        {"type": "step", "step": 30, "time": 10.0, "tokens_per_s": 1000.0},
        # A resumed old run: recorded counts from here on, the estimates continued after them.
        {"type": "step", "step": 40, "time": 12.0, "tokens_per_s": 900.0, "tokens": 6000},
        {"type": "step", "step": 50, "time": 13.0, "tokens_per_s": 1000.0},
    ]
    assert cumulative_tokens(records) == [1000.0, 3000.0, 5000.0, 6000.0, 7000.0]
    with_eval = [*records[:2], {"type": "eval", "step": 20, "time": 9.0, "bleu": 1.0}]
    assert tokens_at_step(with_eval, 20) == 3000
    assert tokens_at_step(with_eval, 25) == 3750  # on at the mean rate a step
    assert tokens_at_step(records, 12) == 1200
    assert tokens_at_step([], 12) == 0


def step_records(folder) -> dict[int, int]:
    return {r["step"]: r["tokens"] for r in read_metrics(folder) if r["type"] == "step"}


def stopped_at_step_5(corpus, name):
    """A two-epoch run logging every step, stopped at step 5; returns its settings."""
    settings = small_run(corpus, name, epochs=2, log_every=1, patience=None)

    def stop_at_step_5(event):
        if isinstance(event, events.Step) and event.step == 5:
            trainer.request_stop()

    trainer = Trainer(settings, stop_at_step_5)
    assert trainer.run().reason == "stopped"
    return settings


def test_a_resumed_run_counts_on_and_an_old_checkpoint_continues_its_estimate(small_corpus):
    settings = stopped_at_step_5(small_corpus, "counted")
    run_events: list = []
    assert Trainer(settings, run_events.append, resume=True).run().reason == "completed"
    started = next(e for e in run_events if isinstance(e, events.Started))
    tokens = step_records(ModelStore().path("counted"))
    steps = sorted(tokens)
    assert steps == list(range(1, 2 * started.steps_per_epoch + 1))
    counts = [tokens[s] for s in steps]
    assert counts[0] > 0 and all(b > a for a, b in zip(counts, counts[1:], strict=False))
    # Each epoch trains on every pair once: the second doubles the count of the first.
    assert tokens[2 * started.steps_per_epoch] == 2 * tokens[started.steps_per_epoch]

    # The same run, its checkpoint and records written before the count existed.
    settings = stopped_at_step_5(small_corpus, "old")
    folder = ModelStore().path("old")
    checkpoint = folder / "training" / "checkpoint.pt"
    payload = torch.load(checkpoint, weights_only=True)
    del payload["state"]["tokens"]
    torch.save(payload, checkpoint)
    records = read_metrics(folder)
    for record in records:
        record.pop("tokens", None)
    text = "".join(json.dumps(r) + "\n" for r in records)
    (folder / "metrics.jsonl").write_text(text, encoding="utf-8")
    estimate = tokens_at_step(records, 5)
    assert tokens[5] / 3 < estimate < tokens[5] * 3  # a rough guess, of the right size
    assert Trainer(settings, resume=True).run().reason == "completed"
    resumed = {r["step"]: r.get("tokens") for r in read_metrics(folder) if r["type"] == "step"}
    assert all(resumed[s] is None for s in range(1, 6))  # the old records are kept as they were
    for step in steps[5:]:  # the same batches: the same increments, from the estimate on
        assert resumed[step] - estimate == tokens[step] - tokens[5], step
