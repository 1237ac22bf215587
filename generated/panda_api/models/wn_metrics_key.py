from enum import StrEnum


class WnMetricsKey(StrEnum):
    JOBS = "jobs"
    WORKERS = "workers"

    def __str__(self) -> str:
        return str(self.value)
