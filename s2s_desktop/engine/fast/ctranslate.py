"""Translation on the CPU through CTranslate2, when it is installed (``pip install ctranslate2``).

CTranslate2 is the inference engine of OpenNMT and of the offline translators people compare us
with: its C++ decoder runs our architecture (post-norm Transformer, learned or sinusoidal
positions, ReLU, swish or GELU, scaled embeddings or not) several times faster than PyTorch's
eager decoder, whose cost at batch 1 is mostly per-operation overhead. ``export`` writes a
loaded model in its format (our weights, renamed and stacked as it expects; nothing is
retrained); ``FastDecoder`` decodes with it and returns the same ``Hypothesis`` objects as
``search``.

At float32 it gives the same translations as our decoder (tests check greedy, beam search and
the attention); the default int8 weights trade a little accuracy for speed (see
docs/performance.md, "CTranslate2").
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import EOS_ID
from s2s_desktop.engine.fast.step_decoder import SINGLE_THREAD_ROWS
from s2s_desktop.engine.model import Seq2Seq, stacked
from s2s_desktop.engine.search import Hypothesis, max_output_lengths
from s2s_desktop.engine.tokenizer import Tokenizer

COMPUTE_TYPE = "int8"  # weights in int8, activations in float32 where it matters
BACKEND_VARIABLE = "S2S_DESKTOP_DECODER"  # "torch" turns CTranslate2 off
# Beam search goes on until beam * PATIENCE hypotheses have ended (see ``FastDecoder``).
PATIENCE = 2.0


def supports(model: Seq2Seq) -> bool:
    """Whether CTranslate2's Transformer can hold ``model`` (it has one head count)."""
    return model.config.enc_heads == model.config.dec_heads


def available() -> bool:
    """Whether CTranslate2 is installed and not turned off by S2S_DESKTOP_DECODER=torch."""
    if os.environ.get(BACKEND_VARIABLE, "").lower() == "torch":
        return False
    return importlib.util.find_spec("ctranslate2") is not None


def _numpy(tensor: Tensor) -> Any:
    return tensor.detach().float().cpu().numpy()


def _linear(spec: Any, *linears: torch.nn.Linear) -> None:
    """Fill a CTranslate2 linear spec with one of our linears, or several stacked."""
    weight, bias = stacked(linears)
    spec.weight, spec.bias = _numpy(weight), _numpy(bias)


def _layer_norm(spec: Any, norm: torch.nn.LayerNorm) -> None:
    spec.gamma, spec.beta = _numpy(norm.weight), _numpy(norm.bias)


def _feed_forward(spec: Any, module: Any, norm: torch.nn.LayerNorm) -> None:
    _linear(spec.linear_0, module.fc_1)
    _linear(spec.linear_1, module.fc_2)
    _layer_norm(spec.layer_norm, norm)


def _inputs(spec: Any, module: Any, scaled: bool) -> None:
    """Token embeddings and positions of an encoder or decoder (``module``): the positions as a
    table, learned or sinusoidal (``model.SinusoidalPositions`` holds it), so CTranslate2 adds
    exactly our vectors."""
    embeddings = spec.embeddings[0] if isinstance(spec.embeddings, list) else spec.embeddings
    embeddings.weight = _numpy(module.tok_embedding.weight)
    spec.position_encodings.encodings = _numpy(module.pos_embedding.weight)
    spec.scale_embeddings = scaled  # tokens times sqrt(hid_dim), then the positions added


def _activation(name: str) -> Any:
    from ctranslate2.specs import common_spec

    kinds = {"relu": "RELU", "swish": "SWISH", "gelu": "GELU"}
    return getattr(common_spec.Activation, kinds[name])


