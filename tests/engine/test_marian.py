"""OPUS-MT import: a tiny random Marian model, built and saved by transformers as Hugging Face
hosts OPUS-MT models, imported through our store, gives the same logits and the same greedy
translations as transformers; it trains, exports and lists like ours; what we cannot represent
(pickled weights, other architectures) is refused in one sentence."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
import sentencepiece as spm
import torch

from s2s_desktop.engine import marian
from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import BOS_ID, EOS_ID, PAD_ID, UNK_ID, ModelConfig
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.model_files import load_model_files
from s2s_desktop.engine.search import greedy_decode
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.translator import Translator
from tests.toy import toy_pairs

transformers = pytest.importorskip("transformers")

SENTENCES = [source for source, _ in toy_pairs(6, seed=8)] + ["the cat", "a quiet old river"]


def _spm(lines: list[str], path: Path) -> spm.SentencePieceProcessor:
    proto = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=proto,
        vocab_size=40,
        model_type="unigram",
        hard_vocab_limit=False,
        minloglevel=2,
    )
    path.write_bytes(proto.getvalue())
    return spm.SentencePieceProcessor(model_proto=proto.getvalue())


def write_vocab(folder: Path, *models: spm.SentencePieceProcessor) -> int:
    """vocab.json as Marian's converter writes it: </s> 0, <unk> 1, the pieces of both
    sentencepiece models, <pad> last. Returns its size."""
    pieces = set()
    for model in models:
        pieces |= {model.id_to_piece(i) for i in range(model.get_piece_size())}
    pieces -= {"<unk>", "<s>", "</s>"}
    vocab = {"</s>": 0, "<unk>": 1, **{p: i + 2 for i, p in enumerate(sorted(pieces))}}
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    return len(vocab)


def build_opus_mt(folder: Path) -> transformers.MarianMTModel:
    """A tiny OPUS-MT model in Hugging Face's layout, random weights (layer norms and the
    logits bias too, so that a swapped name shows)."""
    folder.mkdir(parents=True)
    pairs = toy_pairs(200, seed=3)
    source = _spm([s for s, _ in pairs], folder / "source.spm")
    target = _spm([t for _, t in pairs], folder / "target.spm")
    vocab = write_vocab(folder, source, target)
    config = transformers.MarianConfig(
        vocab_size=vocab,
        d_model=32,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=4,
        decoder_attention_heads=4,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=64,
        activation_function="swish",
        scale_embedding=True,
        pad_token_id=vocab - 1,
        eos_token_id=0,
        decoder_start_token_id=vocab - 1,
        forced_eos_token_id=0,
    )
    torch.manual_seed(0)
    model = transformers.MarianMTModel(config).eval()
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "embed_positions" not in name:
                parameter.normal_(1.0 if "layer_norm.weight" in name else 0.0, 0.3)
        model.final_logits_bias.normal_(0.0, 1.0)
        model.final_logits_bias[0, 0] += 6.0  # some sentences end before the length limit
    model.save_pretrained(folder, safe_serialization=True)
    return model


@pytest.fixture(scope="module")
def opus_mt(tmp_path_factory):
    """(folder, transformers model, transformers tokenizer)."""
    folder = tmp_path_factory.mktemp("hub") / "opus-mt-en-eo"
    model = build_opus_mt(folder)
    tokenizer = transformers.MarianTokenizer(
        str(folder / "source.spm"), str(folder / "target.spm"), str(folder / "vocab.json")
    )
    return folder, model, tokenizer


@pytest.fixture(scope="module")
def imported(opus_mt, tmp_path_factory):
    store = ModelStore(tmp_path_factory.mktemp("data"))
    info = store.import_(opus_mt[0])
    return store, info, load_model_files(info.path, "cpu")


def ours_to_marian(imported_model) -> torch.Tensor:
    return torch.tensor(marian.read_marian(imported_model[0]).order)


def test_the_import_is_listed_like_our_models(imported):
    store, info, loaded = imported
    assert [m.name for m in store.list()] == ["opus-mt-en-eo"]
    assert (info.src_lang, info.tgt_lang, info.preset) == ("en", "eo", "opus-mt")
    assert info.card.origin == "OPUS-MT" and not info.card.translate_only
    config = loaded.model.config
    assert (config.positions, config.activation, config.tied_embeddings) == (
        "sinusoidal",
        "swish",
        True,
    )
    assert info.parameters == config.parameter_count() == loaded.model.num_parameters()
    names = {p.name for p in info.path.iterdir()}
    assert names == {"config.json", "model.safetensors", "source.model", "target.model"}


def test_same_logits_as_transformers(opus_mt, imported):
    folder, theirs, tokenizer = opus_mt
    loaded = imported[2]
    order = ours_to_marian(opus_mt)
    ids = loaded.source_tokenizer.encode(SENTENCES)
    src = pad_rows([[*row, EOS_ID] for row in ids])
    batch = tokenizer(SENTENCES, return_tensors="pt", padding=True)
    assert torch.equal(order[src], batch.input_ids)  # the same pieces, in Marian's ids
    trg = torch.randint(4, loaded.model.config.tgt_vocab_size, (len(SENTENCES), 7))
    trg[:, 0] = BOS_ID
    with torch.no_grad():
        ours = loaded.model(src, trg)
        expected = theirs(
            input_ids=batch.input_ids,
            attention_mask=batch.attention_mask,
            decoder_input_ids=order[trg],
        ).logits
    real = [i for i in range(len(order)) if i not in (PAD_ID, BOS_ID)]  # Marian's pad: banned
    difference = (ours[..., real] - expected[..., order[real]]).abs().max().item()
    print(f"max |logit difference| = {difference:.2e}")
    assert difference < 1e-4
    assert ours[..., [PAD_ID, BOS_ID]].max() < -1000


def their_greedy(theirs, tokenizer, sentence: str, limit: int) -> list[int]:
    batch = tokenizer([sentence], return_tensors="pt")
    out = theirs.generate(
        **batch,
        num_beams=1,
        do_sample=False,
        max_length=limit + 1,  # + the decoder's start token
        bad_words_ids=[[theirs.config.pad_token_id]],  # as OPUS-MT's generation config
    )[0, 1:].tolist()
    return out[: out.index(0)] if 0 in out else out


@pytest.mark.parametrize("decoder", ["torch", "ctranslate2"])
def test_same_greedy_translations_as_transformers(opus_mt, imported, decoder):
    _, theirs, tokenizer = opus_mt
    loaded = imported[2]
    if decoder == "ctranslate2":
        pytest.importorskip("ctranslate2")
    translator = Translator(loaded, compute_type="float32" if decoder == "ctranslate2" else None)
    assert (translator.fast is not None) == (decoder == "ctranslate2")
    order = ours_to_marian(opus_mt)
    ids = loaded.source_tokenizer.encode(SENTENCES)
    src = pad_rows([[*row, EOS_ID] for row in ids])
    ours = greedy_decode(loaded.model, src)
    expected_texts = []
    ended = 0
    for sentence, row, hypothesis in zip(SENTENCES, ids, ours):
        expected = their_greedy(theirs, tokenizer, sentence, 2 * (len(row) + 1) + 10)
        assert order[hypothesis.tokens].tolist() == expected
        ended += len(expected) < 2 * (len(row) + 1) + 9
        expected_texts.append(tokenizer.decode(expected, skip_special_tokens=True))
    assert ended  # not every sentence ran into the length limit
    assert translator.translate(SENTENCES, split=False) == expected_texts


def test_a_zip_of_the_folder_imports_and_exports_like_ours(opus_mt, imported, tmp_path):
    folder = opus_mt[0]
    archive = tmp_path / "opus-mt-en-eo.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in folder.iterdir():  # in a folder, as a zip of a download holds it
            zipped.write(path, f"opus-mt-en-eo/{path.name}")
        zipped.writestr("opus-mt-en-eo/README.md", "# not unpacked")
    store = ModelStore(tmp_path / "data")
    assert store.import_name(archive) == "opus-mt-en-eo"
    info = store.import_(archive, src="eng", tgt="epo")
    assert (info.name, info.src_lang, info.tgt_lang) == ("opus-mt-en-eo", "eng", "epo")
    exported = store.export(info.name, tmp_path / "out.zip")
    again = store.import_(exported, "again")
    assert again.card.origin == "OPUS-MT"
    a, b = (load_model_files(i.path, "cpu") for i in (imported[1], again))
    lines = SENTENCES[:3]
    assert Translator(a, compute_type=None).translate(lines) == Translator(
        b, compute_type=None
    ).translate(lines)


def test_an_imported_model_trains(imported):
    """A fine-tuning run builds ``Seq2Seq(config)`` from the card and loads the weights; one
    training step (our TrainStep, the sliced CPU loss) moves the loss down."""
    from s2s_desktop.engine.batching import Batch
    from s2s_desktop.engine.fast.output_loss import sliced_output_loss
    from s2s_desktop.engine.losses import label_smoothed_cross_entropy
    from s2s_desktop.engine.model_files import load_weights
    from s2s_desktop.engine.train_step import TrainStep

    info, loaded = imported[1], imported[2]
    config = ModelConfig.from_dict(dict(info.card.architecture))
    model = Seq2Seq(config)
    load_weights(model, info.path / "model.safetensors")
    pairs = toy_pairs(8, seed=11)
    src = pad_rows([[*r, EOS_ID] for r in loaded.source_tokenizer.encode([s for s, _ in pairs])])
    rows = loaded.target_tokenizer.encode([t for _, t in pairs])
    tgt = pad_rows([[BOS_ID, *r, EOS_ID] for r in rows])
    assert UNK_ID not in tgt.tolist()
    batch = Batch(src, tgt, int((src != PAD_ID).sum()), int((tgt[:, 1:] != PAD_ID).sum()))
    hidden = model(src, tgt[:, :-1], project=False)
    out = model.decoder.fc_out
    sliced = sliced_output_loss(hidden, out.weight, out.bias, tgt[:, 1:], 0.1)[0]
    reference = label_smoothed_cross_entropy(out(hidden), tgt[:, 1:], 0.1)[0]
    torch.testing.assert_close(sliced, reference)
    step = TrainStep(
        model.train(),
        torch.optim.Adam(model.parameters(), lr=1e-3),
        label_smoothing=0.1,
        clip_norm=1.0,
    )
    losses = [step(batch, 1e-3) for _ in range(5)]
    assert losses[-1] < losses[0]
    assert model.decoder.fc_out.weight is model.encoder.tok_embedding.weight


def copy_of(folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "opus-mt-en-eo"
    shutil.copytree(folder, copy)
    return copy


def nothing_stored(store: ModelStore) -> bool:
    """No model listed, and no half-converted folder left behind."""
    models = store.models_dir
    return store.list() == [] and not (models.exists() and any(models.iterdir()))


def test_pickled_weights_alone_are_refused(opus_mt, tmp_path):
    folder = copy_of(opus_mt[0], tmp_path)
    (folder / "model.safetensors").rename(folder / "pytorch_model.bin")
    store = ModelStore(tmp_path / "data")
    with pytest.raises(UserError, match="only as pytorch_model.bin.*model.safetensors"):
        store.import_(folder)
    archive = tmp_path / "m.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in folder.iterdir():
            zipped.write(path, path.name)
    with pytest.raises(UserError, match="only as pytorch_model.bin"):
        store.import_(archive)
    (folder / "vocab.json").unlink()  # and a download left half done
    with pytest.raises(UserError) as refused:
        store.import_(folder)
    assert "lacks model.safetensors, vocab.json: download them" in str(refused.value)
    assert "(model.safetensors: pytorch_model.bin is refused)" in str(refused.value)
    assert nothing_stored(store)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"normalize_before": True}, "normalize_before = True.*cannot be imported"),
        ({"activation_function": "tanh"}, "activation 'tanh'.*cannot be imported"),
        ({"share_encoder_decoder_embeddings": False}, "untied embeddings"),
        ({"decoder_vocab_size": 99}, "separate source and target vocabularies"),
        ({"model_type": "bart"}, "not an OPUS-MT"),
        ({"d_model": 30}, "divisible"),
        ({"vocab_size": 50, "decoder_vocab_size": 50}, "vocab.json that does not match"),
        ({"d_model": 64, "encoder_attention_heads": 8}, "do not match its config.json"),
    ],
)
def test_configs_we_cannot_represent_are_refused(opus_mt, tmp_path, changes, message):
    folder = copy_of(opus_mt[0], tmp_path)
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, **changes}))
    store = ModelStore(tmp_path / "data")
    with pytest.raises(UserError, match=message):
        store.import_(folder)
    assert nothing_stored(store)


def test_the_new_options_default_to_our_models():
    """Old config.json files (without the fields) load as before; the defaults change nothing."""
    config = ModelConfig()
    data = config.to_dict()
    for name in ("positions", "activation", "scale_embeddings", "joint_vocab"):
        del data[name]
    assert ModelConfig.from_dict(data) == config
    assert Seq2Seq(config).num_parameters() == config.parameter_count() == 4_478_464
    sinusoidal = replace(config, positions="sinusoidal")
    assert sinusoidal.parameter_count() == config.parameter_count() - 2 * 256 * 256
    assert "encoder.pos_embedding.weight" not in Seq2Seq(sinusoidal).state_dict()
    with pytest.raises(UserError, match="activation must be one of"):
        ModelConfig.from_dict({**data, "activation": "tanh"})
    with pytest.raises(UserError, match="bad value for positions"):
        ModelConfig.from_dict({**data, "positions": 1})


def test_sinusoids_are_transformers_table(opus_mt, imported):
    theirs = opus_mt[1].model.encoder.embed_positions.weight
    ours = imported[2].model.encoder.pos_embedding.weight
    torch.testing.assert_close(ours, theirs, rtol=0, atol=1e-6)


def test_opus_mt_size_is_the_real_ones():
    config = marian.opus_mt_size()
    # opus-mt-en-de: 74,410,496 parameters in transformers, its two position tables (frozen)
    # included, the logits bias (a buffer) not; ours: no position weights, the pad row twice
    # (our pad and bos), the bias as weights.
    assert config.parameter_count() == 74_410_496 - 2 * 512 * 512 + 512 + 58_102
