"""The Translate tab, driven like a user would: a real toy model in a private store, no mocks.

Waits are on the tab (its state, or its own signals), never ``waitSignal`` on the worker's
signals: PySide6 calls pytest-qt's plain-Python slot on the worker's thread, and a quit that
lands before the wait's event loop starts is lost, so the wait can hang past its timeout.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QToolButton,
)

from s2s_desktop.engine.glossary import Term
from s2s_desktop.engine.model_files import CONFIG_FILE
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.translator import load_translator
from s2s_desktop.gui.attention_view import EMPTY_TEXT, AttentionView, display_piece
from s2s_desktop.gui.first_run_hint import EMPTY_HINT
from s2s_desktop.gui.model_row import BEAM_KEY
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.translate_tab import MODEL_KEY, TranslateTab
from s2s_desktop.gui.workers import TextTranslation
from tests.gui.translating import (
    HELD_OUT,
    LOAD_TIMEOUT,
    TIMEOUT,
    add_toy,
    drop,
    output_of,
    output_path,
    wait_ready,
)
from tests.toy import toy_pairs


def translated(message: str) -> bool:
    """Matches the tab's status line after a reply was shown."""
    return message.startswith("Translated in")


# ---------------------------------------------------------------------- model picker


def test_the_picker_lists_the_model_loads_it_and_remembers_it(trained_toy_model, make_tab, qtbot):
    add_toy(trained_toy_model)
    messages: list[str] = []
    tab = make_tab()
    tab.statusMessage.connect(messages.append)

    assert tab.model_picker.count() == 1
    assert tab.model_picker.itemText(0) == "toy (en \u2192 eo)"
    assert tab.model_picker.itemData(0) == "toy"
    assert tab.current_model() == "toy"
    assert not tab.empty_hint.isVisible() and tab.model_picker.isVisible()
    assert "English" in tab.source_label.text() and "Esperanto" in tab.target_label.text()
    wait_ready(qtbot, tab)
    assert tab.model_status.text() == "Ready: toy, en \u2192 eo"
    assert "Ready: toy, en \u2192 eo" in messages
    assert app_settings().value(MODEL_KEY) == "toy"

    # A second model appears on refresh; the current choice is kept unless another is asked for.
    add_toy(trained_toy_model, "toy2")
    tab.refresh_models()
    assert tab.model_picker.count() == 2 and tab.current_model() == "toy"
    tab.refresh_models(select="toy2")
    assert tab.current_model() == "toy2"
    wait_ready(qtbot, tab, "toy2")
    assert app_settings().value(MODEL_KEY) == "toy2"
    assert tab.model_status.text() == "Ready: toy2, en \u2192 eo"

    # Retrained under the same name (new weights): a refresh loads it again.
    messages.clear()
    weights = ModelStore().models_dir / "toy2" / "model.safetensors"
    os.utime(weights, ns=(weights.stat().st_atime_ns, weights.stat().st_mtime_ns + 10**10))
    tab.refresh_models()
    assert messages == ["Loading toy2\u2026"]
    wait_ready(qtbot, tab, "toy2")
    seen = len(messages)
    tab.refresh_models()  # nothing changed: no reload
    assert not any(m.startswith("Loading") for m in messages[seen:])

    # A new tab (the next start) selects the remembered model.
    again = make_tab()
    assert again.current_model() == "toy2"
    wait_ready(qtbot, again, "toy2")

    # The last models deleted: the memory and the glossary are greyed and empty, as on a first
    # run (the memory named the deleted model's pairs, with Add TMX… enabled).
    assert tab.tools.memory.isEnabled() and tab.tools.glossary.isEnabled()
    for name in ("toy", "toy2"):
        ModelStore().delete(name)
    tab.refresh_models()
    assert tab.empty_hint.isVisible()
    assert not tab.tools.memory.isEnabled() and not tab.tools.glossary.isEnabled()
    assert tab.tools.memory.sources.text() == "" and tab.tools.memory.pair is None


# ---------------------------------------------------------------------- translating text


def test_typing_translates_as_you_type(tab, qtbot):
    source, reference = HELD_OUT[0]
    sent: list[str] = []
    tab._translateRequested.connect(lambda _id, text, _beam: sent.append(text))

    qtbot.keyClicks(tab.source_edit, source)

    qtbot.waitUntil(lambda: output_of(tab) == reference, timeout=TIMEOUT)
    # The typing pause sent a request for the whole sentence, not one per key (a loaded machine
    # may pause mid-typing now and then, so allow a few).
    assert sent[-1] == source and len(sent) <= 3


