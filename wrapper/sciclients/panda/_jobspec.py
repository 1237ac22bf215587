"""Light JobSpec/FileSpec objects for the drop-in `Client`: attribute access over the server's job dicts.

The classic client returned pandaclient.JobSpec objects; code reads attributes such as `job.jobStatus`,
`job.PandaID` and `job.Files[0].lfn`. These objects give the same access without the panda-client package.
"""

from __future__ import annotations

from typing import Any

__all__ = ["JobSpec", "FileSpec", "job_from_dict"]


class _Spec:
    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:
        # The classic objects had every slot, None when unset.
        if name.startswith("__"):
            raise AttributeError(name)
        return None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class FileSpec(_Spec):
    """One file of a job (lfn, type, dataset, status, ...)."""

    def __repr__(self) -> str:
        return f"FileSpec(lfn={self.__dict__.get('lfn')!r}, type={self.__dict__.get('type')!r})"


class JobSpec(_Spec):
    """One job as the server describes it; `Files` is a list of FileSpec."""

    Files: list[FileSpec]

    def __repr__(self) -> str:
        return f"JobSpec(PandaID={self.__dict__.get('PandaID')!r}, jobStatus={self.__dict__.get('jobStatus')!r})"


def job_from_dict(values: dict[str, Any] | None) -> JobSpec | None:
    if values is None:
        return None
    fields = {k: v for k, v in values.items() if k != "Files"}
    job = JobSpec(fields)
    job.Files = [FileSpec(f) for f in values.get("Files") or [] if isinstance(f, dict)]
    return job
