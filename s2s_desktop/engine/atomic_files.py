"""Writing a file so that a crash, a kill or a full disk leaves the old file or the new one,
never a mix: every file the app keeps (a model's card and weights, a checkpoint, a glossary, a
translated document) is written beside its place, flushed, then renamed into it.

A leaf: it imports nothing of ours, so any module may use it.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a mix."""
    atomic_write_with(path, lambda handle: handle.write(data))


def atomic_write_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Let ``write`` fill a file beside ``path`` (e.g. ``torch.save``), flush it to disk, then
    rename it into place: a crash leaves the old file or the new one, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):  # mkstemp makes files private; models are ordinary files
                os.fchmod(handle.fileno(), 0o644)
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_bytes(path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode())
