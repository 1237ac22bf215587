"""Worker-node functions against the real server: the pilot's node and GPU reports (worker_node, worker_node_queue,
worker_node_gpus) and the metrics read back per site and per queue (worker_node_metrics, seeded here as the
metrics pipeline would)."""

from __future__ import annotations

import datetime

import pytest
from sciclients import errors
from sciclients.panda import PandaAPIError

from ._helpers import client, unique

CPU = "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz"


def test_worker_node_and_gpu_reports(panda_server):
    site, queue = unique("SCI_SITE_"), unique("SCI_WN_QUEUE_")
    with client(panda_server, "production") as prod:
        first = prod.pilot.update_worker_node(
            site, "wn1.sciclients.invalid", CPU, panda_queue=queue, n_logical_cpus=64, n_sockets=2,
            cores_per_socket=16, threads_per_core=2, cpu_architecture="x86_64", cpu_architecture_level="x86-64-v4",
            clock_speed=2100.0, total_memory=256000, total_local_disk=1000,
        )  # fmt: skip
        again = prod.pilot.update_worker_node(site, "wn1.sciclients.invalid", CPU, panda_queue=queue)
        gpu_new = prod.pilot.update_worker_node_gpu(
            site, "wn1.sciclients.invalid", "NVIDIA", "A100", 4, vram=80000, framework="CUDA",
            framework_version="12.2", driver_version="575.51",
        )  # fmt: skip
        gpu_known = prod.pilot.update_worker_node_gpu(
            site, "wn1.sciclients.invalid", "NVIDIA", "A100", 2, framework="CUDA", framework_version="12.4"
        )
    # server 1.0.4 reports a known node as inserted too (it refreshed last_seen)
    assert (first, again) == ("Inserted new worker node.", "Inserted new worker node.")
    assert (gpu_new, gpu_known) == ("Inserted new worker node GPU.", "Updated existing worker node GPU.")
    assert panda_server.sql(
        "SELECT n_logical_cpus, n_sockets, cores_per_socket, threads_per_core, cpu_architecture, clock_speed, "
        f"total_memory, total_local_disk, cpu_model_normalized FROM doma_panda.worker_node WHERE site = '{site}'"
    ) == [["64", "2", "16", "2", "x86_64", "2100.00", "256000", "1000", "INTEL XEON GOLD 6130"]]
    assert panda_server.sql(
        f"SELECT host_name, panda_queue FROM doma_panda.worker_node_queue WHERE site = '{site}'"
    ) == [["wn1.sciclients.invalid", queue]]
    assert panda_server.sql(
        "SELECT count, vram, framework, framework_version, driver_version FROM doma_panda.worker_node_gpus "
        f"WHERE site = '{site}'"
    ) == [["2", "80000", "CUDA", "12.4", "575.51"]]
    with client(panda_server, "user") as user, pytest.raises(errors.PermissionDeniedError) as caught:
        user.pilot.update_worker_node(site, "wn1.sciclients.invalid", CPU)
    assert caught.value.server_message == "production or pilot role required"


def test_worker_node_metrics_by_site_and_queue(panda_server):
    site, queue = unique("SCI_SITE_"), unique("SCI_WN_QUEUE_")
    panda_server.sql(
        f"INSERT INTO doma_panda.worker_node_queue VALUES ('{site}', 'wn1', '{queue}', now()); "
        "INSERT INTO doma_panda.worker_node_metrics VALUES "
        f"('{site}', 'wn1', (now() AT TIME ZONE 'UTC') - interval '1 hour', 'jobs', '{{\"n_running\": 3}}'), "
        f"('{site}', 'wn1', (now() AT TIME ZONE 'UTC') - interval '3 days', 'jobs', '{{\"n_running\": 9}}'), "
        f"('{site}', 'wn2', (now() AT TIME ZONE 'UTC') - interval '2 hours', 'workers', '{{\"n\": 1}}')"
    )
    with client(panda_server, "user") as panda:
        recent = panda.statistics.get_wn_metrics_by_site(site)
        older = panda.statistics.get_wn_metrics_by_site(site, host="wn1", key="jobs", days=5)
        by_queue = panda.statistics.get_wn_metrics_by_queue(queue)
        with pytest.raises(PandaAPIError) as caught:
            panda.statistics.get_wn_metrics_by_site(unique("SCI_NO_SITE_"))
    assert caught.value.server_message == "Database failure getting the worker node statistics"
    assert sorted(recent) == ["wn1", "wn2"]
    ((when, values),) = recent["wn1"]["jobs"]
    assert isinstance(when, datetime.datetime) and values == {"n_running": 3}
    assert recent["wn2"]["workers"][0][1] == {"n": 1}
    assert sorted(entry[1]["n_running"] for entry in older["wn1"]["jobs"]) == [3, 9]
    assert list(by_queue) == ["wn1"] and by_queue["wn1"]["jobs"][0][1] == {"n_running": 3}
