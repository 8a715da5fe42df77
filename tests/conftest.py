"""Shared test set-up: headless Qt, a private data root, torch kept to the machine's cores."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def private_data_root(tmp_path_factory, monkeypatch):
    """Every test gets its own S2S_DESKTOP_DATA so the user's models are never touched."""
    root = tmp_path_factory.mktemp("data-root")
    monkeypatch.setenv("S2S_DESKTOP_DATA", str(root))
    return root