def test_the_button_and_ctrl_enter_translate_at_once(explicit_tab, qtbot):
    tab = explicit_tab
    (first, first_ref), (second, second_ref) = HELD_OUT[1], HELD_OUT[2]
    tab.source_edit.setPlainText(first)
    qtbot.mouseClick(tab.translate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: output_of(tab) == first_ref, timeout=TIMEOUT)

    tab.source_edit.setPlainText(second)
    tab.source_edit.setFocus()
    qtbot.keyClick(tab.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: output_of(tab) == second_ref, timeout=TIMEOUT)
    assert tab.source_edit.toPlainText() == second  # the shortcut did not insert a newline


def test_each_input_line_gives_one_output_line_and_blank_lines_stay(explicit_tab, qtbot):
    tab = explicit_tab
    lines = [HELD_OUT[3], HELD_OUT[4], HELD_OUT[5]]
    tab.source_edit.setPlainText(f"{lines[0][0]}\n\n{lines[1][0]}\n{lines[2][0]}")
    tab.translate_now()
    expected = [lines[0][1], "", lines[1][1], lines[2][1]]
    qtbot.waitUntil(lambda: output_of(tab).split("\n") == expected, timeout=TIMEOUT)


def test_beam_search_translates_and_each_model_keeps_its_width(
    trained_toy_model, tab, make_tab, qtbot
):
    # A model whose reported BLEU was measured with beam search starts at that width.
    scored = add_toy(trained_toy_model, "scored")
    config = json.loads((scored / CONFIG_FILE).read_text())
    config["metrics"].update(beam=4, greedy_bleu=config["metrics"]["bleu"] - 1)
    (scored / CONFIG_FILE).write_text(json.dumps(config))
    toy_beam = ModelStore().info("toy").scored_beam
    tab.refresh_models()
    assert tab.beam_spin.value() == toy_beam

    source, reference = HELD_OUT[6]
    tab.source_edit.setPlainText(source)
    qtbot.waitUntil(lambda: output_of(tab) == reference, timeout=TIMEOUT)
    beams: list[int] = []
    tab._translateRequested.connect(lambda _id, _text, beam: beams.append(beam))
    with qtbot.waitSignal(tab.statusMessage, timeout=TIMEOUT, check_params_cb=translated):
        tab.beam_spin.setValue(3)  # a new width translates again
    assert beams == [3]
    assert output_of(tab) == reference
    assert app_settings().value(f"{BEAM_KEY}/toy").startswith("3@")

    tab.refresh_models(select="scored")
    assert tab.beam_spin.value() == 4
    wait_ready(qtbot, tab, "scored")
    qtbot.waitUntil(lambda: beams[-1] == 4, timeout=TIMEOUT)  # it translates with that width
    assert app_settings().value(f"{BEAM_KEY}/scored") is None  # not a choice of the user's

    tab.refresh_models(select="toy")
    assert tab.beam_spin.value() == 3  # the width chosen for this model
    wait_ready(qtbot, tab, "toy")
    assert make_tab().beam_spin.value() == 3  # and after a restart

    # A new model under a deleted one's name starts at its own scored width.
    config = json.loads((scored / CONFIG_FILE).read_text())
    app_settings().setValue(f"{BEAM_KEY}/scored", f"2@{config['created']}")
    config["created"] = "2030-01-01T00:00:00+00:00"
    (scored / CONFIG_FILE).write_text(json.dumps(config))
    tab.refresh_models(select="scored")
    assert tab.beam_spin.value() == 4


