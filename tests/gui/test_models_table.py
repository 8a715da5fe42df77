"""The Models tab's table on its own: rows from cards, numeric sorting, selection by name."""

from pathlib import Path

from PySide6.QtCore import Qt

from s2s_desktop.engine.model_files import ModelCard
from s2s_desktop.engine.store import ModelInfo
from s2s_desktop.gui.models_table import COL_NAME, COL_PARAMS, COL_SIZE, ModelsTable


def info(name: str, parameters: int, created: str) -> ModelInfo:
    data = {
        "name": name,
        "src_lang": "en",
        "tgt_lang": "eo",
        "preset": "tiny",
        "parameters": parameters,
        "created": created,
        "metrics": {"bleu": 12.5},
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
