"""A training run: corpus -> tokenizers -> batches -> model, evaluated, checkpointed, resumable.

``Trainer.run()`` does the whole job on the calling thread and reports through one callback of
event dataclasses (``engine.events``). ``request_stop()`` (from any thread) ends the run after
the current step, with a checkpoint that a later run with ``resume=True`` continues from.

Under torchrun each process runs its own ``Trainer`` with the ``Cluster`` it belongs to
(``engine.distributed``): rank 0 writes files and reports; every rank trains on its share of
each batch through DistributedDataParallel.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import threading
import time
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.nn.parallel import DistributedDataParallel

from s2s_desktop.engine import checkpoints, corpus_fingerprint, distributed, events, fine_tune
from s2s_desktop.engine.atomic_files import atomic_write_json
from s2s_desktop.engine.averaging import WeightAverage, snapshot_epochs, snapshot_points
from s2s_desktop.engine.batching import collate, plan_batches, token_counts
from s2s_desktop.engine.checkpoints import Training, TrainingState
from s2s_desktop.engine.config import RunSettings
from s2s_desktop.engine.corpus import ScanReport, scan_folder
from s2s_desktop.engine.devices import (
    describe_device,
    describe_precision,
    half_precision,
    resolve_device,
)
from s2s_desktop.engine.distributed import SINGLE, Cluster
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.evaluation import Evaluator, FinalScores
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.model_facts import device_in_words
from s2s_desktop.engine.model_files import (
    CHECKPOINT_FILE,
    METRICS_FILE,
    RUN_FILE,
    TRAINING_DIR,
    WEIGHTS_FILE,
    append_jsonl,
    load_run_settings,
)
from s2s_desktop.engine.planning import check_resumable
from s2s_desktop.engine.progress import RunProgress
from s2s_desktop.engine.run_data import model_tokenizers, prepare_data
from s2s_desktop.engine.run_failures import failure_event, is_user_failure
from s2s_desktop.engine.runs import record_ending
from s2s_desktop.engine.schedule import Schedule, warmup_for
from s2s_desktop.engine.sides import check_direction
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.tokenizer import Tokenizer
from s2s_desktop.engine.train_step import TrainStep, make_optimizer
from s2s_desktop.engine.wording import in_english, translate


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
        self.evaluator = Evaluator(self)
        self._created_folder = False
        self.redone_steps = 0  # a resume's steps logged after the checkpoint, trained again

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
            return self.emit(
                events.Finished(
                    reason="stopped",
                    step=self.state.step if hasattr(self, "state") else 0,
                    model_dir=self.model_dir,
                    best_bleu=None,
                    best_chrf=None,
                    has_model=(self.model_dir / WEIGHTS_FILE).exists(),
                    elapsed_s=0.0,
                    kept=self.model_dir.exists(),
                )
            )
        except Exception as error:  # one sentence each (run_failures); never raised on
            if is_user_failure(error):
                self._forget_unstarted_run()
            step = self.state.step if hasattr(self, "state") else 0
            return self.emit(failure_event(error, self.cluster, step))
        finally:
            if self.cluster.is_leader and (self._created_folder or self.resume):
                self.store.release_training_lock(self.settings.name)

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

    def _say(self, message: str) -> None:
        """Report a preparation stage (learning a vocabulary, tokenizing...)."""
        self.emit(events.Preparing(message))

    def emit(self, event: events.TrainingEvent) -> Any:
        """Report ``event``; in a distributed run only rank 0 reports, except failures."""
        if self.cluster.is_leader:
            self.callback(event)
        elif isinstance(event, events.Failed) and not event.elsewhere:
            message = translate("training", "Rank {rank}: {message}").format(
                rank=self.cluster.rank, message=event.message
            )
            event = replace(event, message=message)
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
            self.device = distributed.local_device(self.cluster, resolve_device(training.device))
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
            if self.cluster.is_leader:  # a resume must read the data the run began with
                corpus_fingerprint.keep_or_check(
                    self.training_dir, report, settings.name, self.resume
                )
        self._check_stop()
        tokenizers = self._shared_tokenizers(report)
        mixed: list[tuple[str, str]] | None = None
        if settings.base:
            with self._together():
                if self.cluster.is_leader and not self.resume:
                    fine_tune.check_coverage(settings.base, *tokenizers, report, self._say)
                if self.cluster.is_leader:  # the others' nodes may not see the base's data
                    mixed = fine_tune.mixed_pairs(settings, report.train_pairs, self._say)
            mixed = distributed.share(self.cluster, mixed)
        data = prepare_data(report, settings, tokenizers, self._say, self._check_stop, mixed or [])
        self.source_tokenizer, self.target_tokenizer = data.source_tokenizer, data.target_tokenizer
        self.model_config = data.model_config
        self.train_data, self.valid_data = data.train_data, data.valid_data
        self.valid_text = data.valid_text
        self.model = Seq2Seq(self.model_config).to(self.device)
        self.optimizer = make_optimizer(self.model, training.learning_rate)
        self._setup_precision()
        self.state = TrainingState()
        with self._together():
            if self.cluster.is_leader:
                data.keep(self.model_dir)
        checkpointed = False
        if self.resume:
            checkpointed = self._load_checkpoint()
            checkpoints.check_more_to_train(settings.name, training.epochs, self.state)
            if self.extra_minutes:
                training.max_minutes = self.state.elapsed_s / 60 + self.extra_minutes
            if self.cluster.is_leader:
                atomic_write_json(self.training_dir / RUN_FILE, settings.to_dict())
        if settings.base and not checkpointed:  # DDP gives rank 0's weights to the others
            with self._together():
                if self.cluster.is_leader:
                    fine_tune.load_base_weights(self.store, settings.base, self.model)
                    check_direction(settings, self.model, tokenizers, data.valid_text)
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
            self.state.warmup_steps = warmup_for(
                training.warmup_steps,
                bool(training.max_minutes),
                self.planned_steps,
                bool(settings.base),
            )
        self.schedule = Schedule(
            training.learning_rate,
            self.state.warmup_steps,
            training.max_minutes * 60 if training.max_minutes else None,
        )
        self.emit(
            events.Started(
                model_dir=self.model_dir,
                device=self.device_words(),
                parameters=self.model.num_parameters(),
                train_pairs=len(self.train_data),
                valid_pairs=len(self.valid_data),
                planned_steps=self.planned_steps,
                steps_per_epoch=self.steps_per_epoch,
                epochs=training.epochs,
                budget_s=self.schedule.budget_s,
                resumed_from_step=self.state.step,
                redone_steps=self.redone_steps,
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
        distributed.agree(self.cluster, error)

    def _open_run_folder(self) -> None:
        """Create the run's folder, or check and lock it for a resume (rank 0 only)."""
        if self.resume:
            if not (self.training_dir / RUN_FILE).is_file():
                raise UserError(
                    translate(
                        "training",
                        "There is no run named {name!r} to resume; start it without --resume.",
                    ).format(name=self.settings.name)
                )
            check_resumable(load_run_settings(self.model_dir), self.settings)
            self.store.take_training_lock(self.settings.name)
            checkpoints.remove_torn_writes(self.model_dir, self.training_dir)
        else:
            self.store.create_run(self.settings.name, self.settings.to_dict())
            self._created_folder = True

    def _shared_tokenizers(self, report: ScanReport) -> tuple[Tokenizer, Tokenizer]:
        """Rank 0 learns (or loads) the tokenizers and sends them to the other ranks, whose node
        may not see its disk."""
        pair: tuple[Tokenizer, Tokenizer] | None = None
        with self._together():
            if self.cluster.is_leader:
                if self.settings.base:  # a fine-tuned model's are its base's (also if torn)
                    fine_tune.ensure_tokenizers(self.store, self.settings, self.model_dir)
                pair = model_tokenizers(self.model_dir, self.settings.model, report, self._say)
        if not self.cluster.active:
            assert pair is not None
            return pair
        protos = distributed.share(self.cluster, (pair[0].proto, pair[1].proto) if pair else None)
        if pair is not None:
            return pair
        source = Tokenizer(protos[0])
        return source, source if protos[1] == protos[0] else Tokenizer(protos[1])

    def _setup_precision(self) -> None:
        """Mixed precision where it pays (``devices.half_precision``); fp16 needs a scaler."""
        self.amp_dtype = half_precision(self.device, self.model_config.hid_dim)
        self.scaler: torch.amp.GradScaler | None = None
        if self.amp_dtype == torch.float16:
            self.scaler = torch.amp.GradScaler("cuda")

    def device_words(self, english: bool = False) -> str:
        """'CPU (2 threads), bfloat16 mixed precision': where and how the run computes (in
        ``english`` for the model card, a record that travels with the model)."""
        with in_english():
            words = f"{describe_device(self.device)}, {describe_precision(self.amp_dtype)}"
        return words if english else device_in_words(words)

    def autocast(self) -> contextlib.AbstractContextManager[Any]:
        if self.amp_dtype is None:
            return contextlib.nullcontext()
        return torch.autocast(device_type=self.device.type, dtype=self.amp_dtype)

    # ------------------------------------------------------------------ the loop

    def _loop(self, report: ScanReport) -> events.Finished:
        training, state = self.settings.training, self.state
        self.started_at = time.monotonic()
        self.elapsed_before = state.elapsed_s
        if self.cluster.is_leader:  # until it ends, a kill or crash "interrupted" it
            record_ending(self.training_dir, "training", state.step)
        self.last_checkpoint_clock = state.elapsed_s  # training time (rank 0's, on every rank)
        self.progress = RunProgress(self.planned_steps, self.schedule.budget_s)
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
        if self.settings.base and state.step == 0 and state.last_eval_step < 0:
            self._say(
                translate(
                    "training", "Scoring the base on the new validation set: where the curves start"
                )
            )
            self._evaluate_and_check_patience()
            self._checkpoint("start")  # a resume no longer needs the base
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
        return self._stop.is_set(), self.elapsed()

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
            self.evaluator.evaluate_average(self.average)
        self._checkpoint("end")
        return self._finish(reason)

    def _snapshot(self) -> None:
        """Add the current weights to the running average (rank 0 alone averages)."""
        if self.cluster.is_leader:
            self.average.add(self.model.saved_state(), self.state.step)

    def _train_step(self, indices: np.ndarray, clock: float) -> tuple[float, int]:
        """One optimizer step on the batch ``indices`` (in a distributed run: this rank's share
        of it) at the rate the schedule gives for training time ``clock``; returns the whole
        batch's cross-entropy per target token, and its source + target token count."""
        rows, weight = distributed.shard_rows(indices, self.cluster)
        batch = collate(self.train_data, rows).to(self.device)
        src_tokens, tgt_tokens = token_counts(self.train_data, indices)
        learning_rate = self.schedule.rate(self.state.step + 1, clock)
        loss = self.step_runner(batch, learning_rate, tokens=tgt_tokens, weight=weight)
        if self.cluster.active:
            # One small all-reduce: the global loss, whether any rank wants to stop, and rank
            # 0's clock (the others' clocks differ by milliseconds: decisions use rank 0's).
            leader_clock = self.elapsed() if self.cluster.is_leader else 0.0
            loss, stops, shared_clock = distributed.sum_over_ranks(
                self.cluster, [loss, self._stop.is_set(), leader_clock], self.device
            )
            self._votes = (stops > 0, shared_clock)
        return loss, src_tokens + tgt_tokens

    def epoch_reached(self) -> int:
        """The epoch an evaluation belongs to: the one in progress, or the one just ended."""
        return self.state.epoch if self.state.batch_index else self.state.epoch - 1

    def elapsed(self) -> float:
        return self.elapsed_before + time.monotonic() - self.started_at

    def _after_step(self, tokens: int, loss: float) -> None:
        """Count the step, report it, log it; ``tokens``: source + target tokens of the batch."""
        state, training = self.state, self.settings.training
        state.step += 1
        state.tokens += tokens  # the whole batch's, on every rank: the checkpoint keeps it
        if not self.cluster.is_leader:
            return
        self.progress.add_step(tokens)
        tokens_per_s = self.progress.tokens_per_s()
        elapsed = self.elapsed()
        progress, eta = self.progress.done_and_left(state.step, elapsed)
        learning_rate = self.optimizer.param_groups[0]["lr"]
        self.emit(
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
        if len(self.pending_log) >= training.log_every or state.step == 1:  # a curve's first point
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
                        "time": round(elapsed, 2),  # training time, over all sessions
                        "tokens": state.tokens,  # trained on so far, over all sessions
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
        out_of_patience, self.eval_seconds, self.state.last_eval_step = distributed.share(
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
        distributed.agree(self.cluster, error)
        return result

    def _evaluate_on_leader(self) -> bool:
        """Rank 0 evaluates and saves; the other ranks only note that it happened."""
        if self.cluster.is_leader:
            began = time.monotonic()
            improved = self.evaluator.evaluate()
            self.eval_seconds = time.monotonic() - began
            return improved
        self.state.last_eval_step = self.state.step
        return False

    # ------------------------------------------------------------------ saving

    def _checkpoint(self, reason: str) -> None:
        """Save everything a resume needs, atomically (weights_only-loadable: no pickled code).
        Rank 0 alone writes (every rank holds the same weights and optimizer state); a failure
        to write ends every rank's run."""
        self.last_checkpoint_clock = self._votes[1] if self.cluster.active else self.elapsed()
        if reason in ("stop", "end") or not self.cluster.active:
            if self.cluster.is_leader:
                self._write_checkpoint(reason)
            return
        self._leader_does(
            lambda: self._write_checkpoint(reason) if self.cluster.is_leader else None
        )

    def _write_checkpoint(self, reason: str) -> None:
        self.state.elapsed_s = self.elapsed()
        path = self.training_dir / CHECKPOINT_FILE
        self.check_folder()
        checkpoints.save_checkpoint(path, self._checkpointed(), self.state)
        record_ending(self.training_dir, "training", self.state.step)  # a kill goes on here
        self.emit(events.Checkpoint(self.state.step, path, reason))

    def _checkpointed(self) -> Training:
        return Training(self.model, self.optimizer, self.scaler, self.device, self.model_config)

    def check_folder(self) -> None:
        checkpoints.check_training_folder(self.training_dir, self.settings.name)

    def _checkpoint_source(self) -> Path | io.BytesIO | None:
        """Where to read the checkpoint from; None when the run has none yet. In a distributed
        run rank 0 reads it and sends its bytes (other nodes may not see rank 0's disk)."""
        path = self.training_dir / CHECKPOINT_FILE
        if not self.cluster.active:
            return path if path.exists() else None
        data: bytes | None = None
        with self._together():
            if self.cluster.is_leader:
                data = checkpoints.read_checkpoint_bytes(path)
        data = distributed.share(self.cluster, data)
        return None if data is None else io.BytesIO(data)

    def _load_checkpoint(self) -> bool:
        """Restore the run from its checkpoint; False when it has none yet (killed before its
        first one: it starts over with the same settings)."""
        source = self._checkpoint_source()
        if source is not None:
            with self._together():
                self.state = checkpoints.load_checkpoint(
                    source,
                    self.training_dir / CHECKPOINT_FILE,
                    self._checkpointed(),
                    # A distributed run reseeds each rank (and its node may have other GPUs).
                    restore_cuda_rng=not self.cluster.active,
                )
        if self.cluster.is_leader:  # a killed run's steps after its checkpoint are redone
            self.redone_steps = checkpoints.drop_metrics_after(
                self.model_dir, self.state.step if source else -1
            )
            checkpoints.continue_token_count(self.model_dir, self.state)  # an old checkpoint
        return source is not None

    def _finish(self, reason: str) -> events.Finished:
        state = self.state
        final = FinalScores(state.best_bleu, state.best_chrf)  # what the other ranks report
        if self.cluster.is_leader:
            final = self.evaluator.final_scores(reason)
            record_ending(self.training_dir, reason, state.step)
        return self.emit(
            events.Finished(
                reason=reason,
                step=state.step,
                model_dir=self.model_dir,
                best_bleu=final.bleu,
                best_chrf=final.chrf,
                has_model=(self.model_dir / WEIGHTS_FILE).exists(),
                elapsed_s=self.elapsed(),
                summary=final.summary,
                samples=self.evaluator.last_samples,
                beam=final.beam,
            )
        )
