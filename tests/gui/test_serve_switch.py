"""The status bar's switch starts and stops a real server that a LibreTranslate client uses."""

import shutil
import socket
import urllib.error

import pytest
from libretranslatepy import LibreTranslateAPI

from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.serve_switch import ENABLED_KEY, PORT_KEY, ServeSwitch
from s2s_desktop.gui.settings import app_settings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_switch_serves_the_models_shows_where_and_stops(qtbot, trained_toy_model, screenshots):
    """It serves the model picked in the Translate tab for its pair (``prefer``, which the
    window calls whenever one loads), before and while it runs."""
    shutil.copytree(trained_toy_model.model_dir, ModelStore().path("toy"))
    shutil.copytree(trained_toy_model.model_dir, ModelStore().path("toy-copy"))
    app_settings().setValue(PORT_KEY, free_port())
    switch = ServeSwitch()
    qtbot.addWidget(switch)
    switch.prefer("toy")  # picked before the switch is on
    messages = []
    switch.message.connect(messages.append)
    assert not switch.address.isVisible() and "127.0.0.1" in switch.check.toolTip()

    switch.check.setChecked(True)
    qtbot.waitUntil(lambda: switch.server is not None, timeout=30_000)
    address = switch.address.text()
    assert address.startswith("http://127.0.0.1:") and address in messages[-1]
    assert messages[-1].endswith("(LibreTranslate API): en \u2192 eo toy.")  # which model
    assert "en \u2192 eo toy" in switch.check.toolTip()
    client = LibreTranslateAPI(address)
    assert (
        client.translate("the big cat sees a dog", "en", "eo") == "la kato granda vidas unu hundo"
    )
    assert app_settings().value(ENABLED_KEY, type=bool)
    switch.prefer("toy-copy")  # another model of the pair picked: it answers from now on
    qtbot.waitUntil(lambda: "en \u2192 eo toy-copy" in switch.check.toolTip(), timeout=10_000)
    assert switch.pool.models()[("en", "eo")].name == "toy-copy"
    assert (
        client.translate("the big cat sees a dog", "en", "eo") == "la kato granda vidas unu hundo"
    )
    switch.show()
    switch.grab().save(str(screenshots / "serve-switch.png"))

    switch.check.setChecked(False)
    qtbot.waitUntil(lambda: switch.check.isEnabled() and switch.server is None, timeout=30_000)
    assert "no longer" in messages[-1]
    with pytest.raises(urllib.error.URLError):
        client.languages(timeout=5)


def test_a_taken_port_unchecks_the_switch_with_a_sentence(qtbot):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        app_settings().setValue(PORT_KEY, taken.getsockname()[1])
        switch = ServeSwitch()
        qtbot.addWidget(switch)
        messages = []
        switch.message.connect(messages.append)
        switch.check.setChecked(True)
        qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert "Cannot listen on 127.0.0.1" in messages[0] and "switch this on again" in messages[0]
    assert not switch.check.isChecked() and switch.check.isEnabled()
    assert not app_settings().value(ENABLED_KEY, type=bool)
