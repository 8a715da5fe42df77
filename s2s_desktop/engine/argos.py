"""Argos Translate packages (``.argosmodel``) as translate-only models of ours: read, checked,
written into a model folder, and written back out as a package.

A package is a zip holding one folder with ``metadata.json`` (``from_code``, ``to_code``,
``package_version``, ``argos_version``, ...), ``model/`` (a CTranslate2 model: ``model.bin``,
``config.json``, ``shared_vocabulary.json`` or a source and a target vocabulary, ``.txt`` in
older packages), ``sentencepiece.model`` (one tokenizer for both sides) and often ``stanza/`` (a
sentence splitter) and a README, which are not read. Argos packages come from OpenNMT models
that our Transformer cannot hold, so the model is kept as it is: the CTranslate2 files under
``ctranslate2/``, the tokenizer as ``shared.model``, the package's ``metadata.json`` beside
them (for the export), and a card that says ``translate_only``. ``argos_translator`` translates
with it. Nothing in a package is executed: ``model.bin`` is data read by CTranslate2, and only
the files named here are unpacked, under our own names.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import struct
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from s2s_desktop import __version__
from s2s_desktop.engine.atomic_files import atomic_write_json
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import (
    CONFIG_FILE,
    CTRANSLATE2_DIR,
    CTRANSLATE2_WEIGHTS,
    FORMAT_VERSION,
    SAFE_FILE_NAME,
    SHARED_TOKENIZER,
)
from s2s_desktop.engine.wording import translate

ORIGIN = "Argos Translate"
PRESET = "argos"
SUFFIX = ".argosmodel"
METADATA_FILE = "metadata.json"
SPM_FILE = "sentencepiece.model"  # the package's tokenizer; ours is SHARED_TOKENIZER
MODEL_DIR = "model"  # the package's CTranslate2 folder; ours is CTRANSLATE2_DIR
VOCABULARIES = tuple(
    f"{side}_vocabulary.{kind}"
    for side in ("shared", "source", "target")
    for kind in ("json", "txt")
)
# What an import reads of a package (paths inside its folder); everything else is left in it.
MODEL_FILES = (CTRANSLATE2_WEIGHTS, CONFIG_FILE, *VOCABULARIES)
FILES = (METADATA_FILE, SPM_FILE, *(f"{MODEL_DIR}/{name}" for name in MODEL_FILES))
MAX_JSON_BYTES = 16 << 20  # a 64k vocabulary is under 2 MB
_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")


def is_package(file: Path, names: list[str]) -> bool:
    """Whether a zip (``file``, its member ``names``) is meant as an Argos package: its suffix,
    or one of a package's files one folder down."""
    if file.suffix.lower() == SUFFIX:
        return True
    inner = {name.replace("\\", "/").partition("/")[2] for name in names}
    return bool(inner & {METADATA_FILE, SPM_FILE, f"{MODEL_DIR}/{CTRANSLATE2_WEIGHTS}"})


@dataclass(frozen=True)
class ArgosPackage:
    """A package's zip, read and checked (nothing unpacked yet).

    Attributes:
        file: the zip; ``folder``: its one top-level folder.
        metadata: its ``metadata.json``.
        members: the files an import unpacks, by their path inside ``folder``.
    """

    file: Path
    folder: str
    metadata: dict[str, Any]
    members: dict[str, zipfile.ZipInfo]

    @property
    def languages(self) -> tuple[str, str]:
        return str(self.metadata["from_code"]), str(self.metadata["to_code"])

    @property
    def name(self) -> str:
        """A name for the store: ``argos-en-de``."""
        src, tgt = self.languages
        return f"argos-{src}-{tgt}"

    @property
    def size(self) -> int:
        return sum(member.file_size for member in self.members.values())


