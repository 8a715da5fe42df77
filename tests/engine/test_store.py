"""The model store: listing, inspecting, renaming, deleting, exporting and importing model folders.

Most tests build model folders by hand (no training); the export -> import round trip uses the
session's trained toy model.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from s2s_desktop.engine import store as store_module
from s2s_desktop.engine.atomic_files import atomic_write_bytes, atomic_write_json
from s2s_desktop.engine.config import ModelConfig
from s2s_desktop.engine.data_folder import data_root
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import (
    CONFIG_FILE,
    METRICS_FILE,
    RUN_FILE,
    TRAINING_DIR,
    WEIGHTS_FILE,
    append_jsonl,
    check_model_name,
    read_jsonl,
    sanitize_model_name,
    scored_beam,
)
from s2s_desktop.engine.store import ModelStore
from tests.payloads import pickled_payloads

SMALL_MODEL = ModelConfig(
    src_vocab_size=32,
    tgt_vocab_size=32,
    hid_dim=16,
    enc_layers=1,
    dec_layers=1,
    enc_heads=2,
    dec_heads=2,
    enc_pf_dim=16,
    dec_pf_dim=16,
    max_positions=16,
)


@pytest.fixture
def store(tmp_path) -> ModelStore:
    return ModelStore(tmp_path / "root")


def make_model(store: ModelStore, name: str, **config) -> Path:
    """A listed model folder: config.json and a (fake) weights file."""
    folder = store.models_dir / name
    folder.mkdir(parents=True)
    atomic_write_json(
        folder / CONFIG_FILE,
        {
            "name": name,
            "src_lang": "en",
            "tgt_lang": "de",
            "preset": "tiny",
            "parameters": 1_234_567,
            "metrics": {"bleu": 12.5, "chrf": 40.25},
            "created": "2024-05-01T10:00:00+00:00",
            **config,
        },
    )
    (folder / WEIGHTS_FILE).write_bytes(b"weights")
    return folder


def make_unfinished_run(store: ModelStore, name: str) -> Path:
    """What a run leaves before its first evaluation: training state, no config or weights."""
    folder = store.models_dir / name
    (folder / TRAINING_DIR).mkdir(parents=True)
    atomic_write_json(folder / TRAINING_DIR / RUN_FILE, {"name": name, "src": "en"})
    (folder / "source.model").write_bytes(b"pieces")
    return folder


def config_json(**changes) -> dict:
    """A config.json that passes the import's checks (its weights are another matter)."""
    return {
        "name": "shared",
        "src_lang": "en",
        "tgt_lang": "de",
        "model": SMALL_MODEL.to_dict(),
        "tokenizer": {"type": "sentencepiece", "source": "source.model", "target": "target.model"},
        **changes,
    }


def write_zip(path: Path, members: dict[str, bytes | str | dict], *, stored=False) -> Path:
    compression = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members.items():
            if isinstance(data, dict):
                data = json.dumps(data)
            archive.writestr(name, data)
    return path


def leftovers(folder: Path) -> list[str]:
    """Hidden entries (temporary files, staging folders, trash) below ``folder``."""
    return sorted(p.name for p in folder.rglob(".*")) if folder.exists() else []


# ---------------------------------------------------------------------- names and paths


def test_data_root_follows_the_environment(private_data_root):
    assert data_root() == private_data_root
    assert ModelStore().models_dir == private_data_root / "models"


@pytest.mark.parametrize(
    "name",
    ["../x", "a/b", "a\\b", ".hidden", "", "-dash", "x" * 81, "two words", "c:x", "..", "/abs"],
)
def test_check_model_name_rejects_unsafe_names(store, name):
    with pytest.raises(UserError, match="not a usable model name"):
        check_model_name(name)
    with pytest.raises(UserError):
        store.path(name)
    with pytest.raises(UserError):
        store.info(name)


@pytest.mark.parametrize("name", ["en-de-tiny", "Model_2.1", "x", "9" * 80])
def test_check_model_name_accepts_plain_names(store, name):
    assert check_model_name(name) == name
    assert store.path(name) == store.models_dir / name


def test_sanitize_model_name_makes_usable_names():
    assert sanitize_model_name("../../etc/passwd") == "etc-passwd"
    assert sanitize_model_name("my model (v2)") == "my-model-v2"
    assert sanitize_model_name("...") == "model"
    assert len(sanitize_model_name("a" * 200)) == 80


