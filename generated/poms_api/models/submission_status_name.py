from enum import StrEnum


class SubmissionStatusName(StrEnum):
    APPROVED = "Approved"
    AWAITING_APPROVAL = "Awaiting Approval"
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    FAILED = "Failed"
    HELD = "Held"
    IDLE = "Idle"
    LAUNCHFAILED = "LaunchFailed"
    LOCATED = "Located"
    NEW = "New"
    REMOVED = "Removed"
    RUNNING = "Running"

    def __str__(self) -> str:
        return str(self.value)
