"""Put s2s-desktop in the Linux application menu: its ``.desktop`` file and icons, per user.

``pip install`` cannot do this (a wheel has no place for files outside Python's folders), so
``s2s-desktop --install-desktop-entry`` copies them where freedesktop.org desktops look:
``$XDG_DATA_HOME/applications`` and the ``hicolor`` icon theme (``~/.local/share`` by default).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from s2s_desktop.engine.errors import UserError
from s2s_desktop.resources import APP_ID, ICON_SIZES, desktop_file, icon_png, icon_svg

_UNSAFE = re.compile(r"[^A-Za-z0-9_@%+=:,./-]")  # anything else needs quoting in Exec=


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def quote_exec_argument(argument: str) -> str:
    """One argument of an ``Exec=`` line, quoted and escaped as the Desktop Entry spec asks."""
    if not _UNSAFE.search(argument) and "%" not in argument:
        return argument
    escaped = re.sub(r'(["`$\\])', r"\\\1", argument).replace("%", "%%")
    # The key's value is itself a string with escapes: each backslash is written twice.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def launch_command() -> list[str]:
    """How the menu should start this installation of the app.

    The ``s2s-desktop`` script beside this Python (a virtual environment's ``bin``) or on PATH,
    by absolute path so the menu works without activating anything; else ``python -m``.
    """
    beside = Path(sys.executable).parent / APP_ID
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside.absolute())]
    found = shutil.which(APP_ID)
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "s2s_desktop"]


def entry_text(command: list[str]) -> str:
    """The bundled ``.desktop`` file, its ``Exec=`` line running ``command``."""
    text = desktop_file().read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(quote_exec_argument(part) for part in command)
    return re.sub(r"^Exec=.*$", lambda _: exec_line, text, count=1, flags=re.MULTILINE)


def install_desktop_entry(target: Path | None = None) -> list[Path]:
    """Install the ``.desktop`` file and the icons under ``target`` (default: ``data_home()``).

    Returns the files written. Raises UserError on a system other than Linux (or another
    freedesktop.org system), and when the files cannot be written.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise UserError(
            "--install-desktop-entry is for Linux desktops; on this system start the app with "
            "the s2s-desktop command (or python -m s2s_desktop)."
        )
    root = target or data_home()
    copies = [(icon_svg(), root / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg")]
    copies += [
        (icon_png(size), root / f"icons/hicolor/{size}x{size}/apps" / f"{APP_ID}.png")
        for size in ICON_SIZES
    ]
    entry = root / "applications" / f"{APP_ID}.desktop"
    try:
        for source, destination in copies:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(entry_text(launch_command()), encoding="utf-8")
    except OSError as error:
        raise UserError(
            f"Could not install the desktop entry in {root}: {error.strerror}."
        ) from error
    return [entry, *(destination for _, destination in copies)]
