"""The status bar's switch that lets other apps on this computer use the stored models: it starts
and stops the same server as ``s2s-desktop serve`` (on 127.0.0.1 only, so no key is needed) and
shows its address. Starting and stopping run off the GUI thread."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.tasks import run_in_background

ENABLED_KEY = "serve/enabled"
PORT_KEY = "serve/port"
LABEL = translate("ServeSwitch", "Let other apps on this computer use my models")


def _start(port: int, preferred: str | None) -> tuple[Any, Any, str, str]:
    """Runs on the thread pool: the server started, its models, its address, and the models
    it serves (``preferred``: the one picked in the Translate tab)."""
    from s2s_desktop.server.pool import ModelPool
    from s2s_desktop.server.running import ServerThread

    pool = ModelPool()
    pool.prefer(preferred)
    server = ServerThread(
        pool, host="127.0.0.1", port=port, what_to_do="close it, then switch this on again"
    )
    url = server.start()
    return server, pool, url, _served(pool)


def _served(pool: Any) -> str:
    """The models ``pool`` serves, "en → es sample-en-es, …" (it reads the store: not on the
    GUI thread)."""
    return ", ".join(
        f"{src} \u2192 {tgt} {info.name}" for (src, tgt), info in sorted(pool.models().items())
    )


class ServeSwitch(QWidget):
    """A check box and the server's address.

    Signals:
        message(str): a sentence for the status bar (started, stopped, or why it could not).
    """

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serveSwitch")
        self.check = QCheckBox(LABEL)
        self.check.setObjectName("serveCheck")
        self.address = QLabel()
        self.address.setObjectName("serveAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.address)
        self.server: Any = None
        self.pool: Any = None  # the running server's models
        self.preferred: str | None = None  # the model picked in the Translate tab
        self._started_with: str | None = None  # the one picked when the server was started
        self.url = ""  # the running server's address
        self.served = ""  # the models it served when it started, by language pair
        self._busy = False
        self._show()
        self.check.toggled.connect(self.on_toggled)
        app = QCoreApplication.instance()
        if app is not None:  # a running server must not outlive the app, however it ends
            app.aboutToQuit.connect(self.shutdown)
        if app_settings().value(ENABLED_KEY, False, type=bool):
            self.check.setChecked(True)

    @property
    def port(self) -> int:
        return int(app_settings().value(PORT_KEY, 5000))

    @Slot(bool)
    def on_toggled(self, on: bool) -> None:
        app_settings().setValue(ENABLED_KEY, on)
        if self._busy or on == (self.server is not None):
            return
        self._busy = True
        self.check.setEnabled(False)
        if on:
            self.address.setText(self.tr("starting\u2026"))
            self._started_with = self.preferred
            start = partial(_start, self.port, self.preferred)
            run_in_background(start, self._on_started, self._on_failed, self)
        else:
            server, self.server, self.pool = self.server, None, None
            self.address.setText(self.tr("stopping\u2026"))
            run_in_background(server.stop, self._on_stopped, self._on_failed, self)

    @Slot(str)
    def prefer(self, name: str) -> None:
        """Serve ``name`` (picked in the Translate tab) for its language pair, whatever its
        score: the translations other apps get are the ones the user sees."""
        self.preferred = name
        if self.pool is not None:
            self.pool.prefer(name)
            run_in_background(partial(_served, self.pool), self._on_served, self.message.emit, self)

    def _on_served(self, served: str) -> None:
        self.served = served
        self._show()

    def _on_started(self, result: tuple[Any, Any, str, str]) -> None:
        self.server, self.pool, self.url, self.served = result
        if self.preferred is not None and self.preferred != self._started_with:
            self.prefer(self.preferred)  # picked while it started
        self._settle()
        self.message.emit(
            self.tr(
                "Other apps can use your models at {url} (LibreTranslate API): {models}."
            ).format(url=self.url, models=self.served or self.tr("none stored yet"))
        )

    def _on_stopped(self, _: object) -> None:
        self._settle()
        self.message.emit(self.tr("Other apps can no longer use your models."))

    def _on_failed(self, message: str) -> None:
        self.server = self.pool = None
        self.check.blockSignals(True)
        self.check.setChecked(False)
        self.check.blockSignals(False)
        app_settings().setValue(ENABLED_KEY, False)
        self._settle()
        self.message.emit(message)

    def _settle(self) -> None:
        self._busy = False
        self.check.setEnabled(True)
        self._show()
        if self.check.isChecked() != (self.server is not None):  # toggled while it worked
            self.on_toggled(self.check.isChecked())

    def _show(self) -> None:
        running = self.server is not None
        self.address.setText(self.url if running else "")
        self.address.setVisible(running)
        self.check.setToolTip(
            self.tr(
                "Serves your models on {url} to browser extensions, CAT-tool plug-ins and "
                "scripts that speak LibreTranslate's API (POST /translate, GET /languages); "
                "only this computer can reach it. The model picked in the Translate tab "
                "translates its language pair, the best-scored stored model each other pair "
                "({models}); the Translate tab's glossary is not applied."
            ).format(url=self.url, models=self.served or "-")
            if running
            else self.tr(
                "Starts a LibreTranslate-compatible API on 127.0.0.1:{port} for browser "
                "extensions, CAT-tool plug-ins and scripts; only this computer can reach it."
            ).format(port=self.port)
        )

    def shutdown(self) -> None:
        """Stop the server when the window closes (waits for requests in progress)."""
        server, self.server, self.pool = self.server, None, None
        if server is not None:
            server.stop()
