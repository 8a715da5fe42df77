"""The Models tab's rich text: a model's details from its card, and several side by side."""

from pathlib import Path

from s2s_desktop.engine.model_files import ModelCard
from s2s_desktop.engine.store import ModelInfo
from s2s_desktop.gui.model_details import comparison_html, details_html, one_line_summary

FULL = {
    "name": "en-de",
    "src_lang": "en",
    "tgt_lang": "de",
    "preset": "auto",
    "model": {
        "enc_layers": 3,
        "dec_layers": 3,
        "hid_dim": 256,
        "enc_heads": 4,
        "enc_pf_dim": 1024,
        "src_vocab_size": 8000,
        "tgt_vocab_size": 8000,
    },
    "parameters": 12_345_678,
    "tokenizer": {"shared": True},
    "training": {
        "train_pairs": 120_000,
        "valid_pairs": 1000,
        "folder": "/data/en-de",
        "epochs": 10,
        "batch_tokens": 4096,
        "learning_rate": 0.001,
        "device": "CPU",
    },
    "metrics": {
        "bleu": 21.5,
        "chrf": 50.1,
        "greedy_bleu": 20.0,
        "beam": 4,
        "epoch": 7,
        "step": 9000,
        "valid_loss": 2.345,
    },
    "created": "2026-01-15T08:30:00+00:00",
}


def info(data: dict, name: str = "en-de") -> ModelInfo:
    return ModelInfo(name, Path("/models") / name, ModelCard.from_json(data, name))


def test_the_details_say_what_the_card_holds():
    text = details_html(info(FULL), 54_000_000)
    for fragment in (
        "en → de",
        "3 encoder + 3 decoder",
        "8000 pieces, shared",
        "12,345,678",
        "21.5 with beam search of 4 (greedy decoding: 20.0)",
        "Validation loss",
        "2.345",
        "epoch 7, step 9,000",
        "120,000 training + 1,000 validation",
        "7 of 10",
        "4,096 tokens",
        "54 MB",
    ):
        assert fragment in text, fragment


def test_the_details_name_the_models_made_from_it_and_escape_the_card():
    card = {**FULL, "training": {"folder": "/data/<legal> & co"}}
    text = details_html(info(card), 0, fine_tuned_into=["legal-en-de", "med-en-de"])
    assert "Fine-tuned into" in text and "legal-en-de, med-en-de" in text
    assert "&lt;legal&gt; &amp; co" in text and "<legal>" not in text
    assert "Fine-tuned into" not in details_html(info(FULL), 0)


def test_an_older_card_leaves_out_what_it_lacks():
    card = {"name": "old", "src_lang": "en", "tgt_lang": "fr", "metrics": {"bleu": "n/a"}}
    text = details_html(info(card, "old"), 0)
    assert "en → fr" in text
    assert "Best BLEU" not in text and "Layers" not in text and "Pairs" not in text


def test_several_models_side_by_side():
    older = {**FULL, "metrics": {"bleu": 9.0, "epoch": 1}, "training": {"train_pairs": 500}}
    text = comparison_html([info(FULL), info(older, "older")])
    assert "2 models selected" in text and "older" in text and "12M" in text
    assert one_line_summary(info(older, "older")) == "en → de · auto · 500 pairs · 1 epoch"
