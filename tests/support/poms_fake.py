"""A loopback POMS-like server that follows the reference (shared/reference/poms.md) and specs/poms.yaml.

It behaves like POMS's CherryPy service behind Apache: every method at `/poms/<method>` and at
`/poms/<method>/<experiment>/<role>[/<user>]` (path segments win over form fields); GET query strings and POST
forms (urlencoded or multipart) alike; the caller from a bearer token (token vhost), `X-Shib-Userid`, or the
`standalone_user` setting; experiment and role from the request, else *both* from the caller's session; a 401
page for a non-member; fixed-signature methods refusing unknown fields (400 TypeError); JSON for JSON-typed
methods or `fmt=json`, objects merged with the echoed form fields; bare strings as text/html; 303 with an absolute
Location for redirecting methods; and every failure as POMS's HTML error page (400 Bad Parameters, 401, 404, 423
Launch Held, 500 OOPS) with the rewritten exception text. Quirks of the current server are kept: login_setup_rm
always answers 400, get_campaign_stage_name and file_uploads cannot serialise rows (unless `legacy_rows`),
register_poms_campaign is gone (404).

It records every request (form fields, file parts, headers) and can play scripted faults per path.
"""

from __future__ import annotations

import ast
import configparser
import copy
import email
import email.policy
import html
import json
import ssl
import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]
_SPEC: dict[str, Any] = {}


def load_spec() -> dict[str, Any]:
    if not _SPEC:
        _SPEC.update(yaml.safe_load((ROOT / "specs" / "poms.yaml").read_text()))
    return _SPEC


def _example(path: str, *keys: str | int) -> Any:
    """A deep copy of a 200 JSON example of the spec, or a part of it."""
    op = load_spec()["paths"][path]["post"]
    node: Any = op["responses"]["200"]["content"]["application/json"]["example"]
    for key in keys:
        node = node[key]
    return copy.deepcopy(node)


# -- what a handler can answer -------------------------------------------------------------------------------------
class Redirect(Exception):
    def __init__(self, location: str) -> None:
        self.location = location


class Held(Exception):
    """423 Launch Held."""


class PageError(Exception):
    """A failure page with an explicit status (404 for campaign_stage_edit's loop check)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class IntegrityError(Exception):
    """SQLAlchemy's, as POMS lets it escape (rewritten to `Unknown error IntegrityError(...)`)."""


class NoResultFound(Exception):
    """SQLAlchemy's, as POMS lets it escape (rewritten to `Unknown error NoResultFound(...)`)."""


@dataclass
class PlainText:
    text: str


@dataclass
class HtmlPage:
    text: str


@dataclass
class Upload:
    filename: str | None
    content: bytes
    content_type: str


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    form: dict[str, list[str]]
    files: dict[str, list[Upload]]
    headers: dict[str, str]
    body: bytes

    def fields(self) -> dict[str, str | list[str]]:
        """Form (or query) fields, single values unwrapped."""
        source = self.form if self.method == "POST" else self.query
        return {k: (v[0] if len(v) == 1 else v) for k, v in source.items()}


@dataclass
class Ctx:
    user: str
    user_id: int
    experiment: str
    role: str
    tmin: str | None
    tmax: str | None
    tdays: str | None
    fmt: str
    redirect: str | None
    host: str
    role_given: bool


# -- state ---------------------------------------------------------------------------------------------------------
@dataclass
class Campaign:
    campaign_id: int
    name: str
    experiment: str
    creator: str
    creator_role: str = "analysis"
    active: bool = True


@dataclass
class Stage:
    campaign_stage_id: int
    name: str
    campaign_id: int | None
    experiment: str
    creator: str
    creator_role: str = "analysis"
    job_type: str = "generic_fife_process"
    login_setup: str = "generic_fife_launch"
    depends_on: int | None = None
    param_overrides: list[list[str]] = field(default_factory=list)
    test_param_overrides: list[list[str]] = field(default_factory=list)
    columns: dict[str, Any] = field(default_factory=dict)
    completion_pct: int = 95
    created: str = "2019-09-09T15:18:10"


@dataclass
class Submission:
    submission_id: int
    campaign_stage_id: int
    creator: str
    jobsub_job_id: str | None = None
    status: str = "New"
    project: str | None = None
    command_executed: str | None = None
    created: str = "2019-09-10T11:28:29"
    test: bool = False
    history: list[str] = field(default_factory=lambda: ["New"])


@dataclass
class JobType:
    job_type_id: int
    name: str
    experiment: str
    creator: str
    used: bool = False
    launch_script: str = "fife_launch -c /home/poms/fife.cfg "
    output_file_patterns: str = "%.root"
    definition_parameters: Any = None
    recoveries: list[list[Any]] = field(default_factory=lambda: [["added_files", []]])
    active: bool = True


@dataclass
class LoginSetup:
    login_setup_id: int
    name: str
    experiment: str
    creator: str
    used: bool = False
    launch_host: str = "pomsgpvm01.fnal.gov"
    launch_account: str = "samdevpro"
    launch_setup: str = "setup fife_utils v3_3; setup poms_client v4_4 "
    active: bool = True


STATUS_IDS = {"New": 1000, "Cancelled": 1500, "LaunchFailed": 2000, "Awaiting Approval": 2400, "Approved": 2500,
              "Idle": 3000, "Running": 4000, "Held": 5000, "Failed": 6000, "Completed": 7000, "Located": 8000,
              "Removed": 9000}  # fmt: skip
FINAL_STATES = {"Completed", "Located", "Removed", "Failed", "Cancelled"}
# Stripped from the form before the handler sees it (reference §3): the method context.
CONTEXT_FIELDS = ("experiment", "role", "tmin", "tmax", "tdays", "fmt", "redirect")
# Methods with a fixed signature: (required, optional) form fields; anything else is a 400 TypeError.
FIXED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "get_campaign_id": (("campaign_name",), ()),
    "get_campaign_name": (("campaign_id",), ()),
    "get_campaign_stage_id": (("campaign_name", "campaign_stage_name"), ()),
    "get_campaign_stage_name": (("campaign_stage_id",), ()),
    "update_stage_param_overrides": (("campaign_stage",), ("param_overrides", "test_param_overrides")),
    "campaign_stage_submissions": ((), ("campaign_name", "stage_name", "campaign_stage_id", "campaign_id")),
    "submission_details": (("submission_id",), ()),
    "update_submission": (("submission_id", "jobsub_job_id"), ("status", "project", "pct_complete")),
    "get_submission_id_for": (("campaign_stage_id",), ("user", "command_executed", "input_dataset",
                                                        "parent_submission_id", "submission_id")),
    "get_task_id_for": (("campaign_stage_id",), ("user", "command_executed", "input_dataset", "parent_submission_id",
                                                  "submission_id")),
    "launch_campaign": (("campaign_id",), ("test_launch", "dataset_override")),
    "link_tags": (("campaign_id", "tag_name"), ()),
    "remove_uploaded_files": (("filename",), ("action",)),
}  # fmt: skip
JSON_METHODS = {
    "get_campaign_id",
    "get_campaign_stage_id",
    "get_campaign_stage_name",
    "campaign_list_json",
    "link_tags",
    "modify_job_type_recoveries",
    "job_type_rm",
    "login_setup_rm",
    "ini_to_campaign",
}
# The recovery_types rows of a POMS database (names are what modify_job_type_recoveries looks up).
RECOVERY_TYPES = {"added_files", "consumed_status", "pending_files", "proj_status", "delivered_not_consumed",
                  "process_status"}  # fmt: skip
