"""The Glossary panel: add, edit, delete, import and export terms; every change saved at once."""

import os

from PySide6.QtCore import Qt

from s2s_desktop.engine.glossary import Glossary, Term
from s2s_desktop.gui.glossary_panel import GlossaryPanel


def make_panel(qtbot, src="en", tgt="es"):
    panel = GlossaryPanel(src, tgt)
    qtbot.addWidget(panel)
    panel.resize(640, 360)
    panel.show()
    return panel


def shoot(panel, screenshots, name):
    if os.environ.get("S2S_SCREENSHOTS"):
        assert panel.grab().save(str(screenshots / name))


def test_an_empty_glossary_says_what_it_does_and_typed_terms_are_saved(qtbot, screenshots):
    panel = make_panel(qtbot)
    assert panel.pages.currentWidget() is panel.empty_page and "Add term" in panel.empty.text()
    assert not panel.export_button.isEnabled()
    shoot(panel, screenshots, "glossary_empty.png")

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.pages.currentWidget() is panel.table and panel.table.rowCount() == 1
    panel.table.item(0, 0).setText("hard disk")  # as the in-place editor commits it
    assert "Row 1" in panel.message.text() and not Glossary.load("en", "es").terms
    with qtbot.waitSignal(panel.glossary_changed) as changed:
        panel.table.item(0, 1).setText("disco duro")
    assert changed.args[0].terms == [Term("hard disk", "disco duro")]
    assert Glossary.load("en", "es").terms == [Term("hard disk", "disco duro")]
    assert not panel.message.isVisible()

    panel.table.item(0, 2).setText("storage")
    assert Glossary.load("en", "es").terms == [Term("hard disk", "disco duro", "storage")]
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert Glossary.load("en", "es").terms == []
    assert panel.pages.currentWidget() is panel.empty_page


def test_import_fills_the_table_and_export_writes_it(qtbot, tmp_path, screenshots):
    Glossary("en", "es", [Term("king", "monarca")]).save()
    panel = make_panel(qtbot)
    assert panel.table.rowCount() == 1
    source = tmp_path / "terms.csv"
    source.write_text(
        "source,target,note\nking,rey,not monarca\nhard disk,disco duro,\n"
        '"server, primary",servidor principal,a comma inside quotes\n',
        encoding="utf-8",
    )
    panel.choose_import_path = lambda: source
    with qtbot.waitSignal(panel.glossary_changed):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    cells = [[panel.table.item(r, c).text() for c in range(3)] for r in range(3)]
    assert cells[0] == ["king", "rey", "not monarca"]
    assert cells[2][0] == "server, primary"
    assert panel.message.text() == "Imported 2 new terms from terms.csv, 1 updated."
    assert len(Glossary.load("en", "es").terms) == 3
    shoot(panel, screenshots, "glossary_terms.png")

    target = tmp_path / "out.tsv"
    panel.choose_export_path = lambda: target
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8").splitlines()[1] == "king\trey\tnot monarca"
    assert panel.message.text() == "Exported 3 terms to out.tsv."


def test_a_bad_file_is_one_sentence_in_the_panel_and_changes_nothing(qtbot, tmp_path, screenshots):
    panel = make_panel(qtbot)
    bad = tmp_path / "bad.tsv"
    bad.write_text("king\nqueen\n", encoding="utf-8")  # no line holds a term: the wrong file
    panel.choose_import_path = lambda: bad
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    text = panel.message.text()
    assert panel.message.isVisible() and "bad.tsv line 1" in text and text.count(".") <= 3
    assert panel.table.rowCount() == 0 and not Glossary.load("en", "es").path.exists()
    shoot(panel, screenshots, "glossary_error.png")


def test_lines_without_both_terms_are_skipped_and_named_the_rest_imported(qtbot, tmp_path):
    panel = make_panel(qtbot)
    mixed = tmp_path / "mixed.tsv"
    mixed.write_text("king\trey\nqueen\n\tsolo\nprinter\timpresora\n", encoding="utf-8")
    panel.choose_import_path = lambda: mixed
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == (
        "Imported 2 new terms from mixed.tsv. Lines 2, 3 were skipped: each term needs a "
        "source and a target."
    )
    assert [term.source for term in Glossary.load("en", "es").terms] == ["king", "printer"]


def test_switching_the_pair_shows_that_pairs_glossary(qtbot):
    Glossary("en", "de", [Term("server", "Server")]).save()
    panel = make_panel(qtbot)
    panel.set_pair("en", "de")
    assert panel.table.item(0, 1).text() == "Server"
    assert panel.table.horizontalHeaderItem(1).text() == "Target term (de)"


def test_a_stored_glossary_that_cannot_be_read_is_never_saved_over(qtbot):
    stored = Glossary("en", "fr").path
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_text("server\tserveur\nbroken row\n", encoding="utf-8")
    panel = make_panel(qtbot)
    panel.set_pair("en", "fr")
    assert panel.message.isVisible() and "Nothing is changed until it can be read" in (
        panel.message.text()
    )
    assert not panel.table.isEnabled() and not panel.add_button.isEnabled()
    assert not panel.import_button.isEnabled()
    assert stored.read_text(encoding="utf-8") == "server\tserveur\nbroken row\n"
    panel.set_pair("en", "es")  # a readable (empty) pair: editable again
    assert panel.table.isEnabled() and panel.add_button.isEnabled()


