"""An unexpected error: its traceback in the log file, one sentence that names the file."""

from s2s_desktop.engine.data_folder import log_dir
from s2s_desktop.engine.error_log import brief, describe_unexpected, log_unexpected


def test_a_message_and_a_traceback_become_one_sentence_naming_the_log():
    sentence = log_unexpected("Training failed unexpectedly (KeyError: 'x').", "Traceback: here")
    log_file = log_dir() / "s2s-desktop.log"
    assert sentence == (f"Training failed unexpectedly (KeyError: 'x'); details are in {log_file}.")
    assert "Traceback: here" in log_file.read_text(encoding="utf-8")


def test_an_exception_is_named_and_its_traceback_logged():
    try:
        raise ValueError("bad value")
    except ValueError as error:
        sentence = describe_unexpected(error)
    log_file = log_dir() / "s2s-desktop.log"
    assert sentence == f"Something went wrong (ValueError: bad value); details are in {log_file}."
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "ValueError: bad value" in logged


def test_a_long_error_is_cut_to_its_first_line_and_logged_whole():
    words = "An attempt has been made to start a new process before the current process"
    try:
        raise RuntimeError(f"\n        {words}\n        has finished its bootstrapping phase.\n")
    except RuntimeError as error:
        sentence = describe_unexpected(error)
    assert sentence.startswith(f"Something went wrong (RuntimeError: {words}…); details are in")
    assert "bootstrapping" in (log_dir() / "s2s-desktop.log").read_text(encoding="utf-8")
    assert brief(ValueError("x" * 500)) == "x" * 200 + "…"
