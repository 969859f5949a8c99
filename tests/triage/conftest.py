import pytest

from desktop.triage.engine import Triage
from desktop.triage.playbooks import Playbooks
from desktop.triage.service import TriageService


@pytest.fixture(scope="session")
def triage() -> Triage:
    return Triage()


@pytest.fixture(scope="session")
def rules() -> Triage:
    """The rules alone, without the learned models' vote (the mechanisms the rules know)."""
    return Triage(models=None)


@pytest.fixture(scope="session")
def playbooks() -> Playbooks:
    return Playbooks()


@pytest.fixture(scope="session")
def service(triage, playbooks) -> TriageService:
    return TriageService(triage, playbooks)
