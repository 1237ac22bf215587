from enum import StrEnum


class UpdateJobRequestJobStatus(StrEnum):
    FAILED = "failed"
    FINISHED = "finished"
    HOLDING = "holding"
    RUNNING = "running"
    STARTING = "starting"
    TRANSFERRING = "transferring"

    def __str__(self) -> str:
        return str(self.value)
