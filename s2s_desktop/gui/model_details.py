"""What the window says about models: one model's details from its card, several side by side
(rich text), a picker's label, and the formats of the table's cells."""

from __future__ import annotations

import html
from datetime import datetime

from s2s_desktop.engine import argos
from s2s_desktop.engine.config import format_parameters
from s2s_desktop.engine.event_words import format_duration
from s2s_desktop.engine.held_out_scores import card_test_scores
from s2s_desktop.engine.runs import RunInfo
from s2s_desktop.engine.store import ModelInfo
from s2s_desktop.gui.metrics_plot import series_color
from s2s_desktop.gui.theme import quiet_text

_ARCH_KEYS = ("enc_layers", "dec_layers", "hid_dim", "enc_heads", "enc_pf_dim")


def format_size(size: int) -> str:
    """Decimal units, as file managers show them: "812 KB", "3.4 MB", "54 MB", "1.2 GB"."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            value = size / scale
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{size} B"


def format_score(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def format_local_time(moment: datetime | None) -> str:
    """In the user's time zone; stored dates are UTC (a naive one is taken as local)."""
    if moment is None:
        return "–"
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _breakable(path: str) -> str:
    """Let a long path wrap after its separators in rich text (zero-width spaces)."""
    return html.escape(path).replace("/", "/\u200b").replace("\\", "\\\u200b")


def model_label(info: ModelInfo) -> str:
    """The picker's text for a model: "name (en → de)"."""
    return f"{info.name} ({info.src_lang} \u2192 {info.tgt_lang})"


def no_attention_reason(model: ModelInfo) -> str | None:
    """Why the attention view stays empty for ``model`` (None: it does not)."""
    if model.card.origin != argos.ORIGIN:
        return None
    return (
        f"{model.name} was imported from Argos Translate: CTranslate2 translates it and gives "
        "no attention to show."
    )


def export_format(model: ModelInfo) -> tuple[str, str]:
    """The file suffix and the file dialog's filter an export of ``model`` writes."""
    if model.card.origin == argos.ORIGIN:
        return argos.SUFFIX, f"Argos Translate packages (*{argos.SUFFIX})"
    return ".zip", "Model files (*.zip)"


def details_html(model: ModelInfo, size: int) -> str:
    """Everything the model's card knows, in sections; absent facts are left out (older or
    imported models may lack some)."""
    card = model.card
    arch = card.architecture
    e = html.escape
    sections: list[tuple[str, list[tuple[str, str]]]] = []

    about = [
        ("Languages", e(f"{card.src_lang} → {card.tgt_lang}")),
        ("Preset", e(card.preset)),
    ]
    if card.base:
        about.append(("Fine-tuned from", e(card.base)))
    if card.origin:
        use = "translation only (cannot be fine-tuned)" if card.translate_only else ""
        about.append(("Imported from", e(f"{card.origin}{', ' + use if use else ''}")))
        package = card.data.get("imported")
        if isinstance(package, dict) and package.get("package_version"):
            named = f"{package.get('package_name') or package.get('from', '')} "
            about.append(("Package", e(f"{named}version {package['package_version']}")))
    if arch:
        a = {key: arch.get(key, "?") for key in _ARCH_KEYS}
        about.append(("Layers", e(f"{a['enc_layers']} encoder + {a['dec_layers']} decoder")))
        about.append(
            (
                "Width",
                e(f"{a['hid_dim']}, {a['enc_heads']} heads, feed-forward {a['enc_pf_dim']}"),
            )
        )
        tied = ", embeddings tied" if arch.get("tied_embeddings") is True else ""
        vocab = (
            f"{arch.get('src_vocab_size', '?')} pieces, shared{tied}"
            if card.shared_vocab
            else f"{arch.get('src_vocab_size', '?')} source, "
            f"{arch.get('tgt_vocab_size', '?')} target pieces"
        )
        about.append(("Vocabulary", e(vocab)))
    if card.parameters:
        about.append(("Parameters", f"{card.parameters:,}"))
    sections.append(("Model", about))

    quality = []
    if card.bleu is not None:
        bleu = format_score(card.bleu)
        if card.beam > 1 and card.greedy_bleu is not None:
            bleu += (
                f" with beam search of {card.beam} "
                f"(greedy decoding: {format_score(card.greedy_bleu)})"
            )
        quality.append(("Best BLEU", e(bleu)))
    if card.chrf is not None:
        quality.append(("Best chrF", format_score(card.chrf)))
    if card.valid_loss is not None:
        quality.append(("Validation loss", f"{card.valid_loss:.3f}"))
    where = [
        f"{key} {value:,}"
        for key, value in (("epoch", card.epoch), ("step", card.step))
        if value is not None
    ]
    if where and quality:
        quality.append(("Reached at", e(", ".join(where))))
    forgetting = card.lineage.get("forgetting")
    forgetting = forgetting if isinstance(forgetting, dict) else {}
    scores = [forgetting.get(key) for key in ("bleu", "base_bleu")]
    if card.base and all(isinstance(v, (int, float)) for v in scores):
        text = f"BLEU {format_score(scores[0])} (the base: {format_score(scores[1])})"
        quality.append((f"On the validation set of {e(card.base)}", e(text)))
    if quality:
        sections.append(("Validation scores", quality))
    tests = [
        (
            e(f"{score.test_set} ({score.sentences:,} pairs)"),
            e(f"BLEU {score.bleu:.1f}, chrF {score.chrf:.1f}, beam {score.beam}"),
        )
        for score in card_test_scores(card)
    ]
    if tests:
        sections.append(("Test sets", tests))

    trained = []
    pairs = [
        f"{count:,} {label}"
        for count, label in ((card.train_pairs, "training"), (card.valid_pairs, "validation"))
        if count is not None
    ]
    if pairs:
        trained.append(("Pairs", e(" + ".join(pairs))))
    if card.data_folder:
        trained.append(("Data folder", _breakable(card.data_folder)))
    if card.epochs is not None:
        text = f"{card.epoch} of {card.epochs}" if card.epoch is not None else str(card.epochs)
        trained.append(("Epochs", e(text)))
    if card.batch_tokens is not None:
        trained.append(("Batch", e(f"{card.batch_tokens:,} tokens")))
    if card.learning_rate is not None:
        trained.append(("Learning rate", e(f"{card.learning_rate:g}")))
    if card.device:
        trained.append(("Device", e(card.device)))
    trained.append(("Created", e(format_local_time(card.created))))
    if card.updated is not None:
        trained.append(("Updated", e(format_local_time(card.updated))))
    sections.append(("Training", trained))

    sections.append(
        (
            "Files",
            [
                ("Size", e(format_size(size))),
                ("Folder", _breakable(str(model.path))),
            ],
        )
    )

    return _sections_html(model.name, sections)


