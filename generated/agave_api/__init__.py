"""A client library for accessing Agave Jobs API (v2)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
