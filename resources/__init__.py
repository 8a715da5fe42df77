"""Files shipped inside the package: the app icon, the ``.desktop`` entry, the sample corpus and
the window's translations.

The folder sits at the top of the repository, beside ``s2s_desktop/``, and installs as the
package ``s2s_desktop.resources`` (``package-dir`` in pyproject.toml): a wheel carries the files,
an editable install maps the package onto this folder, and ``importlib.resources`` finds them
either way. Callers get real paths, since pip unpacks wheels onto the file system.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

APP_ID = "s2s-desktop"  # the icon's, the desktop entry's and the window class's name
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def resource_dir() -> Path:
    """This package's folder."""
    return Path(str(files(__name__)))


def icon_svg() -> Path:
    """The scalable app icon."""
    return resource_dir() / "icons" / f"{APP_ID}.svg"


def icon_png(size: int) -> Path:
    """The app icon rendered at ``size`` pixels (one of ``ICON_SIZES``)."""
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; sizes: {ICON_SIZES}")
    return resource_dir() / "icons" / f"{APP_ID}-{size}.png"


def desktop_file() -> Path:
    """The freedesktop entry that puts the app in Linux application menus."""
    return resource_dir() / f"{APP_ID}.desktop"


def sample_corpus() -> Path:
    """The bundled en→es sample corpus: Moses files, with its SOURCE.md and LICENSE."""
    return resource_dir() / "sample" / "en-es"


def translations_dir() -> Path:
    """The window's translations: ``s2s_desktop_<lang>.ts`` (edited) and ``.qm`` (compiled)."""
    return resource_dir() / "translations"
