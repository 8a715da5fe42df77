"""The collection of models under the user's data directory: list, inspect, rename, delete,
export, import (of our own zips, of OPUS-MT models through ``engine.marian``, of Argos Translate
packages through ``engine.argos``); and where the app keeps its data and logs.

One model folder's files, card and checks belong to ``engine.model_files``; this module only
moves whole folders, atomically, so a half-written model is never listed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

from s2s_desktop.engine import argos, marian
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import (
    CONFIG_FILE,
    LOCK_FILE,
    METRICS_FILE,
    RUN_FILE,
    SAFE_FILE_NAME,
    TRAINING_DIR,
    WEIGHTS_FILE,
    ModelCard,
    atomic_write_bytes,
    atomic_write_json,
    check_weights_match,
    folder_size,
    has_model,
    is_resumable,
    load_model_files,
    read_card,
    validate_model_config,
)
from s2s_desktop.engine.wording import translate

APP_NAME = "s2s-desktop"
DATA_ENV = "S2S_DESKTOP_DATA"

# Import limits: a model file from elsewhere is untrusted.
MAX_IMPORT_BYTES = 4 * 1024**3
MAX_IMPORT_MEMBERS = 64
MAX_CONFIG_BYTES = 1 << 20


def data_root() -> Path:
    """The root of everything we store: ``$S2S_DESKTOP_DATA`` or the platform's user data dir."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def log_dir() -> Path:
    """Where unexpected errors are logged with their tracebacks."""
    override = os.environ.get(DATA_ENV)
    return Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME))


def log_traceback(text: str) -> Path:
    """Append an unexpected error's traceback to the app's log file; return the file's path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{APP_NAME}.log"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    return path


def check_model_name(name: str) -> str:
    """Return ``name`` if it is a safe folder name, else raise UserError saying what is allowed."""
    if not SAFE_FILE_NAME.match(name or ""):
        raise UserError(
            translate(
                "store",
                "{name!r} is not a usable model name; use up to 80 letters, digits, '.', '_' or "
                "'-', starting with a letter or digit.",
            ).format(name=name)
        )
    return name


def _import_name(config: Mapping[str, Any], file: Path) -> str:
    """An imported model's name: the one its card holds, else the file's, made safe."""
    return sanitize_model_name(str(config.get("name") or file.stem))


def sanitize_model_name(name: str) -> str:
    """Make any string into a usable model name (for names taken from imported files)."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-_")[:80]
    return cleaned or "model"


