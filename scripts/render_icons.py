"""Render the app icon's PNG sizes from its SVG (rerun after editing the SVG).

    python scripts/render_icons.py

Writes ``resources/icons/s2s-desktop-<size>.png`` for the sizes desktops ask for
(16 to 256 px). The PNGs are committed, so the app never needs Qt's SVG module at run time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources/icons"
SIZES = (16, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage painting needs the application)
    renderer = QSvgRenderer(str(ICONS / "s2s-desktop.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG could not be read")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"s2s-desktop-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
