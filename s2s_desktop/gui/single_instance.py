"""One app per user: a second start hands its request ("translate-clipboard") to the first.

A desktop binds a global key to ``s2s-desktop --translate-clipboard``; that process must not
open a second window (and load a second model) but ask the running one, over a local socket
(a Unix socket, or a named pipe on Windows) named after the user.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000


def server_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (a container): one app for everyone
        user = "user"
    return f"s2s-desktop-{user}"


def send_to_running(message: str, name: str | None = None) -> bool:
    """Give ``message`` to the running app; False when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(message.encode("utf-8") + b"\n")
    sent = socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent


class InstanceServer(QObject):
    """Listens for other starts' messages.

    Signals:
        received(str): one message (a line) from another start.
    """

    received = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.name = name or server_name()
        if not self.server.listen(self.name) and not send_to_running("", self.name):
            QLocalServer.removeServer(self.name)  # nobody answers: left by an app that crashed
            self.server.listen(self.name)
        self.server.newConnection.connect(self._accept)

    @Slot()
    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
            if line:
                self.received.emit(line)

    def close(self) -> None:
        self.server.close()
