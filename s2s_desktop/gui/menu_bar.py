"""The window's menu bar: File, Models, View and Help, each entry a path the keyboard can take
to what the tabs offer (and View's choice of language, Help's shortcuts list, About and the log
folder)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from s2s_desktop.engine.data_folder import log_dir
from s2s_desktop.engine.runs import resumable_names, resume_label
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.about_dialog import AboutDialog, ShortcutsDialog, window_shortcuts
from s2s_desktop.gui.i18n import LANGUAGE_SETTING, LANGUAGES
from s2s_desktop.gui.run_controls import RESUME_MENU_SIZE
from s2s_desktop.gui.settings import app_settings

if TYPE_CHECKING:
    from s2s_desktop.gui.main_window import MainWindow


class WindowMenus(QObject):
    """Builds the menus on ``window``'s menu bar and keeps their actions (tests trigger them).

    Attributes:
        resume_menu: Models › Resume a run, listed anew each time it opens.
        language_menu: View › Language, its actions ``language_actions`` by code ("" for the
            system's language), one checked; a choice applies at the next start.
        about_dialog, shortcuts_dialog: the last ones opened (None before).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.about_dialog: AboutDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.models_menu = bar.addMenu(self.tr("&Models"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._file()
        self._models()
        self._view()
        self._help()

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], object], keys: object = None
    ) -> QAction:
        action = menu.addAction(text)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False: slot())
        return action

    def _file(self) -> None:
        w, menu = self.window, self.file_menu
        self.translate_file_action = self._action(
            menu,
            self.tr("Translate a &file…"),
            lambda: (w.tabs.setCurrentWidget(w.translate_tab), w.translate_tab.choose_file()),
            "Ctrl+O",
        )
        self.clipboard_action = self._action(
            menu, self.tr("Translate the clip&board"), w.quick.translate_clipboard
        )
        self.folder_action = self._action(
            menu,
            self.tr("Choose a &training folder…"),
            lambda: (w.tabs.setCurrentWidget(w.train_tab), w.train_tab.data_panel.choose_folder()),
        )
        menu.addSeparator()
        self.quit_action = self._action(menu, self.tr("&Quit"), w.close, "Ctrl+Q")

    def _models(self) -> None:
        w, menu = self.window, self.models_menu
        models = w.models_tab
        self.import_action = self._action(
            menu, self.tr("&Import a model file…"), lambda: self._in_models(models.import_action)
        )
        self.import_folder_action = self._action(
            menu,
            self.tr("Import an OPUS-MT &folder…"),
            lambda: self._in_models(models.import_folder_action),
        )
        self.evaluate_action = self._action(
            menu,
            self.tr("&Evaluate on a test set…"),
            lambda: self._in_models(models.evaluate_action),
        )
        self.resume_menu = menu.addMenu(self.tr("&Resume a run"))
        self.resume_menu.aboutToShow.connect(self._list_runs)
        menu.addSeparator()
        self.open_models_action = self._action(
            menu, self.tr("Open the models &folder"), lambda: self._open(ModelStore().models_dir)
        )

    def _view(self) -> None:
        w = self.window
        tabs = (self.tr("&Translate"), self.tr("T&rain"), self.tr("&Models"))
        for index, text in enumerate(tabs):
            self._action(
                self.view_menu,
                text,
                lambda index=index: w.tabs.setCurrentIndex(index),
                f"Ctrl+{index + 1}",
            )
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        group.setExclusive(True)
        chosen = str(app_settings().value(LANGUAGE_SETTING, "") or "")
        self.language_actions: dict[str, QAction] = {}
        # Each language in its own name: whoever cannot read the window's finds theirs.
        for code, name in [("", self.tr("System language")), *LANGUAGES.items()]:
            action = self._action(
                self.language_menu, name, lambda code=code: self.choose_language(code)
            )
            action.setCheckable(True)
            action.setChecked(code == (chosen if chosen in LANGUAGES else ""))
            group.addAction(action)
            self.language_actions[code] = action

    def _help(self) -> None:
        menu = self.help_menu
        self.shortcuts_action = self._action(
            menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1"
        )
        self.log_action = self._action(
            menu, self.tr("Open the &log folder"), lambda: self._open(log_dir())
        )
        menu.addSeparator()
        self.about_action = self._action(menu, self.tr("&About s2s-desktop"), self.show_about)

    # ------------------------------------------------------------------ what they do

    def _in_models(self, action: QAction) -> None:
        self.window.tabs.setCurrentWidget(self.window.models_tab)
        action.trigger()

    def _list_runs(self) -> None:
        """The runs that can go on, newest first; choosing one names it in the Train tab."""
        self.resume_menu.clear()
        store = ModelStore()
        names = resumable_names(store)
        if not names:
            self.resume_menu.addAction(self.tr("No run to resume")).setEnabled(False)
        for name in names[:RESUME_MENU_SIZE]:
            label = resume_label(store, name)
            self._action(self.resume_menu, label, lambda name=name: self._resume(name))

    def _resume(self, name: str) -> None:
        self.window.tabs.setCurrentWidget(self.window.train_tab)
        self.window.train_tab.resume_from(name)

    def _open(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.window.on_status_message(
                self.tr("Could not open a file manager; the folder is {folder}.").format(
                    folder=folder
                )
            )

    def choose_language(self, code: str) -> None:
        """Keep ``code`` (a code of LANGUAGES, or "" for the system's) for the next start."""
        app_settings().setValue(LANGUAGE_SETTING, code)
        self.language_actions[code].setChecked(True)
        self.window.on_status_message(
            self.tr("The new language applies when s2s-desktop is started again.")
        )

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(window_shortcuts(self.window), self._parent())
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        self.about_dialog = AboutDialog(self.window.device, self._parent())
        self.about_dialog.open()

    def _parent(self) -> QWidget:
        return self.window
