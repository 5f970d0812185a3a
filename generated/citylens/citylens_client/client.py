"""The client every operation and helper of this package takes: make one with `connect()`."""

from ._runtime.client import APIClient


class Client(APIClient):
    """The client `connect()` returns (A client library for accessing CityLens Export API).

    It owns its credential, timeout, retries, headers and connections:
    `with_options(...)` returns a configured copy that keeps them, and `close()` (or
    `with` / `async with`) closes every connection it opened. Its repr shows the
    settings in force, never a secret.
    """


# The generated operations name this type twice (`AuthenticatedClient | Client`).
AuthenticatedClient = Client
