from enum import StrEnum


class PermissionValue(StrEnum):
    ALL = "ALL"
    EXECUTE = "EXECUTE"
    NONE = "NONE"
    READ = "READ"
    READ_EXECUTE = "READ_EXECUTE"
    READ_PERMISSION = "READ_PERMISSION"
    READ_WRITE = "READ_WRITE"
    READ_WRITE_PERMISSION = "READ_WRITE_PERMISSION"
    VALUE_11 = ""
    WRITE = "WRITE"
    WRITE_EXECUTE = "WRITE_EXECUTE"
    WRITE_PERMISSION = "WRITE_PERMISSION"

    def __str__(self) -> str:
        return str(self.value)
