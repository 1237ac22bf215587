"""One resource class per tag of specs/poms.yaml, each in its own module."""

from .campaign_stages import CampaignStagesResource
from .campaigns import CampaignsResource
from .files import FilesResource
from .job_types import JobTypesResource
from .launches import Launch, LaunchesResource
from .login_setups import LoginSetupsResource
from .submissions import SubmissionsResource
from .tags import TagsResource

__all__ = [
    "CampaignStagesResource",
    "CampaignsResource",
    "FilesResource",
    "JobTypesResource",
    "Launch",
    "LaunchesResource",
    "LoginSetupsResource",
    "SubmissionsResource",
    "TagsResource",
]
