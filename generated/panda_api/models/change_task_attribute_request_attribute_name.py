from enum import StrEnum


class ChangeTaskAttributeRequestAttributeName(StrEnum):
    CORECOUNT = "coreCount"
    CPUTIME = "cpuTime"
    RAMCOUNT = "ramCount"
    WALLTIME = "wallTime"

    def __str__(self) -> str:
        return str(self.value)
