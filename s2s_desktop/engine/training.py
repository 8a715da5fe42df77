"""A training run: corpus -> tokenizers -> batches -> model, evaluated, checkpointed, resumable.

``Trainer.run()`` does the whole job on the calling thread and reports through one callback of
event dataclasses (``engine.events``). ``request_stop()`` may be called from any thread: the run
ends after the current step, writing a checkpoint, and a later run with ``resume=True`` continues
from it.

Under torchrun each process runs its own ``Trainer`` with the ``Cluster`` it belongs to
(``engine.distributed``): rank 0 writes files and reports; every rank trains on its share of
each batch through DistributedDataParallel.
"""

from __future__ import annotations

import contextlib
import io
import json
import pickle
import shutil
import threading
import time
import traceback
from collections import deque
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.nn.parallel import DistributedDataParallel

from s2s_desktop import __version__
from s2s_desktop.engine import events, verdict
from s2s_desktop.engine.averaging import WeightAverage, snapshot_epochs, snapshot_points
from s2s_desktop.engine.batching import TokenizedPairs, collate, plan_batches, token_counts
from s2s_desktop.engine.corpus import ScanReport, iter_pairs, scan_folder
from s2s_desktop.engine.devices import (
    describe_device,
    describe_precision,
    half_precision,
    resolve_device,
)
from s2s_desktop.engine.distributed import (
    SINGLE,
    Cluster,
    PeerFailed,
    agree,
    is_peer_failure,
    local_device,
    shard_rows,
    share,
    sum_over_ranks,
)
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.evaluation import corpus_scores, is_improvement
from s2s_desktop.engine.losses import label_smoothed_cross_entropy
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.model_files import (
    CHECKPOINT_FILE,
    CONFIG_FILE,
    FORMAT_VERSION,
    METRICS_FILE,
    RUN_FILE,
    TRAINING_DIR,
    WEIGHTS_FILE,
    append_jsonl,
    atomic_write_bytes,
    atomic_write_json,
    atomic_write_with,
    load_run_settings,
    read_jsonl,
)
from s2s_desktop.engine.planning import check_resumable
from s2s_desktop.engine.schedule import WARMUP_MIN_STEPS, Schedule
from s2s_desktop.engine.settings import RunSettings
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.tokenizer import Tokenizer, train_tokenizer
from s2s_desktop.engine.train_step import TrainStep, make_optimizer
from s2s_desktop.engine.translator import LoadedModel, Translator, load_weights, save_weights

SHARED_TOKENIZER = "shared.model"
SOURCE_TOKENIZER = "source.model"
TARGET_TOKENIZER = "target.model"


@dataclass
class _State:
    """What a checkpoint restores besides weights and optimizer."""

    step: int = 0
    epoch: int = 1  # the epoch in progress (1-based)
    batch_index: int = 0  # next batch of that epoch's plan
    best_bleu: float | None = None
    best_valid_loss: float | None = None
    best_chrf: float | None = None
    evaluations_without_gain: int = 0
    elapsed_s: float = 0.0  # training time over all sessions of this run
    last_eval_step: int = -1
    last_eval_s: float = 0.0  # training time at the last evaluation (budget runs evaluate by time)
    best_averaged: int = 0  # the saved model is the mean of this many snapshots (0: not averaged)
    warmup_steps: int = 0  # resolved when the run starts; kept so a resume keeps the schedule


class _StopDuringPreparation(Exception):
    """Stop was asked for before the first step: end without a checkpoint."""


