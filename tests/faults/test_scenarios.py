"""Every row of the scenario table, blocking, asyncio and asyncio over aiohttp, against the loopback fault server.

Each must end in success or in the sciclients.errors class of its row with a message that says what
happened; nothing else may escape. The server counts deliveries: a non-idempotent call is never delivered
twice, an idempotent one exactly as often as the row says. Logs (DEBUG) and the exception's str/repr never
show a credential.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sciclients import errors

from .scenarios import SCENARIOS, Scenario
from .server import FaultServer, closed_port_url, short_body
from .systems import CALLS, STORAGE_SECRET, TOKEN, call

SECRETS = (TOKEN, STORAGE_SECRET)


def _params() -> list[object]:
    params = []
    for scenario in SCENARIOS:
        for mode in ("sync", "async", "aiohttp"):  # aiohttp: the asyncio client with transport="aiohttp"
            marks = [pytest.mark.xfail(strict=True, reason=scenario.xfail)] if scenario.xfail else []
            params.append(pytest.param(scenario, mode, id=f"{scenario.id}-{mode}", marks=marks))
    return params


@pytest.mark.parametrize(("scenario", "mode"), _params())
def test_scenario(
    scenario: Scenario, mode: str, server: FaultServer, other_host: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    c = CALLS[scenario.call]
    server.script(c.path, *scenario.actions(server.url, other_host.url), default=c.answer(server.url))
    url = closed_port_url() if scenario.refused else server.url
    if scenario.url is not None:
        url = scenario.url(url)

    outcome: BaseException | None = None
    result = None
    try:
        transport = {"transport": "aiohttp"} if mode == "aiohttp" else {}
        result = call(c, url, asynchronous=mode != "sync", times=scenario.times, invoke=scenario.invoke,
                      **scenario.options, **transport)  # fmt: skip
    except Exception as exc:
        # Only sciclients.errors may reach the caller, or the builtin error a row about bad input expects.
        if not isinstance(exc, errors.SciClientsError) and not (scenario.error and isinstance(exc, scenario.error)):
            raise
        outcome = exc

    if scenario.error is None:
        assert outcome is None, f"expected success, got {outcome!r}"
        assert (scenario.check or c.check)(result), f"unexpected result {result!r}"
    else:
        assert isinstance(outcome, scenario.error), f"expected {scenario.error.__name__}, got {outcome!r}"
        assert scenario.fragment in str(outcome), f"{scenario.fragment!r} not in {str(outcome)!r}"
        if isinstance(outcome, errors.APIError):
            assert outcome.method == c.method and outcome.url and c.path in outcome.url

    # Deliveries: the exact count of the row; never more than one for a non-idempotent call.
    delivered = server.arrivals(c.method, c.path)
    assert delivered == scenario.arrivals, server.counts
    if not c.idempotent:
        assert delivered <= 1
    assert other_host.arrivals() == 0, "a redirect was followed to another host"

    # No credential in the DEBUG logs of sciclients/httpx/httpcore, nor in the exception.
    shown = caplog.text + (f"{outcome}\n{outcome!r}" if outcome is not None else "")
    for secret in SECRETS:
        assert secret not in shown


def test_readme_lists_every_scenario() -> None:
    """tests/faults/README.md shows the table the suite plays (same rows, same outcomes)."""
    readme = (Path(__file__).parent / "README.md").read_text()
    for scenario in SCENARIOS:
        assert scenario.row in readme, f"README.md lacks the row {scenario.row}"
    assert len(SCENARIOS) >= 40


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_interrupted_download_to_a_path_leaves_no_file(mode: str, server: FaultServer, tmp_path: Path) -> None:
    """A download cut short raises and leaves neither the destination nor its `.part` file behind."""
    import asyncio

    from sciclients.agave import Agave, AsyncAgave

    c = CALLS["agave.jobs.download_output"]
    server.script(c.path, short_body())
    folder = tmp_path / "downloads"
    folder.mkdir()
    target = folder / "data.txt"
    with pytest.raises(errors.APIConnectionError, match="RemoteProtocolError"):
        if mode == "sync":
            with Agave(base_url=server.url, token=TOKEN, max_retries=2) as agave:
                agave.jobs.download_output("j-1", "out/data.txt", target)
        else:

            async def run() -> None:
                async with AsyncAgave(base_url=server.url, token=TOKEN, max_retries=2) as agave:
                    await agave.jobs.download_output("j-1", "out/data.txt", target)

            asyncio.run(run())
    assert list(folder.iterdir()) == []
    assert server.arrivals("GET", c.path) == 1  # bytes were written: not retried
