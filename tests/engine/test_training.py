"""Training runs: events, the model folder, stop and resume, time limit, early stopping."""

import json
from dataclasses import replace

import pytest

from s2s_desktop.engine import events
from s2s_desktop.engine.config import RunSettings, TrainingConfig, preset_config
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.evaluation import Evaluator, is_improvement
from s2s_desktop.engine.event_words import started_lines
from s2s_desktop.engine.model_files import METRICS_FILE, TRAINING_DIR, load_run_settings
from s2s_desktop.engine.planning import RunRequest, plan_run
from s2s_desktop.engine.runs import Ending, ending, record_ending
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.training import Trainer
from s2s_desktop.engine.translator import load_translator
from tests.toy import toy_pairs, write_moses


def test_a_run_reports_its_events_in_order(trained_toy_model):
    kinds = [type(e).__name__ for e in trained_toy_model.events]
    assert kinds[0] == "Preparing"
    assert kinds.index("Started") < kinds.index("Step") < kinds.index("Evaluation")
    assert kinds[-1] == "Finished"
    started = next(e for e in trained_toy_model.events if isinstance(e, events.Started))
    assert started.parameters > 0 and started.resumed_from_step == 0
    # The toy corpus repeats 6 validation sources in training: those pairs are left out.
    assert started.train_pairs == 2994 and started.valid_pairs == 100
    steps = [e for e in trained_toy_model.events if isinstance(e, events.Step)]
    assert [s.step for s in steps] == list(range(1, len(steps) + 1))
    assert all(s.tokens_per_s >= 0 and 0 <= s.progress <= 1 for s in steps)
    first, last = steps[:10], steps[-10:]
    assert sum(s.loss for s in last) < sum(s.loss for s in first) / 10  # it learned
    evaluations = [e for e in trained_toy_model.events if isinstance(e, events.Evaluation)]
    assert evaluations[-1].valid_loss < 0.2
    assert max(e.bleu for e in evaluations) > 90
    assert len(evaluations[0].samples) == 3
    finished = trained_toy_model.events[-1]
    assert finished.has_model and finished.best_bleu == max(e.bleu for e in evaluations)
    checkpoints = [e for e in trained_toy_model.events if isinstance(e, events.Checkpoint)]
    assert len(checkpoints) >= len(evaluations) - 1


def test_the_model_folder_is_self_contained(trained_toy_model, tmp_path):
    folder = trained_toy_model.model_dir
    config = json.loads((folder / "config.json").read_text())
    assert (config["src_lang"], config["tgt_lang"], config["preset"]) == ("en", "eo", "tiny")
    assert config["model"]["hid_dim"] == 128
    assert config["metrics"]["bleu"] > 90
    assert config["parameters"] > 0 and config["created"]
    assert (folder / "model.safetensors").is_file()
    assert (folder / config["tokenizer"]["source"]).is_file()
    lines = [json.loads(line) for line in (folder / "metrics.jsonl").read_text().splitlines()]
    assert {"step", "eval", "final"} == {line["type"] for line in lines}
    assert all("bleu" in line for line in lines if line["type"] == "eval")
    # A copy of the folder, minus the training state, is a complete model.
    copy = tmp_path / "copy"
    copy.mkdir()
    for file in folder.iterdir():
        if file.is_file():
            (copy / file.name).write_bytes(file.read_bytes())
    source, target = toy_pairs(1, seed=123)[0]
    assert load_translator(copy, device="cpu").translate([source]) == [target]


def test_a_stored_models_name_wins_over_a_folder_of_that_name_here(
    trained_toy_model, tmp_path, monkeypatch
):
    """``translate --model opus-mt-en-de`` run beside the folder it was imported from."""
    import shutil

    shutil.copytree(trained_toy_model.model_dir, ModelStore().path("toy"))
    (tmp_path / "toy").mkdir()
    (tmp_path / "toy" / "config.json").write_text('{"architectures": ["MarianMTModel"]}')
    monkeypatch.chdir(tmp_path)
    source, target = toy_pairs(1, seed=123)[0]
    assert load_translator("toy", device="cpu").translate([source]) == [target]


