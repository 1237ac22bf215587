from enum import StrEnum


class NewPutRequestRequestType(StrEnum):
    MIGRATE = "MIGRATE"
    PUT = "PUT"

    def __str__(self) -> str:
        return str(self.value)
