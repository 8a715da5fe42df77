"""What the window says about models: one model's details from its card, several side by side
(rich text), and a picker's label."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea

from s2s_desktop.engine import argos
from s2s_desktop.engine.config import format_parameters
from s2s_desktop.engine.event_words import format_duration
from s2s_desktop.engine.model_facts import (
    files_rows,
    format_local_time,
    format_score,
    model_sections,
)
from s2s_desktop.engine.runs import Ending, RunInfo
from s2s_desktop.engine.store import ModelInfo
from s2s_desktop.engine.wording import number
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.metrics_plot import series_color
from s2s_desktop.gui.theme import quiet_text


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


def details_area() -> tuple[QLabel, QScrollArea]:
    """The selected models' details: a label of rich text, selectable, in a scroll area on the
    base colour (as a document, not a form)."""
    details = QLabel()
    details.setObjectName("modelDetails")
    details.setWordWrap(True)
    details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    details.setTextFormat(Qt.TextFormat.RichText)
    details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    details.setContentsMargins(10, 8, 10, 8)
    area = QScrollArea()
    area.setObjectName("modelDetailsArea")
    area.setWidgetResizable(True)
    area.setWidget(details)
    area.setMinimumWidth(280)
    area.setFrameShape(QFrame.Shape.StyledPanel)
    area.viewport().setBackgroundRole(QPalette.ColorRole.Base)
    details.setBackgroundRole(QPalette.ColorRole.Base)
    details.setAutoFillBackground(True)
    return details, area


def export_format(model: ModelInfo) -> tuple[str, str]:
    """The file suffix and the file dialog's filter an export of ``model`` writes."""
    if model.card.origin == argos.ORIGIN:
        kind = translate("model_details", "Argos Translate packages ({patterns})")
        return argos.SUFFIX, kind.format(patterns=f"*{argos.SUFFIX}")
    return ".zip", translate("model_details", "Model files (*.zip)")


def details_html(
    model: ModelInfo, size: int, end: Ending | None = None, fine_tuned_into: list[str] | None = None
) -> str:
    """Everything the model's card knows (``engine.model_facts``), in sections. ``end``: how
    its last run ended, where it can go on; ``fine_tuned_into``: the models made from it."""
    last_run = None if end is None else ending_text(end)
    sections = model_sections(model.card, size, str(model.path), last_run, fine_tuned_into)
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
    if end.reason == "interrupted" and end.checkpoint < end.step:
        return translate(
            "model_details",
            "Interrupted after step {step} (closed or crashed): Resume training… continues "
            "from its last checkpoint, step {checkpoint}.",
        ).format(step=number(end.step), checkpoint=number(end.checkpoint))
    return texts[end.reason].format(step=number(end.step))


def run_html(run: RunInfo, size: int) -> str:
    """An unfinished run: what it trains, how far it got, and what can be done with it."""
    about: list[tuple[str, str]] = [(translate("model_details", "State"), run.describe())]
    settings = run.settings
    if settings is not None:
        about.append((translate("model_details", "Languages"), f"{settings.src} → {settings.tgt}"))
        about.append((translate("model_details", "Preset"), settings.preset))
        if settings.base:
            about.append((translate("model_details", "Fine-tuned from"), settings.base))
        about.append((translate("model_details", "Data folder"), settings.folder))
    progress: list[tuple[str, str]] = []
    if run.step:
        logged = translate("model_details", "step {step} (epoch {epoch})").format(
            step=number(run.step), epoch=run.epoch
        )
        progress.append((translate("model_details", "Logged to"), logged))
        progress.append((translate("model_details", "Training time"), format_duration(run.seconds)))
    progress.append((translate("model_details", "Started"), format_local_time(run.started)))
    return _sections_html(
        run.name,
        [
            (translate("model_details", "Unfinished run"), about),
            (translate("model_details", "Progress"), progress),
            (translate("model_details", "Files"), files_rows(size, str(run.path))),
        ],
    )


def _sections_html(name: str, sections: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """A heading and one two-column table a section (labels in the palette's quiet colour);
    the plain text of each cell escaped, paths allowed to wrap after their separators."""
    label_style = f"color:{quiet_text()}; padding:1px 12px 1px 0"
    # A label stays on one line, but a long one ("On the validation set of NAME") may wrap:
    # unwrapped, it widened the labels' column and squeezed every value beside it.
    short = "; white-space:nowrap"
    parts = [f"<h3 style='margin:0'>{html.escape(name)}</h3>"]
    for title, rows in sections:
        title = html.escape(title)
        parts.append(f"<p style='margin:10px 0 2px 0'><b>{title}</b></p><table cellspacing='0'>")
        parts.extend(
            f"<tr><td style='{label_style}{short if len(label) <= 24 else ''}'>"
            f"{html.escape(label)}</td>"
            f"<td>{_breakable(value)}</td></tr>"
            for label, value in rows
        )
        parts.append("</table>")
    return "".join(parts)


def comparison_html(models: list[ModelInfo]) -> str:
    """A block per model in the colour of its curve, so the plot needs no legend lookup: its
    name on a line of its own (in a column beside the scores, a long name was broken
    mid-word), its scores, then what tells the runs apart."""
    grey = f"color:{quiet_text()}"
    rows = []
    for index, model in enumerate(models):
        colour = series_color(index).name()
        parameters = translate("model_details", "{count} parameters").format(
            count=format_parameters(model.parameters)
        )
        scores = f"BLEU {format_score(model.bleu)} · chrF {format_score(model.chrf)} · {parameters}"
        rows.append(
            f"<tr><td style='color:{colour}; padding:2px 6px 0 0'>■</td>"
            f"<td style='padding:2px 0 8px 0'><b>{html.escape(model.name)}</b><br>{scores}<br>"
            f"<span style='{grey}'>{html.escape(one_line_summary(model))}</span></td></tr>"
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
        facts.append(pairs.format(count=number(card.train_pairs)))
    if card.epoch is not None:
        epochs = (
            translate("model_details", "{count} epoch")
            if card.epoch == 1
            else translate("model_details", "{count} epochs")
        )
        facts.append(epochs.format(count=card.epoch))
    return " · ".join(facts)