def small_run(corpus, name, **training):
    options = dict(
        epochs=2, batch_tokens=400, learning_rate=1e-3, device="cpu", seed=9, final_beam=1
    )
    options.update(training)
    return RunSettings(
        name=name,
        folder=str(corpus),
        src="en",
        tgt="eo",
        preset="tiny",
        model=preset_config(
            "tiny",
            src_vocab_size=60,
            tgt_vocab_size=60,
            hid_dim=32,
            enc_pf_dim=64,
            dec_pf_dim=64,
            enc_layers=1,
            dec_layers=1,
        ),
        training=TrainingConfig(**options),
    )


def losses(run_events):
    return {e.step: e.loss for e in run_events if isinstance(e, events.Step)}


def test_a_tied_model_stops_resumes_averages_and_translates(small_corpus):
    settings = small_run(small_corpus, "tied", epochs=3, average_checkpoints=2, final_beam=2)
    model = replace(settings.model, shared_vocab=True, tied_embeddings=True)
    settings = replace(settings, model=model)

    def stop_at_step_5(event):
        if isinstance(event, events.Step) and event.step == 5:
            trainer.request_stop()

    trainer = Trainer(settings, stop_at_step_5)
    assert trainer.run().reason == "stopped"
    run_events: list = []
    result = Trainer(settings, run_events.append, resume=True).run()
    assert result.reason == "completed" and result.has_model
    assert any(isinstance(e, events.Evaluation) and e.averaged for e in run_events)
    config = json.loads((result.model_dir / "config.json").read_text())
    assert config["model"]["tied_embeddings"] is True
    translator = load_translator(result.model_dir)
    shared = translator.model.encoder.tok_embedding.weight
    assert translator.model.decoder.fc_out.weight is shared
    assert config["parameters"] == translator.model.num_parameters()
    assert len(translator.translate(["the cat sees a dog"])) == 1


def test_stop_then_resume_continues_exactly_where_it_stopped(small_corpus):
    store = ModelStore()
    straight: list = []
    assert Trainer(small_run(small_corpus, "straight"), straight.append).run().reason == (
        "completed"
    )

    first: list = []

    def stop_at_step_5(event):
        first.append(event)
        if isinstance(event, events.Step) and event.step == 5:
            trainer.request_stop()

    trainer = Trainer(small_run(small_corpus, "resumed"), stop_at_step_5)
    result = trainer.run()
    assert result.reason == "stopped" and result.step == 5
    assert ending(store, result.model_dir) == Ending("stopped", 5, 5)
    assert any(isinstance(e, events.Checkpoint) and e.reason == "stop" for e in first)
    assert not result.has_model  # no evaluation yet: nothing is listed
    assert [m.name for m in store.list()] == ["straight"]

    # What a kill two steps after the checkpoint leaves: those steps logged, "training" noted.
    with (result.model_dir / METRICS_FILE).open("a") as metrics:
        for step in (6, 7):
            metrics.write(json.dumps({"type": "step", "step": step, "epoch": 1, "loss": 9.0}))
            metrics.write("\n")
    record_ending(result.model_dir / TRAINING_DIR, "training", 5)
    assert ending(store, result.model_dir) == Ending("interrupted", 7, 5)

    second: list = []
    result = Trainer(small_run(small_corpus, "resumed"), second.append, resume=True).run()
    assert result.reason == "completed"
    assert ending(store, result.model_dir) is None
    started = next(e for e in second if isinstance(e, events.Started))
    assert (started.resumed_from_step, started.redone_steps) == (5, 2)
    assert started_lines(started)[-1].startswith(
        "Resuming from step 5, the last checkpoint: the run was interrupted after step 7"
    )
    resumed = {**losses(first), **losses(second)}
    assert resumed.keys() == losses(straight).keys()
    for step, loss in losses(straight).items():
        assert resumed[step] == pytest.approx(loss, rel=1e-4), step
    assert {m.name for m in store.list()} == {"straight", "resumed"}


def test_time_limit_ends_the_run_with_a_model(small_corpus):
    run_events: list = []
    settings = small_run(small_corpus, "timed", epochs=10_000, max_minutes=0.04, patience=None)
    result = Trainer(settings, run_events.append).run()
    assert result.reason == "time limit" and result.has_model
    assert ending(ModelStore(), result.model_dir) == Ending("time limit", result.step, result.step)
    more_epochs = RunRequest(name="timed", training={"epochs": 20_000})
    with pytest.raises(UserError, match="'timed' trains to a time budget .* --time-budget"):
        plan_run(more_epochs, ModelStore(), resume=True)  # it would end at once: budget spent
    assert 2 < result.elapsed_s < 30
    # The final checkpoint, then (a beam search scoring of the saved model and) the result.
    last = [e for e in run_events if not isinstance(e, events.Preparing)]
    assert isinstance(last[-2], events.Checkpoint)
    steps = [e for e in run_events if isinstance(e, events.Step)]
    assert steps[-1].eta_s is not None and steps[-1].eta_s < 3