def test_an_import_names_the_rows_that_repeat_a_term_and_keeps_the_first(qtbot, tmp_path):
    Glossary("en", "es", [Term("printer", "impresora")]).save()
    panel = make_panel(qtbot)
    source = tmp_path / "dups.tsv"
    source.write_text(
        "file\tfichero\nFile\tarchivo\nfile\tdocumento\nprinter\tplotter\n", encoding="utf-8"
    )
    panel.choose_import_path = lambda: source
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == (
        "Imported 1 new term from dups.tsv, 1 updated. 2 rows that repeat a term were skipped "
        "(the first row counts)."
    )
    assert Glossary.load("en", "es").terms == [
        Term("printer", "plotter"),
        Term("file", "fichero"),
    ]


def test_a_row_still_waiting_for_a_term_survives_an_import_and_a_switch_of_pair(
    qtbot, tmp_path, screenshots
):
    Glossary("en", "es", [Term("cat", "gato")]).save()
    Glossary("en", "de", [Term("server", "Server")]).save()
    panel = make_panel(qtbot)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.table.item(1, 0).setText("tree")  # typed, but no target yet: not saved
    source = tmp_path / "terms.tsv"
    source.write_text("dog\tperro\tnote1\ncar\tcoche\t\n", encoding="utf-8")
    panel.choose_import_path = lambda: source
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)

    column = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert column == ["cat", "dog", "car", "tree"]
    assert panel.message.text() == (
        "Imported 2 new terms from terms.tsv. "
        "Row 4 is saved once it has both a source and a target term."
    )
    shoot(panel, screenshots, "glossary_waiting_after_import.png")
    assert panel.table.item(3, 1).flags() & Qt.ItemFlag.ItemIsEditable
    panel.table.item(3, 1).setText("árbol")  # the row still edits, and is saved once complete
    assert Glossary.load("en", "es").terms[-1] == Term("tree", "árbol")
    assert not panel.message.isVisible()

    # A reload of the pair (the model loaded again) and a visit to another pair keep it too.
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.table.item(4, 1).setText("sol")
    panel.set_pair("en", "es")
    assert panel.table.rowCount() == 5 and panel.table.item(4, 1).text() == "sol"
    assert "Row 5 is saved" in panel.message.text()
    panel.set_pair("en", "de")
    assert panel.table.rowCount() == 1 and not panel.message.isVisible()
    panel.set_pair("en", "es")
    assert panel.table.rowCount() == 5 and panel.table.item(4, 1).text() == "sol"
    assert len(Glossary.load("en", "es").terms) == 4
    assert Glossary.load("en", "de").terms == [Term("server", "Server")]


def test_what_is_saved_follows_the_table_through_deletes_adds_and_edits(qtbot):
    """The panel keeps the table's text beside it (so an edit need not read every cell): after
    rows are deleted and added, an edit still saves the row the user changed."""
    Glossary("en", "es", [Term(f"term {n}", f"término {n}") for n in range(6)]).save()
    panel = make_panel(qtbot)
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    panel.table.item(2, 1).setText("  el término 3 ")  # row 3 before the delete
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.table.item(5, 0).setText("new term")
    panel.table.item(5, 1).setText("término nuevo")
    panel.table.item(0, 0).setText("term zero")
    expected = [
        Term("term zero", "término 0"),
        Term("term 2", "término 2"),
        Term("term 3", "el término 3"),
        Term("term 4", "término 4"),
        Term("term 5", "término 5"),
        Term("new term", "término nuevo"),
    ]
    assert Glossary.load("en", "es").terms == expected
    table = [
        tuple(panel.table.item(row, column).text().strip() for column in range(3))
        for row in range(panel.table.rowCount())
    ]
    assert [Term(*row) for row in table] == expected


def test_deleting_scattered_rows_and_then_all_of_a_large_glossary(qtbot):
    """Rows go in runs, with the selection quiet meanwhile: removed one at a time, each
    re-read the whole selection, and deleting 20,000 terms froze the window for minutes."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    Glossary("en", "es", [Term(f"term {n}", f"término {n}") for n in range(5_000)]).save()
    panel = make_panel(qtbot)
    assert panel.table.rowCount() == 5_000
    scattered = QItemSelection()
    for first, last in ((1, 2), (10, 10), (4_000, 4_999)):
        scattered.select(panel.table.model().index(first, 0), panel.table.model().index(last, 2))
    panel.table.selectionModel().select(scattered, QItemSelectionModel.SelectionFlag.Select)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    kept = [n for n in range(4_000) if n not in (1, 2, 10)]
    assert Glossary.load("en", "es").terms == [Term(f"term {n}", f"término {n}") for n in kept]
    assert panel.table.item(1, 0).text() == "term 3" and panel.table.rowCount() == len(kept)
    panel.table.selectAll()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 0 and Glossary.load("en", "es").terms == []
    assert not panel.delete_button.isEnabled() and panel.pages.currentWidget() is panel.empty_page
