"""How an exception that ended a training run is reported: one ``Failed`` event whose message
is a sentence for the user, with the traceback kept only for a bug (the log gets it, the user
gets a sentence naming the log)."""

from __future__ import annotations

import traceback

import torch

from s2s_desktop.engine import distributed, events
from s2s_desktop.engine.distributed import Cluster, PeerFailed
from s2s_desktop.engine.error_log import brief
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate


def is_user_failure(error: BaseException) -> bool:
    """A mistake the user can fix, or another rank's: the run's unstarted folder may go."""
    return isinstance(error, (PeerFailed, UserError))


def failure_event(error: Exception, cluster: Cluster, step: int) -> events.Failed:
    """The event for ``error``, raised at ``step``; call it while handling the error (it reads
    the traceback being handled)."""
    if isinstance(error, PeerFailed):
        return events.Failed(str(error), elsewhere=True)
    if isinstance(error, UserError):
        return events.Failed(str(error))
    if isinstance(error, torch.cuda.OutOfMemoryError):
        return events.Failed(
            translate(
                "training",
                "The GPU ran out of memory; start a new run with fewer batch tokens or a "
                "smaller preset (a resumed run keeps its batch size), or train on the CPU.",
            ),
            traceback.format_exc(),
        )
    if cluster.active and distributed.is_peer_failure(error):
        return events.Failed(distributed.peer_failure_message(cluster, step), elsewhere=True)
    return events.Failed(  # a bug: report it, keep the caller alive
        translate("training", "Training failed unexpectedly ({error_type}: {error}).").format(
            error_type=type(error).__name__, error=brief(error)
        ),
        traceback.format_exc(),
    )
