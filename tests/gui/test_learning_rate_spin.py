"""The learning rate spin box: shown as typed, stepped by halving and doubling."""

from PySide6.QtCore import QLocale, Qt

from s2s_desktop.gui.learning_rate_spin import LearningRateSpin


def test_a_rate_is_shown_short_and_stepped_by_factors_of_two(qtbot):
    spin = LearningRateSpin()
    qtbot.addWidget(spin)
    spin.show()
    spin.setValue(5e-4)
    assert spin.text() == "0.0005"
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 1e-3
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == 2.5e-4 and spin.text() == "0.00025"
    spin.setValue(5e-5)
    assert spin.text() == "5e-05"


def test_any_float_can_be_typed(qtbot):
    spin = LearningRateSpin()
    qtbot.addWidget(spin)
    spin.show()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "3e-4")
    spin.interpretText()
    assert spin.value() == 3e-4
    assert spin.validate("abc", 0)[0] != spin.validate("1e-3", 0)[0]
    assert spin.validate("2", 0)[0] == spin.validate("abc", 0)[0]  # above the range


def test_a_german_window_shows_and_reads_the_rate_with_a_decimal_comma(qtbot):
    spin = LearningRateSpin()
    spin.setLocale(QLocale(QLocale.Language.German))
    qtbot.addWidget(spin)
    spin.show()
    spin.setValue(5e-4)
    assert spin.text() == "0,0005"
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "0,002")
    spin.interpretText()
    assert spin.value() == 2e-3
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "1e-4")  # Python's way still reads
    spin.interpretText()
    assert spin.value() == 1e-4