def run_html(run: RunInfo, size: int) -> str:
    """An unfinished run: what it trains, how far it got, and what can be done with it."""
    e = html.escape
    about: list[tuple[str, str]] = [("State", e(run.describe()))]
    settings = run.settings
    if settings is not None:
        about.append(("Languages", e(f"{settings.src} → {settings.tgt}")))
        about.append(("Preset", e(settings.preset)))
        if settings.base:
            about.append(("Fine-tuned from", e(settings.base)))
        about.append(("Data folder", _breakable(settings.folder)))
    progress: list[tuple[str, str]] = []
    if run.step:
        progress.append(("Logged to", e(f"step {run.step:,} (epoch {run.epoch})")))
        progress.append(("Training time", e(format_duration(run.seconds))))
    progress.append(("Started", e(format_local_time(run.started))))
    files = [("Size", e(format_size(size))), ("Folder", _breakable(str(run.path)))]
    return _sections_html(
        run.name, [("Unfinished run", about), ("Progress", progress), ("Files", files)]
    )


def _sections_html(name: str, sections: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """A heading and one two-column table a section (labels in the palette's quiet colour)."""
    label_style = f"color:{quiet_text()}; padding:1px 12px 1px 0; white-space:nowrap"
    parts = [f"<h3 style='margin:0'>{html.escape(name)}</h3>"]
    for title, rows in sections:
        parts.append(f"<p style='margin:10px 0 2px 0'><b>{title}</b></p><table cellspacing='0'>")
        parts.extend(
            f"<tr><td style='{label_style}'>{label}</td><td>{value}</td></tr>"
            for label, value in rows
        )
        parts.append("</table>")
    return "".join(parts)


def comparison_html(models: list[ModelInfo]) -> str:
    """One row per model in the colour of its curve, so the plot needs no legend lookup."""
    grey = f"color:{quiet_text()}"
    number = "align='right' style='padding:2px 0 2px 14px; white-space:nowrap'"
    head = f"style='{grey}; font-weight:normal; padding:0 0 2px 14px'"
    rows = [
        f"<tr><th></th><th align='left' style='{grey}; font-weight:normal'>Model</th>"
        f"<th align='right' {head}>BLEU</th><th align='right' {head}>chrF</th>"
        f"<th align='right' {head}>Parameters</th></tr>"
    ]
    for index, model in enumerate(models):
        colour = series_color(index).name()
        rows.append(
            f"<tr><td style='color:{colour}; padding:2px 6px 0 0'>■</td>"
            f"<td style='padding-top:2px'><b>{html.escape(model.name)}</b></td>"
            f"<td {number}>{format_score(model.bleu)}</td>"
            f"<td {number}>{format_score(model.chrf)}</td>"
            f"<td {number}>{format_parameters(model.parameters)}</td></tr>"
            f"<tr><td></td><td colspan='4' style='{grey}; padding-bottom:6px'>"
            f"{html.escape(one_line_summary(model))}</td></tr>"
        )
    return (
        f"<h3 style='margin:0 0 6px 0'>{len(models)} models selected</h3>"
        f"<table cellspacing='0'>{''.join(rows)}</table>"
        f"<p style='{grey}'>Their curves are overlaid in these colours. "
        "Select one model to see all its details.</p>"
    )


def base_label(model: ModelInfo) -> str:
    """A stored model as "Start from" offers it: its name, languages, size and BLEU."""
    facts = [f"{model.src_lang} → {model.tgt_lang}", format_parameters(model.parameters)]
    if model.bleu is not None:
        facts.append(f"BLEU {format_score(model.bleu)}")
    return f"{model.name} ({', '.join(facts)})"


def one_line_summary(model: ModelInfo) -> str:
    """Languages, preset, data and length of training: what tells two runs apart."""
    card = model.card
    facts = [f"{card.src_lang} → {card.tgt_lang}", card.preset]
    if card.base:
        facts.append(f"fine-tuned from {card.base}")
    if card.train_pairs is not None:
        facts.append(f"{card.train_pairs:,} pairs")
    if card.epoch is not None:
        facts.append(f"{card.epoch} epoch{'s' if card.epoch != 1 else ''}")
    return " · ".join(facts)
