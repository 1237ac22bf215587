from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_job_request_job_status import UpdateJobRequestJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateJobRequest")


@_attrs_define
class UpdateJobRequest:
    """
    Attributes:
        job_id (int): The PanDA job ID.
        job_status (UpdateJobRequestJobStatus): The new status (anything else is answered `Invalid job status`).
        job_output_report (str | Unset): The job output report (processed for finished/failed jobs). Default: ''.
        node (None | str | Unset): The worker node or slot (stored as modificationHost, up to 128 chars).
        cpu_consumption_time (int | None | Unset): CPU consumption time.
        cpu_consumption_unit (None | str | Unset): CPU consumption unit.
        scheduler_id (None | str | Unset): The scheduler ID, e.g. the Harvester instance.
        pilot_id (None | str | Unset): The pilot ID (up to 200 chars).
        site_name (None | str | Unset): The PanDA queue name.
        pilot_log (str | Unset): An excerpt of the pilot log. Default: ''.
        meta_data (str | Unset): The job metadata. Default: ''.
        cpu_conversion_factor (float | None | Unset): The CPU conversion factor (integer or float).
        trans_exit_code (int | None | Unset): The transformation exit code.
        pilot_error_code (int | None | Unset): The pilot error code.
        pilot_error_diag (None | str | Unset): The pilot error message (up to 500 chars).
        exe_error_code (int | None | Unset): The execution error code.
        exe_error_diag (None | str | Unset): The execution error message (up to 500 chars).
        pilot_timing (None | str | Unset): The pilot timings.
        start_time (None | str | Unset): The job start time, `%Y-%m-%d %H:%M:%S`.
        end_time (None | str | Unset): The job end time, `%Y-%m-%d %H:%M:%S`.
        n_events (int | None | Unset): The number of events.
        n_input_files (int | None | Unset): The number of input files.
        batch_id (None | str | Unset): The batch system ID (up to 80 chars).
        attempt_nr (int | None | Unset): The job attempt number.
        job_metrics (None | str | Unset): The job metrics (up to 500 chars).
        stdout (str | Unset): The standard output. Default: ''.
        job_sub_status (None | str | Unset): The job sub-status.
        core_count (int | None | Unset): The number of cores actually used.
        max_rss (float | None | Unset): Maximum RSS (integer or float).
        max_vmem (float | None | Unset): Maximum virtual memory (integer or float).
        max_swap (float | None | Unset): Maximum swap (integer or float).
        max_pss (float | None | Unset): Maximum PSS (integer or float).
        avg_rss (float | None | Unset): Average RSS (integer or float).
        avg_vmem (float | None | Unset): Average virtual memory (integer or float).
        avg_swap (float | None | Unset): Average swap (integer or float).
        avg_pss (float | None | Unset): Average PSS (integer or float).
        tot_rchar (float | None | Unset): Total characters read (integer or float; stored in kB).
        tot_wchar (float | None | Unset): Total characters written (integer or float; stored in kB).
        tot_rbytes (float | None | Unset): Total bytes read (integer or float; stored in kB).
        tot_wbytes (float | None | Unset): Total bytes written (integer or float; stored in kB).
        rate_rchar (float | None | Unset): Read rate in characters (integer or float; stored in kB).
        rate_wchar (float | None | Unset): Write rate in characters (integer or float; stored in kB).
        rate_rbytes (float | None | Unset): Read rate in bytes (integer or float; stored in kB).
        rate_wbytes (float | None | Unset): Write rate in bytes (integer or float; stored in kB).
        corrupted_files (None | str | Unset): Comma-separated list of corrupted files.
        mean_core_count (int | None | Unset): The mean core count (an integer literal; a float is rejected).
        cpu_architecture_level (None | str | Unset): The CPU architecture level, e.g. `x86-64-v3` (up to 20 chars).
        grid (None | str | Unset): The grid type.
        source_site (None | str | Unset): The source site name.
        destination_site (None | str | Unset): The destination site name.
        timeout (int | Unset): Timeout in seconds (accepted but not enforced by server 1.0.4). Default: 60.
    """

    job_id: int
    job_status: UpdateJobRequestJobStatus
    job_output_report: str | Unset = ""
    node: None | str | Unset = UNSET
    cpu_consumption_time: int | None | Unset = UNSET
    cpu_consumption_unit: None | str | Unset = UNSET
    scheduler_id: None | str | Unset = UNSET
    pilot_id: None | str | Unset = UNSET
    site_name: None | str | Unset = UNSET
    pilot_log: str | Unset = ""
    meta_data: str | Unset = ""
    cpu_conversion_factor: float | None | Unset = UNSET
    trans_exit_code: int | None | Unset = UNSET
    pilot_error_code: int | None | Unset = UNSET
    pilot_error_diag: None | str | Unset = UNSET
    exe_error_code: int | None | Unset = UNSET
    exe_error_diag: None | str | Unset = UNSET
    pilot_timing: None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    n_events: int | None | Unset = UNSET
    n_input_files: int | None | Unset = UNSET
    batch_id: None | str | Unset = UNSET
    attempt_nr: int | None | Unset = UNSET
    job_metrics: None | str | Unset = UNSET
    stdout: str | Unset = ""
    job_sub_status: None | str | Unset = UNSET
    core_count: int | None | Unset = UNSET
    max_rss: float | None | Unset = UNSET
    max_vmem: float | None | Unset = UNSET
    max_swap: float | None | Unset = UNSET
    max_pss: float | None | Unset = UNSET
    avg_rss: float | None | Unset = UNSET
    avg_vmem: float | None | Unset = UNSET
    avg_swap: float | None | Unset = UNSET
    avg_pss: float | None | Unset = UNSET
    tot_rchar: float | None | Unset = UNSET
    tot_wchar: float | None | Unset = UNSET
    tot_rbytes: float | None | Unset = UNSET
    tot_wbytes: float | None | Unset = UNSET
    rate_rchar: float | None | Unset = UNSET
    rate_wchar: float | None | Unset = UNSET
    rate_rbytes: float | None | Unset = UNSET
    rate_wbytes: float | None | Unset = UNSET
    corrupted_files: None | str | Unset = UNSET
    mean_core_count: int | None | Unset = UNSET
    cpu_architecture_level: None | str | Unset = UNSET
    grid: None | str | Unset = UNSET
    source_site: None | str | Unset = UNSET
    destination_site: None | str | Unset = UNSET
    timeout: int | Unset = 60

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        job_status = self.job_status.value

        job_output_report = self.job_output_report

        node: None | str | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        else:
            node = self.node

        cpu_consumption_time: int | None | Unset
        if isinstance(self.cpu_consumption_time, Unset):
            cpu_consumption_time = UNSET
        else:
            cpu_consumption_time = self.cpu_consumption_time

        cpu_consumption_unit: None | str | Unset
        if isinstance(self.cpu_consumption_unit, Unset):
            cpu_consumption_unit = UNSET
        else:
            cpu_consumption_unit = self.cpu_consumption_unit

        scheduler_id: None | str | Unset
        if isinstance(self.scheduler_id, Unset):
            scheduler_id = UNSET
        else:
            scheduler_id = self.scheduler_id

        pilot_id: None | str | Unset
        if isinstance(self.pilot_id, Unset):
            pilot_id = UNSET
        else:
            pilot_id = self.pilot_id

        site_name: None | str | Unset
        if isinstance(self.site_name, Unset):
            site_name = UNSET
        else:
            site_name = self.site_name

        pilot_log = self.pilot_log

        meta_data = self.meta_data

        cpu_conversion_factor: float | None | Unset
        if isinstance(self.cpu_conversion_factor, Unset):
            cpu_conversion_factor = UNSET
        else:
            cpu_conversion_factor = self.cpu_conversion_factor

        trans_exit_code: int | None | Unset
        if isinstance(self.trans_exit_code, Unset):
            trans_exit_code = UNSET
        else:
            trans_exit_code = self.trans_exit_code

        pilot_error_code: int | None | Unset
        if isinstance(self.pilot_error_code, Unset):
            pilot_error_code = UNSET
        else:
            pilot_error_code = self.pilot_error_code

        pilot_error_diag: None | str | Unset
        if isinstance(self.pilot_error_diag, Unset):
            pilot_error_diag = UNSET
        else:
            pilot_error_diag = self.pilot_error_diag

        exe_error_code: int | None | Unset
        if isinstance(self.exe_error_code, Unset):
            exe_error_code = UNSET
        else:
            exe_error_code = self.exe_error_code

        exe_error_diag: None | str | Unset
        if isinstance(self.exe_error_diag, Unset):
            exe_error_diag = UNSET
        else:
            exe_error_diag = self.exe_error_diag

        pilot_timing: None | str | Unset
        if isinstance(self.pilot_timing, Unset):
            pilot_timing = UNSET
        else:
            pilot_timing = self.pilot_timing

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        n_events: int | None | Unset
        if isinstance(self.n_events, Unset):
            n_events = UNSET
        else:
            n_events = self.n_events

        n_input_files: int | None | Unset
        if isinstance(self.n_input_files, Unset):
            n_input_files = UNSET
        else:
            n_input_files = self.n_input_files

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        attempt_nr: int | None | Unset
        if isinstance(self.attempt_nr, Unset):
            attempt_nr = UNSET
        else:
            attempt_nr = self.attempt_nr

        job_metrics: None | str | Unset
        if isinstance(self.job_metrics, Unset):
            job_metrics = UNSET
        else:
            job_metrics = self.job_metrics

        stdout = self.stdout

        job_sub_status: None | str | Unset
        if isinstance(self.job_sub_status, Unset):
            job_sub_status = UNSET
        else:
            job_sub_status = self.job_sub_status

        core_count: int | None | Unset
        if isinstance(self.core_count, Unset):
            core_count = UNSET
        else:
            core_count = self.core_count

        max_rss: float | None | Unset
        if isinstance(self.max_rss, Unset):
            max_rss = UNSET
        else:
            max_rss = self.max_rss

        max_vmem: float | None | Unset
        if isinstance(self.max_vmem, Unset):
            max_vmem = UNSET
        else:
            max_vmem = self.max_vmem

        max_swap: float | None | Unset
        if isinstance(self.max_swap, Unset):
            max_swap = UNSET
        else:
            max_swap = self.max_swap

        max_pss: float | None | Unset
        if isinstance(self.max_pss, Unset):
            max_pss = UNSET
        else:
            max_pss = self.max_pss

        avg_rss: float | None | Unset
        if isinstance(self.avg_rss, Unset):
            avg_rss = UNSET
        else:
            avg_rss = self.avg_rss

        avg_vmem: float | None | Unset
        if isinstance(self.avg_vmem, Unset):
            avg_vmem = UNSET
        else:
            avg_vmem = self.avg_vmem

        avg_swap: float | None | Unset
        if isinstance(self.avg_swap, Unset):
            avg_swap = UNSET
        else:
            avg_swap = self.avg_swap

        avg_pss: float | None | Unset
        if isinstance(self.avg_pss, Unset):
            avg_pss = UNSET
        else:
            avg_pss = self.avg_pss

        tot_rchar: float | None | Unset
        if isinstance(self.tot_rchar, Unset):
            tot_rchar = UNSET
        else:
            tot_rchar = self.tot_rchar

        tot_wchar: float | None | Unset
        if isinstance(self.tot_wchar, Unset):
            tot_wchar = UNSET
        else:
            tot_wchar = self.tot_wchar

        tot_rbytes: float | None | Unset
        if isinstance(self.tot_rbytes, Unset):
            tot_rbytes = UNSET
        else:
            tot_rbytes = self.tot_rbytes

        tot_wbytes: float | None | Unset
        if isinstance(self.tot_wbytes, Unset):
            tot_wbytes = UNSET
        else:
            tot_wbytes = self.tot_wbytes

        rate_rchar: float | None | Unset
        if isinstance(self.rate_rchar, Unset):
            rate_rchar = UNSET
        else:
            rate_rchar = self.rate_rchar

        rate_wchar: float | None | Unset
        if isinstance(self.rate_wchar, Unset):
            rate_wchar = UNSET
        else:
            rate_wchar = self.rate_wchar

        rate_rbytes: float | None | Unset
        if isinstance(self.rate_rbytes, Unset):
            rate_rbytes = UNSET
        else:
            rate_rbytes = self.rate_rbytes

        rate_wbytes: float | None | Unset
        if isinstance(self.rate_wbytes, Unset):
            rate_wbytes = UNSET
        else:
            rate_wbytes = self.rate_wbytes

        corrupted_files: None | str | Unset
        if isinstance(self.corrupted_files, Unset):
            corrupted_files = UNSET
        else:
            corrupted_files = self.corrupted_files

        mean_core_count: int | None | Unset
        if isinstance(self.mean_core_count, Unset):
            mean_core_count = UNSET
        else:
            mean_core_count = self.mean_core_count

        cpu_architecture_level: None | str | Unset
        if isinstance(self.cpu_architecture_level, Unset):
            cpu_architecture_level = UNSET
        else:
            cpu_architecture_level = self.cpu_architecture_level

        grid: None | str | Unset
        if isinstance(self.grid, Unset):
            grid = UNSET
        else:
            grid = self.grid

        source_site: None | str | Unset
        if isinstance(self.source_site, Unset):
            source_site = UNSET
        else:
            source_site = self.source_site

        destination_site: None | str | Unset
        if isinstance(self.destination_site, Unset):
            destination_site = UNSET
        else:
            destination_site = self.destination_site

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_id": job_id,
                "job_status": job_status,
            }
        )
        if job_output_report is not UNSET:
            field_dict["job_output_report"] = job_output_report
        if node is not UNSET:
            field_dict["node"] = node
        if cpu_consumption_time is not UNSET:
            field_dict["cpu_consumption_time"] = cpu_consumption_time
        if cpu_consumption_unit is not UNSET:
            field_dict["cpu_consumption_unit"] = cpu_consumption_unit
        if scheduler_id is not UNSET:
            field_dict["scheduler_id"] = scheduler_id
        if pilot_id is not UNSET:
            field_dict["pilot_id"] = pilot_id
        if site_name is not UNSET:
            field_dict["site_name"] = site_name
        if pilot_log is not UNSET:
            field_dict["pilot_log"] = pilot_log
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if cpu_conversion_factor is not UNSET:
            field_dict["cpu_conversion_factor"] = cpu_conversion_factor
        if trans_exit_code is not UNSET:
            field_dict["trans_exit_code"] = trans_exit_code
        if pilot_error_code is not UNSET:
            field_dict["pilot_error_code"] = pilot_error_code
        if pilot_error_diag is not UNSET:
            field_dict["pilot_error_diag"] = pilot_error_diag
        if exe_error_code is not UNSET:
            field_dict["exe_error_code"] = exe_error_code
        if exe_error_diag is not UNSET:
            field_dict["exe_error_diag"] = exe_error_diag
        if pilot_timing is not UNSET:
            field_dict["pilot_timing"] = pilot_timing
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if n_events is not UNSET:
            field_dict["n_events"] = n_events
        if n_input_files is not UNSET:
            field_dict["n_input_files"] = n_input_files
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if attempt_nr is not UNSET:
            field_dict["attempt_nr"] = attempt_nr
        if job_metrics is not UNSET:
            field_dict["job_metrics"] = job_metrics
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if job_sub_status is not UNSET:
            field_dict["job_sub_status"] = job_sub_status
        if core_count is not UNSET:
            field_dict["core_count"] = core_count
        if max_rss is not UNSET:
            field_dict["max_rss"] = max_rss
        if max_vmem is not UNSET:
            field_dict["max_vmem"] = max_vmem
        if max_swap is not UNSET:
            field_dict["max_swap"] = max_swap
        if max_pss is not UNSET:
            field_dict["max_pss"] = max_pss
        if avg_rss is not UNSET:
            field_dict["avg_rss"] = avg_rss
        if avg_vmem is not UNSET:
            field_dict["avg_vmem"] = avg_vmem
        if avg_swap is not UNSET:
            field_dict["avg_swap"] = avg_swap
        if avg_pss is not UNSET:
            field_dict["avg_pss"] = avg_pss
        if tot_rchar is not UNSET:
            field_dict["tot_rchar"] = tot_rchar
        if tot_wchar is not UNSET:
            field_dict["tot_wchar"] = tot_wchar
        if tot_rbytes is not UNSET:
            field_dict["tot_rbytes"] = tot_rbytes
        if tot_wbytes is not UNSET:
            field_dict["tot_wbytes"] = tot_wbytes
        if rate_rchar is not UNSET:
            field_dict["rate_rchar"] = rate_rchar
        if rate_wchar is not UNSET:
            field_dict["rate_wchar"] = rate_wchar
        if rate_rbytes is not UNSET:
            field_dict["rate_rbytes"] = rate_rbytes
        if rate_wbytes is not UNSET:
            field_dict["rate_wbytes"] = rate_wbytes
        if corrupted_files is not UNSET:
            field_dict["corrupted_files"] = corrupted_files
        if mean_core_count is not UNSET:
            field_dict["mean_core_count"] = mean_core_count
        if cpu_architecture_level is not UNSET:
            field_dict["cpu_architecture_level"] = cpu_architecture_level
        if grid is not UNSET:
            field_dict["grid"] = grid
        if source_site is not UNSET:
            field_dict["source_site"] = source_site
        if destination_site is not UNSET:
            field_dict["destination_site"] = destination_site
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")
        if not (isinstance(job_id, int) and not isinstance(job_id, bool) and -(2**63) <= job_id < 2**63):
            raise TypeError("job_id: expected a 64-bit integer, got " + type(job_id).__name__)

        job_status = UpdateJobRequestJobStatus(d.pop("job_status"))

        job_output_report = d.pop("job_output_report", UNSET)
        if not (isinstance(job_output_report, str)) and job_output_report is not UNSET:
            raise TypeError("job_output_report: expected a string, got " + type(job_output_report).__name__)

        def _parse_node(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                node_type_0 = data
                if not (isinstance(node_type_0, str)):
                    raise TypeError("node: expected a string, got " + type(node_type_0).__name__)

                return node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            node_type_1 = data
            if not (node_type_1 is None):
                raise TypeError("node: expected the documented type, got " + type(node_type_1).__name__)

            return node_type_1

        node = _parse_node(d.pop("node", UNSET))

        def _parse_cpu_consumption_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cpu_consumption_time_type_0 = data
                if not (
                    isinstance(cpu_consumption_time_type_0, int)
                    and not isinstance(cpu_consumption_time_type_0, bool)
                    and -(2**63) <= cpu_consumption_time_type_0 < 2**63
                ):
                    raise TypeError(
                        "cpu_consumption_time: expected a 64-bit integer, got "
                        + type(cpu_consumption_time_type_0).__name__
                    )

                return cpu_consumption_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cpu_consumption_time_type_1 = data
            if not (cpu_consumption_time_type_1 is None):
                raise TypeError(
                    "cpu_consumption_time: expected the documented type, got "
                    + type(cpu_consumption_time_type_1).__name__
                )

            return cpu_consumption_time_type_1

        cpu_consumption_time = _parse_cpu_consumption_time(d.pop("cpu_consumption_time", UNSET))

        def _parse_cpu_consumption_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cpu_consumption_unit_type_0 = data
                if not (isinstance(cpu_consumption_unit_type_0, str)):
                    raise TypeError(
                        "cpu_consumption_unit: expected a string, got " + type(cpu_consumption_unit_type_0).__name__
                    )

                return cpu_consumption_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cpu_consumption_unit_type_1 = data
            if not (cpu_consumption_unit_type_1 is None):
                raise TypeError(
                    "cpu_consumption_unit: expected the documented type, got "
                    + type(cpu_consumption_unit_type_1).__name__
                )

            return cpu_consumption_unit_type_1

        cpu_consumption_unit = _parse_cpu_consumption_unit(d.pop("cpu_consumption_unit", UNSET))

        def _parse_scheduler_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                scheduler_id_type_0 = data
                if not (isinstance(scheduler_id_type_0, str)):
                    raise TypeError("scheduler_id: expected a string, got " + type(scheduler_id_type_0).__name__)

                return scheduler_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            scheduler_id_type_1 = data
            if not (scheduler_id_type_1 is None):
                raise TypeError("scheduler_id: expected the documented type, got " + type(scheduler_id_type_1).__name__)

            return scheduler_id_type_1

        scheduler_id = _parse_scheduler_id(d.pop("scheduler_id", UNSET))

        def _parse_pilot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                pilot_id_type_0 = data
                if not (isinstance(pilot_id_type_0, str)):
                    raise TypeError("pilot_id: expected a string, got " + type(pilot_id_type_0).__name__)

                return pilot_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            pilot_id_type_1 = data
            if not (pilot_id_type_1 is None):
                raise TypeError("pilot_id: expected the documented type, got " + type(pilot_id_type_1).__name__)

            return pilot_id_type_1

        pilot_id = _parse_pilot_id(d.pop("pilot_id", UNSET))

        def _parse_site_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                site_name_type_0 = data
                if not (isinstance(site_name_type_0, str)):
                    raise TypeError("site_name: expected a string, got " + type(site_name_type_0).__name__)

                return site_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            site_name_type_1 = data
            if not (site_name_type_1 is None):
                raise TypeError("site_name: expected the documented type, got " + type(site_name_type_1).__name__)

            return site_name_type_1

        site_name = _parse_site_name(d.pop("site_name", UNSET))

        pilot_log = d.pop("pilot_log", UNSET)
        if not (isinstance(pilot_log, str)) and pilot_log is not UNSET:
            raise TypeError("pilot_log: expected a string, got " + type(pilot_log).__name__)

        meta_data = d.pop("meta_data", UNSET)
        if not (isinstance(meta_data, str)) and meta_data is not UNSET:
            raise TypeError("meta_data: expected a string, got " + type(meta_data).__name__)

        def _parse_cpu_conversion_factor(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cpu_conversion_factor_type_0 = data
                if not (
                    isinstance(cpu_conversion_factor_type_0, (int, float))
                    and not isinstance(cpu_conversion_factor_type_0, bool)
                    and float("-inf") < cpu_conversion_factor_type_0 < float("inf")
                ):
                    raise TypeError(
                        "cpu_conversion_factor: expected a finite number, got "
                        + type(cpu_conversion_factor_type_0).__name__
                    )

                return cpu_conversion_factor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cpu_conversion_factor_type_1 = data
            if not (cpu_conversion_factor_type_1 is None):
                raise TypeError(
                    "cpu_conversion_factor: expected the documented type, got "
                    + type(cpu_conversion_factor_type_1).__name__
                )

            return cpu_conversion_factor_type_1

        cpu_conversion_factor = _parse_cpu_conversion_factor(d.pop("cpu_conversion_factor", UNSET))

        def _parse_trans_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                trans_exit_code_type_0 = data
                if not (
                    isinstance(trans_exit_code_type_0, int)
                    and not isinstance(trans_exit_code_type_0, bool)
                    and -(2**63) <= trans_exit_code_type_0 < 2**63
                ):
                    raise TypeError(
                        "trans_exit_code: expected a 64-bit integer, got " + type(trans_exit_code_type_0).__name__
                    )

                return trans_exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            trans_exit_code_type_1 = data
            if not (trans_exit_code_type_1 is None):
                raise TypeError(
                    "trans_exit_code: expected the documented type, got " + type(trans_exit_code_type_1).__name__
                )

            return trans_exit_code_type_1

        trans_exit_code = _parse_trans_exit_code(d.pop("trans_exit_code", UNSET))

        def _parse_pilot_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                pilot_error_code_type_0 = data
                if not (
                    isinstance(pilot_error_code_type_0, int)
                    and not isinstance(pilot_error_code_type_0, bool)
                    and -(2**63) <= pilot_error_code_type_0 < 2**63
                ):
                    raise TypeError(
                        "pilot_error_code: expected a 64-bit integer, got " + type(pilot_error_code_type_0).__name__
                    )

                return pilot_error_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            pilot_error_code_type_1 = data
            if not (pilot_error_code_type_1 is None):
                raise TypeError(
                    "pilot_error_code: expected the documented type, got " + type(pilot_error_code_type_1).__name__
                )

            return pilot_error_code_type_1

        pilot_error_code = _parse_pilot_error_code(d.pop("pilot_error_code", UNSET))

        def _parse_pilot_error_diag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                pilot_error_diag_type_0 = data
                if not (isinstance(pilot_error_diag_type_0, str)):
                    raise TypeError(
                        "pilot_error_diag: expected a string, got " + type(pilot_error_diag_type_0).__name__
                    )

                return pilot_error_diag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            pilot_error_diag_type_1 = data
            if not (pilot_error_diag_type_1 is None):
                raise TypeError(
                    "pilot_error_diag: expected the documented type, got " + type(pilot_error_diag_type_1).__name__
                )

            return pilot_error_diag_type_1

        pilot_error_diag = _parse_pilot_error_diag(d.pop("pilot_error_diag", UNSET))

        def _parse_exe_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                exe_error_code_type_0 = data
                if not (
                    isinstance(exe_error_code_type_0, int)
                    and not isinstance(exe_error_code_type_0, bool)
                    and -(2**63) <= exe_error_code_type_0 < 2**63
                ):
                    raise TypeError(
                        "exe_error_code: expected a 64-bit integer, got " + type(exe_error_code_type_0).__name__
                    )

                return exe_error_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            exe_error_code_type_1 = data
            if not (exe_error_code_type_1 is None):
                raise TypeError(
                    "exe_error_code: expected the documented type, got " + type(exe_error_code_type_1).__name__
                )

            return exe_error_code_type_1

        exe_error_code = _parse_exe_error_code(d.pop("exe_error_code", UNSET))

        def _parse_exe_error_diag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                exe_error_diag_type_0 = data
                if not (isinstance(exe_error_diag_type_0, str)):
                    raise TypeError("exe_error_diag: expected a string, got " + type(exe_error_diag_type_0).__name__)

                return exe_error_diag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            exe_error_diag_type_1 = data
            if not (exe_error_diag_type_1 is None):
                raise TypeError(
                    "exe_error_diag: expected the documented type, got " + type(exe_error_diag_type_1).__name__
                )

            return exe_error_diag_type_1

        exe_error_diag = _parse_exe_error_diag(d.pop("exe_error_diag", UNSET))

        def _parse_pilot_timing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                pilot_timing_type_0 = data
                if not (isinstance(pilot_timing_type_0, str)):
                    raise TypeError("pilot_timing: expected a string, got " + type(pilot_timing_type_0).__name__)

                return pilot_timing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            pilot_timing_type_1 = data
            if not (pilot_timing_type_1 is None):
                raise TypeError("pilot_timing: expected the documented type, got " + type(pilot_timing_type_1).__name__)

            return pilot_timing_type_1

        pilot_timing = _parse_pilot_timing(d.pop("pilot_timing", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                start_time_type_0 = data
                if not (isinstance(start_time_type_0, str)):
                    raise TypeError("start_time: expected a string, got " + type(start_time_type_0).__name__)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            start_time_type_1 = data
            if not (start_time_type_1 is None):
                raise TypeError("start_time: expected the documented type, got " + type(start_time_type_1).__name__)

            return start_time_type_1

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                end_time_type_0 = data
                if not (isinstance(end_time_type_0, str)):
                    raise TypeError("end_time: expected a string, got " + type(end_time_type_0).__name__)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            end_time_type_1 = data
            if not (end_time_type_1 is None):
                raise TypeError("end_time: expected the documented type, got " + type(end_time_type_1).__name__)

            return end_time_type_1

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_n_events(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                n_events_type_0 = data
                if not (
                    isinstance(n_events_type_0, int)
                    and not isinstance(n_events_type_0, bool)
                    and -(2**63) <= n_events_type_0 < 2**63
                ):
                    raise TypeError("n_events: expected a 64-bit integer, got " + type(n_events_type_0).__name__)

                return n_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            n_events_type_1 = data
            if not (n_events_type_1 is None):
                raise TypeError("n_events: expected the documented type, got " + type(n_events_type_1).__name__)

            return n_events_type_1

        n_events = _parse_n_events(d.pop("n_events", UNSET))

        def _parse_n_input_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                n_input_files_type_0 = data
                if not (
                    isinstance(n_input_files_type_0, int)
                    and not isinstance(n_input_files_type_0, bool)
                    and -(2**63) <= n_input_files_type_0 < 2**63
                ):
                    raise TypeError(
                        "n_input_files: expected a 64-bit integer, got " + type(n_input_files_type_0).__name__
                    )

                return n_input_files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            n_input_files_type_1 = data
            if not (n_input_files_type_1 is None):
                raise TypeError(
                    "n_input_files: expected the documented type, got " + type(n_input_files_type_1).__name__
                )

            return n_input_files_type_1

        n_input_files = _parse_n_input_files(d.pop("n_input_files", UNSET))

        def _parse_batch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                batch_id_type_0 = data
                if not (isinstance(batch_id_type_0, str)):
                    raise TypeError("batch_id: expected a string, got " + type(batch_id_type_0).__name__)

                return batch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            batch_id_type_1 = data
            if not (batch_id_type_1 is None):
                raise TypeError("batch_id: expected the documented type, got " + type(batch_id_type_1).__name__)

            return batch_id_type_1

        batch_id = _parse_batch_id(d.pop("batch_id", UNSET))

        def _parse_attempt_nr(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                attempt_nr_type_0 = data
                if not (
                    isinstance(attempt_nr_type_0, int)
                    and not isinstance(attempt_nr_type_0, bool)
                    and -(2**63) <= attempt_nr_type_0 < 2**63
                ):
                    raise TypeError("attempt_nr: expected a 64-bit integer, got " + type(attempt_nr_type_0).__name__)

                return attempt_nr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            attempt_nr_type_1 = data
            if not (attempt_nr_type_1 is None):
                raise TypeError("attempt_nr: expected the documented type, got " + type(attempt_nr_type_1).__name__)

            return attempt_nr_type_1

        attempt_nr = _parse_attempt_nr(d.pop("attempt_nr", UNSET))

        def _parse_job_metrics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                job_metrics_type_0 = data
                if not (isinstance(job_metrics_type_0, str)):
                    raise TypeError("job_metrics: expected a string, got " + type(job_metrics_type_0).__name__)

                return job_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_metrics_type_1 = data
            if not (job_metrics_type_1 is None):
                raise TypeError("job_metrics: expected the documented type, got " + type(job_metrics_type_1).__name__)

            return job_metrics_type_1

        job_metrics = _parse_job_metrics(d.pop("job_metrics", UNSET))

        stdout = d.pop("stdout", UNSET)
        if not (isinstance(stdout, str)) and stdout is not UNSET:
            raise TypeError("stdout: expected a string, got " + type(stdout).__name__)

        def _parse_job_sub_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                job_sub_status_type_0 = data
                if not (isinstance(job_sub_status_type_0, str)):
                    raise TypeError("job_sub_status: expected a string, got " + type(job_sub_status_type_0).__name__)

                return job_sub_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_sub_status_type_1 = data
            if not (job_sub_status_type_1 is None):
                raise TypeError(
                    "job_sub_status: expected the documented type, got " + type(job_sub_status_type_1).__name__
                )

            return job_sub_status_type_1

        job_sub_status = _parse_job_sub_status(d.pop("job_sub_status", UNSET))

        def _parse_core_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                core_count_type_0 = data
                if not (
                    isinstance(core_count_type_0, int)
                    and not isinstance(core_count_type_0, bool)
                    and -(2**63) <= core_count_type_0 < 2**63
                ):
                    raise TypeError("core_count: expected a 64-bit integer, got " + type(core_count_type_0).__name__)

                return core_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            core_count_type_1 = data
            if not (core_count_type_1 is None):
                raise TypeError("core_count: expected the documented type, got " + type(core_count_type_1).__name__)

            return core_count_type_1

        core_count = _parse_core_count(d.pop("core_count", UNSET))

        def _parse_max_rss(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                max_rss_type_0 = data
                if not (
                    isinstance(max_rss_type_0, (int, float))
                    and not isinstance(max_rss_type_0, bool)
                    and float("-inf") < max_rss_type_0 < float("inf")
                ):
                    raise TypeError("max_rss: expected a finite number, got " + type(max_rss_type_0).__name__)

                return max_rss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            max_rss_type_1 = data
            if not (max_rss_type_1 is None):
                raise TypeError("max_rss: expected the documented type, got " + type(max_rss_type_1).__name__)

            return max_rss_type_1

        max_rss = _parse_max_rss(d.pop("max_rss", UNSET))

        def _parse_max_vmem(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                max_vmem_type_0 = data
                if not (
                    isinstance(max_vmem_type_0, (int, float))
                    and not isinstance(max_vmem_type_0, bool)
                    and float("-inf") < max_vmem_type_0 < float("inf")
                ):
                    raise TypeError("max_vmem: expected a finite number, got " + type(max_vmem_type_0).__name__)

                return max_vmem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            max_vmem_type_1 = data
            if not (max_vmem_type_1 is None):
                raise TypeError("max_vmem: expected the documented type, got " + type(max_vmem_type_1).__name__)

            return max_vmem_type_1

        max_vmem = _parse_max_vmem(d.pop("max_vmem", UNSET))

        def _parse_max_swap(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                max_swap_type_0 = data
                if not (
                    isinstance(max_swap_type_0, (int, float))
                    and not isinstance(max_swap_type_0, bool)
                    and float("-inf") < max_swap_type_0 < float("inf")
                ):
                    raise TypeError("max_swap: expected a finite number, got " + type(max_swap_type_0).__name__)

                return max_swap_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            max_swap_type_1 = data
            if not (max_swap_type_1 is None):
                raise TypeError("max_swap: expected the documented type, got " + type(max_swap_type_1).__name__)

            return max_swap_type_1

        max_swap = _parse_max_swap(d.pop("max_swap", UNSET))

        def _parse_max_pss(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                max_pss_type_0 = data
                if not (
                    isinstance(max_pss_type_0, (int, float))
                    and not isinstance(max_pss_type_0, bool)
                    and float("-inf") < max_pss_type_0 < float("inf")
                ):
                    raise TypeError("max_pss: expected a finite number, got " + type(max_pss_type_0).__name__)

                return max_pss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            max_pss_type_1 = data
            if not (max_pss_type_1 is None):
                raise TypeError("max_pss: expected the documented type, got " + type(max_pss_type_1).__name__)

            return max_pss_type_1

        max_pss = _parse_max_pss(d.pop("max_pss", UNSET))

        def _parse_avg_rss(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                avg_rss_type_0 = data
                if not (
                    isinstance(avg_rss_type_0, (int, float))
                    and not isinstance(avg_rss_type_0, bool)
                    and float("-inf") < avg_rss_type_0 < float("inf")
                ):
                    raise TypeError("avg_rss: expected a finite number, got " + type(avg_rss_type_0).__name__)

                return avg_rss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            avg_rss_type_1 = data
            if not (avg_rss_type_1 is None):
                raise TypeError("avg_rss: expected the documented type, got " + type(avg_rss_type_1).__name__)

            return avg_rss_type_1

        avg_rss = _parse_avg_rss(d.pop("avg_rss", UNSET))

        def _parse_avg_vmem(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                avg_vmem_type_0 = data
                if not (
                    isinstance(avg_vmem_type_0, (int, float))
                    and not isinstance(avg_vmem_type_0, bool)
                    and float("-inf") < avg_vmem_type_0 < float("inf")
                ):
                    raise TypeError("avg_vmem: expected a finite number, got " + type(avg_vmem_type_0).__name__)

                return avg_vmem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            avg_vmem_type_1 = data
            if not (avg_vmem_type_1 is None):
                raise TypeError("avg_vmem: expected the documented type, got " + type(avg_vmem_type_1).__name__)

            return avg_vmem_type_1

        avg_vmem = _parse_avg_vmem(d.pop("avg_vmem", UNSET))

        def _parse_avg_swap(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                avg_swap_type_0 = data
                if not (
                    isinstance(avg_swap_type_0, (int, float))
                    and not isinstance(avg_swap_type_0, bool)
                    and float("-inf") < avg_swap_type_0 < float("inf")
                ):
                    raise TypeError("avg_swap: expected a finite number, got " + type(avg_swap_type_0).__name__)

                return avg_swap_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            avg_swap_type_1 = data
            if not (avg_swap_type_1 is None):
                raise TypeError("avg_swap: expected the documented type, got " + type(avg_swap_type_1).__name__)

            return avg_swap_type_1

        avg_swap = _parse_avg_swap(d.pop("avg_swap", UNSET))

        def _parse_avg_pss(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                avg_pss_type_0 = data
                if not (
                    isinstance(avg_pss_type_0, (int, float))
                    and not isinstance(avg_pss_type_0, bool)
                    and float("-inf") < avg_pss_type_0 < float("inf")
                ):
                    raise TypeError("avg_pss: expected a finite number, got " + type(avg_pss_type_0).__name__)

                return avg_pss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            avg_pss_type_1 = data
            if not (avg_pss_type_1 is None):
                raise TypeError("avg_pss: expected the documented type, got " + type(avg_pss_type_1).__name__)

            return avg_pss_type_1

        avg_pss = _parse_avg_pss(d.pop("avg_pss", UNSET))

        def _parse_tot_rchar(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tot_rchar_type_0 = data
                if not (
                    isinstance(tot_rchar_type_0, (int, float))
                    and not isinstance(tot_rchar_type_0, bool)
                    and float("-inf") < tot_rchar_type_0 < float("inf")
                ):
                    raise TypeError("tot_rchar: expected a finite number, got " + type(tot_rchar_type_0).__name__)

                return tot_rchar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tot_rchar_type_1 = data
            if not (tot_rchar_type_1 is None):
                raise TypeError("tot_rchar: expected the documented type, got " + type(tot_rchar_type_1).__name__)

            return tot_rchar_type_1

        tot_rchar = _parse_tot_rchar(d.pop("tot_rchar", UNSET))

        def _parse_tot_wchar(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tot_wchar_type_0 = data
                if not (
                    isinstance(tot_wchar_type_0, (int, float))
                    and not isinstance(tot_wchar_type_0, bool)
                    and float("-inf") < tot_wchar_type_0 < float("inf")
                ):
                    raise TypeError("tot_wchar: expected a finite number, got " + type(tot_wchar_type_0).__name__)

                return tot_wchar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tot_wchar_type_1 = data
            if not (tot_wchar_type_1 is None):
                raise TypeError("tot_wchar: expected the documented type, got " + type(tot_wchar_type_1).__name__)

            return tot_wchar_type_1

        tot_wchar = _parse_tot_wchar(d.pop("tot_wchar", UNSET))

        def _parse_tot_rbytes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tot_rbytes_type_0 = data
                if not (
                    isinstance(tot_rbytes_type_0, (int, float))
                    and not isinstance(tot_rbytes_type_0, bool)
                    and float("-inf") < tot_rbytes_type_0 < float("inf")
                ):
                    raise TypeError("tot_rbytes: expected a finite number, got " + type(tot_rbytes_type_0).__name__)

                return tot_rbytes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tot_rbytes_type_1 = data
            if not (tot_rbytes_type_1 is None):
                raise TypeError("tot_rbytes: expected the documented type, got " + type(tot_rbytes_type_1).__name__)

            return tot_rbytes_type_1

        tot_rbytes = _parse_tot_rbytes(d.pop("tot_rbytes", UNSET))

        def _parse_tot_wbytes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tot_wbytes_type_0 = data
                if not (
                    isinstance(tot_wbytes_type_0, (int, float))
                    and not isinstance(tot_wbytes_type_0, bool)
                    and float("-inf") < tot_wbytes_type_0 < float("inf")
                ):
                    raise TypeError("tot_wbytes: expected a finite number, got " + type(tot_wbytes_type_0).__name__)

                return tot_wbytes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tot_wbytes_type_1 = data
            if not (tot_wbytes_type_1 is None):
                raise TypeError("tot_wbytes: expected the documented type, got " + type(tot_wbytes_type_1).__name__)

            return tot_wbytes_type_1

        tot_wbytes = _parse_tot_wbytes(d.pop("tot_wbytes", UNSET))

        def _parse_rate_rchar(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                rate_rchar_type_0 = data
                if not (
                    isinstance(rate_rchar_type_0, (int, float))
                    and not isinstance(rate_rchar_type_0, bool)
                    and float("-inf") < rate_rchar_type_0 < float("inf")
                ):
                    raise TypeError("rate_rchar: expected a finite number, got " + type(rate_rchar_type_0).__name__)

                return rate_rchar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            rate_rchar_type_1 = data
            if not (rate_rchar_type_1 is None):
                raise TypeError("rate_rchar: expected the documented type, got " + type(rate_rchar_type_1).__name__)

            return rate_rchar_type_1

        rate_rchar = _parse_rate_rchar(d.pop("rate_rchar", UNSET))

        def _parse_rate_wchar(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                rate_wchar_type_0 = data
                if not (
                    isinstance(rate_wchar_type_0, (int, float))
                    and not isinstance(rate_wchar_type_0, bool)
                    and float("-inf") < rate_wchar_type_0 < float("inf")
                ):
                    raise TypeError("rate_wchar: expected a finite number, got " + type(rate_wchar_type_0).__name__)

                return rate_wchar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            rate_wchar_type_1 = data
            if not (rate_wchar_type_1 is None):
                raise TypeError("rate_wchar: expected the documented type, got " + type(rate_wchar_type_1).__name__)

            return rate_wchar_type_1

        rate_wchar = _parse_rate_wchar(d.pop("rate_wchar", UNSET))

        def _parse_rate_rbytes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                rate_rbytes_type_0 = data
                if not (
                    isinstance(rate_rbytes_type_0, (int, float))
                    and not isinstance(rate_rbytes_type_0, bool)
                    and float("-inf") < rate_rbytes_type_0 < float("inf")
                ):
                    raise TypeError("rate_rbytes: expected a finite number, got " + type(rate_rbytes_type_0).__name__)

                return rate_rbytes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            rate_rbytes_type_1 = data
            if not (rate_rbytes_type_1 is None):
                raise TypeError("rate_rbytes: expected the documented type, got " + type(rate_rbytes_type_1).__name__)

            return rate_rbytes_type_1

        rate_rbytes = _parse_rate_rbytes(d.pop("rate_rbytes", UNSET))

        def _parse_rate_wbytes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                rate_wbytes_type_0 = data
                if not (
                    isinstance(rate_wbytes_type_0, (int, float))
                    and not isinstance(rate_wbytes_type_0, bool)
                    and float("-inf") < rate_wbytes_type_0 < float("inf")
                ):
                    raise TypeError("rate_wbytes: expected a finite number, got " + type(rate_wbytes_type_0).__name__)

                return rate_wbytes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            rate_wbytes_type_1 = data
            if not (rate_wbytes_type_1 is None):
                raise TypeError("rate_wbytes: expected the documented type, got " + type(rate_wbytes_type_1).__name__)

            return rate_wbytes_type_1

        rate_wbytes = _parse_rate_wbytes(d.pop("rate_wbytes", UNSET))

        def _parse_corrupted_files(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                corrupted_files_type_0 = data
                if not (isinstance(corrupted_files_type_0, str)):
                    raise TypeError("corrupted_files: expected a string, got " + type(corrupted_files_type_0).__name__)

                return corrupted_files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            corrupted_files_type_1 = data
            if not (corrupted_files_type_1 is None):
                raise TypeError(
                    "corrupted_files: expected the documented type, got " + type(corrupted_files_type_1).__name__
                )

            return corrupted_files_type_1

        corrupted_files = _parse_corrupted_files(d.pop("corrupted_files", UNSET))

        def _parse_mean_core_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                mean_core_count_type_0 = data
                if not (
                    isinstance(mean_core_count_type_0, int)
                    and not isinstance(mean_core_count_type_0, bool)
                    and -(2**63) <= mean_core_count_type_0 < 2**63
                ):
                    raise TypeError(
                        "mean_core_count: expected a 64-bit integer, got " + type(mean_core_count_type_0).__name__
                    )

                return mean_core_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            mean_core_count_type_1 = data
            if not (mean_core_count_type_1 is None):
                raise TypeError(
                    "mean_core_count: expected the documented type, got " + type(mean_core_count_type_1).__name__
                )

            return mean_core_count_type_1

        mean_core_count = _parse_mean_core_count(d.pop("mean_core_count", UNSET))

        def _parse_cpu_architecture_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cpu_architecture_level_type_0 = data
                if not (isinstance(cpu_architecture_level_type_0, str)):
                    raise TypeError(
                        "cpu_architecture_level: expected a string, got " + type(cpu_architecture_level_type_0).__name__
                    )

                return cpu_architecture_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cpu_architecture_level_type_1 = data
            if not (cpu_architecture_level_type_1 is None):
                raise TypeError(
                    "cpu_architecture_level: expected the documented type, got "
                    + type(cpu_architecture_level_type_1).__name__
                )

            return cpu_architecture_level_type_1

        cpu_architecture_level = _parse_cpu_architecture_level(d.pop("cpu_architecture_level", UNSET))

        def _parse_grid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                grid_type_0 = data
                if not (isinstance(grid_type_0, str)):
                    raise TypeError("grid: expected a string, got " + type(grid_type_0).__name__)

                return grid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            grid_type_1 = data
            if not (grid_type_1 is None):
                raise TypeError("grid: expected the documented type, got " + type(grid_type_1).__name__)

            return grid_type_1

        grid = _parse_grid(d.pop("grid", UNSET))

        def _parse_source_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                source_site_type_0 = data
                if not (isinstance(source_site_type_0, str)):
                    raise TypeError("source_site: expected a string, got " + type(source_site_type_0).__name__)

                return source_site_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            source_site_type_1 = data
            if not (source_site_type_1 is None):
                raise TypeError("source_site: expected the documented type, got " + type(source_site_type_1).__name__)

            return source_site_type_1

        source_site = _parse_source_site(d.pop("source_site", UNSET))

        def _parse_destination_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                destination_site_type_0 = data
                if not (isinstance(destination_site_type_0, str)):
                    raise TypeError(
                        "destination_site: expected a string, got " + type(destination_site_type_0).__name__
                    )

                return destination_site_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            destination_site_type_1 = data
            if not (destination_site_type_1 is None):
                raise TypeError(
                    "destination_site: expected the documented type, got " + type(destination_site_type_1).__name__
                )

            return destination_site_type_1

        destination_site = _parse_destination_site(d.pop("destination_site", UNSET))

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

        update_job_request = cls(
            job_id=job_id,
            job_status=job_status,
            job_output_report=job_output_report,
            node=node,
            cpu_consumption_time=cpu_consumption_time,
            cpu_consumption_unit=cpu_consumption_unit,
            scheduler_id=scheduler_id,
            pilot_id=pilot_id,
            site_name=site_name,
            pilot_log=pilot_log,
            meta_data=meta_data,
            cpu_conversion_factor=cpu_conversion_factor,
            trans_exit_code=trans_exit_code,
            pilot_error_code=pilot_error_code,
            pilot_error_diag=pilot_error_diag,
            exe_error_code=exe_error_code,
            exe_error_diag=exe_error_diag,
            pilot_timing=pilot_timing,
            start_time=start_time,
            end_time=end_time,
            n_events=n_events,
            n_input_files=n_input_files,
            batch_id=batch_id,
            attempt_nr=attempt_nr,
            job_metrics=job_metrics,
            stdout=stdout,
            job_sub_status=job_sub_status,
            core_count=core_count,
            max_rss=max_rss,
            max_vmem=max_vmem,
            max_swap=max_swap,
            max_pss=max_pss,
            avg_rss=avg_rss,
            avg_vmem=avg_vmem,
            avg_swap=avg_swap,
            avg_pss=avg_pss,
            tot_rchar=tot_rchar,
            tot_wchar=tot_wchar,
            tot_rbytes=tot_rbytes,
            tot_wbytes=tot_wbytes,
            rate_rchar=rate_rchar,
            rate_wchar=rate_wchar,
            rate_rbytes=rate_rbytes,
            rate_wbytes=rate_wbytes,
            corrupted_files=corrupted_files,
            mean_core_count=mean_core_count,
            cpu_architecture_level=cpu_architecture_level,
            grid=grid,
            source_site=source_site,
            destination_site=destination_site,
            timeout=timeout,
        )

        return update_job_request
