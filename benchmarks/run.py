#!/usr/bin/env python
"""Speed of the sciclients clients against their floors and the legacy clients, in one run, on 127.0.0.1 only.

    .venv/bin/python benchmarks/run.py [--rtt-ms 20] [--tls-max 1.3] [--quick]
                                       [--only wan,bulk,overhead,import,coldstart,regen]

Starts its own servers, each in its own process and on 127.0.0.1 only: a fast canned HTTP/1.1 server (plain,
and TLS with a CA and certificate made at start by the openssl command line) and TCP proxies adding a
round-trip time (default 20 ms; a new connection's bytes leave only one RTT after its connect, as a TCP
handshake costs on a WAN). Prints one Markdown table of medians, with each ratio next to its target, all
measured in this run:

  wan       200 sequential getTaskStatus, sciclients.panda.Client vs panda-client 2.2.0 (and raw httpx as the
            floor), TLS through the proxy, alternating call by call; and the proxy's own calibration (a socket
            round trip on an open connection, and a new connection's first round trip)
  bulk      2,000 task.get_status through AsyncPanda: AsyncPanda.gather (bounded concurrency) vs one at a time,
            TLS through the proxy; raw httpx.AsyncClient with the same concurrency as the floor; and
            AsyncPanda(transport="aiohttp") (the optional aiohttp transport) when it is installed
  overhead  per call on plain loopback, alternating call by call: each typed client vs raw httpx (sync and
            async), with stdlib http.client and a raw socket round trip as the floor
  import    `import sciclients` and each system's first import, as whole processes, vs `import httpx`
  coldstart a fresh process's time from start to its first answer (one call, printed), over plain http and https
            to the canned server: each typed client, the PanDA drop-in and the CLI against panda-client 2.2.0 and
            agavepy 0.9.5 (https only: it always speaks https), and each CLI one-shot against its library
  regen     scripts/generate.py and --check, on a scratch copy of specs/, scripts/ and generated/ (--root)

Not a test: timings depend on the machine and its load (shown with the table). Every loop is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import functools
import importlib
import json
import os
import platform
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


from _servers import Spawned, TLSFiles, http_answer, make_tls_files  # noqa: E402

TOKEN = "benchmark-token"
VO = "atlas"
JDMA_USER = "bench"
SECTIONS = ("wan", "bulk", "overhead", "import", "coldstart", "regen")

PANDA_BODY = json.dumps({"success": True, "message": "", "data": "running"}).encode()
JDMA_USER_BODY = json.dumps({"name": JDMA_USER, "email": "bench@example.org", "notify": True}).encode()
AGAVE_STATUS_BODY = json.dumps(
    {"status": "success", "message": None, "version": "2.2.27", "result": {"id": "j-1", "status": "RUNNING"}}
).encode()
ROUTES = [
    ("/api/v1/", http_answer(PANDA_BODY, "text/plain")),  # PanDA v1 (what panda-client 2.2.0 calls too)
    ("/jdma_control/api/v1/user", http_answer(JDMA_USER_BODY)),
    ("/poms/get_campaign_id", http_answer(b"891")),
    ("/jobs/v2/", http_answer(AGAVE_STATUS_BODY)),
]


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []

    def add(self, section: str, what: str, value: str, ratio: str = "", target: str = "", met: str = "") -> None:
        self.rows.append((section, what, value, ratio, target, met))
        print(f"  {section:<9}{what:<58}{value:>14}  {ratio:<22}{target:<10}{met}", file=sys.stderr, flush=True)

    def markdown(self) -> str:
        lines = ["| section | measurement | median | ratio | target | met |", "|---|---|---:|---|---|---|"]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms" if seconds < 0.01 else f"{seconds * 1000:.1f} ms"


def rotations(names: list[str], rounds: int) -> Iterator[str]:
    """The names, round after round, each round starting one further along: no variant always follows the
    same one (a new-connection client leaves teardown work behind that would slow whichever comes next)."""
    for i in range(rounds):
        k = i % len(names)
        yield from names[k:] + names[:k]


def interleaved_calls(variants: dict[str, Callable[[], object]], calls: int) -> dict[str, float]:
    """Median seconds per call of each variant, timing every call alone and alternating the variants call by
    call, so that all of them see the same machine load (the machine is shared)."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    clock = time.perf_counter
    for name in rotations(list(variants), calls):
        fn = variants[name]
        started = clock()
        fn()
        samples[name].append(clock() - started)
    return {name: statistics.median(values) for name, values in samples.items()}


