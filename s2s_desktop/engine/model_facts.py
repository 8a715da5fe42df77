"""What a stored model's card says, in words: sections of (label, value) rows in plain text,
written once for the Models tab (which renders them as rich text) and ``models show`` (which
prints them). The wordings are translated in the window (``engine.wording``), English on the
console."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from s2s_desktop.engine.held_out_scores import TestScore, card_test_scores, memory_warning
from s2s_desktop.engine.model_files import ModelCard
from s2s_desktop.engine.wording import number, short_number, translate

Rows = list[tuple[str, str]]
Sections = list[tuple[str, Rows]]
_ARCH_KEYS = ("enc_layers", "dec_layers", "hid_dim", "enc_heads", "enc_pf_dim")


_CPU_WORDS = re.compile(r"CPU \((\d+) threads?\)")
_MIXED = " mixed precision"


def device_in_words(recorded: str) -> str:
    """A model card's 'CPU (2 threads), bfloat16 mixed precision' in the window's language: the
    card keeps English, the record that travels with the model. A GPU's name stays as it is."""
    shown = []
    for part in recorded.split(", "):
        cpu = _CPU_WORDS.fullmatch(part)
        if cpu is not None:
            threads = int(cpu.group(1))
            part = (
                translate("devices", "CPU (1 thread)")
                if threads == 1
                else translate("devices", "CPU ({threads} threads)").format(threads=threads)
            )
        elif part == "Apple GPU (MPS)":
            part = translate("devices", "Apple GPU (MPS)")
        elif part.endswith(_MIXED):
            dtype = part.removesuffix(_MIXED)
            part = translate("devices", "{dtype} mixed precision").format(dtype=dtype)
        shown.append(part)
    return ", ".join(shown)


def format_size(size: int) -> str:
    """Decimal units, as file managers show them: "812 KB", "3.4 MB", "54 MB", "1.2 GB"."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            value = size / scale
            return f"{number(value, 1 if value < 10 else 0)} {unit}"
    return f"{size} B"


def format_score(value: float | None) -> str:
    return "–" if value is None else number(value, 1)


def format_local_time(moment: datetime | None) -> str:
    """In the user's time zone; stored dates are UTC (a naive one is taken as local)."""
    if moment is None:
        return "–"
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def model_sections(
    card: ModelCard,
    size: int,
    folder: str,
    last_run: str | None = None,
    fine_tuned_into: list[str] | None = None,
) -> Sections:
    """Everything ``card`` knows, in sections; absent facts are left out (older or imported
    models may lack some). ``last_run``: how its last run ended, where it can go on (in the
    words of the window or the console); ``fine_tuned_into``: the stored models made from it."""
    sections: Sections = [(translate("model_details", "Model"), _about(card, fine_tuned_into))]
    quality = _validation(card)
    if quality:
        sections.append((translate("model_details", "Validation scores"), quality))
    scores = card_test_scores(card)
    digests: dict[str, set[str]] = {}
    for score in scores:
        digests.setdefault(score.test_set, set()).add(score.digest)
    tests = [
        (
            translate("model_details", "{test_set} ({count} pairs)").format(
                test_set=score.test_set, count=number(score.sentences)
            ),
            translate("model_details", "BLEU {bleu}, chrF {chrf}, beam {beam}").format(
                bleu=number(score.bleu, 1), chrf=number(score.chrf, 1), beam=score.beam
            )
            # Two sets of one name ("test" in two folders): their files tell them apart.
            + (f" ({score.origin})" if len(digests[score.test_set]) > 1 and score.origin else "")
            + _memory_note(score),
        )
        for score in scores
    ]
    if tests:
        sections.append((translate("model_details", "Test sets"), tests))
    trained = [] if last_run is None else [(translate("model_details", "Last run"), last_run)]
    sections.append((translate("model_details", "Training"), trained + _training(card)))
    sections.append((translate("model_details", "Files"), files_rows(size, folder)))
    return sections


def _memory_note(score: TestScore) -> str:
    """ ", 62% of it trained on" where the score measures memory (``memory_warning``)."""
    if memory_warning(score) is None:
        return ""
    return translate("model_details", ", {share:.0%} of it trained on").format(share=score.seen)


def files_rows(size: int, folder: str) -> Rows:
    """The Files section's rows: the folder's size, and where it is."""
    return [
        (translate("model_details", "Size"), format_size(size)),
        (translate("model_details", "Folder"), folder),
    ]


