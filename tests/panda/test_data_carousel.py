"""panda.data_carousel against the loopback PanDA: wire requests, typed results, checks, errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sciclients import errors
from sciclients._generated.panda_api.models import StagingOperationResult
from sciclients.panda import AsyncPanda, Panda, PandaAPIError

from tests.support.panda_fake import Failure, FakePanda

DATASET = "mc20_13TeV:mc20_13TeV.700449.merge.AOD.e8351_tid36179107_00"
ASYNC_ID = "9b2e7f10-4c3d-4e5f-a6b7-c8d9e0f1a2b3"


def sent(fake: FakePanda, path: str) -> dict[str, Any]:
    request = fake.requests[-1]
    assert request.method == "POST"
    assert request.path == f"/api/v1/data_carousel/{path}"
    assert request.query == {}
    assert request.headers["content-type"] == "application/json"
    body: dict[str, Any] = json.loads(request.body)
    return body


def test_change_staging_destination(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["change_staging_destination"] = lambda args, rec: {
        "request_id": args["request_id"], "new_request_id": 456, "dataset": DATASET,
    }  # fmt: skip
    result = prod_panda.data_carousel.change_staging_destination(request_id=123)
    assert sent(fake, "change_staging_destination") == {"request_id": 123}
    assert isinstance(result, StagingOperationResult)
    assert (result.request_id, result.new_request_id, result.dataset) == (123, 456, DATASET)


def test_change_staging_source_with_options(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["change_staging_source"] = lambda args, rec: {
        "request_id": 123, "dataset": DATASET, "source_rse": args["source_rse"], "ddm_rule_id": "0a1b",
    }  # fmt: skip
    result = prod_panda.data_carousel.change_staging_source(
        dataset=DATASET, cancel_fts=True, change_src_expr=False, source_rse="CERN-PROD_TAPE"
    )
    assert sent(fake, "change_staging_source") == {
        "dataset": DATASET, "cancel_fts": True, "change_src_expr": False, "source_rse": "CERN-PROD_TAPE",
    }  # fmt: skip
    assert (result.source_rse, result.ddm_rule_id) == ("CERN-PROD_TAPE", "0a1b")


def test_change_staging_source_leaves_unset_options_off(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["change_staging_source"] = lambda args, rec: {"request_id": 7, "source_rse": None}
    result = prod_panda.data_carousel.change_staging_source(request_id=7, source_rse=None)
    assert sent(fake, "change_staging_source") == {"request_id": 7, "source_rse": None}
    assert result.source_rse is None


def test_force_to_staging_by_dataset(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["force_to_staging"] = lambda args, rec: {
        "request_id": 123, "dataset": args["dataset"], "status": "staging", "ddm_rule_id": "0a1b",
    }  # fmt: skip
    result = prod_panda.data_carousel.force_to_staging(dataset=DATASET)
    assert sent(fake, "force_to_staging") == {"dataset": DATASET}
    assert (result.request_id, result.status) == (123, "staging")


def test_retire_unused_request_id_wins_null_dataset(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["retire_unused_staging_request"] = lambda args, rec: {
        "request_id": 123, "dataset": DATASET, "status": "retired", "ddm_rule_id": None,
    }  # fmt: skip
    result = prod_panda.data_carousel.retire_unused(request_id=123, dataset=None)
    assert sent(fake, "retire_unused") == {"request_id": 123, "dataset": None}
    assert result.status == "retired"
    assert result.ddm_rule_id is None


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("submit_change_staging_destination", "submit_change_staging_destination", "submit_change_staging_destination"),
        ("submit_force_to_staging", "submit_force_to_staging", "submit_force_to_staging"),
        ("submit_retire_unused", "submit_retire_unused", "submit_retire_unused_staging_request"),
    ],
)
def test_submit_returns_async_id(fake: FakePanda, prod_panda: Panda, method: str, path: str, operation_id: str) -> None:
    fake.handlers[operation_id] = lambda args, rec: {"async_id": ASYNC_ID}
    async_id = getattr(prod_panda.data_carousel, method)(request_id=5, dataset=DATASET)
    assert sent(fake, path) == {"request_id": 5, "dataset": DATASET}
    assert async_id == ASYNC_ID


def test_submit_change_staging_source(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["submit_change_staging_source"] = lambda args, rec: {"async_id": ASYNC_ID}
    async_id = prod_panda.data_carousel.submit_change_staging_source(dataset=DATASET, change_src_expr=True)
    assert sent(fake, "submit_change_staging_source") == {"dataset": DATASET, "change_src_expr": True}
    assert async_id == ASYNC_ID


@pytest.mark.parametrize(
    ("kwargs", "exc", "text"),
    [
        ({}, ValueError, "request_id or dataset"),
        ({"request_id": None, "dataset": None}, ValueError, "request_id or dataset"),
        ({"request_id": "123"}, TypeError, "request_id must be an int, got str '123'"),
        ({"request_id": 0}, ValueError, "request_id must be >= 1"),
        ({"request_id": True}, TypeError, "request_id must be an int"),
        ({"dataset": ""}, ValueError, "dataset must not be empty"),
        ({"dataset": 5}, TypeError, "dataset must be a str"),
        ({"request_id": 1, "cancel_fts": "yes"}, TypeError, "cancel_fts must be a bool"),
        ({"request_id": 1, "change_src_expr": 1}, TypeError, "change_src_expr must be a bool"),
        ({"request_id": 1, "source_rse": ""}, ValueError, "source_rse must not be empty"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    fake: FakePanda, prod_panda: Panda, kwargs: dict[str, Any], exc: type[Exception], text: str
) -> None:
    with pytest.raises(exc, match=text):
        prod_panda.data_carousel.submit_change_staging_source(**kwargs)
    with pytest.raises(exc, match=text):
        prod_panda.data_carousel.change_staging_source(**kwargs)
    assert fake.requests == []


def test_positional_arguments_are_refused(fake: FakePanda, prod_panda: Panda) -> None:
    with pytest.raises(TypeError):
        prod_panda.data_carousel.force_to_staging(123)  # type: ignore[call-arg]
    assert fake.requests == []


def test_unknown_request_is_not_found(fake: FakePanda, prod_panda: Panda) -> None:
    def handler(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("failed to get corresponding request")

    fake.handlers["force_to_staging"] = handler
    with pytest.raises(errors.NotFoundError, match="failed to get corresponding request") as caught:
        prod_panda.data_carousel.force_to_staging(request_id=999)
    assert caught.value.status_code == 200
    assert caught.value.server_message == "failed to get corresponding request"


def test_other_failure_is_panda_api_error(fake: FakePanda, prod_panda: Panda) -> None:
    def handler(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("failed to resubmit request_id=123 : no other destination")

    fake.handlers["change_staging_destination"] = handler
    with pytest.raises(PandaAPIError, match="no other destination"):
        prod_panda.data_carousel.change_staging_destination(request_id=123)


def test_submit_failure_raises(fake: FakePanda, prod_panda: Panda) -> None:
    def handler(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("failed to insert request into DB")

    fake.handlers["submit_force_to_staging"] = handler
    with pytest.raises(errors.OperationFailedError, match="failed to insert request into DB"):
        prod_panda.data_carousel.submit_force_to_staging(request_id=1)


def test_malformed_answer_is_a_validation_error(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["submit_force_to_staging"] = lambda args, rec: {"request_id": "not an async id"}
    with pytest.raises(errors.APIResponseValidationError):
        prod_panda.data_carousel.submit_force_to_staging(request_id=1)


def test_ordinary_user_lacks_the_production_role(fake: FakePanda, panda: Panda) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.data_carousel.retire_unused(request_id=1)
    assert fake.requests[-1].path == "/api/v1/data_carousel/retire_unused"


@pytest.mark.anyio
async def test_async_client(fake: FakePanda, apanda: AsyncPanda) -> None:
    fake.handlers["submit_force_to_staging"] = lambda args, rec: {"async_id": ASYNC_ID}
    fake.handlers["force_to_staging"] = lambda args, rec: {"request_id": 3, "status": "staging"}
    assert await apanda.data_carousel.submit_force_to_staging(request_id=3) == ASYNC_ID
    result = await apanda.data_carousel.force_to_staging(request_id=3)
    assert result.status == "staging"
    assert sent(fake, "force_to_staging") == {"request_id": 3}
