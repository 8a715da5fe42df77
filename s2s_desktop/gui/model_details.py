"""What the window says about models: one model's details from its card, several side by side
(rich text), a picker's label, and the formats of the table's cells."""

from __future__ import annotations

import html
from datetime import datetime

from s2s_desktop.engine import argos
from s2s_desktop.engine.config import format_parameters
from s2s_desktop.engine.event_words import format_duration
from s2s_desktop.engine.held_out_scores import card_test_scores
from s2s_desktop.engine.runs import Ending, RunInfo
from s2s_desktop.engine.store import ModelInfo
from s2s_desktop.gui.i18n import translate
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
    return translate(
        "model_details",
        "{name} was imported from Argos Translate: CTranslate2 translates it and gives "
        "no attention to show.",
    ).format(name=model.name)


def export_format(model: ModelInfo) -> tuple[str, str]:
    """The file suffix and the file dialog's filter an export of ``model`` writes."""
    if model.card.origin == argos.ORIGIN:
        kind = translate("model_details", "Argos Translate packages ({patterns})")
        return argos.SUFFIX, kind.format(patterns=f"*{argos.SUFFIX}")
    return ".zip", translate("model_details", "Model files (*.zip)")


def details_html(model: ModelInfo, size: int, end: Ending | None = None) -> str:
    """Everything the model's card knows, in sections; absent facts are left out (older or
    imported models may lack some). ``end``: how its last run ended, where it can go on."""
    card = model.card
    arch = card.architecture
    e = html.escape
    sections: list[tuple[str, list[tuple[str, str]]]] = []

    about = [
        (translate("model_details", "Languages"), e(f"{card.src_lang} → {card.tgt_lang}")),
        (translate("model_details", "Preset"), e(card.preset)),
    ]
    if card.base:
        about.append((translate("model_details", "Fine-tuned from"), e(card.base)))
    if card.origin:
        origin = (
            translate("model_details", "{origin}, translation only (cannot be fine-tuned)")
            if card.translate_only
            else "{origin}"
        ).format(origin=card.origin)
        about.append((translate("model_details", "Imported from"), e(origin)))
        package = card.data.get("imported")
        if isinstance(package, dict) and package.get("package_version"):
            named = translate("model_details", "{name} version {version}").format(
                name=package.get("package_name") or package.get("from", ""),
                version=package["package_version"],
            )
            about.append((translate("model_details", "Package"), e(named)))
    if arch:
        a = {key: arch.get(key, "?") for key in _ARCH_KEYS}
        layers = translate("model_details", "{encoder} encoder + {decoder} decoder").format(
            encoder=a["enc_layers"], decoder=a["dec_layers"]
        )
        about.append((translate("model_details", "Layers"), e(layers)))
        width = translate(
            "model_details", "{width}, {heads} heads, feed-forward {feed_forward}"
        ).format(width=a["hid_dim"], heads=a["enc_heads"], feed_forward=a["enc_pf_dim"])
        about.append((translate("model_details", "Width"), e(width)))
        if not card.shared_vocab:
            vocab = translate("model_details", "{source} source, {target} target pieces")
        elif arch.get("tied_embeddings") is True:
            vocab = translate("model_details", "{source} pieces, shared, embeddings tied")
        else:
            vocab = translate("model_details", "{source} pieces, shared")
        vocab = vocab.format(
            source=arch.get("src_vocab_size", "?"), target=arch.get("tgt_vocab_size", "?")
        )
        about.append((translate("model_details", "Vocabulary"), e(vocab)))
    if card.parameters:
        about.append((translate("model_details", "Parameters"), f"{card.parameters:,}"))
    sections.append((translate("model_details", "Model"), about))

    quality = []
    if card.bleu is not None:
        bleu = format_score(card.bleu)
        if card.beam > 1 and card.greedy_bleu is not None:
            bleu = translate(
                "model_details", "{bleu} with beam search of {beam} (greedy decoding: {greedy})"
            ).format(bleu=bleu, beam=card.beam, greedy=format_score(card.greedy_bleu))
        quality.append((translate("model_details", "Best BLEU"), e(bleu)))
    if card.chrf is not None:
        quality.append((translate("model_details", "Best chrF"), format_score(card.chrf)))
    if card.valid_loss is not None:
        quality.append((translate("model_details", "Validation loss"), f"{card.valid_loss:.3f}"))
    where = [
        text.format(number=f"{value:,}")
        for text, value in (
            (translate("model_details", "epoch {number}"), card.epoch),
            (translate("model_details", "step {number}"), card.step),
        )
        if value is not None
    ]
    if where and quality:
        quality.append((translate("model_details", "Reached at"), e(", ".join(where))))
    forgetting = card.lineage.get("forgetting")
    forgetting = forgetting if isinstance(forgetting, dict) else {}
    scores = [forgetting.get(key) for key in ("bleu", "base_bleu")]
    if card.base and all(isinstance(v, (int, float)) for v in scores):
        text = translate("model_details", "BLEU {bleu} (the base: {base})").format(
            bleu=format_score(scores[0]), base=format_score(scores[1])
        )
        label = translate("model_details", "On the validation set of {base}")
        quality.append((label.format(base=e(card.base)), e(text)))
    if quality:
        sections.append((translate("model_details", "Validation scores"), quality))
    tests = [
        (
            e(
                translate("model_details", "{test_set} ({count} pairs)").format(
                    test_set=score.test_set, count=f"{score.sentences:,}"
                )
            ),
            e(
                translate("model_details", "BLEU {bleu}, chrF {chrf}, beam {beam}").format(
                    bleu=f"{score.bleu:.1f}", chrf=f"{score.chrf:.1f}", beam=score.beam
                )
            ),
        )
        for score in card_test_scores(card)
    ]
    if tests:
        sections.append((translate("model_details", "Test sets"), tests))

    trained = [] if end is None else [(translate("model_details", "Last run"), e(ending_text(end)))]
    pairs = [
        text.format(count=f"{count:,}")
        for text, count in (
            (translate("model_details", "{count} training"), card.train_pairs),
            (translate("model_details", "{count} validation"), card.valid_pairs),
        )
        if count is not None
    ]
    if pairs:
        trained.append((translate("model_details", "Pairs"), e(" + ".join(pairs))))
    if card.data_folder:
        trained.append((translate("model_details", "Data folder"), _breakable(card.data_folder)))
    if card.epochs is not None:
        text = (
            translate("model_details", "{epoch} of {epochs}").format(
                epoch=card.epoch, epochs=card.epochs
            )
            if card.epoch is not None
            else str(card.epochs)
        )
        trained.append((translate("model_details", "Epochs"), e(text)))
    if card.batch_tokens is not None:
        batch = translate("model_details", "{count} tokens").format(count=f"{card.batch_tokens:,}")
        trained.append((translate("model_details", "Batch"), e(batch)))
    if card.learning_rate is not None:
        trained.append((translate("model_details", "Learning rate"), e(f"{card.learning_rate:g}")))
    if card.device:
        trained.append((translate("model_details", "Device"), e(card.device)))
    trained.append((translate("model_details", "Created"), e(format_local_time(card.created))))
    if card.updated is not None:
        trained.append((translate("model_details", "Updated"), e(format_local_time(card.updated))))
    sections.append((translate("model_details", "Training"), trained))
    sections.append((translate("model_details", "Files"), _files(size, str(model.path))))

    return _sections_html(model.name, sections)


