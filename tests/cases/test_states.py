import pytest

from desktop.cases.errors import IllegalTransition, InvalidInput
from desktop.cases.states import Action, available_actions, next_state
from desktop.cases.vocab import State


def test_happy_path_walks_every_state_in_order():
    state = State.NEW
    for action, expected in [(Action.ACKNOWLEDGE, State.ACKNOWLEDGED), (Action.START, State.IN_PROGRESS),
                             (Action.RESOLVE, State.RESOLVED), (Action.FOLLOW_UP, State.FOLLOWED_UP),
                             (Action.CLOSE, State.CLOSED)]:
        state = next_state(state, action)
        assert state == expected


@pytest.mark.parametrize("state, action", [
    ("new", "resolve"), ("new", "close"), ("new", "reopen"), ("closed", "acknowledge"),
    ("resolved", "ignore"), ("ignored", "resolve"), ("in_progress", "follow_up"),
    ("followed_up", "resolve"), ("new", "dance"), ("limbo", "close"),
])
def test_illegal_moves_raise_a_clear_error(state, action):
    with pytest.raises(IllegalTransition) as error:
        next_state(state, action, case_id=7)
    assert f"cannot '{action}' a case that is '{state}'" in str(error.value)
    assert error.value.case_id == 7


def test_ignore_needs_a_reason():
    with pytest.raises(InvalidInput):
        next_state("new", "ignore", reason="  ")
    assert next_state("new", "ignore", reason="spam") == State.IGNORED


@pytest.mark.parametrize("state, target", [("resolved", "in_progress"), ("followed_up", "in_progress"),
                                           ("closed", "in_progress"), ("ignored", "new")])
def test_reopen_brings_a_finished_case_back(state, target):
    assert next_state(state, "reopen") == target


def test_available_actions_match_the_moves():
    assert available_actions("new") == [Action.ACKNOWLEDGE, Action.START, Action.IGNORE]
    assert available_actions("closed") == [Action.REOPEN]
    for state in State:
        for action in available_actions(state):
            next_state(state, action, reason="because")
