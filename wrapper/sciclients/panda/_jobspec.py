"""JobSpec/FileSpec objects for the drop-in `Client`, read the way panda-client 2.2.0's own spec objects are read.

`getJobStatus` in panda-client 2.2.0 turns each job dict of the server into a `pandaclient.JobSpec`, and scripts
read it through that interface: `job.jobStatus`, `job.Files[0].lfn`, `job._attributes`, `job.values()`. These
objects give the same reading interface without the panda-client package:

- the slots are the column names of the job and file tables, in the server's order (`_attributes`);
- an unset slot reads as the string "NULL" (what panda-client's objects return), a name that is no slot raises
  AttributeError, and keys of the job dict that are no slot are dropped, as panda-client drops them;
- a file's `PandaID` is its job's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

__all__ = ["JobSpec", "FileSpec", "job_from_dict"]

NULL = "NULL"

# Slot names as panda-server's job table (and panda-client 2.2.0's JobSpec) order them.
_JOB_SLOTS = tuple("""
PandaID jobDefinitionID schedulerID pilotID creationTime creationHost modificationTime modificationHost AtlasRelease
transformation homepackage prodSeriesLabel prodSourceLabel prodUserID assignedPriority currentPriority attemptNr
maxAttempt jobStatus jobName maxCpuCount maxCpuUnit maxDiskCount maxDiskUnit ipConnectivity minRamCount minRamUnit
startTime endTime cpuConsumptionTime cpuConsumptionUnit commandToPilot transExitCode pilotErrorCode pilotErrorDiag
exeErrorCode exeErrorDiag supErrorCode supErrorDiag ddmErrorCode ddmErrorDiag brokerageErrorCode brokerageErrorDiag
jobDispatcherErrorCode jobDispatcherErrorDiag taskBufferErrorCode taskBufferErrorDiag computingSite computingElement
jobParameters metadata prodDBlock dispatchDBlock destinationDBlock destinationSE nEvents grid cloud cpuConversion
sourceSite destinationSite transferType taskID cmtConfig stateChangeTime prodDBUpdateTime lockedby relocationFlag
jobExecutionID VO pilotTiming workingGroup processingType prodUserName nInputFiles countryGroup batchID parentID
specialHandling jobsetID coreCount nInputDataFiles inputFileType inputFileProject inputFileBytes nOutputDataFiles
outputFileBytes jobMetrics workQueue_ID jediTaskID jobSubStatus actualCoreCount reqID maxRSS maxVMEM maxSWAP maxPSS
avgRSS avgVMEM avgSWAP avgPSS maxWalltime nucleus eventService failedAttempt hs06sec gshare hs06 totRCHAR totWCHAR
totRBYTES totWBYTES rateRCHAR rateWCHAR rateRBYTES rateWBYTES resource_type diskIO memory_leak memory_leak_x2
container_name job_label gco2_regional gco2_global cpu_architecture_level outputFileType
""".split())  # fmt: skip

_FILE_SLOTS = tuple("""
rowID PandaID GUID lfn type dataset status prodDBlock prodDBlockToken dispatchDBlock dispatchDBlockToken
destinationDBlock destinationDBlockToken destinationSE fsize md5sum checksum scope
""".split())  # fmt: skip


class _Spec:
    _attributes: ClassVar[tuple[str, ...]] = ()
    _values: dict[str, Any]

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        given = values or {}
        object.__setattr__(self, "_values", {name: given.get(name) for name in self._attributes})

    def __getattr__(self, name: str) -> Any:
        # Only called for names that are not regular attributes: the slots.
        values = self.__dict__.get("_values", {})
        if name not in values:
            raise AttributeError(f"{type(self).__name__} has no slot {name!r}")
        value = values[name]
        return NULL if value is None else value

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in self._attributes:
            raise AttributeError(f"{type(self).__name__} has no slot {name!r}")
        self._values[name] = value

    def values(self) -> tuple[Any, ...]:
        """Every slot's value in `_attributes` order ("NULL" for unset ones)."""
        return tuple(getattr(self, name) for name in self._attributes)

    def to_dict(self) -> dict[str, Any]:
        """The slots as the server sent them (None for unset ones)."""
        return dict(self._values)

    def print_attributes(self) -> None:
        for name in self._attributes:
            print(f"{name}: {getattr(self, name)}")


class FileSpec(_Spec):
    """One file of a job (lfn, type, dataset, status, ...); `PandaID` is the owning job's."""

    _attributes = _FILE_SLOTS

    def __init__(self, values: Mapping[str, Any] | None = None, owner: JobSpec | None = None) -> None:
        super().__init__(values)
        object.__setattr__(self, "_owner", owner)

    def __getattr__(self, name: str) -> Any:
        if name == "PandaID":
            owner = self.__dict__.get("_owner")
            return NULL if owner is None else owner.PandaID
        return super().__getattr__(name)

    def __repr__(self) -> str:
        return f"FileSpec(lfn={self._values.get('lfn')!r}, type={self._values.get('type')!r})"


class JobSpec(_Spec):
    """One job as the server describes it; `Files` is the list of its FileSpec."""

    _attributes = _JOB_SLOTS
    Files: list[FileSpec]

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        super().__init__(values)
        files = (values or {}).get("Files") or []
        object.__setattr__(self, "Files", [FileSpec(f, owner=self) for f in files if isinstance(f, Mapping)])

    def __repr__(self) -> str:
        return f"JobSpec(PandaID={self._values.get('PandaID')!r}, jobStatus={self._values.get('jobStatus')!r})"


def job_from_dict(values: Any) -> JobSpec | None:
    """A JobSpec for one entry of the server's job list; None for an entry that is no job (an unknown PanDA ID)."""
    if not isinstance(values, Mapping):
        return None
    return JobSpec(values)
