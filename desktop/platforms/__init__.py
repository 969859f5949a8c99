"""One connector per platform over requests (no Qt). A new platform is one new module here
plus one line in `CONNECTORS`."""

from __future__ import annotations

from importlib import import_module

from desktop.platforms.base import (AccountInfo, Connector, Credentials, ErrorKind, FetchedPage,
                                    PlatformError, RemoteComment, Target)

__all__ = ["CONNECTORS", "PLATFORMS", "make_connector", "AccountInfo", "Connector", "Credentials",
           "ErrorKind", "FetchedPage", "PlatformError", "RemoteComment", "Target"]

# platform -> (module, class); imported only when an account of that platform is used.
CONNECTORS = {
    "facebook": ("desktop.platforms.facebook", "FacebookConnector"),
    "instagram": ("desktop.platforms.instagram", "InstagramConnector"),
    "x": ("desktop.platforms.x", "XConnector"),
}
PLATFORMS = tuple(CONNECTORS)


def make_connector(platform: str, external_id: str, credentials: Credentials, **options) -> Connector:
    """The connector for one account; `options` go to its constructor (session, clock, client_id)."""
    module, name = CONNECTORS[platform]
    cls = getattr(import_module(module), name)
    if platform != "x":
        options.pop("client_id", None)
    return cls(external_id, credentials, **options)