def test_the_attention_view_shows_the_last_translation(tab, qtbot, screenshots):
    view = tab.attention_view
    assert not view.has_data()
    source, reference = HELD_OUT[7]
    tab.source_edit.setPlainText(f"{HELD_OUT[8][0]}\n{source}")
    qtbot.waitUntil(lambda: view.has_data(), timeout=TIMEOUT)
    assert output_of(tab).split("\n")[-1] == reference

    # The last line's sentence: rows are output pieces (EOS last), columns input pieces.
    rows, cols = view.matrix.shape
    assert (rows, cols) == (len(view.target_pieces), len(view.source_pieces))
    assert view.target_pieces[-1] == view.source_pieces[-1] == "</s>"
    shown = [display_piece(p) for p in view.source_pieces[:-1]]
    words = "".join(text for text, faint in shown if not faint)  # a lone "▁" shows as "·"
    assert words == source.replace(" ", "")
    assert view.matrix.sum(axis=1) == pytest.approx([1.0] * rows, abs=1e-3)
    assert reference.split()[0] in tab.attention_caption.text()

    # Hovering a cell names the pair and its weight.
    tip = view.tooltip_at(view.cell_rect(0, 1).center())
    assert re.fullmatch(r"\S+ \u2192 \S+: \d\.\d\d", tip), tip
    assert view.tooltip_at(QPoint(1, 1)) == ""
    assert view.minimumSizeHint().width() > 100 and view.sizeHint().height() > 100

    tab.grab().save(str(screenshots / "translate-tab.png"))

    # Clearing empties everything, the heatmap included.
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert tab.source_edit.toPlainText() == output_of(tab) == ""
    assert not view.has_data()


def test_a_click_on_a_word_offers_other_words_and_translations(tab, qtbot, screenshots):
    """As DeepL does: click an output word, get the model's other words there (the sentence
    re-decoded after each) and its other translations; a choice replaces that sentence only."""
    first, second = HELD_OUT[3][0], HELD_OUT[4][0]
    tab.source_edit.setPlainText(f"{first.capitalize()}. {second.capitalize()}.")
    qtbot.waitUntil(lambda: tab.output.parts is not None, timeout=TIMEOUT)
    before = output_of(tab)
    parts = tab.output.parts.lines[0]
    assert len(parts) == 2 and before == " ".join(part.text for part in parts)
    # Click the second word of the second sentence.
    column = len(parts[0].text) + 1 + len(parts[1].text.split()[0]) + 1
    cursor = tab.target_edit.textCursor()
    cursor.setPosition(column + 1)
    point = tab.target_edit.cursorRect(cursor).center()
    qtbot.mouseClick(tab.target_edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: tab.output.menu is not None, timeout=TIMEOUT)
    menu = tab.output.menu
    word = parts[1].text.split()[1]
    assert word in menu.accessibleName()
    actions = [a for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
    assert len(actions) >= 2
    qtbot.waitUntil(menu.isVisible, timeout=TIMEOUT)
    menu.grab().save(str(screenshots / "translate-alternatives.png"))
    tab.grab().save(str(screenshots / "translate-tab-alternatives.png"))
    other = actions[0]
    chosen = other.toolTip()
    assert chosen.split()[0] == parts[1].text.split()[0]  # the words before it stay
    assert chosen.split()[1] == other.text() != word  # another word at the clicked place
    other.trigger()
    assert output_of(tab) == f"{parts[0].text} {chosen}"  # the first sentence is untouched

    # The keyboard way: the cursor on a word, Alt+Down.
    tab.output.menu.close()
    cursor.setPosition(1)
    tab.target_edit.setTextCursor(cursor)
    tab.target_edit.setFocus()
    menu = tab.output.menu
    qtbot.keyClick(tab.target_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.output.menu is not menu, timeout=TIMEOUT)
    assert parts[0].text.split()[0] in tab.output.menu.accessibleName()


def test_translations_are_kept_in_a_history_that_brings_them_back(
    trained_toy_model, make_tab, qtbot, monkeypatch, screenshots
):
    monkeypatch.setattr(TranslateTab, "KEEP_MS", 50)
    add_toy(trained_toy_model)
    tab = make_tab()
    wait_ready(qtbot, tab)
    panel = tab.history_panel
    assert panel.list.count() == 0 and not panel.empty_label.isHidden()
    for source, _ in HELD_OUT[10:12]:
        tab.source_edit.setPlainText(source)
        qtbot.waitUntil(
            lambda source=source: panel.list.count() and source in panel.list.item(0).text(),
            timeout=TIMEOUT,
        )
    assert panel.list.count() == 2 and panel.empty_label.isHidden()
    assert "toy (en \u2192 eo)" in panel.list.item(0).text()
    tab.tools.setCurrentWidget(panel)
    tab.grab().save(str(screenshots / "translate-history.png"))

    # Searching narrows it; a click only selects (reading an entry keeps what is typed); a
    # double-click brings the text back and translates it again, and Ctrl+Z undoes that.
    panel.search_edit.setText(HELD_OUT[10][0].split()[1])
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=TIMEOUT)
    tab.source_edit.setPlainText("the text being typed")
    where = panel.list.visualItemRect(panel.list.item(0)).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert tab.source_edit.toPlainText() == "the text being typed"
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert tab.source_edit.toPlainText() == HELD_OUT[10][0]
    qtbot.waitUntil(lambda: output_of(tab) == HELD_OUT[10][1], timeout=TIMEOUT)
    tab.source_edit.undo()
    assert tab.source_edit.toPlainText() == "the text being typed"
    tab.source_edit.redo()

    # Off: nothing more is kept; Clear forgets everything after asking.
    panel.search_edit.clear()
    panel.enabled_box.setChecked(False)
    tab.source_edit.setPlainText(HELD_OUT[12][0])
    qtbot.waitUntil(lambda: output_of(tab) == HELD_OUT[12][1], timeout=TIMEOUT)
    qtbot.wait(200)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=TIMEOUT)
    assert not app_settings().value("history/enabled", True, type=bool)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0 and panel.history.count() == 0


