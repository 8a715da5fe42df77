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


def run_app(argv: list[str] | None = None, translate_clipboard: bool = False) -> int:
    """Open the window and run the event loop; returns the exit status.

    When the app runs already, this start hands over instead (it shows that window, or
    translates the clipboard there with ``translate_clipboard``) and returns at once. With
    ``S2S_DESKTOP_STARTUP_PROBE=1`` the app prints, once the window has been shown, the
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
