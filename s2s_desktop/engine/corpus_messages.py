"""What a folder scan says when it finds nothing usable, and the small lists its report shows.

Kept apart from ``corpus`` (which finds and reads the files): these are sentences for a person,
translated in the window (``engine.wording``, context "corpus").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from s2s_desktop.engine.wording import QT_TRANSLATE_NOOP, number, translate

NO_DATA = QT_TRANSLATE_NOOP(
    "corpus",
    "No parallel data found in {folder}: expected file pairs like train.en + train.de, "
    "tab-separated .tsv files, or .tmx files.",
)


def skip_counts(counts: Iterable[tuple[str, int]]) -> str:
    """ "3 empty side, 1 too long": each skip reason (translated) after its count."""
    return ", ".join(number(count) + " " + translate("corpus", reason) for reason, count in counts)


def no_data_message(folder: Path, lone: list[Path], unread: Sequence[Path] = ()) -> str:
    """Name a file whose partner is missing, the likeliest mistake, before the general advice,
    which names a few of the files that are of no kind the scan reads."""
    if not lone:
        text = translate("corpus", NO_DATA).format(folder=folder)
        if unread:
            names = ", ".join(path.name for path in unread[:4])
            more = translate("corpus", " and {count:,} more").format(count=len(unread) - 4)
            text += " " + translate("corpus", "Not read: {files}.").format(
                files=names + (more if len(unread) > 4 else "")
            )
        return text
    first = lone[0]
    if len(lone) > 1:
        message = translate(
            "corpus",
            "{file} has no partner in another language (and {others} more like it): put its "
            "translation beside it as {stem}.<language code>, one sentence per line.",
        )
    else:
        message = translate(
            "corpus",
            "{file} has no partner in another language: put its translation beside it as "
            "{stem}.<language code>, one sentence per line.",
        )
    return message.format(file=first, others=len(lone) - 1, stem=first.with_suffix("").name)


def pair_list(pairs: list[tuple[str, str]]) -> str:
    return ", ".join(f"{a}–{b}" for a, b in pairs)


def no_training_message(
    folder: Path,
    src: str,
    tgt: str,
    any_training_file: bool,
    skipped: Counter[str],
    held_out: Sequence[tuple[str, str, str, bool]] = (),
) -> str:
    """Why a folder gives no training pairs for ``src``–``tgt``, and what to do.

    ``held_out``: the files that hold the pair, when none is a training file, each as (name,
    split, the word that decided the split, whether that word is a folder's name).
    """
    if not any_training_file:
        message = translate(
            "corpus",
            "No usable {src}–{tgt} training pairs in {folder}: only validation or test files "
            "hold this pair ({files}); add training files, or rename or move these so that "
            "neither their names nor their folders say dev, valid, tune, test or eval.",
        )
        return message.format(src=src, tgt=tgt, folder=folder, files=held_out_files(held_out))
    if skipped:
        why = translate("corpus", "every line was skipped: {reasons}").format(
            reasons=skip_counts(sorted(skipped.items()))
        )
    else:
        why = translate("corpus", "every line was skipped: the files are empty")
    return translate(
        "corpus",
        "No usable {src}–{tgt} training pairs in {folder} ({why}); add training files or fix "
        "the skipped lines.",
    ).format(src=src, tgt=tgt, folder=folder, why=why)


def held_out_files(held_out: Sequence[tuple[str, str, str, bool]], shown: int = 5) -> str:
    """ "dev.en + dev.de: validation, its name says dev; …": each file and why it is held out."""
    texts = []
    for name, split, word, in_folder in held_out[:shown]:
        if in_folder:
            if split == "test":
                text = translate("corpus", "{file}: test, in the folder {word}")
            else:
                text = translate("corpus", "{file}: validation, in the folder {word}")
        elif split == "test":
            text = translate("corpus", "{file}: test, its name says {word}")
        else:
            text = translate("corpus", "{file}: validation, its name says {word}")
        texts.append(text.format(file=name, word=word))
    if len(held_out) > shown:
        texts.append(translate("corpus", "{count} more").format(count=len(held_out) - shown))
    return "; ".join(texts)
