"""Lexically constrained beam search with dynamic beam allocation (Post & Vilar, NAACL 2018).

A glossary term must appear in the translation, and the words around it must still fit, so the
term is placed by the search rather than pasted in afterwards. Each hypothesis carries how far it
is through its constraints (token sequences that must appear, each contiguously). At every step
the candidates are the usual best continuations plus, for each hypothesis, the tokens that
advance a constraint and its own best token; the beam is then shared out among "banks" by the
number of constraint tokens met, so hypotheses that placed a term are not crowded out by
likelier ones that have not yet. A hypothesis may end only once all its constraints are met.
Constraints whose tokens cannot all fit within the length limit are left out of the search (the
shortest are kept), and so are those holding the unknown token, never emitted; when no
hypothesis meets the rest, the translation that meets the most (plain beam search's included)
is returned. Unmet constraints are reported, never dropped silently.

Where the caller says which source words each constraint translates, ``term_places`` says where
it may begin and which of the model's own words it may stand in for.

Plain beam search runs first: where its translation already holds every constraint, it is
also the best translation that does, and it is kept. Only the other sentences are searched again
with constraints, because sharing a small beam among banks costs the unconstrained path places
(and time). Conventions (``Hypothesis``, the length limits, length normalisation by
length**alpha, when a sentence is done) are those of ``search.beam_search``.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor

from s2s_desktop.engine.config import BOS_ID, EOS_ID, PAD_ID, UNK_ID
from s2s_desktop.engine.fast.step_decoder import DecoderWeights, StepDecoder, decoding_threads
from s2s_desktop.engine.model import Seq2Seq

# The shared conventions: the per-sentence length limits and the stopping rule.
from s2s_desktop.engine.search import (
    Hypothesis,
    _cannot_improve,
    _limits,
    beam_search,
    step_log_probs,
)
from s2s_desktop.engine.term_places import Gate, Span, expected_step, stood_in, usual_words

NEG_INF = float("-inf")


@dataclass(frozen=True)
class ConstraintState:
    """How far one hypothesis is through its sentence's constraints.

    Attributes:
        met: per constraint, whether its tokens have all been written.
        current: the constraint being written (-1 when none), ``progress`` tokens of it so far.
    """

    met: tuple[bool, ...]
    current: int = -1
    progress: int = 0
    just_met: bool = False  # the last token completed a constraint: its word must end there
    # (position, constraint) of each term met in place of the model's own word there.
    stand_ins: tuple[tuple[int, int], ...] = ()


class SentenceConstraints:
    """One sentence's constraints (token id sequences) and the moves through them."""

    def __init__(self, constraints: list[list[int]]) -> None:
        self.constraints = [list(c) for c in constraints if c]
        self.total_tokens = sum(len(c) for c in self.constraints)

    def start(self) -> ConstraintState:
        return ConstraintState(met=(False,) * len(self.constraints))

    def advance(self, state: ConstraintState, token: int) -> ConstraintState:
        """The state after writing ``token``: a constraint in progress goes on or is abandoned
        (back to unmet); otherwise the token may start (or complete) an unmet one."""
        kept = state.stand_ins
        if state.just_met:
            state = ConstraintState(state.met, stand_ins=kept)
        if state.current >= 0:
            tokens = self.constraints[state.current]
            if tokens[state.progress] == token:
                if state.progress + 1 == len(tokens):
                    return self._met(state, state.current)
                return ConstraintState(state.met, state.current, state.progress + 1, False, kept)
            state = ConstraintState(state.met, stand_ins=kept)
        for index, tokens in enumerate(self.constraints):
            if not state.met[index] and tokens[0] == token:
                if len(tokens) == 1:
                    return self._met(state, index)
                return ConstraintState(state.met, index, 1, False, kept)
        return state

    def stand_in(self, state: ConstraintState, index: int, position: int) -> ConstraintState:
        """The state after the model's own word for constraint ``index``'s source words began
        at ``position``: the term is met, and will stand in that word's place."""
        met = list(state.met)
        met[index] = True
        return ConstraintState(tuple(met), stand_ins=(*state.stand_ins, (position, index)))

    @staticmethod
    def _met(state: ConstraintState, index: int) -> ConstraintState:
        met = list(state.met)
        met[index] = True
        return ConstraintState(tuple(met), just_met=True, stand_ins=state.stand_ins)

    def next_tokens(self, state: ConstraintState, startable: list[bool] | None = None) -> list[int]:
        """The tokens that would move ``state`` forward; of the constraints not begun, only
        those ``startable`` allows (all when None)."""
        if state.current >= 0:
            return [self.constraints[state.current][state.progress]]
        return [
            tokens[0]
            for index, (tokens, met) in enumerate(zip(self.constraints, state.met))
            if not met and (startable is None or startable[index])
        ]

    def bank(self, state: ConstraintState) -> int:
        """Constraint tokens written: met constraints whole, plus the one in progress."""
        done = sum(len(tokens) for tokens, met in zip(self.constraints, state.met) if met)
        return done + state.progress

    @staticmethod
    def all_met(state: ConstraintState) -> bool:
        return all(state.met)