def test_renaming_the_loaded_model_keeps_it_loaded_and_the_history_single(
    trained_toy_model, make_tab, qtbot, monkeypatch
):
    monkeypatch.setattr(TranslateTab, "KEEP_MS", 50)
    add_toy(trained_toy_model)
    tab = make_tab()
    wait_ready(qtbot, tab)
    messages: list[str] = []
    tab.statusMessage.connect(messages.append)
    panel = tab.history_panel
    source, target = HELD_OUT[13]
    tab.source_edit.setPlainText(source)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=TIMEOUT)

    # As the Models tab does: rename the folder and the history's entries, then every picker
    # and the history re-read them.
    messages.clear()
    ModelStore().rename("toy", "toy-new")
    panel.history.rename_model("toy", "toy-new")
    tab.refresh_models()
    panel.refresh()
    assert tab.current_model() == "toy-new"
    assert tab.model_status.text() == "Ready: toy-new, en \u2192 eo"
    assert app_settings().value(MODEL_KEY) == "toy-new"
    qtbot.wait(500)  # a reload would translate again and keep the text a second time
    assert not any(m.startswith(("Loading", "Translated")) for m in messages)
    assert panel.list.count() == 1 and output_of(tab) == target

    # The new name translates and is kept; the renamed entry brings its text back.
    tab.source_edit.setPlainText(HELD_OUT[14][0])
    qtbot.waitUntil(lambda: "toy-new (en" in panel.list.item(0).text(), timeout=TIMEOUT)
    tab.restore(panel.history.search()[-1])
    assert tab.current_model() == "toy-new" and tab.source_edit.toPlainText() == source
    qtbot.waitUntil(lambda: output_of(tab) == target, timeout=TIMEOUT)
    assert not any("no longer stored" in m for m in messages)

    # Retrained under its new name: the weights stamp still reloads it.
    weights = ModelStore().models_dir / "toy-new" / "model.safetensors"
    os.utime(weights, ns=(weights.stat().st_atime_ns, weights.stat().st_mtime_ns + 10**10))
    messages.clear()
    tab.refresh_models()
    assert messages == ["Loading toy-new\u2026"]
    wait_ready(qtbot, tab, "toy-new")


def test_a_glossary_term_is_placed_marked_and_an_unplaceable_one_flagged(tab, qtbot, screenshots):
    panel = tab.glossary_panel
    assert panel.isEnabled() and "en \u2192 eo" in panel.title.text()
    source, reference = "the big cat sees a dog", "la kato granda vidas unu hundo"
    tab.source_edit.setPlainText(source)
    qtbot.waitUntil(lambda: output_of(tab) == reference, timeout=TIMEOUT)
    assert tab.target_edit.extraSelections() == []

    # The user's term: "cat" is "arbo" for them (a word the model would never write there).
    panel.glossary.add(Term("cat", "arbo"))
    panel.glossary.add(Term("dog", " ".join(["urbo"] * 40)))  # longer than any translation
    panel.glossary.save()
    panel.glossary_changed.emit(panel.glossary)
    qtbot.waitUntil(lambda: "arbo" in output_of(tab), timeout=TIMEOUT)
    marks = tab.target_edit.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["arbo"]
    assert tab.message_bar.kind == "info" and "dog \u2192 urbo" in tab.message_bar.text()
    tab.tools.setCurrentWidget(panel)
    panel.set_pair("en", "eo")  # shows the saved terms
    tab.grab().save(str(screenshots / "translate-glossary.png"))

    # Without the terms, the model's own translation comes back and the notice goes.
    panel.glossary.set_terms([])
    panel.glossary_changed.emit(panel.glossary)
    qtbot.waitUntil(lambda: output_of(tab) == reference, timeout=TIMEOUT)
    assert tab.target_edit.extraSelections() == [] and tab.message_bar.kind == ""


