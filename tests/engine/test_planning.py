"""The run planner: a user's choices -> a run's settings, for a new run and for a resume."""

from __future__ import annotations

import pytest

from s2s_desktop.engine.auto import AUTO
from s2s_desktop.engine.config import PRESETS, TrainingConfig
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.planning import (
    RunRequest,
    check_resumable,
    flag,
    plan_run,
    resume_conflicts,
)
from s2s_desktop.engine.store import ModelStore


def tutorial_request(small_corpus, **training) -> RunRequest:
    """`s2s-desktop train CORPUS --name run --preset tutorial --batch-tokens 2048 --seed 7`."""
    return RunRequest(
        name="run",
        folder=str(small_corpus),
        preset="tutorial",
        model={"hid_dim": 128},
        training={"batch_tokens": 2048, "seed": 7, **training},
    )


@pytest.fixture
def stored(small_corpus):
    """A run saved as a new run saves it (its folder and run.json), without training it."""
    store = ModelStore()
    plan = plan_run(tutorial_request(small_corpus, epochs=3), store)
    store.create_run(plan.settings.name, plan.settings.to_dict())
    store.release_training_lock(plan.settings.name)
    return plan.settings


def test_a_new_run_takes_the_preset_with_what_was_set_by_hand(small_corpus):
    plan = plan_run(tutorial_request(small_corpus, epochs=3), ModelStore())
    settings = plan.settings
    assert not plan.resume and plan.report is not None and plan.report.train_pairs == 300
    assert (settings.src, settings.tgt, settings.preset) == ("en", "eo", "tutorial")
    assert (
        settings.model.hid_dim == 128
        and settings.model.enc_layers == PRESETS["tutorial"].enc_layers
    )
    assert (settings.training.batch_tokens, settings.training.seed, settings.training.epochs) == (
        2048,
        7,
        3,
    )
    assert settings.folder == str(small_corpus.resolve())


def test_a_new_run_without_a_name_is_named_after_its_languages_and_preset(small_corpus, stored):
    request = RunRequest(folder=str(small_corpus), preset="tutorial")
    assert plan_run(request, ModelStore()).settings.name == "en-eo-tutorial"
    ModelStore().create_run("en-eo-tutorial", {})
    assert plan_run(request, ModelStore()).settings.name == "en-eo-tutorial-2"


def test_a_new_run_under_a_taken_name_is_refused_before_the_folder_is_read(stored, tmp_path):
    with pytest.raises(UserError, match="already exists.*--resume"):
        plan_run(RunRequest(name="run", folder=str(tmp_path / "missing")), ModelStore())


def test_a_budget_runs_to_its_deadline(small_corpus):
    plan = plan_run(
        RunRequest(folder=str(small_corpus), training={"max_minutes": 5.0}), ModelStore()
    )
    training = plan.settings.training
    assert (training.max_minutes, training.epochs, training.patience) == (5.0, None, None)


def test_the_same_command_with_resume_continues(small_corpus, stored):
    plan = plan_run(tutorial_request(small_corpus, epochs=3), ModelStore(), resume=True)
    assert plan.resume and plan.report is None and plan.extra_minutes is None
    assert plan.settings == stored


def test_a_resume_may_change_how_long_and_where(small_corpus, stored):
    request = RunRequest(name="run", training={"epochs": 5, "device": "cpu", "learning_rate": 1e-4})
    plan = plan_run(request, ModelStore(), resume=True)
    training = plan.settings.training
    assert (training.epochs, training.device, training.learning_rate) == (5, "cpu", 1e-4)
    assert training.batch_tokens == 2048  # the run's own
    # A changed learning rate is said; how long and where are each launch's own.
    old = stored.training.learning_rate
    assert plan.reasons[1:] == [f"--lr changes from {old} to 0.0001, as asked."]
    same = tutorial_request(small_corpus, epochs=3)
    assert plan_run(same, ModelStore(), resume=True).reasons[1:] == []


def test_a_time_budget_on_a_resume_adds_time(small_corpus, stored):
    request = RunRequest(name="run", training={"max_minutes": 5.0})
    plan = plan_run(request, ModelStore(), resume=True)
    assert plan.extra_minutes == 5.0
    assert plan.settings.training.max_minutes == stored.training.max_minutes
    # The run's 3 passes no longer end it first: the time decides, unless --epochs is given.
    assert stored.training.epochs == 3 and plan.settings.training.epochs is None
    both = RunRequest(name="run", training={"max_minutes": 5.0, "epochs": 6})
    assert plan_run(both, ModelStore(), resume=True).settings.training.epochs == 6
    # The window's "until stopped" (or epochs) drops the run's budget instead.
    dropped = plan_run(
        RunRequest(name="run", training={"max_minutes": None}), ModelStore(), resume=True
    )
    assert dropped.extra_minutes is None and dropped.settings.training.max_minutes is None