# ---------------------------------------------------------------------- list and info


def test_empty_store_lists_nothing(store):
    assert not store.models_dir.exists()
    assert store.list() == []
    with pytest.raises(UserError, match="no model named 'nope'.*none yet"):
        store.info("nope")


def test_list_shows_complete_models_newest_first(store):
    make_model(store, "older", created="2024-01-01T00:00:00+00:00", tgt_lang="fr")
    make_model(store, "newer", created="2024-06-01T00:00:00+00:00", parameters=42)

    models = store.list()

    assert [m.name for m in models] == ["newer", "older"]
    newer, older = models
    assert (newer.src_lang, newer.tgt_lang, newer.preset) == ("en", "de", "tiny")
    assert newer.parameters == 42
    assert older.tgt_lang == "fr"
    assert older.parameters == 1_234_567
    assert (older.bleu, older.chrf) == (12.5, 40.25)
    assert older.created == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert older.path == store.models_dir / "older"
    assert older.size_bytes() == sum(
        p.stat().st_size for p in (store.models_dir / "older").iterdir()
    )


def test_info_reads_config(store):
    make_model(store, "m1", preset="base", metrics={"bleu": 30})
    info = store.info("m1")
    assert info.name == "m1"
    assert info.preset == "base"
    assert info.bleu == 30.0
    assert info.chrf is None
    assert info.config["src_lang"] == "en"


@pytest.mark.parametrize(
    ("metrics", "beam"),
    [
        ({"bleu": 30, "beam": 4, "greedy_bleu": 28}, 4),  # beam search beat greedy decoding
        ({"bleu": 30}, 1),  # greedy decoding's score
        ({"beam": "4"}, 1),
        ({"beam": True}, 1),
        ({"beam": 0}, 1),
        ({"beam": 99}, 1),
        (None, 1),
    ],
)
def test_the_scored_beam_is_where_translating_starts(store, metrics, beam):
    make_model(store, "m", metrics=metrics)
    assert store.info("m").scored_beam == beam == scored_beam(store.info("m").config)


def test_unfinished_run_is_not_listed_and_info_says_why(store):
    make_model(store, "done")
    make_unfinished_run(store, "running")

    assert [m.name for m in store.list()] == ["done"]
    assert store.exists("running")
    with pytest.raises(UserError, match="not finished its first evaluation") as error:
        store.info("running")
    assert "--resume" in str(error.value)
    assert "delete" in str(error.value)


def test_folder_without_weights_is_not_listed(store):
    folder = make_model(store, "half")
    (folder / WEIGHTS_FILE).unlink()
    assert store.list() == []
    with pytest.raises(UserError, match="no model named 'half'"):
        store.info("half")


@pytest.mark.parametrize(
    "content", [b"{not json", b"[1, 2, 3]", b"\xff\xfe\x00garbage", b"", b'"a string"']
)
def test_damaged_config_is_not_listed(store, content):
    make_model(store, "good")
    folder = make_model(store, "broken")
    (folder / CONFIG_FILE).write_bytes(content)

    assert [m.name for m in store.list()] == ["good"]
    with pytest.raises(UserError, match="'broken' is damaged"):
        store.info("broken")


def test_config_with_wrong_field_types_is_listed_without_crashing(store):
    make_model(
        store, "odd", parameters="many", metrics=None, created=12, src_lang=None, preset=True
    )
    make_model(store, "odd2", parameters=True, metrics={"bleu": "high", "chrf": False})

    models = {m.name: m for m in store.list()}

    assert set(models) == {"odd", "odd2"}
    odd, odd2 = models["odd"], models["odd2"]
    assert (odd.parameters, odd.bleu, odd.chrf, odd.created) == (0, None, None, None)
    assert (odd2.parameters, odd2.bleu, odd2.chrf) == (0, None, None)


def test_hidden_folders_and_stray_files_are_ignored(store):
    make_model(store, "real")
    make_model(store, ".deleting-old-123")
    (store.models_dir / "notes.txt").write_text("hello", encoding="utf-8")
    assert [m.name for m in store.list()] == ["real"]


# ---------------------------------------------------------------------- rename and delete


