"""What one comment says: faults and praise, where in the shop, and the cues of each type."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.triage.lexicon import Doc, Hit, PhraseIndex

__all__ = ["TOUCHPOINTS", "CUES", "Reading", "Reader"]

TOUCHPOINTS = ("delivery", "product_quality", "staff", "price", "payment", "online_shop",
               "store_visit")
CUES = ("switch", "used_to", "loyalty", "contempt", "detail")
NEGATION_REACH = 2  # "tak pernah kecewa": the negation reaches two words on
TOPIC_REACH = 5     # a topic word this close to a fault names where the fault is

_MEASURE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:g|gm|gram|kg|ml|l|cm|mm|inci|inch|minit|menit|mins?|minutes?|jam|"
    r"hours?|hrs?|hari|days?|minggu|weeks?|%|persen|peratus|percent|pcs|biji|keping|ketul)\b"
    r"|\b(?:rm|rp\.?)\s?\d+", re.I)
_YEARS = re.compile(
    r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|lapan|delapan|sepuluh|two|three|four|five|six|"
    r"seven|eight|nine|ten|many|several|beberapa|berapa|banyak)\s*(?:\+\s*)?"
    r"(?:tahun|thn|taun|years?|yrs?)\b|\bbertahun(?:-tahun|2)?\b"
    r"|\b(?:sejak|since|dari)\s+(?:tahun\s+)?(?:19|20)\d\d\b"
    r"|\b(?:sejak|since|dari)\s+(?:kedai|toko|shop|korang|kalian|you|awal|mula|first|day)", re.I)
# "Dah 3 kali sy beli", "ke-3 kalinya saya servis", "3rd time repairing here": a repeat customer.
_VISIT = (r"(?:beli|membeli|order|oder|repair|servis|service|datang|makan|jajan|belanja|"
          r"bought|buying|ordered|ordering|repairing|servicing|shopped|visited|eaten)")
_COUNT = r"(?:\d+\s?(?:x|kali|times)|kali\s?ke-?\s?\d+|ke-?\d+\s?kali(?:nya)?|\d+(?:st|nd|rd|th)\s+time)"
_REPEAT = re.compile(rf"\b{_VISIT}\b(?:\W+\w+){{0,5}}?\W+{_COUNT}|\b{_COUNT}\b(?:\W+\w+){{0,3}}?\W+{_VISIT}\b",
                     re.I)
_MONEY = r"(?:(?:rm|rp\.?|\$|s\$|idr|myr)\s?\d[\d.,]*(?:\s?(?:rb|ribu|k|jt))?|\d[\d.,]*\s?(?:rb|ribu|k|ringgit|rupiah))"
# Faults written as facts: a price that went up, a wait that took long, a count that fell short.
PATTERN_FAULTS = (
    ("price", re.compile(
        _MONEY + r"[^.!?\n]{0,40}?\b(?:to|ke|jadi|now|sekarang|skrg|kini|->|→)\s*(?:it'?s\s+)?" + _MONEY
        + r"|\b(?:naik|increase[ds]?|went up|up by|naikin|dinaikkan|dinaikan)\b[^.!?\n]{0,30}?(?:\d+\s?%|"
        + _MONEY + r")|" + _MONEY + r"\s*(?:for|untuk|utk|buat|sebiji|sekeping|satu|se\w+)?[^.!?\n]{0,30}?\?{2,}", re.I)),
    ("store_visit", re.compile(
        r"\b(?:wait(?:ed|ing)?|tunggu|menunggu|nunggu|nungguin|beratur|queued?|antri|antre|ngantri)\b"
        r"[^.!?\n]{0,25}?\b\d+\s?(?:min(?:s|ute|utes)?|minit|menit|jam|hours?|hrs?)\b", re.I)),
    ("product_quality", re.compile(
        r"\b(?:counted|dikira|kira|hitung|dihitung|timbang|ditimbang|weighed|only got|dapat)\s+\d+"
        r"|\b\d+\s?(?:g|gm|gram|ml|pcs|biji|keping|ketul)?\s+(?:je|jer|aje|aja|doang|sahaja|only)\b", re.I)),
)
_LAUGH = re.compile(r"[\U0001F602\U0001F923\U0001F606\U0001F92D]|\b(?:lol|lmao|lmfao|rofl|"
                   r"(?:ha){2,}h?|(?:he){2,}|(?:wk){2,}\w*|kekeke|wkwk\w*)\b", re.I)
_DIGIT = re.compile(r"\d")
_QUESTION_MARKS = re.compile(r"[?？]+")
_NUMBER = re.compile(r"\w*\d[\w.,:]*")
_NOW = frozenset(("sekarang", "skrg", "skrang", "skg", "now", "kini", "nowadays", "lately", "kali"))


@dataclass
class Reading:
    faults: list[Hit] = field(default_factory=list)
    praise: list[Hit] = field(default_factory=list)
    cues: dict[str, list[str]] = field(default_factory=dict)
    touchpoint_scores: dict[str, float] = field(default_factory=dict)
    measures: int = 0
    numbers: int = 0
    laughs: bool = False
    length: int = 0
    question: bool = False
    questions: int = 0  # how many separate questions ("?" runs)

    @property
    def fault_touchpoints(self) -> set[str]:
        """Touchpoints with a fault close by: several means several different things went wrong."""
        return {key for key, score in self.touchpoint_scores.items() if score >= 2.0}

    @property
    def touchpoint(self) -> str:
        if not self.touchpoint_scores:
            return "other"
        best = max(self.touchpoint_scores.items(), key=lambda kv: kv[1])
        return best[0] if best[1] > 0 else "other"

    def has(self, cue: str) -> bool:
        return bool(self.cues.get(cue))

    @property
    def complaint(self) -> bool:
        return bool(self.faults) or self.has("contempt") or self.has("switch")

    @property
    def mixed(self) -> bool:
        """Praise and a fault in the same comment: what a fan writes."""
        return bool(self.praise) and bool(self.faults)

    @property
    def tone(self) -> int:
        """-1 unhappy, 0 neutral, +1 happy: for reading someone's earlier comments."""
        if self.faults or self.has("contempt"):
            return -1 if len(self.faults) + len(self.cues.get("contempt", ())) >= len(self.praise) else 1
        return 1 if self.praise else 0