@dataclass
class ConstrainedResult:
    """One sentence's translation and, per constraint given, whether it appears in it."""

    hypothesis: Hypothesis
    met: list[bool]


@dataclass
class _Candidate:
    score: float
    row: int
    token: int
    state: ConstraintState
    bank: int


@torch.inference_mode()
def constrained_beam_search(
    model: Seq2Seq,
    src: Tensor,
    constraints: list[list[list[int]]],
    beam: int,
    alpha: float = 1.0,
    need_attention: bool = False,
    max_lengths: Tensor | None = None,
    weights: DecoderWeights | None = None,
    word_continuations: list[int] | None = None,
    sources: list[list[list[int]]] | None = None,
) -> list[ConstrainedResult]:
    """Beam search over a padded batch [batch, src_len] in which sentence i's translation must
    contain each of ``constraints[i]`` (lists of target ids; empty ones are ignored).

    ``met`` of each result follows ``constraints[i]``; an empty constraint counts as met.
    ``beam`` is raised to 2 (one hypothesis cannot both follow the model and place a term);
    ``alpha``, ``need_attention``, ``max_lengths`` and ``weights`` are as in ``beam_search``.
    ``word_continuations``: target ids that go on the word before them, never written right
    after a constraint (a term "fichero" glued into "ficheropie" is not the term).
    ``sources[i][k]``: the positions in ``src[i]`` of the words constraint k translates, which
    gate where it may start (see the module docstring); empty or None: anywhere.
    """
    if len(constraints) != src.shape[0]:
        raise ValueError("one list of constraints per sentence is needed")
    beam = max(beam, 2)
    gated = sources is not None and any(map(any, sources))
    plain = beam_search(model, src, beam, alpha, need_attention or gated, max_lengths, weights)
    results = [_checked(h, c) for h, c in zip(plain, constraints)]
    redo = [i for i, result in enumerate(results) if not all(result.met)]
    if not redo:
        return results
    limits = _limits(src, model, max_lengths).tolist()
    fits = [_fitting(constraints[i], limits[i] - 1) for i in redo]  # room before EOS
    rows = torch.tensor(redo, device=src.device)
    redo_src = src[rows]
    redo_src = redo_src[:, : int((redo_src != PAD_ID).sum(dim=1).max())]
    redo_lengths = None if max_lengths is None else max_lengths[rows.to(max_lengths.device)]
    fitting = [[c if fit else [] for c, fit in zip(constraints[i], f)] for i, f in zip(redo, fits)]
    gates = usual = None
    if gated:  # per constraint searched for (SentenceConstraints leaves out the empty ones)
        gates = [
            [
                Span(where, expected_step(plain[i].attention, where))
                for where, c in zip(sources[i], fitting[k])  # type: ignore[index]
                if c
            ]
            for k, i in enumerate(redo)
        ]
        if word_continuations:
            glue = set(word_continuations)
            usual = [usual_words(plain[i], gates[k], glue) for k, i in enumerate(redo)]
    if not need_attention:
        for hypothesis in plain:
            hypothesis.attention = None

    def search(picked: list[int], gated: list[list[Span]] | None) -> list[ConstrainedResult]:
        pick = torch.tensor(picked, device=src.device)
        return _constrained(
            model,
            redo_src[pick],
            [fitting[k] for k in picked],
            beam,
            alpha,
            need_attention,
            None if redo_lengths is None else redo_lengths[pick.to(redo_lengths.device)],
            weights,
            word_continuations,
            None if gated is None else [gated[k] for k in picked],
            None if usual is None or gated is None else [usual[k] for k in picked],
        )

    with decoding_threads(len(redo) * beam):
        searched = search(list(range(len(redo))), gates)
        again = [k for k, result in enumerate(searched) if not all(result.met)]
        if gates is not None and again:  # the gate kept a term out: place it anywhere instead
            for k, result in zip(again, search(again, None)):
                searched[k] = max(searched[k], result, key=lambda r: _rank(r, alpha))
    for index, result, fit in zip(redo, searched, fits):
        result.met = [met and f for met, f in zip(result.met, fit)]
        if not all(result.met):  # nothing met every constraint: keep what places the most
            result = max(results[index], result, key=lambda r: _rank(r, alpha))
        results[index] = result
    return results


