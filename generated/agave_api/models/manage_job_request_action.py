from enum import StrEnum


class ManageJobRequestAction(StrEnum):
    RESET = "reset"
    RESTORE = "restore"
    RESUBMIT = "resubmit"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