def test_the_memory_indexes_the_training_data_and_offers_its_matches(tab, qtbot, screenshots):
    """The model's own training pairs are indexed in the background the first time it loads;
    typing a sentence near one of them lists it with its score, and Use puts it in."""
    memory = tab.memory
    qtbot.waitUntil(lambda: memory.sources.text().startswith("Memory: "), timeout=LOAD_TIMEOUT)
    assert "pairs from toy-corpus" in memory.sources.text() and not memory.job.busy
    source, target = toy_pairs(3000, seed=1)[5]
    near = source.replace(source.split()[-1], "bird")  # one word changed
    tab.source_edit.setPlainText(f"{HELD_OUT[0][0]}\n{near}")
    tab.source_edit.moveCursor(tab.source_edit.textCursor().MoveOperation.End)
    qtbot.waitUntil(lambda: bool(memory.panel.matches()), timeout=TIMEOUT)
    best = memory.panel.matches()[0]
    assert best.source == source and best.target == target and 70 <= best.score < 100
    assert tab.tools.tabText(tab.tools.indexOf(memory)).startswith("&Memory (")
    tab.tools.setCurrentWidget(memory)
    tab.grab().save(str(screenshots / "translate-memory.png"))
    qtbot.waitUntil(lambda: len(output_of(tab).split("\n")) == 2, timeout=TIMEOUT)
    first_line = output_of(tab).split("\n")[0]
    use = memory.panel.rows[0].findChild(QToolButton, "memoryUse")
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    lines = output_of(tab).split("\n")
    assert lines == [first_line, target]  # only that sentence

    # The matches follow the cursor: to the first line (its own, if any), back to the second.
    def best_source() -> str | None:
        found = memory.panel.matches()
        return found[0].source if found else None

    tab.source_edit.moveCursor(tab.source_edit.textCursor().MoveOperation.Start)
    qtbot.waitUntil(lambda: best_source() != source, timeout=TIMEOUT)
    tab.source_edit.moveCursor(tab.source_edit.textCursor().MoveOperation.End)
    qtbot.waitUntil(lambda: best_source() == source, timeout=TIMEOUT)


def test_stale_requests_are_dropped_unrun(explicit_tab, qtbot):
    tab = explicit_tab
    replies: list[int] = []
    tab.worker.translated.connect(lambda request_id, _: replies.append(request_id))

    # Hold the worker's thread so the requests pile up behind it, as when it is busy.
    busy, release = threading.Event(), threading.Event()
    QTimer.singleShot(0, tab.worker, lambda: (busy.set(), release.wait(TIMEOUT / 1000)))
    qtbot.waitUntil(busy.is_set)
    try:
        for index in (9, 10, 11, 12):
            tab.source_edit.setPlainText(HELD_OUT[index][0])
            tab.translate_now()
    finally:
        release.set()
    last = tab.worker.latest_request

    qtbot.waitUntil(lambda: output_of(tab) == HELD_OUT[12][1], timeout=TIMEOUT)
    # Only the latest request was computed: the three before it were dropped unrun.
    assert replies == [last]
    # And a reply that is not the latest (here, forged) is never shown.
    tab.on_translated(last - 1, TextTranslation("x", ["stale"]))
    assert output_of(tab) == HELD_OUT[12][1]


# ---------------------------------------------------------------------- swap, copy, clear