def _fitting(constraints: list[list[int]], room: int) -> list[bool]:
    """Which constraints to search for: the shortest first, while their tokens fit in ``room``.
    One that cannot fit would leave no hypothesis able to end, and the search would return only
    what the fallbacks happened to hold; it is dropped and reported unmet instead. So is one
    that holds the unknown token (a term the target vocabulary cannot spell), which the search
    never emits: placed, it would show as " ⁇ "."""
    fits = [False] * len(constraints)
    for index in sorted(range(len(constraints)), key=lambda k: len(constraints[k])):
        if UNK_ID in constraints[index]:
            continue
        if len(constraints[index]) <= room:
            fits[index] = True
            room -= len(constraints[index])
    return fits


def _rank(result: ConstrainedResult, alpha: float) -> tuple[int, float]:
    """How a translation that misses constraints is judged: constraints met, then score."""
    hypothesis = result.hypothesis
    score = hypothesis.normalized_score(alpha) if hypothesis.tokens else NEG_INF
    return sum(result.met), score


def _checked(hypothesis: Hypothesis, constraints: list[list[int]]) -> ConstrainedResult:
    """A plain translation with the constraints it happens to meet."""
    sentence = SentenceConstraints(constraints)
    return ConstrainedResult(hypothesis, _met_by(hypothesis.tokens, constraints, sentence))


def _met_by(
    tokens: list[int], constraints: list[list[int]], sentence: SentenceConstraints
) -> list[bool]:
    """Per constraint given (an empty one counts as met), whether ``tokens`` meet it."""
    state = sentence.start()
    for token in tokens:
        state = sentence.advance(state, token)
    met = iter(state.met)
    return [True if not c else next(met) for c in constraints]


