"""`poms.files`: the caller's upload area on the POMS server (proxies, vault tokens, helper files)."""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

import httpx

from sciclients import errors
from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_str,
    check_str_list,
    operation,
)
from sciclients._generated.poms_api import models  # models load on first use
from sciclients._generated.poms_api.api import files as endpoints  # endpoint modules load on first use

from ._base import PomsResource, failure, invalid, json_model, redirect_location, streamed, text_body, upload_part

if TYPE_CHECKING:
    from sciclients._generated.poms_api.models import FileUploads

__all__ = ["FilesResource"]

M = TypeVar("M", SyncMode, AsyncMode)


def _ok(response: httpx.Response) -> None:
    if text_body(response).strip() != "Ok.":
        raise invalid(response, "'Ok.'")


def _uploads(response: httpx.Response) -> FileUploads:
    if response.status_code == 303:  # role production has no upload area: sent to the index page
        raise failure(errors.PermissionDeniedError, f"no upload area for this role (redirected to "
                      f"{response.headers.get('location', '?')})", response)  # fmt: skip
    return json_model(models.FileUploads)(response)


def _plain_name(value: object, name: str) -> str:
    text = check_str(value, name)
    if "/" in text or text in (".", ".."):
        raise ValueError(f"{name} must be a file name in the upload area, not a path: {text!r}")
    return text


def _local_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no USER/LOGNAME and no passwd entry (some containers)
        return "poms"  # the server ignores this route segment anyway


class FilesResource(PomsResource[M]):
    """The caller's upload area (per experiment) on the POMS server."""

    @operation
    def upload(
        self,
        path: str | os.PathLike[str],
        *,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[str]:
        """Upload a file (streamed from disk, kept under its basename, replacing a file of that name).

        Returns the URL of the caller's upload page. Going over the quota raises BadRequestError.
        """
        exp, the_role = self._context(experiment, role)
        part, handle = upload_part(path, "path")
        try:
            body = models.UploadFileRequest(filename=part, experiment=exp, role=the_role)
            return streamed(build_call(endpoints.upload_file, redirect_location, closing=(handle,), body=body))
        except BaseException:
            handle.close()
            raise

    @operation
    def download(
        self, filename: str, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[str]:
        """The text of a file in the upload area (binary content or a missing file: BadRequestError)."""
        exp, the_role = self._context(experiment, role)
        body = models.DownloadFileRequest(filename=_plain_name(filename, "filename"), experiment=exp, role=the_role)
        return build_call(endpoints.download_file, text_body, idempotent=True, body=body)

    @operation
    def delete(
        self, filenames: Sequence[str], *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[None]:
        """Remove files from the upload area; names that do not exist are ignored."""
        exp, the_role = self._context(experiment, role)
        names = [_plain_name(n, f"filenames[{i}]") for i, n in enumerate(check_str_list(filenames, "filenames"))]
        body = models.DeleteUploadedFilesRequest(filename=names, experiment=exp, role=the_role)
        return build_call(endpoints.delete_uploaded_files, _ok, body=body)

    @operation
    def show(
        self,
        *,
        user: str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[FileUploads]:
        """The caller's uploads with sizes, UTC dates (`...Z`) and the quota.

        `user` only fills the route (default: the local user name); the server always lists the caller's
        own area. The current server (SQLAlchemy >= 1.4) fails with BadRequestError `TypeError('Object of type
        Row is not JSON serializable')`. Role production has no upload area (PermissionDeniedError).
        """
        exp, the_role = self._context(experiment, role)
        who = _local_user() if isinstance(user, NotGiven) else check_str(user, "user")
        return build_call(endpoints.list_uploaded_files, _uploads, experiment=exp, role=the_role, user=who)
