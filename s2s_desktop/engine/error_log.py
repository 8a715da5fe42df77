"""Unexpected errors (bugs): the traceback goes to the log file, the user reads one sentence.

The command line, the window's training worker and its background tasks all report them this
way; an error the user can fix is a ``UserError`` and never comes here.
"""

from __future__ import annotations

import traceback

from s2s_desktop.engine.store import log_traceback
from s2s_desktop.engine.wording import translate


def log_unexpected(message: str, traceback_text: str) -> str:
    """Append ``traceback_text`` to the log file; return ``message`` as one sentence that names
    the file ("Training failed unexpectedly (...); details are in /…/s2s-desktop.log.")."""
    log_file = log_traceback(traceback_text)
    return translate("error_log", "{message}; details are in {log_file}.").format(
        message=message.rstrip().rstrip("."), log_file=log_file
    )


BRIEF_CHARS = 200


def brief(error: BaseException) -> str:
    """The error's own words for a sentence: its first line, at most BRIEF_CHARS characters
    (multiprocessing's spawn error is fifteen lines; the log keeps them all)."""
    lines = str(error).strip().splitlines()
    first = lines[0].strip() if lines else ""
    if len(first) > BRIEF_CHARS or len(lines) > 1:
        return first[:BRIEF_CHARS].rstrip() + "…"
    return first


def describe_unexpected(error: BaseException) -> str:
    """Log ``error`` with its traceback; return one sentence naming it and the log file."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    message = translate("error_log", "Something went wrong ({kind}: {error})").format(
        kind=type(error).__name__, error=brief(error)
    )
    return log_unexpected(message, text)
