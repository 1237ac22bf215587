"""`panda.workflow` against the loopback PanDA-like server: bodies on the wire, the workflow ID, errors and
argument checks before any I/O."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sciclients import errors
from sciclients.panda import AsyncPanda, Panda, PandaAPIError

from tests.support.panda_fake import Failure, FakePanda

RAW_REQUEST = {
    "sourceURL": "https://pandacache.cern.ch:25443",
    "sandbox": "jobO.6f1dd1d4.tar.gz",
    "language": "cwl",
    "workflowSpecFile": "workflow.cwl",
    "workflowInputFile": "inputs.yaml",
    "outDS": "user.jdoe.mywf.20260118",
}
DEFINITION = {"workflow_name": "my_workflow", "root_inputs": {"input_ds": "mc23:mc23.EVNT"}, "steps": []}


def sent(fake: FakePanda) -> tuple[str, str, dict[str, list[str]], Any]:
    rec = fake.requests[-1]
    return rec.method, rec.path, rec.query, json.loads(rec.body) if rec.body else None


def record(seen: list[dict[str, Any]], args: dict[str, Any], result: Any) -> Any:
    """A handler body: note the arguments the server bound, answer `result`."""
    seen.append(args)
    return result


def test_submit_workflow_raw_request_sends_an_object(panda: Panda, fake: FakePanda) -> None:
    seen: list[dict[str, Any]] = []
    fake.handlers["submit_workflow_raw_request"] = lambda a, rec: record(seen, a, {"workflow_id": 42})
    assert panda.workflow.submit_workflow_raw_request(RAW_REQUEST) == 42
    assert sent(fake) == ("POST", "/api/v1/workflow/submit_workflow_raw_request", {}, {"params": RAW_REQUEST})
    assert seen == [{"params": RAW_REQUEST}]
    assert fake.requests[-1].headers["content-type"] == "application/json"


def test_submit_workflow_raw_request_accepts_json_text(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["submit_workflow_raw_request"] = lambda a, rec: {"workflow_id": 43}
    assert panda.workflow.submit_workflow_raw_request(json.dumps(RAW_REQUEST)) == 43
    assert sent(fake)[3] == {"params": RAW_REQUEST}


def test_submit_workflow(prod_panda: Panda, fake: FakePanda) -> None:
    fake.handlers["submit_workflow"] = lambda a, rec: {"workflow_id": 7}
    assert prod_panda.workflow.submit_workflow(DEFINITION) == 7
    assert sent(fake) == ("POST", "/api/v1/workflow/submit_workflow", {}, {"workflow_definition": DEFINITION})
    assert prod_panda.workflow.submit_workflow({"steps": []}) == 7  # workflow_name is optional
    assert sent(fake)[3] == {"workflow_definition": {"steps": []}}


@pytest.mark.parametrize(
    ("message", "error_class"),
    [
        ("Failed to submit workflow", PandaAPIError),
        ("Failed to parse params: Expecting value", PandaAPIError),
        ("SSL secure connection is required", errors.AuthenticationError),
    ],
)
def test_failures_map_to_typed_errors(
    panda: Panda, fake: FakePanda, message: str, error_class: type[Exception]
) -> None:
    def refuse(args: dict[str, Any], rec: Any) -> Any:
        raise Failure(message)

    fake.handlers["submit_workflow"] = refuse
    with pytest.raises(error_class, match=message) as info:
        panda.workflow.submit_workflow(DEFINITION)
    assert info.value.server_message == message  # type: ignore[attr-defined]


def test_an_answer_without_a_workflow_id_is_a_validation_error(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["submit_workflow_raw_request"] = lambda a, rec: {"id": 42}
    with pytest.raises(errors.APIResponseValidationError, match="documented shape"):
        panda.workflow.submit_workflow_raw_request(RAW_REQUEST)


class Weird:
    pass


BAD_INPUT: list[tuple[Callable[[Panda], Any], type[Exception], str]] = [
    (lambda p: p.workflow.submit_workflow_raw_request(["a"]), TypeError,  # type: ignore[arg-type]
     "params must be a dict or the JSON text of an object, got list"),
    (lambda p: p.workflow.submit_workflow_raw_request("{oops"), ValueError, "params is not valid JSON"),
    (lambda p: p.workflow.submit_workflow_raw_request('"text"'), ValueError,
     "params must be the JSON text of an object, got a JSON str"),
    (lambda p: p.workflow.submit_workflow_raw_request({"x": Weird()}), TypeError, "params must be JSON-serialisable"),
    (lambda p: p.workflow.submit_workflow(None), TypeError, "workflow_definition must be a dict"),  # type: ignore[arg-type]
    (lambda p: p.workflow.submit_workflow({"workflow_name": 5}), TypeError,
     r"workflow_definition\['workflow_name'\] must be a str"),
    (lambda p: p.workflow.submit_workflow({"workflow_name": " "}), ValueError,
     r"workflow_definition\['workflow_name'\] must not be empty"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "error", "message"), BAD_INPUT)
def test_bad_input_fails_before_any_io(
    panda: Panda, fake: FakePanda, call: Callable[[Panda], Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call(panda)
    assert fake.requests == []


@pytest.mark.anyio
async def test_async_client(apanda: AsyncPanda, fake: FakePanda) -> None:
    fake.handlers["submit_workflow"] = lambda a, rec: {"workflow_id": 9}
    assert await apanda.workflow.submit_workflow(DEFINITION) == 9
    assert sent(fake) == ("POST", "/api/v1/workflow/submit_workflow", {}, {"workflow_definition": DEFINITION})
    fake.handlers["submit_workflow_raw_request"] = lambda a, rec: (_ for _ in ()).throw(
        Failure("Failed to submit raw workflow request")
    )
    with pytest.raises(PandaAPIError, match="Failed to submit raw workflow request"):
        await apanda.workflow.submit_workflow_raw_request(RAW_REQUEST)
