"""Greedy and beam search over a Seq2Seq model, with a key/value cache in the decoder.

Each decoding step feeds only the newest token: ``fast.step_decoder.StepDecoder`` keeps the
keys/values of the earlier positions and of the encoder output, so a step costs O(length), not
O(length^2). ``use_cache=False`` re-runs ``model.Decoder`` over the whole prefix, the readable
reference: it exists to check the cache gives the same result and to measure what it saves.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor

from s2s_desktop.engine.config import BOS_ID, EOS_ID, PAD_ID, UNK_ID
from s2s_desktop.engine.fast.step_decoder import DecoderWeights, StepDecoder, decoding_threads
from s2s_desktop.engine.model import Seq2Seq


@dataclass
class Hypothesis:
    """One decoded sentence.

    Attributes:
        tokens: target ids, without BOS and EOS.
        score: the sum of the tokens' log-probabilities, EOS included.
        attention: [len(tokens) + 1, src_len] cross-attention of the last decoder layer (one row
            per emitted token, EOS last), when it was asked for.
    """

    tokens: list[int]
    score: float
    attention: Tensor | None = None

    def normalized_score(self, alpha: float = 1.0) -> float:
        """Score divided by length**alpha (EOS counted), so long outputs are not punished."""
        return self.score / (len(self.tokens) + 1) ** alpha


def max_output_lengths(src: Tensor, max_positions: int) -> Tensor:
    """Per-sentence limit on emitted tokens (EOS included): generous, within the position table."""
    src_lengths = (src != PAD_ID).sum(dim=1)
    return torch.clamp(src_lengths * 2 + 10, max=max_positions - 1)


def _limits(
    src: Tensor, model: Seq2Seq, max_lengths: Tensor | None, forced: Tensor | None = None
) -> Tensor:
    limits = max_output_lengths(src, model.config.max_positions)
    if max_lengths is not None:
        limits = torch.minimum(limits, max_lengths.to(limits.device).clamp(min=1))
    if forced is not None:  # room for the prefix and one token after it
        limits = torch.maximum(limits, (forced >= 0).sum(dim=1) + 1)
    return limits


def forced_tokens(prefixes: list[list[int]] | None, device: torch.device) -> Tensor | None:
    """[batch, longest prefix] of the tokens each translation must begin with, -1 past each
    prefix's end; None without prefixes."""
    if not prefixes or not any(prefixes):
        return None
    forced = torch.full((len(prefixes), max(map(len, prefixes))), -1, dtype=torch.long)
    for row, prefix in enumerate(prefixes):
        forced[row, : len(prefix)] = torch.tensor(prefix, dtype=torch.long)
    return forced.to(device)


def step_log_probs(logits: Tensor, forced: Tensor | None = None, step: int = 0) -> Tensor:
    """A decoding step's log-probabilities [rows, vocab] from its ``logits``: the unknown token
    ruled out before the softmax (as CTranslate2's ``disable_unk``), so a translation never
    shows its " ⁇ ", except on the rows whose prefix (``forced``, as ``forced_tokens``) forces it
    at ``step``; there, and on every forced row, only the forced token is left."""
    logits = logits.float()
    if forced is not None and step < forced.shape[1]:
        keep = forced[:, step] == UNK_ID
        unknown = torch.where(keep, logits[:, UNK_ID], float("-inf"))
    else:
        unknown = torch.full_like(logits[:, UNK_ID], float("-inf"))
    logits = logits.index_copy(1, torch.tensor([UNK_ID], device=logits.device), unknown[:, None])
    return _force(logits.log_softmax(dim=-1), forced, step)


def _force(log_probs: Tensor, forced: Tensor | None, step: int) -> Tensor:
    """``log_probs`` [rows, vocab] with every token but the forced one ruled out, on the rows
    whose prefix reaches ``step``."""
    if forced is None or step >= forced.shape[1]:
        return log_probs
    tokens = forced[:, step]
    rows = tokens >= 0
    kept = log_probs.gather(1, tokens.clamp(min=0)[:, None])
    ruled_out = torch.full_like(log_probs, float("-inf")).scatter(
        1, tokens.clamp(min=0)[:, None], kept
    )
    return torch.where(rows[:, None], ruled_out, log_probs)


@torch.inference_mode()
def greedy_decode(
    model: Seq2Seq,
    src: Tensor,
    use_cache: bool = True,
    need_attention: bool = False,
    max_lengths: Tensor | None = None,
    weights: DecoderWeights | None = None,
    prefixes: list[list[int]] | None = None,
) -> list[Hypothesis]:
    """Decode a padded batch of source ids [batch, src_len] by taking the likeliest token.

    ``max_lengths`` ([batch], optional) lowers the per-sentence limit on emitted tokens (EOS
    included); without it the limit is ``max_output_lengths``. ``weights``: the model's
    ``DecoderWeights``, for a caller that decodes an unchanging model again and again.
    ``prefixes``: per sentence, the target ids its translation must begin with.
    """
    forced = forced_tokens(prefixes, src.device)
    with decoding_threads(src.shape[0]):
        return _greedy(model, src, use_cache, need_attention, max_lengths, weights, forced)


