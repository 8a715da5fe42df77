"""The Models tab's changes to stored models: rename, delete and export, each asked for in a
dialog and done through the tab's ``ModelStore`` (export on the thread pool: a model is tens of
megabytes)."""

from __future__ import annotations

import contextlib
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.history import History
from s2s_desktop.gui.model_details import export_format
from s2s_desktop.gui.replace_question import confirm_replace
from s2s_desktop.gui.tasks import describe_error, run_in_background

if TYPE_CHECKING:
    from s2s_desktop.gui.models_tab import ModelsTab


class ModelEdits(QObject):
    """Renames, deletes and exports the models selected in ``tab``."""

    def __init__(self, tab: ModelsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def rename(self) -> None:
        tab = self.tab
        names = tab.selected_names()
        if len(names) != 1 or not tab.rename_action.isEnabled():
            return
        old = names[0]
        new, ok = QInputDialog.getText(
            tab,
            self.tr("Rename model"),
            self.tr("New name for {name!r} (letters, digits, '.', '_' or '-'):").format(name=old),
            QLineEdit.EchoMode.Normal,
            old,
        )
        new = new.strip()
        if not ok or not new or new == old:
            return
        try:
            tab.store.rename(old, new)
        except Exception as error:  # UserError: its sentence; anything else: logged
            tab.message_bar.show_error(describe_error(error))
            return
        with contextlib.suppress(UserError):  # a damaged history keeps its old names
            History().rename_model(old, new)  # one UPDATE: milliseconds
        tab.refresh(select=[new])
        tab.report(self.tr("Renamed {old!r} to {new!r}.").format(old=old, new=new))
        tab.modelsChanged.emit()

    def delete(self) -> None:
        tab = self.tab
        names = tab.selected_names()
        if not names or not tab.delete_action.isEnabled():
            return
        answer = QMessageBox.question(
            tab,
            self.tr("Delete models") if len(names) > 1 else self.tr("Delete model"),
            self._delete_question(names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        first_row = min(index.row() for index in tab.table.selectionModel().selectedRows())
        deleted, errors = [], []
        for name in names:
            try:
                tab.store.delete(name)
            except Exception as error:
                errors.append(describe_error(error))
            else:
                deleted.append(name)
        tab.refresh(select=[])
        if tab.table.rowCount():  # keep the keyboard user in place: select the next row
            row = min(first_row, tab.table.rowCount() - 1)
            tab.select_models([tab.table.name_at(row)])
        if errors:
            tab.message_bar.show_error(" ".join(errors))
        if deleted:
            if not errors:
                tab.report(
                    self.tr("Deleted {name!r}.").format(name=deleted[0])
                    if len(deleted) == 1
                    else self.tr("Deleted {count} models.").format(count=len(deleted))
                )
            tab.modelsChanged.emit()

    def _delete_question(self, names: list[str]) -> str:
        if len(names) == 1:
            question = self.tr("Delete the model {name!r}?").format(name=names[0])
            return (
                question
                + "\n\n"
                + self.tr("Its files are removed from this computer. This cannot be undone.")
            )
        listed = ", ".join(repr(name) for name in names[:5])
        question = (
            self.tr("Delete {count} models ({listed} and {more} more)?")
            if len(names) > 5
            else self.tr("Delete {count} models ({listed})?")
        ).format(count=len(names), listed=listed, more=len(names) - 5)
        return (
            question
            + "\n\n"
            + self.tr("Their files are removed from this computer. This cannot be undone.")
        )

    def export(self) -> None:
        tab = self.tab
        names = tab.selected_names()
        if len(names) != 1 or not tab.export_action.isEnabled():
            return
        name = names[0]
        try:  # read again: another window or the CLI may have removed it
            suffix, kind = export_format(tab.store.info(name))
        except UserError as error:
            return tab.message_bar.show_error(str(error))
        title = self.tr("Export {name!r}").format(name=name)
        start = str(tab.file_dir() / f"{name}{suffix}")
        path, _ = QFileDialog.getSaveFileName(tab, title, start, kind)
        if not path:
            return
        tab.remember_dir(Path(path).parent)
        try:  # the dialog saw the name as typed: "copy" is written as copy.zip
            file = tab.store.export_path(name, Path(path))
        except UserError as error:
            return tab.message_bar.show_error(str(error))
        if file.name != Path(path).name and file.exists() and not confirm_replace(tab, file, title):
            return
        tab.begin_job(self.tr("Exporting {name!r} to {file}…").format(name=name, file=file.name))
        run_in_background(
            partial(tab.store.export, name, file),
            partial(self._on_exported, name),
            tab.job_failed,
            self,
        )

    def _on_exported(self, name: str, file: Path) -> None:
        self.tab.end_job()
        self.tab.report(self.tr("Exported {name!r} to {file}.").format(name=name, file=file))
