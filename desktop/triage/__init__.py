"""Triage: who is complaining, about what, in which language, what to say and what not to say.

Plain Python: no Qt, no network. Word lists and playbooks come from resources/.
"""