def test_swap_copy_and_clear(trained_toy_model, make_tab, qtbot):
    add_toy(trained_toy_model)
    reverse = add_toy(trained_toy_model, "toy-back")
    config = json.loads((reverse / CONFIG_FILE).read_text(encoding="utf-8"))
    config["src_lang"], config["tgt_lang"] = "eo", "en"
    (reverse / CONFIG_FILE).write_text(json.dumps(config), encoding="utf-8")
    app_settings().setValue(MODEL_KEY, "toy")
    tab = make_tab()
    wait_ready(qtbot, tab)
    source, reference = HELD_OUT[12]
    tab.source_edit.setPlainText(source)
    qtbot.mouseClick(tab.swap_button, Qt.MouseButton.LeftButton)  # no output yet: nothing to swap
    assert tab.source_edit.toPlainText() == source and tab.current_model() == "toy"
    qtbot.waitUntil(lambda: output_of(tab) == reference, timeout=TIMEOUT)

    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == reference

    # Swap: the output becomes the input, and the eo → en model is chosen.
    qtbot.mouseClick(tab.swap_button, Qt.MouseButton.LeftButton)
    assert tab.source_edit.toPlainText() == reference
    assert tab.current_model() == "toy-back"
    assert "Esperanto" in tab.source_label.text() and "English" in tab.target_label.text()
    wait_ready(qtbot, tab, "toy-back")
    qtbot.waitUntil(lambda: output_of(tab) != "", timeout=TIMEOUT)  # (nonsense: a fake model)

    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert tab.source_edit.toPlainText() == output_of(tab) == ""
    assert not tab.attention_view.has_data()


def test_swap_without_a_reverse_model_says_so_and_changes_nothing(tab, qtbot):
    source, reference = HELD_OUT[14]
    tab.source_edit.setPlainText(source)
    qtbot.waitUntil(lambda: output_of(tab) == reference, timeout=TIMEOUT)
    qtbot.mouseClick(tab.swap_button, Qt.MouseButton.LeftButton)
    assert tab.source_edit.toPlainText() == source and output_of(tab) == reference
    assert tab.current_model() == "toy"
    assert tab.message_bar.text().startswith(
        "There is no eo \u2192 en model to translate back with, so nothing was swapped"
    )


def test_a_model_that_writes_nothing_says_why(tab, qtbot):
    """Early in training a model may end every sentence at once: the tab says so."""
    tab._request_id += 1
    tab.on_translated(tab._request_id, TextTranslation(source="a cat\n\na dog", lines=["", "", ""]))
    assert tab.message_bar.kind == "info"
    assert tab.message_bar.text().startswith("toy wrote nothing for this text. A model early")
    tab.on_translated(tab._request_id, TextTranslation(source="a\nb", lines=["la", ""]))
    assert tab.message_bar.text().startswith("toy wrote nothing for 1 of 2 lines.")
    tab.on_translated(tab._request_id, TextTranslation(source="a", lines=["la"]))
    assert not tab.message_bar.isVisible()


def test_typing_during_a_file_translation_says_it_waits(tab, qtbot, tmp_path, monkeypatch):
    source = tmp_path / "long.txt"
    source.write_text("".join(s + "\n" for s, _ in HELD_OUT * 60), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(source), ""))
    qtbot.mouseClick(tab.file_button, Qt.MouseButton.LeftButton)
    assert tab.is_busy()
    tab.source_edit.setPlainText(HELD_OUT[3][0])
    tab.translate_now()
    qtbot.waitUntil(
        lambda: (
            tab.model_status.text() == "Translating\u2026 (after the file being translated)"
            or output_of(tab) == HELD_OUT[3][1]
        ),
        timeout=TIMEOUT,
    )
    assert tab.is_busy(), "the file ended before the sign could show: make it longer"
    qtbot.waitUntil(lambda: output_of(tab) == HELD_OUT[3][1], timeout=60_000)
    assert tab.model_status.text().startswith("Ready: toy")


# ---------------------------------------------------------------------- files


def test_a_file_is_translated_beside_itself(tab, qtbot, tmp_path, monkeypatch):
    pairs = HELD_OUT[13:23]
    source = tmp_path / "notes.txt"
    source.write_text(
        "".join(s + "\n" for s, _ in pairs[:5]) + "\n" + "".join(s + "\n" for s, _ in pairs[5:]),
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(source), ""))

    qtbot.mouseClick(tab.file_button, Qt.MouseButton.LeftButton)
    assert tab.is_busy() and tab.file_row.isVisible()
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=TIMEOUT)

    target = output_path(source, "eo")
    assert target.name == "notes.eo.txt"
    expected = [t for _, t in pairs[:5]] + [""] + [t for _, t in pairs[5:]]
    assert target.read_text(encoding="utf-8").splitlines() == expected
    assert not tab.is_busy() and not tab.file_row.isVisible()
    assert tab.message_bar.kind == "success" and "notes.eo.txt" in tab.message_bar.text()
    assert app_settings().value("translate/fileDir") == str(tmp_path)


