"""The main window: three tabs (Translate, Train, Models) and a status bar.

The window only wires the tabs together and keeps its own geometry; each tab owns its worker.
Torch is first imported after the window is shown (the device probe), so it appears at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from s2s_desktop.gui.menu_bar import WindowMenus
from s2s_desktop.gui.models_tab import ModelsTab
from s2s_desktop.gui.quick_translate import TRANSLATE_CLIPBOARD, QuickTranslate
from s2s_desktop.gui.sample_run import SampleRun
from s2s_desktop.gui.serve_switch import ServeSwitch
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.tasks import run_in_background
from s2s_desktop.gui.train_tab import TrainTab
from s2s_desktop.gui.translate_tab import TranslateTab

STOP_WAIT_MS = 60_000  # a step plus a checkpoint; an evaluation in progress may take a while


def _probe_devices() -> object:
    """Runs on the thread pool: importing torch (seconds) never blocks the window."""
    from s2s_desktop.engine.devices import probe_devices

    return probe_devices()


class MainWindow(QMainWindow):
    """The app's window.

    Attributes:
        tabs: the QTabWidget ``mainTabs``.
        translate_tab, train_tab, models_tab: the three tabs.
        serve_switch: the status bar's "Let other apps on this computer use my models".
        device_label: the status bar's permanent device text.
        device: the device it names ("detecting…" until probed, "unavailable" if that failed).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("s2s-desktop")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.translate_tab = TranslateTab()
        self.train_tab = TrainTab()
        self.models_tab = ModelsTab()
        self.tabs.addTab(self.translate_tab, self.tr("Translate"))
        self.tabs.addTab(self.train_tab, self.tr("Train"))
        self.tabs.addTab(self.models_tab, self.tr("Models"))
        self.setCentralWidget(self.tabs)
        self.device_label = QLabel()
        self.device_label.setObjectName("deviceLabel")
        self._show_device(self.tr("detecting…"))
        self.serve_switch = ServeSwitch()
        self.statusBar().addPermanentWidget(self.serve_switch)
        self.statusBar().addPermanentWidget(self.device_label)
        self._closing = False
        self.quick = QuickTranslate(self, self.translate_tab, self.serve_switch.check)
        self.menus = WindowMenus(self)
        self._connect()
        self._restore()
        QTimer.singleShot(0, self, self._probe_devices)  # dropped if the window goes first

    def _connect(self) -> None:
        self.translate_tab.statusMessage.connect(self.on_status_message)
        self.train_tab.statusMessage.connect(self.on_status_message)
        self.models_tab.statusMessage.connect(self.on_status_message)
        self.serve_switch.message.connect(self.on_status_message)
        self.translate_tab.modelReady.connect(self.serve_switch.prefer)
        self.translate_tab.trainRequested.connect(self.on_train_requested)
        self.translate_tab.sampleRequested.connect(self.on_sample_requested)
        self.train_tab.trainingStarted.connect(self.on_training_started)
        self.train_tab.trainingFinished.connect(self.on_training_finished)
        self.models_tab.modelsChanged.connect(self.on_models_changed)
        self.models_tab.fineTuneRequested.connect(self.on_fine_tune_requested)
        self.models_tab.resumeRequested.connect(self.on_resume_requested)
        self.models_tab.sampleRequested.connect(self.on_sample_requested)
        self.quick.showWindowRequested.connect(self.bring_to_front)
        self.quick.quitRequested.connect(self.close)
        app = QCoreApplication.instance()
        if app is not None:  # quit by a script or a log-out: no QThread may outlive the app
            app.aboutToQuit.connect(self.shut_down)

    def _restore(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 760)
        self.tabs.setCurrentIndex(int(settings.value("window/tab", 0)))

    def _probe_devices(self) -> None:
        run_in_background(_probe_devices, self.on_devices_probed, self.on_devices_failed, self)

    def _show_device(self, device: str) -> None:
        self.device = device
        self.device_label.setText(self.tr("Device: {device}").format(device=device))

    @Slot(object)
    def on_devices_probed(self, info: object) -> None:
        self._show_device(info.auto)  # type: ignore[attr-defined]
        self.train_tab.set_available_devices(info.cuda_name, info.mps)  # type: ignore[attr-defined]

    @Slot(str)
    def on_devices_failed(self, message: str) -> None:
        self._show_device(self.tr("unavailable"))
        self.statusBar().showMessage(message, 15_000)

    @Slot(str)
    def on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    @Slot()
    def on_train_requested(self) -> None:
        self.tabs.setCurrentWidget(self.train_tab)

    @Slot()
    def on_sample_requested(self) -> None:
        """First run: train the `tiny` sample model in the Train tab, in view."""
        self.tabs.setCurrentWidget(self.train_tab)
        self.train_tab.train_sample(SampleRun())

    @Slot(str)
    def on_training_started(self, name: str) -> None:
        # No rename or delete under a running run, of its model or of the one it started from.
        self.models_tab.set_models_in_use(self.train_tab.models_in_use())
        self.translate_tab.empty_hint.set_training(name)

    @Slot(str, bool)
    def on_training_finished(self, name: str, has_model: bool) -> None:
        self.translate_tab.empty_hint.set_training(None)
        self.models_tab.set_models_in_use([])
        self.models_tab.refresh()
        self.translate_tab.refresh_models(select=name if has_model else None)

    @Slot()
    def on_models_changed(self) -> None:
        self.translate_tab.refresh_models()
        self.translate_tab.history_panel.refresh()  # a renamed model's entries
        self.train_tab.refresh_bases()

    @Slot(str)
    def on_fine_tune_requested(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.train_tab)
        self.train_tab.fine_tune_from(name)

    @Slot(str)
    def on_resume_requested(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.train_tab)
        self.train_tab.resume_from(name)

    def confirm_stop_training(self) -> bool:
        """Ask whether to stop the running training to quit (a checkpoint is saved)."""
        answer = QMessageBox.question(
            self,
            self.tr("Training is running"),
            self.tr(
                "A model is training. Stop it and quit? A checkpoint is saved, and you can resume "
                "the run later from the Train tab."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_cancel_document(self, name: str) -> bool:
        """Ask whether to cancel the document being translated to quit (nothing is written)."""
        answer = QMessageBox.question(
            self,
            self.tr("A document is being translated"),
            self.tr(
                "{name} is being translated. Cancel it and quit? Nothing of it is written; "
                "translate it again later."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def bring_to_front(self) -> None:
        """Show the window in front (the tray's "Show window", or a second start)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    @Slot(str)
    def on_instance_message(self, message: str) -> None:
        """A second start's request: "translate-clipboard", or just to be shown."""
        if message == TRANSLATE_CLIPBOARD:
            self.quick.translate_clipboard()
        else:
            self.bring_to_front()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._closing:
            event.accept()
            return
        if self.train_tab.is_training() and not self.confirm_stop_training():
            event.ignore()
            return
        job = self.translate_tab.documents.job
        if job is not None and not self.confirm_cancel_document(job.name):
            event.ignore()
            return
        self.shut_down()
        event.accept()

    @Slot()
    def shut_down(self) -> None:
        """Stop a run (it saves a checkpoint), keep the window's place, stop every worker
        thread: on close, and on the application's ``aboutToQuit`` however it quits."""
        if self._closing:
            return
        self._closing = True
        if self.train_tab.is_training():
            self.statusBar().showMessage(
                self.tr("Stopping the training run and saving a checkpoint…")
            )
            self.train_tab.wait_for_stop(STOP_WAIT_MS)
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.sync()
        self.translate_tab.shutdown()
        self.train_tab.shutdown()
        self.serve_switch.shutdown()
        self.quick.shutdown()
