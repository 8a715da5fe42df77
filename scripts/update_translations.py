"""Bring the window's translations up to date with the code, the Qt way (the window's modules and
the engine's, whose sentences the window shows).

    python scripts/update_translations.py          # lupdate: new strings into the .ts files
    python scripts/update_translations.py --release  # then lrelease: the .ts into the shipped .qm

After lupdate, translate the strings marked unfinished in each .ts (Qt Linguist, or a text
editor), then run it again with --release. The .qm files are committed: the wheel ships them
and users need no Qt tools (tests/test_translations.py checks they match the .ts).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "s2s_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es")  # English is the source language


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"s2s_desktop_{language}.ts"


def sources() -> list[Path]:
    """The modules whose texts the window shows: its own and the engine's (the CLI's and the
    server's speak English)."""
    return sorted([*(PACKAGE / "gui").glob("*.py"), *(PACKAGE / "engine").rglob("*.py")])


def lupdate(targets: list[Path]) -> None:
    """Extract every marked string of ``sources()`` into ``targets`` (.ts files), keeping their
    translations and dropping strings the code no longer has."""
    command = ["pyside6-lupdate", *map(str, sources()), "-no-obsolete", "-locations", "none"]
    subprocess.run([*command, "-ts", *map(str, targets)], check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="also compile the .qm files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate([ts_file(language) for language in LANGUAGES])
    if args.release:
        for language in LANGUAGES:
            lrelease(ts_file(language), ts_file(language).with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
