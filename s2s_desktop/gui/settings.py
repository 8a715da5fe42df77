"""Where the window keeps its settings (geometry, last folder, last model, training choices)."""

from __future__ import annotations

import os

import platformdirs
from PySide6.QtCore import QSettings

from s2s_desktop.engine.data_folder import APP_NAME, DATA_ENV, data_root


def app_settings() -> QSettings:
    """The app's QSettings: an INI file in the user config dir, or in ``$S2S_DESKTOP_DATA``.

    Keeping it beside the data when ``S2S_DESKTOP_DATA`` is set makes portable installs carry
    their settings, and keeps tests from touching the user's real settings.
    """
    if os.environ.get(DATA_ENV):
        path = data_root() / "settings.ini"
    else:
        path = platformdirs.user_config_path(APP_NAME) / "settings.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)
