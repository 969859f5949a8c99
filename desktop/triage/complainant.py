"""Who the owner is dealing with (PLAYBOOK §1), from their history and the comment, with reasons."""

from __future__ import annotations

from typing import NamedTuple, Sequence

from desktop.triage.reading import Reading

__all__ = ["TYPES", "Reason", "Earlier", "classify", "evidence", "is_complaint", "split_history"]

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
    """What counts of an earlier comment by the same person."""

    tone: int        # Reading.tone: -1 unhappy, 0 neutral, +1 happy
    hostile: bool    # abusive or contemptuous
    days_ago: int


def split_history(history: Sequence[Earlier]) -> tuple[list[Earlier], list[Earlier], list[Earlier]]:
    """The earlier comments that were happy, critical and hostile."""
    hostile = [e for e in history if e.hostile]
    happy = [e for e in history if e.tone > 0 and not e.hostile]
    critical = [e for e in history if e.tone < 0 and not e.hostile]
    return happy, critical, hostile


def _history_reasons(happy: list[Earlier], critical: list[Earlier],
                     hostile: list[Earlier]) -> list[Reason]:
    reasons = []
    if happy:
        reasons.append(Reason("happy_history", len(happy), days=max(e.days_ago for e in happy)))
    if critical:
        reasons.append(Reason("critical_history", len(critical)))
    if hostile:
        reasons.append(Reason("hostile_history", len(hostile)))
    return reasons


def _quote(reading: Reading, cue: str) -> str:
    quotes = reading.cues.get(cue) or [""]
    return quotes[0][:60]


def at_others(now: Reading, addressed: bool) -> bool:
    """Written to other commenters ("@Zack you idiot", "yg komen kedai ni mahal tu…")."""
    return addressed or now.has("commenters")


def cheering(now: Reading, abusive: list[str]) -> bool:
    """Swearing out of delight ("sedap sial", "fucking delicious"): praise and no fault; or
    at one's own luck ("Sial, terlepas promo", "Shit, I forgot my voucher")."""
    return bool(abusive) and not now.has("contempt") and (
        (bool(now.praise) and not now.faults) or (now.exclaims and len(abusive) == 1))


def is_complaint(now: Reading, abusive: list[str], addressed: bool = False) -> bool:
    """Whether the comment says something is wrong with the shop (LABELS.md: complaint)."""
    if at_others(now, addressed):
        # Replies to other commenters quote their complaints or defend the shop; only
        # contempt for the shop itself ("sini takyah, buang masa") is a complaint here.
        return now.has("contempt") and not abusive and not now.praise and not now.has("loyalty")
    return now.complaint or (bool(abusive) and not cheering(now, abusive))


