"""Balas: answer and track customer complaints, offline, on the owner's own laptop."""

__version__ = "0.1.0"
APP_NAME = "Balas"
APP_ID = "balas"

__all__ = ["__version__", "APP_NAME", "APP_ID"]
