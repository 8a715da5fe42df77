"""What ships inside the package: the icon, the desktop entry, the sample corpus; and the wheel.

The wheel is built from a copy of the sources (offline, no build isolation) and listed, so a
``pip install .`` is known to carry the files the window and ``--install-desktop-entry`` use.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from s2s_desktop.engine.corpus import iter_pairs, scan_folder
from s2s_desktop.resources import (
    APP_ID,
    ICON_SIZES,
    desktop_file,
    icon_png,
    icon_svg,
    resource_dir,
    sample_corpus,
)

REPO = Path(__file__).parents[1]
SAMPLE_FILES = ("train.en", "train.es", "valid.en", "valid.es", "SOURCE.md", "LICENSE")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_the_icon_comes_as_svg_and_every_png_size():
    assert icon_svg().read_text(encoding="utf-8").lstrip().startswith("<svg")
    for size in ICON_SIZES:
        assert png_size(icon_png(size)) == (size, size)
    with pytest.raises(ValueError):
        icon_png(20)


def test_the_desktop_entry_follows_the_freedesktop_spec():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(desktop_file(), encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == APP_ID and entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_ID  # Qt's window class is the application name
    assert entry["Terminal"] == "false"
    assert entry["Name"] and entry["GenericName"] and entry["Comment"]
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), key


def test_the_sample_corpus_is_small_documented_and_scans_as_en_to_es():
    folder = sample_corpus()
    assert sorted(p.name for p in folder.iterdir()) == sorted(SAMPLE_FILES)
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert 1_000_000 <= size <= 2_000_000
    source = (folder / "SOURCE.md").read_text(encoding="utf-8")
    for fact in ("sword-text-web", "sword-text-sparv", "scripts/build_sample_corpus.py"):
        assert fact in source
    assert "public domain" in (folder / "LICENSE").read_text(encoding="utf-8").lower()

    report = scan_folder(folder)
    assert (report.src, report.tgt) == ("en", "es")
    assert (report.train_pairs, report.valid_pairs) == (8000, 200)
    assert report.valid_from_files and not sum(report.skipped.values())
    valid = list(iter_pairs(report, "valid"))
    assert all(source and target for source, target in valid)
    assert not any("<" in source + target for source, target in valid)  # markup stripped


@pytest.fixture
def source(tmp_path) -> Path:
    """What a source checkout holds for packaging, copied so builds leave the repository alone."""
    folder = tmp_path / "source"
    shutil.copytree(
        REPO / "s2s_desktop",
        folder / "s2s_desktop",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    shutil.copytree(REPO / "tests", folder / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "MANIFEST.in"):
        shutil.copy(REPO / name, folder / name)
    return folder


def test_the_wheel_carries_the_resources_and_not_the_tests(source, tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation"]
        + ["--no-index", "--quiet", "--wheel-dir", str(dist)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (wheel,) = dist.glob("s2s_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(
            archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt")
        )
    package = resource_dir().relative_to(REPO).as_posix()  # s2s_desktop/resources
    expected = {
        f"{package}/__init__.py",
        f"{package}/{APP_ID}.desktop",
        f"{package}/icons/{APP_ID}.svg",
        *(f"{package}/icons/{APP_ID}-{size}.png" for size in ICON_SIZES),
        *(f"{package}/sample/en-es/{name}" for name in SAMPLE_FILES),
    }
    assert expected <= names, sorted(expected - names)
    assert not [n for n in names if n.split("/")[0] in ("tests", "docs", "scripts")]
    assert "s2s-desktop = s2s_desktop.cli:main" in entry_points


def test_the_sdist_carries_the_resources_and_not_the_tests(source, tmp_path):
    code = "import sys; from setuptools import build_meta; build_meta.build_sdist(sys.argv[1])"
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-c", code, str(dist)],
        cwd=source,
        check=True,
        capture_output=True,
        timeout=120,
    )
    (sdist,) = dist.glob("s2s_desktop-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[-1] for name in archive.getnames()}
    assert f"s2s_desktop/resources/sample/en-es/{SAMPLE_FILES[0]}" in names
    assert f"s2s_desktop/resources/icons/{APP_ID}.svg" in names
    assert not [n for n in names if n.startswith(("tests/", "docs/", "scripts/"))]