def test_rename_moves_the_folder_and_updates_the_stored_names(store):
    folder = make_model(store, "old")
    (folder / TRAINING_DIR).mkdir()
    atomic_write_json(folder / TRAINING_DIR / RUN_FILE, {"name": "old", "src": "en"})

    store.rename("old", "new")

    assert not folder.exists()
    assert [m.name for m in store.list()] == ["new"]
    assert store.info("new").config["name"] == "new"
    run = json.loads((store.path("new") / TRAINING_DIR / RUN_FILE).read_text(encoding="utf-8"))
    # A later 'train --name new --resume' reads this file.
    assert run == {"name": "new", "src": "en"}
    assert leftovers(store.models_dir) == []


def test_renaming_a_base_renames_it_in_what_was_fine_tuned_from_it(store):
    make_model(store, "base")
    child = make_model(store, "child")
    card = json.loads((child / CONFIG_FILE).read_text(encoding="utf-8"))
    atomic_write_json(child / CONFIG_FILE, {**card, "lineage": {"base": "base", "pairs": 40}})
    run = make_unfinished_run(store, "run")
    settings = json.loads((run / TRAINING_DIR / RUN_FILE).read_text(encoding="utf-8"))
    atomic_write_json(run / TRAINING_DIR / RUN_FILE, {**settings, "base": "base"})
    other = make_model(store, "other")

    store.rename("base", "general")

    assert store.info("child").card.base == "general"
    assert store.info("child").card.lineage["pairs"] == 40
    renamed = json.loads((run / TRAINING_DIR / RUN_FILE).read_text(encoding="utf-8"))
    assert renamed == {**settings, "base": "general"}
    assert store.info("other").card.base is None and other.exists()


def test_rename_an_unfinished_run(store):
    make_unfinished_run(store, "run")
    store.rename("run", "run2")
    assert not store.exists("run")
    run = json.loads((store.path("run2") / TRAINING_DIR / RUN_FILE).read_text(encoding="utf-8"))
    assert run["name"] == "run2"
    with pytest.raises(UserError, match="not finished"):
        store.info("run2")


def test_rename_keeps_a_damaged_config_as_it_is(store):
    folder = make_model(store, "old")
    (folder / CONFIG_FILE).write_bytes(b"{oops")
    store.rename("old", "new")
    assert (store.path("new") / CONFIG_FILE).read_bytes() == b"{oops"


def test_rename_refusals_leave_both_models_intact(store):
    make_model(store, "a", preset="tiny")
    make_model(store, "b", preset="base")

    with pytest.raises(UserError, match="'b' already exists"):
        store.rename("a", "b")
    with pytest.raises(
        UserError, match=r"no model named 'ghost' \(stored models: (a, b|b, a)\); see"
    ):
        store.rename("ghost", "c")
    store.rename("a", "a")  # its own name: nothing to do
    for name in "cdefghij":
        make_model(store, name)
    with pytest.raises(UserError, match=r"\(stored models: (\w, ){7}\w and 2 more\)"):
        store.delete("ghost")
    with pytest.raises(UserError, match="not a usable model name"):
        store.rename("a", "../escaped")

    assert (store.info("a").preset, store.info("b").preset) == ("tiny", "base")
    assert not (store.root / "escaped").exists()


def test_delete_removes_the_folder_and_leaves_no_trash(store):
    make_model(store, "keep")
    make_model(store, "gone")
    store.delete("gone")
    assert not store.exists("gone")
    assert [m.name for m in store.list()] == ["keep"]
    assert sorted(p.name for p in store.models_dir.iterdir()) == ["keep"]


def test_delete_an_unfinished_run(store):
    make_unfinished_run(store, "run")
    store.delete("run")
    assert not store.exists("run")
    assert list(store.models_dir.iterdir()) == []


def test_delete_unknown_model(store):
    make_model(store, "keep")
    with pytest.raises(UserError, match="no model named 'ghost'"):
        store.delete("ghost")
    with pytest.raises(UserError, match="not a usable model name"):
        store.delete("../keep")
    assert [m.name for m in store.list()] == ["keep"]


# ---------------------------------------------------------------------- files


def test_atomic_write_bytes_replaces_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "sub" / "file.bin"
    atomic_write_bytes(path, b"first")
    atomic_write_bytes(path, b"second")
    assert path.read_bytes() == b"second"
    assert os.listdir(path.parent) == ["file.bin"]


def test_atomic_write_bytes_failure_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "file.bin"
    atomic_write_bytes(path, b"old")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["file.bin"]