def test_a_resume_refuses_fewer_epochs_than_the_run_has_reached(small_corpus, stored):
    from s2s_desktop.engine.model_files import METRICS_FILE, append_jsonl

    append_jsonl(
        ModelStore().path("run") / METRICS_FILE, [{"type": "step", "step": 90, "epoch": 3}]
    )
    with pytest.raises(UserError, match="already trained into epoch 3; ask for more epochs"):
        plan_run(RunRequest(name="run", training={"epochs": 2}), ModelStore(), resume=True)
    again = plan_run(RunRequest(name="run", training={"epochs": 3}), ModelStore(), resume=True)
    assert again.settings.training.epochs == 3  # the rest of epoch 3


@pytest.mark.parametrize(
    ("change", "fragments"),
    [
        ({"model": {"hid_dim": 256}}, ["--hid-dim was 128, not 256"]),
        ({"preset": "tiny"}, ["--preset was tutorial, not tiny"]),
        ({"training": {"batch_tokens": 4096}}, ["--batch-tokens was 2048, not 4096"]),
        ({"training": {"seed": 8}}, ["--seed was 7, not 8"]),
        ({"training": {"encoding": "latin-1"}}, ["--encoding was utf-8, not latin-1"]),
        ({"src": "de"}, ["--src was en, not de"]),
        ({"base": "other"}, ["--from was none, not other"]),
    ],
)
def test_a_resume_refuses_what_would_change_the_run(small_corpus, stored, change, fragments):
    request = RunRequest(name="run", **change)
    with pytest.raises(UserError) as raised:
        plan_run(request, ModelStore(), resume=True)
    message = str(raised.value)
    for fragment in fragments:
        assert fragment in message
    assert "another --name" in message


def test_a_resume_refuses_another_folder(small_corpus, stored, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    with pytest.raises(UserError, match=f"FOLDER was {small_corpus.resolve()}, not {other}"):
        plan_run(RunRequest(name="run", folder=str(other)), ModelStore(), resume=True)
    # The same folder, written differently, is the same folder.
    same = small_corpus.parent / "." / small_corpus.name
    plan_run(RunRequest(name="run", folder=str(same)), ModelStore(), resume=True)


def test_an_encoding_written_differently_is_the_same_encoding(small_corpus, stored):
    plan_run(RunRequest(name="run", training={"encoding": "UTF8"}), ModelStore(), resume=True)


def test_resume_errors_name_what_is_missing(small_corpus):
    with pytest.raises(UserError, match="--resume needs the --name"):
        plan_run(RunRequest(), ModelStore(), resume=True)
    with pytest.raises(UserError, match="Cannot resume 'ghost'"):
        plan_run(RunRequest(name="ghost"), ModelStore(), resume=True)


def test_the_trainer_applies_the_same_rule(stored):
    changed = type(stored).from_dict(stored.to_dict())
    changed.training = TrainingConfig(**{**stored.training.__dict__, "batch_tokens": 999})
    assert resume_conflicts(stored, changed) == ["--batch-tokens was 2048, not 999"]
    with pytest.raises(UserError, match="--batch-tokens was 2048, not 999"):
        check_resumable(stored, changed)


def test_flags_are_the_command_lines():
    assert flag("learning_rate") == "--lr"
    assert flag("src_vocab_size") == "--src-vocab-size"


def test_auto_is_the_same_from_the_command_line_and_the_window(small_corpus, qtbot, monkeypatch):
    """The Train tab and `s2s-desktop train` ask the planner; for the same folder, budget and
    device they get the same run."""
    from s2s_desktop.cli import _plan, build_parser
    from s2s_desktop.gui.train_tab import TrainTab

    monkeypatch.setattr("builtins.print", lambda *args, **kwargs: None)
    args = build_parser().parse_args(
        ["train", str(small_corpus), "--preset", AUTO, "--time-budget", "30m", "--device", "cpu"]
    )
    from_cli = _plan(args, ModelStore()).settings

    tab = TrainTab()
    qtbot.addWidget(tab)
    qtbot.waitUntil(tab.model_form.is_ready, timeout=60_000)
    tab.model_form.set_preset(AUTO)
    tab.set_train_for("30")
    tab.device_combo.setCurrentIndex(tab.device_combo.findData("cpu"))
    tab.folder_edit.setText(str(small_corpus))
    tab.scan(str(small_corpus))
    qtbot.waitUntil(lambda: tab._report is not None and tab._auto is not None, timeout=60_000)
    from_window = tab._plan().settings
    tab.shutdown()

    assert from_window.model == from_cli.model
    assert from_window.training == from_cli.training
    assert (from_window.name, from_window.preset, from_window.folder) == (
        from_cli.name,
        from_cli.preset,
        from_cli.folder,
    )
