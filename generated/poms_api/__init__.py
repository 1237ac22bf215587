"""A client library for accessing POMS — Production Operations Management Service (Fermilab)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