def test_atomic_write_json_round_trips_unicode(tmp_path):
    path = tmp_path / "c.json"
    atomic_write_json(path, {"name": "modèle", "n": [1, 2]})
    assert json.loads(path.read_text(encoding="utf-8")) == {"name": "modèle", "n": [1, 2]}


def test_read_jsonl_skips_a_torn_last_line(tmp_path):
    path = tmp_path / METRICS_FILE
    append_jsonl(path, [{"step": 1}, {"step": 2}])
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"step": 3, "lo')  # a crash mid-write
    assert read_jsonl(path) == [{"step": 1}, {"step": 2}]


def test_read_jsonl_skips_lines_that_are_not_objects(tmp_path):
    path = tmp_path / METRICS_FILE
    path.write_bytes(b'{"a": 1}\n[1]\n42\n\n\xff\xfe\n{"b": 2}\n')
    assert read_jsonl(path) == [{"a": 1}, {"b": 2}]
    assert read_jsonl(tmp_path / "missing.jsonl") == []


def test_append_after_a_torn_line_keeps_the_new_records(tmp_path):
    path = tmp_path / METRICS_FILE
    append_jsonl(path, [{"step": 1}])
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"step": 2, "lo')
    append_jsonl(path, [{"step": 3}, {"step": 4}])
    append_jsonl(path, [])
    assert read_jsonl(path) == [{"step": 1}, {"step": 3}, {"step": 4}]


# ---------------------------------------------------------------------- import refusals


def assert_nothing_imported(store: ModelStore) -> None:
    assert store.list() == []
    assert leftovers(store.root) == []


def test_import_refuses_a_missing_file_or_a_folder(store, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        store.import_(tmp_path / "missing.zip")
    with pytest.raises(UserError, match="is a folder"):
        store.import_(tmp_path)
    assert_nothing_imported(store)


def test_import_refuses_a_file_that_is_not_a_zip(store, tmp_path):
    fake = tmp_path / "model.zip"
    fake.write_text("just some text", encoding="utf-8")
    with pytest.raises(UserError, match="not a zip archive"):
        store.import_(fake)
    assert_nothing_imported(store)


@pytest.mark.parametrize("missing", [WEIGHTS_FILE, CONFIG_FILE])
def test_import_refuses_a_zip_without_a_required_file(store, tmp_path, missing):
    members = {CONFIG_FILE: config_json(), WEIGHTS_FILE: b"w", "source.model": b"s"}
    del members[missing]
    with pytest.raises(UserError, match=f"lacks {missing}"):
        store.import_(write_zip(tmp_path / "m.zip", members))
    assert_nothing_imported(store)


@pytest.mark.parametrize(
    "member",
    [
        "../evil.txt",
        "../../evil.txt",
        "/tmp/evil.txt",
        "sub/evil.txt",
        "sub\\evil.txt",
        "..\\evil.txt",
        "C:evil.txt",
        ".hidden",
        "a..b",
    ],
)
def test_import_refuses_unsafe_member_paths(store, tmp_path, member):
    archive = write_zip(
        tmp_path / "m.zip", {CONFIG_FILE: config_json(), WEIGHTS_FILE: b"w", member: b"owned"}
    )
    with pytest.raises(UserError, match="unsafe path"):
        store.import_(archive)
    assert_nothing_imported(store)
    assert not (tmp_path / "evil.txt").exists()
    assert not (store.root / "evil.txt").exists()


def test_a_zip_that_is_no_model_is_said_so(store, tmp_path):
    """A Word document is a zip too: it is not a model, whatever names its files have."""
    archive = write_zip(
        tmp_path / "report.docx",
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"},
    )
    with pytest.raises(UserError, match=r"report\.docx is not a model file: it lacks config"):
        store.import_(archive)
    assert_nothing_imported(store)


@pytest.mark.parametrize(
    ("model_changes", "message"),
    [
        ({"hid_dim": 10**9}, "hid_dim must be between"),
        ({"enc_layers": 0}, "enc_layers must be between"),
        ({"src_vocab_size": 10**12}, "src_vocab_size must be between"),
        ({"hid_dim": "128"}, "bad value for hid_dim"),
        ({"hid_dim": 128.0}, "bad value for hid_dim"),
        ({"shared_vocab": "yes"}, "bad value for shared_vocab"),
        ({"enc_dropout": 1.5}, "enc_dropout must be"),
        ({"hid_dim": 18, "enc_heads": 4}, "divisible"),
    ],
)
def test_import_refuses_absurd_or_mistyped_dimensions(store, tmp_path, model_changes, message):
    config = config_json(model={**SMALL_MODEL.to_dict(), **model_changes})
    archive = write_zip(tmp_path / "m.zip", {CONFIG_FILE: config, WEIGHTS_FILE: b"w"})
    with pytest.raises(UserError, match=message):
        store.import_(archive)
    assert_nothing_imported(store)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (b"{not json", "damaged config.json"),
        (b"\xff\xfe", "damaged config.json"),
        (b"[]", "damaged config.json"),
        (config_json(model=None), "no model architecture"),
        (config_json(model=[1, 2]), "no model architecture"),
        (config_json(tokenizer="sp"), "no tokenizer"),
        (config_json(tokenizer={"source": "../x.model", "target": "t.model"}), "bad tokenizer"),
        (config_json(tokenizer={"source": "s.model", "target": 7}), "bad tokenizer"),
        (b" " * (2 << 20) + b"{}", "too big"),
    ],
)
def test_import_refuses_a_bad_config(store, tmp_path, config, message):
    archive = write_zip(tmp_path / "m.zip", {CONFIG_FILE: config, WEIGHTS_FILE: b"w"})
    with pytest.raises(UserError, match=message):
        store.import_(archive)
    assert_nothing_imported(store)


