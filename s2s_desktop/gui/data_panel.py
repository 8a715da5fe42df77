"""The Train tab's Data group: the folder of parallel text, its scan, languages and encoding."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMimeData, QSignalBlocker, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine.auto import CorpusFacts, facts_of
from s2s_desktop.engine.corpus import ScanReport, scan_folder
from s2s_desktop.engine.errors import LanguagePairNeeded
from s2s_desktop.engine.wording import number
from s2s_desktop.gui.form_labels import buddy
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.tasks import run_in_background

LANGUAGE_REST_MS = 600  # typed language codes are read once the typing rests this long
LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")
SEVERAL_PAIRS = translate(
    "DataPanel", "This folder holds several language pairs: choose the source and target."
)
UNNAMED_PAIR = translate(
    "DataPanel",
    "The .tsv files here do not say which languages they hold: type the source and target "
    "language codes (like en and de).",
)
# Offered in the Encoding box; any other codec name Python knows can be typed.
ENCODINGS = (
    "utf-8",
    "latin-1",
    "cp1252",
    "iso-8859-15",
    "cp1250",
    "cp1251",
    "koi8-r",
    "shift_jis",
    "euc-jp",
    "gb18030",
    "big5",
    "euc-kr",
)


def folder_of(mime: QMimeData) -> Path | None:
    """The folder a drop carries: a dropped folder, or the folder of a dropped file."""
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            return path if path.is_dir() else path.parent
    return None


def languages_of(pairs: list[tuple[str, str]]) -> list[str]:
    return sorted({code for pair in pairs for code in pair})


def _scan(
    folder: str, src: str | None, tgt: str | None, encoding: str
) -> tuple[ScanReport, CorpusFacts] | LanguagePairNeeded:
    """The scan and what auto needs to know of the corpus, on the thread pool; a missing
    language choice is an answer, not a failure."""
    try:
        report = scan_folder(folder, src, tgt, encoding=encoding)
    except LanguagePairNeeded as needed:
        return needed
    return report, facts_of(report)


class DataPanel(QGroupBox):
    """The Data group: choose a folder, see what it holds, choose the languages and encoding.

    Scans run on the thread pool; only the latest one's answer is shown. A folder dropped on the
    Train tab comes here (``on_drag_enter``, ``on_drop``). A folder that holds
    several language pairs (or .tsv files that do not name theirs) asks for the pair, and the
    choice is completed from the data where it can be and scanned again.

    Attributes:
        folder_edit, folder_button: the folder, typed or chosen.
        message: inline messages about the folder and its data.
        summary_label: what the scan found, in a line.
        src_combo, tgt_combo, encoding_combo: the languages and the files' encoding.
        report: the last scan's ``ScanReport`` (None while scanning or without one).
        facts: the scanned corpus as auto sees it (``engine.auto.CorpusFacts``), or None.
        folder: the folder the shown report (or pair question) is about.
        pair_needed: the folder needs a language pair chosen.

    Signals:
        scanStarted(str): a scan of this folder began.
        scanned(object): a scan found training data (its ``ScanReport``).
        pairNeeded(list): the folder holds these (source, target) pairs (maybe none named):
            the user must choose.
        scanFailed(str): the folder has no usable data; a sentence saying why.
        languagesEdited(): the text of a language box changed (typed or set): Start may now
            wait for that pair to be read.
    """

    scanStarted = Signal(str)
    scanned = Signal(object)
    pairNeeded = Signal(list)
    scanFailed = Signal(str)
    languagesEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Data"))
        self._settings = app_settings()
        self.report: ScanReport | None = None
        self.facts: CorpusFacts | None = None
        self.folder = ""
        self.pair_needed = False
        self._known_pairs: list[tuple[str, str]] = []
        self._serial = 0
        self._scanning = False
        self._locked = False
        self._pair_under_run: tuple[str, str] | None = None  # the boxes' own, under a run's
        self._scan_pair: tuple[str | None, str | None] = (None, None)
        self._scan_encoding = "utf-8"
        self._edited_side = "src"
        self._language_timer = QTimer(self)
        self._language_timer.setSingleShot(True)
        self._language_timer.setInterval(LANGUAGE_REST_MS)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("trainFolderEdit")
        self.folder_edit.setPlaceholderText(self.tr("A folder of parallel text (or drop one here)"))
        self.folder_edit.setAccessibleName(self.tr("Data folder"))
        self.folder_edit.setClearButtonEnabled(True)
        self.folder_edit.setAcceptDrops(False)  # a dropped folder goes to the tab, not as a URL
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.setObjectName("trainFolderButton")
        self.folder_button.setToolTip(
            self.tr(
                "Moses file pairs (train.en + train.de), tab-separated .tsv files or .tmx "
                "translation memories, anywhere below the folder."
            )
        )
        self.message = MessageBar()
        self.message.setObjectName("dataMessageBar")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("scanSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        self.src_combo = self._language_combo(
            "srcLangCombo",
            self.tr("Source language"),
            self.tr("Source language code: found in the data, or typed (en, de, …)."),
        )
        self.tgt_combo = self._language_combo(
            "tgtLangCombo",
            self.tr("Target language"),
            self.tr("Target language code: found in the data, or typed (en, de, …)."),
        )
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_combo.setEditable(True)
        self.encoding_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.encoding_combo.addItems(ENCODINGS)
        self.encoding_combo.setMinimumContentsLength(7)
        self.encoding_combo.setToolTip(
            self.tr(
                "Text encoding of the data files: UTF-8 unless they were saved otherwise "
                "(latin-1, cp1252, shift_jis, …)."
            )
        )

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        languages_row = QHBoxLayout()
        languages_row.addWidget(buddy(self.tr("Fr&om"), self.src_combo))
        languages_row.addWidget(self.src_combo, 1)
        languages_row.addWidget(buddy("→", self.tgt_combo))
        languages_row.addWidget(self.tgt_combo, 1)
        languages_row.addSpacing(8)
        languages_row.addWidget(buddy(self.tr("&Encoding"), self.encoding_combo))
        languages_row.addWidget(self.encoding_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.message)
        layout.addWidget(self.summary_label)
        layout.addLayout(languages_row)

    def _language_combo(self, name: str, accessible_name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(self.tr("code"))
        combo.setAccessibleName(accessible_name)
        combo.setToolTip(tip)
        combo.setMinimumContentsLength(4)
        return combo

    def _connect(self) -> None:
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_edit.editingFinished.connect(self.on_folder_edited)
        self.folder_edit.returnPressed.connect(self.rescan)
        self.src_combo.activated.connect(lambda _: self.on_language_chosen("src"))
        self.tgt_combo.activated.connect(lambda _: self.on_language_chosen("tgt"))
        # Text set in code (a restore, a script) or typed without Return counts too, once it
        # rests: what the boxes show is always what is scanned and trained.
        self.src_combo.currentTextChanged.connect(lambda _: self._language_edited("src"))
        self.tgt_combo.currentTextChanged.connect(lambda _: self._language_edited("tgt"))
        self._language_timer.timeout.connect(self._on_language_rested)
        self.src_combo.lineEdit().editingFinished.connect(lambda: self.on_language_chosen("src"))
        self.tgt_combo.lineEdit().editingFinished.connect(lambda: self.on_language_chosen("tgt"))
        self.encoding_combo.activated.connect(lambda _: self.on_encoding_chosen())
        self.encoding_combo.lineEdit().editingFinished.connect(self.on_encoding_chosen)

    def restore(self) -> None:
        """Bring back the last encoding and folder (scanned again)."""
        self.encoding_combo.setCurrentText(str(self._settings.value("train/encoding", "utf-8")))
        folder = str(self._settings.value("train/folder", ""))
        if folder:
            self.open_folder(folder)

    # ------------------------------------------------------------------ public API

    def is_scanning(self) -> bool:
        return self._scanning

    def problem(self) -> str | None:
        """Why there is no data to train on, in words (None: a scan report is in)."""
        if self._scanning:
            return self.tr("Scanning the folder…")
        if self.report is not None:
            if self._chosen_pair() == (self.report.src, self.report.tgt):
                return None
            if self.message.kind == "error":
                return self.tr("Choose a language pair this folder holds.")
            src, tgt = (code or "?" for code in self._chosen_pair())
            return self.tr(
                "Reading the folder for {src} → {tgt} once the languages are typed…"
            ).format(src=src, tgt=tgt)
        if self.pair_needed:
            return self.tr("Choose the source and target languages.")
        if self.message.kind == "error":
            return self.tr("The folder has no usable data: choose another.")
        return self.tr("Choose a folder of parallel text to start.")

    def set_locked(self, locked: bool) -> None:
        """While a run trains on the data, nothing here changes (and no scan starts)."""
        self._locked = locked
        self.setEnabled(not locked)

    def show_run_data(self, folder: str, src: str, tgt: str) -> None:
        """While a resumed run trains, show its own folder, which it keeps whatever this panel
        held (``show_chosen_data`` when it ends)."""
        self.folder_edit.setText(folder)
        self._set_summary(
            self.tr("The resumed run's own data, {src} → {tgt} (the log counts its pairs)").format(
                src=src, tgt=tgt
            )
        )
        if self._pair_under_run is None:
            self._pair_under_run = (self.src_combo.currentText(), self.tgt_combo.currentText())
        self._show_pair(src, tgt)

    def show_chosen_data(self) -> None:
        """Back to the folder chosen here, whose scan was kept."""
        self.folder_edit.setText(self.folder)
        self._set_summary(self._summary(self.report) if self.report else "")
        if self._pair_under_run is not None:
            self._show_pair(*self._pair_under_run)
            self._pair_under_run = None

    def _show_pair(self, src: str, tgt: str) -> None:
        """Put languages in the boxes without them counting as chosen (no rescan)."""
        for combo, code in ((self.src_combo, src), (self.tgt_combo, tgt)):
            with QSignalBlocker(combo):
                combo.setCurrentText(code)

    def open_folder(self, folder: str | Path) -> None:
        """Show ``folder`` in the field and scan it (chosen, dropped, remembered)."""
        self.folder_edit.setText(str(folder))
        self.scan(str(folder))

    def scan(self, folder: str, src: str | None = None, tgt: str | None = None) -> None:
        """Scan ``folder`` on the thread pool; the report (or the problem) is shown when done."""
        if self._locked:
            return
        folder = str(Path(folder).expanduser())
        if folder != self.folder:
            self._known_pairs, self.pair_needed = [], False
        self._serial += 1
        serial = self._serial
        self.folder = folder
        self._scan_pair = (src, tgt)
        encoding = self._encoding()
        self._scan_encoding = encoding
        self.report = None
        self._scanning = True
        self._settings.setValue("train/folder", folder)
        self.message.clear_message()
        self._set_summary(self.tr("Scanning the folder…"))
        self.folder_edit.setToolTip(folder)
        self.scanStarted.emit(folder)
        run_in_background(
            lambda: _scan(folder, src, tgt, encoding),
            lambda result: self._on_scanned(serial, result),
            lambda message: self._on_scan_failed(serial, message),
            self,
        )

    # ------------------------------------------------------------------ slots

    def on_drag_enter(self, event: QDragEnterEvent) -> None:
        """A drag over the tab: take it if it carries a folder (or a file in one)."""
        if not self._locked and folder_of(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def on_drop(self, event: QDropEvent) -> None:
        """A folder (or a file in one) dropped on the tab: scan it."""
        folder = folder_of(event.mimeData())
        if folder is None or self._locked:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_folder(folder)

    @Slot()
    def choose_folder(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder of parallel text"), start
        )
        if folder:
            self.open_folder(folder)

    @Slot()
    def on_folder_edited(self) -> None:
        """Return or leaving the field: scan the folder typed, unless it is the one shown."""
        folder = self.folder_edit.text().strip()
        if folder and folder != self.folder:
            self.scan(folder)

    @Slot()
    def rescan(self) -> None:
        """Scan the folder in the field again (Return: the files may have changed)."""
        folder = self.folder_edit.text().strip()
        if folder and folder == self.folder and not self._scanning:
            self.scan(folder, *self._chosen_pair())

    @Slot()
    def on_encoding_chosen(self) -> None:
        """Another encoding: remember it and read the folder again with it."""
        encoding = self._encoding()
        self._settings.setValue("train/encoding", encoding)
        if self._locked or not self.folder:
            return
        if encoding == self._scan_encoding:
            return  # activated and editingFinished both report a pick
        self.scan(self.folder, *self._chosen_pair())

    def _language_edited(self, side: str) -> None:
        self._edited_side = side
        self._language_timer.start()
        self.languagesEdited.emit()

    def _on_language_rested(self) -> None:
        self.on_language_chosen(self._edited_side, quiet=True)
        self.languagesEdited.emit()  # Start's reason may have changed (an error shown)

    def on_language_chosen(self, side: str, quiet: bool = False) -> None:
        """The user picked or typed a language: complete the pair if the data allows, rescan.

        ``quiet``: the text merely rested (it may be half typed), so a code that is not one yet
        waits without an error.
        """
        if self._locked or not self.folder:
            return
        src, tgt = self._chosen_pair()
        if self.report is not None and (src, tgt) == (self.report.src, self.report.tgt):
            return  # nothing changed (activated and editingFinished both report a pick)
        if self._scanning and (src, tgt) == self._scan_pair:
            return  # that pair is being scanned already
        chosen, other = (src, tgt) if side == "src" else (tgt, src)
        if not chosen:
            return
        for code in (chosen, other):
            if code and not LANGUAGE_CODE.match(code):
                if quiet:
                    return
                self.message.show_error(
                    self.tr("{code} is not a language code: type a code like en or de.").format(
                        code=repr(code)
                    )
                )
                return
        pairs = self._known_pairs
        if pairs:
            partners = sorted(
                {b for a, b in pairs if a == chosen} | {a for a, b in pairs if b == chosen}
            )
            if not partners:
                found = ", ".join(languages_of(pairs))
                self.message.show_error(
                    self.tr("This folder has no data in {code}: choose one of {found}.").format(
                        code=chosen, found=found
                    )
                )
                return
            if other not in partners:
                if len(partners) > 1:
                    text = (
                        self.tr("{code} pairs with {partners} here: choose the target.")
                        if side == "src"
                        else self.tr("{code} pairs with {partners} here: choose the source.")
                    )
                    self.message.show_message(
                        text.format(code=chosen, partners=", ".join(partners)), "info"
                    )
                    combo = self.tgt_combo if side == "src" else self.src_combo
                    combo.setCurrentIndex(-1)
                    return
                other = partners[0]
        elif not other or other == chosen:
            self.message.show_message(UNNAMED_PAIR, "info")
            return
        src, tgt = (chosen, other) if side == "src" else (other, chosen)
        self._fill_languages(self._combo_codes(), src, tgt)
        self.scan(self.folder, src, tgt)

    # ------------------------------------------------------------------ scan results

    def _on_scanned(
        self, serial: int, result: tuple[ScanReport, CorpusFacts] | LanguagePairNeeded
    ) -> None:
        if serial != self._serial:
            return  # an older scan: the user has chosen something else since
        self._scanning = False
        if isinstance(result, LanguagePairNeeded):
            self._known_pairs, self.pair_needed = list(result.pairs), True
            self._fill_languages(languages_of(result.pairs), None, None)
            self.message.show_message(SEVERAL_PAIRS if result.pairs else UNNAMED_PAIR, "info")
            found = ", ".join(f"{a}–{b}" for a, b in result.pairs)
            self._set_summary(
                self.tr("Language pairs found: {pairs}").format(pairs=found) if found else ""
            )
            self.pairNeeded.emit(list(result.pairs))
            return
        self.report, self.facts = result
        if not self.pair_needed:
            self._known_pairs = list(self.report.language_pairs)
        codes = languages_of([*self._known_pairs, (self.report.src, self.report.tgt)])
        self._fill_languages(codes, self.report.src, self.report.tgt)
        self.message.clear_message()
        self._set_summary(self._summary(self.report))
        self.scanned.emit(self.report)

    def _on_scan_failed(self, serial: int, message: str) -> None:
        if serial != self._serial:
            return
        self._scanning = False
        self.report = None
        self.facts = None
        self.message.show_error(message)
        self._set_summary("")
        self.scanFailed.emit(message)

    def _set_summary(self, text: str) -> None:
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))  # an empty label would still take a line

    @staticmethod
    def _summary(report: ScanReport) -> str:
        text = translate(
            "DataPanel", "{train} training pairs, {valid} validation pairs, {src} → {tgt}"
        ).format(
            train=number(report.train_pairs),
            valid=number(report.valid_pairs),
            src=report.src,
            tgt=report.tgt,
        )
        skipped = sum(report.skipped.values())
        if skipped:
            text += translate("DataPanel", " ({count} lines skipped: see the log)").format(
                count=number(skipped)
            )
        return text

    # ------------------------------------------------------------------ languages

    def _fill_languages(self, codes: list[str], src: str | None, tgt: str | None) -> None:
        for combo, chosen in ((self.src_combo, src), (self.tgt_combo, tgt)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(codes)
            combo.setCurrentIndex(codes.index(chosen) if chosen in codes else -1)
            if chosen and chosen not in codes:
                combo.setEditText(chosen)
            combo.blockSignals(False)

    def _chosen_pair(self) -> tuple[str | None, str | None]:
        src = self.src_combo.currentText().strip().lower() or None
        tgt = self.tgt_combo.currentText().strip().lower() or None
        return src, tgt

    def _combo_codes(self) -> list[str]:
        return [self.src_combo.itemText(i) for i in range(self.src_combo.count())]

    def _encoding(self) -> str:
        return self.encoding_combo.currentText().strip() or "utf-8"
