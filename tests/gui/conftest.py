"""Shared set-up for the window's tests: one torch thread, and one folder of screenshots."""

import contextlib
import os
import tempfile
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def one_torch_thread():
    """Two shared cores: the GUI thread keeps one; in-process translation takes the other."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def screenshots(pytestconfig) -> Path:
    """Where screenshots go (``$S2S_SCREENSHOTS`` or a fresh temp dir), said on the terminal
    so a person can open them."""
    folder = Path(os.environ.get("S2S_SCREENSHOTS") or tempfile.mkdtemp(prefix="s2s-shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        print(f"\nScreenshots of the window: {folder}")
    return folder


@pytest.fixture
def window(qtbot):
    """The main window, shown at a common size; a run still training is stopped at the end."""
    from s2s_desktop.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1180, 800)
    win.show()
    qtbot.waitUntil(win.train_tab.model_form.is_ready, timeout=10_000)
    yield win
    if win.train_tab.is_training():
        win.confirm_stop_training = lambda: True
    win.confirm_cancel_document = lambda name: True
    win.close()


@pytest.fixture
def make_tab(qtbot):
    """Build TranslateTabs that are shown at screenshot size and shut down after the test."""
    from s2s_desktop.gui.translate_tab import TranslateTab

    tabs: list[TranslateTab] = []

    def make() -> TranslateTab:
        tab = TranslateTab()
        qtbot.addWidget(tab)
        tab.resize(1100, 750)
        tab.show()
        qtbot.waitExposed(tab)
        tabs.append(tab)
        return tab

    yield make
    for tab in tabs:
        tab.shutdown()


@pytest.fixture
def tab(trained_toy_model, make_tab, qtbot):
    """A Translate tab with the toy model loaded."""
    from tests.gui.translating import add_toy, wait_ready

    add_toy(trained_toy_model)
    tab = make_tab()
    wait_ready(qtbot, tab)
    return tab


@pytest.fixture
def explicit_tab(trained_toy_model, make_tab, qtbot, monkeypatch):
    """A loaded Translate tab whose typing pause is so long that only explicit requests
    translate."""
    from s2s_desktop.gui.translate_tab import TranslateTab
    from tests.gui.translating import add_toy, wait_ready

    monkeypatch.setattr(TranslateTab, "DEBOUNCE_MS", 600_000)
    add_toy(trained_toy_model)
    tab = make_tab()
    wait_ready(qtbot, tab)
    return tab