class Trainer:
    """One training run, fresh or resumed. Not reusable: make a new one per run."""

    def __init__(
        self,
        settings: RunSettings,
        callback: events.EventCallback | None = None,
        *,
        resume: bool = False,
        report: ScanReport | None = None,
        store: ModelStore | None = None,
        extra_minutes: float | None = None,
        cluster: Cluster | None = None,
    ) -> None:
        """``extra_minutes`` (resume only) extends the run's time limit by that many minutes;
        ``cluster``: this process's rank in a torchrun run (default: the only process)."""
        self.settings = settings
        self.callback = callback or (lambda event: None)
        self.resume = resume
        self.report = report
        self.store = store or ModelStore()
        self.extra_minutes = extra_minutes
        self.cluster = cluster or SINGLE
        self._stop = threading.Event()
        # What all ranks agreed on after the last step: stop?, and rank 0's training time (the
        # clock that drives the schedule, evaluations and the deadline on every rank alike).
        self._votes: tuple[bool, float] = (False, 0.0)
        self.eval_seconds = 0.0  # how long the last evaluation took
        self.last_samples: list[events.Sample] = []  # the saved model's sample translations
        self.beam_scores: tuple[float, float] | None = None  # the saved model's, when better
        self._created_folder = False

    def request_stop(self) -> None:
        """Ask the run to end after the current step, saving a checkpoint. Thread-safe."""
        self._stop.set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def run(self) -> events.Finished | events.Failed:
        """Train to the end (or a stop, time limit, early stop); never raises."""
        try:
            return self._run()
        except _StopDuringPreparation:
            self._forget_unstarted_run()
            return self._emit(
                events.Finished(
                    reason="stopped",
                    step=self.state.step if hasattr(self, "state") else 0,
                    model_dir=self.model_dir,
                    best_bleu=None,
                    best_chrf=None,
                    has_model=(self.model_dir / WEIGHTS_FILE).exists(),
                    elapsed_s=0.0,
                )
            )
        except PeerFailed as error:
            self._forget_unstarted_run()
            return self._emit(events.Failed(str(error), elsewhere=True))
        except UserError as error:
            self._forget_unstarted_run()
            return self._emit(events.Failed(str(error)))
        except torch.cuda.OutOfMemoryError:
            return self._emit(
                events.Failed(
                    "The GPU ran out of memory; start a new run with fewer batch tokens or a "
                    "smaller preset (a resumed run keeps its batch size), or train on the CPU.",
                    traceback.format_exc(),
                )
            )
        except Exception as error:  # a bug: report it, keep the caller alive
            if self.cluster.active and is_peer_failure(error):
                return self._emit(events.Failed(self._peer_failure_message(), elsewhere=True))
            return self._emit(
                events.Failed(
                    f"Training failed unexpectedly ({type(error).__name__}: {error}).",
                    traceback.format_exc(),
                )
            )
        finally:
            if self.cluster.is_leader and (self._created_folder or self.resume):
                self.store.release_training_lock(self.settings.name)

    def _peer_failure_message(self) -> str:
        step = self.state.step if hasattr(self, "state") else 0
        return (
            f"Another process of this distributed run failed or lost its connection, so rank "
            f"{self.cluster.rank} stopped at step {step:,}; the last checkpoint is intact: fix "
            "the cause (the failing process says it), then run the same torchrun command with "
            "--resume."
        )

    def _forget_unstarted_run(self) -> None:
        """A fresh run that failed or stopped before its first checkpoint leaves no folder
        behind, so the user can retry under the same name with other settings."""
        if self._created_folder and not (self.training_dir / CHECKPOINT_FILE).exists():
            shutil.rmtree(self.model_dir, ignore_errors=True)
            self._created_folder = False

    def _check_stop(self) -> None:
        # A distributed run's ranks must agree on stopping: they do so after each step.
        if self._stop.is_set() and not self.cluster.active:
            raise _StopDuringPreparation

    def _emit(self, event: events.TrainingEvent) -> Any:
        """Report ``event``; in a distributed run only rank 0 reports, except failures."""
        if self.cluster.is_leader:
            self.callback(event)
        elif isinstance(event, events.Failed) and not event.elsewhere:
            event = replace(event, message=f"Rank {self.cluster.rank}: {event.message}")
            self.callback(event)
        return event

    # ------------------------------------------------------------------ set-up

    def _run(self) -> events.Finished:
        settings = self.settings
        training = settings.training
        training.validate()
        settings.model.validate()
        self.model_dir = self.store.path(settings.name)
        self.training_dir = self.model_dir / TRAINING_DIR
        with self._together():
            self.device = local_device(self.cluster, resolve_device(training.device))
            if self.cluster.is_leader:
                self._open_run_folder()
        torch.manual_seed(training.seed)

        with self._together():
            report = self.report or scan_folder(
                settings.folder,
                settings.src,
                settings.tgt,
                max_chars=training.max_chars,
                encoding=training.encoding,
            )
        self._check_stop()
        self.source_tokenizer, self.target_tokenizer = self._shared_tokenizers(report)
        self._check_stop()
        self.model_config = replace(
            settings.model,
            src_vocab_size=self.source_tokenizer.vocab_size,
            tgt_vocab_size=self.target_tokenizer.vocab_size,
        )
        self._say_if_vocabulary_shrank()
        self._emit(events.Preparing(f"Tokenizing {report.train_pairs:,} training pairs"))
        self.valid_data, valid_skipped = self._tokenize(iter_pairs(report, "valid"))
        valid_sources = {source for source, _ in iter_pairs(report, "valid")}
        train_pairs = (p for p in iter_pairs(report, "train") if p[0] not in valid_sources)
        self.train_data, skipped = self._tokenize(train_pairs)
        if skipped or valid_skipped:
            self._emit(
                events.Preparing(
                    f"Skipped {skipped + valid_skipped:,} pairs longer than "
                    f"{self.model_config.max_positions - 2} pieces"
                )
            )
        repeats = report.train_pairs - len(self.train_data) - skipped
        if repeats:
            self._emit(
                events.Preparing(
                    f"Left out {repeats:,} training {'pair' if repeats == 1 else 'pairs'} "
                    "whose source is also a validation sentence, so BLEU measures translation, "
                    "not memory"
                )
            )
        if len(self.train_data) == 0:
            raise UserError(
                f"No training pairs fit the model: every pair is longer than "
                f"{self.model_config.max_positions - 2} pieces or repeats a validation sentence; "
                "raise --max-positions or check the data."
            )
        self._check_stop()
        self.valid_text = [
            pair for _, pair in zip(range(training.bleu_sentences), iter_pairs(report, "valid"))
        ]
        self.model = Seq2Seq(self.model_config).to(self.device)
        self.optimizer = make_optimizer(self.model, training.learning_rate)
        self._setup_precision()
        self.state = _State()
        if self.resume:
            self._load_checkpoint()
            if self.extra_minutes:
                training.max_minutes = self.state.elapsed_s / 60 + self.extra_minutes
            if self.cluster.is_leader:
                atomic_write_json(self.training_dir / RUN_FILE, settings.to_dict())
        self.trained_model: torch.nn.Module = self.model
        if self.cluster.active:
            # Each rank its own dropout masks, as it has its own rows.
            torch.manual_seed(training.seed + 7919 * self.cluster.rank + self.state.step)
            self.trained_model = DistributedDataParallel(
                self.model,
                device_ids=[self.device.index] if self.device.type == "cuda" else None,
            )
        self.steps_per_epoch = len(plan_batches(self.train_data, training.batch_tokens, 0))
        self.planned_steps = self.steps_per_epoch * (training.epochs or 0)
        if not self.state.warmup_steps:
            if training.warmup_steps is not None:
                self.state.warmup_steps = training.warmup_steps
            elif training.max_minutes:
                self.state.warmup_steps = WARMUP_MIN_STEPS  # the budget's share sets the rest
            else:
                self.state.warmup_steps = min(4000, max(1, self.planned_steps // 10))
        self.schedule = Schedule(
            training.learning_rate,
            self.state.warmup_steps,
            training.max_minutes * 60 if training.max_minutes else None,
        )
        self._emit(
            events.Started(
                model_dir=self.model_dir,
                device=self._device_words(),
                parameters=self.model.num_parameters(),
                train_pairs=len(self.train_data),
                valid_pairs=len(self.valid_data),
                planned_steps=self.planned_steps,
                steps_per_epoch=self.steps_per_epoch,
                epochs=training.epochs,
                budget_s=self.schedule.budget_s,
                resumed_from_step=self.state.step,
                src_vocab_size=self.model_config.src_vocab_size,
                tgt_vocab_size=self.model_config.tgt_vocab_size,
                processes=self.cluster.world_size,
            )
        )
        return self._loop(report)

    @contextlib.contextmanager
    def _together(self) -> Any:
        """Run a preparation step on every rank; if it fails on any, it fails on all (one
        process alone: just run it)."""
        error: BaseException | None = None
        try:
            yield
        except Exception as raised:
            if not self.cluster.active:
                raise
            error = raised
        agree(self.cluster, error)

    def _open_run_folder(self) -> None:
        """Create the run's folder, or check and lock it for a resume (rank 0 only)."""
        if self.resume:
            if not (self.training_dir / RUN_FILE).is_file():
                raise UserError(
                    f"There is no run named {self.settings.name!r} to resume; start it without "
                    "--resume."
                )
            self._check_resumable()
            self.store.take_training_lock(self.settings.name)
            self._remove_torn_writes()
        else:
            self.store.create_run(self.settings.name, self.settings.to_dict())
            self._created_folder = True

    def _shared_tokenizers(self, report: ScanReport) -> tuple[Tokenizer, Tokenizer]:
        """Rank 0 learns (or loads) the tokenizers and sends them to the other ranks, whose node
        may not see its disk."""
        pair: tuple[Tokenizer, Tokenizer] | None = None
        with self._together():
            if self.cluster.is_leader:
                pair = self._tokenizers(report)
        if not self.cluster.active:
            assert pair is not None
            return pair
        protos = share(self.cluster, (pair[0].proto, pair[1].proto) if pair else None)
        if pair is not None:
            return pair
        source = Tokenizer(protos[0])
        return source, source if protos[1] == protos[0] else Tokenizer(protos[1])

    def _say_if_vocabulary_shrank(self) -> None:
        """A small corpus learns fewer pieces than asked (a soft limit): say so, not fail."""
        asked, learned = self.settings.model, self.model_config
        for side, wanted, got in (
            ("source", asked.src_vocab_size, learned.src_vocab_size),
            ("target", asked.tgt_vocab_size, learned.tgt_vocab_size),
        ):
            if got < wanted:
                self._emit(
                    events.Preparing(
                        f"The corpus holds too little text for {wanted:,} {side} pieces; "
                        f"the model uses the {got:,} it learned"
                    )
                )
            if asked.shared_vocab:
                break  # one vocabulary: one sentence

    def _remove_torn_writes(self) -> None:
        """Delete the temporary files a killed run's atomic writes left (we hold the lock, so
        nothing else is writing them); a killed checkpoint write can leave tens of megabytes."""
        for folder in (self.model_dir, self.training_dir):
            for leftover in folder.glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def _check_resumable(self) -> None:
        """Refuse resume settings that would change the run's data, model or batches."""
        check_resumable(load_run_settings(self.model_dir), self.settings)

    def _tokenizers(self, report: ScanReport) -> tuple[Tokenizer, Tokenizer]:
        """Load the run's tokenizers (resume) or learn them from the training side."""
        config = self.settings.model
        if config.shared_vocab:
            path = self.model_dir / SHARED_TOKENIZER
            if not path.exists():
                self._emit(
                    events.Preparing(
                        f"Learning a shared vocabulary of {config.src_vocab_size} pieces"
                    )
                )
                text = (side for pair in iter_pairs(report, "train") for side in pair)
                tokenizer = train_tokenizer(text, config.src_vocab_size)
                atomic_write_bytes(path, tokenizer.proto)
            shared = Tokenizer.load(path)
            return shared, shared
        pair: list[Tokenizer] = []
        for side, file_name, size in (
            (0, SOURCE_TOKENIZER, config.src_vocab_size),
            (1, TARGET_TOKENIZER, config.tgt_vocab_size),
        ):
            path = self.model_dir / file_name
            if not path.exists():
                language = report.src if side == 0 else report.tgt
                self._emit(events.Preparing(f"Learning the {language} vocabulary ({size} pieces)"))
                text = (p[side] for p in iter_pairs(report, "train"))
                atomic_write_bytes(path, train_tokenizer(text, size).proto)
            pair.append(Tokenizer.load(path))
        return pair[0], pair[1]

    def _tokenize(self, pairs: Iterable[tuple[str, str]]) -> tuple[TokenizedPairs, int]:
        """Encode pairs in chunks; drop those too long for the position table (counted)."""
        data, skipped = TokenizedPairs(), 0
        limit = self.model_config.max_positions - 1  # +EOS on source; BOS/EOS on target inputs
        chunk: list[tuple[str, str]] = []

        def flush() -> int:
            dropped = 0
            sources = self.source_tokenizer.encode([s for s, _ in chunk])
            targets = self.target_tokenizer.encode([t for _, t in chunk])
            for src_ids, tgt_ids in zip(sources, targets):
                if len(src_ids) >= limit or len(tgt_ids) >= limit:
                    dropped += 1
                else:
                    data.add(src_ids, tgt_ids)
            chunk.clear()
            return dropped

        for pair in pairs:
            chunk.append(pair)
            if len(chunk) >= 10_000:
                skipped += flush()
        if chunk:
            skipped += flush()
        return data.freeze(), skipped

    def _setup_precision(self) -> None:
        """Mixed precision where it pays (``devices.half_precision``); fp16 needs a scaler."""
        self.amp_dtype = half_precision(self.device, self.model_config.hid_dim)
        self.scaler: torch.amp.GradScaler | None = None
        if self.amp_dtype == torch.float16:
            self.scaler = torch.amp.GradScaler("cuda")

    def _device_words(self) -> str:
        """'CPU (2 threads), bfloat16 mixed precision': where and how the run computes."""
        return f"{describe_device(self.device)}, {describe_precision(self.amp_dtype)}"

    def _autocast(self) -> contextlib.AbstractContextManager[Any]:
        if self.amp_dtype is None:
            return contextlib.nullcontext()
        return torch.autocast(device_type=self.device.type, dtype=self.amp_dtype)

    # ------------------------------------------------------------------ the loop

    def _loop(self, report: ScanReport) -> events.Finished:
        training, state = self.settings.training, self.state
        self.started_at = time.monotonic()
        self.elapsed_before = state.elapsed_s
        self.last_checkpoint_clock = state.elapsed_s  # training time (rank 0's, on every rank)
        self.recent: deque[tuple[float, int]] = deque(maxlen=50)
        self.pending_log: list[float] = []
        self._votes = (False, self.elapsed_before)
        self.average = WeightAverage()
        keep = training.average_checkpoints
        budget = self.schedule.budget_s
        self.snapshot_times = deque(
            t
            for t in (snapshot_points(budget, keep) if budget and keep > 1 else [])
            if t > state.elapsed_s
        )
        self.model.train()
        self.step_runner = TrainStep(
            self.trained_model,
            self.optimizer,
            label_smoothing=training.label_smoothing,
            clip_norm=training.clip_norm,
            amp_dtype=self.amp_dtype,
            scaler=self.scaler,
            ranks=self.cluster.world_size,
        )
        budget_run = self.schedule.budget_s is not None
        while training.epochs is None or state.epoch <= training.epochs:
            plan = plan_batches(self.train_data, training.batch_tokens, training.seed + state.epoch)
            while state.batch_index < len(plan):
                stop, clock = self._votes if self.cluster.active else self._local_votes()
                if stop:
                    self._checkpoint("stop")
                    return self._finish("stopped")
                if budget_run and clock >= self._training_deadline():
                    return self._end_of_schedule("time limit")
                indices = plan[state.batch_index]
                loss, tokens = self._train_step(indices, clock)
                state.batch_index += 1
                self._after_step(tokens, loss)
                if self.snapshot_times and clock >= self.snapshot_times[0]:
                    self.snapshot_times.popleft()
                    self._snapshot()
                if self._evaluation_due(clock):
                    state.last_eval_s = clock
                    if self._evaluate_and_check_patience():
                        self._checkpoint("end")
                        return self._finish("early stop")
                    if budget_run:
                        self._checkpoint("evaluation")
                if clock - self.last_checkpoint_clock > training.checkpoint_minutes * 60:
                    self._checkpoint("timer")
            state.epoch += 1
            state.batch_index = 0
            if budget_run:
                continue  # evaluations and checkpoints follow the clock, not the epochs
            stop_early = (
                self._evaluate_and_check_patience() if state.last_eval_step != state.step else False
            )
            keep = training.average_checkpoints
            if (
                training.epochs
                and keep > 1
                and state.epoch - 1 in snapshot_epochs(training.epochs, keep)
            ):
                self._snapshot()
            self._checkpoint("epoch")
            if stop_early:
                return self._finish("early stop")
        return self._end_of_schedule("completed")

    def _training_deadline(self) -> float:
        """When a budget run stops training: early by one evaluation's time, so that the final
        evaluation and the averaged model's end the run near the deadline, not one evaluation
        after it (at most a quarter of the budget is kept back)."""
        budget = self.schedule.budget_s or 0.0
        return budget - min(self.eval_seconds, budget / 4)

    def _local_votes(self) -> tuple[bool, float]:
        return self._stop.is_set(), self._elapsed()

    def _evaluation_due(self, clock: float) -> bool:
        """Every ``eval_every`` steps when set; in a budget run otherwise an eighth of the budget
        apart, but never so often that evaluating takes more than about a fifteenth of the time."""
        training, state = self.settings.training, self.state
        if training.eval_every:
            return state.step % training.eval_every == 0
        if self.schedule.budget_s is None:
            return False
        interval = max(self.schedule.budget_s / 8, 15 * self.eval_seconds)
        return clock - state.last_eval_s >= interval

    def _end_of_schedule(self, reason: str) -> events.Finished:
        """The run reached its end (its epochs, or its deadline): a last evaluation, then the
        average of the last checkpoints when that scores better, then the final checkpoint."""
        if self.state.last_eval_step != self.state.step:
            self._evaluate_on_leader()
        if self.average.count:
            self._snapshot()  # the final weights join the average (a second one is ignored)
        if self.cluster.is_leader and self.average.count >= 2:
            self._evaluate_average()
        self._checkpoint("end")
        return self._finish(reason)

    def _snapshot(self) -> None:
        """Add the current weights to the running average (rank 0 alone averages)."""
        if self.cluster.is_leader:
            self.average.add(self.model.saved_state(), self.state.step)

    def _evaluate_average(self) -> None:
        """Evaluate the average of the snapshots; it becomes the saved model when it scores
        better than the best so far. Training's own weights are put back either way (the
        final checkpoint resumes training, not the average)."""
        trained = {k: v.detach().clone() for k, v in self.model.saved_state().items()}
        self.model.load_saved_state(self.average.mean())
        try:
            self._evaluate(averaged=self.average.count)
        finally:
            self.model.load_saved_state(trained)

    def _score_with_beam(self) -> None:
        """Score the saved model with beam search (``final_beam``) on the same held-out pairs.

        When that beats greedy decoding it becomes the model's reported score (config.json and
        the summary; metrics.jsonl records it either way). Training's greedy scores stay what
        later evaluations of a resumed run compare with. A stop abandons it.
        """
        beam, state = self.settings.training.final_beam, self.state
        weights = self.model_dir / WEIGHTS_FILE
        if beam <= 1 or state.best_bleu is None or not weights.exists():
            return
        # Training is over and its last checkpoint written: its model can hold the best weights.
        load_weights(self.model, weights)
        languages = {"src_lang": self.settings.src, "tgt_lang": self.settings.tgt}
        translator = Translator(
            LoadedModel(self.model.eval(), self.source_tokenizer, self.target_tokenizer, languages),
            compute_type=None,  # beam search is always our decoder's: no CTranslate2 export
        )
        self._emit(events.Preparing(f"Scoring the model with beam search of {beam}"))
        sources = [s for s, _ in self.valid_text]
        hypotheses: list[str] = []
        for start in range(0, len(sources), 25):  # a Stop waits for 25 sentences at most
            if self._stop.is_set():
                return
            chunk = sources[start : start + 25]
            hypotheses.extend(translator.translate(chunk, beam=beam, split=False))
        bleu, chrf = corpus_scores(hypotheses, [t for _, t in self.valid_text], self.settings.tgt)
        record = {"type": "final", "step": state.step, "beam": beam, "bleu": bleu, "chrf": chrf}
        append_jsonl(self.model_dir / METRICS_FILE, [record])
        if bleu <= state.best_bleu:
            return
        self.beam_scores = (bleu, chrf)
        config = json.loads((self.model_dir / CONFIG_FILE).read_text(encoding="utf-8"))
        config["metrics"].update(
            {"bleu": bleu, "chrf": chrf, "beam": beam}
            | {"greedy_bleu": state.best_bleu, "greedy_chrf": state.best_chrf}
        )
        atomic_write_json(self.model_dir / CONFIG_FILE, config)

    def _train_step(self, indices: np.ndarray, clock: float) -> tuple[float, int]:
        """One optimizer step on the batch ``indices`` (in a distributed run: this rank's share
        of it) at the rate the schedule gives for training time ``clock``; returns the whole
        batch's cross-entropy per target token, and its source + target token count."""
        rows, weight = shard_rows(indices, self.cluster)
        batch = collate(self.train_data, rows).to(self.device)
        src_tokens, tgt_tokens = token_counts(self.train_data, indices)
        learning_rate = self.schedule.rate(self.state.step + 1, clock)
        loss = self.step_runner(batch, learning_rate, tokens=tgt_tokens, weight=weight)
        if self.cluster.active:
            # One small all-reduce: the global loss, whether any rank wants to stop, and rank
            # 0's clock (the others' clocks differ by milliseconds: decisions use rank 0's).
            leader_clock = self._elapsed() if self.cluster.is_leader else 0.0
            loss, stops, shared_clock = sum_over_ranks(
                self.cluster, [loss, self._stop.is_set(), leader_clock], self.device
            )
            self._votes = (stops > 0, shared_clock)
        return loss, src_tokens + tgt_tokens

    def _epoch_reached(self) -> int:
        """The epoch an evaluation belongs to: the one in progress, or the one just ended."""
        return self.state.epoch if self.state.batch_index else self.state.epoch - 1

    def _elapsed(self) -> float:
        return self.elapsed_before + time.monotonic() - self.started_at

    def _after_step(self, tokens: int, loss: float) -> None:
        """Count the step, report it, log it; ``tokens``: source + target tokens of the batch."""
        state, training = self.state, self.settings.training
        state.step += 1
        if not self.cluster.is_leader:
            return
        now = time.monotonic()
        self.recent.append((now, tokens))
        tokens_per_s = 0.0
        if len(self.recent) > 1:
            span = self.recent[-1][0] - self.recent[0][0]
            tokens_per_s = sum(t for _, t in list(self.recent)[1:]) / span if span > 0 else 0.0
        elapsed = self._elapsed()
        progress, eta = 0.0, None
        if self.planned_steps:
            progress = min(1.0, state.step / self.planned_steps)
            if len(self.recent) > 1:
                span = self.recent[-1][0] - self.recent[0][0]
                eta = max(0, self.planned_steps - state.step) * span / (len(self.recent) - 1)
        budget = self.schedule.budget_s
        if budget is not None:  # the deadline, unless the epochs run out before it
            progress = max(progress, min(1.0, elapsed / budget))
            left = max(0.0, budget - elapsed)
            eta = left if eta is None else min(eta, left)
        learning_rate = self.optimizer.param_groups[0]["lr"]
        self._emit(
            events.Step(
                step=state.step,
                epoch=state.epoch,
                loss=loss,
                learning_rate=learning_rate,
                tokens_per_s=tokens_per_s,
                progress=progress,
                elapsed_s=elapsed,
                eta_s=eta,
            )
        )
        self.pending_log.append(loss)
        if len(self.pending_log) >= training.log_every:
            append_jsonl(
                self.model_dir / METRICS_FILE,
                [
                    {
                        "type": "step",
                        "step": state.step,
                        "epoch": state.epoch,
                        "loss": sum(self.pending_log) / len(self.pending_log),
                        "lr": learning_rate,
                        "tokens_per_s": round(tokens_per_s, 1),
                        "time": round(elapsed, 2),
                    }
                ],
            )
            self.pending_log.clear()

    # ------------------------------------------------------------------ evaluation

    def _evaluate_and_check_patience(self) -> bool:
        """Evaluate (on rank 0); True on every rank when patience has run out."""
        improved = self._leader_does(self._evaluate_on_leader)
        patience = self.settings.training.patience
        out_of_patience = (
            not improved
            and patience is not None
            and (self.state.evaluations_without_gain >= patience)
        )
        # What rank 0 knows, for every rank's next decisions (an evaluation a stop cut short
        # leaves no mark on rank 0; the others must not think it happened).
        out_of_patience, self.eval_seconds, self.state.last_eval_step = share(
            self.cluster, (out_of_patience, self.eval_seconds, self.state.last_eval_step)
        )
        return out_of_patience

    def _leader_does(self, work: Any) -> Any:
        """Run ``work`` on rank 0 (it writes or evaluates) and let every rank know if it failed,
        so none waits for rank 0 at the next collective. One process: just run it."""
        if not self.cluster.active:
            return work()
        result, error = None, None
        try:
            result = work()
        except Exception as raised:
            error = raised
        agree(self.cluster, error)
        return result

    def _evaluate_on_leader(self) -> bool:
        """Rank 0 evaluates and saves; the other ranks only note that it happened."""
        if self.cluster.is_leader:
            began = time.monotonic()
            improved = self._evaluate()
            self.eval_seconds = time.monotonic() - began
            return improved
        self.state.last_eval_step = self.state.step
        return False

    def _evaluate(self, averaged: int = 0) -> bool:
        """Validation loss, BLEU, chrF and samples; saves the model when it is the best so far.
        ``averaged``: the model holds the mean of that many snapshots (0: training's weights).

        A stop asked for meanwhile abandons the evaluation (returns False, records nothing), so
        Stop never waits for a thousand translations.
        """
        state, training = self.state, self.settings.training
        sources = [s for s, _ in self.valid_text]
        references = [t for _, t in self.valid_text]
        translator = Translator(
            LoadedModel(
                self.model,
                self.source_tokenizer,
                self.target_tokenizer,
                {"src_lang": self.settings.src, "tgt_lang": self.settings.tgt},
            ),
            compute_type="float32",  # CTranslate2 where it applies: our decoder's outputs, faster
        )
        self.model.eval()
        try:
            valid_loss = self._valid_loss()
            hypotheses: list[str] = []
            for start in range(0, len(sources), 100):
                if self._stop.is_set():
                    return False
                # Unsplit: each validation line is one input, as in the training data.
                chunk = sources[start : start + 100]
                hypotheses.extend(translator.translate(chunk, split=False))
        finally:
            self.model.train()
        bleu, chrf = corpus_scores(hypotheses, references, self.settings.tgt)
        improved = is_improvement(bleu, valid_loss, state.best_bleu, state.best_valid_loss)
        state.last_eval_step = state.step
        if improved:
            state.best_bleu, state.best_chrf, state.best_valid_loss = bleu, chrf, valid_loss
            state.best_averaged = averaged
            state.evaluations_without_gain = 0
            self._save_model()
        elif not averaged:
            state.evaluations_without_gain += 1
        samples = [
            events.Sample(s, r, h)
            for s, r, h in list(zip(sources, references, hypotheses))[: training.samples]
        ]
        if improved:
            self.last_samples = samples
        append_jsonl(
            self.model_dir / METRICS_FILE,
            [
                {
                    "type": "eval",
                    "step": state.step,
                    "epoch": self._epoch_reached(),
                    "valid_loss": valid_loss,
                    "bleu": bleu,
                    "chrf": chrf,
                    "best": improved,
                    "averaged": averaged,
                    "time": round(self._elapsed(), 2),
                }
            ],
        )
        self._emit(
            events.Evaluation(
                step=state.step,
                epoch=self._epoch_reached(),
                valid_loss=valid_loss,
                bleu=bleu,
                chrf=chrf,
                is_best=improved,
                samples=samples,
                averaged=averaged,
            )
        )
        return improved

    @torch.inference_mode()
    def _valid_loss(self) -> float:
        total, tokens = 0.0, 0
        for indices in plan_batches(self.valid_data, self.settings.training.batch_tokens, 0):
            batch = collate(self.valid_data, indices).to(self.device)
            with self._autocast():
                logits = self.model(batch.src, batch.tgt[:, :-1])
            _, nll = label_smoothed_cross_entropy(logits.float(), batch.tgt[:, 1:], 0.0)
            total += float(nll)
            tokens += batch.tgt_tokens
        return total / tokens if tokens else float("nan")

    # ------------------------------------------------------------------ saving

    def _model_config_json(self) -> dict[str, Any]:
        settings, state = self.settings, self.state
        shared = self.model_config.shared_vocab
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        config_path = self.model_dir / CONFIG_FILE
        created = now
        if config_path.exists():
            with contextlib.suppress(OSError, ValueError):
                created = json.loads(config_path.read_text(encoding="utf-8")).get("created", now)
        return {
            "format": FORMAT_VERSION,
            "app_version": __version__,
            "name": settings.name,
            "src_lang": settings.src,
            "tgt_lang": settings.tgt,
            "preset": settings.preset,
            "model": self.model_config.to_dict(),
            "parameters": self.model.num_parameters(),
            "tokenizer": {
                "type": "sentencepiece",
                "shared": shared,
                "source": SHARED_TOKENIZER if shared else SOURCE_TOKENIZER,
                "target": SHARED_TOKENIZER if shared else TARGET_TOKENIZER,
            },
            "training": {
                **asdict(settings.training),
                "folder": settings.folder,
                "train_pairs": len(self.train_data),
                "valid_pairs": len(self.valid_data),
                "device": self._device_words(),
            },
            "metrics": {
                "training_seconds": round(self._elapsed()),
                "averaged_checkpoints": state.best_averaged,
                "bleu": state.best_bleu,
                "chrf": state.best_chrf,
                "valid_loss": state.best_valid_loss,
                "step": state.step,
                "epoch": self._epoch_reached(),
            },
            "created": created,
            "updated": now,
        }

    def _save_model(self) -> None:
        """Best weights first, then config.json: the model is listed once both exist."""
        self._check_folder()
        try:
            save_weights(self.model, self.model_dir / WEIGHTS_FILE)
            atomic_write_json(self.model_dir / CONFIG_FILE, self._model_config_json())
        except OSError as error:
            raise UserError(
                f"Could not save the model in {self.model_dir} ({error.strerror or error}); "
                "free some disk space, then resume."
            ) from error

    def _checkpoint(self, reason: str) -> None:
        """Save everything a resume needs, atomically (weights_only-loadable: no pickled code).
        Rank 0 alone writes (every rank holds the same weights and optimizer state); a failure
        to write ends every rank's run."""
        self.last_checkpoint_clock = self._votes[1] if self.cluster.active else self._elapsed()
        if reason in ("stop", "end") or not self.cluster.active:
            if self.cluster.is_leader:
                self._write_checkpoint(reason)
            return
        self._leader_does(
            lambda: self._write_checkpoint(reason) if self.cluster.is_leader else None
        )

    def _write_checkpoint(self, reason: str) -> None:
        state = self.state
        state.elapsed_s = self._elapsed()
        payload = {
            "model": self.model.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "scaler": self.scaler.state_dict() if self.scaler is not None else {},
            "state": asdict(state),
            "torch_rng": torch.get_rng_state(),
            "cuda_rng": torch.cuda.get_rng_state_all() if self.device.type == "cuda" else [],
            "model_config": self.model_config.to_dict(),
        }
        path = self.training_dir / CHECKPOINT_FILE
        self._check_folder()
        try:
            atomic_write_with(path, lambda handle: torch.save(payload, handle))
        except OSError as error:
            raise UserError(
                f"Could not save a checkpoint in {self.training_dir} ({error.strerror or error}); "
                "the previous checkpoint is intact: free some disk space, then resume."
            ) from error
        self._emit(events.Checkpoint(state.step, path, reason))

    def _check_folder(self) -> None:
        if not self.training_dir.is_dir():
            raise UserError(
                f"The folder of {self.settings.name!r} was deleted or renamed during training; "
                "the run stopped without saving."
            )

    def _checkpoint_source(self) -> Path | io.BytesIO | None:
        """Where to read the checkpoint from; None when the run has none yet. In a distributed
        run rank 0 reads it and sends its bytes (other nodes may not see rank 0's disk)."""
        path = self.training_dir / CHECKPOINT_FILE
        if not self.cluster.active:
            return path if path.exists() else None
        data: bytes | None = None
        with self._together():
            if self.cluster.is_leader and path.exists():
                try:
                    data = path.read_bytes()
                except OSError as error:
                    raise UserError(
                        f"The checkpoint {path} cannot be read ({error.strerror or error}); "
                        "check the disk, then resume again."
                    ) from error
        data = share(self.cluster, data)
        return None if data is None else io.BytesIO(data)

    def _load_checkpoint(self) -> None:
        path = self.training_dir / CHECKPOINT_FILE
        source = self._checkpoint_source()
        if source is None:
            # Killed before the first checkpoint: start over with the same settings.
            self._drop_metrics_after(0)
            return
        with self._together():
            self._restore(source, path)
        self._drop_metrics_after(self.state.step)

    def _restore(self, source: Path | io.BytesIO, path: Path) -> None:
        """Weights, optimizer, state and random generators from a checkpoint."""
        try:
            payload = torch.load(source, map_location=self.device, weights_only=True)
            self.model.load_state_dict(payload["model"])
            self.optimizer.load_state_dict(payload["optimizer"])
            if self.scaler is not None and payload.get("scaler"):
                self.scaler.load_state_dict(payload["scaler"])
            self.state = _State(**payload["state"])
            torch.set_rng_state(payload["torch_rng"].cpu())
            # A distributed run reseeds each rank (and its node may have other GPUs).
            if self.device.type == "cuda" and payload.get("cuda_rng") and not self.cluster.active:
                torch.cuda.set_rng_state_all([s.cpu() for s in payload["cuda_rng"]])
        except (
            OSError,
            RuntimeError,
            KeyError,
            TypeError,
            ValueError,
            EOFError,
            pickle.UnpicklingError,  # weights_only refused it: a crafted or foreign file
        ) as error:
            raise UserError(
                f"The checkpoint {path} cannot be loaded ({type(error).__name__}); "
                "delete it to restart this run from the beginning."
            ) from error

    def _drop_metrics_after(self, step: int) -> None:
        """Forget metrics logged after the checkpoint (they will be logged again)."""
        if not self.cluster.is_leader:
            return
        path = self.model_dir / METRICS_FILE
        records = read_jsonl(path)
        kept = [r for r in records if int(r.get("step", 0)) <= step]
        if len(kept) != len(records):
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept)
            atomic_write_bytes(path, text.encode())

    def _finish(self, reason: str) -> events.Finished:
        if self.cluster.is_leader and reason != "stopped":
            try:
                self._score_with_beam()
            except Exception as error:  # the run and its model are saved: keep greedy's score
                self.beam_scores = None
                self._emit(
                    events.Preparing(
                        f"Scoring with beam search failed ({error}); greedy decoding's score stands"
                    )
                )
        has_model = (self.model_dir / WEIGHTS_FILE).exists()
        lines: list[str] = []
        bleu, chrf, decoding, beam = self.state.best_bleu, self.state.best_chrf, "", 1
        if self.beam_scores is not None:
            bleu, chrf = self.beam_scores
            beam = self.settings.training.final_beam
            decoding = f"beam search of {beam} (greedy: BLEU {self.state.best_bleu:.1f})"
        if self.cluster.is_leader:
            history = [
                verdict.EvalPoint(int(r["step"]), float(r["valid_loss"]), float(r["bleu"]))
                for r in read_jsonl(self.model_dir / METRICS_FILE)
                if r.get("type") == "eval" and not r.get("averaged")
            ]
            lines = verdict.summary(
                bleu,
                chrf,
                len(self.valid_text),
                len(self.train_data),
                history,
                reason,
                decoding,
            )
        return self._emit(
            events.Finished(
                reason=reason,
                step=self.state.step,
                model_dir=self.model_dir,
                best_bleu=bleu,
                best_chrf=chrf,
                has_model=has_model,
                elapsed_s=self._elapsed(),
                summary=lines,
                samples=self.last_samples,
                beam=beam,
            )
        )