def test_patience_stops_a_run_that_no_longer_improves(small_corpus):
    settings = small_run(small_corpus, "stuck", epochs=20, learning_rate=1e-9, patience=2)
    result = Trainer(settings).run()
    assert result.reason == "early stop"
    assert ending(ModelStore(), result.model_dir) is None  # it ran to its end
    evaluations = json.loads((ModelStore().path("stuck") / "config.json").read_text())["metrics"][
        "epoch"
    ]
    assert evaluations == 1  # the first evaluation stayed the best
    assert result.step < 20 * 3


def test_an_existing_name_is_refused_without_touching_it(small_corpus):
    Trainer(small_run(small_corpus, "taken", epochs=1)).run()
    before = (ModelStore().path("taken") / "model.safetensors").read_bytes()
    result = Trainer(small_run(small_corpus, "taken", epochs=1)).run()
    assert isinstance(result, events.Failed) and "already exists" in result.message
    assert result.traceback is None
    assert (ModelStore().path("taken") / "model.safetensors").read_bytes() == before


def test_resume_without_a_run_is_a_user_error(small_corpus):
    result = Trainer(small_run(small_corpus, "nothing"), resume=True).run()
    assert isinstance(result, events.Failed) and "no run named" in result.message


def test_improvement_is_bleu_first_then_a_clearly_lower_loss():
    assert is_improvement((10.0, 40.0, 3.0), (None, None, None))
    assert is_improvement((11.0, 30.0, 9.0), (10.0, 40.0, 3.0))
    assert not is_improvement((9.0, 50.0, 1.0), (10.0, 40.0, 3.0))
    assert is_improvement((0.0, 5.0, 2.5), (0.0, 5.0, 3.0))
    assert not is_improvement((0.0, 5.0, 2.99999), (0.0, 5.0, 3.0))
    # Under BLEU 5 (a fine-tune's first steps), chrF decides: 0.3 after 0.5 is noise.
    assert is_improvement((0.3, 9.4, 4.4), (0.5, 6.75, 4.8))
    assert not is_improvement((0.6, 6.0, 4.4), (0.5, 6.75, 4.8))


def test_resume_keeps_new_epochs_and_the_warm_up(small_corpus):
    settings = small_run(small_corpus, "longer", epochs=1, warmup_steps=None)
    Trainer(settings).run()
    weights = (ModelStore().path("longer") / "model.safetensors").read_bytes()
    again = Trainer(load_run_settings(ModelStore().path("longer")), resume=True).run()
    assert isinstance(again, events.Failed)  # nothing left to train: said, nothing changed
    assert again.message.startswith("'longer' has already finished epoch 1, its last; ask")
    assert (ModelStore().path("longer") / "model.safetensors").read_bytes() == weights
    longer = load_run_settings(ModelStore().path("longer"))
    longer.training.epochs = 3
    run_events: list = []
    result = Trainer(longer, run_events.append, resume=True).run()
    assert result.reason == "completed"
    started = next(e for e in run_events if isinstance(e, events.Started))
    assert result.step == started.steps_per_epoch * 3
    # The new total is remembered by the next resume.
    assert load_run_settings(ModelStore().path("longer")).training.epochs == 3
    # The warm-up stays the one of the first session (a tenth of its 1-epoch plan).
    first_lr = [e.learning_rate for e in run_events if isinstance(e, events.Step)]
    assert first_lr == sorted(first_lr, reverse=True)  # already past warm-up: only decay


def test_resume_refuses_settings_that_change_the_batches(small_corpus):
    Trainer(small_run(small_corpus, "fixed", epochs=1)).run()
    changed = load_run_settings(ModelStore().path("fixed"))
    changed.training.batch_tokens = 999
    result = Trainer(changed, resume=True).run()
    assert isinstance(result, events.Failed) and "--batch-tokens" in result.message


