"""What one comment says: faults and praise, where in the shop, and the cues of each type."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.triage import cues
from desktop.triage.lexicon import Doc, Hit, PhraseIndex

__all__ = ["TOUCHPOINTS", "CUES", "Reading", "Reader"]

TOUCHPOINTS = ("delivery", "product_quality", "staff", "price", "payment", "online_shop",
               "store_visit")
CUES = ("switch", "used_to", "loyalty", "contempt", "detail")
_SENTIMENT = frozenset(("fault", "negative", "positive", "neutral"))
# Verdicts that stay faults beside a good word ("cheap garbage" is no praise of garbage).
_VERDICTS = frozenset(("garbage", "trash", "rubbish", "sampah", "junk", "crap", "hampas", "scam"))
# Cues whose place in the comment matters: read after the pass over all hits.
_PLACED = frozenset(("used_to", "switch", "mild"))
TOPIC_REACH = 5     # a topic word this close to a fault names where the fault is

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
    happy_emoji: int = 0
    unhappy_emoji: int = 0
    record: bool = False  # a statement of facts with numbers or a contrast, no praise
    exclaims: bool = False  # opens with a swear at one's own luck ("Shit, I forgot my voucher")

    @property
    def thanks_only(self) -> bool:
        """The only praise is thanks ("ok, thanks for the voucher"): politeness, not delight."""
        return bool(self.praise) and all(h.entry in cues.THANKS for h in self.praise)

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
        return (bool(self.faults) or self.has("contempt") or self.has("sarcasm")
                or (self.has("switch") and not self.farewell))

    @property
    def farewell(self) -> bool:
        """Leaving with thanks and no fault ("Cancelled my membership. Thanks for the good
        years.", "Takpe la, dah jumpa kedai lain. Bye."): a goodbye, not a complaint."""
        return not self.faults and (bool(self.praise) or self.has("friendly"))

    @property
    def friendly(self) -> bool:
        """A friendly tone: happy emoji, "takpe", "just FYI"."""
        return bool(self.happy_emoji) or self.has("friendly")

    @property
    def mixed(self) -> bool:
        """Praise and a fault in the same comment: what a fan writes."""
        return bool(self.praise) and bool(self.faults)

    @property
    def tone(self) -> int:
        """-1 unhappy, 0 neutral, +1 happy: for reading someone's earlier comments."""
        bad = (len(self.faults) + len(self.cues.get("contempt", ())) + self.unhappy_emoji
               + self.has("sarcasm"))
        good = len(self.praise) + self.happy_emoji + self.has("again") + self.has("loyalty")
        if bad:
            return -1 if bad >= good else 1
        if good:
            return 1
        return -1 if self.record else 0


class Reader:
    def __init__(self, signals: dict):
        sentiment = signals["sentiment"]
        self.negators = frozenset(w.lower() for w in sentiment["negators"])
        self._question = frozenset(w.lower() for w in sentiment["question"])
        self.index = PhraseIndex()
        self.index.add("negative", sentiment["negative"])
        self.index.add("positive", sentiment["positive"])
        self.index.add("fault", sentiment["faults"])
        self.index.add("neutral", sentiment["neutral"])
        for key, entries in signals["cues"].items():
            self.index.add(key, entries)
        for key in TOUCHPOINTS:
            self.index.add("tp:" + key, signals["touchpoint"][key]["words"])
        emoji = signals["emoji"]
        self._happy_emoji = frozenset(emoji["happy"])
        self._unhappy_emoji = frozenset(emoji["unhappy"])
        self._mocking = frozenset(emoji["mocking"])
        self._mocking_alone = frozenset(emoji["mocking_alone"])
        # Other languages: Latin-script words join the index ("other:praise"…); words of scripts
        # without spaces are searched inside the text, one pattern per kind of cue.
        self._foreign = {}
        for key, words in signals["other"].items():
            self.index.add("other:" + key, [w for w in words if w.isascii()])
            inside = [re.escape(w) for w in words if not w.isascii()]
            if inside:
                self._foreign[key] = re.compile("|".join(inside))

    def doc(self, text: str) -> Doc:
        return Doc(text, self.negators)

    def read(self, doc: Doc, earlier: bool = False) -> Reading:
        """What the comment says; `earlier` (a past comment) stops once its tone is known."""
        reading = Reading()
        hits = self.index.find(doc)
        under_negation = doc.under_negation
        # A phrase covers the words inside it: "tak sabar" is one happy phrase, not a negated
        # "sabar"; "no complaints" is praise, not a complaint.
        covered: set[int] = set()
        phrases = [h for h in hits if h.end - h.start > 1 and h.category in _SENTIMENT]
        for hit in sorted(phrases, key=lambda h: h.start - h.end):
            if not covered.intersection(range(hit.start, hit.end)):
                covered.update(range(hit.start, hit.end))
                if hit.category != "neutral":
                    self._sentiment(reading, hit, under_negation)
        # A neutral word covers its token too: "suami" is a husband, not "suam" (lukewarm).
        covered.update(h.start for h in hits if h.category == "neutral" and h.end - h.start == 1)
        # "Dari dulu beli sini": the "dulu" inside a loyalty phrase is no "it used to be".
        # So is the "biasanya" in "enak kayak biasanya" (as usual).
        loyal_span = {i for h in hits if h.category in ("loyalty", "again") for i in range(h.start, h.end)}
        placed: dict[str, list[Hit]] = {}
        positive_at = {h.start for h in hits if h.category == "positive" and h.end - h.start == 1
                       and not under_negation[h.start]}
        topics: list[Hit] = []
        foreign: dict[str, str] = {}
        for hit in hits:
            category = hit.category
            if category == "neutral":
                continue
            if category.startswith("other:"):
                foreign.setdefault(category[6:], doc.quote(hit.start, hit.end))
                continue
            if category in ("negative", "positive", "fault"):
                if hit.end - hit.start > 1 or hit.start in covered:
                    continue
                # "Sedap sial", "seger parah", "keren parah": a strong word beside praise
                # makes the praise stronger; it is not a fault.
                if category == "negative" and hit.entry not in _VERDICTS and self._beside(
                        doc, hit.start, positive_at):
                    continue
                self._sentiment(reading, hit, under_negation)
            elif category.startswith("tp:"):
                topics.append(hit)
            elif category == "used_to" and hit.start in loyal_span:
                continue
            elif category in _PLACED:
                placed.setdefault(category, []).append(hit)
            else:
                reading.cues.setdefault(category, []).append(doc.quote(hit.start, hit.end))
        text = doc.text
        self._emoji(reading, text)
        if not text.isascii() and cues.OTHER_SCRIPT.search(text):
            for key, pattern in self._foreign.items():
                if key not in foreign:
                    match = pattern.search(text)
                    if match:
                        foreign[key] = match.group()
        for key, quote in foreign.items():
            if key == "faults":
                if not reading.faults:
                    reading.faults.append(Hit("fault", "foreign", 0, 1))
            elif key == "praise":
                reading.praise.append(Hit("positive", "foreign", 0, 1))
            else:
                reading.cues.setdefault(key, []).append(quote)
        has_digits = cues.DIGIT.search(text) is not None
        lowered = text.lower()
        # Money, a wait or a count: each kind of fact pattern runs only when its words are there.
        facts = frozenset(m.lastgroup for m in cues.FACT_KEYS.finditer(lowered)) if has_digits else frozenset()
        for touchpoint, pattern in cues.PATTERN_FAULTS if has_digits else ():
            if touchpoint not in facts:
                continue
            for match in pattern.finditer(text):
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "pattern:" + touchpoint, at, at + 1))
                topics.append(Hit("tp:" + touchpoint, "pattern", at, at + 1))
        if "price" in facts and not reading.faults:
            match = cues.PRICE_PAIR.search(text)
            if match and len(set(re.findall(r"\d[\d.,]*", match.group()))) > 1:
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "pattern:price", at, at + 1))
                topics.append(Hit("tp:price", "pattern", at, at + 1))
        match = cues.TWICE.search(lowered) if cues.has(lowered, cues.TWICE_KEYS) else None
        if match:
            at = doc.token_at(match.start())
            reading.faults.append(Hit("fault", "pattern:payment", at, at + 1))
            topics.append(Hit("tp:payment", "pattern", at, at + 1))
        match = cues.PRICE_RISE.search(lowered) if cues.has(lowered, cues.RISE_KEYS) else None
        if match:
            at = doc.token_at(match.start())
            reading.faults.append(Hit("fault", "pattern:price", at, at + 1))
            topics.append(Hit("tp:price", "pattern", at, at + 1))
        words = doc.words
        self._unmet(reading, doc, lowered)
        used_to = placed.get("used_to", ())
        if used_to:
            reading.cues["used_to"] = [doc.quote(h.start, h.end) for h in used_to]
            # "Dulu best gila, bersih": praise after "it used to be", in the same sentence,
            # is about the past.
            for hit in used_to:
                end = self._sentence_end(doc, hit.start)
                reading.praise = [p for p in reading.praise if not hit.start < p.start < end]
        # "Dulu tebal, sekarang tipis": then and now side by side says it got worse, unless
        # what comes after "now" is praise; so does a sad face after "it used to be".
        if used_to:
            now_at = next((i for i, w in enumerate(words) if w in cues.NOW), None)
            if now_at is not None and not any(h.start > now_at for h in reading.praise):
                reading.faults.append(Hit("fault", "then_and_now", now_at, now_at + 1))
            elif reading.unhappy_emoji and not reading.praise and "?" not in text:
                at = used_to[0].start
                reading.faults.append(Hit("fault", "then_and_now", at, at + 1))
        for pattern, keys in ((cues.BOYCOTT, cues.BOYCOTT_KEYS), (cues.SWEEPING, cues.SWEEPING_KEYS)):
            match = pattern.search(lowered) if cues.has(lowered, keys) else None
            if match:
                reading.cues.setdefault("contempt", []).append(match.group())
        if earlier:
            # An earlier comment only needs its tone (and contempt): the rest is skipped.
            reading.questions = len(cues.QUESTION_MARKS.findall(text))
            reading.record = not reading.questions and not reading.praise and not reading.happy_emoji and (
                has_digits or not cues.CONTRAST.isdisjoint(words))
            return reading
        # Another shop named while comparing ("compared: your shop $58, another shop $51"), or
        # in a question ("ada tempat lain dekat2?"), is no threat to leave.
        comparing = not cues.COMPARING.isdisjoint(words)
        switch = [h for h in placed.get("switch", ())
                  if not (self._sentence_asks(doc, h.start) or (comparing and _names_place(words, h)))]
        if switch:
            reading.cues["switch"] = [doc.quote(h.start, h.end) for h in switch]
        match = cues.OTHER_PLACE.search(lowered) if cues.has(lowered, cues.OTHER_KEYS) else None
        if match and not comparing and not self._sentence_asks(doc, doc.token_at(match.start())):
            reading.cues.setdefault("switch", []).append(match.group())
        match = cues.LAST_VISIT.search(lowered) if "last" in lowered else None
        if match:
            reading.cues.setdefault("switch", []).append(match.group())
        if reading.has("switch") and any(w in cues.CROWD and (i == 0 or words[i - 1] not in ("you", "u", "hi", "hey"))
                                         for i, w in enumerate(words)):
            reading.cues.setdefault("contempt", []).append(reading.cues["switch"][0])
        # A fan's small fault: after praise, "cuma/tapi/though" and then a mild word
        # ("agak dikit", "a bit crowded", "tak sejuk") in a sentence that is not a question.
        mild = placed.get("mild", ())
        if mild:
            reading.cues["mild"] = [doc.quote(h.start, h.end) for h in mild]
        if mild and reading.praise and any(w in cues.BUT for w in words):
            for hit in mild:
                if not self._sentence_asks(doc, hit.start):
                    reading.faults.append(Hit("fault", "mild", hit.start, hit.end))
                    break
        # Sarcasm: a clap beside a fault, a wait or "it used to be"; "Wow … super fast" after a
        # long wait. The praise in it is no praise.
        if (("\U0001F44F" in text and (reading.faults or used_to or (has_digits and cues.WAIT.search(text))))
                or (words and words[0] in cues.SARCASTIC_OPENERS and reading.praise and has_digits
                    and cues.WAIT.search(text) and not any(w in cues.BUT for w in words))):
            reading.cues["sarcasm"] = ["\U0001F44F" if "\U0001F44F" in text else words[0]]
            reading.praise = []
        if reading.faults and "?" in text and all(h.entry in cues.MISSED for h in reading.faults) \
                and any(w in cues.COMES_BACK for w in words):
            reading.faults = []
        # "Kok barangnya beda?": an Indonesian "kok" question reports something wrong.
        if "kok" in words and "?" in text and not reading.praise and not reading.faults:
            at = words.index("kok")
            reading.faults.append(Hit("fault", "kok", at, at + 1))
        if has_digits:
            self._measured(reading, doc, topics)
            match = cues.SHORT_COUNT.search(text) if "product_quality" in facts else None
            if match and int(match.group(2)) < int(match.group(1)):
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "pattern:short", at, at + 1))
                topics.append(Hit("tp:product_quality", "pattern", at, at + 1))
            match = cues.DEARER.search(text) if "dearer" in facts else None
            if match:
                at = doc.token_at(match.start())
                reading.faults.append(Hit("fault", "pattern:price", at, at + 1))
                topics.append(Hit("tp:price", "pattern", at, at + 1))
        match = cues.DISBELIEF.search(text) if ("?" in text or "mimpi" in lowered or "dream" in lowered
                                            or "robbery" in lowered or "rompak" in lowered) else None
        if match and not reading.praise:
            at = doc.token_at(match.start())
            reading.faults.append(Hit("fault", "disbelief", at, at + 1))
            if has_digits:
                topics.append(Hit("tp:price", "pattern", at, at + 1))
        reading.exclaims = bool(words) and (
            (words[0] in cues.INTERJECTIONS and (len(words) == 1 or 1 in doc.clause_breaks
                                             or words[1] in ("la", "lah", "this")))
            or lowered.startswith(("what the fuck", "what the hell"))) and not any(
            w in cues.THE_SHOP for w in words[1:4])
        reading.questions = len(cues.QUESTION_MARKS.findall(text))
        reading.question = reading.questions > 0 or any(w in self._question for w in words[:2])
        reading.measures = len(cues.MEASURE.findall(text)) if has_digits else 0
        reading.length = len(text)
        reading.numbers = len(cues.NUMBER.findall(text)) if has_digits else 0
        reading.laughs = cues.has(lowered, cues.LAUGH_KEYS) and cues.LAUGH.search(text) is not None
        years = (cues.YEARS.search(text) if cues.has(lowered, cues.YEARS_KEYS) else None) or (
            cues.repeat(text) if has_digits and cues.has(lowered, cues.REPEAT_KEYS) else None)
        if years:
            reading.cues.setdefault("loyalty", []).append(years.group())
        reading.touchpoint_scores = self._touchpoints(topics, reading.faults)
        return reading

    def _unmet(self, reading: Reading, doc: Doc, lowered: str) -> None:
        """Faults said as plain facts, without a word of complaint (cues.PLAIN_FACTS, then room
        for better and a request to check or fix something, unless a question only asks); and
        expectation phrases that a question only asks about are dropped."""
        if reading.faults and any(h.entry in cues.STATEMENT_ONLY for h in reading.faults):
            reading.faults = [h for h in reading.faults
                              if h.entry not in cues.STATEMENT_ONLY or not self._sentence_asks(doc, h.start)]
        if reading.faults:
            return
        found = next((match for keys, pattern in cues.PLAIN_FACTS if cues.has(lowered, keys)
                      for match in (pattern.search(lowered),) if match), None)
        if found is None and cues.has(lowered, cues.COULD_KEYS):
            match = cues.COULD_BE_BETTER.search(lowered)
            if match and not self._sentence_asks(doc, doc.token_at(match.start())):
                found = match
                # "could be faster": the good word names what is missing, it is no praise
                first, last = doc.token_at(match.start()), doc.token_at(match.end() - 1)
                reading.praise = [h for h in reading.praise if not first <= h.start <= last]
        if found is None and cues.has(lowered, cues.FIX_KEYS):
            match = cues.FIX_REQUEST.search(lowered)
            if match and not self._sentence_asks(doc, doc.token_at(match.start())):
                found = match
        if found is not None:
            at = doc.token_at(found.start())
            reading.faults.append(Hit("fault", "unmet", at, at + 1))

    @staticmethod
    def _sentence_end(doc: Doc, i: int) -> int:
        """The index of the first token of the next sentence (or the end)."""
        return min((b for b in doc.breaks if b > i), default=len(doc.tokens))

    def _sentence_asks(self, doc: Doc, i: int) -> bool:
        """Whether the sentence holding token i ends with a question mark."""
        end = self._sentence_end(doc, i)
        tail = doc.text[doc.tokens[end - 1].end:doc.tokens[end].start if end < len(doc.tokens) else None]
        return "?" in tail

    @staticmethod
    def _measured(reading: Reading, doc: Doc, topics: list[Hit]) -> None:
        """Points a critic makes by measuring: two different amounts of one unit set against
        each other ("size chart 27 cm, insole 26,3 cm"), or a numbered list of points."""
        text = doc.text
        if len(cues.LIST_MARK.findall(text)) >= 2:
            reading.cues.setdefault("detail", []).append("1) 2)")
        seen: dict[str, set[str]] = {}
        first = None
        for match in cues.UNIT_MEASURE.finditer(text):
            unit = match.group(2).lower().replace("°c", "°")
            seen.setdefault(unit, set()).add(match.group(1))
            if first is None and len(seen[unit]) > 1:
                first = match
        if first is None or not cues.MEASURE_CONTRAST.search(text):
            return
        at = doc.token_at(first.start())
        reading.cues.setdefault("detail", []).append(first.group())
        if not reading.faults:
            reading.faults.append(Hit("fault", "pattern:measured", at, at + 1))
            topics.append(Hit("tp:product_quality", "pattern", at, at + 1))

    @staticmethod
    def _beside(doc: Doc, i: int, positive_at: set[int]) -> bool:
        """A praise word right before or after token i, in the same clause."""
        breaks = doc.clause_breaks
        return (i - 1 in positive_at and i not in breaks) or (i + 1 in positive_at and i + 1 not in breaks)

    @staticmethod
    def _sentiment(reading: Reading, hit: Hit, under_negation: list[bool]) -> None:
        """A fault phrase, or a good or bad word that a negation before it may flip."""
        if hit.category == "fault":
            reading.faults.append(hit)
            return
        # A phrase that holds its own negation ("tak sabar", "NEG complain") is not flipped again.
        flipped = under_negation[hit.start] and not hit.entry.startswith("NEG")
        if (hit.category == "negative") != flipped:
            reading.faults.append(hit)
        else:
            reading.praise.append(hit)

    def _emoji(self, reading: Reading, text: str) -> None:
        if text.isascii():
            return
        chars = set(text)
        reading.happy_emoji = sum(text.count(ch) for ch in chars & self._happy_emoji)
        reading.unhappy_emoji = sum(text.count(ch) for ch in chars & self._unhappy_emoji)
        mocking = chars & self._mocking
        alone = mocking & self._mocking_alone
        # A clown or vomit face mocks on its own; an eye-roll or yawn only next to a fault.
        if alone or (mocking and reading.faults):
            reading.cues.setdefault("contempt", []).append("🤡" if alone else "🙄")

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


def _names_place(words: list[str], hit: Hit) -> bool:
    """Whether a switch phrase names another place ("another shop", "kedai lain")."""
    return any(w in ("lain", "other", "another", "different", "elsewhere") for w in words[hit.start:hit.end])