def _greedy(
    model: Seq2Seq,
    src: Tensor,
    use_cache: bool,
    need_attention: bool,
    max_lengths: Tensor | None,
    weights: DecoderWeights | None,
    forced: Tensor | None,
) -> list[Hypothesis]:
    batch = src.shape[0]
    enc_src, src_mask = model.encode(src)
    limits = _limits(src, model, max_lengths, forced)
    steps = int(limits.max())
    stepper = StepDecoder(model, enc_src, src_mask, steps, weights) if use_cache else None
    ys = torch.full((batch, steps + 1), PAD_ID, dtype=torch.long, device=src.device)
    ys[:, 0] = BOS_ID
    finished = torch.zeros(batch, dtype=torch.bool, device=src.device)
    scores = torch.zeros(batch, device=src.device)
    steps_attention: list[Tensor] = []
    shortest, any_finished = int(limits.min()), False
    for step in range(steps):
        if stepper is not None:
            logits, weights = stepper.step(ys[:, step], need_weights=need_attention)
        else:
            logits, weights = model.decoder(
                ys[:, : step + 1], enc_src, src_mask, need_weights=need_attention
            )
            logits = logits[:, -1]
            weights = None if weights is None else weights[:, -1]
        log_probs = step_log_probs(logits, forced, step)
        gained, next_tokens = log_probs.max(dim=-1)
        if any_finished or step + 1 >= shortest:  # else every row is live: nothing to mask
            at_limit = step + 1 >= limits  # out of room: end the sentence here
            next_tokens = torch.where(at_limit, EOS_ID, next_tokens)
            gained = torch.where(at_limit, log_probs[:, EOS_ID], gained)
            next_tokens = torch.where(finished, PAD_ID, next_tokens)
            gained = torch.where(finished, 0.0, gained)
        scores += gained
        ys[:, step + 1] = next_tokens
        if need_attention:
            steps_attention.append(weights)
        ended = next_tokens == EOS_ID
        finished |= ended
        if bool(finished.all()):
            ys = ys[:, : step + 2]
            break
        any_finished = any_finished or bool(ended.any())
    out_rows = ys[:, 1:].tolist()
    attention = torch.stack(steps_attention, dim=1) if need_attention else None
    hypotheses = []
    for row, ids in enumerate(out_rows):
        length = ids.index(EOS_ID) if EOS_ID in ids else len(ids)
        hypotheses.append(
            Hypothesis(
                tokens=ids[:length],
                score=float(scores[row]),
                attention=None if attention is None else attention[row, : length + 1].cpu(),
            )
        )
    return hypotheses


@torch.inference_mode()
def beam_search(
    model: Seq2Seq,
    src: Tensor,
    beam: int,
    alpha: float = 1.0,
    need_attention: bool = False,
    max_lengths: Tensor | None = None,
    weights: DecoderWeights | None = None,
    prefixes: list[list[int]] | None = None,
) -> list[Hypothesis]:
    """Beam search with length normalisation (score / length**alpha), batched over sentences.

    A sentence is done once ``beam`` hypotheses have ended and no live beam can beat them (judged
    by its normalised score so far); the best ended hypothesis by normalised score wins.
    ``max_lengths``, ``weights`` and ``prefixes`` are as in ``greedy_decode``.
    """
    if beam <= 1:
        return greedy_decode(
            model,
            src,
            need_attention=need_attention,
            max_lengths=max_lengths,
            weights=weights,
            prefixes=prefixes,
        )
    found = beam_search_nbest(
        model, src, beam, alpha, need_attention, max_lengths, weights, prefixes, count=1
    )
    return [hypotheses[0] for hypotheses in found]


@torch.inference_mode()
def beam_search_nbest(
    model: Seq2Seq,
    src: Tensor,
    beam: int,
    alpha: float = 1.0,
    need_attention: bool = False,
    max_lengths: Tensor | None = None,
    weights: DecoderWeights | None = None,
    prefixes: list[list[int]] | None = None,
    count: int | None = None,
) -> list[list[Hypothesis]]:
    """``beam_search``'s ended hypotheses per sentence, best first: up to ``count`` (at most
    ``beam``; all by default). A sentence that ended none gets one empty hypothesis."""
    forced = forced_tokens(prefixes, src.device)
    with decoding_threads(src.shape[0] * beam):
        found = _beam(model, src, beam, alpha, need_attention, max_lengths, weights, forced)
    empty = Hypothesis([], float("-inf"))
    return [
        sorted(hyps, key=lambda h: h.normalized_score(alpha), reverse=True)[:count] or [empty]
        for hyps in found
    ]