def classify(now: Reading, abusive: list[str], history: list[Earlier],
             manual: str | None = None, addressed: bool = False) -> tuple[str, list[Reason]]:
    if manual in TYPES:
        return manual, [Reason("manual")]
    happy, critical, hostile = split_history(history)
    complaint = is_complaint(now, abusive, addressed)
    reasons: list[Reason] = []

    def history_reasons():
        reasons.extend(_history_reasons(happy, critical, hostile))

    def cue_reasons(*cues):
        for cue in cues:
            if now.has(cue):
                reasons.append(Reason(cue, quote=_quote(now, cue)))

    others = at_others(now, addressed)
    first_timer = now.has("first_time") and not hostile
    # An insult thrown at another commenter says nothing about the shop; nor does a
    # first-time buyer swearing at a courier make a hater, nor swearing out of delight.
    insults_now = not first_timer and (
        (bool(abusive) and not others and not cheering(now, abusive)) or now.has("contempt")
        or now.has("sarcasm")
        or (complaint and now.laughs and not now.praise and not history))
    # Someone telling others to stay away is no regular, whatever habit the text names
    # ("air mati tiap pagi … jangan ngekos di sini").
    # Nor is a first-time buyer, whatever they promise ("pertama kali beli … pasti beli lagi").
    loyal_claim = now.has("loyalty") and not _boycott(now) and not now.has("first_time")
    # Coming back happy ("as always", "order lagi") is a regular's habit; with a complaint
    # the same words may be sarcasm ("late again").
    returning = now.has("again") and not complaint and not now.has("first_time")
    regular = (len(happy) >= 2 or (len(happy) == 1 and happy[0].days_ago >= LONG_AGO_DAYS)
               or loyal_claim or returning)
    detailed = _detailed(now) if complaint else 0
    upset = complaint and (now.has("upset") or now.unhappy_emoji > 0)

    # 1. The history speaks first (LABELS.md: it weighs more than a single cue in the text).
    # Hostile again and again, or hostile among otherwise critical comments: a hater.
    # Hostile before and never happy: a hater still, even asking a plain question now.
    if len(hostile) >= 2 or (hostile and not happy and not now.praise) or (
            hostile and insults_now and not regular):
        history_reasons()
        _insult_reasons(now, abusive, reasons)
        return "active_hater", reasons
    # Several critical, factual comments and no happy ones: a critic, even when asking a
    # plain question now; a critic also when one such comment comes with a detailed complaint.
    if not hostile and not insults_now and (
            (len(critical) >= 2 and len(critical) > len(happy))
            or (critical and not happy and (detailed or not complaint or not loyal_claim))):
        history_reasons()
        if detailed:
            reasons.append(Reason("detailed", detailed))
        if now.has("suggest"):
            reasons.append(Reason("suggests", quote=_quote(now, "suggest")))
        return "extreme_critic", reasons

    # Happy long ago, critical lately: a regular slipping away, whatever they ask now.
    # Careful questions from someone with critical comments: a critic, even with happy ones.
    probing = not complaint and not first_timer and (
        now.has("detail") or now.measures >= DETAILED_MEASURES or (now.measures and now.questions >= 2)
    ) and (now.question or now.numbers >= DETAILED_NUMBERS)
    if probing and critical and not hostile and len(critical) >= len(happy):
        history_reasons()
        reasons.append(Reason("probing"))
        return "extreme_critic", reasons
    # Thanks alone ("ok, thanks for the voucher, we'll see") is politeness, not a fan's delight;
    # a laugh or a friendly face is; telling others to boycott is a hater's.
    if happy and critical and not hostile and not detailed and not (
            now.praise and not now.thanks_only and not complaint) and not (
            now.friendly or now.laughs or _boycott(now)) and (
            min(e.days_ago for e in critical) < min(e.days_ago for e in happy)):
        history_reasons()
        cue_reasons("switch", "used_to", "upset")
        return "lapsed_loyal", reasons

    # 2. A regular: happy before, or says so; not a stranger with a measured complaint
    # ("3 kali beli, 3 kali kurang: 870g, 905g").
    measured = detailed and now.has("detail") and not happy and not upset and not (
        now.has("switch") or now.has("used_to") or _years(now))
    if regular and not (critical and not happy and not loyal_claim) and not measured:
        history_reasons()
        if loyal_claim:
            reasons.append(Reason("loyalty_claim", quote=_quote(now, "loyalty")))
        drifted = bool(happy) and min(e.days_ago for e in happy) >= LATELY_DAYS
        # A friendly tone ("takpe, sy tunggu je 😘", "just FYI") keeps a small complaint a fan's.
        calm = now.friendly and not now.has("switch") and not upset and not insults_now
        if now.has("switch") or (complaint and not calm and (
                now.has("used_to") or insults_now or upset or (drifted and not now.praise)
                or (loyal_claim and not now.praise))):
            cue_reasons("switch", "used_to", "upset")
            if drifted and not (now.has("switch") or now.has("used_to")):
                reasons.append(Reason("quiet_lately", days=min(e.days_ago for e in happy)))
            return "lapsed_loyal", reasons
        if returning and not loyal_claim:
            cue_reasons("again")
        reasons.append(Reason("still_happy" if not complaint else "praise_and_fault"
                              if now.mixed else "small_fault"))
        return "loyal_fan", reasons

    # 3. No telling history: the comment's own cues.
    if insults_now:
        history_reasons()
        _insult_reasons(now, abusive, reasons)
        return "active_hater", reasons

    if (now.has("switch") or (complaint and now.has("used_to"))) and not first_timer and not (
            now.measures >= DETAILED_MEASURES and not now.has("switch")):
        cue_reasons("switch", "used_to")
        history_reasons()
        return "lapsed_loyal", reasons

    # Precise questions or a careful check of an order ("net weight in grams? how many days
    # in the fridge?", "confirming again: 80 packs, sambal separate"): a critic's care.
    if probing and not happy:
        reasons.append(Reason("probing"))
        history_reasons()
        return "extreme_critic", reasons
    if detailed and not first_timer:
        reasons.append(Reason("detailed", detailed))
        history_reasons()
        return "extreme_critic", reasons

    if complaint and now.mixed and not first_timer:
        reasons.append(Reason("praise_and_fault"))
        history_reasons()
        return "loyal_fan", reasons
    # Happy before and not complaining now; or praising now with a history that is not
    # hostile or critical: someone who keeps coming back.
    # Someone defending the shop with praise ("@Marcus stop it, best kopitiam in Ipoh") too.
    if (happy and not complaint) or (history and now.praise and not complaint and not now.question) or (
            others and now.praise and not complaint):
        history_reasons()
        reasons.append(Reason("still_happy"))
        return "loyal_fan", reasons

    history_reasons()
    if now.has("first_time"):
        reasons.append(Reason("first_time", quote=_quote(now, "first_time")))
    reasons.append(Reason("no_history" if not history else "no_cue"))
    return "newcomer", reasons


