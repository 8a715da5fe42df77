"""Start the desktop app: a QApplication and the main window, shown before torch loads."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon

from s2s_desktop.resources import APP_ID, ICON_SIZES, icon_png

STARTUP_PROBE_ENV = "S2S_DESKTOP_STARTUP_PROBE"
LANGUAGE_ENV = "S2S_DESKTOP_LANGUAGE"  # a code of i18n.LANGUAGES: overrides the chosen language


def app_icon() -> QIcon:
    """The app's icon from its PNG sizes (no SVG module needed): title bars, task bars, docks."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_png(size)), QSize(size, size))
    return icon


def install_language(app: QCoreApplication) -> str:
    """Install the translations of ``$S2S_DESKTOP_LANGUAGE`` if it names one the window speaks,
    else of the language chosen in the settings (or the system's); returns its code."""
    from s2s_desktop.gui.i18n import LANGUAGES, chosen_language, install_translators
    from s2s_desktop.gui.settings import app_settings

    language = os.environ.get(LANGUAGE_ENV, "")
    if language not in LANGUAGES:
        language = chosen_language(app_settings())
    install_translators(app, language)
    return language


def run_app(argv: list[str] | None = None, translate_clipboard: bool = False) -> int:
    """Open the window and run the event loop; returns the exit status.

    When the app runs already, this start hands over instead (it shows that window, or
    translates the clipboard there with ``translate_clipboard``) and returns at once. With
    ``S2S_DESKTOP_STARTUP_PROBE=1`` the app prints, once the window has been shown, the
    monotonic clock and whether torch was loaded, then quits: how start-up time is measured.
    The window speaks the language chosen in View › Language, or the system's; with
    ``S2S_DESKTOP_LANGUAGE`` set to a language's code (``de``), that one (screenshots, tests).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("s2s-desktop")
    app.setOrganizationName("s2s-desktop")
    app.setApplicationDisplayName("s2s-desktop")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the installed .desktop entry
    app.setWindowIcon(app_icon())
    install_language(app)  # before any window module is imported: their texts are translated
    probing = bool(os.environ.get(STARTUP_PROBE_ENV))

    from s2s_desktop.gui.quick_translate import TRANSLATE_CLIPBOARD
    from s2s_desktop.gui.single_instance import InstanceServer, send_to_running

    message = TRANSLATE_CLIPBOARD if translate_clipboard else "show"
    if not probing and send_to_running(message):
        return 0

    from s2s_desktop.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if not probing:
        server = InstanceServer(parent=window)
        server.received.connect(window.on_instance_message)
        if translate_clipboard:
            QTimer.singleShot(0, window.quick.translate_clipboard)
    if probing:
        # Read now: the device probe starts importing torch on a worker thread at the event
        # loop's first turn, and a module is in sys.modules from the moment its import begins.
        torch_loaded = "torch" in sys.modules

        def report() -> None:
            shown = time.monotonic()
            print(f"shown_at={shown:.6f} torch_loaded={torch_loaded}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()