def read_package(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], file: Path
) -> ArgosPackage:
    """Find and check a package's files in ``archive`` (``members``: its files, their paths
    already checked by the store) and read its ``metadata.json``."""
    folders = {member.filename.partition("/")[0] for member in members}
    if len(folders) != 1 or any("/" not in member.filename for member in members):
        raise UserError(
            translate(
                "argos",
                "{file} is not an Argos Translate package: its files are not all in one folder.",
            ).format(file=file)
        )
    folder = folders.pop()
    found = {member.filename.partition("/")[2]: member for member in members}
    for required in (
        METADATA_FILE,
        f"{MODEL_DIR}/{CTRANSLATE2_WEIGHTS}",
        f"{MODEL_DIR}/{CONFIG_FILE}",
    ):
        if required not in found:
            raise UserError(
                translate(
                    "argos", "{file} is not an Argos Translate package: it lacks {file_name}."
                ).format(file=file, file_name=required)
            )
    if SPM_FILE not in found:
        raise UserError(
            translate(
                "argos",
                "{file} has no {file_name}: only Argos Translate packages that cut text with "
                "sentencepiece can be imported (not those with a BPE model).",
            ).format(file=file, file_name=SPM_FILE)
        )
    vocab = {name for name in VOCABULARIES if f"{MODEL_DIR}/{name}" in found}
    if not any(name.startswith("shared") for name in vocab) and not (
        any(name.startswith("source") for name in vocab)
        and any(name.startswith("target") for name in vocab)
    ):
        raise UserError(
            translate(
                "argos",
                "{file} is not an Argos Translate package: its model/ folder holds no vocabulary.",
            ).format(file=file)
        )
    if found[METADATA_FILE].file_size > MAX_JSON_BYTES:
        raise _too_big(file, METADATA_FILE)
    metadata = _json(archive.read(found[METADATA_FILE]), METADATA_FILE, file)
    if not isinstance(metadata, dict):
        raise UserError(
            translate("argos", "{file} holds a damaged {file_name}.").format(
                file=file, file_name=METADATA_FILE
            )
        )
    kind = metadata.get("type", "translate")
    if kind != "translate":
        raise UserError(
            translate(
                "argos",
                "{file} is an Argos Translate package of type {kind!r}, not a translation model.",
            ).format(file=file, kind=kind)
        )
    for key in ("from_code", "to_code"):
        code = metadata.get(key)
        if not isinstance(code, str) or not _LANGUAGE_CODE.match(code):
            raise UserError(
                translate(
                    "argos", "{file} has a missing or bad {key} in its {file_name}: {code!r}."
                ).format(file=file, key=key, file_name=METADATA_FILE, code=code)
            )
    wanted = {path: member for path, member in found.items() if path in FILES}
    return ArgosPackage(file, folder, metadata, wanted)


def _too_big(file: Path, name: str) -> UserError:
    return UserError(
        translate(
            "argos", "{file} holds a {file_name} too big for an Argos Translate package; refused."
        ).format(file=file, file_name=name)
    )


def _json(data: bytes, name: str, file: Path) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except ValueError as error:
        raise UserError(
            translate("argos", "{file} holds a damaged {file_name} ({error}).").format(
                file=file, file_name=name, error=error
            )
        ) from error


def _own_path(folder: Path, path: str) -> Path:
    """Where a package's file goes in our model folder."""
    if path == SPM_FILE:
        return folder / SHARED_TOKENIZER
    if path.startswith(f"{MODEL_DIR}/"):
        return folder / CTRANSLATE2_DIR / path.partition("/")[2]
    return folder / path


def write_model(
    archive: zipfile.ZipFile, package: ArgosPackage, folder: Path, name: str
) -> dict[str, Any]:
    """Unpack ``package``'s files into ``folder`` under our names, check them, and write the
    card; returns the card. Read errors of the zip reach the caller (the store words them)."""
    (folder / CTRANSLATE2_DIR).mkdir(parents=True, exist_ok=True)
    for path, member in package.members.items():
        with archive.open(member) as source, _own_path(folder, path).open("wb") as out:
            shutil.copyfileobj(source, out)
    parameters = check_model_folder(folder, package.file)
    src, tgt = package.languages
    metadata = package.metadata
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    card = {
        "format": FORMAT_VERSION,
        "app_version": __version__,
        "name": name,
        "src_lang": src,
        "tgt_lang": tgt,
        "preset": PRESET,
        "origin": ORIGIN,
        "translate_only": True,
        "model": {},
        "parameters": parameters,
        "tokenizer": {
            "type": "sentencepiece",
            "shared": True,
            "source": SHARED_TOKENIZER,
            "target": SHARED_TOKENIZER,
        },
        "training": {},
        "metrics": {},
        "imported": {
            "from": package.file.name,
            "folder": package.folder if SAFE_FILE_NAME.match(package.folder) else name,
            "package_name": str(metadata.get("name") or ""),
            "package_version": str(metadata.get("package_version") or ""),
            "argos_version": str(metadata.get("argos_version") or ""),
        },
        "created": now,
        "updated": now,
    }
    atomic_write_json(folder / CONFIG_FILE, card)
    return card


