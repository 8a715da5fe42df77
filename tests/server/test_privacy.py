"""Users' documents are private: what ``/translate_file`` keeps on disk goes when its time is up
and whenever the server stops (Ctrl+C, SIGTERM, or the window's switch)."""

from __future__ import annotations

import signal
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from s2s_desktop.server.app import ServerSettings
from tests.server.serving import SENTENCE, TRANSLATION, serve, serve_process


def upload(client: httpx.Client) -> str:
    """A document sent for translation; its download URL."""
    answer = client.post(
        "/translate_file",
        data={"source": "en", "target": "eo"},
        files={"file": ("private.en.txt", f"{SENTENCE}\n".encode(), "text/plain")},
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["translatedFileUrl"]


def kept(folder: Path) -> list[str]:
    """The names of the files the server keeps under ``folder`` (its temporary folder)."""
    return sorted(path.name for path in folder.glob("s2s-serve-*/**/*") if path.is_file())


def wait_until(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_stopping_serve_deletes_the_documents(trained_toy_model, tmp_path, stop):
    """Ctrl+C and SIGTERM (a service manager's stop) both stop the server cleanly, and the
    document and its translation are deleted."""
    root = trained_toy_model.model_dir.parent.parent
    process = serve_process(root, TMPDIR=str(tmp_path))
    try:
        line = process.stdout.readline()
        address = line.split(" at ")[1].split()[0]
        with httpx.Client(base_url=address, timeout=60) as client:
            url = upload(client)
            assert client.get(url).text == TRANSLATION + "\n"
        assert kept(tmp_path) == ["private.eo.txt"]
        process.send_signal(stop)
        assert process.wait(timeout=60) == 0, process.stderr.read()
    finally:
        process.kill()
        process.wait(timeout=30)
    assert kept(tmp_path) == []
    assert not list(tmp_path.glob("s2s-serve-*"))


def test_a_ctrl_c_that_another_thread_receives_still_stops_serve():
    """The kernel may hand a process's SIGINT to any of its threads; a wait without a timeout
    in the main thread then never wakes, and serve ignored that Ctrl+C (once in CI)."""
    import subprocess
    import sys

    program = (
        "import signal, threading, time\n"
        "from types import SimpleNamespace\n"
        "from s2s_desktop.server.running import ServerThread\n"
        "def other():\n"
        "    time.sleep(0.3)\n"
        "    signal.pthread_kill(threading.get_ident(), signal.SIGINT)\n"
        "threading.Thread(target=other, daemon=True).start()\n"
        "try:\n"
        "    ServerThread.wait(SimpleNamespace(ended=threading.Event()))\n"
        "except KeyboardInterrupt:\n"
        "    print('stopped')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=10
    )
    assert done.stdout == "stopped\n", done.stderr


def test_a_killed_servers_documents_are_deleted_when_the_next_server_starts(
    trained_toy_model, tmp_path
):
    """SIGKILL leaves no time to clean up; the next ``serve`` deletes what the dead one left,
    and never a folder of a server that still runs."""
    root = trained_toy_model.model_dir.parent.parent
    killed = serve_process(root, TMPDIR=str(tmp_path))
    alive = tmp_path / "s2s-serve-1-kept"  # process 1 runs: its folder stays
    alive.mkdir()
    try:
        address = killed.stdout.readline().split(" at ")[1].split()[0]
        with httpx.Client(base_url=address, timeout=60) as client:
            upload(client)
    finally:
        killed.kill()
        killed.wait(timeout=30)
    assert kept(tmp_path) == ["private.eo.txt"]
    following = serve_process(root, TMPDIR=str(tmp_path))
    try:
        assert " at " in following.stdout.readline()
        assert kept(tmp_path) == []
        assert [path.name for path in tmp_path.glob("s2s-serve-*")] == [alive.name]
    finally:
        following.send_signal(signal.SIGINT)
        following.wait(timeout=60)


def test_a_translated_file_expires_and_goes_from_disk(trained_toy_model, tmp_path, monkeypatch):
    """Each upload is deleted once its time is up, by the server's own sweep (no request
    needed); its URL then answers 404 with a sentence. Stopping deletes the rest."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    running, address, _ = serve(trained_toy_model, ServerSettings(file_keep_s=1.0))
    try:
        with httpx.Client(base_url=address, timeout=60) as client:
            url = upload(client)
            assert kept(tmp_path) == ["private.eo.txt"]  # the source goes once translated
            wait_until(lambda: not kept(tmp_path))
            gone = client.get(url)
            assert gone.status_code == 404
            assert gone.json()["error"].startswith("No such translated file; it may have expired")
            upload(client)
            assert len(kept(tmp_path)) == 1
    finally:
        running.stop()
    assert not list(tmp_path.glob("s2s-serve-*"))


def test_a_file_being_translated_is_never_swept_and_its_time_starts_when_ready(tmp_path):
    from s2s_desktop.server.files import TranslatedFiles

    monkey_root = tmp_path / "root"
    monkey_root.mkdir()
    files = TranslatedFiles(keep_s=0.0)
    tempfile.tempdir, before = str(monkey_root), tempfile.tempdir
    try:
        token, folder = files.new_folder()
        (folder / "a.en.txt").write_text("the cat", encoding="utf-8")
        files.sweep()  # a long translation outlives keep_s: still there
        assert folder.is_dir()
        translation = folder / "a.eo.txt"
        translation.write_text("la kato", encoding="utf-8")
        files.ready(token, translation)
        assert [p.name for p in folder.iterdir()] == ["a.eo.txt"]
        files.sweep()
        assert not folder.exists() and files.find(token, "a.eo.txt") is None
    finally:
        tempfile.tempdir = before
        files.close()


def test_nothing_is_written_without_an_upload_and_a_failed_one_is_not_kept(
    trained_toy_model, tmp_path, monkeypatch
):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    running, address, _ = serve(trained_toy_model)
    try:
        with httpx.Client(base_url=address, timeout=60) as client:
            text = client.post("/translate", json={"q": SENTENCE, "source": "en", "target": "eo"})
            assert text.status_code == 200
            assert not list(tmp_path.glob("s2s-serve-*"))
            latin = client.post(
                "/translate_file",
                data={"source": "en", "target": "eo"},
                files={"file": ("latin.txt", b"Caf\xe9\n")},
            )
            assert latin.status_code == 400
            assert kept(tmp_path) == []
    finally:
        running.stop()
