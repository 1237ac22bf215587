"""What the real JDMA server does that the happy path does not show (issue 18), through both surfaces.

Django's debug 500 is a text/plain report when the request accepts JSON (the clients say `Accept:
application/json`) and an HTML page otherwise, both a few KB: the error message keeps a short gist, the
exception's `body` the whole page. Dates may carry `+00:00` and drop zero microseconds. `jdma_lib` results
carry what code written for `requests.Response` reads.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sciclients import errors
from sciclients.jdma import Jdma, jdma_lib

from tests.support.jdma_fake import MOUNT, FakeJdma, _django_debug_500

CRASH = ("KeyError", "'registered_date'")
GIST = f"KeyError at {MOUNT}migration/: 'registered_date'"


@pytest.fixture()
def lib(fake: FakeJdma) -> Iterator[FakeJdma]:
    jdma_lib.use_client(Jdma(base_url=fake.url, max_retries=0))
    yield fake
    jdma_lib.use_client(None)


def test_the_fake_answers_a_crash_by_accept_header(fake: FakeJdma) -> None:
    fake.crashes["migration/"] = CRASH
    with httpx.Client() as raw:
        as_json = raw.get(fake.url + "/migration/?name=alice", headers={"Accept": "application/json"})
        as_any = raw.get(fake.url + "/migration/?name=alice")
    assert as_json.status_code == as_any.status_code == 500
    assert as_json.headers["content-type"].startswith("text/plain") and as_json.text.startswith(GIST.split(":")[0])
    assert as_any.headers["content-type"].startswith("text/html") and "exception_value" in as_any.text
    assert len(as_json.text) > 2000 and len(as_any.text) > 2000


def test_a_debug_500_gives_a_short_message_and_keeps_the_whole_page(jdma: Jdma, fake: FakeJdma) -> None:
    fake.crashes["migration/"] = CRASH
    with pytest.raises(errors.InternalServerError) as caught:
        jdma.batches.get(7)
    assert fake.requests[-1].headers["accept"] == "application/json"
    assert caught.value.server_message == GIST
    assert isinstance(caught.value.body, str) and len(caught.value.body) > 2000
    assert caught.value.body.startswith("KeyError at") and "Traceback (most recent call last)" in caught.value.body


def test_the_html_debug_page_gives_the_same_gist(jdma: Jdma, fake: FakeJdma) -> None:
    page, ctype = _django_debug_500(*CRASH, MOUNT + "migration/", "text/html")
    fake.faults["migration/"] = [(500, page.decode(), {"Content-Type": ctype})]
    with pytest.raises(errors.InternalServerError) as caught:
        jdma.batches.get(7)
    assert caught.value.server_message == GIST and len(str(caught.value.body)) > 2000


def test_an_unknown_long_page_is_cut_to_an_excerpt(jdma: Jdma, fake: FakeJdma) -> None:
    fake.faults["migration/"] = [(502, "upstream failed " + "x" * 5000, {"Content-Type": "text/plain"})]
    with pytest.raises(errors.APIStatusError) as caught:
        jdma.batches.get(7)
    assert caught.value.server_message.startswith("upstream failed") and len(caught.value.server_message) <= 300


def test_jdma_lib_returns_the_crash_with_its_headers_and_whole_text(lib: FakeJdma) -> None:
    lib.crashes["migration/"] = CRASH
    response = jdma_lib.get_batch("alice", 7)
    assert response.status_code == 500 and not response.ok and not response
    assert response.reason == "Internal Server Error"
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.text.startswith("KeyError at") and len(response.text) > 2000
    assert response.url == lib.url + "/migration/?name=alice&migration_id=7"
    with pytest.raises(errors.InternalServerError) as caught:
        response.raise_for_status()
    assert caught.value.server_message == GIST


def test_legacy_responses_have_what_requests_users_read(lib: FakeJdma) -> None:
    found = jdma_lib.get_batch("alice", 7)
    assert found.status_code == 200 and found.ok and bool(found) and found.reason == "OK"
    assert found.url == lib.url + "/migration/?name=alice&migration_id=7"
    assert found.headers["content-type"] == "application/json" and "Content-Length" in found.headers
    assert found.json()["migration_id"] == 7 and found.content == found.text.encode()
    found.raise_for_status()
    missing = jdma_lib.get_batch("alice", 999)
    assert missing.status_code == 404 and not missing and missing.reason == "Batch not found."
    assert missing.url == lib.url + "/migration/?name=alice&migration_id=999"
    assert missing.headers["content-type"] == "application/json" and missing.json()["error"] == "Batch not found."
    with pytest.raises(errors.NotFoundError):
        missing.raise_for_status()


@pytest.mark.parametrize("stamp", ["2024-11-20T10:02:11+00:00", "2024-11-20T10:02:11.254311+00:00",
                                   "2024-11-20T10:02:11", "2024-11-20T10:02:11.254311"])  # fmt: skip
def test_dates_with_an_offset_or_without_microseconds_decode(jdma: Jdma, lib: FakeJdma, stamp: str) -> None:
    lib.batches[7]["registered_date"] = stamp
    lib.jobs[4]["date"] = stamp
    assert jdma.batches.get(7).registered_date == stamp
    assert jdma.requests.get(4).date == stamp
    assert jdma_lib.get_batch("alice", 7).json()["registered_date"] == stamp
    assert jdma_lib.get_request("alice", 4).json()["date"] == stamp
