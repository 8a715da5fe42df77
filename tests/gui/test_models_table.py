"""The Models tab's table on its own: rows from cards, numeric sorting, selection by name."""

from pathlib import Path

from PySide6.QtCore import Qt

from s2s_desktop.engine.model_files import ModelCard
from s2s_desktop.engine.store import ModelInfo
from s2s_desktop.gui.models_table import COL_NAME, COL_PARAMS, COL_PRESET, COL_SIZE, ModelsTable


def info(name: str, parameters: int, created: str, **card) -> ModelInfo:
    data = {
        "name": name,
        "src_lang": "en",
        "tgt_lang": "eo",
        "preset": "tiny",
        "parameters": parameters,
        "created": created,
        "metrics": {"bleu": 12.5},
        **card,
    }
    return ModelInfo(name, Path("/models") / name, ModelCard.from_json(data, name))


def names(table: ModelsTable) -> list[str]:
    return [table.name_at(row) for row in range(table.rowCount())]


def test_rows_sort_by_numbers_and_select_by_name(qtbot):
    table = ModelsTable()
    qtbot.addWidget(table)
    models = [
        info("small", 2_500_000, "2026-02-01T00:00:00+00:00"),
        info("large", 12_000_000, "2026-01-01T00:00:00+00:00"),
    ]
    table.fill(models, {"small": 3_400_000, "large": 54_000_000})
    assert names(table) == ["small", "large"]  # newest first
    assert table.item(0, COL_PARAMS).text() == "2.5M" and table.item(1, COL_SIZE).text() == "54 MB"
    table.sortByColumn(COL_PARAMS, Qt.SortOrder.DescendingOrder)
    assert names(table) == ["large", "small"]  # as text, "12M" < "2.5M"; as numbers, not
    table.select_names(["small", "gone"])
    assert table.selected_names() == ["small"]
    table.select_names([])
    assert table.selected_names() == []
    assert table.item(0, COL_NAME).toolTip() == str(Path("/models") / "large")


def test_a_long_name_is_shown_whole_and_a_short_one_fills_what_is_left(qtbot):
    """Stretched into what the other columns left, names were cut to "bible…" in a window of
    1,100 pixels; they now get what they need, up to 40% of the table."""
    table = ModelsTable()
    qtbot.addWidget(table)
    table.resize(735, 300)
    table.show()
    qtbot.waitExposed(table)
    long_name = "bible-tuned-on-the-new-testament-v2"
    table.fill([info(long_name, 2_100_000, "2026-02-01T00:00:00+00:00")], {long_name: 1})
    header = table.horizontalHeader()
    assert header.sectionSize(COL_NAME) >= table.sizeHintForColumn(COL_NAME)
    table.fill([info("tiny", 2_100_000, "2026-02-01T00:00:00+00:00")], {"tiny": 1})
    table.resize(1600, 300)
    qtbot.waitUntil(lambda: table.viewport().width() > 1500)
    columns = sum(header.sectionSize(c) for c in range(table.columnCount()))
    assert columns == table.viewport().width()  # no gap at the right


def test_an_imported_model_says_where_it_came_from(qtbot):
    table = ModelsTable()
    qtbot.addWidget(table)
    imported = info(
        "opus-en-eo", 77_000_000, "2026-02-01T00:00:00+00:00", preset="opus-mt", origin="OPUS-MT"
    )
    trained = info("mine", 2_000_000, "2026-01-01T00:00:00+00:00")
    table.fill([imported, trained], {"opus-en-eo": 1, "mine": 1})
    assert table.item(0, COL_PRESET).text() == "opus-mt"
    assert table.item(0, COL_PRESET).toolTip() == "Imported from OPUS-MT"
    assert table.item(1, COL_PRESET).toolTip() == ""
