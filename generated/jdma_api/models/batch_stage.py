from enum import IntEnum


class BatchStage(IntEnum):
    ON_DISK = 0
    PUTTING = 1
    ON_STORAGE = 2
    FAILED = 3
    DELETING = 4
    DELETED = 5

    def __str__(self) -> str:
        return str(self.value)
