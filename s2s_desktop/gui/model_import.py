"""The Models tab's import job, run in the thread pool: import a model file or folder, or say
first that its default name is taken (the tab then asks for another)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from s2s_desktop.engine.store import ModelInfo, ModelStore


@dataclass(frozen=True)
class NameTaken:
    """An import's default name is in use: the user is asked for another."""

    name: str
    suggestion: str


def import_model(store: ModelStore, file: Path, name: str | None) -> ModelInfo | NameTaken:
    """Import ``file``; without a ``name``, first check the default one is free."""
    if name is None:
        default = store.import_name(file)
        if default is not None and store.exists(default):
            return NameTaken(default, store.free_name(default))
    return store.import_(file, name)
