"""What ships inside the package: the icon, the desktop entry, the sample corpus; and the wheel.

The files live in the top-level ``resources/`` folder, installed as the package
``s2s_desktop.resources``. The wheel and the sdist are built from a copy of the sources (offline,
no build isolation) and listed, so a ``pip install .`` is known to carry the files the window and
``--install-desktop-entry`` use.
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
PACKAGE = "s2s_desktop/resources"  # where the top-level resources/ folder lands in a wheel
SAMPLE_FILES = ("train.en", "train.es", "valid.en", "valid.es", "SOURCE.md", "LICENSE")
RESOURCE_FILES = (
    "__init__.py",
    f"{APP_ID}.desktop",
    f"icons/{APP_ID}.svg",
    *(f"icons/{APP_ID}-{size}.png" for size in ICON_SIZES),
    *(f"sample/en-es/{name}" for name in SAMPLE_FILES),
)


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


def test_the_package_is_the_top_level_resources_folder():
    # The editable install maps s2s_desktop.resources onto resources/ (package-dir in pyproject).
    assert resource_dir() == REPO / "resources"
    assert not (REPO / "s2s_desktop" / "resources").exists()  # a leftover would shadow it


def test_pyproject_lists_every_package():
    # Mapping resources/ takes an explicit package list; a package missing from it is missing
    # from the wheel, while the editable install (and so the rest of the suite) still finds it.
    tomllib = pytest.importorskip("tomllib")
    with open(REPO / "pyproject.toml", "rb") as file:
        setuptools = tomllib.load(file)["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"s2s_desktop.resources": "resources"}
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "s2s_desktop").rglob("__init__.py")
    }
    listed = set(setuptools["packages"])
    assert listed == found | {"s2s_desktop.resources"}, (
        f"[tool.setuptools] packages in pyproject.toml: add {sorted(found - listed)}, "
        f"remove {sorted(listed - found - {'s2s_desktop.resources'})}"
    )


@pytest.fixture
def source(tmp_path) -> Path:
    """What a source checkout holds for packaging, copied so builds leave the repository alone."""
    folder = tmp_path / "source"
    shutil.copytree(
        REPO / "s2s_desktop",
        folder / "s2s_desktop",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    shutil.copytree(
        REPO / "resources",
        folder / "resources",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    shutil.copytree(REPO / "tests", folder / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "MANIFEST.in"):
        shutil.copy(REPO / name, folder / name)
    return folder


def build_wheel(source: Path, dist: Path) -> Path:
    """Build a wheel from a source folder or an sdist, as ``pip install`` would."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation"]
        + ["--no-index", "--quiet", "--wheel-dir", str(dist)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (wheel,) = dist.glob("s2s_desktop-*.whl")
    return wheel


def test_the_wheel_carries_the_resources_and_not_the_tests(source, tmp_path):
    wheel = build_wheel(source, tmp_path / "dist")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(
            archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt")
        )
        site = tmp_path / "site"
        archive.extractall(site)
    expected = {f"{PACKAGE}/{name}" for name in RESOURCE_FILES}
    assert expected <= names, sorted(expected - names)
    modules = {p.relative_to(source).as_posix() for p in (source / "s2s_desktop").rglob("*.py")}
    assert modules <= names, sorted(modules - names)  # every package of the source is listed
    assert not [n for n in names if n.split("/")[0] in ("tests", "docs", "scripts", "resources")]
    assert "s2s-desktop = s2s_desktop.cli:main" in entry_points

    # Installed as a plain wheel (no editable finder: -S skips site-packages), importlib.resources
    # finds the files inside the installed package.
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from s2s_desktop.resources import desktop_file, sample_corpus; "
        "print(sample_corpus()); print(desktop_file())"
    )
    found = subprocess.run(
        [sys.executable, "-S", "-c", code, str(site)],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.split()
    assert [Path(p) for p in found] == [
        site / PACKAGE / "sample" / "en-es",
        site / PACKAGE / f"{APP_ID}.desktop",
    ]
    assert sorted(p.name for p in Path(found[0]).iterdir()) == sorted(SAMPLE_FILES)


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
    expected = {f"resources/{name}" for name in RESOURCE_FILES}
    assert expected <= names, sorted(expected - names)
    assert not [n for n in names if n.startswith(("tests/", "docs/", "scripts/", PACKAGE))]

    # The sdist is enough to build the wheel, resources included.
    with zipfile.ZipFile(build_wheel(sdist, tmp_path / "wheel")) as archive:
        names = set(archive.namelist())
    expected = {f"{PACKAGE}/{name}" for name in RESOURCE_FILES}
    assert expected <= names, sorted(expected - names)
