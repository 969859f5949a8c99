"""Balas: answer and track customer complaints, offline, on the owner's own laptop."""

__version__ = "0.1.0"
APP_NAME = "Balas"
APP_ID = "balas"
REDIRECT_PORT = 47815  # sign-in comes back to http://127.0.0.1:<port>/callback, registered by the owner

__all__ = ["__version__", "APP_NAME", "APP_ID", "REDIRECT_PORT"]