def test_import_refuses_a_huge_configured_model_before_building_it(store, tmp_path, monkeypatch):
    """Each field within its bounds, yet about 200 billion parameters: only the weights file's
    header may be consulted, never a model of that size allocated."""
    import torch
    from safetensors.torch import save

    import s2s_desktop.engine.model as model_module

    real = model_module.Seq2Seq

    def only_on_meta(*args, **kwargs):  # the header check builds one on `meta`: no memory
        if torch.get_default_device().type != "meta":
            raise AssertionError("a model was built before its weights were checked")
        return real(*args, **kwargs)

    monkeypatch.setattr(model_module, "Seq2Seq", only_on_meta)
    huge = {
        **SMALL_MODEL.to_dict(),
        "hid_dim": 8192,
        "enc_layers": 64,
        "dec_layers": 64,
        "enc_pf_dim": 65_536,
        "dec_pf_dim": 65_536,
        "max_positions": 8192,
        "src_vocab_size": 256_000,
        "tgt_vocab_size": 256_000,
    }

    weights = save({"encoder.tok_embedding.weight": torch.zeros(4, 4)})
    archive = write_zip(
        tmp_path / "m.zip", {CONFIG_FILE: config_json(model=huge), WEIGHTS_FILE: weights}
    )
    with pytest.raises(UserError, match="do not match the architecture"):
        store.import_(archive)
    assert_nothing_imported(store)


def test_import_refuses_weights_that_are_not_safetensors(store, tmp_path):
    archive = write_zip(
        tmp_path / "m.zip", {CONFIG_FILE: config_json(), WEIGHTS_FILE: b"\x80\x02pickle!"}
    )
    with pytest.raises(UserError, match="damaged or unreadable"):
        store.import_(archive)
    assert_nothing_imported(store)


def test_import_refuses_a_corrupted_member(store, tmp_path):
    weights = b"W" * 4096
    archive = write_zip(
        tmp_path / "m.zip", {CONFIG_FILE: config_json(), WEIGHTS_FILE: weights}, stored=True
    )
    data = bytearray(archive.read_bytes())
    at = data.index(weights)
    data[at + 100] ^= 0xFF  # flip a byte inside the stored weights: the CRC no longer matches
    archive.write_bytes(bytes(data))

    with pytest.raises(UserError, match="is damaged"):
        store.import_(archive)
    assert_nothing_imported(store)


def test_import_refuses_a_name_clash_and_suggests_another_name(store, tmp_path):
    make_model(store, "shared", preset="mine")
    archive = write_zip(tmp_path / "m.zip", {CONFIG_FILE: config_json(), WEIGHTS_FILE: b"w"})

    with pytest.raises(UserError, match="'shared' already exists.*--name"):
        store.import_(archive)
    with pytest.raises(UserError, match="'shared' already exists.*--name"):
        store.import_(archive, "shared")
    with pytest.raises(UserError, match="not a usable model name"):
        store.import_(archive, "../other")

    assert [m.name for m in store.list()] == ["shared"]
    assert store.info("shared").preset == "mine"
    assert leftovers(store.root) == []


# ---------------------------------------------------------------------- export and import


