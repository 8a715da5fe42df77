"""The collection of models under the user's data directory: list, inspect, rename, delete,
export, import (of our own zips, of OPUS-MT models, of Argos Translate packages: the work is
``engine.model_imports``'s), and the log of unexpected errors.

One model folder's files, card and checks belong to ``engine.model_files``; this module only
moves whole folders, atomically, so a half-written model is never listed.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from s2s_desktop.engine import argos
from s2s_desktop.engine.atomic_files import atomic_write_bytes, atomic_write_json, atomic_write_with
from s2s_desktop.engine.data_folder import APP_NAME, data_root, log_dir
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.held_out_scores import TEST_SCORES_KEY
from s2s_desktop.engine.model_files import (
    CONFIG_FILE,
    LOCK_FILE,
    RUN_FILE,
    SAFE_FILE_NAME,
    TRAINING_DIR,
    WEIGHTS_FILE,
    ModelCard,
    check_model_name,
    check_weights_match,
    folder_size,
    has_model,
    is_resumable,
    read_card,
    validate_model_config,
)
from s2s_desktop.engine.model_imports import ModelImporter
from s2s_desktop.engine.wording import translate


def log_traceback(text: str) -> Path:
    """Append an unexpected error's traceback to the app's log file; return the file's path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{APP_NAME}.log"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    return path


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (without disturbing it, on POSIX and Windows)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class ModelInfo:
    """A stored model as the lists show it: its name, its folder and its card."""

    name: str
    path: Path
    card: ModelCard

    @property
    def config(self) -> Mapping[str, Any]:
        """The card's JSON as read (for ``models show``)."""
        return self.card.data

    # The facts every list shows, read from the card.

    @property
    def src_lang(self) -> str:
        return self.card.src_lang

    @property
    def tgt_lang(self) -> str:
        return self.card.tgt_lang

    @property
    def preset(self) -> str:
        return self.card.preset

    @property
    def parameters(self) -> int:
        return self.card.parameters or 0

    @property
    def bleu(self) -> float | None:
        return self.card.bleu

    @property
    def chrf(self) -> float | None:
        return self.card.chrf

    @property
    def scored_beam(self) -> int:
        """The beam the reported score was measured with: where translating should start."""
        return self.card.beam

    @property
    def created(self) -> datetime | None:
        return self.card.created

    def size_bytes(self) -> int:
        return folder_size(self.path)


