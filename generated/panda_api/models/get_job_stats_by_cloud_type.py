from enum import StrEnum


class GetJobStatsByCloudType(StrEnum):
    ANALYSIS = "analysis"
    PRODUCTION = "production"

    def __str__(self) -> str:
        return str(self.value)
