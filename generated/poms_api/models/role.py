from enum import StrEnum


class Role(StrEnum):
    ANALYSIS = "analysis"
    PRODUCTION = "production"
    PRODUCTION_SHIFTER = "production-shifter"
    SUPERUSER = "superuser"

    def __str__(self) -> str:
        return str(self.value)
