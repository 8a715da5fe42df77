"""Argos Translate packages for the tests, built as Argos builds them: a CTranslate2
``TransformerSpec`` folder and one sentencepiece model, zipped in one folder with metadata.json.

The model is one of ours, with one vocabulary for both sides (as Argos packages have), trained
for a few seconds on the toy language and exported through ``fast.ctranslate``.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path

from s2s_desktop.engine.config import RunSettings, TrainingConfig, preset_config
from s2s_desktop.engine.model_files import load_model_files
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.training import Trainer
from tests.toy import toy_pairs, write_moses

FOLDER = "translate-en_eo-1_0"
METADATA = {
    "package_version": "1.0",
    "argos_version": "1.0",
    "from_code": "en",
    "from_name": "English",
    "to_code": "eo",
    "to_name": "Esperanto",
    "name": "English - Esperanto (toy)",
}


def train_shared_model(root: Path) -> Path:
    """A small model with one shared, tied vocabulary, trained on 1,000 toy pairs; its folder."""
    corpus = root / "corpus"
    write_moses(corpus, "train", toy_pairs(1000, seed=4))
    write_moses(corpus, "dev", toy_pairs(20, seed=5))
    settings = RunSettings(
        name="shared",
        folder=str(corpus),
        src="en",
        tgt="eo",
        preset="tiny",
        model=preset_config(
            "tiny",
            src_vocab_size=100,
            tgt_vocab_size=100,
            hid_dim=64,
            enc_pf_dim=128,
            dec_pf_dim=128,
            enc_layers=2,
            dec_layers=2,
            enc_heads=4,
            dec_heads=4,
            shared_vocab=True,
            tied_embeddings=True,
        ),
        training=TrainingConfig(
            epochs=8, batch_tokens=1000, learning_rate=3e-3, device="cpu", seed=9, final_beam=1
        ),
    )
    result = Trainer(settings, lambda event: None, store=ModelStore(root / "data")).run()
    assert result.has_model, result
    return result.model_dir


def build_package(
    model_dir: Path,
    file: Path,
    metadata: dict | None = None,
    leave_out: tuple[str, ...] = (),
    extra: dict[str, bytes] | None = None,
) -> Path:
    """Write the model in ``model_dir`` as an Argos package ``file`` (``leave_out``: paths in
    its folder not to write; ``extra``: more members, by their full path in the zip)."""
    from s2s_desktop.engine.fast import ctranslate

    loaded = load_model_files(model_dir, "cpu")
    vocabulary = ctranslate.vocabulary(loaded.source_tokenizer)
    spec = ctranslate.model_spec(loaded.model, vocabulary, vocabulary)
    # Our models read a source that ends with EOS; Argos hands CTranslate2 the pieces alone.
    spec.config.add_source_eos = True
    spec.validate()
    spec.optimize(quantization=None)
    members = {
        "metadata.json": json.dumps(metadata or METADATA).encode(),
        "sentencepiece.model": loaded.source_tokenizer.proto,
        "stanza/resources.json": b"{}",  # a sentence splitter's files: not read
        "README.md": b"A toy package.\n",
    }
    with tempfile.TemporaryDirectory() as folder:
        spec.save(folder)
        for path in Path(folder).iterdir():
            members[f"model/{path.name}"] = path.read_bytes()
    with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data in members.items():
            if path not in leave_out:
                archive.writestr(f"{FOLDER}/{path}", data)
        for path, data in (extra or {}).items():
            archive.writestr(path, data)
    return file