class Reader:
    def __init__(self, signals: dict):
        sentiment = signals["sentiment"]
        self.negators = frozenset(w.lower() for w in sentiment["negators"])
        self._question = frozenset(w.lower() for w in sentiment["question"])
        self.index = PhraseIndex()
        self.index.add("negative", sentiment["negative"])
        self.index.add("positive", sentiment["positive"])
        self.index.add("fault", sentiment["faults"])
        for key, entries in signals["cues"].items():
            self.index.add(key, entries)
        for key in TOUCHPOINTS:
            self.index.add("tp:" + key, signals["touchpoint"][key]["words"])
        # Scripts without spaces are searched inside the text; Latin words as whole words.
        other = signals["other"]["faults"]
        inside = [re.escape(w) for w in other if not w.isascii()]
        whole = [re.escape(w) for w in other if w.isascii()]
        self._foreign_faults = re.compile("|".join(inside + [rf"\b(?:{'|'.join(whole)})\b"]), re.I)

    def doc(self, text: str) -> Doc:
        return Doc(text, self.negators)

    def read(self, doc: Doc, earlier: bool = False) -> Reading:
        """What the comment says; `earlier` (a past comment) stops once its tone is known."""
        reading = Reading()
        hits = self.index.find(doc)
        negated = doc.negated
        covered: set[int] = set()  # tokens inside a fault phrase already counted
        for hit in hits:
            if hit.category == "fault":
                reading.faults.append(hit)
                covered.update(range(hit.start, hit.end))
        topics: list[Hit] = []
        for hit in hits:
            category = hit.category
            if category in ("negative", "positive"):
                if hit.start in covered:
                    continue
                flipped = self._negated(negated, hit.start)
                if (category == "negative") != flipped:
                    reading.faults.append(hit)
                else:
                    reading.praise.append(hit)
            elif category.startswith("tp:"):
                topics.append(hit)
            elif category != "fault":
                reading.cues.setdefault(category, []).append(doc.quote(hit.start, hit.end))
        text = doc.text
        has_digits = _DIGIT.search(text) is not None
        for touchpoint, pattern in PATTERN_FAULTS if has_digits else ():
            for match in pattern.finditer(text):
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "pattern:" + touchpoint, at, at + 1))
                topics.append(Hit("tp:" + touchpoint, "pattern", at, at + 1))
        if not reading.faults:
            match = self._foreign_faults.search(text)
            if match:
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "foreign", at, at + 1))
        # "Dulu tebal, sekarang tipis": then and now side by side says it got worse.
        if reading.has("used_to") and any(w in _NOW for w in doc.words) and not (
                reading.praise and not reading.faults):
            at = doc.words.index(next(w for w in doc.words if w in _NOW))
            reading.faults.append(Hit("fault", "then_and_now", at, at + 1))
        if earlier:
            return reading
        reading.measures = len(_MEASURE.findall(text)) if has_digits else 0
        reading.length = len(text)
        reading.numbers = len(_NUMBER.findall(text)) if has_digits else 0
        reading.laughs = bool(_LAUGH.search(text))
        years = _YEARS.search(text) or (_REPEAT.search(text) if has_digits else None)
        if years:
            reading.cues.setdefault("loyalty", []).append(years.group())
        reading.questions = len(_QUESTION_MARKS.findall(text))
        reading.question = reading.questions > 0 or any(w in self._question for w in doc.words[:2])
        reading.touchpoint_scores = self._touchpoints(topics, reading.faults)
        return reading

    @staticmethod
    def _negated(negated: list[bool], i: int) -> bool:
        return any(negated[j] for j in range(max(0, i - NEGATION_REACH), i))

    @staticmethod
    def _touchpoints(topics: list[Hit], faults: list[Hit]) -> dict[str, float]:
        scores = dict.fromkeys(TOUCHPOINTS, 0.0)
        for topic in topics:
            key = topic.category[3:]
            near = any(abs(topic.start - f.start) <= TOPIC_REACH for f in faults)
            inside = any(f.start <= topic.start < f.end or topic.start <= f.start < topic.end
                         for f in faults)
            scores[key] += 3.0 if inside else 2.0 if near else 1.0
        return scores

