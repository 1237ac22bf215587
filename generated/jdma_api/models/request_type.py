from enum import IntEnum


class RequestType(IntEnum):
    PUT = 0
    GET = 1
    MIGRATE = 2
    DELETE = 3

    def __str__(self) -> str:
        return str(self.value)