@pytest.fixture
def toy_store(trained_toy_model, tmp_path) -> ModelStore:
    """A private store holding a copy of the session's trained toy model (named 'toy')."""
    store = ModelStore(tmp_path / "source-root")
    shutil.copytree(trained_toy_model.model_dir, store.path("toy"))
    return store


def test_export_then_import_gives_the_same_translations(toy_store, tmp_path):
    from s2s_desktop.engine.translator import load_translator

    # A temporary file a killed write may leave behind must not end up in the export.
    (toy_store.path("toy") / ".model.safetensors.x1y2.tmp").write_bytes(b"partial")
    exported = toy_store.export("toy", tmp_path / "out" / "toy-model")

    assert exported == tmp_path / "out" / "toy-model.zip"
    assert os.listdir(exported.parent) == ["toy-model.zip"]
    with zipfile.ZipFile(exported) as archive:
        names = set(archive.namelist())
    assert {CONFIG_FILE, WEIGHTS_FILE, "source.model", "target.model"} <= names
    assert not any(name.startswith((".", TRAINING_DIR)) for name in names)

    target = ModelStore(tmp_path / "other-root")
    info = target.import_(exported, "copy")

    assert info.name == "copy"
    assert (info.src_lang, info.tgt_lang, info.preset) == ("en", "eo", "tiny")
    assert info.config["name"] == "copy"
    original = toy_store.info("toy")
    assert info.bleu == original.bleu
    assert info.parameters == original.parameters > 0
    assert [m.name for m in target.list()] == ["copy"]
    assert leftovers(target.root) == []

    sentences = ["the cat sees a dog", "a red bird has a book", "", "the old river follows a car"]
    before = load_translator(toy_store.path("toy"), device="cpu")
    after = load_translator(target.path("copy"), device="cpu")
    assert after.translate(sentences) == before.translate(sentences)
    assert after.translate(sentences, beam=3) == before.translate(sentences, beam=3)
    assert before.translate(sentences)[2] == ""

    # The name inside the file is kept when no --name is given, and a second import clashes.
    assert target.import_(exported).name == "toy"
    with pytest.raises(UserError, match="'toy' already exists.*--name"):
        target.import_(exported)
    assert sorted(m.name for m in target.list()) == ["copy", "toy"]


def test_an_export_says_nothing_of_where_the_data_lay(toy_store, tmp_path):
    """Folders of private data (``/home/anna/clients/acme``) stay on this computer: the card in
    an export has no training folder, no base's, no test files; its scores and lineage stay."""
    import json

    from s2s_desktop.engine.atomic_files import atomic_write_json

    private = "/home/anna/clients/acme-merger"
    path = toy_store.path("toy") / CONFIG_FILE
    card = json.loads(path.read_text(encoding="utf-8"))
    assert card["training"]["folder"]  # the session's toy corpus, where it was trained
    card["lineage"] = {
        "base": "general",
        "base_card": {"name": "general", "training": {"folder": f"{private}/general"}},
        "folder": private,
        "pairs": 1900,
    }
    card["test_scores"] = [
        {"test_set": "newstest", "digest": "ab12", "bleu": 20.5, "origin": f"{private}/t.en"}
    ]
    atomic_write_json(path, card)

    exported = toy_store.export("toy", tmp_path / "toy.zip")
    with zipfile.ZipFile(exported) as archive:
        text = archive.read(CONFIG_FILE).decode("utf-8")
    assert "acme" not in text and str(card["training"]["folder"]) not in text
    shared = json.loads(text)
    assert shared["lineage"]["pairs"] == 1900 and shared["lineage"]["base"] == "general"
    assert shared["test_scores"] == [{"test_set": "newstest", "digest": "ab12", "bleu": 20.5}]
    assert shared["metrics"] == card["metrics"] and shared["model"] == card["model"]
    assert "folder" in json.loads(path.read_text(encoding="utf-8"))["training"]  # kept here
    imported = ModelStore(tmp_path / "other-root").import_(exported, "copy")
    assert imported.bleu == toy_store.info("toy").bleu and imported.card.data_folder is None


