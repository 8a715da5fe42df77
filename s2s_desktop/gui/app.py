"""Start the desktop app: a QApplication and the main window, shown before torch loads."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from s2s_desktop.resources import APP_ID, ICON_SIZES, icon_png

STARTUP_PROBE_ENV = "S2S_DESKTOP_STARTUP_PROBE"


def app_icon() -> QIcon:
    """The app's icon from its PNG sizes (no SVG module needed): title bars, task bars, docks."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_png(size)), QSize(size, size))
    return icon


def run_app(argv: list[str] | None = None) -> int:
    """Open the window and run the event loop; returns the exit status.

    With ``S2S_DESKTOP_STARTUP_PROBE=1`` the app prints, once the window has been shown, the
    monotonic clock and whether torch was loaded, then quits: how start-up time is measured.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("s2s-desktop")
    app.setOrganizationName("s2s-desktop")
    app.setApplicationDisplayName("s2s-desktop")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the installed .desktop entry
    app.setWindowIcon(app_icon())

    from s2s_desktop.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if os.environ.get(STARTUP_PROBE_ENV):
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
