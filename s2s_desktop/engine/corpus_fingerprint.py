"""What a run's data files were when it began, so a resume can refuse data that changed: the
held-out slice is taken from the pairs' positions, so added or removed lines would move
validation pairs into training and compare scores measured on different sets.

A file is known by its size and a hash of its first and last MiB (reading gigabytes on every
resume would be slow; an edit that keeps the size and spares both ends goes unseen).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from s2s_desktop.engine.atomic_files import atomic_write_json
from s2s_desktop.engine.corpus import ScanReport
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate

CORPUS_FILE = "corpus.json"  # in the run's training/ folder
_SAMPLE_BYTES = 1 << 20


def fingerprint(report: ScanReport) -> dict[str, list[int | str]]:
    """{path relative to the folder: [size, hash of its ends]} of every file the run reads
    (one that cannot be read is left out: reading the data says why, in its own sentence)."""
    found: dict[str, list[int | str]] = {}
    for file in report.used_files:
        for path in file.paths:
            digest = hashlib.sha256()
            try:
                size = path.stat().st_size
                with path.open("rb") as handle:
                    digest.update(handle.read(_SAMPLE_BYTES))
                    if size > _SAMPLE_BYTES:
                        handle.seek(max(_SAMPLE_BYTES, size - _SAMPLE_BYTES))
                        digest.update(handle.read())
            except OSError:
                continue
            found[path.relative_to(report.folder).as_posix()] = [size, digest.hexdigest()]
    return found


def keep_or_check(training_dir: Path, report: ScanReport, name: str, resume: bool) -> None:
    """Keep the data's fingerprint with a new run; on a resume, refuse data that changed since
    (UserError). A run from before fingerprints were kept gets one now."""
    now = fingerprint(report)
    kept = training_dir / CORPUS_FILE
    if resume and kept.is_file():
        try:
            before = json.loads(kept.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            before = None
        if isinstance(before, dict) and before != now:
            changed = _first_change(before, now)
            raise UserError(
                translate(
                    "corpus_fingerprint",
                    "The data in {folder} changed since {name!r} began ({change}); a resumed run "
                    "must read the same data, or its validation set would change: put the files "
                    "back as they were, or start a new run under another --name.",
                ).format(folder=report.folder, name=name, change=changed)
            )
        if isinstance(before, dict):
            return
    atomic_write_json(kept, now)


def _first_change(before: dict, now: dict) -> str:
    for path in sorted(set(before) | set(now)):
        if path not in now:
            return translate("corpus_fingerprint", "{file} is gone").format(file=path)
        if path not in before:
            return translate("corpus_fingerprint", "{file} is new").format(file=path)
        if before[path] != now[path]:
            return translate("corpus_fingerprint", "{file} changed").format(file=path)
    return ""
