from enum import StrEnum


class EditAction(StrEnum):
    ADD = "add"
    DELETE = "delete"
    EDIT = "edit"

    def __str__(self) -> str:
        return str(self.value)
