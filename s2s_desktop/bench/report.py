"""The bench's figures, their targets (those of a 2-core CPU machine) and the printed table."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One reported number: its JSON key, what it means, its unit and its target.

    ``at_least`` says which side of the target passes; a figure without a target is reported
    for context only.
    """

    key: str
    label: str
    unit: str
    target: float | None = None
    at_least: bool = True

    def passes(self, value: float) -> bool | None:
        if self.target is None or not math.isfinite(value):
            return None
        return value >= self.target if self.at_least else value <= self.target


FIGURES: tuple[Figure, ...] = (
    Figure("matmul_gflops", "float32 matmul rate (its roof)", "GFLOP/s"),
    Figure("matmul_bf16_gflops", "bfloat16 matmul rate (its roof)", "GFLOP/s"),
    Figure("train_tokens_per_s", "training, tutorial preset", "tok/s"),
    Figure("train_mfu", "training FLOP/s / roof of its precision", "", 0.20),
    Figure("train_mfu_fp32_roof", "training FLOP/s / float32 roof", ""),
    Figure("train_fp32_tokens_per_s", "training, float32 forced", "tok/s"),
    Figure("train_fp32_mfu", "float32 training FLOP/s / float32 roof", ""),
    Figure("train_baseline_tokens_per_s", "plain torch.nn.Transformer", "tok/s"),
    Figure("train_speedup", "ours / plain", "x", 2.0),
    Figure("translate_ms_p50", "one sentence, greedy, p50", "ms", 15.0, at_least=False),
    Figure("translate_ms_p90", "one sentence, greedy, p90", "ms"),
    Figure("translate_beam4_ms_p50", "one sentence, beam 4, p50", "ms", 8.0, at_least=False),
    Figure("translate_int8_bleu", "int8 beam 4 against float32's, BLEU", ""),
    Figure("translate_sentences_per_s", "1000 lines, greedy, batched", "sent/s", 300.0),
    Figure("translate_torch_ms_p50", "one sentence, greedy, our decoder, p50", "ms"),
    Figure("translate_torch_sentences_per_s", "1000 lines, greedy, our decoder", "sent/s"),
    Figure("translate_torch_beam4_ms_p50", "one sentence, beam 4, our decoder, p50", "ms"),
    Figure("decode_cache_speedup", "key/value cache, 64 tokens", "x", 3.0),
    Figure("document_sentences_per_s", "a .docx of 2000 paragraphs, greedy", "sent/s", 300.0),
    Figure("document_plain_sentences_per_s", "its sentences as plain lines", "sent/s"),
    Figure("document_speed_ratio", "document / plain lines", "x"),
    Figure("placeholders_kept", "a .pot's messages with every placeholder back", "share", 1.0),
    Figure("serve_requests_per_s", "the server, 16 clients, one sentence each", "req/s"),
    Figure("serve_ms_p99", "the server, 16 clients, p99", "ms", 100.0, at_least=False),
    Figure("serve_single_requests_per_s", "the server, one client", "req/s"),
    Figure("serve_speedup", "16 clients / one client", "x", 3.0),
    Figure("memory_lookup_ms_p75", "translation-memory lookup, p75", "ms", 50.0, at_least=False),
    Figure("memory_lookup_ms_p50", "translation-memory lookup, p50", "ms"),
    Figure("memory_index_pairs_per_s", "translation-memory indexing", "pairs/s"),
    Figure("memory_pairs", "pairs in the measured memory", "pairs"),
    Figure("glossary_edit_ms", "an edit in a 20,000-term glossary", "ms", 100.0, False),
    Figure("glossary_save_ms", "its file written alone", "ms"),
    Figure("startup_s", "start to window shown", "s", 1.0, at_least=False),
    Figure("gui_stall_ms_max", "event-loop stall while training, max", "ms", 50.0, False),
    Figure("gui_stall_ms_p99", "event-loop stall while training, p99", "ms"),
    Figure("train_peak_rss_mb", "training process peak memory", "MB", 1500.0, at_least=False),
)

KEYS = tuple(figure.key for figure in FIGURES)


def _number(value: float) -> str:
    if not math.isfinite(value):
        return "n/a"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def format_table(results: dict[str, Any]) -> str:
    """A plain-text table: figure, value, target and whether it passes."""
    rows = [("figure", "value", "target", "")]
    for figure in FIGURES:
        raw = results.get(figure.key)
        value = float("nan") if raw is None else float(raw)
        target = ""
        if figure.target is not None:
            sign = ">=" if figure.at_least else "<="
            target = f"{sign} {_number(figure.target)}"
        verdict = {True: "pass", False: "MISS", None: ""}[figure.passes(value)]
        rows.append(
            (f"{figure.key} ({figure.label})", f"{_number(value)} {figure.unit}", target, verdict)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
