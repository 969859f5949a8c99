"""The case workflow: which action moves a case from which state to which.

    new → acknowledged → in_progress → resolved → followed_up → closed
    ignore (with a reason) from new, acknowledged or in_progress; reopen from the end states.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.cases.errors import IllegalTransition, InvalidInput
from desktop.cases.vocab import State

__all__ = ["Action", "next_state", "available_actions", "PRIMARY_ACTION"]


class Action(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    START = "start"
    RESOLVE = "resolve"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    IGNORE = "ignore"
    REOPEN = "reopen"


_MOVES: dict[tuple[State, Action], State] = {
    (State.NEW, Action.ACKNOWLEDGE): State.ACKNOWLEDGED,
    (State.NEW, Action.START): State.IN_PROGRESS,
    (State.ACKNOWLEDGED, Action.START): State.IN_PROGRESS,
    (State.ACKNOWLEDGED, Action.RESOLVE): State.RESOLVED,
    (State.IN_PROGRESS, Action.RESOLVE): State.RESOLVED,
    (State.RESOLVED, Action.FOLLOW_UP): State.FOLLOWED_UP,
    (State.FOLLOWED_UP, Action.CLOSE): State.CLOSED,
    (State.NEW, Action.IGNORE): State.IGNORED,
    (State.ACKNOWLEDGED, Action.IGNORE): State.IGNORED,
    (State.IN_PROGRESS, Action.IGNORE): State.IGNORED,
    (State.RESOLVED, Action.REOPEN): State.IN_PROGRESS,
    (State.FOLLOWED_UP, Action.REOPEN): State.IN_PROGRESS,
    (State.CLOSED, Action.REOPEN): State.IN_PROGRESS,
    (State.IGNORED, Action.REOPEN): State.NEW,
}

# The one step the owner most likely takes next (Ctrl+Enter).
PRIMARY_ACTION: dict[State, Action] = {
    State.NEW: Action.ACKNOWLEDGE,
    State.ACKNOWLEDGED: Action.START,
    State.IN_PROGRESS: Action.RESOLVE,
    State.RESOLVED: Action.FOLLOW_UP,
    State.FOLLOWED_UP: Action.CLOSE,
}


def next_state(state: str, action: str, reason: str | None = None,
               case_id: int | None = None) -> State:
    """The state after `action`; raises IllegalTransition or InvalidInput (ignore needs a reason)."""
    try:
        current, act = State(state), Action(action)
    except ValueError as exc:
        raise IllegalTransition(case_id, state, action) from exc
    target = _MOVES.get((current, act))
    if target is None:
        raise IllegalTransition(case_id, state, action)
    if act is Action.IGNORE and not (reason or "").strip():
        raise InvalidInput("reason", "say why the case is ignored")
    return target


def available_actions(state: str) -> list[Action]:
    """Actions allowed from `state`, in workflow order."""
    return [act for (st, act) in _MOVES if st == state]
