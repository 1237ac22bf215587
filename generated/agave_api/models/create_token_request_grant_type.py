from enum import StrEnum


class CreateTokenRequestGrantType(StrEnum):
    ADMIN_PASSWORD = "admin_password"
    PASSWORD = "password"
    REFRESH_TOKEN = "refresh_token"

    def __str__(self) -> str:
        return str(self.value)
