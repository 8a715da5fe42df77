"""The Train tab's Data group on its own: scan a folder, ask for a pair, say why data is bad."""

import codecs
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from s2s_desktop.gui.data_panel import DataPanel, folder_of
from s2s_desktop.gui.settings import app_settings
from tests.toy import toy_pairs, write_moses

SCAN_MS = 10_000


@pytest.fixture
def panel(qtbot) -> DataPanel:
    panel = DataPanel()
    qtbot.addWidget(panel)
    panel.show()
    return panel


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    write_moses(folder, "train", toy_pairs(60, seed=4))
    write_moses(folder, "dev", toy_pairs(10, seed=5))
    return folder


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_typed_folder_is_scanned_and_its_report_shown(qtbot, panel, corpus):
    assert panel.problem() == "Choose a folder of parallel text to start."
    started: list[str] = []
    panel.scanStarted.connect(started.append)
    panel.folder_edit.setText(str(corpus))
    with qtbot.waitSignal(panel.scanned, timeout=SCAN_MS) as scanned:
        panel.folder_edit.editingFinished.emit()
        assert panel.is_scanning() and panel.problem() == "Scanning the folder…"
    report = scanned.args[0]
    assert started == [str(corpus)] and report is panel.report
    assert (report.src, report.tgt) == ("en", "eo")
    assert panel.facts is not None and panel.folder == str(corpus)
    assert panel.summary_label.text() == "60 training pairs, 10 validation pairs, en → eo"
    assert (panel.src_combo.currentText(), panel.tgt_combo.currentText()) == ("en", "eo")
    assert not panel.is_scanning() and panel.problem() is None
    assert app_settings().value("train/folder") == str(corpus)

    with qtbot.assertNotEmitted(panel.scanStarted):
        panel.folder_edit.editingFinished.emit()  # the folder shown: no second scan


def test_a_folder_without_data_says_why(qtbot, panel, tmp_path):
    with qtbot.waitSignal(panel.scanFailed, timeout=SCAN_MS) as failed:
        panel.open_folder(tmp_path)
    assert failed.args[0].startswith("No parallel data found in")
    assert panel.message.kind == "error" and panel.message.text() == failed.args[0]
    assert panel.report is None and not panel.summary_label.isVisible()
    assert panel.problem() == "The folder has no usable data: choose another."


def test_two_pairs_ask_which_and_the_choice_is_completed(qtbot, panel, tmp_path):
    folder = tmp_path / "mixed"
    write_moses(folder, "books", toy_pairs(30, seed=1), src="en", tgt="de")
    write_moses(folder, "news", toy_pairs(30, seed=2), src="en", tgt="fr")
    with qtbot.waitSignal(panel.pairNeeded, timeout=SCAN_MS) as needed:
        panel.open_folder(folder)
    pairs = needed.args[0]
    assert sorted(sorted(pair) for pair in pairs) == [["de", "en"], ["en", "fr"]]
    assert panel.problem() == "Choose the source and target languages."
    found = ", ".join(f"{a}–{b}" for a, b in pairs)
    assert panel.summary_label.text() == f"Language pairs found: {found}"
    assert [panel.src_combo.itemText(i) for i in range(panel.src_combo.count())] == [
        "de",
        "en",
        "fr",
    ]

    with qtbot.waitSignal(panel.scanned, timeout=SCAN_MS):
        choose(panel.src_combo, "fr")  # fr pairs only with en: the target follows
    assert {panel.report.src, panel.report.tgt} == {"fr", "en"}

    choose(panel.src_combo, "en")  # en pairs with de and fr: the user must say which
    assert "choose the target" in panel.message.text() and not panel.is_scanning()
    panel.src_combo.setEditText("e!")
    panel.on_language_chosen("src")
    assert panel.message.kind == "error" and "'e!' is not a language code" in panel.message.text()


def test_another_encoding_is_remembered_and_read_again(qtbot, panel, corpus):
    with qtbot.waitSignal(panel.scanned, timeout=SCAN_MS):
        panel.open_folder(corpus)
    with qtbot.waitSignal(panel.scanned, timeout=SCAN_MS):
        choose(panel.encoding_combo, "latin-1")
    assert codecs.lookup(panel.report.encoding) == codecs.lookup("latin-1")
    assert app_settings().value("train/encoding") == "latin-1"


def test_a_locked_panel_starts_no_scan_and_takes_no_drop(qtbot, panel, corpus):
    panel.set_locked(True)
    assert not panel.isEnabled()
    with qtbot.assertNotEmitted(panel.scanStarted):
        panel.scan(str(corpus))
    drop = drop_event(corpus / "train.en")
    panel.on_drop(drop)
    assert not drop.isAccepted()

    panel.set_locked(False)
    drop = drop_event(corpus / "train.en")  # a file: its folder
    with qtbot.waitSignal(panel.scanned, timeout=SCAN_MS):
        panel.on_drop(drop)
    assert drop.isAccepted() and panel.folder_edit.text() == str(corpus)


def drop_event(path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setAccepted(False)
    event._mime = mime  # the event does not own its mime data
    return event


def test_folder_of_a_drop(tmp_path):
    mime = QMimeData()
    assert folder_of(mime) is None
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    assert folder_of(mime) == tmp_path


def test_restore_scans_the_last_folder(qtbot, corpus):
    settings = app_settings()
    settings.setValue("train/folder", str(corpus))
    settings.setValue("train/encoding", "cp1252")
    panel = DataPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.scanned, timeout=SCAN_MS):
        panel.restore()
    assert panel.folder_edit.text() == str(corpus)
    assert panel.encoding_combo.currentText() == "cp1252"