def test_a_run_that_fails_before_training_leaves_nothing_behind(small_corpus):
    settings = small_run(small_corpus, "retry")
    settings.model = preset_config("tiny", src_vocab_size=10, tgt_vocab_size=10, hid_dim=32)
    result = Trainer(settings).run()
    assert isinstance(result, events.Failed) and "at least" in result.message
    assert not ModelStore().exists("retry")
    assert Trainer(small_run(small_corpus, "retry", epochs=1)).run().reason == "completed"


def test_stop_during_preparation_ends_at_once_without_a_folder(small_corpus):
    run_events: list = []

    def stop_while_preparing(event):
        run_events.append(event)
        if isinstance(event, events.Preparing):
            trainer.request_stop()

    trainer = Trainer(small_run(small_corpus, "early"), stop_while_preparing)
    result = trainer.run()
    assert result.reason == "stopped" and not result.has_model
    assert not any(isinstance(e, events.Step) for e in run_events)
    assert not ModelStore().exists("early")


def test_resume_after_a_kill_before_any_checkpoint_does_not_repeat_metrics(small_corpus):
    Trainer(small_run(small_corpus, "killed", epochs=1, log_every=2)).run()
    folder = ModelStore().path("killed")
    (folder / "training" / "checkpoint.pt").unlink()  # as if killed before the first one
    Trainer(small_run(small_corpus, "killed", epochs=1, log_every=2), resume=True).run()
    steps = [
        json.loads(line)["step"]
        for line in (folder / "metrics.jsonl").read_text().splitlines()
        if json.loads(line)["type"] == "step"
    ]
    assert steps == sorted(set(steps))
    assert steps[0] == 1  # the curve read back on a resume starts at the run's start


def test_training_pairs_repeating_a_validation_source_are_left_out(tmp_path):
    folder = tmp_path / "corpus"
    pairs = toy_pairs(200, seed=4)
    write_moses(folder, "train", pairs)
    write_moses(folder, "dev", pairs[:10])  # the dev set repeats 10 training pairs
    run_events: list = []
    Trainer(small_run(folder, "dedup", epochs=1), run_events.append).run()
    started = next(e for e in run_events if isinstance(e, events.Started))
    assert started.train_pairs == 190
    assert any(isinstance(e, events.Preparing) and "Left out 10" in e.message for e in run_events)


def test_a_model_cannot_be_deleted_while_it_trains(small_corpus):
    store = ModelStore()
    tried: list[str] = []

    def try_delete(event):
        if isinstance(event, events.Step) and event.step == 2:
            try:
                store.delete("busy")
            except UserError as error:
                tried.append(str(error))

    Trainer(small_run(small_corpus, "busy", epochs=1), try_delete).run()
    assert tried and "training right now" in tried[0]
    store.delete("busy")  # once the run has ended, it can go
    assert not store.exists("busy")


def test_stop_from_another_thread_ends_the_run_soon_after_the_current_step(small_corpus):
    """The window stops a run from another thread: after the step in flight, only the
    checkpoint is written (well within 2 s), and the trainer's thread ends."""
    import threading
    import time

    seen: list[tuple[float, events.TrainingEvent]] = []
    trainer = Trainer(
        small_run(small_corpus, "stopped", epochs=50),
        lambda event: seen.append((time.monotonic(), event)),
    )
    thread = threading.Thread(target=trainer.run)
    thread.start()
    deadline = time.monotonic() + 120
    while not any(isinstance(e, events.Step) and e.step >= 3 for _, e in seen):
        assert thread.is_alive() and time.monotonic() < deadline
        time.sleep(0.01)
    time.sleep(0.05)  # somewhere inside a step
    asked_at = time.monotonic()
    trainer.request_stop()
    thread.join(timeout=30)

    assert not thread.is_alive()
    finished_at, finished = seen[-1]
    assert isinstance(finished, events.Finished) and finished.reason == "stopped"
    last_step_at = max(t for t, e in seen if isinstance(e, events.Step))
    assert finished_at - max(asked_at, last_step_at) < 2.0
    steps_after = [e for t, e in seen if isinstance(e, events.Step) and t > asked_at]
    assert len(steps_after) <= 1  # only the step in flight completes


