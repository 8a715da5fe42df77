"""The Train tab's Training group on its own: name, "Train for", batch, rate, patience, device."""

import pytest

from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.training_form import DEFAULTS, TrainingForm


@pytest.fixture
def form(qtbot) -> TrainingForm:
    form = TrainingForm()
    qtbot.addWidget(form)
    form.show()
    return form


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_train_for_shows_its_value_and_says_how_long(qtbot, form):
    with qtbot.waitSignal(form.howLongChanged):
        choose(form.train_for_combo, "120")
    assert form.train_for() == ("budget", 120) and form.budget_minutes() == 120.0
    assert not form.patience_spin.isEnabled()  # a budget runs to its deadline

    choose(form.train_for_combo, "custom")
    assert form.train_for_value.currentWidget() is form.minutes_spin
    with qtbot.waitSignal(form.howLongChanged):
        form.minutes_spin.setValue(45)
    assert form.train_for() == ("budget", 45)

    form.set_train_for("epochs")
    form.epochs_spin.setValue(7)
    assert form.train_for_value.currentWidget() is form.epochs_spin
    assert form.train_for() == ("epochs", 7) and form.budget_minutes() is None
    assert form.patience_spin.isEnabled()
    form.set_train_for("forever")
    assert form.train_for() == ("forever", None)


def test_the_request_for_the_planner(form):
    form.set_train_for("epochs")
    form.epochs_spin.setValue(3)
    form.patience_spin.setValue(0)
    assert form.training_request(under_auto=False) == {
        "epochs": 3,
        "max_minutes": None,
        "device": "auto",
        "patience": None,
        "batch_tokens": DEFAULTS.batch_tokens,
        "learning_rate": DEFAULTS.learning_rate,
    }
    form.set_train_for("10")
    assert form.how_long_and_where() == {"epochs": None, "max_minutes": 10.0, "device": "auto"}
    assert form.training_request(under_auto=False)["patience"] is None


def test_auto_values_follow_auto_until_edited_and_go_back_when_it_is_left(form):
    form.fill_auto(2048, 1e-3)
    assert form.shows_auto() and (form.batch_spin.value(), form.lr_spin.value()) == (2048, 1e-3)
    assert "batch_tokens" not in form.training_request(under_auto=True)  # auto's own

    form.lr_spin.setValue(3e-4)  # edited by hand: it stays
    form.follow_auto(1024, 5e-4)
    assert (form.batch_spin.value(), form.lr_spin.value()) == (1024, 3e-4)
    request = form.training_request(under_auto=True)
    assert request["learning_rate"] == 3e-4 and "batch_tokens" not in request

    form.leave_auto()
    assert not form.shows_auto()
    assert (form.batch_spin.value(), form.lr_spin.value()) == (DEFAULTS.batch_tokens, 3e-4)


def test_a_typed_name_is_kept_and_a_cleared_one_takes_suggestions(qtbot, form):
    form.suggest_name("en-de-auto")
    assert form.name() == "en-de-auto"
    with qtbot.waitSignal(form.nameEdited):
        form.name_edit.setText("mine")
        form.name_edit.textEdited.emit("mine")
    form.suggest_name("en-de-tiny")
    assert form.name() == "mine"
    form.name_edit.setText("")
    form.name_edit.textEdited.emit("")
    form.suggest_name("en-de-tiny")
    assert form.name() == "en-de-tiny"


def test_the_name_problem(form):
    store = ModelStore()
    form.name_edit.setText("")
    assert form.name_problem(store) == ("Name the model.", False)
    form.name_edit.setText("no/slash")
    assert form.name_problem(store)[0].startswith("Use up to 80 letters")
    form.name_edit.setText("free")
    assert form.name_problem(store) == (None, False)
    store.models_dir.joinpath("taken").mkdir(parents=True)
    form.name_edit.setText("taken")
    assert form.name_problem(store) == (
        "A model named 'taken' already exists: choose another name.",
        False,
    )
    form.show_name_problem("A problem.", True)
    assert form.name_hint.isVisible() and form.name_hint.text() == "A problem."


def test_devices_are_enabled_as_found_and_the_choice_remembered(qtbot, form):
    combo = form.device_combo

    def enabled(device: str) -> bool:
        return combo.model().item(combo.findData(device)).isEnabled()

    assert not enabled("cuda") and form.device_kind() == "cpu"
    form.set_available_devices("Test GPU", False)
    assert enabled("cuda") and not enabled("mps") and form.device_kind() == "cuda"
    with qtbot.waitSignal(form.deviceChosen) as chosen:
        choose(combo, "cpu")
    assert chosen.args == ["cpu"] and form.device() == "cpu"
    assert app_settings().value("train/device") == "cpu"


def test_restore_brings_back_the_last_choices(qtbot):
    settings = app_settings()
    settings.setValue("train/epochs", 4)
    settings.setValue("train/minutes", 90)
    settings.setValue("train/train_for", "custom")
    settings.setValue("train/device", "cpu")
    form = TrainingForm()
    qtbot.addWidget(form)
    form.restore()
    assert (form.epochs_spin.value(), form.minutes_spin.value()) == (4, 90)
    assert form.train_for() == ("budget", 90) and form.device() == "cpu"
