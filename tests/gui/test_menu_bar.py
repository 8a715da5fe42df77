"""The menu bar: every menu a keyboard path to the tabs' work, Help's shortcuts list and About,
and a quit from outside the window (a script, a log-out) that stops every worker thread."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from s2s_desktop import __version__
from s2s_desktop.engine.store import data_root, log_dir


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
