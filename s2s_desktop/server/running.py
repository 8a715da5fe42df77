"""Starting and stopping the server: in the foreground for ``s2s-desktop serve``, in a thread
for the window's switch and the tests. Opening it beyond this computer needs an API key."""

from __future__ import annotations

import errno
import ipaddress
import socket
import threading
import time
from pathlib import Path

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import in_english
from s2s_desktop.server.app import ServerSettings, create_app
from s2s_desktop.server.pool import ModelPool

DEFAULT_PORT = 5000  # LibreTranslate's, so clients find us where they look first


def is_local(host: str) -> bool:
    """Whether ``host`` only listens for this computer (127.0.0.1, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def read_keys(api_key: str | None, key_file: Path | None) -> frozenset[str]:
    """The API keys given: one on the command line, or one per line of a file."""
    keys = set()
    if api_key is not None and not api_key.strip():
        raise UserError("--api-key is empty; give a key that requests must send.")
    if api_key:
        keys.add(api_key.strip())
    if key_file is not None:
        try:
            lines = key_file.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise UserError(f"Cannot read the key file {key_file}: {error.strerror}.") from None
        keys.update(line.strip() for line in lines if line.strip())
        if not keys:
            raise UserError(f"The key file {key_file} holds no key; put one key per line.")
    return frozenset(keys)


def check_open(host: str, settings: ServerSettings) -> None:
    """Refuse to listen beyond this computer without a key."""
    if not is_local(host) and not settings.api_keys:
        raise UserError(
            f"--host {host} lets other computers use your models; give an --api-key KEY "
            "(or --api-key-file FILE) that their requests must send."
        )


def check_port(host: str, port: int, what_to_do: str = "choose another --port") -> None:
    """One sentence, before anything starts, when the port is taken or the host is not one of
    this computer's addresses."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except (socket.gaierror, UnicodeError) as error:
            raise UserError(
                f"--host {host} is not an address or name this computer knows "
                f"({getattr(error, 'strerror', None) or error}); use 127.0.0.1, 0.0.0.0 or one "
                "of its own addresses."
            ) from None
        except OSError as error:
            if error.errno == errno.EADDRNOTAVAIL:
                raise UserError(
                    f"--host {host} is not an address of this computer; use 127.0.0.1, "
                    "0.0.0.0 or one of its own addresses."
                ) from None
            raise UserError(
                f"Cannot listen on {host}:{port} ({error.strerror}); another program (or "
                f"another s2s-desktop serve) uses it: {what_to_do}."
            ) from None


class ServerThread:
    """The server in a background thread; ``start`` returns its address, ``stop`` ends it."""

    def __init__(
        self,
        pool: ModelPool,
        settings: ServerSettings | None = None,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        what_to_do: str = "choose another --port",
    ) -> None:
        import uvicorn

        settings = settings or ServerSettings()
        check_open(host, settings)
        if port:
            check_port(host, port, what_to_do)
        self.host = host
        self.app = create_app(pool, settings)
        config = uvicorn.Config(self.app, host=host, port=port, log_level="warning")
        self.server = uvicorn.Server(config)
        # The server answers programs in English, also inside a window that speaks another
        # language: its tasks and worker threads inherit this context (engine.wording).
        self.thread = threading.Thread(target=self._serve, name="s2s-serve", daemon=True)
        # Set when the thread ends. Waited on instead of ``thread.join()``: a Ctrl+C that
        # interrupts a join marks the thread stopped while it still runs (CPython 3.11).
        self.ended = threading.Event()

    def _serve(self) -> None:
        try:
            with in_english():
                self.server.run()
        finally:
            self.ended.set()

    def start(self, timeout: float = 30.0) -> str:
        """Start listening; the address, e.g. http://127.0.0.1:5000."""
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise UserError(f"The server could not start on {self.host}.")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{port}"

    def wait(self) -> None:
        """Wait until the server ends (a Ctrl+C raises KeyboardInterrupt here, harmlessly).
        In short waits: a signal the kernel hands to another thread never wakes a wait without
        a timeout, and Python runs its handler only once this thread runs again (a Ctrl+C was
        lost now and then)."""
        while not self.ended.wait(timeout=0.2):
            pass

    def stop(self) -> None:
        """Stop taking requests, finish those running, free the models and delete the
        translated files, also when the wait is cut short (a second Ctrl+C)."""
        self.server.should_exit = True
        try:
            if self.thread.ident is not None:
                self.ended.wait(timeout=30)
        finally:
            self.app.state.close()
