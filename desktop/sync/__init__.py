"""Bringing comments in: triage on arrival (and, later, the platforms' sync and the outbox)."""