KEEPS_ER = {"show_campaigns", "show_campaign_stages"}
PRODUCTION_ROLES = {"production-shifter", "production", "superuser"}


@dataclass
class FakePoms:
    """Configure, then `start()`; `url` is the base to give the clients (`http://127.0.0.1:<port>`)."""

    # Token vhost: bearer token -> user (what Apache derives from the token's scope).
    tokens: dict[str, str] = field(default_factory=lambda: {"alice-token": "alice", "mengel-token": "mengel"})
    standalone_user: str | None = None
    members: dict[str, dict[str, set[str]]] = field(default_factory=lambda: {
        "alice": {"samdev": {"analysis"}},
        "mengel": {"samdev": {"analysis", "production-shifter", "production"}, "nova": {"analysis"}},
    })  # fmt: skip
    sessions: dict[str, tuple[str, str]] = field(default_factory=dict)
    held: bool = False
    no_credentials: set[str] = field(default_factory=set)
    legacy_rows: bool = False  # pre-SQLAlchemy-1.4 servers could serialise Row objects
    quota: int = 10485760
    # Serve https with this context; a client certificate `CN=UID:<user>` then identifies the caller, as
    # Apache's port-8443 vhost maps it into X-Shib-Userid.
    tls: ssl.SSLContext | None = None
    faults: dict[str, list[tuple[int, str, dict[str, str]]]] = field(default_factory=lambda: defaultdict(list))
    deliveries: Counter[str] = field(default_factory=Counter)
    requests: list[Recorded] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)  # the bodies sent back (scripted faults excepted)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._ids = iter(range(5000, 10**6))
        self.user_ids = {name: i + 4 for i, name in enumerate(sorted(self.members))}
        self.campaigns: dict[int, Campaign] = {
            890: Campaign(890, "fake demo v1.0  w/chars", "samdev", "mengel"),
            891: Campaign(891, "alice demo", "samdev", "alice"),
            892: Campaign(892, "nova reco", "nova", "mengel", creator_role="production"),
        }
        self.stages: dict[int, Stage] = {
            1: Stage(1, "f eg v1.0 - w/chars", 890, "samdev", "mengel", param_overrides=[["--stage ", "gen"]]),
            2: Stage(2, "second", 890, "samdev", "mengel", depends_on=1),
            456: Stage(456, "reco", 891, "samdev", "alice", job_type="alice_jt", login_setup="alice_ls",
                       param_overrides=[["--stage ", "a1"], ["-Oglobal.sam_dataset=", "%(dataset)s"]]),
            1791: Stage(1791, "reco2", 892, "nova", "mengel", creator_role="production"),
        }  # fmt: skip
        self.submissions: dict[int, Submission] = {
            1267: Submission(1267, 1, "mengel", "23733516@jobsub02.fnal.gov", "Located",
                             "mengel-fife_wrap_20190910_112913_3600585", history=["New", "Located"]),
        }  # fmt: skip
        self.job_types: dict[int, JobType] = {
            12: JobType(12, "generic_fife_process", "samdev", "mengel", used=True),
            13: JobType(13, "alice_jt", "samdev", "alice"),
        }
        self.login_setups: dict[int, LoginSetup] = {
            7: LoginSetup(7, "generic_fife_launch", "samdev", "mengel", used=True),
            8: LoginSetup(8, "alice_ls", "samdev", "alice"),
        }
        self.uploads: dict[tuple[str, str], dict[str, tuple[bytes, str]]] = defaultdict(dict)
        self.tags: dict[tuple[str, str], int] = {}
        self.tag_links: set[tuple[int, int]] = set()

    # -- lifecycle -------------------------------------------------------------------------------------------------
    def start(self) -> FakePoms:
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                fake._handle(self)

            do_GET = do_POST = _any

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        if self.tls is not None:
            self._server.socket = self.tls.wrap_socket(self._server.socket, server_side=True)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://127.0.0.1:{self._server.server_address[1]}"

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def next_id(self) -> int:
        return next(self._ids)

    # -- request handling ------------------------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        split = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in h.headers.items()}
        certificate = h.connection.getpeercert() if isinstance(h.connection, ssl.SSLSocket) else None
        if certificate:
            subject = dict(item for rdn in certificate.get("subject", ()) for item in rdn)
            headers["x-shib-userid"] = str(subject.get("commonName", "")).removeprefix("UID:")
        form: dict[str, list[str]] = {}
        files: dict[str, list[Upload]] = {}
        ctype = headers.get("content-type", "")
        if h.command == "POST" and ctype.startswith("multipart/form-data"):
            form, files = _multipart(ctype, raw)
        elif h.command == "POST" and raw:
            form = parse_qs(raw.decode(), keep_blank_values=True)
        rec = Recorded(h.command, split.path, parse_qs(split.query, keep_blank_values=True), form, files, headers, raw)
        with self._lock:
            self.requests.append(rec)
            self.deliveries[f"{h.command} {split.path}"] += 1
            scripted = self.faults[split.path].pop(0) if self.faults.get(split.path) else None
        if scripted is not None:
            status, body, extra = scripted
            return _send(h, status, body, {"Content-Type": "text/html;charset=utf-8", **extra})
        with self._lock:  # one request at a time, like a single-threaded database session
            scheme = "https" if self.tls is not None else "http"
            status, body, out_headers = self._dispatch(rec, f"{scheme}://{h.headers.get('Host', '127.0.0.1')}")
            self.answers.append(body)
        _send(h, status, body, out_headers)

    def _dispatch(self, rec: Recorded, host: str) -> tuple[int, str, dict[str, str]]:
        segments = [s for s in rec.path.split("/") if s]
        if not segments or segments[0] != "poms" or len(segments) < 2:
            return _not_found(rec.path)
        method = segments[1]
        handler: Callable[[Ctx, dict[str, Any]], Any] | None = getattr(self, f"m_{method}", None)
        if handler is None or len(segments) > 5:
            return _not_found(rec.path)
        auth = rec.headers.get("authorization", "")
        if auth:
            user = self.tokens.get(auth.partition(" ")[2].strip()) if auth.lower().startswith("bearer ") else None
            if user is None:
                return 401, _apache_401(), {"Content-Type": "text/html; charset=iso-8859-1"}
        else:
            user = rec.headers.get("x-shib-userid") or self.standalone_user
        if not user or user not in self.members:
            return 500, _oops(), {"Content-Type": "text/html;charset=utf-8"}

        source = rec.form if rec.method == "POST" else rec.query
        kw: dict[str, Any] = {k: (v[0] if len(v) == 1 else v) for k, v in source.items()}
        for name, parts in rec.files.items():
            kw[name] = parts[0] if len(parts) == 1 else parts
        for name, value in zip(("experiment", "role", "user"), segments[2:], strict=False):
            kw[name] = value
        role_given = "role" in kw
        experiment, role = kw.get("experiment"), kw.get("role")
        if not experiment or not role:  # either missing: both from the session
            experiment, role = self.sessions.get(user, ("samdev", "analysis"))
        kw["experiment"], kw["role"] = experiment, role
        ctx = Ctx(user, self.user_ids[user], str(experiment), str(role), kw.get("tmin"), kw.get("tmax"),
                  kw.get("tdays"), str(kw.get("fmt", "")), kw.get("redirect"), host, role_given)  # fmt: skip
        echo = {k: ("<uploaded_file_data>" if isinstance(v, Upload) else str(v)) for k, v in kw.items()
                if k not in CONTEXT_FIELDS or (method in KEEPS_ER and k in ("experiment", "role"))}  # fmt: skip
        args = {k: v for k, v in kw.items() if k not in CONTEXT_FIELDS}
        try:
            roles = self.members[user].get(ctx.experiment, set())
            if ctx.role not in roles:
                raise PermissionError(f"username {user} cannot have role {ctx.role} in experiment {ctx.experiment}")
            if method in FIXED:
                _check_signature(method, args)
            result = handler(ctx, args)
        except Redirect as redirect:
            body = f'This resource can be found at <a href="{redirect.location}">{redirect.location}</a>.'
            return 303, body, {"Location": redirect.location, "Content-Type": "text/html;charset=utf-8"}
        except Held as held:
            return 423, _page("Launch Held", "Launch Held", str(held)), {"Content-Type": "text/html;charset=utf-8"}
        except PageError as error:
            return error.status, _loop_page(str(error)), {"Content-Type": "text/html;charset=utf-8"}
        except Exception as exc:
            status, message = _rewrite(exc)
            title = "401 Unauthorized" if status == 401 else "400 Bad Parameters"
            return status, _page(title, title if status == 401 else f"{title}:", message, status == 401), {
                "Content-Type": "text/html;charset=utf-8"}  # fmt: skip
        return _render(result, method, ctx, echo)

    # -- campaigns -------------------------------------------------------------------------------------------------
    def _views(self, ctx: Ctx, kw: dict[str, Any]) -> dict[str, Any]:
        if "update_view" in kw:
            return {f"view_{v}": (kw.get(f"view_{v}") or None)
                    for v in ("active", "inactive", "mine", "others", "analysis", "production")}  # fmt: skip
        return {"view_active": "view_active", "view_inactive": None, "view_mine": ctx.user_id,
                "view_others": ctx.user_id,
                "view_analysis": "view_analysis" if ctx.role == "analysis" else None,
                "view_production": "view_production" if ctx.role in PRODUCTION_ROLES else None}  # fmt: skip

    @staticmethod
    def _shown(views: dict[str, Any], ctx: Ctx, active: bool, creator: str, creator_role: str) -> bool:
        return bool(
            (views["view_active"] if active else views["view_inactive"])
            and (views["view_mine"] if creator == ctx.user else views["view_others"])
            and (views["view_analysis"] if creator_role == "analysis" else views["view_production"])
        )

    def m_show_campaigns(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        if ctx.fmt != "json":
            return HtmlPage("<html><body>Campaigns</body></html>")
        if kw.get("action") == "delete":
            return self._delete_campaign(ctx, kw)
        views = self._views(ctx, kw)
        shown = [
            c
            for c in sorted(self.campaigns.values(), key=lambda c: c.name)
            if c.experiment == ctx.experiment and self._shown(views, ctx, c.active, c.creator, c.creator_role)
        ]
        data: dict[str, Any] = {"watching": [], **views}
        if shown:
            data["authorized"] = [c.creator == ctx.user or ctx.role in ("production", "superuser") for c in shown]
            data["authorized_shifter"] = [True for _ in shown]
        return {"tl": [self.campaign_row(c) for c in shown], "last_activity": "", "msg": "OK", "data": data}

    def _delete_campaign(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        if not kw.get("pcl_call"):
            campaign = self.campaigns.get(int(kw["del_campaign_id"]))
        else:
            name = kw["del_campaign_name"]
            campaign = next((c for c in self.campaigns.values() if c.name == name and c.experiment == ctx.experiment
                             and c.creator == ctx.user), None)  # fmt: skip
        if campaign is None:
            msg = f"The campaign '{kw.get('del_campaign_name')}' does not exist."
        elif any(self.stages[s.campaign_stage_id].campaign_id == campaign.campaign_id
                 for s in self.submissions.values() if s.campaign_stage_id in self.stages):  # fmt: skip
            msg = "This campaign has been submitted.  It cannot be deleted."
        else:
            for stage_id in [
                s.campaign_stage_id for s in self.stages.values() if s.campaign_id == campaign.campaign_id
            ]:
                del self.stages[stage_id]
            del self.campaigns[campaign.campaign_id]
            msg = (f"Campaign named {campaign.name} with campaign_id {campaign.campaign_id} and related "
                   "CampagnStages were deleted.")  # fmt: skip
        return {"tl": None, "last_activity": "", "msg": msg, "data": None}

    def m_get_campaign_id(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        return next((c.campaign_id for c in self.campaigns.values()
                     if c.name == kw["campaign_name"] and c.experiment == ctx.experiment), None)  # fmt: skip

    def m_get_campaign_name(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        campaign = self.campaigns.get(int(kw["campaign_id"]))
        return campaign.name if campaign and campaign.experiment == ctx.experiment else ""

    def m_link_tags(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        ids = [int(i) for i in str(kw["campaign_id"]).split(",")]
        for cid in ids:
            if cid not in self.campaigns:
                raise AttributeError("'NoneType' object has no attribute 'campaign_id'")
        tag_id = self.tags.setdefault((ctx.experiment, kw["tag_name"]), self.next_id())
        for cid in ids:
            if (tag_id, cid) in self.tag_links:
                raise IntegrityError("(psycopg2.errors.UniqueViolation) duplicate key value violates unique "
                                     f"constraint \"pk_campaigns_tags\"\nDETAIL:  Key (campaign_id, tag_id)=({cid}, "
                                     f"{tag_id}) already exists.")  # fmt: skip
        self.tag_links.update((tag_id, cid) for cid in ids)
        return {"campaign_id": kw["campaign_id"], "tag_name": kw["tag_name"], "tag_id": tag_id, "msg": "OK"}

    def m_ini_to_campaign(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        upload = kw["upload"]
        if not isinstance(upload, Upload):
            return "Pick the file first!"
        parser = configparser.RawConfigParser()
        try:
            parser.read_string(upload.content.decode())
        except (configparser.Error, UnicodeDecodeError) as exc:
            return {"status": "400 Bad Request", "message": f"Bad file format {exc}"}
        if not parser.has_section("campaign"):
            return {"status": "400 Bad Request", "message": "No Campaign section in the file"}
        stage_sections = [s for s in parser.sections() if s.startswith("campaign_stage ")]
        if not stage_sections:
            return {"status": "400 Bad Request", "message": "No Campaign Stage sections in the file"}
        name = parser.get("campaign", "name")
        campaign = next((c for c in self.campaigns.values() if c.name == name and c.experiment == ctx.experiment),
                        None)  # fmt: skip
        if campaign is not None and campaign.creator != ctx.user:
            raise PermissionError(f"{ctx.user} may not modify campaign {name}")
        if campaign is None:
            campaign = Campaign(self.next_id(), name, ctx.experiment, ctx.user, ctx.role)
            self.campaigns[campaign.campaign_id] = campaign
        messages: list[str] = []
        for section in parser.sections():
            kind, _, item = section.partition(" ")
            if kind == "job_type" and any(j.name == item for j in self.job_types.values()):
                messages.append(f"Warning: JobType '{item}' already exists and will not change.")
            elif kind == "job_type":
                new_jt = JobType(self.next_id(), item, ctx.experiment, ctx.user)
                self.job_types[new_jt.job_type_id] = new_jt
            elif kind == "login_setup" and any(ls.name == item for ls in self.login_setups.values()):
                messages.append(f"Warning: LoginSetup '{item}' already exists and will not change.")
            elif kind == "login_setup":
                new_ls = LoginSetup(self.next_id(), item, ctx.experiment, ctx.user)
                self.login_setups[new_ls.login_setup_id] = new_ls
        stage_ids = []
        for section in stage_sections:
            stage_name = section.partition(" ")[2]
            login = parser.get(section, "login_setup", fallback="generic_fife_launch")
            if not any(ls.name == login for ls in self.login_setups.values()):
                messages.append(f"Error: LoginSetup '{login}' not found! Campaign is incomplete!")
            stage = next((s for s in self.stages.values() if s.campaign_id == campaign.campaign_id
                          and s.name == stage_name), None)  # fmt: skip
            if stage is None:
                stage = Stage(self.next_id(), stage_name, campaign.campaign_id, ctx.experiment, ctx.user, ctx.role)
                self.stages[stage.campaign_stage_id] = stage
            stage.login_setup = login
            stage_ids.append([stage.campaign_stage_id, stage_name])
        return {"status": "201 Created", "message": messages or "OK", "campaign_id": campaign.campaign_id,
                "campaign_stage_ids": stage_ids}  # fmt: skip

    # -- campaign stages -------------------------------------------------------------------------------------------
    def m_show_campaign_stages(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        if ctx.fmt != "json":
            return HtmlPage("<html><body>Campaign Stages</body></html>")
        tmax = _parse_time(ctx.tmax) if ctx.tmax else datetime(2024, 5, 2, 10, 0, 0)
        tdays = float(ctx.tdays) if ctx.tdays else 1.0
        tmin = _parse_time(ctx.tmin) if ctx.tmin else tmax - timedelta(days=tdays)
        views = self._views(ctx, kw)
        ids = {int(i) for i in str(kw["campaign_ids"]).split(",")} if kw.get("campaign_ids") else None
        stages = []
        for stage in sorted(self.stages.values(), key=lambda s: s.campaign_stage_id):
            campaign = self.campaigns.get(stage.campaign_id or 0)
            if stage.experiment != ctx.experiment or (ids is not None and stage.campaign_stage_id not in ids):
                continue
            if kw.get("campaign_name") and (campaign is None or campaign.name != kw["campaign_name"]):
                continue
            if ids is None and not self._shown(views, ctx, campaign.active if campaign else True, stage.creator,
                                               stage.creator_role):  # fmt: skip
                continue
            stages.append(stage)
        window = f"/poms/show_campaign_stages/{ctx.experiment}/{ctx.role}?tmax="
        return {"campaign_stages": [self.stage_row(s) for s in stages],
                "tmin": tmin.strftime("%Y-%m-%dT%H:%M:%S"), "tmax": tmax.strftime("%Y-%m-%dT%H:%M:%S"),
                "tmins": tmin.strftime("%Y-%m-%d %H:%M:%S"), "tmaxs": tmax.strftime("%Y-%m-%d %H:%M:%S"),
                "tdays": tdays, "nextlink": f"{window}{(tmax + timedelta(days=tdays)):%Y-%m-%d+%H:%M:%S}&tdays={tdays}",
                "prevlink": f"{window}{tmin:%Y-%m-%d+%H:%M:%S}&tdays={tdays}",
                "time_range_string": f'{tdays} day ending <span class="tmax">{tmax:%Y-%m-%d %H:%M:%S}</span>',
                "data": {**{k: v for k, v in views.items()},
                         "authorized": [s.creator == ctx.user for s in stages]},
                "template": "show_campaign_stages_stats.html" if ids is not None else "show_campaign_stages.html",
                "limit_experiment": ctx.experiment, "key": ""}  # fmt: skip

    def m_campaign_list_json(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        return [{"campaign_stage_id": s.campaign_stage_id, "name": s.name, "experiment": s.experiment}
                for s in sorted(self.stages.values(), key=lambda s: s.campaign_stage_id)]  # fmt: skip

    def _stage_by_name(self, experiment: str, campaign_name: str, stage_name: str) -> Stage | None:
        for stage in self.stages.values():
            campaign = self.campaigns.get(stage.campaign_id or 0)
            if (
                stage.experiment == experiment
                and stage.name == stage_name
                and campaign
                and campaign.name == campaign_name
            ):
                return stage
        return None

    def _stage_ref(self, ctx: Ctx, ref: Any) -> Stage | None:
        if isinstance(ref, list):
            return self._stage_by_name(ctx.experiment, ref[0], ref[1])
        stage = self.stages.get(int(ref))
        return stage if stage and stage.experiment == ctx.experiment else None

    def m_get_campaign_stage_id(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        stage = self._stage_by_name(ctx.experiment, kw["campaign_name"], kw["campaign_stage_name"])
        return stage.campaign_stage_id if stage else None

    def m_get_campaign_stage_name(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        stage = self.stages.get(int(kw["campaign_stage_id"]))
        if stage is None or stage.experiment != ctx.experiment:
            return None
        if not self.legacy_rows:
            raise TypeError("Object of type Row is not JSON serializable")
        campaign = self.campaigns.get(stage.campaign_id or 0)
        return [campaign.name if campaign else "", stage.name]

    def _may_modify(self, ctx: Ctx, creator: str, what: str) -> None:
        if ctx.role == "analysis" and creator != ctx.user or ctx.role == "production-shifter":
            raise PermissionError(f"{ctx.user} may not modify {what}")

    def m_update_stage_param_overrides(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        stage = self._stage_ref(ctx, kw["campaign_stage"])
        if stage is None:
            return ""
        self._may_modify(ctx, stage.creator, f"stage {stage.name}")
        result: list[Any] = []
        for name in ("param_overrides", "test_param_overrides"):
            if name not in kw:
                result.append(None)
                continue
            current: list[list[str]] = getattr(stage, name)
            for key, value in ast.literal_eval(kw[name]):
                existing = next((pair for pair in current if pair[0] == key), None)
                if value == "" and existing is not None:
                    current.remove(existing)
                elif existing is not None:
                    existing[1] = value
                elif value != "":
                    current.append([key, value])
            result.append(current)
        return repr(tuple(result))

    SETTABLE = ("name", "vo_role", "cs_last_split", "cs_split_type", "cs_split_dimensions", "dataset",
                "software_version", "param_overrides", "test_param_overrides", "test_split_type", "completion_type",
                "completion_pct", "role_held_with", "campaign_stage_type", "output_ancestor_depth")  # fmt: skip

    def m_update_campaign_stage(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        stage = self._stage_ref(ctx, kw.pop("campaign_stage"))
        if stage is None:
            return ""
        self._may_modify(ctx, stage.creator, f"stage {stage.name}")
        for name, value in kw.items():
            if name in ("merge_overrides", "default_clear_cronjob"):
                raise ValueError(f"DataError: column {name} is of type boolean but expression is of type text")
            if name not in self.SETTABLE:
                continue
            if name in ("cs_last_split", "completion_pct", "output_ancestor_depth"):
                value = int(value)
            elif name in ("param_overrides", "test_param_overrides"):
                value = ast.literal_eval(value)
            if name == "name":
                stage.name = value
            elif name == "completion_pct":
                stage.completion_pct = value
            elif name in ("param_overrides", "test_param_overrides"):
                setattr(stage, name, value)
            else:
                stage.columns[name] = value
        return "Success"

    def m_campaign_stage_edit(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        action, name = kw["action"], kw["ae_stage_name"]
        campaign_id = int(kw["ae_campaign_id"]) if kw.get("ae_campaign_id") else None
        if action == "add":
            if ctx.role not in ("analysis", "production"):
                raise PermissionError(f"role {ctx.role} may not add stages")
            for required in (
                "ae_vo_role",
                "ae_dataset",
                "ae_software_version",
                "ae_completion_type",
                "ae_completion_pct",
                "ae_launch_name",
                "ae_campaign_definition",
                "ae_cronjob",
            ):
                kw[required]  # noqa: B018 - a KeyError is the server's "Missing form field"
            depends = json.loads(kw.get("ae_depends") or "null") or {}
            if name in depends.get("campaign_stages", []) and kw.get("ae_split_type", "None") == "None":
                raise PageError(404, "This edit would make an infinite loop. Go Back in your browser and set "
                                     "cs_split_type or remove self-dependency.")  # fmt: skip
            stage = Stage(self.next_id(), name, campaign_id, ctx.experiment, ctx.user, ctx.role,
                          job_type=kw["ae_campaign_definition"], login_setup=kw["ae_launch_name"],
                          param_overrides=json.loads(kw.get("ae_param_overrides") or "[]"),
                          test_param_overrides=json.loads(kw.get("ae_test_param_overrides") or "[]"),
                          completion_pct=int(kw["ae_completion_pct"]))  # fmt: skip
            self.stages[stage.campaign_stage_id] = stage
            return HtmlPage("<html><body>Campaign Stages</body></html>")
        stage = next((s for s in self.stages.values() if s.name == name and s.campaign_id == campaign_id
                      and s.experiment == ctx.experiment), None)  # fmt: skip
        if stage is None:
            raise NoResultFound("No row was found when one was required")
        self._may_modify(ctx, stage.creator, f"stage {name}")
        if action == "delete":
            # The server formats the (string) campaign id into a query with %d: every real delete fails.
            raise TypeError("%d format: a real number is required, not str")
        elif kw.get("ae_software_version"):
            stage.columns["software_version"] = kw["ae_software_version"]
        return HtmlPage("<html><body>Campaign Stages</body></html>")

    # -- launches --------------------------------------------------------------------------------------------------
    def _launch(self, ctx: Ctx, stage: Stage, test_launch: Any) -> Any:
        if self.held:
            raise Held(f"Campaign stage {stage.name} launches currently held.... queuing this request")
        if ctx.user in self.no_credentials:
            raise Redirect(f"{ctx.host}/poms/auth/{ctx.experiment}/{ctx.role}?redir=/poms/index/{ctx.experiment}/"
                           f"{ctx.role}")  # fmt: skip
        submission = Submission(self.next_id(), stage.campaign_stage_id, ctx.user, test=bool(test_launch))
        self.submissions[submission.submission_id] = submission
        raise Redirect(
            f"{ctx.host}/poms/list_launch_file/{ctx.experiment}/{ctx.role}?campaign_stage_id="
            f"{stage.campaign_stage_id}&fname=20240502_101500_{ctx.user}_{submission.submission_id}"
        )

    def m_launch_jobs(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        ref = str(kw["campaign_stage_id"])
        if ref.isdigit():
            stage = self.stages.get(int(ref))
        else:
            stage = next((s for s in self.stages.values() if s.name == ref and s.experiment == ctx.experiment), None)
        if stage is None:
            raise AttributeError("'NoneType' object has no attribute 'campaign_stage_id'")
        return self._launch(ctx, stage, kw.get("test_launch"))

    def m_launch_campaign(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        cid = int(kw["campaign_id"])
        leading = [s for s in self.stages.values() if s.campaign_id == cid and s.depends_on is None]
        if len(leading) != 1:
            raise AssertionError(f"Cannot determine which stage in campaign to launch of {len(leading)} candidates")
        return self._launch(ctx, leading[0], kw.get("test_launch"))

    # -- submissions -----------------------------------------------------------------------------------------------
    def m_campaign_stage_submissions(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        if not any(kw.get(k) for k in ("campaign_name", "stage_name", "campaign_stage_id", "campaign_id")):
            raise KeyError("campaign_name")
        campaign = (self.campaigns.get(int(kw["campaign_id"])) if kw.get("campaign_id") else
                    next((c for c in self.campaigns.values() if c.name == kw.get("campaign_name")
                          and c.experiment == ctx.experiment), None))  # fmt: skip
        if kw.get("campaign_stage_id"):
            stages = [s for s in [self.stages.get(int(kw["campaign_stage_id"]))] if s is not None]
        elif campaign is not None:
            stages = [s for s in self.stages.values() if s.campaign_id == campaign.campaign_id
                      and (kw.get("stage_name") == "*" or s.name == kw.get("stage_name"))]  # fmt: skip
        else:
            stages = []
        if not stages:
            return {"data": {"tmin": ctx.tmin, "tmax": ctx.tmax, "tdays": ctx.tdays, "submissions": []}}
        ids = {s.campaign_stage_id for s in stages}
        rows = [s for s in sorted(self.submissions.values(), key=lambda s: s.submission_id)
                if s.campaign_stage_id in ids]  # fmt: skip
        data: dict[str, Any] = {
            "tmin": "2019-09-09T15:18:10", "tmax": "2019-09-16T15:18:10", "tdays": 7.0, "tminsec": "1568063890",
            "nextlink": "/poms/campaign_stage_submissions/x?tmax=2019-09-23+15:18:10&tdays=7",
            "prevlink": "/poms/campaign_stage_submissions/x?tmax=2019-09-09+15:18:10&tdays=7",
            "depends": {str(s.submission_id): None for s in rows}, "depth": {str(s.submission_id): 0 for s in rows},
            "darrow": {str(s.submission_id): "" for s in rows},
        }  # fmt: skip
        if rows:
            data["submissions"] = [self.submission_row(s) for s in rows]
        return {"data": data}

    def m_submission_details(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        submission = self.submissions.get(int(kw["submission_id"]))
        if submission is None:
            raise NoResultFound("No row was found when one was required")
        details = _example("/poms/submission_details")
        details.pop("submission_id", None)  # the echo puts it back, as a string
        row = details["submission"]
        row.update(submission_id=submission.submission_id, campaign_stage_id=submission.campaign_stage_id,
                   jobsub_job_id=submission.jobsub_job_id, project=submission.project,
                   command_executed=submission.command_executed)  # fmt: skip
        details["history"] = [
            {
                "submission_id": submission.submission_id,
                "created": "2019-09-10T11:28:29",
                "status_id": STATUS_IDS[s],
                "status_type": None,
            }
            for s in submission.history
        ]
        return details

    def m_update_submission(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        submission = self.submissions.get(int(kw["submission_id"]))
        if submission is None:
            return "Unknown."
        submission.jobsub_job_id = kw["jobsub_job_id"]
        if kw.get("project"):
            submission.project = kw["project"]
        status = kw.get("status")
        stage = self.stages.get(submission.campaign_stage_id)
        if (
            status == "Running"
            and kw.get("pct_complete")
            and stage
            and float(kw["pct_complete"]) >= stage.completion_pct
        ):
            status = "Completed"
        if status in STATUS_IDS and submission.status not in FINAL_STATES:
            submission.status = status
            submission.history.append(status)
        return "Ok."

    def m_get_submission_id_for(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        stage = self.stages.get(int(kw["campaign_stage_id"]))
        if stage is None:
            raise AttributeError("'NoneType' object has no attribute 'campaign_stage_id'")
        if kw.get("submission_id"):
            submission = self.submissions.get(int(kw["submission_id"]))
            if submission is None:
                raise AttributeError("'NoneType' object has no attribute 'command_executed'")
            submission.command_executed = kw.get("command_executed")
        else:
            submission = Submission(self.next_id(), stage.campaign_stage_id, ctx.user,
                                    command_executed=kw.get("command_executed"))  # fmt: skip
            self.submissions[submission.submission_id] = submission
        return f"Task={submission.submission_id}"

    m_get_task_id_for = m_get_submission_id_for

    # -- job types and login setups --------------------------------------------------------------------------------
    def m_job_type_rm(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        name = kw["ae_definition_name"]
        job_type = next((j for j in self.job_types.values() if j.name == name and j.experiment == ctx.experiment
                         and j.creator == ctx.user), None)  # fmt: skip
        if job_type is None:
            raise AttributeError("'NoneType' object has no attribute 'job_type_id'")
        if ctx.role == "production-shifter":
            raise PermissionError(f"{ctx.user} may not delete job types as {ctx.role}")
        if job_type.used:
            return {"message": f"The job type, {name}, has been used and may not be deleted."}
        del self.job_types[job_type.job_type_id]
        return {"message": f"The job type '{name}' has been deleted."}

    def m_modify_job_type_recoveries(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        job_type = self.job_types.get(int(kw["job_type_id"]))
        if job_type is None:
            raise IntegrityError("(psycopg2.errors.ForeignKeyViolation) insert or update on table "
                                 "\"job_type_recoveries\" violates foreign key constraint "
                                 "\"fk_job_type_recoveries_job_type_id\"")  # fmt: skip
        self._may_modify(ctx, job_type.creator, f"job type {job_type.name}")
        requested = json.loads(kw["recoveries"])
        unknown = [kind for kind, _ in requested if kind not in RECOVERY_TYPES]
        if unknown:
            raise IntegrityError("(psycopg2.errors.NotNullViolation) null value in column \"recovery_type_id\" of "
                                 "relation \"job_type_recoveries\" violates not-null constraint")  # fmt: skip
        # The server's loop keeps only the last matching existing recovery: earlier ones are left unchanged.
        last_existing = max((i for i, (kind, _) in enumerate(requested)
                             if any(r[0] == kind for r in job_type.recoveries)), default=None)  # fmt: skip
        for i, (kind, options) in enumerate(requested):
            existing = next((r for r in job_type.recoveries if r[0] == kind), None)
            if existing is None:
                job_type.recoveries.append([kind, [list(o) for o in options]])
                continue
            if i != last_existing:
                continue
            for option, value in options:
                pair = next((p for p in existing[1] if p[0] == option), None)
                if pair is None:
                    existing[1].append([option, value])
                else:
                    pair[1] = value
        return job_type.recoveries

    def m_job_type_edit(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        action, name = kw["action"], kw["ae_definition_name"]
        if action == "add" and ctx.role in ("superuser",):
            raise PermissionError(f"role {ctx.role} may not add job types")
        if action in ("add", "edit"):
            parameters = json.loads(kw["ae_definition_parameters"])
            patterns = kw["ae_output_file_patterns"]
            if not kw["ae_launch_script"].strip():
                raise ValueError("launch script is empty")
        job_type = next((j for j in self.job_types.values() if j.name == name), None)
        if action == "add":
            if job_type is not None:  # the unique index refuses it; the page says so, the status does not
                return _editor_page("Job Types", "Integrity error: you are most likely using a name which "
                                                 "already exists in database.")  # fmt: skip
            job_type = JobType(self.next_id(), name, ctx.experiment, ctx.user)
            self.job_types[job_type.job_type_id] = job_type
        elif job_type is None:
            raise AttributeError("'NoneType' object has no attribute 'job_type_id'")
        if action == "delete":
            del self.job_types[job_type.job_type_id]
        else:
            job_type.launch_script, job_type.output_file_patterns = kw["ae_launch_script"], patterns
            job_type.definition_parameters, job_type.active = parameters, "ae_active" in kw
            # The server deletes every recovery of the type, then adds the ones sent (none: all gone).
            job_type.recoveries = json.loads(kw.get("ae_definition_recovery") or "[]")
        return _editor_page("Job Types")

    def m_login_setup_rm(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        if ctx.role == "production-shifter":
            raise PermissionError(f"{ctx.user} may not delete login setups as {ctx.role}")
        setup = next((s for s in self.login_setups.values() if s.name == kw["ae_launch_name"]
                      and s.experiment == ctx.experiment and s.creator == ctx.user and not s.used), None)  # fmt: skip
        if setup is not None:
            del self.login_setups[setup.login_setup_id]
        raise TypeError("Object of type Query is not JSON serializable")

    def m_login_setup_edit(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        action, name = kw["action"], kw["ae_launch_name"]
        setup = next((s for s in self.login_setups.values() if s.name == name and s.experiment == ctx.experiment),
                     None)  # fmt: skip
        if action == "add":
            if ctx.role in ("superuser",):
                raise PermissionError(f"role {ctx.role} may not add login setups")
            if setup is not None:
                return _editor_page("Login/Setup", f"A login setup named {name} already exists.")
            setup = LoginSetup(self.next_id(), name, ctx.experiment, ctx.user, launch_host=kw["ae_launch_host"],
                               launch_account=kw["ae_launch_account"], launch_setup=kw["ae_launch_setup"],
                               active="ae_active" in kw)  # fmt: skip
            self.login_setups[setup.login_setup_id] = setup
        elif setup is None:
            raise AttributeError("'NoneType' object has no attribute 'name'")
        elif action == "delete":
            del self.login_setups[setup.login_setup_id]
        else:
            setup.launch_host = kw.get("ae_launch_host", setup.launch_host)
            setup.launch_account = kw.get("ae_launch_account", setup.launch_account)
            setup.launch_setup = kw.get("ae_launch_setup", setup.launch_setup)
            setup.active = "ae_active" in kw
        return _editor_page("Login/Setup")

    def m_launch_template_edit(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        # The server forwards the request context where login_setup_edit expects the experiment.
        if ctx.role_given:
            raise ValueError("invalid input syntax for experiment")
        experiment, role = self.sessions.get(ctx.user, ("samdev", "analysis"))
        return self.m_login_setup_edit(Ctx(**{**ctx.__dict__, "experiment": experiment, "role": role}), kw)

    # -- files -----------------------------------------------------------------------------------------------------
    def _area(self, ctx: Ctx) -> dict[str, tuple[bytes, str]]:
        return self.uploads[(ctx.experiment, ctx.user)]

    def m_upload_file(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        parts = kw["filename"] if isinstance(kw["filename"], list) else [kw["filename"]]
        area = self._area(ctx)
        for part in parts:
            if not isinstance(part, Upload) or not part.filename:
                raise KeyError("filename")
            area[part.filename] = (part.content, "2024-05-01T14:03:27Z")
            if sum(len(c) for c, _ in area.values()) > self.quota:
                del area[part.filename]
                raise ValueError(f"Upload exeeds quota of {self.quota // 1024} kbi")
        raise Redirect(f"{ctx.host}/poms/file_uploads/{ctx.experiment}/{ctx.role}/{ctx.user}")

    def m_download_file(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        name = kw["filename"]
        if name not in self._area(ctx):
            raise FileNotFoundError(2, "No such file or directory")
        return PlainText(self._area(ctx)[name][0].decode("utf-8"))

    def m_remove_uploaded_files(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        names = kw["filename"] if isinstance(kw["filename"], list) else [kw["filename"]]
        for name in names:
            self._area(ctx).pop(name, None)
        if ctx.redirect == "0":
            return PlainText("Ok.")
        raise Redirect(f"{ctx.host}/poms/file_uploads/{ctx.experiment}/{ctx.role}/{ctx.user}")

    def m_file_uploads(self, ctx: Ctx, kw: dict[str, Any]) -> Any:
        if ctx.role == "production":
            raise Redirect(f"{ctx.host}/poms/index")
        if ctx.fmt != "json":
            return HtmlPage("<html><body>Uploads</body></html>")
        if not self.legacy_rows:
            raise TypeError("Object of type Row is not JSON serializable")
        area = self._area(ctx)
        example = load_spec()["paths"]["/poms/file_uploads/{experiment}/{role}/{user}"]["get"]
        template = example["responses"]["200"]["content"]["application/json"]["example"]
        return {
            "file_stat_list": [[name, len(content), stamp] for name, (content, stamp) in sorted(area.items())],
            "total": sum(len(c) for c, _ in area.values()),
            "experimenters": copy.deepcopy(template["experimenters"]),
            "quota": self.quota,
        }

    # -- rows ------------------------------------------------------------------------------------------------------
    def experimenter(self, username: str) -> dict[str, Any]:
        row = _example("/poms/show_campaigns", "tl", 0, "experimenter_creator_obj")
        row.update(experimenter_id=self.user_ids[username], first_name=username.title(), username=username)
        return row

    def stage_row(self, stage: Stage) -> dict[str, Any]:
        row = _example("/poms/show_campaign_stages", "campaign_stages", 0)
        campaign = self.campaigns.get(stage.campaign_id or 0)
        job_type = next((j.job_type_id for j in self.job_types.values() if j.name == stage.job_type), 12)
        login = next((ls.login_setup_id for ls in self.login_setups.values() if ls.name == stage.login_setup), 7)
        row.update(campaign_stage_id=stage.campaign_stage_id, experiment=stage.experiment, name=stage.name,
                   creator=self.user_ids[stage.creator], creator_role=stage.creator_role, job_type_id=job_type,
                   login_setup_id=login, param_overrides=stage.param_overrides,
                   test_param_overrides=stage.test_param_overrides, completion_pct=stage.completion_pct,
                   campaign_id=stage.campaign_id, created=stage.created,
                   campaign_obj={"name": campaign.name} if campaign else None,
                   experimenter_creator_obj=self.experimenter(stage.creator), **stage.columns)  # fmt: skip
        return row

    def campaign_row(self, campaign: Campaign) -> dict[str, Any]:
        row = _example("/poms/show_campaigns", "tl", 0)
        row.update(campaign_id=campaign.campaign_id, experiment=campaign.experiment, name=campaign.name,
                   active=campaign.active, creator=self.user_ids[campaign.creator], creator_role=campaign.creator_role,
                   stages=[self.stage_row(s) for s in self.stages.values() if s.campaign_id == campaign.campaign_id],
                   experimenter_creator_obj=self.experimenter(campaign.creator))  # fmt: skip
        return row

    def submission_row(self, submission: Submission) -> dict[str, Any]:
        cluster, _, schedd = (submission.jobsub_job_id or "unknown.0@unknown.un.known").partition("@")
        return {"submission_id": submission.submission_id, "jobsub_job_id": submission.jobsub_job_id,
                "created": submission.created, "creator": submission.creator, "status": submission.status,
                "jobsub_cluster": cluster, "jobsub_schedd": schedd,
                "campaign_stage_name": self.stages[submission.campaign_stage_id].name, "available_output": 10,
                "output_dims": f"ischildof:( snapshot_for_project_name {submission.project} )"}  # fmt: skip


# -- rendering -----------------------------------------------------------------------------------------------------
def _render(result: Any, method: str, ctx: Ctx, echo: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    if isinstance(result, PlainText):
        return 200, result.text, {"Content-Type": "text/plain;charset=utf-8"}
    if isinstance(result, HtmlPage):
        return 200, result.text, {"Content-Type": "text/html;charset=utf-8"}
    if method in JSON_METHODS or ctx.fmt == "json":
        if isinstance(result, dict):
            result = {**echo, **result}  # the echo: every form field as a string, handler keys win
        return 200, json.dumps(result), {"Content-Type": "application/json"}
    return 200, str(result), {"Content-Type": "text/html;charset=utf-8"}


def _editor_page(title: str, message: str = "") -> HtmlPage:
    """An editor method's answer: 200 whatever happened, a refusal only in the hidden message element."""
    return HtmlPage(f"<html>\n<head><title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n"
                    f"<div id=\"poms_message_data\" style=\"display: none\">{html.escape(message)}</div>\n"
                    "<table class=\"ui table\"><tr><td>...</td></tr></table>\n</body>\n</html>\n")  # fmt: skip


def _rewrite(exc: Exception) -> tuple[int, str]:
    """POMS's error_rewrite (webservice/poms_method.py)."""
    if isinstance(exc, PermissionError):
        return 401, repr(exc)
    if isinstance(exc, TypeError):
        return 400, repr(exc)
    if isinstance(exc, KeyError):
        return 400, f"Missing form field: {exc!r}"
    if isinstance(exc, AttributeError):
        return 400, f"Not found item: {exc!r}"
    if isinstance(exc, ValueError):
        return 400, f"Invalid argument: {exc!r}"
    return 400, f"Unknown error {exc!r}"


def _check_signature(method: str, args: dict[str, Any]) -> None:
    required, optional = FIXED[method]
    for name in args:
        if name not in required and name not in optional:
            raise TypeError(f"{method}() got an unexpected keyword argument '{name}'")
    missing = [name for name in required if name not in args]
    if missing:
        raise TypeError(f"{method}() missing {len(missing)} required positional argument: '{missing[0]}'")


def _page(title: str, heading: str, message: str, unauthorized: bool = False) -> str:
    extra = ("\n        <p>\n        If your account is not authorized to use POMS, to get access, do the following: "
             "...") if unauthorized else ""  # fmt: skip
    return (f"<html>\n  <head>\n    <title>{title}</title>\n  </head>\n  <body bgcolor=\"white\">\n"
            f"    <div class=\"center-div\">\n        <h1>{heading}</h1>\n        {html.escape(message)}{extra}\n"
            "    </div>\n  </body>\n</html>\n")  # fmt: skip


def _loop_page(message: str) -> str:
    return ("<html>\n  <head><title>404 Not Found</title></head>\n  <body bgcolor=\"white\">\n"
            f"    <center><h1>404 Not Found </h1>\n    {html.escape(message)}\n    <p>\n"
            "    <center><A HREF=\"/poms\">POMS</center>\n  </body>\n</html>\n")  # fmt: skip


def _oops() -> str:
    return ("<!DOCTYPE html>\n<html>\n<head><title>POMS</title></head>\n<body>\n<h1 class=\"ui header\">OOPS!</h1>\n"
            "<div class=\"ui\" id=\"oops\"> Unknown Error ... An internal error occurred, data has been logged. Please "
            "report the occurrance to POMS administrators.</div>\n</body>\n</html>\n")  # fmt: skip


def _apache_401() -> str:
    return ("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>401 Unauthorized</title>\n"
            "</head><body>\n<h1>Unauthorized</h1>\n<p>This server could not verify that you\nare authorized to access "
            "the document\nrequested.</p>\n</body></html>\n")  # fmt: skip


def _not_found(path: str) -> tuple[int, str, dict[str, str]]:
    body = ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"\">\n<html>\n<head>\n"
            "    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></meta>\n"
            "    <title>404 Not Found</title>\n    <style type=\"text/css\">\n    #powered_by { margin-top: 20px; }\n"
            "    </style>\n</head>\n    <body>\n        <h2>404 Not Found</h2>\n"
            f"        <p>The path '{html.escape(path)}' was not found.</p>\n"
            "        <pre id=\"traceback\">Traceback (most recent call last):\n  ...\ncherrypy._cperror.NotFound: "
            f"(404, \"The path '{html.escape(path)}' was not found.\")\n</pre>\n"
            "    <div id=\"powered_by\">\n      <span>Powered by <a href=\"http://www.cherrypy.dev\">CherryPy</a></span>\n"
            "    </div>\n    </body>\n</html>\n")  # fmt: skip
    return 404, body, {"Content-Type": "text/html;charset=utf-8"}


def _parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


def _multipart(content_type: str, body: bytes) -> tuple[dict[str, list[str]], dict[str, list[Upload]]]:
    message = email.message_from_bytes(
        f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode() + body, policy=email.policy.HTTP
    )
    form: dict[str, list[str]] = {}
    files: dict[str, list[Upload]] = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if filename is not None:
            files.setdefault(name, []).append(Upload(filename, payload, part.get_content_type()))
        else:
            form.setdefault(name, []).append(payload.decode())
    return form, files


def _send(h: BaseHTTPRequestHandler, status: int, body: str, headers: dict[str, str]) -> None:
    data = body.encode()
    h.send_response(status)
    for key, value in headers.items():
        h.send_header(key, value)
    h.send_header("Content-Length", str(len(data)))
    h.end_headers()
    h.wfile.write(data)
