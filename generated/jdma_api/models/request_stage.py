from enum import IntEnum


class RequestStage(IntEnum):
    PUT_START = 0
    PUT_BUILDING = 1
    PUT_PENDING = 2
    PUT_PACKING = 3
    PUTTING = 4
    VERIFY_PENDING = 5
    VERIFY_GETTING = 6
    VERIFYING = 7
    PUT_TIDY = 8
    PUT_COMPLETED = 9
    GET_START = 100
    GET_PENDING = 101
    GETTING = 102
    GET_UNPACKING = 103
    GET_RESTORE = 104
    GET_TIDY = 105
    GET_COMPLETED = 106
    DELETE_START = 200
    DELETE_PENDING = 201
    DELETING = 202
    DELETE_TIDY = 203
    DELETE_COMPLETED = 204
    FAILED = 1000
    FAILED_COMPLETED = 1001

    def __str__(self) -> str:
        return str(self.value)
