"""Run every measurement in turn and collect the figures ``report`` describes."""

from __future__ import annotations

import math
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Plan:
    """How much each measurement does: ``quick`` for CI smoke runs (under a minute)."""

    roof_seconds: float
    corpus_pairs: int
    held_out: int
    train_warmup: int
    train_steps: int
    train_passes: int  # over the same batches, ours and the plain way alike: the fastest counts
    plain_warmup: int
    plain_steps: int
    latency_repeats: int
    throughput_lines: int
    cache_repeats: int
    startup_runs: int
    gui_steps: int
    gui_pairs: int
    document_paragraphs: int
    po_messages: int
    serve_requests: int
    memory_pairs: int = 1_000_000
    memory_queries: int = 200
    glossary_terms: int = 20_000
    glossary_edits: int = 20


FULL = Plan(3.0, 6000, 1000, 3, 30, 3, 2, 12, 50, 1000, 5, 3, 15, 6000, 2000, 200, 800)
QUICK = Plan(
    1.0, 1500, 200, 1, 4, 1, 1, 1, 10, 200, 1, 1, 2, 1500, 200, 50, 64, 20_000, 50, 2_000, 5
)


def machine() -> dict[str, Any]:
    import torch

    return {
        "cpu": _cpu_name(),
        "cores": os.cpu_count(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "python": platform.python_version(),
    }


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _roofs(seconds: float, device: Any, precision: Any) -> dict[str, float]:
    """``device``'s matrix-multiply roofs (GFLOP/s) by the bench's key (``roof.roof_key``):
    float32, bfloat16 (on a CPU also when training keeps float32: it says why) and the 16-bit
    type training uses."""
    import torch

    from s2s_desktop.bench import roof

    wanted = [torch.float32, torch.bfloat16 if device.type == "cpu" else precision]
    return {
        roof.roof_key(dtype): roof.matmul_gflops(seconds=seconds, dtype=dtype, device=device)
        for dtype in dict.fromkeys(wanted)
        if dtype is not None
    }


def _rounded(rates: list[float]) -> list[float]:
    return [round(rate, 1) for rate in rates]


def run_bench(
    quick: bool, progress: Callable[[str], None] = lambda _: None, device: str = "cpu"
) -> dict[str, Any]:
    """Measure everything; returns the figures by key, plus ``machine`` and ``notes``.

    The training figures and roofs are measured on ``device`` (a name ``resolve_device`` takes);
    translation, documents, serving and the window measure this computer's CPU path, as a
    desktop without a GPU runs them."""

    from s2s_desktop.bench import documents, memory_lookup, roof, serving, training, translation
    from s2s_desktop.bench.data import prepare_data
    from s2s_desktop.bench.glossary_edit import measure_glossary_edit
    from s2s_desktop.bench.gui_stall import measure_gui
    from s2s_desktop.bench.startup import startup_seconds
    from s2s_desktop.engine.config import PRESETS
    from s2s_desktop.engine.devices import describe_precision, half_precision, resolve_device

    plan = QUICK if quick else FULL
    results: dict[str, Any] = {}
    chosen = resolve_device(device)
    precision = half_precision(chosen)  # what the trainer uses there
    progress(f"matrix-multiply roofs on {chosen}")
    roofs = _roofs(plan.roof_seconds, chosen, precision)
    progress("generating a corpus and its vocabularies")
    data = prepare_data(plan.corpus_pairs, plan.held_out)
    price = training.flop_pricer(PRESETS["tutorial"])
    progress(f"training, ours ({describe_precision(precision)})")
    ours_plan = plan.train_warmup, plan.train_steps, plan.train_passes
    ours = training.measure_ours(data.train, *ours_plan, price, precision, chosen)
    if precision is None:
        fp32 = ours
    else:
        progress("training, ours (float32)")
        fp32 = training.measure_ours(data.train, *ours_plan, price, None, chosen)
    progress("training, plain torch.nn.Transformer")
    plain_plan = plan.plain_warmup, plan.plain_steps, plan.train_passes
    plain = training.measure_plain(data.train, *plain_plan, price, chosen)
    # The roofs again, right after training, and the faster of each: a ceiling that other
    # processes only ever lower, so the MFU below is not raised by a busy moment of the first.
    again = _roofs(plan.roof_seconds, chosen, precision)
    roofs = {name: max(rate, again[name]) for name, rate in roofs.items()}
    results.update(roofs)
    results["train_tokens_per_s"] = ours.tokens_per_s
    results["train_mfu"] = roof.mfu(ours.flops_per_s, roofs, precision)  # its own precision's
    results["train_mfu_fp32_roof"] = roof.mfu(ours.flops_per_s, roofs, None)
    results["train_fp32_tokens_per_s"] = fp32.tokens_per_s
    results["train_fp32_mfu"] = roof.mfu(fp32.flops_per_s, roofs, None)
    results["train_baseline_tokens_per_s"] = plain.tokens_per_s
    results["train_speedup"] = ours.tokens_per_s / plain.tokens_per_s
    progress("translation")
    model = translation.bench_model()
    fast = translation.fast_decoder(model, data)  # what the Translator uses, if any
    repeats = plan.latency_repeats
    p50, p90 = translation.percentiles(translation.latency_ms(model, data, 1, repeats, fast))
    results["translate_ms_p50"], results["translate_ms_p90"] = p50, p90
    beam, _ = translation.percentiles(translation.latency_ms(model, data, 4, repeats, fast))
    results["translate_beam4_ms_p50"] = beam
    beam, _ = translation.percentiles(translation.latency_ms(model, data, 4, repeats))
    results["translate_torch_beam4_ms_p50"] = beam
    results["translate_int8_bleu"] = translation.int8_agreement_bleu(
        model, data, plan.throughput_lines // 4
    )
    results["translate_sentences_per_s"] = translation.sentences_per_s(
        model, data, plan.throughput_lines, fast
    )
    torch_p50, _ = translation.percentiles(translation.latency_ms(model, data, 1, repeats))
    results["translate_torch_ms_p50"] = torch_p50
    results["translate_torch_sentences_per_s"] = translation.sentences_per_s(
        model, data, plan.throughput_lines
    )
    results["decode_cache_speedup"] = translation.cache_speedup(model, plan.cache_repeats)
    progress("documents")
    results.update(
        documents.measure_documents(model, data, fast, plan.document_paragraphs, plan.po_messages)
    )
    progress("the server under load")
    results.update(serving.measure_serving(model, data, fast, plan.serve_requests))
    progress(f"translation memory of {plan.memory_pairs:,} pairs")
    memory = memory_lookup.measure_memory(plan.memory_pairs, plan.memory_queries)
    memory_recall = memory.pop("memory_recall")
    results.update(memory)
    progress(f"an edit in a glossary of {plan.glossary_terms:,} terms")
    glossary = measure_glossary_edit(plan.glossary_terms, plan.glossary_edits)
    results["glossary_edit_ms"] = glossary.edit_ms
    results["glossary_save_ms"] = glossary.save_ms
    progress("window start-up")
    results["startup_s"] = startup_seconds(plan.startup_runs)
    progress("window while training")
    gui = measure_gui(plan.gui_steps, plan.gui_pairs, timeout_s=60 if quick else 300)
    results["gui_stall_ms_max"] = gui.stall_ms_max
    results["gui_stall_ms_p99"] = gui.stall_ms_p99
    results["train_peak_rss_mb"] = gui.train_peak_rss_mb
    for key, value in results.items():
        results[key] = float(value) if math.isfinite(value) else None
    results["machine"] = machine()
    results["notes"] = {
        "quick": quick,
        "train_device": str(chosen),
        "train_precision": describe_precision(precision),
        "train_flops": "torch.utils.flop_counter on unpadded single-pair forward+backward, "
        "fitted per (source, target) length and summed over the pairs trained on",
        "matmul_gflops": "the fastest torch.mm of [2048, 2048] matrices in float32 (and in "
        "bfloat16: matmul_bf16_gflops), measured before and after the training figures, the "
        "faster of the two",
        "train_mfu": f"against the roof of {roof.precision_name(precision)}, the precision "
        "training computes its products in; train_mfu_fp32_roof against float32's",
        "train_passes": (
            f"the fastest of {plan.train_passes} passes over the same batches (ours, float32 "
            "and the baseline alike), as the roof is the fastest multiply"
            if plan.train_passes > 1
            else "one pass over the batches"
        ),
        "train_pass_tokens_per_s": {
            "ours": _rounded(ours.pass_tokens_per_s),
            "float32": _rounded(fp32.pass_tokens_per_s),
            "baseline": _rounded(plain.pass_tokens_per_s),
        },
        "translation_model": "tutorial preset, random weights, outputs capped at the "
        "reference translation's length",
        "translation_decoder": "CTranslate2 int8 (greedy)" if fast else "ours (PyTorch)",
        "documents": f"a generated .docx of {plan.document_paragraphs} paragraphs (two "
        "sentences each) through the document job, against the same sentences as plain lines; "
        f"placeholders_kept on a generated .pot of {plan.po_messages} messages",
        "memory": f"{plan.memory_queries} lookups (edited, exact, half-typed and unseen "
        f"sentences) in a generated memory of {plan.memory_pairs:,} pairs; the first match was "
        f"at least as close as the sentence a query was made from for {memory_recall:.1%} of them",
        "glossary": f"the median of {plan.glossary_edits} edits of a target term in the "
        f"Glossary panel of {plan.glossary_terms:,} terms (saved, sent to the translator), "
        "against the median of as many writes of its file alone",
        "serving": f"{plan.serve_requests} one-sentence requests from 16 clients at once (and "
        "a quarter as many from one), sent by another process on this machine",
    }
    return results
