#!/usr/bin/env python
"""500 sequential getTaskStatus calls through panda-client 2.2.0's Client and through sciclients.panda.Client,
against the same loopback server, in one run; prints medians per call and the ratio.

    python benchmarks/classic_client.py [--calls 500] [--rounds 3]

Not a test: timings depend on the machine. Both clients talk plain HTTP to 127.0.0.1 with an OIDC token from
the environment, so neither pays TLS; panda-client still opens a new connection for every call.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ANSWER = json.dumps({"success": True, "message": "", "data": "running"}).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        # One write per answer, so the server is not what is measured.
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s"
                         % (len(ANSWER), ANSWER))  # fmt: skip


def start_server() -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def per_call(fn, calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        status, output = fn(123)
        assert (status, output) == (0, "running"), (status, output)
    return (time.perf_counter() - started) / calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    server = start_server()
    url = f"http://127.0.0.1:{server.server_address[1]}/server/panda"
    os.environ.update({"PANDA_URL_SSL": url, "PANDA_URL": url, "PANDACACHE_URL": url, "PANDA_BEHIND_REAL_LB": "1"})
    os.environ.update({"PANDA_AUTH": "oidc", "PANDA_AUTH_VO": "atlas", "PANDA_AUTH_ID_TOKEN": "benchmark-token"})
    try:
        from pandaclient import Client as legacy
    except ImportError:
        print("panda-client is not installed: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    from sciclients.panda import Client as ours

    legacy_times, our_times = [], []
    for _ in range(args.rounds):  # interleaved, so both see the same machine load
        legacy_times.append(per_call(legacy.getTaskStatus, args.calls))
        our_times.append(per_call(ours.getTaskStatus, args.calls))
    legacy_ms, our_ms = statistics.median(legacy_times) * 1000, statistics.median(our_times) * 1000
    print(f"{args.calls} sequential getTaskStatus calls, median of {args.rounds} rounds, loopback HTTP")
    print(f"{'client':<34}{'ms/call':>10}")
    print(f"{'pandaclient.Client (2.2.0)':<34}{legacy_ms:>10.3f}")
    print(f"{'sciclients.panda.Client':<34}{our_ms:>10.3f}")
    print(f"ratio (panda-client / sciclients): {legacy_ms / our_ms:.2f}x")
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
