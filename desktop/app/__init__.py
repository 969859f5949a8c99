"""Qt below the windows: the session, controllers and workers that run the plain-Python layers."""
