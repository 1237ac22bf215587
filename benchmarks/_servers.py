"""Loopback servers for the benchmarks: a fast canned HTTP/1.1 server (plain or TLS) and a latency proxy.

Everything listens on 127.0.0.1 only. The canned server answers from a table of path prefixes with
pre-built bytes, sets TCP_NODELAY and writes each answer with one `sendall`, so what is measured is the
client, not the server. The proxy adds a fixed round-trip time: half of it on each direction. A new
connection's bytes also may not leave before one round trip after the connect (the TCP handshake a real
WAN charges, which a loopback connect does not): on a WAN the client's connect() returns after one RTT,
and only then does its first byte start its half-RTT trip to the server.
"""

from __future__ import annotations

import asyncio
import collections
import os
import socket
import ssl
import subprocess
import threading
from pathlib import Path

__all__ = ["CannedServer", "LatencyProxy", "Spawned", "TLSFiles", "make_tls_files", "http_answer", "serve_forever"]

Route = tuple[str, bytes]  # (path prefix, whole HTTP answer)


def http_answer(body: bytes, content_type: str = "application/json") -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


_NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nnot found"


class CannedServer:
    """HTTP/1.1 keep-alive server on 127.0.0.1 answering canned bytes; one thread per connection."""

    def __init__(self, routes: list[Route], tls: ssl.SSLContext | None = None) -> None:
        self._routes = sorted(routes, key=lambda r: -len(r[0]))  # longest prefix first
        self._tls = tls
        self._sock = socket.create_server(("127.0.0.1", 0), backlog=1024)
        self.port: int = self._sock.getsockname()[1]
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="canned-accept", daemon=True)

    def __enter__(self) -> CannedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopped.set()
        self._sock.close()

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _answer(self, target: bytes) -> bytes:
        path = target.decode("latin-1")
        for prefix, answer in self._routes:
            if path.startswith(prefix):
                return answer
        return _NOT_FOUND

    def _serve(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            if self._tls is not None:
                conn = self._tls.wrap_socket(conn, server_side=True)
            buffer = b""
            while True:
                end = buffer.find(b"\r\n\r\n")
                while end < 0:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                    end = buffer.find(b"\r\n\r\n")
                head, buffer = buffer[:end], buffer[end + 4 :]
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(buffer) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                buffer = buffer[length:]
                target = head.split(b" ", 2)[1]
                conn.sendall(self._answer(target))
        except (OSError, ssl.SSLError, ValueError, IndexError):
            return
        finally:
            conn.close()


class LatencyProxy:
    """TCP proxy on 127.0.0.1 that adds `rtt` seconds of round trip to every exchange (asyncio, own thread)."""

    def __init__(self, upstream_port: int, rtt: float) -> None:
        self._upstream = upstream_port
        self._rtt = rtt
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="latency-proxy", daemon=True)
        self.port = 0
        self._server: asyncio.AbstractServer | None = None

    def __enter__(self) -> LatencyProxy:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the latency proxy did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=1024))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        accepted = self._loop.time()
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self._upstream)
        except OSError:
            client_w.close()
            return
        for writer in (client_w, server_w):
            writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        one_way = self._rtt / 2
        # The client's bytes may leave only once the emulated TCP handshake is over (one RTT after the
        # connect), and then still take their half RTT to reach the server.
        up = asyncio.ensure_future(self._pump(client_r, server_w, one_way, leave_after=accepted + self._rtt))
        down = asyncio.ensure_future(self._pump(server_r, client_w, one_way, leave_after=0.0))
        await asyncio.wait([up, down], return_when=asyncio.FIRST_COMPLETED)
        await asyncio.sleep(one_way)  # let delayed bytes in flight drain before closing
        for task in (up, down):
            task.cancel()
        for writer in (client_w, server_w):
            writer.close()

    async def _pump(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float, leave_after: float
    ) -> None:
        queue: collections.deque[tuple[float, bytes]] = collections.deque()
        scheduled = [False]

        def drain() -> None:
            now = self._loop.time()
            while queue and queue[0][0] <= now:
                writer.write(queue.popleft()[1])
            if queue:
                self._loop.call_at(queue[0][0], drain)
            else:
                scheduled[0] = False

        while True:
            data = await reader.read(65536)
            if not data:
                return
            deadline = max(self._loop.time(), leave_after) + delay
            queue.append((deadline, data))
            if not scheduled[0]:
                scheduled[0] = True
                self._loop.call_at(deadline, drain)


class TLSFiles:
    """A throw-away CA and a server certificate for 127.0.0.1, made with the openssl command line."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ca_dir = folder / "ca"  # hashed CA directory, as X509_CERT_DIR expects
        self.ca_file = folder / "ca.pem"
        self.cert_file = folder / "server.pem"
        self.key_file = folder / "server.key"

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def make_tls_files(folder: Path) -> TLSFiles:
    folder.mkdir(parents=True)
    files = TLSFiles(folder)
    ext = folder / "server.ext"
    ext.write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\n")

    def openssl(*args: str) -> str:
        done = subprocess.run(["openssl", *args], cwd=folder, capture_output=True, text=True, check=True)
        return done.stdout

    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    ca_ext = ("-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-x509", *ec, *ca_ext, "-keyout", "ca.key", "-out", "ca.pem", "-days", "1", "-subj", "/CN=bench CA")
    openssl("req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "1", "-extfile", "server.ext")  # fmt: skip
    files.ca_dir.mkdir()
    subject_hash = openssl("x509", "-hash", "-noout", "-in", "ca.pem").strip()
    (files.ca_dir / f"{subject_hash}.0").write_bytes(files.ca_file.read_bytes())
    return files


def serve_forever(argv: list[str] | None = None) -> int:
    """Run one server in this process (the benchmark starts each in its own process, so no GIL is shared).

    canned [--cert FILE --key FILE] | proxy --upstream PORT --rtt-ms MS; prints `port N` once listening,
    and stops when its standard input closes (the benchmark's end, or its death).
    """
    import argparse
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=("canned", "proxy"))
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--tls-max", choices=("1.2", "1.3"), default="1.3")
    parser.add_argument("--routes", help="JSON file: [[prefix, answer text], ...]")
    parser.add_argument("--upstream", type=int)
    parser.add_argument("--rtt-ms", type=float, default=20.0)
    args = parser.parse_args(argv)
    server: CannedServer | LatencyProxy
    if args.kind == "canned":
        routes = [(prefix, answer.encode("latin-1")) for prefix, answer in json.loads(Path(args.routes).read_text())]
        tls = None
        if args.cert:
            tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            tls.load_cert_chain(args.cert, args.key)
            if args.tls_max == "1.2":  # a TLS 1.2 server: the handshake takes two round trips instead of one
                tls.maximum_version = ssl.TLSVersion.TLSv1_2
        server = CannedServer(routes, tls)
    else:
        server = LatencyProxy(args.upstream, args.rtt_ms / 1000)
    with server:
        print(f"port {server.port}", flush=True)
        sys.stdin.read()  # until the parent closes the pipe
        sys.stdout.flush()
        os._exit(0)  # connections may still be open: leave without tearing them down one by one
    return 0


class Spawned:
    """One server of this module in a child process of the same interpreter; `close()` ends it."""

    def __init__(self, *args: str) -> None:
        import sys

        self.process = subprocess.Popen(
            [sys.executable, __file__, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # "" if the child died: no endless wait
        if not line.startswith("port "):
            self.close()
            raise RuntimeError(f"server {' '.join(args)} did not start")
        self.port = int(line.split()[1])

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


if __name__ == "__main__":
    raise SystemExit(serve_forever())