async def interleaved_calls_async(variants: dict[str, Callable[[], Awaitable[object]]], calls: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in variants}
    clock = time.perf_counter
    for name in rotations(list(variants), calls):
        fn = variants[name]
        started = clock()
        await fn()
        samples[name].append(clock() - started)
    return {name: statistics.median(values) for name, values in samples.items()}


def interleaved(variants: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Median over rounds of each variant's measure; the variants alternate within each round."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for name in rotations(list(variants), rounds):
        samples[name].append(variants[name]())
    return {name: statistics.median(values) for name, values in samples.items()}


# -- WAN-like: the drop-in Client vs panda-client 2.2.0 over TLS through the latency proxy ---------------------
def socket_exchange(sock: socket.socket, request: bytes, expected: int, what: str) -> bytes:
    """Send one request and read an answer of `expected` bytes on a bare socket."""
    sock.sendall(request)
    data = b""
    while len(data) < expected:
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError(f"{what}: connection closed")
        data += chunk
    return data


def _proxy_calibration(port: int, rounds: int) -> tuple[float, float]:
    """Median seconds of a socket round trip through the proxy (plain server behind it) on an open connection,
    and of connect + first round trip on a new one: the RTT the proxy really adds, and its TCP handshake."""
    path = "/api/v1/task/get_status?task_id=1"
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    expected = len(dict(ROUTES)["/api/v1/"])

    def exchange(sock: socket.socket) -> None:
        socket_exchange(sock, request, expected, "proxy calibration")

    def new_connection() -> None:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            exchange(sock)

    with socket.create_connection(("127.0.0.1", port)) as kept:
        kept.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        medians = interleaved_calls({"open": lambda: exchange(kept), "new": new_connection}, max(rounds // 4, 10))
    return medians["open"], medians["new"]


def bench_wan(table: Table, args: argparse.Namespace, calibration: int | None = None) -> None:
    try:
        from pandaclient import Client as legacy
    except ImportError:
        table.add("wan", "panda-client 2.2.0 not installed (pip install -e '.[dev]')", "skipped")
        return
    from sciclients.panda import Client as ours

    def check(result: tuple[int, Any]) -> None:
        if result != (0, "running"):
            raise RuntimeError(f"unexpected answer {result!r}")

    import httpx

    floor = httpx.Client(verify=ssl.create_default_context(capath=os.environ["X509_CERT_DIR"]))
    url = os.environ["PANDA_URL_SSL"].replace("/server/panda", "/api/v1/task/get_status")
    headers = {"Accept": "application/json", "Authorization": f"Bearer {TOKEN}", "Origin": VO}

    def raw() -> None:
        check((0, floor.get(url, params={"task_id": "123"}, headers=headers).json()["data"]))

    for fn in (lambda: check(legacy.getTaskStatus(123)), lambda: check(ours.getTaskStatus(123)), raw):
        fn()  # fail early, and warm up all three
    medians = interleaved_calls(
        {
            "legacy": lambda: check(legacy.getTaskStatus(123)),
            "ours": lambda: check(ours.getTaskStatus(123)),
            "raw": raw,
        },
        args.wan_calls,
    )
    floor.close()
    what = f"{args.wan_calls} sequential getTaskStatus, TLS {args.tls_max}, RTT {args.rtt_ms:g} ms"
    if calibration is not None:
        open_rtt, first_rtt = _proxy_calibration(calibration, args.wan_calls)
        table.add("wan", f"proxy calibration: socket round trip, open connection (1 RTT of {args.rtt_ms:g} ms)",
                  ms(open_rtt))  # fmt: skip
        table.add("wan", "proxy calibration: connect + first round trip, new connection (2 RTT)", ms(first_rtt))
    table.add("wan", f"raw httpx.Client, one pool (floor): {what}", ms(medians["raw"]) + "/call")
    table.add("wan", f"pandaclient.Client 2.2.0: {what}", ms(medians["legacy"]) + "/call")
    ratio = medians["legacy"] / medians["ours"]
    table.add("wan", f"sciclients.panda.Client: {what}", ms(medians["ours"]) + "/call",
              f"{ratio:.2f}x faster", ">= 3x", verdict(ratio >= 3))  # fmt: skip


# -- bulk: AsyncPanda with bounded concurrency vs sequential, over the proxy -------------------------------------
def bench_bulk(table: Table, args: argparse.Namespace, url: str) -> None:
    from sciclients.panda import AsyncPanda

    ids = range(1, args.bulk_calls + 1)

    async def one_round(concurrent: bool, transport: str | None = None) -> float:
        extra = {"transport": transport} if transport else {}
        async with AsyncPanda(base_url=url, auth="oidc", token=TOKEN, vo=VO, **extra) as panda:
            await panda.task.get_status(1)  # connect and handshake outside the timing, as in a long-lived client
            started = time.perf_counter()
            if concurrent:
                results = await panda.gather((panda.task.get_status(t) for t in ids), limit=args.concurrency)
            else:
                results = [await panda.task.get_status(t) for t in ids]
            elapsed = time.perf_counter() - started
        if len(results) != args.bulk_calls or set(results) != {"running"}:
            raise RuntimeError("bulk: unexpected answers")
        return elapsed

    async def raw_round() -> float:
        """The floor: the same requests through one raw httpx.AsyncClient, same concurrency, no sciclients."""
        import httpx
        from sciclients._core._bulk import gather_limited

        headers = {"Accept": "application/json", "Authorization": f"Bearer {TOKEN}", "Origin": VO}
        context = ssl.create_default_context(capath=os.environ["X509_CERT_DIR"])
        async with httpx.AsyncClient(base_url=url, headers=headers, verify=context) as client:

            async def status(task_id: int) -> Any:
                response = await client.get("/api/v1/task/get_status", params={"task_id": str(task_id)})
                return response.json()["data"]

            await status(1)
            started = time.perf_counter()
            results = await gather_limited((status(t) for t in ids), limit=args.concurrency)
            elapsed = time.perf_counter() - started
        if len(results) != args.bulk_calls or set(results) != {"running"}:
            raise RuntimeError("bulk: unexpected answers")
        return elapsed

    variants: dict[str, Callable[[], float]] = {
        "seq": lambda: asyncio.run(one_round(False)),
        "raw": lambda: asyncio.run(raw_round()),
        "con": lambda: asyncio.run(one_round(True)),
    }
    try:
        importlib.import_module("sciclients._core._aiohttp")
        variants["aio"] = lambda: asyncio.run(one_round(True, "aiohttp"))
    except ImportError:
        table.add("bulk", "transport=\"aiohttp\": not installed (pip install 'sciclients[aiohttp]')", "skipped")
    medians = interleaved(variants, args.bulk_rounds)
    what = f"{args.bulk_calls} task.get_status via AsyncPanda, TLS {args.tls_max}, RTT {args.rtt_ms:g} ms"
    gather = f"gather(limit={args.concurrency})"
    table.add("bulk", f"{what}, sequential", f"{medians['seq']:.2f} s")
    ratio = medians["seq"] / medians["raw"]
    table.add("bulk", f"raw httpx.AsyncClient, same requests, {gather} (floor of httpx's own pool)",
              f"{medians['raw']:.2f} s", f"{ratio:.1f}x faster")  # fmt: skip
    ratio = medians["seq"] / medians["con"]
    table.add("bulk", f"{what}, AsyncPanda.{gather}", f"{medians['con']:.2f} s",
              f"{ratio:.1f}x faster", ">= 10x", verdict(ratio >= 10))  # fmt: skip
    if "aio" in medians:
        ratio = medians["seq"] / medians["aio"]
        table.add("bulk", f"{what}, AsyncPanda(transport=\"aiohttp\").{gather}",
                  f"{medians['aio']:.2f} s", f"{ratio:.1f}x faster", ">= 10x", verdict(ratio >= 10))  # fmt: skip


# -- per-call overhead on plain loopback -------------------------------------------------------------------------
def _raw_socket(port: int, path: str) -> Callable[[], bytes]:
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json\r\n\r\n".encode()
    expected = len(dict(ROUTES)["/api/v1/"])

    def call() -> bytes:
        return socket_exchange(sock, request, expected, "raw socket")

    return call


def _http_client(port: int, path: str) -> Callable[[], object]:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port)
    headers = {"Accept": "application/json", "Authorization": f"Bearer {TOKEN}", "Origin": VO}

    def call() -> object:
        conn.request("GET", path, headers=headers)
        return json.loads(conn.getresponse().read())

    return call


def _typed_systems(origin: str) -> dict[str, dict[str, Any]]:
    """Per system: how to build its sync/async typed client, the typed call, and the same request for httpx."""
    systems: dict[str, dict[str, Any]] = {
        "PanDA": {
            "module": "sciclients.panda",
            "sync": ("Panda", {"base_url": origin, "auth": "oidc", "token": TOKEN, "vo": VO}),
            "async": ("AsyncPanda", {"base_url": origin, "auth": "oidc", "token": TOKEN, "vo": VO}),
            "call": lambda client: client.task.get_status(1),
            "typed": "task.get_status(1)",
            "raw": ("GET", "/api/v1/task/get_status", {"params": {"task_id": "1"}, "headers": {
                "Accept": "application/json", "Authorization": f"Bearer {TOKEN}", "Origin": VO}}),
            "check": lambda value: value == "running",
        },
        "JDMA": {
            "module": "sciclients.jdma",
            "sync": ("Jdma", {"base_url": origin + "/jdma_control/api/v1", "user": JDMA_USER}),
            "async": ("AsyncJdma", {"base_url": origin + "/jdma_control/api/v1", "user": JDMA_USER}),
            "call": lambda client: client.user.get(),
            "typed": "user.get()",
            "raw": ("GET", "/jdma_control/api/v1/user", {"params": {"name": JDMA_USER},
                                                         "headers": {"Accept": "application/json"}}),
            "check": lambda value: getattr(value, "name", None) == JDMA_USER,
        },
        "POMS": {
            "module": "sciclients.poms",
            "sync": ("Poms", {"base_url": origin, "token": TOKEN, "experiment": "samdev"}),
            "async": ("AsyncPoms", {"base_url": origin, "token": TOKEN, "experiment": "samdev"}),
            "call": lambda client: client.campaigns.get_id("bench"),
            "typed": "campaigns.get_id('bench')",
            "raw": ("POST", "/poms/get_campaign_id", {
                "data": {"campaign_name": "bench", "experiment": "samdev", "role": "analysis"},
                "headers": {"Authorization": f"Bearer {TOKEN}"}}),
            "check": lambda value: value == 891,
        },
        "Agave": {
            "module": "sciclients.agave",
            "sync": ("Agave", {"base_url": origin, "token": TOKEN}),
            "async": ("AsyncAgave", {"base_url": origin, "token": TOKEN}),
            "call": lambda client: client.jobs.get_status("j-1"),
            "typed": "jobs.get_status('j-1')",
            "raw": ("GET", "/jobs/v2/j-1/status", {"headers": {"Authorization": f"Bearer {TOKEN}"}}),
            "check": lambda value: getattr(value, "status", None) == "RUNNING",
        },
    }  # fmt: skip
    return systems


def bench_overhead(table: Table, args: argparse.Namespace, port: int) -> None:
    import httpx

    origin = f"http://127.0.0.1:{port}"
    path = "/api/v1/task/get_status?task_id=1"
    variants: dict[str, Callable[[], object]] = {
        "socket": _raw_socket(port, path),
        "http.client": _http_client(port, path),
    }
    raw_sync = httpx.Client()
    available: dict[str, dict[str, Any]] = {}
    for name, spec in _typed_systems(origin).items():
        try:
            module = importlib.import_module(spec["module"])
            client = getattr(module, spec["sync"][0])(**spec["sync"][1])
        except Exception as exc:  # a system being written may not import yet: say so in the table
            table.add("overhead", f"{name}: {type(exc).__name__}: {exc}"[:80], "skipped")
            continue
        method, raw_path, request = spec["raw"]

        def raw(method: str = method, url: str = origin + raw_path, request: Any = request) -> object:
            return raw_sync.request(method, url, **request).json()

        def typed(client: Any = client, spec: dict[str, Any] = spec) -> object:
            return spec["call"](client)

        for fn in (raw, typed):  # connect, and check the answers before timing anything
            value = fn()
        if not spec["check"](value):
            raise RuntimeError(f"{name}: unexpected answer {value!r}")
        variants[f"{name} httpx"], variants[f"{name} typed"] = raw, typed
        available[name] = {**spec, "module": module, "client": client}
    sync = interleaved_calls(variants, args.overhead_calls)
    for spec in available.values():
        spec["client"].close()
    raw_sync.close()

    async def async_medians() -> dict[str, float]:
        async with httpx.AsyncClient() as raw_async:
            calls: dict[str, Callable[[], Awaitable[object]]] = {}
            clients = []
            for name, spec in available.items():
                client = getattr(spec["module"], spec["async"][0])(**spec["async"][1])
                clients.append(client)
                method, raw_path, request = spec["raw"]

                async def raw(method: str = method, url: str = origin + raw_path, request: Any = request) -> object:
                    return (await raw_async.request(method, url, **request)).json()

                calls[f"{name} httpx"] = raw
                calls[f"{name} typed"] = functools.partial(spec["call"], client)
            for fn in calls.values():
                await fn()
            try:
                return await interleaved_calls_async(calls, args.overhead_calls)
            finally:
                for client in clients:
                    await client.close()

    amedians = asyncio.run(async_medians())
    table.add("overhead", "raw socket round trip (floor)", ms(sync["socket"]) + "/call")
    table.add("overhead", "stdlib http.client, keep-alive (floor)", ms(sync["http.client"]) + "/call")
    for name, spec in available.items():
        for mode, medians, raw_name, typed_name in (
            ("sync", sync, "httpx.Client", spec["sync"][0]),
            ("async", amedians, "httpx.AsyncClient", spec["async"][0]),
        ):
            base, ours = medians[f"{name} httpx"], medians[f"{name} typed"]
            table.add("overhead", f"{name} {mode}: raw {raw_name} {spec['raw'][0]} + .json()", ms(base) + "/call")
            ratio = ours / base
            table.add("overhead", f"{name} {mode}: {typed_name}().{spec['typed']}", ms(ours) + "/call",
                      f"{ratio:.2f}x raw httpx", "<= 1.25x", verdict(ratio <= 1.25))  # fmt: skip


# -- whole processes --------------------------------------------------------------------------------------------
def fresh_process(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one process, from its start to its exit (its output is discarded)."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv)!r} failed")
    return elapsed, usage.ru_utime + usage.ru_stime


# -- import time as whole processes -----------------------------------------------------------------------------
def bench_import(table: Table, args: argparse.Namespace) -> None:
    snippets = {
        "python -c pass": "pass",
        "import httpx": "import httpx",
        "import sciclients": "import sciclients",
        "from sciclients.panda import Panda": "from sciclients.panda import Panda",
        "from sciclients.jdma import Jdma": "from sciclients.jdma import Jdma",
        "from sciclients.poms import Poms": "from sciclients.poms import Poms",
        "from sciclients.agave import Agave": "from sciclients.agave import Agave",
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    usable = {}
    for label, code in snippets.items():
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        if done.returncode == 0:
            usable[label] = code
        else:
            last = (done.stderr.strip().splitlines() or ["?"])[-1]
            table.add("import", f"{label}: fails ({last})"[:80], "skipped")

    cpu: dict[str, list[float]] = {label: [] for label in usable}

    def timed(label: str) -> float:
        elapsed, used = fresh_process([sys.executable, "-c", usable[label]], env)
        cpu[label].append(used)
        return elapsed

    medians = interleaved({label: functools.partial(timed, label) for label in usable}, args.import_repeats)
    cpu_medians = {label: statistics.median(values) for label, values in cpu.items()}
    base, cpu_base = medians["import httpx"], cpu_medians["import httpx"]
    for label, value in medians.items():
        shown = f"{ms(value)} (CPU {ms(cpu_medians[label])})"
        if label in ("python -c pass", "import httpx"):
            table.add("import", f"`{label}` (whole process)", shown)
            continue
        ratio, target = value / base, 1.2 if label == "import sciclients" else 1.6
        table.add("import", f"`{label}` (whole process)", shown,
                  f"{ratio:.2f}x import httpx (CPU {cpu_medians[label] / cpu_base:.2f}x)",
                  f"<= {target}x", verdict(ratio <= target))  # fmt: skip


# -- cold start: a fresh process's time to its first answer -----------------------------------------------------
_COLD_PANDA = {"panda-client 2.2.0": "from pandaclient import Client; print(Client.getTaskStatus(1))",
               "drop-in": "from sciclients.panda import Client; print(Client.getTaskStatus(1))",
               "Panda": "from sciclients.panda import Panda; print(Panda().task.get_status(1))"}  # fmt: skip
_COLD_OTHERS = {
    "Jdma": "from sciclients.jdma import Jdma; print(Jdma(base_url={url!r} + '/jdma_control/api/v1').user.get().name)",
    "Poms": "from sciclients.poms import Poms; print(Poms(base_url={url!r}, token={t!r}).campaigns.get_id('bench'))",
    "Agave": "from sciclients.agave import Agave; print(Agave(base_url={url!r}, token={t!r}).jobs.get_status('j-1'))",
    "agavepy 0.9.5": "from agavepy.agave import Agave; "
                     "print(Agave(api_server={url!r}, token={t!r}, verify={v!r}).jobs.getStatus(jobId='j-1'))",
}  # fmt: skip
# (variant, the variant it is compared with, target ratio or None): the "done when", and context rows.
_COLD_RATIOS = [
    ("drop-in", "panda-client 2.2.0", 1.0), ("Panda", "panda-client 2.2.0", 1.0),
    ("CLI panda", "Panda", 1.3), ("Agave", "agavepy 0.9.5", 1.0), ("CLI agave", "Agave", 1.3),
    ("Jdma", "Panda", None), ("Poms", "Panda", None), ("Panda, SSL_CERT_FILE set", "panda-client 2.2.0", None),
]  # fmt: skip
_GRID_VARIANTS = ("panda-client 2.2.0", "drop-in", "Panda", "Poms", "CLI panda")  # trust the CA via X509_CERT_DIR


def trust_bundle(tls_folder: Path) -> Path:
    """The system CAs plus the benchmark's CA in one file (SSL_CERT_FILE, OpenSSL's default store; agavepy's
    `verify`): the clients trust the loopback server and load as many CAs as in production (a file with only
    the benchmark's CA would make loading the CAs look free)."""
    system = Path(ssl.get_default_verify_paths().cafile or "")
    if not system.is_file():
        import certifi

        system = Path(certifi.where())
    bundle = tls_folder / "bundle.pem"
    bundle.write_bytes(system.read_bytes() + b"\n" + (tls_folder / "ca.pem").read_bytes())
    return bundle


def coldstart_variants(
    url: str, scratch: Path, tls: TLSFiles | None, bundle: Path | None
) -> dict[str, tuple[list[str], dict[str, str]]]:
    """label -> (argv, environment) of each one-shot program against `url`: one request, its answer printed.

    Over https the PanDA and POMS clients get the CA directory grid users have (X509_CERT_DIR) and OpenSSL's
    default system CAs, as in production; panda-client then trusts only that directory, while sciclients also
    keeps the system CAs trusted. The others get `bundle` (SSL_CERT_FILE, or agavepy's `verify`); so does one
    more `Panda` row, to show what a bundle chosen by SSL_CERT_FILE costs (it is loaded as it is)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PANDA", "X509_", "TAPIS_", "SSL_"))}
    env.update({
        "PANDA_URL_SSL": url + "/server/panda", "PANDA_URL": url + "/server/panda", "PANDACACHE_URL": url,
        "PANDA_BEHIND_REAL_LB": "1", "PANDA_AUTH": "oidc", "PANDA_AUTH_VO": VO, "PANDA_AUTH_ID_TOKEN": TOKEN,
        "PANDA_CONFIG_ROOT": str(scratch / "pandacfg"),
        "TAPIS_BASE_URL": url, "TAPIS_TOKEN": TOKEN, "AGAVE_CACHE_DIR": str(scratch / "agavecache"),
        "JDMA_USER": JDMA_USER, "EXPERIMENT": "samdev",
    })  # fmt: skip
    grid_env = env
    if tls is not None and bundle is not None:
        grid_env = {**env, "X509_CERT_DIR": str(tls.ca_dir)}
        env = {**grid_env, "SSL_CERT_FILE": str(bundle)}
    python = [sys.executable, "-c"]
    variants = {label: ([*python, code], env) for label, code in _COLD_PANDA.items()}
    if bundle is not None:
        variants["Panda, SSL_CERT_FILE set"] = ([*python, _COLD_PANDA["Panda"]], env)
    for label, code in _COLD_OTHERS.items():
        if label == "agavepy 0.9.5" and url.startswith("http:"):
            continue  # agavepy 0.9.5 always speaks https to its server (the base paths of its resource files)
        variants[label] = ([*python, code.format(url=url, t=TOKEN, v=str(bundle) if bundle else True)], env)
    command = Path(sys.executable).with_name("sciclients")  # the console script, as users run it
    variants["CLI panda"] = ([str(command), "panda", "task", "status", "1"], env)
    variants["CLI agave"] = ([str(command), "agave", "jobs", "status", "j-1"], env)
    return {label: (argv, grid_env if label in _GRID_VARIANTS else own) for label, (argv, own) in variants.items()}


def bench_coldstart(table: Table, args: argparse.Namespace, http_url: str, https_url: str, tls: TLSFiles,
                    scratch: Path) -> None:  # fmt: skip
    bundle = trust_bundle(tls.folder)
    bare = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    runs: dict[str, tuple[list[str], dict[str, str]]] = {"python -c pass": ([sys.executable, "-c", "pass"], bare)}
    for scheme, url, files in (("http", http_url, None), ("https", https_url, tls)):
        variants = coldstart_variants(url, scratch, files, bundle if files else None)
        runs.update({f"{scheme} {label}": run for label, run in variants.items()})
    usable = {}
    for label, (argv, env) in runs.items():  # each once: it must work and print the expected answer
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
        expected = ("running", "RUNNING", JDMA_USER, "891")
        if done.returncode == 0 and (label == "python -c pass" or any(w in done.stdout for w in expected)):
            usable[label] = (argv, env)
        else:
            last = (done.stderr.strip().splitlines() or done.stdout.strip().splitlines() or ["?"])[-1]
            table.add("coldstart", f"{label}: fails ({last})"[:90], "skipped")
    cpu: dict[str, list[float]] = {label: [] for label in usable}

    def timed(label: str) -> float:
        elapsed, used = fresh_process(*usable[label])
        cpu[label].append(used)
        return elapsed

    medians = interleaved({label: functools.partial(timed, label) for label in usable}, args.coldstart_repeats)
    cpu_medians = {label: statistics.median(values) for label, values in cpu.items()}
    shown = {label: f"{ms(value)} (CPU {ms(cpu_medians[label])})" for label, value in medians.items()}
    table.add("coldstart", "`python -c pass` (floor)", shown.pop("python -c pass", "skipped"))
    for scheme in ("http", "https"):
        compared = {f"{scheme} {label}": (f"{scheme} {base}", target) for label, base, target in _COLD_RATIOS}
        for label in [name for name in medians if name.startswith(scheme + " ")]:
            what = f"{label.replace(' ', ': ', 1)}, start to first answer"
            base, target = compared.get(label, (None, None))
            if base is None or base not in medians:
                table.add("coldstart", what, shown[label])
                continue
            ratio, cpu_ratio = medians[label] / medians[base], cpu_medians[label] / cpu_medians[base]
            versus = base.split(" ", 1)[1]
            table.add("coldstart", what, shown[label], f"{ratio:.2f}x {versus} (CPU {cpu_ratio:.2f}x)",
                      f"<= {target}x" if target else "", verdict(ratio <= target) if target else "")  # fmt: skip


# -- regeneration -----------------------------------------------------------------------------------------------
def bench_regen(table: Table, args: argparse.Namespace) -> None:
    """generate.py and --check on a scratch copy (--root), so the work tree is never rewritten by a benchmark."""
    scratch = Path(tempfile.mkdtemp(prefix="sciclients-bench-regen-"))
    try:
        for name in ("specs", "scripts", "generated"):
            shutil.copytree(ROOT / name, scratch / name, ignore=shutil.ignore_patterns("__pycache__"))
        for name in (".spectral.yaml", "package.json"):
            if (ROOT / name).exists():
                shutil.copy2(ROOT / name, scratch / name)
        if (ROOT / "node_modules").is_dir():
            (scratch / "node_modules").symlink_to(ROOT / "node_modules")
        script = str(scratch / "scripts" / "generate.py")

        def timed(*extra: str) -> float:
            started = time.perf_counter()
            done = subprocess.run([sys.executable, script, "--root", str(scratch), *extra],
                                  capture_output=True, text=True)  # fmt: skip
            elapsed = time.perf_counter() - started
            if done.returncode != 0:
                raise RuntimeError(f"generate.py {' '.join(extra)} failed:\n{done.stdout}{done.stderr}")
            return elapsed

        medians = interleaved({"gen": timed, "check": lambda: timed("--check")}, args.regen_rounds)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    table.add("regen", "scripts/generate.py (all systems)", f"{medians['gen']:.1f} s", "", "<= 20 s",
              verdict(medians["gen"] <= 20))  # fmt: skip
    table.add("regen", "scripts/generate.py --check", f"{medians['check']:.1f} s", "", "<= 25 s",
              verdict(medians["check"] <= 25))  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rtt-ms", type=float, default=20.0, help="round trip added by the proxy (default 20)")
    parser.add_argument("--tls-max", choices=("1.2", "1.3"), default="1.3", help="highest TLS version (default 1.3)")
    parser.add_argument("--wan-calls", type=int, default=200)
    parser.add_argument("--bulk-calls", type=int, default=2000)
    parser.add_argument("--bulk-rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=20, help="bulk calls in flight (default 20)")
    parser.add_argument("--overhead-calls", type=int, default=2000, help="timed calls per variant (default 2000)")
    parser.add_argument("--import-repeats", type=int, default=15)
    parser.add_argument("--coldstart-repeats", type=int, default=7, help="fresh processes per variant (default 7)")
    parser.add_argument("--regen-rounds", type=int, default=3)
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {','.join(SECTIONS)}")
    parser.add_argument("--quick", action="store_true", help="small counts, one round: a smoke run, not a result")
    args = parser.parse_args()
    if args.quick:
        args.bulk_rounds = args.regen_rounds = 1
        args.wan_calls, args.bulk_calls, args.overhead_calls, args.import_repeats = 20, 200, 200, 3
        args.coldstart_repeats = 3
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    if unknown := set(only) - set(SECTIONS):
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    if shutil.which("openssl") is None and {"wan", "bulk", "coldstart"} & set(only):
        parser.error("the openssl command line is needed to make the TLS certificate (apt-get install openssl)")

    load_before = os.getloadavg()
    started = datetime.datetime.now(datetime.UTC)
    table = Table()
    scratch = Path(tempfile.mkdtemp(prefix="sciclients-bench-"))
    servers: list[Spawned] = []
    try:
        routes = scratch / "routes.json"
        routes.write_text(json.dumps([[prefix, answer.decode("latin-1")] for prefix, answer in ROUTES]))
        # Each server runs in its own process: the clients measured never share a GIL with them.
        plain = Spawned("canned", "--routes", str(routes))
        servers.append(plain)
        if {"wan", "bulk", "coldstart"} & set(only):
            tls = make_tls_files(scratch / "tls")
            secure = Spawned("canned", "--routes", str(routes), "--cert", str(tls.cert_file), "--key",
                             str(tls.key_file), "--tls-max", args.tls_max)  # fmt: skip
            servers.append(secure)
        if {"wan", "bulk"} & set(only):
            proxy = Spawned("proxy", "--upstream", str(secure.port), "--rtt-ms", str(args.rtt_ms))
            servers.append(proxy)
            plain_proxy = Spawned("proxy", "--upstream", str(plain.port), "--rtt-ms", str(args.rtt_ms))
            servers.append(plain_proxy)
            secure_url = f"https://127.0.0.1:{proxy.port}"
            # Both PanDA clients read these (panda-client at import): same server, same CA, same token.
            os.environ.update({
                "PANDA_URL_SSL": secure_url + "/server/panda", "PANDA_URL": secure_url + "/server/panda",
                "PANDACACHE_URL": secure_url + "/server/panda", "PANDA_BEHIND_REAL_LB": "1",
                "PANDA_AUTH": "oidc", "PANDA_AUTH_VO": VO, "PANDA_AUTH_ID_TOKEN": TOKEN,
                "PANDA_CONFIG_ROOT": str(scratch / "pandacfg"), "X509_CERT_DIR": str(tls.ca_dir),
            })  # fmt: skip
        for section in only:
            print(f"[{section}] ...", file=sys.stderr, flush=True)
            if section == "wan":
                bench_wan(table, args, plain_proxy.port)
            elif section == "bulk":
                bench_bulk(table, args, secure_url)
            elif section == "overhead":
                bench_overhead(table, args, plain.port)
            elif section == "import":
                bench_import(table, args)
            elif section == "coldstart":
                bench_coldstart(table, args, f"http://127.0.0.1:{plain.port}", f"https://127.0.0.1:{secure.port}",
                                tls, scratch)  # fmt: skip
            elif section == "regen":
                bench_regen(table, args)
    finally:
        for server in servers:
            server.close()
        shutil.rmtree(scratch, ignore_errors=True)
    load_after = os.getloadavg()
    elapsed = (datetime.datetime.now(datetime.UTC) - started).total_seconds()
    print(f"sciclients benchmarks, {started:%Y-%m-%d %H:%M} UTC, {elapsed:.0f} s")
    print(f"machine: {os.cpu_count()} cores, {platform.machine()}, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}; load average (1/5/15 min) before "
          f"{'/'.join(f'{x:.2f}' for x in load_before)}, after {'/'.join(f'{x:.2f}' for x in load_after)}")  # fmt: skip
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print()
    print(table.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
