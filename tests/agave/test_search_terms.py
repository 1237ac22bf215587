"""Search terms from Python keywords or agavepy's mapping: fields and operators checked, values formatted."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sciclients.agave._search import HISTORY_FIELDS, OPERATORS, from_keywords, from_mapping


def test_every_server_operator_is_accepted() -> None:
    assert OPERATORS == ("eq", "neq", "lt", "lte", "gt", "gte", "in", "nin", "like", "nlike", "rlike", "between",
                         "on", "before", "after")  # fmt: skip
    for op in OPERATORS:
        value = ["1", "2"] if op == "between" else "1"
        assert from_keywords({f"nodeCount__{op}": value}) == {
            "nodeCount" if op == "eq" else f"nodeCount.{op}": "1,2" if op == "between" else "1"}  # fmt: skip


def test_keywords_become_the_servers_field_spelling_and_values_are_formatted() -> None:
    when = datetime(2019, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert from_keywords({
        "execution_system": "tacc.stampede2.jdoe",
        "APPID__LIKE": "wc-*",
        "status__nin": ("FAILED", "KILLED"),
        "archive": True,
        "visible__neq": False,
        "created__between": [date(2019, 1, 1), when],
        "retries__gte": 2,
        "memoryPerNode__lt": 4.5,
    }) == {
        "executionSystem": "tacc.stampede2.jdoe",
        "appId.like": "wc-*",
        "status.nin": "FAILED,KILLED",
        "archive": "true",
        "visible.neq": "false",
        "created.between": "2019-01-01,2019-01-02T03:04:05+00:00",
        "retries.gte": "2",
        "memoryPerNode.lt": "4.5",
    }  # fmt: skip


def test_mappings_keep_their_keys_as_given() -> None:
    assert from_mapping({"Status.IN": ["RUNNING", "QUEUED"], "name": "x"}) == {"Status.IN": "RUNNING,QUEUED",
                                                                               "name": "x"}  # fmt: skip
    assert from_mapping({"ipaddress": "10.0.0.1"}, HISTORY_FIELDS) == {"ipaddress": "10.0.0.1"}


@pytest.mark.parametrize(
    ("terms", "exception", "words"),
    [
        ({"status.is": "RUNNING"}, ValueError, "unknown search operator 'is'"),
        ({"status.in": []}, ValueError, "at least one value"),
        ({"status.in": " "}, ValueError, "at least one value"),
        ({"owner": object()}, TypeError, "expected a str, number, bool or date"),
        ({"": "x"}, TypeError, "non-empty strings"),
        ({"archive.gt": "true"}, ValueError, "boolean field"),
    ],
)
def test_bad_terms(terms: dict, exception: type[Exception], words: str) -> None:
    with pytest.raises(exception, match=words):
        from_mapping(terms)


def test_a_mapping_must_be_a_mapping() -> None:
    with pytest.raises(TypeError, match="search must be a dict"):
        from_mapping([("status", "RUNNING")])