def check_model_folder(folder: Path, shown: Path) -> int | None:
    """Check an unpacked package's files as data (JSON, vocabularies, the sentencepiece model,
    ``model.bin``'s layout); with CTranslate2 installed, load the model too. Returns its
    parameter count (None where ``count_parameters`` cannot tell)."""
    import sentencepiece as spm

    model = folder / CTRANSLATE2_DIR
    for path in sorted(model.iterdir()):
        if path.suffix != ".json":
            continue
        shown_name = f"{MODEL_DIR}/{path.name}"
        if path.stat().st_size > MAX_JSON_BYTES:
            raise _too_big(shown, shown_name)
        data = _json(path.read_bytes(), shown_name, shown)
        vocabulary = isinstance(data, list) and all(isinstance(piece, str) for piece in data)
        if not (vocabulary if path.name != CONFIG_FILE else isinstance(data, dict)):
            raise UserError(
                translate("argos", "{file} holds a damaged {file_name}.").format(
                    file=shown, file_name=shown_name
                )
            )
    try:
        spm.SentencePieceProcessor(model_proto=(folder / SHARED_TOKENIZER).read_bytes())
    except RuntimeError as error:
        raise UserError(
            translate("argos", "{file} holds a damaged {file_name} ({error}).").format(
                file=shown, file_name=SPM_FILE, error=error
            )
        ) from error
    parameters = count_parameters(model / CTRANSLATE2_WEIGHTS, shown)
    try:
        import ctranslate2
    except ImportError:
        return parameters  # checked as data; translating will say how to install CTranslate2
    import torch

    threads = torch.get_num_threads()
    try:
        ctranslate2.Translator(str(model), device="cpu", intra_threads=1)
    except (RuntimeError, ValueError) as error:
        raise UserError(
            translate("argos", "CTranslate2 cannot load the model in {file}: {error}.").format(
                file=shown, error=error
            )
        ) from error
    finally:
        torch.set_num_threads(threads)  # CTranslate2 sets the OpenMP thread count torch shares
    return parameters


def count_parameters(path: Path, shown: Path) -> int | None:
    """The parameters in a CTranslate2 ``model.bin``, read from its variables' headers (their
    data skipped; options and quantization scales not counted); None for a binary version
    older than 4, whose layout differs. UserError when the file is not laid out as CTranslate2
    writes it."""
    size = path.stat().st_size

    def read(handle: Any, layout: str) -> tuple[Any, ...]:
        data = handle.read(struct.calcsize(layout))
        if len(data) != struct.calcsize(layout):
            raise ValueError("truncated")
        return struct.unpack(layout, data)

    def text(handle: Any) -> str:
        (length,) = read(handle, "<H")
        return handle.read(length)[:-1].decode("utf-8")

    try:
        with path.open("rb") as handle:
            (version,) = read(handle, "<I")
            if not 1 <= version <= 64 or not text(handle).isascii():
                raise ValueError("no header")
            if version < 4:
                return None
            _, count = read(handle, "<II")  # the spec's revision, the number of variables
            parameters = 0
            for _ in range(count):
                name = text(handle)
                (rank,) = read(handle, "<B")
                dims = read(handle, f"<{rank}I")
                _, length = read(handle, "<BI")  # the type, the bytes
                if handle.tell() + length > size:
                    raise ValueError("truncated")
                handle.seek(length, 1)
                if rank and not name.endswith("scale"):  # not its options, not int8 scales
                    parameters += math.prod(dims)
            return parameters
    except (ValueError, UnicodeDecodeError, struct.error) as error:
        raise UserError(
            translate(
                "argos", "{file} holds a {file_name} that is not a CTranslate2 model."
            ).format(file=shown, file_name=f"{MODEL_DIR}/{CTRANSLATE2_WEIGHTS}")
        ) from error


def export_members(
    folder: Path, card: dict[str, Any], file: Path
) -> tuple[Path, list[tuple[str, Path]]]:
    """The file to write (``.argosmodel`` unless it ends in ``.zip``) and the members of the
    package that exports the translate-only model in ``folder``: (path in the zip, file)."""
    if file.suffix.lower() not in (SUFFIX, ".zip"):
        file = file.with_name(file.name + SUFFIX)
    imported = card.get("imported")
    top = imported.get("folder") if isinstance(imported, dict) else None
    top = top if isinstance(top, str) and SAFE_FILE_NAME.match(top) else folder.name
    members = [(f"{top}/{METADATA_FILE}", folder / METADATA_FILE)]
    members.append((f"{top}/{SPM_FILE}", folder / SHARED_TOKENIZER))
    for path in sorted((folder / CTRANSLATE2_DIR).iterdir()):
        if path.name in MODEL_FILES:
            members.append((f"{top}/{MODEL_DIR}/{path.name}", path))
    return file, members
