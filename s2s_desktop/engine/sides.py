"""Whether a fine-tuning folder's sides look swapped: the files or columns meant for the source
language hold the target's. The base reads its held-out pairs far better the other way round
then, and training on them would unlearn it; the unknown-pieces check cannot see this with a
shared vocabulary, the base's loss both ways can."""

from __future__ import annotations

from typing import TYPE_CHECKING

from s2s_desktop.engine.config import RunSettings
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.tokenizer import Tokenizer
from s2s_desktop.engine.wording import translate

if TYPE_CHECKING:
    from s2s_desktop.engine.model import Seq2Seq

# The base's loss on the held-out pairs read the other way round, as a share of its loss on them
# as given, under which the folder is refused (a base reads its own direction far better: about
# a third of the other's loss for the sample model).
SWAPPED_LOSS_SHARE = 0.67
DIRECTION_SAMPLE = 200  # held-out pairs scored both ways
FEWEST_PAIRS = 20  # under it, no check


def check_direction(
    settings: RunSettings,
    model: Seq2Seq,
    tokenizers: tuple[Tokenizer, Tokenizer],
    pairs: list[tuple[str, str]],
) -> None:
    """Refuse a folder whose sides look swapped (UserError): the base scores its held-out
    ``pairs`` much better read the other way round. Losses are per character of the text
    predicted, so two sides cut into pieces of different sizes compare fairly."""
    sample = [(s, t) for s, t in pairs[:DIRECTION_SAMPLE] if s.strip() and t.strip()]
    if len(sample) < FEWEST_PAIRS:  # a handful of pairs says little
        return
    given = _loss_per_character(model, tokenizers, sample)
    swapped = _loss_per_character(model, tokenizers, [(t, s) for s, t in sample])
    if swapped < given * SWAPPED_LOSS_SHARE:
        src, tgt = settings.src, settings.tgt
        raise UserError(
            translate(
                "fine_tune",
                "The sides of {folder} look swapped: {base!r} reads its {tgt} side as {src} "
                "text far better than as given (loss {swapped:.2f} against {given:.2f} per "
                "character); check which files or columns hold which language ({src} text in "
                "the {src} side), then start again.",
            ).format(
                folder=settings.folder,
                base=settings.base,
                src=src,
                tgt=tgt,
                given=given,
                swapped=swapped,
            )
        )


def _loss_per_character(
    model: Seq2Seq, tokenizers: tuple[Tokenizer, Tokenizer], pairs: list[tuple[str, str]]
) -> float:
    """The model's cross-entropy over ``pairs``' target sides, per target character."""
    import torch

    from s2s_desktop.engine.batching import tokenize_pairs
    from s2s_desktop.engine.evaluation import validation_loss

    data, _ = tokenize_pairs(*tokenizers, model.config.max_positions, pairs)
    predicted = int((data.lengths("tgt") - 1).sum())  # EOS included, BOS not: as the loss
    characters = sum(len(target) for _, target in pairs) or 1
    was_training = model.training
    model.eval()
    with torch.no_grad():
        per_piece = validation_loss(model, data, 4096, next(model.parameters()).device)
    model.train(was_training)
    return per_piece * predicted / characters
