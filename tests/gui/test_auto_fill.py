"""Auto's fill-in of the Model and Training groups, with the real forms and a scanned corpus."""

import pytest

from s2s_desktop.engine.auto import choose, facts_of
from s2s_desktop.engine.corpus import scan_folder
from s2s_desktop.gui.auto_fill import AutoFill
from s2s_desktop.gui.model_form import ModelForm
from s2s_desktop.gui.training_form import DEFAULTS, TrainingForm
from tests.toy import toy_pairs, write_moses


@pytest.fixture
def forms(qtbot):
    model_form, training_form = ModelForm(), TrainingForm()
    for widget in (model_form, training_form):
        qtbot.addWidget(widget)
        widget.show()
    qtbot.waitUntil(model_form.is_ready, timeout=30_000)  # torch loads in the background
    training_form.set_train_for("10")
    training_form.set_available_devices(None, False)
    return model_form, training_form


@pytest.fixture(scope="module")
def facts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_moses(folder, "train", toy_pairs(300, seed=4))
    write_moses(folder, "dev", toy_pairs(20, seed=5))
    return facts_of(scan_folder(folder, None, None))


def test_auto_fills_both_forms_and_follows_a_size_set_by_hand(forms, facts):
    model_form, training_form = forms
    model_form.set_preset("auto")
    fill = AutoFill(model_form, training_form)
    fill.update(None)
    assert fill.choice is None and fill.preset_model("auto") is None

    fill.update(facts)
    expected = choose(facts, 10.0, "cpu")
    assert fill.choice == fill.own == expected
    assert model_form.config() == expected.model and fill.preset_model("auto") == expected.model
    assert (training_form.batch_spin.value(), training_form.lr_spin.value()) == (
        expected.batch_tokens,
        expected.learning_rate,
    )

    width = model_form.fields["hid_dim"]
    width.setValue(expected.model.hid_dim * 4)  # a wider model by hand
    fill.follow_size(facts)
    assert fill.choice.model.hid_dim == expected.model.hid_dim * 4 and fill.own == expected
    assert training_form.lr_spin.value() == fill.choice.learning_rate < expected.learning_rate
    assert "set by hand" in model_form.auto_reasons.text()

    model_form.set_preset("tutorial")
    fill.preset_chosen("tutorial", facts)
    assert training_form.lr_spin.value() == DEFAULTS.learning_rate
    assert fill.preset_model("tutorial") == model_form.config()
    model_form.set_preset("auto")
    fill.preset_chosen("auto", facts)  # auto's own size again
    assert fill.choice == expected and model_form.config() == expected.model