def ending_text(end: Ending) -> str:
    """How a run that can go on ended, and the action that goes on."""
    texts = {
        "stopped": translate(
            "model_details", "Stopped at step {step}: Resume training… continues it."
        ),
        "time limit": translate(
            "model_details",
            "Used its time budget at step {step}: Resume training… trains it longer.",
        ),
        "interrupted": translate(
            "model_details",
            "Interrupted after step {step} (closed or crashed): Resume training… continues "
            "from its last checkpoint.",
        ),
    }
    return texts[end.reason].format(step=f"{end.step:,}")


def _files(size: int, folder: str) -> list[tuple[str, str]]:
    """The Files section's rows: the folder's size, and where it is."""
    return [
        (translate("model_details", "Size"), html.escape(format_size(size))),
        (translate("model_details", "Folder"), _breakable(folder)),
    ]


def run_html(run: RunInfo, size: int) -> str:
    """An unfinished run: what it trains, how far it got, and what can be done with it."""
    e = html.escape
    about: list[tuple[str, str]] = [(translate("model_details", "State"), e(run.describe()))]
    settings = run.settings
    if settings is not None:
        about.append(
            (translate("model_details", "Languages"), e(f"{settings.src} → {settings.tgt}"))
        )
        about.append((translate("model_details", "Preset"), e(settings.preset)))
        if settings.base:
            about.append((translate("model_details", "Fine-tuned from"), e(settings.base)))
        about.append((translate("model_details", "Data folder"), _breakable(settings.folder)))
    progress: list[tuple[str, str]] = []
    if run.step:
        logged = translate("model_details", "step {step} (epoch {epoch})").format(
            step=f"{run.step:,}", epoch=run.epoch
        )
        progress.append((translate("model_details", "Logged to"), e(logged)))
        progress.append(
            (translate("model_details", "Training time"), e(format_duration(run.seconds)))
        )
    progress.append((translate("model_details", "Started"), e(format_local_time(run.started))))
    return _sections_html(
        run.name,
        [
            (translate("model_details", "Unfinished run"), about),
            (translate("model_details", "Progress"), progress),
            (translate("model_details", "Files"), _files(size, str(run.path))),
        ],
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
    model, parameters = (
        translate("model_details", "Model"),
        translate("model_details", "Parameters"),
    )
    rows = [
        f"<tr><th></th><th align='left' style='{grey}; font-weight:normal'>{model}</th>"
        f"<th align='right' {head}>BLEU</th><th align='right' {head}>chrF</th>"
        f"<th align='right' {head}>{parameters}</th></tr>"
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
    selected = translate("model_details", "{count} models selected").format(count=len(models))
    note = translate(
        "model_details",
        "Their curves are overlaid in these colours. Select one model to see all its details.",
    )
    return (
        f"<h3 style='margin:0 0 6px 0'>{selected}</h3>"
        f"<table cellspacing='0'>{''.join(rows)}</table>"
        f"<p style='{grey}'>{note}</p>"
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
        facts.append(translate("model_details", "fine-tuned from {base}").format(base=card.base))
    if card.train_pairs is not None:
        pairs = translate("model_details", "{count} pairs")
        facts.append(pairs.format(count=f"{card.train_pairs:,}"))
    if card.epoch is not None:
        epochs = (
            translate("model_details", "{count} epoch")
            if card.epoch == 1
            else translate("model_details", "{count} epochs")
        )
        facts.append(epochs.format(count=card.epoch))
    return " · ".join(facts)
