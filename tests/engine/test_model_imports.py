"""Model files as users make them: a model folder zipped whole, a damaged tokenizer."""

import zipfile

import pytest

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import CONFIG_FILE, WEIGHTS_FILE
from s2s_desktop.engine.store import ModelStore


@pytest.fixture
def exported(trained_toy_model, tmp_path):
    """The toy model's exported zip, and its members by name."""
    store = ModelStore(trained_toy_model.model_dir.parent.parent)
    path = store.export(trained_toy_model.model_dir.name, tmp_path / "toy.zip")
    with zipfile.ZipFile(path) as archive:
        return path, {name: archive.read(name) for name in archive.namelist()}


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_model_folder_zipped_whole_imports(exported, tmp_path):
    _, members = exported
    nested = {f"toy/{name}": data for name, data in members.items()}
    nested["__MACOSX/toy/._config.json"] = b"finder data"
    store = ModelStore(tmp_path / "root")
    info = store.import_(_zip(tmp_path / "folder.zip", nested), "from-folder")
    assert info.name == "from-folder" and info.src_lang == "en"
    assert {CONFIG_FILE, WEIGHTS_FILE} <= {p.name for p in store.path("from-folder").iterdir()}


@pytest.mark.parametrize("damage", ["garbled", "missing"])
def test_a_damaged_or_missing_tokenizer_is_one_sentence(exported, tmp_path, damage):
    _, members = exported
    if damage == "garbled":
        members["target.model"] = b"not a sentencepiece model"
    else:
        del members["target.model"]
    store = ModelStore(tmp_path / "root")
    expected = "its tokenizer target.model cannot be read" if damage == "garbled" else "lacks"
    with pytest.raises(UserError, match=expected) as caught:
        store.import_(_zip(tmp_path / "m.zip", members))
    assert ".importing" not in str(caught.value) and "sentencepiece" not in str(caught.value)
    assert store.list() == []
