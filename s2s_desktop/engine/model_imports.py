"""Adding a model from a file: an exported zip of ours, an OPUS-MT model (its folder, or a zip of
it, converted by ``engine.marian``), an Argos Translate package (``engine.argos``).

A model file from elsewhere is untrusted: sizes, member counts and the config are checked
before anything is unpacked, nothing in it is executed, and the model is unpacked beside the
others and renamed into place only once it loads, so a half-imported model is never listed.
``ModelStore.import_`` is the door; this module does the work.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from s2s_desktop.engine import argos, marian
from s2s_desktop.engine.atomic_files import atomic_write_json
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import (
    CONFIG_FILE,
    METRICS_FILE,
    SAFE_FILE_NAME,
    WEIGHTS_FILE,
    check_model_name,
    check_weights_match,
    load_model_files,
    sanitize_model_name,
    validate_model_config,
)
from s2s_desktop.engine.wording import translate

if TYPE_CHECKING:
    from s2s_desktop.engine.store import ModelInfo, ModelStore

# Import limits: a model file from elsewhere is untrusted.
MAX_IMPORT_BYTES = 4 * 1024**3
MAX_IMPORT_MEMBERS = 64
MAX_CONFIG_BYTES = 1 << 20


def _import_name(config: Mapping[str, Any], file: Path) -> str:
    """An imported model's name: the one its card holds, else the file's, made safe."""
    return sanitize_model_name(str(config.get("name") or file.stem))


class ModelImporter:
    """Imports files into ``store``'s models folder (``ModelStore.import_`` makes one per call)."""

    def __init__(self, store: ModelStore) -> None:
        self.store = store
        self.models_dir = store.models_dir

    def import_(
        self,
        file: Path,
        name: str | None = None,
        src: str | None = None,
        tgt: str | None = None,
    ) -> ModelInfo:
        """What ``ModelStore.import_`` promises: ``file`` checked, unpacked or converted beside
        the models, and renamed into place once it loads."""
        file = Path(file)
        if file.is_dir():
            if not marian.is_marian_folder(file):
                raise marian.not_a_model_folder(file)
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
            # A model folder zipped whole (as a file manager does) holds its files in one folder.
            folder = _one_folder(archive)
            # Not a model at all (a Word document is a zip too) is said before its names are.
            listed = {n[len(folder) :]: None for n in archive.namelist() if n.startswith(folder)}
            _require(listed, (CONFIG_FILE, WEIGHTS_FILE), file)
            members = self._checked_members(archive, file, folders=bool(folder))
            by_name = {
                m.filename[len(folder) :]: m
                for m in members
                if m.filename.startswith(folder) and "/" not in m.filename[len(folder) :]
            }
            _require(by_name, (CONFIG_FILE, WEIGHTS_FILE), file)
            config = self._read_config(archive, file, by_name)
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
            members_by_name = {key: by_name[key] for key in wanted if key in by_name}
            size = sum(member.file_size for member in members_by_name.values())
            damaged = translate("store", "{file} is damaged ({error}); export the model again.")
            with self._building(size, file, damaged, target_name) as staging:
                for key, member in members_by_name.items():
                    with archive.open(member) as source, (staging / key).open("wb") as target:
                        shutil.copyfileobj(source, target)
                config["name"] = target_name
                atomic_write_json(staging / CONFIG_FILE, config)
                # The file's header must describe the configured model before one is built: a
                # crafted config.json could otherwise make loading allocate any amount of memory.
                check_weights_match(staging / WEIGHTS_FILE, config["model"], file)
                _require(by_name, (tokenizer["source"], tokenizer["target"]), file)
                from s2s_desktop.engine.tokenizer import Tokenizer  # sentencepiece: when needed

                for side in ("source", "target"):
                    try:
                        Tokenizer.load(staging / tokenizer[side])
                    except UserError as error:
                        raise UserError(
                            translate(
                                "store",
                                "{file} is damaged: its tokenizer {file_name} cannot be read; "
                                "export the model again.",
                            ).format(file=file, file_name=tokenizer[side])
                        ) from error
                # Loading proves the weights and tokenizers are sound before the model is listed.
                load_model_files(staging, device="cpu")
        return self.store.info(target_name)

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
        if self.store.exists(check_model_name(name)):
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
                ours = {CONFIG_FILE: archive.getinfo(_one_folder(archive) + CONFIG_FILE)}
                config = self._read_config(archive, file, opus_mt or ours)
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
        return self.store.info(target_name)

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
        return self.store.info(target_name)

    @staticmethod
    def _marian_members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo] | None:
        """An OPUS-MT zip's files by name (flat, or all in one folder); None when the zip is
        not one. Only files of ``marian.FILES`` are ever unpacked, under those names."""
        # macOS's zip adds __MACOSX/ (Finder data), never unpacked.
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir() and not m.filename.startswith("__MACOSX/")
        ]
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
        members: Mapping[str, zipfile.ZipInfo],
    ) -> dict[str, Any]:
        """The config.json of ``members`` (the archive's model files by their names)."""
        member = members[CONFIG_FILE]
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
        # macOS's zip adds __MACOSX/ (Finder data), never unpacked.
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir() and not m.filename.startswith("__MACOSX/")
        ]
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
        return members


def _one_folder(archive: zipfile.ZipFile) -> str:
    """ "NAME/" when every file of ``archive`` (macOS's __MACOSX/ aside) lies in one folder."""
    names = [
        m.filename
        for m in archive.infolist()
        if not m.is_dir() and not m.filename.startswith("__MACOSX/")
    ]
    tops = {name.split("/", 1)[0] for name in names}
    if names and len(tops) == 1 and all("/" in name for name in names):
        return tops.pop() + "/"
    return ""


def _require(members: Mapping[str, Any], names: tuple[str, ...], file: Path) -> None:
    for required in names:
        if required not in members:
            raise UserError(
                translate("store", "{file} is not a model file: it lacks {file_name}.").format(
                    file=file, file_name=required
                )
            )


# What reading a member of a corrupt, truncated or encrypted zip raises.
_DAMAGED_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError)
