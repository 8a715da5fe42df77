"""Translation speed: one sentence (greedy and beam 4), a thousand lines, and the cache's gain;
and how far CTranslate2's int8 outputs are from its float32 ones.

The model is the tutorial preset with random weights (a trained one would need minutes to
train). A random model never chooses to stop, so each output is capped at the length of the
sentence's reference translation: the same amount of work a trained model does, which stops at
EOS near that length.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import torch

from s2s_desktop.bench.data import BenchData
from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import EOS_ID, PRESETS
from s2s_desktop.engine.fast import ctranslate
from s2s_desktop.engine.fast.ctranslate import FastDecoder
from s2s_desktop.engine.fast.step_decoder import DecoderWeights
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.search import beam_search, greedy_decode
from s2s_desktop.engine.translator import length_sorted_batches


def bench_model() -> Seq2Seq:
    torch.manual_seed(0)
    return Seq2Seq(PRESETS["tutorial"]).eval()


def _milliseconds(run: Callable[[], object], repeats: int) -> list[float]:
    run()  # warm
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def fast_decoder(model: Seq2Seq, data: BenchData) -> FastDecoder | None:
    """What the Translator decodes greedily with on a CPU: CTranslate2 int8, when installed."""
    if not (ctranslate.available() and ctranslate.supports(model)):
        return None
    return FastDecoder(model, data.source_tokenizer, data.target_tokenizer)


def translate_lines(
    model: Seq2Seq,
    data: BenchData,
    lines: list[int],
    beam: int = 1,
    fast: FastDecoder | None = None,
    weights: DecoderWeights | None = None,
) -> list[str]:
    """Translate held-out lines (by index) as the Translator does: encode, batch by length,
    decode (through ``fast`` when given, else with the model's ``weights`` laid out once, as a
    Translator keeps them), detokenize; outputs capped at the reference
    lengths (see the module's note). Batches group lines of similar reference length, so each
    batch ends when a trained model's would (CTranslate2 runs a batch to its longest cap)."""
    pieces = data.source_tokenizer.encode([data.lines[i] for i in lines])
    caps = [data.line_target_pieces[i] + 1 for i in lines]  # + EOS
    outputs: list[list[int]] = [[] for _ in lines]
    for batch in length_sorted_batches(caps, 6000 // beam):
        src = pad_rows([[*pieces[i], EOS_ID] for i in batch])
        limits = torch.tensor([caps[i] for i in batch])
        if fast is not None:
            decoded = fast.decode([pieces[i] for i in batch], [caps[i] for i in batch], beam=beam)
        elif beam == 1:
            decoded = greedy_decode(model, src, max_lengths=limits, weights=weights)
        else:
            decoded = beam_search(model, src, beam, max_lengths=limits, weights=weights)
        for index, hypothesis in zip(batch, decoded):
            outputs[index] = hypothesis.tokens
    return data.target_tokenizer.decode(outputs)


def short_sentence(data: BenchData) -> int:
    """A held-out line of 5 to 9 words (a short sentence, as typed into the window)."""
    for index, line in enumerate(data.lines):
        if 5 <= len(line.split()) <= 9:
            return index
    return 0


def latency_ms(
    model: Seq2Seq, data: BenchData, beam: int, repeats: int, fast: FastDecoder | None = None
) -> list[float]:
    """Milliseconds to translate one short sentence, batch 1, warm model."""
    index = short_sentence(data)
    weights = DecoderWeights(model)
    return _milliseconds(
        lambda: translate_lines(model, data, [index], beam, fast, weights), repeats
    )


def sentences_per_s(
    model: Seq2Seq, data: BenchData, count: int, fast: FastDecoder | None = None
) -> float:
    """Greedy translation of ``count`` held-out lines in length-sorted batches."""
    lines = list(range(min(count, len(data.lines))))
    weights = DecoderWeights(model)
    translate_lines(model, data, lines[:50], fast=fast, weights=weights)  # warm
    start = time.perf_counter()
    translate_lines(model, data, lines, fast=fast, weights=weights)
    return len(lines) / (time.perf_counter() - start)


def cache_speedup(model: Seq2Seq, repeats: int, length: int = 64) -> float:
    """Greedy decoding of ``length`` tokens: re-running the whole prefix ÷ the key/value cache."""
    torch.manual_seed(1)
    src = torch.randint(4, model.config.src_vocab_size, (1, 30))
    src[0, -1] = EOS_ID
    limit = torch.tensor([length])
    weights = DecoderWeights(model)
    cached = _milliseconds(
        lambda: greedy_decode(model, src, max_lengths=limit, weights=weights), repeats
    )
    full = _milliseconds(
        lambda: greedy_decode(model, src, use_cache=False, max_lengths=limit), repeats
    )
    return statistics.median(full) / statistics.median(cached)


def percentiles(times: list[float]) -> tuple[float, float]:
    return statistics.median(times), _percentile(times, 0.9)


def int8_agreement_bleu(model: Seq2Seq, data: BenchData, count: int, beam: int = 4) -> float:
    """BLEU of CTranslate2's int8 translations of ``count`` held-out lines against its float32
    ones (100: the same words): what the default weights change. NaN without CTranslate2."""
    import sacrebleu

    if not (ctranslate.available() and ctranslate.supports(model)):
        return float("nan")
    lines = list(range(min(count, len(data.lines))))
    outputs = {
        kind: translate_lines(
            model,
            data,
            lines,
            beam,
            FastDecoder(model, data.source_tokenizer, data.target_tokenizer, kind),
        )
        for kind in ("int8", "float32")
    }
    return sacrebleu.corpus_bleu(outputs["int8"], [outputs["float32"]]).score
