"""A client library for accessing JDMA (JASMIN Data Migration App) HTTP API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
