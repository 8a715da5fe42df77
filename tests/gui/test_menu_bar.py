"""The menu bar: every menu a keyboard path to the tabs' work, Help's shortcuts list and About,
and a quit from outside the window (a script, a log-out) that stops every worker thread."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from s2s_desktop import __version__
from s2s_desktop.engine.data_folder import data_root, log_dir
from s2s_desktop.gui.i18n import LANGUAGE_SETTING, chosen_language
from s2s_desktop.gui.settings import app_settings


def test_the_menus_and_what_they_open(qtbot, window, screenshots):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Models", "&View", "&Help"]
    menus = window.menus

    menus.view_menu.actions()[2].trigger()  # View › Models (Ctrl+3)
    assert window.tabs.currentWidget() is window.models_tab
    assert menus.view_menu.actions()[1].shortcut().toString() == "Ctrl+2"

    menus.resume_menu.aboutToShow.emit()
    [nothing] = menus.resume_menu.actions()
    assert nothing.text() == "No run to resume" and not nothing.isEnabled()

    menus.shortcuts_action.trigger()
    dialog = menus.shortcuts_dialog
    table = dialog.table
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Translate now (Translate tab)"] == "Ctrl+Return"
    assert rows["Quit"] == "Ctrl+Q" and rows["Rename"] == "F2"
    assert rows["Translate the clipboard in a small window"] == "Ctrl+Shift+T"
    assert rows["Other words and translations for the word at the cursor"] == "Alt+Down"
    dialog.grab().save(str(screenshots / "help-shortcuts.png"))
    dialog.close()

    menus.about_action.trigger()
    about = menus.about_dialog.text.text()
    assert __version__ in about and str(data_root()) in about and str(log_dir()) in about
    assert "torch" in about and "PySide6" in about
    menus.about_dialog.grab().save(str(screenshots / "help-about.png"))
    menus.about_dialog.close()


def test_a_quit_from_outside_the_window_stops_every_worker(qtbot, window):
    threads = [window.translate_tab.worker_thread, window.train_tab.worker_thread]
    assert all(thread.isRunning() for thread in threads)
    QApplication.instance().aboutToQuit.emit()
    assert all(thread.isFinished() for thread in threads)
    window.close()  # the fixture's close after it: nothing left to do, no second shutdown


@pytest.fixture
def spanish_chosen():
    """Español chosen in View › Language at an earlier start (before the window is made)."""
    app_settings().setValue(LANGUAGE_SETTING, "es")


def test_view_language_keeps_the_choice_for_the_next_start(qtbot, spanish_chosen, window):
    menus = window.menus
    assert menus.view_menu.actions()[-1].menu() is menus.language_menu
    actions = menus.language_menu.actions()
    # Each language in its own name, whatever the window's language.
    assert [a.text() for a in actions] == ["System language", "English", "Deutsch", "Español"]
    assert all(a.isCheckable() for a in actions)
    assert [a.isChecked() for a in actions] == [False, False, False, True]  # the saved choice

    actions[2].trigger()  # Deutsch
    assert app_settings().value(LANGUAGE_SETTING) == "de" == chosen_language(app_settings())
    assert [a.isChecked() for a in actions] == [False, False, True, False]  # one at a time
    assert "started again" in window.statusBar().currentMessage()
    assert window.menuBar().actions()[0].text() == "&File"  # the window changes at the next start

    window.statusBar().clearMessage()
    actions[0].trigger()  # the system's language again
    assert app_settings().value(LANGUAGE_SETTING) == ""
    assert [a.isChecked() for a in actions] == [True, False, False, False]
    assert "started again" in window.statusBar().currentMessage()
