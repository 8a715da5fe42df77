"""Translate from anywhere: the clipboard in a popup (shortcut, tray, a second start)."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.quick_translate import SHORTCUT, TRANSLATE_CLIPBOARD
from s2s_desktop.gui.single_instance import InstanceServer, send_to_running
from tests.toy import toy_pairs

TIMEOUT = 30_000


@pytest.fixture
def toy_window(trained_toy_model, qtbot):
    shutil.copytree(trained_toy_model.model_dir, ModelStore().models_dir / "toy")
    from s2s_desktop.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1100, 750)
    window.show()
    qtbot.waitUntil(lambda: window.translate_tab._ready_model == "toy", timeout=TIMEOUT)
    yield window
    window.close()


def test_the_shortcut_translates_the_clipboard_into_a_popup(toy_window, qtbot, screenshots):
    source, target = toy_pairs(20, seed=1)[3]
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(source)
    assert SHORTCUT == "Ctrl+Shift+T"
    qtbot.keyClick(
        toy_window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    popup = toy_window.quick.popup
    qtbot.waitUntil(lambda: popup.translation == target, timeout=TIMEOUT)
    assert popup.isVisible() and popup.translation_label.text() == target
    assert popup.source_label.text() == source
    popup.grab().save(str(screenshots / "clipboard-popup.png"))
    qtbot.mouseClick(popup.replace_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == target and not popup.isVisible()

    # Nothing to translate: one sentence, no translation.
    clipboard.setText("")
    toy_window.quick.translate_clipboard()
    assert popup.isVisible() and "holds no text" in popup.translation_label.text()
    assert not popup.copy_button.isEnabled()


def test_a_second_start_hands_its_request_to_the_running_window(toy_window, qtbot):
    name = f"s2s-desktop-test-{os.getpid()}"
    assert not send_to_running("show", name)  # nothing listens yet: the caller opens a window
    server = InstanceServer(name)
    server.received.connect(toy_window.on_instance_message)
    try:
        source, target = toy_pairs(20, seed=1)[4]
        QGuiApplication.clipboard().setText(source)
        with qtbot.waitSignal(server.received, timeout=TIMEOUT) as message:
            assert send_to_running(TRANSLATE_CLIPBOARD, name)
        assert message.args == [TRANSLATE_CLIPBOARD]
        qtbot.waitUntil(lambda: toy_window.quick.popup.translation == target, timeout=TIMEOUT)
    finally:
        server.close()


def test_the_tray_menu_offers_the_window_the_clipboard_and_quit(toy_window, qtbot):
    quick = toy_window.quick
    if quick.tray is None:  # headless: no system tray here; build the menu all the same
        quick.tray = quick._make_tray(toy_window, toy_window.serve_switch.check)
    names = [action.text() for action in quick.tray_menu.actions() if not action.isSeparator()]
    assert names == [
        "Show window",
        f"Translate clipboard\t{SHORTCUT}",
        "Let other apps use my models",
        "Quit",
    ]
    toy_window.showMinimized()
    quick.tray_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: not toy_window.isMinimized(), timeout=TIMEOUT)
