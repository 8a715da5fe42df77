"""The Models tab's import flow: choose a model file or an OPUS-MT folder, import it on the thread
pool (``import_model``: or say first that its default name is taken, and the tab asks for
another), then show the imported model in the tab."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from s2s_desktop.engine.store import ModelInfo, ModelStore
from s2s_desktop.gui.tasks import run_in_background

if TYPE_CHECKING:
    from s2s_desktop.gui.models_tab import ModelsTab


@dataclass(frozen=True)
class NameTaken:
    """An import's default name is in use: the user is asked for another."""

    name: str
    suggestion: str


def import_model(store: ModelStore, file: Path, name: str | None) -> ModelInfo | NameTaken:
    """Import ``file``; without a ``name``, first check the default one is free."""
    if name is None:
        default = store.import_name(file)
        if default is not None and store.exists(default):
            return NameTaken(default, store.free_name(default))
    return store.import_(file, name)


class ModelImporter(QObject):
    """Imports model files and folders into ``tab``'s store, one job of the tab's at a time."""

    def __init__(self, tab: ModelsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def on_import(self) -> None:
        tab = self.tab
        if not tab.import_action.isEnabled():
            return
        path, _ = QFileDialog.getOpenFileName(
            tab,
            self.tr("Import a model file"),
            str(tab.file_dir()),
            self.tr("Model files (*.zip *.argosmodel);;All files (*)"),
        )
        if path:
            tab.remember_dir(Path(path).parent)
            self.import_file(Path(path))

    def on_import_folder(self) -> None:
        tab = self.tab
        if not tab.import_folder_action.isEnabled():
            return
        path = QFileDialog.getExistingDirectory(
            tab, self.tr("Import an OPUS-MT model's folder"), str(tab.file_dir())
        )
        if path:
            tab.remember_dir(Path(path).parent)
            self.import_file(Path(path))

    def import_file(self, file: Path, name: str | None = None) -> None:
        """Import ``file`` in the background (as ``name``, or the name stored in it)."""
        tab = self.tab
        tab.begin_job(self.tr("Importing {file}; checking the model…").format(file=file.name))
        run_in_background(
            partial(import_model, tab.store, file, name),
            partial(self._on_imported, file),
            tab.job_failed,
            self,
        )

    def _on_imported(self, file: Path, result: ModelInfo | NameTaken) -> None:
        tab = self.tab
        tab.end_job()
        if isinstance(result, NameTaken):
            new, ok = QInputDialog.getText(
                tab,
                self.tr("Import model"),
                self.tr("A model named {name!r} already exists. Import {file} as:").format(
                    name=result.name, file=file.name
                ),
                QLineEdit.EchoMode.Normal,
                result.suggestion,
            )
            new = new.strip()
            if ok and new:
                self.import_file(file, new)
            else:
                tab.message_bar.clear_message()
            return
        tab.refresh(select=[result.name])
        tab.table.scrollToItem(tab.table.currentItem())
        tab.report(
            self.tr("Imported {name!r} from {file}.").format(name=result.name, file=file.name)
        )
        tab.modelsChanged.emit()