@pytest.mark.parametrize("kind", ["pickle", "torch"])
def test_import_never_unpickles_a_payload(toy_store, tmp_path, kind):
    """Pickled weights are refused; pickles beside a sound model are never unpacked or run."""
    marker = tmp_path / "marker"
    payload = pickled_payloads(marker)[kind]
    sound = zipfile.ZipFile(toy_store.export("toy", tmp_path / "toy.zip"))
    members = {name: sound.read(name) for name in sound.namelist()}
    target = ModelStore(tmp_path / "other-root")

    as_weights = write_zip(tmp_path / "weights.zip", {**members, WEIGHTS_FILE: payload})
    with pytest.raises(UserError, match="damaged or unreadable"):
        target.import_(as_weights)
    assert_nothing_imported(target)

    beside = {**members, "checkpoint.pt": payload, "payload.pkl": payload}
    info = target.import_(write_zip(tmp_path / "beside.zip", beside), "beside")
    assert not (info.path / "checkpoint.pt").exists()
    assert not (info.path / "payload.pkl").exists()
    from s2s_desktop.engine.translator import load_translator

    assert load_translator(info.path, device="cpu").translate(["the cat sees a dog"])
    assert not marker.exists()


def test_import_refuses_what_the_disk_cannot_hold(toy_store, tmp_path, monkeypatch):
    exported = toy_store.export("toy", tmp_path / "toy.zip")
    target = ModelStore(tmp_path / "other-root")
    monkeypatch.setattr(
        store_module.shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9, 1)
    )
    with pytest.raises(UserError, match=r"needs [\d,]+ MB free .* free some disk space"):
        target.import_(exported)
    assert_nothing_imported(target)


def state_sizes(archive: bytes, sizes: dict[str, int]) -> bytes:
    """Rewrite the uncompressed sizes a zip's central directory states for some members."""
    import struct

    data = bytearray(archive)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        name = data[at + 46 : at + 46 + name_length].decode()
        if name in sizes:
            struct.pack_into("<I", data, at + 24, sizes[name])
        at = data.find(b"PK\x01\x02", at + 46)
    return bytes(data)


def test_a_zip_bomb_is_refused_before_unpacking(store, tmp_path):
    """Members that would inflate past what any model file holds are refused from the sizes
    the archive states; a member that understates its size is cut there by zipfile and fails
    its checksum. Neither fills the disk."""
    members = {CONFIG_FILE: config_json(), WEIGHTS_FILE: bytes(100_000), "metrics.jsonl": b"{}"}
    plain = write_zip(tmp_path / "plain.zip", members).read_bytes()

    bomb = tmp_path / "bomb.zip"
    bomb.write_bytes(state_sizes(plain, {WEIGHTS_FILE: 3 << 30, "metrics.jsonl": 3 << 30}))
    with pytest.raises(UserError, match="would unpack to more than 4 GB"):
        store.import_(bomb)
    assert_nothing_imported(store)

    liar = tmp_path / "liar.zip"
    liar.write_bytes(state_sizes(plain, {WEIGHTS_FILE: 1000}))
    with pytest.raises(UserError, match="is damaged"):
        store.import_(liar)
    assert_nothing_imported(store)


def test_export_refuses_an_unfinished_run_and_an_unknown_model(store, tmp_path):
    make_unfinished_run(store, "run")
    with pytest.raises(UserError, match="not finished"):
        store.export("run", tmp_path / "run.zip")
    with pytest.raises(UserError, match="no model named 'ghost'"):
        store.export("ghost", tmp_path / "ghost.zip")
    assert list(tmp_path.glob("*.zip")) == []


def test_export_into_an_unwritable_place_is_a_user_error(store, tmp_path):
    make_model(store, "m")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="Could not write"):
        store.export("m", blocker / "m.zip")


def test_a_lock_left_by_a_killed_run_does_not_block_delete(tmp_path):
    store = ModelStore(tmp_path)
    folder = store.path("orphan") / TRAINING_DIR
    folder.mkdir(parents=True)
    (folder / "running.lock").write_text("999999999")  # no such process
    assert not store.is_training("orphan")
    store.delete("orphan")
    assert not store.exists("orphan")


def test_a_live_lock_blocks_rename_and_delete(tmp_path):
    store = ModelStore(tmp_path)
    (store.path("busy") / TRAINING_DIR).mkdir(parents=True)
    store.take_training_lock("busy")
    assert store.is_training("busy")
    with pytest.raises(UserError, match="training right now"):
        store.rename("busy", "other")
    with pytest.raises(UserError, match="already training"):
        store.take_training_lock("busy")
    store.release_training_lock("busy")
    store.rename("busy", "other")
    assert store.exists("other")