def model_spec(model: Seq2Seq, source_vocab: list[str], target_vocab: list[str]) -> Any:
    """``model`` as a CTranslate2 ``TransformerSpec`` with its two vocabularies."""
    from ctranslate2.specs import transformer_spec

    config = model.config
    if config.enc_heads != config.dec_heads:
        raise ValueError("CTranslate2 needs the same number of heads in encoder and decoder.")
    spec = transformer_spec.TransformerSpec.from_config(
        (config.enc_layers, config.dec_layers),
        config.enc_heads,
        pre_norm=False,
        activation=_activation(config.activation),
        alignment_heads=config.dec_heads,  # attention averaged over all heads, as ours is
    )
    encoder, decoder = model.encoder, model.decoder
    _inputs(spec.encoder, encoder, config.scale_embeddings)
    for layer_spec, layer in zip(spec.encoder.layer, encoder.layers):
        attention = layer.self_attention
        _linear(layer_spec.self_attention.linear[0], attention.fc_q, attention.fc_k, attention.fc_v)
        _linear(layer_spec.self_attention.linear[1], attention.fc_o)
        _layer_norm(layer_spec.self_attention.layer_norm, layer.self_attn_layer_norm)
        _feed_forward(layer_spec.ffn, layer.positionwise_feedforward, layer.ff_layer_norm)
    _inputs(spec.decoder, decoder, config.scale_embeddings)
    for layer_spec, layer in zip(spec.decoder.layer, decoder.layers):
        attention, cross = layer.self_attention, layer.encoder_attention
        _linear(layer_spec.self_attention.linear[0], attention.fc_q, attention.fc_k, attention.fc_v)
        _linear(layer_spec.self_attention.linear[1], attention.fc_o)
        _layer_norm(layer_spec.self_attention.layer_norm, layer.self_attn_layer_norm)
        _linear(layer_spec.attention.linear[0], cross.fc_q)
        _linear(layer_spec.attention.linear[1], cross.fc_k, cross.fc_v)
        _linear(layer_spec.attention.linear[2], cross.fc_o)
        _layer_norm(layer_spec.attention.layer_norm, layer.enc_attn_layer_norm)
        _feed_forward(layer_spec.ffn, layer.positionwise_feedforward, layer.ff_layer_norm)
    _linear(spec.decoder.projection, decoder.fc_out)
    spec.config.unk_token, spec.config.bos_token = source_vocab[1], target_vocab[2]
    spec.config.eos_token = target_vocab[EOS_ID]
    spec.config.decoder_start_token = target_vocab[2]
    spec.config.layer_norm_epsilon = encoder.layers[0].self_attn_layer_norm.eps
    spec.register_source_vocabulary(source_vocab)
    spec.register_target_vocabulary(target_vocab)
    return spec


def vocabulary(tokenizer: Tokenizer) -> list[str]:
    """Every piece of ``tokenizer`` in id order."""
    return tokenizer.id_to_piece(list(range(tokenizer.vocab_size)))


def export(
    model: Seq2Seq,
    source: Tokenizer,
    target: Tokenizer,
    folder: Path,
    quantization: str | None = None,
) -> None:
    """Write ``model`` as a CTranslate2 model folder (``quantization``: e.g. "int8")."""
    spec = model_spec(model, vocabulary(source), vocabulary(target))
    spec.validate()
    spec.optimize(quantization=quantization)
    spec.save(str(folder))


