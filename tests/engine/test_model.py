"""The tutorial's Transformer: presets, shapes, and the masks' guarantees."""

from dataclasses import replace

import pytest
import torch

from s2s_desktop.engine.config import PAD_ID, PRESETS, ModelConfig, preset_config
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model import Seq2Seq


def test_tutorial_preset_is_the_tutorial_constants():
    config = PRESETS["tutorial"]
    assert (config.src_vocab_size, config.tgt_vocab_size) == (512, 512)  # INPUT/OUTPUT_DIM
    assert config.hid_dim == 256
    assert (config.enc_layers, config.dec_layers) == (3, 3)
    assert (config.enc_heads, config.dec_heads) == (8, 8)
    assert (config.enc_pf_dim, config.dec_pf_dim) == (512, 512)
    assert (config.enc_dropout, config.dec_dropout) == (0.1, 0.1)


def test_tutorial_parameter_count():
    embeddings = 512 * 256 + 256 * 256  # tokens + 256 learned positions, per side
    attention = 4 * (256 * 256 + 256)
    feed_forward = (256 * 512 + 512) + (512 * 256 + 256)
    encoder_layer = attention + feed_forward + 2 * 2 * 256
    decoder_layer = 2 * attention + feed_forward + 3 * 2 * 256
    output = 256 * 512 + 512
    expected = 2 * embeddings + 3 * encoder_layer + 3 * decoder_layer + output
    assert Seq2Seq(PRESETS["tutorial"]).num_parameters() == expected == 4_478_464


def test_presets_grow_from_tiny_to_base():
    sizes = {name: Seq2Seq(config).num_parameters() for name, config in PRESETS.items()}
    assert sizes["tiny"] < sizes["tutorial"] < sizes["base"]


def test_overrides_replace_fields_and_are_checked():
    config = preset_config("tutorial", hid_dim=128, enc_layers=None)
    assert config.hid_dim == 128 and config.enc_layers == 3
    with pytest.raises(UserError, match="divisible"):
        preset_config("tutorial", hid_dim=100)
    with pytest.raises(UserError, match="Unknown preset"):
        preset_config("huge")


def test_config_from_json_rejects_bad_types_and_sizes():
    good = PRESETS["tiny"].to_dict()
    assert ModelConfig.from_dict(good) == PRESETS["tiny"]
    with pytest.raises(UserError):
        ModelConfig.from_dict({**good, "hid_dim": "128"})
    with pytest.raises(UserError):
        ModelConfig.from_dict({**good, "enc_layers": 10_000})
    with pytest.raises(UserError):
        ModelConfig.from_dict({**good, "src_vocab_size": True})


@pytest.fixture
def model():
    torch.manual_seed(0)
    return Seq2Seq(preset_config("tiny", src_vocab_size=50, tgt_vocab_size=60)).eval()


def test_output_shape(model):
    src = torch.randint(4, 50, (3, 7))
    trg = torch.randint(4, 60, (3, 5))
    assert model(src, trg).shape == (3, 5, 60)


def test_padding_the_source_changes_nothing(model):
    src = torch.randint(4, 50, (1, 6))
    trg = torch.randint(4, 60, (1, 4))
    padded = torch.cat([src, torch.full((1, 3), PAD_ID)], dim=1)
    torch.testing.assert_close(model(src, trg), model(padded, trg))


def test_padding_in_a_batch_changes_nothing(model):
    short, long = torch.randint(4, 50, (1, 4)), torch.randint(4, 50, (1, 9))
    trg = torch.randint(4, 60, (2, 5))
    batch = torch.full((2, 9), PAD_ID)
    batch[0, :4], batch[1] = short, long
    together = model(batch, trg)
    torch.testing.assert_close(together[0], model(short, trg[:1])[0])
    torch.testing.assert_close(together[1], model(long, trg[1:])[0])


def test_a_future_target_token_changes_nothing_before_it(model):
    src = torch.randint(4, 50, (1, 6))
    trg = torch.randint(4, 60, (1, 6))
    changed = trg.clone()
    changed[0, 4] = (trg[0, 4] + 1 - 4) % 56 + 4
    before, after = model(src, trg), model(src, changed)
    torch.testing.assert_close(before[:, :4], after[:, :4])
    assert not torch.allclose(before[:, 4:], after[:, 4:])


def test_masks_are_the_tutorials():
    src = torch.tensor([[5, 6, PAD_ID]])
    assert Seq2Seq.make_src_mask(src).tolist() == [[[[True, True, False]]]]
    trg = torch.tensor([[2, 7, PAD_ID]])
    assert Seq2Seq.make_trg_mask(trg)[0, 0].tolist() == [
        [True, False, False],
        [True, True, False],
        [True, True, False],
    ]


def tied_config(**overrides) -> ModelConfig:
    fields = dict(src_vocab_size=300, tgt_vocab_size=300, shared_vocab=True, tied_embeddings=True)
    return preset_config("tiny", **{**fields, **overrides})


def test_tied_embeddings_are_one_matrix_and_counted_once():
    config = tied_config()
    model = Seq2Seq(config)
    shared = model.encoder.tok_embedding.weight
    assert model.decoder.tok_embedding.weight is shared and model.decoder.fc_out.weight is shared
    untied = Seq2Seq(replace(config, tied_embeddings=False)).num_parameters()
    assert model.num_parameters() == config.parameter_count() == untied - 2 * 300 * 128
    # One gradient, from all three uses.
    src, trg = torch.randint(4, 300, (2, 7)), torch.randint(4, 300, (2, 5))
    model(src, trg).sum().backward()
    assert shared.grad is not None and shared.grad.abs().sum() > 0


def test_tied_embeddings_need_a_shared_vocabulary():
    with pytest.raises(UserError, match="Tied embeddings need one shared vocabulary"):
        tied_config(shared_vocab=False)


def test_a_tied_model_saves_its_matrix_once_and_loads_back(tmp_path):
    from safetensors import safe_open

    from s2s_desktop.engine.model_files import check_weights_match, load_weights, save_weights

    config = tied_config()
    torch.manual_seed(0)
    model = Seq2Seq(config).eval()
    path = tmp_path / "model.safetensors"
    save_weights(model, path)
    with safe_open(str(path), framework="pt") as weights:
        names = set(weights.keys())
    assert "encoder.tok_embedding.weight" in names and "decoder.fc_out.bias" in names
    assert not names & {"decoder.tok_embedding.weight", "decoder.fc_out.weight"}
    check_weights_match(path, config.to_dict(), tmp_path)
    with pytest.raises(UserError, match="do not match"):  # untied, the file lacks two matrices
        check_weights_match(path, replace(config, tied_embeddings=False).to_dict(), tmp_path)

    torch.manual_seed(1)
    loaded = Seq2Seq(config).eval()
    load_weights(loaded, path)
    assert loaded.decoder.fc_out.weight is loaded.encoder.tok_embedding.weight
    src, trg = torch.randint(4, 300, (2, 7)), torch.randint(4, 300, (2, 5))
    with torch.no_grad():
        assert torch.equal(loaded(src, trg), model(src, trg))


def test_older_configs_without_the_field_are_untied():
    data = PRESETS["tiny"].to_dict()
    del data["tied_embeddings"]
    assert ModelConfig.from_dict(data).tied_embeddings is False
