"""Argos Translate import: a package built from a small model of ours (through our CTranslate2
export, with one sentencepiece model, as Argos packages are made) imports as a translate-only
model, translates exactly as our own decoder does, exports back to a package, cannot be a base
for fine-tuning, and what is not a package is refused in one sentence, leaving nothing behind."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

from s2s_desktop.engine.argos_translator import ArgosTranslator
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import load_model_files
from s2s_desktop.engine.planning import RunRequest, plan_run
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.translator import Translator, load_translator
from tests.argos_package import FOLDER, METADATA, build_package
from tests.toy import toy_pairs, write_moses

pytest.importorskip("ctranslate2")

LINES = [
    *(source for source, _ in toy_pairs(10, seed=77)),
    "",
    "the cat sees a dog. A bird eats the fish.",  # a paragraph: split into two sentences
]


@pytest.fixture
def shared_model(argos_shared_model) -> Path:
    return argos_shared_model


@pytest.fixture
def package(argos_package) -> Path:
    return argos_package


def leftovers(store: ModelStore) -> list[str]:
    return sorted(p.name for p in store.models_dir.iterdir()) if store.models_dir.exists() else []


def test_a_package_imports_as_a_translate_only_model(package, shared_model):
    store = ModelStore()
    assert store.import_name(package) == "argos-en-eo"
    info = store.import_(package)

    card = info.card
    assert (info.name, card.src_lang, card.tgt_lang) == ("argos-en-eo", "en", "eo")
    assert card.origin == "Argos Translate" and card.translate_only and card.preset == "argos"
    assert card.data["imported"] == {
        "from": package.name,
        "folder": FOLDER,
        "package_name": METADATA["name"],
        "package_version": "1.0",
        "argos_version": "1.0",
    }
    # Counted from model.bin's variables: ours, the tied embedding once (CTranslate2 aliases it).
    assert card.parameters == load_model_files(shared_model, "cpu").model.num_parameters()
    files = {str(p.relative_to(info.path)) for p in info.path.rglob("*") if p.is_file()}
    assert files == {
        "config.json",
        "metadata.json",
        "shared.model",
        "ctranslate2/model.bin",
        "ctranslate2/config.json",
        "ctranslate2/shared_vocabulary.json",
    }  # no stanza/, no README: only what translating needs
    assert [m.name for m in store.list()] == ["argos-en-eo"]
    assert leftovers(store) == ["argos-en-eo"]


def test_it_translates_as_our_own_model_does(package, shared_model):
    info = ModelStore().import_(package)
    imported = load_translator(info.name, device="cpu")
    assert isinstance(imported, ArgosTranslator)
    ours = Translator(load_model_files(shared_model, "cpu"), compute_type=None)

    expected = ours.translate(LINES)
    assert imported.translate(LINES) == expected  # greedy, batched, sentences split
    assert expected[-2] == "" and sum(bool(line) for line in expected) == len(LINES) - 1
    assert imported.translate(LINES, split=False) == ours.translate(LINES, split=False)
    beam = imported.translate(LINES, beam=3)
    assert len(beam) == len(LINES) and beam[-2] == "" and all(beam[:-2])

    detailed = imported.translate_detailed(LINES[-1])
    assert [t.source for t in detailed] == ["the cat sees a dog.", "A bird eats the fish."]
    assert " ".join(t.text for t in detailed) == expected[-1]
    assert all(t.attention is None and t.target_pieces[-1] == "</s>" for t in detailed)
    with pytest.raises(UserError, match="at least 1"):
        imported.translate(LINES, beam=0)
    # The window's n-best list and "other words here", as our own model gives them.
    sentence = detailed[0].source
    assert [t.text for t in imported.translate_nbest(sentence, 2)] == [
        t.text for t in ours.translate_nbest(sentence, 2)
    ]
    prefix = detailed[0].text.split()[0]
    found = imported.alternatives(sentence, prefix, 3)
    assert [t.text for t in found] == [t.text for t in ours.alternatives(sentence, prefix, 3)]
    assert all(t.text.startswith(prefix) for t in found) and len(found) == 3


def test_without_ctranslate2_it_imports_and_translating_says_how_to_install(package, monkeypatch):
    monkeypatch.setitem(sys.modules, "ctranslate2", None)  # `import ctranslate2` fails
    info = ModelStore().import_(package)
    assert info.card.translate_only
    with pytest.raises(UserError, match=r"translates with CTranslate2; .*pip install ctranslate2"):
        load_translator(info.name, device="cpu")


def test_it_cannot_be_fine_tuned(package, tmp_path):
    store = ModelStore()
    store.import_(package)
    corpus = tmp_path / "corpus"
    write_moses(corpus, "train", toy_pairs(50, seed=3))
    with pytest.raises(UserError, match="translate-only model .* cannot be fine-tuned"):
        plan_run(RunRequest(folder=str(corpus), base="argos-en-eo"), store)


def test_export_writes_an_argos_package_that_imports_again(package, tmp_path):
    store = ModelStore()
    store.import_(package)
    file = store.export("argos-en-eo", tmp_path / "copy")
    assert file.name == "copy.argosmodel"
    with zipfile.ZipFile(file) as archive:
        names = set(archive.namelist())
        assert json.loads(archive.read(f"{FOLDER}/metadata.json")) == METADATA
    assert names == {
        f"{FOLDER}/{path}"
        for path in (
            "metadata.json",
            "sentencepiece.model",
            "model/model.bin",
            "model/config.json",
            "model/shared_vocabulary.json",
        )
    }
    again = store.import_(file, name="again")
    assert again.card.translate_only
    first, second = (load_translator(n, device="cpu") for n in ("argos-en-eo", "again"))
    assert first.translate(LINES) == second.translate(LINES)


def rewrite(source: Path, target: Path, drop: str = "", extra: dict | None = None) -> Path:
    """A copy of the package zip without the member ending in ``drop``, with ``extra`` added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for member in old.infolist():
            if not (drop and member.filename.endswith(drop)):
                new.writestr(member, old.read(member))
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"drop": "/metadata.json"}, "not an Argos Translate package: it lacks metadata.json"),
        ({"drop": "/model.bin"}, "it lacks model/model.bin"),
        ({"drop": "_vocabulary.json"}, "its model/ folder holds no vocabulary"),
        ({"drop": "/sentencepiece.model"}, "only Argos Translate packages that cut text with"),
        ({"extra": {f"{FOLDER}/../evil.sh": b"rm -rf ~"}}, "unsafe path"),
        ({"extra": {f"/{FOLDER}/model/model.bin": b"x"}}, "unsafe path"),
        ({"extra": {"other/metadata.json": b"{}"}}, "not all in one folder"),
    ],
)
def test_what_is_not_a_package_is_refused(package, tmp_path, change, message):
    store = ModelStore()
    broken = rewrite(package, tmp_path / "broken.argosmodel", **change)
    with pytest.raises(UserError, match=message):
        store.import_(broken)
    assert leftovers(store) == [] and store.import_name(broken) is None


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        ({**METADATA, "type": "sbd"}, "of type 'sbd', not a translation model"),
        ({**METADATA, "to_code": "../x"}, "bad to_code"),
        ({"from_code": "en"}, "missing or bad to_code"),
    ],
)
def test_bad_metadata_is_refused(shared_model, tmp_path, metadata, message):
    broken = build_package(shared_model, tmp_path / "bad.argosmodel", metadata=metadata)
    with pytest.raises(UserError, match=message):
        ModelStore().import_(broken)
    assert leftovers(ModelStore()) == []


def test_damaged_files_are_refused(package, tmp_path):
    store = ModelStore()
    not_zip = tmp_path / "notes.argosmodel"
    not_zip.write_text("not a package\n", encoding="utf-8")
    with pytest.raises(UserError, match="not a model file .not a zip archive"):
        store.import_(not_zip)
    for member, data, message in (
        ("model/model.bin", b"\x00" * 3, "not a CTranslate2 model"),
        ("model/config.json", b"{oops", "damaged model/config.json"),
        ("sentencepiece.model", b"junk", "damaged sentencepiece.model"),
        ("metadata.json", b"[1, 2]", "damaged metadata.json"),
    ):
        broken = rewrite(
            package,
            tmp_path / "broken.argosmodel",
            drop=f"/{member}",
            extra={f"{FOLDER}/{member}": data},
        )
        with pytest.raises(UserError, match=message):
            store.import_(broken)
    assert leftovers(store) == []


def test_a_taken_name_is_refused_and_another_works(package):
    store = ModelStore()
    store.import_(package)
    with pytest.raises(UserError, match="already exists; import with --name NEW"):
        store.import_(package)
    assert store.import_(package, name="second").name == "second"
