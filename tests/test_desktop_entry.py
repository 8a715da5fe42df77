"""``s2s-desktop --install-desktop-entry``: the menu entry and icons land where desktops look."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from s2s_desktop import cli
from s2s_desktop.desktop_entry import entry_text, launch_command, quote_exec_argument
from s2s_desktop.resources import APP_ID, ICON_SIZES, icon_png, icon_svg


def exec_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("Exec="))


def test_installs_the_entry_and_icons_under_xdg_data_home(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    assert cli.main(["--install-desktop-entry"]) == 0
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    printed = capsys.readouterr().out
    assert f"Installed {entry}" in printed and "application menu" in printed
    icons = tmp_path / "icons" / "hicolor"
    assert (icons / "scalable/apps" / f"{APP_ID}.svg").read_bytes() == icon_svg().read_bytes()
    for size in ICON_SIZES:
        installed = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert installed.read_bytes() == icon_png(size).read_bytes()
        assert str(installed) in printed

    # The menu starts this installation, by absolute path, without a shell or an activated venv.
    command = exec_line(entry.read_text(encoding="utf-8")).removeprefix("Exec=")
    assert command == " ".join(launch_command())
    assert Path(command.split()[0]).is_absolute() and Path(command.split()[0]).exists()

    assert cli.main(["--install-desktop-entry"]) == 0  # again: overwrites, no error


def test_without_xdg_data_home_it_uses_local_share(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    assert cli.main(["--install-desktop-entry"]) == 0
    assert (tmp_path / ".local/share/applications" / f"{APP_ID}.desktop").is_file()


def test_other_systems_get_one_sentence(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert cli.main(["--install-desktop-entry"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Linux" in error and "Traceback" not in error


def test_without_the_script_the_menu_runs_python_m(tmp_path, monkeypatch):
    python = tmp_path / "my env" / "bin" / "python3"
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert launch_command() == [str(python), "-m", "s2s_desktop"]
    assert exec_line(entry_text(launch_command())) == f'Exec="{python}" -m s2s_desktop'


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/usr/bin/s2s-desktop", "/usr/bin/s2s-desktop"),
        ("/home/a b/s2s-desktop", '"/home/a b/s2s-desktop"'),
        ("/opt/$x/s2s", '"/opt/\\\\$x/s2s"'),  # \\$ in the file: a literal dollar
        ("C:\\s2s", '"C:\\\\\\\\s2s"'),  # four backslashes: one literal backslash
        ("/100%/s2s", '"/100%%/s2s"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_asks(argument, quoted):
    assert quote_exec_argument(argument) == quoted
