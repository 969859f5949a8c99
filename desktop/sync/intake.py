"""Triage on arrival: read a case with the person's history, store the verdict, apply the rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from desktop.cases import queries
from desktop.cases.db import Database
from desktop.cases.repository import CaseRepository

if TYPE_CHECKING:  # the triage loads on a worker when first needed, not with the window
    from desktop.triage.engine import Triage, Verdict

__all__ = ["IntakeRules", "Triaged", "triage_case", "triage_all", "AUTO_HIDE_ACTOR"]

AUTO_HIDE_ACTOR = "Balas"  # who the timeline says hid a comment under the owner's rule


class IntakeRules(NamedTuple):
    """The owner's settings that triage on arrival follows."""

    prefer: str = "ms"          # Malay or Indonesian, when a comment could be either
    auto_hide_abuse: bool = False


class Triaged(NamedTuple):
    case_id: int
    verdict: Verdict
    hide_queued: bool


def triage_case(database: Database, repository: CaseRepository, triage: Triage, case_id: int,
                rules: IntakeRules = IntakeRules()) -> Triaged | None:
    """Triage one case and store the result; None when the case is gone."""
    with database.connect() as conn:
        item = queries.triage_input(conn, case_id)
    if item is None:
        return None
    from desktop.triage.engine import Past
    from desktop.triage.text import without_thread_handles

    history = [Past(text, int(days)) for text, days in item.history]
    verdict = triage.judge(without_thread_handles(item.text, item.channel), history,
                           manual_type=item.manual_type, prefer=rules.prefer)
    repository.record_triage(
        case_id, complainant_type=verdict.type, type_reasons=[list(r) for r in verdict.reasons],
        language=verdict.lang, abusive_terms=verdict.abusive_terms, touchpoint=verdict.touchpoint)
    hide = (rules.auto_hide_abuse and verdict.abusive and item.source_comment is not None
            and not item.source_hidden)
    if hide:
        repository.queue_hide(item.source_comment, AUTO_HIDE_ACTOR)
    return Triaged(case_id, verdict, hide)


def triage_all(database: Database, triage: Triage | None = None,
               rules: IntakeRules = IntakeRules()) -> int:
    """Triage every case in the log (the demo shop, a log from before triage); returns how many."""
    if triage is None:
        from desktop.triage.engine import Triage

        triage = Triage()
    repository = CaseRepository(database)
    with database.connect() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM complaint_case ORDER BY received_at")]
    return sum(triage_case(database, repository, triage, case_id, rules) is not None for case_id in ids)
