"""Where the app keeps what it writes: models, glossaries, memories, history, settings,
logs and what it measured of this machine; ``$S2S_DESKTOP_DATA`` moves all of it (tests give
each test its own).

A leaf: it imports nothing of ours, so any module may ask where its files go.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "s2s-desktop"
DATA_ENV = "S2S_DESKTOP_DATA"


def data_root() -> Path:
    """The root of everything we store: ``$S2S_DESKTOP_DATA`` or the platform's user data dir."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def log_dir() -> Path:
    """Where unexpected errors are logged with their tracebacks."""
    override = os.environ.get(DATA_ENV)
    return Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME))
