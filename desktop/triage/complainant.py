"""Who the owner is dealing with (PLAYBOOK §1), from their history and the comment, with reasons."""

from __future__ import annotations

from typing import NamedTuple

from desktop.triage.reading import Reading

__all__ = ["TYPES", "Reason", "Earlier", "classify"]

TYPES = ("active_hater", "extreme_critic", "lapsed_loyal", "loyal_fan", "newcomer")

LONG_AGO_DAYS = 120    # happy comments this old, and none lately: a regular who drifted
LATELY_DAYS = 60
DETAILED_NUMBERS = 3   # times, dates, amounts: someone who keeps records
DETAILED_MEASURES = 2  # numbers with units ("45 minit", "200 g", "RM 12")
LONG_COMMENT = 280


class Reason(NamedTuple):
    """Why a type was chosen; turned into words in the owner's language by the playbooks."""

    code: str
    count: int = 0
    quote: str = ""
    days: int = 0


class Earlier(NamedTuple):
    reading: Reading
    abusive: bool
    days_ago: int


def _quote(reading: Reading, cue: str) -> str:
    quotes = reading.cues.get(cue) or [""]
    return quotes[0][:60]


def classify(now: Reading, abusive: list[str], history: list[Earlier],
             manual: str | None = None, addressed: bool = False) -> tuple[str, list[Reason]]:
    if manual in TYPES:
        return manual, [Reason("manual")]
    happy = [e for e in history if e.reading.tone > 0 and not e.abusive]
    hostile = [e for e in history if e.abusive or e.reading.has("contempt")]
    critical = [e for e in history if e.reading.tone < 0 and e not in hostile]
    complaint = now.complaint
    reasons: list[Reason] = []

    def history_reasons():
        if happy:
            span = max(e.days_ago for e in happy)
            reasons.append(Reason("happy_history", len(happy), days=span))
        if critical:
            reasons.append(Reason("critical_history", len(critical)))
        if hostile:
            reasons.append(Reason("hostile_history", len(hostile)))

    # An insult thrown at another commenter ("@Zack you idiot", "you people fighting in the
    # comments are dumb") says nothing about the shop; nor does a first-time buyer swearing
    # at a courier make a hater.
    at_others = addressed or now.has("commenters")
    first_timer = now.has("first_time") and not hostile
    insults_now = not first_timer and ((bool(abusive) and not at_others) or now.has("contempt") or (
        complaint and now.laughs and not now.praise and not history))
    loyal_claim = now.has("loyalty")
    regular = len(happy) >= 2 or (len(happy) == 1 and happy[0].days_ago >= LONG_AGO_DAYS) \
        or loyal_claim

    if len(hostile) >= 2 or (hostile and insults_now and not regular):
        history_reasons()
        _insult_reasons(now, abusive, reasons)
        return "active_hater", reasons

    if regular and not (critical and not happy and not loyal_claim):
        history_reasons()
        if loyal_claim:
            reasons.append(Reason("loyalty_claim", quote=_quote(now, "loyalty")))
        drifted = bool(happy) and min(e.days_ago for e in happy) >= LATELY_DAYS
        if complaint and (now.has("switch") or now.has("used_to") or insults_now
                          or now.has("upset") or (drifted and not now.praise)):
            for cue in ("switch", "used_to", "upset"):
                if now.has(cue):
                    reasons.append(Reason(cue, quote=_quote(now, cue)))
            if drifted and not (now.has("switch") or now.has("used_to")):
                reasons.append(Reason("quiet_lately", days=min(e.days_ago for e in happy)))
            return "lapsed_loyal", reasons
        reasons.append(Reason("still_happy" if not complaint else "praise_and_fault"
                              if now.mixed else "small_fault"))
        return "loyal_fan", reasons

    if insults_now:
        history_reasons()
        _insult_reasons(now, abusive, reasons)
        return "active_hater", reasons

    if complaint and (now.has("switch") or now.has("used_to")) and not now.has("first_time"):
        for cue in ("switch", "used_to"):
            if now.has(cue):
                reasons.append(Reason(cue, quote=_quote(now, cue)))
        history_reasons()
        return "lapsed_loyal", reasons

    detailed = _detailed(now)
    # Precise questions or a careful check of an order ("net weight in grams? how many days
    # in the fridge?", "confirming again: 80 packs, sambal separate"): a critic's care.
    probing = not complaint and (now.has("detail") or now.measures >= DETAILED_MEASURES or (
        now.measures and now.questions >= 2)) and (now.question or now.numbers >= DETAILED_NUMBERS)
    if probing and not critical and not happy:
        reasons.append(Reason("probing"))
        return "extreme_critic", reasons
    if not complaint and now.has("suggest") and not now.laughs and not (happy and not critical):
        reasons.append(Reason("suggests", quote=_quote(now, "suggest")))
        history_reasons()
        return "extreme_critic", reasons
    if (len(critical) >= 2 or (critical and not happy and (complaint or probing))
            or (critical and detailed)):
        history_reasons()
        if detailed:
            reasons.append(Reason("detailed", detailed))
        return "extreme_critic", reasons
    if detailed and (not now.has("first_time") or detailed >= 4):
        reasons.append(Reason("detailed", detailed))
        history_reasons()
        return "extreme_critic", reasons

    if complaint and now.mixed and not now.has("first_time"):
        reasons.append(Reason("praise_and_fault"))
        history_reasons()
        return "loyal_fan", reasons
    if happy and not complaint:
        history_reasons()
        reasons.append(Reason("still_happy"))
        return "loyal_fan", reasons

    history_reasons()
    if now.has("first_time"):
        reasons.append(Reason("first_time", quote=_quote(now, "first_time")))
    reasons.append(Reason("no_history" if not history else "no_cue"))
    return "newcomer", reasons


def _detailed(now: Reading) -> int:
    """How many specific points a complaint makes (0: not a detailed one)."""
    if not now.complaint:
        return 0
    points = max(now.numbers, now.measures * 2, len(now.fault_touchpoints))
    if (now.numbers >= DETAILED_NUMBERS or now.measures >= DETAILED_MEASURES
            or now.has("detail") or (len(now.fault_touchpoints) >= 2 and now.length >= 150)
            or (len(now.faults) >= 2 and now.length >= LONG_COMMENT)):
        return max(points, 2)
    return 0


def _insult_reasons(now: Reading, abusive: list[str], reasons: list[Reason]) -> None:
    if abusive:
        reasons.append(Reason("insults", len(abusive), quote=", ".join(abusive[:3])))
    if now.has("contempt"):
        reasons.append(Reason("contempt", quote=_quote(now, "contempt")))
