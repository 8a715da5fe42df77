"""A guard against Qt bindings that leak references to None on every void call.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` per call of a method returning
nothing (``QPainter.setPen``, ``drawLine``…): after a few thousand paints the interpreter aborts
with ``Fatal Python error: none_dealloc``. pyproject keeps that release off Python < 3.12; this
test paints a plot many thousand times in a subprocess, so such a regression fails here instead
of crashing a user's window.
"""

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    plot = pg.PlotWidget()
    plot.resize(320, 200)
    curve = plot.plot(np.arange(50.0), np.random.default_rng(0).random(50))
    plot.show()
    before = sys.getrefcount(None)
    for i in range(1500):
        curve.setData(np.arange(50.0) + i, np.random.default_rng(i).random(50))
        plot.grab()
    print("paints", 1500, "none_refs_lost", before - sys.getrefcount(None))
    """
)


def test_thousands_of_paints_keep_the_interpreter_alive():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lost = int(result.stdout.split("none_refs_lost")[1])
    assert lost < 1000, f"{lost} references to None lost over 1500 paints"