def _about(card: ModelCard, fine_tuned_into: list[str] | None) -> Rows:
    about = [
        (translate("model_details", "Languages"), f"{card.src_lang} → {card.tgt_lang}"),
        (translate("model_details", "Preset"), card.preset),
    ]
    if card.base:
        base = card.base
        if card.step == 0:  # saved before its first step: no step scored better
            base = translate(
                "model_details", "{base} (the same weights: no step scored better)"
            ).format(base=base)
        about.append((translate("model_details", "Fine-tuned from"), base))
    if fine_tuned_into:
        about.append((translate("model_details", "Fine-tuned into"), ", ".join(fine_tuned_into)))
    if card.origin:
        origin = (
            translate("model_details", "{origin}, translation only (cannot be fine-tuned)")
            if card.translate_only
            else "{origin}"
        ).format(origin=card.origin)
        about.append((translate("model_details", "Imported from"), origin))
        package = card.data.get("imported")
        if isinstance(package, dict) and package.get("package_version"):
            named = translate("model_details", "{name} version {version}").format(
                name=package.get("package_name") or package.get("from", ""),
                version=package["package_version"],
            )
            about.append((translate("model_details", "Package"), named))
    arch = card.architecture
    if arch:
        a = {key: arch.get(key, "?") for key in _ARCH_KEYS}
        layers = translate("model_details", "{encoder} encoder + {decoder} decoder").format(
            encoder=a["enc_layers"], decoder=a["dec_layers"]
        )
        about.append((translate("model_details", "Layers"), layers))
        width = translate(
            "model_details", "{width}, {heads} heads, feed-forward {feed_forward}"
        ).format(width=a["hid_dim"], heads=a["enc_heads"], feed_forward=a["enc_pf_dim"])
        about.append((translate("model_details", "Width"), width))
        if not card.shared_vocab:
            vocab = translate("model_details", "{source} source, {target} target pieces")
        elif arch.get("tied_embeddings") is True:
            vocab = translate("model_details", "{source} pieces, shared, embeddings tied")
        else:
            vocab = translate("model_details", "{source} pieces, shared")
        vocab = vocab.format(
            source=arch.get("src_vocab_size", "?"), target=arch.get("tgt_vocab_size", "?")
        )
        about.append((translate("model_details", "Vocabulary"), vocab))
    if card.parameters:
        about.append((translate("model_details", "Parameters"), number(card.parameters)))
    return about


def _validation(card: ModelCard) -> Rows:
    quality = []
    if card.bleu is not None:
        bleu = format_score(card.bleu)
        if card.beam > 1 and card.greedy_bleu is not None:
            bleu = translate(
                "model_details", "{bleu} with beam search of {beam} (greedy decoding: {greedy})"
            ).format(bleu=bleu, beam=card.beam, greedy=format_score(card.greedy_bleu))
        quality.append((translate("model_details", "Best BLEU"), bleu))
    if card.chrf is not None:
        quality.append((translate("model_details", "Best chrF"), format_score(card.chrf)))
    if card.valid_loss is not None:
        quality.append((translate("model_details", "Validation loss"), number(card.valid_loss, 3)))
    where = [
        text.format(number=number(value))
        for text, value in (
            (translate("model_details", "epoch {number}"), card.epoch),
            (translate("model_details", "step {number}"), card.step),
        )
        if value is not None
    ]
    if where and quality:
        quality.append((translate("model_details", "Reached at"), ", ".join(where)))
    forgetting = card.lineage.get("forgetting")
    forgetting = forgetting if isinstance(forgetting, dict) else {}
    scores = [forgetting.get(key) for key in ("bleu", "base_bleu")]
    if card.base and all(isinstance(v, (int, float)) for v in scores):
        text = translate("model_details", "BLEU {bleu} (the base: {base}), greedy decoding").format(
            bleu=format_score(scores[0]), base=format_score(scores[1])
        )
        label = translate("model_details", "On the validation set of {base}")
        quality.append((label.format(base=card.base), text))
    return quality


def _training(card: ModelCard) -> Rows:
    trained = []
    pairs = [
        text.format(count=number(count))
        for text, count in (
            (translate("model_details", "{count} training"), card.train_pairs),
            (translate("model_details", "{count} validation"), card.valid_pairs),
        )
        if count is not None
    ]
    if pairs:
        trained.append((translate("model_details", "Pairs"), " + ".join(pairs)))
    if card.data_folder:
        trained.append((translate("model_details", "Data folder"), card.data_folder))
    if card.epochs is not None:
        text = (
            translate("model_details", "{epoch} of {epochs}").format(
                epoch=card.epoch, epochs=card.epochs
            )
            if card.epoch is not None
            else str(card.epochs)
        )
        trained.append((translate("model_details", "Epochs"), text))
    if card.batch_tokens is not None:
        batch = translate("model_details", "{count} tokens").format(count=number(card.batch_tokens))
        trained.append((translate("model_details", "Batch"), batch))
    if card.learning_rate is not None:
        trained.append(
            (translate("model_details", "Learning rate"), short_number(card.learning_rate))
        )
    if card.device:
        trained.append((translate("model_details", "Device"), device_in_words(card.device)))
    trained.append((translate("model_details", "Created"), format_local_time(card.created)))
    if card.updated is not None:
        trained.append((translate("model_details", "Updated"), format_local_time(card.updated)))
    return trained


def fine_tuned_into(name: str, cards: Iterable[ModelCard]) -> list[str]:
    """The names of the models among ``cards`` fine-tuned from the model ``name``, sorted."""
    return sorted(card.name for card in cards if card.base == name)