def test_a_document_dropped_on_the_source_box_is_translated_after_asking_to_replace(
    tab, qtbot, tmp_path, monkeypatch, screenshots
):
    source = tmp_path / "page.html"
    source.write_text("<p>the <b>big</b> cat sees a dog</p>", encoding="utf-8")
    target = output_path(source, "eo")
    target.write_text("an earlier translation", encoding="utf-8")
    asked = []
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])

    def question(*args, **kwargs):
        asked.append(args[2])
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    drop(tab, source)
    assert asked and not tab.is_busy(), tab.message_bar.text()  # "Cancel": nothing happens
    assert "page.eo.html exists already" in asked[0]
    assert target.read_text(encoding="utf-8") == "an earlier translation"
    drop(tab, source)  # "Yes"
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=TIMEOUT)
    assert "<b>granda</b>" in target.read_text(encoding="utf-8")
    assert tab.message_bar.kind == "success" and "page.eo.html" in tab.message_bar.text()
    assert tab.source_edit.toPlainText() == ""  # the drop did not paste the path
    tab.grab().save(str(screenshots / "translate-tab-document.png"))


def test_a_document_in_another_encoding_asks_for_it(tab, qtbot, tmp_path, monkeypatch):
    source = tmp_path / "old.txt"
    source.write_bytes("the café cat sees a dog\n".encode("latin-1"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("latin-1", True))
    tab.translate_file(str(source))
    qtbot.waitUntil(lambda: output_path(source, "eo").exists(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=TIMEOUT)
    assert output_path(source, "eo").read_bytes().decode("latin-1").startswith("la kato")
    assert tab.message_bar.kind == "success"


def test_a_long_file_can_be_cancelled_and_a_second_job_waits(tab, qtbot, tmp_path, screenshots):
    source = tmp_path / "long.txt"
    source.write_text("".join(s + "\n" for s, _ in toy_pairs(6000, seed=77)), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("the cat\n", encoding="utf-8")

    tab.translate_file(str(source))
    qtbot.waitUntil(lambda: tab.file_progress.value() > 0, timeout=TIMEOUT)
    assert tab.is_busy()
    assert (
        "long.txt" in tab.file_label.text() and "of 6,000 sentences" in tab.file_progress.format()
    )

    tab.translate_file(str(other))  # refused while the first runs
    assert "still being translated" in tab.message_bar.text()
    assert not tab.file_button.isEnabled()
    tab.grab().save(str(screenshots / "translate-tab-file.png"))

    qtbot.mouseClick(tab.cancel_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=TIMEOUT)
    assert tab.message_bar.kind == "info" and "Cancelled long.txt" in tab.message_bar.text()
    assert not output_path(source, "eo").exists() and not output_path(other, "eo").exists()

    # The tab keeps working afterwards.
    source_text, reference = HELD_OUT[23]
    tab.source_edit.setPlainText(source_text)
    qtbot.waitUntil(lambda: output_of(tab) == reference, timeout=TIMEOUT)


# ---------------------------------------------------------------------- empty and broken


def test_an_empty_store_shows_the_hint_until_a_model_arrives(
    trained_toy_model, make_tab, qtbot, screenshots
):
    tab = make_tab()
    assert tab.empty_hint.isVisible() and not tab.model_row.isVisible()
    hint = tab.findChild(QLabel, "emptyHintText").text()
    assert re.sub("<[^>]+>", "", hint) == EMPTY_HINT
    assert not tab.source_edit.isEnabled() and not tab.translate_button.isEnabled()
    tab.grab().save(str(screenshots / "translate-tab-empty.png"))

    with qtbot.waitSignal(tab.trainRequested, timeout=1000):
        qtbot.mouseClick(tab.train_button, Qt.MouseButton.LeftButton)
    assert tab.sample_button.isVisible() and tab.sample_button.isDefault()
    with qtbot.waitSignal(tab.sampleRequested, timeout=1000):
        qtbot.mouseClick(tab.sample_button, Qt.MouseButton.LeftButton)

    add_toy(trained_toy_model)
    tab.refresh_models()
    assert not tab.empty_hint.isVisible() and tab.model_row.isVisible()
    assert tab.source_edit.isEnabled() and tab.current_model() == "toy"
    wait_ready(qtbot, tab)


def test_a_damaged_model_shows_a_message_and_the_tab_keeps_working(
    trained_toy_model, make_tab, qtbot, screenshots
):
    add_toy(trained_toy_model)
    broken = add_toy(trained_toy_model, "broken")
    (broken / CONFIG_FILE).write_text(
        json.dumps({"src_lang": "en", "tgt_lang": "eo", "model": "garbage"}), encoding="utf-8"
    )
    app_settings().setValue(MODEL_KEY, "broken")
    tab = make_tab()
    assert tab.current_model() == "broken"

    qtbot.waitUntil(lambda: tab.message_bar.kind == "error", timeout=LOAD_TIMEOUT)
    assert "config.json" in tab.message_bar.text()
    assert tab.model_status.text() == "\u26a0 Could not load broken"
    assert not tab.translate_button.isEnabled() and not tab.file_button.isEnabled()
    tab.grab().save(str(screenshots / "translate-tab-broken-model.png"))
    tab.source_edit.setPlainText(HELD_OUT[24][0])
    tab.translate_now()  # nothing to translate with: no request, no crash
    assert output_of(tab) == ""

    ready: list[str] = []  # what the server switch is told to serve
    tab.modelReady.connect(ready.append)
    tab.model_picker.setCurrentIndex(tab.model_picker.findData("toy"))
    wait_ready(qtbot, tab)
    qtbot.waitUntil(lambda: output_of(tab) == HELD_OUT[24][1], timeout=TIMEOUT)
    assert not tab.message_bar.isVisible() and ready == ["toy"]

    # Back to the broken one: toy's translation does not stay under its name.
    tab.model_picker.setCurrentIndex(tab.model_picker.findData("broken"))
    qtbot.waitUntil(lambda: tab.message_bar.kind == "error", timeout=LOAD_TIMEOUT)
    assert output_of(tab) == "" and not tab.attention_view.has_data()
    assert ready == ["toy"]  # a model that does not load is not served in its place


def test_the_attention_view_alone(qtbot):
    view = AttentionView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    assert not view.has_data() and "Translate something" in EMPTY_TEXT
    assert view.grab().width() == 500  # paints its empty state without data

    pieces = [f"\u2581word{i}" for i in range(60)] + ["</s>"]
    view.set_data(pieces, ["\u2581a", "\u2581", "</s>"], [[1 / 61] * 61] * 3)
    assert view.matrix.shape == (3, 61)
    # Too long to fit 500 pixels: it asks for room (a scroll area scrolls) instead of shrinking.
    assert view.minimumSizeHint().width() >= 61 * AttentionView.MIN_CELL
    assert display_piece("\u2581") == ("\u00b7", True)
    assert display_piece("\u2581cat") == ("cat", False)
    view.grab()

    # A mismatch between labels and matrix never breaks painting.
    view.set_data(["a"], ["b", "c"], [[0.5, 0.5], [1.0, 0.0]])
    assert view.source_pieces == ["a", ""] and view.grab().height() == 300


# ---------------------------------------------------------------------- Argos Translate


def test_an_argos_model_translates_and_says_it_has_no_attention(
    argos_package, make_tab, qtbot, screenshots
):
    ModelStore().import_(argos_package)
    text = f"{HELD_OUT[0][0]}\n{HELD_OUT[1][0]}. {HELD_OUT[2][0]}."
    expected = load_translator("argos-en-eo", device="cpu").translate(text.split("\n"))
    tab = make_tab()
    wait_ready(qtbot, tab, "argos-en-eo")
    assert tab.model_picker.currentData() == "argos-en-eo"

    tab.source_edit.setPlainText(text)
    tab.translate_now()
    qtbot.waitUntil(lambda: output_of(tab) == "\n".join(expected), timeout=TIMEOUT)
    assert all(expected)
    assert not tab.attention_view.has_data()
    assert "imported from Argos Translate" in tab.attention_view.empty_text
    assert "no attention to show" in tab.attention_view.empty_text
    tab.grab().save(str(screenshots / "translate-tab-argos.png"))


def test_an_argos_model_without_ctranslate2_says_how_to_install_it(
    argos_package, make_tab, qtbot, monkeypatch
):
    monkeypatch.setitem(sys.modules, "ctranslate2", None)  # `import ctranslate2` fails
    ModelStore().import_(argos_package)
    tab = make_tab()
    qtbot.waitUntil(lambda: tab.message_bar.kind == "error", timeout=LOAD_TIMEOUT)
    assert "pip install ctranslate2" in tab.message_bar.text()
    assert tab.model_status.text() == "\u26a0 Could not load argos-en-eo"
