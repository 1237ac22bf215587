from enum import StrEnum


class WorkflowUploadResultStatus(StrEnum):
    VALUE_0 = "201 Created"
    VALUE_1 = "400 Bad Request"

    def __str__(self) -> str:
        return str(self.value)