def test_a_corpus_too_small_for_the_vocabulary_gets_a_smaller_one_and_says_so(small_corpus):
    settings = small_run(small_corpus, "small-vocab", epochs=1)
    settings = replace(settings, model=replace(settings.model, src_vocab_size=4000))
    run_events: list = []
    result = Trainer(settings, run_events.append).run()
    assert isinstance(result, events.Finished)
    said = [e.message for e in run_events if isinstance(e, events.Preparing)]
    started = next(e for e in run_events if isinstance(e, events.Started))
    assert started.src_vocab_size < 4000
    expected = (
        f"The corpus holds too little text for 4,000 source pieces; "
        f"the model uses the {started.src_vocab_size:,} it learned"
    )
    assert expected in said
    if started.tgt_vocab_size == settings.model.tgt_vocab_size:
        assert not any("target pieces" in message for message in said)


def test_float32_can_be_forced_and_the_log_says_which_precision_trains(small_corpus, monkeypatch):
    monkeypatch.setenv("S2S_DESKTOP_PRECISION", "float32")
    run_events: list = []
    result = Trainer(small_run(small_corpus, "fp32", epochs=3), run_events.append).run()
    started = next(e for e in run_events if isinstance(e, events.Started))
    assert started.device.endswith(", float32")
    losses = [e.loss for e in run_events if isinstance(e, events.Step)]
    assert result.has_model and losses[-1] < losses[0]
    config = json.loads((result.model_dir / "config.json").read_text())
    assert config["training"]["device"] == started.device


def test_the_end_of_a_run_scores_the_model_with_beam_search_and_reports_the_better(
    trained_toy_model,
):
    folder = trained_toy_model.model_dir
    config = json.loads((folder / "config.json").read_text())
    lines = [json.loads(line) for line in (folder / "metrics.jsonl").read_text().splitlines()]
    finals = [line for line in lines if line["type"] == "final"]
    assert len(finals) == 1 and finals[0]["beam"] == 4
    greedy = max(line["bleu"] for line in lines if line["type"] == "eval")
    finished = trained_toy_model.events[-1]
    if finals[0]["bleu"] > greedy:
        assert config["metrics"]["beam"] == 4 and config["metrics"]["greedy_bleu"] == greedy
        assert finished.best_bleu == config["metrics"]["bleu"] == finals[0]["bleu"]
        assert "with beam search of 4" in finished.summary[0] and finished.beam == 4
    else:  # greedy decoding stays the reported score
        assert "beam" not in config["metrics"] and finished.best_bleu == greedy
        assert finished.beam == 1
        assert "beam" not in finished.summary[0]


def _kinds_of_metrics_after(small_corpus, name: str, final_beam: int, stop: bool) -> set:
    """Train ``tiny`` briefly (stopping after the first evaluation when ``stop``): the kinds of
    rows in its metrics.jsonl."""
    store = ModelStore()
    training = TrainingConfig(
        epochs=2, batch_tokens=500, eval_every=5, final_beam=final_beam, device="cpu"
    )
    settings = RunSettings(
        name, str(small_corpus), "en", "eo", "tiny", preset_config("tiny"), training
    )
    trainers: list[Trainer] = []

    def stop_after_an_evaluation(event: events.TrainingEvent) -> None:
        if stop and isinstance(event, events.Evaluation):
            trainers[0].request_stop()

    trainers.append(Trainer(settings, stop_after_an_evaluation, store=store))
    finished = trainers[0].run()
    assert finished.has_model and finished.reason == ("stopped" if stop else "completed")
    lines = (store.path(name) / "metrics.jsonl").read_text().splitlines()
    return {json.loads(line)["type"] for line in lines}


def test_a_final_beam_of_one_and_a_stop_skip_the_beam_scoring(small_corpus):
    assert "final" not in _kinds_of_metrics_after(small_corpus, "greedy", 1, stop=False)
    assert "final" not in _kinds_of_metrics_after(small_corpus, "stopped", 4, stop=True)


def test_a_failed_beam_scoring_keeps_the_finished_run_and_its_greedy_score(
    small_corpus, monkeypatch
):
    def fail(self):
        raise OSError("disk full")

    monkeypatch.setattr(Evaluator, "score_with_beam", fail)
    training = TrainingConfig(epochs=1, batch_tokens=500, device="cpu")
    settings = RunSettings(
        "unlucky", str(small_corpus), "en", "eo", "tiny", preset_config("tiny"), training
    )
    seen: list = []
    finished = Trainer(settings, seen.append, store=ModelStore()).run()
    assert isinstance(finished, events.Finished) and finished.has_model
    assert finished.best_bleu == max(e.bleu for e in seen if isinstance(e, events.Evaluation))
    assert any("disk full" in e.message for e in seen if isinstance(e, events.Preparing))