_CALLS_OFF = ("jangan", "jgn", "don't", "dont", "do not", "avoid", "boycott", "boikot", "stay away",
              "usah", "gausah", "takyah", "tak payah", "never go")


def _boycott(now: Reading) -> bool:
    """Telling others to stay away ("jangan beli di sini", "avoid this place")."""
    return any(word in quote.lower() for quote in now.cues.get("contempt", ()) for word in _CALLS_OFF)


def _years(now: Reading) -> bool:
    """Loyalty said in years ("dah 6 tahun", "for 5 years"), not only in a count of orders."""
    return any(w in quote.lower() for quote in now.cues.get("loyalty", ())
               for w in ("tahun", "thn", "taun", "year", "yr"))


def _detailed(now: Reading) -> int:
    """How many specific points a complaint makes (0: not a detailed one)."""
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
    if now.has("sarcasm"):
        reasons.append(Reason("sarcasm", quote=_quote(now, "sarcasm")))
    elif now.laughs and not reasons:
        reasons.append(Reason("laughs_at_fault"))


def evidence(kind: str, now: Reading, abusive: list[str], history: list[Earlier],
             complaint: bool) -> list[Reason]:
    """What in the history and the comment fits a type the rules did not pick themselves
    (the learned models chose it): the history in counts and the cues of that type present."""
    reasons = _history_reasons(*split_history(history))
    cues = {"lapsed_loyal": ("loyalty", "switch", "used_to", "upset"), "loyal_fan": ("loyalty", "again"),
            "extreme_critic": ("suggest",), "newcomer": ("first_time",)}.get(kind, ())
    codes = {"loyalty": "loyalty_claim", "suggest": "suggests"}
    reasons += [Reason(codes.get(cue, cue), quote=_quote(now, cue)) for cue in cues if now.has(cue)]
    if kind == "active_hater":
        _insult_reasons(now, abusive, reasons)
    elif kind == "extreme_critic":
        detailed = _detailed(now)
        if detailed:
            reasons.append(Reason("detailed", detailed))
    elif kind == "loyal_fan" and complaint and now.mixed:
        reasons.append(Reason("praise_and_fault"))
    elif kind == "newcomer" and not now.has("first_time"):
        reasons.append(Reason("no_history" if not history else "no_cue"))
    return reasons