def _process_alive(pid: int) -> bool:
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
            known = ", ".join(m.name for m in self.list()) or translate("store", "none yet")
            raise UserError(
                translate(
                    "store",
                    "There is no model named {name!r} (stored models: {known}); "
                    "see them with 's2s-desktop models'.",
                ).format(name=name, known=known)
            )
        return info

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
        return _process_alive(pid)

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

    def delete(self, name: str) -> None:
        folder = self.path(name)
        if not folder.exists():
            raise UserError(
                translate(
                    "store", "There is no model named {name!r}; see 's2s-desktop models'."
                ).format(name=name)
            )
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
        source, target = self.path(old), self.path(new)
        if not source.exists():
            raise UserError(
                translate(
                    "store", "There is no model named {name!r}; see 's2s-desktop models'."
                ).format(name=old)
            )
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

    def export(self, name: str, file: Path) -> Path:
        """Write the model (without its training state) to one zip file; an imported Argos
        Translate model, as an Argos Translate package again."""
        info = self.info(name)
        file = Path(file)
        if info.card.origin == argos.ORIGIN:
            file, members = argos.export_members(info.path, dict(info.config), file)
        else:
            if file.suffix.lower() != ".zip":
                file = file.with_name(file.name + ".zip")
            # Only what an import accepts: not the temporary files a killed write may have left.
            members = [
                (p.name, p)
                for p in sorted(info.path.iterdir())
                if p.is_file() and SAFE_FILE_NAME.match(p.name) and ".." not in p.name
            ]
        tmp = None
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=file.parent)
            os.close(fd)
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for arcname, path in members:
                    archive.write(path, arcname=arcname)
            os.replace(tmp, file)
        except OSError as error:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            raise UserError(
                translate("store", "Could not write {file}: {reason}.").format(
                    file=file, reason=error.strerror or error
                )
            ) from error
        return file

    def import_(
        self,
        file: Path,
        name: str | None = None,
        src: str | None = None,
        tgt: str | None = None,
    ) -> ModelInfo:
        """Add a model from an exported zip of ours, from an OPUS-MT model (its folder, or a zip
        of it) converted to ours, or from an Argos Translate package (translate-only); nothing
        in any is executed. ``src`` and ``tgt``: an OPUS-MT model's languages, where its name
        does not say them."""
        file = Path(file)
        if file.is_dir():
            if not marian.is_marian_folder(file):
                raise UserError(
                    translate(
                        "store",
                        "{file} is a folder, but not an OPUS-MT model's (config.json, source.spm, "
                        "target.spm, vocab.json); give an exported model .zip or such a folder.",
                    ).format(file=file)
                )
            return self._import_marian(file, file, name, src, tgt)
        if not file.is_file():
            raise UserError(
                translate(
                    "store",
                    "{file} does not exist; give the path of an exported model .zip or of an "
                    "OPUS-MT model's folder.",
                ).format(file=file)
            )
        try:
            archive = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, OSError) as error:
            raise UserError(
                translate("store", "{file} is not a model file (not a zip archive).").format(
                    file=file
                )
            ) from error
        with archive:
            opus_mt = self._marian_members(archive)
            if opus_mt is not None:
                return self._import_marian_zip(archive, opus_mt, file, name, src, tgt)
            if argos.is_package(file, archive.namelist()):
                return self._import_argos(archive, file, name)
            members = self._checked_members(archive, file)
            config = self._read_config(archive, file)
            validate_model_config(config, file)
            target_name = self._import_target(name or _import_name(config, file))
            # Only the files a model is made of are unpacked; anything else is left in the zip.
            tokenizer = config["tokenizer"]
            wanted = {
                CONFIG_FILE,
                WEIGHTS_FILE,
                METRICS_FILE,
                tokenizer["source"],
                tokenizer["target"],
            }
            members = [member for member in members if member.filename in wanted]
            size = sum(member.file_size for member in members)
            damaged = translate("store", "{file} is damaged ({error}); export the model again.")
            with self._building(size, file, damaged, target_name) as staging:
                for member in members:
                    with (
                        archive.open(member) as source,
                        (staging / member.filename).open("wb") as target,
                    ):
                        shutil.copyfileobj(source, target)
                config["name"] = target_name
                atomic_write_json(staging / CONFIG_FILE, config)
                # The file's header must describe the configured model before one is built: a
                # crafted config.json could otherwise make loading allocate any amount of memory.
                check_weights_match(staging / WEIGHTS_FILE, config["model"], file)
                # Loading proves the weights and tokenizers are sound before the model is listed.
                load_model_files(staging, device="cpu")
        return self.info(target_name)

    @contextlib.contextmanager
    def _building(
        self, size: int, shown: Path, damaged: str, name: str | None = None
    ) -> Iterator[Path]:
        """A fresh folder beside the models to unpack or convert ``shown`` into (``size``
        bytes): renamed into place as ``name`` when the block ends (without a name, a scratch
        folder, deleted), deleted when it fails. A damaged archive and a full disk become one
        sentence each (``damaged``: the first, with ``{file}`` and ``{error}`` in it)."""
        self.models_dir.mkdir(parents=True, exist_ok=True)
        self._check_free_space(size, shown)
        folder = Path(tempfile.mkdtemp(prefix=".importing-", dir=self.models_dir))
        try:
            try:
                yield folder
            except _DAMAGED_ZIP_ERRORS as error:
                raise UserError(damaged.format(file=shown, error=error)) from error
            except OSError as error:
                raise UserError(
                    translate(
                        "store",
                        "Could not unpack {file} into {folder} "
                        "({reason}); free some disk space and try again.",
                    ).format(file=shown, folder=self.models_dir, reason=error.strerror or error)
                ) from error
            if name is not None:
                os.replace(folder, self.models_dir / name)
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # nothing left once renamed into place

    def _import_target(self, name: str) -> str:
        """``name`` for an imported model, if it is usable and free."""
        if self.exists(check_model_name(name)):
            raise UserError(
                translate(
                    "store", "A model named {name!r} already exists; import with --name NEW."
                ).format(name=name)
            )
        return name

    def import_name(self, file: Path) -> str | None:
        """The name ``import_`` gives ``file`` without a name of the user's (None when the file
        cannot tell: the import itself then says what is wrong with it)."""
        file = Path(file)
        try:
            if file.is_dir():
                config = json.loads((file / CONFIG_FILE).read_text(encoding="utf-8"))
                return sanitize_model_name(marian.default_name(file, config))
            with zipfile.ZipFile(file) as archive:
                if argos.is_package(file, archive.namelist()):
                    members = self._checked_members(archive, file, folders=True)
                    return argos.read_package(archive, members, file).name
                opus_mt = self._marian_members(archive)
                config = self._read_config(archive, file, opus_mt)
                if opus_mt is not None:
                    return sanitize_model_name(marian.default_name(file, config))
                return _import_name(config, file)
        except (UserError, OSError, ValueError, KeyError, *_DAMAGED_ZIP_ERRORS):
            return None

    def _import_marian(
        self, folder: Path, shown: Path, name: str | None, src: str | None, tgt: str | None
    ) -> ModelInfo:
        """Convert the OPUS-MT model in ``folder`` (``shown``: what the user gave) into a new
        model folder of ours, listed only once it loads."""
        model = marian.read_marian(folder, shown)
        target_name = self._import_target(name or sanitize_model_name(model.name))
        size = sum((folder / f).stat().st_size for f in marian.FILES)
        if size > MAX_IMPORT_BYTES:
            raise UserError(
                translate("store", "{file} holds more than {gigabytes} GB; refused.").format(
                    file=shown, gigabytes=MAX_IMPORT_BYTES >> 30
                )
            )
        damaged = translate("store", "{file} is damaged ({error}); download it again.")
        with self._building(size, shown, damaged, target_name) as staging:
            card = marian.write_model(model, staging, target_name, src, tgt)
            check_weights_match(staging / WEIGHTS_FILE, card["model"], shown)
            load_model_files(staging, device="cpu")
        return self.info(target_name)

    def _import_marian_zip(
        self,
        archive: zipfile.ZipFile,
        members: dict[str, zipfile.ZipInfo],
        file: Path,
        name: str | None,
        src: str | None,
        tgt: str | None,
    ) -> ModelInfo:
        """Unpack an OPUS-MT zip's files (only those, under our own names) aside, then import
        them as a folder."""
        wanted = {own: members[own] for own in marian.FILES if own in members}
        if WEIGHTS_FILE not in members and marian.PICKLED_WEIGHTS in members:
            raise marian.pickled_only(file)
        size = sum(member.file_size for member in wanted.values())
        if size > MAX_IMPORT_BYTES:
            raise UserError(
                translate("store", "{file} would unpack to more than {gigabytes} GB.").format(
                    file=file, gigabytes=MAX_IMPORT_BYTES >> 30
                )
            )
        damaged = translate("store", "{file} is damaged ({error}); download it again.")
        with self._building(2 * size, file, damaged) as unpacked:
            for own, member in wanted.items():
                with archive.open(member) as source, (unpacked / own).open("wb") as out:
                    shutil.copyfileobj(source, out)
            return self._import_marian(unpacked, file, name, src, tgt)

    def _import_argos(self, archive: zipfile.ZipFile, file: Path, name: str | None) -> ModelInfo:
        """Unpack an Argos Translate package's model files (only those, under our own names)
        aside, check them, and list the translate-only model."""
        members = self._checked_members(archive, file, folders=True)
        damaged = translate("store", "{file} is damaged ({error}); download it again.")
        try:
            package = argos.read_package(archive, members, file)
        except (*_DAMAGED_ZIP_ERRORS, OSError) as error:
            raise UserError(damaged.format(file=file, error=error)) from error
        target_name = self._import_target(name or package.name)
        with self._building(package.size, file, damaged, target_name) as staging:
            argos.write_model(archive, package, staging, target_name)
        return self.info(target_name)

    @staticmethod
    def _marian_members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo] | None:
        """An OPUS-MT zip's files by name (flat, or all in one folder); None when the zip is
        not one. Only files of ``marian.FILES`` are ever unpacked, under those names."""
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_IMPORT_MEMBERS:
            return None
        if len({m.filename.replace("\\", "/").rpartition("/")[0] for m in members}) != 1:
            return None
        found = {m.filename.replace("\\", "/").rpartition("/")[2]: m for m in members}
        return found if marian.looks_like_marian(set(found)) else None

    def _check_free_space(self, needed: int, file: Path) -> None:
        """Refuse before unpacking rather than fill the disk halfway."""
        margin = 64 << 20
        try:
            free = shutil.disk_usage(self.models_dir).free
        except OSError:
            return  # cannot tell: unpacking reports a full disk itself
        if free < needed + margin:
            raise UserError(
                translate(
                    "store",
                    "Importing {file} needs {needed_mb:,} MB free in {folder}"
                    " but only {free_mb:,} MB are; free some disk space and try again.",
                ).format(
                    file=file,
                    needed_mb=(needed + margin) >> 20,
                    folder=self.models_dir,
                    free_mb=free >> 20,
                )
            )

    @staticmethod
    def _read_config(
        archive: zipfile.ZipFile,
        file: Path,
        opus_mt: dict[str, zipfile.ZipInfo] | None = None,
    ) -> dict[str, Any]:
        member = opus_mt[CONFIG_FILE] if opus_mt else archive.getinfo(CONFIG_FILE)
        if member.file_size > MAX_CONFIG_BYTES:
            raise UserError(
                translate(
                    "store", "{file} holds a config.json too big for a model file; refused."
                ).format(file=file)
            )
        damaged = translate("store", "{file} holds a damaged config.json.")
        try:
            config = json.loads(archive.read(member).decode("utf-8"))
        except (ValueError, *_DAMAGED_ZIP_ERRORS) as error:
            raise UserError(damaged.format(file=file)) from error
        if not isinstance(config, dict):
            raise UserError(damaged.format(file=file))
        return config

    @staticmethod
    def _checked_members(
        archive: zipfile.ZipFile, file: Path, folders: bool = False
    ) -> list[zipfile.ZipInfo]:
        """Only flat (or, with ``folders``, in folders), plainly named files, not too many, not
        too big once unpacked."""
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_IMPORT_MEMBERS:
            raise UserError(
                translate("store", "{file} holds {count} files, too many for a model file.").format(
                    file=file, count=len(members)
                )
            )
        total = 0
        for member in members:
            name = member.filename
            parts = name.split("/") if folders else [name]
            if not all(SAFE_FILE_NAME.match(part) and ".." not in part for part in parts):
                raise UserError(
                    translate(
                        "store", "{file} holds a file with an unsafe path ({name!r}); refused."
                    ).format(file=file, name=name)
                )
            total += member.file_size
        if total > MAX_IMPORT_BYTES:
            raise UserError(
                translate("store", "{file} would unpack to more than {gigabytes} GB.").format(
                    file=file, gigabytes=MAX_IMPORT_BYTES >> 30
                )
            )
        if folders:
            return members
        names = {m.filename for m in members}
        for required in (CONFIG_FILE, WEIGHTS_FILE):
            if required not in names:
                raise UserError(
                    translate("store", "{file} is not a model file: it lacks {file_name}.").format(
                        file=file, file_name=required
                    )
                )
        return members


# What reading a member of a corrupt, truncated or encrypted zip raises.
_DAMAGED_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError)
