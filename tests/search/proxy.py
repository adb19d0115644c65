"""A TCP proxy in front of the Elasticsearch node that a test can stop, start or slow down: an outage it controls."""

import contextlib
import socket
import threading
import time
from urllib.parse import urlparse


class OutageProxy:
    def __init__(self, target_url: str):
        target = urlparse(target_url)
        self.target = (target.hostname, target.port or 9200)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self._listener = None
        self.delay = 0.0  # seconds each request waits before reaching the node: a slow cluster
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(32)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        """The node becomes unreachable: the listener closes and open connections are cut."""
        with self._lock:
            listener, self._listener = self._listener, None
            if listener:
                with contextlib.suppress(OSError):  # shutdown wakes the accepting thread; close alone does not
                    listener.shutdown(socket.SHUT_RDWR)
                listener.close()
            for connection in self._connections:
                _cut(connection)
            self._connections.clear()

    def _accept(self, listener) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                _cut(client)
                continue
            with self._lock:
                if self._listener is not listener:  # stopped while this connection was being made: cut it too
                    _cut(client)
                    _cut(upstream)
                    return
                self._connections.extend([client, upstream])
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _pipe(self, source, destination, slowed: bool) -> None:
        try:
            while data := source.recv(65536):
                if slowed and self.delay:
                    time.sleep(self.delay)
                destination.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, destination):
                with contextlib.suppress(OSError):
                    end.close()


def _cut(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
    connection.close()