class ModelStore:
    """The folder of models; every operation a user can get wrong raises UserError."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else data_root()
        self.models_dir = self.root / "models"

    def path(self, name: str) -> Path:
        return self.models_dir / check_model_name(name)

    def exists(self, name: str) -> bool:
        """True when anything (a model or an unfinished run) is stored under ``name``."""
        return self.path(name).exists()

    def free_name(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3`` … : the first name the store does not hold (the
        base shortened where the number would make it too long)."""
        name, number = base, 2
        while self.exists(name):
            name, number = f"{base[:75]}-{number}", number + 1
        return name

    def can_resume(self, name: str) -> bool:
        """Whether a run stored under ``name`` can continue from a checkpoint."""
        return is_resumable(self.path(name))

    def list(self) -> list[ModelInfo]:
        """Complete models, newest first; unfinished runs and damaged folders are left out."""
        if not self.models_dir.is_dir():
            return []
        models = []
        for folder in self.models_dir.iterdir():
            if folder.name.startswith(".") or not folder.is_dir():
                continue
            info = self._read_info(folder)
            if info is not None:
                models.append(info)
        models.sort(key=lambda m: str(m.config.get("created", "")), reverse=True)
        return models

    def damaged_names(self) -> list[str]:
        """The folders that take a name but are neither a listed model nor an unfinished run
        (``engine.runs``): a model whose config.json cannot be read, or whose files are gone;
        sorted. Only deleting them frees their names."""
        if not self.models_dir.is_dir():
            return []
        names = []
        for folder in self.models_dir.iterdir():
            if folder.name.startswith(".") or not folder.is_dir() or read_card(folder):
                continue
            if has_model(folder) or not (folder / TRAINING_DIR / RUN_FILE).is_file():
                names.append(folder.name)
        return sorted(names)

    def info(self, name: str) -> ModelInfo:
        folder = self.path(name)
        info = self._read_info(folder)
        if info is None:
            if has_model(folder):
                raise UserError(
                    translate(
                        "store",
                        "Model {name!r} is damaged (its config.json cannot be read); delete it "
                        "(s2s-desktop models delete {name}) and train or import it again.",
                    ).format(name=name)
                )
            if (folder / TRAINING_DIR).is_dir():
                raise UserError(
                    translate(
                        "store",
                        "Model {name!r} has not finished its first evaluation yet; resume its "
                        "training (s2s-desktop train --name {name} --resume) or delete it.",
                    ).format(name=name)
                )
            raise self._no_model(name)
        return info

    def _no_model(self, name: str) -> UserError:
        """The sentence for a name no model has, with the names there are (the first eight)."""
        names = [model.name for model in self.list()]
        known = ", ".join(names[:8]) or translate("store", "none yet")
        if len(names) > 8:
            known += translate("store", " and {count} more").format(count=len(names) - 8)
        return UserError(
            translate(
                "store",
                "There is no model named {name!r} (stored models: {known}); "
                "see them with 's2s-desktop models'.",
            ).format(name=name, known=known)
        )

    @staticmethod
    def _read_info(folder: Path) -> ModelInfo | None:
        card = read_card(folder)
        return None if card is None else ModelInfo(folder.name, folder, card)

    # A run holds a lock file (its process id) in its training folder while it trains, so that
    # the model cannot be deleted or renamed under it, nor trained twice at once.

    def _lock_path(self, name: str) -> Path:
        return self.path(name) / TRAINING_DIR / LOCK_FILE

    def is_training(self, name: str) -> bool:
        """True while a live process trains ``name`` (a lock left by a killed one is ignored)."""
        try:
            pid = int(self._lock_path(name).read_text().strip())
        except (OSError, ValueError):
            return False
        return process_alive(pid)

    def take_training_lock(self, name: str) -> None:
        if self.is_training(name):
            raise UserError(
                translate(
                    "store",
                    "{name!r} is already training in another window or process; stop that run "
                    "first.",
                ).format(name=name)
            )
        atomic_write_bytes(self._lock_path(name), str(os.getpid()).encode())

    def create_run(self, name: str, run_settings: dict[str, Any]) -> Path:
        """Make a new run's folder, holding its settings and this process's lock, in one rename.

        A kill at any moment leaves either no folder or one that ``--resume`` understands, never
        an empty folder that blocks the name.
        """
        folder = self.path(name)
        if folder.exists():
            raise UserError(
                translate(
                    "store",
                    "A model named {name!r} already exists; choose another name, delete it, "
                    "or resume it.",
                ).format(name=name)
            )
        staging: Path | None = None
        try:
            self.models_dir.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".creating-", dir=self.models_dir))
            (staging / TRAINING_DIR).mkdir()
            atomic_write_json(staging / TRAINING_DIR / RUN_FILE, run_settings)
            atomic_write_bytes(staging / TRAINING_DIR / LOCK_FILE, str(os.getpid()).encode())
            os.rename(staging, folder)
        except OSError as error:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            if folder.exists():
                raise UserError(
                    translate(
                        "store",
                        "A model named {name!r} was created by another run just now; choose "
                        "another name.",
                    ).format(name=name)
                ) from error
            raise UserError(
                translate(
                    "store",
                    "Could not create {folder} ({reason}); check that the data "
                    "folder is writable and has free space.",
                ).format(folder=folder, reason=error.strerror or error)
            ) from error
        return folder

    def release_training_lock(self, name: str) -> None:
        path = self._lock_path(name)
        try:
            if int(path.read_text().strip()) == os.getpid():
                path.unlink()
        except (OSError, ValueError):
            pass

    def _refuse_if_training(self, name: str, sentence: str) -> None:
        """Refuse to touch ``name`` while it trains; ``sentence`` says so (``{name!r}`` in it)."""
        if self.is_training(name):
            raise UserError(sentence.format(name=name))

    def existing(self, name: str) -> Path:
        """The folder of the model or unfinished run ``name``; a sentence when there is none."""
        folder = self.path(name)
        if not folder.exists():
            raise self._no_model(name)
        return folder

    def delete(self, name: str) -> None:
        folder = self.existing(name)
        self._refuse_if_training(
            name,
            translate(
                "store", "{name!r} is training right now; stop the run before you delete it."
            ),
        )
        # Move aside first so a crash mid-delete never leaves a half-deleted listed model.
        trash = self.models_dir / f".deleting-{name}-{uuid.uuid4().hex[:12]}"
        try:
            os.replace(folder, trash)
        except OSError as error:
            raise UserError(
                translate("store", "Could not delete {name!r} ({reason}); is it in use?").format(
                    name=name, reason=error.strerror or error
                )
            ) from error
        if trash.is_dir():
            shutil.rmtree(trash, ignore_errors=True)
        else:
            trash.unlink(missing_ok=True)

    def rename(self, old: str, new: str) -> None:
        source, target = self.existing(old), self.path(new)
        if target == source:  # its own name: nothing to do
            return
        if target.exists():
            raise UserError(
                translate(
                    "store", "A model named {name!r} already exists; choose another name."
                ).format(name=new)
            )
        self._refuse_if_training(
            old,
            translate(
                "store", "{name!r} is training right now; stop the run before you rename it."
            ),
        )
        try:
            os.replace(source, target)
        except OSError as error:
            raise UserError(
                translate("store", "Could not rename {name!r} ({reason}); is it in use?").format(
                    name=old, reason=error.strerror or error
                )
            ) from error
        # The stored name must follow, or a later --resume would look for the old folder.
        for path in (target / CONFIG_FILE, target / TRAINING_DIR / RUN_FILE):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # absent or damaged: nothing to update (listing copes with damage)
            if isinstance(data, dict):
                data["name"] = new
                atomic_write_json(path, data)
        self._rename_base(old, new)

    def _rename_base(self, old: str, new: str) -> None:
        """The models and runs fine-tuned from ``old`` name it ``new``: a run before its first
        checkpoint reads its base again, and the details say where a model came from."""
        for folder in self.models_dir.iterdir():
            for path, keys in (
                (folder / CONFIG_FILE, ("lineage", "base")),
                (folder / TRAINING_DIR / RUN_FILE, ("base",)),
            ):
                try:
                    data = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    continue
                holder = data
                for key in keys[:-1]:
                    holder = holder.get(key) if isinstance(holder, dict) else None
                if isinstance(holder, dict) and holder.get(keys[-1]) == old:
                    holder[keys[-1]] = new
                    atomic_write_json(path, data)

    def export_path(self, name: str, file: Path) -> Path:
        """The file ``export`` writes for ``file``: in a folder, NAME.zip (an Argos Translate
        model's: NAME.argosmodel); another suffix than .zip gets .zip added (an Argos Translate
        model's: .argosmodel, unless .zip). An Argos package of one of our models is refused."""
        info = self.info(name)
        file = Path(file)
        if info.card.origin == argos.ORIGIN:
            if file.is_dir():
                file = file / f"{name}{argos.SUFFIX}"
            file = argos.export_members(info.path, dict(info.config), file)[0]
        else:
            if file.is_dir():
                file = file / f"{name}.zip"
            if file.suffix.lower() == argos.SUFFIX:
                raise UserError(
                    translate(
                        "store",
                        "Only a model imported from Argos Translate can be exported as an Argos "
                        "Translate package ({suffix}); export {name!r} to a .zip file instead.",
                    ).format(suffix=argos.SUFFIX, name=name)
                )
            if file.suffix.lower() != ".zip":
                file = file.with_name(file.name + ".zip")
        if file.is_dir():
            raise UserError(
                translate("store", "{file} is a folder; choose another file name.").format(
                    file=file
                )
            )
        return file

    def export(self, name: str, file: Path) -> Path:
        """Write the model (without its training state) to one zip file, where ``export_path``
        says (an existing file is replaced: the caller asks first); an imported Argos Translate
        model, as an Argos Translate package again. Damaged weights are refused: the file would
        not import."""
        info = self.info(name)
        file = self.export_path(name, file)
        if info.card.origin == argos.ORIGIN:
            file, members = argos.export_members(info.path, dict(info.config), file)
        else:
            # Only what an import accepts: not the temporary files a killed write may have left.
            members = [
                (p.name, p)
                for p in sorted(info.path.iterdir())
                if p.is_file() and SAFE_FILE_NAME.match(p.name) and ".." not in p.name
            ]

        def write(handle: BinaryIO) -> None:
            if info.card.origin != argos.ORIGIN:  # once the place is known to be writable
                self._check_weights(info)
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for arcname, path in members:
                    if arcname == CONFIG_FILE and info.card.origin != argos.ORIGIN:
                        card = shareable_card(json.loads(path.read_text(encoding="utf-8")))
                        archive.writestr(arcname, json.dumps(card, indent=2, ensure_ascii=False))
                    else:
                        archive.write(path, arcname=arcname)

        try:
            atomic_write_with(file, write)  # readable by others, as a file to share should be
        except OSError as error:
            raise UserError(
                translate("store", "Could not write {file}: {reason}.").format(
                    file=file, reason=error.strerror or error
                )
            ) from error
        return file

    @staticmethod
    def _check_weights(info: ModelInfo) -> None:
        """Refuse to export a model whose weights would not import: from the safetensors header
        (which covers the file's size) and the architecture in its card; no tensor is read."""
        weights = info.path / WEIGHTS_FILE
        try:
            config = dict(info.config)
            validate_model_config(config, info.path)
            check_weights_match(weights, config["model"], weights)
        except UserError as error:
            raise UserError(
                translate(
                    "store",
                    "{name!r} cannot be exported: its weights ({file}) or its config.json are "
                    "damaged; delete it (s2s-desktop models delete {name}) and train or import "
                    "it again.",
                ).format(name=info.name, file=weights)
            ) from error

    def import_(
        self,
        file: Path,
        name: str | None = None,
        src: str | None = None,
        tgt: str | None = None,
    ) -> ModelInfo:
        """Add a model from an exported zip of ours, from an OPUS-MT model (its folder, or a zip
        of it) converted to ours, or from an Argos Translate package (translate-only); nothing
        in any is executed (``engine.model_imports``). ``src`` and ``tgt``: an OPUS-MT model's
        languages, where its name does not say them."""
        return ModelImporter(self).import_(file, name, src, tgt)

    def import_name(self, file: Path) -> str | None:
        """The name ``import_`` gives ``file`` without a name of the user's (None when the file
        cannot tell: the import itself then says what is wrong with it)."""
        return ModelImporter(self).import_name(file)


def shareable_card(card: dict[str, Any]) -> dict[str, Any]:
    """The card as an export carries it off this computer: without where its data lay (the
    training folder and a base's, anywhere in the card; the files of each test set scored),
    which says nothing to whoever gets it and may name a client or a person. All else
    (settings, scores, lineage) stays."""

    def without_folders(value: Any) -> Any:
        if isinstance(value, list):
            return [without_folders(item) for item in value]
        if isinstance(value, Mapping):
            return {
                key: without_folders(item)
                for key, item in value.items()
                if not (key == "folder" and isinstance(item, str))
            }
        return value

    shared = without_folders(card)
    scores = shared.get(TEST_SCORES_KEY)
    if isinstance(scores, list):
        shared[TEST_SCORES_KEY] = [
            {key: item for key, item in score.items() if key != "origin"}
            if isinstance(score, Mapping)
            else score
            for score in scores
        ]
    return shared