def _beam(
    model: Seq2Seq,
    src: Tensor,
    beam: int,
    alpha: float,
    need_attention: bool,
    max_lengths: Tensor | None,
    weights: DecoderWeights | None,
    forced: Tensor | None,
) -> list[list[Hypothesis]]:
    """Every sentence's ended hypotheses (the best ``beam`` of them once it is done)."""
    batch, device = src.shape[0], src.device
    enc_src, src_mask = model.encode(src)
    limits = _limits(src, model, max_lengths, forced).tolist()
    if forced is not None:
        forced = forced.repeat_interleave(beam, dim=0)
    enc_src = enc_src.repeat_interleave(beam, dim=0)
    src_mask = src_mask.repeat_interleave(beam, dim=0)
    stepper = StepDecoder(model, enc_src, src_mask, max(limits), weights)
    ys = torch.full((batch * beam, 1), BOS_ID, dtype=torch.long, device=device)
    scores = torch.full((batch, beam), float("-inf"), device=device)
    scores[:, 0] = 0.0  # all beams start identical: expand only the first
    attention = torch.zeros(batch * beam, 0, src.shape[1], device=device)
    ended: list[list[Hypothesis]] = [[] for _ in range(batch)]
    done = [False] * batch
    for step in range(max(limits)):
        logits, weights = stepper.step(ys[:, -1], need_weights=need_attention)
        log_probs = step_log_probs(logits, forced, step)
        at_limit = torch.tensor([step + 1 >= limit for limit in limits], device=device)
        if bool(at_limit.any()):  # out of room: only EOS may follow
            rows_at_limit = at_limit.repeat_interleave(beam)
            log_probs[rows_at_limit, :EOS_ID] = float("-inf")
            log_probs[rows_at_limit, EOS_ID + 1 :] = float("-inf")
        vocab = log_probs.shape[-1]
        candidates = (scores.view(-1, 1) + log_probs).view(batch, beam * vocab)
        top_scores, top_index = candidates.topk(2 * beam, dim=1)
        if need_attention:
            attention = torch.cat([attention, weights[:, None]], dim=1)
        top_scores_l, top_index_l = top_scores.tolist(), top_index.tolist()
        rows: list[int] = []
        tokens: list[int] = []
        new_scores: list[float] = []
        for b in range(batch):
            chosen = 0
            if not done[b]:
                for rank, (score, index) in enumerate(zip(top_scores_l[b], top_index_l[b])):
                    if score == float("-inf"):
                        break
                    row, token = b * beam + index // vocab, index % vocab
                    if token == EOS_ID:
                        if rank < beam:
                            ended[b].append(_finish(ys, attention, row, score, need_attention))
                        continue
                    rows.append(row)
                    tokens.append(token)
                    new_scores.append(score)
                    chosen += 1
                    if chosen == beam:
                        break
                done[b] = step + 1 >= limits[b] or _cannot_improve(
                    ended[b], new_scores[len(new_scores) - chosen :], step + 2, beam, alpha
                )
                if done[b]:
                    del rows[len(rows) - chosen :], tokens[len(tokens) - chosen :]
                    del new_scores[len(new_scores) - chosen :]
                    chosen = 0
            # Finished sentences and beams with too few live candidates get dead rows.
            missing = beam - chosen
            rows.extend([b * beam] * missing)
            tokens.extend([PAD_ID] * missing)
            new_scores.extend([float("-inf")] * missing)
        if all(done):
            break
        order = torch.tensor(rows, device=device)
        ys = torch.cat([ys[order], torch.tensor(tokens, device=device)[:, None]], dim=1)
        scores = torch.tensor(new_scores, device=device).view(batch, beam)
        stepper.reorder(order)
        if need_attention:
            attention = attention[order]
    return ended


def _cannot_improve(
    ended: list[Hypothesis], live_scores: list[float], length: int, beam: int, alpha: float
) -> bool:
    """True once ``beam`` hypotheses have ended and no live one beats the worst of them.

    Stopping as soon as ``beam`` hypotheses end would let weak beams that end early crowd out a
    strong one still being written; a live beam is judged by its normalised score so far.
    """
    if len(ended) < beam:
        return not live_scores
    ended.sort(key=lambda h: h.normalized_score(alpha), reverse=True)
    del ended[beam:]
    if not live_scores:
        return True
    return max(live_scores) / length**alpha <= ended[-1].normalized_score(alpha)


def _finish(
    ys: Tensor, attention: Tensor, row: int, score: float, need_attention: bool
) -> Hypothesis:
    """Freeze the hypothesis on ``row`` plus its final token (EOS or the forced end)."""
    return Hypothesis(
        tokens=ys[row, 1:].tolist(),
        score=score,
        attention=attention[row].cpu().clone() if need_attention else None,
    )
