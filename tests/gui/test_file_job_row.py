"""The Translate tab's file-job row on its own."""

from s2s_desktop.gui.file_job_row import FileJobRow


def test_the_row_follows_a_job(qtbot):
    row = FileJobRow()
    qtbot.addWidget(row)
    assert row.isHidden()
    row.begin("long.txt")
    assert not row.isHidden() and row.label.text() == "Translating long.txt…"
    assert row.progress.maximum() == 0 and row.cancel_button.isEnabled()  # busy
    row.show_progress("long.txt", 1500, 6000)
    assert row.progress.value() == 1500 and row.progress.format() == "1,500 of 6,000 sentences"
    row.cancelling("long.txt")
    assert not row.cancel_button.isEnabled() and row.label.text() == "Cancelling long.txt…"