def _constrained(
    model: Seq2Seq,
    src: Tensor,
    constraints: list[list[list[int]]],
    beam: int,
    alpha: float,
    need_attention: bool,
    max_lengths: Tensor | None,
    weights: DecoderWeights | None,
    word_continuations: list[int] | None = None,
    gates: list[list[Span]] | None = None,
    usual: list[list[int | None]] | None = None,
) -> list[ConstrainedResult]:
    batch, device = src.shape[0], src.device
    glued = None if not word_continuations else torch.tensor(word_continuations, device=device)
    glue = set(word_continuations or ())
    sentences = [SentenceConstraints(c) for c in constraints]
    enc_src, src_mask = model.encode(src)
    limits = _limits(src, model, max_lengths).tolist()
    enc_src = enc_src.repeat_interleave(beam, dim=0)
    src_mask = src_mask.repeat_interleave(beam, dim=0)
    stepper = StepDecoder(model, enc_src, src_mask, max(limits), weights)
    ys = torch.full((batch * beam, 1), BOS_ID, dtype=torch.long, device=device)
    scores = torch.full((batch, beam), NEG_INF, device=device)
    scores[:, 0] = 0.0  # all beams start identical: expand only the first
    states = [sentences[row // beam].start() for row in range(batch * beam)]
    attention = torch.zeros(batch * beam, 0, src.shape[1], device=device)
    ended: list[list[Hypothesis]] = [[] for _ in range(batch)]  # all constraints met
    fallback: list[list[tuple[int, Hypothesis]]] = [[] for _ in range(batch)]  # (met, hyp)
    done = [False] * batch
    gate = None
    if gates is not None and any(span.positions for spans in gates for span in spans):
        gate = Gate(gates, beam, ((src != PAD_ID).sum(dim=1) - 1).tolist())
    for step in range(max(limits)):
        logits, step_weights = stepper.step(
            ys[:, -1], need_weights=need_attention or gate is not None
        )
        startable = None
        stand_ins: dict[tuple[int, int], int] = {}  # (row, token) -> the constraint it meets
        if gate is not None and step_weights is not None:
            startable = gate.startable(step_weights, sentences, step)
            if usual is not None:
                stand_ins = gate.stand_ins(usual, states, startable)
        log_probs = step_log_probs(logits)  # the unknown token ruled out
        if glued is not None:
            ending = [row for row, state in enumerate(states) if state.just_met]
            if ending:
                log_probs[torch.tensor(ending, device=device)[:, None], glued] = NEG_INF
        at_limit = torch.tensor([step + 1 >= limit for limit in limits], device=device)
        if bool(at_limit.any()):  # out of room: only EOS may follow
            rows_at_limit = at_limit.repeat_interleave(beam)
            log_probs[rows_at_limit, :EOS_ID] = NEG_INF
            log_probs[rows_at_limit, EOS_ID + 1 :] = NEG_INF
        if need_attention:
            attention = torch.cat([attention, step_weights[:, None]], dim=1)
        flat_scores = scores.view(-1)
        vocab = log_probs.shape[-1]
        candidates = (flat_scores[:, None] + log_probs).view(batch, beam * vocab)
        top_scores, top_index = candidates.topk(2 * beam, dim=1)
        extra = _extra_candidates(log_probs, flat_scores, states, sentences, beam, done, startable)
        eos_scores = (flat_scores + log_probs[:, EOS_ID]).tolist()
        top_scores_l, top_index_l = top_scores.tolist(), top_index.tolist()
        rows: list[int] = []
        tokens: list[int] = []
        new_scores: list[float] = []
        new_states: list[ConstraintState] = []
        for b in range(batch):
            chosen: list[_Candidate] = []
            if not done[b]:
                sentence = sentences[b]
                finish = _Finisher(ys, attention, need_attention, states, sentence, glue)
                _offer_fallbacks(fallback[b], eos_scores, states, sentence, b, beam, finish, alpha)
                pool = []
                for score, index in zip(top_scores_l[b], top_index_l[b]):
                    if score == NEG_INF:
                        break
                    row, token = b * beam + index // vocab, index % vocab
                    if token != EOS_ID:
                        pool.append(
                            _candidate(sentence, states[row], score, row, token, stand_ins, step)
                        )
                for row in _ending_rows(log_probs, flat_scores, states, sentence, b, beam):
                    ended[b].append(finish(row, eos_scores[row]))
                seen = {(c.row, c.token) for c in pool}
                for score, row, token in extra.get(b, []):
                    if (row, token) not in seen:
                        seen.add((row, token))
                        pool.append(
                            _candidate(sentence, states[row], score, row, token, stand_ins, step)
                        )
                chosen = _allocate(pool, beam, sentence.total_tokens + 1)
                done[b] = step + 1 >= limits[b] or _cannot_improve(
                    ended[b], [c.score for c in chosen], step + 2, beam, alpha
                )
                if done[b]:
                    chosen = []
            for candidate in chosen:
                rows.append(candidate.row)
                tokens.append(candidate.token)
                new_scores.append(candidate.score)
                new_states.append(candidate.state)
            # Finished sentences and beams with too few live candidates get dead rows.
            for _ in range(beam - len(chosen)):
                rows.append(b * beam)
                tokens.append(PAD_ID)
                new_scores.append(NEG_INF)
                new_states.append(sentences[b].start())
        if all(done):
            break
        order = torch.tensor(rows, device=device)
        ys = torch.cat([ys[order], torch.tensor(tokens, device=device)[:, None]], dim=1)
        scores = torch.tensor(new_scores, device=device).view(batch, beam)
        states = new_states
        stepper.reorder(order)
        if gate is not None:
            gate.reorder(rows)
        if need_attention:
            attention = attention[order]
    return [_best(ended[b], fallback[b], constraints[b], sentences[b], alpha) for b in range(batch)]


def _ending_rows(
    log_probs: Tensor,
    flat_scores: Tensor,
    states: list[ConstraintState],
    sentence: SentenceConstraints,
    b: int,
    beam: int,
) -> list[int]:
    """The rows of sentence ``b`` that end here: those with every constraint met whose EOS is
    among the ``beam`` best continuations of such rows. Ranked within their own bank, as Post
    & Vilar share the beam: against every row's candidates, the likelier continuations of
    rows still placing terms crowd out the translations that have placed them all."""
    rows = [
        row
        for row in range(b * beam, (b + 1) * beam)
        if sentence.all_met(states[row]) and flat_scores[row] > NEG_INF
    ]
    if not rows:
        return []
    candidates = flat_scores[rows, None] + log_probs[rows]
    best = candidates.view(-1).topk(min(beam, candidates.numel())).indices.tolist()
    vocab = log_probs.shape[-1]
    return [rows[index // vocab] for index in best if index % vocab == EOS_ID]


class _Finisher:
    """Freezes the hypothesis on a row plus its final token (EOS or the forced end), with its
    terms in the places they stand in for."""

    def __init__(
        self,
        ys: Tensor,
        attention: Tensor,
        need_attention: bool,
        states: list[ConstraintState],
        sentence: SentenceConstraints,
        glue: set[int],
    ) -> None:
        self.ys, self.attention, self.need_attention = ys, attention, need_attention
        self.states, self.sentence, self.glue = states, sentence, glue

    def __call__(self, row: int, score: float) -> Hypothesis:
        hypothesis = Hypothesis(
            tokens=self.ys[row, 1:].tolist(),
            score=score,
            attention=self.attention[row].cpu().clone() if self.need_attention else None,
        )
        stand_ins = self.states[row].stand_ins
        if not stand_ins:
            return hypothesis
        return stood_in(hypothesis, stand_ins, self.sentence.constraints, self.glue)


def _candidate(
    sentence: SentenceConstraints,
    state: ConstraintState,
    score: float,
    row: int,
    token: int,
    stand_ins: dict[tuple[int, int], int] | None = None,
    step: int = 0,
) -> _Candidate:
    """``token`` written on ``row``; where it begins the model's own word for a term's source
    words the row is reading (``stand_ins``), the term is met and stands in for that word."""
    index = None if stand_ins is None else stand_ins.get((row, token))
    if index is None:
        new_state = sentence.advance(state, token)
    else:
        new_state = sentence.stand_in(state, index, step)
    return _Candidate(score, row, token, new_state, sentence.bank(new_state))


def _extra_candidates(
    log_probs: Tensor,
    flat_scores: Tensor,
    states: list[ConstraintState],
    sentences: list[SentenceConstraints],
    beam: int,
    done: list[bool],
    startable: list[list[bool]] | None = None,
) -> dict[int, list[tuple[float, int, int]]]:
    """Per constrained sentence, (score, row, token) of each live hypothesis's constraint
    tokens and of its own best token: the candidates the ordinary top-k may leave out.
    ``startable[row]``: which constraints that row may begin (all when None)."""
    pairs: list[tuple[int, int]] = []
    best_tokens = log_probs.argmax(dim=-1).tolist()
    live = (flat_scores > NEG_INF).tolist()
    for row, state in enumerate(states):
        sentence = sentences[row // beam]
        if not live[row] or done[row // beam] or not sentence.constraints:
            continue
        allowed = None if startable is None else startable[row]
        wanted = {*sentence.next_tokens(state, allowed), best_tokens[row]}
        wanted.discard(EOS_ID)  # ending is decided from the top-k and the fallbacks
        pairs.extend((row, token) for token in wanted)
    if not pairs:
        return {}
    index = torch.tensor(pairs, device=log_probs.device)
    gained = (flat_scores[index[:, 0]] + log_probs[index[:, 0], index[:, 1]]).tolist()
    extra: dict[int, list[tuple[float, int, int]]] = {}
    for (row, token), score in zip(pairs, gained):
        if score > NEG_INF:
            extra.setdefault(row // beam, []).append((score, row, token))
    return extra


def _allocate(pool: list[_Candidate], beam: int, banks: int) -> list[_Candidate]:
    """Dynamic beam allocation: ``beam`` candidates shared among banks (constraint tokens met).

    Each bank gets an equal share, the rest going to the top bank; a bank short of candidates
    passes its unused places down to the bank below (as Sockeye does), and places still free
    go to the best remaining candidates. Without constraints this is plain top-``beam``.
    """
    pool = sorted(pool, key=lambda c: c.score, reverse=True)
    by_bank: list[list[_Candidate]] = [[] for _ in range(banks)]
    for candidate in pool:
        by_bank[candidate.bank].append(candidate)
    sizes = [beam // banks] * banks
    sizes[-1] += beam - sum(sizes)
    for bank in reversed(range(banks)):
        spare = sizes[bank] - len(by_bank[bank])
        if spare > 0:
            sizes[bank] -= spare
            if bank > 0:
                sizes[bank - 1] += spare
    chosen = [c for bank in range(banks) for c in by_bank[bank][: sizes[bank]]]
    if len(chosen) < beam:
        taken = {id(c) for c in chosen}
        chosen.extend([c for c in pool if id(c) not in taken][: beam - len(chosen)])
    return sorted(chosen, key=lambda c: c.score, reverse=True)


def _offer_fallbacks(
    kept: list[tuple[int, Hypothesis]],
    eos_scores: list[float],
    states: list[ConstraintState],
    sentence: SentenceConstraints,
    b: int,
    beam: int,
    finish: _Finisher,
    alpha: float,
) -> None:
    """Keep, for when no hypothesis can meet every constraint, the ``beam`` best endings of
    hypotheses with unmet constraints: most constraints met first, then normalised score."""
    for row in range(b * beam, (b + 1) * beam):
        state, score = states[row], eos_scores[row]
        if score == NEG_INF or sentence.all_met(state):
            continue
        met = sum(state.met)
        if len(kept) >= beam:
            worst_met, worst = kept[-1]
            if (met, score / (len(finish.ys[row]) ** alpha)) <= (
                worst_met,
                worst.normalized_score(alpha),
            ):
                continue
        kept.append((met, finish(row, score)))
        kept.sort(key=lambda item: (item[0], item[1].normalized_score(alpha)), reverse=True)
        del kept[beam:]


def _best(
    ended: list[Hypothesis],
    fallback: list[tuple[int, Hypothesis]],
    constraints: list[list[int]],
    sentence: SentenceConstraints,
    alpha: float,
) -> ConstrainedResult:
    """The best hypothesis that met every constraint, else the best fallback, with which of the
    caller's constraints (empty ones included, as met) it contains."""
    if ended:
        best = max(ended, key=lambda h: h.normalized_score(alpha))
        return ConstrainedResult(best, [True] * len(constraints))
    if not fallback:
        return ConstrainedResult(Hypothesis([], NEG_INF), [not c for c in constraints])
    best = fallback[0][1]
    return ConstrainedResult(best, _met_by(best.tokens, constraints, sentence))
