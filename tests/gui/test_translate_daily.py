"""The Translate tab as a translator lives in it all day: Copy never copies a stale
translation or empties the clipboard, a dropped file of the wrong kind is refused with a
sentence, the split between text and tools is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.translating import HELD_OUT, TIMEOUT, drop, output_of


def test_copy_after_an_edit_copies_the_new_texts_translation(explicit_tab, qtbot):
    tab = explicit_tab
    messages: list[str] = []
    tab.statusMessage.connect(messages.append)
    (first, first_out), (second, second_out) = HELD_OUT[20], HELD_OUT[21]
    tab.source_edit.setPlainText(first)
    tab.translate_now()
    qtbot.waitUntil(lambda: output_of(tab) == first_out, timeout=TIMEOUT)
    tab.source_edit.setPlainText(second)  # pasted over; its typing pause has not ended
    QApplication.clipboard().setText("kept")
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "kept"  # never the first text's translation
    assert messages[-1] == "Copying once the text is translated\u2026"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == second_out, timeout=TIMEOUT)
    assert messages[-1] == "Copied the translation."


def test_an_early_copy_gives_way_to_anything_copied_meanwhile_or_to_a_long_wait(
    explicit_tab, qtbot, monkeypatch
):
    """A translation that came after the user copied something else, or long after Copy
    (behind a document: minutes), never replaces what the clipboard holds then."""
    tab = explicit_tab
    messages: list[str] = []
    tab.statusMessage.connect(messages.append)
    (first, first_out), (second, second_out) = HELD_OUT[23], HELD_OUT[24]
    tab.source_edit.setPlainText(first)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    QApplication.clipboard().setText("copied in another app")  # before the answer came
    qtbot.waitUntil(lambda: output_of(tab) == first_out, timeout=TIMEOUT)
    qtbot.wait(50)
    assert QApplication.clipboard().text() == "copied in another app"

    monkeypatch.setattr("s2s_desktop.gui.pending_copy.LONGEST_WAIT_S", 0.0)
    tab.source_edit.setPlainText(second)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: output_of(tab) == second_out, timeout=TIMEOUT)
    assert QApplication.clipboard().text() == "copied in another app"
    # (the memory's indexing may say its count meanwhile)
    assert any(m.startswith("Not copied: the translation came long after") for m in messages)


def test_copy_after_a_beam_change_waits_for_that_beams_translation(explicit_tab, qtbot):
    tab = explicit_tab
    source, target = HELD_OUT[22]
    tab.source_edit.setPlainText(source)
    tab.translate_now()
    qtbot.waitUntil(lambda: output_of(tab) == target, timeout=TIMEOUT)
    tab.beam_spin.setValue(tab.beam_spin.value() + 1)  # the output is the old beam's now
    QApplication.clipboard().setText("kept")
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "kept"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == target, timeout=TIMEOUT)


def test_copy_with_nothing_translated_leaves_the_clipboard_alone(explicit_tab, qtbot):
    QApplication.clipboard().setText("what the user copied before")
    qtbot.mouseClick(explicit_tab.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "what the user copied before"


def test_a_dropped_file_of_another_kind_is_refused_with_a_sentence(tab, tmp_path):
    manual = tmp_path / "manual.pdf"
    manual.write_bytes(b"%PDF-1.7\n")
    drop(tab, manual)
    assert tab.source_edit.toPlainText() == "" and not tab.is_busy()
    assert tab.message_bar.kind == "error"
    assert tab.message_bar.text().startswith(
        "manual.pdf is not a kind of document the app translates; it reads .txt"
    )
    notes = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in notes:
        path.write_text("the cat\n", encoding="utf-8")
    drop(tab, *notes)
    assert tab.message_bar.text() == "Drop one document at a time; 2 were dropped."
    assert tab.source_edit.toPlainText() == "" and not tab.is_busy()


def test_the_split_between_text_and_tools_and_the_open_tool_are_remembered(make_tab, qtbot):
    first = make_tab()
    assert first.splitter.sizes()[0] > first.splitter.sizes()[1]  # the text gets more room
    first.splitter.moveSplitter(200, 1)
    first.splitter.splitterMoved.emit(200, 1)  # as a drag by the user says it
    first.tools.setCurrentWidget(first.history_panel)
    sizes = first.splitter.sizes()
    second = make_tab()
    assert second.splitter.sizes() == sizes
    assert second.tools.currentWidget() is second.history_panel


def test_a_file_dropped_while_the_model_loads_waits_for_it_and_none_says_so(
    trained_toy_model, make_tab, qtbot, tmp_path
):
    """Dropped before the model had loaded, a file was refused ("Choose a model that loads")
    and forgotten; with no model at all the same sentence named nothing to do."""
    from tests.gui.translating import add_toy, output_path

    empty = make_tab()
    note = tmp_path / "note.txt"
    note.write_text("the cat\n", encoding="utf-8")
    drop(empty, note)
    assert empty.message_bar.kind == "error"
    assert empty.message_bar.text().startswith("There is no model to translate with yet")

    add_toy(trained_toy_model)
    tab = make_tab()
    assert tab.documents._model() is None  # still loading
    drop(tab, note)
    assert tab.message_bar.text() == "note.txt will be translated once the model has loaded."
    translated = output_path(note, "eo")
    qtbot.waitUntil(translated.exists, timeout=30_000)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=TIMEOUT)
    assert translated.read_text(encoding="utf-8").strip()


def test_a_document_in_a_folder_that_takes_no_file_is_saved_where_the_user_says(
    tab, qtbot, tmp_path, monkeypatch
):
    """The sentence told the user to choose another place, which the window never let them
    do: it now asks where to save (cancelled: the sentence, nothing written)."""
    from s2s_desktop.engine.errors import UserError

    locked, elsewhere = tmp_path / "locked", tmp_path / "elsewhere"
    locked.mkdir()
    elsewhere.mkdir()
    note = locked / "note.txt"
    note.write_text("the cat\n", encoding="utf-8")

    def check_writable(output):
        if output.parent == locked:  # as a read-only mount is, even for root
            raise UserError(f"Cannot write in {locked} (Read-only file system); choose …")

    monkeypatch.setattr("s2s_desktop.gui.document_jobs.check_writable", check_writable)
    asked = []
    monkeypatch.setattr(tab.documents, "_ask_where_to_save", lambda out: asked.append(out))
    drop(tab, note)
    assert tab.message_bar.text().startswith(f"Cannot write in {locked}") and not tab.is_busy()
    assert asked == [locked / "note.eo.txt"]
    chosen = elsewhere / "mine.eo.txt"
    monkeypatch.setattr(tab.documents, "_ask_where_to_save", lambda out: chosen)
    drop(tab, note)
    qtbot.waitUntil(chosen.exists, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=TIMEOUT)
    assert chosen.read_text(encoding="utf-8").strip() and list(locked.iterdir()) == [note]


def test_typed_numbers_urls_placeholders_and_symbols_come_back_as_documents_keep_them(
    explicit_tab, qtbot
):
    """Typed text went to the model as it was: "42", a URL, "%s" and "€" were rewritten or
    dropped, where a .txt of the same line kept them."""
    tab = explicit_tab
    source, target = HELD_OUT[25]
    kept = "the cat sees 42 dogs at https://example.org/a?b=1 with %s and €"
    tab.source_edit.setPlainText(f"{source}\n{kept}\n7")
    tab.translate_now()
    qtbot.waitUntil(lambda: output_of(tab).count("\n") == 2, timeout=TIMEOUT)
    first, second, third = output_of(tab).split("\n")
    assert first == target  # a sentence with nothing kept: as before
    for item in ("42", "https://example.org/a?b=1", "%s", "€"):
        assert second.count(item) == 1, (item, second)
    assert "kato" in second and third == "7"


def test_typed_indentation_and_bullets_stay_and_a_word_after_them_offers_choices(
    explicit_tab, qtbot
):
    """A pasted list came back flat: indentation lost, "•" dropped by the model."""
    tab = explicit_tab
    source, target = HELD_OUT[25]
    tab.source_edit.setPlainText(f"- {source}\n    \u2022 {source}\n\t{source}")
    tab.translate_now()
    qtbot.waitUntil(lambda: output_of(tab).count("\n") == 2, timeout=TIMEOUT)
    assert output_of(tab).split("\n") == [f"- {target}", f"    \u2022 {target}", f"\t{target}"]
    parts = tab.output.parts
    assert parts.locate(1, 4) is None  # on the bullet: no word to offer choices for
    assert parts.locate(1, 6) == (0, 0)  # the translation's first character


def test_a_new_file_clears_the_last_files_sentence_even_when_its_replace_is_cancelled(
    tab, qtbot, tmp_path, monkeypatch
):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    messages: list[str] = []
    tab.statusMessage.connect(messages.append)
    drop(tab, broken)
    qtbot.waitUntil(lambda: tab.message_bar.kind == "error" and not tab.is_busy(), timeout=TIMEOUT)
    assert messages[-1] == "File not translated."  # the sentence once, in the message bar
    note = tmp_path / "note.txt"
    note.write_text("the cat\n", encoding="utf-8")
    (tmp_path / "note.eo.txt").write_text("kept\n", encoding="utf-8")
    monkeypatch.setattr(tab.documents, "_confirm_replace", lambda output: False)
    drop(tab, note)
    assert tab.message_bar.kind == "" and not tab.is_busy()  # no "broken.docx cannot be read"
    assert (tmp_path / "note.eo.txt").read_text(encoding="utf-8") == "kept\n"
