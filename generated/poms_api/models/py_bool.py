from enum import StrEnum


class PyBool(StrEnum):
    FALSE = "False"
    TRUE = "True"

    def __str__(self) -> str:
        return str(self.value)