class FastDecoder:
    """Greedy and beam search, n-best lists and continuations of a given prefix, through
    CTranslate2 on the CPU.

    Its beam search stops once ``beam * PATIENCE`` hypotheses have ended, where ours
    (``search.beam_search``) goes on while a live hypothesis can still win: with ``PATIENCE``
    2 both give the same translation for nearly every sentence (docs/performance.md,
    "CTranslate2"), and a test holds them to it.
    """

    def __init__(
        self,
        model: Seq2Seq,
        source: Tokenizer,
        target: Tokenizer,
        compute_type: str = COMPUTE_TYPE,
        threads: int | None = None,
    ) -> None:
        import ctranslate2

        self.source_vocab = vocabulary(source)
        self.target_vocab = vocabulary(target)
        self.target_ids = {piece: index for index, piece in enumerate(self.target_vocab)}
        self.max_positions = model.config.max_positions
        with tempfile.TemporaryDirectory(prefix="s2s-ct2-") as folder:
            export(model, source, target, Path(folder))
            # The weights are read into memory here; the folder can go.
            # One thread per batch (small batches gain nothing from more, see
            # ``fast.step_decoder.SINGLE_THREAD_ROWS``); large inputs are split into small
            # parts that ``threads`` workers share (``decode_nbest``).
            self.threads = threads or torch.get_num_threads()
            torch_threads = torch.get_num_threads()
            self.translator = ctranslate2.Translator(
                folder,
                device="cpu",
                compute_type=compute_type,
                inter_threads=self.threads,
                intra_threads=1,
            )
            # CTranslate2 sets the process's OpenMP thread count, which torch shares: without
            # this, a training run would go on with one thread after its first evaluation.
            torch.set_num_threads(torch_threads)

    def decode(
        self,
        pieces: list[list[int]],
        max_lengths: list[int] | None = None,
        need_attention: bool = False,
        beam: int = 1,
        alpha: float = 1.0,
        stop_each: bool = False,
    ) -> list[Hypothesis]:
        """The best hypothesis for each source id list (without EOS), in order; the same
        per-sentence length limit as ``search``'s, lowered by ``max_lengths`` (EOS included) if
        given; with ``need_attention``, each with its [tokens + EOS, source + EOS]
        cross-attention (all heads of the last layer, averaged, as ours).

        The batch decodes up to its longest limit and each result is cut to its own. With
        ``stop_each`` (greedy only), each sentence stops decoding at its own limit, as a trained
        model's stops at its EOS, at the price of a Python call per token: for the bench's
        random model, which never ends a sentence by itself."""
        return [
            found[0]
            for found in self.decode_nbest(
                pieces, max_lengths, need_attention, beam, alpha, stop_each=stop_each
            )
        ]

    def decode_nbest(
        self,
        pieces: list[list[int]],
        max_lengths: list[int] | None = None,
        need_attention: bool = False,
        beam: int = 1,
        alpha: float = 1.0,
        count: int = 1,
        prefixes: list[list[int]] | None = None,
        alternatives: bool = False,
        stop_each: bool = False,
    ) -> list[list[Hypothesis]]:
        """Up to ``count`` hypotheses per source, best first (``decode``'s arguments).

        ``prefixes``: target ids each translation must begin with. With ``alternatives``, the
        ``count`` likeliest tokens after the prefix, each followed by its own best
        continuation (the window's "other words here"), likeliest first.
        """
        eos = self.source_vocab[EOS_ID]
        sources = [[*(self.source_vocab[i] for i in ids), eos] for ids in pieces]
        src = pad_rows([[*ids, EOS_ID] for ids in pieces])
        limits = max_output_lengths(src, self.max_positions).tolist()
        if max_lengths is not None:
            limits = [max(1, min(a, b)) for a, b in zip(limits, max_lengths)]
        target_prefix = None
        if prefixes is not None:
            target_prefix = [[self.target_vocab[i] for i in prefix] for prefix in prefixes]
            limits = [max(a, len(p) + 1) for a, p in zip(limits, prefixes)]
        beam_size = max(beam, 1 if alternatives else count)
        share = _part_size(len(sources), beam_size, self.threads)
        if need_attention and beam > 1:
            # CTranslate2 4.8's batched beam search gives each sentence's first attention row
            # from another sentence; one sentence per batch gives ours (a test holds it).
            share = 1
        stop = None
        if stop_each and beam_size == 1 and len(set(limits)) > 1:
            # Called for each token, with the sentence's index in ``sources``; True ends it.
            def stop(step: Any) -> bool:
                return step.step + 1 >= limits[step.batch_id]

        results = self.translator.translate_batch(
            sources,
            target_prefix,
            max_batch_size=share,
            beam_size=beam_size,
            patience=PATIENCE,
            num_hypotheses=count,
            length_penalty=alpha if beam > 1 else 0.0,
            max_decoding_length=max(limits, default=1),
            min_decoding_length=0,
            return_scores=True,
            return_attention=need_attention,
            return_alternatives=alternatives,
            return_end_token=True,
            max_input_length=0,
            disable_unk=True,  # as our searches: never " ⁇ "
            callback=stop,
        )
        return [
            [
                self._hypothesis(tokens, score, attention, limit, beam, alpha)
                for tokens, score, attention in zip(
                    result.hypotheses,
                    result.scores,
                    result.attention if need_attention else [None] * len(result.hypotheses),
                )
            ]
            for result, limit in zip(results, limits)
        ]

    def _hypothesis(
        self, pieces: list[str], score: float, attention: Any, limit: int, beam: int, alpha: float
    ) -> Hypothesis:
        """One result as ``search`` gives it: ids without EOS, within ``limit`` (EOS
        included), the score a sum of log-probabilities, attention one row per token + EOS."""
        ids = [self.target_ids[piece] for piece in pieces]
        if EOS_ID in ids:
            ids = ids[: ids.index(EOS_ID)]
        ids = ids[: limit - 1]
        if beam > 1:  # CTranslate2 returns the length-normalised score
            score *= (len(ids) + 1) ** alpha
        matrix = None
        if attention:
            matrix = torch.tensor(attention, dtype=torch.float32)[: len(ids) + 1]
        return Hypothesis(ids, float(score), matrix)


def _part_size(sentences: int, beam_size: int, threads: int) -> int:
    """Sentences per CTranslate2 call part (0: one part). Parts of at most
    ``SINGLE_THREAD_ROWS`` rows (sentences x beam) run faster per sentence than big ones on a
    CPU, and at least two per worker let a worker that is done with short sentences take the
    next part while another finishes a long one (docs/performance.md, "CTranslate2 parts")."""
    if sentences * beam_size <= SINGLE_THREAD_ROWS:
        return 0
    return max(1, min(SINGLE_THREAD_ROWS // beam_size, -(-sentences // (2 * threads))))
