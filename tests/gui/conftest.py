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
